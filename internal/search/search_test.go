package search

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
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

// TestShard pins the hash that search.js computes too: a change here must
// be made there (TestBrowserSearch reads the shards through it).
func TestShard(t *testing.T) {
	tests := []struct {
		w    string
		n    int
		want int
	}{
		{"izglitiba", 256, Shard("iz", 256)}, // the first two letters choose
		{"i", 1, 0},
		{"", 4, Shard("", 4)},
	}
	for _, tt := range tests {
		if got := Shard(tt.w, tt.n); got != tt.want {
			t.Errorf("Shard(%q, %d) = %d, want %d", tt.w, tt.n, got, tt.want)
		}
	}
	// FNV-1a over code points: 'e' = 0x65, 'r' = 0x72.
	h, prime := uint32(2166136261), uint32(16777619)
	h = (h ^ 0x65) * prime
	h = (h ^ 0x72) * prime
	if got, want := Shard("erdf", 1<<30), int(h%(1<<30)); got != want {
		t.Errorf("Shard(erdf) = %d, want FNV-1a %d", got, want)
	}
	// ā folds to a, so "āb" and "ab" share a shard once folded; a word with
	// a letter beyond the BMP hashes its code point, not UTF-16 halves.
	if Shard(Fold("ābols"), 64) != Shard("abols", 64) {
		t.Error("a folded word is not in the shard of its folding")
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
	body := htmltext.Split(`<p>Programmas direktore Anna Bērziņa.</p><h2>Finansējums</h2><p>ERAF ERAF ERAF finansē. Finansējums.</p>`)
	d := NewDoc("ERAF projekts", body)
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
	many := NewDoc("", htmltext.Split("<p>"+string(slices.Repeat([]byte("vārds "), 40))+"</p>"))
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
	vocab := []string{"ab", "abols", "ac", "b", "ba", "berzs", "c", "ca", "dai", "hoc", "eraf", "erasmus", "x1", "2024"}
	rng := rand.New(rand.NewPCG(1, 2))
	doc := func() Doc {
		var text string
		for range rng.IntN(8) {
			text += vocab[rng.IntN(len(vocab))] + " "
		}
		return NewDoc(vocab[rng.IntN(len(vocab))], htmltext.Parts{Text: text})
	}
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
		clean := NewIndex(docs, shards)
		for k := range shards {
			got, want := string(x.AppendShard(nil, k)), string(clean.AppendShard(nil, k))
			if got != want {
				t.Fatalf("step %d: shard %d after Update:\n%s\nwant, as built afresh:\n%s", step, k, got, want)
			}
			if differs := string(before[k]) != got; differs != slices.Contains(changed, k) {
				t.Fatalf("step %d: shard %d differs: %v, but Update named %v", step, k, differs, changed)
			}
		}
	}
}

// TestAppendShard pins the shard format search.js reads: ids as differences.
func TestAppendShard(t *testing.T) {
	docs := []Doc{
		NewDoc("", htmltext.Parts{Text: "eraf"}),
		NewDoc("", htmltext.Parts{Text: "cits"}),
		NewDoc("ERAF", htmltext.Parts{Text: "eraf eraf"}),
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
	for _, s := range []string{"Nguyễn Ánh e\u0301 ĐẠI 한국어 ǅemal ŉ", "ERAF-2024, Ř'x ß… Ǆ½ ٣٤", "a\u0301b c"} {
		want := strings.FieldsFunc(foldSlow(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
		if diff := cmp.Diff(want, Words(s)); diff != "" {
			t.Errorf("Words(%q) (-want +got):\n%s", s, diff)
		}
	}
}
