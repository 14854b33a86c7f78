package build_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"image/png"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// imageMethodsSite has a shortcode written as Hugo sites write theirs: it
// finds a photo of the page's folder by a pattern and resizes it with the
// method and size its arguments name, and a shortcode that lists the files.
const imageMethodsSite = siteYAML + plainLayouts + `
-- layouts/shortcodes/pic.html --
{{ $orig := .Page.Resources.GetMatch (printf "*%s*" (.Get "img")) }}
{{ $cmd := .Get "command" }}
{{ $new := $orig }}
{{ if eq $cmd "Fit" }}{{ $new = $orig.Fit (.Get "options") }}
{{ else if eq $cmd "Fill" }}{{ $new = $orig.Fill (.Get "options") }}
{{ else if eq $cmd "Crop" }}{{ $new = $orig.Crop (.Get "options") }}
{{ else if eq $cmd "Resize" }}{{ $new = $orig.Resize (.Get "options") }}{{ end }}
<figure><a href="{{ $orig.RelPermalink }}"><img src="{{ $new.RelPermalink }}" width="{{ $new.Width }}" height="{{ $new.Height }}" alt="{{ $new.Name }}"></a><figcaption>{{ .Get "caption" | markdownify }}</figcaption></figure>
-- layouts/shortcodes/files.html --
<ul>{{ range .Page.Resources.ByType "image" }}<li>{{ .Name }} {{ .MediaType }} {{ .MediaType.SubType }} {{ .Width }}x{{ .Height }} {{ .Permalink }}</li>{{ end }}</ul>
<p>{{ len (.Page.Resources.Match "**.{jpg,png}") }} {{ with .Page.Resources.Get "notes.txt" }}{{ .ResourceType }}{{ end }} {{ with .Page.Resources.GetMatch "none*" }}found{{ else }}none{{ end }}</p>
-- content/news/trip/index.lv.md --
---
title: Brauciens
---
{{< pic img="foto" command="Resize" options="700x" caption="Grupa *Rīgā*" >}}

{{< pic img="foto" command="Fit" options="300x300" >}}

{{< pic img="foto" command="Fill" options="200x200 TopLeft q70" >}}

{{< pic img="logo" command="Crop" options="10x10 BottomRight" >}}

{{< pic img="anim" command="Resize" options="x20" >}}

{{< pic img="logo" command="Original" >}}

{{< files >}}
-- content/news/trip/index.en.md --
---
title: Trip
---
{{< pic img="foto" command="Resize" options="700x" >}}
-- content/news/trip/notes.txt --
notes
`

