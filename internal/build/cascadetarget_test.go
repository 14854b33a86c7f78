package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestCascadeTarget: a cascade narrowed with target, as Hugo 0.111 and later
// write it, or with _target, as earlier ones did, in YAML and in TOML
// ([[cascade]] with [cascade.target]); its values given as they are or
// under params, as newer Hugo writes custom fields. Each reaches the pages
// its path, kind and language name, and no other.
func TestCascadeTarget(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`-- layouts/_default/baseof.html --
<!DOCTYPE html><html lang="{{.Lang.Code}}"><head><title>{{.Page.Title}}</title></head><body>{{block "main" .}}{{end}}</body></html>
-- layouts/_default/single.html --
{{define "main"}}<h1>{{.Page.Title}}</h1><p class="who">{{.Page.Author}}</p><p class="color">{{index .Page.Params "color"}}</p>{{end}}
-- layouts/_default/list.html --
{{define "main"}}<h1>{{.Page.Title}}</h1><p class="color">{{index .Page.Params "color"}}</p>{{end}}
-- content/guides/_index.lv.md --
---
title: Ceļveži
cascade:
  - target: {path: /guides/field/**}
    params: {color: green}
  - _target: {kind: page, lang: lv}
    author: Redakcija
  - target:
      kind: section
    params:
      color: grey
---
-- content/guides/_index.en.md --
+++
title = "Guides"
[[cascade]]
  [cascade.params]
    color = "blue"
  [cascade.target]
    path = "/guides/field/**"
[[cascade]]
  author = "Editors"
  [cascade.target]
    kind = "page"
+++
-- content/guides/start.lv.md --
---
title: Sākums
---
-- content/guides/start.en.md --
---
title: Start
---
-- content/guides/field/_index.lv.md --
---
title: Lauka darbi
---
-- content/guides/field/soil.lv.md --
---
title: Augsne
---
-- content/guides/field/soil.en.md --
---
title: Soil
params: {color: brown}
---
`)
	b.AssertFile("lv/guides/start/index.html", `<p class="who">Redakcija</p><p class="color"></p>`)
	b.AssertFile("lv/guides/field/soil/index.html", `<p class="who">Redakcija</p><p class="color">green</p>`)
	b.AssertFile("lv/guides/index.html", `<p class="color">grey</p>`)
	b.AssertFile("en/guides/index.html", `<p class="color"></p>`)
	b.AssertFile("en/guides/start/index.html", `<p class="who">Editors</p><p class="color"></p>`)
	// The page's own params win over the cascade's.
	b.AssertFile("en/guides/field/soil/index.html", `<p class="who">Editors</p><p class="color">brown</p>`)
}

// TestCascadeTargetSites: a cascade whose target names languages with
// Hugo's sites matrix (Hugo 0.153: target: {sites: {matrix: {languages:
// ["**"]}}}, as opentelemetry.io writes it once, in English, for every
// language) reaches the pages of those languages below its place too, the
// page's own language's cascade winning; one naming other dimensions
// (versions) is an error at its line, as vestis has one version.
func TestCascadeTargetSites(t *testing.T) {
	t.Parallel()
	layouts := `-- layouts/_default/baseof.html --
<!DOCTYPE html><html lang="{{.Lang.Code}}"><head><title>{{.Page.Title}}</title></head><body>{{block "main" .}}{{end}}</body></html>
-- layouts/_default/single.html --
{{define "main"}}<h1>{{.Page.Title}}</h1><p class="who">{{.Page.Author}}</p><p class="color">{{index .Page.Params "color"}}</p>{{end}}
-- layouts/_default/list.html --
{{define "main"}}<h1>{{.Page.Title}}</h1>{{end}}
`
	b := bt.Run(t, siteYAML+layouts+`-- content/guides/_index.en.md --
---
title: Guides
cascade:
  params: {color: blue}
  author: Editors
  target:
    sites: {matrix: {languages: ['**']}}
---
-- content/guides/_index.vi.md --
---
title: Tin tức
cascade:
  author: Biên tập
---
-- content/guides/a.en.md --
---
title: A
---
-- content/guides/a.lv.md --
---
title: A lv
---
-- content/guides/a.vi.md --
---
title: A vi
---
-- content/other/b.lv.md --
---
title: B
---
`)
	b.AssertFile("en/guides/a/index.html", `<p class="who">Editors</p><p class="color">blue</p>`)
	b.AssertFile("lv/guides/a/index.html", `<p class="who">Editors</p><p class="color">blue</p>`)
	b.AssertFile("vi/guides/a/index.html", `<p class="who">Biên tập</p><p class="color">blue</p>`)
	b.AssertFile("lv/other/b/index.html", `<p class="who"></p><p class="color"></p>`)

	for _, tc := range []struct{ name, target, want string }{
		{"a version", `{sites: {matrix: {versions: ['v2']}}}`, "content/guides/_index.en.md:3: front matter: cascade: target: sites: matrix: versions is not read: vestis has one version and one role; use languages"},
		{"not a list", `{sites: {matrix: {languages: 5}}}`, "content/guides/_index.en.md:3: front matter: cascade: target: sites: matrix: languages: want a list such as [\"**\"], got"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			err := bt.Fail(t, siteYAML+layouts+"-- content/guides/_index.en.md --\n---\ntitle: Guides\ncascade:\n  author: Editors\n  target: "+tc.target+"\n---\n")
			if !strings.Contains(err, tc.want) {
				t.Errorf("error:\n%s\nwant %q", err, tc.want)
			}
		})
	}
}
