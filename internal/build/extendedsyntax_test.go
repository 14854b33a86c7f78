package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestExtendedSyntax: a site written for a LoveIt-family Hugo theme, whose
// layouts turn "[GFM]^(GitHub flavored Markdown)" and ":(fas fa-tent):" into
// HTML, has them so when site.yaml names them (markdown.extendedSyntax), in
// the text, a shortcode's output and the table of contents alike, where they
// were published as typed; a site that does not name them keeps them as text.
func TestExtendedSyntax(t *testing.T) {
	t.Parallel()
	page := `-- layouts/shortcodes/note.html --
<div class="note">{{ .Inner | .Page.RenderString }}</div>
-- content/news/a.lv.md --
---
title: A
---
## Ruby [GFM]^(GitHub flavored Markdown)

Gone camping :(fas fa-campground): soon, [99]/[100].

## Icons

{{< note >}}Bookmark :(far fa-bookmark): this{{< /note >}}

` + "```markdown\n[Hugo]{?^}(a generator)\n```\n"
	for _, c := range []struct {
		name, settings string
		want, not      []string
	}{
		{"named", "markdown: {extendedSyntax: [ruby, fraction, fontawesome, escape]}\n",
			[]string{
				`<strong><ruby>GFM<rt>GitHub flavored Markdown</rt></ruby></strong></h2>`,
				`camping&nbsp;<i class="fas fa-campground" aria-hidden="true"></i>&nbsp;soon, <sup>99</sup>/<sub>100</sub>.`,
				`Bookmark&nbsp;<i class="far fa-bookmark" aria-hidden="true"></i>&nbsp;this`,
				`[Hugo]^(a generator)`,
				`<a href="#ruby-gfmgithub-flavored-markdown">Ruby <strong><ruby>GFM`,
			},
			[]string{`{?^}`, `:(`}},
		{"not named", "",
			[]string{`[GFM]^(GitHub flavored Markdown)`, `:(fas fa-campground):`, `[99]/[100]`, `{?^}`},
			[]string{`<ruby>`, `<i class`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			b := bt.Run(t, siteYAML+"hugoAddresses: true\n"+c.settings+page)
			got := b.File("lv/jaunumi/a/index.html")
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("the page lacks %s", w)
				}
			}
			for _, w := range c.not {
				if strings.Contains(got, w) {
					t.Errorf("the page has %s", w)
				}
			}
		})
	}
}

// TestMarkdownExtras: Hugo's extras named in site.yaml (markdown.extras) make
// ++new++, ==key==, H~2~O and x^2^ HTML as Hugo does, where they were text;
// with strikethrough off, ~~a~~ is struck through only by delete.
func TestMarkdownExtras(t *testing.T) {
	t.Parallel()
	page := `-- content/news/a.lv.md --
---
title: A
---
A ++new++ ==key== of H~2~O and x^2^, ~~old~~.
`
	for _, c := range []struct{ name, settings, want string }{
		{"named", "markdown: {extras: [insert, mark, subscript, superscript, delete], strikethrough: false}\n",
			"A <ins>new</ins> <mark>key</mark> of H<sub>2</sub>O and x<sup>2</sup>, <del>old</del>."},
		{"not named", "", "A ++new++ ==key== of H<del>2</del>O and x^2^, <del>old</del>."},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			b := bt.Run(t, siteYAML+c.settings+page)
			if got := b.File("lv/jaunumi/a/index.html"); !strings.Contains(got, c.want) {
				t.Errorf("the page lacks %s", c.want)
			}
		})
	}
}

// TestRebuildMarkdownSettings: turning the LoveIt syntax, Hugo's extras or
// the typographer's marks on and off in site.yaml rebuilds as a clean build
// does: no page keeps HTML converted with the settings before.
func TestRebuildMarkdownSettings(t *testing.T) {
	site := siteYAML + "hugoAddresses: true\nmarkdown: {unsafe: false}\n" + `-- content/news/a.lv.md --
---
title: A
---
[GFM]^(GitHub) :(fas fa-tent): ++new++ "quoted"
`
	r := bt.NewTree(t, site, false)
	r.Clean()
	for _, settings := range []string{
		"markdown: {unsafe: false, extendedSyntax: [ruby, fontawesome]}",
		"markdown: {unsafe: false, extendedSyntax: [ruby, fontawesome], extras: [insert]}",
		"markdown: {unsafe: false, extras: [insert], typographer: {leftDoubleQuote: „}}",
		"markdown: {unsafe: false}",
	} {
		old := r.Read("site.yaml")
		i := strings.Index(old, "markdown:")
		r.Rebuild(settings, r.Write("site.yaml", old[:i]+settings+"\n"))
	}
	if got := string(r.Builder.Last().Files.Map()["lv/jaunumi/a/index.html"]); !strings.Contains(got, "[GFM]^(GitHub) :(fas fa-tent): ++new++") {
		t.Errorf("settings off again, the page is not as typed:\n%s", got)
	}
}

// TestExtendedSyntaxPerPage: a page turns a part of the extended syntax off
// (ruby: false) or on (fontawesome: true) in its front matter, as the
// LoveIt themes merge a page's params over the site's, where every page had
// the site's parts; a site without the syntax has none on any page.
func TestExtendedSyntaxPerPage(t *testing.T) {
	t.Parallel()
	pages := `-- content/news/a.lv.md --
---
title: A
ruby: false
---
Read [GFM]^(GitHub flavored Markdown).
-- content/news/b.lv.md --
---
title: B
---
Read [GFM]^(GitHub flavored Markdown).
-- content/news/c.lv.md --
---
title: C
fontawesome: true
fraction: false
---
Gone :(fas fa-tent): for [1]/[2].
`
	for _, c := range []struct {
		settings, page, want string
	}{
		{"markdown: {extendedSyntax: [ruby, fraction, escape]}\n", "a", `Read [GFM]^(GitHub flavored Markdown).`},
		{"markdown: {extendedSyntax: [ruby, fraction, escape]}\n", "b", `Read <strong><ruby>GFM<rt>GitHub flavored Markdown</rt></ruby></strong>.`},
		{"markdown: {extendedSyntax: [ruby, fraction, escape]}\n", "c", `Gone&nbsp;<i class="fas fa-tent" aria-hidden="true"></i>&nbsp;for [1]/[2].`},
		{"", "c", `Gone :(fas fa-tent): for [1]/[2].`},
	} {
		b := bt.Run(t, siteYAML+"hugoAddresses: true\n"+c.settings+pages)
		b.AssertFile("lv/jaunumi/"+c.page+"/index.html", c.want)
	}
}

// TestRebuildExtendedSwitch: a page's ruby: false added, then removed,
// rebuilds as a clean build does.
func TestRebuildExtendedSwitch(t *testing.T) {
	r := bt.NewTree(t, siteYAML+"hugoAddresses: true\nmarkdown: {extendedSyntax: [ruby, escape]}\n"+`-- content/news/a.lv.md --
---
title: A
---
Read [GFM]^(GitHub).
`, false)
	r.Clean()
	r.Rebuild("ruby off", r.Write("content/news/a.lv.md", "---\ntitle: A\nruby: false\n---\nRead [GFM]^(GitHub).\n"))
	r.Rebuild("ruby on", r.Write("content/news/a.lv.md", "---\ntitle: A\n---\nRead [GFM]^(GitHub).\n"))
}
