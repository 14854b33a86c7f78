package build_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// shortcodePagesSite has shortcodes that read other pages, as the
// "children" and "section" shortcodes of Hugo's documentation themes do.
const shortcodePagesSite = siteYAML + `-- layouts/_default/baseof.html --
<!DOCTYPE html><html lang="{{.Lang.Code}}"><head><title>{{.Page.Title}}</title></head><body><h1>{{.Page.Title}}</h1>{{.Page.Content}}</body></html>
-- layouts/404.html --
404
-- layouts/shortcodes/children.html --
<ul class="children">{{ range .Page.Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Description }} <em>{{ . }}</em>{{ end }}{{ if .IsSection }} ({{ len .Pages }}){{ end }}</li>{{ end }}</ul>
-- layouts/shortcodes/up.html --
{{ with .Page.Parent }}<nav class="up"><a href="{{ .RelPermalink }}">{{ .Title }}</a> · {{ range .Sections }}{{ .Title }};{{ end }}</nav>{{ end }}
-- layouts/shortcodes/see.html --
{{ with site.GetPage (.Get 0) }}<a class="see" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ else }}<span class="see">-</span>{{ end }}
-- content/docs/_index.lv.md --
---
title: Dokumentācija
---
{{< children >}}
-- content/docs/install.lv.md --
---
title: Uzstādīšana
weight: 2
description: Kā sākt
---
{{< up >}}

{{< see "/docs/guide/use" >}}
-- content/docs/start.lv.md --
---
title: Sākums
weight: 1
---
Teksts.
-- content/docs/guide/_index.lv.md --
---
title: Ceļvedis
weight: 3
---
{{< children >}}
-- content/docs/guide/use.lv.md --
---
title: Lietošana
---
Teksts.
`

// TestShortcodeReadsPages: a shortcode lists its section's pages and
// subsections (.Page.Pages, in Hugo's order), goes up (.Page.Parent) and finds
// a page by path (site.GetPage), as Hugo's documentation themes do; every
// edit of a page another page's shortcode shows rebuilds as a clean build
// would.
func TestShortcodeReadsPages(t *testing.T) {
	t.Parallel()
	tr := bt.NewTree(t, shortcodePagesSite, false)
	page := func(p string) string { return string(tr.Builder.Last().Files.Map()[p]) }
	docs := page("lv/docs/index.html")
	for _, want := range []string{
		`<li><a href="/lv/docs/start/">Sākums</a></li><li><a href="/lv/docs/install/">Uzstādīšana</a> <em>Kā sākt</em></li><li><a href="/lv/docs/guide/">Ceļvedis</a> (1)</li>`,
	} {
		if !strings.Contains(docs, want) {
			t.Fatalf("docs/ lacks %s:\n%s", want, docs)
		}
	}
	install := page("lv/docs/install/index.html")
	for _, want := range []string{`<nav class="up"><a href="/lv/docs/">Dokumentācija</a> · Ceļvedis;</nav>`, `<a class="see" href="/lv/docs/guide/use/">Lietošana</a>`} {
		if !strings.Contains(install, want) {
			t.Fatalf("install lacks %s:\n%s", want, install)
		}
	}

	tr.Rebuild("a listed page's title", tr.Edit("content/docs/start.lv.md", "title: Sākums", "title: Pirmie soļi"))
	if !strings.Contains(page("lv/docs/index.html"), ">Pirmie soļi</a>") {
		t.Errorf("the list shows the old title:\n%s", page("lv/docs/index.html"))
	}
	tr.Rebuild("a listed page's weight", tr.Edit("content/docs/start.lv.md", "weight: 1", "weight: 5"))
	tr.Rebuild("a listed page's description", tr.Edit("content/docs/install.lv.md", "Kā sākt", "Pirms darba"))
	tr.Rebuild("the found page's title", tr.Edit("content/docs/guide/use.lv.md", "Lietošana", "Darbs"))
	if !strings.Contains(page("lv/docs/install/index.html"), ">Darbs</a>") {
		t.Errorf("GetPage shows the old title:\n%s", page("lv/docs/install/index.html"))
	}
	tr.Rebuild("the parent's title", tr.Edit("content/docs/_index.lv.md", "Dokumentācija", "Rokasgrāmata"))
	tr.Rebuild("a new page", tr.Write("content/docs/guide/more.lv.md", "---\ntitle: Vairāk\n---\nTeksts.\n"))
	if !strings.Contains(page("lv/docs/index.html"), "Ceļvedis</a> (2)") {
		t.Errorf("the subsection's count is old:\n%s", page("lv/docs/index.html"))
	}
	tr.Rebuild("the found page goes", tr.Remove("content/docs/guide/use.lv.md")...)
	if !strings.Contains(page("lv/docs/install/index.html"), `<span class="see">-</span>`) {
		t.Errorf("GetPage still finds a removed page:\n%s", page("lv/docs/install/index.html"))
	}
	tr.Rebuild("it comes back", tr.Write("content/docs/guide/use.lv.md", "---\ntitle: Atpakaļ\n---\nTeksts.\n"))
	tr.Rebuild("a subsection goes", tr.Remove("content/docs/guide/_index.lv.md")...)
}

