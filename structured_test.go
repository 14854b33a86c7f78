package vestis_test

import (
	"encoding/json"
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestExampleSiteStructuredData parses the JSON-LD of every page of the example
// site and checks the properties each type needs.
func TestExampleSiteStructuredData(t *testing.T) {
	res := buildExample(t)
	required := map[string][]string{
		"WebSite":                        {"name", "url", "inLanguage"},
		"NewsArticle":                    {"headline", "datePublished", "dateModified", "inLanguage", "author", "publisher", "mainEntityOfPage"},
		"EducationalOccupationalProgram": {"name", "applicationDeadline", "provider", "event"},
		"Project":                        {"name", "funder", "member"},
		"BreadcrumbList":                 {"itemListElement"},
	}
	seen := map[string]int{}
	for _, pg := range examplePages(t, res) {
		if pg.path == "index.html" || strings.HasSuffix(pg.path, "404.html") {
			continue
		}
		scripts := bt.Find(pg.doc, "script", "type=application/ld+json")
		if len(scripts) != 1 {
			t.Errorf("%s: %d JSON-LD scripts, want 1", pg.path, len(scripts))
			continue
		}
		var ld struct {
			Context string           `json:"@context"`
			Graph   []map[string]any `json:"@graph"`
		}
		if err := json.Unmarshal([]byte(bt.Text(scripts[0])), &ld); err != nil {
			t.Errorf("%s: JSON-LD does not parse: %v", pg.path, err)
			continue
		}
		hasCrumbs := false
		for _, node := range ld.Graph {
			typ, _ := node["@type"].(string)
			seen[typ]++
			hasCrumbs = hasCrumbs || typ == "BreadcrumbList"
			for _, prop := range required[typ] {
				if v, ok := node[prop]; !ok || v == "" || v == nil {
					t.Errorf("%s: %s lacks %s", pg.path, typ, prop)
				}
			}
			if typ == "EducationalOccupationalProgram" {
				for _, e := range node["event"].([]any) {
					ev := e.(map[string]any)
					if ev["@type"] != "Event" || ev["startDate"] == "" {
						t.Errorf("%s: a timeline entry is not an Event with a startDate: %v", pg.path, ev)
					}
				}
			}
		}
		if !hasCrumbs {
			t.Errorf("%s: no BreadcrumbList", pg.path)
		}
		lang := strings.Split(pg.path, "/")[0]
		want := map[string]string{"lv": "lv_LV", "en": "en_GB", "vi": "vi_VN"}[lang]
		if og := bt.Find(pg.doc, "meta", "property=og:locale"); len(og) != 1 || bt.Attr(og[0], "content") != want {
			t.Errorf("%s: og:locale is not %s", pg.path, want)
		}
		for _, prop := range []string{"og:title", "og:type", "og:url"} {
			if len(bt.Find(pg.doc, "meta", "property="+prop)) != 1 {
				t.Errorf("%s: no %s", pg.path, prop)
			}
		}
	}
	for _, typ := range []string{"WebSite", "NewsArticle", "EducationalOccupationalProgram", "Project"} {
		if seen[typ] < 3 {
			t.Errorf("%d pages of type %s, want one per language at least", seen[typ], typ)
		}
	}
}
