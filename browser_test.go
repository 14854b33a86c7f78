package vestis_test

import (
	"context"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
	"github.com/vestis-ssg/vestis/internal/serve"
)

func chromium(t *testing.T) string {
	t.Helper()
	p := os.Getenv("VESTIS_CHROMIUM")
	if p == "" {
		p, _ = exec.LookPath("chromium")
	}
	need(t, "chromium", p, "install it with: apt-get install chromium, or set VESTIS_CHROMIUM to its path")
	return p
}

// serveResult serves a build result from memory on 127.0.0.1 as static hosting would.
func serveResult(t *testing.T, res *build.Result) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if strings.HasSuffix(r.URL.Path, "/") || p == "." {
			p = strings.TrimPrefix(path.Join(p, "index.html"), "./")
			p = strings.TrimPrefix(p, ".")
			p = strings.TrimPrefix(p, "/")
		}
		body, ok := res.Files.Map()[p]
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			w.Write(res.Files.Map()["404.html"])
			return
		}
		w.Header().Set("Content-Type", mime.TypeByExtension(path.Ext(p)))
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func browser(t *testing.T, width, height int) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.WindowSize(width, height),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	ctx, cancel = context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// TestBrowserLanguageSwitcher opens a press release in a real browser and follows
// the language switcher to its translations.
func TestBrowserLanguageSwitcher(t *testing.T) {
	chromium(t) // before the build: skip at once without it
	res := buildExample(t)
	base := serveResult(t, res)
	ctx := browser(t, 1280, 900)

	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
		t.Fatal(err)
	}
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || !strings.HasSuffix(loc, "/lv/") && !strings.HasSuffix(loc, "/en/") {
		t.Fatalf("the language chooser led to %q (%v), want a language home", loc, err)
	}

	start := base + "/lv/jaunumi/2023-05-19-education-innovation-programmes-open/"
	steps := []struct{ lang, wantPath, wantLang string }{
		{"en", "/en/news/2023-05-19-education-innovation-programmes-open/", "en"},
		{"vi", "/vi/tin-tuc/2023-05-19-education-innovation-programmes-open/", "vi"},
		{"lv", "/lv/jaunumi/2023-05-19-education-innovation-programmes-open/", "lv"},
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(start)); err != nil {
		t.Fatal(err)
	}
	for _, s := range steps {
		sel := fmt.Sprintf(`a[hreflang=%q]`, s.lang)
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
			t.Fatalf("click %s: %v", sel, err)
		}
		if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS("main h1"))); err != nil {
			t.Fatal(err)
		}
		loc, _ := chromedp.Run(ctx, chromedp.Location())
		lang, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.lang`))
		h1, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("main h1")))
		if loc != base+s.wantPath || lang != s.wantLang || h1 == "" {
			t.Errorf("after choosing %s: at %s (lang %q, h1 %q), want %s", s.lang, loc, lang, h1, s.wantPath)
		}
	}
}

// TestBrowserPhoneWidth checks that pages fit a phone screen without sideways scrolling.
func TestBrowserPhoneWidth(t *testing.T) {
	chromium(t) // before the build: skip at once without it
	res := buildExample(t)
	base := serveResult(t, res)
	ctx := browser(t, 390, 844)
	for _, p := range []string{"/lv/", "/en/programs/education-innovation-programme-2023/", "/vi/du-an/strive-erasmus-cbhe/", "/lv/jaunumi/"} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(base+p)); err != nil {
			t.Fatal(err)
		}
		overflow, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`))
		if err != nil {
			t.Fatal(err)
		}
		if overflow {
			w, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
			t.Errorf("%s is %d px wide on a 390 px phone", p, w)
		}
	}
}

