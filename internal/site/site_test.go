package site

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/vestis-ssg/vestis/internal/config"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func titles(pages []*Page) []string {
	var out []string
	for _, p := range pages {
		out = append(out, p.Title)
	}
	return out
}

// exampleConfig is the example site's site.yaml, whose types sort their lists.
func exampleConfig(t *testing.T) *config.Config {
	t.Helper()
	data, err := os.ReadFile("../../site.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Parse("site.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestSortPages sorts by the example site's types: news newest first,
// programmes open, then upcoming, then closed, each by deadline, projects by
// start, newest first; weight before all.
func TestSortPages(t *testing.T) {
	cfg := exampleConfig(t)
	f := func(kv ...any) map[string]any {
		m := map[string]any{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	tests := []struct {
		section string
		pages   []*Page
		want    []string
	}{
		{"news", []*Page{
			{Title: "old", Date: day("2020-01-01")},
			{Title: "new", Date: day("2024-01-01")},
			{Title: "pinned", Date: day("2019-01-01"), Weight: 1},
			{Title: "mid", Date: day("2022-01-01")},
		}, []string{"pinned", "new", "mid", "old"}},
		{"programs", []*Page{
			{Title: "closed-early", fields: f("status", "closed", "deadline", day("2022-01-01"))},
			{Title: "no status", fields: f("deadline", day("2020-01-01"))},
			{Title: "upcoming", fields: f("status", "upcoming", "deadline", day("2025-06-01"))},
			{Title: "open-late", fields: f("status", "open", "deadline", day("2025-03-01"))},
			{Title: "open-soon", fields: f("status", "open", "deadline", day("2025-01-01"))},
			{Title: "open-no-deadline", fields: f("status", "open")},
			{Title: "closed-late", fields: f("status", "closed", "deadline", day("2023-01-01"))},
		}, []string{"open-soon", "open-late", "open-no-deadline", "upcoming", "closed-early", "closed-late", "no status"}},
		{"projects", []*Page{
			{Title: "2019", fields: f("start", day("2019-01-01"))},
			{Title: "2024", fields: f("start", day("2024-01-01"))},
			{Title: "2023", fields: f("start", day("2023-04-20"))},
		}, []string{"2024", "2023", "2019"}},
		{"news", []*Page{ // weights far apart: their difference does not fit an int
			{Title: "max", Weight: math.MaxInt},
			{Title: "min", Weight: math.MinInt},
			{Title: "one", Weight: 1},
			{Title: "none"},
		}, []string{"min", "one", "max", "none"}},
		{"partners", []*Page{ // no type: newest first
			{Title: "b", Date: day("2020-01-01")},
			{Title: "a", Date: day("2024-01-01")},
		}, []string{"a", "b"}},
	}
	for _, tt := range tests {
		ty := cfg.TypeOf(tt.section)
		sortPages(ty, tt.pages)
		if diff := cmp.Diff(tt.want, titles(tt.pages)); diff != "" {
			t.Errorf("sortPages(%s) (-want +got):\n%s", tt.section, diff)
		}
		for i := 1; i < len(tt.pages); i++ {
			if sameRank(ty, tt.pages[i-1], tt.pages[i]) {
				t.Errorf("%s: sameRank(%s, %s) = true", tt.section, tt.pages[i-1].Title, tt.pages[i].Title)
			}
		}
	}
}

// TestPlacePages changes pages of sorted lists of the example site's types at
// random and checks that placePages puts them where sorting the whole list
// again would.
func TestPlacePages(t *testing.T) {
	cfg := exampleConfig(t)
	r := rand.New(rand.NewPCG(1, 2))
	statuses := []string{"open", "upcoming", "closed"}
	change := func(p *Page) {
		p.Date = day(fmt.Sprintf("20%02d-0%d-1%d", r.IntN(20), 1+r.IntN(9), r.IntN(10)))
		p.Title = fmt.Sprint("t", r.IntN(5)) // titles and dates repeat: files decide
		p.Weight = max(0, r.IntN(8)-5)
		p.fields = map[string]any{"status": statuses[r.IntN(3)], "deadline": day(fmt.Sprintf("20%02d-01-01", r.IntN(30))), "start": p.Date}
	}
	for _, section := range []string{"news", "programs", "projects", "partners"} {
		ty := cfg.TypeOf(section)
		for round := range 200 {
			pages := make([]*Page, 1+r.IntN(40))
			for i := range pages {
				pages[i] = &Page{File: fmt.Sprintf("f%03d.md", i)}
				change(pages[i])
			}
			sortPages(ty, pages)
			moved := []*Page{pages[r.IntN(len(pages))], pages[r.IntN(len(pages))], {File: "not-listed.md"}}
			for _, p := range moved {
				change(p)
			}
			joining := &Page{File: "joining.md"}
			change(joining)
			if round%2 == 0 {
				pages, moved = append(pages, joining), append(moved, joining)
			}
			want := slices.Clone(pages)
			sortPages(ty, want)
			if got := placePages(ty, pages, moved); !slices.Equal(got, want) {
				t.Fatalf("%s, round %d: placePages gave %v, sortPages %v", section, round, files(got), files(want))
			}
		}
	}
}

func files(pages []*Page) []string {
	var out []string
	for _, p := range pages {
		out = append(out, p.File)
	}
	return out
}

func TestOutputPath(t *testing.T) {
	for in, want := range map[string]string{
		"/lv/":           "lv/index.html",
		"/lv/jaunumi/x/": "lv/jaunumi/x/index.html",
		"/lv/404.html":   "lv/404.html",
		"/":              "index.html",
	} {
		if got := OutputPath(in); got != want {
			t.Errorf("OutputPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCheckPath(t *testing.T) {
	for _, bad := range []string{"..", "../x", "a/../../b", `a\b`, "https://x.org/", "javascript:alert(1)", "a?b", "x\x00"} {
		if checkPath(bad) == nil {
			t.Errorf("checkPath(%q) = nil, want an error", bad)
		}
	}
	for _, good := range []string{"a", "/lv/old/", "2023-05-19-atklasana", "a..b", "ārvalstis"} {
		if err := checkPath(good); err != nil {
			t.Errorf("checkPath(%q) = %v", good, err)
		}
	}
}

func TestCheckAlias(t *testing.T) {
	for _, tc := range []struct {
		url, alias string
		ok         bool
	}{
		{"/en/docs/start/", "../begin", true}, // /en/begin/, as Hugo resolves it
		{"/en/docs/start/", "../../begin", true},
		{"/en/docs/start/", "../../../begin", false},
		{"/en/docs/start/", "a/../../../b", true}, // /b/
		{"/en/docs/start/", "a/../../../../b", false},
		{"/start/", "../x", false},
		{"/", "x", true},
		{"/en/docs/start/", "/a/../b", false},
		{"/en/docs/start/", `..\x`, false},
		{"/en/docs/start/", "../https://x", false},
		{"/en/docs/start/", "https://x.org/", false},
	} {
		if err := checkAlias(tc.url, tc.alias); (err == nil) != tc.ok {
			t.Errorf("checkAlias(%q, %q) = %v, want ok %v", tc.url, tc.alias, err, tc.ok)
		}
	}
}

func TestURLsUnderASubpath(t *testing.T) {
	s := &Site{BaseURL: "https://example.org/news/", Config: &config.Config{BaseURL: "https://example.org/news/"}}
	if got := s.RelURL("/lv/x/"); got != "/news/lv/x/" {
		t.Errorf("RelURL = %q", got)
	}
	if got := s.AbsURL("/lv/x/"); got != "https://example.org/news/lv/x/" {
		t.Errorf("AbsURL = %q", got)
	}
	root := &Site{BaseURL: "/"}
	if got := root.RelURL("css/style.css"); got != "/css/style.css" {
		t.Errorf("RelURL with base / = %q", got)
	}
}
