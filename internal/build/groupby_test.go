package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// groupSite has three pages in two sections, with dates and params, and a
// home page whose shortcodes group them as Hugo's archive and list
// templates do.
const groupSite = siteYAML + `-- layouts/_default/baseof.html --
<!DOCTYPE html><html lang="{{.Lang.Code}}"><head><title>{{.Page.Title}}</title></head><body>{{.Page.Content}}</body></html>
-- layouts/404.html --
404
-- layouts/partials/groups.html --
{{ range . }}[{{ .Key }}:{{ range .Pages }}{{ .Title }}{{ end }}]{{ end -}}
-- layouts/shortcodes/g.html --
<p class="{{ .Get 0 }}">{{ $all := site.RegularPages }}{{ $by := .Get 0 }}
{{- if eq $by "section" }}{{ partial "groups.html" ($all.GroupBy "Section") }}
{{- else if eq $by "section-desc" }}{{ partial "groups.html" ($all.GroupBy "Section" "desc") }}
{{- else if eq $by "section-reverse" }}{{ partial "groups.html" ($all.GroupBy "Section").Reverse }}
{{- else if eq $by "weight" }}{{ partial "groups.html" ($all.GroupBy "Weight") }}
{{- else if eq $by "year" }}{{ partial "groups.html" ($all.GroupByDate "2006") }}
{{- else if eq $by "year-asc" }}{{ partial "groups.html" ($all.GroupByDate "2006" "asc") }}
{{- else if eq $by "month" }}{{ partial "groups.html" ($all.GroupByDate "2006-01") }}
{{- else if eq $by "published" }}{{ partial "groups.html" ($all.GroupByPublishDate "2006") }}
{{- else if eq $by "changed" }}{{ partial "groups.html" ($all.GroupByLastmod "2006" "asc") }}
{{- else if eq $by "city" }}{{ partial "groups.html" ($all.GroupByParam "city") }}
{{- else if eq $by "city-desc" }}{{ partial "groups.html" ($all.GroupByParam "city" "desc") }}
{{- else if eq $by "event" }}{{ partial "groups.html" ($all.GroupByParamDate "event" "2006") }}
{{- else if eq $by "blog" }}{{ with site.GetPage "/blog" }}{{ $g := .Pages.GroupByDate "2006" }}{{ len $g }} {{ partial "groups.html" $g }}{{ end }}
{{- else if eq $by "sorted" }}{{ range $all.GroupBy "Section" }}[{{ .Key }}:{{ range .ByTitle.Reverse }}{{ .Title }}{{ end }} {{ .Len }}]{{ end }}
{{- else if eq $by "where" }}{{ partial "groups.html" ((where $all "Section" "blog").GroupBy "Title" "desc") }}
{{- else }}{{ partial "groups.html" ($all.GroupBy $by) }}{{ end }}</p>
-- content/_index.lv.md --
---
title: Sākums
---
{{< g section >}}
{{< g section-desc >}}
{{< g section-reverse >}}
{{< g weight >}}
{{< g year >}}
{{< g year-asc >}}
{{< g month >}}
{{< g published >}}
{{< g changed >}}
{{< g city >}}
{{< g city-desc >}}
{{< g event >}}
{{< g blog >}}
{{< g where >}}
{{< g sorted >}}
{{< g Kind >}}
-- content/docs/a.lv.md --
---
title: A
date: 2022-03-05
publishDate: 2022-03-05
lastmod: 2023-01-01
weight: 2
city: Rīga
event: 2021-07-01
---
Teksts.
-- content/blog/_index.lv.md --
---
title: Blogs
---
-- content/blog/b.lv.md --
---
title: B
date: 2022-11-20
publishDate: 2023-01-10
lastmod: 2022-12-01
city: Cēsis
event: "2021-07-15"
---
Teksts.
-- content/blog/c.lv.md --
---
title: C
date: 2021-06-01
publishDate: 2023-02-01
lastmod: 2022-06-01
event: 2020-01-01
---
Teksts.
`

