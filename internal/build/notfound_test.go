package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
	"golang.org/x/net/html"
)

// TestNotFoundElsewhere: a 404 page gives its message in the site's other
// languages once each: a language with no messages of its own (de, which
// takes the theme's English) is not listed as a copy of the English one.
func TestNotFoundElsewhere(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: true
languages:
  en: {title: News, weight: 1}
  lv: {title: Vēstis, weight: 2}
  de: {title: Nachrichten, weight: 3}
-- content/_index.en.md --
---
title: Home
---
`)
	for page, want := range map[string][]string{
		"en/404.html": {"lv"},
		"lv/404.html": {"en"},
		"de/404.html": {"lv"},
	} {
		doc, err := html.Parse(strings.NewReader(b.File(page)))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && n.Data == "li" && n.Parent != nil && hasClass(n.Parent, "not-found-elsewhere") {
				for _, a := range n.Attr {
					if a.Key == "lang" {
						got = append(got, a.Val)
					}
				}
			}
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s lists the message in %q, want %q", page, got, want)
		}
	}
}

func hasClass(n *html.Node, class string) bool {
	for _, a := range n.Attr {
		if a.Key == "class" && strings.Contains(" "+a.Val+" ", " "+class+" ") {
			return true
		}
	}
	return false
}
