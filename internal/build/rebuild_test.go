package build_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

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

// rebuilder is a site in a temporary folder with a Builder on it.
type rebuilder struct {
	t       *testing.T
	root    string
	opts    build.Options
	builder *build.Builder
}

func newRebuilder(t *testing.T, minify bool) *rebuilder {
	return newRebuilderOf(t, rebuildSite, minify)
}

func newRebuilderOf(t *testing.T, archive string, minify bool) *rebuilder {
	t.Helper()
	root := t.TempDir()
	for name, f := range bt.Site(archive) {
		bt.WriteFile(t, root, name, string(f.Data))
	}
	o := build.Options{Site: os.DirFS(root), Theme: vestis.Theme(), Minify: &minify, Now: bt.Now}
	r := &rebuilder{t: t, root: root, opts: o, builder: build.NewBuilder(o)}
	if _, _, err := r.builder.Rebuild(nil); err != nil {
		t.Fatal(err)
	}
	return r
}

// check rebuilds after changes and compares with a clean build of the tree.
func (r *rebuilder) check(what string, changes ...string) {
	r.t.Helper()
	got, _, gerr := r.builder.Rebuild(changes)
	want, werr := build.Build(r.opts)
	if (gerr != nil) != (werr != nil) {
		r.t.Fatalf("%s: rebuild error %v, clean build error %v", what, gerr, werr)
	}
	if werr != nil {
		return
	}
	if diff := cmp.Diff(want.Paths, got.Paths); diff != "" {
		r.t.Fatalf("%s: output files differ from a clean build (-clean +rebuild):\n%s", what, diff)
	}
	for _, p := range want.Paths {
		if string(want.Files[p]) != string(got.Files[p]) {
			r.t.Fatalf("%s: %s differs from a clean build:\n%s", what, p, cmp.Diff(string(want.Files[p]), string(got.Files[p])))
		}
	}
}

func (r *rebuilder) edit(name, old, new string) string {
	r.t.Helper()
	data, err := os.ReadFile(filepath.Join(r.root, name))
	if err != nil {
		r.t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		r.t.Fatalf("%s does not contain %q", name, old)
	}
	bt.WriteFile(r.t, r.root, name, strings.Replace(string(data), old, new, 1))
	return name
}

func (r *rebuilder) remove(name string) string {
	r.t.Helper()
	if err := os.Remove(filepath.Join(r.root, name)); err != nil {
		r.t.Fatal(err)
	}
	return name
}

// TestRebuildSameAsCleanBuild applies every kind of edit and checks that the
// rebuilt output is byte for byte a clean build's, removed files included.
func TestRebuildSameAsCleanBuild(t *testing.T) {
	for _, minify := range []bool{false, true} {
		t.Run(fmt.Sprintf("minify=%v", minify), func(t *testing.T) { testRebuildEdits(t, minify) })
	}
}

func testRebuildEdits(t *testing.T, minify bool) {
	r := newRebuilder(t, minify)
	r.check("body", r.edit("content/news/b.lv.md", "Otrais teksts.", "Otrais teksts, labots."))
	r.check("body with a new link", r.edit("content/news/a.lv.md", "[otro](b.lv.md).", "[otro](b.lv.md) un [programmu](../programs/p.lv.md)."))
	r.check("body of a bundle", r.edit("content/news/c/index.lv.md", "![attēls](foto.svg)", "Jauns teksts.\n\n![attēls](foto.svg)"))
	r.check("body with a broken link", r.edit("content/news/b.lv.md", "Otrais teksts, labots.", "[nekas](nav.md)"))
	r.check("link fixed", r.edit("content/news/b.lv.md", "[nekas](nav.md)", "Otrais teksts, labots."))
	r.check("summary marker", r.edit("content/news/b.lv.md", "Otrais teksts, labots.", "Īsi.\n\n<!--more-->\n\nGarāk."))
	r.check("title", r.edit("content/news/b.lv.md", "title: Otrā ziņa", "title: Otrā ziņa (labota)"))
	r.check("date", r.edit("content/news/b.lv.md", "date: 2024-02-01", "date: 2023-02-01"))
	r.check("slug", r.edit("content/news/b.lv.md", "date: 2023-02-01", "date: 2023-02-01\nslug: otra"))
	r.check("tags", r.edit("content/news/a.lv.md", "tags: [mit, erasmus]", "tags: [mit, jauns]"))
	r.check("draft", r.edit("content/news/a.en.md", "tags: [mit]", "tags: [mit]\ndraft: true"))
	r.check("summary", r.edit("content/news/a.lv.md", "---\nTeksts", "summary: Īsi.\n---\nTeksts"))
	r.check("status", r.edit("content/programs/p.lv.md", "status: open", "status: closed"))
	r.check("deadline", r.edit("content/programs/p.lv.md", "deadline: 2024-05-01", "deadline: 2024-06-01"))
	r.check("event", r.edit("content/programs/p.lv.md", "title: Sākums", "title: Atvēršana"))
	bt.WriteFile(t, r.root, "content/news/b.vi.md", "---\ntitle: Tin thứ hai\n---\nNội dung.\n")
	r.check("add a translation", "content/news/b.vi.md")
	r.check("delete", r.remove("content/news/b.vi.md"))
	if err := os.Rename(filepath.Join(r.root, "content/news/b.lv.md"), filepath.Join(r.root, "content/news/d.lv.md")); err != nil {
		t.Fatal(err)
	}
	r.check("rename (the link to it breaks)", "content/news/b.lv.md", "content/news/d.lv.md")
	r.check("fix the link", r.edit("content/news/a.lv.md", "(b.lv.md)", "(d.lv.md)"))
	bt.WriteFile(t, r.root, "layouts/news/single.html", `{{ define "main" }}<h1>{{ .Page.Title }}</h1>{{ template "partials/extra.html" . }}{{ .Page.Content }}{{ end }}`)
	r.check("layout", "layouts/news/single.html")
	r.check("partial", r.edit("layouts/partials/extra.html", "extra</p>", "more</p>"))
	bt.WriteFile(t, r.root, "i18n/lv.yaml", "readMore: \"Lasīt tālāk\"\nsection:\n  news: \"Ziņas\"\n")
	r.check("i18n", "i18n/lv.yaml")
	r.check("static", r.edit("static/css/site.css", "body{}", "body{color:red}"))
	r.check("bundle image", r.edit("content/news/c/foto.svg", "/>", "><rect/></svg>"))
	r.check("delete static", r.remove("static/css/site.css"))
	r.check("site.yaml", r.edit("site.yaml", "title: Vēstis", "title: Vēstis 2"))
	r.check("bad front matter", r.edit("content/news/a.lv.md", "title: Pirmā ziņa", "title: [Pirmā"))
	r.check("fixed", r.edit("content/news/a.lv.md", "title: [Pirmā", "title: Pirmā"))
}

