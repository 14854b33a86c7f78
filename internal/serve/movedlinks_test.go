package serve_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
	"github.com/vestis-ssg/vestis/internal/diag"
)

// TestAFolderMovedSaysItsBrokenLinksOnce: a folder of pages renamed breaks
// every link into it, and the server and vestis build say so once, with a
// count and the first places, not once a link (2,600 lines after a folder
// of a large site moved). A link to a page missing from a folder that still
// has pages keeps its own line.
func TestAFolderMovedSaysItsBrokenLinksOnce(t *testing.T) {
	s, root, log := logged(t)
	var saved []string
	var links strings.Builder
	for i := range 6 {
		for _, lang := range []string{"lv", "en"} {
			name := fmt.Sprintf("content/news/2024/p%d.%s.md", i, lang)
			bt.WriteFile(t, root, name, page(fmt.Sprintf("Lapa %d", i), "Teksts."))
			saved = append(saved, name)
		}
		fmt.Fprintf(&links, "[%d](2024/p%d.lv.md) [%d](2024/p%d.en.md)\n\n", i, i, i, i)
	}
	bt.WriteFile(t, root, "content/news/b.lv.md", page("Saites", links.String()+"[x](c.lv.md)"))
	bt.WriteFile(t, root, "content/news/c.lv.md", page("Cita", "Teksts."))
	if err := s.Rebuild(append(saved, "content/news/2024", "content/news/b.lv.md", "content/news/c.lv.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(root, "content/news/2024"), filepath.Join(root, "content/news/2025")); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(root, "content/news/c.lv.md")); err != nil {
		t.Fatal(err)
	}
	before := log.Len()
	if err := s.Rebuild([]string{"content/news/2024", "content/news/2025", "content/news/c.lv.md"}); err == nil {
		t.Fatal("the links into the moved folder did not fail the build")
	}
	served := log.String()[before:]
	_, err := build.BuildInto(build.Options{Site: os.DirFS(root), Theme: vestis.Theme()}, build.Output{Dir: filepath.Join(t.TempDir(), "public")})
	if err == nil {
		t.Fatal("vestis build succeeded, want the broken links")
	}
	var built strings.Builder
	for _, d := range diag.Flatten(err).Unique().Grouped() {
		fmt.Fprintln(&built, d)
	}
	head := "links to pages in content/news/2024/, where there are no pages now (was the folder moved or renamed?); change each link to where its page is, or put the folder back; in 12 places:\n" +
		"  content/news/b.lv.md:5: link to \"2024/p0.en.md\"\n" +
		"  content/news/b.lv.md:5: link to \"2024/p0.lv.md\"\n"
	for _, tc := range []struct{ who, said string }{{"vestis serve", served}, {"vestis build", built.String()}} {
		if n := strings.Count(tc.said, "links to pages in"); n != 1 || !strings.Contains(tc.said, head) {
			t.Errorf("%s says the moved folder %d times, want once beginning\n%s\nit said:\n%s", tc.who, n, head, tc.said)
		}
		if n := strings.Count(tc.said, "link to \"2024/"); n != diag.GroupLimit {
			t.Errorf("%s names %d broken links, want the first %d:\n%s", tc.who, n, diag.GroupLimit, tc.said)
		}
		if !strings.Contains(tc.said, "\n  and 2 more\n") {
			t.Errorf("%s does not say how many more links broke:\n%s", tc.who, tc.said)
		}
		if !strings.Contains(tc.said, "content/news/b.lv.md:17: link to \"c.lv.md\": no such page (content/news/c.lv.md)\n") {
			t.Errorf("%s does not name the page removed from a folder that is still there on a line of its own:\n%s", tc.who, tc.said)
		}
	}
}

// TestADeletedPageSaysItsBrokenLinksOnce: a page deleted breaks the link of
// each version of a page that links to it (x.lv.md to gone.lv.md, x.en.md to
// gone.en.md, x.vi.md to gone.vi.md); the server and vestis build say so once,
// naming the page, how many files link to it and where, not once a linking
// file. A link to another missing page keeps its own line.
func TestADeletedPageSaysItsBrokenLinksOnce(t *testing.T) {
	s, root, log := logged(t)
	bt.WriteFile(t, root, "site.yaml", "baseURL: https://example.org/\ndefaultLanguage: lv\nlanguages:\n  lv: {name: Latviešu, title: Vēstis, weight: 1}\n  en: {name: English, title: News, weight: 2}\n  vi: {name: Tiếng Việt, title: Tin tức, weight: 3}\nsections:\n  news: {lv: jaunumi, en: news, vi: tin-tuc}\n")
	saved := []string{"site.yaml"}
	for _, lang := range []string{"lv", "en", "vi"} {
		for _, f := range []struct{ name, body string }{
			{"gone", "Teksts."},
			{"x", "[saite](gone." + lang + ".md)"},
		} {
			name := "content/news/" + f.name + "." + lang + ".md"
			bt.WriteFile(t, root, name, page(f.name, f.body))
			saved = append(saved, name)
		}
	}
	bt.WriteFile(t, root, "content/news/y.lv.md", page("Y", "[cita](nav.lv.md)"))
	if err := s.Rebuild(append(saved, "content/news/y.lv.md")); err == nil {
		t.Fatal("the link to a page never written did not fail the build")
	}
	var gone []string
	for _, lang := range []string{"lv", "en", "vi"} {
		name := "content/news/gone." + lang + ".md"
		if err := os.Remove(filepath.Join(root, name)); err != nil {
			t.Fatal(err)
		}
		gone = append(gone, name)
	}
	before := log.Len()
	if err := s.Rebuild(gone); err == nil {
		t.Fatal("the links to the deleted page did not fail the build")
	}
	served := log.String()[before:]
	_, err := build.BuildInto(build.Options{Site: os.DirFS(root), Theme: vestis.Theme()}, build.Output{Dir: filepath.Join(t.TempDir(), "public")})
	if err == nil {
		t.Fatal("vestis build succeeded, want the broken links")
	}
	var built strings.Builder
	for _, d := range diag.Flatten(err).Unique().Grouped() {
		fmt.Fprintln(&built, d)
	}
	want := "links to content/news/gone, a page the site does not have (was it deleted, moved or renamed?); change each link to where its page is, or put the page back; in 3 files:\n" +
		"  content/news/x.en.md:5: link to \"gone.en.md\"\n" +
		"  content/news/x.lv.md:5: link to \"gone.lv.md\"\n" +
		"  content/news/x.vi.md:5: link to \"gone.vi.md\"\n"
	for _, tc := range []struct{ who, said string }{{"vestis serve", served}, {"vestis build", built.String()}} {
		if n := strings.Count(tc.said, "content/news/gone"); n != 1 || !strings.Contains(tc.said, want) {
			t.Errorf("%s names the deleted page %d times, want once as\n%s\nit said:\n%s", tc.who, n, want, tc.said)
		}
		if !strings.Contains(tc.said, "content/news/y.lv.md:5: link to \"nav.lv.md\": no such page (content/news/nav.lv.md)\n") {
			t.Errorf("%s does not say the link to another missing page on a line of its own:\n%s", tc.who, tc.said)
		}
	}
}
