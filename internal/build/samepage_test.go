package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// samePageSite writes one French page twice, as sites kept in a folder per
// language do by mistake: in the French folder, and by name in the English
// one; an older copy of an English post keeps the post's slug; a page of its
// own is the 404 page (url: /404.html); and bundles name each other by
// folder, as Hugo resolves a ref from a bundle's index.
const samePageSite = `-- site.yaml --
baseURL: https://example.org/
title: Site
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {name: English, weight: 1, contentDir: content/en}
  fr: {name: Français, weight: 2, contentDir: content/fr}
hugoAddresses: true
-- content/en/projects/bridge/index.md --
---
title: Bridge
---
See [the tower]({{< ref "tower/index.md" >}}) and [the French list]({{< relref path="/projects" lang="fr" >}}).
-- content/en/projects/bridge/index.fr.md --
---
title: Pont, copie
---
Copie.
-- content/fr/projects/bridge/index.md --
---
title: Pont
---
Texte.
-- content/fr/projects/_index.md --
---
title: Projets
---
-- content/en/projects/tower/index.md --
---
title: Tower
---
Back to [the bridge]({{< ref "bridge" >}}).
-- content/en/posts/a.md --
---
title: New
slug: post
---
New.
-- content/en/posts/a-old.md --
---
title: Old
slug: post
---
Old.
-- content/en/404.md --
---
title: Lost
url: /404.html
---
This page is not here.
`

// TestSamePageTwice: two files that are one page of one language (at one
// address) build, as in Hugo, which publishes one and says nothing: the
// file in the language's own folder, else the first by name, is published,
// and a warning at the other names both. A page at /404.html is the 404
// page, in place of the theme's. A ref from a bundle's index names its
// neighbours' folders, and with lang it finds the page in that language.
func TestSamePageTwice(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, samePageSite)
	b.AssertFile("fr/projects/bridge/index.html", "<h1>Pont</h1>", "Texte.")
	b.AssertFile("posts/post/index.html", "<h1>Old</h1>")
	b.AssertFile("404.html", "<h1>Lost</h1>", "This page is not here.")
	b.AssertFile("projects/bridge/index.html", `href="https://example.org/projects/tower/"`, `href="/fr/projects/"`)
	b.AssertFile("projects/tower/index.html", `href="https://example.org/projects/bridge/"`)
	w := b.Result.Warnings.Error()
	for _, want := range []string{
		"content/en/projects/bridge/index.fr.md: content/fr/projects/bridge/index.md is also the fr page at /fr/projects/bridge/, and is published there; this file is left out",
		"content/en/posts/a.md:3: content/en/posts/a-old.md is also the en page at /posts/post/, and is published there; this file is left out (Hugo publishes one of the two and says nothing): delete one of the two files, or change its slug",
	} {
		if !strings.Contains(w, want) {
			t.Errorf("warnings:\n%s\nwant them to contain:\n%s", w, want)
		}
	}
	if strings.Count(w, "is also the") != 2 {
		t.Errorf("warnings:\n%s\nwant two of pages at one address", w)
	}
}

// TestSamePageNormalization: two files whose names differ only in how an
// accented letter is stored (é as one character, or e and a combining
// accent, as macOS and Linux programs may write it) are one page: the
// warning says why the two names, which look the same, are two files.
func TestSamePageNormalization(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis}
sections:
  news: {lv: jaunumi}
-- content/news/kafejnīca.md --
---
title: Kafejnīca
---
Viena.
-- content/news/kafejni`+"\u0304"+`ca.md --
---
title: Otra kafejnīca
---
Otra.
`)
	w := b.Result.Warnings.Error()
	want := "the two file names look the same, but the letters of one are stored differently (Unicode normalization: an accented letter as one character, or as a letter and a combining accent); delete one of the two files"
	if !strings.Contains(w, want) {
		t.Errorf("warnings:\n%s\nwant them to contain:\n%s", w, want)
	}
}
