package build_test

import (
	"io/fs"
	"testing"

	"go.yaml.in/yaml/v3"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
)

// TestThemeSaysTheNotesInEveryLanguage: the default theme's messages have
// each of the dev server's words (build.NoteMessages) in Latvian, English and
// Vietnamese, its English the very words the terminal says, and the others
// translated, so that no tab of the theme's languages shows English.
func TestThemeSaysTheNotesInEveryLanguage(t *testing.T) {
	msgs := map[string]map[string]string{}
	for _, lang := range []string{"en", "lv", "vi"} {
		data, err := fs.ReadFile(vestis.Theme(), "i18n/"+lang+".yaml")
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]any{}
		if err := yaml.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		msgs[lang] = map[string]string{}
		for k, v := range m {
			if s, ok := v.(string); ok {
				msgs[lang][k] = s
			}
		}
	}
	for id, english := range build.NoteMessages {
		if got := msgs["en"][id]; got != english {
			t.Errorf("i18n/en.yaml %s = %q, want %q as the terminal says it", id, got, english)
		}
		for _, lang := range []string{"lv", "vi"} {
			if got := msgs[lang][id]; got == "" || got == english {
				t.Errorf("i18n/%s.yaml %s = %q, want it translated", lang, id, got)
			}
		}
	}
}
