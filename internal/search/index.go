package search

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// posting is a page that has a word, with the word's score there: the page's
// id in the upper 24 bits and the score in the lower 8, so that a build of
// 100,000 pages keeps its tens of millions of postings in 4 bytes each, and
// postings in order of ids are in order of their values.
type posting uint32

// MaxPages is the most pages a language's index holds (ids 0 to MaxPages-1).
const MaxPages = 1 << 24

func newPosting(id int, score uint8) posting {
	checkID(id)
	return posting(uint32(id)<<8 | uint32(score))
}

func checkID(id int) {
	if id < 0 || id >= MaxPages {
		panic(fmt.Sprintf("search: page id %d: an index holds at most %d pages", id, MaxPages))
	}
}

func (p posting) id() int32    { return int32(p >> 8) }
func (p posting) score() uint8 { return uint8(p) }

// Index is a language's inverted index: each word to the pages (by id, their
// place in the language's pages sorted by address) that have it, cut into
// shards. The words, sorted, are cut into ranges of about the same size in
// bytes (as Pagefind cuts its index), so that no shard is much larger than
// another although some words are on every page and most on a few: shard k
// holds the words whose middle is in the k-th n-th of the encoded index. The
// manifest lists each shard's first word (From). The dev server keeps the
// index between rebuilds, and Update changes the postings of one page, so that
// a save encodes again only the shards that changed.
type Index struct {
	postings map[string][]posting
	size     map[string]int // each word's bytes in its shard (entrySize)
	words    []string       // every word, sorted
	shards   [][]string     // each shard's words, sorted: ranges of words
	from     []string       // each shard's first word; "" when it is empty
}

// NewIndex returns the index of docs, the pages of a language by id, in
// shards shards.
func NewIndex(docs []Doc, shards int) *Index {
	var b Indexer
	for id, d := range docs {
		b.Add(id, d)
	}
	return b.Index(shards)
}

// Indexer makes an Index from docs added one at a time, in any order of ids
// and from several goroutines: a build that streams its pages adds each
// page's words as it renders the page, and keeps its postings, not its doc
// (the words as text, about as large again), until every page is in. Its
// zero value is ready to use.
type Indexer struct {
	mu sync.Mutex
	// The words, each with its postings: words[at[w]] is w and lists[at[w]]
	// its postings, so that adding a page costs one map lookup a word.
	at    map[string]int32
	words []string
	// lists hold each posting as its page's id less the id of the posting
	// before it (last), zigzag-encoded as a varint since pages come nearly
	// but not quite in order of ids, then the score: 2 bytes for most,
	// where a posting is 4. They are what a streaming build keeps growing
	// while its pages render (70 MB at 100,000 pages as postings).
	lists [][]byte
	last  []int32
	// pending are the words of the texts added but not yet put into lists,
	// with their pages and scores (their bytes in pendingText): put a batch
	// of pages at a time, the words they share stay in the cache, which the
	// rendering between two pages empties.
	pending     []pendingWord
	pendingText []byte
}

// pendingWord is a word of page id: pendingText[off:off+n].
type pendingWord struct {
	id, off, n int32
	score      uint8
}

// flushAt is how many pending words AddText lets gather: a few dozen
// pages' words, a few hundred kilobytes.
const flushAt = 1 << 13

// Add puts the words of page id's doc into the index being made. Each id
// is added once.
func (b *Indexer) Add(id int, d Doc) {
	b.mu.Lock()
	defer b.mu.Unlock()
	d.Each(func(w string, score uint8) { put(b, id, w, score) })
}

// AddText puts the words of page id's text into the index being made, as
// Add(id, NewDoc(t)) does, without making the doc: its words need not be
// sorted, nor made a string of their own. Each id is added once.
func (b *Indexer) AddText(id int, t Text) {
	checkID(id) // here, not when the words are put
	db := builders.Get().(*docBuilder)
	defer db.put()
	db.read(t)
	b.mu.Lock()
	defer b.mu.Unlock()
	base := int32(len(b.pendingText))
	b.pendingText = append(b.pendingText, db.arena...)
	for _, f := range db.found {
		b.pending = append(b.pending, pendingWord{id: int32(id), off: base + f.off, n: f.n, score: f.count | f.flags})
	}
	if len(b.pending) >= flushAt {
		b.flush()
	}
}

// flush puts the pending words; b.mu is held.
func (b *Indexer) flush() {
	for _, w := range b.pending {
		put(b, int(w.id), b.pendingText[w.off:w.off+w.n], w.score)
	}
	b.pending, b.pendingText = b.pending[:0], b.pendingText[:0]
}

