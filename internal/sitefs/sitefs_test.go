//go:build unix

package sitefs

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/iotest"
)

// TestReadFile reads real files of each kind: only regular ones, through
// links, within the limit, are read; a named pipe is refused without blocking.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "ok.yaml"), []byte("a: 1\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "big.yaml"), make([]byte, 101), 0o644)
	os.Symlink("ok.yaml", filepath.Join(dir, "link.yaml"))
	os.Symlink("/dev/zero", filepath.Join(dir, "zero.yaml"))
	os.Mkdir(filepath.Join(dir, "folder"), 0o755)
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o644); err != nil {
		t.Skip("no named pipes:", err)
	}
	fsys := os.DirFS(dir)
	tests := []struct {
		name    string
		want    string
		wantErr error
		msg     string
	}{
		{"ok.yaml", "a: 1\n", nil, ""},
		{"link.yaml", "a: 1\n", nil, ""},
		{"pipe.yaml", "", ErrNotRegular, "pipe.yaml: a named pipe (FIFO), not a regular file;"},
		{"zero.yaml", "", ErrNotRegular, "zero.yaml: a device, not a regular file;"},
		{"folder", "", ErrNotRegular, "folder: a folder, not a regular file;"},
		{"big.yaml", "", ErrTooLarge, "big.yaml: larger than"},
		{"none.yaml", "", fs.ErrNotExist, ""},
	}
	for _, tt := range tests {
		got, err := ReadFile(fsys, tt.name, 100)
		if !errors.Is(err, tt.wantErr) || string(got) != tt.want {
			t.Errorf("ReadFile(%q) = %q, %v; want %q, %v", tt.name, got, err, tt.want, tt.wantErr)
		}
		if tt.msg != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.msg)) {
			t.Errorf("ReadFile(%q) error %v, want it to start %q", tt.name, err, tt.msg)
		}
	}
}

// TestRegular refuses links anywhere on the way, and anything but a regular file.
func TestRegular(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "secret.txt"), []byte("x"), 0o644)
	os.MkdirAll(filepath.Join(dir, "static/css"), 0o755)
	os.WriteFile(filepath.Join(dir, "static/css/a.css"), []byte("p{}"), 0o644)
	os.Symlink(outside, filepath.Join(dir, "static/out"))
	os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(dir, "static/secret.txt"))
	fsys := os.DirFS(dir)
	tests := []struct {
		name, errFile string // errFile: the file the error names, "" for none
	}{
		{"static/css/a.css", ""},
		{"static/secret.txt", "static/secret.txt"},
		{"static/out/secret.txt", "static/out"},
		{"static/css", "static/css"},
	}
	for _, tt := range tests {
		err := Regular(fsys, tt.name)
		if tt.errFile == "" {
			if err != nil {
				t.Errorf("Regular(%q) = %v", tt.name, err)
			}
			continue
		}
		if !errors.Is(err, ErrNotRegular) || !strings.HasPrefix(err.Error(), tt.errFile+": ") {
			t.Errorf("Regular(%q) = %v, want ErrNotRegular naming %s", tt.name, err, tt.errFile)
		}
	}
}

// TestReadAll reads whole whatever size the file had when it was opened: the
// same, smaller (it grew since), larger (it shrank), or unknown (0), and in
// short reads.
func TestReadAll(t *testing.T) {
	text := strings.Repeat("Ārvalstu sadarbība\n", 100) // 2,000 bytes, over minRead
	tests := []struct {
		name string
		size int64
		r    func() io.Reader
	}{
		{"exact size", int64(len(text)), func() io.Reader { return strings.NewReader(text) }},
		{"grew since", 10, func() io.Reader { return strings.NewReader(text) }},
		{"shrank since", 5000, func() io.Reader { return strings.NewReader(text) }},
		{"size unknown", 0, func() io.Reader { return strings.NewReader(text) }},
		{"one byte at a time", int64(len(text)), func() io.Reader { return iotest.OneByteReader(strings.NewReader(text)) }},
		{"EOF with the data", int64(len(text)), func() io.Reader { return iotest.DataErrReader(strings.NewReader(text)) }},
	}
	for _, tt := range tests {
		got, err := readAll(tt.r(), tt.size)
		if err != nil || string(got) != text {
			t.Errorf("%s: readAll = %d bytes, %v; want the %d bytes of the file", tt.name, len(got), err, len(text))
		}
	}
	if _, err := readAll(iotest.TimeoutReader(strings.NewReader(text)), 1); !errors.Is(err, iotest.ErrTimeout) {
		t.Errorf("readAll of a failing reader: err = %v, want %v", err, iotest.ErrTimeout)
	}
}

// TestWindowsRefuses: the names Windows cannot hold, in any letter case and
// with any extension, and names that only look like them.
func TestWindowsRefuses(t *testing.T) {
	for _, tt := range []struct {
		name    string
		refused bool
	}{
		{"index.html", false},
		{"con", true},
		{"CON", true},
		{"Con.html", true},
		{"nul .txt", true},
		{"aux", true},
		{"prn.tar.gz", true},
		{"com1", true},
		{"LPT9.png", true},
		{"com0", false},
		{"coma", false},
		{"com10", false},
		{"console", false},
		{"icon", false},
		{"lpt", false},
		{"co", false},
		{"", false},
		{"P.I.W.O.", true},
		{"trailing ", true},
		{"a:b", true},
		{"why?", true},
		{"ziņas", false},
	} {
		if got := WindowsRefuses(tt.name) != ""; got != tt.refused {
			t.Errorf("WindowsRefuses(%q) refuses: %t, want %t", tt.name, got, tt.refused)
		}
	}
}

// TestSourceName: a control character in a source file's name is an
// error, a name Windows refuses a warning whose new name Windows holds.
func TestSourceName(t *testing.T) {
	for _, tt := range []struct {
		name, want string
		bad        bool
	}{
		{"ziņa.lv.md", "", false},
		{"a\x1bb.md", "this file's name holds the invisible control character U+001B, which editors show as nothing or garbled, and no web address may hold; rename the file", true},
		{"del\x7f.md", "this file's name holds the invisible control character U+007F, which editors show as nothing or garbled, and no web address may hold; rename the file", true},
		{"c1\u0085.md", "this file's name holds the invisible control character U+0085, which editors show as nothing or garbled, and no web address may hold; rename the file", true},
		{"zi\xf1a.md", `this file's name is not valid UTF-8 text (the bytes that are not are shown as \x..): a zip made on another system or an old program saved it in another encoding; rename the file`, true},
		{"aux.lv.md", `Windows cannot hold this file's name (CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9 name devices there, with any extension), so the site cannot be checked out or edited there; rename it "aux-1.lv.md"`, false},
		{"kāpēc?.md", `Windows cannot hold this file's name (a name may not hold < > : " | ? * or \), so the site cannot be checked out or edited there; rename it "kāpēc-.md"`, false},
		{"beigas. ", `Windows cannot hold this file's name (a name may not end in a dot or a space), so the site cannot be checked out or edited there; rename it "beigas"`, false},
	} {
		got, bad := SourceName(tt.name, "file")
		if got != tt.want || bad != tt.bad {
			t.Errorf("SourceName(%q) = %q, %t; want %q, %t", tt.name, got, bad, tt.want, tt.bad)
		}
	}
	for _, name := range []string{"CON", "com1.txt", "a:b?.md", "..", "P.I.W.O.", "nul ..txt"} {
		if w := WindowsName(name); WindowsRefuses(w) != "" || w == "" {
			t.Errorf("WindowsName(%q) = %q, which Windows refuses", name, w)
		}
	}
}
