package build_test

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
	"github.com/vestis-ssg/vestis/internal/photo"
)

func photoSite(t *testing.T, photo []byte) fstest.MapFS {
	t.Helper()
	fsys := bt.Site(siteYAML + `
-- content/news/trip/index.lv.md --
---
title: Brauciens
image: foto.jpg
---
Teksts.

![Grupas foto](foto.jpg)

![Otrs](foto.jpg)
`)
	fsys["content/news/trip/foto.jpg"] = &fstest.MapFile{Data: photo}
	return fsys
}

func testJPEG(t testing.TB, w, h int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, image.NewRGBA(image.Rect(0, 0, w, h)), nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestPhotos: a bundle's photo is resized into the site's photo folder, the <img> gets
// srcset, sizes, width, height and lazy loading after the first, and the
// page's sharing image is the photo cut to 1200x630.
func TestPhotos(t *testing.T) {
	t.Parallel()
	o := bt.Options(photoSite(t, testJPEG(t, 2000, 1000)))
	o.PhotoCache = t.TempDir()
	res, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	page := string(res.Files.Map()["lv/jaunumi/trip/index.html"])
	var variants []string
	var shared string
	for _, p := range res.Paths {
		if strings.HasPrefix(p, "photos/foto-") {
			cfg, err := jpeg.DecodeConfig(bytes.NewReader(res.Files.Map()[p]))
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			if strings.Contains(p, "-1200x630-") {
				shared = p
				if cfg.Width != 1200 || cfg.Height != 630 {
					t.Errorf("%s is %dx%d", p, cfg.Width, cfg.Height)
				}
				continue
			}
			variants = append(variants, p)
			if !strings.Contains(p, "-"+strconv.Itoa(cfg.Width)+"w-") {
				t.Errorf("%s is %d px wide", p, cfg.Width)
			}
		}
	}
	if len(variants) != 3 {
		t.Fatalf("variants %v, want 480, 960 and 1600 px", variants)
	}
	if shared == "" {
		t.Fatalf("no sharing image of 1200x630 among %v", res.Paths)
	}
	if res.Files.Map()["lv/jaunumi/trip/og.png"] != nil {
		t.Errorf("a page with a photo has a drawn card too")
	}
	for _, want := range []string{`srcset="/photos/foto-480w-`, ` 480w, /photos/foto-960w-`, ` 1600w"`, `width="2000" height="1000"`, `sizes="`, `alt="Grupas foto"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if strings.Count(page, `loading="lazy"`) != 1 {
		t.Errorf("want lazy loading on the second photo only")
	}
	if want := `<meta property="og:image" content="https://example.org/` + shared + `">`; !strings.Contains(page, want) {
		t.Errorf("the page lacks %s", want)
	}

	// A second build takes the sizes from the cache: marked copies come back.
	again, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range append(variants, shared) {
		if !bytes.Equal(again.Files.Map()[p], res.Files.Map()[p]) {
			t.Errorf("%s differs between builds", p)
		}
	}
}

func TestCorruptPhoto(t *testing.T) {
	t.Parallel()
	_, err := build.Build(bt.Options(photoSite(t, []byte("\xff\xd8 not really"))))
	if err == nil || !strings.Contains(err.Error(), "content/news/trip/index.lv.md") || !strings.Contains(err.Error(), "content/news/trip/foto.jpg") {
		t.Errorf("error = %v, want one naming the page and the image file", err)
	}
}

// TestPhotoCacheWrongEntry: when every file of the photo cache holds another
// image (a hash collision under the old 40-bit names, a file cut short by a
// crash, another site's entry), the build publishes the right variants anyway.
func TestPhotoCacheWrongEntry(t *testing.T) {
	t.Parallel()
	o := bt.Options(photoSite(t, testJPEG(t, 2000, 1000)))
	o.PhotoCache = t.TempDir()
	first, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(o.PhotoCache)
	var photos int
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".png") { // the drawn cards of the pages without a photo
			entries[photos] = e
			photos++
		}
	}
	entries = entries[:photos]
	if err != nil || len(entries) != 4 {
		t.Fatalf("cache holds %d photos (%v), want 4 (3 sizes and the sharing image)", len(entries), err)
	}
	wrong := testJPEG(t, 480, 240) // an image of the right size, but black
	for _, e := range entries {
		if err := os.WriteFile(filepath.Join(o.PhotoCache, e.Name()), wrong, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	again, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range first.Paths {
		if strings.HasPrefix(p, "photos/foto-") {
			n++
			if !bytes.Equal(again.Files.Map()[p], first.Files.Map()[p]) {
				t.Errorf("%s: the build published the wrong cache entry", p)
			}
		}
	}
	if n != 4 {
		t.Errorf("%d variants, want 4 (3 sizes and the sharing image)", n)
	}
}

// TestPhotoFileTooLarge: a "photo" of 3 GB (a sparse file: it takes no room,
// and tells by its size alone) is refused by its size before it is read, with
// the page, line and file.
func TestPhotoFileTooLarge(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	for name, f := range photoSite(t, nil) {
		bt.WriteFile(t, root, name, string(f.Data))
	}
	if err := os.Truncate(filepath.Join(root, "content/news/trip/foto.jpg"), 3<<30); err != nil {
		t.Fatal(err)
	}
	o := bt.Options(nil)
	o.Site = os.DirFS(root)
	_, err := build.Build(o)
	want := `content/news/trip/index.lv.md:7: image "foto.jpg": content/news/trip/foto.jpg: 3072 MB is more than a photo can need (at most 512 MB); is it a photo?`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v\nwant it to contain %s", err, want)
	}
}

// sharedPhotoSite is a site whose one photo in static/ is shown by n pages in
// each of three languages, and whose bundle photo is shown in three languages.
func sharedPhotoSite(t testing.TB, n int, shared, bundle []byte) fstest.MapFS {
	t.Helper()
	var b strings.Builder
	b.WriteString(siteYAML)
	for i := range n {
		for _, lang := range []string{"lv", "en", "vi"} {
			fmt.Fprintf(&b, "-- content/news/p%d.%s.md --\n---\ntitle: P%d %s\n---\n![Logo](/img/logo.jpg)\n\nText %d.\n", i, lang, i, lang, i)
		}
	}
	for _, lang := range []string{"lv", "en", "vi"} {
		fmt.Fprintf(&b, "-- content/news/trip/index.%s.md --\n---\ntitle: Trip %s\nimage: foto.jpg\n---\n![Group](foto.jpg)\n", lang, lang)
	}
	fsys := bt.Site(b.String())
	fsys["static/img/logo.jpg"] = &fstest.MapFile{Data: shared}
	fsys["content/news/trip/foto.jpg"] = &fstest.MapFile{Data: bundle}
	return fsys
}

// TestPhotoMadeOnce: without a photo cache (--cacheDir "", as in CI), a photo
// shown by many pages in three languages is decoded once, each of its sizes
// resized once and written once, in the site's photo folder, where every
// page's <img> points.
func TestPhotoMadeOnce(t *testing.T) {
	t.Parallel()
	const pages = 20
	for _, stream := range []bool{false, true} {
		t.Run(fmt.Sprintf("stream=%v", stream), func(t *testing.T) {
			t.Parallel()
			o := bt.Options(sharedPhotoSite(t, pages, testJPEG(t, 2000, 1000), testJPEG(t, 1200, 900)))
			o.PhotoCache = ""
			o.PhotoCount = new(photo.Count)
			var res *build.Result
			var err error
			dest := filepath.Join(t.TempDir(), "public")
			if stream {
				res, err = build.BuildTo(o, dest)
			} else {
				res, err = build.Build(o)
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := o.PhotoCount.Decodes.Load(); got != 2 {
				t.Errorf("%d photos decoded, want 2 (each photo once)", got)
			}
			if got := o.PhotoCount.Resizes.Load(); got != 8 {
				t.Errorf("%d variants resized, want 8 (3 sizes and the sharing image of each photo, once)", got)
			}
			// One file of each size, which every page shows.
			bodies := map[string][]byte{} // variant name -> bytes
			n := 0
			for _, p := range res.Paths {
				name := path.Base(p)
				if !strings.HasPrefix(name, "logo-") {
					continue
				}
				if !strings.HasPrefix(p, "photos/") {
					t.Errorf("%s: a resized photo outside the photo folder", p)
				}
				n++
				var body []byte
				if stream {
					body, err = os.ReadFile(filepath.Join(dest, p))
					if err != nil {
						t.Fatal(err)
					}
				} else {
					body = res.Files.Map()[p]
				}
				if _, err := jpeg.DecodeConfig(bytes.NewReader(body)); err != nil {
					t.Fatalf("%s: %v", p, err)
				}
				if prev, ok := bodies[name]; ok && !bytes.Equal(prev, body) {
					t.Errorf("%s differs from another copy of %s", p, name)
				}
				bodies[name] = body
			}
			if n != 4 {
				t.Errorf("%d files of the shared photo's sizes and sharing image, want 4, each once", n)
			}
			for _, lang := range []string{"lv", "en", "vi"} {
				var page string
				for _, p := range res.Paths {
					if strings.HasPrefix(p, lang+"/") && strings.HasSuffix(p, "/index.html") && strings.Contains(p, "/p") && !strings.Contains(p, "/page/") {
						page = p
						break
					}
				}
				body := res.Files.Map()[page]
				if stream {
					body, _ = os.ReadFile(filepath.Join(dest, page))
				}
				if page == "" || !strings.Contains(string(body), `src="/photos/logo-`) {
					t.Errorf("%s (%s) does not show the photo from /photos/", lang, page)
				}
			}
		})
	}
}

