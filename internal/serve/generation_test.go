package serve_test

import (
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
	"github.com/vestis-ssg/vestis/internal/serve"
)

// TestReadersSeeWholeGenerations reads pages and the translations dashboard
// from several goroutines while content, layout and i18n files are saved and
// rebuilt, both on the fast path (a body) and the full one (a layout and a
// message with it). Every response must be a whole page of one generation:
// 200, complete, its body, layout and message markers from the same save, and
// never older than what the same reader saw before. Run it with -race: it
// also finds a handler reading what a rebuild changes.
func TestReadersSeeWholeGenerations(t *testing.T) {
	const generations = 24
	root := t.TempDir()
	messages, err := fs.ReadFile(vestis.Theme(), "i18n/lv.yaml")
	if err != nil {
		t.Fatal(err)
	}
	builtWith := regexp.MustCompile(`(?m)^builtWith: .*$`)
	if !builtWith.Match(messages) {
		t.Fatal("the theme's i18n/lv.yaml has no builtWith message")
	}
	// Generation g saves the page's body, gen-body-<g>, with g+1 words (the
	// fast path); when g%3 == 2 its title too, gen-title-<g> (the fast path
	// for front matter); when g%3 == 0 the layout gen-layout-<g> and the
	// message gen-msg-<g>, which every page shows (the full path).
	save := func(g int) []string {
		changes := []string{"content/news/a.lv.md"}
		bt.WriteFile(t, root, "content/news/a.lv.md", page(fmt.Sprintf("gen-title-%d", titleGeneration(g)), fmt.Sprintf("gen-body-%d%s", g, strings.Repeat(" vārds", g))))
		if g%3 == 0 {
			bt.WriteFile(t, root, "layouts/news/single.html", fmt.Sprintf(`{{ define "main" }}<p>gen-layout-%d</p>{{ .Page.Content }}{{ end }}`, g))
			bt.WriteFile(t, root, "i18n/lv.yaml", builtWith.ReplaceAllString(string(messages), fmt.Sprintf(`builtWith: "gen-msg-%d"`, g)))
			changes = append(changes, "layouts/news/single.html", "i18n/lv.yaml")
		}
		return changes
	}
	bt.WriteFile(t, root, "site.yaml", testSite)
	save(0)
	s := serve.New(build.NewBuilder(build.Options{Site: os.DirFS(root), Theme: vestis.Theme(), Now: bt.Now}), root, io.Discard)
	if err := s.Rebuild(nil); err != nil {
		t.Fatal(err)
	}
	h := httptest.NewServer(s)
	defer h.Close()

	stop := make(chan struct{})
	var readers sync.WaitGroup
	for _, path := range []string{"/lv/jaunumi/a/", "/lv/jaunumi/a/", "/lv/", "/lv/jaunumi/", "/_vestis/translations", "/_vestis/translations"} {
		readers.Go(func() {
			seen := 0 // the latest generation this reader saw
			for n := 0; ; n++ {
				g, err := readGeneration(h.URL + path)
				if err != nil {
					t.Errorf("GET %s (request %d): %v", path, n, err)
					return
				}
				if g < seen {
					t.Errorf("GET %s (request %d): generation %d after %d", path, n, g, seen)
					return
				}
				seen = g
				select {
				case <-stop:
					return
				default:
				}
			}
		})
	}
	for g := 1; g <= generations; g++ {
		if err := s.Rebuild(save(g)); err != nil {
			t.Fatalf("generation %d: %v", g, err)
		}
	}
	close(stop)
	readers.Wait()
	if g, err := readGeneration(h.URL + "/lv/jaunumi/a/"); err != nil || g != generations {
		t.Errorf("after the last save the page is of generation %d (%v), want %d", g, err, generations)
	}
}

// titleGeneration is the generation of TestReadersSeeWholeGenerations that
// saved the title generation g shows: the latest one with g%3 == 2, or 0.
func titleGeneration(g int) int {
	for ; g > 0; g-- {
		if g%3 == 2 {
			return g
		}
	}
	return 0
}

var (
	bodyMarker    = regexp.MustCompile(`\bgen-body-(\d+)\b`)
	titleMarker   = regexp.MustCompile(`\bgen-title-(\d+)\b`)
	layoutMarker  = regexp.MustCompile(`\bgen-layout-(\d+)\b`)
	messageMarker = regexp.MustCompile(`\bgen-msg-(\d+)\b`)
	wordsMarker   = regexp.MustCompile(`\b(\d+) words?\b`) // "1 word" at generation 0
)

// readGeneration gets a page of TestReadersSeeWholeGenerations and returns
// the generation it is of (for the dashboard, a number that grows with it), or
// why it is not a whole page of one generation.
func readGeneration(url string) (int, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	body := string(data)
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("status %d:\n%s", resp.StatusCode, body)
	}
	if !strings.HasPrefix(body, "<!DOCTYPE html>") && !strings.HasPrefix(body, "<!doctype html>") || !strings.HasSuffix(strings.TrimSpace(body), "</html>") || strings.Count(body, "<html") != 1 {
		return 0, fmt.Errorf("not one whole page:\n%s", body)
	}
	// one is the number every marker re finds in the page holds: a page that
	// shows its body in several places (content, description, feeds) shows
	// one generation in all.
	one := func(re *regexp.Regexp) (int, error) {
		m := re.FindAllStringSubmatch(body, -1)
		if len(m) == 0 {
			return 0, fmt.Errorf("no marker %s:\n%s", re, body)
		}
		for _, x := range m[1:] {
			if x[1] != m[0][1] {
				return 0, fmt.Errorf("a mix of generations: markers %s %s and %s:\n%s", re, m[0][1], x[1], body)
			}
		}
		return strconv.Atoi(m[0][1])
	}
	if strings.Contains(url, "/_vestis/translations") {
		// The page's words to translate grow with each generation.
		words, err := one(wordsMarker)
		if err != nil || !strings.Contains(body, "content/news/a.lv.md") {
			return 0, fmt.Errorf("the dashboard has no words count for content/news/a.lv.md (%v):\n%s", err, body)
		}
		return words, nil
	}
	msg, err := one(messageMarker)
	if err != nil {
		return 0, err
	}
	title, err := one(titleMarker)
	if err != nil {
		return 0, err
	}
	if !strings.Contains(url, "/jaunumi/a/") {
		// A list shows the title and the message: those of one generation
		// are the message's, or the title saved just before or after it.
		if title != max(0, msg-1) && title != msg+2 {
			return 0, fmt.Errorf("a mix of generations: title %d with message %d:\n%s", title, msg, body)
		}
		return max(title, msg), nil
	}
	g, err := one(bodyMarker)
	if err != nil {
		return 0, err
	}
	layout, err := one(layoutMarker)
	if err != nil {
		return 0, err
	}
	if want := g - g%3; layout != want || msg != want || title != titleGeneration(g) {
		return 0, fmt.Errorf("a mix of generations: body %d with title %d, layout %d and message %d; want title %d, layout and message %d:\n%s", g, title, layout, msg, titleGeneration(g), want, body)
	}
	return g, nil
}