// TestShortcodeOtherPagesText: a shortcode shows other pages' summaries, and
// a rebuild after one of those pages' text changed shows the new summary, as
// a clean build does. A page whose own shortcodes show other pages' text
// shows in another's (geekdoc's toc-tree of toc-trees). A page's own text,
// or pages whose shortcodes show each other's text, is an error at the
// shortcode's line.
func TestShortcodeOtherPagesText(t *testing.T) {
	t.Parallel()
	site := shortcodePagesSite + `
-- layouts/shortcodes/sums.html --
{{ range .Page.Pages }}<div class="sum">{{ .Title }}: {{ .Summary }} ({{ .WordCount }})</div>{{ end }}
-- layouts/shortcodes/own.html --
{{ .Page.Content }}
-- layouts/shortcodes/texts.html --
{{ range .Page.Pages }}<div class="text">{{ .Title }}: {{ .Content }}</div>{{ end }}
-- layouts/shortcodes/parent.html --
{{ with .Page.Parent }}{{ if .Content }}<p class="parent">{{ .Title }}</p>{{ end }}{{ end }}
-- content/docs/guide/_index.lv.md --
---
title: Ceļvedis
weight: 3
---
{{< sums >}}
-- content/docs/guide/use.lv.md --
---
title: Lietošana
---
Pirmā rindkopa.

Otrā rindkopa.
`
	tr := bt.NewTree(t, site, false)
	page := func() string { return string(tr.Builder.Last().Files.Map()["lv/docs/guide/index.html"]) }
	if !strings.Contains(page(), `<div class="sum">Lietošana: <p>Pirmā rindkopa.</p> (4)</div>`) {
		t.Fatalf("the summary is not shown:\n%s", page())
	}
	tr.Rebuild("the shown page's text", tr.Edit("content/docs/guide/use.lv.md", "Pirmā rindkopa.", "Jauns sākums."))
	if !strings.Contains(page(), `<p>Jauns sākums.</p>`) {
		t.Errorf("the rebuild shows the old summary:\n%s", page())
	}
	tr.Rebuild("a page joins the list", tr.Write("content/docs/guide/more.lv.md", "---\ntitle: Vairāk\n---\nVēl.\n"))

	b := bt.Run(t, site+`
-- content/docs/_index.lv.md --
---
title: Dokumentācija
---
{{< texts >}}
`)
	nested := `<div class="text">Ceļvedis: <div class="sum">Lietošana: <p>Pirmā rindkopa.</p> (4)</div>`
	if got := b.File("lv/docs/index.html"); !strings.Contains(got, nested) {
		t.Errorf("the section does not show its subsection's text, which shows its pages' summaries:\n%s", got)
	}
	// vestis serve converts a page when it is asked for: the section, then
	// the subsection its shortcode shows, are each made once, in one go.
	if got := preview(t, b.FS, "lv/docs/index.html"); !strings.Contains(got, nested) {
		t.Errorf("the preview of the section does not show its subsection's text:\n%s", got)
	}

	for _, tt := range []struct{ name, files, want string }{
		{"its own page", `
-- content/docs/guide/use.lv.md --
---
title: Lietošana
---
Teksts.

{{< own >}}
`, "content/docs/guide/use.lv.md:6: shortcode \"own\""},
		{"pages that show each other's text", `
-- content/docs/_index.lv.md --
---
title: Dokumentācija
---
{{< sums >}}
-- content/docs/guide/_index.lv.md --
---
title: Ceļvedis
---
Teksts.

{{< parent >}}
`, "content/docs/guide/_index.lv.md:6: shortcode \"parent\": layouts/shortcodes/parent.html:1:30: the pages' shortcodes show each other's text (content/docs/_index.lv.md shows content/docs/guide/_index.lv.md shows content/docs/_index.lv.md), which never ends"},
	} {
		msg := bt.Fail(t, site+tt.files)
		if !strings.Contains(msg, tt.want) {
			t.Errorf("%s: the error lacks %q:\n%s", tt.name, tt.want, msg)
		}
	}
	cycle := site + `
-- content/docs/_index.lv.md --
---
title: Dokumentācija
---
{{< texts >}}
-- content/docs/guide/_index.lv.md --
---
title: Ceļvedis
---
{{< parent >}}
`
	for _, page := range []string{"lv/docs/index.html", "lv/docs/guide/index.html"} {
		if got := preview(t, bt.Site(cycle), page); !strings.Contains(got, "show each other's text") {
			t.Errorf("the preview of %s, whose shortcode shows a page that shows it, does not say so:\n%s", page, got)
		}
	}
}

// preview is the page name of the site in fsys as vestis serve makes it
// (build.Preview), or the error it gives.
func preview(t *testing.T, fsys fstest.MapFS, name string) string {
	t.Helper()
	pv, err := build.NewBuilder(bt.Options(fsys)).Start()
	if err != nil {
		t.Fatal(err)
	}
	body, ok, err := pv.Output(name)
	if err != nil {
		return err.Error()
	}
	if !ok {
		t.Fatalf("the preview has no %s", name)
	}
	return string(body)
}

