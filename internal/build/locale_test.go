package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestLanguageLocale: a language whose key is no language tag (a Hugo
// site's cn) and whose locale gives its tag has its pages at /cn/, read
// from files named x.cn.md, and is named by its tag wherever a browser, a
// search engine or a feed reader reads a language: html lang, hreflang in
// the head, the switcher, the sitemap and the feeds, JSON-LD and Open Graph,
// and a Hugo shortcode's .Site.Language.LanguageCode; so is the text of a
// page shown in the other language (a fallback page: its heading, text,
// table of contents, breadcrumb and banner link), and the 404 page's
// message in the other language.
func TestLanguageLocale(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
title: Docs
defaultLanguage: en
languages:
  en: {name: English, weight: 1}
  cn: {name: 中文, weight: 2, locale: zh-cn}
sections:
  news: {en: news, cn: news}
-- layouts/shortcodes/lc.html --
<span class="lc">{{ .Site.Language.Lang }} {{ .Site.Language.LanguageCode }}</span>
-- content/news/a.en.md --
---
title: A
date: 2024-02-03
translationKey: a
---
Text.
-- content/news/a.cn.md --
---
title: 甲
date: 2024-02-03
translationKey: a
---
文字。{{< lc >}}
-- content/news/_index.en.md --
---
title: News
fallback: true
---
-- content/news/only.cn.md --
---
title: 仅
date: 2024-02-04
---
## 标题

文字。
-- i18n/cn.yaml --
notFoundTitle: 找不到
notFoundText: 没有这个页面。
backHome: 首页
`)
	page := b.File("cn/news/a/index.html")
	for _, want := range []string{`<html lang="zh-cn"`, `hreflang="zh-cn" href="https://example.org/cn/news/a/"`, `hreflang="en" href="https://example.org/en/news/a/"`, `"inLanguage":"zh-cn"`, `content="zh_CN"`, `<span class="lc">cn zh-cn</span>`} {
		if !strings.Contains(page, want) {
			t.Errorf("cn/news/a/index.html lacks %s", want)
		}
	}
	if strings.Contains(page, `lang="cn"`) || strings.Contains(page, `hreflang="cn"`) {
		t.Errorf("cn/news/a/index.html names the language by its key, not its tag")
	}
	b.AssertFile("en/news/a/index.html", `hreflang="zh-cn"`, `lang="zh-cn"`)
	b.AssertFile("en/sitemap.xml", `hreflang="zh-cn"`)
	b.AssertFile("cn/index.xml", `<language>zh-cn</language>`)
	only := b.File("en/news/only/index.html")
	if n := strings.Count(only, `lang="zh-cn"`); n < 5 || strings.Contains(only, `lang="cn"`) || strings.Contains(only, `hreflang="cn"`) {
		t.Errorf("the fallback page marks the text in the other language %d times by its tag, or by its key:\n%s", n, only)
	}
	if nf := b.File("404.html"); !strings.Contains(nf, `<li lang="zh-cn"><strong>找不到.</strong>`) {
		t.Errorf("the 404 page does not name the other language by its tag:\n%s", nf)
	}
}