// TestRebuildRandomEdits applies a seeded random sequence of edits and checks the
// invariant after each.
func TestRebuildRandomEdits(t *testing.T) {
	r := newRebuilder(t, true)
	rng := rand.New(rand.NewPCG(7, 11))
	files := []string{"content/news/a.lv.md", "content/news/a.en.md", "content/news/b.lv.md", "content/programs/p.lv.md", "content/news/c/index.lv.md"}
	titles := []string{"Jauns virsraksts", "Ārvalstu sadarbība", "Đổi mới", "MIT J-WEL"}
	for step := range 40 {
		name := files[rng.IntN(len(files))]
		path := filepath.Join(r.root, name)
		var what string
		switch op := rng.IntN(7); {
		case op == 6 && fileExists(path):
			what = "body only " + name
			data, _ := os.ReadFile(path)
			bt.WriteFile(t, r.root, name, string(data)+fmt.Sprintf("\nVēl %d.\n", step))
		case op == 0 && fileExists(path):
			what = "delete " + name
			r.remove(name)
		case op == 1:
			what = "title " + name
			bt.WriteFile(t, r.root, name, fmt.Sprintf("---\ntitle: %s %d\ndate: 2024-01-%02d\ntags: [t%d]\n---\nTeksts %d.\n", titles[rng.IntN(len(titles))], step, 1+rng.IntN(28), rng.IntN(3), step))
		case op == 2:
			what = "body " + name
			bt.WriteFile(t, r.root, name, fmt.Sprintf("---\ntitle: Lapa %d\ndate: 2024-03-01\n---\nJauns teksts %d.\n", rng.IntN(3), step))
		case op == 3:
			what = "weight " + name
			bt.WriteFile(t, r.root, name, fmt.Sprintf("---\ntitle: Svars\nweight: %d\n---\n", 1+rng.IntN(3)))
		default:
			what = "tags " + name
			bt.WriteFile(t, r.root, name, fmt.Sprintf("---\ntitle: Birkas %d\ntags: [%s]\n---\nX\n", step, strings.Join(slices.Repeat([]string{"mit"}, 1+rng.IntN(2)), ", ")))
		}
		r.check(fmt.Sprintf("step %d: %s", step, what), name)
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// TestRebuildRendersLittle checks that a body edit re-renders only the pages
// that show it, not the whole site.
func TestRebuildRendersLittle(t *testing.T) {
	r := newRebuilder(t, false)
	before := r.builder.Last()
	r.edit("content/news/b.lv.md", "Otrais teksts.", "Cits teksts.")
	res, d, err := r.builder.Rebuild([]string{"content/news/b.lv.md"})
	if err != nil {
		t.Fatal(err)
	}
	if n := r.builder.Rendered(); n == 0 || n > 8 {
		t.Errorf("a body edit rendered %d pages, want the page and the few lists that show it", n)
	}
	// The diff the dev server sends to browsers names exactly the files that changed.
	var want []string
	for _, p := range res.Paths {
		if !bytes.Equal(before.Files[p], res.Files[p]) {
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
	r := newRebuilderOf(t, fallbackSite, true)
	r.check("body of a page with fallbacks", r.edit("content/news/tikai-lv.lv.md", "Latviešu teksts.", "Latviešu teksts, labots."))
	r.check("title of a page with fallbacks", r.edit("content/news/tikai-lv.lv.md", "title: Tikai latviski", "title: Tikai latviski!"))
	bt.WriteFile(t, r.root, "content/news/tikai-lv.en.md", "---\ntitle: Now in English\ndate: 2024-01-03\n---\nEnglish.\n")
	r.check("a translation replaces the fallback", "content/news/tikai-lv.en.md")
	r.check("the translation is removed", r.remove("content/news/tikai-lv.en.md"))
}

// TestRebuildDeleteAndRestore deletes a page that another links to, which
// fails the build, and restores it (as git stash pop does): the next saves,
// of any kind, build as a clean build does.
func TestRebuildDeleteAndRestore(t *testing.T) {
	r := newRebuilder(t, true)
	data, err := os.ReadFile(filepath.Join(r.root, "content/news/b.lv.md"))
	if err != nil {
		t.Fatal(err)
	}
	r.check("delete a linked page", r.remove("content/news/b.lv.md"))
	bt.WriteFile(t, r.root, "content/news/b.lv.md", string(data))
	r.check("restore it", "content/news/b.lv.md")
	r.check("then a partial", r.edit("layouts/partials/extra.html", "extra</p>", "more</p>"))
	r.check("then a body", r.edit("content/news/a.lv.md", "Teksts ar", "Teksts, labots, ar"))
	r.check("then static", r.edit("static/css/site.css", "body{}", "body{color:red}"))
}

// TestRebuildDeleteAndRestoreSeparately is the same when the restore comes as
// a batch of its own after a failed build of the deletion, and then a save of
// something other than content.
func TestRebuildDeleteAndRestoreSeparately(t *testing.T) {
	r := newRebuilder(t, true)
	data, _ := os.ReadFile(filepath.Join(r.root, "content/news/b.lv.md"))
	r.check("delete a linked page", r.remove("content/news/b.lv.md"))
	bt.WriteFile(t, r.root, "content/news/b.lv.md", string(data))
	r.check("a partial while it is restored", r.edit("layouts/partials/extra.html", "extra</p>", "more</p>"))
	r.check("an i18n file", "layouts/partials/extra.html")
}

// TestRebuildPaginatedCalendar: with one programme per list page, the
// programme with dates is on page 2; removing its deadline must drop the
// section calendar's link from page 1 too, as a clean build does.
func TestRebuildPaginatedCalendar(t *testing.T) {
	r := newRebuilderOf(t, siteYAML+"paginate: 1\n"+`
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
	r.check("remove the deadline", r.edit("content/programs/b.lv.md", "deadline: 2030-05-01\n", ""))
	r.check("put it back", r.edit("content/programs/b.lv.md", "status: open\n", "status: open\ndeadline: 2030-05-01\n"))
}

// TestRebuildImageRemoved: a page whose Markdown did not change still fails a
// rebuild, as a clean build does, when an image it names outside its own
// bundle (static/, another bundle) is removed; and builds again when it is back.
func TestRebuildImageRemoved(t *testing.T) {
	r := newRebuilderOf(t, rebuildSite+`
-- static/img/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
`, true)
	r.check("images outside the bundle", r.edit("content/news/b.lv.md", "Otrais teksts.", "![logo](/img/logo.svg) ![c](../c/foto.svg)"))
	for _, p := range []string{"lv/jaunumi/c/foto.svg", "img/logo.svg"} {
		if _, ok := r.must().Files[p]; !ok {
			t.Fatalf("%s is not published", p)
		}
	}
	r.check("static image removed", r.remove("static/img/logo.svg"))
	if _, _, err := r.builder.Rebuild(nil); err == nil || !strings.Contains(err.Error(), `content/news/b.lv.md:5: image "/img/logo.svg": there is no static/img/logo.svg`) {
		t.Errorf("rebuild after the image was removed: %v", err)
	}
	bt.WriteFile(t, r.root, "static/img/logo.svg", `<svg xmlns="http://www.w3.org/2000/svg"/>`)
	r.check("static image back", "static/img/logo.svg")
	r.check("the other bundle's image removed", r.remove("content/news/c/foto.svg"), r.edit("content/news/c/index.lv.md", "![attēls](foto.svg)", "Teksts."))
}

// must is a clean build that succeeds.
func (r *rebuilder) must() *build.Result {
	r.t.Helper()
	res, err := build.Build(r.opts)
	if err != nil {
		r.t.Fatal(err)
	}
	return res
}
