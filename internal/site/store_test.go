package site

import (
	"maps"
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/markdown"
)

// TestContentStore assembles a site, changes its files and assembles it again
// with the same content store: a conversion is reused when its body and what
// it reads of its page are the same and its links resolve as before, and is
// made again otherwise; a conversion made again shows the same and keeps its
// id, so page sums stay the same.
func TestContentStore(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	site := fstest.MapFS{
		"content/news/a.md": {Data: []byte("---\ntitle: A\n---\nSaite uz [B](b.md).\n")},
		"content/news/b.md": {Data: []byte("---\ntitle: B\n---\nTeksts par B.\n")},
		"content/news/c.md": {Data: []byte("---\ntitle: C\n---\nTeksts par C.\n")},
	}
	for _, c := range []struct {
		name  string
		bound int64
		edit  map[string]string // file -> new text; "" deletes it
		// made is how many bodies the second assembly converts; sameIDs the
		// pages whose conversion keeps its id.
		made    int64
		sameIDs []string
	}{
		{"nothing changed", 1 << 20, nil, 0, []string{"a", "b", "c"}},
		{"a title changed", 1 << 20, map[string]string{"content/news/c.md": "---\ntitle: C2\n---\nTeksts par C.\n"}, 0, []string{"a", "b", "c"}},
		{"a body changed", 1 << 20, map[string]string{"content/news/c.md": "---\ntitle: C\n---\nCits teksts.\n"}, 1, []string{"a", "b"}},
		{"a link's target moved", 1 << 20, map[string]string{"content/news/b.md": "---\ntitle: B\nslug: b2\n---\nTeksts par B.\n"}, 2, []string{"c"}},
		{"a page added", 1 << 20, map[string]string{"content/news/d.md": "---\ntitle: D\n---\nTeksts par D.\n"}, 1, []string{"a", "b", "c"}},
		// The same text in another file (a copy, a file moved to another
		// folder) is found by its text, its links resolved from its place.
		{"a page copied", 1 << 20, map[string]string{"content/news/d.md": "---\ntitle: D\n---\nTeksts par C.\n"}, 0, []string{"a", "b", "c"}},
		{"a page moved", 1 << 20, map[string]string{"content/news/c.md": "", "content/news/old/c.md": "---\ntitle: C\n---\nTeksts par C.\n"}, 0, []string{"a", "b"}},
		{"a page gone", 1 << 20, map[string]string{"content/news/c.md": ""}, 0, []string{"a", "b"}},
		// A store too small for any conversion keeps their shells while
		// pages use them: an assembly converts none again, only what changed.
		{"everything pushed out", 100, nil, 0, []string{"a", "b", "c"}},
		{"everything pushed out, a body changed", 100, map[string]string{"content/news/c.md": "---\ntitle: C\n---\nCits teksts.\n"}, 1, []string{"a", "b"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			cache := NewCache(c.bound)
			assemble := func(fsys fstest.MapFS) *Site {
				t.Helper()
				pages, err := content.Update(fsys, "content", cfg, nil, nil)
				if err != nil {
					t.Fatal(err)
				}
				read := func(cp *content.Page) ([]byte, error) { return content.ReadBody(fsys, cp) }
				s, _ := Assemble(cfg, pages, markdown.New(false), Options{Cache: cache, ReadBody: read})
				return s
			}
			before := assemble(site)
			ids := map[string]uint64{}
			for _, p := range before.Pages {
				if p.src != nil {
					ids[p.Slug] = p.converted().id
				}
			}
			if made := cache.Made(); made != 3 {
				t.Fatalf("the first assembly converted %d bodies, want 3", made)
			}
			edited := maps.Clone(site)
			for file, text := range c.edit {
				if text == "" {
					delete(edited, file)
				} else {
					edited[file] = &fstest.MapFile{Data: []byte(text)}
				}
			}
			after := assemble(edited)
			if made := cache.Made() - 3; made != c.made {
				t.Errorf("the second assembly converted %d bodies, want %d", made, c.made)
			}
			for _, name := range c.sameIDs {
				p := after.PageByFile("content/news/" + name + ".md")
				if got := p.converted().id; got != ids[name] {
					t.Errorf("%s: id %d, was %d", name, got, ids[name])
				}
				if c.edit == nil && p.Sum() != before.PageByFile(p.File).Sum() {
					t.Errorf("%s: the page's sum changed", name)
				}
			}
			if cache.Size() > cache.Bound() {
				t.Errorf("the store holds %d bytes, over its bound %d", cache.Size(), cache.Bound())
			}
		})
	}
}

// TestContentStoreRestore: a body saved with other text and then saved as it
// was (an undo, git stash pop) finds its first conversion, through the fast
// path and through a full assembly; a page's HTML let go from the model is
// had from the store, not converted again.
func TestContentStoreRestore(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{"content/news/a.md": {Data: []byte("---\ntitle: A\n---\nPirmais teksts.\n")}}
	parse := func(text string) *content.Page {
		t.Helper()
		fsys["content/news/a.md"] = &fstest.MapFile{Data: []byte(text)}
		cp, err := content.LoadFile(fsys, "content", "content/news/a.md", nil, cfg)
		if err != nil {
			t.Fatal(err)
		}
		return cp
	}
	cache := NewCache(1 << 20)
	read := func(cp *content.Page) ([]byte, error) { return content.ReadBody(fsys, cp) }
	s, err := Assemble(cfg, []*content.Page{parse("---\ntitle: A\n---\nPirmais teksts.\n")}, markdown.New(false), Options{Cache: cache, ReadBody: read})
	if err != nil {
		t.Fatal(err)
	}
	a := s.PageByFile("content/news/a.md")
	first, _ := a.Content()
	id := a.converted().id
	for _, text := range []string{"---\ntitle: A\n---\nOtrais teksts.\n", "---\ntitle: A\n---\nPirmais teksts.\n"} {
		if _, ok, err := s.Patch(a, parse(text), nil); !ok || err != nil {
			t.Fatalf("patch: ok %v, %v", ok, err)
		}
	}
	if made := cache.Made(); made != 2 {
		t.Errorf("converted %d bodies for two texts, want 2", made)
	}
	if got := a.converted().id; got != id {
		t.Errorf("the restored text's id is %d, was %d", got, id)
	}
	s.ForgetContents()
	if again, err := a.Content(); err != nil || again != first {
		t.Errorf("Content after ForgetContents: %q, %v; want %q", again, err, first)
	}
	if _, err := Assemble(cfg, []*content.Page{parse("---\ntitle: A\n---\nPirmais teksts.\n")}, markdown.New(false), Options{Cache: cache, ReadBody: read}); err != nil {
		t.Fatal(err)
	}
	if made := cache.Made(); made != 2 {
		t.Errorf("converted %d bodies in all, want 2", made)
	}
}