// put adds page id, with the word's score there, to the postings of word
// w; b.mu is held. Whether the postings are in order of ids is left to
// Index: reading the last one here costs a cache miss a word.
func put[T string | []byte](b *Indexer, id int, w T, score uint8) {
	i, ok := b.at[string(w)]
	if !ok {
		if b.at == nil {
			b.at = map[string]int32{}
		}
		s := strings.Clone(string(w)) // not the page's string, which goes or a save replaces
		i = int32(len(b.words))
		b.at[s] = i
		b.words = append(b.words, s)
		b.lists = append(b.lists, nil)
		b.last = append(b.last, 0)
	}
	checkID(id)
	d := int64(id) - int64(b.last[i])
	b.lists[i] = append(binary.AppendUvarint(b.lists[i], uint64(d<<1^d>>63)), score)
	b.last[i] = int32(id)
}

// postings decodes a list of put.
func postings(list []byte) []posting {
	n := 0
	for i := 0; i < len(list); i++ { // a varint ends at a byte below 0x80; the score follows
		if list[i] < 0x80 {
			n++
			i++
		}
	}
	ps := make([]posting, 0, n)
	id := int64(0)
	for len(list) > 0 {
		u, k := binary.Uvarint(list)
		id += int64(u>>1) ^ -int64(u&1)
		ps = append(ps, newPosting(int(id), list[k]))
		list = list[k+1:]
	}
	return ps
}

// Index returns the index of the docs added, in shards shards. The Indexer
// is not used again.
func (b *Indexer) Index(shards int) *Index {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.flush()
	b.pending, b.pendingText = nil, nil
	x := &Index{postings: make(map[string][]posting, len(b.words)), words: b.words, shards: make([][]string, max(shards, 1))}
	x.size = make(map[string]int, len(x.words))
	for i, w := range b.words {
		ps := postings(b.lists[i])
		// The encoded list goes as the next ones are decoded.
		b.lists[i] = nil
		if !slices.IsSorted(ps) { // pages added out of order of ids
			slices.Sort(ps) // by id: the id is the upper bits
		}
		x.postings[w] = ps
		x.size[w] = entrySize(w, ps)
	}
	b.at, b.words, b.lists, b.last = nil, nil, nil, nil
	slices.Sort(x.words)
	x.cut()
	return x
}

// entrySize is the bytes of word w's entry in a shard (AppendShard).
func entrySize(w string, ps []posting) int {
	n := len(w) + 5 // "w":[],
	prev := int32(0)
	for _, p := range ps {
		n += digits(int(p.id()-prev)) + digits(int(p.score())) + 2
		prev = p.id()
	}
	return n
}

func digits(v int) int {
	n := 1
	for ; v >= 10; v /= 10 {
		n++
	}
	return n
}

// cut puts each word in the shard where the middle of its entry is when the
// sorted entries are laid end to end and cut into len(x.shards) equal
// lengths: a function of the postings only, so an index updated in place is
// cut as one built afresh. A shard is then at most its length and half of
// its largest word's entry larger (the middle, not the start: a large word
// that starts near a shard's end goes to the next one, alone). A word larger
// than a shard's length leaves a shard it covers empty.
func (x *Index) cut() {
	n := len(x.shards)
	total := 0
	for _, w := range x.words {
		total += x.size[w]
	}
	for k := range x.shards {
		x.shards[k] = nil
	}
	at := 0
	for i, w := range x.words {
		k := min(int(int64(at+x.size[w]/2)*int64(n)/int64(max(total, 1))), n-1)
		if len(x.shards[k]) == 0 {
			x.shards[k] = x.words[i:i:len(x.words)]
		}
		x.shards[k] = x.shards[k][:len(x.shards[k])+1]
		at += x.size[w]
	}
	x.from = make([]string, n)
	for k, ws := range x.shards {
		if len(ws) > 0 {
			x.from[k] = ws[0]
		}
	}
}

// Len returns the number of shards.
func (x *Index) Len() int { return len(x.shards) }

// From returns each shard's first word, "" for an empty shard: the manifest's
// "from", through which search.js finds the shard of a word (the last one
// whose first word is not after it) and of a prefix (every shard from there
// to the last one whose first word starts with it).
func (x *Index) From() []string { return slices.Clone(x.from) }

