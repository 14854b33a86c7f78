package build_test

import (
	"bytes"
	"image"
	"os"
	"regexp"
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestWebPPhotos: a WebP photo of assets/ that Hugo's figure shortcode names
// (DoIt's example site) is shown by its resized copies, JPEG as Go writes no
// WebP; a shortcode resizes a WebP photo of assets/ and one of a bundle with Hugo's .Resize and .Process; a
// WebP photo a page's Markdown shows from its bundle is published as it is.
func TestWebPPhotos(t *testing.T) {
	t.Parallel()
	webp, err := os.ReadFile("../photo/testdata/flag.webp")
	if err != nil {
		t.Fatal(err)
	}
	fsys := bt.Site(siteYAML + `hugoLayouts: true
-- layouts/shortcodes/small.html --
{{- with .Page.Resources.GetMatch "*.webp" }}{{ with .Resize "300x" }}<img class="small" src="{{ .RelPermalink }}" width="{{ .Width }}" height="{{ .Height }}">{{ end }}
{{- with .Process "resize 600x Center webp q75" }}<img class="mid" width="{{ .Width }}" height="{{ .Height }}">{{ end }}{{ end -}}
{{- with resources.Get "images/flag.webp" }}{{ with .Process "fill 200x100 webp" }}<img class="asset" src="{{ .RelPermalink }}" width="{{ .Width }}" height="{{ .Height }}">{{ end }}{{ end -}}
-- content/news/trip/index.lv.md --
---
title: Ceļojums
---
{{< figure src="/images/flag.webp" alt="Karogs" >}}

{{< small >}}

![Karogs](tuvplans.webp)
`)
	fsys["assets/images/flag.webp"] = &fstest.MapFile{Data: webp}
	fsys["content/news/trip/tuvplans.webp"] = &fstest.MapFile{Data: webp}
	o := bt.Options(fsys)
	o.PhotoCache = t.TempDir()
	res, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	page := string(res.Files.Map()["lv/jaunumi/trip/index.html"])
	for _, tc := range []struct{ re string }{
		{`<img src="/photos/(flag-960w-[0-9a-f]+\.jpg)"`},
		{`<img class="small" src="/photos/(tuvplans-300x200-[^"]+\.jpg)" width="300" height="200"><img class="mid" width="600" height="400">`},
		{`<img class="asset" src="/photos/(flag-200x100-[^"]+\.jpg)" width="200" height="100">`},
	} {
		m := regexp.MustCompile(tc.re).FindStringSubmatch(page)
		if m == nil {
			t.Errorf("the page lacks %s:\n%s", tc.re, page)
			continue
		}
		_, format, err := image.DecodeConfig(bytes.NewReader(res.Files.Map()["photos/"+m[1]]))
		if err != nil || format != "jpeg" {
			t.Errorf("photos/%s is %q (%v), want a JPEG", m[1], format, err)
		}
	}
	if got := res.Files.Map()["lv/jaunumi/trip/tuvplans.webp"]; !bytes.Equal(got, webp) {
		t.Errorf("the bundle's WebP photo is not published as it is (%d bytes)", len(got))
	}
}
