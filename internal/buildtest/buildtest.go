// Package buildtest builds a site written as an inline txtar archive in memory,
// for integration tests: b := buildtest.Run(t, archive); b.AssertFile(...).
package buildtest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/rogpeppe/go-internal/txtar"
	"golang.org/x/net/html"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
)

// Now is the fixed build time of test builds.
var Now = time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)

// B is a built test site.
type B struct {
	t      testing.TB
	FS     fstest.MapFS
	Result *build.Result
}

// Site turns an archive into a file system.
func Site(archive string) fstest.MapFS {
	a := txtar.Parse([]byte(archive))
	fsys := fstest.MapFS{}
	for _, f := range a.Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data, Mode: 0o644}
	}
	return fsys
}

// Options are the build options of a test build of fsys: the embedded default
// theme, no minification and the fixed time Now.
func Options(fsys fstest.MapFS) build.Options {
	off := false
	return build.Options{Site: fsys, Theme: vestis.Theme(), Minify: &off, Now: Now}
}

// Run builds the archive and fails the test on an error. Options may be changed by edit.
func Run(t testing.TB, archive string, edit ...func(*build.Options)) *B {
	t.Helper()
	fsys := Site(archive)
	o := Options(fsys)
	for _, e := range edit {
		e(&o)
	}
	res, err := build.Build(o)
	if err != nil {
		t.Fatalf("build failed:\n%v", err)
	}
	return &B{t: t, FS: fsys, Result: res}
}

// Fail builds the archive, fails the test if the build succeeds, and returns the error text.
func Fail(t testing.TB, archive string, edit ...func(*build.Options)) string {
	t.Helper()
	fsys := Site(archive)
	o := Options(fsys)
	for _, e := range edit {
		e(&o)
	}
	if _, err := build.Build(o); err != nil {
		return err.Error()
	}
	t.Fatalf("build succeeded, want an error")
	return ""
}

// File returns an output file's content, failing the test when it is missing.
func (b *B) File(path string) string {
	b.t.Helper()
	data, ok := b.Result.Files.Map()[path]
	if !ok {
		b.t.Fatalf("no output %s; have:\n%s", path, strings.Join(b.Result.Paths, "\n"))
	}
	return string(data)
}

// AssertFile checks that path exists and contains every substring.
func (b *B) AssertFile(path string, substrings ...string) {
	b.t.Helper()
	got := b.File(path)
	for _, s := range substrings {
		if !strings.Contains(got, s) {
			b.t.Errorf("%s does not contain %q; it is:\n%s", path, s, got)
		}
	}
}

// AssertNoFile checks that path was not written.
func (b *B) AssertNoFile(path string) {
	b.t.Helper()
	if _, ok := b.Result.Files.Map()[path]; ok {
		b.t.Errorf("%s was written, want none", path)
	}
}

// HTML parses an output file.
func (b *B) HTML(path string) *html.Node {
	b.t.Helper()
	doc, err := html.Parse(bytes.NewReader([]byte(b.File(path))))
	if err != nil {
		b.t.Fatalf("parse %s: %v", path, err)
	}
	return doc
}

// WriteFile writes a file of a test site on disk, making its folders.
func WriteFile(t testing.TB, root, name, data string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
