package sitefs

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// IndexControl is the index of the first control character that HTML and XML
// forbid in text, or -1: all but tab and the line ends (NUL is reported on its
// own); and of a byte order mark, U+FEFF, past the file's first character.
// Such a mark is a file's first character pasted into another (text copied
// from a file some editors saved, or files joined): it shows as nothing, yet a
// title holding one is another title, a tag another tag, a slug another
// address. It is strings.IndexFunc with unicode.IsControl and U+FEFF (the tests compare them)
// as a loop over bytes: every content file is scanned, and decoding each rune
// cost a tenth of loading. Control characters are U+0000-U+001F and U+007F-U+009F; the last
// are written C2 80-C2 9F, and C2 is never inside another rune's bytes, so
// the byte index is the rune's even where s is not valid UTF-8; the same
// holds for EF, the first byte of U+FEFF (EF BB BF).
func IndexControl[T ~string | ~[]byte](s T) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7f:
		case c < 0x20:
			if c != '\t' && c != '\n' && c != '\r' && c != 0 {
				return i
			}
		case c == 0x7f:
			return i
		case c == 0xc2:
			if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f {
				return i
			}
		case c == 0xef:
			if i+2 < len(s) && s[i+1] == 0xbb && s[i+2] == 0xbf {
				return i
			}
		}
	}
	return -1
}

// Invisible names r, a character IndexControl finds, for a message.
func Invisible(r rune) string {
	if r == '\ufeff' {
		return "the invisible byte order mark U+FEFF (the mark some editors put before a file's first letter; text pasted from such a file brings it)"
	}
	return fmt.Sprintf("the invisible control character U+%04X", r)
}

// CheckTemplate is the error of a template (a layout, a partial, a
// shortcode) whose text, as Text returned it, holds a character
// IndexControl finds, at its line and column; nil else. A template's text
// is published as written, on every page that uses it, and its strings
// too: a U+0007 pasted into a layout made every page and feed invalid
// HTML and XML, in silence, where a content file's is refused. An escape
// in a string ({{ "\a" }}) is the template's own choice and is left.
func CheckTemplate(file string, data []byte) error {
	i := IndexControl(data)
	if i < 0 {
		return nil
	}
	start := bytes.LastIndexByte(data[:i], '\n') + 1
	r, _ := utf8.DecodeRune(data[i:])
	msg := fmt.Sprintf("contains %s, which a web page may not hold (text pasted from a word processor brings them); delete it", Invisible(r))
	if r == '\ufeff' {
		msg = fmt.Sprintf("contains %s, which shows as nothing in every page; delete it", Invisible(r))
	}
	return &diag.Diagnostic{File: file, Line: 1 + bytes.Count(data[:i], []byte("\n")),
		Col: 1 + utf8.RuneCount(data[start:i]), Msg: msg}
}
