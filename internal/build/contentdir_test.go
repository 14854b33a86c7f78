package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// contentDirSite keeps each language's pages in a folder of its own, as
// Hugo's contentDir does, read in place: file names carry no language, a
// page and its translation share a path below their folders, a bundle keeps
// its file, a loose PDF is published below its language's root; what
// content/ holds besides the languages' folders is not read.
const contentDirSite = `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {name: English, title: Guide, weight: 1, contentDir: content.en}
  lv: {name: Latviešu, title: Ceļvedis, weight: 2, contentDir: content/lv}
` + plainLayouts + `-- content.en/_index.md --
---
title: Guide
---
-- content.en/docs/_index.md --
---
title: Docs
---
-- content.en/docs/start.md --
---
title: Start
---
See [the plan](/docs/plan.md).
-- content.en/docs/plan/index.md --
---
title: Plan
---
[The data](data.csv)
-- content.en/docs/plan/data.csv --
a,b
-- content.en/docs/rules.pdf --
%PDF
-- content/lv/_index.md --
---
title: Ceļvedis
---
-- content/lv/docs/_index.md --
---
title: Dokumenti
---
-- content/lv/docs/start.md --
---
title: Sākums
---
Skatīt [plānu](/docs/start.md).
-- content/notes/draft-for-translators.md --
not front matter: not read
`

// TestContentDirInPlace: languages with folders of their own (contentDir)
// are read where they are, with no --rename-content.
func TestContentDirInPlace(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, contentDirSite)
	b.AssertFile("docs/start/index.html", "<title>Start</title>", `href="/docs/plan/"`, `hreflang="lv" href="https://example.org/lv/docs/start/"`)
	b.AssertFile("lv/docs/start/index.html", "<title>Sākums</title>", `href="/lv/docs/start/"`, `hreflang="en" href="https://example.org/docs/start/"`)
	b.AssertFile("docs/plan/index.html", `href="data.csv"`)
	b.AssertFile("docs/plan/data.csv", "a,b")
	b.AssertFile("docs/rules.pdf", "%PDF")
	b.AssertFile("lv/docs/index.html", "Dokumenti")
	b.AssertNoFile("notes/draft-for-translators/index.html")
	b.AssertNoFile("lv/notes/draft-for-translators/index.html")
	if w := b.Result.Warnings.Error(); strings.Contains(w, "draft-for-translators") {
		t.Errorf("a file outside the languages' folders was read:\n%s", w)
	}
}

// TestContentDirErrors: an error in a language's folder names the file
// where it is.
func TestContentDirErrors(t *testing.T) {
	t.Parallel()
	msg := bt.Fail(t, contentDirSite+`-- content/lv/docs/bad.md --
---
title: Slikti
date: 19.05.2023
---
`)
	if want := `content/lv/docs/bad.md:3: front matter: date: cannot read "19.05.2023"`; !strings.Contains(msg, want) {
		t.Errorf("error %q, want %q", msg, want)
	}
}

// TestRebuildContentDir: saves in the languages' folders rebuild as a clean
// build does.
func TestRebuildContentDir(t *testing.T) {
	r := bt.NewTree(t, contentDirSite, true)
	r.Rebuild("title", r.Edit("content.en/docs/start.md", "title: Start", "title: Begin"))
	r.Rebuild("added", r.Write("content/lv/docs/jauna.md", "---\ntitle: Jauna\n---\nTeksts.\n"))
	r.Rebuild("removed", r.Remove("content.en/docs/rules.pdf")...)
}

