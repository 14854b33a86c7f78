package build_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// patchSite has a paginated section (two pages per list page), tags, a
// programme with a calendar and Latvian pages shown in English and
// Vietnamese as listed fallback pages.
var patchSite = siteYAML + bt.ExampleTypes + `paginate: 2
translations:
  fallback: true
  listFallbacks: true
-- content/news/a.lv.md --
---
title: Alfa
date: 2024-01-05
tags: [mit]
---
Alfa teksts.
-- content/news/b.lv.md --
---
title: Beta
date: 2024-01-04
tags: [mit, erasmus]
---
Beta teksts.
-- content/news/c.lv.md --
---
title: Gamma
date: 2024-01-03
---
Gamma teksts ar saiti uz [alfu](a.lv.md).
-- content/news/d.lv.md --
---
title: Delta
date: 2024-01-02
tags: [erasmus]
---
Delta teksts.
-- content/news/e.lv.md --
---
title: Epsilons
date: 2024-01-01
---
Epsilona teksts.
-- content/news/e.en.md --
---
title: Epsilon
date: 2024-01-01
---
Epsilon text.
-- content/programs/p.lv.md --
---
title: Programma
status: open
deadline: 2030-05-01
events: [{date: 2030-03-01, title: Sākums}]
---
Apraksts.
-- content/programs/q.lv.md --
---
title: Otra programma
status: upcoming
---
Apraksts.
`

// TestRebuildFrontMatterEdits: a save that changes front matter fields but
// not the page's place in the site (address, translations, terms, photos,
// publication) takes the fast path, and still builds as a clean build does:
// the page moves in its lists, pages, feeds, sitemaps and calendars follow.
func TestRebuildFrontMatterEdits(t *testing.T) {
	for _, minify := range []bool{false, true} {
		t.Run(fmt.Sprintf("minify=%v", minify), func(t *testing.T) {
			r := bt.NewTree(t, patchSite, minify)
			for _, e := range []struct {
				what, file, old, new string
				fast                 bool
			}{
				{"title", "content/news/c.lv.md", "title: Gamma", "title: Gamma (labots)", true},
				{"title that sorts it first among equal dates", "content/news/d.lv.md", "date: 2024-01-02", "date: 2024-01-03", true},
				{"date to the top of the list", "content/news/e.lv.md", "date: 2024-01-01", "date: 2024-05-01", true},
				{"date back to the end", "content/news/e.lv.md", "date: 2024-05-01", "date: 2023-01-01", true},
				{"date of a tagged page", "content/news/b.lv.md", "date: 2024-01-04", "date: 2024-01-06", true},
				{"lastmod", "content/news/a.lv.md", "tags: [mit]", "tags: [mit]\nlastmod: 2024-06-01", true},
				{"weight", "content/news/d.lv.md", "tags: [erasmus]", "tags: [erasmus]\nweight: 1", true},
				{"description and summary", "content/news/c.lv.md", "date: 2024-01-03", "date: 2024-01-03\ndescription: Īsi.\nsummary: Kopsavilkums.", true},
				{"a page shown as fallback", "content/news/a.lv.md", "title: Alfa", "title: Alfa!", true},
				{"deadline", "content/programs/p.lv.md", "deadline: 2030-05-01", "deadline: 2030-06-01", true},
				{"event", "content/programs/p.lv.md", "title: Sākums", "title: Atvēršana", true},
				{"status, within the section calendar", "content/programs/p.lv.md", "status: open", "status: upcoming", true},
				{"status out of the section calendar", "content/programs/p.lv.md", "status: upcoming", "status: closed", false},
				{"a deadline that makes a calendar", "content/programs/q.lv.md", "status: upcoming", "status: upcoming\ndeadline: 2030-01-01", false},
				{"a tag left, the term stays", "content/news/b.lv.md", "tags: [mit, erasmus]", "tags: [mit]", true},
				{"a tag joined back", "content/news/b.lv.md", "tags: [mit]", "tags: [erasmus, mit]", true},
				{"tags written in another order", "content/news/b.lv.md", "tags: [erasmus, mit]", "tags: [mit, erasmus, Erasmus]", false},
				{"tags in another order, same spelling", "content/news/b.lv.md", "tags: [mit, erasmus, Erasmus]", "tags: [Erasmus, mit]", true},
				{"a tag moved to a term that needs a list page more", "content/news/d.lv.md", "tags: [erasmus]", "tags: [mit]", true},
				{"a term's first spelling goes", "content/news/b.lv.md", "tags: [Erasmus, mit]", "tags: [erasmus, mit]", false},
				{"a tag that empties its term", "content/news/b.lv.md", "tags: [erasmus, mit]", "tags: [mit]", true},
				{"a new term", "content/news/c.lv.md", "date: 2024-01-03", "date: 2024-01-03\ntags: [jauns]", true},
				{"the new term in English, a translation of the Latvian", "content/news/e.en.md", "date: 2024-01-01", "date: 2024-01-01\ntags: [jauns, Cits]", true},
				{"the English term emptied", "content/news/e.en.md", "tags: [jauns, Cits]", "tags: [Cits]", true},
				{"a term with a spelling of its own", "content/news/e.en.md", "tags: [Cits]", "tags: [cits]", false},
				{"the English tags taken out", "content/news/e.en.md", "date: 2024-01-01\ntags: [cits]", "date: 2024-01-01", true},
				{"a tag joined, its term keeps its list pages", "content/news/c.lv.md", "tags: [jauns]", "tags: [jauns, mit]", true},
				{"a tag that gives its term another list page", "content/news/e.lv.md", "date: 2023-01-01", "date: 2023-01-01\ntags: [mit]", true},
				{"a tag left, its term needs a list page fewer", "content/news/e.lv.md", "date: 2023-01-01\ntags: [mit]", "date: 2023-01-01", true},
				{"slug", "content/news/c.lv.md", "date: 2024-01-03", "date: 2024-01-03\nslug: gamma", false},
				{"draft", "content/news/d.lv.md", "title: Delta", "title: Delta\ndraft: true", false},
				{"body of a page with a new link", "content/news/e.lv.md", "Epsilona teksts.", "Epsilona teksts par [gammu](c.lv.md).", true},
				{"a date in the future", "content/news/b.lv.md", "date: 2024-01-06", "date: 2030-01-05", false},
			} {
				r.Rebuild(e.what, r.Edit(e.file, e.old, e.new))
				if got := build.Patched(r.Builder.Last()); got != e.fast {
					t.Errorf("%s: patched %v, want %v", e.what, got, e.fast)
				}
			}
		})
	}
}

