package build_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

const fallbackSite = siteYAML + `translations:
  fallback: true
  fallbackOrder: {vi: [en, lv]}
-- content/news/tikai-lv.lv.md --
---
title: Tikai latviski
date: 2024-01-03
---
Latviešu teksts.
-- content/news/divas.lv.md --
---
title: Divās valodās
date: 2024-01-02
---
Latviešu teksts divās.
-- content/news/divas.en.md --
---
title: In two languages
date: 2024-01-02
---
English text in two.
-- content/news/visas.lv.md --
---
title: Visās valodās
date: 2024-01-01
---
Teksts.
-- content/news/visas.en.md --
---
title: In all languages
date: 2024-01-01
---
Text.
-- content/news/visas.vi.md --
---
title: Bằng mọi ngôn ngữ
date: 2024-01-01
---
Nội dung.
`

// TestFallbackPages checks every promise of a fallback page on a site with a
// Latvian-only page, a Latvian and English page and a page in all three.
func TestFallbackPages(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, fallbackSite)

	// lv-only in en and vi; lv+en in vi from en (vi's order is en, lv).
	for _, tt := range []struct{ path, lang, textLang, text, original string }{
		{"en/news/tikai-lv/index.html", "en", "lv", "Latviešu teksts.", "https://example.org/lv/jaunumi/tikai-lv/"},
		{"vi/tin-tuc/tikai-lv/index.html", "vi", "lv", "Latviešu teksts.", "https://example.org/lv/jaunumi/tikai-lv/"},
		{"vi/tin-tuc/divas/index.html", "vi", "en", "English text in two.", "https://example.org/en/news/divas/"},
	} {
		doc := b.HTML(tt.path)
		if got := bt.Attr(bt.Find(doc, "html")[0], "lang"); got != tt.lang {
			t.Errorf("%s: <html lang=%q>, want the chrome's %q", tt.path, got, tt.lang)
		}
		found := false
		for _, el := range bt.Find(doc, "div", "lang="+tt.textLang) {
			found = found || strings.Contains(bt.Text(el), tt.text)
		}
		if !found {
			t.Errorf("%s: no element with lang=%s holding the text %q", tt.path, tt.textLang, tt.text)
		}
		banner := bt.Find(doc, "p", "role=note")
		if len(banner) != 1 || len(bt.Find(banner[0], "a", "href="+strings.TrimPrefix(tt.original, "https://example.org"))) != 1 {
			t.Errorf("%s: no banner linking to the original", tt.path)
		}
		if c := bt.Find(doc, "link", "rel=canonical"); len(c) != 1 || bt.Attr(c[0], "href") != tt.original {
			t.Errorf("%s: canonical is not the original %s", tt.path, tt.original)
		}
		for _, l := range bt.Find(doc, "link", "rel=alternate", "hreflang="+tt.lang) {
			t.Errorf("%s: a hreflang entry for %s: %s", tt.path, tt.lang, bt.Attr(l, "href"))
		}
		if r := bt.Find(doc, "meta", "name=robots", "content=noindex"); len(r) != 1 {
			t.Errorf("%s: no robots noindex", tt.path)
		}
	}
	b.AssertNoFile("lv/jaunumi/visas-fallback/index.html")

	// The switcher of the original leads to the fallback page, marked.
	doc := b.HTML("lv/jaunumi/tikai-lv/index.html")
	links := bt.Find(doc, "a", "hreflang=en", "class=missing")
	if len(links) != 1 || bt.Attr(links[0], "href") != "/en/news/tikai-lv/" {
		t.Errorf("the Latvian page's switcher does not lead to the English fallback page, marked")
	}
	// The original's hreflang links stay the real translations.
	for _, l := range bt.Find(doc, "link", "rel=alternate", "hreflang=en") {
		t.Errorf("the Latvian-only page has a hreflang en: %s", bt.Attr(l, "href"))
	}

	// No fallback page in sitemaps, feeds or (by default) lists.
	for _, f := range []string{"en/sitemap.xml", "vi/sitemap.xml"} {
		if strings.Contains(b.File(f), "tikai-lv") {
			t.Errorf("%s lists a fallback page", f)
		}
	}
	for _, f := range []string{"en/index.xml", "en/news/index.xml", "vi/atom.xml"} {
		feed, err := gofeed.NewParser().ParseString(b.File(f))
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range feed.Items {
			if strings.Contains(it.Link, "tikai-lv") {
				t.Errorf("%s lists the fallback page %s", f, it.Link)
			}
		}
	}
	if strings.Contains(b.File("en/news/index.html"), "/en/news/tikai-lv/") {
		t.Errorf("the English list shows a fallback page without listFallbacks")
	}

	// With listFallbacks, lists show them, marked.
	listed := bt.Run(t, strings.Replace(fallbackSite, "  fallback: true\n", "  fallback: true\n  listFallbacks: true\n", 1))
	list := listed.HTML("en/news/index.html")
	marked := false
	for _, card := range bt.Find(list, "article") {
		if len(bt.Find(card, "a", "href=/en/news/tikai-lv/")) > 0 && strings.Contains(bt.Text(card), "untranslated") {
			marked = true
		}
	}
	if !marked {
		t.Errorf("with listFallbacks the English list does not show the fallback page, marked")
	}

	// A build streamed to disk gives fallback pages their text too.
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build.BuildTo(bt.Options(bt.Site(fallbackSite)), out); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(out, "vi/tin-tuc/divas/index.html")); !strings.Contains(string(data), "English text in two.") {
		t.Errorf("vestis build wrote the fallback page without its text")
	}

	// Off by default.
	plain := bt.Run(t, strings.Replace(fallbackSite, "  fallback: true\n", "  fallback: false\n", 1))
	plain.AssertNoFile("en/news/tikai-lv/index.html")
}