// TestHugoLayouts: with hugoLayouts, a Hugo site's layouts/ (templates that
// call Hugo's functions) is not read for pages, which the default theme
// renders; its shortcodes run.
func TestHugoLayouts(t *testing.T) {
	t.Parallel()
	const site = siteYAML + `-- layouts/_default/baseof.html --
<html>{{ partial "head.html" . }}</html>
-- layouts/partials/head.html --
<head>{{ .Site.Params.x | relURL }}</head>
-- layouts/shortcodes/note.html --
<aside class="note">{{ .Inner }}</aside>
-- content/news/a.en.md --
---
title: A
---
{{< note >}}Careful{{< /note >}}
`
	if msg := bt.Fail(t, site); !strings.Contains(msg, "layouts/_default/baseof.html") {
		t.Errorf("without hugoLayouts, the Hugo layout is read: want its error, got %q", msg)
	}
	b := bt.Run(t, strings.Replace(site, "taxonomies: [tags]\n", "taxonomies: [tags]\nhugoLayouts: true\n", 1))
	b.AssertFile("en/news/a/index.html", `<aside class="note">Careful</aside>`, "<title>A")
}

// TestSectionAtHome: a site with no home page file whose posts section sets
// url to the home address (a blog whose home is its posts) builds as in
// Hugo: the section is written there, the home page is not.
func TestSectionAtHome(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`-- content/posts/_index.en.md --
---
title: Entries
url: /en/
---
-- content/posts/a.en.md --
---
title: First
---
Text.
-- content/posts/_index.lv.md --
---
title: Ieraksti
---
`)
	b.AssertFile("en/index.html", "<title>Entries</title>", `href="/en/posts/a/"`)
	b.AssertFile("lv/posts/index.html", "<title>Ieraksti</title>")
	b.AssertFile("lv/index.html", "<title>Vēstis</title>")
}

// TestHugoTermAddresses: with hugoTermAddresses, a term is also at the
// address Hugo gave it (letters of every script and slashes kept), which
// redirects; an address that differs in case only is not written.
func TestHugoTermAddresses(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, strings.Replace(siteYAML, "taxonomies: [tags]\n", "taxonomies: [tags]\nhugoTermAddresses: true\n", 1)+plainLayouts+`-- content/news/a.lv.md --
---
title: A
tags: [Dzīve, GNU/Linux, ēdiens, Example]
---
`)
	b.AssertFile("lv/tags/dzive/index.html", "<title>Dzīve")
	b.AssertFile("lv/tags/dzīve/index.html", `http-equiv="refresh"`, "/lv/tags/dzive/")
	b.AssertFile("lv/tags/gnu/linux/index.html", `http-equiv="refresh"`, "/lv/tags/gnu-linux/")
	b.AssertFile("lv/tags/ēdiens/index.html", `http-equiv="refresh"`, "/lv/tags/ediens/")
	b.AssertFile("lv/tags/example/index.html", "<title>Example")
}

// TestContentDirLinkForms: the ways authors of sites with a folder per
// language write links to pages resolve as Hugo resolves them: a ref to a
// path without extension, from the language's folder or relative to the
// page, with a fragment; and a link to a .md file written from content/,
// naming the language's folder.
func TestContentDirLinkForms(t *testing.T) {
	t.Parallel()
	site := `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {name: English, title: Voices, weight: 1, contentDir: content/en}
  vi: {name: Tiếng Việt, title: Giọng nói, weight: 2, contentDir: content/vi}
` + plainLayouts + `-- content/en/install.md --
---
title: Install
---
-- content/en/voices/_index.md --
---
title: Voices
---
-- content/en/posts/release.md --
---
title: Release
---
[a]({{< relref "/install#windows" >}}) [b]({{< relref "../install#linux" >}}) [c]({{< relref "/voices" >}})
-- content/vi/install.md --
---
title: Cài đặt
---
-- content/vi/posts/release.md --
---
title: Phát hành
---
[a]({{< relref "/install#windows" >}}) [d](/vi/install.md)
`
	b := bt.Run(t, site)
	b.AssertFile("posts/release/index.html", `<a href="/install/#windows">a</a>`, `<a href="/install/#linux">b</a>`, `<a href="/voices/">c</a>`)
	b.AssertFile("vi/posts/release/index.html", `<a href="/vi/install/#windows">a</a>`, `<a href="/vi/install/">d</a>`)

	msg := bt.Fail(t, strings.Replace(site, `[d](/vi/install.md)`, `[d](/vi/setup.md)`, 1))
	if want := `content/vi/posts/release.md:4: link to "/vi/setup.md": no such page (content/vi/vi/setup.md)`; !strings.Contains(msg, want) {
		t.Errorf("error\n%s\nwant\n%s", msg, want)
	}
}