// TestRebuildTermListPages: a tag that gives its term another list page
// takes the fast path, which makes the new list page and tells the server;
// the tag taken away again removes it.
func TestRebuildTermListPages(t *testing.T) {
	r := bt.NewTree(t, patchSite, false)
	const page2 = "lv/tags/mit/page/2/index.html"
	r.Edit("content/news/c.lv.md", "date: 2024-01-03", "date: 2024-01-03\ntags: [mit]")
	res, d, err := r.Builder.Rebuild([]string{"content/news/c.lv.md"})
	if err != nil {
		t.Fatal(err)
	}
	if !build.Patched(res) || !slices.Contains(d.Changed, page2) || !slices.Contains(res.Paths, page2) {
		t.Fatalf("a third page tagged mit: patched %v, changed %v, paths have %s: %v", build.Patched(res), d.Changed, page2, slices.Contains(res.Paths, page2))
	}
	r.Edit("content/news/c.lv.md", "date: 2024-01-03\ntags: [mit]", "date: 2024-01-03")
	res, d, err = r.Builder.Rebuild([]string{"content/news/c.lv.md"})
	if err != nil {
		t.Fatal(err)
	}
	if !build.Patched(res) || !slices.Equal(d.Removed, []string{page2}) || slices.Contains(res.Paths, page2) {
		t.Fatalf("the tag taken away: patched %v, removed %v, paths have %s: %v", build.Patched(res), d.Removed, page2, slices.Contains(res.Paths, page2))
	}
	if _, ok := res.Files.Get(page2); ok {
		t.Errorf("%s is still served", page2)
	}
	r.Rebuild("the same tag once more", r.Edit("content/news/c.lv.md", "date: 2024-01-03", "date: 2024-01-03\ntags: [mit]"))
}

// TestRebuildTitleEditRendersLittle: a title edit renders the page, its
// translations and the list pages that show it, not the site.
func TestRebuildTitleEditRendersLittle(t *testing.T) {
	r := bt.NewTree(t, patchSite, false)
	r.Edit("content/news/d.lv.md", "title: Delta", "title: Delta (labots)")
	res, d, err := r.Builder.Rebuild([]string{"content/news/d.lv.md"})
	if err != nil {
		t.Fatal(err)
	}
	if !build.Patched(res) {
		t.Error("a title edit took the full path")
	}
	if n := r.Builder.Rendered(); n == 0 || n > 10 {
		t.Errorf("a title edit rendered %d pages, want the page, its fallbacks and the few lists that show it", n)
	}
	for _, want := range []string{"lv/jaunumi/d/index.html", "lv/jaunumi/page/2/index.html", "lv/jaunumi/index.xml", "lv/search/f/", "lv/search/s/"} {
		if !strings.Contains(strings.Join(d.Changed, " "), want) {
			t.Errorf("the diff %v does not name %s", d.Changed, want)
		}
	}
}

// TestRebuildRandomFieldEdits saves seeded random front matter into the pages
// of patchSite, most of them edits the fast path takes, and checks each
// rebuild against a clean build.
func TestRebuildRandomFieldEdits(t *testing.T) {
	r := bt.NewTree(t, patchSite, true)
	rng := rand.New(rand.NewPCG(3, 5))
	files := []string{"content/news/a.lv.md", "content/news/b.lv.md", "content/news/c.lv.md", "content/news/d.lv.md", "content/news/e.lv.md", "content/news/e.en.md", "content/programs/p.lv.md", "content/programs/q.lv.md"}
	titles := []string{"Alfa", "Beta", "Ārvalstu sadarbība", "Đổi mới", "MIT J-WEL"}
	tagSets := []string{"[mit]", "[mit, erasmus]", "[erasmus]", "[erasmus, mit]", "[]", "[MIT]"}
	tags := map[string]string{"content/news/a.lv.md": "[mit]", "content/news/b.lv.md": "[mit, erasmus]", "content/news/d.lv.md": "[erasmus]"}
	fast := 0
	for step := range 120 {
		name := files[rng.IntN(len(files))]
		var fm strings.Builder
		fmt.Fprintf(&fm, "title: %s\n", titles[rng.IntN(len(titles))])
		if rng.IntN(4) > 0 {
			fmt.Fprintf(&fm, "date: 2024-0%d-%02d\n", 1+rng.IntN(5), 1+rng.IntN(28))
		}
		if rng.IntN(3) == 0 {
			fmt.Fprintf(&fm, "lastmod: 2024-05-%02d\n", 1+rng.IntN(28))
		}
		if rng.IntN(4) == 0 {
			fmt.Fprintf(&fm, "weight: %d\n", rng.IntN(3))
		}
		if rng.IntN(3) == 0 {
			fmt.Fprintf(&fm, "description: Apraksts %d\n", rng.IntN(3))
		}
		if strings.Contains(name, "news") && rng.IntN(4) == 0 {
			tags[name] = tagSets[rng.IntN(len(tagSets))]
		}
		if tags[name] != "" {
			fmt.Fprintf(&fm, "tags: %s\n", tags[name])
		}
		if strings.Contains(name, "programs") {
			fmt.Fprintf(&fm, "status: %s\n", []string{"open", "upcoming", "closed"}[rng.IntN(3)])
			if rng.IntN(3) > 0 {
				fmt.Fprintf(&fm, "deadline: 2030-0%d-01\n", 1+rng.IntN(9))
			}
		}
		body := fmt.Sprintf("Teksts %d.\n", rng.IntN(4))
		if rng.IntN(3) == 0 {
			body += "Saite uz [alfu](/news/a.lv.md).\n"
		}
		r.Rebuild(fmt.Sprintf("step %d: %s", step, name), r.Write(name, "---\n"+fm.String()+"---\n"+body))
		if build.Patched(r.Builder.Last()) {
			fast++
		}
	}
	t.Logf("the fast path took %d of 120 edits", fast)
	if fast < 60 {
		t.Errorf("the fast path took %d of 120 edits, want most", fast)
	}
}

