package build_test

import (
	"bytes"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

const rebuildSite = siteYAML + `
-- content/_index.lv.md --
---
title: Sākums
---
Sveiki.
-- content/news/_index.lv.md --
---
title: Jaunumi
---
-- content/news/a.lv.md --
---
title: Pirmā ziņa
date: 2024-01-01
tags: [mit, erasmus]
---
Teksts ar saiti uz [otro](b.lv.md).
-- content/news/a.en.md --
---
title: First news
date: 2024-01-01
tags: [mit]
---
Text.
-- content/news/b.lv.md --
---
title: Otrā ziņa
date: 2024-02-01
---
Otrais teksts.
-- content/news/c/index.lv.md --
---
title: Ar attēlu
date: 2023-06-01
---
![attēls](foto.svg)
-- content/news/c/foto.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- content/programs/p.lv.md --
---
title: Programma
status: open
deadline: 2024-05-01
events: [{date: 2024-03-01, title: Sākums}]
---
Apraksts.
-- layouts/partials/extra.html --
<p class="extra">extra</p>
-- static/css/site.css --
body{}
`

// TestRebuildSameAsCleanBuild applies every kind of edit and checks that the
// rebuilt output is byte for byte a clean build's, removed files included.
func TestRebuildSameAsCleanBuild(t *testing.T) {
	for _, minify := range []bool{false, true} {
		t.Run(fmt.Sprintf("minify=%v", minify), func(t *testing.T) { testRebuildEdits(t, minify) })
	}
}

func testRebuildEdits(t *testing.T, minify bool) {
	r := bt.NewTree(t, rebuildSite, minify)
	r.Rebuild("body", r.Edit("content/news/b.lv.md", "Otrais teksts.", "Otrais teksts, labots."))
	r.Rebuild("body with a new link", r.Edit("content/news/a.lv.md", "[otro](b.lv.md).", "[otro](b.lv.md) un [programmu](../programs/p.lv.md)."))
	r.Rebuild("body of a bundle", r.Edit("content/news/c/index.lv.md", "![attēls](foto.svg)", "Jauns teksts.\n\n![attēls](foto.svg)"))
	r.Rebuild("body with a broken link", r.Edit("content/news/b.lv.md", "Otrais teksts, labots.", "[nekas](nav.md)"))
	r.Rebuild("link fixed", r.Edit("content/news/b.lv.md", "[nekas](nav.md)", "Otrais teksts, labots."))
	r.Rebuild("summary marker", r.Edit("content/news/b.lv.md", "Otrais teksts, labots.", "Īsi.\n\n<!--more-->\n\nGarāk."))
	r.Rebuild("title", r.Edit("content/news/b.lv.md", "title: Otrā ziņa", "title: Otrā ziņa (labota)"))
	r.Rebuild("date", r.Edit("content/news/b.lv.md", "date: 2024-02-01", "date: 2023-02-01"))
	r.Rebuild("slug", r.Edit("content/news/b.lv.md", "date: 2023-02-01", "date: 2023-02-01\nslug: otra"))
	r.Rebuild("tags", r.Edit("content/news/a.lv.md", "tags: [mit, erasmus]", "tags: [mit, jauns]"))
	r.Rebuild("draft", r.Edit("content/news/a.en.md", "tags: [mit]", "tags: [mit]\ndraft: true"))
	r.Rebuild("summary", r.Edit("content/news/a.lv.md", "---\nTeksts", "summary: Īsi.\n---\nTeksts"))
	r.Rebuild("status", r.Edit("content/programs/p.lv.md", "status: open", "status: closed"))
	r.Rebuild("deadline", r.Edit("content/programs/p.lv.md", "deadline: 2024-05-01", "deadline: 2024-06-01"))
	r.Rebuild("event", r.Edit("content/programs/p.lv.md", "title: Sākums", "title: Atvēršana"))
	r.Write("content/news/b.vi.md", "---\ntitle: Tin thứ hai\n---\nNội dung.\n")
	r.Rebuild("add a translation", "content/news/b.vi.md")
	r.Rebuild("delete", r.Remove("content/news/b.vi.md")...)
	r.Rebuild("rename (the link to it breaks)", r.Rename("content/news/b.lv.md", "content/news/d.lv.md")...)
	r.Rebuild("fix the link", r.Edit("content/news/a.lv.md", "(b.lv.md)", "(d.lv.md)"))
	r.Write("layouts/news/single.html", `{{ define "main" }}<h1>{{ .Page.Title }}</h1>{{ template "partials/extra.html" . }}{{ .Page.Content }}{{ end }}`)
	r.Rebuild("layout", "layouts/news/single.html")
	r.Rebuild("partial", r.Edit("layouts/partials/extra.html", "extra</p>", "more</p>"))
	r.Write("i18n/lv.yaml", "readMore: \"Lasīt tālāk\"\nsection:\n  news: \"Ziņas\"\n")
	r.Rebuild("i18n", "i18n/lv.yaml")
	r.Rebuild("static", r.Edit("static/css/site.css", "body{}", "body{color:red}"))
	r.Rebuild("bundle image", r.Edit("content/news/c/foto.svg", "/>", "><rect/></svg>"))
	r.Rebuild("delete static", r.Remove("static/css/site.css")...)
	r.Rebuild("site.yaml", r.Edit("site.yaml", "title: Vēstis", "title: Vēstis 2"))
	r.Rebuild("bad front matter", r.Edit("content/news/a.lv.md", "title: Pirmā ziņa", "title: [Pirmā"))
	r.Rebuild("fixed", r.Edit("content/news/a.lv.md", "title: [Pirmā", "title: Pirmā"))
}

// TestRebuildLayoutEdit: a save of a layout file renders again the pages
// whose layouts run it, and keeps the others as they were rendered.
func TestRebuildLayoutEdit(t *testing.T) {
	r := bt.NewTree(t, rebuildSite, true)
	all := r.Builder.Rendered()
	r.Rebuild("a layout of the news", r.Write("layouts/news/single.html", `{{ define "main" }}<h1>{{ .Page.Title }}</h1>{{ template "partials/extra.html" . }}{{ .Page.Content }}{{ end }}`))
	news := r.Builder.Rendered()
	if news == 0 || news > all/2 {
		t.Errorf("a new layout of the news rendered %d pages of %d, want the news articles alone", news, all)
	}
	r.Rebuild("a partial only it runs", r.Edit("layouts/partials/extra.html", "extra</p>", "more</p>"))
	if n := r.Builder.Rendered(); n != news {
		t.Errorf("a partial of the news articles' layout rendered %d pages, want their %d", n, news)
	}
	footer, err := fs.ReadFile(vestis.Theme(), "layouts/partials/footer.html")
	if err != nil {
		t.Fatal(err)
	}
	r.Rebuild("a partial every page runs", r.Write("layouts/partials/footer.html", strings.Replace(string(footer), "</footer>", "<p>Jauns.</p></footer>", 1)))
	if n := r.Builder.Rendered(); n != all {
		t.Errorf("the footer rendered %d pages, want all %d", n, all)
	}
	r.Rebuild("a layout file removed", r.Remove("layouts/news/single.html")...)
	if n := r.Builder.Rendered(); n != news {
		t.Errorf("removing the news articles' layout rendered %d pages, want their %d", n, news)
	}
}

// TestRebuildMessagesEdit: a save of a language's messages renders again
// the pages of the languages that read them (the language itself, and every
// language for a message of the default language that another lacks, which
// it falls back to), and keeps the others as they were rendered.
func TestRebuildMessagesEdit(t *testing.T) {
	r := bt.NewTree(t, rebuildSite, true)
	all := r.Builder.Rendered()
	r.Rebuild("an English message", r.Write("i18n/en.yaml", "readMore: \"Read on\"\n"))
	en := r.Builder.Rendered()
	if en == 0 || en > all/2 {
		t.Errorf("an English message rendered %d pages of %d, want the English pages and the 404 page", en, all)
	}
	r.Rebuild("a Latvian message, the default language's", r.Write("i18n/lv.yaml", "readMore: \"Lasīt tālāk\"\nsiteNote: \"Piezīme\"\n"))
	if n := r.Builder.Rendered(); n != all {
		t.Errorf("a message of the default language that English lacks rendered %d pages, want all %d", n, all)
	}
	r.Rebuild("a Latvian message English has too", r.Edit("i18n/lv.yaml", "Lasīt tālāk", "Lasīt vairāk"))
	if n := r.Builder.Rendered(); n == 0 || n >= all {
		t.Errorf("a message of the default language every language has rendered %d pages of %d, want the Latvian pages", n, all)
	}
	r.Rebuild("a Latvian message English lacks", r.Edit("i18n/lv.yaml", "Piezīme", "Cita piezīme"))
	if n := r.Builder.Rendered(); n != all {
		t.Errorf("a message of the default language that English lacks rendered %d pages, want all %d", n, all)
	}
	r.Rebuild("the English messages removed", r.Remove("i18n/en.yaml")...)
	if n := r.Builder.Rendered(); n != en {
		t.Errorf("removing the English messages rendered %d pages, want the %d English ones", n, en)
	}
}

// TestRebuildFooterPageText: a save of the text of a page the footer links
// to renders that page alone, not every page whose footer links it; a save
// of its title renders them all, each showing the new title.
func TestRebuildFooterPageText(t *testing.T) {
	r := bt.NewTree(t, strings.Replace(rebuildSite, "taxonomies: [tags]\n", "taxonomies: [tags]\nfooter:\n  - page: pieejamiba\n", 1)+`-- content/pieejamiba.lv.md --
---
title: Pieejamība
---
Vietne ir pieejama.
`, true)
	all := r.Builder.Rendered()
	r.Rebuild("the text of the footer's page", r.Edit("content/pieejamiba.lv.md", "ir pieejama", "ir labi pieejama"))
	if n := r.Builder.Rendered(); n == 0 || n > 2 {
		t.Errorf("the text of the footer's page rendered %d pages, want the page itself", n)
	}
	r.Rebuild("the title of the footer's page", r.Edit("content/pieejamiba.lv.md", "title: Pieejamība", "title: Piekļūstamība"))
	if n := r.Builder.Rendered(); n < all/3 {
		t.Errorf("the title of the footer's page rendered %d pages of %d, want every Latvian page", n, all)
	}
	if home := r.Builder.Last().Files.Map()["lv/index.html"]; !strings.Contains(string(home), "Piekļūstamība") {
		t.Error("the Latvian home page's footer does not show the new title")
	}
}

// TestRebuildDataEdit: a save of a data file renders again the pages whose
// layouts read .Site.Data, and keeps the others.
func TestRebuildDataEdit(t *testing.T) {
	r := bt.NewTree(t, rebuildSite+`-- data/contact.yaml --
phone: "+371 1"
-- layouts/programs/single.html --
{{ define "main" }}<h1>{{ .Page.Title }}</h1><p>{{ .Site.Data.contact.phone }}</p>{{ end }}
`, true)
	all := r.Builder.Rendered()
	r.Rebuild("a data file the programmes' layout reads", r.Edit("data/contact.yaml", "+371 1", "+371 2"))
	if n := r.Builder.Rendered(); n == 0 || n > all/4 {
		t.Errorf("a data file rendered %d pages of %d, want the programme's", n, all)
	}
}

// TestRebuildRendersLittle checks that a body edit re-renders only the pages
// that show it, not the whole site.
func TestRebuildRendersLittle(t *testing.T) {
	r := bt.NewTree(t, rebuildSite, false)
	before := r.Builder.Last()
	r.Edit("content/news/b.lv.md", "Otrais teksts.", "Cits teksts.")
	res, d, err := r.Builder.Rebuild([]string{"content/news/b.lv.md"})
	if err != nil {
		t.Fatal(err)
	}
	if n := r.Builder.Rendered(); n == 0 || n > 8 {
		t.Errorf("a body edit rendered %d pages, want the page and the few lists that show it", n)
	}
	// The diff the dev server sends to browsers names exactly the files that changed.
	var want []string
	for _, p := range res.Paths {
		if !bytes.Equal(before.Files.Map()[p], res.Files.Map()[p]) {
			want = append(want, p)
		}
	}
	if !slices.Contains(want, "lv/jaunumi/b/index.html") || !slices.Equal(d.Changed, want) || len(d.Removed) > 0 {
		t.Errorf("diff = %v, removed %v; want changed %v", d.Changed, d.Removed, want)
	}
}

// TestRebuildFallbackPages keeps fallback pages right through edits: the body of
// a page shown as a fallback, a new translation replacing a fallback, and its removal.
func TestRebuildFallbackPages(t *testing.T) {
	r := bt.NewTree(t, fallbackSite, true)
	r.Rebuild("body of a page with fallbacks", r.Edit("content/news/tikai-lv.lv.md", "Latviešu teksts.", "Latviešu teksts, labots."))
	r.Rebuild("title of a page with fallbacks", r.Edit("content/news/tikai-lv.lv.md", "title: Tikai latviski", "title: Tikai latviski!"))
	r.Write("content/news/tikai-lv.en.md", "---\ntitle: Now in English\ndate: 2024-01-03\n---\nEnglish.\n")
	r.Rebuild("a translation replaces the fallback", "content/news/tikai-lv.en.md")
	r.Rebuild("the translation is removed", r.Remove("content/news/tikai-lv.en.md")...)
}

// TestRebuildDeleteAndRestore deletes a page that another links to, which
// fails the build, and restores it (as git stash pop does): the next saves,
// of any kind, build as a clean build does.
func TestRebuildDeleteAndRestore(t *testing.T) {
	r := bt.NewTree(t, rebuildSite, true)
	data := r.Read("content/news/b.lv.md")
	r.Rebuild("delete a linked page", r.Remove("content/news/b.lv.md")...)
	r.Write("content/news/b.lv.md", data)
	r.Rebuild("restore it", "content/news/b.lv.md")
	r.Rebuild("then a partial", r.Edit("layouts/partials/extra.html", "extra</p>", "more</p>"))
	r.Rebuild("then a body", r.Edit("content/news/a.lv.md", "Teksts ar", "Teksts, labots, ar"))
	r.Rebuild("then static", r.Edit("static/css/site.css", "body{}", "body{color:red}"))
}

// TestRebuildDeleteAndRestoreSeparately is the same when the restore comes as
// a batch of its own after a failed build of the deletion, and then a save of
// something other than content.
func TestRebuildDeleteAndRestoreSeparately(t *testing.T) {
	r := bt.NewTree(t, rebuildSite, true)
	data := r.Read("content/news/b.lv.md")
	r.Rebuild("delete a linked page", r.Remove("content/news/b.lv.md")...)
	r.Write("content/news/b.lv.md", data)
	r.Rebuild("a partial while it is restored", r.Edit("layouts/partials/extra.html", "extra</p>", "more</p>"))
	r.Rebuild("an i18n file", "layouts/partials/extra.html")
}

// TestRebuildPaginatedCalendar: with one programme per list page, the
// programme with dates is on page 2; removing its deadline must drop the
// section calendar's link from page 1 too, as a clean build does.
func TestRebuildPaginatedCalendar(t *testing.T) {
	r := bt.NewTree(t, siteYAML+"paginate: 1\n"+`
-- content/programs/a.lv.md --
---
title: A
weight: 1
status: open
---
-- content/programs/b.lv.md --
---
title: B
weight: 2
status: open
deadline: 2030-05-01
---
`, false)
	r.Rebuild("remove the deadline", r.Edit("content/programs/b.lv.md", "deadline: 2030-05-01\n", ""))
	r.Rebuild("put it back", r.Edit("content/programs/b.lv.md", "status: open\n", "status: open\ndeadline: 2030-05-01\n"))
}

// TestRebuildImageRemoved: a page whose Markdown did not change still fails a
// rebuild, as a clean build does, when an image it names outside its own
// bundle (static/, another bundle) is removed; and builds again when it is back.
func TestRebuildImageRemoved(t *testing.T) {
	r := bt.NewTree(t, rebuildSite+`
-- static/img/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
`, true)
	r.Rebuild("images outside the bundle", r.Edit("content/news/b.lv.md", "Otrais teksts.", "![logo](/img/logo.svg) ![c](../c/foto.svg)"))
	for _, p := range []string{"lv/jaunumi/c/foto.svg", "img/logo.svg"} {
		if _, ok := r.Clean().Files.Map()[p]; !ok {
			t.Fatalf("%s is not published", p)
		}
	}
	r.Rebuild("static image removed", r.Remove("static/img/logo.svg")...)
	if _, _, err := r.Builder.Rebuild(nil); err == nil || !strings.Contains(err.Error(), `content/news/b.lv.md:5: image "/img/logo.svg": there is no static/img/logo.svg`) {
		t.Errorf("rebuild after the image was removed: %v", err)
	}
	r.Write("static/img/logo.svg", `<svg xmlns="http://www.w3.org/2000/svg"/>`)
	r.Rebuild("static image back", "static/img/logo.svg")
	r.Rebuild("the other bundle's image removed", append(r.Remove("content/news/c/foto.svg"), r.Edit("content/news/c/index.lv.md", "![attēls](foto.svg)", "Teksts."))...)
}

// TestRebuildSectionBodyInFeed: a section's feed describes the section with the
// summary of its _index page, so a body-only edit of that page must reach the
// feed, as a clean build has it.
func TestRebuildSectionBodyInFeed(t *testing.T) {
	for _, tc := range []struct{ name, file string }{
		{"section", "content/news/_index.lv.md"},
		{"home", "content/_index.lv.md"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := bt.NewTree(t, rebuildSite, false)
			r.Rebuild("body of an _index page", r.Write(tc.file, "---\ntitle: Virsraksts\n---\nJauns apraksts.\n"))
			r.Rebuild("again", r.Edit(tc.file, "Jauns apraksts.", "Cits apraksts."))
		})
	}
}

