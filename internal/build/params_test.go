package build_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestBuildToReadsParamsAgain: a build into a folder drops the front matter
// maps once the site is assembled and reads them from the files again when
// a layout, a shortcode or the funding notice asks; its pages are those of
// a build in memory, front matter values, nested params and a cascade's
// values included.
func TestBuildToReadsParamsAgain(t *testing.T) {
	t.Parallel()
	fsys := bt.Site(institutionSite + `-- content/news/_index.lv.md --
---
title: Jaunumi
cascade:
  color: sarkana
---
-- content/news/c.lv.md --
---
title: Ar krāsu
room: augša
params: {phone: "+371 1"}
---
Teksts {{< room >}}.
-- layouts/shortcodes/room.html --
<b>{{ .Page.Params.room }}</b>
-- layouts/news/single.html --
{{ define "main" }}<h1>{{ .Page.Title }}</h1><p class="params">{{ with .Page.Params }}{{ index . "room" }}|{{ index . "phone" }}|{{ index . "color" }}{{ end }}</p>{{ .Page.Content }}{{ end }}
`)
	o := bt.Options(fsys)
	res, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := build.BuildTo(o, dir); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(dir, "lv/jaunumi/c/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`augša|&#43;371 1|sarkana`, `<b>augša</b>`} {
		if !strings.Contains(string(page), want) {
			t.Errorf("lv/jaunumi/c/index.html lacks %q:\n%s", want, page)
		}
	}
	for _, p := range res.Paths {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if string(got) != string(res.Files[p]) {
			t.Errorf("%s differs from the build in memory:\n%s\nwant:\n%s", p, got, res.Files[p])
		}
	}
}