// TestRebuildReadsOfLayouts: a view's signature leaves out what its layout
// cannot read. With the default theme, no single page reads its section, so
// a date edit that moves the section's date of change renders the lists, not
// every page of the section; a layout that does read it (through .Parent, in
// a with) gets every page rendered again, as a clean build has it.
func TestRebuildReadsOfLayouts(t *testing.T) {
	r := bt.NewTree(t, patchSite, false)
	r.Rebuild("the newest date", r.Edit("content/news/e.lv.md", "date: 2024-01-01", "date: 2024-05-01"))
	if n := r.Builder.Rendered(); n > 16 {
		t.Errorf("a date edit rendered %d pages; want the page, its translations and the lists", n)
	}
	// The page stays the newest: the lists it is not on do not change, though
	// their section's date of change moved.
	r.Rebuild("the newest date, moved again", r.Edit("content/news/e.lv.md", "date: 2024-05-01", "date: 2024-05-03"))
	if n := r.Builder.Rendered(); n > 6 {
		t.Errorf("a date edit of the newest page rendered %d pages; want the page, its fallbacks, the first list pages and home", n)
	}
	r.Rebuild("a list layout that shows its date", r.Write("layouts/news/list.html",
		`{{ define "main" }}<p class="updated">{{ .Page.Lastmod.Format "2006-01-02" }}</p>{{ range .Pages }}{{ .Title }} {{ end }}{{ end }}`))
	r.Rebuild("the newest date, with the list showing it", r.Edit("content/news/e.lv.md", "date: 2024-05-03", "date: 2024-05-01"))
	if res := r.Builder.Last(); !strings.Contains(string(res.Files.Map()["lv/jaunumi/page/3/index.html"]), `<p class="updated">2024-05-01</p>`) {
		t.Errorf("lv/jaunumi/page/3/ does not show its section's new date:\n%s", res.Files.Map()["lv/jaunumi/page/3/index.html"])
	}
	r.Rebuild("no list layout", r.Remove("layouts/news/list.html")...)

	// Term counts: on a page's own terms and on the terms of the pages a list shows.
	r.Rebuild("layouts that show term counts",
		r.Write("layouts/news/single.html", `{{ define "main" }}<h1>{{ .Page.Title }}</h1>{{ range .Page.Terms "tags" }}<span>{{ .Name }} {{ .Count }}</span>{{ end }}{{ end }}`),
		r.Write("layouts/news/list.html", `{{ define "main" }}{{ range .Pages }}<p>{{ .Title }}{{ range .Terms "tags" }} {{ .Name }}={{ .Count }}{{ end }}</p>{{ end }}{{ end }}`))
	r.Rebuild("a tag left", r.Edit("content/news/b.lv.md", "tags: [mit, erasmus]", "tags: [mit]"))
	if !build.Patched(r.Builder.Last()) {
		t.Error("a tag left took the full path")
	}
	if res := r.Builder.Last(); !strings.Contains(string(res.Files.Map()["lv/jaunumi/d/index.html"]), `<span>erasmus 1</span>`) {
		t.Errorf("lv/jaunumi/d/ does not show its tag's new count:\n%s", res.Files.Map()["lv/jaunumi/d/index.html"])
	}
	r.Rebuild("the tag joined back", r.Edit("content/news/b.lv.md", "tags: [mit]", "tags: [mit, erasmus]"))
	r.Rebuild("a layout that shows the section's date", r.Write("layouts/news/single.html",
		`{{ define "main" }}<h1>{{ .Page.Title }}</h1>{{ with .Page.Parent }}<p class="updated">{{ .Lastmod.Format "2006-01-02" }}</p>{{ end }}{{ end }}`))
	r.Rebuild("the newest date again", r.Edit("content/news/e.lv.md", "date: 2024-05-01", "date: 2024-05-02"))
	if res := r.Builder.Last(); !strings.Contains(string(res.Files.Map()["lv/jaunumi/a/index.html"]), `<p class="updated">2024-05-02</p>`) {
		t.Errorf("lv/jaunumi/a/ does not show its section's new date:\n%s", res.Files.Map()["lv/jaunumi/a/index.html"])
	}
	r.Rebuild("default layouts again", slices.Concat(r.Remove("layouts/news/single.html"), r.Remove("layouts/news/list.html"))...)
}

