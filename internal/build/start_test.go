package build_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// sameResult fails the test, naming what, unless got has the paths, bytes
// and warnings of want.
func sameResult(t *testing.T, what string, got, want *build.Result) {
	t.Helper()
	if diff := cmp.Diff(want.Paths, got.Paths); diff != "" {
		t.Fatalf("%s: output files differ from a clean build (-clean +got):\n%s", what, diff)
	}
	for _, p := range want.Paths {
		if !bytes.Equal(want.Files.Map()[p], got.Files.Map()[p]) {
			t.Errorf("%s: %s differs from a clean build (-clean +got):\n%s", what, p, cmp.Diff(string(want.Files.Map()[p]), string(got.Files.Map()[p])))
		}
	}
	if diff := cmp.Diff(want.Warnings.Error(), got.Warnings.Error()); diff != "" {
		t.Errorf("%s: warnings differ from a clean build's (-clean +got):\n%s", what, diff)
	}
}

// TestStartThenBuild is what vestis serve does: Start, the preview's
// outputs, then the first build from what Start loaded. Every output the
// preview makes is the clean build's byte for byte, the first build is a clean
// build, and the rebuilds after it (the fast path, the full path, a layout)
// are too, so the caches it left are sound.
func TestStartThenBuild(t *testing.T) {
	for _, minify := range []bool{false, true} {
		tr := bt.NewTree(t, rebuildSite, minify)
		b := build.NewBuilder(tr.Options)
		pv, err := b.Start()
		if err != nil {
			t.Fatal(err)
		}
		if b.Last() != nil {
			t.Fatal("Start built the site")
		}
		clean := tr.Clean()
		var previewed []string
		for _, p := range clean.Paths {
			body, ok, err := pv.Output(p)
			if !ok {
				continue
			}
			previewed = append(previewed, p)
			if err != nil {
				t.Errorf("minify %v: preview of %s: %v", minify, p, err)
			} else if !bytes.Equal(body, clean.Files.Map()[p]) {
				t.Errorf("minify %v: the preview's %s differs from a clean build's (-clean +preview):\n%s", minify, p, cmp.Diff(string(clean.Files.Map()[p]), string(body)))
			}
		}
		for _, want := range []string{"index.html", "lv/index.html", "lv/jaunumi/index.html", "lv/jaunumi/a/index.html", "en/news/a/index.html",
			"lv/jaunumi/c/index.html", "lv/jaunumi/c/foto.svg", "lv/tags/mit/index.html", "lv/404.html", "404.html", "css/site.css"} {
			if !strings.Contains(" "+strings.Join(previewed, " ")+" ", " "+want+" ") {
				t.Errorf("minify %v: the preview does not make %s; it makes %v", minify, want, previewed)
			}
		}
		for _, buildOnly := range []string{"lv/jaunumi/index.xml", "sitemap.xml", "lv/search/index.json"} {
			if _, ok, _ := pv.Output(buildOnly); ok {
				t.Errorf("minify %v: the preview makes %s, which only the build makes", minify, buildOnly)
			}
		}

		res, _, err := b.Rebuild(nil)
		if err != nil {
			t.Fatal(err)
		}
		sameResult(t, "the first build after Start", res, clean)
		tr.Builder = b
		tr.Rebuild("a body edit", tr.Edit("content/news/b.lv.md", "Otrais teksts.", "Otrais teksts, labots."))
		tr.Rebuild("a title edit", tr.Edit("content/news/a.lv.md", "title: Pirmā ziņa", "title: Pirmā ziņa!"))
		tr.Rebuild("a partial edit", tr.Edit("layouts/partials/extra.html", "extra", "cits"))
	}
}

// TestStartThenSave: a file saved after Start, before the first build, is
// in that build when the save is passed to it: what Start loaded is read again.
func TestStartThenSave(t *testing.T) {
	tr := bt.NewTree(t, rebuildSite, true)
	b := build.NewBuilder(tr.Options)
	if _, err := b.Start(); err != nil {
		t.Fatal(err)
	}
	saved := tr.Edit("content/news/b.lv.md", "title: Otrā ziņa", "title: Otrā ziņa (labota)")
	res, _, err := b.Rebuild([]string{saved})
	if err != nil {
		t.Fatal(err)
	}
	sameResult(t, "the first build with a save after Start", res, tr.Clean())
	if page := string(res.Files.Map()["lv/jaunumi/b/index.html"]); !strings.Contains(page, "Otrā ziņa (labota)") {
		t.Errorf("the saved title is not on its page:\n%s", page)
	}
}

// TestStartWithPhoto: a page with a resized photo is previewed as the build
// makes it (srcset and sizes from the inspected photo), the photo itself is
// previewed, and its resized sizes are left to the build.
func TestStartWithPhoto(t *testing.T) {
	t.Parallel()
	o := bt.Options(photoSite(t, testJPEG(t, 2000, 1000)))
	o.PhotoCache = t.TempDir()
	clean, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	b := build.NewBuilder(o)
	pv, err := b.Start()
	if err != nil {
		t.Fatal(err)
	}
	const page = "lv/jaunumi/trip/index.html"
	if body, ok, err := pv.Output(page); !ok || err != nil || !bytes.Equal(body, clean.Files.Map()[page]) || !strings.Contains(string(body), "srcset=") {
		t.Errorf("the preview of %s (%v, %v) is not the build's, with srcset (-clean +preview):\n%s", page, ok, err, cmp.Diff(string(clean.Files.Map()[page]), string(body)))
	}
	var sizes int
	for _, p := range clean.Paths {
		if !strings.HasPrefix(p, "lv/jaunumi/trip/foto") && !strings.HasPrefix(p, "photos/foto") {
			continue
		}
		body, ok, err := pv.Output(p)
		switch {
		case p == "lv/jaunumi/trip/foto.jpg":
			if !ok || err != nil || !bytes.Equal(body, clean.Files.Map()[p]) {
				t.Errorf("the preview of the photo %s: %v, %v, %d bytes; want the build's %d", p, ok, err, len(body), len(clean.Files.Map()[p]))
			}
		case ok:
			t.Errorf("the preview makes the resized photo %s, which only the build makes", p)
		default:
			sizes++
		}
	}
	if sizes == 0 {
		t.Errorf("the build made no resized photo: %v", clean.Paths)
	}
	res, _, err := b.Rebuild(nil)
	if err != nil {
		t.Fatal(err)
	}
	sameResult(t, "the first build after Start", res, clean)
}
