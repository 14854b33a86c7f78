package vestis_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// searchResult is a result as the search page shows it.
type searchResult struct {
	Title   string   `json:"title"`
	URL     string   `json:"url"`
	Meta    string   `json:"meta"`
	Excerpt string   `json:"excerpt"`
	Marks   []string `json:"marks"` // the excerpt's marked words
}

// searchShown returns the status line and results of the search page in ctx,
// once they are those of what the search field holds.
func searchShown(t *testing.T, ctx context.Context) (string, []searchResult) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify({
			done: document.getElementById("search-results").dataset.query === document.getElementById("search-input").value,
			status: document.getElementById("search-status").textContent,
			results: Array.from(document.querySelectorAll("#search-results > li"), li => ({
				title: li.querySelector("h2 a").textContent,
				url: li.querySelector("h2 a").getAttribute("href"),
				meta: (li.querySelector(".search-meta") || {}).textContent || "",
				excerpt: li.querySelector(".search-excerpt").textContent,
				marks: Array.from(li.querySelectorAll(".search-excerpt mark"), m => m.textContent),
			})),
		})`))
		if err != nil {
			t.Fatal(err)
		}
		var shown struct {
			Done    bool
			Status  string
			Results []searchResult
		}
		if err := json.Unmarshal([]byte(got), &shown); err != nil {
			t.Fatal(err)
		}
		if shown.Done || time.Now().After(deadline) {
			return shown.Status, shown.Results
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// pageURL is the address of the page built from file.
func pageURL(t *testing.T, res *build.Result, file string) string {
	t.Helper()
	for _, p := range res.Site.Pages {
		if p.File == file {
			return p.RelPermalink
		}
	}
	t.Fatalf("no page from %s", file)
	return ""
}

// TestBrowserSearch types into the search page of each language and reads the
// results: a word of the last paragraph of a long page, with and without its
// diacritics, finds the page with the word marked in an excerpt around it;
// Enter searches and keeps the query in the address; titles rank first.
func TestBrowserSearch(t *testing.T) {
	chromium(t) // before the build: skip at once without it
	res := buildExample(t)
	base := serveResult(t, res)
	ctx := browser(t, 1280, 900)
	tests := []struct {
		page, query, file, mark, date string
		enter                         bool
	}{
		// The last paragraphs of the longest pages.
		{"/lv/meklet/", "noslēdzās", "content/programs/education-innovation-programme-2023.lv.md", "noslēdzās", "2023. gada 1. martā", false},
		{"/lv/meklet/", "nosledzas", "content/programs/education-innovation-programme-2023.lv.md", "noslēdzās", "", true},
		{"/en/search/", "Piņķe", "content/news/2021-09-rtu-mit-jwel-agreement.en.md", "Piņķe", "15 September 2021", false},
		{"/en/search/", "pinke", "content/news/2021-09-rtu-mit-jwel-agreement.en.md", "Piņķe", "", true},
		{"/vi/tim-kiem/", "ngừng nhận", "content/programs/education-innovation-programme-2023.vi.md", "ngừng", "", false},
		{"/vi/tim-kiem/", "ngung nhan", "content/programs/education-innovation-programme-2023.vi.md", "nhận", "", true},
		// A name only the text has, and a word of a field.
		{"/en/search/", "elksne", "content/programs/education-innovation-programme-2023.en.md", "Elksne", "", false},
		{"/en/search/", "ERDF", "content/projects/rsu-skills-monitoring-platform.en.md", "ERDF", "", false},
		// The last word typed finds longer words.
		{"/en/search/", "erasm", "content/projects/strive-erasmus-cbhe.en.md", "Erasmus", "", false},
	}
	for _, tt := range tests {
		want := pageURL(t, res, tt.file)
		keys := tt.query
		if tt.enter {
			keys += kb.Enter
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(base+tt.page), chromedp.WaitVisible(chromedp.ID("search-input")),
			chromedp.SendKeys(chromedp.ID("search-input"), keys)); err != nil {
			t.Fatal(err)
		}
		status, results := searchShown(t, ctx)
		var found *searchResult
		for i := range results {
			if results[i].URL == want {
				found = &results[i]
			}
		}
		if found == nil {
			t.Errorf("%s %q: %s; the results %v do not show %s", tt.page, tt.query, status, results, want)
			continue
		}
		if !strings.Contains(strings.Join(found.Marks, " "), tt.mark) {
			t.Errorf("%s %q: the excerpt %q marks %q, want %q", tt.page, tt.query, found.Excerpt, found.Marks, tt.mark)
		}
		if !strings.Contains(found.Meta, tt.date) {
			t.Errorf("%s %q: the result says %q, want the date %q", tt.page, tt.query, found.Meta, tt.date)
		}
		if tt.enter {
			search, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`new URLSearchParams(location.search).get("q") || ""`))
			if search != tt.query {
				t.Errorf("%s %q: after Enter the address has q=%q", tt.page, tt.query, search)
			}
		}
	}
	// A title match first, folded; the count for screen readers in the
	// language's plural form.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/lv/meklet/?q=izglitibas")); err != nil {
		t.Fatal(err)
	}
	status, results := searchShown(t, ctx)
	if len(results) == 0 || !strings.Contains(strings.ToLower(results[0].Title), "izglītības") {
		t.Errorf("izglitibas: the first result is %v, want a title with izglītības", results)
	}
	if !strings.HasPrefix(status, "Atrast") {
		t.Errorf("izglitibas: status %q, want the count", status)
	}
	// Ten results at once; "More results" shows the rest.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/vi/tim-kiem/?q=dai+hoc")); err != nil {
		t.Fatal(err)
	}
	status, results = searchShown(t, ctx)
	if len(results) != 10 || status != "Tìm thấy 12 kết quả" {
		t.Fatalf("dai hoc: %q with %d results shown, want 12 found and 10 shown", status, len(results))
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("search-more"))); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for len(results) < 12 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		_, results = searchShown(t, ctx)
	}
	hidden, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("search-more").hidden`))
	if len(results) != 12 || !hidden {
		t.Errorf("after More results: %d results, the button hidden: %v; want 12 and hidden", len(results), hidden)
	}
	// Nothing found says so.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/en/search/"), chromedp.WaitVisible(chromedp.ID("search-input")),
		chromedp.SendKeys(chromedp.ID("search-input"), "zzzqqq")); err != nil {
		t.Fatal(err)
	}
	if status, _ := searchShown(t, ctx); status != "Nothing found." {
		t.Errorf("no 'Nothing found.' for a query without results (status %q)", status)
	}
}

