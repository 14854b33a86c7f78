// Package nobreak finds the short hyphenated words that a line must not break
// inside: a browser may break a line after any hyphen, and a heading that ends
// in "MIT J-" with "WEL" on the next line, or "COVID-" and "19", reads wrong.
//
// The words are kept whole with a span that the theme styles with
// white-space: nowrap, not with U+2011 (non-breaking hyphen): the text stays as
// written, so a screen reader reads it as before, Ctrl+F and the search index
// find "J-WEL" as typed, and a copy pastes the ASCII hyphen.
package nobreak

import (
	"bytes"
	"html/template"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Class is the class of the span around a word kept whole. The default theme
// gives it white-space: nowrap; a theme that uses HTML or the Markdown
// headings must too.
const Class = "nobr"

// MaxLen is the longest word, in letters, digits and hyphens, that is kept
// whole: short names and codes ("J-WEL", "ERDF-2023", "COVID-19", "kick-off")
// are; a long compound ("Latvian-Vietnamese") may still break at its hyphen
// on a narrow screen, where it would not fit on one line anyway.
const MaxLen = 12

// Words returns the byte ranges [start, end) of the words of s to keep whole:
// runs of letters and digits joined by single hyphens (U+002D or U+2010),
// with at least one hyphen and at most MaxLen characters. A hyphen at a
// word's start or end ("pre- and post-") is not inside a word.
func Words(s string) [][2]int {
	if strings.IndexByte(s, '-') < 0 && !strings.Contains(s, "\u2010") {
		return nil // as Hyphenated, without copying s
	}
	var out [][2]int
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		// A word: alphanumeric parts joined by single hyphens.
		start, end, runes, hyphens := i, i, 0, 0
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += n
				runes++
				end = j
				continue
			}
			if isHyphen(r) && end == j {
				// A hyphen counts only when a letter or digit follows it.
				if r2, _ := utf8.DecodeRuneInString(s[j+n:]); j+n < len(s) && isWordRune(r2) {
					j += n
					runes++
					hyphens++
					continue
				}
			}
			break
		}
		if hyphens > 0 && runes <= MaxLen && !joined(s, start, end) {
			out = append(out, [2]int{start, end})
		}
		i = max(end, i+n)
	}
	return out
}

// joined reports whether the word s[start:end] is part of a longer token
// (an address, a file name, "a-b/c-d"): then it is not a word of its own.
func joined(s string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) || r == '/' || r == '.' || r == '@' || isHyphen(r) {
			return true
		}
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if r == '/' || r == '@' || isHyphen(r) || unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		if r == '.' { // "a-b.pdf", but not "J-WEL."
			r2, _ := utf8.DecodeRuneInString(s[end+1:])
			return end+1 < len(s) && isWordRune(r2)
		}
	}
	return false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Hyphenated reports whether b has a hyphen that could join a word: text
// without one has no word to keep whole, and most text has none, so callers
// test it before they copy or scan the text.
func Hyphenated(b []byte) bool {
	return bytes.IndexByte(b, '-') >= 0 || bytes.Contains(b, []byte("\u2010"))
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' }

// HTML is s escaped for HTML, each word of Words in a span of Class.
func HTML(s string) template.HTML {
	words := Words(s)
	if len(words) == 0 {
		return template.HTML(template.HTMLEscapeString(s))
	}
	var b strings.Builder
	last := 0
	for _, w := range words {
		b.WriteString(template.HTMLEscapeString(s[last:w[0]]))
		b.WriteString(`<span class="` + Class + `">`)
		b.WriteString(template.HTMLEscapeString(s[w[0]:w[1]]))
		b.WriteString("</span>")
		last = w[1]
	}
	b.WriteString(template.HTMLEscapeString(s[last:]))
	return template.HTML(b.String())
}