// TestRebuildWideReadsOfLayouts: layouts that reach pages a view does not
// hold (every page of a paginated list, every page of the site, the pages of
// a page given to a partial) still show each edit, as a clean build does
// (Tree.Rebuild compares them).
func TestRebuildWideReadsOfLayouts(t *testing.T) {
	for _, c := range []struct{ what, file, layout string }{
		{"a paginated list that shows all its pages", "layouts/news/list.html",
			`{{ define "main" }}{{ range .Page.Pages }}<p>{{ .Title }}</p>{{ end }}{{ end }}`},
		{"a page that shows every page of the site", "layouts/news/single.html",
			`{{ define "main" }}<h1>{{ .Page.Title }}</h1>{{ range .Site.Pages }}<p>{{ .Title }}</p>{{ end }}{{ end }}`},
		{"a partial given a list page", "layouts/news/list.html",
			`{{ define "main" }}{{ template "partials/all.html" .Page }}{{ end }}`},
		{"a template given a list page", "layouts/news/list.html",
			`{{ define "main" }}{{ template "all" .Page }}{{ end }}{{ define "all" }}{{ range .Pages }}<p>{{ .Title }}</p>{{ end }}{{ end }}`},
		{"a list page as a variable", "layouts/news/list.html",
			`{{ define "main" }}{{ $l := .Page }}{{ range $l.Pages }}<p>{{ .Title }}</p>{{ end }}{{ end }}`},
	} {
		t.Run(c.what, func(t *testing.T) {
			r := bt.NewTree(t, patchSite, false)
			r.Rebuild("the layout", r.Write(c.file, c.layout), r.Write("layouts/partials/all.html", `{{ range .Pages }}<p>{{ .Title }}</p>{{ end }}`))
			r.Rebuild("a title", r.Edit("content/news/a.lv.md", "title: Alfa", "title: Alfa (labots)"))
			r.Rebuild("a date", r.Edit("content/news/d.lv.md", "date: 2024-01-02", "date: 2024-01-06"))
		})
	}
}

// TestRebuildBursts: saves that come together (a translation with its
// original, a git checkout) take the fast path together when each fits, and
// the full path when one does not, both as a clean build would.
func TestRebuildBursts(t *testing.T) {
	r := bt.NewTree(t, patchSite, true)
	r.Rebuild("two titles and a date", r.Edit("content/news/e.lv.md", "title: Epsilons", "title: Epsilons (labots)"),
		r.Edit("content/news/e.en.md", "title: Epsilon", "title: Epsilon (edited)"), r.Edit("content/news/b.lv.md", "date: 2024-01-04", "date: 2024-02-04"))
	if !build.Patched(r.Builder.Last()) {
		t.Error("a burst of saves that each fit took the full path")
	}
	r.Rebuild("a title and a slug", r.Edit("content/news/a.lv.md", "title: Alfa", "title: Alfa (labots)"),
		r.Edit("content/news/c.lv.md", "title: Gamma", "title: Gamma\nslug: gamma-2"))
	if build.Patched(r.Builder.Last()) {
		t.Error("a burst with a new slug took the fast path")
	}
	r.Rebuild("a title and a broken link", r.Edit("content/news/a.lv.md", "Alfa teksts.", "Alfa teksts."),
		r.Edit("content/news/d.lv.md", "Delta teksts.", "Delta teksts ar [saiti](nav.lv.md)."))
	r.Rebuild("the link mended, a title", r.Edit("content/news/d.lv.md", "[saiti](nav.lv.md)", "[saiti](a.lv.md)"),
		r.Edit("content/news/a.lv.md", "title: Alfa (labots)", "title: Alfa"))
}

// TestRebuildKeepsMemoryFlat: what a Builder keeps between saves (conversions,
// rendered outputs and who shows them, search pages, minified bodies) does
// not grow with the number of saves, only with the site. Body saves used to
// add a conversion each until the next full rebuild (issue #15); the content
// store now keeps the conversions of earlier texts only within a share of its
// bound (here 4 KiB, a few of them).
func TestRebuildKeepsMemoryFlat(t *testing.T) {
	r := bt.NewTree(t, patchSite, true)
	r.Options.ContentBound = 64 << 10
	r.Builder = build.NewBuilder(r.Options)
	if _, _, err := r.Builder.Rebuild(nil); err != nil {
		t.Fatal(err)
	}
	edits := []func(i int) string{
		func(i int) string {
			return fmt.Sprintf("---\ntitle: Alfa\ndate: 2024-01-05\ntags: [mit]\n---\nAlfa teksts %d.\n", i)
		},
		func(i int) string {
			return fmt.Sprintf("---\ntitle: Alfa %d\ndate: 2024-01-05\ntags: [mit]\n---\nAlfa teksts.\n", i)
		},
		func(i int) string {
			return fmt.Sprintf("---\ntitle: Alfa\ndate: 2024-01-%02d\ntags: [mit]\n---\nAlfa teksts.\n", 1+i%28)
		},
		func(i int) string {
			return fmt.Sprintf("---\ntitle: Alfa\ndate: 2024-01-05\ntags: %s\n---\nAlfa teksts.\n", []string{"[mit]", "[erasmus]", "[mit, erasmus]"}[i%3])
		},
	}
	save := func(i int) {
		name := "content/news/a.lv.md"
		r.Write(name, edits[i%len(edits)](i))
		if _, _, err := r.Builder.Rebuild([]string{name}); err != nil {
			t.Fatalf("save %d: %v", i, err)
		}
	}
	for i := range 20 {
		save(i)
	}
	before := build.CacheSizes(r.Builder)
	for i := 20; i < 220; i++ {
		save(i)
	}
	after := build.CacheSizes(r.Builder)
	if size, bound := build.ContentSize(r.Builder); size > bound {
		t.Errorf("the content store holds %d bytes, over its bound of %d", size, bound)
	}
	for i, what := range []string{"conversions", "rendered outputs", "references to outputs", "search pages", "minified bodies", "kept partials"} {
		if after[i] > before[i] {
			t.Errorf("%s: %d after 20 saves, %d after 220", what, before[i], after[i])
		}
	}
	r.Rebuild("after the saves", "content/news/a.lv.md")
}

