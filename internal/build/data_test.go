package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// dataSite keeps a list of partner universities in data/, as sites keep
// lists that shortcodes show: YAML, JSON and TOML files, in folders.
const dataSite = shortcodePagesSite + `
-- data/partners.yaml --
- {name: RTU, since: 2021, pinned: true}
- {name: LU, since: 2019}
- {name: DU, since: 2020}
-- data/contacts/lv.json --
{"email": "info@example.lv"}
-- data/contacts/en.toml --
email = "info@example.org"
-- data/notes.txt --
not a data file
-- layouts/shortcodes/partners.html --
<ul class="partners">{{ range sort (where site.Data.partners "pinned" "ne" true) "since" "desc" }}<li>{{ .name }} ({{ .since }})</li>{{ end }}</ul><p class="contact">{{ (index site.Data.contacts .Page.Lang).email }}</p>
-- content/docs/guide/use.lv.md --
---
title: Lietošana
---
{{< partners >}}
`

// TestSiteData: Hugo's data folder is read as .Site.Data, by folder and file
// name, and a shortcode that shows it is converted again when a data file
// changes, as a clean build would show it.
func TestSiteData(t *testing.T) {
	t.Parallel()
	tr := bt.NewTree(t, dataSite, false)
	page := func() string { return string(tr.Builder.Last().Files.Map()["lv/docs/guide/use/index.html"]) }
	for _, want := range []string{`<ul class="partners"><li>DU (2020)</li><li>LU (2019)</li></ul>`, `<p class="contact">info@example.lv</p>`} {
		if !strings.Contains(page(), want) {
			t.Errorf("the page lacks %s:\n%s", want, page())
		}
	}
	tr.Rebuild("a data file edited", tr.Edit("data/partners.yaml", "{name: LU, since: 2019}", "{name: LU, since: 2022}"))
	if want := `<li>LU (2022)</li><li>DU (2020)</li>`; !strings.Contains(page(), want) {
		t.Errorf("the edit is not shown: want %s in\n%s", want, page())
	}
	tr.Rebuild("a data file edited with a page", tr.Edit("data/contacts/lv.json", "info@", "birojs@"),
		tr.Edit("content/docs/guide/use.lv.md", "title: Lietošana", "title: Lietošanas kārtība"))
	if want := `<p class="contact">birojs@example.lv</p>`; !strings.Contains(page(), want) {
		t.Errorf("the edit is not shown: want %s in\n%s", want, page())
	}
}

// TestSiteDataErrors: a data file that cannot be decoded stops the build with
// its file and line.
func TestSiteDataErrors(t *testing.T) {
	t.Parallel()
	msg := bt.Fail(t, dataSite+"-- data/broken.yaml --\na: 1\nb: [2\n")
	if !strings.Contains(msg, "data/broken.yaml:2:") {
		t.Errorf("the error does not name the file and line:\n%s", msg)
	}
	msg = bt.Fail(t, dataSite+"-- data/broken.toml --\na = 1\nb = \n")
	if !strings.Contains(msg, "data/broken.toml:2:") {
		t.Errorf("the error does not name the file and line:\n%s", msg)
	}
}

// TestSiteDataSameKeyTwice: two files for one key (lv.json and lv.yaml) are
// not merged in silence: the first by name is read, the other left out with
// a warning naming both, as Hugo leaves it out.
func TestSiteDataSameKeyTwice(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, dataSite+"-- data/contacts/lv.yaml --\nemail: cits@example.lv\nphone: \"+371\"\n")
	if got := b.File("lv/docs/guide/use/index.html"); !strings.Contains(got, `<p class="contact">info@example.lv</p>`) {
		t.Errorf("the first file is not the one read:\n%s", got)
	}
	want := "data/contacts/lv.yaml: left out: data/contacts/lv.json gives .Site.Data.contacts.lv already; keep one of the two files"
	if got := b.Result.Warnings.Error(); !strings.Contains(got, want) {
		t.Errorf("warnings:\n%s\nwant %q", got, want)
	}
}

