package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestHugoTemplateFuncsInShortcodes: a site's own shortcodes, written for
// Hugo, call Hugo's template functions; they run as in Hugo, and warnf is
// a warning of the build, not a failed shortcode; i18n and T give the
// message in the page's language.
func TestHugoTemplateFuncsInShortcodes(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`-- content/news/a.lv.md --
---
title: Ziņa
---
{{< tools "Rīgas ziņas" >}}

{{< signs >}}

{{< words >}}
-- content/news/a.en.md --
---
title: News
---
{{< words >}}
-- i18n/lv.yaml --
signLanguage: Zīmju valodā
-- i18n/en.yaml --
signLanguage: In sign language
-- layouts/shortcodes/words.html --
<p id="w">{{ i18n "signLanguage" }}|{{ T "signLanguage" }}|{{ "signLanguage" | i18n }}|{{ with "signLanguage" }}{{ i18n . }}{{ end }}</p>
-- layouts/shortcodes/tools.html --
{{- $name := .Get 0 -}}
{{- $s := newScratch -}}
{{- range seq 3 }}{{ $s.Add "n" . }}{{ end -}}
<p id="n">{{ $s.Get "n" }} {{ mul 6 7 }} {{ div 7 2 }} {{ div 7.0 2 }} {{ mod 7 3 }} {{ int "12" }}</p>
<p id="s">{{ replace $name "ziņas" "vēstis" }}|{{ strings.TrimPrefix "Rīgas " $name }}|{{ urlize $name }}|{{ humanize "jauna-ziņa_vakar" }}|{{ title "rīta ziņas" }}</p>
<p id="l">{{ in (slice "lv" "en") "en" }} {{ in $name "ziņ" }} {{ cond (eq 1 2) "jā" "nē" }} {{ delimit (uniq (slice 1 2 2 3)) "," }} {{ delimit (append 4 (slice 1 2)) "," }} {{ isset (dict "a" 1) "a" }} {{ isset (dict "a" 1) "b" }}</p>
<p id="r">{{ delimit (findRE "[0-9]+" "a1b22c333" 2) "," }} {{ replaceRE "(\\d+)" "<$1>" "a1b22" }} {{ jsonify (dict "k" "v") }}</p>
-- layouts/shortcodes/signs.html --
{{- with .Get 0 }}<p>{{ . }}</p>{{ else }}{{ warnf "signs: %s gives no video" $.Page.File }}{{ end -}}
`)
	b.AssertFile("lv/jaunumi/a/index.html",
		`<p id="n">6 42 3 3.5 1 12</p>`,
		`<p id="s">Rīgas vēstis|ziņas|rīgas-ziņas|Jauna ziņa vakar|Rīta Ziņas</p>`,
		`<p id="l">true true nē 1,2,3 1,2,4 true false</p>`,
		`<p id="r">1,22 a&lt;1&gt;b&lt;22&gt; {"k":"v"}</p>`)
	b.AssertFile("lv/jaunumi/a/index.html", `<p id="w">Zīmju valodā|Zīmju valodā|Zīmju valodā|Zīmju valodā</p>`)
	b.AssertFile("en/news/a/index.html", `<p id="w">In sign language|In sign language|In sign language|In sign language</p>`)
	if w := b.Result.Warnings.Error(); !strings.Contains(w, "signs: content/news/a.lv.md gives no video") {
		t.Errorf("warnings:\n%s\nwant the shortcode's warnf", w)
	}
}