// TestShortcodeHugoVersion1: a shortcode template that declares Hugo's
// {{ $_hugo_config := `{ "version": 1 }` }} writes HTML even when called
// with {{% %}}, as Hugo does: its indented lines are no code block. One
// without it writes Markdown. Its list of pages and subsections (joined with
// union, a scratch of each page, a depth given as a string) is as Hugo's.
func TestShortcodeHugoVersion1(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, shortcodePagesSite+`
-- layouts/shortcodes/tree.html --
{{ $_hugo_config := `+"`{ \"version\": 1 }`"+` }}
{{ $depth := .Get "depth" | default 1 }}
<ul class="tree">
{{ template "level" dict "pages" (.Page.Pages | union .Page.Sections) "count" 1 "depth" $depth }}
</ul>
{{ define "level" }}
	{{ range .pages }}

		<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
		{{ if lt $.count $.depth }}{{ .Scratch.Set "below" .Pages }}{{ with .Scratch.Get "below" }}<ul>{{ template "level" dict "pages" . "count" (add $.count 1) "depth" $.depth }}</ul>{{ end }}{{ end }}
	{{ end }}
{{ end }}
-- layouts/shortcodes/md.html --
<div>

	<b>*x*</b>
</div>
-- content/docs/_index.lv.md --
---
title: Dokumentācija
---
{{% tree depth="2" %}}

{{% md %}}
`)
	got := b.File("lv/docs/index.html")
	for _, want := range []string{
		`<ul class="tree">`, `<li><a href="/lv/docs/guide/">Ceļvedis</a></li>`,
		`<ul>`, `<li><a href="/lv/docs/guide/use/">Lietošana</a></li>`,
		"<pre><code>", // the shortcode without the declaration writes Markdown
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the page lacks %s:\n%s", want, got)
		}
	}
	if strings.Count(got, "<pre><code>") != 1 || strings.Count(got, "Ceļvedis</a>") != 1 {
		t.Errorf("the tree is Markdown or lists a page twice:\n%s", got)
	}
}

// TestShortcodePageFile: .Page.File is Hugo's, with the names of the page's
// content file, and prints as its path in the site's folder.
func TestShortcodePageFile(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, shortcodePagesSite+`
-- layouts/shortcodes/file.html --
<i>{{ with .Page.File }}{{ .Path }}|{{ .Dir }}|{{ .LogicalName }}|{{ .BaseFileName }}|{{ .TranslationBaseName }}|{{ .ContentBaseName }}|{{ .Ext }}|{{ .Lang }}{{ end }}|{{ .Page.File }}|{{ with .Page.Parent.File }}{{ .Dir }}{{ end }}</i>
-- content/docs/guide/_index.lv.md --
---
title: Ceļvedis
---
{{< file >}}
-- content/docs/guide/use.lv.md --
---
title: Lietošana
---
{{< file >}}
`)
	b.AssertFile("lv/docs/guide/index.html", "<i>docs/guide/_index.lv.md|docs/guide/|_index.lv.md|_index.lv|_index|guide|md|lv|content/docs/guide/_index.lv.md|docs/</i>")
	b.AssertFile("lv/docs/guide/use/index.html", "<i>docs/guide/use.lv.md|docs/guide/|use.lv.md|use.lv|use|use|md|lv|content/docs/guide/use.lv.md|docs/guide/</i>")
}

// TestShortcodeReadDir: Hugo's readDir lists a folder of the site, as the
// Learn theme's attachments shortcode lists a page's files; a file added
// there is listed after a rebuild, as in a clean build. A folder outside the
// site is an error at the shortcode's line.
func TestShortcodeReadDir(t *testing.T) {
	t.Parallel()
	site := shortcodePagesSite + `
-- layouts/shortcodes/files.html --
<ul class="files">{{ range readDir (printf "./content/%s%s.files" .Page.File.Dir .Page.File.TranslationBaseName) }}<li>{{ .Name }} ({{ .Size }})</li>{{ end }}</ul>
-- content/docs/guide/use.lv.md --
---
title: Lietošana
---
{{< files >}}
-- content/docs/guide/use.files/plan.txt --
plāns
`
	tr := bt.NewTree(t, site, false)
	page := func() string { return string(tr.Builder.Last().Files.Map()["lv/docs/guide/use/index.html"]) }
	if !strings.Contains(page(), `<ul class="files"><li>plan.txt (7)</li></ul>`) {
		t.Fatalf("the folder is not listed:\n%s", page())
	}
	tr.Rebuild("a file added to the folder", tr.Write("content/docs/guide/use.files/apraksts.txt", "x\n"))
	if !strings.Contains(page(), `<li>apraksts.txt (2)</li><li>plan.txt (7)</li>`) {
		t.Errorf("the new file is not listed:\n%s", page())
	}
	msg := bt.Fail(t, shortcodePagesSite+`
-- layouts/shortcodes/up.html --
{{ range readDir "../" }}{{ .Name }}{{ end }}
-- content/docs/guide/use.lv.md --
---
title: Lietošana
---
{{< up >}}
`)
	if want := `content/docs/guide/use.lv.md:4: shortcode "up"`; !strings.Contains(msg, want) || !strings.Contains(msg, "outside the site's folder") {
		t.Errorf("the error lacks %q and the reason:\n%s", want, msg)
	}
}

// TestShortcodeReadsManyPages: a shortcode on every page that lists every
// page of the site (more than a read names one by one) rebuilds as a clean
// build after any of them changes.
func TestShortcodeReadsManyPages(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString(shortcodePagesSite + "-- layouts/shortcodes/all.html --\n<ol class=\"all\">{{ range site.RegularPages }}<li>{{ .Title }}</li>{{ end }}</ol>\n")
	for i := range 70 {
		fmt.Fprintf(&b, "-- content/docs/p%02d.lv.md --\n---\ntitle: Lapa %d\n---\n{{< all >}}\n", i, i)
	}
	tr := bt.NewTree(t, b.String(), false)
	tr.Rebuild("a title", tr.Edit("content/docs/p07.lv.md", "title: Lapa 7", "title: Septītā"))
	if got := string(tr.Builder.Last().Files.Map()["lv/docs/p42/index.html"]); !strings.Contains(got, "<li>Septītā</li>") {
		t.Errorf("another page's list shows the old title:\n%s", got)
	}
	tr.Rebuild("a body", tr.Edit("content/docs/p08.lv.md", "{{< all >}}", "Teksts.\n\n{{< all >}}"))
}

