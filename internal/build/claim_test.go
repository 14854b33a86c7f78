package build_test

import (
	"path"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

var claimSite = `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis, weight: 1}
  en: {name: English, title: News, weight: 2}
sections:
  news: {lv: jaunumi, en: news}
taxonomies: [tags]
paginate: 1
` + bt.ExampleTypes + `-- content/news/a.lv.md --
---
title: A
tags: [mit]
---
-- content/news/b.lv.md --
---
title: B
---
`

// TestOutputClaims: an in-memory build (vestis serve, vestis check) refuses two
// outputs of one path, or a file where another output needs a folder, with one
// message naming both sources; outputs of every kind take part.
func TestOutputClaims(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, files, want string
	}{
		{"url over a list's page 2", `-- content/news/x.lv.md --
---
title: X
url: /lv/jaunumi/page/2/
---
`, `content/news/x.lv.md:3: url "/lv/jaunumi/page/2/" is also the address of page 2 of the news list (lv); choose another url`},
		{"bundle file over the sharing card", `-- content/news/trip/index.lv.md --
---
title: Brauciens
---
-- content/news/trip/og.png --
x
`, `content/news/trip/og.png: this file, copied to /lv/jaunumi/trip/og.png, is also the address of the sharing image of content/news/trip/index.lv.md; rename the file`},
		{"url over the redirect from page 1", `-- content/news/x.lv.md --
---
title: X
url: /lv/jaunumi/page/1/
---
`, `content/news/x.lv.md:3: url "/lv/jaunumi/page/1/" is also the address of the redirect from page 1 of the news list (lv); choose another url`},
		{"url where the search index is", `-- content/news/x.lv.md --
---
title: X
url: /lv/search/index.json
---
`, `content/news/x.lv.md:3: url "/lv/search/index.json" needs /lv/search/index.json to be a folder, but that is the address of the search index (lv); choose another url`},
		{"url over the language chooser", `-- content/news/x.lv.md --
---
title: X
url: /
---
`, `content/news/x.lv.md:3: url "/" is also the address of the language chooser; choose another url`},
		{"alias over a sitemap", `-- content/news/x.lv.md --
---
title: X
aliases: [/en/sitemap.xml/]
---
`, `content/news/x.lv.md:3: aliases "/en/sitemap.xml/" needs /en/sitemap.xml to be a folder, but that is the address of the sitemap (en); change or remove the alias`},
		{"static file over a feed", `-- static/en/news/atom.xml --
<feed/>
-- content/news/a.en.md --
---
title: A
---
`, `static/en/news/atom.xml: this file, copied to /en/news/atom.xml, is also the address of the Atom feed of the news list (en); rename the file`},
		// A folder of content/ named like the search page's address (a
		// Hugo theme's content/search/): said at site.yaml with what to
		// write, not between two outputs with neither file nor line.
		{"a section where the search page is", `-- content/search/x.lv.md --
---
title: X
---
`, `site.yaml: the search page's address "/lv/search/" is also the address of the search list (lv); give the search page another address in site.yaml, as in searchPage: find`},
		{"a section's list page where the search page is", `-- content/search/_index.lv.md --
---
title: Meklēt
---
`, `site.yaml: the search page's address "/lv/search/" is also the address of the search list (lv), content/search/_index.lv.md; give the search page another address in site.yaml, as in searchPage: find`},
		{"url where the search page is", `-- content/news/x.lv.md --
---
title: X
url: /lv/search/
---
`, `content/news/x.lv.md:3: url "/lv/search/" is also the address of the search page (lv); choose another url`},
		{"url where a programme's calendar is", `-- content/programs/p.lv.md --
---
title: P
status: open
deadline: 2024-09-01
---
-- content/news/x.lv.md --
---
title: X
url: /lv/programs/p/calendar.ics
---
`, `content/news/x.lv.md:3: url "/lv/programs/p/calendar.ics" needs /lv/programs/p/calendar.ics to be a folder, but that is the address of the calendar of content/programs/p.lv.md; choose another url`},
		{"url where the programmes' calendar is", `-- content/programs/p.lv.md --
---
title: P
status: open
deadline: 2024-09-01
---
-- content/news/x.lv.md --
---
title: X
url: /lv/programs/calendar.ics
---
`, `content/news/x.lv.md:3: url "/lv/programs/calendar.ics" needs /lv/programs/calendar.ics to be a folder, but that is the address of the calendar of the programs list (lv); choose another url`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := bt.Fail(t, claimSite+tt.files); got != tt.want {
				t.Errorf("error:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// TestRebuildReportsClaims: the dev server's builder reports a collision that
// a save makes, keeps the last good result, and builds again once it is fixed.
func TestRebuildReportsClaims(t *testing.T) {
	t.Parallel()
	fsys := bt.Site(claimSite)
	b := build.NewBuilder(bt.Options(fsys))
	good, _, err := b.Rebuild(nil)
	if err != nil {
		t.Fatal(err)
	}
	fsys["static/lv/jaunumi/index.html"] = &fstest.MapFile{Data: []byte("<p>vecs</p>\n")}
	_, _, err = b.Rebuild([]string{"static/lv/jaunumi/index.html"})
	want := `static/lv/jaunumi/index.html: this file, copied to /lv/jaunumi/index.html, is also the address of the news list (lv); rename the file`
	if err == nil || err.Error() != want {
		t.Fatalf("Rebuild error = %v, want %s", err, want)
	}
	if b.Last() != good {
		t.Error("the last good result was replaced after a failed rebuild")
	}
	delete(fsys, "static/lv/jaunumi/index.html")
	if _, _, err := b.Rebuild([]string{"static/lv/jaunumi/index.html"}); err != nil {
		t.Fatalf("rebuild after the fix: %v", err)
	}
}

// TestOwnRobots: a site's static/robots.txt is the one published, in place of
// the one vestis writes; it is not a collision.
func TestOwnRobots(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, claimSite+"-- static/robots.txt --\nUser-agent: *\nDisallow: /\n")
	if got, want := b.File("robots.txt"), "User-agent: *\nDisallow: /\n"; got != want {
		t.Errorf("robots.txt = %q, want the site's own %q", got, want)
	}
	b = bt.Run(t, claimSite)
	b.AssertFile("robots.txt", "Sitemap: https://example.org/sitemap.xml")
}

// TestOwnNotFound: with every language in a folder of its own, a site's
// static/404.html is the root 404 page, in place of the default language's
// that vestis writes there (i2p.net keeps its own); it is not a collision.
// The languages' own 404 pages stay.
func TestOwnNotFound(t *testing.T) {
	t.Parallel()
	site := strings.Replace(claimSite, "defaultLanguage: lv\n", "defaultLanguage: lv\ndefaultLanguageInSubdir: true\n", 1)
	b := bt.Run(t, site+"-- static/404.html --\n<p>Not here.</p>\n")
	if got, want := b.File("404.html"), "<p>Not here.</p>\n"; got != want {
		t.Errorf("404.html = %q, want the site's own %q", got, want)
	}
	b.AssertFile("lv/404.html", `lang="lv"`)
	b = bt.Run(t, site)
	b.AssertFile("404.html", `lang="lv"`)
}

// TestPhotoClaims: a static file named as one of the resized copies of a photo
// in the photo folder is an error naming both, in memory and on disk (where
// photos are found while pages are written), and the previous output stays as
// it was. Two bundles with the same photo make one copy, no error.
func TestPhotoClaims(t *testing.T) {
	t.Parallel()
	fsys := photoSite(t, testJPEG(t, 2000, 1000))
	// Another bundle with the very same photo: the same copies, no collision.
	fsys["content/news/trip2/index.lv.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Otrs\n---\n![Grupa](foto.jpg)\n")}
	fsys["content/news/trip2/foto.jpg"] = fsys["content/news/trip/foto.jpg"]
	o := bt.Options(fsys)
	o.PhotoCache = t.TempDir()
	res, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	var variant string
	copies := 0
	for _, p := range res.Paths {
		if strings.HasPrefix(p, "photos/foto-") {
			variant = path.Base(p)
			copies++
		}
	}
	if variant == "" {
		t.Fatalf("no resized photo in %v", res.Paths)
	}
	if copies != 4 {
		t.Errorf("%d resized copies of the photo of two bundles, want 4 (3 sizes and the sharing image)", copies)
	}
	if !strings.Contains(string(res.Files.Map()["lv/jaunumi/trip2/index.html"]), `src="/photos/foto-`) {
		t.Errorf("the second bundle's page does not show the shared copy")
	}
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := build.BuildTo(o, dest); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dest)

	fsys["static/photos/"+variant] = &fstest.MapFile{Data: []byte("not a photo")}
	want := "static/photos/" + variant + ": this file, copied to /photos/" + variant +
		", is also the address of a resized copy of content/news/trip/foto.jpg; rename the file\n" +
		"static/photos/" + variant + ": this file, copied to /photos/" + variant +
		", is also the address of a resized copy of content/news/trip2/foto.jpg; rename the file"
	if _, err := build.Build(o); err == nil || err.Error() != want {
		t.Errorf("Build: error = %v\nwant %s", err, want)
	}
	if _, err := build.BuildTo(o, dest); err == nil || err.Error() != want {
		t.Errorf("BuildTo: error = %v\nwant %s", err, want)
	}
	if after := snapshot(t, dest); after != before {
		t.Error("the output changed after a failed build")
	}
}

// TestURLOverListPage: a page whose url is the address of a list page (a
// section's, a term's), which Hugo writes one over the other, is left out of
// the output with a warning at its url line naming both; the list is
// published there, whatever the order of files, and the page stays in the
// lists that show it, linking to its address, as in Hugo. A rebuild after a
// save of the page is a clean build's.
func TestURLOverListPage(t *testing.T) {
	t.Parallel()
	site := claimSite + `-- content/news/_index.lv.md --
---
title: Jaunumu saraksts
---
-- content/news/x.lv.md --
---
title: X
url: /lv/jaunumi/
---
Teksts X.
-- content/news/y.lv.md --
---
title: Y
url: /lv/tags/mit/
---
Teksts Y.
`
	b := bt.Run(t, site)
	w := b.Result.Warnings.Error()
	for _, want := range []string{
		`content/news/x.lv.md:3: url "/lv/jaunumi/" is also the address of the news list (lv), content/news/_index.lv.md, which is published there; this page is not`,
		`content/news/y.lv.md:3: url "/lv/tags/mit/" is also the address of the list of tags "mit" (lv), content/news/a.lv.md:3 (tags "mit"), which is published there; this page is not`,
	} {
		if !strings.Contains(w, want) {
			t.Errorf("warnings\n%s\nwant\n%s", w, want)
		}
	}
	b.AssertFile("lv/jaunumi/index.html", "Jaunumu saraksts")
	b.AssertFile("lv/tags/mit/index.html", `href="/lv/jaunumi/a/"`)
	if strings.Contains(b.File("lv/jaunumi/index.html")+b.File("lv/tags/mit/index.html"), "Teksts") {
		t.Errorf("a page that claims a list's address was written there")
	}
	b.AssertFile("lv/index.html", `href="/lv/tags/mit/"`)

	tr := bt.NewTree(t, site, true)
	tr.Edit("content/news/y.lv.md", "Teksts Y.", "Teksts Y, labots.")
	tr.Rebuild("a save of the page left out", "content/news/y.lv.md")
	tr.Edit("content/news/y.lv.md", "url: /lv/tags/mit/", "url: /lv/y/")
	tr.Rebuild("its url changed to an address of its own", "content/news/y.lv.md")
	if got := string(tr.Builder.Last().Files.Map()["lv/y/index.html"]); !strings.Contains(got, "Teksts Y, labots.") {
		t.Errorf("lv/y/index.html after the url changed:\n%s", got)
	}
	tr.Edit("content/news/y.lv.md", "url: /lv/y/", "url: /lv/jaunumi/")
	tr.Rebuild("its url back on a list", "content/news/y.lv.md")
}

// TestHugoAddressesYield: in a site with Hugo's addresses (an imported one),
// a page whose file name gives it a list's address (content/about.md beside
// content/about/) and a second home page (_index.md beside _index.html, as
// themes' demo content leaves behind) are left out with a warning each,
// and the site builds as Hugo builds it; a site of vestis's own gets errors.
// A rebuild after saves of either is a clean build's.
func TestHugoAddressesYield(t *testing.T) {
	t.Parallel()
	site := `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
languages:
  en: {name: English, title: Notes}
defaultLanguageInSubdir: false
hugoAddresses: true
-- content/_index.md --
---
title: Home written in Markdown
---
Welcome.
-- content/_index.html --
---
title: Home left from a demo
---
<p>Demo text.</p>
-- content/about.md --
---
title: About this site
---
Who writes here.
-- content/about/team.md --
---
title: The team
---
Three editors.
`
	b := bt.Run(t, site)
	w := b.Result.Warnings.Error()
	for _, want := range []string{
		`content/about.md: its address /about/ is also the address of the about list (en), which is published there; this page is not (Hugo writes one over the other): rename the file or give the page a slug`,
		`content/_index.md: content/_index.html is also the en page at /, and is published there; this file is left out`,
	} {
		if !strings.Contains(w, want) {
			t.Errorf("warnings\n%s\nwant\n%s", w, want)
		}
	}
	b.AssertFile("about/index.html", `href="/about/team/"`)
	if strings.Contains(b.File("about/index.html"), "Who writes here") {
		t.Errorf("the page was written over its section's list")
	}
	b.AssertFile("index.html", "Demo text.")

	tr := bt.NewTree(t, site, true)
	tr.Edit("content/about.md", "Who writes here.", "Who writes here, and why.")
	tr.Rebuild("a save of the page left out", "content/about.md")
	tr.Edit("content/_index.md", "Welcome.", "Welcome back.")
	tr.Rebuild("a save of the home page left out", "content/_index.md")

	own := strings.Replace(site, "hugoAddresses: true\n", "", 1)
	err := bt.Fail(t, own)
	for _, want := range []string{
		`content/about.md: its address /about/ is also the address of the about list (en); rename the file or give the page a slug`,
		`content/_index.md: is the en home page, and so is content/_index.html; keep one`,
	} {
		if !strings.Contains(err, want) {
			t.Errorf("errors of a site of vestis's own\n%s\nwant\n%s", err, want)
		}
	}
}

// TestTranslationsShareURL: translations that give themselves one address
// with url: /moved (a redirect page written in every language, as Hugo sites
// do) publish the default language's page there, and the others link to it;
// only a translation whose text would be lost is named, in a warning with
// Hugo's addresses and in the claims error of a site of vestis's own. A url
// without its leading slash gives each language its own address.
func TestTranslationsShareURL(t *testing.T) {
	t.Parallel()
	site := `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
languages:
  de: {name: Deutsch, title: Hefte, weight: 1}
  en: {name: English, title: Notebooks, weight: 2}
  fr: {name: Français, title: Cahiers, weight: 3}
hugoAddresses: true
-- content/notes/moved.en.md --
---
title: Moved away
url: /moved
---
-- content/notes/moved.fr.md --
---
title: Déplacé
url: /moved
---

-- content/notes/moved.de.md --
---
title: Umgezogen
url: /moved
---
Dieser Text steht nur hier.
`
	b := bt.Run(t, site)
	b.AssertFile("moved/index.html", "Moved away")
	b.AssertFile("fr/notes/index.html", `href="/moved/"`)
	b.AssertNoFile("fr/moved/index.html")
	w := b.Result.Warnings.Error()
	want := `content/notes/moved.de.md:3: url "/moved" is also the address of its en translation content/notes/moved.en.md, which is published there; this page's text is not (Hugo writes one language over the other): to publish each language at its own address, write the url without its leading slash (moved), which puts it below the language's folder`
	if !strings.Contains(w, want) {
		t.Errorf("warnings\n%s\nwant\n%s", w, want)
	}
	if strings.Contains(w, "moved.fr.md") {
		t.Errorf("a translation with no text of its own loses nothing, yet it is named:\n%s", w)
	}

	tr := bt.NewTree(t, site, true)
	tr.Edit("content/notes/moved.de.md", "steht nur hier.", "steht nur hier, noch.")
	tr.Rebuild("a save of a translation left out", "content/notes/moved.de.md")
	tr.Edit("content/notes/moved.fr.md", "url: /moved", "url: moved")
	tr.Rebuild("a translation given its own address", "content/notes/moved.fr.md")
	if got := string(tr.Builder.Last().Files.Map()["fr/moved/index.html"]); !strings.Contains(got, "Déplacé") {
		t.Errorf("fr/moved/index.html after its url lost the slash:\n%s", got)
	}

	own := strings.Replace(site, "hugoAddresses: true\n", "", 1)
	err := bt.Fail(t, own)
	if want := `content/notes/moved.en.md:3: url "/moved" is also the address of content/notes/moved.de.md:3 (url "/moved"); choose another url`; !strings.Contains(err, want) || strings.Contains(err, "moved.fr.md") {
		t.Errorf("errors of a site of vestis's own\n%s\nwant\n%s", err, want)
	}
	quiet := bt.Run(t, strings.Replace(own, "Dieser Text steht nur hier.\n", "", 1))
	quiet.AssertFile("moved/index.html", "Moved away")
	if w := quiet.Result.Warnings.Error(); strings.Contains(w, "moved") {
		t.Errorf("translations with no text of their own: %s", w)
	}
}
