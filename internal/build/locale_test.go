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
// and a Hugo shortcode's .Site.Language.LanguageCode.
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
}
