package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// untranslatedSite has a page in lv and en whose vi file is a placeholder
// (untranslated, no title, its own slug, as letsencrypt.org writes them), a
// page only in lv, and a vi page that links to the placeholder's file; the
// site does not turn fallback pages on.
const untranslatedSite = siteYAML + `-- content/news/divas.lv.md --
---
title: Divās valodās
date: 2024-01-02
---
Latviešu teksts.
-- content/news/divas.en.md --
---
title: In two languages
date: 2024-01-02
---
English text.
-- content/news/divas.vi.md --
---
slug: hai-ngon-ngu
untranslated: 1
---
-- content/news/tikai-lv.lv.md --
---
title: Tikai latviski
date: 2024-01-01
---
Teksts.
-- content/news/lien-ket.vi.md --
---
title: Liên kết
date: 2024-01-03
---
Xem [trang](divas.vi.md).
`

// TestUntranslatedPlaceholder: a placeholder needs no title and shows, at its
// own address, the text of the first language of the fallback order that has
// the page (lv, the default language), marked as a fallback page; no other
// page gets a fallback, and a link to the placeholder's file leads to it.
func TestUntranslatedPlaceholder(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, untranslatedSite)
	doc := b.HTML("vi/tin-tuc/hai-ngon-ngu/index.html")
	if r := bt.Find(doc, "meta", "name=robots", "content=noindex"); len(r) != 1 {
		t.Errorf("the placeholder's page is not marked noindex as fallback pages are")
	}
	found := false
	for _, el := range bt.Find(doc, "div", "lang=lv") {
		found = found || strings.Contains(bt.Text(el), "Latviešu teksts.")
	}
	if !found {
		t.Errorf("the placeholder's page does not show the Latvian text")
	}
	b.AssertNoFile("vi/tin-tuc/divas/index.html")
	b.AssertNoFile("en/news/tikai-lv/index.html")
	b.AssertNoFile("vi/tin-tuc/tikai-lv/index.html")
	b.AssertFile("vi/tin-tuc/lien-ket/index.html", `href="/vi/tin-tuc/hai-ngon-ngu/"`)
}

// TestRebuildUntranslated: turning a page into a placeholder and back, and
// editing the text it shows, rebuild as a clean build does.
func TestRebuildUntranslated(t *testing.T) {
	r := bt.NewTree(t, untranslatedSite, true)
	r.Rebuild("the shown text", r.Edit("content/news/divas.lv.md", "Latviešu teksts.", "Latviešu teksts, labots."))
	r.Rebuild("the placeholder's slug", r.Edit("content/news/divas.vi.md", "slug: hai-ngon-ngu", "slug: hai"))
	r.Rebuild("translated", r.Edit("content/news/divas.vi.md", "untranslated: 1", "title: Hai ngôn ngữ"))
	r.Rebuild("a placeholder again", r.Edit("content/news/divas.vi.md", "title: Hai ngôn ngữ", "untranslated: true"))
	r.Rebuild("an English placeholder", r.Edit("content/news/divas.en.md", "title: In two languages", "untranslated: yes"))
}

// TestPlaceholderAmongTranslations: a shortcode that lists a page's
// translations, as letsencrypt.org's i18n_status does, sees the placeholder
// as Hugo does, a page of its language with untranslated among its params,
// listed in the language order; and the placeholder's own translations are
// the group's other pages. A page with no placeholder lists only its pages.
func TestPlaceholderAmongTranslations(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, untranslatedSite+`-- layouts/shortcodes/status.html --
<p class="status">{{ range .Page.Translations }}{{ .Lang }}={{ if .Params.untranslated }}untranslated{{ else }}{{ .Title }}{{ end }};{{ end }}</p>
-- content/news/statuss.lv.md --
---
title: Statuss
date: 2024-01-04
---
{{< status >}}

{{< status-of "/news/divas" >}}
-- layouts/shortcodes/status-of.html --
{{ with site.GetPage (.Get 0) }}<p class="of">{{ range .Translations }}{{ .Lang }}={{ if .Params.untranslated }}untranslated{{ else }}{{ .Title }}{{ end }};{{ end }}</p>{{ end }}
-- content/news/divas.en.md --
---
title: In two languages
date: 2024-01-02
---
English text.

{{< status >}}
`)
	b.AssertFile("lv/jaunumi/statuss/index.html", `<p class="status"></p>`, `<p class="of">en=In two languages;vi=untranslated;</p>`)
	b.AssertFile("en/news/divas/index.html", `<p class="status">lv=Divās valodās;vi=untranslated;</p>`)
}
