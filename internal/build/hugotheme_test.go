package build_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// hugoThemeSite is a site made with a Hugo theme (themes/first/, and
// themes/second/ below it): their static/ files are published, the site's
// own static/ and the default theme's winning, as in Hugo.
const hugoThemeSite = `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
languages:
  en: {name: English, title: Notes, weight: 1}
hugoThemes: [first, second]
-- content/a.md --
---
title: A
---
![Peak](/images/peak.svg)
-- static/logo.txt --
the site's logo
-- themes/first/static/logo.txt --
the theme's logo
-- themes/first/static/images/peak.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- themes/first/static/css/style.css --
body{color:red}
-- themes/first/static/.hidden --
not published
-- themes/first/static/shared.txt --
first theme
-- themes/second/static/shared.txt --
second theme
-- themes/second/static/fonts/a.woff --
font
-- themes/first/layouts/_default/single.html --
{{ .Title }} in Hugo's templates, which vestis does not run
-- themes/unused/static/unused.txt --
a theme the site does not name
`

func TestHugoThemeStatic(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, hugoThemeSite)
	b.AssertFile("logo.txt", "the site's logo")
	b.AssertFile("images/peak.svg", "<svg")
	b.AssertFile("shared.txt", "first theme")
	b.AssertFile("fonts/a.woff", "font")
	b.AssertNoFile(".hidden")
	b.AssertNoFile("unused.txt")
	if css := b.File("css/style.css"); strings.Contains(css, "color:red") {
		t.Errorf("the Hugo theme's css/style.css replaced the default theme's, which its pages need")
	}
	b.AssertFile("en/a/index.html", `src="/images/peak.svg"`)

	// Without hugoThemes, nothing of themes/ is published, and the page's
	// image is missing.
	msg := bt.Fail(t, strings.Replace(hugoThemeSite, "hugoThemes: [first, second]\n", "", 1))
	if !strings.Contains(msg, `content/a.md:4: image "/images/peak.svg"`) {
		t.Errorf("error %s\nwant one naming the image", msg)
	}
}

// TestHugoThemeStaticRebuild: a save, an addition and a removal in a Hugo
// theme's static/ (as the dev server's watcher reports them) rebuild as a
// clean build does.
func TestHugoThemeStaticRebuild(t *testing.T) {
	t.Parallel()
	tr := bt.NewTree(t, hugoThemeSite, true)
	tr.Write("themes/first/static/shared.txt", "first theme, saved")
	tr.Rebuild("a save in a theme's static/", "themes/first/static/shared.txt")
	if got := string(tr.Builder.Last().Files.Map()["shared.txt"]); got != "first theme, saved" {
		t.Errorf("shared.txt = %q after the save", got)
	}
	tr.Write("themes/second/static/new.txt", "new")
	tr.Rebuild("a file added to a theme's static/", "themes/second/static/new.txt")
	tr.Remove("themes/first/static/shared.txt")
	tr.Rebuild("a file removed from the first theme", "themes/first/static/shared.txt")
	if got := string(tr.Builder.Last().Files.Map()["shared.txt"]); got != "second theme\n" {
		t.Errorf("shared.txt = %q, want the second theme's", got)
	}
	tr.Edit("site.yaml", "hugoThemes: [first, second]", "hugoThemes: [second]")
	tr.Rebuild("a theme dropped from site.yaml", "site.yaml")
}

func TestHugoThemesConfig(t *testing.T) {
	t.Parallel()
	msg := bt.Fail(t, strings.Replace(hugoThemeSite, "[first, second]", "[../first]", 1))
	if want := `site.yaml:5: hugoThemes: "../first" is not the name of a folder of themes/`; !strings.Contains(msg, want) {
		t.Errorf("error %s\nwant %s", msg, want)
	}
	msg = bt.Fail(t, strings.Replace(hugoThemeSite, "[first, second]", "[first, third]", 1))
	if want := `site.yaml:5: hugoThemes: there is no folder themes/third`; !strings.Contains(msg, want) {
		t.Errorf("error %s\nwant %s", msg, want)
	}
}

// TestHugoThemeLinked: a theme folder that is a symbolic link (to a theme
// beside the site, in a monorepo) is an error naming it, not a theme whose
// static/ is silently left out.
func TestHugoThemeLinked(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	for name, f := range bt.Site(hugoThemeSite) {
		bt.WriteFile(t, root, name, string(f.Data))
	}
	outside := t.TempDir()
	bt.WriteFile(t, outside, "static/x.txt", "outside")
	if err := os.RemoveAll(filepath.Join(root, "themes/second")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(root, "themes/second")); err != nil {
		t.Fatal(err)
	}
	o := bt.Options(nil)
	o.Site = os.DirFS(root)
	_, err := build.Build(o)
	if err == nil || !strings.Contains(err.Error(), "themes/second: a symbolic link; vestis publishes only the files inside the site") {
		t.Errorf("build error %v, want one naming themes/second as a link", err)
	}
}
