package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// langResourcesSite has a bundle with a file for every language (plan.pdf),
// the English one of the same name (plan.en.pdf), a file only the Vietnamese
// page has (map.vi.svg), and a file in a subfolder (images/logo.svg), each
// linked from the pages.
const langResourcesSite = siteYAML + plainLayouts + `-- content/docs/guide/index.lv.md --
---
title: Ceļvedis
---
[Plāns](plan.pdf) ![Logo](images/logo.svg)
-- content/docs/guide/index.en.md --
---
title: Guide
---
[Plan](plan.pdf) ![Logo](images/logo.svg)
-- content/docs/guide/index.vi.md --
---
title: Hướng dẫn
---
[Kế hoạch](plan.pdf) ![Bản đồ](map.svg)
-- content/docs/guide/plan.pdf --
plan lv
-- content/docs/guide/plan.en.pdf --
plan en
-- content/docs/guide/map.vi.svg --
<svg xmlns="http://www.w3.org/2000/svg"><title>vi</title></svg>
-- content/docs/guide/images/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg"><title>logo</title></svg>
`

// TestLanguageResources: a bundle file named for a language is that
// language's page's file under the plain name, in place of the file the
// others get, and is not published for the other languages; files in a
// bundle's subfolders are published at the same place below the page.
func TestLanguageResources(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, langResourcesSite)
	for path, want := range map[string]string{
		"lv/docs/guide/plan.pdf":        "plan lv\n",
		"en/docs/guide/plan.pdf":        "plan en\n",
		"vi/docs/guide/plan.pdf":        "plan lv\n",
		"lv/docs/guide/images/logo.svg": `<svg xmlns="http://www.w3.org/2000/svg"><title>logo</title></svg>`,
		"en/docs/guide/images/logo.svg": `<svg xmlns="http://www.w3.org/2000/svg"><title>logo</title></svg>`,
		"vi/docs/guide/map.svg":         `<svg xmlns="http://www.w3.org/2000/svg"><title>vi</title></svg>`,
	} {
		if got := b.File(path); got != want && got != want+"\n" {
			t.Errorf("%s = %q, want %q", path, got, want)
		}
	}
	for _, path := range []string{"en/docs/guide/plan.en.pdf", "lv/docs/guide/map.vi.svg", "lv/docs/guide/map.svg", "vi/docs/guide/map.vi.svg"} {
		b.AssertNoFile(path)
	}
	for _, page := range []string{"lv/docs/guide/index.html", "en/docs/guide/index.html"} {
		imgs := bt.Find(b.HTML(page), "img")
		if len(imgs) != 1 || bt.Attr(imgs[0], "src") != "images/logo.svg" {
			t.Errorf("%s: images %v, want one of images/logo.svg", page, imgs)
		}
	}
	if links := bt.Find(b.HTML("vi/docs/guide/index.html"), "a"); len(links) == 0 || bt.Attr(links[len(links)-1], "href") != "plan.pdf" {
		t.Errorf("vi: the link to plan.pdf is missing")
	}
}

// TestRebuildLanguageResources: adding, removing and renaming language
// files of a bundle, and files in its subfolders, rebuilds as a clean build.
func TestRebuildLanguageResources(t *testing.T) {
	r := bt.NewTree(t, langResourcesSite, true)
	r.Rebuild("language file added", r.Write("content/docs/guide/plan.vi.pdf", "plan vi\n"))
	r.Rebuild("language file removed", r.Remove("content/docs/guide/plan.en.pdf")...)
	r.Rebuild("subfolder file added", r.Write("content/docs/guide/images/extra/x.txt", "x\n"))
	r.Rebuild("renamed to a language file", r.Rename("content/docs/guide/images/logo.svg", "content/docs/guide/images/logo.lv.svg")...)
}

// looseFilesSite keeps documents beside a section's pages, outside any
// bundle, as letsencrypt.org's content/en/documents/ does, with the
// default language at the site root.
const looseFilesSite = `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {name: English, title: Docs, weight: 1}
  vi: {name: Tiếng Việt, title: Tài liệu, weight: 2}
` + plainLayouts + `-- content/documents/_index.en.md --
---
title: Documents
---
[Agreement](/documents/agreement.pdf)
-- content/documents/agreement.pdf --
agreement en
-- content/documents/agreement.vi.pdf --
agreement vi
-- content/documents/old/report.txt --
report
-- content/documents/guide/index.en.md --
---
title: Guide
---
-- content/documents/guide/plan.pdf --
plan
-- content/_index.en.md --
---
title: Home
---
![Banner](banner.svg)
-- content/_index.vi.md --
---
title: Trang chủ
---
![Banner](banner.svg)
-- content/banner.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- content/news/_index.en.md --
---
title: News
---
-- content/news/_index.vi.md --
---
title: Tin tức
---
-- content/news/notes.txt --
notes
-- content/news/map.pdf --
map en
-- content/news/map.vi.pdf --
map vi
`

