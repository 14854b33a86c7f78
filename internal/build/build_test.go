package build_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

const siteYAML = `-- site.yaml --
baseURL: https://example.org/
title: Vēstis
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis, weight: 1}
  en: {name: English, title: News, weight: 2}
  vi: {name: Tiếng Việt, title: Tin tức, weight: 3}
sections:
  news: {lv: jaunumi, en: news, vi: tin-tuc}
taxonomies: [tags]
`

// plainLayouts render just enough to test the engine without the default theme.
const plainLayouts = `-- layouts/_default/baseof.html --
<!DOCTYPE html><html lang="{{.Lang.Code}}"><head><title>{{.Page.Title}}</title><link rel="canonical" href="{{.Canonical}}">{{range .Alternates}}<link rel="alternate" hreflang="{{.HrefLang}}" href="{{.URL}}">{{end}}</head><body>{{block "main" .}}{{end}}</body></html>
-- layouts/_default/single.html --
{{define "main"}}<h1>{{.Page.Title}}</h1>{{.Page.Content}}{{end}}
-- layouts/_default/list.html --
{{define "main"}}<h1>{{.Page.Title}}</h1><ul>{{range .Pages}}<li><a href="{{.RelPermalink}}">{{.Title}}</a></li>{{end}}</ul>{{end}}
-- layouts/404.html --
{{define "main"}}<h1>404</h1>{{end}}
`

func TestTranslationsAndURLs(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`
-- content/news/2023-05-19-atklasana.lv.md --
---
title: Atklātas programmas
date: 2023-05-19
tags: [mit]
---
Teksts.
-- content/news/2023-05-19-atklasana.en.md --
---
title: Programmes open
date: 2023-05-19
slug: programmes-open
---
Text.
-- content/news/only-latvian.md --
---
title: Tikai latviski
date: 2023-01-01
---
Teksts.
`)
	b.AssertFile("lv/jaunumi/2023-05-19-atklasana/index.html", "Atklātas programmas")
	b.AssertFile("en/news/programmes-open/index.html", "Programmes open")
	b.AssertFile("lv/jaunumi/only-latvian/index.html")
	b.AssertNoFile("vi/tin-tuc/2023-05-19-atklasana/index.html")
	b.AssertFile("lv/tags/mit/index.html")

	doc := b.HTML("en/news/programmes-open/index.html")
	if got := bt.Attr(bt.Find(doc, "html")[0], "lang"); got != "en" {
		t.Errorf("html lang = %q, want en", got)
	}
	canon := bt.Find(doc, "link", "rel=canonical")
	if len(canon) != 1 || bt.Attr(canon[0], "href") != "https://example.org/en/news/programmes-open/" {
		t.Errorf("canonical = %v", canon)
	}
	want := map[string]string{
		"lv":        "https://example.org/lv/jaunumi/2023-05-19-atklasana/",
		"en":        "https://example.org/en/news/programmes-open/",
		"x-default": "https://example.org/lv/jaunumi/2023-05-19-atklasana/",
	}
	got := map[string]string{}
	for _, l := range bt.Find(doc, "link", "rel=alternate", "hreflang") {
		got[bt.Attr(l, "hreflang")] = bt.Attr(l, "href")
	}
	if len(got) != len(want) {
		t.Errorf("hreflang links = %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("hreflang %s = %q, want %q", k, got[k], v)
		}
	}
	// The switcher of a page without a Vietnamese translation leads to the
	// Vietnamese home and says so.
	lv := b.HTML("lv/jaunumi/only-latvian/index.html")
	var found bool
	for _, a := range bt.Find(lv, "a", "hreflang=vi") {
		if bt.Attr(a, "href") == "/vi/" {
			found = true
		}
	}
	if !found {
		t.Errorf("no switcher link to /vi/ on an untranslated page")
	}
	b.AssertFile("index.html", `hreflang="x-default"`, `href="/lv/"`)
	b.AssertFile("404.html")
	b.AssertFile("vi/404.html")
}

func TestPublicationFilter(t *testing.T) {
	t.Parallel()
	archive := siteYAML + plainLayouts + `
-- content/news/draft.md --
---
title: Melnraksts
draft: true
---
-- content/news/future.md --
---
title: Nākotnē
date: 2030-01-01
---
-- content/news/expired.md --
---
title: Beidzies
date: 2020-01-01
expiryDate: 2021-01-01
---
-- content/news/ok.md --
---
title: Kārtībā
date: 2020-01-01
---
`
	b := bt.Run(t, archive)
	b.AssertFile("lv/jaunumi/ok/index.html")
	for _, name := range []string{"draft", "future", "expired"} {
		b.AssertNoFile("lv/jaunumi/" + name + "/index.html")
	}
	list := b.File("lv/jaunumi/index.html")
	for _, title := range []string{"Melnraksts", "Nākotnē", "Beidzies"} {
		if strings.Contains(list, title) {
			t.Errorf("section list shows %q", title)
		}
	}
	all := bt.Run(t, archive, func(o *build.Options) { o.Drafts, o.Future, o.Expired = true, true, true })
	for _, name := range []string{"draft", "future", "expired"} {
		all.AssertFile("lv/jaunumi/" + name + "/index.html")
	}
}

func TestBadInputNamesFileAndLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, files, want string
	}{
		{"slug leaves the site", `-- content/news/a.md --
---
title: A
slug: ../../etc
---
`, `content/news/a.md:3: front matter: slug: "../../etc" would leave the site`},
		{"url leaves the site", `-- content/news/a.md --
---
title: A
url: /../../x/
---
`, `content/news/a.md:3: front matter: url: "/../../x/" would leave the site`},
		{"alias with a scheme", `-- content/news/a.md --
---
title: A
aliases: ["https://evil.example/"]
---
`, `content/news/a.md:3: front matter: aliases: "https://evil.example/" would leave the site`},
		{"bad date", `-- content/news/a.md --
---
title: A
date: 19.05.2023
---
`, `content/news/a.md:3: front matter: date: cannot read "19.05.2023" as a date; write year-month-day, as in 2023-05-19`},
		{"tags not a list", `-- content/news/a.md --
---
title: A
tags: education, research
---
`, `content/news/a.md:3: front matter: tags: want a list such as [a, b], got "education, research"`},
		{"YAML syntax", `-- content/news/a.md --
---
title: A
date: x: y
---
`, `content/news/a.md:3: front matter: date: the value holds ": ", which YAML reads as the start of another key; put the whole value in quotes, as in date: "x: y"`},
		{"unclosed quote", `-- content/news/a.md --
---
title: "RTU noslēdz līgumu
date: 2021-09-15
description: "Rīgas Tehniskā universitāte"
---
`, `content/news/a.md:2: front matter: title: the value opens a quote (") that this line does not close`},
		{"unclosed single quote", `-- content/news/a.md --
---
title: 'It''s done
tags: [a]
summary: 'x'
---
`, `content/news/a.md:2: front matter: title: the value opens a quote (') that this line does not close`},
		{"text after a list", `-- content/news/a.md --
---
title: [Melnraksts] RTU noslēdz līgumu
date: 2021-09-15
---
`, `content/news/a.md:2: front matter: title: text follows the list closed with ]: for a text that starts with [, put the whole value in quotes, as in title: "[Draft] News"`},
		{"unclosed list", `-- content/news/a.md --
---
title: [Melnraksts RTU noslēdz līgumu
date: 2021-09-15
---
`, `content/news/a.md:2: front matter: title: the list opened with [ is not closed on this line: end it with ], or, for a text that starts with [, put the whole value in quotes, as in title: "[Draft] News"`},
		{"unclosed map, a later key", `-- content/news/a.md --
---
title: A
description: {MIT J-WEL sadarbība
tags: [a,
  b]
---
`, `content/news/a.md:3: front matter: description: the map opened with { is not closed on this line: end it with }, or, for a text that starts with {, put the whole value in quotes, as in title: "{Draft} News"`},
		{"a list over two lines is fine, a later one unclosed", `-- content/news/a.md --
---
tags: [a,
  "b]"]
title: [x
---
`, `content/news/a.md:4: front matter: title: the list opened with [ is not closed on this line: end it with ], or, for a text that starts with [, put the whole value in quotes, as in title: "[Draft] News"`},
		{"text after the closing quote", `-- content/news/a.md --
---
title: "Daugavpils tehnikums sāk sadarbību" (labots)
date: 2020-10-09
---
`, `content/news/a.md:2: front matter: title: text follows the closing quote; put the whole value inside the quotes, as in title: "Riga: news (updated)"`},
		{"text after the closing single quote, a later key", `-- content/news/a.md --
---
date: 2020-10-09
summary: 'It''s done' today
tags: [a]
---
`, `content/news/a.md:3: front matter: summary: text follows the closing quote; put the whole value inside the quotes, as in title: "Riga: news (updated)"`},
		{"image not beside the page", `-- content/news/a.md --
---
title: A
---
Teksts.

![Foto](foto.jpg)
`, `content/news/a.md:6: image "foto.jpg" is not beside the page: make a folder content/news/a/ with the page as index.lv.md and the image in it, or put the image in static/ and write /foto.jpg`},
		{"image missing from the bundle", `-- content/news/a/index.lv.md --
---
title: A
---
![Foto](foto.svg)
`, `content/news/a/index.lv.md:4: image "foto.svg": there is no content/news/a/foto.svg`},
		{"image missing from static", `-- content/news/a.md --
---
title: A
---

![Foto](/foto.jpg)
`, `content/news/a.md:5: image "/foto.jpg": there is no static/foto.jpg`},
		{"file name without a letter", `-- content/news/-.md --
---
title: Svītra
---
`, `content/news/-.md: the file name "-" has no letter or digit to make its address of; rename the file, or give the page a slug`},
		{"slug without a letter", `-- content/news/a.md --
---
title: A
slug: "..."
---
`, `content/news/a.md:3: slug: "..." gives an empty URL segment`},
		{"Org page", `-- content/news/notes.org --
#+title: Notes
-- content/news/b/index.md --
---
title: B
---
-- content/news/b/source.org --
a bundle's file, published as it is
`, `content/news/notes.org: a page written in Org, which Hugo converts and vestis does not (it reads Markdown and HTML); convert it to Markdown, or move it to static/ to publish the file as it is`},
		{"image in Hugo's assets, not in static, and no photo", `-- content/news/a.md --
---
title: A
image: /images/foto.png
---
-- assets/images/foto.png --
png
`, `content/news/a.md:3: front matter: image: assets/images/foto.png: not a JPEG or PNG image that can be read (image: unknown format); save it again as JPEG or PNG`},
		{"indented key", `-- content/news/a.md --
---
title: A
  description: B
---
`, `content/news/a.md:3: front matter: this line is indented more than the key above it, so YAML reads it as going on that key's value, where ": " may not stand: start a key where the keys above it start, or, if the line goes on a text, put the whole text in quotes`},
		{"no closing delimiter", `-- content/news/a.md --
---
title: A
`, `content/news/a.md:1: front matter: no closing "---" line`},
		{"collision", `-- content/news/a.md --
---
title: A
---
-- content/news/b.md --
---
title: B
url: /sitemap.xml
---
`, `content/news/b.md:3: url "/sitemap.xml" needs /sitemap.xml to be a folder, but that is the address of the sitemap index; choose another url`},
		{"broken link", `-- content/news/a.md --
---
title: A
---
See [b](b.md).
`, `content/news/a.md:4: link to "b.md": no such page (content/news/b.md)`},
		{"broken link whose address is written before it", "-- content/news/a.md --\n---\ntitle: A\n---\nLinks look like `b.md` here.\n\nSee\n[b](b.md).\n",
			`content/news/a.md:7: link to "b.md": no such page (content/news/b.md)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := bt.Fail(t, siteYAML+plainLayouts+tt.files)
			if !strings.Contains(got, tt.want) {
				t.Errorf("error:\n%s\nwant it to contain:\n%s", got, tt.want)
			}
		})
	}
}

func TestAllContentErrorsReported(t *testing.T) {
	t.Parallel()
	got := bt.Fail(t, siteYAML+plainLayouts+`
-- content/news/b.md --
---
draft: maybe
title: B
---
-- content/news/a.md --
---
title: A
date: next week
---
`)
	want := "content/news/a.md:3: front matter: date: cannot read \"next week\" as a date; write year-month-day, as in 2024-05-19\n" +
		"content/news/b.md:2: front matter: draft: want true or false, got \"maybe\""
	if got != want {
		t.Errorf("errors:\n%s\nwant:\n%s", got, want)
	}
}

func TestLinksBetweenPages(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`
-- content/news/a.lv.md --
---
title: A
---
[B](b.lv.md) un [B angliski](b.en.md#x) un [C](c.en.md) un [bez valodas](b.md)
-- content/news/a.en.md --
---
title: A
---
[B](b.en.md)
-- content/news/b.lv.md --
---
title: B
---
-- content/news/b.en.md --
---
title: B
slug: bee
---
-- content/news/c.en.md --
---
title: C
---
`)
	b.AssertFile("lv/jaunumi/a/index.html",
		`<a href="/lv/jaunumi/b/">B</a>`,
		`<a href="/lv/jaunumi/b/#x">B angliski</a>`, // the Latvian translation exists
		`<a href="/en/news/c/">C</a>`,               // no Latvian translation
		`<a href="/lv/jaunumi/b/">bez valodas</a>`)
	b.AssertFile("en/news/a/index.html", `<a href="/en/news/bee/">B</a>`)
}

func TestDefaultThemeAndOverride(t *testing.T) {
	t.Parallel()
	page := `
-- content/news/a.md --
---
title: Sveiki
date: 2023-05-19
---
Teksts.
`
	b := bt.Run(t, siteYAML+page)
	b.AssertFile("lv/jaunumi/a/index.html", "Sveiki", "2023. gada 19. maijā")
	b.AssertFile("css/style.css")

	own := bt.Run(t, siteYAML+page+`
-- layouts/news/single.html --
<p>own {{.Page.Title}}</p>
-- static/css/style.css --
body{color:green}
`)
	if got := own.File("css/style.css"); got != "body{color:green}\n" {
		t.Errorf("the site's static/css/style.css did not replace the theme's: %q", got)
	}
	own.AssertFile("favicon.svg", "<svg")
	if got := own.File("lv/jaunumi/a/index.html"); got != "<p>own Sveiki</p>\n" {
		t.Errorf("own layout gave %q", got)
	}
}

func TestUnsafeHTMLDropped(t *testing.T) {
	t.Parallel()
	files := plainLayouts + `
-- content/news/a.md --
---
title: A
---
<script>alert(1)</script>

Text
`
	b := bt.Run(t, siteYAML+files)
	if strings.Contains(b.File("lv/jaunumi/a/index.html"), "<script>") {
		t.Error("raw HTML kept with markdown.unsafe false")
	}
	u := bt.Run(t, siteYAML+"markdown: {unsafe: true}\n"+files)
	u.AssertFile("lv/jaunumi/a/index.html", "<script>alert(1)</script>")
}

func TestBundleResources(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`
-- content/news/trip/index.lv.md --
---
title: Brauciens
---
![foto](photo.svg)
-- content/news/trip/index.en.md --
---
title: Trip
---
![photo](photo.svg)
-- content/news/trip/photo.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
`)
	b.AssertFile("lv/jaunumi/trip/photo.svg", "<svg")
	b.AssertFile("en/news/trip/photo.svg", "<svg")
	b.AssertFile("lv/jaunumi/trip/index.html", `src="photo.svg"`)
}

// TestDraftBundleSharesNothing: the files of a draft's bundle are not
// published with its translations elsewhere (translationKey), as a draft
// is published with nothing; they were, beside a Vietnamese press release.
func TestDraftBundleSharesNothing(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`
-- content/news/2024/d1/index.lv.md --
---
title: Melnraksts
draft: true
translationKey: k
---
![foto](foto.svg)
-- content/news/2024/d1/foto.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- content/news/b.vi.md --
---
title: Tin
translationKey: k
---
Văn bản.
`)
	b.AssertFile("vi/tin-tuc/b/index.html", "Văn bản.")
	b.AssertNoFile("vi/tin-tuc/b/foto.svg")
	b.AssertNoFile("lv/jaunumi/b/foto.svg") // its fallback page's
}

func TestTemplateErrors(t *testing.T) {
	t.Parallel()
	// notes has no layouts of its own in the default theme.
	page := `-- content/notes/a.md --
---
title: A
---
`
	tests := []struct {
		name, layouts, want string
		noTheme             bool
	}{
		{"syntax", "-- layouts/_default/single.html --\n<p>\n{{ if }}\n", "layouts/_default/single.html:2:1: {{ if }} needs a value to test after if, as in {{ if .Page.Description }}", false},
		{"field", "-- layouts/_default/single.html --\n<p>\n{{ .Page.Nope }}\n", `layouts/_default/single.html:2:9: .Page.Nope: a page has no field Nope (docs/templates.md lists`, false},
		{"runtime", "-- layouts/_default/single.html --\n<p>\n{{ .Page.Params.nope }}\n", `layouts/_default/single.html:2:9: .Page.Params.nope is not there for content/notes/a.md (a key its map does not hold, or a field its value does not have: check the name); a key a page may leave out is read with index, as in {{ with index .Page.Params "nope" }}...{{ end }}`, false},
		// text/template's words at run time ("map has no entry for key",
		// "nil data; no entry", "error calling dict: ...") are not shown.
		{"runtime variable", "-- layouts/_default/single.html --\n<p>\n{{ $m := dict \"a\" 1 }}{{ $m.b }}\n", `layouts/_default/single.html:2:28: $m.b is not there for content/notes/a.md (a key its map does not hold, or a field its value does not have: check the name); a key a page may leave out is read with index, as in {{ with index $m "b" }}...{{ end }}`, false},
		{"runtime pipeline's field", "-- layouts/_default/single.html --\n<p>\n{{ (index .Site.Data \"x\").y }}\n", `layouts/_default/single.html:2:26: (index .Site.Data "x").y is not there for content/notes/a.md (a key its map does not hold, or a field its value does not have: check the name); a key a page may leave out is read with index, as in {{ with index (index .Site.Data "x") "y" }}...{{ end }}`, false},
		// A key in the middle of the path not there is named, not the last.
		{"runtime key in the middle", "-- layouts/_default/single.html --\n<p>\n{{ .Page.Params.a.b.c }}\n-- content/notes/b.md --\n---\ntitle: B\n---\n", `layouts/_default/single.html:2:9: .Page.Params.a is not there for content/notes/a.md (a key its map does not hold`, false},
		{"runtime key in the middle, in main", "-- layouts/_default/baseof.html --\n{{ block \"main\" . }}{{ end }}\n-- layouts/_default/single.html --\n{{ define \"main\" }}{{ with .Page }}{{ .Params.author.nmae.first }}{{ end }}{{ end }}\n-- content/notes/b.md --\n---\ntitle: B\nparams: {author: {name: {first: A}}}\n---\n", `.Params.author.nmae is not there for content/notes/b.md; did you mean "name"?`, false},
		// html/template's ErrBadHTML, which has no line, at the character.
		{"bad HTML", "-- layouts/_default/single.html --\n<p>\n<a href=\"{{ .Page.Title }}>x</a>\n<div {{ .Page.Title }}=\"x\"></div>\n", `layouts/_default/single.html:3:26: rendering content/notes/a.md: this character cannot stand here inside a tag, whose attributes are written name="value": a quote left open before it, or a value holding " ' < = or ` + "`" + ` without quotes around it, is the usual mistake`, false},
		// A key that holds itself again at each level prints exponentially
		// long: the build waited for its timeout, with half a gigabyte.
		{"partialCached key too large", "-- layouts/_default/single.html --\n<p>{{ partialCached \"partials/r.html\" . }}</p>\n-- layouts/partials/r.html --\n{{ $x := dict \"a\" . \"b\" . \"c\" . }}{{ partialCached \"partials/r.html\" $x $x }}\n", `layouts/partials/r.html:1:38: rendering content/notes/a.md: partialCached "partials/r.html": a key holds more than 100000 values (a dict or list that holds another, again and again?); a key is a text or a number that tells the partial's outputs apart, such as .Page.RelPermalink or .Page.Lang`, false},
		{"runtime function", "-- layouts/_default/single.html --\n<p>\nā {{ dict \"a\" }}\n", `layouts/_default/single.html:2:6: rendering content/notes/a.md: dict: want key, value pairs, got 1 arguments`, false},
		// len and index in words, not Go's ("len of type int", "index out of range: 5").
		{"len of a number", "-- layouts/_default/single.html --\n<p>\n{{ len 5 }}\n", `layouts/_default/single.html:2:4: rendering content/notes/a.md: len counts the items of a list or a map, or the bytes of a text, and this value is a number (5)`, false},
		{"len of a date", "-- layouts/_default/single.html --\n{{ len .Page.Date }}\n", `layouts/_default/single.html:1:4: rendering content/notes/a.md: len counts the items of a list or a map, or the bytes of a text, and this value is a date`, false},
		{"index past the end", "-- layouts/_default/single.html --\n{{ index (slice 1 2) 5 }}\n", `layouts/_default/single.html:1:4: rendering content/notes/a.md: index 5: the list holds 2 items, numbered from 0; check its length first, as in {{ if gt (len LIST) 5 }}`, false},
		{"index with a number for a key", "-- layouts/_default/single.html --\n{{ index .Page.Params 1 }}\n", `layouts/_default/single.html:1:4: rendering content/notes/a.md: index: a key of this map is a text, not a number (1)`, false},
		{"index of a page", "-- layouts/_default/single.html --\n{{ index .Page 0 }}\n", `layouts/_default/single.html:1:4: rendering content/notes/a.md: index reads an item of a list or a map, and this value is a page`, false},
		// A function given values it does not take: when their kinds are
		// known, before any page runs; else on the page, in words, not
		// Go's ("expected integer; found", "incompatible types for comparison").
		{"add given text", "-- layouts/_default/single.html --\n<p>{{ add \"a\" 1 }}</p>\n", `layouts/_default/single.html:1:7: add: argument 1 is text ("a"), and it takes a whole number there`, false},
		{"lt of a number and text", "-- layouts/_default/single.html --\n{{ if lt 1 \"a\" }}x{{ end }}\n", `layouts/_default/single.html:1:7: lt compares values of one kind, and is given a whole number (1) and text ("a")`, false},
		{"call of a text", "-- layouts/_default/single.html --\n{{ call .Page.Title }}\n", `layouts/_default/single.html:1:4: call runs a function a value holds, and .Page.Title is text: write .Page.Title without call`, false},
		{"a field given a value", "-- layouts/_default/single.html --\n{{ .Page.Title 'a' }}\n", `layouts/_default/single.html:1:9: .Page.Title is text, which takes no values after it: remove 'a'`, false},
		{"lt of a param", "-- layouts/_default/single.html --\n{{ if lt (index .Page.Params \"a\") 1 }}x{{ end }}\n", `layouts/_default/single.html:1:7: lt cannot compare the values it is given for content/notes/a.md: lt, le, gt and ge compare two numbers or two texts`, false},
		{"add of a param", "-- layouts/_default/single.html --\n{{ add (index .Page.Params \"a\") 1 }}\n", `layouts/_default/single.html:1:4: {{ add (index .Page.Params "a") 1 }}: a value in this call is not of a kind the function it is given to takes, for content/notes/a.md`, false},
		{"index of nothing", "-- layouts/_default/single.html --\n{{ index .Page.Params \"nope\" \"x\" }}\n", `layouts/_default/single.html:1:4: rendering content/notes/a.md: index of nothing: the value is not there (nil); check it with {{ with }} first`, false},
		// range over a value it cannot go over, known only at run time: not "is not there".
		{"range over a number", "-- layouts/_default/single.html --\n{{ range 5.5 }}{{ end }}\n", `layouts/_default/single.html:1:10: {{ range 5.5 }}: 5.5 is no list; range goes over a list, a map or a whole number`, false},
		{"range over a param", "-- layouts/_default/single.html --\n{{ range .Page.Params.title }}{{ end }}\n", `layouts/_default/single.html:1:15: {{ range .Page.Params.title }}: .Page.Params.title is not there for content/notes/a.md, or is a value range cannot go over`, false},
		{"missing partial", "-- layouts/_default/single.html --\n{{ template \"partials/nope.html\" . }}\n", `no such template "partials/nope.html"`, false},
		{"missing T key", "-- layouts/_default/single.html --\n{{ .T \"noSuchKey\" }}\n", `no such i18n key "noSuchKey"`, false},
		{"no layout", "-- layouts/_default/list.html --\nx\n-- layouts/404.html --\nx\n", `content/notes/a.md: no layout for kind "page", section "notes"; tried layouts/notes/single.html, layouts/_default/single.html`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			// Minified, the layouts are parsed minified (render.LoadMinified):
			// errors still name the lines as written.
			for _, minify := range []bool{false, true} {
				got := bt.Fail(t, siteYAML+page+tt.layouts, func(o *build.Options) {
					o.Minify = &minify
					if tt.noTheme {
						o.Theme = nil
					}
				})
				if !strings.Contains(got, tt.want) {
					t.Errorf("minify %v: error:\n%s\nwant it to contain:\n%s", minify, got, tt.want)
				}
			}
		})
	}
}

// TestMissingKeyHint: a key a nested map does not hold, in a page's params
// or site.yaml's, or a field of a struct, names the nearest keys the map
// holds on the page that failed, as a misspelt field of a page does.
func TestMissingKeyHint(t *testing.T) {
	t.Parallel()
	site := siteYAML + "params:\n  social: {twitter: x, mastodon: y}\n" + `-- content/notes/a.md --
---
title: A
params:
  author: {name: Anna, email: a@example.org}
---
`
	tests := []struct{ name, layout, want string }{
		{"page params", "<p>\n{{ .Page.Params.author.nmae }}", `layouts/_default/single.html:2:9: .Page.Params.author.nmae is not there for content/notes/a.md; did you mean "name"? (a key its map does not hold`},
		{"site params", "{{ .Site.Params.social.twiter }}", `layouts/_default/single.html:1:9: .Site.Params.social.twiter is not there for content/notes/a.md; did you mean "twitter"?`},
		{"from $", "{{ with .Site }}{{ $.Page.Params.author.emial }}{{ end }}", `layouts/_default/single.html:1:21: $.Page.Params.author.emial is not there for content/notes/a.md; did you mean "email"?`},
		{"in with", "{{ with .Page }}{{ .Params.athor }}{{ end }}", `layouts/_default/single.html:1:27: .Params.athor is not there for content/notes/a.md; did you mean "author"?`},
		{"nothing near", "{{ .Page.Params.author.zzzzzzzz }}", `layouts/_default/single.html:1:9: .Page.Params.author.zzzzzzzz is not there for content/notes/a.md (a key its map does not hold`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := bt.Fail(t, site+"-- layouts/_default/single.html --\n"+tt.layout+"\n")
			if !strings.Contains(got, tt.want) {
				t.Errorf("error:\n%s\nwant it to contain:\n%s", got, tt.want)
			}
		})
	}
}

// TestTemplateErrorOnManyPages checks that a layout mistake met on every page
// that uses it is one message, not one per page.
func TestTemplateErrorOnManyPages(t *testing.T) {
	t.Parallel()
	archive := siteYAML + "-- layouts/_default/single.html --\n<p>\n{{ .Page.Params.nope }}\n"
	for _, name := range []string{"e", "d", "c", "b", "a"} {
		archive += "-- content/notes/" + name + ".md --\n---\ntitle: " + name + "\n---\n"
	}
	got := bt.Fail(t, archive, func(*build.Options) {})
	want := `layouts/_default/single.html:2:9: .Page.Params.nope is not there for content/notes/a.md (a key its map does not hold, or a field its value does not have: check the name); ` +
		`a key a page may leave out is read with index, as in {{ with index .Page.Params "nope" }}...{{ end }} (and 4 more pages: content/notes/b.md, content/notes/c.md, content/notes/d.md, …)`
	if got != want {
		t.Errorf("error:\n%s\nwant:\n%s", got, want)
	}
}

func TestDeterministic(t *testing.T) {
	t.Parallel()
	archive := siteYAML + `
-- content/news/a.md --
---
title: A
tags: [x, y]
---
-- content/news/b.md --
---
title: B
tags: [y]
---
`
	one, two := bt.Run(t, archive), bt.Run(t, archive)
	if strings.Join(one.Result.Paths, "\n") != strings.Join(two.Result.Paths, "\n") {
		t.Fatal("paths differ between builds")
	}
	for _, p := range one.Result.Paths {
		if string(one.Result.Files.Map()[p]) != string(two.Result.Files.Map()[p]) {
			t.Errorf("%s differs between builds", p)
		}
	}
}

// TestWriteSwapsOnlyOnSuccess checks that a failed build leaves public/ as it was,
// byte for byte, and that a successful one leaves no stale file behind.
func TestWriteSwapsOnlyOnSuccess(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	public := filepath.Join(dir, "public")
	good := bt.Run(t, siteYAML+plainLayouts+"-- content/news/a.md --\n---\ntitle: A\n---\n")
	if err := good.Result.Write(public); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(public, "stale.html"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, public)

	fsys := bt.Site(siteYAML + plainLayouts + "-- content/news/a.md --\n---\ntitle: A\ndate: soon\n---\n")
	if _, err := build.Build(bt.Options(fsys)); err == nil {
		t.Fatal("bad build succeeded")
	}
	if after := snapshot(t, public); after != before {
		t.Errorf("public/ changed after a failed build")
	}

	if err := good.Result.Write(public); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(public, "stale.html")); !os.IsNotExist(err) {
		t.Errorf("stale.html survived a successful build")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("build left extra folders beside public/: %v", entries)
	}
}

