package build_test

import (
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestHugoHeadingIDs: with hugoAddresses (what vestis import hugo writes),
// or markdown.headingIDs github, headings get the IDs Hugo gives them, so a
// link written for the Hugo site (#tips--tricks) finds its heading; a change
// of the setting rebuilds as a clean build.
func TestHugoHeadingIDs(t *testing.T) {
	const site = `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis}
hugoAddresses: true
-- content/docs/omemo.md --
---
title: OMEMO
---
## Tips & Tricks

## Ārvalstu sadarbība
-- content/docs/clients.md --
---
title: Klienti
---
See [tips](omemo.md#tips--tricks).
`
	b := bt.Run(t, site)
	b.AssertFile("lv/docs/omemo/index.html", `<h2 id="tips--tricks">`, `<h2 id="ārvalstu-sadarbība">`)
	b.AssertFile("lv/docs/clients/index.html", `href="/lv/docs/omemo/#tips--tricks"`)

	r := bt.NewTree(t, site, true)
	r.Rebuild("vestis's IDs", r.Edit("site.yaml", "hugoAddresses: true", "hugoAddresses: true\nmarkdown: {headingIDs: vestis}"))
	r.Rebuild("github-ascii", r.Edit("site.yaml", "headingIDs: vestis", "headingIDs: github-ascii"))
	r.Rebuild("no hugoAddresses", r.Edit("site.yaml", "hugoAddresses: true\nmarkdown: {headingIDs: github-ascii}", "markdown: {headingIDs: github}"))
}
