package main

import (
	"io"
	"math"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestMemoryPolicy: build and check set the same soft memory limit, from the
// size of the site's Markdown and of its largest page (serve calls the same function before it
// starts; its runs are covered by serve.txtar). The test is not parallel: the
// limit is the process's.
func TestMemoryPolicy(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetMemoryLimit(math.MaxInt64)
	dir := t.TempDir()
	bt.WriteFile(t, dir, "site.yaml", "title: T\nbaseURL: https://example.org/\nlanguages:\n  en: {title: T}\n")
	body := strings.Repeat("Words of a long page. ", 50000) // about 1 MiB
	bt.WriteFile(t, dir, "content/a.en.md", "---\ntitle: A\n---\n"+body+"\n")
	small := "---\ntitle: B\n---\nA short page.\n"
	bt.WriteFile(t, dir, "content/b.en.md", small)
	largest := int64(len("---\ntitle: A\n---\n" + body + "\n"))
	want := int64(384<<20) + 2*(largest+int64(len(small))) + 30*largest
	for _, args := range [][]string{
		{"build", "--quiet", "--source", dir, "--destination", filepath.Join(dir, "public")},
		{"check", "--source", dir},
	} {
		debug.SetMemoryLimit(math.MaxInt64)
		if code := run(args, io.Discard, io.Discard); code != exitOK {
			t.Fatalf("vestis %s: exit %d", args[0], code)
		}
		if got := debug.SetMemoryLimit(-1); got != want {
			t.Errorf("vestis %s: memory limit %d, want %d", args[0], got, want)
		}
	}
}
