package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestHugoPageResources: a bundle's Markdown files are Hugo's resources of
// kind "page": a shortcode finds them with .Resources.ByType "page",
// .GetMatch and .Match on a page GetPage gives, each in its own language
// (term.md the default language's, term.en.md English), and reads their
// title, params and text; they are not published.
func TestHugoPageResources(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`hugoLayouts: true
-- layouts/shortcodes/term.html --
{{- $g := site.GetPage "page" "glossary" -}}
{{- $items := $g.Resources.ByType "page" -}}
{{- with $items.GetMatch (printf "%s.md" (.Get 0)) -}}
<abbr class="term" title="{{ .Params.short }}" data-n="{{ len $items }}" data-type="{{ .ResourceType }}">{{ .Title }}</abbr>{{ .Content }}
{{- end -}}
{{- range $g.Resources.Match "*.md" }}<i>{{ .Name }}</i>{{ end -}}
-- content/glossary/index.lv.md --
---
title: Vārdnīca
headless: true
---
-- content/glossary/index.en.md --
---
title: Glossary
headless: true
---
-- content/glossary/alerts.md --
---
title: Brīdinājumi
short: Ziņas pēc noteikuma
---
Darbības pēc **noteikuma**.
-- content/glossary/alerts.en.md --
---
title: Alerts
short: Actions after a rule
---
Actions after a **rule**.
-- content/glossary/rules.md --
---
title: Noteikumi
---
-- content/news/a.lv.md --
---
title: A
---
Teksts {{< term alerts >}}
-- content/news/a.en.md --
---
title: A
---
Text {{< term alerts >}}
`)
	b.AssertFile("lv/jaunumi/a/index.html",
		`<abbr class="term" title="Ziņas pēc noteikuma" data-n="2" data-type="page">Brīdinājumi</abbr><p>Darbības pēc <strong>noteikuma</strong>.</p>`,
		`<i>alerts.md</i><i>rules.md</i>`)
	b.AssertFile("en/news/a/index.html",
		`<abbr class="term" title="Actions after a rule" data-n="1" data-type="page">Alerts</abbr><p>Actions after a <strong>rule</strong>.</p>`)
	for _, p := range []string{"lv/glossary/alerts.md", "lv/glossary/alerts/index.html", "en/glossary/alerts.md", "glossary/alerts.md"} {
		b.AssertNoFile(p)
	}
}

// TestRebuildPageResources: a rebuild after a bundle's Markdown file is
// edited, added or removed shows what a clean build shows, on the pages
// whose shortcodes read it.
func TestRebuildPageResources(t *testing.T) {
	t.Parallel()
	tr := bt.NewTree(t, siteYAML+`hugoLayouts: true
-- layouts/shortcodes/terms.html --
{{- $g := site.GetPage "glossary" -}}
<ul class="terms">{{ range $g.Resources.ByType "page" }}<li>{{ .Title }}: {{ .Params.short }}</li>{{ end }}</ul>
-- content/glossary/index.lv.md --
---
title: Vārdnīca
headless: true
---
-- content/glossary/alerts.md --
---
title: Brīdinājumi
short: pēc noteikuma
---
-- content/news/a.lv.md --
---
title: A
---
{{< terms >}}
`, false)
	page := func() string { return string(tr.Builder.Last().Files.Map()["lv/jaunumi/a/index.html"]) }
	if !strings.Contains(page(), `<ul class="terms"><li>Brīdinājumi: pēc noteikuma</li></ul>`) {
		t.Fatalf("the first build lacks the term:\n%s", page())
	}
	tr.Rebuild("a term edited", tr.Edit("content/glossary/alerts.md", "pēc noteikuma", "kad noteikums izpildās"))
	tr.Rebuild("a term added", tr.Write("content/glossary/rules.md", "---\ntitle: Noteikumi\nshort: ko pārbaudīt\n---\n"))
	if !strings.Contains(page(), `<li>Brīdinājumi: kad noteikums izpildās</li><li>Noteikumi: ko pārbaudīt</li>`) {
		t.Errorf("the edits are not shown:\n%s", page())
	}
	tr.Rebuild("a term removed", tr.Remove("content/glossary/alerts.md")...)
	if strings.Contains(page(), "Brīdinājumi") {
		t.Errorf("the removed term is still shown:\n%s", page())
	}
}
