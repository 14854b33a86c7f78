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
		{"untranslated: false\n", false, "title: is missing or empty"},
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
