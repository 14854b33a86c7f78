package search

import (
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
	// The words in the order found and their scores; at maps each word to
	// its place, so a word found again costs one lookup and no string.
	var words []string
	var scores []uint8
	at := map[string]int{}
	add := func(w []byte) int {
		i, ok := at[string(w)] // a lookup by bytes allocates nothing
		if !ok {
			i = len(words)
			s := string(w)
			at[s] = i
			words = append(words, s)
			scores = append(scores, 0)
		}
		return i
	}
	eachWord(body.Text, func(w []byte) {
		if i := add(w); scores[i] < MaxCount {
			scores[i]++
		}
	})
	for _, h := range body.Headings {
		eachWord(h, func(w []byte) { scores[add(w)] |= InHeading })
	}
	eachWord(title, func(w []byte) { scores[add(w)] |= InTitle })
	order := make([]int, len(words))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(words[a], words[b]) })
	var b strings.Builder
	n := 0
	for _, w := range words {
		n += len(w) + 1
	}
	b.Grow(n)
	d := Doc{scores: make([]uint8, len(order))}
	for k, i := range order {
		b.WriteString(words[i])
		b.WriteByte(' ')
		d.scores[k] = scores[i]
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
