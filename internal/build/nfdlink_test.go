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