// TestShortcodeReadFile: Hugo's readFile and fileExists (and their os.
// forms) read files of the site's folder, as a blog's shortcode shows a file
// of code kept beside the content; an edit of the file shows after a rebuild,
// as in a clean build. A name outside the site is an error at the
// shortcode's line.
func TestShortcodeReadFile(t *testing.T) {
	t.Parallel()
	site := shortcodePagesSite + `
-- layouts/shortcodes/code.html --
{{- $path := .Get "path" -}}
{{- if fileExists $path -}}<pre class="code">{{ readFile $path }}</pre>{{- else -}}<p class="missing">{{ $path }}</p>{{- end -}}
-- layouts/shortcodes/oscode.html --
{{- if os.FileExists "code" -}}<pre class="os">{{ os.ReadFile "/code/hello.go" }}</pre>{{- end -}}
-- layouts/shortcodes/inline.html --
{{- if fileExists (.Get "contentPath") }}<div class="inline">{{ readFile (.Get "contentPath") | markdownify }}</div>{{ end -}}
-- layouts/shortcodes/video.html --
{{- with .Page.Site.Config.Privacy.YouTube }}<p class="yt">{{ if .PrivacyEnhanced }}www.youtube-nocookie.com{{ end }}</p>{{ end -}}
-- content/docs/guide/use.lv.md --
---
title: Lietošana
---
{{< code path="code/hello.go" >}}

{{< code path="code/nav.go" >}}

{{< oscode >}}

{{< inline contentPath = "docs/parts/note.lv.md" >}}

{{< video >}}
-- content/docs/parts/note.lv.md --
---
title: Piezīme
---
**Note** text.
-- code/hello.go --
package main // a < b
`
	tr := bt.NewTree(t, site, false)
	page := func() string { return string(tr.Builder.Last().Files.Map()["lv/docs/guide/use/index.html"]) }
	for _, want := range []string{`<pre class="code">package main // a &lt; b`, `<p class="missing">code/nav.go</p>`, `<pre class="os">package main`,
		`<strong>Note</strong> text.</p></div>`, `<p class="yt">www.youtube-nocookie.com</p>`} {
		if !strings.Contains(page(), want) {
			t.Errorf("the page lacks %q:\n%s", want, page())
		}
	}
	tr.Rebuild("the file edited", tr.Write("code/hello.go", "package hello\n"))
	if !strings.Contains(page(), `<pre class="code">package hello`) {
		t.Errorf("the edited file is not shown:\n%s", page())
	}
	tr.Rebuild("a content file that a shortcode reads, edited", tr.Edit("content/docs/parts/note.lv.md", "text", "words"))
	if !strings.Contains(page(), `<strong>Note</strong> words.`) {
		t.Errorf("the edited content file is not shown:\n%s", page())
	}
	tr.Rebuild("a file added", tr.Write("code/nav.go", "package nav\n"))
	if !strings.Contains(page(), `<pre class="code">package nav`) {
		t.Errorf("the added file is not shown:\n%s", page())
	}
	for name, call := range map[string]string{"outside": `readFile "../secret.txt"`, "missing": `readFile "code/none.go"`} {
		msg := bt.Fail(t, shortcodePagesSite+`
-- layouts/shortcodes/up.html --
{{ `+call+` }}
-- content/docs/guide/use.lv.md --
---
title: Lietošana
---
{{< up >}}
`)
		if want := `content/docs/guide/use.lv.md:4: shortcode "up"`; !strings.Contains(msg, want) || !strings.Contains(msg, "readFile") {
			t.Errorf("%s: the error lacks %q and the function:\n%s", name, want, msg)
		}
	}
}

// TestShortcodeSites: a shortcode looks for a page in the other languages
// through Hugo's .Page.Sites, and names the language it found it in
// (.Language.LanguageName, .Language.Lang), as a site links to a page not yet
// translated with a translator's address made by querify.
func TestShortcodeSites(t *testing.T) {
	t.Parallel()
	site := shortcodePagesSite + `
-- layouts/shortcodes/link.html --
{{- $ref := .Get 0 -}}
{{- with site.GetPage $ref -}}<a class="own" href="{{ .RelPermalink }}">{{ .Title }}</a>
{{- else -}}
{{- range first 1 (where $.Page.Sites "Language.Lang" "ne" $.Page.Lang) -}}{{- with .GetPage $ref -}}
<a class="other" href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Title }} ({{ .Language.LanguageName }})</a> <a href="https://translate.example/?{{ querify "sl" .Language.Lang "u" .Permalink | safeURL }}">T</a>
{{- end -}}{{- end -}}
{{- end -}}
-- content/docs/guide/use.en.md --
---
title: Usage
---
{{< link "/docs/start" >}}
`
	tr := bt.NewTree(t, site, false)
	page := string(tr.Builder.Last().Files.Map()["en/docs/guide/use/index.html"])
	for _, want := range []string{`<a class="other" href="/lv/docs/start/" hreflang="lv">Sākums (Latviešu)</a>`, `?sl=lv&amp;u=https%3A%2F%2Fexample.org%2Flv%2Fdocs%2Fstart%2F">T</a>`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s:\n%s", want, page)
		}
	}
	tr.Rebuild("the page translated", tr.Write("content/docs/start.en.md", "---\ntitle: Start\n---\nText.\n"))
	if page := string(tr.Builder.Last().Files.Map()["en/docs/guide/use/index.html"]); !strings.Contains(page, `<a class="own" href="/en/docs/start/">Start</a>`) {
		t.Errorf("the translation is not linked:\n%s", page)
	}
}