// TestBrowserHyphenatedNames: at phone width, a short hyphenated name in a
// heading, a card's title or its summary ("MIT J-WEL") never breaks at its
// hyphen, at any width of the element, in the page's title, the Markdown
// headings and the cards; and the text stays as written for Ctrl+F and copying.
func TestBrowserHyphenatedNames(t *testing.T) {
	chromium(t) // before the build: skip at once without it
	res := buildExample(t)
	base := serveResult(t, res)
	ctx := browser(t, 390, 844)
	const check = `(() => {
		const bad = [], seen = [];
		for (const el of document.querySelectorAll('main h1, main h2, main h3, main .compact-title, main .card-summary')) {
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), ranges = [];
			for (let n; (n = walker.nextNode()); ) {
				for (let i = n.data.indexOf('J-WEL'); i >= 0; i = n.data.indexOf('J-WEL', i + 1)) {
					const r = document.createRange();
					r.setStart(n, i);
					r.setEnd(n, i + 5);
					ranges.push(r);
				}
			}
			if (!ranges.length) continue;
			seen.push(el.textContent.trim());
			if (!el.textContent.includes('MIT J-WEL') && !el.textContent.includes('and J-WEL') && !el.textContent.includes('và J-WEL') && !el.textContent.includes('un J-WEL')) {
				bad.push('text changed: ' + el.textContent);
			}
			const old = el.style.width;
			widths: for (let w = 40; w <= 390; w += 2) {
				el.style.width = w + 'px';
				for (const r of ranges) {
					if (new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > 1) {
						bad.push(el.tagName + ' "' + el.textContent.trim() + '" breaks J-WEL at ' + w + ' px');
						break widths;
					}
				}
			}
			el.style.width = old;
		}
		return {bad: [...new Set(bad)], seen};
	})()`
	pages := map[string]int{ // page -> headings with J-WEL at least
		"/en/news/2021-09-rtu-mit-jwel-agreement/":    2, // <h1>, and "About MIT and J-WEL" from Markdown
		"/lv/jaunumi/2021-09-rtu-mit-jwel-agreement/": 2,
		"/vi/tin-tuc/2021-09-rtu-mit-jwel-agreement/": 2,
		"/en/":                    2, // cards: a title and a summary
		"/en/partners/mit-j-wel/": 1,
		"/lv/partneri/mit-j-wel/": 1,
	}
	for p, want := range pages {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(base+p)); err != nil {
			t.Fatal(err)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
			Bad  []string `json:"bad"`
			Seen []string `json:"seen"`
		}](check))
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Seen) < want {
			t.Errorf("%s: %d headings with J-WEL (%q), want at least %d", p, len(got.Seen), got.Seen, want)
		}
		for _, b := range got.Bad {
			t.Errorf("%s: %s", p, b)
		}
	}
}

type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []string `json:"target"`
	} `json:"nodes"`
}

// TestBrowserAccessibility runs axe-core in the browser on pages of every kind.
func TestBrowserAccessibility(t *testing.T) {
	axePath := os.Getenv("VESTIS_AXE_JS")
	if _, err := os.Stat(axePath); err != nil {
		axePath = ""
	}
	need(t, "axe-core (VESTIS_AXE_JS)", axePath, "run: npm install axe-core and set VESTIS_AXE_JS to node_modules/axe-core/axe.min.js (.ci/run does)")
	axe, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatal(err)
	}
	res := buildExample(t)
	base := serveResult(t, res)
	ctx := browser(t, 1280, 900)
	// Every page type in every language: home, section list, press release,
	// program, project, terms, term, search (with results too), a fallback
	// page (a page not yet translated) and 404.
	var pages []string
	for _, l := range []struct{ lang, news, programs, projects, tags, search, fallback string }{
		{"lv", "jaunumi", "programmas", "projekti", "birkas", "meklet", "erasmus-plus-glossary"},
		{"en", "news", "programs", "projects", "tags", "search", "erasmus-plus-glossary"},
		{"vi", "tin-tuc", "chuong-trinh", "du-an", "the", "tim-kiem", "translations"},
	} {
		root := "/" + l.lang + "/"
		pages = append(pages, root, root+l.news+"/", root+l.news+"/2021-09-rtu-mit-jwel-agreement/", root+l.news+"/2024-01-quang-ninh-strive-kickoff/",
			root+l.programs+"/education-innovation-programme-2023/", root+l.projects+"/strive-erasmus-cbhe/",
			root+l.tags+"/", root+l.tags+"/mit-j-wel/", root+l.search+"/", root+l.search+"/?q=erasmus", root+l.fallback+"/", root+"404.html")
	}
	for _, p := range pages {
		file, query, _ := strings.Cut(strings.TrimPrefix(p, "/"), "?")
		if strings.HasSuffix(file, "/") {
			file += "index.html"
		}
		if _, ok := res.Files.Map()[file]; !ok {
			t.Errorf("%s was not built", p)
			continue
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(base+p)); err != nil {
			t.Fatal(err)
		}
		if query != "" { // the search page with its results
			if _, results := searchShown(t, ctx); len(results) == 0 {
				t.Errorf("%s shows no results", p)
			}
		}
		runAxe(t, ctx, axe, p)
	}
}

