package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// htmlContentSite has a page written in HTML, as Hugo reads .html content
// files: front matter, then a body published as written (Markdown syntax in
// it stays text), with a shortcode; a bundle whose .html file is one of its
// files, not a page; and a section list that shows the HTML page's summary.
const htmlContentSite = siteYAML + plainLayouts + `-- layouts/shortcodes/note.html --
<aside class="note">{{ .Inner }}</aside>
-- layouts/docs/list.html --
{{define "main"}}<h1>{{.Page.Title}}</h1>{{range .Pages}}<article><a href="{{.RelPermalink}}">{{.Title}}</a><div class="summary">{{.Summary}}</div></article>{{end}}{{end}}
-- content/docs/_index.lv.md --
---
title: Jaunumi
---
-- content/docs/tabula.lv.html --
---
title: Tabula
date: 2024-01-02
---
<table class="fees"><tr><td>*nav* Markdown</td></tr></table>
{{< note >}}Piezīme{{< /note >}}
<p><a href="/lv/docs/">Saraksts</a> <a href="/lv/docs/nekas/">nekas</a> <a href="https://example.com/">cits</a></p>
-- content/docs/tabula.en.html --
---
title: Table
date: 2024-01-02
---
<p class="en">English <b>table</b></p>
-- content/docs/demo/index.lv.md --
---
title: Demo
date: 2024-01-01
---
Skat. [demo](demo.html).
-- content/docs/demo/demo.html --
<!DOCTYPE html><title>demo</title><p>as written</p>
`

// TestHTMLContent: an .html content file is a page whose body is its HTML as
// written, shortcodes run, translations linked; its summary is its text; an
// .html file inside a bundle is published beside the page as it is.
func TestHTMLContent(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, htmlContentSite)
	doc := b.HTML("lv/docs/tabula/index.html")
	if got := bt.Find(doc, "h1"); len(got) != 1 || bt.Text(got[0]) != "Tabula" {
		t.Errorf("title: got %d h1", len(got))
	}
	cells := bt.Find(doc, "td")
	if len(cells) != 1 || bt.Text(cells[0]) != "*nav* Markdown" {
		t.Errorf("the HTML body is not as written: %q", b.File("lv/docs/tabula/index.html"))
	}
	if len(bt.Find(doc, "table", "class=fees")) != 1 || len(bt.Find(doc, "em")) != 0 {
		t.Errorf("the table was changed or its text read as Markdown")
	}
	if notes := bt.Find(doc, "aside", "class=note"); len(notes) != 1 || bt.Text(notes[0]) != "Piezīme" {
		t.Errorf("the shortcode did not run: %q", b.File("lv/docs/tabula/index.html"))
	}
	if alt := bt.Find(doc, "link", "hreflang=en"); len(alt) != 1 || !strings.HasSuffix(bt.Attr(alt[0], "href"), "/en/docs/tabula/") {
		t.Errorf("no link to the English translation")
	}
	if got := bt.Find(b.HTML("en/docs/tabula/index.html"), "p", "class=en"); len(got) != 1 || bt.Text(got[0]) != "English table" {
		t.Errorf("English page: %q", b.File("en/docs/tabula/index.html"))
	}
	list := b.HTML("lv/docs/index.html")
	var summaries []string
	for _, d := range bt.Find(list, "div", "class=summary") {
		summaries = append(summaries, bt.Text(d))
	}
	if !strings.Contains(strings.Join(summaries, "|"), "*nav* Markdown Piezīme") {
		t.Errorf("the list's summaries = %q, want the HTML page's text", summaries)
	}
	if got := b.File("lv/docs/demo/demo.html"); got != "<!DOCTYPE html><title>demo</title><p>as written</p>\n" {
		t.Errorf("a bundle's .html file is not copied as it is: %q", got)
	}
	b.AssertNoFile("lv/docs/demo/demo/index.html")
	// Its links are published as written, and checked.
	if got, want := b.Result.Warnings.Error(), `content/docs/tabula.lv.html:7: link to "/lv/docs/nekas/": nothing is published at /lv/docs/nekas/`; got != want {
		t.Errorf("warnings:\n%s\nwant\n%s", got, want)
	}
}