// TestShortcodeLanguageNames: the names Hugo 0.158 gave a language's tag,
// name and direction (.Language.Locale, .Label, .Direction), which newer
// themes' shortcodes use, are those of the page's language; hugo.Sites (and
// .Site.Sites) are the site in each language, the default language's first,
// as a theme lists the languages since .Site.Languages was deprecated; a
// language prints as its code; a page has Hugo's .Path, .Name and .Page;
// .Sites.Default (and its older name .Sites.First) is the default
// language's site, from a page of another language too.
func TestShortcodeLanguageNames(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, shortcodePagesSite+`
-- layouts/shortcodes/lang.html --
{{- with .Page.Language }}<span lang="{{ .Locale }}" dir="{{ .Direction }}">{{ .Label }}</span>{{ end -}}
<ul>{{ range hugo.Sites }}<li>{{ .Language }} {{ with .GetPage "/docs/start" }}{{ .Title }}{{ end }}</li>{{ end }}</ul>
{{- if ne (len site.Sites) (len hugo.Sites) }}differ{{ end -}}
<p>{{ .Page.Path }} {{ .Page.Name }} {{ .Page.Page.Title }}</p>
<p class="default">{{ with .Page.Sites.Default }}{{ .Language.Lang }} {{ .Home.RelPermalink }}{{ end }} {{ .Page.Sites.First.Language.Lang }} {{ site.Sites.Default.Title }}</p>
-- content/docs/guide/use.en.md --
---
title: Usage
---
{{< lang >}}
`)
	b.AssertFile("en/docs/guide/use/index.html", `<span lang="en" dir="ltr">English</span>`, `<ul><li>lv Sākums</li><li>en </li><li>vi </li></ul>`, "<p>/docs/guide/use Usage Usage</p>", `<p class="default">lv /lv/ lv `)
	if strings.Contains(b.File("en/docs/guide/use/index.html"), "differ") {
		t.Error("site.Sites and hugo.Sites differ")
	}
}

// TestShortcodeReadsContentFile: a shortcode shows the text of another
// page's file (readFile of a content file, as a site includes a shared note);
// an edit of that page, which could take the fast path, shows in the page
// that reads it, as in a clean build.
func TestShortcodeReadsContentFile(t *testing.T) {
	t.Parallel()
	site := siteYAML + `-- layouts/_default/baseof.html --
<!DOCTYPE html><html lang="{{.Lang.Code}}"><head><title>{{.Page.Title}}</title></head><body>{{.Page.Content}}</body></html>
-- layouts/404.html --
404
-- layouts/shortcodes/include.html --
<div class="include">{{ readFile (.Get 0) }}</div>
-- content/news/a.lv.md --
---
title: A
date: 2024-01-02
---
{{< include "content/news/b.lv.md" >}}
-- content/news/b.lv.md --
---
title: B
date: 2024-01-01
---
Sākums.
`
	tr := bt.NewTree(t, site, false)
	page := func() string { return string(tr.Builder.Last().Files.Map()["lv/jaunumi/a/index.html"]) }
	if !strings.Contains(page(), "Sākums.") {
		t.Fatalf("the file is not shown:\n%s", page())
	}
	tr.Rebuild("the read page's text edited", tr.Edit("content/news/b.lv.md", "Sākums.", "Turpinājums."))
	if !strings.Contains(page(), "Turpinājums.") {
		t.Errorf("the edit is not shown:\n%s", page())
	}
	tr.Rebuild("the read page's title edited", tr.Edit("content/news/b.lv.md", "title: B", "title: Bē"))
}

