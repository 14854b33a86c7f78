package build_test

import (
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
