package build_test

import (
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestLanguageNameMissing: a language site.yaml gives no name (Hugo's
// languageName, often left out) is named in itself in the language
// switcher, as the named ones are, not by its code: "Français", not "fr";
// a region vestis has no name for follows its language's name; a code
// vestis knows no name for stays the name.
func TestLanguageNameMissing(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
title: Atlas
defaultLanguage: en
languages:
  en: {name: English, weight: 1}
  fr: {weight: 2}
  de-at: {weight: 3}
  tok: {weight: 4}
-- content/about.en.md --
---
title: About
---
-- content/about.fr.md --
---
title: À propos
---
-- content/about.de-at.md --
---
title: Über uns
---
-- content/about.tok.md --
---
title: sona
---
`)
	b.AssertFile("en/about/index.html",
		`hreflang="fr" lang="fr" rel="alternate">Français</a>`,
		`hreflang="de-at" lang="de-at" rel="alternate">Deutsch (AT)</a>`,
		`hreflang="tok" lang="tok" rel="alternate">tok</a>`)
}
