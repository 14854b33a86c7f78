package build_test

import (
	"os"
	"path/filepath"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestRebuildExampleSite edits the project's own example site, one file of
// each kind a writer or a designer saves while vestis serve runs, and checks
// after each save that the rebuild is what a clean build gives. Its real
// text (apostrophes, three languages, long lists) found what the test sites'
// short text did not: kept feeds minified twice.
func TestRebuildExampleSite(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	for _, dir := range []string{"content", "layouts", "i18n", "static"} {
		if err := os.CopyFS(filepath.Join(root, dir), os.DirFS(filepath.Join("..", "..", dir))); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "site.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	bt.WriteFile(t, root, "site.yaml", string(data))
	tr := bt.NewTreeAt(t, root, true)
	news := "content/news/2021-09-rtu-mit-jwel-agreement.en.md"
	for _, e := range []struct{ what, file, old, new string }{
		{"a body", news, "In September 2021,", "In September 2021 (it's 15 September),"},
		{"a title", news, `title: "RTU signs`, `title: "Riga Technical University's`},
		{"tags", news, "tags: [mit-j-wel,", "tags: [a-new-tag, mit-j-wel,"},
		{"a date", news, "date: 2021-09-15", "date: 2024-09-15"},
		{"a draft", news, "---\ntitle:", "---\ndraft: true\ntitle:"},
		{"a layout", "layouts/_default/single.html", "{{", "<!-- edited -->{{"},
		{"a message", "i18n/en.yaml", `home: "Home"`, `home: "Start"`},
		{"a stylesheet", "static/css/style.css", "", "/* edited */\n"},
		{"the site's title", "site.yaml", "title: Izglītības inovāciju vēstis", "title: Izglītības inovāciju ziņas"},
	} {
		tr.Rebuild(e.what, tr.Edit(e.file, e.old, e.new))
	}
}
