package build_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
	"github.com/vestis-ssg/vestis/internal/search"
)

// searchFind looks word up in the search index of lang as search.js does:
// the manifest, the word's shard, then the fragments of the pages found. It
// returns their addresses, best first.
func searchFind(t *testing.T, res *build.Result, lang, word string) []string {
	t.Helper()
	dir := searchDir(res, lang)
	var manifest struct {
		Shards, Pages int
		From          []*string // each shard's first word; null when empty
	}
	if err := json.Unmarshal(res.Files.Map()[dir+"index.json"], &manifest); err != nil {
		t.Fatalf("%sindex.json: %v", dir, err)
	}
	if len(manifest.From) != manifest.Shards {
		t.Fatalf("%sindex.json: %d shards, but %d first words", dir, manifest.Shards, len(manifest.From))
	}
	w := search.Fold(word)
	k := 0 // the last shard whose first word is not after w
	for i, f := range manifest.From {
		if f != nil && *f <= w {
			k = i
		}
	}
	shard := dir + "s/" + strconv.Itoa(k) + ".json"
	var data map[string][]int
	if err := json.Unmarshal(res.Files.Map()[shard], &data); err != nil {
		t.Fatalf("%s: %v", shard, err)
	}
	type hit struct{ id, score int }
	var hits []hit
	id := 0
	for i := 0; i+1 < len(data[w]); i += 2 {
		id += data[w][i]
		hits = append(hits, hit{id, data[w][i+1]})
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return b.score - a.score })
	var urls []string
	for _, h := range hits {
		frag := dir + "f/" + strconv.Itoa(h.id) + ".json"
		var f struct{ U string }
		if err := json.Unmarshal(res.Files.Map()[frag], &f); err != nil {
			t.Fatalf("%s: %v", frag, err)
		}
		urls = append(urls, f.U)
	}
	return urls
}

// searchDir is where lang's search index is.
func searchDir(res *build.Result, lang string) string {
	return strings.TrimPrefix(res.Site.Tree(lang).Search.URLPath, "/")
}

// manyPagesSite has 40 Latvian news pages, enough for the index to be cut
// into several shards.
func manyPagesSite() string {
	var b strings.Builder
	b.WriteString(siteYAML + bt.ExampleTypes)
	b.WriteString("-- content/news/_index.lv.md --\n---\ntitle: Jaunumi\n---\n")
	for i := range 40 {
		fmt.Fprintf(&b, "-- content/news/p%02d.lv.md --\n---\ntitle: Ziņa %d\ndate: 2024-01-%02d\n---\nTeksts par programmu numur %d.\n\n## Finansējums\n\nProjektu finansē ERAF.\n", i, i, i%28+1, i)
	}
	b.WriteString("-- content/news/zz.lv.md --\n---\ntitle: Gara ziņa\ndate: 2024-02-01\n---\n" + strings.Repeat("Garš teksts par sadarbību. ", 200) + "\n\nPēdējā rindkopā direktore Ilze Ozoliņa.\n")
	return b.String()
}

// TestSearchIndex: every word of a page is found, from the last paragraph of
// a long page too, with or without diacritics; a title word ranks first.
func TestSearchIndex(t *testing.T) {
	t.Parallel()
	r := bt.NewTree(t, manyPagesSite(), false)
	res := r.Clean()
	tests := []struct {
		word  string
		first string
		n     int
	}{
		{"Ozoliņa", "/lv/jaunumi/zz/", 1},
		{"ozolina", "/lv/jaunumi/zz/", 1},
		{"ERAF", "", 40},
		{"finansejums", "", 40},
		{"gara", "/lv/jaunumi/zz/", 1}, // title
	}
	for _, tt := range tests {
		got := searchFind(t, res, "lv", tt.word)
		if len(got) != tt.n || (tt.first != "" && got[0] != tt.first) {
			t.Errorf("%q finds %v, want %d pages, first %q", tt.word, got, tt.n, tt.first)
		}
	}
	n := 0
	for _, p := range res.Paths {
		if strings.HasPrefix(p, searchDir(res, "lv")+"s/") {
			n++
		}
	}
	if n != search.Shards(41) || n < 2 {
		t.Errorf("the index has %d shards, want %d", n, search.Shards(41))
	}
}

// TestSearchIndexBodyEdit: a live body edit puts its new word in the index,
// as a clean build would, and rewrites the page's fragment and the shards of
// the words that changed, not every shard.
func TestSearchIndexBodyEdit(t *testing.T) {
	t.Parallel()
	r := bt.NewTree(t, manyPagesSite(), false)
	before := r.Builder.Last()
	r.Rebuild("body edit", r.Edit("content/news/p07.lv.md", "Teksts par programmu", "Teksts par Ūdensrozēm un programmu"))
	after := r.Builder.Last()
	if !build.Patched(after) {
		t.Error("a body edit took the full path")
	}
	if got := searchFind(t, after, "lv", "udensrozem"); !slices.Equal(got, []string{"/lv/jaunumi/p07/"}) {
		t.Errorf("the new word finds %v, want the edited page", got)
	}
	var shards, changed []string
	for _, p := range after.Paths {
		if strings.HasPrefix(p, searchDir(after, "lv")+"s/") {
			shards = append(shards, p)
			if string(before.Files.Map()[p]) != string(after.Files.Map()[p]) {
				changed = append(changed, p)
			}
		}
	}
	if len(changed) == 0 || len(changed) >= len(shards) {
		t.Errorf("the edit changed shards %v of %d, want the new word's only", changed, len(shards))
	}
	// The word leaves with the next edit.
	r.Rebuild("body edit back", r.Edit("content/news/p07.lv.md", "Ūdensrozēm un ", ""))
	if got := searchFind(t, r.Builder.Last(), "lv", "udensrozem"); len(got) != 0 {
		t.Errorf("a removed word still finds %v", got)
	}
	// Every fragment shows its section's title.
	r.Rebuild("section title edit", r.Edit("content/news/_index.lv.md", "title: Jaunumi", "title: Ziņas"))
	frag := r.Builder.Last().Files.Map()[searchDir(after, "lv")+"f/0.json"]
	if !strings.Contains(string(frag), `"c":"Ziņas"`) {
		t.Errorf("after the section's title edit, a fragment reads %s", frag)
	}
}