// TestBrowserSearchShards: on a site whose index is cut into many shards,
// search.js finds a word in the shard the manifest leads to, the words a
// prefix begins across several shards, and a word of the last shard, as the
// Go side cut them; and no shard is far larger than the median.
func TestBrowserSearchShards(t *testing.T) {
	chromium(t)
	var site strings.Builder
	site.WriteString(`-- site.yaml --
baseURL: https://example.org/
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis, weight: 1}
sections:
  news: {lv: jaunumi}
`)
	for i := range 300 {
		fmt.Fprintf(&site, "-- content/news/p%03d.md --\n---\ntitle: Ziņa %d\ndate: 2024-01-01\n---\nVārds%03d ir šajā ziņā. Izglītība un sadarbība.", i, i, i)
		if i%7 == 0 {
			site.WriteString(" Žurnāls.")
		}
		site.WriteString("\n")
	}
	res, err := build.Build(bt.Options(bt.Site(site.String())))
	if err != nil {
		t.Fatal(err)
	}
	dir := strings.TrimPrefix(res.Site.Tree("lv").Search.URLPath, "/")
	var sizes []int
	shards := map[string]int{} // shard -> words
	for _, p := range res.Paths {
		if strings.HasPrefix(p, dir+"s/") {
			var words map[string]json.RawMessage
			if err := json.Unmarshal(res.Files.Map()[p], &words); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			if len(words) > 0 {
				sizes = append(sizes, len(res.Files.Map()[p]))
			}
			shards[p] = len(words)
		}
	}
	slices.Sort(sizes)
	if len(shards) < 8 {
		t.Fatalf("%d shards, want the index cut into several", len(shards))
	}
	// A shard far larger than the median holds one word, on nearly every
	// page: a word's list of pages is not cut.
	median := sizes[len(sizes)/2]
	for p, n := range shards {
		if len(res.Files.Map()[p]) > 3*median && n > 1 {
			t.Errorf("%s is %d bytes with %d words, the median shard %d: %v", p, len(res.Files.Map()[p]), n, median, sizes)
		}
	}
	base := serveResult(t, res)
	ctx := browser(t, 1280, 900)
	for _, tt := range []struct {
		q     string
		n     int
		first string
	}{
		{"Vārds123", 1, "/lv/jaunumi/p123/"},
		{"vards2", 100, ""}, // vārds200..vārds299: a prefix across shards
		{"zurnals", 43, ""}, // ž folds to z, the last words of the index
		{"izglitiba vards05", 10, ""},
	} {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"/"+dir+"?q="+url.QueryEscape(tt.q))); err != nil {
			t.Fatal(err)
		}
		status, results := searchShown(t, ctx)
		if !strings.Contains(status, " "+strconv.Itoa(tt.n)+" ") {
			t.Errorf("%q: %q, want %d found", tt.q, status, tt.n)
		}
		if tt.first != "" && (len(results) == 0 || results[0].URL != tt.first) {
			t.Errorf("%q: results %v, want %s first", tt.q, results, tt.first)
		}
	}
}

