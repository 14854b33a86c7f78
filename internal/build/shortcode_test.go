package build_test

import (
	"bytes"
	"image"
	pngenc "image/png"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestShortcodes: each built-in shortcode of the default theme, in a page
// rendered with the default theme, and what it leaves out of summaries,
// descriptions, feeds, the search index and JSON-LD.
func TestShortcodes(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`
-- content/news/a.lv.md --
---
title: A
date: 2024-01-02
---
Ievads ar saiti uz {{< relref "b.md" >}} un [B]({{< relref "b.md#x" >}}), pilna: {{< ref "b.md" >}}.

{{< notice warning >}}Uzmanīgi ar **šo** un [B](b.md).{{< /notice >}}

{{% notice tip %}}
Padoms ar [B](b.md).

## Virsraksts padomā
{{% /notice %}}

{{< notice >}}Bez veida.{{< /notice >}}

{{< youtube id="abc_123-X" title="Atklāšana" start=30 >}}

{{< vimeo 76979871 >}}

{{< highlight go "hl_lines=2" >}}
    func main() {
        println("<x>")
    }
{{< /highlight >}}

Kods bloka iekšā:

`+"```"+`
{{</* notice */>}}
`+"```"+`

Literāli: {{</* figure src="x.jpg" */>}} un {{%/* notice */%}}.
-- content/news/b.lv.md --
---
title: B
---
Teksts.
-- content/news/b.en.md --
---
title: B in English
---
Text.
-- content/news/d.lv.md --
---
title: D
---
{{< youtube abc >}}

Pirmā rindkopa ar tekstu.
-- content/news/e.lv.md --
---
title: E
description: "Skatīt {{< relref \"b.md\" >}} & citus"
summary: "Kopsavilkums ar [saiti]({{< relref \"b.md\" >}})"
---
Teksts.
-- content/news/c.en.md --
---
title: C
translationKey: a
---
Link to {{< relref "b.md" >}}.
`)
	page := "lv/jaunumi/a/index.html"
	b.AssertFile(page,
		// ref and relref, in the page's language
		`Ievads ar saiti uz /lv/jaunumi/b/ un <a href="/lv/jaunumi/b/#x">B</a>, pilna: https://example.org/lv/jaunumi/b/.`,
		// notice: localized label, inner Markdown with its links resolved, both forms
		`<div class="callout callout-warning" role="note">`, `<p class="callout-title">Uzmanību</p>`,
		`<p>Uzmanīgi ar <strong>šo</strong> un <a href="/lv/jaunumi/b/">B</a>.</p>`,
		`<div class="callout callout-tip" role="note">`, `<p class="callout-title">Padoms</p>`,
		`<p>Padoms ar <a href="/lv/jaunumi/b/">B</a>.</p>`,
		`<p class="callout-title">Piezīme</p>`,
		// youtube: a link to the video, and the player's address only as data
		`<a class="video-link" href="https://www.youtube.com/watch?v=abc_123-X&amp;t=30s" data-video-src="https://www.youtube-nocookie.com/embed/abc_123-X?autoplay=1&amp;start=30" data-video-title="Atklāšana">`,
		`<span class="video-placeholder">Atklāšana</span><span class="video-play"><span aria-hidden="true">▶ </span>Atskaņot (ielādē saturu no YouTube)</span>`,
		`<script src="/js/video.js" defer></script>`,
		`href="https://vimeo.com/76979871" data-video-src="https://player.vimeo.com/video/76979871?dnt=1&amp;autoplay=1"`,
		`<span class="video-play"><span aria-hidden="true">▶ </span>Atskaņot (ielādē saturu no Vimeo)</span>`,
		// highlight: classes, the code deindented and escaped, the line marked
		`<pre class="chroma"><code><span class="line"><span class="cl"><span class="kd">func</span>`,
		`<span class="line hl"><span class="cl"><span class="w">    </span><span class="nb">println</span><span class="p">(</span><span class="s">&#34;&lt;x&gt;&#34;</span>`,
		// escapes: written as they are, in code and in text
		"<pre><code>{{&lt; notice &gt;}}\n</code></pre>",
		`Literāli: {{&lt; figure src=&quot;x.jpg&quot; &gt;}} un {{% notice %}}.`,
		// a heading inside {{% %}} is the page's: it has an ID and is in the table of contents
		`<h2 id="virsraksts-padoma">Virsraksts padomā</h2>`,
	)
	html := b.File(page)
	for _, leak := range []string{"{{<", "notice tip", "relref", "vestisShortcode", "youtube.com/embed", "<iframe", "i.ytimg.com"} {
		if strings.Contains(html, leak) {
			t.Errorf("%s holds %q", page, leak)
		}
	}
	b.AssertFile("en/news/c/index.html", `Link to /en/news/b/.`)
	// The description and summary come from the converted text.
	b.AssertFile(page, `<meta name="description" content="Ievads ar saiti uz /lv/jaunumi/b/ un B, pilna: https://example.org/lv/jaunumi/b/.">`)
	for _, p := range b.Result.Paths {
		// The index holds the whole text, the literal {{< >}} of the code
		// block included, but no placeholder.
		if strings.HasPrefix(p, "lv/search/") && strings.Contains(b.File(p), "vestisShortcode") {
			t.Errorf("%s holds a shortcode placeholder:\n%s", p, b.File(p))
		}
	}
	for _, out := range []string{"lv/index.xml", "lv/atom.xml", "lv/jaunumi/index.xml"} {
		if body := b.File(out); strings.Contains(body, "{{") || strings.Contains(body, "vestisShortcode") {
			t.Errorf("%s holds shortcode syntax:\n%s", out, body)
		}
	}
	b.AssertFile("lv/jaunumi/index.xml", `Ievads ar saiti uz /lv/jaunumi/b/ un B`)
	// Front matter summary and description run their shortcodes too.
	b.AssertFile("lv/jaunumi/e/index.html", `<meta name="description" content="Skatīt /lv/jaunumi/b/ &amp; citus">`)
	b.AssertFile("lv/jaunumi/index.html", `Kopsavilkums ar <a href="/lv/jaunumi/b/">saiti</a>`)
	// A paragraph that is only a shortcode is not the summary: the text after it is.
	b.AssertFile("lv/jaunumi/d/index.html", `<meta name="description" content="Pirmā rindkopa ar tekstu.">`)
	if feed := b.File("lv/jaunumi/index.xml"); strings.Contains(feed, "Atskaņot") || strings.Contains(feed, "video") {
		t.Errorf("the feed shows the video's button:\n%s", feed)
	}
}

