package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

const escapedURLSite = `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis}
sections:
  news: {lv: jaunumi}
-- content/news/a.md --
---
title: A
url: /kafejn%C4%ABca/
aliases: [/vecs%20raksts/]
---
Teksts.
`

// TestEscapedURL: an address copied from a browser's address bar has its
// letters %-escaped (/kafejn%C4%ABca/). Web servers, vestis serve among
// them, decode a request's path before they look for the file, so the page
// was written where no request finds it (kafejn%C4%ABca/index.html, as
// Hugo writes it too): the url and aliases are decoded now.
func TestEscapedURL(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, escapedURLSite)
	b.AssertFile("kafejnīca/index.html", "<h1>A</h1>")
	b.AssertNoFile("kafejn%C4%ABca/index.html")
	b.AssertFile("vecs raksts/index.html", "kafejn")
	b.AssertNoFile("vecs%20raksts/index.html")
}

// TestEscapedURLErrors: an escaped ".." still leaves the site, and a % that
// begins no escape is named.
func TestEscapedURLErrors(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ url, want string }{
		{"/%2e%2e/%2E%2E/x/", `content/news/a.md:3: front matter: url: "/%2e%2e/%2E%2E/x/" would leave the site (no '..', '\' or scheme allowed)`},
		{"/100%/", `content/news/a.md:3: front matter: url: "/100%/" has a % that begins no escape (as %20); write a % in an address as %25`},
	} {
		site := strings.Replace(escapedURLSite, "/kafejn%C4%ABca/", tt.url, 1)
		if got := bt.Fail(t, site); !strings.Contains(got, tt.want) {
			t.Errorf("url %s: error\n%s\nwant it to contain\n%s", tt.url, got, tt.want)
		}
	}
}