func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		b.WriteString(p + "\n" + string(data) + "\n")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestPagination checks that a paginated section lists every page exactly once,
// links the pages with rel=prev/next, and sends page/1/ to the list itself.
func TestPagination(t *testing.T) {
	t.Parallel()
	var files strings.Builder
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&files, "-- content/news/p%d.md --\n---\ntitle: Ziņa %d\ndate: 2024-01-0%d\n---\n", i, i, i)
	}
	b := bt.Run(t, siteYAML+"paginate: 2\n"+files.String())
	seen := map[string]int{}
	for _, page := range []string{"lv/jaunumi/index.html", "lv/jaunumi/page/2/index.html", "lv/jaunumi/page/3/index.html"} {
		doc := b.HTML(page)
		for _, a := range bt.Find(doc, "a", "href") {
			if href := bt.Attr(a, "href"); strings.HasPrefix(href, "/lv/jaunumi/p") && !strings.Contains(href, "/page/") {
				seen[href]++
			}
		}
	}
	for i := 1; i <= 5; i++ {
		href := fmt.Sprintf("/lv/jaunumi/p%d/", i)
		if seen[href] == 0 {
			t.Errorf("%s is on no list page", href)
		}
	}
	b.AssertNoFile("lv/jaunumi/page/4/index.html")
	b.AssertFile("lv/jaunumi/page/1/index.html", `http-equiv="refresh"`, `url=/lv/jaunumi/`)
	// A list that fits on one page sends its page 1 to it too, as Hugo's
	// does: a link made while it had more pages still leads to it.
	one := bt.Run(t, siteYAML+"paginate: 10\n"+files.String())
	one.AssertNoFile("lv/jaunumi/page/2/index.html")
	one.AssertFile("lv/jaunumi/page/1/index.html", `http-equiv="refresh"`, `url=/lv/jaunumi/`)
	// So does every other list, which a Hugo theme may have paginated:
	// the language's home page.
	one.AssertFile("lv/page/1/index.html", `http-equiv="refresh"`, `url=/lv/`)
	b.AssertFile("lv/jaunumi/page/2/index.html", `<link rel="prev" href="/lv/jaunumi/">`, `<link rel="next" href="/lv/jaunumi/page/3/">`)
	// Newest first: page 1 holds the two newest.
	first := b.File("lv/jaunumi/index.html")
	if strings.Index(first, "Ziņa 5") < 0 || strings.Index(first, "Ziņa 5") > strings.Index(first, "Ziņa 4") || strings.Contains(first, "Ziņa 3") {
		t.Errorf("page 1 does not hold the two newest pages, newest first")
	}
}

