package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestHugoSiteData: a Hugo site's own shortcodes read .Site.Data and
// hugo.Data (every
// kind of data file, folders as maps, the site's file over its theme's,
// key by key) and .Site.Language by Hugo's names; a second page of one
// language with a page's translationKey is built alone, with a warning,
// and a bare front matter image no folder holds is a warning, not a stop.
func TestHugoSiteData(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, fixture(t, "site-data"))
	b.AssertFile("about/board/index.html",
		`<p class="person" lang="lv" dir="ltr">Anna, valdes priekšsēdētāja (&#43;371 1) · Rīga 9-17 · Latviešu</p>`,
		`<p class="others">anna=Anna;janis=Jānis;</p>`,
		`hreflang="en"`)
	b.AssertFile("en/about/board/index.html",
		`<p class="person" lang="en" dir="ltr">Anna, chair (&#43;371 1) · Rīga 9-17 · English</p>`,
		`href="/about/board/" hreflang="lv"`)
	if old := b.File("about/vesture/index.html"); strings.Contains(old, "/en/about/board/") {
		t.Errorf("the second Latvian page links the English one as its translation:\n%s", old)
	}
	if en := b.File("en/about/board/index.html"); strings.Contains(en, "/about/vesture/") {
		t.Errorf("the English page links the second Latvian page:\n%s", en)
	}
	warnings := b.Result.Warnings.Error()
	for _, want := range []string{
		`content/about/vesture.lv.md:3: translationKey "board" is also the key of content/about/board.lv.md:3`,
		`it is published with no translations`,
		`content/about/board.lv.md:4: front matter: image "board.jpg" is no file beside the page nor in static/`,
	} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings:\n%s\nwant %q in them", warnings, want)
		}
	}
}

// TestRebuildHugoSiteData: editing the site's or its Hugo theme's data
// files rebuilds as a clean build does.
func TestRebuildHugoSiteData(t *testing.T) {
	r := bt.NewTree(t, fixture(t, "site-data"), true)
	r.Rebuild("theme data", r.Edit("themes/klubs/data/people.json", `"+371 1"`, `"+371 2"`))
	r.Rebuild("site data", r.Edit("data/places/riga.yaml", "Rīga", "Jūrmala"))
}
