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
		return append(b, foldTable()[r]...)
	}
	return append(b, foldSlow(string(r))...)
}

// foldTableSize covers Latin, Greek, Cyrillic and Vietnamese's Latin
// Extended Additional: the text of most sites.
const foldTableSize = 0x2000

// foldTable holds the folding of each code point below foldTableSize, made
// once and never changed.
var foldTable = sync.OnceValue(func() []string {
	t := make([]string, foldTableSize)
	for r := range rune(foldTableSize) {
		t[r] = foldSlow(string(r))
	}
	return t
})

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
	eachWord(s, func(w []byte) { words = append(words, string(w)) })
	return words
}

// eachWord calls f with each word of s, as Words returns them; f must not
// keep w, which is reused.
func eachWord(s string, f func(w []byte)) {
	var w, folded []byte
	for _, r := range s {
		if r < utf8.RuneSelf { // most of the text of many languages
			switch {
			case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
				w = append(w, byte(r))
			case 'A' <= r && r <= 'Z':
				w = append(w, byte(r+'a'-'A'))
			case len(w) > 0:
				f(w)
				w = w[:0]
			}
			continue
		}
		folded = appendFold(folded[:0], r)
		for _, c := range string(folded) {
			if unicode.IsLetter(c) || unicode.IsNumber(c) {
				w = utf8.AppendRune(w, c)
			} else if len(w) > 0 {
				f(w)
				w = w[:0]
			}
		}
	}
	if len(w) > 0 {
		f(w)
	}
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
