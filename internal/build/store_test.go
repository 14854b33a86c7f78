package build_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestRebuildRestoresConversions: a body deleted and then restored (an undo),
// and a linked page deleted and restored a second later (git stash; git
// stash pop), build as a clean build does, and the restored text is not
// converted again: the content store still has its conversions, on the fast
// path and on the full one.
func TestRebuildRestoresConversions(t *testing.T) {
	r := bt.NewTree(t, patchSite, true)
	const file = "content/news/a.lv.md"
	orig := r.Read(file)
	frontMatter := orig[:strings.LastIndex(orig, "---\n")+4]

	n := build.Converted(r.Builder)
	r.Rebuild("the body deleted", r.Write(file, frontMatter))
	if build.Converted(r.Builder) == n {
		t.Fatal("the body deleted was not converted")
	}
	n = build.Converted(r.Builder)
	r.Rebuild("the body restored", r.Write(file, orig))
	if made := build.Converted(r.Builder) - n; made != 0 {
		t.Errorf("the body restored was converted again (%d conversions)", made)
	}
	if !build.Patched(r.Builder.Last()) {
		t.Error("the body restored took the full path")
	}

	r.Rebuild("the linked page deleted", r.Remove(file)...) // c.lv.md links to it: the build fails
	n = build.Converted(r.Builder)
	r.Rebuild("the linked page restored", r.Write(file, orig))
	if made := build.Converted(r.Builder) - n; made != 0 {
		t.Errorf("the page restored and the page linking to it were converted again (%d conversions)", made)
	}
}

// TestRebuildKeepsShells: a content store too small for any conversion keeps
// a shell of each one in use (its id, summary and links, not its HTML), so a
// full rebuild that renders no page again converts no page again. It used
// to convert every page that the store had let go: the whole site, seconds
// at 10,000 files, for a tag edit that took the full path (issue #15).
func TestRebuildKeepsShells(t *testing.T) {
	r := bt.NewTree(t, patchSite, true)
	r.Options.ContentBound = 1
	r.Builder = build.NewBuilder(r.Options)
	if _, _, err := r.Builder.Rebuild(nil); err != nil {
		t.Fatal(err)
	}
	n := build.Converted(r.Builder)
	r.Rebuild("a static image, on the full path", r.Write("static/notes.svg", `<svg xmlns="http://www.w3.org/2000/svg"/>`))
	if build.Patched(r.Builder.Last()) {
		t.Fatal("a static image took the fast path")
	}
	if made := build.Converted(r.Builder) - n; made != 0 {
		t.Errorf("a full rebuild that changed no page converted %d pages again", made)
	}
	n = build.Converted(r.Builder)
	r.Rebuild("a body edit", r.Edit("content/news/a.lv.md", "Alfa teksts.", "Alfa teksts, labots."))
	if build.Converted(r.Builder) == n {
		t.Error("the body edited was not converted")
	}
	r.Rebuild("a new tag, on the full path", r.Edit("content/news/b.lv.md", "tags: [mit, erasmus]", "tags: [mit, erasmus, jauns]"))

	// Shells are kept only for conversions in use: over saves on the fast
	// path, which retires the text before each, there are no more of them.
	edits := []func(i int) string{
		func(i int) string {
			return fmt.Sprintf("---\ntitle: Alfa\ndate: 2024-01-05\ntags: [mit]\n---\nAlfa teksts %d.\n", i)
		},
		func(i int) string {
			return fmt.Sprintf("---\ntitle: Alfa %d\ndate: 2024-01-05\ntags: [mit]\n---\nAlfa teksts.\n", i)
		},
	}
	save := func(i int) {
		if _, _, err := r.Builder.Rebuild([]string{r.Write("content/news/a.lv.md", edits[i%len(edits)](i))}); err != nil {
			t.Fatalf("save %d: %v", i, err)
		}
	}
	for i := range 12 {
		save(i)
	}
	before := build.ContentShells(r.Builder)
	for i := 12; i < 72; i++ {
		save(i)
	}
	if after := build.ContentShells(r.Builder); after > before || before == 0 {
		t.Errorf("%d shells after 12 saves, %d after 72; want some, and no more", before, after)
	}
	r.Rebuild("after the saves", "content/news/a.lv.md")
}

