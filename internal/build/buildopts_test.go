package build_test

import (
	"slices"
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// buildOptsSite uses Hugo's build options and cascade: the docs section's
// _index gives its pages an author, and the pages under docs/old/ (its
// _target) build: {list: never}; one page is listed in its section only;
// a headless bundle publishes its files but no page, another publishes
// nothing; the English docs section asks for fallback pages, and one news
// page asks for its own in every language.
const buildOptsSite = siteYAML + plainLayouts + `-- layouts/docs/single.html --
{{define "main"}}<h1>{{.Page.Title}}</h1><p class="author">{{.Page.Author}}</p>{{.Page.Content}}{{end}}
-- content/docs/_index.lv.md --
---
title: Dokumenti
cascade:
  - author: Komanda
  - _target: {path: /docs/old/**}
    build: {list: never}
---
-- content/docs/_index.en.md --
---
title: Docs
fallback: true
---
-- content/docs/a.lv.md --
---
title: Alfa
---
Teksts.
-- content/docs/b.lv.md --
---
title: Beta
author: Pats
---
-- content/docs/old/c.lv.md --
---
title: Vecs
---
-- content/docs/local.lv.md --
---
title: Vietējs
tags: [vietejs]
build: {list: local}
---
-- content/docs/headless/index.lv.md --
---
title: Galva
headless: true
---
-- content/docs/headless/data.txt --
data
-- content/docs/hidden/index.lv.md --
---
title: Slēpts
_build: {render: never, publishResources: false}
---
-- content/docs/hidden/x.txt --
x
-- content/news/n.lv.md --
---
title: Ziņa
fallback: true
---
-- content/news/m.lv.md --
---
title: Cita
---
`

// TestBuildOptionsAndCascade: what Hugo's build options, cascade and a
// section's or page's fallback: true do to the pages a reader finds.
func TestBuildOptionsAndCascade(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, buildOptsSite)
	author := func(page string) string {
		for _, p := range bt.Find(b.HTML(page), "p", "class=author") {
			return bt.Text(p)
		}
		return ""
	}
	if got := author("lv/docs/a/index.html"); got != "Komanda" {
		t.Errorf("cascaded author = %q, want Komanda", got)
	}
	if got := author("lv/docs/b/index.html"); got != "Pats" {
		t.Errorf("a page's own author = %q, want Pats", got)
	}
	listed := func(page string) []string {
		var out []string
		for _, a := range bt.Find(b.HTML(page), "a") {
			out = append(out, bt.Text(a))
		}
		return out
	}
	docs := listed("lv/docs/index.html")
	for _, want := range []string{"Alfa", "Beta", "Vietējs"} {
		if !slices.Contains(docs, want) {
			t.Errorf("the docs list %q lacks %s", docs, want)
		}
	}
	for _, not := range []string{"Vecs", "Galva"} {
		if slices.Contains(docs, not) {
			t.Errorf("the docs list %q shows %s", docs, not)
		}
	}
	b.AssertFile("lv/docs/old/c/index.html", "<h1>Vecs</h1>")
	b.AssertFile("lv/docs/local/index.html", "<h1>Vietējs</h1>")
	b.AssertNoFile("lv/tags/vietejs/index.html") // listed in its section only: no term
	b.AssertNoFile("lv/docs/headless/index.html")
	if got := b.File("lv/docs/headless/data.txt"); strings.TrimSpace(got) != "data" {
		t.Errorf("a headless bundle's file = %q", got)
	}
	b.AssertNoFile("lv/docs/hidden/index.html")
	b.AssertNoFile("lv/docs/hidden/x.txt")
	// Fallback pages: English docs from the section's fallback: true, the
	// news page's in English and Vietnamese; not for other pages.
	b.AssertFile("en/docs/a/index.html", "<h1>Alfa</h1>")
	b.AssertNoFile("vi/docs/a/index.html")
	for _, page := range []string{"en/news/n/index.html", "vi/tin-tuc/n/index.html"} {
		if h := bt.Find(b.HTML(page), "h1"); len(h) != 1 || bt.Text(h[0]) != "Ziņa" {
			t.Errorf("%s: not the fallback page of Ziņa", page)
		}
	}
	b.AssertNoFile("en/news/m/index.html")
}

