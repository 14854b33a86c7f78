package vestis_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestBrowserSearch types into the search page of each language and reads the
// results, diacritics folded on both sides.
func TestBrowserSearch(t *testing.T) {
	chromium(t) // before the build: skip at once without it
	res := buildExample(t)
	base := serveResult(t, res)
	ctx := browser(t, 1280, 900)
	tests := []struct {
		page, query, firstHas string
	}{
		{"/lv/meklet/", "izglitibas", "izglītības"}, // without diacritics, a title match first
		{"/lv/meklet/", "skola", ""},
		{"/vi/tim-kiem/", "dai hoc", "đại học"},
		{"/en/search/", "erasmus", "erasmus"},
	}
	for _, tt := range tests {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+tt.page), chromedp.WaitVisible(chromedp.ID("search-input"))); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("search-input"), tt.query)); err != nil {
			t.Fatal(err)
		}
		var first string
		deadline := time.Now().Add(10 * time.Second)
		for first == "" && time.Now().Before(deadline) {
			first, _ = chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector("#search-results li a") || {}).textContent || ""`))
			time.Sleep(50 * time.Millisecond)
		}
		if first == "" {
			t.Errorf("%s: %q found nothing", tt.page, tt.query)
			continue
		}
		if !strings.Contains(strings.ToLower(first), tt.firstHas) {
			t.Errorf("%s: %q: the first result is %q, want a title with %q", tt.page, tt.query, first, tt.firstHas)
		}
		status, _ := chromedp.Run(ctx, chromedp.Text(chromedp.ID("search-status")))
		if status == "" {
			t.Errorf("%s: no result count for screen readers", tt.page)
		}
	}
	// Nothing found says so.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/en/search/"), chromedp.WaitVisible(chromedp.ID("search-input")),
		chromedp.SendKeys(chromedp.ID("search-input"), "zzzqqq")); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		status, _ := chromedp.Run(ctx, chromedp.Text(chromedp.ID("search-status")))
		if status == "Nothing found." {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no 'Nothing found.' for a query without results (status %q)", status)
		}
		time.Sleep(50 * time.Millisecond)
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
