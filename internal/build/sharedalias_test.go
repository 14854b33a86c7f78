package build_test

import (
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// sharedAliasSite has a page whose three translations all give the same
// absolute alias, as Hugo sites write it in each language's file, and a
// relative alias, which is a different address in each language.
const sharedAliasSite = siteYAML + plainLayouts + `-- content/docs/plan.en.md --
---
title: Plan
aliases: [/old-plan/, old]
---
-- content/docs/plan.lv.md --
---
title: Plāns
aliases: [/old-plan/, old]
---
-- content/docs/plan.vi.md --
---
title: Kế hoạch
aliases: [/old-plan/]
---
`

// TestSharedAlias: translations may give the same absolute alias; it
// redirects to the default language's page. Unrelated pages giving the same
// alias are still an error.
func TestSharedAlias(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, sharedAliasSite)
	refresh := func(path string) string {
		for _, m := range bt.Find(b.HTML(path), "meta", "http-equiv=refresh") {
			return bt.Attr(m, "content")
		}
		t.Errorf("%s is not a redirect: %q", path, b.File(path))
		return ""
	}
	if got := refresh("old-plan/index.html"); !strings.HasSuffix(got, "/lv/docs/plan/") {
		t.Errorf("/old-plan/ redirects to %q, want the default language's page /lv/docs/plan/", got)
	}
	if got := refresh("lv/docs/old/index.html"); !strings.HasSuffix(got, "/lv/docs/plan/") {
		t.Errorf("lv relative alias redirects to %q", got)
	}
	if got := refresh("en/docs/old/index.html"); !strings.HasSuffix(got, "/en/docs/plan/") {
		t.Errorf("en relative alias redirects to %q", got)
	}
	// A page that is no translation of it giving the same alias: the first
	// by language keeps it, the other is told, as Hugo would write one
	// redirect over the other. So is an alias a page is published at.
	b = bt.Run(t, sharedAliasSite+`-- content/docs/other.en.md --
---
title: Other
aliases: [/old-plan/, /lv/docs/plan/, /en/docs/other/]
---
`)
	if got := refresh("old-plan/index.html"); !strings.HasSuffix(got, "/lv/docs/plan/") {
		t.Errorf("/old-plan/ redirects to %q, want the default language's page /lv/docs/plan/", got)
	}
	b.AssertFile("lv/docs/plan/index.html", "<h1>Plāns</h1>")
	b.AssertFile("en/docs/other/index.html", "<h1>Other</h1>")
	want := `content/docs/other.en.md:3: aliases: /en/docs/other/ is the page's own address; it is left out, so remove it
content/docs/other.en.md:3: aliases: /lv/docs/plan/ is the address of content/docs/plan.lv.md, which is published there; it is left out, so remove it
content/docs/other.en.md:3: aliases: /old-plan/ is also an alias of content/docs/plan.lv.md:3, which keeps it; it is left out, so remove it`
	if got := b.Result.Warnings.Error(); got != want {
		t.Errorf("warnings:\n%s\nwant\n%s", got, want)
	}
	msg := bt.Fail(t, sharedAliasSite+`-- content/docs/other.en.md --
---
title: Other
aliases: [/old-plan/]
---
`, func(o *build.Options) { o.Strict = true })
	if !strings.Contains(msg, "content/docs/other.en.md:3: aliases: /old-plan/ is also an alias of content/docs/plan.lv.md:3") {
		t.Errorf("with --strict, an unrelated page's same alias: %s", msg)
	}
}

// TestRebuildSharedAlias: editing the shared alias of one translation, or
// removing the page that had it, rebuilds as a clean build.
func TestRebuildSharedAlias(t *testing.T) {
	r := bt.NewTree(t, sharedAliasSite, true)
	r.Rebuild("title of a page without the redirect", r.Edit("content/docs/plan.en.md", "title: Plan", "title: The plan"))
	r.Rebuild("default language's alias removed", r.Edit("content/docs/plan.lv.md", "aliases: [/old-plan/, old]", "aliases: [old]"))
	r.Rebuild("default language's page removed", r.Remove("content/docs/plan.lv.md")...)
	r.Rebuild("restored", r.Write("content/docs/plan.lv.md", "---\ntitle: Plāns\naliases: [/old-plan/]\n---\n"))
}

// TestAliasClimbs: a relative alias may climb with "..", as Hugo resolves it
// from the folder of the page's address ("../start" on /en/docs/guide/ is
// /en/start/); one that climbs above the site's root is an error at its line.
func TestAliasClimbs(t *testing.T) {
	t.Parallel()
	const site = siteYAML + plainLayouts + `-- content/docs/guide.en.md --
---
title: Guide
aliases: [../start]
---
-- content/docs/guide.lv.md --
---
title: Ceļvedis
aliases: [../../sakums]
---
`
	b := bt.Run(t, site)
	for path, want := range map[string]string{"en/start/index.html": "/en/docs/guide/", "sakums/index.html": "/lv/docs/guide/"} {
		ms := bt.Find(b.HTML(path), "meta", "http-equiv=refresh")
		if len(ms) == 0 || !strings.HasSuffix(bt.Attr(ms[0], "content"), want) {
			t.Errorf("%s does not redirect to %s: %q", path, want, b.File(path))
		}
	}
	msg := bt.Fail(t, strings.Replace(site, "aliases: [../start]", "aliases: [../../../start]", 1))
	if want := `content/docs/guide.en.md:3: front matter: aliases: "../../../start" would leave the site`; !strings.Contains(msg, want) {
		t.Errorf("error\n%s\nwant\n%s", msg, want)
	}
}

// TestAliasesDifferingInCase: translations of a Hugo site that give aliases
// differing only in letter case (/docs/notice/ and /docs/NOTICE/, as
// sofastack's do), which Hugo writes as two folders and macOS and Windows
// hold as one, build: the default language's page keeps its alias and the
// other is left out with a warning naming both. In a vestis site they stay
// the claims' error.
func TestAliasesDifferingInCase(t *testing.T) {
	t.Parallel()
	pages := `-- content/docs/notice.lv.md --
---
title: Paziņojums
aliases: [/docs/NOTICE/]
---
Teksts.
-- content/docs/notice.en.md --
---
title: Notice
aliases: [/docs/notice/]
---
Text.
`
	msg := bt.Fail(t, siteYAML+pages)
	if want := "differs only in letter case"; !strings.Contains(msg, want) {
		t.Errorf("vestis site: error %q, want %q", msg, want)
	}
	b := bt.Run(t, siteYAML+"hugoAddresses: true\n"+pages)
	b.AssertFile("docs/NOTICE/index.html", "/lv/docs/notice/")
	b.AssertNoFile("docs/notice/index.html")
	if got, want := b.Result.Warnings.Error(), "content/docs/notice.en.md:3: aliases: /docs/notice/ differs only in letter case from /docs/NOTICE/, an alias of content/docs/notice.lv.md:3, which keeps it"; !strings.Contains(got, want) {
		t.Errorf("warnings:\n%s\nwant %s", got, want)
	}
}