// TestRebuildKeepsCards: a list rendered again because a page joined it
// takes the cards of the pages it showed before from the last pass; only
// the new page's card is executed.
func TestRebuildKeepsCards(t *testing.T) {
	r := bt.NewTree(t, patchSite, true)
	before := build.PartialsMade(r.Builder)
	r.Rebuild("a new page in a list of cards", r.Write("content/news/f.lv.md", "---\ntitle: Zeta\ndate: 2024-01-06\ntags: [mit]\n---\nZetas teksts.\n"))
	// Zeta's cards: at levels 2 (section and tag lists) and 3 (home), and
	// those of its fallback pages in English and Vietnamese; the rest, 20
	// more, are kept.
	if made := build.PartialsMade(r.Builder) - before; made == 0 || made > 6 {
		t.Errorf("the rebuild executed %d cards; want Zeta's only (at most 6)", made)
	}
}

// TestRebuildKeptCardsFollowReads: a card that reads beyond its page (its
// section, translations, a list of the view) is executed again in every
// pass, so a list rendered again shows what changed elsewhere.
func TestRebuildKeptCardsFollowReads(t *testing.T) {
	for _, c := range []struct{ what, card string }{
		{"the section's title", `{{ .Page.Title }} ({{ with .Page.Parent }}{{ .Title }}{{ end }})`},
		{"translations", `{{ .Page.Title }}{{ range .Page.Translations }} {{ .Lang }}{{ end }}`},
		{"a section's pages", `{{ .Page.Title }} {{ len (.View.Section "news") }}`},
		{"a template that reads the parent", `{{ template "parent" .Page }}{{ define "parent" }}{{ .Title }} {{ .Parent.Title }}{{ end }}`},
	} {
		t.Run(c.what, func(t *testing.T) {
			r := bt.NewTree(t, patchSite, false)
			r.Rebuild("the card and a section page", r.Write("layouts/partials/card.html", c.card),
				r.Write("content/news/_index.lv.md", "---\ntitle: Ziņas\n---\n"))
			r.Rebuild("a new page, a section title and a translation",
				r.Write("content/news/f.lv.md", "---\ntitle: Zeta\ndate: 2024-01-06\ntags: [mit]\n---\nZetas teksts.\n"),
				r.Edit("content/news/_index.lv.md", "title: Ziņas", "title: Jaunumi"),
				r.Write("content/news/a.en.md", "---\ntitle: Alpha\ndate: 2024-01-05\ntags: [mit]\n---\nAlpha text.\n"))
		})
	}
}

// TestRebuildSectionTermDates: a section page with tags is in its terms'
// lists, dated by its newest page; a page's new date moves the section's
// date, and so its terms' and their taxonomy's, in the sitemap, as in a clean
// build, on the fast path.
func TestRebuildSectionTermDates(t *testing.T) {
	r := bt.NewTree(t, siteYAML+plainLayouts+`
-- content/news/2024/_index.en.md --
---
title: Year 2024
tags: [annual]
---
-- content/news/2024/a.en.md --
---
title: A
date: 2024-04-01
---
Text.
-- content/news/b.en.md --
---
title: B
date: 2024-01-01
tags: [other]
---
Text.
`, true)
	r.Rebuild("an older date", r.Edit("content/news/2024/a.en.md", "date: 2024-04-01", "date: 2022-10-06"))
	if !build.Patched(r.Builder.Last()) {
		t.Error("the date edit took the full path")
	}
	if sitemap := string(r.Builder.Last().Files.Map()["en/sitemap.xml"]); !strings.Contains(sitemap, "/en/tags/annual/</loc><lastmod>2022-10-06</lastmod>") {
		t.Errorf("the term's date is not the section's:\n%s", sitemap)
	}
}

// TestRebuildUnderCascade: in a site with cascades, a save of a page below
// one (or of the list page that has it) that changes neither the cascade nor
// the page's place takes the fast path, with the values the cascade gives,
// and builds as a clean build does; a save of the cascade itself does not.
func TestRebuildUnderCascade(t *testing.T) {
	r := bt.NewTree(t, buildOptsSite, true)
	for _, e := range []struct {
		what, file, old, new string
		fast                 bool
	}{
		{"body", "content/docs/a.lv.md", "Teksts.", "Cits teksts.", true},
		{"title", "content/docs/a.lv.md", "title: Alfa", "title: Alfa (labots)", true},
		{"a value of its own over the cascade's", "content/docs/a.lv.md", "title: Alfa (labots)", "title: Alfa (labots)\nauthor: Pati", true},
		{"the value of its own gone: the cascade's again", "content/docs/a.lv.md", "author: Pati\n", "", true},
		{"a page whose cascaded build options leave it out of lists", "content/docs/old/c.lv.md", "title: Vecs", "title: Vecais", false},
		{"the text of the list page with the cascade", "content/docs/_index.lv.md", "    build: {list: never}\n---\n", "    build: {list: never}\n---\nIevads.\n", true},
		{"the cascade's value", "content/docs/_index.lv.md", "author: Komanda", "author: Grupa", false},
		{"a page below the changed cascade", "content/docs/a.lv.md", "Cits teksts.", "Trešais teksts.", true},
	} {
		r.Rebuild(e.what, r.Edit(e.file, e.old, e.new))
		if got := build.Patched(r.Builder.Last()); got != e.fast {
			t.Errorf("%s: patched %v, want %v", e.what, got, e.fast)
		}
	}
	if got := r.Builder.Last().Files.Map()["lv/docs/a/index.html"]; !strings.Contains(string(got), "Grupa") {
		t.Errorf("the page below the cascade shows no author Grupa:\n%s", got)
	}
}

