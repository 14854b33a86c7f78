package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestDefaultLanguageFolderRedirect: with the default language at the site
// root, its folder (/en/) redirects to the home page, as Hugo's does.
func TestDefaultLanguageFolderRedirect(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, rootLangSite)
	metas := bt.Find(b.HTML("en/index.html"), "meta", "http-equiv=refresh")
	if len(metas) != 1 || !strings.HasSuffix(bt.Attr(metas[0], "content"), "url=/") {
		t.Errorf("/en/ is not a redirect to /: %q", b.File("en/index.html"))
	}
	// A site whose default language has its folder has no such redirect.
	b = bt.Run(t, siteYAML+plainLayouts+"-- content/_index.lv.md --\n---\ntitle: Sākums\n---\n")
	if h := bt.Find(b.HTML("lv/index.html"), "meta", "http-equiv=refresh"); len(h) != 0 {
		t.Errorf("/lv/ is a redirect")
	}
}

// TestHugoPermalinkTokens: :slugorfilename and :slugorcontentbasename are
// the slug, else the file's or bundle's name; :contentbasename the name.
func TestHugoPermalinkTokens(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`permalinks:
  news: /:section/:year/:slugorcontentbasename/
  docs: /:section/:contentbasename/
`+plainLayouts+`-- content/news/first-post.lv.md --
---
title: Pirmā ziņa
date: 2024-05-19
---
-- content/news/bundle/index.lv.md --
---
title: Saišķis
date: 2023-01-02
slug: mans-slug
---
-- content/docs/guide.lv.md --
---
title: Ceļvedis
slug: ignored
---
`)
	for _, page := range []string{"lv/jaunumi/2024/first-post/index.html", "lv/jaunumi/2023/mans-slug/index.html", "lv/docs/guide/index.html"} {
		if len(bt.Find(b.HTML(page), "h1")) != 1 {
			t.Errorf("%s: no page", page)
		}
	}
}

// TestSectionTerms: a section page's tags make terms that list it, as in
// Hugo, beside the regular pages that name them.
func TestSectionTerms(t *testing.T) {
	t.Parallel()
	site := siteYAML + plainLayouts + `-- content/docs/_index.lv.md --
---
title: Dokumenti
tags: [Vietturi]
---
-- content/docs/a.lv.md --
---
title: Alfa
tags: [Vietturi]
---
`
	b := bt.Run(t, site)
	var listed []string
	for _, a := range bt.Find(b.HTML("lv/tags/vietturi/index.html"), "a") {
		listed = append(listed, bt.Text(a))
	}
	if strings.Join(listed, ",") != "Alfa,Dokumenti" && strings.Join(listed, ",") != "Dokumenti,Alfa" {
		t.Errorf("the term lists %q, want the section page and the page", listed)
	}
	r := bt.NewTree(t, site, true)
	r.Rebuild("section's term removed", r.Edit("content/docs/_index.lv.md", "tags: [Vietturi]", "tags: [Cits]"))
}
