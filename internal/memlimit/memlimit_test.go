package memlimit

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"
)

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
	for name, size := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, make([]byte, size), 0o644); err != nil {
			t.Fatal(err)
		}
	}
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
