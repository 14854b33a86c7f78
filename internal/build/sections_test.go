package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// nestedSite has press releases by year: news/2024 and news/2024/q1 are
// subsections (they have _index files), news/2023 is only a folder.
const nestedSite = siteYAML + `-- content/news/_index.lv.md --
---
title: Jaunumi
---
-- content/news/2024/_index.lv.md --
---
title: Gads 2024
---
Šī gada ziņas.
-- content/news/2024/_index.en.md --
---
title: Year 2024
---
-- content/news/2024/a.lv.md --
---
title: Alfa
date: 2024-05-01
---
Teksts.
-- content/news/2024/q1/_index.lv.md --
---
title: Pirmais ceturksnis
---
-- content/news/2024/q1/c.lv.md --
---
title: Gamma
date: 2024-02-01
---
Teksts par [alfu](../a.lv.md).
-- content/news/2023/b.lv.md --
---
title: Beta
date: 2023-03-01
---
Teksts.
-- content/news/d.lv.md --
---
title: Delta
date: 2022-01-01
---
Teksts.
`

// TestNestedSections: a folder with an _index file below a section is a
// subsection, with its own list of the pages below it, breadcrumbs, feeds and
// address; its section lists every page below it and links the subsection.
func TestNestedSections(t *testing.T) {
	b := bt.Run(t, nestedSite)
	lists := []struct {
		path      string
		show, not []string
	}{
		{"lv/jaunumi/index.html", []string{"Alfa", "Beta", "Gamma", "Delta", `href="/lv/jaunumi/2024/">Gads 2024</a>`}, []string{"Pirmais ceturksnis</a>"}},
		{"lv/jaunumi/2024/index.html", []string{"<h1>Gads 2024</h1>", "Šī gada ziņas.", "Alfa", "Gamma", `href="/lv/jaunumi/2024/q1/">Pirmais ceturksnis</a>`}, []string{"Beta", "Delta"}},
		{"lv/jaunumi/2024/q1/index.html", []string{"Gamma"}, []string{"Alfa", "Beta"}},
		{"en/news/2024/index.html", []string{"<h1>Year 2024</h1>"}, nil},
	}
	for _, l := range lists {
		b.AssertFile(l.path, l.show...)
		for _, s := range l.not {
			if strings.Contains(b.File(l.path), s) {
				t.Errorf("%s shows %q", l.path, s)
			}
		}
	}
	// Pages keep their folders in their addresses; those of a subsection have
	// breadcrumbs from the home page, others need none.
	b.AssertFile("lv/jaunumi/2024/q1/c/index.html", `<nav class="wrap breadcrumbs"`,
		`<li><a href="/lv/">Sākums</a></li>`, `<li><a href="/lv/jaunumi/">Jaunumi</a></li>`,
		`<li><a href="/lv/jaunumi/2024/">Gads 2024</a></li>`, `<li><a href="/lv/jaunumi/2024/q1/">Pirmais ceturksnis</a></li>`,
		`<li aria-current="page">Gamma</li>`, `href="/lv/jaunumi/2024/a/"`)
	b.AssertFile("lv/jaunumi/2023/b/index.html")
	for _, path := range []string{"lv/jaunumi/d/index.html", "lv/jaunumi/2023/b/index.html", "lv/jaunumi/index.html"} {
		if strings.Contains(b.File(path), "breadcrumbs") {
			t.Errorf("%s has breadcrumbs; a page one section deep needs none", path)
		}
	}
	// The subsection is a translation of its English page, with feeds of its own.
	b.AssertFile("lv/jaunumi/2024/index.html", `hreflang="en" href="https://example.org/en/news/2024/"`)
	b.AssertFile("lv/jaunumi/2024/index.xml", "<title>Alfa</title>", "<title>Gamma</title>")
	// Structured data names the whole way down.
	b.AssertFile("lv/jaunumi/2024/q1/c/index.html", `"name":"Pirmais ceturksnis"`)
	b.AssertFile("lv/sitemap.xml", "<loc>https://example.org/lv/jaunumi/2024/q1/</loc>")
}

// TestNestedSectionEdits: live edits inside subsections give what a clean
// build gives, on the fast path and off it.
func TestNestedSectionEdits(t *testing.T) {
	r := bt.NewTree(t, nestedSite, false)
	r.Rebuild("a date that moves a page to the top", r.Edit("content/news/2024/q1/c.lv.md", "date: 2024-02-01", "date: 2024-06-01"))
	r.Rebuild("a subsection's title", r.Edit("content/news/2024/_index.lv.md", "title: Gads 2024", "title: 2024. gads"))
	r.Rebuild("a new subsection", r.Write("content/news/2023/_index.lv.md", "---\ntitle: Gads 2023\n---\n"))
	r.Rebuild("a page moved to another subsection", r.Rename("content/news/2024/a.lv.md", "content/news/2023/a.lv.md")...)
	r.Rebuild("a subsection folder renamed", r.Rename("content/news/2024/q1", "content/news/2024/ceturksnis-1")...)
}

