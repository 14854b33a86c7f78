package check_test

import (
	"bytes"
	"image"
	"image/jpeg"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
	"github.com/vestis-ssg/vestis/internal/check"
	"golang.org/x/net/html"
)

// TestSummaryURLs: a page whose summary is a photo, a link to a file of its
// bundle and a footnote is shown on the section list and the home page; there
// every image and link of the summary leads where it does on the page itself,
// no footnote reference is left without its footnote, and check, which follows
// every link of the built site, finds nothing.
func TestSummaryURLs(t *testing.T) {
	t.Parallel()
	const archive = `-- site.yaml --
baseURL: https://example.org/
title: Vēstis
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis, weight: 1}
  en: {name: English, title: News, weight: 2}
sections:
  news: {lv: jaunumi, en: news}
-- content/news/trip/index.lv.md --
---
title: Brauciens
date: 2024-05-01
---
![Grupas foto](foto.jpg) Plāns: [PDF](plans.pdf), finansē ERAF[^1].

Otrā rindkopa.

[^1]: Eiropas Reģionālās attīstības fonds.
-- content/news/trip/index.en.md --
---
title: Trip
date: 2024-05-01
---
![Group photo](foto.jpg) The plan: [PDF](plans.pdf), funded by the ERDF[^1].

[^1]: European Regional Development Fund.
-- content/news/trip/plans.pdf --
%PDF-1.4
`
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, image.NewRGBA(image.Rect(0, 0, 1200, 800)), nil); err != nil {
		t.Fatal(err)
	}
	b := bt.Run(t, archive, func(o *build.Options) {
		o.Site.(fstest.MapFS)["content/news/trip/foto.jpg"] = &fstest.MapFile{Data: buf.Bytes()}
	})
	res := b.Result
	for _, tt := range []struct{ list, page string }{
		{"lv/jaunumi/index.html", "/lv/jaunumi/trip/"},
		{"lv/index.html", "/lv/jaunumi/trip/"},
		{"en/news/index.html", "/en/news/trip/"},
		{"en/index.html", "/en/news/trip/"},
	} {
		doc := b.HTML(tt.list)
		var imgs []*html.Node // the photos, not the theme's logo
		for _, img := range bt.Find(doc, "img") {
			if _, ok := bt.AttrOK(img, "srcset"); ok {
				imgs = append(imgs, img)
			}
		}
		if len(imgs) == 0 {
			t.Errorf("%s shows no photo", tt.list)
		}
		for _, img := range imgs {
			src := bt.Attr(img, "src")
			if !strings.HasPrefix(src, "/photos/foto-") || res.Files.Map()[strings.TrimPrefix(src, "/")] == nil {
				t.Errorf("%s: <img src=%q>, want a resized photo under /photos/, which every page shares", tt.list, src)
			}
			for _, c := range strings.Split(bt.Attr(img, "srcset"), ",") {
				if u := strings.Fields(c)[0]; res.Files.Map()[strings.TrimPrefix(u, "/")] == nil {
					t.Errorf("%s: srcset has %q, which the build does not make", tt.list, u)
				}
			}
		}
		pdf := 0
		for _, a := range bt.Find(doc, "a") {
			href := bt.Attr(a, "href")
			if strings.HasSuffix(href, ".pdf") {
				pdf++
				if href != tt.page+"plans.pdf" {
					t.Errorf("%s: link to %q, want %s", tt.list, href, tt.page+"plans.pdf")
				}
			}
			if strings.HasPrefix(href, "#fn") {
				t.Errorf("%s: a link to %q, a footnote the list does not have", tt.list, href)
			}
		}
		if pdf == 0 {
			t.Errorf("%s has no link to the PDF", tt.list)
		}
	}
	// The page itself keeps its footnote.
	if len(bt.Find(b.HTML("lv/jaunumi/trip/index.html"), "a", "href=#fn:1")) != 1 {
		t.Errorf("the page lost its footnote reference")
	}
	for _, p := range check.Run(res, nil).Problems {
		if p.Kind == check.BrokenLink || p.Kind == check.BrokenAnchor {
			t.Errorf("check: %s %s: %s (%s)", p.Kind, p.Page, p.Msg, p.Target)
		}
	}
}