// TestShortcodeOwn: a site's own shortcode gets Hugo's fields and methods,
// and a site's file replaces the theme's of the same name.
func TestShortcodeOwn(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`
-- layouts/shortcodes/box.html --
<div class="box" data-pos="{{ .Position }}" data-ord="{{ .Ordinal }}" data-named="{{ .IsNamedParams }}" data-parent="{{ with .Parent }}{{ .Name }}{{ end }}">{{ .Get "kind" }}|{{ .Get 0 }}|{{ .Page.Title }}|{{ .Page.Params.color }}|{{ .Site.Title }}|{{ .Site.Language.Code }}|{{ .InnerDeindent }}</div>
-- layouts/shortcodes/args.html --
{{ range $i, $v := .Params }}[{{ $i }}={{ printf "%T" $v }}:{{ $v }}]{{ end }}
-- layouts/shortcodes/notice.html --
<p class="own-notice">{{ .Inner }}</p>
-- layouts/shortcodes/docs/tip.html --
<i>in a folder</i>
-- layouts/shortcodes/_param.html --
**{{ index .Page.Params (.Get 0) }}**
-- content/news/a.lv.md --
---
title: Lapa
color: zila
---
Teksts.

{{< box kind="k" >}}
  {{< box "pozīcija" >}}iekšā{{< /box >}}
  otrā
{{< /box >}}

{{< args "s" 1 2.5 true word >}}

{{< notice >}}mans{{< /notice >}}

{{< docs/tip >}}

{{% _param color %}}
`)
	b.AssertFile("lv/jaunumi/a/index.html",
		`<div class="box" data-pos="content/news/a.lv.md:7:1" data-ord="0" data-named="true" data-parent="">k||Lapa|zila|Vēstis|lv|`,
		`<div class="box" data-pos="content/news/a.lv.md:8:3" data-ord="0" data-named="false" data-parent="box">|pozīcija|Lapa|zila|Vēstis|lv|iekšā</div>`,
		"\notrā\n</div>",
		`[0=string:s][1=int:1][2=float64:2.5][3=bool:true][4=string:word]`,
		`<p class="own-notice">mans</p>`,
		`<i>in a folder</i>`,
		`<strong>zila</strong>`, // a name starting with "_" is a shortcode too, as in Hugo (Docsy's _param)
	)
}

// TestShortcodeErrors: every problem of a run is reported, each at its line
// of the content file, with the template's file and line when the template
// fails; the build fails.
func TestShortcodeErrors(t *testing.T) {
	t.Parallel()
	msg := bt.Fail(t, siteYAML+plainLayouts+`
-- layouts/shortcodes/broken.html --
<p>
{{ .Get "x" | len }}
</p>
-- layouts/shortcodes/self.html --
{{ template "self.html" . }}
-- layouts/shortcodes/badhtml.html --
<p>
<a title={{ .Get 0 }}"x">x</a>
-- content/news/f.lv.md --
---
title: F
---
{{< badhtml "y" >}}
-- layouts/shortcodes/inattr.html --
{{ define "sum" }}{{ .Get 0 | add 1 }}{{ end }}<a title="{{ template "sum" . }}">x</a>
-- layouts/shortcodes/loopattr.html --
{{ define "r" }}{{ template "r" . }}{{ end }}<a title="{{ template "r" . }}">x</a>
-- layouts/shortcodes/withpartial.html --
<p>{{ partial "bad.html" . }}</p>
-- layouts/partials/bad.html --
<p>
  <a href="x" "bad">y</a></p>
-- content/news/g.lv.md --
---
title: G
---
{{< inattr "x" >}}

{{< loopattr >}}

{{< withpartial >}}
-- content/news/a.lv.md --
---
title: A
---
Teksts.

{{< nav-tada >}}

{{< notice >}}

{{< broken x=5 >}}

{{< relref "missing.md" >}}

{{< figure >}}

{{< self >}}
-- content/news/b.lv.md --
---
title: B
---
{{< youtube id="x"
-- content/news/c.lv.md --
---
title: C
---
{{< ../../../etc/passwd >}}
-- content/news/d.lv.md --
---
title: D
summary: "Īsi {{< nav >}}"
---
Teksts.
-- content/news/e.lv.md --
---
title: E
---
{{< gads.inline >}}{{ now.Year }}{{< /gads.inline >}}
`)
	for _, want := range []string{
		`content/news/a.lv.md:6: shortcode "nav-tada": there is no such shortcode: no layouts/shortcodes/nav-tada.html; the shortcodes are `,
		`content/news/a.lv.md:8: shortcode "notice": {{< notice >}} has no closing {{< /notice >}}: layouts/shortcodes/notice.html uses its inner text`,
		`content/news/a.lv.md:10: shortcode "broken": layouts/shortcodes/broken.html:2:15: len counts the items of a list or a map, or the bytes of a text, and this value is a number (5)`,
		`content/news/a.lv.md:12: shortcode "relref": layouts/shortcodes/relref.html:11:5: ref "missing.md": no such page (content/news/missing.md)`,
		`content/news/a.lv.md:14: shortcode "figure": layouts/shortcodes/figure.html:5:22: figure needs src="photo.jpg"`,
		`content/news/a.lv.md:16: shortcode "self": layouts/shortcodes/self.html:1:13: `,
		`content/news/b.lv.md:4:1: {{< youtube is never closed with >}}`,
		`content/news/c.lv.md:4:1: shortcode name "../../../etc/passwd" is not a name of a file in layouts/shortcodes/`,
		`content/news/d.lv.md:3: front matter: summary: shortcode "nav": there is no such shortcode: no layouts/shortcodes/nav.html`,
		// html/template's ErrBadHTML, which has no place, at the character.
		`content/news/f.lv.md:4: shortcode "badhtml": layouts/shortcodes/badhtml.html:2:22: this character cannot stand here inside a tag`,
		// A template a shortcode defines, called in an attribute (html/template's
		// copy, "sum$htmltemplate_stateAttr..."): the function's words, at the call.
		`content/news/g.lv.md:4: shortcode "inattr": layouts/shortcodes/inattr.html:1:31: add: cannot read "x" as a number`,
		// ... calling itself: said at the call, not after minutes (text/template's
		// 100,000 calls deep).
		`content/news/g.lv.md:6: shortcode "loopattr": layouts/shortcodes/loopattr.html:1:29: the template "r" calls itself without end (r → r)`,
		// ErrBadHTML in a partial a shortcode calls: at its column too.
		`content/news/g.lv.md:8: shortcode "withpartial": layouts/shortcodes/withpartial.html:1:7: in partial layouts/partials/bad.html:2:15: this character cannot stand here inside a tag`,
		`content/news/e.lv.md:4: shortcode "gads.inline": an inline shortcode (a template written in the page), which vestis does not run; write the template as layouts/shortcodes/gads.html and the page as {{< gads >}}`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("the errors lack\n%s\nin\n%s", want, msg)
		}
	}
}

