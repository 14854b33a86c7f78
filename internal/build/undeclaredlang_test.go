package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestUndeclaredLanguages: x.fr.md, fr not a language of the site, is a
// page of the default language named x.fr, with one warning naming the
// file; x.de.md, de disabled, is not read.
func TestUndeclaredLanguages(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, fixture(t, "undeclared-languages"))
	b.AssertFile("news/a.fr/index.html", "Une nouvelle")
	b.AssertFile("news/a/index.html", "Ziņa")
	b.AssertNoFile("news/b/index.html")
	b.AssertNoFile("de/news/a/index.html")
	b.AssertNoFile("news/b.de/index.html")
	b.AssertNoFile("news/bundle/notes.de.txt")
	if a := b.File("news/a/index.html"); strings.Contains(a, "a.fr") || strings.Contains(a, "Nachricht") {
		t.Errorf("the page links x.fr or x.de as a translation:\n%s", a)
	}
	w := b.Result.Warnings.Error()
	want := `content/news/a.fr.md: language "fr" is not in site.yaml languages (lv, en): as in Hugo, the file is a page of lv named a.fr; add fr to languages, or rename the file`
	if strings.Count(w, "a.fr.md") != 1 || !strings.Contains(w, want) {
		t.Errorf("warnings:\n%s\nwant once: %s", w, want)
	}
	if strings.Contains(w, ".de.") {
		t.Errorf("warnings:\n%s\nwant none for the disabled language's files", w)
	}
}
