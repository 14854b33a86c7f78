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

// TestLooseContentFilePath: a file in a folder of content/ that is no
// bundle (content/media/a.svg, as an NGO's site keeps its pictures) is
// published below the default language's folder when languages have
// folders of their own, as Hugo publishes it; a page naming it at the
// site's root (/media/a.svg) gets an error that says where it is and the
// two ways to fix it, and the address it gives builds.
func TestLooseContentFilePath(t *testing.T) {
	t.Parallel()
	site := siteYAML + plainLayouts + `-- content/media/maps/plan.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- content/news/a.lv.md --
---
title: Plāns
---
![Plāns](/media/maps/plan.svg)
`
	msg := bt.Fail(t, site)
	if want := `content/news/a.lv.md:4: image "/media/maps/plan.svg": there is no static/media/maps/plan.svg; content/media/maps/plan.svg is published below the language's folder, at /lv/media/maps/plan.svg: write "/lv/media/maps/plan.svg", or move the file to static/media/maps/plan.svg to publish it once for every language`; !strings.Contains(msg, want) {
		t.Errorf("error\n%s\nwant\n%s", msg, want)
	}
	b := bt.Run(t, strings.Replace(site, "(/media/maps/plan.svg)", "(/lv/media/maps/plan.svg)", 1))
	b.AssertFile("lv/media/maps/plan.svg", "<svg")
}