// TestShortcodeFieldMistakes: a shortcode that names a field or method
// the value it reaches does not have (a misspelt .Page.Titel, a method of
// Hugo's vestis lacks, a field of text or of a list) fails at its page with
// the name's line and column in plain words and the names meant, as a
// layout's field mistake is said, not text/template's "can't evaluate field
// Titel in type interface {}"; also inside a range over site.RegularPages and
// a with of another page.
func TestShortcodeFieldMistakes(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ template, want string }{
		{"<p>\n{{ .Page.Titel }}\n", `layouts/shortcodes/x.html:2:9: .Page.Titel: a page has no field Titel; did you mean .Page.Title?`},
		{"{{ with .Page.Parent }}{{ .Titel }}{{ end }}", `layouts/shortcodes/x.html:1:27: .Titel: a page has no field Titel; did you mean .Title?`},
		{"{{ range site.RegularPages }}{{ .Related }}{{ end }}", `layouts/shortcodes/x.html:1:33: .Related: a page has no field Related`},
		{"{{ site.Titel }}", `layouts/shortcodes/x.html:1:8: site.Titel: the site has no field Titel; did you mean site.Title?`},
		{"{{ .Titel }}", `layouts/shortcodes/x.html:1:4: .Titel: the shortcode has no field Titel; did you mean .Page.Title or .Site.Title?`},
		{"{{ .Page.Title.Text }}", `layouts/shortcodes/x.html:1:9: .Page.Title.Text: .Page.Title is text, which has no fields: remove .Text`},
		// A function given too few values, or a comparison of two kinds:
		// not "wrong number of args for split: want 2 got 1".
		{"<p>{{ split 1 }}</p>", `layouts/shortcodes/x.html:1:7: split takes 2 arguments (any value, then any value), and is given 1 argument`},
		{"{{ if lt 1 \"a\" }}x{{ end }}", `layouts/shortcodes/x.html:1:7: lt compares values of one kind, and is given a whole number (1) and text ("a")`},
		{"{{ .Page.Pages.Title }}", `layouts/shortcodes/x.html:1:9: .Page.Pages.Title: .Page.Pages is a list, which has no field Title; to show each item's, range over it: {{ range .Page.Pages }}{{ .Title }}{{ end }}`},
	} {
		msg := bt.Fail(t, siteYAML+plainLayouts+"-- layouts/shortcodes/x.html --\n"+tt.template+`
-- content/news/a.lv.md --
---
title: A
---
{{< x >}}
`)
		if want := `content/news/a.lv.md:4: shortcode "x": ` + tt.want; !strings.Contains(msg, want) {
			t.Errorf("%s: the error lacks\n%s\nin\n%s", tt.template, want, msg)
		}
	}
}

// TestShortcodeBounds: templates that loop, nest or write without end stop
// with an error at their page; a template error is not a crash.
func TestShortcodeBounds(t *testing.T) {
	t.Parallel()
	msg := bt.Fail(t, siteYAML+plainLayouts+`
-- layouts/shortcodes/loop.html --
{{ range 100000000000 }}x{{ end }}
-- content/news/a.lv.md --
---
title: A
---
{{< loop >}}
`)
	if want := "layouts/shortcodes/loop.html:1:10: range over 100000000000: a loop of more than 1000000 times"; !strings.Contains(msg, want) {
		t.Errorf("error %q lacks %q", msg, want)
	}
	msg = bt.Fail(t, siteYAML+plainLayouts+`
-- layouts/shortcodes/big.html --
{{ range 1000000 }}{{ range 1000000 }}0123456789abcdef{{ end }}{{ end }}
-- layouts/shortcodes/deep.html --
{{ define "d" }}{{ .HTML "d" }}{{ end }}{{ .HTML "d" }}
-- content/news/a.lv.md --
---
title: A
---
{{< big >}}

{{< deep >}}
`)
	for _, want := range []string{
		`content/news/a.lv.md:4: shortcode "big": the shortcodes of this page wrote more than 64 MiB; a template may loop without end`,
		`content/news/a.lv.md:6: shortcode "deep": layouts/shortcodes/deep.html:1:44: HTML "d": calls nest more than 100 deep; does a template call itself?`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("the errors lack\n%s\nin\n%s", want, msg)
		}
	}
}

