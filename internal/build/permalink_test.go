package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// permalinkSite dates its press releases' addresses; they were at
// /LANG/SECTION/SLUG/ before, and those addresses redirect.
const permalinkSite = siteYAML + `permalinks:
  news: ["/:section/:year/:month/:slug/", "/:section/:filename/"]
-- content/news/first-news.lv.md --
---
title: Pirmā ziņa
date: 2024-05-19
---
Teksts.
-- content/news/first-news.en.md --
---
title: First news
slug: first.news
date: 2024-05-19
---
Text.
-- content/news/second.lv.md --
---
title: Otrā ziņa
date: 2023-01-02
---
Saite uz [pirmo](first-news.lv.md).
`

// TestPermalinks: site.yaml permalinks give a section's pages addresses made
// of their dates and slugs; former patterns redirect to them.
func TestPermalinks(t *testing.T) {
	b := bt.Run(t, permalinkSite)
	b.AssertFile("lv/jaunumi/2024/05/pirma-zina/index.html", "<h1>Pirmā ziņa</h1>", `hreflang="en" href="https://example.org/en/news/2024/05/first.news/"`)
	b.AssertFile("en/news/2024/05/first.news/index.html", "<h1>First news</h1>")
	b.AssertFile("lv/jaunumi/2023/01/otra-zina/index.html", `href="/lv/jaunumi/2024/05/pirma-zina/"`)
	// The former address redirects.
	b.AssertFile("lv/jaunumi/first-news/index.html", `url=/lv/jaunumi/2024/05/pirma-zina/`)
	b.AssertFile("lv/sitemap.xml", "<loc>https://example.org/lv/jaunumi/2024/05/pirma-zina/</loc>")
}

// TestPermalinkFiles: a pattern ending in .html makes a file address, as
// Hugo's uglyURLs do, as the page's address or as a former one.
func TestPermalinkFiles(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, strings.Replace(permalinkSite, `"/:section/:filename/"]`, `"/:section/:filename.html"]`, 1))
	b.AssertFile("lv/jaunumi/first-news.html", `url=/lv/jaunumi/2024/05/pirma-zina/`)
	b.AssertNoFile("lv/jaunumi/first-news.html/index.html")
	b = bt.Run(t, strings.Replace(permalinkSite, `["/:section/:year/:month/:slug/", "/:section/:filename/"]`, `"/:section/:year/:slug.html"`, 1))
	b.AssertFile("lv/jaunumi/2024/pirma-zina.html", "<h1>Pirmā ziņa</h1>")
	b.AssertFile("lv/jaunumi/2023/otra-zina.html", `href="/lv/jaunumi/2024/pirma-zina.html"`)
}

// TestPermalinkEdits: a save that moves a page's address (its date is in it)
// gives what a clean build gives.
func TestPermalinkEdits(t *testing.T) {
	r := bt.NewTree(t, permalinkSite, false)
	r.Rebuild("a date in the address", r.Edit("content/news/first-news.lv.md", "date: 2024-05-19", "date: 2024-06-01"))
	r.Rebuild("a title in the address", r.Edit("content/news/second.lv.md", "title: Otrā ziņa", "title: Otrā ziņa, labota"))
	r.Rebuild("a body", r.Edit("content/news/second.lv.md", "Saite", "Jauna saite"))
}

// TestPermalinkErrors: a pattern vestis cannot use is an error at its line.
func TestPermalinkErrors(t *testing.T) {
	for _, c := range []struct{ pattern, want string }{
		{`"/:year/:name/"`, "site.yaml:12: permalinks: news: \"/:year/:name/\": unknown :name"},
		{`"/:year/:month/"`, "names no page"},
		{`":slug/"`, "must start with /"},
		{`"/../:slug/"`, "not allowed in a path"},
		{`"/:sections[1-]/:slug/"`, "[1-] is not a slice such as [1:], [:last] or [0]"},
		{`"/:year[1]/:slug/"`, "only :sections takes a slice ([1])"},
		{`"/:sections/"`, "names no page"},
	} {
		msg := bt.Fail(t, siteYAML+"permalinks:\n  news: "+c.pattern+"\n-- content/news/a.lv.md --\n---\ntitle: A\n---\n")
		if !strings.Contains(msg, c.want) {
			t.Errorf("permalink %s: got %q, want %q", c.pattern, msg, c.want)
		}
	}
}