// TestRebuildHeldPage: saves of a page left out of the site (a draft, one
// dated later) that keep it out take the fast path, render nothing and say
// why it is not shown; the save that publishes it takes the full path.
func TestRebuildHeldPage(t *testing.T) {
	r := bt.NewTree(t, patchSite+`-- content/news/f.lv.md --
---
title: Melnraksts
date: 2024-01-06
draft: true
---
Melnraksta teksts.
`, true)
	for _, e := range []struct {
		what, old, new string
		fast           bool
		why            string
	}{
		{"the draft's text", "Melnraksta teksts.", "Melnraksta teksts, labots.", true, "is a draft"},
		{"the draft's title", "title: Melnraksts", "title: Melnraksts (2)", true, "is a draft"},
		{"a date later instead of draft", "date: 2024-01-06\ndraft: true", "date: 2030-01-06", true, "is dated 2030-01-06"},
		{"draft again", "date: 2030-01-06", "date: 2024-01-06\ndraft: true", true, "is a draft"},
		{"a slug, still a draft", "draft: true", "draft: true\nslug: cits", true, "is a draft"},
		{"published", "draft: true\n", "", false, ""},
		{"a draft again: its page goes", "slug: cits", "slug: cits\ndraft: true", false, "is a draft"},
	} {
		r.Rebuild(e.what, r.Edit("content/news/f.lv.md", e.old, e.new))
		res := r.Builder.Last()
		if got := build.Patched(res); got != e.fast {
			t.Errorf("%s: patched %v, want %v", e.what, got, e.fast)
		}
		if e.fast && r.Builder.Rendered() != 0 {
			t.Errorf("%s: rendered %d pages, want none", e.what, r.Builder.Rendered())
		}
		notes := strings.Join(res.WhyNotBuilt([]string{"content/news/f.lv.md"}, "vestis serve"), "\n")
		if !strings.Contains(notes, e.why) || (e.why == "") != (notes == "") {
			t.Errorf("%s: the note is %q, want one saying %q", e.what, notes, e.why)
		}
	}
}

// TestRebuildTemporaryFileGone: a program that writes the new text into a
// file beside the page and renames it over the page (sed -i, gedit) names
// both to the watcher; the first is gone and gave the last build nothing, so
// the save is the page's alone and takes the fast path. A file that was
// published and is deleted is no such file.
func TestRebuildTemporaryFileGone(t *testing.T) {
	r := bt.NewTree(t, patchSite+"-- static/logo.txt --\nlogo\n", true)
	for i, e := range []struct{ what, temp string }{
		{"a temporary file beside the page", "content/news/sedAb12Cd"},
		{"a temporary file in a folder of static files", "static/.goutputstream-X1Y2Z3"},
	} {
		r.Write(e.temp, strings.Replace(r.Read("content/news/c.lv.md"), "Gamma teksts", fmt.Sprintf("Gamma teksts (%d)", i), 1))
		r.Rebuild(e.what, r.Rename(e.temp, "content/news/c.lv.md")...)
		if !build.Patched(r.Builder.Last()) {
			t.Errorf("%s: the save took the full path", e.what)
		}
	}
	r.Rebuild("a published file deleted", r.Remove("static/logo.txt")...)
	if _, ok := r.Builder.Last().Files.Map()["logo.txt"]; ok {
		t.Error("a published file's deletion was taken for a temporary file's: logo.txt is still published")
	}
}

// TestRebuildNewDraft: the files `vestis new` writes, a draft in each
// language, are put into the model without a rebuild of the site, and
// each one's note says it is a draft; a new page that is shown, one that
// translates a shown page, and one made of a folder with files of its own
// take the full path. Every rebuild equals a clean build (Tree).
func TestRebuildNewDraft(t *testing.T) {
	r := bt.NewTree(t, patchSite+"-- content/news/h/plan.txt --\nplāns\n", true)
	draft := func(title string) string {
		return "---\ntitle: " + title + "\ndate: 2024-01-07\ndraft: true\n---\n"
	}
	for _, e := range []struct {
		what  string
		files map[string]string
		fast  bool
	}{
		{"a draft in each language", map[string]string{"content/news/g.lv.md": draft("Jauns lv"), "content/news/g.en.md": draft("New en")}, true},
		{"a draft that translates a shown page", map[string]string{"content/news/c.en.md": draft("Gamma")}, false},
		{"a draft made of a folder with a file", map[string]string{"content/news/h/index.lv.md": draft("Plāns")}, false},
		{"a new page shown", map[string]string{"content/news/k.lv.md": "---\ntitle: Kapa\ndate: 2024-01-08\n---\nKapas teksts.\n"}, false},
		{"one more draft beside the others", map[string]string{"content/news/ga.lv.md": draft("Vēl viens")}, true},
		{"a draft in a folder of its own (vestis new --bundle)", map[string]string{"content/news/m/index.lv.md": draft("Mape"), "content/news/m": ""}, true},
	} {
		var files []string
		for name, text := range e.files {
			if text == "" {
				files = append(files, name) // a new folder, as the watcher names it
				continue
			}
			files = append(files, r.Write(name, text))
		}
		r.Rebuild(e.what, files...)
		res := r.Builder.Last()
		if got := build.Patched(res); got != e.fast {
			t.Errorf("%s: patched %v, want %v", e.what, got, e.fast)
		}
		if e.fast && r.Builder.Rendered() != 0 {
			t.Errorf("%s: rendered %d pages, want none", e.what, r.Builder.Rendered())
		}
		for _, f := range files {
			if !strings.HasSuffix(f, ".md") {
				continue
			}
			if notes := strings.Join(res.WhyNotBuilt([]string{f}, "vestis serve"), "\n"); !strings.Contains(notes, "is a draft") && !strings.Contains(e.what, "shown") {
				t.Errorf("%s: the note of %s is %q, want one saying it is a draft", e.what, f, notes)
			}
		}
	}
	err := r.Rebuild("a link to the new draft", r.Edit("content/news/a.lv.md", "Alfa teksts.", "Alfa teksts ar [saiti](g.lv.md)."))
	if err == nil || !strings.Contains(err.Error(), "not published") {
		t.Errorf("a link to the new draft: error %v, want one saying it is not published", err)
	}
	r.Rebuild("the link taken out", r.Edit("content/news/a.lv.md", "Alfa teksts ar [saiti](g.lv.md).", "Alfa teksts."))
	r.Rebuild("a draft with a field written wrong", r.Write("content/news/gb.lv.md", "---\ntitle: Trešais\ndate: 2024-01-07\ndraft: true\nsumary: x\n---\n"))
	if !build.Patched(r.Builder.Last()) || !strings.Contains(r.Builder.Last().Warnings.Error(), "sumary") {
		t.Errorf("a draft with a field written wrong: patched %v, warnings %v", build.Patched(r.Builder.Last()), r.Builder.Last().Warnings)
	}
	for _, e := range []struct {
		what, file string
		fast       bool
	}{
		{"a draft deleted", "content/news/ga.lv.md", true},
		{"a draft translation of a shown page deleted", "content/news/c.en.md", false},
		{"a shown page deleted", "content/news/k.lv.md", false},
	} {
		r.Rebuild(e.what, r.Remove(e.file)...)
		if got := build.Patched(r.Builder.Last()); got != e.fast {
			t.Errorf("%s: patched %v, want %v", e.what, got, e.fast)
		}
	}
	r.Rebuild("the draft published", r.Edit("content/news/g.lv.md", "draft: true\n", ""))
	if !strings.Contains(string(r.Builder.Last().Files.Map()["lv/jaunumi/index.html"]), "Jauns lv") {
		t.Error("the published draft is not in its section's list")
	}
}

