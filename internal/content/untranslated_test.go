package content_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
)

// TestUntranslated: a placeholder needs no title; untranslated is read as
// sites write it (true, 1, "yes"), and anything else is an error at its line.
func TestUntranslated(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		matter  string
		want    bool
		wantErr string
	}{
		{"untranslated: true\n", true, ""},
		{"untranslated: 1\n", true, ""},
		{"untranslated: \"yes\"\n", true, ""},
		{"title: A\nuntranslated: 0\n", false, ""},
		{"untranslated: false\n", false, ""}, // titled "A" after its file, with a warning
		{"slug: x\nuntranslated: later\n", false, `content/a.md:3: front matter: untranslated: want true or false, got "later"`},
	} {
		file := "content/a.md"
		fsys := fstest.MapFS{file: {Data: []byte("---\n" + tt.matter + "---\n")}}
		p, err := content.LoadFile(fsys, "content", file, nil, cfg)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%q: err = %v, want %q", tt.matter, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.matter, err)
			continue
		}
		if p.Meta.Untranslated != tt.want {
			t.Errorf("%q: Untranslated = %v, want %v", tt.matter, p.Meta.Untranslated, tt.want)
		}
	}
}

// TestUntranslatedTyped: a placeholder in a section whose type requires
// fields needs none of them: it shows another language's page.
func TestUntranslatedTyped(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {en: {}}\ntypes:\n  events:\n    sections: [events]\n    fields:\n      venue: {kind: text, required: true}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, errs := content.ParseAs("content/events/a.md", []byte("---\nuntranslated: true\n---\n"), cfg, cfg.TypeOf("events")); len(errs) > 0 {
		t.Errorf("a placeholder of a typed section: %v", errs)
	}
	if _, errs := content.ParseAs("content/events/a.md", []byte("---\ntitle: A\n---\n"), cfg, cfg.TypeOf("events")); len(errs) != 1 || !strings.Contains(errs[0].Error(), "venue: is required") {
		t.Errorf("a page of a typed section without its required field: %v, want venue required", errs)
	}
}
