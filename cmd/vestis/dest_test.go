package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadOnlyOutput rebuilds over an output whose folders were made
// read-only: the build succeeds, the new site is in place, and nothing is left
// beside it. Root may write anywhere, so the test means nothing as root and is
// skipped.
func TestReadOnlyOutput(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores read-only folders")
	}
	root := t.TempDir()
	writeTree(t, root, map[string]string{"site.yaml": goodSite, "content/news/a.md": "---\ntitle: A\n---\nPirmā ziņa.\n"})
	var out, errb bytes.Buffer
	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
		t.Fatalf("first build: exit %d\n%s", code, errb.String())
	}
	public := filepath.Join(root, "public")
	setMode := func(mode fs.FileMode) {
		filepath.WalkDir(public, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.IsDir() {
				os.Chmod(p, mode)
			}
			return nil
		})
	}
	// Deepest last: a folder made read-only first could not be walked into.
	setMode(0o555)
	t.Cleanup(func() { setMode(0o755) })
	writeTree(t, root, map[string]string{"content/news/a.md": "---\ntitle: A\n---\nOtrā ziņa.\n"})
	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
		t.Fatalf("second build: exit %d\n%s", code, errb.String())
	}
	page, err := os.ReadFile(filepath.Join(public, "lv/jaunumi/a/index.html"))
	if err != nil || !strings.Contains(string(page), "Otrā ziņa") {
		t.Errorf("the page was not replaced: %v", err)
	}
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".public") {
			t.Errorf("the build left %s beside public/", e.Name())
		}
	}
}

// TestOutputInReadOnlyFolder rebuilds into a public/ that may be written but
// whose parent, the site's folder, may not (as /var/www/site can be): the
// contents of public/ are replaced. Skipped as root, who may write anywhere.
func TestOutputInReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores read-only folders")
	}
	root := t.TempDir()
	writeTree(t, root, map[string]string{"site.yaml": goodSite, "content/news/a.md": "---\ntitle: A\n---\nPirmā ziņa.\n"})
	var out, errb bytes.Buffer
	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
		t.Fatalf("first build: exit %d\n%s", code, errb.String())
	}
	writeTree(t, root, map[string]string{"content/news/a.md": "---\ntitle: A\n---\nOtrā ziņa.\n"})
	os.Chmod(root, 0o555)
	t.Cleanup(func() { os.Chmod(root, 0o755) })
	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
		t.Fatalf("second build: exit %d\n%s", code, errb.String())
	}
	public := filepath.Join(root, "public")
	page, err := os.ReadFile(filepath.Join(public, "lv/jaunumi/a/index.html"))
	if err != nil || !strings.Contains(string(page), "Otrā ziņa") {
		t.Errorf("the page was not replaced: %v", err)
	}
	entries, _ := os.ReadDir(public)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".vestis-") && e.Name() != ".vestis-manifest" {
			t.Errorf("the build left %s in public/", e.Name())
		}
	}
}