// runAxe runs axe-core on the page the browser shows and reports each
// violation as an error of page p.
func runAxe(t *testing.T, ctx context.Context, axe []byte, p string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](string(axe)+";true")); err != nil {
		t.Fatalf("load axe: %v", err)
	}
	violations, err := chromedp.Run(ctx, chromedp.Evaluate[[]axeViolation](
		`axe.run(document, {resultTypes: ['violations']}).then(r => r.violations)`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: axe: %v", p, err)
	}
	for _, v := range violations {
		var targets []string
		for _, n := range v.Nodes {
			targets = append(targets, strings.Join(n.Target, " "))
		}
		t.Errorf("%s: %s (%s): %s at %s", p, v.ID, v.Impact, v.Help, strings.Join(targets, "; "))
	}
}

// TestBrowserTranslationDashboard opens the translators' worklist of vestis
// serve, with a missing and a stale translation in a git repository, in each
// of its languages at desktop and phone widths, and runs axe-core on it.
func TestBrowserTranslationDashboard(t *testing.T) {
	axePath := os.Getenv("VESTIS_AXE_JS")
	if _, err := os.Stat(axePath); err != nil {
		axePath = ""
	}
	need(t, "axe-core (VESTIS_AXE_JS)", axePath, "run: npm install axe-core and set VESTIS_AXE_JS to node_modules/axe-core/axe.min.js (.ci/run does)")
	axe, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	write := func(name, data string) { bt.WriteFile(t, root, name, data) }
	git := func(date string, args ...string) { bt.Git(t, root, date, args...) }
	write("site.yaml", "languages:\n  lv: {name: Latviešu, title: Vēstis, weight: 1}\n  en: {name: English, title: News, weight: 2}\n  vi: {name: Tiếng Việt, title: Tin tức, weight: 3}\nsections:\n  news: {lv: jaunumi, en: news, vi: tin-tuc}\n")
	write("content/news/a.lv.md", "---\ntitle: Programmas atvērtas\ndate: 2024-01-01\n---\nPirmā rindkopa.\n")
	write("content/news/a.en.md", "---\ntitle: Programmes open\ndate: 2024-01-01\n---\nFirst paragraph.\n")
	write("content/news/a.vi.md", "---\ntitle: Chương trình mở\ndate: 2024-01-01\n---\nĐoạn một.\n")
	git("2024-01-01T10:00:00Z", "init", "-q")
	git("2024-01-01T10:00:00Z", "add", "-A")
	git("2024-01-01T10:00:00Z", "commit", "-q", "-m", "first")
	write("content/news/a.lv.md", "---\ntitle: Programmas atvērtas\ndate: 2024-01-01\n---\nPirmā rindkopa ar jaunu, garāku teikumu par pieteikšanās termiņu.\n")
	write("content/news/b.lv.md", "---\ntitle: Tikai latviski ar ļoti garu virsrakstu, kas tālrunī jāpārnes\ndate: 2024-02-01\n---\nViens divi trīs.\n")
	git("2024-02-01T10:00:00Z", "add", "-A")
	git("2024-02-01T10:00:00Z", "commit", "-q", "-m", "lv")

	base := startServe(t, root)
	for _, width := range []int{1280, 390} {
		ctx := browser(t, width, 900)
		for _, ui := range []string{"lv", "en", "vi"} {
			p := "/_vestis/translations?ui=" + ui
			if err := chromedp.Do(ctx, chromedp.Navigate(base+strings.TrimPrefix(p, "/"))); err != nil {
				t.Fatal(err)
			}
			lang, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.lang`))
			items, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("li.work").length`))
			if lang != ui || items != 4 {
				t.Errorf("%s at %d px: lang %q and %d work items, want %q and 4", p, width, lang, items, ui)
			}
			wide, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`))
			if wide {
				t.Errorf("%s at %d px: the page is wider than the window", p, width)
			}
			runAxe(t, ctx, axe, fmt.Sprintf("%s at %d px", p, width))
		}
	}
}

// TestBrowserLiveReload edits a page while a real browser shows it: the new text
// appears without navigating; a broken layout shows the error overlay; fixing it
// removes the overlay.
func TestBrowserLiveReload(t *testing.T) {
	ctx := browser(t, 1280, 900)
	root := t.TempDir()
	write := func(name, data string) { bt.WriteFile(t, root, name, data) }
	write("site.yaml", "languages:\n  lv: {name: Latviešu, title: Vēstis}\nsections:\n  news: {lv: jaunumi}\n")
	write("content/news/a.md", "---\ntitle: Ziņa\n---\nPirmais teksts.\n\n"+strings.Repeat("Garš teksts, lai lapu var ritināt.\n\n", 200))
	write("static/css/extra.css", "h1 { color: rgb(1, 2, 3); }")
	write("layouts/partials/extra-head.html", "")
	write("layouts/news/single.html", `{{ define "main" }}<link rel="stylesheet" href="/css/extra.css"><h1>{{ .Page.Title }}</h1><div id="body">{{ .Page.Content }}</div>{{ end }}`)

	base := startServe(t, root)

	if err := chromedp.Do(ctx, chromedp.Navigate(base+"lv/jaunumi/a/")); err != nil {
		t.Fatal(err)
	}
	// waitJS polls until expr is true; the page may reload in between.
	waitJS := func(expr string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for {
			ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr))
			if err == nil && ok {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("waiting for %s: %v", expr, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	waitJS(`document.readyState === "complete"`)
	time.Sleep(200 * time.Millisecond) // let the event stream connect

	// A stylesheet edit is swapped in without reloading the page.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.vestisMark = true; true`)); err != nil {
		t.Fatal(err)
	}
	write("static/css/extra.css", "h1 { color: rgb(200, 0, 0); }")
	waitJS(`getComputedStyle(document.querySelector("h1")).color === "rgb(200, 0, 0)"`)
	if kept, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.vestisMark === true`)); !kept {
		t.Errorf("a stylesheet edit reloaded the page")
	}

	// A content edit reloads the page where the reader was.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.scrollTo({top: 1500, behavior: "instant"}); true`)); err != nil {
		t.Fatal(err)
	}
	waitJS(`Math.abs(window.scrollY - 1500) < 50`)
	write("content/news/a.md", "---\ntitle: Ziņa\n---\nOtrais teksts.\n\n"+strings.Repeat("Garš teksts, lai lapu var ritināt.\n\n", 200))
	waitJS(`document.getElementById("body") && document.getElementById("body").textContent.includes("Otrais teksts.")`)
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if loc != base+"lv/jaunumi/a/" {
		t.Errorf("the browser moved to %s", loc)
	}
	waitJS(`Math.abs(window.scrollY - 1500) < 50`)

	write("layouts/news/single.html", `{{ define "main" }}<h1>{{ .Page.Nope }}</h1>{{ end }}`)
	waitJS(`!!document.getElementById("vestis-overlay")`)
	msg, _ := chromedp.Run(ctx, chromedp.Text(chromedp.ID("vestis-overlay-message")))
	if !strings.Contains(msg, "layouts/news/single.html:1") || !strings.Contains(msg, "Nope") {
		t.Errorf("overlay says %q, want the layout's file, line and the error", msg)
	}
	// The theme's pre has a light background; the message must stay white on dark.
	if bg, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.getElementById("vestis-overlay-message")).backgroundColor`)); bg != "rgba(0, 0, 0, 0)" {
		t.Errorf("the overlay's message has background %s, want none", bg)
	}

	write("layouts/news/single.html", `{{ define "main" }}<h1>{{ .Page.Title }}!</h1><div id="body">{{ .Page.Content }}</div>{{ end }}`)
	waitJS(`!document.getElementById("vestis-overlay") && document.querySelector("h1").textContent === "Ziņa!"`)

	// A saved draft is not shown; a note at the bottom of the open page says why.
	time.Sleep(300 * time.Millisecond) // the page just reloaded: let the event stream connect
	write("content/news/b.md", "---\ntitle: Melnraksts\ndraft: true\n---\nTeksts.\n")
	waitJS(`!!document.getElementById("vestis-note") && document.getElementById("vestis-note").textContent.includes("Lapa content/news/b.md ir melnraksts, tā netiek rādīta")`)
	if err := chromedp.Do(ctx, chromedp.Click(`#vestis-note button`)); err != nil {
		t.Fatal(err)
	}
	waitJS(`!document.getElementById("vestis-note")`)

	// The open page itself made a draft: it reloads to the site's 404 page,
	// and the note saying why stays in its tab.
	time.Sleep(300 * time.Millisecond)
	write("content/news/a.md", "---\ntitle: Ziņa\ndraft: true\n---\nOtrais teksts.\n")
	waitJS(`!document.getElementById("body") && !!document.getElementById("vestis-note") && document.getElementById("vestis-note").textContent.includes("Lapa content/news/a.md ir melnraksts, tā netiek rādīta")`)
}