// TestPermalinkSections: Hugo's :sections, whole or sliced, is the folders
// of the page's section, as its default address has them; a folder below
// the top is a section only with its _index file (a page of one without is
// its parent's). A slice that takes none leaves no empty segment.
func TestPermalinkSections(t *testing.T) {
	t.Parallel()
	const site = `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {title: Docs}
hugoAddresses: true
permalinks:
  docs: "/docs/:sections[1:]/:slug/"
  notes: "/:sections[last]/:filename/"
  more: "/m/:sections[0]/:sections[:last]/:sections/:slug/"
-- content/docs/api/_index.md --
---
title: API
---
-- content/docs/api/datagrams.md --
---
title: Datagram sockets
---
-- content/docs/api/v2/bundle/index.md --
---
title: Version two
---
-- content/docs/historical/naming.md --
---
title: Naming
---
-- content/docs/top.md --
---
title: At the top
---
-- content/notes/deep/_index.md --
---
title: Deep
---
-- content/notes/deep/er/n.md --
---
title: N
---
-- content/more/a/_index.md --
---
title: A
---
-- content/more/a/b/_index.md --
---
title: B
---
-- content/more/a/b/c.md --
---
title: C
---
`
	b := bt.Run(t, site)
	for _, f := range []string{
		"docs/api/datagram-sockets/index.html",
		"docs/api/version-two/index.html",
		"docs/naming/index.html",
		"docs/at-the-top/index.html",
		"deep/n/index.html",
		"m/more/more/a/more/a/b/c/index.html",
	} {
		b.AssertFile(f, "<h1>")
	}
}

// TestPermalinksPerLanguage: a language's own permalinks (Hugo's
// languages.X.permalinks) give its pages their addresses, and replace the
// site's for it, as in Hugo: a section they do not name keeps vestis's
// address in that language. Each language keeps its own pattern, and the
// translations link to each other there. A pattern of a language's that
// vestis cannot use is named at its line.
func TestPermalinksPerLanguage(t *testing.T) {
	t.Parallel()
	const site = `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {title: Diary, weight: 1}
  fr:
    title: Journal
    weight: 2
    permalinks:
      posts: /billets/:year/:slug/
permalinks:
  posts: /p/:slug/
  notes: /n/:slug/
-- content/posts/walk.en.md --
---
title: A long walk
date: 2020-03-02
---
We walked.
-- content/posts/walk.fr.md --
---
title: Une longue marche
date: 2020-03-02
---
Nous avons marché.
-- content/notes/rain.en.md --
---
title: Rain
---
-- content/notes/rain.fr.md --
---
title: Pluie
---
`
	b := bt.Run(t, site)
	b.AssertFile("p/a-long-walk/index.html", "We walked.", `href="https://example.org/fr/billets/2020/une-longue-marche/"`)
	b.AssertFile("fr/billets/2020/une-longue-marche/index.html", "Nous avons marché.", `href="https://example.org/p/a-long-walk/"`)
	b.AssertNoFile("fr/p/a-long-walk/index.html")
	b.AssertFile("n/rain/index.html", "Rain")
	b.AssertFile("fr/notes/rain/index.html", "Pluie")

	bad := strings.Replace(site, "posts: /billets/:year/:slug/", "posts: /billets/:annee/:slug/", 1)
	if msg, want := bt.Fail(t, bad), `site.yaml:10: languages: fr: permalinks: posts: "/billets/:annee/:slug/": unknown :annee`; !strings.Contains(msg, want) {
		t.Errorf("got %q, want %q", msg, want)
	}
}