func TestTranslationKeyAndEncodings(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+"-- content/news/atklasana.lv.md --\n\ufeff---\r\ntitle: Atklāšana\r\ntranslationKey: opening\r\n---\r\nTeksts ar CRLF.\r\n"+`-- content/news/opening-day.en.md --
---
title: Opening
translationKey: opening
---
Text.
-- content/news/Ārvalstu sadarbība.md --
---
title: Ārvalstis
---
`)
	b.AssertFile("lv/jaunumi/atklasana/index.html", "<h1>Atklāšana</h1>", `hreflang="en" href="https://example.org/en/news/opening-day/"`, "Teksts ar CRLF.")
	b.AssertFile("en/news/opening-day/index.html", `hreflang="lv" href="https://example.org/lv/jaunumi/atklasana/"`)
	b.AssertFile("lv/jaunumi/arvalstu-sadarbiba/index.html", "Ārvalstis")
}

func TestAliases(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`
-- content/news/a.md --
---
title: A
aliases: [/vecs/, vecaka-adrese, /old/page.html]
---
`)
	// A relative alias is relative to the folder of the page's address, as in Hugo.
	for _, p := range []string{"vecs/index.html", "lv/jaunumi/vecaka-adrese/index.html", "old/page.html"} {
		b.AssertFile(p, `<meta http-equiv="refresh" content="0; url=/lv/jaunumi/a/">`, `<link rel="canonical" href="https://example.org/lv/jaunumi/a/">`)
	}
}

