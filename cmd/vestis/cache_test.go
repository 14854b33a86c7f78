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
	img := image.NewRGBA(image.Rect(0, 0, 1200, 800))
	for x := range 1200 {
		img.Set(x, x%800, color.RGBA{R: 200, A: 255})
	}
	var photo bytes.Buffer
	if err := png.Encode(&photo, img); err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"site.yaml":               goodSite,
		"content/news/a/index.md": "---\ntitle: A\n---\n![Sarkana līnija](foto.png)\n",
		"content/news/a/foto.png": photo.String(),
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
	files := func(dir string) int {
		n := 0
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				n++
			}
			return nil
		})
		return n
	}
	if code := run([]string{"build", "--source", root, "--quiet", "--cacheDir", ""}, &out, &errb); code != 0 {
		t.Fatalf("exit %d\n%s", code, errb.String())
	}
	if n := files(userCache); n > 0 {
		t.Errorf(`with --cacheDir "", %d files were written in the user's cache folder`, n)
	}
	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d\n%s", code, errb.String())
	}
	if files(userCache) == 0 {
		t.Errorf("without --cacheDir, nothing is kept in the user's cache folder %s", userCache)
	}
}