// TestW3CSearchResults checks the search page of each language as the browser
// shows it with results (the script makes them) with the W3C checker.
func TestW3CSearchResults(t *testing.T) {
	jar := os.Getenv("VESTIS_VNU_JAR")
	if _, err := os.Stat(jar); err != nil {
		jar = ""
	}
	need(t, "the W3C checker (VESTIS_VNU_JAR)", jar, "run: npm install vnu-jar and set VESTIS_VNU_JAR to node_modules/vnu-jar/build/dist/vnu.jar (.ci/run does)")
	java, _ := exec.LookPath("java")
	need(t, "java", java, "install a Java runtime")
	chromium(t)
	res := buildExample(t)
	base := serveResult(t, res)
	ctx := browser(t, 1280, 900)
	dir := t.TempDir()
	for _, page := range []string{"/lv/meklet/?q=eraf", "/en/search/?q=erasmus+programme", "/vi/tim-kiem/?q=dai+hoc"} {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+page)); err != nil {
			t.Fatal(err)
		}
		if _, results := searchShown(t, ctx); len(results) == 0 {
			t.Fatalf("%s shows no results", page)
		}
		doc, err := chromedp.Run(ctx, chromedp.Evaluate[string](`"<!DOCTYPE html>\n" + document.documentElement.outerHTML`))
		if err != nil {
			t.Fatal(err)
		}
		name := strings.Split(strings.Trim(page, "/"), "/")[0] + ".html"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command(java, "-jar", jar, "--errors-only", "--format", "gnu", dir).CombinedOutput()
	if err != nil {
		t.Errorf("the W3C checker found errors in the search page with results:\n%s", out)
	}
}

// TestSearchWithoutJavaScript checks that the search page explains itself and
// links to the sections when scripts do not run.
func TestSearchWithoutJavaScript(t *testing.T) {
	res := buildExample(t)
	for _, pg := range examplePages(t, res) {
		if pg.path != "en/search/index.html" {
			continue
		}
		ns := bt.Find(pg.doc, "noscript")
		if len(ns) != 1 {
			t.Fatalf("no <noscript> on the search page")
		}
		// <noscript> content is text to the parser when scripting is on.
		if text := ns[0].FirstChild; text == nil || !strings.Contains(text.Data, "Search needs JavaScript") || !strings.Contains(text.Data, `href="/en/news/"`) {
			t.Errorf("the search page without JavaScript does not explain itself and link to the sections")
		}
		return
	}
	t.Fatal("no en/search/index.html")
}