// TestShortcodeFigure: figure resizes a bundle's photo as a Markdown image
// is, and shows the caption, credit and licence.
func TestShortcodeFigure(t *testing.T) {
	t.Parallel()
	fsys := bt.Site(siteYAML + plainLayouts + `
-- content/news/trip/index.lv.md --
---
title: Brauciens
---
Teksts.

{{< figure src="foto.jpg" alt="Grupa pie ēkas" caption="Grupa *Rīgā*" credit="Anna Ozola" creditLink="https://example.org/anna" license="CC BY 4.0" licenseLink="https://creativecommons.org/licenses/by/4.0/" >}}

{{< youtube id="abc" title="Ceļā" poster="foto.jpg" >}}
`)
	fsys["content/news/trip/foto.jpg"] = &fstest.MapFile{Data: testJPEG(t, 2000, 1000)}
	o := bt.Options(fsys)
	o.PhotoCache = t.TempDir()
	res, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	page := string(res.Files.Map()["lv/jaunumi/trip/index.html"])
	for _, want := range []string{
		`<figure class="figure"><img src="/photos/foto-960w-`, `srcset="/photos/foto-480w-`, ` 1600w"`, `sizes="(max-width: 46rem) 100vw, 46rem"`,
		`width="2000" height="1000" alt="Grupa pie ēkas" loading="lazy" decoding="async">`,
		`<figcaption><span class="figure-caption">Grupa <em>Rīgā</em></span>`,
		`<img class="video-poster" src="/photos/foto-960w-`, `alt="" loading="lazy" decoding="async"><span class="video-play">`,
		`</a><figcaption>Ceļā</figcaption>`,
		`<small class="figure-credit">Foto: <a href="https://example.org/anna">Anna Ozola</a> · Licence: <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a></small></figcaption>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q:\n%s", want, page)
		}
	}
	var variants int
	for _, p := range res.Paths {
		if strings.HasPrefix(p, "photos/foto-") && !strings.Contains(p, "-1200x630-") {
			variants++
		}
	}
	if variants != 3 {
		t.Errorf("%d resized photos besides the sharing image, want 3", variants)
	}
}

// TestShortcodeRebuild: a page that uses a shortcode shows the new output
// after its template or a message it uses is edited, and the rebuild equals a
// clean build.
func TestShortcodeRebuild(t *testing.T) {
	t.Parallel()
	tr := bt.NewTree(t, siteYAML+plainLayouts+`
-- layouts/shortcodes/hello.html --
<b>sveiki {{ .Get 0 }}</b>
-- content/news/a.lv.md --
---
title: A
---
{{< hello pasaule >}}

{{< notice warning >}}Uzmanību!{{< /notice >}}
-- content/news/b.lv.md --
---
title: B
---
Bez īsajiem kodiem.
`, false)
	page := func() string { return string(tr.Builder.Last().Files.Map()["lv/jaunumi/a/index.html"]) }
	if !strings.Contains(page(), "<b>sveiki pasaule</b>") {
		t.Fatalf("first build:\n%s", page())
	}
	tr.Rebuild("edit the shortcode's template", tr.Edit("layouts/shortcodes/hello.html", "sveiki", "labdien"))
	if !strings.Contains(page(), "<b>labdien pasaule</b>") {
		t.Errorf("after the template's edit:\n%s", page())
	}
	tr.Rebuild("override a built-in", tr.Write("layouts/shortcodes/notice.html", `<p class="mine">{{ .Inner }}</p>`))
	if !strings.Contains(page(), `<p class="mine">Uzmanību!</p>`) {
		t.Errorf("after overriding notice:\n%s", page())
	}
	tr.Rebuild("remove the override", tr.Remove("layouts/shortcodes/notice.html")...)
	tr.Rebuild("edit a message a built-in uses", tr.Write("i18n/lv.yaml", "noticeWarning: \"Ievēro\"\n"))
	if !strings.Contains(page(), `<p class="callout-title">Ievēro</p>`) {
		t.Errorf("after the message's edit:\n%s", page())
	}
	tr.Rebuild("remove the template", tr.Remove("layouts/shortcodes/hello.html")...)
	tr.Rebuild("put it back", tr.Write("layouts/shortcodes/hello.html", `<b>atkal {{ .Get 0 }}</b>`))
	if !strings.Contains(page(), "<b>atkal pasaule</b>") {
		t.Errorf("after the template came back:\n%s", page())
	}
	tr.Rebuild("edit the body", tr.Edit("content/news/a.lv.md", "pasaule", "Latvija"))
	if !strings.Contains(page(), "<b>atkal Latvija</b>") {
		t.Errorf("after the body's edit:\n%s", page())
	}
}

// TestShortcodeNamesOfAnyScript: a shortcode's name may be letters of any
// script, as in Hugo ({{< ziņa >}}, {{< 新闻 >}}); typed with its accents
// stored apart (NFD, as a Mac may) it finds the same file.
func TestShortcodeNamesOfAnyScript(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`
-- layouts/shortcodes/ziņa.html --
<b>{{ .Get 0 }}</b>
-- layouts/shortcodes/新闻.html --
<i>{{ .Get 0 }}</i>
-- content/news/a.lv.md --
---
title: A
---
Teksts {{< ziņa "labi" >}} un {{< ziņa "atkal" >}} un {{< 新闻 "你好" >}}.
`)
	for _, want := range []string{"Teksts <b>labi</b>", "un <b>atkal</b>", "un <i>你好</i>"} {
		b.AssertFile("lv/jaunumi/a/index.html", want)
	}
}

// TestShortcodeUnparsed: a shortcode template that calls a function vestis
// lacks (a Hugo theme's, brought with the site) stops no build while no page
// uses it; a page that uses it fails with its line and the template's.
func TestShortcodeUnparsed(t *testing.T) {
	t.Parallel()
	const site = siteYAML + plainLayouts + `
-- layouts/shortcodes/contributors.html --
<ul>
{{ with toCSS "team.scss" }}<li>{{ .RelPermalink }}</li>{{ end }}
</ul>
-- layouts/shortcodes/ok.html --
<b>{{ .Get 0 }}</b>
-- content/news/a.lv.md --
---
title: A
---
Teksts {{< ok "labi" >}}.
`
	b := bt.Run(t, site)
	b.AssertFile("lv/jaunumi/a/index.html", "<b>labi</b>")
	msg := bt.Fail(t, site+`-- content/news/b.lv.md --
---
title: B
---
Teksts.

{{< contributors >}}
`)
	if want := `content/news/b.lv.md:6: shortcode "contributors": layouts/shortcodes/contributors.html:2:9: function "toCSS" is not one shortcodes have: they have Go's template functions and the Hugo functions vestis knows (docs/templates.md)`; !strings.Contains(msg, want) {
		t.Errorf("error\n%s\nwant\n%s", msg, want)
	}
}

// TestShortcodeHugoHelpers: Hugo's string helpers that its shortcodes call
// (trim, split, delimit, md5, shuffle) run, the same on every build.
func TestShortcodeHugoHelpers(t *testing.T) {
	t.Parallel()
	const site = siteYAML + plainLayouts + `
-- layouts/shortcodes/cmd.html --
<pre>{{ range split (trim .Inner "\n") "\n" }}<code>{{ . }}</code>{{ end }}</pre>
-- layouts/shortcodes/id.html --
<b id="x-{{ delimit (shuffle (split (md5 .Inner) "")) "" }}">{{ md5 "a" }}</b>
-- content/news/a.lv.md --
---
title: A
---
{{< cmd >}}
ls
pwd
{{< /cmd >}}

{{< id >}}teksts{{< /id >}}
`
	b := bt.Run(t, site)
	b.AssertFile("lv/jaunumi/a/index.html", "<pre><code>ls</code><code>pwd</code></pre>", ">0cc175b9c0f1b6a831c399e269772661</b>")
	again := bt.Run(t, site)
	if b.File("lv/jaunumi/a/index.html") != again.File("lv/jaunumi/a/index.html") {
		t.Error("shuffle differs between two builds of the same site")
	}
}