// testPNG is a PNG of w x h, the left half red.
func testPNG(t testing.TB, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := range w / 2 {
		for y := range h {
			img.Set(x, y, color.RGBA{255, 0, 0, 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// animGIF is a GIF of n frames of w x h.
func animGIF(t testing.TB, w, h, n int) []byte {
	t.Helper()
	pal := color.Palette{color.RGBA{255, 0, 0, 255}, color.RGBA{0, 0, 255, 255}}
	g := &gif.GIF{}
	for i := range n {
		f := image.NewPaletted(image.Rect(0, 0, w, h), pal)
		for j := range f.Pix {
			f.Pix[j] = uint8(i % 2)
		}
		g.Image, g.Delay = append(g.Image, f), append(g.Delay, 10)
	}
	var buf bytes.Buffer
	if err := gif.EncodeAll(&buf, g); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestShortcodeImageMethods: Hugo's resource and image methods in a
// shortcode find a page's files and resize its photos through the photo
// resizer: each variant is a file of photos/ of the size asked for, made
// once for every language that shows it, and the page shows its address.
func TestShortcodeImageMethods(t *testing.T) {
	t.Parallel()
	fsys := bt.Site(imageMethodsSite)
	fsys["content/news/trip/foto.jpg"] = &fstest.MapFile{Data: testJPEG(t, 2000, 1000)}
	fsys["content/news/trip/logo.png"] = &fstest.MapFile{Data: testPNG(t, 40, 30)}
	fsys["content/news/trip/anim.gif"] = &fstest.MapFile{Data: animGIF(t, 60, 40, 3)}
	o := bt.Options(fsys)
	o.PhotoCache = t.TempDir()
	res, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	page := string(res.Files.Map()["lv/jaunumi/trip/index.html"])
	sizes := map[string][2]int{}
	for _, m := range regexp.MustCompile(`<img src="/photos/([^"]+)" width="(\d+)" height="(\d+)"`).FindAllStringSubmatch(page, -1) {
		var w, h int
		if _, err := fmt.Sscan(m[2]+" "+m[3], &w, &h); err != nil {
			t.Fatal(err)
		}
		sizes[m[1]] = [2]int{w, h}
		body, ok := res.Files.Map()["photos/"+m[1]]
		if !ok {
			t.Errorf("the page shows /photos/%s, which the build did not write", m[1])
			continue
		}
		cfg, _, err := image.DecodeConfig(bytes.NewReader(body))
		if err != nil || cfg.Width != w || cfg.Height != h {
			t.Errorf("photos/%s is %dx%d (%v), the page says %dx%d", m[1], cfg.Width, cfg.Height, err, w, h)
		}
	}
	if len(sizes) != 5 {
		t.Errorf("%d resized photos on the page, want 5: %v\n%s", len(sizes), sizes, page)
	}
	for _, want := range []string{
		`<a href="/lv/jaunumi/trip/foto.jpg"><img src="/photos/foto-700x350-s-`, `width="700" height="350" alt="foto.jpg">`,
		`width="300" height="150"`, `-200x200-topleft-q70-`, `width="200" height="200"`,
		`-10x10-cut-bottomright-`, `<img src="/photos/anim-30x20-s-`, `.gif" width="30" height="20"`,
		`<a href="/lv/jaunumi/trip/logo.png"><img src="/lv/jaunumi/trip/logo.png" width="40" height="30"`,
		`<figcaption>Grupa <em>Rīgā</em></figcaption>`,
		`<li>anim.gif image/gif gif 60x40 https://example.org/lv/jaunumi/trip/anim.gif</li><li>foto.jpg image/jpeg jpeg 2000x1000 `,
		`<p>2 text none</p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q:\n%s", want, page)
		}
	}
	if anim, err := gif.DecodeAll(bytes.NewReader(res.Files.Map()[firstPhoto(res.Paths, "photos/anim-")])); err != nil || len(anim.Image) != 3 {
		t.Errorf("the resized GIF does not keep its 3 frames (%v)", err)
	}
	en := string(res.Files.Map()["en/news/trip/index.html"])
	if m := regexp.MustCompile(`/photos/foto-700x350-s-[0-9a-f]+\.jpg`).FindString(page); m == "" || !strings.Contains(en, m) {
		t.Errorf("the English page does not show the Latvian page's variant %q:\n%s", m, en)
	}
}

func firstPhoto(paths []string, prefix string) string {
	for _, p := range paths {
		if strings.HasPrefix(p, prefix) {
			return p
		}
	}
	return ""
}

// TestShortcodeImageMethodErrors: a photo that a shortcode does not find,
// or a size it cannot make, stops the build at the line of the .md file and
// the template's, saying what is wrong.
func TestShortcodeImageMethodErrors(t *testing.T) {
	t.Parallel()
	fsys := bt.Site(imageMethodsSite + `
-- content/news/b.lv.md --
---
title: B
---
Teksts.

{{< pic img="nav" command="Fit" options="300x300" >}}
-- content/news/c/index.lv.md --
---
title: C
---
{{< pic img="foto" command="Fit" options="300x" >}}

{{< pic img="foto" command="Resize" options="300x r90" >}}

{{< pic img="notes" command="Resize" options="300x" >}}
-- content/news/c/notes.txt --
x
`)
	fsys["content/news/trip/foto.jpg"] = &fstest.MapFile{Data: testJPEG(t, 2000, 1000)}
	fsys["content/news/trip/logo.png"] = &fstest.MapFile{Data: testPNG(t, 40, 30)}
	fsys["content/news/trip/anim.gif"] = &fstest.MapFile{Data: animGIF(t, 60, 40, 3)}
	fsys["content/news/c/foto.jpg"] = &fstest.MapFile{Data: testJPEG(t, 200, 100)}
	_, err := build.Build(bt.Options(fsys))
	if err == nil {
		t.Fatal("the build succeeded")
	}
	msg := err.Error()
	for _, want := range []string{
		`content/news/b.lv.md:6: shortcode "pic": layouts/shortcodes/pic.html:4:38: Fit "300x300": no such file in the page's folder (.Resources.GetMatch or .Get found none)`,
		`content/news/c/index.lv.md:4: shortcode "pic": layouts/shortcodes/pic.html:4:38: foto.jpg: Fit "300x": Fit needs a width and a height, such as 600x400`,
		`content/news/c/index.lv.md:6: shortcode "pic": layouts/shortcodes/pic.html:7:46: foto.jpg: Resize "300x r90": vestis does not rotate photos`,
		`content/news/c/index.lv.md:8: shortcode "pic": layouts/shortcodes/pic.html:7:46: notes.txt: vestis resizes JPEG, PNG, GIF and WebP photos, not .txt files`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("the errors lack\n%s\nin\n%s", want, msg)
		}
	}
}

// TestRebuildImageMethods: a photo a shortcode finds by a pattern, added,
// replaced by another and removed, rebuilds as a clean build.
func TestRebuildImageMethods(t *testing.T) {
	r := bt.NewTree(t, siteYAML+plainLayouts+`-- layouts/shortcodes/thumb.html --
{{ with .Page.Resources.GetMatch "*foto*" }}<img src="{{ (.Fill "100x50").RelPermalink }}" width="{{ .Width }}">{{ else }}<p>bez foto</p>{{ end }}
-- content/news/trip/index.lv.md --
---
title: Brauciens
---
{{< thumb >}}
`, true)
	r.Rebuild("photo added", r.Write("content/news/trip/foto.jpg", string(testJPEG(t, 400, 300))))
	r.Rebuild("photo replaced", r.Write("content/news/trip/foto.jpg", string(testJPEG(t, 300, 400))))
	r.Rebuild("photo removed", r.Remove("content/news/trip/foto.jpg")...)
}
