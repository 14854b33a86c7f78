package build_test

import (
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// rootLangSite is laid out as Hugo sites are: the default language (en) at
// the site root, Vietnamese below /vi/, and links written as addresses without a
// language prefix, as Hugo sites write them.
const rootLangSite = `-- site.yaml --
baseURL: https://example.org/
title: Ops
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {name: English, title: Ops, weight: 1}
  vi: {name: Tiếng Việt, title: Vận hành, weight: 2}
` + plainLayouts + `-- content/operator/db.en.md --
---
title: Database
aliases: [/old-db/]
---
See [the guide](/docs/guide/#setup) and [the plan](/docs/guide/plan.pdf).
-- content/operator/db.vi.md --
---
title: Datenbank
---
Text.
-- content/operator/only.en.md --
---
title: Only English
---
Text.
-- content/docs/guide/index.vi.md --
---
title: Anleitung
---
[Datenbank](/operator/db) und [alt](/old-db/).

[Nur englisch](/operator/only/), [Feed](/vi/index.xml), [Plan](plan.pdf), [Suche](/operator/db?q=1#x).

[Weg](/operator/gone) und [auch weg](../nope/).
-- content/docs/guide/index.en.md --
---
title: Guide
---
[Database](/operator/db#top) and [Vietnamese](/vi/operator/db/).
-- content/docs/guide/plan.pdf --
plan
`

// TestPathLinks: a link written as an address without the language prefix
// leads to the page of the reader's language when there is one (an alias
// too), and stays as written otherwise; a link to an address at which the
// build writes nothing is a warning at its line, an error with Strict.
func TestPathLinks(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, rootLangSite)
	hrefs := func(page string) []string {
		var out []string
		for _, a := range bt.Find(b.HTML(page), "a") {
			out = append(out, bt.Attr(a, "href"))
		}
		return out
	}
	got := strings.Join(hrefs("vi/docs/guide/index.html"), " ")
	want := "/vi/operator/db/ /vi/operator/db/ /operator/only/ /vi/index.xml plan.pdf /vi/operator/db/?q=1#x /operator/gone ../nope/"
	if got != want {
		t.Errorf("Vietnamese links:\n got %s\nwant %s", got, want)
	}
	if got, want := strings.Join(hrefs("docs/guide/index.html"), " "), "/operator/db#top /vi/operator/db/"; got != want {
		t.Errorf("English links: got %s, want %s", got, want)
	}
	if got, want := strings.Join(hrefs("operator/db/index.html"), " "), "/docs/guide/#setup /docs/guide/plan.pdf"; got != want {
		t.Errorf("English database page links: got %s, want %s", got, want)
	}
	wantWarnings := `content/docs/guide/index.vi.md:8: link to "../nope/": nothing is published at /vi/docs/nope/
content/docs/guide/index.vi.md:8: link to "/operator/gone": nothing is published at /operator/gone`
	if got := b.Result.Warnings.Error(); got != wantWarnings {
		t.Errorf("warnings:\n%s\nwant\n%s", got, wantWarnings)
	}
	msg := bt.Fail(t, rootLangSite, func(o *build.Options) { o.Strict = true })
	if !strings.Contains(msg, `content/docs/guide/index.vi.md:8: link to "/operator/gone": nothing is published at /operator/gone (an error with --strict)`) {
		t.Errorf("with Strict: %s", msg)
	}
}

// TestRebuildPathLinks: links written as addresses follow the pages they
// name across saves: a translation added or removed, a page made or gone.
func TestRebuildPathLinks(t *testing.T) {
	r := bt.NewTree(t, rootLangSite, true)
	r.Rebuild("translation added", r.Write("content/operator/only.vi.md", "---\ntitle: Nur\n---\nText.\n"))
	r.Rebuild("page made", r.Write("content/operator/gone.en.md", "---\ntitle: Back\n---\nText.\n"))
	r.Rebuild("translation removed", r.Remove("content/operator/db.vi.md")...)
	r.Rebuild("broken link added", r.Edit("content/docs/guide/index.en.md", "and [Vietnamese]", "[x](/nowhere/) and [Vietnamese]"))
	r.Rebuild("broken link fixed", r.Edit("content/docs/guide/index.en.md", "/nowhere/", "/operator/only/"))
	r.Rebuild("alias removed", r.Edit("content/operator/db.en.md", "aliases: [/old-db/]", "aliases: []"))
}