// TestShortcodeGetCSVJSON: Hugo's getCSV and getJSON read a file of the
// site's folder, named in parts that are joined (a table kept as CSV beside
// the content, as sites' shortcodes show one); an edit of the file shows
// after a rebuild. An address on the internet is an error at the
// shortcode's line that says vestis fetches nothing and what to do; a site
// that lets a failed fetch pass (Hugo's ignoreErrors
// ["error-remote-getjson"], site.yaml's hugoIgnoreErrors, as jx-docs')
// builds, the data nothing, with one warning. A map given last is the
// request's headers, no part of the address.
func TestShortcodeGetCSVJSON(t *testing.T) {
	t.Parallel()
	site := shortcodePagesSite + `
-- layouts/shortcodes/table.html --
<table>{{ range getCSV ";" "files/" (.Get 0) }}<tr>{{ range . }}<td>{{ . }}</td>{{ end }}</tr>{{ end }}</table>
-- layouts/shortcodes/people.html --
<ul>{{ range (getJSON "/files/people.json").people }}<li>{{ .name }}</li>{{ end }}</ul>
-- content/docs/guide/use.lv.md --
---
title: Lietošana
---
{{< table "prices.csv" >}}

{{< people >}}
-- files/prices.csv --
Kurss;Cena
"Latviešu; A1";120
-- files/people.json --
{"people": [{"name": "Anna"}, {"name": "Jānis"}]}
`
	tr := bt.NewTree(t, site, false)
	page := func() string { return string(tr.Builder.Last().Files.Map()["lv/docs/guide/use/index.html"]) }
	for _, want := range []string{`<tr><td>Kurss</td><td>Cena</td></tr><tr><td>Latviešu; A1</td><td>120</td></tr>`, `<li>Anna</li><li>Jānis</li>`} {
		if !strings.Contains(page(), want) {
			t.Errorf("the page lacks %q:\n%s", want, page())
		}
	}
	tr.Rebuild("the table edited", tr.Write("files/prices.csv", "Kurss;Cena\nB1;150\n"))
	if !strings.Contains(page(), `<td>B1</td><td>150</td>`) {
		t.Errorf("the edited table is not shown:\n%s", page())
	}
	remote := shortcodePagesSite + `
-- layouts/shortcodes/contributors.html --
<ul class="c">{{ range sort (getJSON "https://api.example.org/" "contributors" (dict "Authorization" "Bearer x")) "total" "desc" }}<li>{{ .login }}</li>{{ end }}</ul>
-- content/docs/guide/use.lv.md --
---
title: Lietošana
---
{{< contributors >}}
`
	msg := bt.Fail(t, remote)
	if want := `content/docs/guide/use.lv.md:4: shortcode "contributors": layouts/shortcodes/contributors.html:1:30: getJSON "https://api.example.org/contributors": vestis builds offline and fetches nothing; save the file in the site's folder (files/contributors.json) and name it: getJSON "files/contributors.json"`; !strings.Contains(msg, want) {
		t.Errorf("error\n%s\nwant\n%s", msg, want)
	}
	b := bt.Run(t, strings.Replace(remote, "taxonomies: [tags]\n", "taxonomies: [tags]\nhugoIgnoreErrors: [error-remote-getjson]\n", 1))
	b.AssertFile("lv/docs/guide/use/index.html", `<ul class="c"></ul>`)
	if got, want := b.Result.Warnings.Error(), `getJSON "https://api.example.org/contributors" gives nothing: vestis builds offline and fetches nothing, and site.yaml's hugoIgnoreErrors lets it pass, as Hugo does when a fetch fails`; strings.Count(got, want) != 1 {
		t.Errorf("warnings:\n%s\nwant once %s", got, want)
	}
}

// TestShortcodeIncludesPage: Hugo's include shortcode ({{% include PATH %}},
// .RenderShortcodes of the page it finds) writes that page's Markdown into
// the including page, which converts it as its own text, and a list may show
// the including page's summary; an edit of the included page rebuilds the
// including one as a clean build does. A page whose text has shortcodes is
// refused at the include's line, and .RawContent gives the Markdown as written.
func TestShortcodeIncludesPage(t *testing.T) {
	t.Parallel()
	site := shortcodePagesSite + `
-- layouts/shortcodes/include.html --
{{ with site.GetPage (.Get 0) }}{{ .RenderShortcodes }}{{ end }}
-- layouts/shortcodes/raw.html --
<pre class="raw">{{ with site.GetPage (.Get 0) }}{{ .RawContent }}{{ end }}</pre>
-- layouts/shortcodes/sums.html --
{{ range .Page.Pages }}<div class="sum">{{ .Title }}: {{ .Summary }}</div>{{ end }}
-- content/docs/common.lv.md --
---
title: Kopīgs
---
**Svarīgi**: pirms sākt, [uzstādiet](/docs/start/) rīku.
-- content/docs/guide/_index.lv.md --
---
title: Ceļvedis
weight: 3
---
{{< sums >}}
-- content/docs/guide/use.lv.md --
---
title: Lietošana
---
{{% include "/docs/common" %}}

{{< raw "/docs/common" >}}
`
	tr := bt.NewTree(t, site, false)
	page := func(p string) string { return string(tr.Builder.Last().Files.Map()[p]) }
	if use := page("lv/docs/guide/use/index.html"); !strings.Contains(use, `<p><strong>Svarīgi</strong>: pirms sākt, <a href="/lv/docs/start/">uzstādiet</a> rīku.</p>`) ||
		!strings.Contains(use, `<pre class="raw">**Svarīgi**: pirms sākt, [uzstādiet](/docs/start/) rīku.`) {
		t.Fatalf("the included page's text is not converted as the page's own:\n%s", use)
	}
	if list := page("lv/docs/guide/index.html"); !strings.Contains(list, `<div class="sum">Lietošana: <p><strong>Svarīgi</strong>`) {
		t.Errorf("the list does not show the including page's summary:\n%s", list)
	}
	tr.Rebuild("the included page's text", tr.Edit("content/docs/common.lv.md", "Svarīgi", "Ievērojiet"))
	if !strings.Contains(page("lv/docs/guide/use/index.html"), "<strong>Ievērojiet</strong>") {
		t.Errorf("the rebuild shows the included page's old text")
	}
}

