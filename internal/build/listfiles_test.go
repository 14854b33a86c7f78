package build_test

import (
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// listFilesSite keeps files beside list pages' _index files whose address
// is not their folder's path: a term's folder spelt with capitals and
// letters the address leaves out, and a section whose name differs in a
// language (news is jaunumi in Latvian).
const listFilesSite = siteYAML + `-- content/news/a.lv.md --
---
title: Atklāšana
tags: [Rīga]
---
Teksts.
-- content/tags/Rīga/_index.lv.md --
---
title: Rīga
image: karte.png
---
Pilsētas karte: ![Karte](karte.png)
-- content/tags/Rīga/karte.png --
not really a PNG
-- content/news/_index.lv.md --
---
title: Jaunumi
---
[Gada pārskats](parskats.pdf)
-- content/news/_index.en.md --
---
title: News
---
[Annual report](parskats.pdf)
-- content/news/parskats.pdf --
%PDF-1.4
`

// TestListPageFiles: a file beside a list page's _index file is published
// beside the page, at its address, as Hugo publishes a branch bundle's
// files, so the page's own links and images to it work (they were
// published at the folder's path: a broken image, and for a front matter
// image an error that stopped the build).
func TestListPageFiles(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, listFilesSite)
	b.AssertFile("lv/tags/riga/karte.png", "not really a PNG")
	b.AssertNoFile("lv/tags/Rīga/karte.png")
	b.AssertFile("lv/tags/riga/index.html", `src="karte.png"`)
	b.AssertFile("lv/jaunumi/parskats.pdf", "%PDF-1.4")
	b.AssertFile("en/news/parskats.pdf", "%PDF-1.4")
	b.AssertNoFile("lv/news/parskats.pdf")
}

// TestRebuildListPageFiles: a list page's file, and a file beside it,
// added, changed and removed, rebuild as a clean build.
func TestRebuildListPageFiles(t *testing.T) {
	r := bt.NewTree(t, listFilesSite, true)
	r.Rebuild("a file added beside a term's page", r.Write("content/tags/Rīga/plans.pdf", "%PDF-1.4\n"))
	r.Rebuild("the English section page gets a url: its file moves with it", r.Edit("content/news/_index.en.md", "title: News", "title: News\nurl: /en/updates/"))
	r.Rebuild("a list page's file removed", r.Remove("content/news/_index.lv.md")...)
	r.Rebuild("the term's file removed", r.Remove("content/tags/Rīga/karte.png")...)
}
