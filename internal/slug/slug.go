// Package slug turns titles, file names and headings into URL segments and heading
// IDs that stay readable for Latvian and Vietnamese text.
package slug

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// special holds letters that do not decompose into a base letter and marks.
var special = map[rune]string{
	'đ': "d", 'Đ': "d", 'ß': "ss", 'æ': "ae", 'Æ': "ae", 'ø': "o", 'Ø': "o",
	'ł': "l", 'Ł': "l", 'œ': "oe", 'Œ': "oe", 'þ': "th", 'ð': "d", 'ı': "i",
}

// Make returns s normalized to NFC, lower-cased, with Latin diacritics removed
// (ā→a, ļ→l, đ→d, ế→e), and every run of other characters turned into one hyphen.
// Letters of other scripts are kept. The result may be empty.
func Make(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	hyphen := false
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue // a combining mark of a decomposed letter
		}
		if rep, ok := special[r]; ok {
			writeHyphen(&b, &hyphen)
			b.WriteString(rep)
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			writeHyphen(&b, &hyphen)
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		if b.Len() > 0 {
			hyphen = true
		}
	}
	return norm.NFC.String(b.String())
}

func writeHyphen(b *strings.Builder, pending *bool) {
	if *pending {
		b.WriteByte('-')
		*pending = false
	}
}
