package build_test

import (
	"bytes"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestMinifiedParts builds sites twice, minified: from minified layouts and
// Markdown HTML (render.LoadMinified), as vestis builds, and the way before
// it, each page minified after rendering. Each page of the first build,
// minified again, must be the second's page byte for byte (or be it without;
// or both pages minified again must be the same, where scripts were): the two differ
// only in whitespace that the minifier drops and in characters that it writes
// shorter (&#39; as '). Every other output must be the same. The sites are
// the golden site and the example site; VESTIS_MINIFY_SITES adds folders
// (separated by the list separator), such as a large generated corpus.
func TestMinifiedParts(t *testing.T) {
	golden, err := os.ReadFile("testdata/golden-site.txtar")
	if err != nil {
		t.Fatal(err)
	}
	on := true
	sites := map[string]build.Options{
		"golden":  {Site: bt.Site(string(golden)), Theme: vestis.Theme(), Minify: &on, Now: bt.Now},
		"example": {Site: os.DirFS("../.."), Theme: vestis.Theme(), Minify: &on, Now: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)},
	}
	for _, dir := range filepath.SplitList(os.Getenv("VESTIS_MINIFY_SITES")) {
		sites[dir] = build.Options{Site: os.DirFS(dir), Theme: vestis.Theme(), Minify: &on, Now: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)}
	}
	for name, o := range sites {
		t.Run(name, func(t *testing.T) {
			before := o
			build.MinifyAfter(&before)
			want, err := build.Build(before)
			if err != nil {
				t.Fatal(err)
			}
			got, err := build.Build(o)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got.Paths, "\n") != strings.Join(want.Paths, "\n") {
				t.Fatalf("the outputs are not the same files")
			}
			pages, same, size, sizeAgain := 0, 0, 0, 0
			for _, p := range got.Paths {
				body := got.Files.Map()[p]
				if path.Ext(p) == ".html" {
					pages++
					if bytes.Equal(body, want.Files.Map()[p]) {
						same++ // minified once either way: the language chooser, redirects
						continue
					}
					again, err := build.Minify(p, body)
					if err != nil {
						t.Fatalf("%s: %v", p, err)
					}
					size, sizeAgain = size+len(body), sizeAgain+len(again)
					body = again
					if !bytes.Equal(body, want.Files.Map()[p]) {
						// A script minified once already (Markdown's raw HTML,
						// a layout's script without actions) is minified
						// again here, and the JavaScript minifier names its
						// variables anew: minify today's page again too.
						wantAgain, err := build.Minify(p, want.Files.Map()[p])
						if err != nil {
							t.Fatalf("%s: %v", p, err)
						}
						if bytes.Equal(body, wantAgain) {
							continue
						}
					}
				}
				if !bytes.Equal(body, want.Files.Map()[p]) {
					t.Errorf("%s differs:\n%s", p, firstDiff(body, want.Files.Map()[p]))
				}
			}
			t.Logf("%d pages (%d the same), the others %d bytes, %d minified again", pages, same, size, sizeAgain)
		})
	}
}

// firstDiff shows where a and b part.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-80)
	return "got:  …" + string(a[from:min(len(a), i+80)]) + "\nwant: …" + string(b[from:min(len(b), i+80)])
}
