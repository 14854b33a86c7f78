package build_test

import (
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestSummaryText: the description, the feed summaries and the search index
// show a summary's words, whatever its markup holds: a ">" in an attribute and
// a comment leak nothing, and no space comes before a full stop.
func TestSummaryText(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
title: Vēstis
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis, weight: 1}
sections:
  news: {lv: jaunumi}
markdown: {unsafe: true}
-- content/news/a.lv.md --
---
title: Fonds
date: 2024-05-01
---
Programmu finansē <a href="https://ec.europa.eu/" title="a > b">ERAF</a><!-- piezīme > redaktoram -->, *ļoti* [labi](https://example.org/ "x > y").

Otrā rindkopa.
`)
	const want = "Programmu finansē ERAF, ļoti labi."
	doc := b.HTML("lv/jaunumi/a/index.html")
	if got := bt.Attr(bt.Find(doc, "meta", "name=description")[0], "content"); got != want {
		t.Errorf("description %q, want %q", got, want)
	}
	var rss struct {
		Items []struct {
			Description string `xml:"description"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal([]byte(b.File("lv/jaunumi/index.xml")), &rss); err != nil {
		t.Fatal(err)
	}
	if len(rss.Items) != 1 || rss.Items[0].Description != want {
		t.Errorf("RSS items %+v, want one with description %q", rss.Items, want)
	}
	// The search index keeps the whole text, the summary where it starts.
	found := false
	frags := strings.TrimPrefix(b.Result.Site.Tree("lv").Search.URLPath, "/") + "f/"
	for _, p := range b.Result.Paths {
		if !strings.HasPrefix(p, frags) {
			continue
		}
		var frag map[string]any
		if err := json.Unmarshal([]byte(b.File(p)), &frag); err != nil {
			t.Fatal(err)
		}
		if frag["t"] == "Fonds" {
			found = true
			if frag["x"] != want+" Otrā rindkopa." {
				t.Errorf("search fragment text %q, want %q", frag["x"], want+" Otrā rindkopa.")
			}
		}
	}
	if !found {
		t.Errorf("the search index has no fragment for the page: %v", b.Result.Paths)
	}
}
