package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestTermWithoutWords: a tag with no letter or digit ("?", "#") has no
// address to be published at. It was left out with no word; now a warning
// at the tags line names it, and the page's other tags are published. An
// empty tag is nothing to warn of.
func TestTermWithoutWords(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis}
sections:
  news: {lv: jaunumi}
  tags: {lv: birkas}
taxonomies: [tags]
-- content/news/a.md --
---
title: A
tags: [Rīga, "?", "#", ""]
---
Teksts.
`)
	b.AssertFile("lv/birkas/riga/index.html", "<h1>Rīga</h1>")
	w := b.Result.Warnings.Error()
	for _, want := range []string{
		`content/news/a.md:3: tags: "?" has no letter or digit to make its address of, so the page is not listed under it; write it in words`,
		`content/news/a.md:3: tags: "#" has no letter or digit`,
	} {
		if !strings.Contains(w, want) {
			t.Errorf("warnings:\n%s\nwant them to contain:\n%s", w, want)
		}
	}
}
