package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// missingImageSite has a page naming ../images/a.png, a file of static/images/
// written as if from the site's root (as hugo-clarity's image hook reads it).
const missingImageSite = `-- content/news/a.lv.md --
---
title: A
---
Text.

![A building](../images/a.png)
-- static/images/a.png --
not read
`

// TestMissingImageHugoSite: in a site with Hugo's addresses an image no file
// is published for is a warning at its line, saying the address to write,
// and the page is published with the image as written, as Hugo publishes it,
// where it stopped the build; a site of vestis's own still fails.
func TestMissingImageHugoSite(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+"hugoAddresses: true\n"+missingImageSite)
	b.AssertFile("lv/jaunumi/a/index.html", `<img src="../images/a.png" alt="A building">`)
	want := `content/news/a.lv.md:6: image "../images/a.png": no file is published at /lv/jaunumi/images/a.png; static/images/a.png is published at /images/a.png: write "/images/a.png" (published with the address as written, as Hugo publishes it)`
	if got := b.Result.Warnings.Error(); !strings.Contains(got, want) {
		t.Errorf("warnings lack\n%s\ngot\n%s", want, got)
	}
	if got := bt.Fail(t, siteYAML+missingImageSite); !strings.Contains(got, `content/news/a.lv.md:6: image "../images/a.png": no file is published at /lv/jaunumi/images/a.png; static/images/a.png is published at /images/a.png: write "/images/a.png"`) {
		t.Errorf("vestis site: error %s", got)
	}
}

// TestRebuildMissingImage: an image put in place after the build that warned
// of it, and removed again, rebuilds as a clean build does.
func TestRebuildMissingImage(t *testing.T) {
	r := bt.NewTree(t, siteYAML+"hugoAddresses: true\n"+missingImageSite, false)
	r.Clean()
	r.Rebuild("image put in place", r.Write("static/lv/jaunumi/images/a.png", "not read either"))
	if w := r.Builder.Last().Warnings.Error(); strings.Contains(w, "a.png") {
		t.Errorf("the image in place, still warned: %s", w)
	}
	r.Rebuild("image removed", r.Remove("static/lv/jaunumi/images/a.png")...)
	if w := r.Builder.Last().Warnings.Error(); !strings.Contains(w, "a.png") {
		t.Errorf("the image removed, not warned: %s", w)
	}
}
