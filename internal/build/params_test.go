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
		if string(got) != string(res.Files.Map()[p]) {
			t.Errorf("%s differs from the build in memory:\n%s\nwant:\n%s", p, got, res.Files.Map()[p])
		}
	}
}

// TestBuildToPacksFields: a build into a folder keeps the typed fields of
// its pages packed once the site is assembled; what layouts, lists, the
// calendar and the JSON-LD read of them (a timeline's items, an item with
// one field, a page with none filled in, a fallback page in another
// language) is what a build in memory reads, byte for byte.
func TestBuildToPacksFields(t *testing.T) {
	t.Parallel()
	fsys := bt.Site(`-- site.yaml --
baseURL: https://example.org/
title: Vēstis
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis, weight: 1}
  en: {name: English, title: News, weight: 2}
sections:
  courses: {lv: kursi, en: courses}
types:
  courses:
    sections: [courses]
    sort: [{by: status}, {by: closes, order: asc}]
    fields:
      status: {kind: enum, values: [open, closed]}
      closes: {kind: date}
      hosts: {kind: list}
      sessions:
        kind: objects
        fields:
          date: {kind: date, required: true}
          topic: {kind: text}
    calendar:
      entries:
        - {each: sessions, start: date, title: topic}
        - {start: closes, label: closes}
      only: {status: [open]}
    jsonld:
      name: title
      hosts: hosts
-- content/courses/_index.en.md --
---
title: Courses
fallback: true
---
-- content/courses/_index.lv.md --
---
title: Kursi
---
-- content/courses/rakstit.lv.md --
---
title: Rakstīt skaidri
status: open
closes: 2031-05-02
hosts: [Bibliotēka, Skola]
sessions:
  - {date: 2031-06-01, topic: Ievads}
  - {date: 2031-06-08}
---
Teksts.
-- content/courses/lasit.lv.md --
---
title: Lasīt
status: ""
---
Teksts.
-- layouts/courses/single.html --
{{ define "main" }}<h1>{{ .Page.Title }}</h1>{{ $f := .Page.Fields }}<p class="f">{{ index $f "status" }}|{{ with index $f "hosts" }}{{ range . }}{{ . }};{{ end }}{{ end }}|{{ len $f }}</p><ol>{{ range index .Page.Fields "sessions" }}<li>{{ .date.Format "2006-01-02" }} {{ index . "topic" }} {{ len . }}</li>{{ end }}</ol>{{ .Page.Content }}{{ end }}
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
	page, err := os.ReadFile(filepath.Join(dir, "lv/kursi/rakstit/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<p class="f">open|Bibliotēka;Skola;|4</p>`, `<li>2031-06-01 Ievads 2</li><li>2031-06-08  1</li>`} {
		if !strings.Contains(string(page), want) {
			t.Errorf("lv/kursi/rakstit/index.html lacks %q:\n%s", want, page)
		}
	}
	var calendars, fallbacks int
	for _, p := range res.Paths {
		calendars += strings.Count(p, ".ics")
		fallbacks += strings.Count(p, "en/courses/rakstit/")
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if string(got) != string(res.Files.Map()[p]) {
			t.Errorf("%s differs from the build in memory:\n%s\nwant:\n%s", p, got, res.Files.Map()[p])
		}
	}
	if calendars == 0 || fallbacks == 0 {
		t.Errorf("%d calendars, %d pages of the fallback: the test reads neither; paths:\n%s", calendars, fallbacks, strings.Join(res.Paths, "\n"))
	}
}
