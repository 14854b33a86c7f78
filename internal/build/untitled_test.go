package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestUntitledPages: pages Hugo builds without a title (no title, an empty
// one, no front matter at all) are built, titled after their file or folder
// name, each with a warning naming the file (the home page after its site,
// with none); the default theme never shows an
// empty <title> or heading. Front matter that is broken stays an error.
func TestUntitledPages(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`-- content/docs/_index.en.md --
---
weight: 1
---
-- content/docs/getting-started.en.md --
---
weight: 2
---
First steps.
-- content/docs/create_a_site.en.md --
# Create a site

No front matter.
-- content/docs/empty-title.en.md --
---
title: ""
---
Text.
-- content/_index.en.md --
Home text.
-- content/_index.lv.md --
---
menu: main
---
Sākums.
`)
	for path, want := range map[string]string{
		"en/docs/index.html":                 "Docs",
		"en/docs/getting-started/index.html": "Getting started",
		"en/docs/create-a-site/index.html":   "Create a site",
		"en/docs/empty-title/index.html":     "Empty title",
		"en/index.html":                      "News",
		"lv/index.html":                      "Vēstis",
	} {
		doc := b.HTML(path)
		title := bt.Find(doc, "title")
		if len(title) == 0 || !strings.HasPrefix(bt.Text(title[0]), want) {
			t.Errorf("%s: <title> does not begin with %q", path, want)
		}
		for _, h := range bt.Find(doc, "h1") {
			if strings.TrimSpace(bt.Text(h)) == "" {
				t.Errorf("%s: an empty <h1>", path)
			}
		}
	}
	b.AssertFile("en/docs/index.html", `href="/en/docs/getting-started/"`)
	warns := b.Result.Warnings.Error()
	for _, want := range []string{
		"content/docs/_index.en.md:1: front matter: title: is missing or empty, so the page is titled after its file name",
		"content/docs/create_a_site.en.md:1: the file has no front matter, so the page is titled after its file name",
		"content/docs/empty-title.en.md:2: front matter: title: is missing or empty",
		"content/docs/getting-started.en.md:1: front matter: title: is missing or empty",
	} {
		if !strings.Contains(warns, want) {
			t.Errorf("warnings lack %q:\n%s", want, warns)
		}
	}
	// The home page is titled after its language's site title, as in Hugo,
	// whose sites often give its file no title (only a menu entry, or no
	// front matter): no warning says it is titled after its file.
	if strings.Contains(warns, "content/_index.en.md") || strings.Contains(warns, "content/_index.lv.md") {
		t.Errorf("a warning names the home page, titled after the site:\n%s", warns)
	}

	// Front matter that is not YAML is an error with its line, as in Hugo.
	msg := bt.Fail(t, siteYAML+`-- content/docs/bad.en.md --
---
title: [unclosed
---
`)
	if !strings.Contains(msg, "content/docs/bad.en.md:2: front matter: title: the list opened with [ is not closed") {
		t.Errorf("invalid YAML: error %q does not name content/docs/bad.en.md:2, the title's line", msg)
	}
}

// TestDateLeftAsCode: a date that a generator left unexpanded, as code or a
// template (blogdown's "`r Sys.Date()`"), which Hugo ignores, leaves the page
// undated with a warning; a date written another way stays an error.
func TestDateLeftAsCode(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+"-- content/docs/a.en.md --\n---\ntitle: A\ndate: \"`r Sys.Date()`\"\n---\nText.\n")
	b.AssertFile("en/docs/a/index.html", "Text.")
	if got, want := b.Result.Warnings.Error(), "content/docs/a.en.md:3: front matter: date: \"`r Sys.Date()`\" is not a date, so the page has no date; write year-month-day, as in 2024-05-19"; !strings.Contains(got, want) {
		t.Errorf("warnings:\n%s\nwant %s", got, want)
	}
	msg := bt.Fail(t, siteYAML+"-- content/docs/a.en.md --\n---\ntitle: A\ndate: 19.05.2023\n---\n")
	if want := `content/docs/a.en.md:3: front matter: date: cannot read "19.05.2023" as a date`; !strings.Contains(msg, want) {
		t.Errorf("error %q, want %q", msg, want)
	}
}

