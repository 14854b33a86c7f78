package site

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/markdown"
)

// TestLazyConversion: a lazy site converts a page when it is first asked for,
// gives the same HTML again after ForgetContent (read from the file), reports
// a broken link from ConvertAll, and refuses a file changed in between.
func TestLazyConversion(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"content/news/a.md": {Data: []byte("---\ntitle: A\n---\n## Sākums\n\nPirmā rindkopa ar [saiti](b.md).\n\n## Beigas\n")},
		"content/news/b.md": {Data: []byte("---\ntitle: B\n---\nSaite uz [nekurieni](nav.md).\n")},
	}
	pages, err := content.Update(fsys, "content", cfg, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	read := func(cp *content.Page) ([]byte, error) { return content.ReadBody(fsys, cp) }
	s, err := Assemble(cfg, pages, markdown.New(false), Options{Lazy: true, ReadBody: read})
	if err != nil {
		t.Fatalf("a lazy site reports link errors from ConvertAll, not Assemble: %v", err)
	}
	a := s.PageByFile("content/news/a.md")
	first, err := a.Content()
	if err != nil {
		t.Fatal(err)
	}
	toc, _ := a.TableOfContents()
	if !strings.Contains(string(first), `<a href="/lv/news/b/">saiti</a>`) || a.WordCount() != 6 || !strings.Contains(string(toc), "Sākums") {
		t.Errorf("converted page: content %q, %d words, toc %q", first, a.WordCount(), toc)
	}
	a.ForgetContent()
	again, err := a.Content()
	if err != nil || again != first {
		t.Errorf("after ForgetContent: %q, %v; want %q", again, err, first)
	}
	if tocAgain, err := a.TableOfContents(); err != nil || tocAgain != toc {
		t.Errorf("table of contents after ForgetContent: %q, %v; want %q", tocAgain, err, toc)
	}
	if a.Summary() == "" || a.Description() != "Pirmā rindkopa ar saiti." {
		t.Errorf("after ForgetContent: summary %q, description %q", a.Summary(), a.Description())
	}
	if err := s.ConvertAll(); err == nil || !strings.Contains(err.Error(), `content/news/b.md:4: link to "nav.md"`) {
		t.Errorf("ConvertAll: %v", err)
	}
	fsys["content/news/a.md"].Data = []byte("---\ntitle: A\n---\nCits.\n")
	if _, err := a.Content(); err == nil || !strings.Contains(err.Error(), "content/news/a.md: the file changed during the build") {
		t.Errorf("Content after the file changed: %v", err)
	}
}