// TestContentDirSharedBundleFiles: a translation's bundle in its language's
// own folder (content/lv/docs/plan/ beside content.en/docs/plan/) takes the
// files it does not have from the other languages' bundles, as Hugo shares
// them: its text may name them (a front matter image too), and they are
// published beside it; a file of its own of the same name wins, and the
// other bundle's Markdown files are not shared. A save of the shared file
// gives what a clean build gives.
func TestContentDirSharedBundleFiles(t *testing.T) {
	t.Parallel()
	site := strings.Replace(contentDirSite, "-- content/notes/", `-- content/lv/docs/plan/index.md --
---
title: Plāns
attachment: data.csv
---
[Dati](data.csv), [piezīmes](notes.txt).
-- content/lv/docs/plan/notes.txt --
tikai latviski
-- content.en/docs/plan/notes.txt --
only in English
-- content.en/docs/plan/glossary.md --
---
title: Terms
---
-- content/notes/`, 1)
	b := bt.Run(t, site)
	b.AssertFile("lv/docs/plan/index.html", `href="data.csv"`, `href="notes.txt"`)
	b.AssertFile("lv/docs/plan/data.csv", "a,b")
	b.AssertFile("lv/docs/plan/notes.txt", "tikai latviski")
	b.AssertFile("docs/plan/notes.txt", "only in English")
	b.AssertNoFile("lv/docs/plan/glossary/index.html")
	if w := b.Result.Warnings.Error(); strings.Contains(w, "data.csv") {
		t.Errorf("a shared file is warned of:\n%s", w)
	}
	tr := bt.NewTree(t, site, false)
	tr.Edit("content.en/docs/plan/data.csv", "a,b", "a,b,c")
	tr.Rebuild("a save of the shared file", "content.en/docs/plan/data.csv")
}

// TestImageFromRootInBundle: an image written from the site's root
// (/diagram.svg) where nothing is published, beside a page whose bundle has
// that file, is the bundle's file, as Hugo themes' image render hooks find
// it (Hugo Bootstrap's documentation); what follows the name (?height=120px,
// #center) stays for the theme's styles. A file of static/ at that address
// is still the one shown, and an image in neither place is a warning at its
// line, the page published as Hugo publishes it.
func TestImageFromRootInBundle(t *testing.T) {
	t.Parallel()
	site := `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {title: Guide}
hugoAddresses: true
-- content/docs/drawing/index.md --
---
title: Drawing
---
![The flow](/diagram.svg)

![Smaller](/diagram.svg?height=120px#center)

![The logo](/logo.svg)
-- content/docs/drawing/diagram.svg --
<svg xmlns="http://www.w3.org/2000/svg"><title>flow</title></svg>
-- content/docs/drawing/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg"><title>the bundle's logo</title></svg>
-- static/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg"><title>the site's logo</title></svg>
`
	b := bt.Run(t, site)
	b.AssertFile("docs/drawing/index.html", `src="diagram.svg"`, `src="diagram.svg?height=120px#center"`, `src="/logo.svg"`)
	b.AssertFile("docs/drawing/diagram.svg", "flow")
	b = bt.Run(t, strings.Replace(site, "![The logo](/logo.svg)", "![Missing](/nowhere.svg)", 1))
	b.AssertFile("docs/drawing/index.html", `<img src="/nowhere.svg" alt="Missing">`)
	if msg, want := b.Result.Warnings.Error(), `content/docs/drawing/index.md:8: image "/nowhere.svg": there is no static/nowhere.svg`; !strings.Contains(msg, want) {
		t.Errorf("got %q, want %q", msg, want)
	}
}
