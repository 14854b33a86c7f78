package build_test

import (
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestHugoNamespaces: Hugo's functions that themes' shortcodes call most
// among those vestis lacked: text (substr, slicestr, truncate, chomp,
// strings.CountWords), sums (md5, crypto.SHA256), math, time.Format and
// dateFormat, templates.Exists, page, and index with its keys as one list
// or of nothing.
func TestHugoNamespaces(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`hugoLayouts: true
-- layouts/shortcodes/ns.html --
<p class="text">{{ substr "Ārvalstis" 0 3 }}|{{ substr "Ārvalstis" -3 }}|{{ slicestr "Rīga" 1 3 }}|{{ truncate 12 "Viens divi trīs četri" }}|{{ chomp "rinda\n" }}|{{ strings.CountWords "a b  c" }}</p>
<p class="sum">{{ md5 "vestis" }}|{{ crypto.SHA256 "" }}</p>
<p class="math">{{ math.Max 3 7.5 2 }}|{{ math.Min (slice 4 2 9) }}|{{ math.Round 2.5 }}|{{ math.Floor 2.7 }}|{{ math.Mod 7 3 }}</p>
<p class="time">{{ time.Format "02.01.2006" "2024-05-19" }}|{{ dateFormat "2006" .Page.Date }}|{{ (time "2023-01-02").Year }}</p>
{{- $d := dict "a" (dict "b" (slice "x" "y")) -}}
<p class="index">{{ index (index $d (split "a.b" ".")) 1 }}|{{ index $d "a" "b" 0 }}|{{ index $d.none "k" }}|{{ index (slice "p" "q") 1 }}|{{ index "abc" 1 }}</p>
<p class="tpl">{{ templates.Exists "partials/box.html" }}|{{ templates.Exists "partials/none.html" }}|{{ templates.Exists "shortcodes/ns.html" }}|{{ page.Title }}</p>
-- layouts/partials/box.html --
<div></div>
-- content/news/a.lv.md --
---
title: Ziņa
date: 2022-03-04
---
{{< ns >}}
`)
	b.AssertFile("lv/jaunumi/a/index.html",
		`<p class="text">Ārv|tis|īg|Viens divi …|rinda|3</p>`,
		`<p class="sum">362f4c3a4a5a0d859b347c9623dae22e|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855</p>`,
		`<p class="math">7.5|2|3|2|1</p>`,
		`<p class="time">19.05.2024|2022|2023</p>`,
		`<p class="index">y|x||q|98</p>`,
		`<p class="tpl">true|false|true|Ziņa</p>`)
}