// TestRebuildTranslationsComeAndGo: a translation written or deleted beside
// its group's other pages takes the fast path (site.Join, site.Leave) and
// builds as a clean build does: the pages of its group link to it, the
// fallback page at its address goes or comes back, and another language's
// fallback page takes the text its fallback order now finds first.
func TestRebuildTranslationsComeAndGo(t *testing.T) {
	page := func(title, tags, text string) string {
		return "---\ntitle: " + title + "\ndate: 2024-01-05\ntags: " + tags + "\n---\n" + text + "\n"
	}
	r := bt.NewTree(t, siteYAML+`translations:
  fallback: true
  fallbackOrder: {vi: [en, lv]}
-- content/news/a.lv.md --
`+page("Alfa", "[mit]", "Alfa teksts.")+`-- content/news/b.lv.md --
`+page("Beta", "[mit]", "Beta teksts.")+`-- content/news/b.en.md --
`+page("Beta", "[mit]", "Beta text.")+`-- content/news/c.lv.md --
`+page("Gamma", "[mit]", "Gamma teksts.")+`-- content/news/c.en.md --
`+page("Gamma", "[mit]", "Gamma text.")+`-- content/news/c.vi.md --
`+page("Gamma", "[mit]", "Gamma văn bản.")+`-- content/news/d.vi.md --
`+page("Delta", "[mit]", "Delta văn bản.")+`-- content/news/e.en.md --
`+page("Epsilon", "[mit]", "Epsilon text.")+`-- content/news/e.vi.md --
`+page("Epsilon", "[mit]", "Epsilon văn bản.")+`-- content/news/f.lv.md --
`+page("Foksts", "[mit]", "Foksta teksts.")+`-- content/news/f.en.md --
---
title: Foxtrot
date: 2024-01-05
translationKey: cits
---
Foxtrot text.
-- content/news/g.lv.md --
`+page("Gamma bis", "[mit]", "Skat. [Hotel](h.lv.md).")+`-- content/news/h.lv.md --
---
title: Hotel
date: 2024-01-05
translationKey: viesnica
---
Hoteļa teksts.
`, true)
	for _, e := range []struct {
		what  string
		file  string // written, or deleted when text is ""
		text  string
		fast  bool
		shows map[string]string // output path -> text it has
	}{
		{"an English translation", "content/news/a.en.md", page("Alpha", "[mit]", "Alpha text."), true,
			map[string]string{"en/news/a/index.html": "Alpha text.", "vi/tin-tuc/a/index.html": "Alpha text.", "lv/jaunumi/a/index.html": `hreflang="en"`}},
		{"a Vietnamese translation", "content/news/a.vi.md", page("Anpha", "[mit]", "Anpha văn bản."), true,
			map[string]string{"vi/tin-tuc/a/index.html": "Anpha văn bản.", "en/news/a/index.html": `hreflang="vi"`}},
		{"the English translation deleted", "content/news/a.en.md", "", true,
			map[string]string{"en/news/a/index.html": "Alfa teksts.", "vi/tin-tuc/a/index.html": "Anpha văn bản."}},
		{"the original deleted", "content/news/a.lv.md", "", true,
			map[string]string{"lv/jaunumi/a/index.html": "Anpha văn bản.", "en/news/a/index.html": "Anpha văn bản."}},
		{"the original back", "content/news/a.lv.md", page("Alfa", "[mit]", "Alfa teksts."), true,
			map[string]string{"lv/jaunumi/a/index.html": "Alfa teksts.", "en/news/a/index.html": "Alfa teksts."}},
		{"a translation of a page only in Vietnamese", "content/news/d.en.md", page("Delta", "[mit]", "Delta text."), true,
			map[string]string{"en/news/d/index.html": "Delta text.", "lv/jaunumi/d/index.html": "Delta text."}},
		{"a translation whose tag is its own word for the group's", "content/news/b.vi.md", page("Beta", "[mit-vi]", "Beta văn bản."), false, nil},
		{"a Latvian translation of a page in two languages", "content/news/e.lv.md", page("Epsilons", "[mit]", "Epsilona teksts."), true,
			map[string]string{"lv/jaunumi/e/index.html": "Epsilona teksts."}},
		{"a translation of three deleted", "content/news/c.en.md", "", true,
			map[string]string{"en/news/c/index.html": "Gamma teksts."}},
		{"a link to a page", "content/news/b.en.md", page("Beta", "[mit]", "Beta text, see [Epsilon](e.en.md)."), true,
			map[string]string{"en/news/b/index.html": `href="/en/news/e/"`}},
		{"a ref to a page", "content/news/a.lv.md", page("Alfa", "[mit]", "Alfa teksts (at {{< relref \"e.en.md\" >}})."), true,
			map[string]string{"lv/jaunumi/a/index.html": "(at /lv/jaunumi/e/)", "en/news/a/index.html": "(at /en/news/e/)"}},
		{"a slug of the page linked to", "content/news/e.en.md", "---\ntitle: Epsilon\ndate: 2024-01-05\ntags: [mit]\nslug: epsilon-jauns\n---\nEpsilon text.\n", true,
			map[string]string{"en/news/epsilon-jauns/index.html": "Epsilon text.", "lv/jaunumi/e/index.html": `href="/en/news/epsilon-jauns/"`,
				"en/news/b/index.html": `href="/en/news/epsilon-jauns/"`, "en/news/a/index.html": "(at /en/news/epsilon-jauns/)"}},
		// With fallback pages in every language, a page that changes
		// group gives up and takes fallback pages' addresses, which pages
		// of other groups compete for: the full path.
		{"a translationKey that parts a page from its group", "content/news/d.en.md", "---\ntitle: Delta\ndate: 2024-01-05\ntags: [mit]\ntranslationKey: delta-en\n---\nDelta text.\n", false,
			map[string]string{"en/news/d/index.html": "Delta text.", "vi/tin-tuc/d/index.html": "Delta văn bản."}},
		{"a page at the address a fallback page was kept from, deleted", "content/news/f.en.md", "", false,
			map[string]string{"en/news/f/index.html": "Foksta teksts."}},
		{"the page back, with its own key", "content/news/f.en.md", "---\ntitle: Foxtrot\ndate: 2024-01-05\ntags: [mit]\ntranslationKey: cits\n---\nFoxtrot text.\n", false,
			map[string]string{"en/news/f/index.html": "Foxtrot text."}},
		{"a translationKey that joins a page to another's group", "content/news/f.lv.md", "---\ntitle: Foksts\ndate: 2024-01-05\ntags: [mit]\ntranslationKey: cits\n---\nFoksta teksts.\n", false,
			map[string]string{"lv/jaunumi/f/index.html": `hreflang="en"`, "en/news/f/index.html": `hreflang="lv"`}},
		// A link resolves to its target's translation in the language of
		// the page that shows it: the Vietnamese fallback page of g links
		// to h's Vietnamese translation once one is written, under another
		// name, and back to h's fallback page once it is deleted.
		{"a translation under another name", "content/news/khach-san.vi.md", "---\ntitle: Khách sạn\ndate: 2024-01-05\ntranslationKey: viesnica\n---\nVăn bản.\n", true,
			map[string]string{"vi/tin-tuc/g/index.html": `href="/vi/tin-tuc/khach-san/"`}},
		{"the translation under another name deleted", "content/news/khach-san.vi.md", "", true,
			map[string]string{"vi/tin-tuc/g/index.html": `href="/vi/tin-tuc/h/"`}},
	} {
		var changed []string
		if e.text == "" {
			changed = r.Remove(e.file)
		} else {
			changed = []string{r.Write(e.file, e.text)}
		}
		r.Rebuild(e.what, changed...)
		res := r.Builder.Last()
		if got := build.Patched(res); got != e.fast {
			t.Errorf("%s: patched %v, want %v", e.what, got, e.fast)
		}
		for out, text := range e.shows {
			if got := string(res.Files.Map()[out]); !strings.Contains(got, text) {
				t.Errorf("%s: %s does not show %q:\n%s", e.what, out, text, got)
			}
		}
	}
}

