package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestTranslatedStaticImagePath: a translation that names a file of
// static/ under its language's root (/en/img/a.png for /img/a.png), which
// Hugo leaves broken, is an error that says where the file is published.
func TestTranslatedStaticImagePath(t *testing.T) {
	t.Parallel()
	site := siteYAML + plainLayouts + `-- static/img/plan.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- content/news/a.lv.md --
---
title: Plāns
---
![Plāns](/img/plan.svg)
-- content/news/a.en.md --
---
title: Plan
---
![Plan](/en/img/plan.svg)
`
	msg := bt.Fail(t, site)
	if want := `content/news/a.en.md:4: image "/en/img/plan.svg": there is no static/en/img/plan.svg; the files of static/ are published once, at the site's root, for every language: write "/img/plan.svg"`; !strings.Contains(msg, want) {
		t.Errorf("error\n%s\nwant\n%s", msg, want)
	}
	bt.Run(t, strings.Replace(site, "(/en/img/plan.svg)", "(/img/plan.svg)", 1))
}