// TestBrowserKeyboard walks a page with the Tab key: the skip link comes first,
// the language switcher, navigation and search are reachable, and every focused
// element shows a visible outline.
func TestBrowserKeyboard(t *testing.T) {
	chromium(t) // before the build: skip at once without it
	res := buildExample(t)
	base := serveResult(t, res)
	ctx := browser(t, 1280, 900)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/en/search/"), chromedp.WaitVisible(chromedp.ID("search-input"))); err != nil {
		t.Fatal(err)
	}
	reached := map[string]bool{}
	for i := range 20 {
		if err := chromedp.Do(ctx, chromedp.KeyEvent("\t")); err != nil {
			t.Fatal(err)
		}
		info, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]string](`(() => {
			const el = document.activeElement, cs = getComputedStyle(el);
			return {tag: el.tagName, cls: el.className || "", href: el.getAttribute("href") || "", id: el.id || "",
				hreflang: el.getAttribute("hreflang") || "", outline: cs.outlineStyle + " " + cs.outlineWidth, shadow: cs.boxShadow};
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 && !strings.Contains(info["cls"], "skip-link") {
			t.Errorf("the first Tab lands on %v, want the skip link", info)
		}
		if info["tag"] == "BODY" {
			break
		}
		if strings.HasPrefix(info["outline"], "none") && info["shadow"] == "none" {
			t.Errorf("focused %s %s%s has no visible focus indicator", info["tag"], info["href"], info["id"])
		}
		switch {
		case info["hreflang"] != "":
			reached["switcher"] = true
		case info["href"] == "/en/news/":
			reached["navigation"] = true
		case info["id"] == "search-input":
			reached["search"] = true
		}
	}
	for _, what := range []string{"switcher", "navigation", "search"} {
		if !reached[what] {
			t.Errorf("the %s cannot be reached with the Tab key", what)
		}
	}
}

// TestBrowserVideo: a youtube shortcode asks nothing of YouTube until the
// reader plays it, with the keyboard as with a mouse; then the player comes
// from youtube-nocookie.com. The page passes axe, notices and code included.
func TestBrowserVideo(t *testing.T) {
	chromium(t)
	res, err := build.Build(bt.Options(bt.Site(`-- site.yaml --
baseURL: https://example.org/
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis, weight: 1}
sections:
  news: {lv: jaunumi}
