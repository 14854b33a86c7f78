package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// unrenderedSite has a news page that is listed but not rendered.
const unrenderedSite = siteYAML + `-- content/news/_index.lv.md --
---
title: Jaunumi
---
-- content/news/a.lv.md --
---
title: Atvērta ziņa
date: 2024-05-01
---
Teksts.
-- content/news/card/index.lv.md --
---
title: Tikai kartīte
date: 2024-05-02
summary: Īss apraksts bez lapas.
build: {render: never}
---
Garš teksts, ko neviens neredz.
-- content/news/card/plan.txt --
plāns
`

// TestRebuildUnrendered: editing, adding and removing a listed page that
// is not rendered rebuilds as a clean build.
func TestRebuildUnrendered(t *testing.T) {
	r := bt.NewTree(t, unrenderedSite, true)
	r.Rebuild("summary edited", r.Edit("content/news/card/index.lv.md", "Īss apraksts", "Cits apraksts"))
	r.Rebuild("title edited", r.Edit("content/news/card/index.lv.md", "Tikai kartīte", "Kartīte"))
	r.Rebuild("now rendered", r.Edit("content/news/card/index.lv.md", "build: {render: never}", "build: {render: always}"))
	r.Rebuild("not rendered again", r.Edit("content/news/card/index.lv.md", "build: {render: always}", "build: {render: never}"))
	r.Rebuild("another added", r.Write("content/news/b.lv.md", "---\ntitle: Otrā\nbuild: {render: never}\n---\nTeksts.\n"))
	r.Rebuild("removed", r.Remove("content/news/card/index.lv.md")...)
}

// TestUnrenderedListed: a page with build: {render: never} has no page of
// its own, but is listed in its section as Hugo lists it: with the default
// theme as a card with its title and summary and no link; feeds, the
// sitemap and search leave it out; {list: never} too keeps it out of lists.
func TestUnrenderedListed(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`-- content/news/_index.lv.md --
---
title: Jaunumi
---
-- content/news/a.lv.md --
---
title: Atvērta ziņa
date: 2024-05-01
---
Teksts.
-- content/news/card/index.lv.md --
---
title: Tikai kartīte
date: 2024-05-02
summary: Īss apraksts bez lapas.
build: {render: never}
---
Garš teksts, ko neviens neredz.
-- content/news/card/plan.txt --
plāns
-- content/news/hidden.lv.md --
---
title: Nekur
date: 2024-05-03
build: {render: never, list: never}
---
`)
	list := b.HTML("lv/jaunumi/index.html")
	var titles []string
	for _, a := range bt.Find(list, "h2", "class=card-title") {
		titles = append(titles, bt.Text(a))
		if strings.Contains(bt.Text(a), "Tikai kartīte") && len(bt.Find(a, "a")) != 0 {
			t.Errorf("the unrendered page's card links somewhere")
		}
	}
	if strings.Join(titles, "|") != "Tikai kartīte|Atvērta ziņa" {
		t.Errorf("the news list's cards are %q, want the unrendered page's, then the other's", titles)
	}
	b.AssertFile("lv/jaunumi/index.html", "Īss apraksts bez lapas.")
	for _, a := range bt.Find(list, "a") {
		if href := bt.Attr(a, "href"); href == "" {
			t.Errorf("a link without an address: %s", bt.Text(a))
		}
	}
	b.AssertNoFile("lv/jaunumi/card/index.html")
	b.AssertFile("lv/jaunumi/card/plan.txt", "plāns") // its files are published
	for _, f := range []string{"lv/jaunumi/index.xml", "lv/index.xml", "sitemap.xml", "lv/sitemap.xml"} {
		if body := b.File(f); strings.Contains(body, "Tikai kartīte") || strings.Contains(body, "/card/") {
			t.Errorf("%s names the unrendered page:\n%s", f, body)
		}
	}
	for p, body := range b.Result.Files.Map() {
		if strings.HasPrefix(p, "search/") && strings.Contains(string(body), "Tikai kartīte") {
			t.Errorf("the search index (%s) has the unrendered page", p)
		}
		if strings.Contains(string(body), "Nekur") {
			t.Errorf("%s shows the page of list: never", p)
		}
	}
}

// unrenderedSectionSite has a section and a subsection whose _index is not
// rendered: their pages are, at their own addresses.
const unrenderedSectionSite = siteYAML + `-- content/_index.lv.md --
---
title: Sākums
---
-- content/guide/_index.lv.md --
---
title: Ceļvedis
build: {render: never}
cascade: {author: Redakcija}
---
-- content/guide/start.lv.md --
---
title: Sākt šeit
---
Teksts.
-- content/guide/old/_index.lv.md --
---
title: Vecais
build: {render: never}
---
-- content/guide/old/notes.lv.md --
---
title: Piezīmes
---
-- content/news/a.lv.md --
---
title: Ziņa
date: 2024-05-01
---
`

// TestUnrenderedSection: a section's _index with build: {render: never}
// gives no page, as in Hugo: no list page is made in its place, and no
// menu, sitemap or breadcrumb links its address; its pages keep theirs and
// its cascade.
func TestUnrenderedSection(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, unrenderedSectionSite)
	b.AssertFile("lv/guide/start/index.html", "Sākt šeit", "Redakcija")
	b.AssertFile("lv/guide/old/notes/index.html", "Piezīmes")
	b.AssertNoFile("lv/guide/index.html")
	b.AssertNoFile("lv/guide/old/index.html")
	for file, html := range b.Result.Files.Map() {
		for _, addr := range []string{`/lv/guide/"`, `/lv/guide/old/"`, `/lv/guide/<`, `/lv/guide/old/<`} {
			if strings.Contains(string(html), addr) {
				t.Errorf("%s links %s, a page that is not written", file, strings.TrimRight(addr, `"<`))
			}
		}
	}
}

// TestRebuildUnrenderedSection: a section's _index turned unrendered and
// back rebuilds as a clean build.
func TestRebuildUnrenderedSection(t *testing.T) {
	r := bt.NewTree(t, unrenderedSectionSite, true)
	r.Rebuild("rendered", r.Edit("content/guide/_index.lv.md", "build: {render: never}", "build: {render: always}"))
	r.Rebuild("not rendered again", r.Edit("content/guide/_index.lv.md", "build: {render: always}", "build: {render: never}"))
}
