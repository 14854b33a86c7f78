package build_test

import (
	"net/url"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestLinkAcrossNormalization: macOS stores a Vietnamese or Latvian file
// name with its accents apart from their letters (NFD), while a link typed
// on another computer has them joined (NFC), or the other way round. The
// two look the same, so the link finds the page either way.
func TestLinkAcrossNormalization(t *testing.T) {
	t.Parallel()
	decomposed := norm.NFD.String("tiếng-việt")
	site := `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: vi
languages:
  vi: {name: Tiếng Việt, title: Tin}
sections:
  news: {vi: tin}
-- content/news/` + decomposed + `.md --
---
title: Bài viết
---
Nội dung.
-- content/news/ghi-chu.md --
---
title: Ghi chú
---
[Bài viết](tiếng-việt.md) và [lại](` + decomposed + `.md)
`
	if !strings.Contains(site, decomposed) || decomposed == "tiếng-việt" {
		t.Fatal("the fixture's file name is not decomposed")
	}
	b := bt.Run(t, site)
	b.AssertFile("vi/tin/ghi-chu/index.html", `<a href="/vi/tin/tieng-viet/">Bài viết</a>`, `<a href="/vi/tin/tieng-viet/">lại</a>`)
}

// TestImageAcrossNormalization: an image saved on macOS (its name NFD) and
// named in Markdown typed elsewhere (NFC) is found, beside the page and in
// static/, and its address names the file as it is published, so that a
// web server, which compares bytes, finds it.
func TestImageAcrossNormalization(t *testing.T) {
	t.Parallel()
	decomposed := norm.NFD.String("sơ-đồ")
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: vi
languages:
  vi: {name: Tiếng Việt, title: Tin}
sections:
  news: {vi: tin}
-- content/news/bai/index.md --
---
title: Bài
---
![Sơ đồ](sơ-đồ.svg) ![Chung](/chung/sơ-đồ.svg)
-- content/news/bai/`+decomposed+`.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- static/chung/`+decomposed+`.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
`)
	escaped := (&url.URL{Path: decomposed}).EscapedPath()
	b.AssertFile("vi/tin/bai/index.html", `src="`+escaped+`.svg"`, `src="/chung/`+escaped+`.svg"`)
	b.AssertFile("vi/tin/bai/" + decomposed + ".svg")
}

// TestSectionFolderAcrossNormalization: a section's folder saved on macOS
// (its name NFD) is the section site.yaml names (typed NFC), and the other
// way round: its pages, subsections, list and files are published at the
// section's address in each language, with the section's layouts (in a
// folder named either way). They were a section of their own, published at
// the folder's name made an address (/lv/zinas/), in silence.
func TestSectionFolderAcrossNormalization(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, yaml, folder string }{
		{"folder decomposed", "ziņas", norm.NFD.String("ziņas")},
		{"site.yaml decomposed", norm.NFD.String("ziņas"), "ziņas"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if tc.yaml == tc.folder {
				t.Fatal("the fixture's names are the same")
			}
			site := `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis, weight: 1}
  en: {name: English, title: News, weight: 2}
sections:
  ` + tc.yaml + `: {lv: zinjas, en: items}
menu: [` + tc.yaml + `]
-- content/` + tc.folder + `/_index.md --
---
title: Ziņas
---
-- content/` + tc.folder + `/a.md --
---
title: Pirmā
date: 2024-05-01
---
Teksts.
-- content/` + tc.folder + `/a.en.md --
---
title: First
date: 2024-05-01
---
Text.
-- content/` + tc.folder + `/2024/_index.md --
---
title: Gads
---
-- content/` + tc.folder + `/2024/b.md --
---
title: Otrā
date: 2024-06-01
---
Teksts.
-- content/` + tc.folder + `/plans.pdf --
%PDF-1.4
-- content/` + tc.folder + `/c/index.md --
---
title: Ar attēlu
date: 2024-04-01
---
![Foto](foto.svg) [Pirmā](../a.md)
-- content/` + tc.folder + `/c/foto.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- layouts/` + tc.folder + `/single.html --
{{ define "main" }}<p class="own">{{ .Page.Title }}</p>{{ template "partials/content.html" . }}{{ end }}
`
			b := bt.Run(t, site)
			b.AssertFile("lv/zinjas/c/index.html", `src="foto.svg"`, `href="/lv/zinjas/a/"`)
			b.AssertFile("lv/zinjas/c/foto.svg")
			b.AssertFile("lv/zinjas/a/index.html", `<p class="own">Pirmā</p>`)
			b.AssertFile("en/items/a/index.html", "First")
			b.AssertFile("lv/zinjas/2024/b/index.html", "Otrā")
			b.AssertFile("lv/zinjas/index.html", `href="/lv/zinjas/a/"`, `href="/lv/zinjas/2024/"`)
			b.AssertFile("lv/zinjas/2024/index.html", `href="/lv/zinjas/2024/b/"`)
			b.AssertFile("lv/zinjas/plans.pdf")
			b.AssertNoFile("lv/zinas/a/index.html")
			// Saves take the fast path to what a clean build gives.
			r := bt.NewTree(t, site, true)
			r.Rebuild("a page's text saved", r.Edit("content/"+tc.folder+"/a.md", "Teksts.", "Labots."))
			r.Write("content/"+tc.folder+"/2024/d.md", "---\ntitle: Jauna\ndate: 2024-05-02\n---\nTeksts.\n")
			r.Rebuild("a page added", "content/"+tc.folder+"/2024/d.md")
		})
	}
}
