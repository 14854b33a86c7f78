package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// namedLayoutSite has layouts that pages' front matter names, as Hugo's
// layout: and type: name them.
const namedLayoutSite = siteYAML + `-- layouts/_default/wide.html --
{{ define "main" }}<p id="l">default wide: {{ .Page.Title }}</p>{{ end }}
-- layouts/news/wide.html --
{{ define "main" }}<p id="l">news wide: {{ .Page.Title }}</p>{{ end }}
-- layouts/docs/single.html --
{{ define "main" }}<p id="l">docs single: {{ .Page.Title }}</p>{{ end }}
-- layouts/docs/wide.html --
{{ define "main" }}<p id="l">docs wide: {{ .Page.Title }}</p>{{ end }}
-- layouts/news/single.html --
{{ define "main" }}<p id="l">news single: {{ .Page.Title }}</p>{{ end }}
-- layouts/docs/list.html --
{{ define "main" }}<p id="l">docs list: {{ .Page.Title }}</p>{{ end }}
-- layouts/guides/list.html --
{{ define "main" }}<p id="l">guides list: {{ .Page.Title }}</p>{{ end }}
-- content/news/_index.lv.md --
---
title: Jaunumi
---
-- content/news/plain.lv.md --
---
title: Parasta
---
-- content/news/wide.lv.md --
---
title: Plaša
layout: wide
---
-- content/news/docs.lv.md --
---
title: Dokuments
type: docs
---
-- content/news/docswide.lv.md --
---
Title: Plašs dokuments
Type: docs
Layout: wide
---
-- content/about.lv.md --
---
title: Par mums
layout: wide
---
-- content/guides/_index.lv.md --
---
title: Ceļveži
cascade:
  type: docs
---
-- content/guides/a.lv.md --
---
title: Ceļvedis
---
-- content/news/nowhere.lv.md --
---
title: Nekur
layout: nowhere
---
-- content/contact.lv.md --
---
title: Kontakti
type: page
---
-- content/news/nodocs.lv.md --
---
title: Bez veida
type: manuals
---
`

// TestNamedLayout: a page's front matter layout and type choose its layout
// as Hugo's do (layout: wide tries wide.html before single.html in each
// folder; type: docs looks in docs/ in place of the section's folder, and
// cascades), and one that names no layout there is says so at its line,
// with what it tried and what the page got.
func TestNamedLayout(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, namedLayoutSite)
	for _, c := range []struct{ path, want string }{
		{"lv/jaunumi/plain/index.html", "news single: Parasta"},
		{"lv/jaunumi/wide/index.html", "news wide: Plaša"},
		{"lv/jaunumi/docs/index.html", "docs single: Dokuments"},
		{"lv/jaunumi/docswide/index.html", "docs wide: Plašs dokuments"},
		{"lv/about/index.html", "default wide: Par mums"},
		// a cascade applies to its own page too, as in Hugo
		{"lv/guides/index.html", "docs list: Ceļveži"},
		{"lv/guides/a/index.html", "docs single: Ceļvedis"},
		// type: manuals has no folder: _default's, not the section's (as in Hugo)
		{"lv/jaunumi/nodocs/index.html", ""},
		{"lv/jaunumi/nowhere/index.html", "news single: Nekur"},
	} {
		got := b.File(c.path)
		if c.want == "" {
			if strings.Contains(got, `id="l"`) {
				t.Errorf("%s has a layout of the site's, want the default theme's:\n%s", c.path, got)
			}
			continue
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("%s does not show %q:\n%s", c.path, c.want, got)
		}
	}
	warns := b.Result.Warnings.Error()
	for _, want := range []string{
		`content/news/nowhere.lv.md:3: front matter: layout "nowhere": there is no layouts/news/nowhere.html nor layouts/_default/nowhere.html, so the page is shown with layouts/news/single.html; write one of them, or remove layout:`,
		`content/news/nodocs.lv.md:3: front matter: type "manuals": there is no layouts/manuals/single.html, so the page is shown with layouts/_default/single.html; write one of them, or remove type:`,
	} {
		if !strings.Contains(warns, want) {
			t.Errorf("warnings lack\n%s\nin\n%s", want, warns)
		}
	}
	for _, file := range []string{"plain", "/wide.lv", "/docs.lv", "docswide", "about", "guides", "contact"} {
		if strings.Contains(warns, file) {
			t.Errorf("warnings name %s, whose layout is there:\n%s", file, warns)
		}
	}
}

// TestNamedHugoLayout: on a site made with Hugo's layouts (hugoLayouts) or
// a Hugo theme's (hugoThemes), which vestis does not run, the pages that
// name a layout or a type are said in one warning, each with its name,
// where they were shown with the default theme in silence (a Hugo archives
// page came out empty); type: page at the root, Hugo's own, is no name.
func TestNamedHugoLayout(t *testing.T) {
	t.Parallel()
	for _, setting := range []string{"hugoLayouts: true", "hugoThemes: [t]"} {
		t.Run(setting, func(t *testing.T) {
			t.Parallel()
			b := bt.Run(t, siteYAML+setting+`
-- themes/t/layouts/_default/single.html --
{{ .Content }}
-- themes/t/static/t.css --
p {}
-- content/archives.lv.md --
---
title: Arhīvs
layout: archives
---
-- content/contact.lv.md --
---
title: Kontakti
type: page
---
-- content/news/a.lv.md --
---
title: Simulācija
type: simulation
---
-- content/news/b.lv.md --
---
title: Parasta
---
`)
			got := b.Result.Warnings.Grouped().Error()
			for _, want := range []string{
				"front matter: the page names a Hugo layout, which vestis does not run: it is shown with the default theme's layout",
				`content/archives.lv.md:3: layout "archives"`,
				`content/news/a.lv.md:3: type "simulation"`,
			} {
				if !strings.Contains(got, want) {
					t.Errorf("warnings lack %q:\n%s", want, got)
				}
			}
			if strings.Count(got, "vestis does not run") != 1 || strings.Contains(got, "b.lv.md") || strings.Contains(got, "contact") {
				t.Errorf("want one warning naming the two pages:\n%s", got)
			}
			b.AssertFile("lv/archives/index.html", "Arhīvs")
		})
	}
}