// TestRebuildSharingCard: a title edit, which takes the fast path, draws that
// page's card again, and only it; a section's title is on the cards of its
// pages, so they are drawn again too. Each rebuild is a clean build's, the
// cards' bytes included.
func TestRebuildSharingCard(t *testing.T) {
	r := bt.NewTree(t, rebuildSite, true)
	o := r.Options
	o.CardCount = new(atomic.Int64)
	o.PhotoCache = "" // every card this Builder does not keep is drawn
	b := build.NewBuilder(o)
	first, _, err := b.Rebuild(nil)
	if err != nil {
		t.Fatal(err)
	}
	drawn := o.CardCount.Load()
	const card = "lv/jaunumi/b/og.png"
	if _, ok := first.Files.Map()[card]; !ok || drawn < 5 {
		t.Fatalf("first build drew %d cards and no %s", drawn, card)
	}
	r.Rebuild("title", r.Edit("content/news/b.lv.md", "title: Otrā ziņa", "title: Otrā ziņa, labota"))
	res, d, err := b.Rebuild([]string{"content/news/b.lv.md"})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(res.Files.Map()[card], first.Files.Map()[card]) || !slices.Contains(d.Changed, card) {
		t.Errorf("the card of a page whose title changed is the same")
	}
	if got := o.CardCount.Load() - drawn; got != 1 {
		t.Errorf("a title edit drew %d cards, want 1", got)
	}
	if !bytes.Equal(res.Files.Map()[card], r.Clean().Files.Map()[card]) {
		t.Errorf("%s differs from a clean build's", card)
	}
	drawn = o.CardCount.Load()
	r.Rebuild("section title", r.Edit("content/news/_index.lv.md", "title: Jaunumi", "title: Ziņas"))
	if _, _, err := b.Rebuild([]string{"content/news/_index.lv.md"}); err != nil {
		t.Fatal(err)
	}
	// The section's card, and those of a, b and c below it.
	if got := o.CardCount.Load() - drawn; got != 4 {
		t.Errorf("a section's title edit drew %d cards, want 4", got)
	}
	drawn = o.CardCount.Load()
	r.Rebuild("body", r.Edit("content/news/b.lv.md", "Otrais teksts.", "Cits teksts."))
	if _, _, err := b.Rebuild([]string{"content/news/b.lv.md"}); err != nil {
		t.Fatal(err)
	}
	if got := o.CardCount.Load() - drawn; got != 0 {
		t.Errorf("a body edit drew %d cards, want none", got)
	}
}