// TestShortcodeIncludesPageWithShortcodes: the included page's own
// shortcodes run as Hugo runs them inside .RenderShortcodes, for that page
// (.Page is the included page, its relative GetPage from its folder): a
// {{% %}} one's Markdown becomes the including page's, a {{< >}} one's HTML
// is kept as it is, also through a page that includes a third one; an edit
// of what the innermost page's shortcode reads rebuilds as a clean build
// does. Pages that include each other, or themselves, are refused at the
// include's line, once.
func TestShortcodeIncludesPageWithShortcodes(t *testing.T) {
	t.Parallel()
	site := shortcodePagesSite + `
-- layouts/shortcodes/include.html --
{{ with site.GetPage (.Get 0) }}{{ .RenderShortcodes }}{{ else }}{{ errorf "no page %s" (.Get 0) }}{{ end }}
-- layouts/shortcodes/whose.html --
<span class="whose">{{ .Page.Title }}</span>
-- layouts/shortcodes/note.html --
> **{{ .Get 0 }}** ({{ .Page.Title }})
-- content/docs/_common/steps.lv.md --
---
title: Soļi
---
{{% note "Piezīme" %}}

{{< whose >}} · {{< see "/docs/start" >}}

{{% include "/docs/_common/deep" %}}
-- content/docs/_common/deep.lv.md --
---
title: Dziļi
---
Dziļāk: {{< whose >}} {{< see "/docs/install" >}}.
-- content/docs/guide/use.lv.md --
---
title: Lietošana
---
Ievads.

{{% include "/docs/_common/steps" %}}
`
	tr := bt.NewTree(t, site, false)
	page := func(p string) string { return string(tr.Builder.Last().Files.Map()[p]) }
	use := strings.ReplaceAll(page("lv/docs/guide/use/index.html"), "\n", "")
	for _, want := range []string{
		`<blockquote><p><strong>Piezīme</strong> (Soļi)</p></blockquote>`,
		`<span class="whose">Soļi</span> · <a class="see" href="/lv/docs/start/">Sākums</a>`,
		`<p>Dziļāk: <span class="whose">Dziļi</span> <a class="see" href="/lv/docs/install/">Uzstādīšana</a>.</p>`,
	} {
		if !strings.Contains(use, want) {
			t.Fatalf("the included pages' shortcodes do not run for them: the page lacks %s:\n%s", want, use)
		}
	}
	if strings.Contains(use, "{{") || strings.Contains(use, "vestisShortcode") {
		t.Errorf("the page shows shortcodes as text:\n%s", use)
	}
	tr.Rebuild("the title of a page the innermost included page's shortcode shows", tr.Edit("content/docs/install.lv.md", "title: Uzstādīšana", "title: Iestatīšana"))
	if !strings.Contains(page("lv/docs/guide/use/index.html"), `href="/lv/docs/install/">Iestatīšana</a>`) {
		t.Errorf("the rebuild shows the old title through two includes")
	}
	msg := bt.Fail(t, site+`
-- content/docs/_common/deep.lv.md --
---
title: Dziļi
---
Atkal:

{{% include "/docs/_common/steps" %}}
`)
	want := `content/docs/guide/use.lv.md:6: shortcode "include": `
	cycle := `the pages include each other (content/docs/guide/use.lv.md includes content/docs/_common/steps.lv.md includes content/docs/_common/deep.lv.md includes content/docs/_common/steps.lv.md), which never ends; remove one of these includes`
	var line string
	for l := range strings.SplitSeq(msg, "\n") {
		if strings.HasPrefix(l, want) {
			line = l
		}
	}
	if !strings.Contains(line, cycle) || strings.Count(line, "include each other") != 1 {
		t.Errorf("pages that include each other: no line starts %q and says %q, once:\n%s", want, cycle, msg)
	}
}

// TestShortcodeNextPrev: a shortcode links the pages before and after its
// own, as Hugo's .Next and .Prev give them (the language's regular pages in
// Hugo's order: Next the one before, Prev the one after), .NextInSection and
// .PrevInSection (its section's), and a list's .Next and .Prev of a page;
// every edit that changes a neighbour (its title, a weight that reorders the
// pages, a page that joins or leaves) rebuilds as a clean build does. Each
// page uses one of them, so that each one's reads are what rebuilds it.
func TestShortcodeNextPrev(t *testing.T) {
	t.Parallel()
	site := shortcodePagesSite + `-- layouts/shortcodes/pn.html --
<nav class="pn">{{ with .Page.Prev }}prev={{ .Title }}{{ end }} {{ with .Page.Next }}next={{ .Title }}{{ end }}</nav>
-- layouts/shortcodes/sec.html --
<nav class="sec">{{ with .Page.PrevInSection }}prev={{ .Title }}{{ end }} {{ with .Page.NextInSection }}next={{ .Title }}{{ end }}</nav>
-- layouts/shortcodes/list.html --
<nav class="list">{{ with site.RegularPages.Next .Page }}next={{ .Title }}{{ end }} {{ with site.RegularPages.ByTitle.Prev .Page }}after={{ .Title }}{{ end }}</nav>
-- content/docs/start.lv.md --
---
title: Sākums
weight: 1
---
{{< pn >}}
-- content/docs/install.lv.md --
---
title: Uzstādīšana
weight: 2
---
{{< sec >}}
-- content/docs/guide/use.lv.md --
---
title: Lietošana
---
{{< list >}}
`
	tr := bt.NewTree(t, site, false)
	page := func(p string) string { return string(tr.Builder.Last().Files.Map()[p]) }
	for p, want := range map[string]string{
		"lv/docs/start/index.html":     `<nav class="pn">prev=Uzstādīšana </nav>`,
		"lv/docs/install/index.html":   `<nav class="sec"> next=Sākums</nav>`,
		"lv/docs/guide/use/index.html": `<nav class="list">next=Uzstādīšana after=Sākums</nav>`,
	} {
		if !strings.Contains(page(p), want) {
			t.Fatalf("%s lacks %s:\n%s", p, want, page(p))
		}
	}
	tr.Rebuild("the page after's title", tr.Edit("content/docs/install.lv.md", "title: Uzstādīšana", "title: Iestatīšana"))
	if !strings.Contains(page("lv/docs/start/index.html"), `<nav class="pn">prev=Iestatīšana </nav>`) {
		t.Errorf("the rebuild shows the old title:\n%s", page("lv/docs/start/index.html"))
	}
	tr.Rebuild("the page before's title", tr.Edit("content/docs/start.lv.md", "title: Sākums", "title: Pirmie soļi"))
	tr.Rebuild("a page joins", tr.Write("content/docs/between.lv.md", "---\ntitle: Starpā\nweight: 3\n---\nTeksts.\n"))
	tr.Rebuild("its weight moves it between", tr.Edit("content/docs/between.lv.md", "weight: 3", "weight: 1"))
	tr.Rebuild("its title moves it in the list by title", tr.Edit("content/docs/between.lv.md", "title: Starpā", "title: Aaa"))
	tr.Rebuild("a page of another section moves before", tr.Edit("content/docs/guide/use.lv.md", "title: Lietošana", "title: Lietošana\nweight: 1"))
	tr.Rebuild("the page after goes", tr.Remove("content/docs/install.lv.md")...)
}

