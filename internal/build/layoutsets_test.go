package build_test

import (
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestLayoutsSharePartialsApart: every layout's set has the partials, each
// file parsed once (render's parsedFiles); a partial one layout writes into
// a URL and another into text is escaped for each place, and an empty define
// in a partial leaves the layout's block of that name as it is, for a block
// and for partialCached, as when each set parsed the files itself.
func TestLayoutsSharePartialsApart(t *testing.T) {
	t.Parallel()
	site := siteYAML + `-- layouts/_default/baseof.html --
<!DOCTYPE html><html lang="{{ .Lang.Code }}"><title>{{ .Page.Title }}</title><body>{{ block "main" . }}<p>baseof's main</p>{{ end }}{{ block "aside" . }}{{ end }}</body></html>
-- layouts/_default/single.html --
{{ define "main" }}<a href="/find?q={{ template "partials/word.html" . }}">find</a>{{ partialCached "aside" . }}{{ end }}
{{ define "aside" }}<aside>single's aside</aside>{{ end }}
-- layouts/_default/list.html --
{{ define "main" }}<p class="word">{{ template "partials/word.html" . }}</p>{{ end }}
-- layouts/404.html --
{{ define "main" }}<h1>404</h1>{{ end }}
-- layouts/partials/word.html --
{{- .Page.Title -}}
-- layouts/partials/empty-aside.html --
{{ define "aside" }}{{/* nothing */}} {{ end }}
-- content/notes/_index.lv.md --
---
title: Ziņas & "citi" <b>
---
-- content/notes/a.lv.md --
---
title: Ā & "b" <c>
---
`
	for _, minify := range []bool{false, true} {
		b := bt.Run(t, site, func(o *build.Options) { o.Minify = &minify })
		page := b.File("lv/notes/a/index.html")
		for _, want := range []string{`href="/find?q=%c4%80%20%26%20%22b%22%20%3cc%3e"`, `find</a><aside>single's aside</aside>`, `</a><aside>single's aside</aside><aside>single's aside</aside></body>`} {
			if !strings.Contains(page, want) {
				t.Errorf("minify %v: the page has no %s:\n%s", minify, want, page)
			}
		}
		list := b.File("lv/notes/index.html")
		want := `<p class="word">Ziņas &amp; &#34;citi&#34; &lt;b&gt;</p>`
		if minify {
			want = `<p class="word">Ziņas & "citi" &lt;b></p>`
		}
		if !strings.Contains(list, want) {
			t.Errorf("minify %v: the list has no %s:\n%s", minify, want, list)
		}
	}
}
