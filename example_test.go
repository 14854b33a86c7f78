package vestis_test

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"path"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
	"github.com/vestis-ssg/vestis/internal/site"
)

var (
	exampleOnce sync.Once
	example     *build.Result
	exampleErr  error
)

// buildExample builds the repository's example site once per test binary, minified
// as `vestis build` does.
func buildExample(t *testing.T) *build.Result {
	t.Helper()
	exampleOnce.Do(func() {
		example, exampleErr = build.Build(build.Options{
			Site:  os.DirFS("."),
			Theme: vestis.Theme(),
			Now:   time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC),
		})
	})
	if exampleErr != nil {
		t.Fatalf("example site: %v", exampleErr)
	}
	return example
}

type htmlPage struct {
	path string
	doc  *html.Node
}

// examplePages parses every HTML page of the example site except the redirects.
func examplePages(t *testing.T, res *build.Result) []htmlPage {
	t.Helper()
	var pages []htmlPage
	for _, p := range res.Paths {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		doc, err := html.Parse(bytes.NewReader(res.Files.Map()[p]))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if len(bt.Find(doc, "meta", "http-equiv=refresh")) > 0 && p != "index.html" {
			continue // an alias or page/1/ redirect
		}
		pages = append(pages, htmlPage{p, doc})
	}
	return pages
}

func TestExampleSiteBuildsCleanly(t *testing.T) {
	res := buildExample(t)
	for _, w := range res.Warnings {
		t.Errorf("warning: %s", w)
	}
	for _, lang := range []string{"lv", "en", "vi"} {
		if n := res.PagesByLang[lang]; n < 20 {
			t.Errorf("%s has %d pages, want the whole example site", lang, n)
		}
	}
}

// urlPath maps an absolute or root-relative URL of the site to an output file.
func urlPath(t *testing.T, res *build.Result, from, href string) (string, bool) {
	u, err := url.Parse(href)
	if err != nil {
		t.Errorf("%s: bad URL %q", from, href)
		return "", false
	}
	if u.Scheme != "" && u.Host != "example.org" || u.Scheme == "mailto" {
		return "", false // external
	}
	p := u.Path
	if !strings.HasPrefix(p, "/") {
		p = path.Join("/"+path.Dir(from), p)
		if strings.HasSuffix(u.Path, "/") {
			p += "/"
		}
	}
	if p == "" {
		return "", false
	}
	if strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	return strings.TrimPrefix(p, "/"), true
}

func TestExampleSiteLanguagesAndLinks(t *testing.T) {
	res := buildExample(t)
	pages := examplePages(t, res)
	alternates := map[string]map[string]string{} // page URL -> hreflang -> URL
	for _, pg := range pages {
		if pg.path == "index.html" {
			continue
		}
		lang := strings.Split(pg.path, "/")[0]
		if pg.path == "404.html" {
			lang = "lv"
		}
		if got := bt.Attr(bt.Find(pg.doc, "html")[0], "lang"); got != lang {
			t.Errorf("%s: <html lang=%q>, want %q", pg.path, got, lang)
		}
		if strings.HasSuffix(pg.path, "404.html") {
			continue
		}
		self := "https://example.org/" + strings.TrimSuffix(pg.path, "index.html")
		if orig := fallbackOf(res, pg.path); orig != nil {
			self = orig.Permalink // not a translation: canonical to its original
		}
		canon := bt.Find(pg.doc, "link", "rel=canonical")
		if len(canon) != 1 || bt.Attr(canon[0], "href") != self {
			t.Errorf("%s: canonical %v, want one to %s", pg.path, canon, self)
		}
		alts := map[string]string{}
		for _, l := range bt.Find(pg.doc, "link", "rel=alternate", "hreflang") {
			alts[bt.Attr(l, "hreflang")] = bt.Attr(l, "href")
		}
		if fallbackOf(res, pg.path) != nil {
			if len(alts) > 0 {
				t.Errorf("%s: a fallback page with hreflang links %v", pg.path, alts)
			}
			if len(bt.Find(pg.doc, "meta", "name=robots", "content=noindex")) != 1 {
				t.Errorf("%s: a fallback page without noindex", pg.path)
			}
			self = "" // not in the original's hreflang cluster
		} else if !strings.Contains(pg.path, "/page/") {
			if alts[lang] != self {
				t.Errorf("%s: hreflang %s = %q, want itself", pg.path, lang, alts[lang])
			}
			if alts["x-default"] == "" {
				t.Errorf("%s: no x-default", pg.path)
			}
		}
		if self != "" {
			alternates[self] = alts
		}

		ids := map[string]bool{}
		for _, el := range bt.Find(pg.doc, "", "id") {
			ids[bt.Attr(el, "id")] = true
		}
		for _, a := range bt.Find(pg.doc, "a", "href") {
			if href := bt.Attr(a, "href"); strings.HasPrefix(href, "#") {
				if !ids[href[1:]] {
					t.Errorf("%s: link %q to a missing id", pg.path, href)
				}
				continue
			}
			if file, ok := urlPath(t, res, pg.path, bt.Attr(a, "href")); ok {
				if _, exists := res.Files.Map()[file]; !exists {
					t.Errorf("%s: link %q to a missing page (%s)", pg.path, bt.Attr(a, "href"), file)
				}
			}
		}
		for _, tag := range []string{"img", "script"} {
			for _, el := range bt.Find(pg.doc, tag, "src") {
				if file, ok := urlPath(t, res, pg.path, bt.Attr(el, "src")); ok {
					if _, exists := res.Files.Map()[file]; !exists {
						t.Errorf("%s: %s %q is missing", pg.path, tag, bt.Attr(el, "src"))
					}
				}
			}
		}
		for _, l := range bt.Find(pg.doc, "link", "href") {
			if file, ok := urlPath(t, res, pg.path, bt.Attr(l, "href")); ok {
				if _, exists := res.Files.Map()[file]; !exists {
					t.Errorf("%s: <link> %q is missing", pg.path, bt.Attr(l, "href"))
				}
			}
		}
		// The switcher offers every language; each target exists.
		switcher := map[string]bool{}
		for _, a := range bt.Find(pg.doc, "a", "hreflang") {
			switcher[bt.Attr(a, "hreflang")] = true
		}
		for _, other := range []string{"lv", "en", "vi"} {
			if other != lang && !switcher[other] {
				t.Errorf("%s: the language switcher has no link to %s", pg.path, other)
			}
		}
	}
	// hreflang is reciprocal.
	for self, alts := range alternates {
		for lang, target := range alts {
			if lang == "x-default" || target == self {
				continue
			}
			back, ok := alternates[target]
			if !ok {
				t.Errorf("%s: hreflang %s points to %s, which is not a page", self, lang, target)
				continue
			}
			found := false
			for _, u := range back {
				found = found || u == self
			}
			if !found {
				t.Errorf("%s -> %s (%s) is not reciprocal", self, target, lang)
			}
		}
	}
}

