package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestTypographer: a Hugo site (hugoAddresses) has its quotes, dashes and
// ellipses written as Hugo writes them by default (It&rsquo;s, &ndash;,
// &hellip;), where vestis wrote them as typed and every apostrophe of a
// Hugo site's text differed from Hugo's page; vestis's own sites keep them
// as typed unless they ask; heading IDs stay Hugo's.
func TestTypographer(t *testing.T) {
	t.Parallel()
	page := `-- content/news/a.lv.md --
---
title: A
---
## It's here

It's "quoted" -- and... more.
`
	for _, c := range []struct {
		name, settings string
		curly          bool
		id             string
	}{
		{"vestis site", "", false, "it-s-here"},
		{"vestis site asking", "markdown: {typographer: true}\n", true, "it-s-here"},
		{"Hugo site", "hugoAddresses: true\n", true, "its-here"},
		{"Hugo site with it off", "hugoAddresses: true\nmarkdown: {typographer: false}\n", false, "its-here"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			b := bt.Run(t, siteYAML+c.settings+page)
			path := "lv/jaunumi/a/index.html"
			got := b.File(path)
			want := []string{"It&rsquo;s &ldquo;quoted&rdquo; &ndash; and&hellip; more."}
			if !c.curly {
				want = []string{"It's &quot;quoted&quot; -- and... more."}
			}
			want = append(want, `id="`+c.id+`"`)
			if c.curly {
				want = append(want, "It&rsquo;s here</h2>")
			}
			for _, w := range want {
				if !strings.Contains(got, w) {
					t.Errorf("%s lacks %s", path, w)
				}
			}
		})
	}
}

// TestTypographerMarks: a site's own marks (Hugo's typographer settings,
// leftDoubleQuote: „) are written in place of English quotes, the marks it
// does not give staying goldmark's, as in Hugo.
func TestTypographerMarks(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`hugoAddresses: true
markdown:
  typographer:
    leftDoubleQuote: „
    rightDoubleQuote: "&ldquo;"
    enDash: "&mdash;"
-- content/news/a.lv.md --
---
title: A
---
It's "quoted" -- and... more.
`)
	want := "It&rsquo;s „quoted&ldquo; &mdash; and&hellip; more."
	if got := b.File("lv/jaunumi/a/index.html"); !strings.Contains(got, want) {
		t.Errorf("the page lacks %s", want)
	}
}
