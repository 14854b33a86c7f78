package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// basePathSite is published below /handbook/, and its pages name the files
// of static/ by their whole address, the base URL's path included, as a
// Hugo site published there writes them.
func basePathSite(t testing.TB, baseURL string) string {
	return `-- site.yaml --
baseURL: ` + baseURL + `
title: Handbook
defaultLanguage: de
languages:
  de: {name: Deutsch, weight: 1}
  fr: {name: Français, weight: 2}
` + plainLayouts + `-- static/img/flow.svg --
<svg xmlns="http://www.w3.org/2000/svg"><title>flow</title></svg>
-- static/img/team.png --
` + string(testPNG(t, 40, 20)) + `
-- content/guide.de.md --
---
title: Anleitung
---
![Ablauf](/handbook/img/flow.svg)

![Das Team](/handbook/img/team.png)
-- content/guide.fr.md --
---
title: Guide
---
{{< figure src="/handbook/img/flow.svg" alt="Déroulement" >}}
`
}

// TestImagesWithTheBasePath: an image named by its address with the base
// URL's path (/handbook/img/flow.svg of a site at .../handbook/) is the file
// of static/ below it, as it is where Hugo publishes the site (each was an
// error: "there is no static/handbook/img/flow.svg"); a photo is resized.
func TestImagesWithTheBasePath(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, basePathSite(t, "https://example.org/handbook/"))
	b.AssertFile("de/guide/index.html", `src="/handbook/img/flow.svg"`, `srcset="/handbook/photos/team-40w-`)
	b.AssertFile("fr/guide/index.html", `src="/handbook/img/flow.svg"`)
}

// TestImagesWithAnotherBasePath: when baseURL does not have that path (a
// site whose base URL is given only when it is published), the error says
// where the file is published and what baseURL would make the address right.
func TestImagesWithAnotherBasePath(t *testing.T) {
	t.Parallel()
	msg := bt.Fail(t, basePathSite(t, "https://example.org/"))
	want := `content/guide.de.md:4: image "/handbook/img/flow.svg": there is no static/handbook/img/flow.svg; static/img/flow.svg is published at /img/flow.svg: ` +
		`if the site is published below /handbook/, give baseURL that path (baseURL: https://example.org/handbook/ in site.yaml, or vestis build --baseURL), or write "/img/flow.svg"`
	if !strings.Contains(msg, want) {
		t.Errorf("error\n%s\nwant\n%s", msg, want)
	}
}
