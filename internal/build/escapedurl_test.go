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

// TestEscapedSlug: a slug copied from an address bar is decoded as a url is:
// caf%C3%A9 was made the segment caf-c3-a9, which no one wrote. The slug is
// then made a segment as any slug is (café is cafe, as without escapes), and
// so is the :slug of a permalink pattern.
func TestEscapedSlug(t *testing.T) {
	t.Parallel()
	site := strings.Replace(escapedURLSite, "url: /kafejn%C4%ABca/\naliases: [/vecs%20raksts/]", "slug: kafejn%C4%ABca", 1)
	b := bt.Run(t, site)
	b.AssertFile("lv/jaunumi/kafejnica/index.html", "<h1>A</h1>")
	b.AssertNoFile("lv/jaunumi/kafejn-c4-abca/index.html")

	site = strings.Replace(site, "  news: {lv: jaunumi}\n", "  news: {lv: jaunumi}\npermalinks:\n  news: /raksti/:slug/\n", 1)
	b = bt.Run(t, site)
	b.AssertFile("lv/raksti/kafejnica/index.html", "<h1>A</h1>")
}

// TestEscapedSlugErrors: an escape that decodes to a / or .. is refused as
// that character is, and a % that begins no escape is named, not dropped.
func TestEscapedSlugErrors(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ slug, want string }{
		{"a%2Fb", `content/news/a.md:3: front matter: slug: "a%2Fb" must be one path segment`},
		{"%2e%2e", `content/news/a.md:3: front matter: slug: "%2e%2e" would leave the site (no '..', '\' or scheme allowed)`},
		{"50%", `content/news/a.md:3: front matter: slug: "50%" has a % that begins no escape (as %20); write a % in an address as %25`},
	} {
		site := strings.Replace(escapedURLSite, "url: /kafejn%C4%ABca/\naliases: [/vecs%20raksts/]", "slug: \""+tt.slug+"\"", 1)
		if got := bt.Fail(t, site); !strings.Contains(got, tt.want) {
			t.Errorf("slug %s: error\n%s\nwant it to contain\n%s", tt.slug, got, tt.want)
		}
	}
}

// TestEscapedFileNames: a file or folder saved under a name copied from an
// address bar (a%20c.md, x%C4%81y/) was made the segment a-20c, x-c4-81y,
// which no one wrote. Its escapes are decoded as a url's and a slug's are,
// then it is a segment like any name; a % that begins no escape is left out
// as before, and an escape that decodes to / or .. makes no folder.
func TestEscapedFileNames(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis}
sections:
  news: {lv: jaunumi}
permalinks:
  events: /notikumi/:slugorfilename/
-- content/news/jauna%20ziņa.md --
---
title: A
---
Teksts.
-- content/kafejn%C4%ABca/_index.md --
---
title: Kafejnīca
---
-- content/kafejn%C4%ABca/ēdienkarte.md --
---
title: Ēdienkarte
---
Teksts.
-- content/news/100%.md --
---
title: Simts
---
Teksts.
-- content/news/a%2Fb%2e%2e.md --
---
title: Slīpsvītra
---
Teksts.
-- content/events/e.md --
---
title: E
slug: "tikšan%C4%81s"
---
Teksts.
`)
	b.AssertFile("lv/jaunumi/jauna-zina/index.html", "<h1>A</h1>")
	b.AssertNoFile("lv/jaunumi/jauna-20zina/index.html")
	b.AssertFile("lv/kafejnica/index.html", "Kafejnīca")
	b.AssertFile("lv/kafejnica/edienkarte/index.html", "<h1>Ēdienkarte</h1>")
	b.AssertFile("lv/jaunumi/100/index.html", "<h1>Simts</h1>")
	b.AssertFile("lv/jaunumi/a-b/index.html", "<h1>Slīpsvītra</h1>")
	b.AssertFile("lv/notikumi/tiksanas/index.html", "<h1>E</h1>")
}

// TestEscapedLinkNames: a Markdown link or image names a file as an address
// does, its %-escapes decoded once (a%20b.md is the file "a b.md"); a file
// really named with an escape (c%20d.md, saved from an address bar) is
// found by its name as written too, so no one has to write c%2520d.md
// (which still works: decoded once, it is c%20d.md). A link no file
// answers either way names it as written.
func TestEscapedLinkNames(t *testing.T) {
	t.Parallel()
	site := `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis}
sections:
  news: {lv: jaunumi}
-- content/news/a b.md --
---
title: Ar atstarpi
---
Teksts.
-- content/news/c%20d.md --
---
title: Ar procentu
---
Teksts.
-- content/news/links.md --
---
title: Saites
---
[decoded](a%20b.md), [as written](c%20d.md), [escaped twice](c%2520d.md), [plain](a b.md)

![logo](logo%20x.svg) ![raw](/img/r%20s.svg)
-- content/news/logo x.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- static/img/r%20s.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
`
	b := bt.Run(t, site)
	b.AssertFile("lv/jaunumi/links/index.html",
		`<a href="/lv/jaunumi/a-b/">decoded</a>`,
		`<a href="/lv/jaunumi/c-d/">as written</a>`,
		`<a href="/lv/jaunumi/c-d/">escaped twice</a>`)
	got := b.File("lv/jaunumi/links/index.html")
	for _, want := range []string{`logo%20x.svg" alt="logo"`, `src="/img/r%2520s.svg"`} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in\n%s", want, got)
		}
	}
	msg := bt.Fail(t, strings.Replace(site, "[plain](a b.md)", "[missing](e%20f.md)", 1))
	if want := `content/news/links.md:4: link to "e%20f.md": no such page (content/news/e f.md)`; !strings.Contains(msg, want) {
		t.Errorf("got\n%s\nwant %s", msg, want)
	}
}