// TestShortcodeRefByName: ref and relref find a page by its file, bundle or
// section folder name alone, anywhere in the site, as Hugo does
// ({{< relref "omemo" >}} from another section); path= and lang= name the
// page and the language to link. A name several pages have is an error
// naming them.
func TestShortcodeRefByName(t *testing.T) {
	t.Parallel()
	const site = siteYAML + plainLayouts + `-- content/docs/guide/omemo.lv.md --
---
title: Šifrēšana
---
-- content/docs/guide/omemo.en.md --
---
title: Encryption
---
-- content/docs/clients/_index.lv.md --
---
title: Klienti
---
-- content/docs/web/index.lv.md --
---
title: Tīmeklis
---
-- content/legal/privacy.lv.md --
---
title: Privātums
---
[a]({{< relref "omemo" >}}) [b]({{< relref "omemo.md#keys" >}}) [c]({{< relref "clients" >}}) [d]({{< relref "web" >}})
[e]({{< relref path="omemo" lang="en" >}}) [f]({{< ref path="omemo.md" >}}) [g]({{< relref "Clients" >}}) [h]({{< relref "OMEMO.md" >}}) [i]({{< relref "/Docs/Guide/omemo" >}}) [j]({{< relref "/docs/CLIENTS/" >}})
![logo]({{< logo >}})
-- layouts/shortcodes/logo.html --
{{- "/img/logo.svg" -}}
-- static/img/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- content/legal/privacy.en.md --
---
title: Privacy
---
[a]({{< relref "omemo" >}})
`
	b := bt.Run(t, site)
	b.AssertFile("lv/legal/privacy/index.html",
		`<a href="/lv/docs/guide/omemo/">a</a>`, `<a href="/lv/docs/guide/omemo/#keys">b</a>`,
		`<a href="/lv/docs/clients/">c</a>`, `<a href="/lv/docs/web/">d</a>`,
		`<a href="/en/docs/guide/omemo/">e</a>`, `<a href="https://example.org/lv/docs/guide/omemo/">f</a>`,
		// A name in other letter case, as Hugo's lookups ignore case.
		`<a href="/lv/docs/clients/">g</a>`, `<a href="/lv/docs/guide/omemo/">h</a>`,
		`<a href="/lv/docs/guide/omemo/">i</a>`, `<a href="/lv/docs/clients/">j</a>`)
	b.AssertFile("en/legal/privacy/index.html", `<a href="/en/docs/guide/omemo/">a</a>`)
	b.AssertFile("lv/legal/privacy/index.html", `<img src="/img/logo.svg" alt="logo"`)
	// The Markdown link's address is the shortcode's placeholder until the
	// output is put back: it is not a link to check.
	if w := b.Result.Warnings.Error(); w != "" {
		t.Errorf("warnings: %s", w)
	}

	msg := bt.Fail(t, site+`-- content/news/omemo.lv.md --
---
title: Cits
---
`)
	if want := `content/legal/privacy.lv.md:4: shortcode "relref": layouts/shortcodes/relref.html:11:5: ref "omemo": "omemo" names several pages (content/docs/guide/omemo.lv.md, content/news/omemo.lv.md); write the path from the language's content folder, as in /docs/guide/omemo.lv.md`; !strings.Contains(msg, want) {
		t.Errorf("error\n%s\nwant\n%s", msg, want)
	}
	msg = bt.Fail(t, strings.Replace(site, `lang="en"`, `lang="vi"`, 1))
	if want := `ref "omemo": content/docs/guide/omemo.lv.md has no vi translation`; !strings.Contains(msg, want) {
		t.Errorf("error\n%s\nwant\n%s", msg, want)
	}

	// A rebuild finds what a clean build finds: the page's new address, a
	// second page of the same name, and the name unique again.
	r := bt.NewTree(t, site, true)
	r.Rebuild("slug of the page named", r.Edit("content/docs/guide/omemo.lv.md", "title: Šifrēšana", "title: Šifrēšana\nslug: sifresana"))
	if err := r.Rebuild("a second page of that name", r.Write("content/news/omemo.lv.md", "---\ntitle: Cits\n---\n")); err == nil {
		t.Error("a name two pages have is not an error after a rebuild")
	}
	r.Rebuild("the second page removed", r.Remove("content/news/omemo.lv.md")...)
}

// TestShortcodeHugoBuiltins: the shortcodes Hugo builds in and real sites
// use run in vestis too: param (the page's params, a params map, the site's,
// dotted and in any letter case), details, comment, gist, and x, tweet and
// instagram as links that ask those sites for nothing.
func TestShortcodeHugoBuiltins(t *testing.T) {
	t.Parallel()
	const params = `params:
  contact: birojs@example.org
  social: {Mastodon: "@vestis@example.social"}
`
	b := bt.Run(t, siteYAML+params+`
-- content/news/a.lv.md --
---
title: A
date: 2024-01-02
phone: "+371 6700 0000"
params:
  room: "Aula 2"
---
Zvaniet {{< param "phone" >}}, rakstiet {{< param "Contact" >}}, sekojiet {{< param "social.mastodon" >}}, telpa {{< param "room" >}}.

{{< details summary="Kas var **pieteikties**" open=true >}}
Studenti un [B](b.md).
{{< /details >}}

{{% details %}}
Vairāk.
{{% /details %}}

{{< comment >}}Jautāt dekānam.{{< /comment >}}

{{< gist spf13 7896402 >}}

{{< x user="SanDiegoZoo" id="1453110110599868418" >}}

{{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}

{{< instagram CxOWiQNP2MO >}}

{{< twitter user="Older" id="42" >}} {{< x_simple user="Simple" id="43" >}} {{< twitter_simple user="Simpler" id="44" >}}

{{< vimeo_simple 55073825 >}}
-- content/news/b.lv.md --
---
title: B
---
Teksts.
`)
	page := "lv/jaunumi/a/index.html"
	b.AssertFile(page,
		`Zvaniet &#43;371 6700 0000, rakstiet birojs@example.org, sekojiet @vestis@example.social, telpa Aula 2.`,
		"<details open>\n<summary>Kas var <strong>pieteikties</strong></summary>",
		`<p>Studenti un <a href="/lv/jaunumi/b/">B</a>.</p>`,
		"<details>\n<summary>Sīkāk</summary>\n<p>Vairāk.</p>\n</details>",
		`<script src="https://gist.github.com/spf13/7896402.js"></script>`,
		`<a href="https://gist.github.com/spf13/7896402">spf13 kods vietnē GitHub</a>`,
		`<a href="https://x.com/SanDiegoZoo/status/1453110110599868418">@SanDiegoZoo ieraksts vietnē X</a>`,
		`<a href="https://www.instagram.com/p/CxOWiQNP2MO/">Ieraksts vietnē Instagram</a>`,
		`<a href="https://x.com/Older/status/42">@Older ieraksts vietnē X</a>`,
		`<a href="https://x.com/Simple/status/43">`, `<a href="https://x.com/Simpler/status/44">`,
		`href="https://vimeo.com/55073825"`,
	)
	if html := b.File(page); strings.Contains(html, "dekānam") || strings.Contains(html, "platform.twitter.com") || strings.Contains(html, "instagram.com/embed") {
		t.Errorf("%s shows a comment or loads another site's script:\n%s", page, html)
	}

	msg := bt.Fail(t, siteYAML+params+`
-- content/news/c.lv.md --
---
title: C
---
{{< param "nav" >}}
`)
	for _, want := range []string{`content/news/c.lv.md:4: shortcode "param"`, `param "nav": neither the page's params nor site.yaml's params have it`} {
		if !strings.Contains(msg, want) {
			t.Errorf("the error does not say %q:\n%s", want, msg)
		}
	}
}

