package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestHugoDefineInPartial: a partial file that defines templates of its
// own ({{ define }}) runs them with {{ template }}, where they know the
// page as the partial does (site, relURL), from the partial and from a
// shortcode; and an inline partial
// (define "partials/NAME") is called with partial "NAME", as in Hugo.
func TestHugoDefineInPartial(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`hugoLayouts: true
-- layouts/shortcodes/card.html --
{{- partial "card.html" (dict "title" "Virsraksts") -}}
<p class="direct">{{ template "cardTitle" (dict "title" "Tieši") }}</p>
-- layouts/partials/card.html --
{{- define "cardTitle" }}<b>{{ .title }}</b> <a href="{{ relURL "x/" }}">{{ site.Title }}</a>{{ end -}}
<div class="card">{{ template "cardTitle" . }}|{{ partial "inline/badge.html" .title }}</div>
{{- define "partials/inline/badge.html" }}<i>{{ . }} {{ site.Language.Lang }}</i>{{ end -}}
-- content/news/a.lv.md --
---
title: A
---
{{< card >}}
`)
	b.AssertFile("lv/jaunumi/a/index.html", `<div class="card"><b>Virsraksts</b> <a href="/x/">Vēstis</a>|<i>Virsraksts lv</i></div>`,
		`<p class="direct"><b>Tieši</b> <a href="/x/">Vēstis</a></p>`)
}

// TestHugoDefineInShortcode: a template a shortcode file defines, given a
// dict as its dot (as Geekdoc's toc-tree gives the pages and the sort
// order), calls partials, i18n and site, and itself, knowing the page of
// the shortcode that runs it; inside it $ is the dict, as in Hugo.
func TestHugoDefineInShortcode(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`hugoLayouts: true
-- layouts/shortcodes/tree.html --
<ul class="tree">{{ template "tree-level" dict "pages" .Page.Pages "depth" 1 }}</ul>
{{- define "tree-level" }}
  {{- range .pages }}<li>{{ partial "utils/title" . }} [{{ $.depth }}] {{ site.Language.Lang }}
    {{- with .Pages }}<ul>{{ template "tree-level" dict "pages" . "depth" (add $.depth 1) }}</ul>{{ end }}</li>
  {{- end }}
{{- end }}
-- layouts/partials/utils/title.html --
<b>{{ .Title }}</b>{{- /* no line end */ -}}
-- content/docs/_index.lv.md --
---
title: Docs
---
{{< tree >}}
-- content/docs/a/_index.lv.md --
---
title: A
---
-- content/docs/a/b.lv.md --
---
title: B
---
`)
	b.AssertFile("lv/docs/index.html", `<ul class="tree"><li><b>A</b> [1] lv<ul><li><b>B</b> [2] lv</li></ul></li></ul>`)
}

// TestShortcodePageTableOfContents: a shortcode shows the table of contents
// of its own page (Geekdoc's toc: .Page.TableOfContents), the headings of
// the page's Markdown with their ids, as the page's own list has them.
func TestShortcodePageTableOfContents(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`hugoLayouts: true
-- layouts/shortcodes/toc.html --
{{- with .Page.TableOfContents }}<div class="toc">{{ . }}</div>{{ else }}<p>no headings</p>{{ end -}}
-- content/news/a.lv.md --
---
title: A
---
{{< toc >}}

## Pirmā daļa

Teksts.

### Sīkāk

## Otrā daļa
-- content/news/b.lv.md --
---
title: B
---
{{< toc >}}

Tikai teksts.
`)
	b.AssertFile("lv/jaunumi/a/index.html", `<div class="toc"><ul><li><a href="#pirma-dala">Pirmā daļa</a><ul><li><a href="#sikak">Sīkāk</a></li></ul></li><li><a href="#otra-dala">Otrā daļa</a></li></ul></div>`,
		`<h2 id="pirma-dala">Pirmā daļa</h2>`)
	b.AssertFile("lv/jaunumi/b/index.html", `<p>no headings</p>`)
}

// TestHugoNewerShortcodeFolder: shortcodes in layouts/_shortcodes/ (where
// Hugo keeps them since 0.146) run, one there winning over the default
// theme's of the same name (notice); page layouts do not read the folder,
// and an error in one of its files names it there.
func TestHugoNewerShortcodeFolder(t *testing.T) {
	t.Parallel()
	site := siteYAML + `-- layouts/_shortcodes/badge.html --
<span class="badge">{{ .Get 0 }}</span>
-- layouts/_shortcodes/notice.html --
<div class="theme-notice {{ .Get 0 }}">{{ .Inner }}</div>
-- content/news/a.lv.md --
---
title: A
---
{{< badge jauns >}} {{< notice example >}}Piemērs{{< /notice >}}
`
	b := bt.Run(t, site)
	b.AssertFile("lv/jaunumi/a/index.html", `<span class="badge">jauns</span>`, `<div class="theme-notice example">Piemērs</div>`)
	msg := bt.Fail(t, strings.Replace(site, "{{ .Get 0 }}</span>", "{{ .Get 0 }</span>", 1))
	if want := "layouts/_shortcodes/badge.html:1"; !strings.Contains(msg, want) {
		t.Errorf("error %q, want it at %s", msg, want)
	}
}
