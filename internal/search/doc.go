package search

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"hash/maphash"
	"slices"
	"strings"
	"sync"

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

// Text is a page's text, as NewDoc reads it.
type Text struct {
	Title string
	// Body is the page's text, as htmltext.AppendSplit writes it, and
	// Headings where the text of each of its headings is in it.
	Body     []byte
	Headings []htmltext.Span
	// More is more text whose words count as the body's: the description
	// and the fields the page shows.
	More string
}

// NewDoc returns the words of a page's text.
func NewDoc(t Text) Doc {
	db := builders.Get().(*docBuilder)
	defer db.put()
	db.read(t)
	return db.doc()
}

// read gathers the words of t.
func (db *docBuilder) read(t Text) {
	heads := t.Headings
	eachWord(&db.word, t.Body, func(w []byte, at int) {
		for len(heads) > 0 && heads[0].End <= at {
			heads = heads[1:]
		}
		// A heading's words lie within its span: it starts after a space
		// (or at the start) and a space follows it.
		var flags uint8
		if len(heads) > 0 && heads[0].Start <= at {
			flags = InHeading
		}
		db.add(w, flags, true)
	})
	db.scratch = append(db.scratch[:0], t.More...)
	eachWord(&db.word, db.scratch, func(w []byte, _ int) { db.add(w, 0, true) })
	db.scratch = append(db.scratch[:0], t.Title...)
	eachWord(&db.word, db.scratch, func(w []byte, _ int) { db.add(w, InTitle, false) })
}

// docBuilder gathers a page's words, each once, with their counts and
// where they stand, in a hash table of its own that it keeps, with its
// buffers, from page to page (builders).
type docBuilder struct {
	seed    maphash.Seed
	word    []byte  // the word being read
	scratch []byte  // a string being read
	arena   []byte  // the words found, end to end
	found   []found // in the order found
	order   []ordered
	table   []int32 // open addressing: 1 + an index into found, 0 for none
}

// found is a word of the page: arena[off:off+n].
type found struct {
	// key is the word's first 8 bytes, big-endian, zeros after a shorter
	// one: words have no zero bytes, so keys order words as their bytes
	// do, but for words whose first 8 bytes are the same.
	key    uint64
	off, n int32
	hash   uint32
	count  uint8 // up to MaxCount
	flags  uint8 // InTitle, InHeading
}

var builders = sync.Pool{New: func() any {
	return &docBuilder{seed: maphash.MakeSeed(), table: make([]int32, 1024)}
}}

// put empties db and gives it back to builders, unless a page of unusual
// size grew it.
func (db *docBuilder) put() {
	if len(db.table) > 1<<16 {
		return
	}
	db.arena, db.found = db.arena[:0], db.found[:0]
	clear(db.table)
	builders.Put(db)
}

// add counts the word w, when count, and sets flags on it.
func (db *docBuilder) add(w []byte, flags uint8, count bool) {
	h := uint32(maphash.Bytes(db.seed, w))
	mask := uint32(len(db.table) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		k := db.table[i]
		if k == 0 {
			var key [8]byte
			copy(key[:], w)
			db.found = append(db.found, found{key: binary.BigEndian.Uint64(key[:]), off: int32(len(db.arena)), n: int32(len(w)), hash: h})
			db.arena = append(db.arena, w...)
			db.table[i] = int32(len(db.found))
			k = int32(len(db.found))
			if len(db.found)*2 > len(db.table) {
				db.grow()
			}
		}
		f := &db.found[k-1]
		if f.hash != h || !bytes.Equal(db.arena[f.off:f.off+f.n], w) {
			continue
		}
		if count && f.count < MaxCount {
			f.count++
		}
		f.flags |= flags
		return
	}
}

// grow doubles the table.
func (db *docBuilder) grow() {
	db.table = make([]int32, 2*len(db.table))
	mask := uint32(len(db.table) - 1)
	for k, f := range db.found {
		i := f.hash & mask
		for db.table[i] != 0 {
			i = (i + 1) & mask
		}
		db.table[i] = int32(k + 1)
	}
}

// doc returns the words found as a Doc: sorted, each with its score.
func (db *docBuilder) doc() Doc {
	arena := db.arena
	word := func(f *found) []byte { return arena[f.off : f.off+f.n] }
	order := db.order[:0]
	for k, f := range db.found {
		order = append(order, ordered{f.key, int32(k)})
	}
	slices.SortFunc(order, func(a, b ordered) int {
		if a.key != b.key {
			return cmp.Compare(a.key, b.key)
		}
		return bytes.Compare(word(&db.found[a.i]), word(&db.found[b.i]))
	})
	db.order = order
	var b strings.Builder
	b.Grow(len(arena) + len(db.found))
	d := Doc{scores: make([]uint8, len(db.found))}
	for k, o := range order {
		f := &db.found[o.i]
		b.Write(word(f))
		b.WriteByte(' ')
		d.scores[k] = f.count | f.flags
	}
	d.words = b.String()
	return d
}

// ordered is a word found, by its index in found, and its key, to sort.
type ordered struct {
	key uint64
	i   int32
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