// TestShortcodeRefPaths: a path without a language in its file name, as a
// Hugo site writes its default language's files (x.md, _index.md), is found
// from the page's folder and then from the content folder, with or without
// its extension, a section by its folder.
func TestShortcodeRefPaths(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`-- content/docs/guide/callout.md --
---
title: Izcēlums
---
-- content/docs/guide/callout.en.md --
---
title: Callout
---
-- content/archives/_index.md --
---
title: Arhīvs
---
-- content/blog/v1.md --
---
title: V1
---
[a]({{< relref "docs/guide/callout" >}}) [b]({{< relref "/archives" >}}) [c]({{< relref "../docs/guide/callout.md" >}})
-- content/blog/v1.en.md --
---
title: V1
---
[a]({{< relref "docs/guide/callout" >}}) [b]({{< relref "/archives" >}})
`)
	b.AssertFile("lv/blog/v1/index.html", `<a href="/lv/docs/guide/callout/">a</a>`, `<a href="/lv/archives/">b</a>`, `<a href="/lv/docs/guide/callout/">c</a>`)
	b.AssertFile("en/blog/v1/index.html", `<a href="/en/docs/guide/callout/">a</a>`, `<a href="/lv/archives/">b</a>`)
}

// TestShortcodeRefHome: ref "/" is the home page, in the page's language
// or in the one named, as in Hugo, also where the home page has no file.
func TestShortcodeRefHome(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`-- content/blog/v1.md --
---
title: V1
---
[home]({{< relref "/" >}}) [English]({{< relref path="/" lang="en" >}})
`)
	b.AssertFile("lv/blog/v1/index.html", `<a href="/lv/">home</a>`, `<a href="/en/">English</a>`)
}

// TestShortcodeNameCase: a shortcode written in another letter case than
// its template's name (relRef for relref, Note for note) runs that template,
// as Hugo finds templates since 0.146; a name no template has in any case
// stays an error naming it.
func TestShortcodeNameCase(t *testing.T) {
	t.Parallel()
	site := siteYAML + `-- layouts/shortcodes/note.html --
<aside>{{ .Inner }}</aside>
-- content/news/a.lv.md --
---
title: A
---
[B]({{% relRef "b.lv.md" %}}) {{< Note >}}teksts{{< /Note >}}
-- content/news/b.lv.md --
---
title: B
---
`
	b := bt.Run(t, site)
	b.AssertFile("lv/jaunumi/a/index.html", `<a href="/lv/jaunumi/b/">B</a>`, `<aside>teksts</aside>`)
	msg := bt.Fail(t, strings.Replace(site, "{{< Note >}}teksts{{< /Note >}}", "{{< Nothing >}}", 1))
	if want := `content/news/a.lv.md:4: shortcode "Nothing": there is no such shortcode`; !strings.Contains(msg, want) {
		t.Errorf("error\n%s\nwant\n%s", msg, want)
	}
}

// TestShortcodeHugoSiteFuncs: the functions of Hugo's templates that need
// the page or the site, as theme shortcodes call them: site (Hugo's global
// .Site), relLangURL and absLangURL in the page's language, relref and ref
// with the page, the shortcode's and the page's Scratch (and Store), and
// safeHTML of what is HTML already.
func TestShortcodeHugoSiteFuncs(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
title: Vēstis
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis, weight: 1}
  en: {name: English, title: News, weight: 2}
sections:
  news: {lv: jaunumi, en: news}
params: {motto: Ziņas}
`+plainLayouts+`
-- layouts/shortcodes/where.html --
<i>{{ site.Title }}|{{ site.Language.Name }}|{{ with site.Params }}{{ .motto }}{{ end }}|{{ "docs/" | relLangURL }}|{{ absLangURL "docs/" }}|{{ relURL "x.css" }}|{{ absURL "https://cdn.example.net/a.js" }}|{{ .Get 0 | relref .Page }}|{{ ref .Page (dict "path" "b.md" "lang" "en") }}</i>
-- layouts/shortcodes/lang.html --
<b>{{ .Site.IsMultiLingual }}|{{ .Site.LanguageCode }}|{{ site.LanguagePrefix }}|{{ .Site.IsServer }}</b>
-- layouts/shortcodes/count.html --
{{ .Scratch.Set "n" 2 }}{{ .Scratch.Add "n" 3 }}{{ .Page.Scratch.Add "calls" 1 }}{{ .Store.Get "n" }}/{{ .Page.Store.Get "calls" }}
-- layouts/shortcodes/raw.html --
{{ .Inner | markdownify | safeHTML }}
-- content/news/a.lv.md --
---
title: A
---
{{< where "b.md" >}} {{< lang >}}

{{< count >}} {{< count >}}

{{< raw >}}**trekns**{{< /raw >}}
-- content/news/b.lv.md --
---
title: B
---
Teksts.
-- content/news/b.en.md --
---
title: B in English
---
Text.
`)
	b.AssertFile("lv/jaunumi/a/index.html",
		"<i>Vēstis|Latviešu|Ziņas|/lv/docs/|https://example.org/lv/docs/|/x.css|https://cdn.example.net/a.js|/lv/jaunumi/b/|https://example.org/en/news/b/</i>",
		"5/1", "5/2", "<strong>trekns</strong>", "<b>true|lv|/lv|false</b>")
}

// TestShortcodeAddressInInnerText: a link whose address is a shortcode's
// output, inside the inner text another shortcode renders as Markdown
// ({{< notice >}} [B]({{< relref "b.md" >}}) {{< /notice >}}, as Hugo sites
// write in admonitions), leads where the shortcode says, with no warning of
// an address nothing is published at; in either kind of shortcode.
func TestShortcodeAddressInInnerText(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`
-- content/news/a.lv.md --
---
title: A
---
{{< notice >}}
Skatīt [B]({{< relref "b.md" >}}).
{{< /notice >}}