// TestRebuildFolderRenamedKeepsConversions: a folder of pages renamed, at
// any depth (a year's news put under an archive folder, a folder's name
// corrected), builds as a clean build does, and its pages' Markdown is not
// converted again where the text does not depend on where the file is:
// the content store finds the conversions by their text. A page whose text
// does (a link to an address beside it, an image of its folder) is
// converted again, and links written relative to the file are resolved
// from its new place.
func TestRebuildFolderRenamedKeepsConversions(t *testing.T) {
	site := patchSite + `-- content/news/2023/f.lv.md --
---
title: Zeta
date: 2023-05-01
summary: Zetas **kopsavilkums**.
---
Zetas teksts ar [saiti](https://example.org/) un tabulu.[^1]

[^1]: Piezīme.

| a | b |
|---|---|
| 1 | 2 |
-- content/news/2023/g.lv.md --
---
title: Eta
date: 2023-04-01
---
Etas teksts ar saiti uz [zetu](f.lv.md).
-- content/news/2023/h.lv.md --
---
title: Teta
date: 2023-03-01
---
Tetas teksts ar saiti uz [adresi](../../programs/).
`
	r := bt.NewTree(t, site, true)
	rename := func(from, to string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(r.Root, to)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(filepath.Join(r.Root, from), filepath.Join(r.Root, to)); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ from, to string }{
		{"content/news/2023", "content/news/arhivs"},
		{"content/news/arhivs", "content/news/vecie/2023"}, // a level deeper
		{"content/news/vecie", "content/news/old"},         // the folder above
	} {
		n := build.Converted(r.Builder)
		rename(tc.from, tc.to)
		var names []string
		for _, f := range []string{"", "/f.lv.md", "/g.lv.md", "/h.lv.md"} {
			names = append(names, tc.from+f, tc.to+f)
		}
		r.Rebuild(tc.from+" renamed "+tc.to, names...)
		// Each page is shown in three languages (fallback). g.lv.md links
		// to f.lv.md, whose address changed, and h.lv.md to an address
		// beside it: they are converted again, and only they.
		if made := build.Converted(r.Builder) - n; made != 6 {
			t.Errorf("%s renamed %s: %d pages converted again, want 6 (g.lv.md and h.lv.md in three languages)", tc.from, tc.to, made)
		}
	}
}

// TestRebuildSiteYAMLKeepsConversions: a save of site.yaml that changes what
// no conversion of Markdown reads (a language's title, the site's title,
// paginate) builds as a clean build does without converting any page
// again (at 1,000 pages a fifth of the rebuild); one that changes how
// Markdown is converted (markdown: hardWraps) converts every page again.
func TestRebuildSiteYAMLKeepsConversions(t *testing.T) {
	r := bt.NewTree(t, patchSite, true)
	for _, tc := range []struct {
		what, old, new string
		again          bool
	}{
		{"a language's title", "en: {name: English, title: News, weight: 2}", "en: {name: English, title: Latest news, weight: 2}", false},
		{"the site's title", "title: Vēstis\n", "title: Jaunās vēstis\n", false},
		{"paginate", "paginate: 2", "paginate: 3", false},
		{"the Markdown's settings", "paginate: 3", "paginate: 3\nmarkdown: {hardWraps: true}", true},
		{"a language's title after them", "title: Latest news", "title: News", false},
	} {
		n, store := build.Converted(r.Builder), build.ContentStore(r.Builder)
		r.Rebuild(tc.what+" changed", r.Edit("site.yaml", tc.old, tc.new))
		if again := build.ContentStore(r.Builder) != store || build.Converted(r.Builder) > n; again != tc.again {
			t.Errorf("%s changed: pages converted again %v, want %v", tc.what, again, tc.again)
		}
	}
}