// BenchmarkSharedPhoto builds, without a photo cache, a site whose one photo
// is shown by 20 pages in each of three languages.
func BenchmarkSharedPhoto(b *testing.B) {
	o := bt.Options(sharedPhotoSite(b, 20, testJPEG(b, 3000, 2000), testJPEG(b, 2000, 1500)))
	o.PhotoCache = ""
	for b.Loop() {
		if _, err := build.Build(o); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPhotoEditRebuild: with the resized photos in one folder for every page
// and language, a rebuild after a photo is added, replaced, and dropped by one
// page and then by the other equals a clean build (Tree.Rebuild checks it),
// and the folder holds exactly the copies of the photos still shown.
func TestPhotoEditRebuild(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString(siteYAML)
	for _, lang := range []string{"lv", "en"} {
		fmt.Fprintf(&b, "-- content/news/trip/index.%s.md --\n---\ntitle: Trip %s\n---\nTeksts.\n", lang, lang)
	}
	tr := bt.NewTree(t, b.String(), false)
	photos := func() []string {
		var out []string
		for _, p := range tr.Builder.Last().Paths {
			if strings.HasPrefix(p, "photos/") {
				out = append(out, p)
			}
		}
		return out
	}
	first := tr.Write("content/news/trip/foto.jpg", string(testJPEG(t, 1000, 500)))
	tr.Rebuild("a photo shown in two languages", first,
		tr.Edit("content/news/trip/index.lv.md", "Teksts.", "Teksts.\n\n![Foto](foto.jpg)"),
		tr.Edit("content/news/trip/index.en.md", "Teksts.", "Teksts.\n\n![Photo](foto.jpg)"))
	before := photos()
	if len(before) != 4 { // 480 and 960 px, its own 1000 px; the sharing image
		t.Fatalf("photos %v, want three sizes and the sharing image, once", before)
	}
	tr.Rebuild("the photo replaced", tr.Write("content/news/trip/foto.jpg", string(testJPEG(t, 1200, 600))))
	if after := photos(); len(after) != 4 || slices.ContainsFunc(after, func(p string) bool { return slices.Contains(before, p) }) {
		t.Errorf("after the photo's edit: %v, want four new copies, none of %v", after, before)
	}
	tr.Rebuild("one page no longer shows it", tr.Edit("content/news/trip/index.lv.md", "![Foto](foto.jpg)", ""))
	if len(photos()) != 4 {
		t.Errorf("the photo the en page still shows lost its copies: %v", photos())
	}
	tr.Rebuild("neither page shows it", tr.Edit("content/news/trip/index.en.md", "![Photo](foto.jpg)", ""))
	if got := photos(); len(got) != 0 {
		t.Errorf("copies of a photo no page shows: %v", got)
	}
}

// TestAssetsPhoto: a photo named with a leading / that is in assets/ and not
// in static/ (where Hugo's figure shortcode and themes such as Hugoplate find
// it) is resized as a static/ photo is, in Markdown, in the figure shortcode
// and as front matter image; the original is not published. A file there that
// vestis cannot resize is an error that says to move it.
func TestAssetsPhoto(t *testing.T) {
	t.Parallel()
	fsys := bt.Site(siteYAML + `-- content/news/a.lv.md --
---
title: A
image: /images/foto.jpg
---
![Grupa](/images/foto.jpg)

{{< figure src="/images/foto.jpg" alt="Grupa" >}}
`)
	fsys["assets/images/foto.jpg"] = &fstest.MapFile{Data: testJPEG(t, 1000, 500)}
	o := bt.Options(fsys)
	res, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	page := string(res.Files.Map()["lv/jaunumi/a/index.html"])
	if n := strings.Count(page, `srcset="/photos/foto-480w-`); n != 2 {
		t.Errorf("%d resized <img>, want 2 (Markdown and figure):\n%s", n, page)
	}
	if !strings.Contains(page, `<meta property="og:image" content="https://example.org/photos/foto-1200x630-`) {
		t.Errorf("the page's sharing image is not the photo:\n%s", page)
	}
	for _, p := range res.Paths {
		if strings.HasPrefix(p, "images/") || strings.HasPrefix(p, "assets/") {
			t.Errorf("%s is published", p)
		}
	}

	msg := bt.Fail(t, siteYAML+`-- content/news/a.lv.md --
---
title: A
image: /images/logo.svg
---
-- assets/images/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
`)
	if want := `content/news/a.lv.md:3: front matter: image "/images/logo.svg": there is no static/images/logo.svg, only assets/images/logo.svg, which Hugo's themes read and vestis publishes only as resized photos (JPEG, PNG, WebP); move it to static/images/logo.svg`; !strings.Contains(msg, want) {
		t.Errorf("error:\n%s\nwant\n%s", msg, want)
	}
}

// TestAssetsPhotoRelative: a front matter image named from the site's root
// without the leading / (images/blog/foto.jpg, as themefisher's Hugo themes
// write it and read it from assets/ with resources.Get) that is no file of
// the page's bundle nor of static/, but a photo in assets/, is that photo,
// resized, in every language's page; a file there that vestis cannot resize
// stays an error at its line.
func TestAssetsPhotoRelative(t *testing.T) {
	t.Parallel()
	fsys := bt.Site(siteYAML + `-- content/news/a.lv.md --
---
title: A
image: images/blog/foto.jpg
---
Teksts.
-- content/news/a.en.md --
---
title: A
image: "images/blog/foto.jpg"
---
Text.
`)
	fsys["assets/images/blog/foto.jpg"] = &fstest.MapFile{Data: testJPEG(t, 1000, 500)}
	res, err := build.Build(bt.Options(fsys))
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{"lv/jaunumi/a/index.html", "en/news/a/index.html"} {
		if page := string(res.Files.Map()[file]); !strings.Contains(page, `<meta property="og:image" content="https://example.org/photos/foto-1200x630-`) {
			t.Errorf("%s: the sharing image is not the photo:\n%s", file, page)
		}
	}
	msg := bt.Fail(t, siteYAML+`-- content/news/a.lv.md --
---
title: A
image: images/logo.svg
---
-- assets/images/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
`)
	if want := `content/news/a.lv.md:3: front matter: image "images/logo.svg" is not beside the page`; !strings.Contains(msg, want) {
		t.Errorf("error:\n%s\nwant\n%s", msg, want)
	}
}

// TestContentPhotoByAddress: a page shows a photo kept in the content folder
// beside a section's pages by the address it is published at
// (/lv/docs/images/foto.jpg), as Hugo sites write; it is that file, resized
// as any photo, not a missing static file.
func TestContentPhotoByAddress(t *testing.T) {
	t.Parallel()
	fsys := bt.Site(siteYAML + `-- content/docs/_index.lv.md --
---
title: Dokumenti
---
![Grupa](images/foto.jpg)
-- content/docs/a.lv.md --
---
title: A
image: /lv/docs/images/foto.jpg
---
![Grupa](/lv/docs/images/foto.jpg)

![Zīmējums](/lv/docs/images/plans.svg)
-- content/docs/images/plans.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
`)
	fsys["content/docs/images/foto.jpg"] = &fstest.MapFile{Data: testJPEG(t, 1000, 500)}
	res, err := build.Build(bt.Options(fsys))
	if err != nil {
		t.Fatal(err)
	}
	page := string(res.Files.Map()["lv/docs/a/index.html"])
	for _, want := range []string{`srcset="/photos/foto-480w-`, `src="/lv/docs/images/plans.svg"`, `<meta property="og:image" content="https://example.org/photos/foto-1200x630-`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s:\n%s", want, page)
		}
	}
}