// TestRebuildStaticSave: a style sheet or script saved with other text is
// copied again without rendering a page, and the site is a clean build's;
// so are a new file and a deleted one (TestRebuildStaticFileCameOrWent); an
// image (a page may show its size or a copy of it) takes the full path.
func TestRebuildStaticSave(t *testing.T) {
	r := bt.NewTree(t, patchSite+`-- static/css/extra.css --
body { color: black; }
-- static/files/plan.txt --
Plāns.
-- static/img/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>
`, true)
	for _, e := range []struct {
		what, file, text string // text "": deleted
		fast             bool
	}{
		{"a style sheet", "static/css/extra.css", "body { color:  navy; }\n", true},
		{"a text file", "static/files/plan.txt", "Jauns plāns.\n", true},
		{"an image", "static/img/logo.svg", `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"></svg>`, false},
		{"a new file", "static/css/more.css", "p { margin: 0 }\n", true},
		{"a file deleted", "static/files/plan.txt", "", true},
	} {
		var changed []string
		if e.text == "" {
			changed = r.Remove(e.file)
		} else {
			changed = []string{r.Write(e.file, e.text)}
		}
		r.Rebuild(e.what, changed...)
		if got := build.Patched(r.Builder.Last()); got != e.fast {
			t.Errorf("%s: patched %v, want %v", e.what, got, e.fast)
		}
		if e.fast && r.Builder.Rendered() != 0 {
			t.Errorf("%s: rendered %d pages, want none", e.what, r.Builder.Rendered())
		}
	}
	if got := string(r.Builder.Last().Files.Map()["css/extra.css"]); !strings.Contains(got, "navy") {
		t.Errorf("css/extra.css is %q, want the saved style", got)
	}
}
