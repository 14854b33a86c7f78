package build_test

import (
	"cmp"
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

// missingImages are pages naming an image no file is published for, each
// in one of the ways a page names one: in its Markdown, with a shortcode,
// in its front matter; want is the message, html what the page shows.
// place is where the image's file goes; fail, when given, the error of a
// site of vestis's own where it differs from want.
var missingImages = []struct {
	name, site, want, html, place, fail string
}{
	{"markdown", missingImageSite,
		`content/news/a.lv.md:6: image "../images/a.png": no file is published at /lv/jaunumi/images/a.png; static/images/a.png is published at /images/a.png: write "/images/a.png"`,
		`<img src="../images/a.png" alt="A building">`, "static/lv/jaunumi/images/a.png", ""},
	{"shortcode", `-- content/news/a.lv.md --
---
title: A
---
Text.

{{< figure src="/images/b.svg" caption="The hall" >}}
`, `content/news/a.lv.md:6: shortcode "figure": image "/images/b.svg": there is no static/images/b.svg; put the image there, or beside the page and write "b.svg"`,
		`<img src="/images/b.svg" alt="The hall"`, "static/images/b.svg",
		`content/news/a.lv.md:6: shortcode "figure": layouts/shortcodes/figure.html:6:13: image "/images/b.svg": there is no static/images/b.svg`},
	{"front matter", `-- content/news/a.lv.md --
---
title: A
image: /images/c.svg
---
Text.
`, `content/news/a.lv.md:3: front matter: image "/images/c.svg": there is no static/images/c.svg; put the image there, or beside the page and write "c.svg"`,
		`<p>Text.</p>`, "static/images/c.svg", ""},
}

// TestMissingImageHugoSite: in a site with Hugo's addresses an image no file
// is published for, however the page names it, is a warning at its line,
// saying the address to write, and the page is published (the image as
// written, but a cover photo), as Hugo publishes it, where it stopped the
// build; a site of vestis's own still fails with the same message.
func TestMissingImageHugoSite(t *testing.T) {
	t.Parallel()
	for _, tc := range missingImages {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			b := bt.Run(t, siteYAML+"hugoAddresses: true\n"+tc.site)
			b.AssertFile("lv/jaunumi/a/index.html", tc.html)
			if got := b.Result.Warnings.Error(); !strings.Contains(got, tc.want+" (") {
				t.Errorf("warnings lack\n%s\ngot\n%s", tc.want, got)
			}
			if got := bt.Fail(t, siteYAML+tc.site); !strings.Contains(got, cmp.Or(tc.fail, tc.want)) {
				t.Errorf("vestis site: error %s", got)
			}
		})
	}
}

// TestRebuildMissingImage: an image put in place after the build that warned
// of it, and removed again, rebuilds as a clean build does.
func TestRebuildMissingImage(t *testing.T) {
	for _, tc := range missingImages {
		t.Run(tc.name, func(t *testing.T) {
			r := bt.NewTree(t, siteYAML+"hugoAddresses: true\n"+tc.site, false)
			r.Clean()
			name := tc.place[strings.LastIndex(tc.place, "/")+1:]
			r.Rebuild("image put in place", r.Write(tc.place, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))
			if w := r.Builder.Last().Warnings.Error(); strings.Contains(w, name) {
				t.Errorf("the image in place, still warned: %s", w)
			}
			r.Rebuild("image removed", r.Remove(tc.place)...)
			if w := r.Builder.Last().Warnings.Error(); !strings.Contains(w, name) {
				t.Errorf("the image removed, not warned: %s", w)
			}
		})
	}
}

// TestMissingImageCaseTwin: an image whose file is there in another letter
// case (found on the writer's Mac, not on the web server) is named, with
// what to write, in the static folder or beside the page, folders too.
func TestMissingImageCaseTwin(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, site, want string }{
		{"static", `-- content/news/a.lv.md --
---
title: A
---
![Logo](/images/logo.svg)
-- static/images/Logo.SVG --
<svg xmlns="http://www.w3.org/2000/svg"/>
`, `content/news/a.lv.md:4: image "/images/logo.svg": there is no static/images/logo.svg, but there is static/images/Logo.SVG, whose name differs in letter case, which web servers do not ignore; write "/images/Logo.SVG", or rename the file`},
		{"folder", `-- content/news/a.lv.md --
---
title: A
---
![Logo](/pics/logo.svg)
-- static/Pics/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
`, `content/news/a.lv.md:4: image "/pics/logo.svg": there is no static/pics/logo.svg, but there is static/Pics/logo.svg, whose name differs in letter case, which web servers do not ignore; write "/Pics/logo.svg", or rename the file`},
		{"bundle", `-- content/news/a/index.lv.md --
---
title: A
---
![Team](team.svg)
-- content/news/a/Team.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
`, `content/news/a/index.lv.md:4: image "team.svg": there is no content/news/a/team.svg, but there is content/news/a/Team.svg, whose name differs in letter case, which web servers do not ignore; write "Team.svg", or rename the file`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := bt.Fail(t, siteYAML+tc.site); !strings.Contains(got, tc.want) {
				t.Errorf("vestis site: error\n%s\nwant %s", got, tc.want)
			}
			b := bt.Run(t, siteYAML+"hugoAddresses: true\n"+tc.site)
			if got := b.Result.Warnings.Error(); !strings.Contains(got, tc.want) {
				t.Errorf("Hugo site: warnings\n%s\nwant %s", got, tc.want)
			}
		})
	}
}

// TestRebuildCaseTwin: a file in another letter case added after the build
// that warned of the image changes the warning, as a clean build says it.
func TestRebuildCaseTwin(t *testing.T) {
	r := bt.NewTree(t, siteYAML+"hugoAddresses: true\n"+missingImages[1].site, false)
	r.Clean()
	r.Rebuild("twin added", r.Write("static/images/B.svg", `<svg xmlns="http://www.w3.org/2000/svg"/>`))
	if w := r.Builder.Last().Warnings.Error(); !strings.Contains(w, `but there is static/images/B.svg`) {
		t.Errorf("the twin added, not named: %s", w)
	}
}