{{% notice tip %}}
Un vēlreiz [B ar enkuru]({{< relref "b.md#x" >}}).
{{% /notice %}}
-- content/news/b.lv.md --
---
title: B
---
Teksts.
`)
	if w := b.Result.Warnings.Error(); w != "" {
		t.Errorf("warnings:\n%s", w)
	}
	page := b.File("lv/jaunumi/a/index.html")
	for _, want := range []string{`<a href="/lv/jaunumi/b/">B</a>`, `<a href="/lv/jaunumi/b/#x">B ar enkuru</a>`} {
		if !strings.Contains(page, want) {
			t.Errorf("lv/jaunumi/a/index.html has no %s:\n%s", want, page)
		}
	}
}

// TestShortcodeNestedMarkdownInner: a {{% %}} shortcode inside another
// shortcode has its inner text rendered as Markdown before it runs, as Hugo
// does for every nested one (a theme's grid of {{% item %}} cells holding a
// fenced code block or a list, inside {{< grid >}}): the code block is a
// code block, not template code shown as text and tags the browser reads, and
// the Markdown is HTML. A one-line inner text comes without its <p>, and
// the HTML a nested one writes is kept whatever markdown.unsafe says.
func TestShortcodeNestedMarkdownInner(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`
-- layouts/shortcodes/grid.html --
<div class="grid">{{ .Inner }}</div>
-- layouts/shortcodes/cell.html --
<div class="cell">{{ .Inner }}</div>
-- layouts/shortcodes/label.html --
<span class="label">{{ .Inner }}</span>
-- content/news/a.lv.md --
---
title: A
---
{{< grid >}}
	{{% cell %}}
~~~html
{{ with .Title }}<h3>{{ . }}</h3>{{ end }}
~~~
	{{% /cell %}}
	{{% cell %}}
- **viens**
- [divi](b.lv.md)
	{{% /cell %}}
{{< /grid >}}

{{< grid >}}{{% cell %}}{{% label %}}*slīpi*{{% /label %}} un teksts{{% /cell %}}{{< /grid >}}
-- content/news/b.lv.md --
---
title: B
---
`)
	b.AssertFile("lv/jaunumi/a/index.html",
		`<div class="cell"><pre><code class="language-html">{{ with .Title }}&lt;h3&gt;{{ . }}&lt;/h3&gt;{{ end }}`,
		`<li><strong>viens</strong></li>`,
		`<li><a href="/lv/jaunumi/b/">divi</a></li>`,
		`<div class="cell"><span class="label"><em>slīpi</em></span>`, " un teksts</div>")
	for _, bad := range []string{"~~~", "<h3>", "**"} {
		if page := b.File("lv/jaunumi/a/index.html"); strings.Contains(page, bad) {
			t.Errorf("the page holds %q:\n%s", bad, page)
		}
	}
}

// TestShortcodeMixedDelimiters: a shortcode closed with the other
// delimiters than it is opened with ({{% tab %}}...{{< /tab >}}, as a
// theme's documentation writes) is the shortcode Hugo makes of it: its
// opening tag says whether it is Markdown, at the top of the page and
// inside another.
func TestShortcodeMixedDelimiters(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+"markdown: {unsafe: true}\n"+plainLayouts+`
-- layouts/shortcodes/tabs.html --
<div class="tabs">{{ .Inner }}</div>
-- layouts/shortcodes/tab.html --
<div class="tab">{{ .Inner }}</div>
-- content/news/a.lv.md --
---
title: A
---
{{% tab %}}

**treknais** teksts

{{< /tab >}}

{{< tab >}}**burtiski**{{% /tab %}}

{{< tabs >}}
{{% tab %}}
- viens
{{< /tab >}}
{{< /tabs >}}
`)
	b.AssertFile("lv/jaunumi/a/index.html",
		`<p><strong>treknais</strong> teksts</p>`,
		`<div class="tab">**burtiski**</div>`,
		`<div class="tabs">`, `<div class="tab"><ul>`, `<li>viens</li>`)
}

// TestShortcodeGetenv: Hugo's getenv and os.Getenv read the variables
// site.yaml's getenv allows, by default those Hugo's security.funcs.getenv
// allows (HUGO_ ones and CI); any other is an error at the shortcode, as
// in Hugo, so that no token of the machine is published by a theme.
func TestShortcodeGetenv(t *testing.T) {
	t.Parallel()
	env := map[string]string{"HUGO_BRANCH": "main", "CI": "true", "HOME": "/home/secret", "BRANCH": "dev"}
	getenv := func(o *build.Options) { o.Getenv = func(name string) string { return env[name] } }
	site := siteYAML + plainLayouts + `
-- layouts/shortcodes/env.html --
<span class="env">{{ getenv "HUGO_BRANCH" }}|{{ os.Getenv "CI" }}|{{ getenv "HUGO_NONE" }}|{{ partial "ver.html" . }}</span>
-- layouts/partials/ver.html --
{{- return getenv "HUGO_BRANCH" -}}
-- content/news/a.lv.md --
---
title: A
---
{{< env >}}
`
	b := bt.Run(t, site, getenv)
	b.AssertFile("lv/jaunumi/a/index.html", `<span class="env">main|true||main</span>`)

	denied := strings.Replace(site, `{{ getenv "HUGO_NONE" }}`, `{{ getenv "HOME" }}`, 1)
	msg := bt.Fail(t, denied, getenv)
	if want := `getenv "HOME": site.yaml's getenv does not allow this environment variable to be read (it allows ^HUGO_, ^CI$), so that pages never show what the machine that builds them holds unless meant to; to read it, add a pattern for it: getenv: [^HUGO_, ^CI$, ^HOME$]`; !strings.Contains(msg, want) || strings.Contains(msg, "/home/secret") {
		t.Errorf("error\n%s\nwant it to hold\n%s", msg, want)
	}

	own := strings.Replace(site, "taxonomies: [tags]\n", "taxonomies: [tags]\ngetenv: [^BRANCH$]\n", 1)
	own = strings.Replace(own, `{{ getenv "HUGO_NONE" }}`, `{{ getenv "BRANCH" }}`, 1)
	if msg := bt.Fail(t, own, getenv); !strings.Contains(msg, `getenv "HUGO_BRANCH": site.yaml's getenv does not allow this environment variable to be read (it allows ^BRANCH$)`) {
		t.Errorf("with getenv: [^BRANCH$], HUGO_BRANCH was not refused:\n%s", msg)
	}
	own = strings.Replace(own, `{{ getenv "HUGO_BRANCH" }}`, "", 1)
	own = strings.Replace(own, `{{ partial "ver.html" . }}`, "", 1)
	own = strings.Replace(own, `{{ os.Getenv "CI" }}`, "", 1)
	bt.Run(t, own, getenv).AssertFile("lv/jaunumi/a/index.html", `<span class="env">||dev|</span>`)
}

