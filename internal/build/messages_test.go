package build_test

import (
	"slices"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
	"github.com/vestis-ssg/vestis/internal/locale"
)

// TestMessagesOfNames: a language whose messages file lacks the default
// theme's is told only of the names of sections, taxonomies and terms its
// pages have: not of the example site's terms (term.tags.erasmus-plus),
// nor of its sections and taxonomies, which no page of the site shows.
func TestMessagesOfNames(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
languages:
  en: {name: English, title: Notes, weight: 1}
  de: {name: Deutsch, title: Notizen, weight: 2}
taxonomies: [tags]
-- i18n/de.yaml --
readMore: "Weiterlesen"
-- content/news/a.de.md --
---
title: Zusammenarbeit
tags: [cooperation, Wald]
---
Text.
-- content/news/a.en.md --
---
title: Working together
tags: [cooperation]
---
Text.
`)
	var keys []string
	for _, w := range b.Result.MessageWarnings {
		if w.Lang == "de" && w.Key != "" {
			keys = append(keys, w.Key)
		}
	}
	for _, want := range []string{"section.news", "section.search", "taxonomy.tags", "term.tags.cooperation", "backHome"} {
		if !slices.Contains(keys, want) {
			t.Errorf("missing in de: no warning for %q, which de pages show; warned of %q", want, keys)
		}
	}
	for _, unwanted := range []string{"term.tags.erasmus-plus", "term.tags.mit-j-wel", "taxonomy.partners", "section.programs", "section.projects"} {
		if slices.Contains(keys, unwanted) {
			t.Errorf("missing in de: a warning for %q, which no page of the site shows", unwanted)
		}
	}
	if slices.Contains(keys, "readMore") {
		t.Errorf("missing in de: readMore, which i18n/de.yaml has")
	}
}

// TestRebuildMessagesOfNames: a save that gives a page a term the default
// theme names warns of its message as a clean build does, on the fast path
// too (a tag edit).
func TestRebuildMessagesOfNames(t *testing.T) {
	b := bt.NewTree(t, `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
languages:
  en: {name: English, title: Notes, weight: 1}
  de: {name: Deutsch, title: Notizen, weight: 2}
taxonomies: [tags]
-- i18n/de.yaml --
readMore: "Weiterlesen"
-- content/news/a.de.md --
---
title: Zusammenarbeit
tags: [Wald]
---
Text.
`, false)
	has := func() bool {
		return slices.ContainsFunc(b.Builder.Last().MessageWarnings, func(w locale.Warning) bool { return w.Key == "term.tags.erdf" })
	}
	if has() {
		t.Fatal("a warning for term.tags.erdf before any page names it")
	}
	b.Rebuild("a tag the theme names", b.Edit("content/news/a.de.md", "tags: [Wald]", "tags: [Wald, erdf]"))
	if !has() {
		t.Error("no warning for term.tags.erdf once a de page names it")
	}
}
