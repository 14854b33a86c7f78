package content

import (
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/diag"
)

// TestRecasedLanguageOneCause: a language written zh-Hans in every file's
// name is one mistake: the warnings share their cause, so that the command
// line says it once with the files (diag.Grouped), each with its new name.
func TestRecasedLanguageOneCause(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("defaultLanguage: en\nlanguages: {en: {}, zh-hans: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	page := &fstest.MapFile{Data: []byte("---\ntitle: A\n---\n")}
	fsys := fstest.MapFS{"content/a.zh-Hans.md": page, "content/docs/b.zh-Hans.md": page}
	pages, err := Load(fsys, "content", cfg)
	if err != nil {
		t.Fatal(err)
	}
	var warns diag.List
	for _, p := range pages {
		warns = append(warns, p.Warnings...)
	}
	if len(warns) != 2 || warns[0].Cause == "" || warns[0].Cause != warns[1].Cause {
		t.Fatalf("warnings %v share no cause", warns)
	}
	grouped := warns.Grouped()
	want := `the language "zh-hans" is written "zh-Hans" in these files' names; they are read as pages of zh-hans, where Hugo, which reads a file's language in lower case only, leaves them out: rename them; in 2 files:
  content/a.zh-Hans.md: rename it a.zh-hans.md
  content/docs/b.zh-Hans.md: rename it b.zh-hans.md`
	if len(grouped) != 1 || grouped[0].Error() != want {
		t.Errorf("grouped:\n%v\nwant:\n%s", grouped, want)
	}
}