// TestShortcodeHugoNamespaces: the functions of Hugo's collections,
// compare, cast, fmt and inflect namespaces, and apply, keyVals, group,
// safeJSStr, duration, hmac and imageConfig, as themes' partials call
// them, give what Hugo's give; apply calls a function that knows the page
// (relLangURL) as the shortcode itself would.
func TestShortcodeHugoNamespaces(t *testing.T) {
	t.Parallel()
	var png bytes.Buffer
	if err := pngenc.Encode(&png, image.NewGray(image.Rect(0, 0, 3, 2))); err != nil {
		t.Fatal(err)
	}
	b := bt.Run(t, siteYAML+plainLayouts+`
-- layouts/shortcodes/ns.html --
<p class="c">{{ delimit (collections.Reverse (slice 1 2 3)) "," }}|{{ collections.Where (slice (dict "a" 1) (dict "a" 2)) "a" 2 | len }}|{{ index (split "x/y/z" "/" | collections.Reverse) 0 }}|{{ collections.In (slice "a" "b") "b" }}|{{ collections.Seq 3 }}</p>
<p class="k">{{ compare.Default "nav" "" }}|{{ compare.Conditional true "j" "n" }}|{{ compare.Lt 1 2 }}|{{ cast.ToInt "42" }}|{{ cast.ToString 7 }}|{{ fmt.Printf "%03d" 7 }}</p>
<p class="a">{{ delimit (apply (slice "a b" "c") "upper" ".") "," }}|{{ index (apply (slice "/about/") "relLangURL" ".") 0 }}|{{ apply (slice "x") "printf" "<%s>" "." }}</p>
<p class="i">{{ pluralize "category" }}|{{ pluralize "tag" }}|{{ singularize "categories" }}|{{ inflect.Pluralize "person" }}|{{ singularize "Tags" }}</p>
{{- $kv := keyVals "tags" "a" "b" }}
<p class="o">{{ $kv.Key }}={{ delimit $kv.Values "+" }}|{{ (group "2024" (slice 1 2)).Key }}|{{ duration "minute" 2 }}|{{ hmac "sha256" "key" "text" }}|{{ crypto.HMAC "md5" "k" "t" }}</p>
{{- with imageConfig "/static/img/a.png" }}
<p class="img">{{ .Width }}x{{ .Height }}</p>
{{- end }}
<script>var s = "{{ safeJSStr "a\"b" }}";</script>
<p class="s">{{ strings.ReplaceRE "a(b)" "[$1]" "xaby" }}|{{ strings.FindRE "[0-9]+" "a1b22" }}|{{ hugo.GoVersion | strings.ReplaceRE `+"`go(\\d+)\\..*` `$1`"+` }}</p>
<div class="hl">{{ transform.Highlight "x := 1" "go" }}</div>
-- content/news/a.lv.md --
---
title: A
---
{{< ns >}}
`, func(o *build.Options) { o.Site.(fstest.MapFS)["static/img/a.png"] = &fstest.MapFile{Data: png.Bytes()} })
	b.AssertFile("lv/jaunumi/a/index.html",
		`<p class="c">3,2,1|1|z|true|[1 2 3]</p>`,
		`<p class="k">nav|j|true|42|7|007</p>`,
		`<p class="a">A B,C|/lv/about/|[&lt;x&gt;]</p>`,
		`<p class="i">categories|tags|category|people|Tag</p>`,
		// Python's hmac.new(b"key", b"text", hashlib.sha256).hexdigest(), and md5 of k and t.
		`<p class="o">tags=a&#43;b|2024|2m0s|6afa9046a9579cad143a384c1b564b9a250d27d6f6a63f9f20bf3a7594c9e2c6|ba58ccf10e0ca6cdbe8b541a24ddc637</p>`,
		`<p class="img">3x2</p>`,
		`var s = "a\u0022b";`,
		`<p class="s">x[b]y|[1 22]|1</p>`, `<div class="hl"><pre class="chroma"><code><span class="line"><span class="cl"><span class="nx">x</span>`)
}

// TestShortcodeSiteTaxonomies: Hugo's .Site.Taxonomies in a shortcode (a
// theme's series list: range $key, $term := .Site.Taxonomies.series) gives
// the terms of the page's language by key, each with its pages; a page
// given the term later is listed after a rebuild, as after a clean build.
func TestShortcodeSiteTaxonomies(t *testing.T) {
	t.Parallel()
	site := strings.Replace(siteYAML, "taxonomies: [tags]", "taxonomies: [tags, series]", 1) + plainLayouts + `
-- layouts/shortcodes/series.html --
{{- $name := .Get 0 | urlize -}}
<ul>{{ range $key, $term := .Site.Taxonomies.series }}{{ if eq $key $name }}{{ range $term.Pages.ByDate }}<li>{{ .Title }}</li>{{ end }}({{ $term.Count }}, {{ $term.Page.Title }}){{ end }}{{ end }}</ul>
-- content/news/a.lv.md --
---
title: Pirmā
date: 2024-01-02
series: [Rīgas vēsture]
---
{{< series "Rīgas vēsture" >}}
-- content/news/b.lv.md --
---
title: Otrā
date: 2024-02-03
series: [Rīgas vēsture]
---
Teksts.
-- content/news/c.en.md --
---
title: English
date: 2024-01-05
series: [Rīgas vēsture]
---
Text.
`
	b := bt.Run(t, site)
	b.AssertFile("lv/jaunumi/a/index.html", "<ul><li>Pirmā</li><li>Otrā</li>(2, Rīgas vēsture)</ul>")

	r := bt.NewTree(t, site, true)
	r.Rebuild("a page given the term", r.Write("content/news/d.lv.md", "---\ntitle: Trešā\ndate: 2024-03-04\nseries: [Rīgas vēsture]\n---\n"))
}
