package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// pageRefSite has shortcodes that call Hugo's .Page.RelRef and .Page.Ref,
// as themes' do, which failed with "a page has no field RelRef".
const pageRefSite = `-- site.yaml --
baseURL: https://example.org/
title: Vēstis
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis, weight: 1}
  en: {name: English, title: News, weight: 2}
sections:
  news: {lv: jaunumi, en: news}
` + plainLayouts + `
-- layouts/shortcodes/to.html --
<i>{{ .Page.RelRef (dict "path" (.Get 0)) }}|{{ .Page.Ref (dict "path" (.Get 0) "lang" "en") }}|{{ .Page.RelRef (printf "%s#x" (.Get 0)) }}</i>
-- layouts/shortcodes/other.html --
{{ with .Page.GetPage "/news/b" }}{{ .RelRef "a.md" }}{{ end }}
-- content/news/a.lv.md --
---
title: A
---
{{< to "b.md" >}}
-- content/news/b.lv.md --
---
title: B
---
Teksts.
-- content/news/b.en.md --
---
title: B in English
---
Text.
`

// TestPageRelRef: .Page.RelRef and .Page.Ref find a page as relref and ref
// do (a path, or a map of path and lang; a #fragment kept), a rebuild after
// the page named moves agrees with a clean build, and .RelRef of another
// page than the shortcode's own says what to write instead.
func TestPageRelRef(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, pageRefSite)
	b.AssertFile("lv/jaunumi/a/index.html", "<i>/lv/jaunumi/b/|https://example.org/en/news/b/|/lv/jaunumi/b/#x</i>")

	r := bt.NewTree(t, pageRefSite, false)
	r.Rebuild("the page named gets a slug", r.Edit("content/news/b.lv.md", "title: B\n", "title: B\nslug: bee\n"))

	msg := bt.Fail(t, pageRefSite+"-- content/news/c.lv.md --\n---\ntitle: C\n---\n{{< other >}}\n")
	if want := `.Ref and .RelRef are read from the shortcode's own page only`; !strings.Contains(msg, want) {
		t.Errorf("error %q, want %q", msg, want)
	}
}