// TestTopLevelPages: a bundle or a file at the top of content/ is a page of
// no section, not a section: it keeps its address and its bundle's files.
func TestTopLevelPages(t *testing.T) {
	b := bt.Run(t, siteYAML+`-- content/about/index.lv.md --
---
title: Par mums
---
Mūsu [logotips](logo.svg).
-- content/about/index.en.md --
---
title: About us
---
Our [logo](logo.svg).
-- content/about/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- content/kontakti.lv.md --
---
title: Kontakti
---
Raksti mums.
-- content/news/a.lv.md --
---
title: Ziņa
date: 2024-01-01
---
Teksts.
`)
	b.AssertFile("lv/about/index.html", "<h1>Par mums</h1>", `<a href="logo.svg">logotips</a>`, `hreflang="en" href="https://example.org/en/about/"`)
	b.AssertFile("lv/about/logo.svg")
	b.AssertFile("en/about/logo.svg")
	b.AssertFile("lv/kontakti/index.html", "<h1>Kontakti</h1>")
	// No list page was made for "about": the menu lists sections only.
	if strings.Contains(b.File("lv/index.html"), `href="/lv/about/">`) {
		t.Error("the home page's menu lists the bundle as a section")
	}
}

// TestSegmentsAsWritten: a slug keeps the dots its writer gave it, and a
// section folder's URL is lower-cased as page slugs are.
func TestSegmentsAsWritten(t *testing.T) {
	b := bt.Run(t, siteYAML+`-- content/Partners/a.lv.md --
---
title: Let's Encrypt
slug: lencr.org
---
Teksts.
`)
	b.AssertFile("lv/partners/lencr.org/index.html", "<h1>Let&#39;s Encrypt</h1>")
	b.AssertFile("lv/partners/index.html", `href="/lv/partners/lencr.org/"`)
	msg := bt.Fail(t, siteYAML+`-- content/news/a.lv.md --
---
title: Punkti
slug: "..."
---
`)
	if !strings.Contains(msg, "content/news/a.lv.md:3") {
		t.Errorf("a slug of dots: %s", msg)
	}
}

// TestLanguagesBeyondTheTheme: a language the default theme has no messages
// for shows English ones, with one warning naming the file it lacks; a
// language written right to left gets dir="rtl".
func TestLanguagesBeyondTheTheme(t *testing.T) {
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
title: Vēstis
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis, weight: 1}
  de: {name: Deutsch, title: Nachrichten, weight: 2}
  he: {name: עברית, title: חדשות, weight: 3}
-- content/news/a.lv.md --
---
title: Ziņa
---
Teksts.
-- content/news/a.de.md --
---
title: Nachricht
---
Text.
-- content/news/a.he.md --
---
title: חדשה
---
טקסט.
`)
	b.AssertFile("de/news/a/index.html", `<html lang="de">`, "Skip to content")
	b.AssertFile("he/news/a/index.html", `<html lang="he" dir="rtl">`, "Skip to content")
	b.AssertFile("lv/news/a/index.html", `<html lang="lv">`)

	// The default language too.
	he := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: he
languages:
  he: {name: עברית, title: חדשות, weight: 1}
  en: {name: English, title: News, weight: 2}
-- content/news/a.he.md --
---
title: חדשה
date: 2024-05-19
---
טקסט.
`)
	he.AssertFile("he/news/a/index.html", `<html lang="he" dir="rtl">`, "Skip to content", `datetime="2024-05-19"><span lang="en" dir="ltr">19 May 2024</span></time>`)
	b.AssertFile("index.html", `lang="he" dir="rtl"`)
	var got []string
	for _, w := range b.Result.MessageWarnings {
		got = append(got, w.String())
	}
	want := []string{
		"i18n/de.yaml: missing; the interface of de pages is in en until you add this file with its messages (copy the default theme's en.yaml)",
		"i18n/he.yaml: missing; the interface of he pages is in en until you add this file with its messages (copy the default theme's en.yaml)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSectionOfSubsectionsOnly: a top-level folder without an _index file
// that holds only subsections (content/about/team/_index.md, no page of its
// own, and none below it in one of the languages) is a section with a list,
// as Hugo makes one, which links its subsections and is their parent in the
// breadcrumbs; a rebuild after its last subsection is removed is a clean
// build's.
func TestSectionOfSubsectionsOnly(t *testing.T) {
	t.Parallel()
	site := siteYAML + `-- content/about/team/_index.lv.md --
---
title: Komanda
---
-- content/about/team/anna.lv.md --
---
title: Anna
---
-- content/about/history/_index.lv.md --
---
title: Vēsture
---
-- content/about/history/_index.en.md --
---
title: History
---
`
	b := bt.Run(t, site)
	b.AssertFile("lv/about/index.html", `href="/lv/about/team/"`, `href="/lv/about/history/"`)
	b.AssertFile("lv/about/team/anna/index.html", `<li><a href="/lv/about/">About</a></li>`, `<li><a href="/lv/about/team/">Komanda</a></li>`)
	b.AssertFile("en/about/index.html", `href="/en/about/history/"`)
	b.AssertFile("en/about/history/index.html", `<li><a href="/en/about/">About</a></li>`)
	tr := bt.NewTree(t, site, true)
	tr.Rebuild("a subsection removed", tr.Remove("content/about/history/_index.lv.md")...)
	tr.Rebuild("the last one removed", tr.Remove("content/about/team")...)
}
