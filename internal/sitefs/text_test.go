package sitefs

import (
	"errors"
	"io/fs"
	"testing"
)

// TestText: text in UTF-8, UTF-16 or UTF-32 (either byte order, with its mark) is
// read as UTF-8 without a mark; bytes that are not text are an error at the
// line of the first.
func TestText(t *testing.T) {
	tests := []struct {
		name, in, want, err string
	}{
		{"UTF-8", "a: Ā\n", "a: Ā\n", ""},
		{"UTF-8 with mark", "\ufeffa: 1\n", "a: 1\n", ""},
		{"UTF-16 LE", "\xff\xfea\x00:\x00 \x00\x00\x01\n\x00", "a: Ā\n", ""},
		{"UTF-16 BE", "\xfe\xff\x00a\x00:\x00 \x01\x00\x00\n", "a: Ā\n", ""},
		{"UTF-16 surrogate pair", "\xff\xfe\x3d\xd8\x00\xde", "\U0001F600", ""},
		{"UTF-16 odd byte", "\xff\xfea\x00b", "a\ufffd", ""},
		// UTF-32's little-endian mark begins as UTF-16's does: read as
		// UTF-16, each letter was followed by a NUL.
		{"UTF-32 LE", "\xff\xfe\x00\x00a\x00\x00\x00\x00\x01\x00\x00\x00\xf6\x01\x00", "aĀ\U0001F600", ""},
		{"UTF-32 BE", "\x00\x00\xfe\xff\x00\x00\x00a\x00\x00\x01\x00", "aĀ", ""},
		{"UTF-32 short and bad", "\xff\xfe\x00\x00\x00\x00\x11\x00a", "\ufffd\ufffd", ""},
		// Lines end as an editor shows them: a lone CR ends one too.
		{"CR LF", "a: 1\r\nb: 2\r\n", "a: 1\nb: 2\n", ""},
		{"CR only", "a: 1\rb: 2\r", "a: 1\nb: 2\n", ""},
		{"a lone CR among LFs", "a\n\rb\r\r\nc\r", "a\n\nb\n\nc\n", ""},
		{"CR only in UTF-16", "\xff\xfea\x00\r\x00b\x00", "a\nb", ""},
		{"NUL after CRs", "a\rb\r\x00", "", "x.yaml:3: contains a NUL byte; is this a binary file?"},
		{"Latin-1", "a: 1\nb: caf\xe9\n", "", "x.yaml:2: not valid UTF-8 text; save the file as UTF-8"},
		{"NUL", "a\nb\nGIF\x00", "", "x.yaml:3: contains a NUL byte; is this a binary file?"},
		{"NUL after bytes that are not UTF-8", "a\n\xff\xd8\x00", "", "x.yaml:2: contains a NUL byte; is this a binary file?"},
		{"NUL in UTF-16", "\xff\xfea\x00\x00\x00", "", "x.yaml:1: contains a NUL byte; is this a binary file?"},
		{"empty", "", "", ""},
	}
	for _, tt := range tests {
		got, err := Text("x.yaml", []byte(tt.in))
		if tt.err != "" {
			if err == nil || err.Error() != tt.err || !errors.Is(err, ErrNotText) {
				t.Errorf("%s: Text = %q, %v; want error %q", tt.name, got, err, tt.err)
			}
			continue
		}
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: Text = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

// deniedFS refuses every file and folder, as the system does to a user who
// may not read them (tests run as root, who may read anything).
type deniedFS struct{}

func (deniedFS) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
}

// TestDenied: a file vestis may not read is named once, saying what to do.
func TestDenied(t *testing.T) {
	want := "content/a.md: vestis may not read this (permission denied): let your user read it, as chmod a+r does for a file and chmod a+rx for a folder"
	for name, read := range map[string]func() error{
		"ReadFile": func() error { _, err := ReadFile(deniedFS{}, "content/a.md", 0); return err },
		"ReadText": func() error { _, err := ReadText(deniedFS{}, "content/a.md", 0); return err },
	} {
		err := read()
		if err == nil || err.Error() != want || !errors.Is(err, ErrDenied) || !errors.Is(err, fs.ErrPermission) {
			t.Errorf("%s: %v, want %q", name, err, want)
		}
	}
}
