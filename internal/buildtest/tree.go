package buildtest

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
)

// Tree is a test site in a temporary folder with a build.Builder on it, as the
// dev server has: edit the tree, then Rebuild checks that the live rebuild gives
// what a clean build of the same tree gives, byte for byte. That invariant is
// what lets the dev server redo only what a save touches.
type Tree struct {
	t       testing.TB
	Root    string        // the site's folder
	Options build.Options // the options of both builds
	Builder *build.Builder
}

// NewTree writes the archive into a temporary folder and builds it once with a
// new Builder, failing the test if that build fails. Pages are minified when
// minify is set, as vestis serve does by default.
func NewTree(t testing.TB, archive string, minify bool) *Tree {
	t.Helper()
	root := t.TempDir()
	for name, f := range Site(archive) {
		WriteFile(t, root, name, string(f.Data))
	}
	return newTree(t, root, minify)
}

// NewTreeAt is NewTree on the site in folder root, which the test's edits
// change: a copy, for a site the test does not own.
func NewTreeAt(t testing.TB, root string, minify bool) *Tree {
	t.Helper()
	return newTree(t, root, minify)
}

func newTree(t testing.TB, root string, minify bool) *Tree {
	t.Helper()
	// A cache folder of the test's own: the clean build after each rebuild
	// reads the sharing cards (and photos) the first build made.
	o := build.Options{Site: os.DirFS(root), Theme: vestis.Theme(), Minify: &minify, Now: Now, PhotoCache: t.TempDir()}
	tr := &Tree{t: t, Root: root, Options: o, Builder: build.NewBuilder(o)}
	if _, _, err := tr.Builder.Rebuild(nil); err != nil {
		t.Fatalf("first build of the tree: %v", err)
	}
	return tr
}

// path is the file path of a site-relative name.
func (tr *Tree) path(name string) string {
	return filepath.Join(tr.Root, filepath.FromSlash(name))
}

// Exists reports whether the site has a file or folder called name.
func (tr *Tree) Exists(name string) bool {
	_, err := os.Stat(tr.path(name))
	return err == nil
}

// Read returns the content of the site's file name, failing the test when it
// cannot be read.
func (tr *Tree) Read(name string) string {
	tr.t.Helper()
	data, err := os.ReadFile(tr.path(name))
	if err != nil {
		tr.t.Fatalf("read %s: %v", name, err)
	}
	return string(data)
}

// Write writes the site's file name, making its folders, and returns name, the
// change to pass to Rebuild.
func (tr *Tree) Write(name, data string) string {
	tr.t.Helper()
	WriteFile(tr.t, tr.Root, name, data)
	return name
}

// Edit replaces the first old in the site's file name by new and returns name.
// The test fails when the file does not contain old: an edit that silently
// does nothing would check nothing.
func (tr *Tree) Edit(name, old, new string) string {
	tr.t.Helper()
	data := tr.Read(name)
	if !strings.Contains(data, old) {
		tr.t.Fatalf("%s does not contain %q", name, old)
	}
	return tr.Write(name, strings.Replace(data, old, new, 1))
}

// Remove removes the site's file or folder name and returns every file it
// removed, as the watcher reports them.
func (tr *Tree) Remove(name string) []string {
	tr.t.Helper()
	files := tr.files(name)
	if err := os.RemoveAll(tr.path(name)); err != nil {
		tr.t.Fatalf("remove %s: %v", name, err)
	}
	return files
}

// Rename renames the site's file or folder old to new, making new's parent
// folders, and returns every changed path as the watcher reports them: both
// names of a file, and for a folder every file below both names.
func (tr *Tree) Rename(old, new string) []string {
	tr.t.Helper()
	files := tr.files(old)
	if err := os.MkdirAll(filepath.Dir(tr.path(new)), 0o755); err != nil {
		tr.t.Fatalf("rename %s: %v", old, err)
	}
	if err := os.Rename(tr.path(old), tr.path(new)); err != nil {
		tr.t.Fatalf("rename %s: %v", old, err)
	}
	changes := slices.Clone(files)
	for _, f := range files {
		changes = append(changes, new+strings.TrimPrefix(f, old))
	}
	return changes
}

// files lists the site-relative names of the file name or of every file below
// the folder name.
func (tr *Tree) files(name string) []string {
	tr.t.Helper()
	var out []string
	err := filepath.WalkDir(tr.path(name), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(tr.Root, p)
		out = append(out, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		tr.t.Fatalf("list %s: %v", name, err)
	}
	return out
}

// Clean builds the tree from scratch, failing the test on an error.
func (tr *Tree) Clean() *build.Result {
	tr.t.Helper()
	res, err := build.Build(tr.Options)
	if err != nil {
		tr.t.Fatalf("clean build: %v", err)
	}
	return res
}

// Rebuild rebuilds after changes (site-relative paths, as the watcher reports
// them) and fails the test, naming what, unless the result is a clean build's
// of the same tree: both fail, or both succeed with the same paths, the same
// bytes in each file and the same warnings, and the diff sent to browsers names
// exactly the files that differ from the last good build and those it no longer
// has. It returns the rebuild's error, so that a test can check it.
func (tr *Tree) Rebuild(what string, changes ...string) error {
	tr.t.Helper()
	prev := tr.Builder.Last()
	got, d, gerr := tr.Builder.Rebuild(changes)
	want, werr := build.Build(tr.Options)
	if (gerr != nil) != (werr != nil) {
		tr.t.Fatalf("%s: rebuild error %v\nclean build error %v", what, gerr, werr)
	}
	var bug *build.BugError
	if errors.As(gerr, &bug) || errors.As(werr, &bug) {
		tr.t.Fatalf("%s: rebuild error %v\nclean build error %v", what, gerr, werr)
	}
	if werr != nil {
		if gerr.Error() != werr.Error() {
			tr.t.Fatalf("%s: the rebuild's error differs from a clean build's (-clean +rebuild):\n%s", what, cmp.Diff(werr.Error(), gerr.Error()))
		}
		return gerr
	}
	if diff := cmp.Diff(want.Paths, got.Paths); diff != "" {
		tr.t.Fatalf("%s: output files differ from a clean build (-clean +rebuild):\n%s", what, diff)
	}
	for _, p := range want.Paths {
		if !bytes.Equal(want.Files.Map()[p], got.Files.Map()[p]) {
			tr.t.Fatalf("%s: %s differs from a clean build (-clean +rebuild):\n%s", what, p, cmp.Diff(string(want.Files.Map()[p]), string(got.Files.Map()[p])))
		}
	}
	if diff := cmp.Diff(want.Warnings.Error(), got.Warnings.Error()); diff != "" {
		tr.t.Fatalf("%s: warnings differ from a clean build's (-clean +rebuild):\n%s", what, diff)
	}
	var changed, removed []string
	for _, p := range want.Paths {
		if old, ok := prev.Files.Map()[p]; !ok || !bytes.Equal(old, want.Files.Map()[p]) {
			changed = append(changed, p)
		}
	}
	for _, p := range prev.Paths {
		if _, ok := want.Files.Map()[p]; !ok {
			removed = append(removed, p)
		}
	}
	if diff := cmp.Diff(changed, d.Changed); diff != "" {
		tr.t.Fatalf("%s: the rebuild's changed files are not those that differ from the last build (-want +got):\n%s", what, diff)
	}
	if diff := cmp.Diff(removed, d.Removed); diff != "" {
		tr.t.Fatalf("%s: the rebuild's removed files are not those gone since the last build (-want +got):\n%s", what, diff)
	}
	return nil
}
