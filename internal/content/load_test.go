package content_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
)

// TestReadBody: the body read again equals the body loaded, and a file saved
// in between is refused, so a build never mixes two versions of a page.
func TestReadBody(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	file := "content/news/a.md"
	fsys := fstest.MapFS{file: {Data: []byte("\ufeff---\ntitle: A\n---\n# Virsraksts\n\nTeksts.\n")}}
	p, err := content.LoadFile(fsys, "content", file, nil, cfg)
	if err != nil {
		t.Fatal(err)
	}
	body, err := content.ReadBody(fsys, p)
	if err != nil {
		t.Fatal(err)
	}
	if string(body) != string(p.Body) || !strings.HasPrefix(string(body), "# Virsraksts") {
		t.Errorf("ReadBody = %q, loaded body %q", body, p.Body)
	}
	fsys[file].Data = []byte("---\ntitle: A\n---\n# Virsraksts\n\nCits teksts.\n")
	if _, err := content.ReadBody(fsys, p); err == nil || !strings.Contains(err.Error(), "changed during the build") {
		t.Errorf("ReadBody after an edit: err = %v", err)
	}
}
