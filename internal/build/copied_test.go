package build_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestRebuildCopiedFiles checks the list of copied files (static/ and the
// loose files of content/) that a Builder keeps between rebuilds: saves of
// page files keep it, and every save that adds, removes or moves a copied
// file, or makes a folder a bundle or not, must give what a clean build gives.
func TestRebuildCopiedFiles(t *testing.T) {
	r := bt.NewTree(t, rebuildSite, true)
	r.Write("content/news/jauna.lv.md", "---\ntitle: Jauna\ndate: 2024-03-01\n---\nTeksts.\n")
	r.Rebuild("a new page (the list is kept)", "content/news/jauna.lv.md")
	r.Write("static/files/plans.txt", "plāns\n")
	r.Rebuild("a static file added", "static/files/plans.txt")
	r.Rebuild("a static file changed", r.Edit("static/files/plans.txt", "plāns", "cits plāns"))
	r.Rebuild("a page deleted (the list is kept)", r.Remove("content/news/jauna.lv.md")...)
	r.Rebuild("a static file removed", r.Remove("static/files/plans.txt")...)
	r.Write("content/docs/plans.pdf", "%PDF-1.4\n")
	r.Rebuild("a loose file added", "content/docs/plans.pdf")
	r.Write("content/docs/index.lv.md", "---\ntitle: Dokumenti\n---\nTeksts.\n")
	r.Rebuild("a bundle's index added: the loose file is the bundle's", "content/docs/index.lv.md")
	r.Rebuild("the bundle's index removed: the file is loose again", r.Remove("content/docs/index.lv.md")...)
	r.Write("content/news/jauna.lv.md", "---\ntitle: Jauna\ndate: 2024-03-01\n---\nTeksts.\n")
	r.Write("content/docs/more.pdf", "%PDF-1.4\n")
	r.Rebuild("a page and a loose file added together", "content/news/jauna.lv.md", "content/docs/more.pdf")
	r.Write("content/arch.md/old.pdf", "%PDF-1.4\n")
	r.Rebuild("a folder named like a page file, with a loose file", "content/arch.md/old.pdf")
	r.Remove("content/arch.md")
	r.Rebuild("that folder removed, reported as the folder alone", "content/arch.md")
	r.Rebuild("a folder renamed", r.Rename("content/docs", "content/papers")...)
	r.Write("content/papers/_index.en.md", "---\ntitle: Papers\n---\n")
	r.Rebuild("a list page's file added beside loose files: they are published in its language too", "content/papers/_index.en.md")
	if _, ok := r.Builder.Last().Files.Map()["en/papers/more.pdf"]; !ok {
		t.Error("the loose file beside _index.en.md is not published below en/")
	}
	r.Rebuild("the list page's file removed", r.Remove("content/papers/_index.en.md")...)
}

// TestRebuildFileBecomesFolder: a page, a static file or a bundle's image
// replaced by an empty folder of its name (deleted, then a folder made where
// it was) is gone from the site, as a clean build has it; the rebuild took
// the folder for a new one whose files would come with it, and served the
// old page and files on.
func TestRebuildFileBecomesFolder(t *testing.T) {
	r := bt.NewTree(t, rebuildSite, true)
	r.Write("static/files/plans.txt", "plāns\n")
	r.Write("content/news/d.lv.md", "---\ntitle: Ceturtā\ndate: 2024-03-01\n---\nTeksts.\n")
	r.Rebuild("a static file and a page added", "static/files/plans.txt", "content/news/d.lv.md")
	for _, file := range []string{"content/news/d.lv.md", "static/files/plans.txt", "content/news/c/foto.svg"} {
		r.Remove(file)
		if err := os.Mkdir(filepath.Join(r.Root, filepath.FromSlash(file)), 0o755); err != nil {
			t.Fatal(err)
		}
		r.Rebuild(file+" replaced by an empty folder", file)
	}
	// And back: each folder replaced by a file of its name.
	for _, file := range []string{"content/news/d.lv.md", "static/files/plans.txt", "content/news/c/foto.svg"} {
		r.Remove(file)
		r.Write(file, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
		r.Rebuild("the folder "+file+" replaced by a file", file)
	}
	// A bundle's folder replaced by a file of its name, the watcher
	// naming the folder's files and the folder.
	changes := r.Remove("content/news/c")
	r.Write("content/news/c", "teksts\n")
	r.Rebuild("a bundle's folder replaced by a file", append(changes, "content/news/c")...)
	// A symbolic link to a folder is no new folder either: the build
	// refuses it, and the rebuild must too.
	for _, link := range []string{"content/news/loop", "static/loop"} {
		if err := os.Symlink(".", filepath.Join(r.Root, filepath.FromSlash(link))); err != nil {
			t.Fatal(err)
		}
		if err := r.Rebuild("a link to its own folder made: "+link, link); err == nil {
			t.Errorf("a link to its own folder made (%s): the rebuild did not fail", link)
		}
		r.Rebuild("the link removed", r.Remove(link)...)
	}
}

// TestRebuildFolderMovedAway: a folder moved out of the site (to the
// trash, as file managers and editors delete) is named by the watcher
// alone, without its files; its pages, bundles and copied files are gone
// as in a clean build, and come back with it. The rebuild took the name
// for a temporary file that came and went, and served them on.
func TestRebuildFolderMovedAway(t *testing.T) {
	r := bt.NewTree(t, rebuildSite, true)
	r.Write("content/news/arhivs/vecs.lv.md", "---\ntitle: Vecs\ndate: 2020-01-01\n---\nTeksts.\n")
	r.Write("content/docs/plans.pdf", "%PDF-1.4\n")
	r.Rebuild("a folder of pages and one of loose files added", "content/news/arhivs/vecs.lv.md", "content/docs/plans.pdf")
	trash := t.TempDir()
	for _, dir := range []string{"content/news/arhivs", "content/news/c", "content/docs", "static/css"} {
		away := filepath.Join(trash, filepath.Base(dir))
		if err := os.Rename(filepath.Join(r.Root, filepath.FromSlash(dir)), away); err != nil {
			t.Fatal(err)
		}
		r.Rebuild(dir+" moved to the trash", dir)
		if err := os.Rename(away, filepath.Join(r.Root, filepath.FromSlash(dir))); err != nil {
			t.Fatal(err)
		}
		// Moved in, a folder is named with its files.
		back := []string{dir}
		err := filepath.WalkDir(filepath.Join(r.Root, filepath.FromSlash(dir)), func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				rel, _ := filepath.Rel(r.Root, p)
				back = append(back, filepath.ToSlash(rel))
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		r.Rebuild(dir+" back from the trash", back...)
	}
}

// TestRebuildEmptyFolderOfLayouts: a folder made in layouts/, i18n/ or
// data/ (a file manager's new folder, mkdir -p layouts/partials) changes
// nothing until files are put in it, which the watcher names too, and
// removed empty it changes nothing: it is no full rebuild of the site,
// nothing is rendered, and the result is a clean build's. A folder whose name a clean build warns of (one Windows cannot
// hold, in data/), or a symbolic link to a folder, is no such folder.
func TestRebuildEmptyFolderOfLayouts(t *testing.T) {
	r := bt.NewTree(t, rebuildSite, true)
	for _, tc := range []struct {
		dir  string
		fast bool
	}{
		{"layouts/partials", true},
		{"layouts/partials/cards/small", true},
		{"i18n/old", true},
		{"data/people", true},
		{"data/a:b", false}, // a clean build warns of its name
	} {
		if err := os.MkdirAll(filepath.Join(r.Root, filepath.FromSlash(tc.dir)), 0o755); err != nil {
			t.Fatal(err)
		}
		r.Rebuild(tc.dir+" made", tc.dir)
		res := r.Builder.Last()
		if got := build.Patched(res); got != tc.fast {
			t.Errorf("%s made: patched %v, want %v", tc.dir, got, tc.fast)
		}
		if tc.fast && r.Builder.Rendered() != 0 {
			t.Errorf("%s made: rendered %d pages, want none", tc.dir, r.Builder.Rendered())
		}
		if !tc.fast {
			r.Remove(tc.dir)
			r.Rebuild(tc.dir+" removed", tc.dir) // as the watcher names an empty folder
		}
	}
	// Removed empty (rmdir, a file manager's delete), such a folder is
	// named alone and changes nothing either.
	for _, dir := range []string{"layouts/partials/cards/small", "i18n/old", "data/people"} {
		r.Remove(dir)
		r.Rebuild(dir+" removed empty", dir)
		if !build.Patched(r.Builder.Last()) || r.Builder.Rendered() != 0 {
			t.Errorf("%s removed empty: patched %v, rendered %d pages, want the fast path and none", dir, build.Patched(r.Builder.Last()), r.Builder.Rendered())
		}
	}
	r.Write("layouts/partials/cards/small/x.html", "<b>x</b>\n")
	r.Rebuild("a layout in the new folder", "layouts/partials/cards/small/x.html")
	// A folder that held a layout, moved away and named alone, is a change
	// of the layouts, as a clean build finds.
	trash := t.TempDir()
	if err := os.Rename(filepath.Join(r.Root, "layouts/partials/cards"), filepath.Join(trash, "cards")); err != nil {
		t.Fatal(err)
	}
	r.Rebuild("a folder of layouts moved to the trash", "layouts/partials/cards")
	if build.Patched(r.Builder.Last()) {
		t.Error("a folder of layouts moved away took the fast path")
	}
	if err := os.Symlink("partials", filepath.Join(r.Root, "layouts/linked")); err != nil {
		t.Fatal(err)
	}
	if err := r.Rebuild("a link to a folder of layouts made", "layouts/linked"); err == nil {
		t.Error("a link to a folder of layouts made: the rebuild did not fail, as a clean build does")
	}
}

// TestRebuildStaticFileCameOrWent: a file saved into static/ or deleted
// from it (a PDF of an agreement, a style sheet) takes the fast path and
// renders no page, as a resaved one does: links to its address lose or gain
// their warning as in a clean build. An image, whose size a page may show,
// a file at an address a page has, a link and a file of a hidden folder are
// built in full or left out, as a clean build has them.
func TestRebuildStaticFileCameOrWent(t *testing.T) {
	r := bt.NewTree(t, siteYAML+`-- content/news/a.lv.md --
---
title: Līgums
date: 2024-01-05
---
Lasiet [līgumu](/files/ligums.pdf) un [plānu](/files/plans.txt).
-- static/css/site.css --
body{margin:0}
`, true)
	const pdf = "static/files/ligums.pdf"
	warned := func(what string, want bool) {
		t.Helper()
		if got := strings.Contains(r.Builder.Last().Warnings.Error(), "/files/ligums.pdf"); got != want {
			t.Errorf("%s: a warning about the link to /files/ligums.pdf: %v, want %v", what, got, want)
		}
	}
	warned("before", true)
	for _, e := range []struct {
		what    string
		changes func() []string
		fast    bool
	}{
		{"a PDF the page links to saved", func() []string { return []string{r.Write(pdf, "%PDF-1.4\n")} }, true},
		{"a text file in a new folder", func() []string { return []string{r.Write("static/docs/a/plans.txt", "plāns\n")} }, true},
		{"two files at once", func() []string {
			return []string{r.Write("static/css-old/x.css", "a{}"), r.Write("static/files/plans.txt", "plāns\n")}
		}, true},
		{"a hidden file", func() []string { return []string{r.Write("static/.notes.txt", "x")} }, true},
		{"a file in a hidden folder", func() []string { return []string{r.Write("static/.git/x.txt", "x")} }, true},
		{"an image", func() []string {
			return []string{r.Write("static/img/logo.svg", `<svg xmlns="http://www.w3.org/2000/svg"/>`)}
		}, false},
		{"a file at a page's address", func() []string { return []string{r.Write("static/lv/index.html", "<p>x</p>")} }, false},
		{"that file removed", func() []string { return r.Remove("static/lv/index.html") }, false},
		{"the PDF deleted", func() []string { return r.Remove(pdf) }, true},
		{"a file of a new folder deleted", func() []string { return r.Remove("static/docs/a/plans.txt") }, true},
	} {
		r.Rebuild(e.what, e.changes()...)
		if got := build.Patched(r.Builder.Last()); got != e.fast {
			t.Errorf("%s: patched %v, want %v", e.what, got, e.fast)
		}
		if e.fast && r.Builder.Rendered() != 0 {
			t.Errorf("%s: rendered %d pages, want none", e.what, r.Builder.Rendered())
		}
		if e.what == "a PDF the page links to saved" {
			warned(e.what, false)
		}
	}
	warned("the PDF deleted", true)
}
