package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// hugoAddrYAML is a site that takes Hugo's addresses: names as Hugo
// makes them segments, and (keepCase) in their letters' case.
const hugoAddrYAML = `-- site.yaml --
baseURL: https://example.org/
title: Ops
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {name: English, title: Ops, weight: 1}
  vi: {name: Tiếng Việt, title: Vận hành, weight: 2}
taxonomies: [categories]
hugoAddresses: true
`

const hugoAddrContent = plainLayouts + `-- content/3-metrics/3.1-View Metrics/_index.en.md --
---
title: View metrics
---
-- content/3-metrics/3.1-View Metrics/_index.vi.md --
---
title: Xem số liệu
---
-- content/3-metrics/3.1-View Metrics/Đầu tiên.vi.md --
---
title: Đầu tiên
categories: [Example, Dzīve]
---
-- content/3-metrics/3.1-View Metrics/First.en.md --
---
title: First
categories: [Example]
slug: Step.One
---
`

// TestHugoAddresses: with hugoAddresses, folders, files, slugs and terms
// are at the addresses Hugo gives them (dots, letters of every script, no
// transliteration), and with keepCase in their own letter case, as Hugo's
// disablePathToLower: no redirects needed.
func TestHugoAddresses(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, hugoAddrYAML+hugoAddrContent)
	for _, p := range []string{
		"3-metrics/3.1-view-metrics/index.html", "vi/3-metrics/3.1-view-metrics/index.html",
		"vi/3-metrics/3.1-view-metrics/đầu-tiên/index.html", "3-metrics/3.1-view-metrics/step.one/index.html",
		"categories/example/index.html", "vi/categories/dzīve/index.html",
	} {
		b.AssertFile(p, "<h1>")
	}
	b = bt.Run(t, hugoAddrYAML+"keepCase: true\n"+hugoAddrContent)
	for _, p := range []string{
		"3-metrics/3.1-View-Metrics/index.html", "vi/3-metrics/3.1-View-Metrics/Đầu-tiên/index.html",
		"3-metrics/3.1-View-Metrics/Step.One/index.html", "categories/Example/index.html", "vi/categories/Dzīve/index.html",
	} {
		b.AssertFile(p, "<h1>")
	}
	b.AssertNoFile("categories/example/index.html")
	// Without hugoAddresses, keepCase keeps the case of vestis's own slugs.
	b = bt.Run(t, strings.Replace(hugoAddrYAML, "hugoAddresses: true", "keepCase: true", 1)+hugoAddrContent)
	b.AssertFile("vi/3-metrics/3-1-View-Metrics/Dau-tien/index.html", "<h1>")
	b.AssertFile("vi/categories/Dzive/index.html", "<h1>")
}

// TestKeepCaseCollision: two names that differ in letter case only would
// be two folders that macOS and Windows cannot hold side by side: with
// keepCase, the build refuses them, naming both files.
func TestKeepCaseCollision(t *testing.T) {
	t.Parallel()
	msg := bt.Fail(t, hugoAddrYAML+"keepCase: true\n"+plainLayouts+`-- content/docs/Guide.en.md --
---
title: Guide
---
-- content/docs/guide.en.md --
---
title: guide
categories: [example]
---
-- content/docs/other.en.md --
---
title: Other
categories: [Example]
---
`)
	for _, want := range []string{
		"content/docs/guide.en.md: its address /docs/guide/ differs only in letter case from /docs/Guide/index.html, the address of content/docs/Guide.en.md",
		`content/docs/other.en.md:3: categories "Example" differs only in letter case from /categories/example/index.html, the address of the list of categories "example" (en), content/docs/guide.en.md:3`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("the error lacks %q:\n%s", want, msg)
		}
	}
}

// TestHugoAddressesSlugPath: with hugoAddresses, a slug of several segments
// (slug: /about/team, as themes' demo content writes it) puts the page where
// Hugo does, below the page's folder and its language; a site of vestis's
// own gets an error at the slug's line, and so does an encoded slash.
func TestHugoAddressesSlugPath(t *testing.T) {
	t.Parallel()
	site := hugoAddrYAML + plainLayouts + `-- content/about-team.en.md --
---
title: The team
slug: /about/Our Team
---
-- content/about-team.vi.md --
---
title: Nhóm
slug: gioi-thieu/nhom/
---
-- content/notes/plan.en.md --
---
title: Plan
slug: 2024/plan
---
`
	b := bt.Run(t, site)
	for _, p := range []string{"about/our-team/index.html", "vi/gioi-thieu/nhom/index.html", "notes/2024/plan/index.html"} {
		b.AssertFile(p, "<h1>")
	}
	own := strings.Replace(site, "hugoAddresses: true\n", "", 1)
	if msg, want := bt.Fail(t, own), `content/about-team.en.md:3: front matter: slug: "/about/Our Team" must be one path segment`; !strings.Contains(msg, want) {
		t.Errorf("error\n%s\nwant\n%s", msg, want)
	}
	encoded := strings.Replace(site, "slug: 2024/plan", "slug: 2024%2Fplan", 1)
	if msg, want := bt.Fail(t, encoded), `content/notes/plan.en.md:3: front matter: slug: "2024%2Fplan" must be one path segment`; !strings.Contains(msg, want) {
		t.Errorf("error\n%s\nwant\n%s", msg, want)
	}
}

// TestHugoAddressesSlugPathPermalink: a slug written as a path fills a
// permalink pattern's :slug (and :slugorfilename) with its folders, as
// Hugo's urlize keeps the slashes: /2024/a/b/, not an error.
func TestHugoAddressesSlugPathPermalink(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, hugoAddrYAML+"permalinks:\n  posts: [/:year/:slug/]\n  notes: [/n/:slugorfilename/]\n"+plainLayouts+`-- content/posts/a.en.md --
---
title: A
date: 2024-02-03
slug: a/b
---
-- content/posts/a.vi.md --
---
title: A
date: 2024-02-03
slug: a/b
---
-- content/notes/x.en.md --
---
title: X
slug: /c/d/
---
`)
	for _, p := range []string{"2024/a/b/index.html", "vi/2024/a/b/index.html", "n/c/d/index.html"} {
		b.AssertFile(p, "<h1>")
	}
}

// TestHugoAddressesSpaces: with hugoAddresses, each space of a folder's, a
// file's or a term's name is a hyphen, as in Hugo (a term "Show & Tell" is
// at show--tell, the & left out between two hyphens), where vestis made one
// hyphen of the run and such pages and terms were not where Hugo had them;
// a slug written in front matter has one hyphen for a run, as in Hugo.
func TestHugoAddressesSpaces(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, hugoAddrYAML+plainLayouts+`-- content/My  Notes & X/_index.en.md --
---
title: Notes
---
-- content/My  Notes & X/c  & d.en.md --
---
title: C and D
categories: [Show & Tell, Q&A, a  b]
---
-- content/My  Notes & X/e.en.md --
---
title: E
slug: Show & Tell
---
`)
	for _, p := range []string{
		"my--notes--x/index.html", "my--notes--x/c---d/index.html", "my--notes--x/show-tell/index.html",
		"categories/show--tell/index.html", "categories/qa/index.html", "categories/a--b/index.html",
	} {
		b.AssertFile(p, "<h1>")
	}
}
