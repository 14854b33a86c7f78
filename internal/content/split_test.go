package content

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/adrg/frontmatter"
)

// invisibleControl is what indexControl looks for, one rune at a time: a
// control character or a byte order mark.
func invisibleControl(r rune) bool {
	return r != '\t' && r != '\n' && r != '\r' && r != 0 && unicode.IsControl(r) || r == '\ufeff'
}

// TestIndexControl: the byte loop finds what strings.IndexFunc with
// unicode.IsControl finds, at the same index, in text and in bytes that are
// not UTF-8 (a C1 control after a broken sequence).
func TestIndexControl(t *testing.T) {
	for _, s := range []string{
		"", "Teksts.\n", "tab\tand\r\nline ends", "a\x00b", "a\x01b", "ēž\x1f", "x\x7fy",
		"Nākamā\u0085rinda", "\u0080", "\u009f", "\u00a0 is a space, not a control",
		"\u00c2\u0080", "\xc2", "\xc2\x7f", "\xe0\xc2\x85", "\xc2\xa0\xc2\x9f", "Đại học\u001b[0m",
		"Zi\ufeffņas", "\xef\xbb", "\xef\xbb\xbe", "\xef\xef\xbb\xbf", "\ufeff",
	} {
		want := strings.IndexFunc(s, invisibleControl)
		if got := indexControl(s); got != want {
			t.Errorf("indexControl(%q) = %d, want %d", s, got, want)
		}
		if got := indexControl([]byte(s)); got != want {
			t.Errorf("indexControl([]byte(%q)) = %d, want %d", s, got, want)
		}
		checkPlain(t, []byte(s))
	}
}

// TestSplit: front matter is found where adrg/frontmatter finds it, which is
// what vestis always read; blocks never closed and blank lines before the
// opening delimiter included.
func TestSplit(t *testing.T) {
	tests := []struct {
		in, format, block, body string
	}{
		{"---\ntitle: A\n---\nText.\n", "yaml", "title: A\n", "Text.\n"},
		{"\n  \n---\ntitle: A\n---\nText.", "yaml", "title: A\n", "Text."},
		{"---\r\ntitle: A\r\n---  \r\nText.\r\n", "yaml", "title: A\r\n", "Text.\r\n"},
		{"+++\ntitle = \"A\"\n+++", "toml", "title = \"A\"\n", ""},
		{"---json\n{\"title\": \"A\"}\n---\n", "json", "{\"title\": \"A\"}\n", ""},
		{";;;\n;;;\nx\n", "json", "", "x\n"},
		{"---\ntitle: A\n", "", "", "---\ntitle: A\n"},
		{"---", "", "", "---"},
		{"Text.\n---\ntitle: A\n---\n", "", "", "Text.\n---\ntitle: A\n---\n"},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		raw, body := split([]byte(tt.in))
		if raw.format != tt.format || string(raw.data) != tt.block || string(body) != tt.body {
			t.Errorf("split(%q) = %q, %q, body %q; want %q, %q, body %q", tt.in, raw.format, raw.data, body, tt.format, tt.block, tt.body)
		}
		checkSplit(t, []byte(tt.in))
	}
}

// TestSplitHugoClosings: a closing line of more than three dashes (or
// pluses) closes front matter, as in Hugo, where adrg/frontmatter reads on.
func TestSplitHugoClosings(t *testing.T) {
	tests := []struct{ in, format, block, body string }{
		{"---\ntitle: A\n----------\n\nText.\n", "yaml", "title: A\n", "\nText.\n"},
		{"+++\ntitle = \"A\"\n++++\nText.\n", "toml", "title = \"A\"\n", "Text.\n"},
		{";;;\n;;;;", "json", "", ""},
		{"---\ntitle: A\n---x\n", "", "", "---\ntitle: A\n---x\n"},
		{"---\ntitle: A\n--- -\n", "", "", "---\ntitle: A\n--- -\n"},
	}
	for _, tt := range tests {
		raw, body := split([]byte(tt.in))
		if raw.format != tt.format || string(raw.data) != tt.block || string(body) != tt.body {
			t.Errorf("split(%q) = %q, %q, body %q; want %q, %q, body %q", tt.in, raw.format, raw.data, body, tt.format, tt.block, tt.body)
		}
	}
}

// longRun reports whether data has a line longer than a closing delimiter
// made of its character ("----", "++++", ";;;;"), which closes front matter
// in Hugo (and split) but not in adrg/frontmatter.
func longRun(data []byte) bool {
	for line := range bytes.Lines(data) {
		l := bytes.TrimSpace(line)
		for _, f := range formats {
			if len(l) > len(f.end) && closes(l, f.end) {
				return true
			}
		}
	}
	return false
}

// checkSplit compares split with adrg/frontmatter.Parse given the same
// formats, for data without a longRun (TestSplitHugoClosings).
func checkSplit(t *testing.T, data []byte) {
	t.Helper()
	if longRun(data) {
		return
	}
	var want rawMatter
	var theirs []*frontmatter.Format
	for _, f := range formats {
		theirs = append(theirs, frontmatter.NewFormat(f.start, f.end, func(data []byte, v any) error {
			*v.(*rawMatter) = rawMatter{format: f.format, data: data}
			return nil
		}))
	}
	wantBody, err := frontmatter.Parse(bytes.NewReader(data), &want, theirs...)
	if err != nil {
		t.Fatal(err)
	}
	raw, body := split(data)
	if raw.format != want.format || !bytes.Equal(raw.data, want.data) || !bytes.Equal(body, wantBody) {
		t.Errorf("split(%q) = %q, %q, body %q; adrg/frontmatter: %q, %q, body %q", data, raw.format, raw.data, body, want.format, want.data, wantBody)
	}
}

// checkPlain: plainText says yes exactly when the checks that name a problem
// find none.
func checkPlain(t *testing.T, data []byte) {
	t.Helper()
	want := utf8.Valid(data) && bytes.IndexByte(data, 0) < 0 && indexControl(data) < 0
	if got := plainText(data); got != want {
		t.Errorf("plainText(%q) = %v, want %v", data, got, want)
	}
}

// TestPlainText reads text eight bytes at a time: a problem at each place of
// a word, and printable ASCII at the edges of the range, are seen.
func TestPlainText(t *testing.T) {
	for _, bad := range []string{"\x00", "\x01", "\x1f", "\x7f", "\u0085", "\xff", "\xc2", "\xe2\x82"} {
		for at := range 17 {
			text := []byte(strings.Repeat(" ~Az", 5))
			text = slices.Insert(text, at, []byte(bad)...)
			checkPlain(t, text)
			if plainText(text) {
				t.Errorf("plainText(%q) = true", text)
			}
		}
	}
	for _, good := range []string{"", " ", "~", strings.Repeat(" ~", 9), "Ārvalstu\tsadarbība\r\n", "Đại học Quốc gia Hà Nội\n\u00a0"} {
		checkPlain(t, []byte(good))
	}
}
