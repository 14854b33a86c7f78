package search

import (
	"maps"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/htmltext"
)

// Where a word stands on a page, as the bits of its score: a word of the
// title ranks above one of a heading, which ranks above one of the text;
// the low bits count the word in the text (headings included), up to
// MaxCount. search.js reads the same bits.
const (
	InTitle   = 32
	InHeading = 16
	MaxCount  = 15
)

// Doc is what one page gives the index: its folded words, each with its
// score. It is kept small (one string of the words, sorted, and their
// scores), since the dev server keeps one for every page.
type Doc struct {
	words  string // the words, sorted, each followed by a space
	scores []uint8
}

// NewDoc returns the words of a page with the title title and the body body
// (its text and headings, from htmltext.Split).
func NewDoc(title string, body htmltext.Parts) Doc {
	m := map[string]uint8{}
	eachWord(body.Text, func(w []byte) {
		if n, ok := m[string(w)]; !ok { // a lookup by bytes allocates nothing
			m[string(w)] = 1
		} else if n < MaxCount {
			m[string(w)] = n + 1
		}
	})
	for _, h := range body.Headings {
		for _, w := range Words(h) {
			m[w] |= InHeading
		}
	}
	for _, w := range Words(title) {
		m[w] |= InTitle
	}
	var b strings.Builder
	d := Doc{scores: make([]uint8, 0, len(m))}
	for _, w := range slices.Sorted(maps.Keys(m)) {
		b.WriteString(w)
		b.WriteByte(' ')
		d.scores = append(d.scores, m[w])
	}
	d.words = b.String()
	return d
}

// Len returns the number of words.
func (d Doc) Len() int { return len(d.scores) }

// Each calls f with each word, in order, and its score.
func (d Doc) Each(f func(w string, score uint8)) {
	rest := d.words
	for _, s := range d.scores {
		i := strings.IndexByte(rest, ' ')
		f(rest[:i], s)
		rest = rest[i+1:]
	}
}

// Score returns the score of word w, 0 when the page does not have it.
func (d Doc) Score(w string) uint8 {
	var score uint8
	d.Each(func(x string, s uint8) {
		if x == w {
			score = s
		}
	})
	return score
}

// Equal reports whether d and e have the same words with the same scores.
func (d Doc) Equal(e Doc) bool {
	return d.words == e.words && slices.Equal(d.scores, e.scores)
}