// TestLooseContentFiles: files of content/ outside bundles are published at
// their place, below the default language's root (below a language's root
// when named for it), as Hugo publishes them; those of a folder with list
// pages (the home's, a section's) below the root of each language that has
// one, as Hugo publishes a branch bundle's files; a bundle's stay its own.
func TestLooseContentFiles(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, looseFilesSite)
	for path, want := range map[string]string{
		"documents/agreement.pdf":    "agreement en",
		"vi/documents/agreement.pdf": "agreement vi",
		"documents/old/report.txt":   "report",
		"documents/guide/plan.pdf":   "plan",
		"banner.svg":                 `<svg xmlns="http://www.w3.org/2000/svg"/>`,
		"vi/banner.svg":              `<svg xmlns="http://www.w3.org/2000/svg"/>`,
		"news/notes.txt":             "notes",
		"vi/news/notes.txt":          "notes",
		"news/map.pdf":               "map en",
		"vi/news/map.pdf":            "map vi",
	} {
		if got := strings.TrimSpace(b.File(path)); got != want {
			t.Errorf("%s = %q, want %q", path, got, want)
		}
	}
	b.AssertNoFile("documents/agreement.vi.pdf")
	b.AssertNoFile("vi/documents/old/report.txt")
	if w := b.Result.Warnings.Error(); strings.Contains(w, "agreement") {
		t.Errorf("a link to a loose file is reported: %s", w)
	}
}

// TestRebuildLooseContentFiles: adding, changing and removing loose files
// rebuilds as a clean build does.
func TestRebuildLooseContentFiles(t *testing.T) {
	r := bt.NewTree(t, looseFilesSite, true)
	r.Rebuild("added", r.Write("content/documents/new.pdf", "new\n"))
	r.Rebuild("changed", r.Edit("content/documents/agreement.pdf", "agreement en", "agreement en 2"))
	r.Rebuild("removed", r.Remove("content/documents/agreement.vi.pdf")...)
	r.Rebuild("list page translated", r.Write("content/documents/_index.vi.md", "---\ntitle: Tài liệu\n---\n"))
	r.Rebuild("list page removed", r.Remove("content/news/_index.vi.md")...)
}

// TestBundleMarkdownIsNotAPage: as in Hugo, the Markdown files of a leaf
// bundle other than its index (a headless bundle of a home page's parts, a
// page's notes in a subfolder) are neither pages nor published, while a
// branch bundle's are pages.
func TestBundleMarkdownIsNotAPage(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`-- content/parts/index.lv.md --
---
title: Daļas
headless: true
---
-- content/parts/hero.lv.md --
---
title: Varonis
---
Teksts.
-- content/news/guide/index.lv.md --
---
title: Ceļvedis
---
Teksts.
-- content/news/guide/notes.lv.md --
---
title: Piezīmes
---
-- content/news/guide/more/deeper.lv.md --
---
title: Dziļāk
---
-- content/news/other.lv.md --
---
title: Cits
---
`)
	b.AssertFile("lv/jaunumi/guide/index.html", "Ceļvedis")
	b.AssertFile("lv/jaunumi/other/index.html", "Cits")
	b.AssertFile("lv/jaunumi/index.html", "Ceļvedis", "Cits")
	for _, path := range []string{"lv/parts/index.html", "lv/parts/hero/index.html", "lv/parts/hero.lv.md",
		"lv/jaunumi/guide/notes/index.html", "lv/jaunumi/guide/notes.lv.md", "lv/jaunumi/guide/more/deeper.lv.md", "lv/jaunumi/guide/more/deeper/index.html"} {
		b.AssertNoFile(path)
	}
	if list := b.File("lv/jaunumi/index.html"); strings.Contains(list, "Piezīmes") || strings.Contains(list, "Dziļāk") {
		t.Errorf("the news list shows a bundle's Markdown as pages:\n%s", list)
	}
}

// TestResourcesMetadata: a shortcode reads the title and params that the
// page's front matter resources give its bundle files (Hugo's resources
// metadata: the first entry whose src matches gives the title; params
// merge, the first value of a key winning); a file no entry names has its
// name as title and no params.
func TestResourcesMetadata(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`-- layouts/shortcodes/files.html --
{{ range $.Page.Resources.Match "docs/*" }}[{{ .Title }}|{{ .Params.kind }}|{{ with .Params.ref }}ref {{ . }}{{ end }}]{{ end }}
-- content/docs/forms/index.lv.md --
---
title: Veidlapas
resources:
  - src: docs/plan.pdf
    title: Plāns
    params:
      ref: "17"
  - src: "docs/*.pdf"
    title: Dokuments
    params:
      kind: pdf
      ref: "99"
---
{{< files >}}
-- content/docs/forms/docs/plan.pdf --
plan
-- content/docs/forms/docs/list.pdf --
list
-- content/docs/forms/docs/notes.txt --
notes
`)
	b.AssertFile("lv/docs/forms/index.html", "[Dokuments|pdf|ref 99][docs/notes.txt||][Plāns|pdf|ref 17]")
}
