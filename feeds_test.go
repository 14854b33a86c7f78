package vestis_test

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"
)

// TestExampleSiteFeeds parses every feed with a real feed reader's parser and
// checks that every item leads to a built page.
func TestExampleSiteFeeds(t *testing.T) {
	res := buildExample(t)
	parser := gofeed.NewParser()
	feeds := 0
	for _, p := range res.Paths {
		if !strings.HasSuffix(p, "/index.xml") && !strings.HasSuffix(p, "/atom.xml") {
			continue
		}
		feeds++
		feed, err := parser.ParseString(string(res.Files.Map()[p]))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		lang := strings.Split(p, "/")[0]
		if feed.Language != lang {
			t.Errorf("%s: language %q, want %q", p, feed.Language, lang)
		}
		if len(feed.Items) == 0 || len(feed.Items) > 20 {
			t.Errorf("%s: %d items", p, len(feed.Items))
		}
		for _, it := range feed.Items {
			if it.Title == "" || it.PublishedParsed == nil || it.Description == "" {
				t.Errorf("%s: item %q lacks a title, date or description", p, it.Link)
			}
			file, ok := urlPath(t, res, p, it.Link)
			if !ok || !strings.HasPrefix(it.Link, "https://example.org/") {
				t.Errorf("%s: item link %q is not an absolute link into the site", p, it.Link)
				continue
			}
			if _, exists := res.Files.Map()[file]; !exists {
				t.Errorf("%s: item link %q leads nowhere", p, it.Link)
			}
		}
	}
	if feeds < 6 {
		t.Errorf("found %d feeds, want RSS and Atom for every language home and section", feeds)
	}
	// Every page announces its language's feed.
	for _, pg := range examplePages(t, res) {
		if pg.path == "index.html" || strings.HasSuffix(pg.path, "404.html") {
			continue
		}
		lang := strings.Split(pg.path, "/")[0]
		found := false
		for _, l := range findLinks(pg, "alternate", "application/rss+xml") {
			found = found || l == "/"+lang+"/index.xml"
		}
		if !found {
			t.Errorf("%s: no <link rel=alternate type=application/rss+xml> to /%s/index.xml", pg.path, lang)
		}
	}
}

type sitemapURLSet struct {
	URLs []struct {
		Loc        string `xml:"loc"`
		Lastmod    string `xml:"lastmod"`
		Alternates []struct {
			HrefLang string `xml:"hreflang,attr"`
			Href     string `xml:"href,attr"`
		} `xml:"http://www.w3.org/1999/xhtml link"`
	} `xml:"url"`
}

// TestExampleSiteSitemaps checks the sitemap index, every listed URL and every
// alternate, and that alternates are reciprocal.
func TestExampleSiteSitemaps(t *testing.T) {
	res := buildExample(t)
	var index struct {
		Sitemaps []struct {
			Loc string `xml:"loc"`
		} `xml:"sitemap"`
	}
	if err := xml.Unmarshal(res.Files.Map()["sitemap.xml"], &index); err != nil {
		t.Fatal(err)
	}
	if len(index.Sitemaps) != 3 {
		t.Fatalf("sitemap index lists %d sitemaps, want 3", len(index.Sitemaps))
	}
	alternates := map[string]map[string]string{}
	listed := 0
	for _, sm := range index.Sitemaps {
		file, ok := urlPath(t, res, "sitemap.xml", sm.Loc)
		if !ok {
			t.Fatalf("sitemap %q outside the site", sm.Loc)
		}
		var set sitemapURLSet
		if err := xml.Unmarshal(res.Files.Map()[file], &set); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for _, u := range set.URLs {
			listed++
			if f, ok := urlPath(t, res, file, u.Loc); !ok || res.Files.Map()[f] == nil {
				t.Errorf("%s: %s is not a built page", file, u.Loc)
			}
			if u.Lastmod == "" {
				t.Errorf("%s: %s has no lastmod", file, u.Loc)
			}
			alts := map[string]string{}
			for _, a := range u.Alternates {
				alts[a.HrefLang] = a.Href
				if f, ok := urlPath(t, res, file, a.Href); !ok || res.Files.Map()[f] == nil {
					t.Errorf("%s: alternate %s of %s is not a built page", file, a.Href, u.Loc)
				}
			}
			if len(alts) > 0 && alts["x-default"] == "" {
				t.Errorf("%s: %s has alternates but no x-default", file, u.Loc)
			}
			alternates[u.Loc] = alts
		}
	}
	for loc, alts := range alternates {
		for lang, href := range alts {
			if lang == "x-default" || href == loc {
				continue
			}
			back := alternates[href]
			found := false
			for _, h := range back {
				found = found || h == loc
			}
			if !found {
				t.Errorf("sitemap alternate %s -> %s (%s) is not reciprocal", loc, href, lang)
			}
		}
	}
	if listed < 3*20 {
		t.Errorf("sitemaps list %d URLs, want every page", listed)
	}
	if !strings.Contains(string(res.Files.Map()["robots.txt"]), "Sitemap: https://example.org/sitemap.xml") {
		t.Errorf("robots.txt does not name the sitemap:\n%s", res.Files.Map()["robots.txt"])
	}
}
