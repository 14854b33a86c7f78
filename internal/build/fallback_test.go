package build_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

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
	for _, tt := range []struct{ path, lang, textLang, text, original, banner string }{
		{"en/news/tikai-lv/index.html", "en", "lv", "Latviešu teksts.", "https://example.org/lv/jaunumi/tikai-lv/",
			"This page is not yet available in English; here it is in Latvian."},
		{"vi/tin-tuc/tikai-lv/index.html", "vi", "lv", "Latviešu teksts.", "https://example.org/lv/jaunumi/tikai-lv/",
			"Trang này chưa có bản tiếng Việt; dưới đây là bản tiếng Latvia."},
		{"vi/tin-tuc/divas/index.html", "vi", "en", "English text in two.", "https://example.org/en/news/divas/",
			"Trang này chưa có bản tiếng Việt; dưới đây là bản tiếng Anh."},
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
		} else if got := bt.Text(banner[0]); !strings.HasPrefix(got, tt.banner) {
			t.Errorf("%s: the banner says %q, want it to begin %q", tt.path, got, tt.banner)
		}
		if c := bt.Find(doc, "link", "rel=canonical"); len(c) != 1 || bt.Attr(c[0], "href") != tt.original {
			t.Errorf("%s: canonical is not the original %s", tt.path, tt.original)
		}
		for _, l := range bt.Find(doc, "link", "rel=alternate", "hreflang") {
			t.Errorf("%s: a hreflang link (%s %s); a fallback page is not a translation", tt.path, bt.Attr(l, "hreflang"), bt.Attr(l, "href"))
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
	// So does the switcher of the other languages of the group: the Latvian
	// page of a Latvian and English page leads to the Vietnamese page made
	// from the English one.
	links = bt.Find(b.HTML("lv/jaunumi/divas/index.html"), "a", "hreflang=vi", "class=missing")
	if len(links) != 1 || bt.Attr(links[0], "href") != "/vi/tin-tuc/divas/" {
		t.Errorf("the Latvian page's switcher does not lead to the Vietnamese fallback page of its English translation")
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

// TestFallbackLinks checks that with translations.fallback a link to a page
// missing in the reader's language leads to its fallback page there, written
// as a file of that language, without a language or as the original's file,
// while without it such a link stays an error at its file and line.
func TestFallbackLinks(t *testing.T) {
	t.Parallel()
	site := fallbackSite + `-- content/news/saite.lv.md --
---
title: Saite
date: 2024-01-05
---
Skat. [tikai](tikai-lv.lv.md).
-- content/news/saite.en.md --
---
title: Link
date: 2024-01-05
---
See [English file](tikai-lv.en.md), [no language](tikai-lv.md),
[the original](tikai-lv.lv.md) and [two](divas.en.md).
-- content/news/saite.vi.md --
---
title: Liên kết
date: 2024-01-05
---
Xem [tiếng Việt](divas.vi.md) và [gốc](tikai-lv.lv.md).
`
	b := bt.Run(t, site)
	for _, tt := range []struct {
		page string
		want map[string]string // link text -> href
	}{
		{"en/news/saite/index.html", map[string]string{
			"English file": "/en/news/tikai-lv/", "no language": "/en/news/tikai-lv/",
			"the original": "/en/news/tikai-lv/", "two": "/en/news/divas/",
		}},
		{"vi/tin-tuc/saite/index.html", map[string]string{"tiếng Việt": "/vi/tin-tuc/divas/", "gốc": "/vi/tin-tuc/tikai-lv/"}},
		{"lv/jaunumi/saite/index.html", map[string]string{"tikai": "/lv/jaunumi/tikai-lv/"}},
	} {
		got := proseLinks(b.HTML(tt.page))
		for text, href := range tt.want {
			if got[text] != href {
				t.Errorf("%s: link %q goes to %q, want the page in the reader's language %q", tt.page, text, got[text], href)
			}
		}
	}
	for _, href := range []string{"/en/news/tikai-lv/", "/vi/tin-tuc/divas/", "/vi/tin-tuc/tikai-lv/"} {
		if r := bt.Find(b.HTML(strings.TrimPrefix(href, "/")+"index.html"), "p", "role=note"); len(r) != 1 {
			t.Errorf("%s is not a fallback page with its banner", href)
		}
	}

	// A page of the site's own language and a draft translation.
	draft := bt.Run(t, site+`-- content/news/tikai-lv.en.md --
---
title: Only in Latvian, in English
date: 2024-01-03
draft: true
---
Draft.
`)
	if got := proseLinks(draft.HTML("en/news/saite/index.html"))["English file"]; got != "/en/news/tikai-lv/" {
		t.Errorf("a link to a draft translation goes to %q, want the fallback page", got)
	}
	if strings.Contains(draft.File("en/news/tikai-lv/index.html"), "Draft.") {
		t.Errorf("the draft is published")
	}

	// Without fallback, the link is an error naming the file and line.
	msg := bt.Fail(t, strings.Replace(site, "  fallback: true\n", "  fallback: false\n", 1))
	for _, want := range []string{
		`content/news/saite.en.md:5: link to "tikai-lv.en.md": no such page (content/news/tikai-lv.en.md)`,
		`content/news/saite.en.md:5: link to "tikai-lv.md": no such page`,
		`content/news/saite.vi.md:5: link to "divas.vi.md": no such page`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("without fallback, the error lacks %q:\n%s", want, msg)
		}
	}
}

// proseLinks maps the text of each link in a page's text to its href.
func proseLinks(doc *html.Node) map[string]string {
	got := map[string]string{}
	for _, div := range bt.Find(doc, "div", "class=prose") {
		for _, a := range bt.Find(div, "a", "href") {
			got[bt.Text(a)] = bt.Attr(a, "href")
		}
	}
	return got
}

// TestFallbackBannerLanguageName: a language the messages do not name
// (no language.de) is named in the banner by its own name from site.yaml.
func TestFallbackBannerLanguageName(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis, weight: 1}
  de: {name: Deutsch, title: Nachrichten, weight: 2}
translations:
  fallback: true
-- content/news/a.lv.md --
---
title: Tikai latviski
date: 2024-01-01
---
Teksts.
`)
	banner := bt.Find(b.HTML("de/news/a/index.html"), "p", "role=note")
	want := "This page is not yet available in Deutsch; here it is in Latvian."
	if len(banner) != 1 || !strings.HasPrefix(bt.Text(banner[0]), want) {
		t.Errorf("the German fallback page's banner is %v, want it to begin %q", banner, want)
	}
}
