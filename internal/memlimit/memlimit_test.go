package memlimit

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"
)

// write makes files of the sizes given, and files of the texts given, in dir.
func write(t *testing.T, dir string, files map[string]int, text map[string]string) {
	t.Helper()
	for name, size := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, make([]byte, size), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, data := range text {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestForSiteLanguageFolders: the pages of languages kept in folders of
// their own (contentDir: content.en, as Hugo Book does) count, each folder
// once, as do those of content/; a folder no language names does not.
func TestForSiteLanguageFolders(t *testing.T) {
	const siteYAML = `baseURL: https://example.org/
defaultLanguage: en
languages:
  en: {name: English, title: Book, weight: 1, contentDir: content.en}
  zh: {name: 中文, title: Book, weight: 2, contentDir: content.zh}
  he: {name: עברית, title: Book, weight: 3}
  lv: {name: Latviešu, title: Book, weight: 4, contentDir: content/lv}
`
	files := map[string]int{
		"content.en/a.md":      1000,
		"content.zh/docs/b.md": 3000,
		"content/c.md":         500,
		"content/lv/d.md":      40, // inside content/: counted once
		"content.old/e.md":     1 << 20,
	}
	for _, tt := range []struct {
		name, siteYAML  string
		markdown, large int64
	}{
		{"site.yaml names the folders", siteYAML, 4540, 3000},
		{"site.yaml does not read: content/ alone", "languages: [", 540, 500},
		{"no site.yaml: content/ alone", "", 540, 500},
	} {
		dir := t.TempDir()
		text := map[string]string{"site.yaml": tt.siteYAML}
		if tt.siteYAML == "" {
			text = nil
		}
		write(t, dir, files, text)
		if got, want := ForSite(dir), ForMarkdown(tt.markdown, tt.large); got != want {
			t.Errorf("%s: ForSite = %d, want %d (%d bytes of Markdown)", tt.name, got, want, tt.markdown)
		}
	}
}

func TestForSiteCountsContentPagesOnly(t *testing.T) {
	dir := t.TempDir()
	files := map[string]int{
		"content/a.md":            1000,
		"content/news/b.lv.md":    5000,
		"content/c.markdown":      200,
		"content/photo.jpg":       1 << 20, // not Markdown
		"static/big.md":           1 << 20, // not content
		"content/news/d/index.md": 300,
		"content/about.html":      700, // a page written in HTML
	}
	write(t, dir, files, nil)
	if got, want := ForSite(dir), ForMarkdown(7200, 5000); got != want {
		t.Errorf("ForSite = %d, want %d (content pages under content/ only)", got, want)
	}
}

// TestFitRaisesLimitAboveLiveHeap: a limit below what the process keeps
// is raised to twice the live heap; one above it, or set by GOMEMLIMIT, stays.
func TestFitRaisesLimitAboveLiveHeap(t *testing.T) {
	prev := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(prev) })
	kept := make([]byte, 64<<20)
	for i := range kept {
		kept[i] = byte(i)
	}
	runtime.GC()

	debug.SetMemoryLimit(16 << 20)
	Fit()
	if got := debug.SetMemoryLimit(-1); got < 128<<20 {
		t.Errorf("limit after Fit with 64 MiB live = %d MiB, want at least 128", got>>20)
	}

	debug.SetMemoryLimit(8 << 30)
	Fit()
	if got := debug.SetMemoryLimit(-1); got != 8<<30 {
		t.Errorf("Fit lowered a limit of 8 GiB to %d MiB", got>>20)
	}

	t.Setenv("GOMEMLIMIT", "16MiB")
	debug.SetMemoryLimit(16 << 20)
	Fit()
	if got := debug.SetMemoryLimit(-1); got != 16<<20 {
		t.Errorf("Fit changed the user's GOMEMLIMIT to %d MiB", got>>20)
	}
	runtime.KeepAlive(kept)
}
