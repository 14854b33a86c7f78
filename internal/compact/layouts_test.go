package compact

import (
	"io/fs"
	"os"
	"strings"
	"testing"
)

// TestThemeLayouts minifies the embedded theme's layouts: they must all be
// minified, since the default build relies on it for its speed.
func TestThemeLayouts(t *testing.T) {
	sources := map[string]string{}
	fsys := os.DirFS("../../layouts")
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") || strings.HasPrefix(p, "shortcodes/") {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		sources[p] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	min, err := Layouts(sources)
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range sources {
		if len(min[name]) > len(src) {
			t.Errorf("%s: minified is longer (%d > %d)", name, len(min[name]), len(src))
		}
	}
	if os.Getenv("SHOW") != "" {
		t.Log(min[os.Getenv("SHOW")])
	}
}