// TestUglyURLs: with uglyURLs (Hugo's, carried over by the import) a page
// is a file, /posts/a.html, so the links its writers wrote for that form
// (b.html beside it, /posts/b.html, ../about.html) lead to pages and give
// no warning; a bundle's files are beside its page's file; a section's list
// is a file too (TestUglyURLLists).
func TestUglyURLs(t *testing.T) {
	t.Parallel()
	const site = `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {title: Diary, weight: 1}
  fr: {title: Journal, weight: 2}
hugoAddresses: true
uglyURLs: true
-- content/posts/a.en.md --
---
title: First walk
---
Then came [the second](b.html), [again](/posts/b.html), [about us](../about.html).
-- content/posts/b.en.md --
---
title: Second walk
---
Back to [the first](a.html).
-- content/posts/trip/index.en.md --
---
title: Trip
---
[The route](route.pdf)
-- content/posts/trip/route.pdf --
%PDF-1.4 a route
-- content/posts/a.fr.md --
---
title: Première marche
---
Puis [la deuxième](/posts/b.html).
-- content/about.en.md --
---
title: About
---
Two walkers.
`
	b := bt.Run(t, site)
	b.AssertFile("posts/a.html", "First walk", `href="b.html"`, `href="/posts/b.html"`)
	b.AssertFile("posts/b.html", "Second walk")
	b.AssertFile("about.html", "Two walkers.")
	b.AssertFile("fr/posts/a.html", "Première marche")
	b.AssertFile("posts/trip.html", `href="route.pdf"`)
	b.AssertFile("posts/route.pdf", "a route") // beside the page's file, as for a permalink ending in .html
	b.AssertFile("posts.html", `href="/posts/a.html"`)
	b.AssertNoFile("posts/a/index.html")
	if w := b.Result.Warnings.Error(); strings.Contains(w, "link to") {
		t.Errorf("links written for the site's .html addresses warn:\n%s", w)
	}
}

