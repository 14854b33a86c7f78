package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// warnfSite has a shortcode that says a warning with Hugo's warnf, used by
// one page, and a message no language has, asked for by another page.
const warnfSite = siteYAML + plainLayouts + `-- content/news/a.lv.md --
---
title: Ziņa
---
{{< old >}}
-- content/news/b.lv.md --
---
title: Cita
---
Teksts.
-- content/news/b.en.md --
---
title: Other
---
{{< ask >}}
-- layouts/shortcodes/old.html --
{{ warnf "old: use the new shortcode instead" }}<p>old</p>
-- layouts/shortcodes/ask.html --
<p>{{ i18n "nowhere" }}</p>
`

// TestRebuildShortcodeWarnings: what shortcodes say (warnf, a message no
// language has) belongs to the conversion of the page that ran them. A
// save of another page keeps the warning, as a clean build has it (the
// fast path used to drop it: Hugo Book's hint shortcode under serve), and
// the warning goes when the page that ran the shortcode no longer does
// (the shortcodes' warnings used to pile up until a layout was saved).
func TestRebuildShortcodeWarnings(t *testing.T) {
	t.Parallel()
	tr := bt.NewTree(t, warnfSite, true)
	want := []string{"warnf: old: use the new shortcode instead", `"nowhere"`}
	check := func(what string, present bool) {
		t.Helper()
		w := tr.Builder.Last().Warnings.Error()
		for _, s := range want {
			if strings.Contains(w, s) != present {
				t.Errorf("%s: warnings:\n%s\nwant %q present: %v", what, w, s, present)
			}
		}
	}
	check("first build", true)
	tr.Rebuild("text of another page", tr.Edit("content/news/b.lv.md", "Teksts.", "Cits teksts."))
	check("text of another page", true)
	tr.Rebuild("title of another page", tr.Edit("content/news/b.lv.md", "title: Cita", "title: Vēl cita"))
	check("title of another page", true)
	tr.Rebuild("shortcode taken out", tr.Edit("content/news/a.lv.md", "{{< old >}}", "Jauns."))
	tr.Rebuild("message shortcode taken out", tr.Edit("content/news/b.en.md", "{{< ask >}}", "New."))
	check("shortcodes taken out", false)
	tr.Rebuild("shortcode back", tr.Edit("content/news/a.lv.md", "Jauns.", "{{< old >}}"))
	tr.Rebuild("message shortcode back", tr.Edit("content/news/b.en.md", "New.", "{{< ask >}}"))
	check("shortcodes back", true)
}

// TestMissingKeysGroupedWarning: a shortcode that asks for a message per
// item (a theme's icons: social_NAME) in each language, none of which
// exist, is one warning that lists the keys, as vestis build and vestis
// serve print it (diag.List.Grouped), not a line per key and language
// (138 lines on hbstack's site).
func TestMissingKeysGroupedWarning(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`-- content/news/a.lv.md --
---
title: Saites
---
{{< icons >}}
-- content/news/a.en.md --
---
title: Links
---
{{< icons >}}
-- layouts/shortcodes/icons.html --
{{ range slice "mail" "phone" "map" }}<i>{{ printf "icon_%s" . | i18n }}</i>{{ end }}
`)
	var lines []string
	for _, w := range b.Result.Warnings.Grouped() {
		lines = append(lines, w.Error())
	}
	want := `shortcodes ask for i18n keys that neither the site's nor the default theme's i18n files have; i18n and T give nothing there, as Hugo's do; add the keys to the files named; in 6 places:
  layouts/shortcodes: "icon_mail" (i18n/en.yaml or i18n/lv.yaml)
  layouts/shortcodes: "icon_mail" (i18n/lv.yaml)
  layouts/shortcodes: "icon_map" (i18n/en.yaml or i18n/lv.yaml)
  layouts/shortcodes: "icon_map" (i18n/lv.yaml)
  layouts/shortcodes: "icon_phone" (i18n/en.yaml or i18n/lv.yaml)
  layouts/shortcodes: "icon_phone" (i18n/lv.yaml)`
	if got := strings.Join(lines, "\n"); got != want {
		t.Errorf("grouped warnings:\n%s\nwant:\n%s", got, want)
	}
}

// TestWarnfNamesItsPlaces: what a shortcode says with warnf is said at the
// page and line of each shortcode that said it, listed once under the
// message when several did (Hugo Book's hint: "layouts/shortcodes: warnf:
// ..." named no page nor shortcode).
func TestWarnfNamesItsPlaces(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, pages, want string }{
		{"one place", `-- content/news/a.lv.md --
---
title: Ziņa
---
Teksts.

{{< old >}}
`, `content/news/a.lv.md:6: shortcode "old": warnf: old: use the new shortcode instead`},
		{"many places", `-- content/news/a.lv.md --
---
title: Ziņa
---
{{< old >}}
-- content/news/a.en.md --
---
title: News
---
Text.
{{< old >}}
`, "shortcode \"old\": warnf: old: use the new shortcode instead; in 2 files:\n  content/news/a.en.md:5\n  content/news/a.lv.md:4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			b := bt.Run(t, siteYAML+plainLayouts+tc.pages+`-- layouts/shortcodes/old.html --
{{ warnf "old: use the new shortcode instead" }}<p>old</p>
`)
			if w := b.Result.Warnings.Grouped().Error(); !strings.Contains(w, tc.want) {
				t.Errorf("warnings:\n%s\nwant %q", w, tc.want)
			}
		})
	}
}
