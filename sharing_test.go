package vestis_test

import (
	"bytes"
	"image"
	_ "image/jpeg"
	_ "image/png"
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
	"github.com/vestis-ssg/vestis/internal/card"
)

// TestExampleSiteSharingImages: every page of the example site, of every
// kind and in every language, names a sharing image of 1200x630 with its
// size, type and text alternative, and that image is in the output and
// decodes as what the page says it is.
func TestExampleSiteSharingImages(t *testing.T) {
	res := buildExample(t)
	const base = "https://example.org/"
	kinds := map[string]map[string]bool{} // language -> the kinds of pages seen with an image
	kindOf := map[string]string{}         // output file -> its page's kind
	for _, p := range res.Site.Pages {
		kindOf[p.OutputPath()] = p.Kind
	}
	for _, pg := range examplePages(t, res) {
		if strings.HasSuffix(pg.path, "404.html") || pg.path == "index.html" {
			continue // not shared: a 404 page, and the language chooser
		}
		meta := func(attr string) string {
			t.Helper()
			m := bt.Find(pg.doc, "meta", attr)
			if len(m) != 1 {
				t.Errorf("%s: %d <meta %s>, want 1", pg.path, len(m), attr)
				return ""
			}
			return bt.Attr(m[0], "content")
		}
		src := meta("property=og:image")
		if meta("property=og:image:width") != "1200" || meta("property=og:image:height") != "630" {
			t.Errorf("%s: og:image is not said to be 1200x630", pg.path)
		}
		// The card (or photo) stands for the page, so its text alternative
		// is the page's title, as the reader sees it in the <h1>.
		if h1 := bt.Find(pg.doc, "h1"); len(h1) == 1 {
			if alt, title := meta("property=og:image:alt"), strings.Join(strings.Fields(bt.Text(h1[0])), " "); alt != title {
				t.Errorf("%s: og:image:alt is %q, want the page's title %q", pg.path, alt, title)
			}
		} else {
			t.Errorf("%s: %d <h1>, want 1", pg.path, len(h1))
		}
		if c := meta("name=twitter:card"); c != "summary_large_image" {
			t.Errorf("%s: twitter:card is %q, want summary_large_image", pg.path, c)
		}
		typ := meta("property=og:image:type")
		file, ok := strings.CutPrefix(src, base)
		if !ok {
			t.Errorf("%s: og:image %q is not on the site", pg.path, src)
			continue
		}
		body, ok := res.Files.Map()[file]
		if !ok {
			t.Errorf("%s: og:image %s is not in the output", pg.path, file)
			continue
		}
		cfg, format, err := image.DecodeConfig(bytes.NewReader(body))
		if err != nil {
			t.Errorf("%s: og:image %s does not decode: %v", pg.path, file, err)
			continue
		}
		if cfg.Width != 1200 || cfg.Height != 630 || "image/"+format != typ {
			t.Errorf("%s: og:image %s is a %dx%d %s, want 1200x630 %s", pg.path, file, cfg.Width, cfg.Height, format, typ)
		}
		lang := strings.Split(pg.path, "/")[0]
		if kinds[lang] == nil {
			kinds[lang] = map[string]bool{}
		}
		kinds[lang][kindOf[pg.path]] = true
	}
	for _, lang := range []string{"lv", "en", "vi"} {
		for _, kind := range []string{"home", "section", "page", "taxonomy", "term", "search"} {
			if !kinds[lang][kind] {
				t.Errorf("%s: no page of kind %s with a sharing image", lang, kind)
			}
		}
	}
}

// TestExampleSiteTitleGlyphs: the font of the drawn cards has a glyph for
// every letter of every title, site name and section name of the example
// site, Vietnamese and Latvian ones above all; a missing one would be a box.
func TestExampleSiteTitleGlyphs(t *testing.T) {
	res := buildExample(t)
	d, err := card.NewDrawer()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range res.Site.Pages {
		for _, text := range []string{p.Title, res.Site.Tree(p.Lang).Lang.Title} {
			if missing := d.Missing(text); len(missing) > 0 {
				t.Errorf("%s (%s): no glyph for %q in %q", p.URLPath, p.Lang, missing, text)
			}
			n++
		}
	}
	if n < 100 {
		t.Errorf("checked %d texts, want every page's", n)
	}
}