// TestUglyURLLists: with uglyURLs every list but a language's home is a
// file, where Hugo writes it: a section at /walks.html, a subsection at
// /walks/hills.html, the taxonomy at /tags.html, a term at /tags/rain.html,
// their further pages at /walks/page/2.html and page 1 sending readers to
// the list, so links a site wrote to those files lead to them; each list's
// folder (/walks/) redirects to it. Feeds, a
// list's own files and the redirect from page 1 stay in the list's folder,
// as in Hugo; the language switcher, the sitemap and the feeds name the
// lists' files.
func TestUglyURLLists(t *testing.T) {
	t.Parallel()
	const site = `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {title: Notebook, weight: 1}
  fr: {title: Carnet, weight: 2}
hugoAddresses: true
uglyURLs: true
paginate: 1
taxonomies: [tags]
-- content/walks/_index.en.md --
---
title: Walks
---
Every walk, and [the rainy ones](/tags/rain.html).
-- content/walks/_index.fr.md --
---
title: Marches
---
-- content/walks/ridge.en.md --
---
title: Ridge
date: 2024-03-02
tags: [rain]
---
Back to [all walks](../walks.html) or [the hills](hills.html).
-- content/walks/ridge.fr.md --
---
title: Crête
date: 2024-03-02
tags: [rain]
---
-- content/walks/lake.en.md --
---
title: Lake
date: 2024-03-01
tags: [rain]
---
An old link to [the walks](/walks/).
-- content/walks/hills/_index.en.md --
---
title: Hills
---
[A map of the hills](map.pdf)
-- content/walks/hills/map.pdf --
%PDF-1.4 a file of the list's bundle
-- content/walks/hills/summit.en.md --
---
title: Summit
date: 2024-02-01
---
`
	b := bt.Run(t, site)
	b.AssertFile("walks.html", "Every walk", `href="/tags/rain.html"`, `href="/walks/page/2.html"`,
		`hreflang="fr" href="https://example.org/fr/walks.html"`, `href="/walks/index.xml"`)
	b.AssertFile("walks/page/2.html", `<link rel="prev" href="/walks.html">`, `https://example.org/walks/page/2.html`)
	b.AssertFile("walks/page/1.html", `http-equiv="refresh"`, `url=/walks.html`)
	b.AssertFile("walks/ridge.html", `href="../walks.html"`, `href="hills.html"`)
	b.AssertFile("walks/hills.html", "Summit", `href="/walks/hills/map.pdf"`) // where it is, from the list's file
	b.AssertFile("walks/hills/map.pdf", "a file of the list's bundle")
	b.AssertFile("walks/hills/page/1.html", `url=/walks/hills.html`)
	b.AssertFile("tags/page/1.html", `url=/tags.html`)
	b.AssertFile("page/1.html", `http-equiv="refresh"`, `url=/"`)
	b.AssertFile("fr/page/1.html", `url=/fr/"`)
	b.AssertFile("tags.html", `href="/tags/rain.html"`)
	b.AssertFile("tags/rain.html", `href="/tags/rain/page/2.html"`)
	b.AssertFile("tags/rain/page/2.html", `href="/walks/`)
	b.AssertFile("fr/walks.html", `hreflang="en" href="https://example.org/walks.html"`)
	b.AssertFile("fr/tags/rain.html", "Crête")
	b.AssertFile("walks/index.xml", "<link>https://example.org/walks.html</link>")
	b.AssertFile("sitemap-en.xml", "<loc>https://example.org/walks.html</loc>", "<loc>https://example.org/tags/rain.html</loc>")
	b.AssertFile("index.html", `href="/walks.html"`)
	b.AssertFile("fr/index.html", "Carnet")
	b.AssertNoFile("walks/page/2/index.html")
	// The folders send readers to the lists: newer Hugo writes sections
	// and taxonomies there (/walks/index.html), and so did vestis.
	for folder, list := range map[string]string{"walks/index.html": "/walks.html", "tags/index.html": "/tags.html",
		"tags/rain/index.html": "/tags/rain.html", "fr/walks/index.html": "/fr/walks.html", "walks/hills/index.html": "/walks/hills.html"} {
		b.AssertFile(folder, `http-equiv="refresh"`, "url="+list)
	}
	b.AssertFile("walks/lake.html", `href="/walks/"`)
	if w := b.Result.Warnings.Error(); strings.Contains(w, "link to") {
		t.Errorf("links written for the lists' .html addresses warn:\n%s", w)
	}
}

// TestUglyURLListEdits: with uglyURLs, saves that add a term, a page to a
// list with one page, a section, and remove them give what a clean build
// gives: the lists' files, their further pages, folders and page 1.
func TestUglyURLListEdits(t *testing.T) {
	r := bt.NewTree(t, `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {title: Notebook, weight: 1}
  fr: {title: Carnet, weight: 2}
hugoAddresses: true
uglyURLs: true
paginate: 1
taxonomies: [tags]
-- content/walks/ridge.en.md --
---
title: Ridge
date: 2024-03-02
tags: [rain]
---
-- content/walks/ridge.fr.md --
---
title: Crête
date: 2024-03-02
---
`, false)
	r.Rebuild("a new term", r.Edit("content/walks/ridge.en.md", "tags: [rain]", "tags: [rain, fog]"))
	r.Rebuild("a second page in the list", r.Write("content/walks/lake.en.md", "---\ntitle: Lake\ndate: 2024-03-01\ntags: [fog]\n---\nBy [the ridge](ridge.html) and [all walks](../walks.html).\n"))
	r.Rebuild("a new section", r.Write("content/notes/first.en.md", "---\ntitle: First note\n---\nSee [the walks](/walks.html).\n"))
	r.Rebuild("the section gone", r.Remove("content/notes/first.en.md")...)
	r.Rebuild("the term gone", r.Edit("content/walks/ridge.en.md", "tags: [rain, fog]", "tags: [rain]"))
}