// TestSiteDataUnreadKinds: an XML data file (which Hugo reads) or a CSV one
// is left out with a warning naming the key a layout would look for, not in
// silence.
func TestSiteDataUnreadKinds(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, dataSite+"-- data/contacts/vi.xml --\n<email>lienhe@example.vn</email>\n-- data/kalendars.csv --\ndiena,notikums\n1,atklāšana\n")
	got := b.Result.Warnings.Error()
	for _, want := range []string{
		"data/contacts/vi.xml: left out: vestis reads data files written in YAML, JSON or TOML, so .Site.Data.contacts.vi is not this file; write it in one of those",
		"data/kalendars.csv: left out: vestis reads data files written in YAML, JSON or TOML, so .Site.Data.kalendars is not this file; write it in one of those",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("warnings:\n%s\nwant %q", got, want)
		}
	}
}

// TestBundleFileText: a shortcode shows a bundle file's text (.Content of
// the file) and decodes a data file of the bundle (transform.Unmarshal), as
// documentation themes show code and parameter tables; an edit of the file
// shows after a rebuild. A message no language has is empty, as Hugo's i18n
// gives it, with a warning.
func TestBundleFileText(t *testing.T) {
	t.Parallel()
	site := shortcodePagesSite + `
-- layouts/shortcodes/snippet.html --
{{- with .Page.Resources.GetMatch (printf "{code,codes}/%s" (.Get 0)) }}<pre class="snippet">{{ .Content }}</pre>{{ end -}}
-- layouts/shortcodes/params.html --
{{- with .Page.Resources.GetMatch (.Get 0) }}<ul class="params">{{ range transform.Unmarshal . }}<li>{{ .name }}: {{ default "string" .type }}</li>{{ end }}</ul>{{ end -}}
-- layouts/shortcodes/top.html --
<p class="top">{{ .Page.FirstSection.Title }} {{ default "none" (i18n "noSuchMessage") }}</p>
-- content/docs/guide/index.lv.md --
---
title: Rokasgrāmata
---
{{< snippet "main.go" >}}

{{< params "params.yaml" >}}

{{< top >}}
-- content/docs/guide/code/main.go --
package main // a < b
-- content/docs/guide/params.yaml --
- {name: families, type: array}
- {name: size}
`
	tr := bt.NewTree(t, site, false)
	page := func() string { return string(tr.Builder.Last().Files.Map()["lv/docs/guide/index.html"]) }
	for _, want := range []string{`<pre class="snippet">package main // a &lt; b`, `<ul class="params"><li>families: array</li><li>size: string</li></ul>`, `<p class="top">Dokumentācija none</p>`} {
		if !strings.Contains(page(), want) {
			t.Errorf("the page lacks %s:\n%s", want, page())
		}
	}
	if w := tr.Builder.Last().Warnings.Error(); !strings.Contains(w, `"noSuchMessage"`) {
		t.Errorf("no warning names the missing message:\n%s", w)
	}
	tr.Rebuild("the code edited", tr.Write("content/docs/guide/code/main.go", "package guide\n"))
	if !strings.Contains(page(), `<pre class="snippet">package guide`) {
		t.Errorf("the edit is not shown:\n%s", page())
	}
	tr.Rebuild("the parameters edited", tr.Edit("content/docs/guide/params.yaml", "{name: size}", "{name: size, type: number}"))
	if !strings.Contains(page(), `<li>size: number</li>`) {
		t.Errorf("the edit is not shown:\n%s", page())
	}
}

// TestNamesAsTyped: a data file, or a partial, whose name macOS saved with
// its accents apart (NFD) is found by the name as typed in a layout or
// shortcode (NFC), as on macOS itself; the data was no data at all, the
// partial "no such template".
func TestNamesAsTyped(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, shortcodePagesSite+"\n-- data/kontakti/ri\u0304ga.yaml --\n"+`email: riga@example.lv
`+"-- layouts/partials/karti\u0304te.html --\n"+`<b>{{ .Title }}</b>
-- layouts/shortcodes/contact.html --
<p class="contact">{{ site.Data.kontakti.rīga.email }}|{{ (index site.Data "kontakti" "rīga").email }}|{{ partial "kartīte.html" .Page }}</p>
-- layouts/docs/single.html --
<div class="card">{{ template "partials/kartīte.html" .Page }}</div>{{ .Page.Content }}
-- content/docs/guide/use.lv.md --
---
title: Lietošana
---
{{< contact >}}
`)
	got := b.File("lv/docs/guide/use/index.html")
	for _, want := range []string{`<p class="contact">riga@example.lv|riga@example.lv|<b>Lietošana</b>`, `<div class="card"><b>Lietošana</b>`} {
		if !strings.Contains(got, want) {
			t.Errorf("the page lacks %s:\n%s", want, got)
		}
	}
}
