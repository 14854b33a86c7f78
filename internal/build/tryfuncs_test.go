package build_test

import (
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestHugoTryNowLang: Hugo's try keeps a call's error for the template to
// handle (a fetch vestis refuses, a bad number, a method of a page), in a
// shortcode and in a partial; now is the build's time; os.Getenv of a
// variable that is not set is empty (tests build with no environment);
// lang.Merge adds
// what one list lacks, as a theme's glossary partial does; merge skips a
// nil map, and .Get of a position past the last is "", as in Hugo.
func TestHugoTryNowLang(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`hugoLayouts: true
-- layouts/shortcodes/remote.html --
{{- with try (resources.GetRemote "https://example.com/a.json") -}}
{{- with .Err }}<p class="err">nav tīkla</p>{{ else with .Value }}<p>{{ .Content }}</p>{{ end -}}
{{- end -}}
{{- $n := try (int "septiņi") -}}
{{- $m := try (int "7") -}}
<p class="num">{{ if $n.Err }}kļūda{{ end }}|{{ $m.Value }}|{{ $m.Err }}</p>
{{- with try (.Page.GetPage "/news/b") }}<p class="page">{{ .Value.Title }}</p>{{ end }}
<p class="year">{{ now.Year }}|{{ os.Getenv "HUGO_THEME_TOKEN" | default "bez" }}</p>
{{- partial "when.html" . -}}
{{- $a := slice "a" "b" -}}
<p class="merge">{{ delimit ($a | lang.Merge (slice "b" "c")) "," }}</p>
{{- $m := dict "x" 1 | merge ($.Page.Scratch.Get "unset") }}
<p class="args">{{ $m.x }}|{{ if eq (.Get 3) "" }}bez trešā{{ end }}|{{ printf "%T" (.Get "x") }}</p>
-- layouts/shortcodes/named.html --
<p class="named">{{ if eq (.Get "b") "" }}bez b{{ end }}|{{ printf "%T" (.Get 0) }}</p>
-- layouts/partials/when.html --
{{- with try (resources.GetRemote "https://example.com/b.json") }}{{ with .Err }}<p class="perr">{{ now.Format "2006-01" }}</p>{{ end }}{{ end -}}
-- content/news/a.lv.md --
---
title: A
---
{{< remote viens divi >}}

{{< named a="1" >}}
-- content/news/b.lv.md --
---
title: Bē
---
Teksts.
`)
	b.AssertFile("lv/jaunumi/a/index.html",
		`<p class="err">nav tīkla</p>`,
		`<p class="num">kļūda|7|</p>`,
		`<p class="page">Bē</p>`,
		`<p class="year">2024|bez</p>`,
		`<p class="perr">2024-06</p>`,
		`<p class="merge">a,b,c</p>`,
		`<p class="args">1|bez trešā|&lt;nil&gt;</p>`,
		`<p class="named">bez b|&lt;nil&gt;</p>`)
}
