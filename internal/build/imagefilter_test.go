package build_test

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestShortcodeImageFilters: Hugo's images namespace in a shortcode (as
// Hugo's docs' img shortcode and themes' social cards call it): images.Process
// resizes as an image's .Process does; the filters vestis does not apply
// (Grayscale, Sepia, Text) leave the photo as it is and the build says so
// once a page, naming the photo and the filter, rather than failing on an
// unknown function. An inline partial the shortcode file defines
// (_partials/NAME, as Hugo 0.146 names them) is what partial "NAME" runs.
// A copy only resized may be resized, fitted or filled again, as Hugo's
// docs do with the photo of their examples.
func TestShortcodeImageFilters(t *testing.T) {
	t.Parallel()
	fsys := bt.Site(siteYAML + plainLayouts + `
-- layouts/_shortcodes/gray.html --
{{- $i := partial "inline/photo.html" (dict "page" .Page "name" "foto.jpg") }}
{{- $g := $i.Filter images.Grayscale (images.Process "resize 100x") }}
{{- $h := images.Filter (slice images.Sepia (images.Text "Sveiki" (dict "size" 20))) $i }}
<img class="g" src="{{ $g.RelPermalink }}" width="{{ $g.Width }}"><img class="h" src="{{ $h.RelPermalink }}" width="{{ $h.Width }}">
{{- $a := ((resources.Get "img/a.jpg").Resize "200x").Fit "50x50" }}<img class="a" src="{{ $a.RelPermalink }}" width="{{ $a.Width }}" height="{{ $a.Height }}">
{{- $f := ($i.Resize "200x").Fill "50x40 TopRight" }}<img class="f" src="{{ $f.RelPermalink }}" width="{{ $f.Width }}" height="{{ $f.Height }}">
{{- define "_partials/inline/photo.html" }}{{ return .page.Resources.Get .name }}{{ end }}
-- content/news/trip/index.lv.md --
---
title: Brauciens
---
{{< gray >}}

{{< gray >}}
`)
	fsys["content/news/trip/foto.jpg"] = &fstest.MapFile{Data: testJPEG(t, 400, 200)}
	fsys["assets/img/a.jpg"] = &fstest.MapFile{Data: testJPEG(t, 400, 200)}
	o := bt.Options(fsys)
	o.PhotoCache = t.TempDir()
	res, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	page := string(res.Files.Map()["lv/jaunumi/trip/index.html"])
	if !regexp.MustCompile(`<img class="g" src="/photos/[^"]+" width="100">`).MatchString(page) {
		t.Errorf("images.Process in .Filter does not resize the photo to 100 pixels:\n%s", page)
	}
	if !regexp.MustCompile(`<img class="h" src="/lv/jaunumi/trip/foto.jpg" width="400">`).MatchString(page) {
		t.Errorf("images.Filter does not give the photo as it is:\n%s", page)
	}
	if !regexp.MustCompile(`<img class="f" src="/photos/[^"]+" width="50" height="40">`).MatchString(page) {
		t.Errorf("a resized copy filled is not filled as the original would be:\n%s", page)
	}
	if !regexp.MustCompile(`<img class="a" src="/photos/[^"]+" width="50" height="25">`).MatchString(page) {
		t.Errorf("a resized copy of a photo of assets/ fitted is not fitted as the original would be:\n%s", page)
	}
	w := res.Warnings.Error()
	for _, f := range []string{"Grayscale", "Sepia", "Text"} {
		want := "foto.jpg is shown without the " + f + " filter (images." + f + "): vestis resizes images but does not change their colours or shape"
		if n := strings.Count(w, want); n != 1 {
			t.Errorf("warnings say %q %d times, want once:\n%s", want, n, w)
		}
	}
}

// TestCutCopyNotProcessed: a crop of a resized copy, and any processing of
// a copy cut already (.Crop, .Fill), of a bundle's photo or of assets/, shows
// the copy as it is, at its own address and size, with one warning a page
// for each photo and kind of processing, as filters vestis does not apply
// leave the photo (Hugo's docs: three crops of a resized copy stopped the
// build).
func TestCutCopyNotProcessed(t *testing.T) {
	t.Parallel()
	fsys := bt.Site(siteYAML + plainLayouts + `
-- layouts/_shortcodes/cut.html --
{{- $i := .Page.Resources.Get "foto.jpg" }}
{{- $c := ($i.Resize "200x").Crop "50x50" }}<img class="c" src="{{ $c.RelPermalink }}" width="{{ $c.Width }}" height="{{ $c.Height }}">
{{- $f := ($i.Fill "100x100").Fill "40x30" }}<img class="f" src="{{ $f.RelPermalink }}" width="{{ $f.Width }}" height="{{ $f.Height }}">
{{- $a := ((resources.Get "img/a.jpg").Resize "100x").Crop "20x20" }}<img class="a" src="{{ $a.RelPermalink }}" width="{{ $a.Width }}" height="{{ $a.Height }}">
-- content/news/trip/index.lv.md --
---
title: Brauciens
---
{{< cut >}}

{{< cut >}}
`)
	fsys["content/news/trip/foto.jpg"] = &fstest.MapFile{Data: testJPEG(t, 400, 200)}
	fsys["assets/img/a.jpg"] = &fstest.MapFile{Data: testJPEG(t, 400, 200)}
	o := bt.Options(fsys)
	o.PhotoCache = t.TempDir()
	res, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	files := res.Files.Map()
	page := string(files["lv/jaunumi/trip/index.html"])
	for class, size := range map[string]string{"c": `width="200" height="100"`, "f": `width="100" height="100"`, "a": `width="100" height="50"`} {
		m := regexp.MustCompile(`<img class="` + class + `" src="/(photos/[^"]+)" ` + size + `>`).FindStringSubmatch(page)
		if m == nil {
			t.Errorf("img %s is not the copy at its own size (%s):\n%s", class, size, page)
		} else if _, ok := files[m[1]]; !ok {
			t.Errorf("img %s: %s is not published", class, m[1])
		}
	}
	w := res.Warnings.Error()
	for _, want := range []string{
		"content/news/trip/foto.jpg is shown as its resized copy, without the .Crop asked of that copy: vestis crops, and fits or fills a copy cut already, only from the original photo; to show it, call .Crop on the original",
		"content/news/trip/foto.jpg is shown as its resized copy, without the .Fill asked of that copy",
		"assets/img/a.jpg is shown as its resized copy, without the .Crop asked of that copy",
	} {
		if n := strings.Count(w, want); n != 1 {
			t.Errorf("warnings say %q %d times, want once:\n%s", want, n, w)
		}
	}
	if strings.Contains(w, "warnf: images") {
		t.Errorf("vestis's own warning is marked as a shortcode's warnf:\n%s", w)
	}
}
