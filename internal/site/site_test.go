package site

import (
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

func TestSortPages(t *testing.T) {
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
			{Title: "closed-early", Status: "closed", Deadline: day("2022-01-01")},
			{Title: "upcoming", Status: "upcoming", Deadline: day("2025-06-01")},
			{Title: "open-late", Status: "open", Deadline: day("2025-03-01")},
			{Title: "open-soon", Status: "open", Deadline: day("2025-01-01")},
			{Title: "closed-late", Status: "closed", Deadline: day("2023-01-01")},
		}, []string{"open-soon", "open-late", "upcoming", "closed-late", "closed-early"}},
		{"projects", []*Page{
			{Title: "2019", Start: day("2019-01-01")},
			{Title: "2024", Start: day("2024-01-01")},
			{Title: "2023", Start: day("2023-04-20")},
		}, []string{"2024", "2023", "2019"}},
	}
	for _, tt := range tests {
		sortPages(tt.section, tt.pages)
		if diff := cmp.Diff(tt.want, titles(tt.pages)); diff != "" {
			t.Errorf("sortPages(%s) (-want +got):\n%s", tt.section, diff)
		}
	}
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
