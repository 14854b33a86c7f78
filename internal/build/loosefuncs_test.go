package build_test

import (
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestHugoLooseValues: theme shortcodes written for Hugo's executor run as
// there: a function that wants text takes nil or a number (lower of an
// unset value, relURL of nothing), a field of a missing value is none
// (.Page.Params.tabs.sync without tabs) and shows as nothing; and
// .Page.BundleType, unmarshal and reflect.IsMap and IsSlice are Hugo's.
func TestHugoLooseValues(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`hugoLayouts: true
-- layouts/shortcodes/loose.html --
{{- $d := dict "n" 7 -}}
<p class="loose">[{{ lower $d.value }}][{{ upper $d.n }}][{{ relURL $d.none }}][{{ .Page.Params.tabs.sync }}][{{ if .Page.Params.tabs.sync }}jā{{ else }}nē{{ end }}][{{ .Page.BundleType }}][{{ (unmarshal "a: 1").a }}][{{ reflect.IsMap $d }}{{ reflect.IsSlice $d }}{{ reflect.IsSlice (slice 1) }}]</p>
{{- partial "p.html" (dict "x" nil) -}}
-- layouts/partials/p.html --
<p class="partial">[{{ lower .x }}][{{ .missing.deeper }}]</p>
-- content/news/a/index.lv.md --
---
title: A
---
{{< loose >}}
-- content/news/b.lv.md --
---
title: B
---
{{< loose >}}
`)
	b.AssertFile("lv/jaunumi/a/index.html", `<p class="loose">[][7][/][][nē][leaf][1][truefalsetrue]</p><p class="partial">[][]</p>`)
	b.AssertFile("lv/jaunumi/b/index.html", `<p class="loose">[][7][/][][nē][][1][truefalsetrue]</p>`)
}

// TestHugoMessageDot: a theme's message that shows its argument as Hugo's
// {{ . }} reads it as {{ .Count }}; i18n with a number chooses the plural
// form, with text shows it.
func TestHugoMessageDot(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`hugoLayouts: true
-- i18n/en.yaml --
readTime:
  one: "One minute to read"
  other: "{{ . }} minutes to read"
taggedWith: "All posts tagged with '{{.}}'"
-- layouts/shortcodes/msg.html --
<p class="msg">{{ i18n "readTime" 1 }}|{{ i18n "readTime" 5 }}|{{ i18n "taggedWith" "go" }}</p>
-- content/news/a.en.md --
---
title: A
---
{{< msg >}}
`)
	b.AssertFile("en/news/a/index.html", `<p class="msg">One minute to read|5 minutes to read|All posts tagged with &#39;go&#39;</p>`)
}

// TestHugoMessageFields: a theme's messages read the fields of what a
// shortcode passes, as Hugo's do (they were refused when the file was
// read): the page's title, its site's title through .Site, a count in a
// condition, and a map's fields.
func TestHugoMessageFields(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`hugoLayouts: true
-- i18n/en.yaml --
editThis: "Improve “{{ .Title }}” on {{ .Site.Title }}"
pagesLeft: "{{ if gt .Count 1 }}{{ .Count }} pages left{{ else }}the last page{{ end }}"
byline: "{{ with .Name }}Written by {{ . | printf \"%s\" }}{{ else }}Unsigned{{ end }}"
-- layouts/shortcodes/msg.html --
<p class="msg">{{ i18n "editThis" .Page }}|{{ i18n "pagesLeft" 3 }}|{{ i18n "pagesLeft" 1 }}|{{ i18n "byline" (dict "Name" "Anna") }}|{{ i18n "byline" (dict) }}</p>
-- content/news/a.en.md --
---
title: Field day
---
{{< msg >}}
`)
	b.AssertFile("en/news/a/index.html", `<p class="msg">Improve “Field day” on News|3 pages left|the last page|Written by Anna|Unsigned</p>`)
}
