package build_test

import (
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// fixture reads the files of testdata/NAME.txtar, without its comment, to
// be added to an inline archive.
func fixture(t *testing.T, name string) string {
	t.Helper()
	a, err := txtar.ParseFile("testdata/" + name + ".txtar")
	if err != nil {
		t.Fatal(err)
	}
	a.Comment = nil
	return string(txtar.Format(a))
}

// TestRenderStringInShortcodes: Hugo's .Page.RenderString in a site's own
// shortcodes renders Markdown as the page's (links resolved), its
// shortcodes run; one paragraph comes without <p> unless display is block.
func TestRenderStringInShortcodes(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+plainLayouts+fixture(t, "renderstring"))
	b.AssertFile("lv/jaunumi/a/index.html",
		`<p>Teikums ar <span class="term"><strong>vārdu</strong> un <a href="/lv/jaunumi/b/">saiti</a></span>`,
		`<div class="card"><p>Pirmā rindkopa.</p>`,
		`<p>Otrā rindkopa ar <b class="badge">jauns</b>`,
		`<h2 id="video">Video</h2>`,
		`<iframe class="player" title="Ziņa" src="https://video.example/abc123"></iframe>`,
		`<i class="dot"><em>slīpi</em></i>`)
	if page := b.File("lv/jaunumi/a/index.html"); strings.Contains(page, "{{") || strings.Contains(page, "vestisShortcode") {
		t.Errorf("the page shows shortcode syntax or a placeholder:\n%s", page)
	}
}

// TestRenderStringLoop: a shortcode whose RenderString renders itself stops
// the build with the page's line and the template's, without a hang.
func TestRenderStringLoop(t *testing.T) {
	t.Parallel()
	msg := bt.Fail(t, siteYAML+plainLayouts+fixture(t, "renderstring-loop"))
	for _, want := range []string{"content/news/a.lv.md:6:", `shortcode "again"`, "layouts/shortcodes/again.html:2", "nest more than 100 deep"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error:\n%s\nwant %q in it", msg, want)
		}
	}
}

// TestRenderStringLoopThroughPartial: the loop of TestRenderStringLoop
// through a partial is said once: each level's error was wrapped by the
// next, a message of 27 KB.
func TestRenderStringLoopThroughPartial(t *testing.T) {
	t.Parallel()
	msg := bt.Fail(t, siteYAML+plainLayouts+fixture(t, "renderstring-loop-partial"))
	for _, want := range []string{"content/news/a.lv.md:6:", `shortcode "box"`, "layouts/shortcodes/box.html:2", "nest more than 100 deep"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error:\n%s\nwant %q in it", msg, want)
		}
	}
	if strings.Count(msg, "nest more than") != 1 || strings.Count(msg, "layouts/shortcodes/box.html") != 1 || strings.Contains(strings.TrimSpace(msg), "\n") {
		t.Errorf("error, want one line naming each place once:\n%s", msg)
	}
}

// TestPartialsInShortcodes: a site's own shortcodes call its partials, with
// any context, and partials call partials.
func TestPartialsInShortcodes(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+"hugoLayouts: true\n"+fixture(t, "partials"))
	b.AssertFile("lv/jaunumi/a/index.html",
		`<div class="box"><b>Sveiki (box)</b>|<b>Sveiki (box)</b>|<i>Ziņa · LV</i></div>`,
		`<p class="pair">kreisā un zaļa</p>`,
		`<p class="theme">no tēmas|X</p>`)
}

// TestPartialsInShortcodesWithLayouts: the partials shortcodes call, which
// call others with Hugo's partial, are parsed with the site's layouts too
// (layouts read layouts/partials/): they build without hugoLayouts.
func TestPartialsInShortcodesWithLayouts(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+fixture(t, "partials"))
	b.AssertFile("lv/jaunumi/a/index.html", `<div class="box"><b>Sveiki (box)</b>|<b>Sveiki (box)</b>|<i>Ziņa · LV</i></div>`)
}

// TestPartialErrors: a partial that calls itself without end, one that is
// missing, one that would fetch a file from the network, and a shortcode
// that returns a value as only partials do: each an error with the page's
// line and the template's.
func TestPartialErrors(t *testing.T) {
	t.Parallel()
	msg := bt.Fail(t, siteYAML+"hugoLayouts: true\n"+fixture(t, "partials-errors"))
	for _, want := range []string{
		`content/news/a.lv.md:4: shortcode "tree": layouts/shortcodes/tree.html:1:`,
		// At the call that went too deep, not the file alone.
		"in partial layouts/partials/node.html:2:4: this call of layouts/partials/node.html nests partials too deep: a partial that calls itself, or one that calls it back, runs without end",
		`content/news/b.lv.md:6: shortcode "missing": layouts/shortcodes/missing.html:1:`,
		`partial "nav/menu": there is no layouts/partials/nav/menu.html, nor one in a theme's folder`,
		`content/news/c.lv.md:4: shortcode "ret": layouts/shortcodes/ret.html:2:`,
		`return: only a partial returns a value`,
		`content/news/d.lv.md:4: shortcode "words"`,
		`in partial layouts/partials/words.html:2:9: `, // with its column
		`resources.GetRemote "https://example.com/words.json": vestis builds offline and fetches nothing`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error:\n%s\nwant %q in it", msg, want)
		}
	}
}
