// Package search makes the full-text search index of a language: words folded
// as the reader's browser folds them, an inverted index from each word to the
// pages that have it, with where on the page it stands (title, heading, text),
// and that index cut into shards of about the same size, each a range of the
// sorted words, so that the browser fetches only the shards of the words it
// looks for (as Pagefind does). The default theme's static/js/search.js reads
// it and must fold, split and order words the same way (by code point): the
// tests of both hold them together.
package search

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s as the index keeps words: decomposed, combining marks
// dropped, lower case, and đ and ł, which have no decomposition, made d and
// l; so "Izglītība" is "izglitiba" and "Đại học" is "dai hoc". It is
// search.js's fold.
func Fold(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = appendFold(b, r)
	}
	return string(b)
}

// appendFold appends the folding of r to b: ASCII at once, the first
// foldTableSize code points from a table, others through foldSlow.
func appendFold(b []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	case r < foldTableSize:
		return append(b, folds().of(r)...)
	}
	return append(b, foldSlow(string(r))...)
}

// foldTableSize covers Latin, Greek, Cyrillic, Vietnamese's Latin Extended
// Additional and the punctuation, currency and other symbols that follow
// (dashes, quotation marks, "…", "€"): the text of most sites.
const foldTableSize = 0x3000

// foldTable holds the folding of each code point below foldTableSize, and
// whether it is all letters and digits (a word goes on through it), none (a
// word ends at it) or some (eachWord looks at each rune).
type foldTable struct {
	entries [foldTableSize]struct {
		off  uint16 // in folded
		n    uint8
		kind uint8
	}
	folded string
}

// The kinds of a folded code point.
const (
	foldSpace = iota // no letter or digit
	foldWord         // letters and digits only
	foldMixed
)

func (t *foldTable) of(r rune) string {
	e := &t.entries[r]
	return t.folded[e.off : int(e.off)+int(e.n)]
}

// folds is made once and never changed.
var folds = sync.OnceValue(func() *foldTable {
	t := new(foldTable)
	var b strings.Builder
	for r := range rune(foldTableSize) {
		f := foldSlow(string(r))
		e := &t.entries[r]
		e.off, e.n = uint16(b.Len()), uint8(len(f))
		if int(e.off) != b.Len() || int(e.n) != len(f) {
			panic("search: the fold table outgrew its entries")
		}
		b.WriteString(f)
		words := 0
		for _, c := range f {
			if isWordRune(c) {
				words++
			}
		}
		switch {
		case words == utf8.RuneCountInString(f): // "" too: a mark dropped
			e.kind = foldWord
		case words == 0:
			e.kind = foldSpace
		default:
			e.kind = foldMixed
		}
	}
	t.folded = b.String()
	return t
})

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// foldSlow is Fold by its definition: NFD, then each rune.
func foldSlow(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		switch r {
		case 'đ':
			r = 'd'
		case 'ł':
			r = 'l'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Words returns the folded words of s: the runs of letters and digits of
// Fold(s), as search.js splits a query.
func Words(s string) []string {
	words := []string{}
	var w []byte
	eachWord(&w, []byte(s), func(w []byte, _ int) { words = append(words, string(w)) })
	return words
}

// eachWord calls f with each word of s, as Words returns them, and where in
// s the rune it starts with is. The word is folded into *w, which f must
// not keep. ASCII, most of the text of many languages, is read a byte at a
// time, and the other code points of foldTable a rune at a time, without
// decoding their foldings.
func eachWord(w *[]byte, s []byte, f func(w []byte, at int)) {
	t := folds()
	word := (*w)[:0]
	at := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				if len(word) > 0 {
					f(word, at)
					word = word[:0]
				}
				continue
			}
			if len(word) == 0 {
				at = i - 1
			}
			word = append(word, c)
			continue
		}
		r, n := utf8.DecodeRune(s[i:])
		var folded string
		if r < foldTableSize {
			e := &t.entries[r]
			folded = t.folded[e.off : int(e.off)+int(e.n)]
			switch e.kind {
			case foldWord:
				if len(word) == 0 {
					at = i
				}
				word = append(word, folded...)
				i += n
				continue
			case foldSpace:
				if len(word) > 0 {
					f(word, at)
					word = word[:0]
				}
				i += n
				continue
			}
		} else {
			folded = foldSlow(string(r))
		}
		for _, c := range folded {
			if isWordRune(c) {
				if len(word) == 0 {
					at = i
				}
				word = utf8.AppendRune(word, c)
			} else if len(word) > 0 {
				f(word, at)
				word = word[:0]
			}
		}
		i += n
	}
	if len(word) > 0 {
		f(word, at)
	}
	*w = word
}

// PagesPerShard is the number of pages a language has for each shard of its
// index, so that a shard stays a few kilobytes as the site grows.
const PagesPerShard = 16

// MaxShards caps the shards of a language: the first query of a large site
// fetches one shard for each of its words, each about 1/MaxShards of the index.
const MaxShards = 256

// Shards returns the number of shards for a language of pages pages: a power
// of two near pages/PagesPerShard, at least 1, at most MaxShards. It depends
// on the number of pages only, so a page's edit never adds or removes one.
func Shards(pages int) int {
	n := 1
	for n < MaxShards && n*PagesPerShard < pages {
		n *= 2
	}
	return n
}
