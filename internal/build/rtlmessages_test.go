package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestFallbackMessagesMarked: on the pages of a right-to-left language the
// theme has no messages for (Arabic), the English words that stand in are
// marked with their language and direction, so that a screen reader reads
// them in an English voice and their punctuation stays in place (a date,
// "2 January 2024", keeps its order); in an
// attribute (aria-label) and in <title> they are plain text; English pages
// have no such marks.
func TestFallbackMessagesMarked(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
title: Site
defaultLanguage: en
languages:
  en: {name: English, weight: 1}
  ar: {name: العربية, weight: 2}
-- content/a.en.md --
---
title: Page
date: 2024-01-02
---
Text.
-- content/a.ar.md --
---
title: صفحة
date: 2024-01-02
---
نص.
`)
	ar := b.File("ar/a/index.html")
	for _, want := range []string{
		`<html lang="ar" dir="rtl">`,
		`<a class="skip-link" href="#main"><span lang="en" dir="ltr">Skip to content</span></a>`,
		`<span class="meta-item"><span lang="en" dir="ltr">1 minute read</span></span>`,
		`datetime="2024-01-02"><span lang="en" dir="ltr">2 January 2024</span></time>`,
		`aria-label="Main navigation"`,
	} {
		if !strings.Contains(ar, want) {
			t.Errorf("ar/a/index.html lacks %s", want)
		}
	}
	if strings.Contains(ar, "&lt;span") {
		t.Errorf("ar/a/index.html shows a span's markup as text")
	}
	if en := b.File("en/a/index.html"); strings.Contains(en, `<span lang="en"`) {
		t.Errorf("en/a/index.html marks its own language's messages")
	}
}
