package build_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestFrontImageFromStatic: image: images/x.jpg, not in the page's bundle
// but in static/, is /images/x.jpg, as Hugo themes read it (its sharing
// image is made from it); a bundle's own file of that name still wins.
func TestFrontImageFromStatic(t *testing.T) {
	t.Parallel()
	fsys := bt.Site(siteYAML + fixture(t, "front-image-static"))
	fsys["static/images/kalns.jpg"] = &fstest.MapFile{Data: testJPEG(t, 800, 400)}
	fsys["content/news/b/images/kalns.jpg"] = &fstest.MapFile{Data: testJPEG(t, 600, 300)}
	o := bt.Options(fsys)
	o.PhotoCache = t.TempDir()
	res, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	og := func(page string) string {
		html := string(res.Files.Map()[page])
		_, after, ok := strings.Cut(html, `<meta property="og:image" content="https://example.org/photos/kalns-`)
		if !ok {
			t.Fatalf("%s: no sharing image made from kalns.jpg:\n%s", page, html)
		}
		name, _, _ := strings.Cut(after, `"`)
		return name
	}
	if a, b := og("lv/jaunumi/a/index.html"), og("lv/jaunumi/b/index.html"); a == b {
		t.Errorf("both pages share %s; want static/'s photo for a, the bundle's for b", a)
	}
}