// TestRebuildLazyCards: with the cards left as recipes (vestis serve), a
// title edit still gives a clean build's outputs, the card's recipe included.
func TestRebuildLazyCards(t *testing.T) {
	r := bt.NewTree(t, rebuildSite, true)
	r.Options.LazyCards = true
	r.Builder = build.NewBuilder(r.Options)
	if _, _, err := r.Builder.Rebuild(nil); err != nil {
		t.Fatal(err)
	}
	r.Rebuild("title", r.Edit("content/news/b.lv.md", "title: Otrā ziņa", "title: Otrā ziņa, labota"))
	r.Rebuild("section title", r.Edit("content/news/_index.lv.md", "title: Jaunumi", "title: Ziņas"))
}

// TestRebuildKeptFeedsMinifiedOnce: the feeds a rebuild keeps are minified
// from the bytes rendered, not from what minifying them in place last time
// left: text that minifying shortens (an apostrophe the XML encoder wrote as
// an entity, a run of spaces) came out with its last letters twice.
func TestRebuildKeptFeedsMinifiedOnce(t *testing.T) {
	r := bt.NewTree(t, rebuildSite+`
-- content/news/d.lv.md --
---
title: Ceturtā ziņa
date: 2024-03-01
---
Don't miss the [Hugo-extended](https://gohugo.io/) version
of the guide.
`, true)
	r.Rebuild("a static file", r.Write("static/robots.txt", "User-agent: *\n"))
	r.Rebuild("a body", r.Edit("content/news/b.lv.md", "Otrais", "Trešais"))
}

