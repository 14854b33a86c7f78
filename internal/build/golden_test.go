package build_test

import (
	"flag"
	"os"
	"path"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

var update = flag.Bool("update", false, "rewrite testdata/golden-want.txtar")

// TestGoldenSite builds testdata/golden-site.txtar with the default theme and
// compares every output file with testdata/golden-want.txtar.
func TestGoldenSite(t *testing.T) {
	in, err := os.ReadFile("testdata/golden-site.txtar")
	if err != nil {
		t.Fatal(err)
	}
	b := bt.Run(t, string(in))
	got := &txtar.Archive{Comment: []byte("The output of golden-site.txtar; refresh with -update and review the diff.\n")}
	for _, p := range b.Result.Paths {
		if ext := path.Ext(p); ext != ".html" && ext != ".xml" && ext != ".txt" {
			continue // the theme's static files change on their own
		}
		got.Files = append(got.Files, txtar.File{Name: p, Data: b.Result.Files.Map()[p]})
	}
	const wantFile = "testdata/golden-want.txtar"
	if *update {
		if err := os.WriteFile(wantFile, txtar.Format(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := txtar.ParseFile(wantFile)
	if err != nil {
		t.Fatal(err)
	}
	wantFiles := map[string]string{}
	for _, f := range want.Files {
		wantFiles[f.Name] = string(f.Data)
	}
	gotFiles := map[string]string{}
	for _, f := range got.Files {
		gotFiles[f.Name] = string(f.Data)
	}
	if diff := cmp.Diff(wantFiles, gotFiles); diff != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", wantFile, diff)
	}
}