-- content/news/a.md --
---
title: Atklāšana
---
Ieraksts no atklāšanas.

{{< youtube id="dQw4w9WgXcQ" title="Atklāšanas uzruna" >}}

{{< notice tip >}}Video ir ar subtitriem.{{< /notice >}}

{{< highlight go "linenos=table,hl_lines=2" >}}
func main() {
	println("sveiki")
}
{{< /highlight >}}
`)))
	if err != nil {
		t.Fatal(err)
	}
	base := serveResult(t, res)
	ctx := browser(t, 1280, 900)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/lv/jaunumi/a/")); err != nil {
		t.Fatal(err)
	}
	fetched := `performance.getEntriesByType('resource').map(e => e.name).filter(u => /youtube|ytimg|google/.test(u))`
	before, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](fetched))
	if err != nil {
		t.Fatal(err)
	}
	if len(before) > 0 {
		t.Errorf("before playing, the page fetched %v", before)
	}
	frames, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('iframe').length`))
	if frames != 0 {
		t.Errorf("%d iframes before playing", frames)
	}
	if path := os.Getenv("VESTIS_AXE_JS"); path != "" {
		if axe, err := os.ReadFile(path); err == nil {
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](string(axe)+";true")); err != nil {
				t.Fatalf("load axe: %v", err)
			}
			violations, err := chromedp.Run(ctx, chromedp.Evaluate[[]axeViolation](
				`axe.run(document, {resultTypes: ['violations']}).then(r => r.violations)`, chromedp.EvalAwaitPromise))
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range violations {
				t.Errorf("axe: %s (%s): %s", v.ID, v.Impact, v.Help)
			}
		}
	}
	name, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("a.video-link")))
	if !strings.Contains(name, "Atskaņot (ielādē saturu no YouTube)") {
		t.Errorf("the play link says %q", name)
	}
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS("a.video-link")), chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.WaitReady(chromedp.CSS("iframe.video-frame"))); err != nil {
		t.Fatal(err)
	}
	src, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('iframe.video-frame').src`))
	title, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('iframe.video-frame').title`))
	focused, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.activeElement === document.querySelector('iframe.video-frame')`))
	if src != "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1" || title != "Atklāšanas uzruna" || !focused {
		t.Errorf("after Enter: iframe src %q, title %q, focused %v", src, title, focused)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.HasSuffix(loc, "/lv/jaunumi/a/") {
		t.Errorf("playing left the page for %s", loc)
	}
}

// startServe runs vestis serve on the site in root until the test ends and
// returns its address.
func startServe(t *testing.T, root string) string {
	t.Helper()
	sctx, stop := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- serve.Serve(sctx, serve.Options{Root: root, Addr: "127.0.0.1:0",
			Build: build.Options{Site: os.DirFS(root), Theme: vestis.Theme()},
			Log:   io.Discard, Ready: func(u string) { ready <- u }})
	}()
	t.Cleanup(func() { stop(); <-done })
	select {
	case base := <-ready:
		return base
	case err := <-done:
		t.Fatal(err)
		return ""
	}
}

// TestBrowserCodeOnRightToLeftPage: on a Persian page, a code block and
// inline code are laid out left to right, so that a line of code keeps the
// order of its characters (the bidirectional algorithm reordered an HTML
// attribute list around its Persian values); the text around stays right
// to left.
func TestBrowserCodeOnRightToLeftPage(t *testing.T) {
	chromium(t)
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
title: Site
defaultLanguage: en
languages:
  en: {name: English, weight: 1}
  fa: {name: فارسی, weight: 2}
-- content/a.fa.md --
---
title: کارت‌ها
---
متن با `+"`"+`<b title="سلام">`+"`"+` در میان.

`+"```"+`html
<a title="کارت" href="/x/">کارت</a>
`+"```"+`
`)
	base := serveResult(t, b.Result)
	ctx := browser(t, 1280, 900)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/fa/a/")); err != nil {
		t.Fatal(err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]string](`(() => {
		const dir = el => getComputedStyle(el).direction;
		return {pre: dir(document.querySelector('main pre')), code: dir(document.querySelector('main p code')),
			p: dir(document.querySelector('main p')), html: document.documentElement.dir};
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"pre": "ltr", "code": "ltr", "p": "rtl", "html": "rtl"}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: direction %q, want %q", k, got[k], w)
		}
	}
}

// TestBrowserSlowRenameSave: an editor that saves by renaming the file
// away and writing the new one a while later (longer than the watcher
// waits, as on a slow disk) has a build run in between, without the page;
// the open tab keeps its page, says the file is gone, and reloads once when
// it is back, never to the 404 page. A file deleted for good is the 404
// page after a moment, with the note saying why.
func TestBrowserSlowRenameSave(t *testing.T) {
	ctx := browser(t, 1280, 900)
	root := t.TempDir()
	write := func(name, data string) { bt.WriteFile(t, root, name, data) }
	write("site.yaml", "languages:\n  lv: {name: Latviešu, title: Vēstis}\nsections:\n  news: {lv: jaunumi}\n")
	write("content/news/a.md", "---\ntitle: Ziņa\n---\nPirmais teksts.\n")
	write("content/news/b.md", "---\ntitle: Otra\n---\nTeksts.\n")
	base := startServe(t, root)

	var mu sync.Mutex
	var statuses []int64 // of the documents the tab loaded
	if err := chromedp.Listen(ctx, func(ev any) {
		if r, ok := ev.(*network.EventResponseReceived); ok && r.Type == network.ResourceTypeDocument {
			mu.Lock()
			statuses = append(statuses, r.Response.Status)
			mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"lv/jaunumi/a/")); err != nil {
		t.Fatal(err)
	}
	waitJS := func(expr string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for {
			ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr))
			if err == nil && ok {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("waiting for %s: %v", expr, err)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	waitJS(`document.readyState === "complete"`)
	time.Sleep(300 * time.Millisecond) // let the event stream connect
	// Whether the tab was told the file is gone, kept across the reload.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`new MutationObserver(function () {
		var n = document.getElementById("vestis-note");
		if (n && n.textContent.includes("content/news/a.md vairs nav")) sessionStorage.setItem("saw-gone", "1");
	}).observe(document.body, {childList: true, subtree: true}); true`)); err != nil {
		t.Fatal(err)
	}

	page := filepath.Join(root, "content/news/a.md")
	if err := os.Rename(page, page+"~"); err != nil { // Vim's backup
		t.Fatal(err)
	}
	// Wait until a build ran without the page: the tab says so, or (the
	// mistake this test is for) loaded the 404 page.
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		saw, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`sessionStorage.getItem("saw-gone") === "1"`))
		mu.Lock()
		got404 := slices.Contains(statuses, 404)
		mu.Unlock()
		if saw || got404 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no build without the page")
		}
	}
	write("content/news/a.md", "---\ntitle: Ziņa\n---\nOtrais teksts.\n")
	os.Remove(page + "~")
	waitJS(`!!document.querySelector("article, main") && document.body.textContent.includes("Otrais teksts.")`)
	mu.Lock()
	if slices.Contains(statuses, 404) {
		t.Errorf("the tab loaded the 404 page during the save: statuses %v", statuses)
	}
	mu.Unlock()

	time.Sleep(300 * time.Millisecond)      // the page just reloaded: let the event stream connect
	if err := os.Remove(page); err != nil { // deleted for good
		t.Fatal(err)
	}
	waitJS(`!!document.querySelector(".not-found") && !!document.getElementById("vestis-note") && document.getElementById("vestis-note").textContent.includes("content/news/a.md vairs nav")`)
}

// TestBrowserNotesInEveryLanguageTab: with a tab open on each language's
// version of a page (lv, en, vi) and one on a list, a save that makes one
// version a draft, or hides it (expired), reloads that version's tab to the
// site's 404 page with the note saying why and how to show it; the other
// tabs keep their pages and show the note too; the version saved back
// returns in its tab.
func TestBrowserNotesInEveryLanguageTab(t *testing.T) {
	ctx := browser(t, 1280, 900)
	root := t.TempDir()
	write := func(name, data string) { bt.WriteFile(t, root, name, data) }
	write("site.yaml", "defaultLanguage: lv\nlanguages:\n  lv: {name: Latviešu, title: Vēstis, weight: 1}\n  en: {name: English, title: News, weight: 2}\n  vi: {name: Tiếng Việt, title: Tin tức, weight: 3}\nsections:\n  news: {lv: jaunumi, en: news, vi: tin-tuc}\n")
	versions := []struct{ lang, file, path, title, text string }{
		{"lv", "content/news/a.lv.md", "lv/jaunumi/a/", "Ziņa", "Latviešu teksts."},
		{"en", "content/news/a.en.md", "en/news/a/", "News item", "English text."},
		{"vi", "content/news/a.vi.md", "vi/tin-tuc/a/", "Tin tức", "Văn bản tiếng Việt."},
	}
	save := func(i int, extra string) {
		v := versions[i]
		write(v.file, "---\ntitle: "+v.title+"\ndate: 2024-01-02\n"+extra+"---\n"+v.text+"\n")
	}
	for i := range versions {
		save(i, "")
	}
	write("content/news/b.lv.md", "---\ntitle: Otra\ndate: 2024-01-01\n---\nOtrs teksts.\n")
	base := startServe(t, root)

	// tabs[i] shows versions[i]; tabs[3] the English list of news.
	var tabs []context.Context
	for _, p := range []string{versions[0].path, versions[1].path, versions[2].path, "en/news/"} {
		tab, cancel := chromedp.NewContext(ctx)
		t.Cleanup(cancel)
		if err := chromedp.Do(tab, chromedp.Navigate(base+p)); err != nil {
			t.Fatal(err)
		}
		tabs = append(tabs, tab)
	}
	// waitJS polls until expr is true in tab; the page may reload in between.
	waitJS := func(tab context.Context, what, expr string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for {
			ok, err := chromedp.Run(tab, chromedp.Evaluate[bool](expr))
			if err == nil && ok {
				return
			}
			if time.Now().After(deadline) {
				body, _ := chromedp.Run(tab, chromedp.Evaluate[string](`document.body ? document.body.innerText.slice(0, 400) : ""`))
				t.Fatalf("%s: waiting for %s (%v); the tab shows:\n%s", what, expr, err, body)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	note := func(text string) string {
		return fmt.Sprintf(`!!document.getElementById("vestis-note") && document.getElementById("vestis-note").textContent.includes(%q)`, text)
	}
	shows := func(text string) string {
		return fmt.Sprintf(`!!document.querySelector("main") && document.querySelector("main").textContent.includes(%q)`, text)
	}
	for i, tab := range tabs[:3] {
		waitJS(tab, versions[i].lang+" tab opened", shows(versions[i].text))
	}
	time.Sleep(300 * time.Millisecond) // let the tabs' event streams connect

	// tabLang is the language of each tab, whose words it shows.
	tabLang := []string{"lv", "en", "vi", "en"}
	closeLabel := map[string]string{"lv": "Aizvērt", "en": "Close", "vi": "Đóng"}
	for _, tc := range []struct {
		hide  int
		extra string
		says  map[string]string // by the tab's language
	}{
		{1, "draft: true\n", map[string]string{
			"lv": "Lapa content/news/a.en.md ir melnraksts, tā netiek rādīta: noņemiet draft: true vai palaidiet vestis serve --drafts",
			"en": "content/news/a.en.md is a draft, not shown: remove draft: true, or run vestis serve --drafts",
			"vi": "content/news/a.en.md là bản nháp, không hiển thị: xóa draft: true, hoặc chạy vestis serve --drafts"}},
		{2, "expiryDate: 2020-01-01\n", map[string]string{
			"lv": "Lapai content/news/a.vi.md beidzies derīguma termiņš, tā netiek rādīta: palaidiet vestis serve --expired",
			"en": "content/news/a.vi.md has expired, not shown: run vestis serve --expired",
			"vi": "content/news/a.vi.md đã hết hạn, không hiển thị: chạy vestis serve --expired"}},
		{0, "draft: true\n", map[string]string{
			"lv": "Lapa content/news/a.lv.md ir melnraksts",
			"en": "content/news/a.lv.md is a draft, not shown",
			"vi": "content/news/a.lv.md là bản nháp"}},
	} {
		v := versions[tc.hide]
		save(tc.hide, tc.extra)
		for i, tab := range tabs {
			what := fmt.Sprintf("%s hidden, tab %d", v.file, i)
			waitJS(tab, what, note(tc.says[tabLang[i]]))
			waitJS(tab, what+", the close button's label", fmt.Sprintf(`document.querySelector("#vestis-note button").getAttribute("aria-label") === %q`, closeLabel[tabLang[i]]))
			if i == tc.hide {
				waitJS(tab, what, `!!document.querySelector(".not-found")`)
				if loc, _ := chromedp.Run(tab, chromedp.Location()); loc != base+v.path {
					t.Errorf("%s: the tab moved to %s", what, loc)
				}
			} else if i < 3 {
				waitJS(tab, what, shows(versions[i].text))
			}
		}
		// Saved back, the version returns in its tab, without the note.
		time.Sleep(300 * time.Millisecond)
		save(tc.hide, "")
		waitJS(tabs[tc.hide], v.file+" shown again", shows(v.text)+` && !document.getElementById("vestis-note")`)
		time.Sleep(300 * time.Millisecond)
	}

	// A mistake saved: each tab's overlay says so in its language.
	overlay := map[string]string{
		"lv": "vestis: vietni neizdevās pārbūvēt; zem šī ziņojuma redzama pēdējā labā versija",
		"en": "vestis: the site could not be rebuilt; the last good version is shown below this message",
		"vi": "vestis: không thể dựng lại trang web; phiên bản tốt gần nhất vẫn hiển thị bên dưới thông báo này",
	}
	write(versions[0].file, "---\ntitle: [Ziņa\n---\nTeksts.\n")
	for i, tab := range tabs {
		waitJS(tab, fmt.Sprintf("a mistake saved, tab %d", i), fmt.Sprintf(`!!document.getElementById("vestis-overlay") && document.getElementById("vestis-overlay").textContent.startsWith(%q) && document.getElementById("vestis-overlay-message").textContent.includes("a.lv.md")`, overlay[tabLang[i]]))
	}
	save(0, "")
	for i, tab := range tabs {
		waitJS(tab, fmt.Sprintf("the mistake fixed, tab %d", i), `!document.getElementById("vestis-overlay")`)
	}
}