// TestHTMLContentWithoutFrontMatter: an .html file with no front matter
// (a report saved beside a section's pages) is no page: it is published as
// it is at its place below its language's root, as Hugo publishes it, and a
// page's link to it leads somewhere.
func TestHTMLContentWithoutFrontMatter(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+`-- content/docs/_index.lv.md --
---
title: Dokumenti
---
Skatiet [pārskatu](raw.html).
-- content/docs/raw.html --
<html><body>raw</body></html>
-- content/docs/raw.en.html --
<html><body>raw in English</body></html>
`)
	if got := b.File("lv/docs/raw.html"); got != "<html><body>raw</body></html>\n" {
		t.Errorf("lv/docs/raw.html = %q, want the file as written", got)
	}
	if got := b.File("en/docs/raw.html"); got != "<html><body>raw in English</body></html>\n" {
		t.Errorf("en/docs/raw.html = %q, want the English file as written", got)
	}
	b.AssertNoFile("lv/docs/raw/index.html")
	if w := b.Result.Warnings.Error(); strings.Contains(w, "raw.html") {
		t.Errorf("warnings name the file:\n%s", w)
	}
}

// TestRebuildHTMLContent: saving, adding and removing .html content files
// rebuilds as a clean build does.
func TestRebuildHTMLContent(t *testing.T) {
	r := bt.NewTree(t, htmlContentSite, true)
	r.Rebuild("body", r.Edit("content/docs/tabula.lv.html", "Markdown", "HTML"))
	r.Rebuild("title", r.Edit("content/docs/tabula.en.html", "title: Table", "title: Fees"))
	r.Rebuild("added", r.Write("content/docs/jauna.lv.html", "---\ntitle: Jauna\n---\n<p>jauna</p>\n"))
	r.Rebuild("removed", r.Remove("content/docs/tabula.en.html")...)
	// A file without front matter is copied; given some, it is a page.
	r.Rebuild("raw added", r.Write("content/docs/atskaite.lv.html", "<p>atskaite</p>\n"))
	r.Rebuild("raw made a page", r.Edit("content/docs/atskaite.lv.html", "<p>atskaite</p>", "---\ntitle: Atskaite\n---\n<p>atskaite</p>"))
	r.Rebuild("page made raw", r.Edit("content/docs/atskaite.lv.html", "---\ntitle: Atskaite\n---\n", ""))
}

// TestSummaryCutFromRawHTML: raw HTML the author balanced across
// <!--more--> is cut open by it; the summary a list shows closes what it
// opened, so its table does not take in the cards after it and the page's
// end, and leaves out an end tag that would close the layout's element.
func TestSummaryCutFromRawHTML(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, strings.Replace(siteYAML, "taxonomies: [tags]\n", "taxonomies: [tags]\nmarkdown: {unsafe: true}\n", 1)+plainLayouts+`-- layouts/news/list.html --
{{define "main"}}<h1>{{.Page.Title}}</h1>{{range .Pages}}<article><a href="{{.RelPermalink}}">{{.Title}}</a><div class="summary">{{.Summary}}</div></article>{{end}}<footer>beigas</footer>{{end}}
-- content/news/_index.lv.md --
---
title: Jaunumi
---
-- content/news/a.lv.md --
---
title: A
date: 2024-01-02
---
<div class="cenas"><table><tr><td>Biļete: 5 eiro

<!--more-->

Bērniem: 2 eiro</td></tr></table></div>
-- content/news/b.lv.md --
---
title: B
date: 2024-01-01
---
<span>Sākums</span></div>

<!--more-->

Beigas.
`)
	b.AssertFile("lv/jaunumi/index.html",
		`<div class="summary"><div class="cenas"><table><tr><td>Biļete: 5 eiro</td></tr></table></div></div></article>`,
		`<div class="summary"><p><span>Sākums</span></p></div></article>`)
}