// TestShortcodeGroupsPages: a shortcode, and a partial it passes the groups
// to, groups pages as Hugo's GroupBy, GroupByDate, GroupByPublishDate,
// GroupByLastmod, GroupByParam and GroupByParamDate do: keys ascending by
// default for a field or param, newest first for a date, each turned by
// "asc" or "desc" and by .Reverse; a group sorts as a list does (.ByTitle,
// as Geekdoc's toc-tree calls it). A rebuild after a date changed regroups.
func TestShortcodeGroupsPages(t *testing.T) {
	t.Parallel()
	tr := bt.NewTree(t, groupSite, false)
	home := string(tr.Builder.Last().Files.Map()["lv/index.html"])
	// site.RegularPages are in Hugo's order: A (weight 2), then B and C,
	// newest first.
	for _, tt := range []struct{ by, want string }{
		{"section", "[blog:BC][docs:A]"},
		{"section-desc", "[docs:A][blog:BC]"},
		{"section-reverse", "[docs:A][blog:BC]"},
		{"weight", "[0:BC][2:A]"},
		{"year", "[2022:BA][2021:C]"},
		{"year-asc", "[2021:C][2022:AB]"},
		{"month", "[2022-11:B][2022-03:A][2021-06:C]"},
		{"published", "[2023:CB][2022:A]"},
		{"changed", "[2022:CB][2023:A]"},
		{"city", "[Cēsis:B][Rīga:A]"},
		{"city-desc", "[Rīga:A][Cēsis:B]"},
		{"event", "[2021:BA][2020:C]"},
		{"blog", "2 [2022:B][2021:C]"},
		{"where", "[C:C][B:B]"},
		{"Kind", "[page:ABC]"},
		{"sorted", "[blog:CB 2][docs:A 1]"},
	} {
		if want := `<p class="` + tt.by + `">` + tt.want + `</p>`; !strings.Contains(home, want) {
			t.Errorf("%s: the home page lacks %s:\n%s", tt.by, want, home)
		}
	}

	tr.Rebuild("a grouped page's date", tr.Edit("content/blog/c.lv.md", "date: 2021-06-01", "date: 2022-01-01"))
	if home := string(tr.Builder.Last().Files.Map()["lv/index.html"]); !strings.Contains(home, `<p class="year">[2022:BAC]</p>`) {
		t.Errorf("the rebuild groups by the old date:\n%s", home)
	}
}

// TestShortcodeGroupsPagesMistakes: a grouping a page cannot give is an
// error at the shortcode's line that says what was wrong.
func TestShortcodeGroupsPagesMistakes(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ name, files, want string }{
		{"no such field", `
-- content/_index.lv.md --
---
title: Sākums
---
Teksts.

{{< g Colour >}}
`, `content/_index.lv.md:6: shortcode "g"`},
		{"the field's name in the message", `
-- content/_index.lv.md --
---
title: Sākums
---
{{< g Colour >}}
`, "a page has no field or method Colour"},
		{"a method that needs an argument", `
-- content/_index.lv.md --
---
title: Sākums
---
{{< g GetPage >}}
`, "GetPage is a method of a page that pages cannot be grouped by"},
		{"a param that is no date", `
-- layouts/shortcodes/g.html --
{{ range site.RegularPages.GroupByParamDate "city" "2006" }}{{ .Key }}{{ end }}
`, `GroupByParamDate "city": city of content/docs/a.lv.md: cannot read "Rīga" as a date`},
		{"an unknown order", `
-- layouts/shortcodes/g.html --
{{ range site.RegularPages.GroupByDate "2006" "newest" }}{{ .Key }}{{ end }}
`, `GroupByDate: order "newest" is neither asc nor desc`},
		{"a list", `
-- layouts/shortcodes/g.html --
{{ range site.RegularPages.GroupByParam "tags" }}{{ .Key }}{{ end }}
-- content/blog/c.lv.md --
---
title: C
tags: [a, b]
---
Teksts.
`, "content/blog/c.lv.md gives a list or a map, which pages cannot be grouped by"},
	} {
		msg := bt.Fail(t, groupSite+tt.files)
		if !strings.Contains(msg, tt.want) {
			t.Errorf("%s: the error lacks %q:\n%s", tt.name, tt.want, msg)
		}
	}
}
