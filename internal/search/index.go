package search

import (
	"slices"
	"strconv"
	"strings"
)

// posting is a page that has a word, with the word's score there.
type posting struct {
	id    int32
	score uint8
}

// Index is a language's inverted index: each word to the pages (by id, their
// place in the language's pages sorted by address) that have it, cut into
// shards. The dev server keeps it between rebuilds, and Update changes the
// postings of one page, so that a save encodes again only the shards of the
// words that changed.
type Index struct {
	postings map[string][]posting
	shards   [][]string // each shard's words, sorted
}

// NewIndex returns the index of docs, the pages of a language by id, in
// shards shards.
func NewIndex(docs []Doc, shards int) *Index {
	x := &Index{postings: map[string][]posting{}, shards: make([][]string, shards)}
	for id, d := range docs {
		d.Each(func(w string, score uint8) {
			ps, ok := x.postings[w]
			if !ok {
				w = strings.Clone(w) // not the doc's string, which a save replaces
				k := Shard(w, shards)
				x.shards[k] = append(x.shards[k], w)
			}
			x.postings[w] = append(ps, posting{int32(id), score}) // ids ascending: docs in order
		})
	}
	for _, ws := range x.shards {
		slices.Sort(ws)
	}
	return x
}

// Len returns the number of shards.
func (x *Index) Len() int { return len(x.shards) }

// Update puts the words of page id's doc cur in place of its words in old and
// returns the shards that changed, in order.
func (x *Index) Update(id int, old, cur Doc) []int {
	olds := map[string]uint8{}
	old.Each(func(w string, s uint8) { olds[w] = s })
	var changed []int
	mark := func(w string) int {
		k := Shard(w, len(x.shards))
		if !slices.Contains(changed, k) {
			changed = append(changed, k)
		}
		return k
	}
	cur.Each(func(w string, score uint8) {
		s, ok := olds[w]
		delete(olds, w)
		if ok && s == score {
			return
		}
		k := mark(w)
		ps, ok := x.postings[w]
		if !ok {
			w = strings.Clone(w)
			i, _ := slices.BinarySearch(x.shards[k], w)
			x.shards[k] = slices.Insert(x.shards[k], i, w)
		}
		if i, found := find(ps, id); found {
			ps[i].score = score
		} else {
			ps = slices.Insert(ps, i, posting{int32(id), score})
		}
		x.postings[w] = ps
	})
	for w := range olds { // the words the page no longer has
		k := mark(w)
		ps := x.postings[w]
		if i, ok := find(ps, id); ok {
			ps = slices.Delete(ps, i, i+1)
		}
		if len(ps) > 0 {
			x.postings[w] = ps
			continue
		}
		delete(x.postings, w)
		if i, ok := slices.BinarySearch(x.shards[k], w); ok {
			x.shards[k] = slices.Delete(x.shards[k], i, i+1)
		}
	}
	slices.Sort(changed)
	return changed
}

// find returns where page id is, or would be, in ps.
func find(ps []posting, id int) (int, bool) {
	return slices.BinarySearchFunc(ps, int32(id), func(p posting, id int32) int { return int(p.id - id) })
}

// AppendShard appends shard k as JSON: an object from each word of the shard
// to a flat array of pairs, the page id (after the first, the difference from
// the one before, so that a long list stays short) and the word's score there.
// Words are letters and digits only, which JSON strings hold as they are.
func (x *Index) AppendShard(b []byte, k int) []byte {
	b = append(b, '{')
	for i, w := range x.shards[k] {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, w...)
		b = append(b, `":[`...)
		prev := int32(0)
		for j, p := range x.postings[w] {
			if j > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, int64(p.id-prev), 10)
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(p.score), 10)
			prev = p.id
		}
		b = append(b, ']')
	}
	return append(b, "}\n"...)
}

// Lookup returns the pages that have word w, by id, with its score there,
// as search.js reads them from a shard; for tests and tools.
func (x *Index) Lookup(w string) map[int]int {
	out := map[int]int{}
	for _, p := range x.postings[w] {
		out[int(p.id)] = int(p.score)
	}
	return out
}

// Words returns the words of shard k, sorted.
func (x *Index) Words(k int) []string { return slices.Clone(x.shards[k]) }
