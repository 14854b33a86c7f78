package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// TestCacheDir: resized photos are kept in --cacheDir, and --cacheDir "" keeps
// them nowhere, so that a build writes nothing outside its output.
func TestCacheDir(t *testing.T) {
	photo := testPhoto(t)
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"site.yaml":               goodSite,
		"content/news/a/index.md": "---\ntitle: A\n---\n![Sarkana līnija](foto.png)\n",
		"content/news/a/foto.png": photo,
	})
	userCache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", userCache)
	t.Setenv("HOME", userCache)

	cache := filepath.Join(t.TempDir(), "photos")
	var out, errb bytes.Buffer
	if code := run([]string{"build", "--source", root, "--quiet", "--cacheDir", cache}, &out, &errb); code != 0 {
		t.Fatalf("exit %d\n%s", code, errb.String())
	}
	if entries, _ := os.ReadDir(cache); len(entries) == 0 {
		t.Errorf("--cacheDir %s holds no resized photo", cache)
	}
	if code := run([]string{"build", "--source", root, "--quiet", "--cacheDir", ""}, &out, &errb); code != 0 {
		t.Fatalf("exit %d\n%s", code, errb.String())
	}
	if n := countFiles(userCache); n > 0 {
		t.Errorf(`with --cacheDir "", %d files were written in the user's cache folder`, n)
	}
	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d\n%s", code, errb.String())
	}
	if countFiles(userCache) == 0 {
		t.Errorf("without --cacheDir, nothing is kept in the user's cache folder %s", userCache)
	}
}

// testPhoto is a PNG large enough to be resized.
func testPhoto(t *testing.T) string {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 1200, 800))
	for x := range 1200 {
		img.Set(x, x%800, color.RGBA{R: 200, A: 255})
	}
	var photo bytes.Buffer
	if err := png.Encode(&photo, img); err != nil {
		t.Fatal(err)
	}
	return photo.String()
}

// countFiles counts the files under dir, at any depth.
func countFiles(dir string) int {
	n := 0
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return nil
	})
	return n
}

// TestCheckWritesNothing: vestis check, which the README says writes nothing,
// leaves the user's cache folder, the site and its output as they were, with
// an empty cache and with one a build filled.
func TestCheckWritesNothing(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"site.yaml":               goodSite,
		"content/news/a/index.md": "---\ntitle: A\n---\n![Sarkana līnija](foto.png)\n",
		"content/news/a/foto.png": testPhoto(t),
	})
	userCache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", userCache)
	t.Setenv("HOME", userCache)
	var out, errb bytes.Buffer
	before := tree(t, root)
	out.Reset()
	// Exit 1 is a finding (the page has no English version); 2 or nothing
	// printed would mean check did not run.
	if code := run([]string{"check", "--source", root}, &out, &errb); code > 1 || out.Len() == 0 {
		t.Fatalf("check: exit %d\n%s%s", code, out.String(), errb.String())
	}
	if n := countFiles(userCache); n > 0 {
		t.Errorf("check wrote %d files in the user's cache folder", n)
	}
	if after := tree(t, root); after != before {
		t.Errorf("check changed the site's folder")
	}

	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
		t.Fatalf("build: exit %d\n%s", code, errb.String())
	}
	cached := tree(t, userCache)
	if cached == "" {
		t.Fatalf("the build kept no photo in the user's cache folder")
	}
	// A photo the cache does not hold yet is resized, and not kept.
	writeTree(t, root, map[string]string{
		"content/news/b/index.md": "---\ntitle: B\n---\n![Cita](cits.png)\n",
		"content/news/b/cits.png": testPhoto(t),
	})
	site := tree(t, root)
	out.Reset()
	// Exit 1 is a finding (the page has no English version); 2 or nothing
	// printed would mean check did not run.
	if code := run([]string{"check", "--source", root}, &out, &errb); code > 1 || out.Len() == 0 {
		t.Fatalf("check: exit %d\n%s%s", code, out.String(), errb.String())
	}
	if after := tree(t, userCache); after != cached {
		t.Errorf("check changed the user's cache folder")
	}
	if after := tree(t, root); after != site {
		t.Errorf("check changed the site's folder or its output")
	}
}