// TestFrontMatterWithoutOpening: a file whose first lines are front matter
// but for the opening "---" is an error in a vestis site, and in an imported
// Hugo site (hugoAddresses) is built as Hugo builds it, those lines as text
// and the page titled after its file, with one warning naming the lines
// (docsy-example's Norwegian page, reflowed by a formatter, failed the build).
func TestFrontMatterWithoutOpening(t *testing.T) {
	t.Parallel()
	page := "-- content/docs/spec.en.md --\ntitle: \"Spec\" linkTitle: Spec\ndate: 2017-01-05 description: >\n\n---\n\nThe text.\n" +
		"-- content/_index.en.md --\ntitle: Home\n---\nWelcome.\n"
	msg := bt.Fail(t, siteYAML+page)
	if want := `content/_index.en.md:1: the file has no front matter: begin it with a line "---"`; !strings.Contains(msg, want) {
		t.Errorf("vestis site: error %q, want %q", msg, want)
	}
	b := bt.Run(t, siteYAML+"hugoAddresses: true\n"+page)
	b.AssertFile("en/docs/spec/index.html", "The text.", "title: &ldquo;Spec&rdquo; linkTitle: Spec") // Hugo's typographic quotes
	doc := b.HTML("en/docs/spec/index.html")
	if title := bt.Find(doc, "title"); len(title) == 0 || !strings.HasPrefix(bt.Text(title[0]), "Spec") {
		t.Errorf("<title> is not the file's name")
	}
	warns := b.Result.Warnings.Error()
	for _, want := range []string{
		`content/docs/spec.en.md:1: lines 1 to 4 look like front matter without its opening line "---", so they are published as text, as Hugo publishes them, and the page is titled after its file name; to make them front matter, add a line "---" before line 1`,
		`content/_index.en.md:1: lines 1 to 2 look like front matter without its opening line "---"`,
	} {
		if !strings.Contains(warns, want) {
			t.Errorf("warnings lack %q:\n%s", want, warns)
		}
	}
	if strings.Contains(warns, "the file has no front matter") {
		t.Errorf("a second warning for the same lines:\n%s", warns)
	}
}

// TestAliasWithFragment: an alias holding a #fragment or a ?query, for which
// no redirect can be made (a browser asks for the address before it), is an
// error in a vestis site, and in an imported Hugo site (hugoAddresses) is
// left out with one warning, as Hugo's file there is never reached; the page
// at the address before the # stays that page (jx-docs'
// "/about/features/#promotion" stopped its build).
func TestAliasWithFragment(t *testing.T) {
	t.Parallel()
	pages := `-- content/about/features.en.md --
---
title: Features
---
All of them.
-- content/docs/promotion.en.md --
---
title: Promotion
aliases: ["/about/features/#promotion", "/old?page=2", "/former/"]
---
Promote.
`
	msg := bt.Fail(t, siteYAML+pages)
	if want := `content/docs/promotion.en.md:3: front matter: aliases: "/about/features/#promotion": a browser sends no part of an address from its # on, so a visitor who opens it asks for /about/features/, and no redirect can be made for it alone; remove the alias, or write it without "#promotion"`; !strings.Contains(msg, want) {
		t.Errorf("vestis site: error\n%s\nwant %s", msg, want)
	}
	b := bt.Run(t, siteYAML+"hugoAddresses: true\n"+pages)
	b.AssertFile("en/about/features/index.html", "All of them.")
	b.AssertFile("former/index.html", "/en/docs/promotion/")
	warns := b.Result.Warnings.Error()
	for _, want := range []string{
		`content/docs/promotion.en.md:3: front matter: aliases: "/about/features/#promotion": a browser sends no part of an address from its # on, so a visitor who opens it asks for /about/features/, and no redirect can be made for it alone; remove the alias, or write it without "#promotion"; it is left out, as Hugo's copy there is never reached`,
		`content/docs/promotion.en.md:3: front matter: aliases: "/old?page=2": a server looks for a file by the address without its ?query, so a visitor who opens it asks for /old`,
	} {
		if !strings.Contains(warns, want) {
			t.Errorf("warnings lack %q:\n%s", want, warns)
		}
	}
}

// TestMisspeltTitleHugoSite: a title written under another name (titel:, a
// Dutch writer's) stops a vestis site's build, but in a site with Hugo's
// addresses, which Hugo publishes without the title, it is one warning at
// its line saying both, and the page is titled after its file.
func TestMisspeltTitleHugoSite(t *testing.T) {
	t.Parallel()
	page := `-- content/news/terms-of-service.lv.md --
---
titel: Noteikumi
---
Text.
`
	b := bt.Run(t, siteYAML+"hugoAddresses: true\n"+page)
	b.AssertFile("lv/jaunumi/terms-of-service/index.html", "Text.")
	want := `content/news/terms-of-service.lv.md:2: front matter: title is missing, so the page is titled after its file name; "titel" is not a field vestis reads; did you mean "title"?`
	if got := b.Result.Warnings.Error(); !strings.Contains(got, want) || strings.Count(got, "titel") != 1 {
		t.Errorf("warnings lack, once,\n%s\ngot\n%s", want, got)
	}
	if got := bt.Fail(t, siteYAML+page); !strings.Contains(got, `content/news/terms-of-service.lv.md:2: front matter: title is missing; "titel" is not a field vestis reads`) {
		t.Errorf("vestis site: error %s", got)
	}
}

// TestMisspeltTitleHugoHome: a home page takes its site's title when its
// file gives none, so the warning that it has none is dropped; a misspelt
// title there (titel:) is still pointed out at its line, once, without
// saying the page is titled after its file, which it is not.
func TestMisspeltTitleHugoHome(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+"hugoAddresses: true\n"+`-- content/_index.lv.md --
---
titel: Sākums
---
Welcome.
`)
	want := `content/_index.lv.md:2: front matter: "titel" is not a field vestis reads; did you mean "title"?`
	if got := b.Result.Warnings.Error(); !strings.Contains(got, want) || strings.Count(got, "titel") != 1 {
		t.Errorf("warnings lack, once,\n%s\ngot\n%s", want, got)
	}
	b.AssertFile("lv/index.html", "Welcome.")
}
