package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestRebuildLargestSource: the bound on what a page's layout may write
// follows the largest Markdown body of the site through saves, as a clean
// build finds it: when a save makes a page the largest, and when it shrinks
// the largest, so another is.
func TestRebuildLargestSource(t *testing.T) {
	t.Parallel()
	const site = `-- site.yaml --
baseURL: https://example.org/
languages:
  lv: {title: Vēstis}
sections:
  news: {lv: jaunumi}
-- content/news/a.md --
---
title: A
---
Īss.
-- content/news/b.md --
---
title: B
---
` + "Garāks teksts par citiem.\n"
	tr := bt.NewTree(t, site, true)
	check := func(what string) {
		t.Helper()
		if got, want := tr.Builder.Last().Site.LargestSource(), tr.Clean().Site.LargestSource(); got != want {
			t.Errorf("%s: largest body %d bytes, a clean build's %d", what, got, want)
		}
	}
	long := strings.Repeat("Teksts. ", 200)
	tr.Rebuild("a made the largest", tr.Edit("content/news/a.md", "Īss.", long))
	check("a made the largest")
	tr.Rebuild("a shrunk", tr.Edit("content/news/a.md", long, "Īss."))
	check("a shrunk below b")
	tr.Rebuild("b grown", tr.Edit("content/news/b.md", "citiem.", "citiem. "+long))
	check("b grown")
}