// TestBuildOptionErrors: a build option or cascade written wrong is an error
// at its line.
func TestBuildOptionErrors(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ fm, want string }{
		{"build: {render: sometimes}", `content/docs/a.lv.md:3: front matter: build: render: want one of always, never, link, got "sometimes"`},
		{"_build: {lists: never}", "content/docs/a.lv.md:3: front matter: _build: lists is not a build option"},
		{"cascade: [1]", "content/docs/a.lv.md:3: front matter: cascade: want a map of front matter fields"},
	} {
		msg := bt.Fail(t, siteYAML+plainLayouts+"-- content/docs/a.lv.md --\n---\ntitle: A\n"+tt.fm+"\n---\n")
		if !strings.Contains(msg, tt.want) {
			t.Errorf("%s: error %q, want %q", tt.fm, msg, tt.want)
		}
	}
	msg := bt.Fail(t, siteYAML+plainLayouts+`-- content/docs/_index.lv.md --
---
title: D
cascade: {date: not a date}
---
-- content/docs/a.lv.md --
---
title: A
---
`)
	if want := `content/docs/a.lv.md:1: front matter: date: cannot read "not a date" as a date; write year-month-day, as in 2024-05-19 (from the cascade at content/docs/_index.lv.md:3)`; !strings.Contains(msg, want) {
		t.Errorf("cascaded bad value: %q, want %q", msg, want)
	}
}

// TestRebuildBuildOptionsAndCascade: edits of cascades, build options and
// fallback: true, which change which pages exist and which lists show them,
// rebuild as a clean build.
func TestRebuildBuildOptionsAndCascade(t *testing.T) {
	r := bt.NewTree(t, buildOptsSite, true)
	r.Rebuild("cascade value", r.Edit("content/docs/_index.lv.md", "author: Komanda", "author: Grupa"))
	r.Rebuild("cascade target", r.Edit("content/docs/_index.lv.md", "/docs/old/**", "/docs/**"))
	r.Rebuild("page under a cascade", r.Edit("content/docs/a.lv.md", "Teksts.", "Cits teksts."))
	r.Rebuild("own value removed", r.Edit("content/docs/b.lv.md", "author: Pats\n", ""))
	r.Rebuild("list local to always", r.Edit("content/docs/local.lv.md", "build: {list: local}", "build: {list: always}"))
	r.Rebuild("headless no more", r.Edit("content/docs/headless/index.lv.md", "headless: true", "headless: false"))
	r.Rebuild("render never", r.Edit("content/docs/a.lv.md", "title: Alfa", "title: Alfa\nbuild: {render: never}"))
	r.Rebuild("section fallback off", r.Edit("content/docs/_index.en.md", "fallback: true", "fallback: false"))
	r.Rebuild("page fallback off", r.Edit("content/news/n.lv.md", "fallback: true", "fallback: false"))
	r.Rebuild("page fallback on", r.Edit("content/news/m.lv.md", "title: Cita", "title: Cita\nfallback: true"))
	r.Rebuild("cascade removed", r.Edit("content/docs/_index.lv.md", "cascade:", "oldCascade:"))
}

// TestCascadeOnItself: a section's cascade applies to the section's own page
// too, as in Hugo: the headless section of snippets that Hugo's
// documentation keeps (_common, cascade: {build: {render: never, list:
// never}}) has no list page, no title to give, and no link in the menu.
func TestCascadeOnItself(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`-- content/_common/_index.lv.md --
---
cascade:
  build: {render: never, list: never}
---
-- content/_common/snip.lv.md --
---
---
Teksts, ko iekļauj citur.
-- content/docs/_index.lv.md --
---
title: Dokumenti
cascade: {author: Komanda}
---
-- layouts/docs/list.html --
{{define "main"}}<h1>{{.Page.Title}}</h1><p class="author">{{.Page.Author}}</p>{{end}}
-- content/docs/a.lv.md --
---
title: A
---
`)
	b.AssertNoFile("lv/_common/index.html")
	b.AssertNoFile("lv/_common/snip/index.html")
	b.AssertFile("lv/docs/index.html", `<p class="author">Komanda</p>`)
	if w := b.Result.Warnings.Error(); w != "" {
		t.Errorf("warnings for pages never rendered:\n%s", w)
	}
	if strings.Contains(b.File("lv/index.html"), "_common") || strings.Contains(b.File("sitemap.xml")+b.File("lv/sitemap.xml"), "_common") {
		t.Error("the headless section is linked")
	}
}
