package build_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vestis-ssg/vestis/internal/buildtest"
)

// termsSite names partners in each language's words, and tags as keys.
const termsSite = `
-- site.yaml --
baseURL: https://example.org/
defaultLanguage: lv
languages:
  lv: {title: Vēstis, weight: 1}
  en: {title: News, weight: 2}
taxonomies: [tags, partners]
-- content/projects/a.lv.md --
---
title: A
partners: ["Latvijas Universitāte", "MIT J-WEL", "Rīgas Tehniskā universitāte"]
tags: [erdf]
---
Teksts.
-- content/projects/a.en.md --
---
title: A
partners: ["University of Latvia", "MIT J-WEL", "Riga Technical University"]
tags: [erdf]
---
Text.
-- content/projects/b.lv.md --
---
title: B
partners: ["Latvijas Universitāte", "Rīgas Tehniskā universitāte"]
tags: [erdf, cooperation]
---
Teksts.
-- content/projects/b.en.md --
---
title: B
partners: ["University of Latvia", "Riga Technical University"]
tags: [erdf, cooperation]
---
Text.
`

// TestTermTranslations: a partner named in each language's words has one
// identity: its term pages are translations of each other, and the language
// switcher lands on the same partner.
func TestTermTranslations(t *testing.T) {
	t.Parallel()
	b := buildtest.Run(t, termsSite)
	for page, want := range map[string]string{
		"en/partners/university-of-latvia/index.html":        `hreflang="lv" href="https://example.org/lv/partners/latvijas-universitate/"`,
		"lv/partners/rigas-tehniska-universitate/index.html": `hreflang="en" href="https://example.org/en/partners/riga-technical-university/"`,
		"en/partners/mit-j-wel/index.html":                   `hreflang="lv" href="https://example.org/lv/partners/mit-j-wel/"`,
		"en/tags/cooperation/index.html":                     `hreflang="lv" href="https://example.org/lv/tags/cooperation/"`,
	} {
		b.AssertFile(page, want)
	}
}

// TestTermTranslationsRebuild: edits that match terms across languages anew
// rebuild to what a clean build gives.
func TestTermTranslationsRebuild(t *testing.T) {
	t.Parallel()
	r := buildtest.NewTree(t, termsSite, false)
	r.Rebuild("order of one translation's partners",
		r.Edit("content/projects/b.en.md", `["University of Latvia", "Riga Technical University"]`, `["Riga Technical University", "University of Latvia"]`))
	r.Rebuild("back again",
		r.Edit("content/projects/b.en.md", `["Riga Technical University", "University of Latvia"]`, `["University of Latvia", "Riga Technical University"]`))
	r.Rebuild("a partner only one language names",
		r.Edit("content/projects/a.en.md", `"MIT J-WEL", "Riga`, `"MIT J-WEL", "University of Latvia", "Riga`))
	r.Rebuild("a tag one translation loses", r.Edit("content/projects/b.lv.md", "tags: [erdf, cooperation]", "tags: [erdf]"))
	if got := r.Read("content/projects/b.lv.md"); !strings.Contains(got, "tags: [erdf]") {
		t.Fatal("edit not written")
	}
}

// TestTermTranslationsTwoInOneLanguage: where one language names with two
// terms what another names with one (pamati is both application and
// fundamental), the term more pages name is the translation, and every
// build says so: the two English terms once took one key, and the Latvian
// page's language switcher went to either, build by build.
func TestTermTranslationsTwoInOneLanguage(t *testing.T) {
	t.Parallel()
	const site = `
-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
languages:
  en: {title: News, weight: 1}
  lv: {title: Vēstis, weight: 2}
taxonomies: [tags]
-- content/docs/a.en.md --
---
title: A
tags: [application]
---
Text.
-- content/docs/a.lv.md --
---
title: A
tags: [pamati]
---
Teksts.
-- content/docs/b.en.md --
---
title: B
tags: [fundamental]
---
Text.
-- content/docs/b.lv.md --
---
title: B
tags: [pamati]
---
Teksts.
-- content/docs/c.en.md --
---
title: C
tags: [fundamental]
---
Text.
`
	r := buildtest.NewTree(t, site, true)
	r.Rebuild("the other term more pages name", r.Edit("content/docs/c.en.md", "[fundamental]", "[application]"))
	r.Rebuild("and back", r.Edit("content/docs/c.en.md", "[application]", "[fundamental]"))
	var first map[string][]byte
	for range 4 { // map order differs from build to build
		b := buildtest.Run(t, site)
		b.AssertFile("lv/tags/pamati/index.html", `hreflang="en" href="https://example.org/en/tags/fundamental/"`)
		b.AssertFile("en/tags/fundamental/index.html", `hreflang="lv" href="https://example.org/lv/tags/pamati/"`)
		if got := b.File("en/tags/application/index.html"); strings.Contains(got, "/lv/tags/pamati/") {
			t.Errorf("the term fewer pages name links a translation:\n%s", got)
		}
		if first == nil {
			first = b.Result.Files.Map()
		} else if diff := cmp.Diff(first, b.Result.Files.Map()); diff != "" {
			t.Fatalf("two builds differ (-first +later):\n%s", diff)
		}
	}
}

// TestTermsEmptyItem: a list of terms with an item left empty (a lone -,
// as a theme's demo pages write tags: then -) has the other terms only,
// as in Hugo, which skips it: not an error for each such page; so do
// other lists of text (aliases).
func TestTermsEmptyItem(t *testing.T) {
	t.Parallel()
	b := buildtest.Run(t, siteYAML+plainLayouts+`
-- content/news/a.lv.md --
---
title: A
tags:
-
- riga
aliases:
-
---
Teksts.
-- content/news/b.lv.md --
---
title: B
tags:
-
---
Teksts.
`)
	b.AssertFile("lv/tags/riga/index.html", "<h1>")
	if page := b.File("lv/jaunumi/b/index.html"); strings.Contains(page, `/tags/"`) || strings.Contains(page, "/lv/tags//") {
		t.Errorf("B links an empty term:\n%s", page)
	}
}