// TestHostileTitles checks that front matter text with markup and quotes stays
// text everywhere: in HTML, attributes and feeds.
func TestHostileTitles(t *testing.T) {
	t.Parallel()
	const evil = `</title><script>alert("x")</script>" onmouseover="alert('y')`
	b := bt.Run(t, siteYAML+bt.ExampleTypes+`
-- content/news/a.md --
---
title: '`+strings.ReplaceAll(evil, "'", "''")+`'
description: '`+strings.ReplaceAll(evil, "'", "''")+`'
location: '<img src=x onerror=alert(1)>'
tags: ['<b>tag</b>']
---
Teksts.
`)
	for _, p := range []string{"lv/jaunumi/a/index.html", "lv/jaunumi/index.html", "lv/index.html", "lv/tags/b-tag-b/index.html"} {
		doc := b.HTML(p)
		for _, sc := range bt.Find(doc, "script") {
			if bt.Attr(sc, "type") != "application/ld+json" {
				t.Errorf("%s: a <script> element from front matter", p)
			}
		}
		if n := len(bt.Find(doc, "img", "onerror")); n > 0 {
			t.Errorf("%s: an <img onerror> from front matter", p)
		}
		for _, el := range bt.Find(doc, "", "onmouseover") {
			t.Errorf("%s: <%s onmouseover> from front matter", p, el.Data)
		}
	}
	doc := b.HTML("lv/jaunumi/a/index.html")
	if got := bt.Text(bt.Find(doc, "title")[0]); !strings.HasPrefix(got, evil) {
		t.Errorf("<title> = %q, want the title as text", got)
	}
	if got := bt.Attr(bt.Find(doc, "meta", "name=description")[0], "content"); got != evil {
		t.Errorf("meta description = %q, want the description as text", got)
	}
	ld := bt.Find(doc, "script", "type=application/ld+json")
	var data struct {
		Graph []map[string]any `json:"@graph"`
	}
	if len(ld) != 1 || json.Unmarshal([]byte(bt.Text(ld[0])), &data) != nil || data.Graph[0]["headline"] != evil {
		t.Errorf("the JSON-LD headline is not the title as text")
	}
	feed, err := gofeed.NewParser().ParseString(b.File("lv/index.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(feed.Items) != 1 || feed.Items[0].Title != evil {
		t.Errorf("feed item title = %q, want %q", feed.Items[0].Title, evil)
	}
}

// TestBuildToSameAsWrite checks that streaming a build to disk, which converts
// each page when it is first asked for, gives the same files as building in
// memory and writing.
func TestBuildToSameAsWrite(t *testing.T) {
	t.Parallel()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	o := build.Options{Site: os.DirFS(root), Theme: vestis.Theme(), Now: bt.Now}
	dir := t.TempDir()
	res, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	if err := res.Write(filepath.Join(dir, "a")); err != nil {
		t.Fatal(err)
	}
	streamed, err := build.BuildTo(o, filepath.Join(dir, "b"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(streamed.Paths, "\n") != strings.Join(res.Paths, "\n") {
		t.Errorf("BuildTo wrote other paths than Build")
	}
	a := strings.ReplaceAll(snapshot(t, filepath.Join(dir, "a")), filepath.Join(dir, "a"), "")
	b := strings.ReplaceAll(snapshot(t, filepath.Join(dir, "b")), filepath.Join(dir, "b"), "")
	if a != b {
		t.Errorf("BuildTo and Build+Write wrote different files")
	}
}

// TestProgramCalendars: a program gets a calendar beside it, linked from the
// page; the programs section gets one of the open and upcoming programs only.
func TestProgramCalendars(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+bt.ExampleTypes+`
-- content/programs/atverta.md --
---
title: "Atvērta; ar komatu, un garu nosaukumu, kas neietilpst vienā iCalendar rindā"
status: open
deadline: 2024-09-01
events: [{date: 2024-07-01, title: Sākums}]
---
-- content/programs/slegta.md --
---
title: Slēgta
status: closed
deadline: 2023-01-01
---
`)
	b.AssertFile("lv/programs/atverta/index.html", `href="/lv/programs/atverta/calendar.ics"`)
	b.AssertFile("lv/programs/atverta/calendar.ics", "DTSTART;VALUE=DATE:20240701\r\n", "DTSTART;VALUE=DATE:20240901\r\n", `Atvērta\; ar komatu\,`)
	b.AssertFile("lv/programs/slegta/calendar.ics", "DTSTART;VALUE=DATE:20230101\r\n")
	all := b.File("lv/programs/calendar.ics")
	if !strings.Contains(all, "20240701") || strings.Contains(all, "20230101") {
		t.Errorf("the section calendar should hold the open program's dates only:\n%s", all)
	}
	b.AssertFile("lv/programs/index.html", `href="/lv/programs/calendar.ics"`)

	closed := bt.Run(t, siteYAML+bt.ExampleTypes+"-- content/programs/slegta.md --\n---\ntitle: Slēgta\nstatus: closed\ndeadline: 2023-01-01\n---\n")
	closed.AssertNoFile("lv/programs/calendar.ics")
	if strings.Contains(closed.File("lv/programs/index.html"), "calendar.ics") {
		t.Errorf("the programs list links a calendar that was not written")
	}
}

// TestTimeZone: with timeZone Europe/Riga, a release for a date is published from
// that date's midnight in Riga, which is still the day before in UTC.
func TestTimeZone(t *testing.T) {
	t.Parallel()
	archive := siteYAML + "timeZone: Europe/Riga\n" + plainLayouts + `
-- content/news/a.md --
---
title: A
date: 2024-06-02
publishDate: 2024-06-02
---
`
	riga, _ := time.LoadLocation("Europe/Riga")
	justAfterMidnight := time.Date(2024, 6, 2, 0, 30, 0, 0, riga) // 21:30 UTC on 1 June
	b := bt.Run(t, archive, func(o *build.Options) { o.Now = justAfterMidnight })
	b.AssertFile("lv/jaunumi/a/index.html")
	b.AssertFile("lv/index.xml", "<pubDate>Sun, 02 Jun 2024 00:00:00 +0300</pubDate>")
	before := bt.Run(t, archive, func(o *build.Options) { o.Now = justAfterMidnight.Add(-time.Hour) })
	before.AssertNoFile("lv/jaunumi/a/index.html")
}

// TestPartialCached: the first call with a name and keys renders, later calls
// with the same keys reuse it; other keys render again, and the short name works.
func TestPartialCached(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`
-- content/news/a.md --
---
title: A
---
-- layouts/partials/echo.html --
[{{ . }}]
-- layouts/news/single.html --
{{ partialCached "partials/echo.html" "one" "k" }}{{ partialCached "echo.html" "two" "k" }}{{ partialCached "partials/echo.html" "three" "k" 2 }}{{ partialCached "echo.html" .Page.Title .Page.RelPermalink }}
`)
	if got, want := b.File("lv/jaunumi/a/index.html"), "[one]\n[one]\n[three]\n[A]\n\n"; got != want {
		t.Errorf("page = %q, want %q", got, want)
	}
}

// panicFS panics when a file under dir is opened while armed, standing in for
// a bug that some input triggers deep in a build.
type panicFS struct {
	fs.FS
	dir   string
	armed *atomic.Bool
}

func (p panicFS) Open(name string) (fs.File, error) {
	if p.armed.Load() && strings.HasPrefix(name, p.dir) {
		panic("boom in " + name)
	}
	return p.FS.Open(name)
}

// TestBugIsAnError turns a panic on a build's worker goroutine into an error
// naming where vestis failed, and lets a Builder (the dev server's) build
// again once the input no longer triggers it.
func TestBugIsAnError(t *testing.T) {
	t.Parallel()
	armed := new(atomic.Bool)
	armed.Store(true)
	o := bt.Options(bt.Site(siteYAML + plainLayouts + "-- content/news/a.md --\n---\ntitle: A\n---\n"))
	o.Site = panicFS{FS: o.Site, dir: "content/news", armed: armed}
	_, err := build.Build(o)
	var bug *build.BugError
	if !errors.As(err, &bug) {
		t.Fatalf("Build: %v, want a *build.BugError", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "a bug in vestis, at build_test.go:") || !strings.Contains(msg, "boom in content/news") {
		t.Errorf("message %q does not say where and what", msg)
	}
	b := build.NewBuilder(o)
	if _, _, err := b.Rebuild(nil); !errors.As(err, &bug) {
		t.Fatalf("Rebuild: %v, want a *build.BugError", err)
	}
	armed.Store(false)
	res, _, err := b.Rebuild([]string{"content/news/a.md"})
	if err != nil {
		t.Fatalf("Rebuild after the bug: %v", err)
	}
	if _, ok := res.Files.Map()["lv/jaunumi/a/index.html"]; !ok {
		t.Errorf("the page was not built after the bug; files: %v", res.Paths)
	}
}

// TestSiteFolders names a file saved where a site folder belongs, and a
// missing content/, rather than reporting every layout or page as missing.
func TestSiteFolders(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ files, want string }{
		{"-- content/news/a.md --\n---\ntitle: A\n---\n-- i18n --\nnot a folder\n",
			"i18n: is a file, but vestis reads the interface messages from a folder of this name: remove or rename the file"},
		{"-- contents/news/a.md --\n---\ntitle: A\n---\n",
			"content: no such folder: a site keeps its pages in content/, beside site.yaml"},
	} {
		if got := bt.Fail(t, siteYAML+plainLayouts+tc.files); got != tc.want {
			t.Errorf("errors:\n%s\nwant:\n%s", got, tc.want)
		}
	}
}

// TestPartialCallsItself stops a partial that calls itself through
// partialCached, which text/template's depth limit does not see, with an
// error instead of a stack overflow that no recover can catch.
func TestPartialCallsItself(t *testing.T) {
	t.Parallel()
	got := bt.Fail(t, siteYAML+plainLayouts+`-- layouts/news/single.html --
{{ define "main" }}
{{ partialCached "partials/loop.html" . 1 }}
{{ end }}
-- layouts/partials/loop.html --
<p>{{ partialCached "partials/loop.html" . 1 }}</p>
-- content/news/a.md --
---
title: A
---
`)
	// At the call in the partial that went too deep, not the layout's.
	want := `layouts/partials/loop.html:1:7: rendering content/news/a.md: partials/loop.html is nested in itself too deeply: a partial that calls itself with partialCached, or calls one that calls it back, runs without end; call it only inside {{ if }} or {{ with }} over something that runs out (called at layouts/news/single.html:2:4)`
	if got != want {
		t.Errorf("errors:\n%s\nwant:\n%s", got, want)
	}
}

// TestTemplateCallsItself: templates of a layout or a shortcode that call
// each other without end (template, block, a partial by template) are one
// error at the call that closes the round, naming its templates, not
// text/template's "exceeded maximum template depth (100000)" (which a
// shortcode reached only after site.yaml's timeout).
func TestTemplateCallsItself(t *testing.T) {
	t.Parallel()
	page := `-- content/news/a.md --
---
title: A
---
{{< r >}}
`
	tests := []struct{ name, files, want string }{
		{"a layout's template", `-- layouts/shortcodes/r.html --
r
-- layouts/news/single.html --
{{ define "main" }}
{{ template "item" . }}{{ end }}
{{ define "item" }}<li>{{ template "item" . }}</li>{{ end }}
`, `layouts/news/single.html:3:36: rendering content/news/a.md: the template "item" calls itself without end (item → item); call it only inside {{ if }}, {{ with }} or {{ range }} over something that runs out, such as {{ with .Children }}{{ template "item" . }}{{ end }}`},
		{"a partial and a block", `-- layouts/shortcodes/r.html --
r
-- layouts/news/single.html --
{{ define "main" }}
{{ block "menu" . }}{{ template "partials/menu.html" . }}{{ end }}{{ end }}
-- layouts/partials/menu.html --
<nav>
  {{ template "menu" . }}
</nav>
`, `layouts/partials/menu.html:2:15: rendering content/news/a.md: the templates "menu" and "partials/menu.html" call each other without end (menu → partials/menu.html → menu); one of the calls must be inside {{ if }}, {{ with }} or {{ range }} over something that runs out`},
		// Called inside an attribute or a script, a template runs as the
		// copy html/template makes for that context, which text/template
		// stopped at its own depth, naming the copy
		// ("x$htmltemplate_stateURL...": exceeded maximum template depth).
		{"a template called in an attribute", `-- layouts/shortcodes/r.html --
r
-- layouts/news/single.html --
{{ define "main" }}
<a href="{{ template "link" . }}">x</a>{{ end }}
{{ define "link" }}/{{ template "link" . }}{{ end }}
`, `layouts/news/single.html:3:33: rendering content/news/a.md: the template "link" calls itself without end (link → link); call it only inside {{ if }}, {{ with }} or {{ range }} over something that runs out, such as {{ with .Children }}{{ template "link" . }}{{ end }}`},
		{"templates called in a script", `-- layouts/shortcodes/r.html --
r
-- layouts/news/single.html --
{{ define "main" }}
<script>var a = "{{ template "a" . }}";</script>{{ end }}
{{ define "a" }}{{ template "b" . }}{{ end }}
{{ define "b" }}{{ template "a" . }}{{ end }}
`, `layouts/news/single.html:3:29: rendering content/news/a.md: the templates "b" and "a" call each other without end (b → a → b); one of the calls must be inside {{ if }}, {{ with }} or {{ range }} over something that runs out`},
		{"a shortcode's template", `-- layouts/shortcodes/r.html --
{{ define "x" }}{{ template "x" . }}{{ end }}
{{ template "x" . }}
`, `content/news/a.md:4: shortcode "r": layouts/shortcodes/r.html:1:29: the template "x" calls itself without end (x → x); call it only inside {{ if }}, {{ with }} or {{ range }} over something that runs out, such as {{ with .Children }}{{ template "x" . }}{{ end }}`},
	}
	for _, tc := range tests {
		if got := bt.Fail(t, siteYAML+plainLayouts+tc.files+page); got != tc.want {
			t.Errorf("%s: errors:\n%s\nwant:\n%s", tc.name, got, tc.want)
		}
	}
}

// TestLeadOnlyFromDescription: the default theme shows a lead above the text
// only when the front matter has a description; without one the lead was the
// start of the text, which the page then showed twice (imported Hugo sites,
// whose pages seldom have descriptions).
func TestLeadOnlyFromDescription(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`
-- content/_index.lv.md --
---
title: Sākums
---
Sveiki, šī ir sākumlapa.
-- content/news/_index.lv.md --
---
title: Jaunumi
---
Visas ziņas vienuviet.
-- content/news/a.lv.md --
---
title: Bez apraksta
---
Pirmā rindkopa ir teksts.
-- content/news/b.lv.md --
---
title: Ar aprakstu
description: Īss apraksts.
---
Teksts.
`)
	for _, p := range []string{"lv/index.html", "lv/jaunumi/index.html", "lv/jaunumi/a/index.html"} {
		if leads := bt.Find(b.HTML(p), "p", "class=lead"); len(leads) > 0 {
			t.Errorf("%s has a lead, %q, and no description", p, bt.Text(leads[0]))
		}
	}
	leads := bt.Find(b.HTML("lv/jaunumi/b/index.html"), "p", "class=lead")
	if len(leads) != 1 || bt.Text(leads[0]) != "Īss apraksts." {
		t.Errorf("the lead of a page with a description: %d leads, want one saying %q", len(leads), "Īss apraksts.")
	}
}
