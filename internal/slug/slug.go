// Package slug turns titles, file names and headings into URL segments and heading
// IDs that stay readable for Latvian and Vietnamese text.
package slug

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// special holds lower-case letters that do not decompose into a base letter and marks.
var special = map[rune]string{
	'đ': "d", 'ß': "ss", 'æ': "ae", 'ø': "o", 'ł': "l", 'œ': "oe", 'þ': "th", 'ð': "d", 'ı': "i",
}

// Make returns s normalized to NFC, lower-cased, with Latin diacritics removed
// (ā→a, ļ→l, đ→d, ế→e), and every run of other characters turned into one hyphen.
// Letters of other scripts are kept. The result may be empty.
func Make(s string) string { return convert(s, false, false) }

// KeepCase is Make with the letters' case kept: Ābols is Abols.
func KeepCase(s string) string { return convert(s, false, true) }

// PathKeepCase is Path with the letters' case kept.
func PathKeepCase(s string) string {
	p := strings.TrimLeft(convert(s, true, true), ".")
	if strings.Trim(p, "._") == "" {
		return ""
	}
	return p
}

// Path is Make for a segment a user wrote as it should be (a slug in front
// matter, a section's folder): dots and underscores stay (lencr.org), but
// not at the start, where a dot would hide the folder. A result of only dots
// and underscores is empty: it would name no segment.
func Path(s string) string {
	p := strings.TrimLeft(convert(s, true, false), ".")
	if strings.Trim(p, "._") == "" {
		return ""
	}
	return p
}

// convert makes a slug of s; keep keeps dots and underscores, keepCase the
// letters' case.
func convert(s string, keep, keepCase bool) string {
	var b strings.Builder
	b.Grow(len(s))
	hyphen := false
	// Invalid bytes first: norm does not normalize what follows them.
	for _, orig := range norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD")) {
		r := base(unicode.ToLower(orig))
		upper := keepCase && unicode.IsUpper(orig)
		if r < 0x80 { // most letters of most titles
			if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || keep && (r == '.' || r == '_') {
				writeHyphen(&b, &hyphen)
				if upper {
					r = unicode.ToUpper(r)
				}
				b.WriteRune(r)
			} else if b.Len() > 0 {
				hyphen = true
			}
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue // a combining mark on its own
		}
		if rep, ok := special[r]; ok {
			writeHyphen(&b, &hyphen)
			if upper {
				rep = strings.ToUpper(rep[:1]) + rep[1:]
			}
			b.WriteString(rep)
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || keep && (r == '.' || r == '_') {
			writeHyphen(&b, &hyphen)
			if upper {
				r = unicode.ToUpper(r)
			}
			b.WriteRune(r)
			continue
		}
		if b.Len() > 0 {
			hyphen = true
		}
	}
	return b.String()
}

// base strips the diacritics of a letter: ā -> a, ế -> e. Letters of other
// scripts, whose decomposition is not a base and marks, stay as they are.
func base(r rune) rune {
	if r < 0x80 {
		return r
	}
	if r < tableSize {
		return baseTable()[r]
	}
	return decompose(r)
}

// tableSize covers Latin, Greek, Cyrillic and Latin Extended Additional
// (Vietnamese): the letters titles are made of, looked up rather than
// decomposed again for each slug.
const tableSize = 0x1F00

var baseTable = sync.OnceValue(func() []rune {
	t := make([]rune, tableSize)
	for r := range rune(tableSize) {
		t[r] = decompose(r)
	}
	return t
})

// decompose is base, computed.
func decompose(r rune) rune {
	if r < 0x80 {
		return r
	}
	d := []rune(norm.NFD.String(string(r)))
	for _, m := range d[1:] {
		if !unicode.Is(unicode.Mn, m) {
			return r
		}
	}
	if len(d) > 1 && d[0] < 0x250 { // Latin: transliterate
		return d[0]
	}
	return r
}

func writeHyphen(b *strings.Builder, pending *bool) {
	if *pending {
		b.WriteByte('-')
		*pending = false
	}
}

// Hugo is a name (a file's, a folder's, a slug, a term) as Hugo makes it
// an address: letters of every script, digits and marks kept, not
// transliterated (über-straße, đầu-tiên), as are . _ - + ~ @ and /; a run
// of spaces is one hyphen; other characters are left out. Letters are
// lower-cased unless keepCase (Hugo's disablePathToLower).
func Hugo(s string, keepCase bool) string {
	var b strings.Builder
	space, hyphen := false, false
	for _, r := range composed(strings.ToValidUTF8(s, "")) {
		ok := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || strings.ContainsRune("._-+~@/", r)
		switch {
		case ok:
			if space && r != '-' && !hyphen {
				b.WriteByte('-')
			}
			space, hyphen = false, r == '-'
			if !keepCase {
				r = unicode.ToLower(r)
			}
			b.WriteRune(r)
		case unicode.IsSpace(r) && b.Len() > 0 && !hyphen:
			space = true
		}
	}
	return b.String()
}

// HugoName is the address segment Hugo makes of a file's or a folder's
// name, or of a term: as Hugo (paths.Sanitize), but each space is a hyphen
// first (Hugo's NormalizePathStringBasic), so that a run of spaces, or
// spaces around a character left out, give a hyphen each: "Show & Tell" is
// show--tell, "a  b.md" a--b, where a slug written in front matter
// (Hugo) gives show-tell.
func HugoName(s string, keepCase bool) string {
	return Hugo(strings.ReplaceAll(s, " ", "-"), keepCase)
}

// composed is s in NFC, so that a name saved decomposed (as macOS may save
// dzīve) is the address of the name composed, except that the characters
// NFC would take apart stay as written: Unicode's composition exclusions
// and singletons (Bengali য় U+09DF, Devanagari क़ U+0958), which Hugo keeps
// in its addresses.
func composed(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	var b strings.Builder
	var one [utf8.UTFMax]byte
	var buf []byte
	start := 0
	for i, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		n := utf8.EncodeRune(one[:], r)
		if buf = norm.NFC.Append(buf[:0], one[:n]...); string(buf) == string(one[:n]) {
			continue
		}
		b.WriteString(norm.NFC.String(s[start:i]))
		b.WriteRune(r)
		start = i + n
	}
	b.WriteString(norm.NFC.String(s[start:]))
	return b.String()
}

// RemoveAccents is s without the marks its letters decompose into (ü is u,
// ầ is a; đ and ß, which do not decompose, stay), as Hugo's
// removePathAccents makes addresses.
func RemoveAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// Unescape decodes the %-escapes of a name (a file saved from a browser as
// a%20c.md, a folder x%C4%81y, a slug or a tag copied from an address bar),
// so that it becomes the segment of the name it stands for, as an address in
// front matter is decoded (url, aliases): a web server decodes a request's
// path before it looks for the file, so a page written at a%20c could never
// be found at that address. A % that begins no escape (100%) stays, as does
// the whole name when what the escapes decode to is not UTF-8.
func Unescape(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b = append(b, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		b = append(b, s[i])
	}
	if !utf8.Valid(b) {
		return s
	}
	return string(b)
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}