// Update puts the words of page id's doc cur in place of its words in old and
// returns the shards that changed, in order. The shards are cut again, so
// a word may move to the next shard: From tells whether the manifest changed.
func (x *Index) Update(id int, old, cur Doc) []int {
	touched := map[string]bool{}
	reorder := x.put(id, old, cur, touched)
	if len(touched) == 0 {
		return nil
	}
	before := make([][]string, len(x.shards))
	for k, ws := range x.shards {
		before[k] = slices.Clone(ws)
	}
	x.settle(touched, reorder)
	var changed []int
	for k, ws := range x.shards {
		if !slices.Equal(ws, before[k]) || slices.ContainsFunc(ws, func(w string) bool { return touched[w] }) {
			changed = append(changed, k)
		}
	}
	return changed
}

// Change is what a page gives the index before and after a save: Old is
// empty for a new page.
type Change struct {
	ID       int
	Old, New Doc
}

// UpdateAll makes changes as Update makes each, and cuts the shards once:
// after pages came or went (Renumber) every page after them may be one, and
// a folder of thousands of pages renamed spent a quarter of its rebuild
// sizing each common word's entry and cutting the shards again per page.
func (x *Index) UpdateAll(changes []Change) {
	touched := map[string]bool{}
	reorder := false
	for _, c := range changes {
		reorder = x.put(c.ID, c.Old, c.New, touched) || reorder
	}
	if len(touched) > 0 {
		x.settle(touched, reorder)
	}
}

// put puts the words of page id's doc cur in place of its words in old,
// records the words whose postings changed in touched, and reports whether
// words came or went. The entries' sizes, the words' order and the shards
// are settle's to bring up to date.
func (x *Index) put(id int, old, cur Doc, touched map[string]bool) (reorder bool) {
	olds := map[string]uint8{}
	old.Each(func(w string, s uint8) { olds[w] = s })
	cur.Each(func(w string, score uint8) {
		s, ok := olds[w]
		delete(olds, w)
		if ok && s == score {
			return
		}
		ps, ok := x.postings[w]
		if !ok {
			w = strings.Clone(w)
			reorder = true
		}
		if i, found := find(ps, id); found {
			ps[i] = newPosting(id, score)
		} else {
			ps = slices.Insert(ps, i, newPosting(id, score))
		}
		x.postings[w] = ps
		touched[w] = true
	})
	for w := range olds { // the words the page no longer has
		ps := x.postings[w]
		if i, ok := find(ps, id); ok {
			ps = slices.Delete(ps, i, i+1)
		}
		touched[w] = true
		if len(ps) > 0 {
			x.postings[w] = ps
			continue
		}
		delete(x.postings, w)
		reorder = true
	}
	return reorder
}

// settle sizes the entries of the touched words, sorts the words again
// when some came or went (reorder), and cuts the shards.
func (x *Index) settle(touched map[string]bool, reorder bool) {
	for w := range touched {
		if ps, ok := x.postings[w]; ok {
			x.size[w] = entrySize(w, ps)
		} else {
			delete(x.size, w)
		}
	}
	if reorder {
		// A new slice: the shards held before must not see the words move.
		words := make([]string, 0, len(x.postings))
		for w := range x.postings {
			words = append(words, w)
		}
		slices.Sort(words)
		x.words = words
	}
	x.cut()
}

// Renumber gives the pages the ids they have after pages came or went:
// to[id] is page id's new id, or -1 for a page gone. The pages that stay
// keep their order (to increases), so postings stay in order; a word left
// without pages goes. Add the new pages with Update.
func (x *Index) Renumber(to []int) {
	for w, ps := range x.postings {
		kept := make([]posting, 0, len(ps)) // x.postings's slices are never shared: Update changes them in place
		for _, p := range ps {
			if n := to[p.id()]; n >= 0 {
				kept = append(kept, newPosting(n, p.score()))
			}
		}
		if len(kept) == 0 {
			delete(x.postings, w)
			delete(x.size, w)
			continue
		}
		x.postings[w] = kept
		x.size[w] = entrySize(w, kept)
	}
	words := make([]string, 0, len(x.postings)) // a new slice: the shards hold the old one
	for _, w := range x.words {
		if _, ok := x.postings[w]; ok {
			words = append(words, w)
		}
	}
	x.words = words
	x.cut()
}

// find returns where page id is, or would be, in ps.
func find(ps []posting, id int) (int, bool) {
	return slices.BinarySearchFunc(ps, int32(id), func(p posting, id int32) int { return int(p.id() - id) })
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
			b = strconv.AppendInt(b, int64(p.id()-prev), 10)
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(p.score()), 10)
			prev = p.id()
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
		out[int(p.id())] = int(p.score())
	}
	return out
}

// Words returns the words of shard k, sorted.
func (x *Index) Words(k int) []string { return slices.Clone(x.shards[k]) }