// TestRebuildOtherLanguagesHome: the root 404 page links every language's
// home page, so a home page's new address is there after the rebuild.
func TestRebuildOtherLanguagesHome(t *testing.T) {
	r := bt.NewTree(t, rebuildSite+`
-- content/_index.en.md --
---
title: Home
---
Hello.
`, true)
	r.Rebuild("the English home page's address", r.Edit("content/_index.en.md", "title: Home", "title: Home\nurl: /english/"))
}

// TestRebuildNeighboursOfListedPages keeps a list right when its cards show
// what a listed page reaches beyond itself: its section's title, its
// translations, its ancestors and its section's subsections. A list's
// signature holds its pages; what they lead to must be in it too.
func TestRebuildNeighboursOfListedPages(t *testing.T) {
	r := bt.NewTree(t, rebuildSite+`
-- layouts/partials/card.html --
{{- $p := .Page -}}
<article><h2>{{ $p.Title }}</h2>
<p class="parent">{{ with $p.Parent }}{{ .Title }}{{ end }}</p>
{{- range $p.Translations }}<p class="tr">{{ .Title }}</p>{{ end }}
{{- range $p.Ancestors }}<p class="anc">{{ .Title }}</p>{{ end }}
{{- with $p.Parent }}{{ range .Sections }}<p class="sub">{{ .Title }}</p>{{ end }}{{ end }}
</article>
`, false)
	r.Rebuild("section title", r.Edit("content/news/_index.lv.md", "title: Jaunumi", "title: Jaunumi un ziņas"))
	r.Rebuild("translation title", r.Edit("content/news/a.en.md", "title: First news", "title: First news, edited"))
	r.Rebuild("home title", r.Edit("content/_index.lv.md", "title: Sākums", "title: Mājas"))
	r.Write("content/news/sub/_index.lv.md", "---\ntitle: Apakšsadaļa\n---\n")
	r.Rebuild("new subsection", "content/news/sub/_index.lv.md")
	r.Rebuild("subsection title", r.Edit("content/news/sub/_index.lv.md", "title: Apakšsadaļa", "title: Apakšsadaļa 2"))
	r.Rebuild("translation body", r.Edit("content/news/a.en.md", "Text.", "Other text."))
}

// TestRebuildTermPageTitle keeps the pages that show a term by its page's
// title right when the term's own _index file changes that title.
func TestRebuildTermPageTitle(t *testing.T) {
	r := bt.NewTree(t, rebuildSite+`
-- content/tags/mit/_index.lv.md --
---
title: MIT J-WEL
---
-- layouts/partials/extra.html --
{{ range .Page.Terms "tags" }}<p class="term">{{ .Page.Title }}</p>{{ end }}
-- layouts/news/single.html --
{{ define "main" }}<h1>{{ .Page.Title }}</h1>{{ template "partials/extra.html" . }}{{ .Page.Content }}{{ end }}
`, false)
	if !strings.Contains(string(r.Builder.Last().Files.Map()["lv/jaunumi/a/index.html"]), "MIT J-WEL") {
		t.Fatal("the page does not show its term's title")
	}
	r.Rebuild("term page title", r.Edit("content/tags/mit/_index.lv.md", "title: MIT J-WEL", "title: MIT J-WEL programma"))
}
