// Package search makes the full-text search index of a language: words folded
// as the reader's browser folds them, an inverted index from each word to the
// pages that have it, with where on the page it stands (title, heading, text),
// and that index cut into shards by the first letters of each word, so that
// the browser fetches only the shards of the words it looks for (as Pagefind
// does). The default theme's static/js/search.js reads it and must fold,
// split and hash words the same way: the tests of both hold them together.
package search

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s as the index keeps words: decomposed, combining marks
// dropped, lower case, and đ and ł, which have no decomposition, made d and
// l; so "Izglītība" is "izglitiba" and "Đại học" is "dai hoc". It is
// search.js's fold.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
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

// Words returns the folded words of s: the runs of letters and digits, as
// search.js splits a query.
func Words(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

// keyRunes is how many of a word's first letters choose its shard: a word
// typed so far (prefix matching of the last word of a query) finds every
// longer word in the same shard once it has this many letters.
const keyRunes = 2

// Shard returns the shard of n that holds the folded word w: FNV-1a over the
// code points of its first keyRunes letters, as search.js's shard computes it.
func Shard(w string, n int) int {
	h := uint32(2166136261)
	k := 0
	for _, r := range w {
		if k == keyRunes {
			break
		}
		h = (h ^ uint32(r)) * 16777619
		k++
	}
	return int(h % uint32(n))
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
