package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// rootSite publishes its default language, Latvian, at the site root.
const rootSite = siteYAML + `defaultLanguageInSubdir: false
-- content/news/a.lv.md --
---
title: Alfa
date: 2024-01-05
---
Teksts.
-- content/news/a.en.md --
---
title: Alpha
date: 2024-01-05
---
Text.
`

// TestDefaultLanguageAtRoot: with defaultLanguageInSubdir: false the default
// language's pages are at /, the others in their folders; no language chooser,
// and hreflang, sitemaps and feeds point at the right addresses.
func TestDefaultLanguageAtRoot(t *testing.T) {
	for _, key := range []string{"defaultLanguageInSubdir", "defaultContentLanguageInSubdir"} {
		t.Run(key, func(t *testing.T) {
			b := bt.Run(t, strings.Replace(rootSite, "defaultLanguageInSubdir", key, 1))
			b.AssertFile("index.html", `<html lang="lv">`, `hreflang="en" href="https://example.org/en/"`, `hreflang="x-default" href="https://example.org/"`)
			b.AssertFile("jaunumi/a/index.html", `<html lang="lv">`, `<link rel="canonical" href="https://example.org/jaunumi/a/">`,
				`hreflang="en" href="https://example.org/en/news/a/"`, `hreflang="x-default" href="https://example.org/jaunumi/a/"`)
			b.AssertFile("en/news/a/index.html", `<html lang="en">`, `href="/jaunumi/a/"`)
			b.AssertFile("404.html", `<html lang="lv">`)
			b.AssertFile("en/404.html", `<html lang="en">`)
			b.AssertFile("index.xml", "<link>https://example.org/</link>", "https://example.org/jaunumi/a/")
			b.AssertFile("jaunumi/index.xml", "https://example.org/jaunumi/a/")
			b.AssertFile("sitemap.xml", "<loc>https://example.org/sitemap-lv.xml</loc>", "<loc>https://example.org/en/sitemap.xml</loc>")
			b.AssertFile("sitemap-lv.xml", "<loc>https://example.org/jaunumi/a/</loc>", `hreflang="en" href="https://example.org/en/news/a/"`)
			for _, gone := range []string{"lv/sitemap.xml", "lv/jaunumi/a/index.html"} {
				b.AssertNoFile(gone)
			}
			// The default language's folder redirects to the root, as Hugo's.
			b.AssertFile("lv/index.html", `<meta http-equiv="refresh" content="0; url=/">`)
			if n := b.Result.PagesByLang["lv"]; n == 0 {
				t.Error("no Latvian pages counted")
			}
		})
	}
}

// TestDefaultLanguageAtRootEdits: live edits of a site with its default
// language at the root give what a clean build gives.
func TestDefaultLanguageAtRootEdits(t *testing.T) {
	r := bt.NewTree(t, rootSite, false)
	r.Rebuild("a title", r.Edit("content/news/a.lv.md", "title: Alfa", "title: Alfa (labots)"))
	r.Rebuild("a new page", r.Write("content/news/b.lv.md", "---\ntitle: Beta\ndate: 2024-02-01\n---\nTeksts.\n"))
	r.Rebuild("back into a folder", r.Edit("site.yaml", "defaultLanguageInSubdir: false", "defaultLanguageInSubdir: true"))
	r.Rebuild("and out again", r.Edit("site.yaml", "defaultLanguageInSubdir: true", "defaultLanguageInSubdir: false"))
}