// TestExampleSiteEveryPageInThreeLanguages checks that a reader of each
// language gets every page: its translation, or a fallback page (the
// example site has a few pages not yet translated), and that the example
// has fallback pages in each language to show.
func TestExampleSiteEveryPageInThreeLanguages(t *testing.T) {
	res := buildExample(t)
	fallbacks := map[string]int{}
	for _, p := range res.Site.Pages {
		if p.ContentFile() == nil {
			continue
		}
		if p.FallbackOf != nil {
			fallbacks[p.Lang]++
			continue
		}
		for _, lang := range []string{"lv", "en", "vi"} {
			if !p.IsTranslated(lang) && p.FallbackIn(lang) == nil {
				t.Errorf("%s has no %s translation and no fallback page", p.File, lang)
			}
		}
	}
	for _, lang := range []string{"lv", "en", "vi"} {
		if fallbacks[lang] == 0 {
			t.Errorf("no %s fallback page in the example site", lang)
		}
	}
}

// TestExampleSiteFooterFallback: the footer links to the page about
// translations, which Vietnamese readers get in English: its title is marked
// as English, on a link within the Vietnamese site.
func TestExampleSiteFooterFallback(t *testing.T) {
	res := buildExample(t)
	doc, err := html.Parse(bytes.NewReader(res.Files.Map()["vi/index.html"]))
	if err != nil {
		t.Fatal(err)
	}
	links := bt.Find(doc, "a", "href=/vi/translations/")
	if len(links) != 1 || bt.Attr(links[0], "lang") != "en" || bt.Attr(links[0], "hreflang") != "" {
		t.Errorf("the Vietnamese footer's link to the fallback page is %v, want one with lang=en and no hreflang", links)
	}
}

// fallbackOf is the original of the fallback page written at output path
// file, or nil when it is not one.
func fallbackOf(res *build.Result, file string) *site.Page {
	for _, p := range res.Site.Pages {
		if p.FallbackOf != nil && p.OutputPath() == file {
			return p.FallbackOf
		}
	}
	return nil
}

func TestExampleSiteLocalizedDates(t *testing.T) {
	res := buildExample(t)
	var lvPage, enPage, viPage string
	for _, p := range res.Site.Pages {
		if strings.HasSuffix(p.File, "2023-05-19-education-innovation-programmes-open.lv.md") {
			lvPage = p.OutputPath()
		}
		if strings.HasSuffix(p.File, "2023-05-19-education-innovation-programmes-open.en.md") {
			enPage = p.OutputPath()
		}
		if strings.HasSuffix(p.File, "2023-05-19-education-innovation-programmes-open.vi.md") {
			viPage = p.OutputPath()
		}
	}
	for _, tt := range []struct{ file, want string }{
		{lvPage, "2023. gada 23. maijā"},
		{enPage, "23 May 2023"},
		{viPage, "ngày 23 tháng 5 năm 2023"},
	} {
		doc, err := html.Parse(bytes.NewReader(res.Files.Map()[tt.file]))
		if err != nil || tt.file == "" {
			t.Fatalf("%q: %v", tt.file, err)
		}
		found := false
		for _, tm := range bt.Find(doc, "time", "datetime=2023-05-23") {
			found = found || bt.Text(tm) == tt.want
		}
		if !found {
			t.Errorf("%s: no <time datetime=2023-05-23>%s</time>", tt.file, tt.want)
		}
	}
}

