package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// taxonomyFileSite gives a taxonomy page and two terms files of their own,
// as Hugo sites do (content/tags/_index.md, content/tags/riga/_index.md):
// one term some pages name, one no page names yet.
const taxonomyFileSite = siteYAML + `-- content/news/a.lv.md --
---
title: Atklāšana
tags: [riga]
---
Teksts.
-- content/news/a.en.md --
---
title: Opening
tags: [riga]
---
Text.
-- content/tags/_index.lv.md --
---
title: Visas tēmas
---
Tēmas, par kurām rakstām.
-- content/tags/riga/_index.lv.md --
---
title: Rīga
description: Ziņas no galvaspilsētas
---
Viss par **Rīgu**.
-- content/tags/riga/_index.en.md --
Everything about Riga, with no front matter.
-- content/tags/daugavpils/_index.lv.md --
---
title: Daugavpils
---
Drīzumā.
`

// TestTaxonomyFiles: the _index files of a taxonomy's folder give the
// taxonomy page and its terms their title, text and description (used to be
// a section at the same address, an error); a term only a file names is
// published, as Hugo does.
func TestTaxonomyFiles(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, taxonomyFileSite)
	h1 := func(path string) string {
		for _, n := range bt.Find(b.HTML(path), "h1") {
			return strings.TrimSpace(bt.Text(n))
		}
		return ""
	}
	for path, want := range map[string]string{
		"lv/tags/index.html":            "Visas tēmas",
		"lv/tags/riga/index.html":       "Rīga",
		"en/tags/riga/index.html":       "riga", // no title: the term's name
		"lv/tags/daugavpils/index.html": "Daugavpils",
	} {
		if got := h1(path); got != want {
			t.Errorf("%s: <h1> %q, want %q", path, got, want)
		}
	}
	b.AssertFile("lv/tags/index.html", "Tēmas, par kurām rakstām.")
	b.AssertFile("lv/tags/riga/index.html", "Viss par <strong>Rīgu</strong>.", `content="Ziņas no galvaspilsētas"`, `href="/lv/jaunumi/a/"`)
	b.AssertFile("en/tags/riga/index.html", "Everything about Riga", `href="/en/news/a/"`)
	b.AssertFile("lv/jaunumi/a/index.html", `href="/lv/tags/riga/"`)
	b.AssertFile("lv/tags/daugavpils/index.html", "Drīzumā.")
}

// TestRebuildTaxonomyFiles: editing, adding and removing a term's file
// rebuilds as a clean build.
func TestRebuildTaxonomyFiles(t *testing.T) {
	r := bt.NewTree(t, taxonomyFileSite, true)
	r.Rebuild("term's title", r.Edit("content/tags/riga/_index.lv.md", "title: Rīga", "title: Rīgas ziņas"))
	r.Rebuild("term's text", r.Edit("content/tags/riga/_index.lv.md", "Viss par", "Visu par"))
	r.Rebuild("taxonomy's title", r.Edit("content/tags/_index.lv.md", "title: Visas tēmas", "title: Tēmas"))
	r.Rebuild("term file removed", r.Remove("content/tags/daugavpils/_index.lv.md")...)
	r.Rebuild("term file added", r.Write("content/tags/liepaja/_index.lv.md", "---\ntitle: Liepāja\n---\n"))
	r.Rebuild("a page names the new term", r.Edit("content/news/a.lv.md", "tags: [riga]", "tags: [riga, liepaja]"))
	r.Rebuild("taxonomy file removed", r.Remove("content/tags/_index.lv.md")...)
}

// TestTermFilesTranslationKey: term files that share a translationKey make
// their terms one across languages, although no translated page pairs them,
// so the language switcher of one lands on the other, as Hugo links them.
func TestTermFilesTranslationKey(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`-- content/news/a.lv.md --
---
title: Semināru diena
tags: [semināri]
---
Teksts.
-- content/news/b.en.md --
---
title: Workshop day
tags: [workshops]
---
Text.
-- content/tags/seminari/_index.lv.md --
---
title: Semināri
translationKey: workshops
---
-- content/tags/workshops/_index.en.md --
---
title: Workshops
translationKey: workshops
---
`)
	b.AssertFile("lv/tags/seminari/index.html", `hreflang="en" href="https://example.org/en/tags/workshops/"`)
	b.AssertFile("en/tags/workshops/index.html", `hreflang="lv" href="https://example.org/lv/tags/seminari/"`)
}
