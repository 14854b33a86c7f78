package search

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/vestis-ssg/vestis/internal/htmltext"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Izglītība", "izglitiba"},
		{"āčēģīķļņšūž ĀČĒĢĪĶĻŅŠŪŽ", "acegiklnsuz acegiklnsuz"},
		{"Đại học Quốc gia Hà Nội", "dai hoc quoc gia ha noi"},
		{"Trường Đại học Bách khoa", "truong dai hoc bach khoa"},
		{"Nguyễn Thị Ánh", "nguyen thi anh"},
		{"Łódź", "lodz"},
		{"ERDF", "erdf"},
		{"e\u0301", "e"}, // decomposed already
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Programmu finansē ERAF, ļoti labi.", []string{"programmu", "finanse", "eraf", "loti", "labi"}},
		{"Đà Nẵng—2024/25", []string{"da", "nang", "2024", "25"}},
		{"don't", []string{"don", "t"}},
		{"  ", []string{}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Words(tt.in)); diff != "" {
			t.Errorf("Words(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestCut: shards are ranges of the sorted words of about the same size,
// although one word is on every page and most on one; From names each
// shard's first word, through which a word is found (as search.js finds it:
// the last shard whose first word is not after it) and a prefix's words are
// found in that shard and the next ones whose first word starts with it.
func TestCut(t *testing.T) {
	var docs []Doc
	for i := range 400 {
		text := fmt.Sprintf("un projekts vards%d cits%d", i, i%50)
		if i%3 == 0 {
			text += " izglītība"
		}
		docs = append(docs, NewDoc(Text{Body: []byte(text)}))
	}
	const n = 16
	x := NewIndex(docs, n)
	from := x.From()
	total, largest := 0, 0
	var sizes []int
	for k := range n {
		b := len(x.AppendShard(nil, k))
		sizes = append(sizes, b)
		total += b
		for _, w := range x.Words(k) {
			largest = max(largest, entrySize(w, x.postings[w]))
		}
		if ws := x.Words(k); len(ws) > 0 && ws[0] != from[k] || len(ws) == 0 && from[k] != "" {
			t.Errorf("shard %d starts with %q, From says %q", k, ws, from[k])
		}
	}
	if m := slices.Max(sizes); m > total/n+largest/2+8 {
		t.Errorf("the largest shard is %d bytes, over a shard's share %d plus the largest word %d; sizes %v", m, total/n, largest, sizes)
	}
	shardOf := func(w string) int {
		k := -1
		for i, f := range from {
			if f != "" && f <= w {
				k = i
			}
		}
		return k
	}
	for _, w := range x.words {
		if k := shardOf(w); !slices.Contains(x.Words(k), w) {
			t.Errorf("%q is not in shard %d, where From leads", w, k)
		}
	}
	// Every word beginning with "va" is in the shards a prefix search reads.
	var got []string
	k := shardOf("va")
	for j := k; j < n; j++ {
		if j > k && from[j] != "" && !strings.HasPrefix(from[j], "va") {
			break
		}
		for _, w := range x.Words(j) {
			if strings.HasPrefix(w, "va") {
				got = append(got, w)
			}
		}
	}
	if len(got) != 400 {
		t.Errorf("a prefix search for va finds %d words, want 400", len(got))
	}
}

func TestShards(t *testing.T) {
	tests := []struct{ pages, want int }{
		{0, 1}, {1, 1}, {16, 1}, {17, 2}, {40, 4}, {3334, 256}, {100000, MaxShards},
	}
	for _, tt := range tests {
		if got := Shards(tt.pages); got != tt.want {
			t.Errorf("Shards(%d) = %d, want %d", tt.pages, got, tt.want)
		}
	}
}

// TestDocScores: a title word ranks above a heading word, which ranks above
// a word of the text, however often the text has it.
func TestDocScores(t *testing.T) {
	d := docOf("ERAF projekts", `<p>Programmas direktore Anna Bērziņa.</p><h2>Finansējums</h2><p>ERAF ERAF ERAF finansē. Finansējums.</p>`)
	tests := []struct {
		w    string
		want uint8
	}{
		{"eraf", InTitle | 3},
		{"projekts", InTitle},
		{"finansejums", InHeading | 2},
		{"berzina", 1},
		{"direktore", 1},
		{"nav", 0},
	}
	for _, tt := range tests {
		if got := d.Score(tt.w); got != tt.want {
			t.Errorf("score of %q = %d, want %d", tt.w, got, tt.want)
		}
	}
	if !(d.Score("projekts") > d.Score("finansejums") && d.Score("finansejums") > d.Score("berzina")) {
		t.Error("title > heading > text does not hold")
	}
	many := docOf("", "<p>"+string(slices.Repeat([]byte("vārds "), 40))+"</p>")
	if got := many.Score("vards"); got != MaxCount {
		t.Errorf("a word 40 times scores %d, want the cap %d", got, MaxCount)
	}
	if many.Score("vards") >= d.Score("finansejums") {
		t.Error("a text word however often ranks above a heading word")
	}
}

// TestIndexUpdate: updating one page's words gives the index a fresh build
// of the same docs would be, shard for shard, and names the shards that
// changed, only those.
func TestIndexUpdate(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	doc := randomDoc(rng)
	const shards = 4
	docs := make([]Doc, 12)
	for i := range docs {
		docs[i] = doc()
	}
	x := NewIndex(docs, shards)
	for step := range 300 {
		id := rng.IntN(len(docs))
		cur := doc()
		before := make([][]byte, shards)
		for k := range shards {
			before[k] = x.AppendShard(nil, k)
		}
		changed := x.Update(id, docs[id], cur)
		docs[id] = cur
		checkFresh(t, fmt.Sprintf("step %d: after Update", step), x, docs, shards)
		for k := range shards {
			if differs := string(before[k]) != string(x.AppendShard(nil, k)); differs != slices.Contains(changed, k) {
				t.Fatalf("step %d: shard %d differs: %v, but Update named %v", step, k, differs, changed)
			}
		}
	}
}

// randomDoc returns a maker of random docs of a few words from a small
// vocabulary, so that pages share words and shards.
func randomDoc(rng *rand.Rand) func() Doc {
	vocab := []string{"ab", "abols", "ac", "b", "ba", "berzs", "c", "ca", "dai", "hoc", "eraf", "erasmus", "x1", "2024"}
	return func() Doc {
		var text string
		for range rng.IntN(8) {
			text += vocab[rng.IntN(len(vocab))] + " "
		}
		return NewDoc(Text{Title: vocab[rng.IntN(len(vocab))], Body: []byte(text)})
	}
}

// checkFresh fails the test when x differs from an index of docs built
// afresh, in a shard or in From.
func checkFresh(t *testing.T, what string, x *Index, docs []Doc, shards int) {
	t.Helper()
	clean := NewIndex(docs, shards)
	for k := range shards {
		if got, want := string(x.AppendShard(nil, k)), string(clean.AppendShard(nil, k)); got != want {
			t.Fatalf("%s: shard %d:\n%s\nwant, as built afresh:\n%s", what, k, got, want)
		}
	}
	if !slices.Equal(x.From(), clean.From()) {
		t.Fatalf("%s: From %q, want %q", what, x.From(), clean.From())
	}
}

// TestIndexUpdateAll: many pages saved at once (after pages came or went,
// every page whose id moved) give, updated together, the index a fresh
// build of the docs would be, the same page saved twice in one batch too.
func TestIndexUpdateAll(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	doc := randomDoc(rng)
	const shards = 4
	docs := make([]Doc, 20)
	for i := range docs {
		docs[i] = doc()
	}
	x := NewIndex(docs, shards)
	for step := range 200 {
		var changes []Change
		for range rng.IntN(12) {
			id := rng.IntN(len(docs))
			cur := doc()
			changes = append(changes, Change{ID: id, Old: docs[id], New: cur})
			docs[id] = cur
		}
		x.UpdateAll(changes)
		checkFresh(t, fmt.Sprintf("step %d: after UpdateAll of %d", step, len(changes)), x, docs, shards)
	}
}

// TestIndexRenumber: pages that come and go (a new press release, one
// deleted) move the ids of the pages after them; renumbering and adding
// the new pages gives the index a fresh build of the docs would be.
func TestIndexRenumber(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	doc := randomDoc(rng)
	const shards = 4
	docs := make([]Doc, 12)
	for i := range docs {
		docs[i] = doc()
	}
	x := NewIndex(docs, shards)
	for step := range 300 {
		// Drop some pages, insert others anywhere, in order.
		to := make([]int, len(docs))
		var next []Doc
		var added []int
		for id, d := range docs {
			if rng.IntN(5) == 0 && len(docs) < 30 {
				added = append(added, len(next))
				next = append(next, doc())
			}
			if rng.IntN(5) == 0 && len(docs) > 4 {
				to[id] = -1
				continue
			}
			to[id] = len(next)
			next = append(next, d)
		}
		x.Renumber(to)
		var changes []Change
		for _, id := range added {
			if step%2 == 0 {
				x.Update(id, Doc{}, next[id])
			} else {
				changes = append(changes, Change{ID: id, New: next[id]})
			}
		}
		x.UpdateAll(changes)
		docs = next
		checkFresh(t, fmt.Sprintf("step %d: after Renumber", step), x, docs, shards)
	}
}

// TestAppendShard pins the shard format search.js reads: ids as differences.
func TestAppendShard(t *testing.T) {
	docs := []Doc{
		NewDoc(Text{Body: []byte("eraf")}),
		NewDoc(Text{Body: []byte("cits")}),
		NewDoc(Text{Title: "ERAF", Body: []byte("eraf eraf")}),
	}
	x := NewIndex(docs, 1)
	got := string(x.AppendShard(nil, 0))
	want := fmt.Sprintf(`{"cits":[1,1],"eraf":[0,1,2,%d]}`+"\n", InTitle|2)
	if got != want {
		t.Errorf("shard = %s, want %s", got, want)
	}
}

// TestFoldTable: the table and the ASCII path fold each code point as NFD
// and the rules do, which is what search.js computes.
func TestFoldTable(t *testing.T) {
	for r := range rune(0x3100) {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		if got, want := Fold(string(r)), foldSlow(string(r)); got != want {
			t.Errorf("Fold(%U) = %q, want %q", r, got, want)
		}
	}
	for _, s := range []string{"Nguyễn Ánh e\u0301 ĐẠI 한국어 ǅemal ŉ"} {
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
	// Words is Fold, then the runs of letters and digits.
	for r := range rune(0x3100) {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		s := "a" + string(r) + "b " + string(r)
		want := strings.FieldsFunc(foldSlow(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
		if got := Words(s); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"Nguyễn Ánh e\u0301 ĐẠI 한국어 ǅemal ŉ", "ERAF-2024, Ř'x ß… Ǆ½ ٣٤", "a\u0301b c"} {
		want := strings.FieldsFunc(foldSlow(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
		if diff := cmp.Diff(want, Words(s)); diff != "" {
			t.Errorf("Words(%q) (-want +got):\n%s", s, diff)
		}
	}
}

// TestIndexerAnyOrder: docs and texts added from several goroutines, in any
// order of ids (as a streaming build renders pages), make the index NewIndex
// makes of the docs in order, shard for shard.
func TestIndexerAnyOrder(t *testing.T) {
	// 6000 pages: more words than AddText keeps pending.
	for _, n := range []int{40, 6000} {
		indexerAnyOrder(t, n)
	}
}

func indexerAnyOrder(t *testing.T, n int) {
	vocab := []string{"ab", "abols", "ac", "b", "ba", "berzs", "c", "ca", "dai", "hoc", "eraf", "erasmus", "x1", "2024"}
	rng := rand.New(rand.NewPCG(3, 4))
	docs := make([]Doc, n)
	texts := make([]Text, len(docs))
	for i := range docs {
		var text string
		for range rng.IntN(10) {
			text += vocab[rng.IntN(len(vocab))] + " "
		}
		texts[i] = Text{Title: vocab[rng.IntN(len(vocab))], Body: []byte(text), More: vocab[rng.IntN(len(vocab))]}
		docs[i] = NewDoc(texts[i])
	}
	const shards = 3
	want := NewIndex(docs, shards)
	var b Indexer
	var wg sync.WaitGroup
	for _, id := range rng.Perm(len(docs)) {
		if id%2 == 0 { // a streaming build gives a new page's text, not its doc
			wg.Go(func() { b.AddText(id, texts[id]) })
		} else {
			wg.Go(func() { b.Add(id, docs[id]) })
		}
	}
	wg.Wait()
	got := b.Index(shards)
	for k := range shards {
		if g, w := string(got.AppendShard(nil, k)), string(want.AppendShard(nil, k)); g != w {
			t.Errorf("%d pages: shard %d from an Indexer:\n%.300s\nwant, from NewIndex:\n%.300s", n, k, g, w)
		}
	}
	if !slices.Equal(got.From(), want.From()) {
		t.Errorf("%d pages: From = %q, want %q", n, got.From(), want.From())
	}
}

// TestIndexerFarIDs: postings kept as differences from the id before keep
// every id and score, the first and last an index can hold, in any order.
func TestIndexerFarIDs(t *testing.T) {
	var b Indexer
	ids := []int{7, MaxPages - 1, 0, MaxPages - 2, 8, 1 << 20}
	for k, id := range ids {
		b.Add(id, Doc{words: "riga x ", scores: []uint8{uint8(k + 1), 255}})
	}
	x := b.Index(1)
	var want, wantX []posting
	for k, id := range ids {
		want = append(want, newPosting(id, uint8(k+1)))
		wantX = append(wantX, newPosting(id, 255))
	}
	slices.Sort(want)
	slices.Sort(wantX)
	if got := x.postings["riga"]; !slices.Equal(got, want) {
		t.Errorf("postings of riga = %v, want %v", got, want)
	}
	if got := x.postings["x"]; !slices.Equal(got, wantX) {
		t.Errorf("postings of x = %v, want %v", got, wantX)
	}
}

// docOf is the doc of a page with the title title and the HTML h.
func docOf(title, h string) Doc {
	body, heads := htmltext.AppendSplit(nil, nil, h)
	return NewDoc(Text{Title: title, Body: body, Headings: heads})
}

// TestNewDoc: a doc's words and scores are what their definition gives:
// each word of the text (and of More) counted, up to MaxCount, InHeading on
// the words of each heading, InTitle on the words of the title.
func TestNewDoc(t *testing.T) {
	page, err := os.ReadFile("../htmltext/testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ title, html, more string }{
		{"ERAF projekts", `<p>Programmas direktore Anna Bērziņa.</p><h2>Finansējums</h2><p>ERAF ERAF finansē.</p>`, "Finansējums: ERAF"},
		{"Đại học", `<h1>Đà Nẵng—2024/25</h1><p>a½b ǅemal ŉ 한국어 e` + "\u0301" + `</p><h3>x</h3>y<h3>don't</h3>`, ""},
		{"", `<h2></h2><h2> </h2><p>teksts</p><h4>beigas</h4>`, "apraksts · Joma: izglītība"},
		{"Sự tham gia", string(page), "Chương trình · Đối tác: Đại học Latvia"},
	}
	for _, tt := range tests {
		parts := htmltext.Split(tt.html)
		want := map[string]uint8{}
		for _, w := range append(Words(parts.Text), Words(tt.more)...) {
			if want[w] < MaxCount {
				want[w]++
			}
		}
		for _, h := range parts.Headings {
			for _, w := range Words(h) {
				want[w] |= InHeading
			}
		}
		for _, w := range Words(tt.title) {
			want[w] |= InTitle
		}
		body, heads := htmltext.AppendSplit(nil, nil, tt.html)
		d := NewDoc(Text{Title: tt.title, Body: body, Headings: heads, More: tt.more})
		got := map[string]uint8{}
		var words []string
		d.Each(func(w string, score uint8) { got[w] = score; words = append(words, w) })
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%.40q: scores (-want +got):\n%s", tt.html, diff)
		}
		if !slices.IsSorted(words) || len(words) != len(got) {
			t.Errorf("%.40q: words not sorted or not each once: %q", tt.html, words)
		}
	}
}

// BenchmarkNewDoc: a page's doc from its text.
func BenchmarkNewDoc(b *testing.B) {
	page, err := os.ReadFile("../htmltext/testdata/page.html")
	if err != nil {
		b.Fatal(err)
	}
	body, heads := htmltext.AppendSplit(nil, nil, string(page))
	t := Text{Title: "Sự tham gia của gia đình", Body: body, Headings: heads, More: "Chương trình · Đối tác: Đại học Latvia"}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		NewDoc(t)
	}
}
