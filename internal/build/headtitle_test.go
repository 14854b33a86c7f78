package build_test

import (
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestHeadTitle: the default theme's <title> names the page, then the
// language's site title; the home page shows the site title alone and a 404
// page the language's "not found" message. Markup in a title stays text.
func TestHeadTitle(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`-- content/_index.en.md --
---
title: Home
---
-- content/news/_index.en.md --
---
title: News & notes
---
-- content/news/a.en.md --
---
title: "A <b>bold</b> plan"
date: 2024-05-06
---
Text.
`)
	for _, tc := range []struct{ path, want string }{
		{"en/index.html", "News"},
		{"en/news/index.html", "News & notes · News"},
		{"en/news/a/index.html", "A <b>bold</b> plan · News"},
		{"en/404.html", "Page not found · News"},
	} {
		title := bt.Find(b.HTML(tc.path), "title")
		if len(title) != 1 {
			t.Fatalf("%s: %d <title> elements", tc.path, len(title))
		}
		if got := bt.Text(title[0]); got != tc.want {
			t.Errorf("%s: <title> = %q, want %q", tc.path, got, tc.want)
		}
	}
}
