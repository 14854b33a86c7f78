package build_test

import (
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestRebuildHomeBlocks: a home page shows the latest pages of a section
// (site.yaml's home) with their summaries. A save of one of them shows on
// the home page, as a clean build has it, however far down the block it is;
// a save of an older page, which no block shows, renders the page and the
// lists that show it, not the home page.
func TestRebuildHomeBlocks(t *testing.T) {
	t.Parallel()
	const site = `-- site.yaml --
baseURL: https://example.org/
languages:
  lv: {title: Vēstis}
sections:
  news: {lv: jaunumi}
home:
  - {section: news, limit: 2}
-- content/news/a.md --
---
title: Pirmā
date: 2024-03-01
---
Pirmais teksts.
-- content/news/b.md --
---
title: Otrā
date: 2024-02-01
---
Otrais teksts.
-- content/news/c.md --
---
title: Trešā
date: 2024-01-01
---
Trešais teksts.
`
	tr := bt.NewTree(t, site, false)
	// Rebuild fails unless every output is a clean build's.
	tr.Rebuild("the second latest's text", tr.Edit("content/news/b.md", "Otrais teksts.", "Otrais teksts, labots."))
	tr.Rebuild("the oldest's text", tr.Edit("content/news/c.md", "Trešais teksts.", "Trešais teksts, labots."))
	if n := tr.Builder.Rendered(); n > 2 {
		t.Errorf("a save of a page no home block shows rendered %d pages; want the page and its section's list", n)
	}
}
