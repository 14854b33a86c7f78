package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// spellingSite has English pages that write the tag Riga in four ways (the
// trailing space is dropped as the page is read), and
// two that write "../x" and "#x", which make the same address.
const spellingSite = siteYAML + `-- content/news/a.en.md --
---
title: A
tags: [Riga]
---
-- content/news/b.en.md --
---
title: B
date: 2024-01-02
tags: [RIGA, Tallinn]
---
-- content/news/c.en.md --
---
title: C
tags: [Rīga]
---
-- content/news/d.en.md --
---
title: D
tags: ["riga "]
---
-- content/news/e.en.md --
---
title: E
tags: ["../x"]
---
-- content/news/f.en.md --
---
title: F
tags: ["#x"]
---
-- content/news/g.en.md --
---
title: G
tags: [Tallinn]
---
`

// TestTagSpellingsWarned checks that a build says, once per term, that its
// pages write it in several ways, naming each spelling and where it is written.
func TestTagSpellingsWarned(t *testing.T) {
	b := bt.Run(t, spellingSite)
	w := b.Result.Warnings.Error()
	for _, want := range []string{
		`content/news/a.en.md:3: tags "RIGA", "Riga", "Rīga" and "riga" are written differently but are one tag, at /en/tags/riga/, shown as "RIGA": "RIGA" in content/news/b.en.md:4; "Riga" in content/news/a.en.md:3; "Rīga" in content/news/c.en.md:3; "riga" in content/news/d.en.md:3; write it the same way on every page`,
		`content/news/e.en.md:3: tags "#x" and "../x" are written differently but are one tag, at /en/tags/x/`,
	} {
		if !strings.Contains(w, want) {
			t.Errorf("warnings lack %q:\n%s", want, w)
		}
	}
	if n := strings.Count(w, "are written differently"); n != 2 {
		t.Errorf("%d spelling warnings, want 2 (Tallinn is written one way):\n%s", n, w)
	}
}

// TestTagSpellingsRebuild checks that a live rebuild warns about a term's
// spellings as a clean build does, when a save adds, moves or removes one.
func TestTagSpellingsRebuild(t *testing.T) {
	tr := bt.NewTree(t, spellingSite, false)
	for _, step := range []struct{ what, file, old, new string }{
		{"a second spelling of Tallinn", "content/news/g.en.md", "[Tallinn]", "[tallinn]"},
		{"the spelling moves a line down", "content/news/g.en.md", "title: G\n", "title: G\ndate: 2024-01-03\n"},
		{"the spelling goes again", "content/news/g.en.md", "[tallinn]", "[Tallinn]"},
		{"the last other spelling of x goes", "content/news/f.en.md", `["#x"]`, `["../x"]`},
	} {
		tr.Edit(step.file, step.old, step.new)
		if err := tr.Rebuild(step.what, step.file); err != nil {
			t.Fatalf("%s: %v", step.what, err)
		}
	}
}
