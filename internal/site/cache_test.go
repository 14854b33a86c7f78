package site

import (
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/markdown"
)

// TestPatchKeepsTheCacheFlat saves a page's body many times, as the dev
// server patches it: the content store keeps the conversions no page uses
// any more only within its share of the bound, so it holds no more after
// 1,000 saves than after 100.
func TestPatchKeepsTheCacheFlat(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("baseURL: https://example.org/\ndefaultLanguage: lv\nlanguages:\n  lv: {name: Latviešu, title: V, weight: 1}\n  en: {name: English, title: N, weight: 2}\ntranslations: {fallback: true}\n"))
	if err != nil {
		t.Fatal(err)
	}
	parse := func(body string) *content.Page {
		t.Helper()
		fsys := fstest.MapFS{"content/news/a.lv.md": {Data: []byte("---\ntitle: A\n---\n" + body)}}
		cp, err := content.LoadFile(fsys, "content", "content/news/a.lv.md", nil, cfg)
		if err != nil {
			t.Fatal(err)
		}
		return cp
	}
	cache := NewCache(1 << 20) // 64 KiB for conversions no page uses: about a hundred of these
	s, err := Assemble(cfg, []*content.Page{parse("Teksts.")}, markdown.New(false), Options{Cache: cache})
	if err != nil {
		t.Fatal(err)
	}
	save := func(i int) {
		t.Helper()
		cp := parse(fmt.Sprintf("Teksts %d.", i))
		if _, ok, err := s.Patch(s.PageByFile(cp.File), cp, nil); !ok || err != nil {
			t.Fatalf("patch %d: ok %v, %v", i, ok, err)
		}
	}
	for i := range 100 {
		save(i)
	}
	before := cache.Len()
	for i := 100; i < 1000; i++ {
		save(i)
	}
	if after := cache.Len(); after > before {
		t.Errorf("the cache held %d conversions after 100 saves and %d after 1,000", before, after)
	}
}