// TestExampleSitePeriods: a project's period and a programme's event of
// several days read as each language says "from ... to ...": Latvian with the
// genitive after "no" and the dative after "līdz", not two locatives around a
// dash; each date still a <time>. A date after a label is a nominative.
func TestExampleSitePeriods(t *testing.T) {
	res := buildExample(t)
	for _, tt := range []struct{ path, tag, sel, want string }{
		{"lv/projekti/strive-erasmus-cbhe/index.html", "dd", "", "no 2024. gada 1. janvāra līdz 2027. gada 31. decembrim"},
		{"en/projects/strive-erasmus-cbhe/index.html", "dd", "", "from 1 January 2024 to 31 December 2027"},
		{"vi/du-an/strive-erasmus-cbhe/index.html", "dd", "", "từ ngày 1 tháng 1 năm 2024 đến ngày 31 tháng 12 năm 2027"},
		{"lv/programmas/education-innovation-programme-2023/index.html", "span", "class=event-date", "no 2023. gada 31. jūlija līdz 2023. gada 4. augustam"},
		{"en/programs/education-innovation-programme-2023/index.html", "span", "class=event-date", "from 31 July 2023 to 4 August 2023"},
		{"vi/chuong-trinh/education-innovation-programme-2023/index.html", "span", "class=event-date", "từ ngày 31 tháng 7 năm 2023 đến ngày 4 tháng 8 năm 2023"},
		// A date after a label is in the nominative: "Termiņš: 20. aprīlis".
		{"lv/programmas/education-innovation-programme-2023/index.html", "p", "class=deadline", "Pieteikšanās termiņš: 2023. gada 20. aprīlis"},
		{"en/programs/education-innovation-programme-2023/index.html", "p", "class=deadline", "Deadline: 20 April 2023"},
	} {
		doc, err := html.Parse(bytes.NewReader(res.Files.Map()[tt.path]))
		if err != nil {
			t.Fatal(err)
		}
		var attrs []string
		if tt.sel != "" {
			attrs = append(attrs, tt.sel)
		}
		found, seen := false, 0
		for _, n := range bt.Find(doc, tt.tag, attrs...) {
			if times := len(bt.Find(n, "time")); times == 2 || times == 1 && tt.tag == "p" {
				seen++
				found = found || strings.Join(strings.Fields(bt.Text(n)), " ") == tt.want
			}
		}
		if !found {
			t.Errorf("%s: no <%s %s> reads %q (of %d with its <time>)", tt.path, tt.tag, tt.sel, tt.want, seen)
		}
	}
}

// findLinks returns the hrefs of <link> elements with rel and type.
func findLinks(pg htmlPage, rel, typ string) []string {
	var out []string
	for _, l := range bt.Find(pg.doc, "link", "rel="+rel, "type="+typ) {
		out = append(out, bt.Attr(l, "href"))
	}
	return out
}

// TestExampleSitePaginationCoversEveryPage checks every paginated list (sections
// and terms): each of its pages is linked from exactly one page of the list.
func TestExampleSitePaginationCoversEveryPage(t *testing.T) {
	res := buildExample(t)
	lists := 0
	for _, p := range res.Site.Pages {
		if p.Kind != "section" && p.Kind != "term" {
			continue
		}
		lists++
		seen := map[string]int{}
		for n := 1; ; n++ {
			file := p.OutputPath()
			if n > 1 {
				file = strings.TrimPrefix(p.URLPath, "/") + fmt.Sprintf("page/%d/index.html", n)
			}
			body, ok := res.Files.Map()[file]
			if !ok {
				break
			}
			doc, err := html.Parse(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			onThisPage := map[string]bool{}
			for _, main := range bt.Find(doc, "main") {
				for _, a := range bt.Find(main, "a", "href") {
					onThisPage[bt.Attr(a, "href")] = true
				}
			}
			for _, member := range p.Pages {
				if onThisPage[member.RelPermalink] {
					seen[member.RelPermalink]++
				}
			}
		}
		for _, member := range p.Pages {
			if seen[member.RelPermalink] != 1 {
				t.Errorf("%s: %s is on %d list pages, want 1", p.URLPath, member.RelPermalink, seen[member.RelPermalink])
			}
		}
	}
	if lists < 10 {
		t.Errorf("checked %d lists, want every section and term", lists)
	}
}
