package build_test

import (
	"regexp"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestTermOfSectionPageDate: a section page with a term (Docsy's getting
// started section is in the category Placeholders) dates the term's page by
// the section's newest page, whatever the order of their addresses: the term
// was dated before the section was, in a clean build, when its address came
// first, and after it once a weight edit took the fast path, so sitemap.xml
// gave the term a date of change only after the save.
func TestTermOfSectionPageDate(t *testing.T) {
	t.Parallel()
	tr := bt.NewTree(t, siteYAML+plainLayouts+`-- content/zz/_index.lv.md --
---
title: Sākums
tags: [arhīvs]
---
-- content/zz/a.lv.md --
---
title: Pirmā
date: 2024-03-01
---
Teksts.
`, true)
	term := regexp.MustCompile(`<loc>https://example.org/lv/[^<]*/arhivs/</loc><lastmod>2024-03-01</lastmod>`)
	if sm := string(tr.Builder.Last().Files.Map()["lv/sitemap.xml"]); !term.MatchString(sm) {
		t.Errorf("lv/sitemap.xml gives the term no date of its section's newest page:\n%s", sm)
	}
	tr.Rebuild("weight", tr.Edit("content/zz/a.lv.md", "date: 2024-03-01", "date: 2024-03-01\nweight: 1"))
	tr.Rebuild("date", tr.Edit("content/zz/a.lv.md", "date: 2024-03-01", "date: 2024-04-02"))
}