// TestShortcodeOfTheSavedPageReadsItsPlace: the saved page's own
// shortcodes that read its place in the site (.Page.Parent, its section's
// pages, .Next and .Prev) show it after the save as a clean build does:
// the save's conversion ran them on a page outside the site (no parent, in
// no list), so a page emptied and written again as it was (an editor's
// truncate then write, on Hextra's site) lost its links to the pages beside
// it; and a list that holds the page itself shows its new title and place,
// not those before the save.
func TestShortcodeOfTheSavedPageReadsItsPlace(t *testing.T) {
	t.Parallel()
	site := siteYAML + `-- layouts/_default/baseof.html --
<!DOCTYPE html><html lang="{{.Lang.Code}}"><head><title>{{.Page.Title}}</title></head><body><h1>{{.Page.Title}}</h1>{{.Page.Content}}</body></html>
-- layouts/404.html --
404
-- layouts/shortcodes/here.html --
<nav class="here">{{ with .Page.Parent }}up={{ .Title }}{{ end }} {{ with .Page.PrevInSection }}prev={{ .Title }}{{ end }} {{ with .Page.Next }}next={{ .Title }}{{ end }} {{ range .Page.Parent.RegularPages }}{{ .Title }};{{ end }}</nav>
-- content/docs/_index.lv.md --
---
title: Dokumentācija
---
-- content/docs/start.lv.md --
---
title: Sākums
weight: 1
---
Teksts.
-- content/docs/install.lv.md --
---
title: Uzstādīšana
weight: 2
---
{{< here >}}
`
	tr := bt.NewTree(t, site, false)
	page := func() string { return string(tr.Builder.Last().Files.Map()["lv/docs/install/index.html"]) }
	want := `<nav class="here">up=Dokumentācija  next=Sākums Sākums;Uzstādīšana;</nav>`
	if !strings.Contains(page(), want) {
		t.Fatalf("the page lacks %s:\n%s", want, page())
	}
	full := tr.Read("content/docs/install.lv.md")
	tr.Rebuild("its text", tr.Edit("content/docs/install.lv.md", "{{< here >}}", "Teksts.\n\n{{< here >}}"))
	tr.Rebuild("emptied", tr.Write("content/docs/install.lv.md", ""))
	tr.Rebuild("written again", tr.Write("content/docs/install.lv.md", full))
	if !strings.Contains(page(), want) {
		t.Errorf("the page lacks %s:\n%s", want, page())
	}
	tr.Rebuild("its title", tr.Edit("content/docs/install.lv.md", "title: Uzstādīšana", "title: Iestatīšana"))
	tr.Rebuild("its weight moves it first", tr.Edit("content/docs/install.lv.md", "weight: 2", "weight: 0"))
}

// TestShortcodeRelated: Hugo's related content (.Site.RegularPages.Related
// .Page), which vestis does not have, lists no pages, with one warning
// naming the pages that ask for it, and the page is published with the
// rest of its text, where the shortcode stopped the build.
func TestShortcodeRelated(t *testing.T) {
	t.Parallel()
	page := func(name string) string {
		return "-- content/news/" + name + ".lv.md --\n---\ntitle: " + name + "\ntags: [a]\n---\nSee also:\n\n{{< related >}}\n"
	}
	b := bt.Run(t, siteYAML+`-- layouts/shortcodes/related.html --
<ul class="related">{{ range first 3 (.Site.RegularPages.Related .Page) }}<li>{{ .Title }}</li>{{ end }}</ul>
`+page("a")+page("b"))
	b.AssertFile("lv/jaunumi/a/index.html", `See also:</p>`)
	b.AssertFile("lv/jaunumi/a/index.html", `<ul class="related"></ul>`)
	got := b.Result.Warnings.Error()
	for _, name := range []string{"a", "b"} {
		want := "content/news/" + name + ".lv.md: shortcodes: .Related (Hugo's related content) lists no pages there: vestis does not have related content; link the pages that share a tag or category instead"
		if !strings.Contains(got, want) {
			t.Errorf("warnings lack\n%s\ngot\n%s", want, got)
		}
	}
	if n := strings.Count(got, ".Related"); n != 2 {
		t.Errorf("said %d times, want once a page:\n%s", n, got)
	}
}
