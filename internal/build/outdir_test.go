package build

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// TestOutDirWrites writes more files, in more folders, than outDir keeps
// open, from several goroutines, and finds each on disk with its content.
func TestOutDirWrites(t *testing.T) {
	dir := t.TempDir()
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	o := newOutDir(root)
	var paths []string
	for i := range 3 * maxOpenFolders {
		paths = append(paths, fmt.Sprintf("lv/news/p%d/index.html", i), fmt.Sprintf("en/tags/t%d/page/2/index.html", i))
	}
	paths = append(paths, "index.html", "lv/news/p1/og.png", "a//b.html", "./c.html")
	var wg sync.WaitGroup
	errs := make([]error, len(paths)+1)
	for i, p := range paths {
		wg.Go(func() { errs[i] = o.writeFile(p, []byte(p)) })
	}
	wg.Wait()
	// Through a folder that exists by now (the root resolves lv/..).
	paths = append(paths, "lv/../d.html")
	errs[len(paths)-1] = o.writeFile("lv/../d.html", []byte("lv/../d.html"))
	o.close()
	for i, p := range paths {
		if errs[i] != nil {
			t.Errorf("writeFile(%q): %v", p, errs[i])
			continue
		}
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil || string(got) != p {
			t.Errorf("%s holds %q, %v; want %q", p, got, err, p)
		}
	}
	if len(o.open) != 0 {
		t.Errorf("close left %d folders open", len(o.open))
	}
}

// TestOutDirStaysInside refuses to write through "..", an absolute path or a
// symbolic link that leads out of the output folder, as os.Root does: the
// build writes nothing outside its folder.
func TestOutDirStaysInside(t *testing.T) {
	base := t.TempDir()
	dir, outside := filepath.Join(base, "out"), filepath.Join(base, "outside")
	os.Mkdir(dir, 0o755)
	os.Mkdir(outside, 0o755)
	if err := os.Symlink(outside, filepath.Join(dir, "link")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	os.MkdirAll(filepath.Join(dir, "a/b"), 0o755)
	if err := os.Symlink("../../../outside", filepath.Join(dir, "a/b/up")); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	o := newOutDir(root)
	defer o.close()
	for _, p := range []string{"../x.html", "a/../../x.html", "/x.html", "link/x.html", "link/sub/x.html", "a/b/up/x.html", "a/b/up/c/x.html"} {
		if err := o.writeFile(p, []byte("x")); err == nil {
			t.Errorf("writeFile(%q) succeeded, want an error", p)
		}
	}
	entries, _ := os.ReadDir(outside)
	for _, e := range entries {
		t.Errorf("written outside the output folder: %s", e.Name())
	}
	if _, err := os.Stat(filepath.Join(base, "x.html")); err == nil {
		t.Errorf("written beside the output folder: x.html")
	}
}
