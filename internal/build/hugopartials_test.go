package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestPartialReturn: Hugo's return gives the partial's value to the
// shortcode that called it, and partials know the shortcode's page (its
// language for i18n, the site's address for relURL, assets/ for
// resources.Get), as Hugo Book's shortcodes need.
func TestPartialReturn(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, fixture(t, "partials-return"))
	b.AssertFile("lv/guide/a/index.html",
		`<div class="WARN" id="note-1" data-size="large" data-none="&lt;nil&gt;">Labdien: Uzmanību</div>`,
		`<div class="PLAIN" id="note-2" data-size="small" data-none="&lt;nil&gt;">Labdien: Otrā</div>`,
		`<img src="data:image/svg&#43;xml;base64,`,
		`alt="dot.svg" data-type="image/svg&#43;xml">`,
		`<script type="application/json">{"delimiters":[1,2]}</script>`,
		`<p class="icons">icons/a.svg icons/b.svg </p>`,
		`<p class="link">/docs/guide/</p>`,
		`<p class="addr">example.com|/a/b|x=1|top|true|https://example.org/x/z|/docs/lv/guide/a/</p>`)
	b.AssertFile("en/guide/a/index.html",
		`<div class="INFO" id="note-1" data-size="small" data-none="&lt;nil&gt;">Good day: Careful</div>`)
	page := b.File("lv/guide/a/index.html")
	for _, bad := range []string{"never", "not what the partial gives", "written, but not given"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page shows %q:\n%s", bad, page)
		}
	}
}

// TestPartialOfAnyKind: a partial is a file of any kind, as in Hugo: a
// theme's icon partial "svgs/arrow.svg" is found in its theme's folder and
// the site's own "note.txt" in layouts/partials/, with the context's values;
// an editor's backup beside them (arrow.svg~) is no partial.
func TestPartialOfAnyKind(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {title: Field notes}
hugoThemes: [plain]
-- themes/plain/layouts/partials/svgs/arrow.svg --
<svg width="{{ .width }}" viewBox="0 0 8 8"><path d="M0 4h8"/></svg>
-- themes/plain/layouts/partials/svgs/arrow.svg~ --
<svg>an older arrow</svg>
-- layouts/partials/note.txt --
Noted by {{ .who }}.
-- layouts/shortcodes/fold.html --
<details><summary>{{ partial "svgs/arrow.svg" (dict "width" 12) }}{{ .Get 0 }}</summary>{{ partial "note.txt" (dict "who" "the editor") }}</details>
-- content/notes/walk.md --
---
title: A walk
---
{{< fold "Where we went" >}}
`)
	b.AssertFile("notes/walk/index.html", `<svg width="12" viewBox="0 0 8 8">`, `Where we went</summary>Noted by the editor.`)
	if strings.Contains(b.File("notes/walk/index.html"), "older arrow") {
		t.Errorf("an editor's backup was used as the partial")
	}
}
