package serve_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
	"github.com/vestis-ssg/vestis/internal/serve"
)

const testSite = `baseURL: https://example.org/
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis, weight: 1}
  en: {name: English, title: News, weight: 2}
sections:
  news: {lv: jaunumi, en: news}
`

// liveScript is the live-reload script's tag in a served page.
var liveScript = regexp.MustCompile(`<script src="/_vestis/live.js" data-gen="\d+" defer></script>`)

func page(title, body string) string {
	return "---\ntitle: " + title + "\ndate: 2024-01-01\n---\n" + body + "\n"
}

// server is a dev server on a temporary copy of a small site.
type server struct {
	t      *testing.T
	root   string
	url    string
	events chan sse
}

type sse struct {
	name string
	data map[string]any
}

func start(t *testing.T) *server {
	t.Helper()
	root := t.TempDir()
	bt.WriteFile(t, root, "site.yaml", testSite)
	bt.WriteFile(t, root, "content/news/a.lv.md", page("Pirmā", "Sākotnējais teksts."))
	bt.WriteFile(t, root, "content/news/a.en.md", page("First", "Original text."))
	bt.WriteFile(t, root, "static/css/extra.css", "body{color:#000}")
	return startIn(t, root)
}

// startIn starts a dev server on the site in root.
func startIn(t *testing.T, root string) *server {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- serve.Serve(ctx, serve.Options{
			Root:  root,
			Addr:  "127.0.0.1:0",
			Build: build.Options{Site: os.DirFS(root), Theme: vestis.Theme()},
			Log:   io.Discard,
			Ready: func(url string) { ready <- url },
		})
	}()
	s := &server{t: t, root: root, events: make(chan sse, 64)}
	select {
	case s.url = <-ready:
	case err := <-done:
		t.Fatalf("serve: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("the server did not start")
	}
	t.Cleanup(func() {
		cancel()
		<-done
	})
	s.listen(ctx)
	return s
}

// listen follows the event stream like a browser tab does.
func (s *server) listen(ctx context.Context) {
	u, _ := url.Parse(s.url)
	req, _ := http.NewRequestWithContext(ctx, "GET", u.Scheme+"://"+u.Host+"/_vestis/events", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		var name string
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				var data map[string]any
				json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &data)
				s.events <- sse{name, data}
			}
		}
	}()
}

// waitEvent waits (bounded) for the next event of one of names.
func (s *server) waitEvent(names ...string) sse {
	s.t.Helper()
	timeout := time.After(20 * time.Second)
	for {
		select {
		case e := <-s.events:
			if slices.Contains(names, e.name) {
				return e
			}
		case <-timeout:
			s.t.Fatalf("no %q event", names)
		}
	}
}

// waitChanged waits for the "built" event that names the output path p
// among the changed files: a file saved into a new folder can come in the
// build after the one the folder started, when the watcher saw the folder
// before the file.
func (s *server) waitChanged(p string) sse {
	s.t.Helper()
	for {
		e := s.waitEvent("built")
		if changed, _ := e.data["changed"].([]any); containsPath(changed, p) {
			return e
		}
	}
}

// waitFailure waits for a failure event whose error contains want, skipping
// others: a file caught half-written by a save fails for a moment too.
func (s *server) waitFailure(want string) sse {
	s.t.Helper()
	for {
		e := s.waitEvent("failure")
		if msg, _ := e.data["error"].(string); strings.Contains(msg, want) {
			return e
		}
	}
}

func (s *server) get(path string) (int, string) {
	s.t.Helper()
	resp, err := http.Get(s.url + strings.TrimPrefix(path, "/"))
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func (s *server) wantPage(path, text string) {
	s.t.Helper()
	code, body := s.get(path)
	if code != http.StatusOK || !strings.Contains(body, text) {
		s.t.Errorf("GET %s = %d, want 200 with %q", path, code, text)
	}
}

func TestServeSaveStyles(t *testing.T) {
	s := start(t)
	s.wantPage("/lv/jaunumi/a/", "Sākotnējais teksts.")
	if _, body := s.get("/lv/jaunumi/a/"); !strings.Contains(body, `<script src="/_vestis/live.js" data-gen="0" defer></script></body>`) {
		t.Errorf("the page has no live-reload script before </body>")
	}
	file := filepath.Join(s.root, "content/news/a.lv.md")

	// In place.
	bt.WriteFile(t, s.root, "content/news/a.lv.md", page("Pirmā", "Labots uz vietas."))
	e := s.waitEvent("built")
	s.wantPage("/lv/jaunumi/a/", "Labots uz vietas.")
	if changed, _ := e.data["changed"].([]any); !containsPath(changed, "lv/jaunumi/a/index.html") {
		t.Errorf("built event %v does not name lv/jaunumi/a/index.html", e.data)
	}

	// Write a temporary file and rename it over the page (vim, JetBrains), with a
	// swap file beside it.
	bt.WriteFile(t, s.root, "content/news/.a.lv.md.swp", "swap")
	bt.WriteFile(t, s.root, "content/news/a.lv.md___jb_tmp___", page("Pirmā", "Pārdēvēts."))
	if err := os.Rename(file+"___jb_tmp___", file); err != nil {
		t.Fatal(err)
	}
	s.waitEvent("built")
	s.wantPage("/lv/jaunumi/a/", "Pārdēvēts.")

	// Delete and create.
	if err := os.Remove(file); err != nil {
		t.Fatal(err)
	}
	bt.WriteFile(t, s.root, "content/news/a.lv.md", page("Pirmā", "No jauna."))
	waitFor(t, func() bool { _, b := s.get("/lv/jaunumi/a/"); return strings.Contains(b, "No jauna.") })
}

func TestServeDeleteAddAndBreak(t *testing.T) {
	s := start(t)

	// A new folder with a page.
	bt.WriteFile(t, s.root, "content/news/2024/jauns.lv.md", page("Jauns", "Jaunā mapē."))
	waitFor(t, func() bool { c, _ := s.get("/lv/jaunumi/2024/jauns/"); return c == 200 })
	s.wantPage("/lv/jaunumi/", "Jauns")

	// A renamed folder moves its pages; files saved in it later are seen too.
	if err := os.Rename(filepath.Join(s.root, "content/news/2024"), filepath.Join(s.root, "content/news/2025")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { c, _ := s.get("/lv/jaunumi/2025/jauns/"); return c == 200 })
	waitFor(t, func() bool { c, _ := s.get("/lv/jaunumi/2024/jauns/"); return c == 404 })
	bt.WriteFile(t, s.root, "content/news/2025/otrs.lv.md", page("Otrs", "Pārdēvētajā mapē."))
	waitFor(t, func() bool { c, _ := s.get("/lv/jaunumi/2025/otrs/"); return c == 200 })

	// A removed folder takes its pages with it.
	if err := os.RemoveAll(filepath.Join(s.root, "content/news/2025")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { c, _ := s.get("/lv/jaunumi/2025/otrs/"); return c == 404 })

	// A deleted page answers 404 and leaves every list.
	bt.WriteFile(t, s.root, "content/news/2024/jauns.lv.md", page("Jauns", "Jaunā mapē."))
	waitFor(t, func() bool { c, _ := s.get("/lv/jaunumi/2024/jauns/"); return c == 200 })
	if err := os.Remove(filepath.Join(s.root, "content/news/2024/jauns.lv.md")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { c, _ := s.get("/lv/jaunumi/2024/jauns/"); return c == 404 })
	if _, body := s.get("/lv/jaunumi/"); strings.Contains(body, "Jauns") {
		t.Errorf("the deleted page is still listed")
	}
	if _, body := s.get("/lv/sitemap.xml"); strings.Contains(body, "jauns") {
		t.Errorf("the deleted page is still in the sitemap")
	}

	// Broken front matter: an error event, and the last good page still served.
	bt.WriteFile(t, s.root, "content/news/a.lv.md", "---\ntitle: Pirmā\ndate: vakar\n---\nSalauzts.\n")
	s.waitFailure(`content/news/a.lv.md:3: front matter: date: cannot read "vakar" as a date`)
	s.wantPage("/lv/jaunumi/a/", "Sākotnējais teksts.")

	// Fixed: the page comes back with the new text.
	bt.WriteFile(t, s.root, "content/news/a.lv.md", page("Pirmā", "Salabots."))
	s.waitEvent("built")
	s.wantPage("/lv/jaunumi/a/", "Salabots.")

	// A stylesheet change names only the stylesheet.
	bt.WriteFile(t, s.root, "static/css/extra.css", "body{color:#111}")
	e := s.waitEvent("built")
	changed, _ := e.data["changed"].([]any)
	if len(changed) != 1 || !containsPath(changed, "css/extra.css") {
		t.Errorf("after a CSS edit, changed = %v", changed)
	}
}

// TestServeFolderMovedAway: a folder moved out of the site, as file
// managers and editors delete (to the trash), takes its pages and files
// with it, and they come back with it; a page file replaced by a folder of
// its name is gone too. The watcher names such a folder alone, and the
// rebuild served the pages on.
func TestServeFolderMovedAway(t *testing.T) {
	s := start(t)
	bt.WriteFile(t, s.root, "content/news/2024/jauns.lv.md", page("Jauns", "Jaunā mapē."))
	bt.WriteFile(t, s.root, "static/img/logo.svg", `<svg xmlns="http://www.w3.org/2000/svg"/>`)
	waitFor(t, func() bool { c, _ := s.get("/lv/jaunumi/2024/jauns/"); return c == 200 })
	waitFor(t, func() bool { c, _ := s.get("/img/logo.svg"); return c == 200 })
	trash := t.TempDir()
	for _, tc := range []struct{ dir, url string }{
		{"content/news/2024", "/lv/jaunumi/2024/jauns/"},
		{"static/img", "/img/logo.svg"},
	} {
		dir, away := filepath.Join(s.root, filepath.FromSlash(tc.dir)), filepath.Join(trash, filepath.Base(tc.dir))
		if err := os.Rename(dir, away); err != nil {
			t.Fatal(err)
		}
		waitFor(t, func() bool { c, _ := s.get(tc.url); return c == 404 })
		if err := os.Rename(away, dir); err != nil {
			t.Fatal(err)
		}
		waitFor(t, func() bool { c, _ := s.get(tc.url); return c == 200 })
	}
	file := filepath.Join(s.root, "content/news/2024/jauns.lv.md")
	if err := os.Remove(file); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(file, 0o755); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { c, _ := s.get("/lv/jaunumi/2024/jauns/"); return c == 404 })
}

// TestServeFolderMovedOutAndBackFollowsSaves: a folder moved to the trash
// and back under another name (a file manager's undo, a rename done by way
// of another folder) is followed at every depth below it: a page saved
// there afterwards is served as saved. Its saves came under the old name,
// and the page stayed as it was.
func TestServeFolderMovedOutAndBackFollowsSaves(t *testing.T) {
	s := start(t)
	bt.WriteFile(t, s.root, "content/news/2024/x/y/jauns.lv.md", page("Jauns", "Dziļi mapē."))
	waitFor(t, func() bool { c, _ := s.get("/lv/jaunumi/2024/x/y/jauns/"); return c == 200 })
	away := filepath.Join(t.TempDir(), "2024")
	if err := os.Rename(filepath.Join(s.root, "content/news/2024"), away); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { c, _ := s.get("/lv/jaunumi/2024/x/y/jauns/"); return c == 404 })
	if err := os.Rename(away, filepath.Join(s.root, "content/news/2025")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { c, _ := s.get("/lv/jaunumi/2025/x/y/jauns/"); return c == 200 })
	for i := range 2 {
		text := fmt.Sprintf("Saglabāts %d. reizi.", i)
		bt.WriteFile(t, s.root, "content/news/2025/x/y/jauns.lv.md", page("Jauns", text))
		waitFor(t, func() bool { _, body := s.get("/lv/jaunumi/2025/x/y/jauns/"); return strings.Contains(body, text) })
	}
}

// TestServeSurvivesHostileSaves: saves that used to end the server with a stack
// overflow or hang it (an alias cycle, an alias bomb, nesting millions deep)
// are failures shown in the overlay; the last good site stays served and the
// server keeps building.
func TestServeSurvivesHostileSaves(t *testing.T) {
	s := start(t)
	s.wantPage("/lv/jaunumi/a/", "Sākotnējais teksts.")
	bomb := "params:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 1; i <= 9; i++ {
		ref := fmt.Sprintf("*a%d", i-1)
		bomb += fmt.Sprintf("  a%d: &a%d [%s]\n", i, i, strings.Repeat(ref+", ", 9)+ref)
	}
	for _, tc := range []struct{ file, data, want string }{
		{"content/news/a.lv.md", "---\ntitle: Pirmā\nparams: &p [1, *p]\n---\nCikls.\n",
			"content/news/a.lv.md:3:16: front matter: alias *p is inside the value of its own anchor &p, so the value would never end"},
		{"content/news/a.lv.md", "+++\ntitle = \"Pirmā\"\nx = " + strings.Repeat("[", 3_000_000) + strings.Repeat("]", 3_000_000) + "\n+++\nDziļi.\n",
			"content/news/a.lv.md:3:205: front matter: lists and tables nest more than 200 levels deep"},
		{"site.yaml", testSite + bomb,
			"site.yaml:14: aliases (*name) repeat the values of anchors (&name) too many times"},
	} {
		bt.WriteFile(t, s.root, tc.file, tc.data)
		s.waitFailure(tc.want)
		s.wantPage("/lv/jaunumi/a/", "Sākotnējais teksts.")
		orig := testSite
		if tc.file != "site.yaml" {
			orig = page("Pirmā", "Sākotnējais teksts.")
		}
		bt.WriteFile(t, s.root, tc.file, orig)
		// The first build after the restore may have read the file while
		// it was written (a loaded computer pausing between emptying and
		// writing it longer than the server waits); the next one has it.
		for {
			s.waitEvent("built")
			if code, body := s.get("/lv/jaunumi/a/"); code == http.StatusOK && strings.Contains(body, "Sākotnējais teksts.") {
				break
			}
		}
	}
	bt.WriteFile(t, s.root, "content/news/a.lv.md", page("Pirmā", "Vēl dzīvs."))
	s.waitEvent("built")
	s.wantPage("/lv/jaunumi/a/", "Vēl dzīvs.")
}

func TestServeHTTP(t *testing.T) {
	s := start(t)
	for _, tt := range []struct {
		path  string
		code  int
		ctype string
	}{
		{"/lv/", 200, "text/html"},
		{"/css/style.css", 200, "text/css"},
		{"/lv/index.xml", 200, "xml"},
		{"/lv/nav/", 404, "text/html"},
		{"/../../etc/passwd", 404, "text/html"},
		{"/%2e%2e/%2e%2e/etc/passwd", 404, "text/html"},
		{"/lv/jaunumi/..%2f..%2f..%2fsite.yaml", 404, "text/html"},
		{"/site.yaml", 404, "text/html"},
		{"/content/", 404, "text/html"},
	} {
		resp, err := http.Get(s.url + strings.TrimPrefix(tt.path, "/"))
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.code || !strings.Contains(resp.Header.Get("Content-Type"), tt.ctype) {
			t.Errorf("GET %s = %d %s, want %d %s", tt.path, resp.StatusCode, resp.Header.Get("Content-Type"), tt.code, tt.ctype)
		}
		if tt.code == 404 && !strings.Contains(string(body), `<html lang=`) {
			t.Errorf("GET %s: not the site's 404 page", tt.path)
		}
		if strings.Contains(string(body), "defaultLanguage") || strings.Contains(string(body), "root:") {
			t.Errorf("GET %s served a file outside the site", tt.path)
		}
	}
	// Absolute URLs point at the local server.
	if _, body := s.get("/lv/jaunumi/a/"); !strings.Contains(body, `<link rel="canonical" href="`+s.url+`lv/jaunumi/a/">`) {
		t.Errorf("canonical does not point at the local server")
	}
}

func containsPath(list []any, p string) bool {
	for _, x := range list {
		if x == p {
			return true
		}
	}
	return false
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in 20 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestServedIsBuilt checks that a served page is the built page plus the
// live-reload script, with absolute URLs pointing at the local server.
func TestServedIsBuilt(t *testing.T) {
	s := start(t)
	res, err := build.Build(build.Options{Site: os.DirFS(s.root), Theme: vestis.Theme(), BaseURL: s.url})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"lv/jaunumi/a/index.html", "en/index.html", "lv/index.xml", "sitemap.xml", "css/style.css"} {
		_, body := s.get("/" + strings.TrimSuffix(p, "index.html"))
		body = liveScript.ReplaceAllString(body, "")
		if body != string(res.Files.Map()[p]) {
			t.Errorf("served %s differs from the built file", p)
		}
	}
}

// logged returns a server of a one-page site, built, and the log it writes.
func logged(t *testing.T) (*serve.Server, string, *strings.Builder) {
	t.Helper()
	root := t.TempDir()
	bt.WriteFile(t, root, "site.yaml", testSite)
	bt.WriteFile(t, root, "content/news/a.lv.md", page("Pirmā", "Teksts."))
	log := &strings.Builder{}
	s := serve.New(build.NewBuilder(build.Options{Site: os.DirFS(root), Theme: vestis.Theme()}), root, log)
	if err := s.Rebuild(nil); err != nil {
		t.Fatal(err)
	}
	return s, root, log
}

// TestRebuildLogsNewWarnings checks that a misspelt field is reported in the
// log once, when it is saved, and not again after later saves.
func TestRebuildLogsNewWarnings(t *testing.T) {
	s, root, log := logged(t)
	bt.WriteFile(t, root, "content/news/a.lv.md", "---\ntitle: Pirmā\ndescripton: Par to.\n---\nTeksts.\n")
	if err := s.Rebuild([]string{"content/news/a.lv.md"}); err != nil {
		t.Fatal(err)
	}
	bt.WriteFile(t, root, "content/news/a.lv.md", "---\ntitle: Pirmā\ndescripton: Par to.\n---\nCits teksts.\n")
	if err := s.Rebuild([]string{"content/news/a.lv.md"}); err != nil {
		t.Fatal(err)
	}
	want := `warning: content/news/a.lv.md:3: front matter: "descripton" is not a field vestis reads; did you mean "description"?`
	if n := strings.Count(log.String(), want); n != 1 {
		t.Errorf("the warning shows %d times in the log, want once:\n%s", n, log.String())
	}
	// Lines written above it, or removed, move the warning, which is no
	// new mistake; a second mistake of the same words is.
	for _, text := range []string{
		"---\ntitle: Pirmā\ndate: 2024-01-01\ndescripton: Par to.\n---\nCits teksts.\n",
		"---\ntitle: Pirmā\ndate: 2024-01-01\nweight: 2\ndescripton: Par to.\n---\nCits teksts.\n",
		"---\ndescripton: Par to.\ntitle: Pirmā\n---\nCits teksts.\n",
	} {
		before := log.Len()
		bt.WriteFile(t, root, "content/news/a.lv.md", text)
		if err := s.Rebuild([]string{"content/news/a.lv.md"}); err != nil {
			t.Fatal(err)
		}
		if got := log.String()[before:]; strings.Contains(got, "warning:") {
			t.Errorf("a line written above the misspelt field shows its warning again:\n%s", got)
		}
	}
	bt.WriteFile(t, root, "content/news/b.lv.md", "---\ntitle: Otrā\ndescripton: Par to.\n---\nTeksts.\n")
	before := log.Len()
	bt.WriteFile(t, root, "content/news/a.lv.md", "---\ntitle: Pirmā\ndescripton: Par to.\n---\nCits teksts.\n")
	if err := s.Rebuild([]string{"content/news/a.lv.md", "content/news/b.lv.md"}); err != nil {
		t.Fatal(err)
	}
	if got := log.String()[before:]; !strings.Contains(got, `content/news/b.lv.md:3: front matter: "descripton"`) {
		t.Errorf("the same mistake in another file shows no warning:\n%s", got)
	}
}

// TestRebuildSaysWhyAPageIsNotShown: a saved draft, or a page dated later,
// gets a line in the log saying why it is not shown and how to show it.
func TestRebuildSaysWhyAPageIsNotShown(t *testing.T) {
	s, root, log := logged(t)
	bt.WriteFile(t, root, "content/news/b.lv.md", "---\ntitle: Melnraksts\ndraft: true\n---\n")
	bt.WriteFile(t, root, "content/news/c.lv.md", "---\ntitle: Vēlāk\ndate: 2099-01-01\n---\n")
	if err := s.Rebuild([]string{"content/news/b.lv.md", "content/news/c.lv.md"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"content/news/b.lv.md is a draft, not shown: remove draft: true, or run vestis serve --drafts\n",
		"content/news/c.lv.md is dated 2099-01-01, not shown before then: run vestis serve --future\n",
	} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log = %q, want %q", log.String(), want)
		}
	}
}

// TestServeNotesADraft: saving a draft sends browsers a note saying why the page
// is not shown, with the built event of that save.
func TestServeNotesADraft(t *testing.T) {
	s := start(t)
	bt.WriteFile(t, s.root, "content/news/b.lv.md", "---\ntitle: Melnraksts\ndraft: true\n---\nTeksts.\n")
	want := "content/news/b.lv.md is a draft, not shown: remove draft: true, or run vestis serve --drafts"
	for {
		e := s.waitEvent("built")
		notes, _ := e.data["notes"].([]any)
		if len(notes) == 1 && notes[0] == want {
			return
		}
		if len(notes) > 0 {
			t.Fatalf("notes = %v, want [%s]", notes, want)
		}
	}
}

// TestRebuildWaitsForAHalfWrittenSave: an editor that empties a file and then
// writes it may be caught in between; the rebuild reads the file again once it
// settled, and the empty file's error is never shown.
func TestRebuildWaitsForAHalfWrittenSave(t *testing.T) {
	s, root, log := logged(t)
	bt.WriteFile(t, root, "content/news/a.lv.md", "")
	waited := 0
	serve.SetWait(s, func() { // the editor finishes writing while the server waits
		waited++
		bt.WriteFile(t, root, "content/news/a.lv.md", page("Otrā", "Teksts."))
	})
	if err := s.Rebuild([]string{"content/news/a.lv.md"}); err != nil {
		t.Fatalf("the half-written save was reported: %v", err)
	}
	if waited != 1 {
		t.Errorf("the server waited %d times for the save to settle, want 1", waited)
	}
	if strings.Contains(log.String(), "front matter") {
		t.Errorf("log shows the half-written file's error:\n%s", log.String())
	}
	// A mistake that stays is still reported, once the wait is over.
	serve.SetWait(s, func() {})
	bt.WriteFile(t, root, "content/news/a.lv.md", "---\ntitle: [\n---\n")
	if err := s.Rebuild([]string{"content/news/a.lv.md"}); err == nil {
		t.Error("a broken save built")
	}
}

// TestReadersDuringRebuilds reads pages and the translations dashboard while
// saves of a body and a title are rebuilt (the fast path that patches the
// model): under -race this finds a handler reading what a rebuild changes,
// such as the dashboard showing a page's title after ReadLast returned.
func TestReadersDuringRebuilds(t *testing.T) {
	s, root, _ := logged(t)
	h := httptest.NewServer(s)
	defer h.Close()
	stop := make(chan struct{})
	var readers sync.WaitGroup
	for _, p := range []string{"/_vestis/translations", "/lv/jaunumi/a/", "/lv/"} {
		readers.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				resp, err := http.Get(h.URL + p)
				if err != nil {
					t.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		})
	}
	for i := range 30 {
		bt.WriteFile(t, root, "content/news/a.lv.md", page(fmt.Sprintf("Pirmā %d", i), fmt.Sprintf("Teksts %d.", i)))
		if err := s.Rebuild([]string{"content/news/a.lv.md"}); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	readers.Wait()
}

// do sends a request to the server with the given Host header and headers.
func (s *server) do(method, path, host string, header ...string) (*http.Response, string) {
	s.t.Helper()
	req, err := http.NewRequest(method, s.url+strings.TrimPrefix(path, "/"), nil)
	if err != nil {
		s.t.Fatal(err)
	}
	if host != "" {
		req.Host = host
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		return resp, "" // an event stream does not end
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		s.t.Fatal(err)
	}
	return resp, string(body)
}

// TestServeRefusesForeignHosts: a page the editor visits may point its own
// domain at 127.0.0.1 (DNS rebinding); the server must not answer it, on any
// of its paths, while localhost names still work.
func TestServeRefusesForeignHosts(t *testing.T) {
	s := start(t)
	_, port, _ := strings.Cut(strings.TrimPrefix(strings.TrimSuffix(s.url, "/"), "http://127.0.0.1"), ":")
	for _, path := range []string{"/lv/", "/lv/jaunumi/a/", "/css/extra.css", "/_vestis/translations", "/_vestis/events", "/_vestis/live.js", "/nowhere/"} {
		for _, host := range []string{"evil.example:" + port, "evil.example", "127.0.0.1.nip.io:" + port, "192.168.1.20:" + port} {
			resp, body := s.do("GET", path, host)
			want := `vestis serve answers only for localhost and this computer's addresses, not for host "` + host + `"` + "\n"
			if resp.StatusCode != http.StatusForbidden || body != want {
				t.Errorf("GET %s with Host %s = %d %q, want 403 %q", path, host, resp.StatusCode, body, want)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
				t.Errorf("GET %s with Host %s: Content-Type %q, want text/plain", path, host, ct)
			}
		}
	}
	for _, host := range []string{"", "localhost:" + port, "localhost", "vestis.localhost:" + port, "[::1]:" + port, "127.0.0.1"} {
		for _, path := range []string{"/lv/jaunumi/a/", "/_vestis/translations"} {
			if resp, body := s.do("GET", path, host); resp.StatusCode != http.StatusOK || !strings.Contains(body, "<html") {
				t.Errorf("GET %s with Host %q = %d, want 200 with the page", path, host, resp.StatusCode)
			}
		}
	}
}

// TestServeRanges: a static file (a video, say) is served with Range requests,
// Content-Length and an ETag that changes when the file does.
func TestServeRanges(t *testing.T) {
	s := start(t)
	video := make([]byte, 200_000) // large enough for the server to keep its tag
	for i := range video {
		video[i] = byte(i * 7 % 251)
	}
	// Written beside the site and moved in, whole, as editors save: the
	// watcher sees the new folder, then the file.
	bt.WriteFile(t, s.root, "clip.tmp", string(video))
	if err := os.MkdirAll(filepath.Join(s.root, "static/media"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(s.root, "clip.tmp"), filepath.Join(s.root, "static/media/clip.mp4")); err != nil {
		t.Fatal(err)
	}
	s.waitChanged("media/clip.mp4")

	resp, body := s.do("GET", "/media/clip.mp4", "", "Range", "bytes=1000-1999")
	if resp.StatusCode != http.StatusPartialContent || body != string(video[1000:2000]) {
		t.Fatalf("Range bytes=1000-1999 = %d with %d bytes, want 206 with bytes 1000-1999", resp.StatusCode, len(body))
	}
	if got, want := resp.Header.Get("Content-Range"), "bytes 1000-1999/200000"; got != want {
		t.Errorf("Content-Range = %q, want %q", got, want)
	}
	if resp.ContentLength != 1000 {
		t.Errorf("Content-Length = %d, want 1000", resp.ContentLength)
	}
	resp, body = s.do("GET", "/media/clip.mp4", "", "Range", "bytes=-10")
	if resp.StatusCode != http.StatusPartialContent || body != string(video[len(video)-10:]) {
		t.Errorf("Range bytes=-10 = %d %q, want 206 with the last 10 bytes", resp.StatusCode, body)
	}
	resp, _ = s.do("GET", "/media/clip.mp4", "", "Range", "bytes=300000-")
	if resp.StatusCode != http.StatusRequestedRangeNotSatisfiable {
		t.Errorf("Range beyond the end = %d, want 416", resp.StatusCode)
	}

	resp, body = s.do("GET", "/media/clip.mp4", "")
	tag := resp.Header.Get("ETag")
	if resp.StatusCode != http.StatusOK || body != string(video) || resp.ContentLength != int64(len(video)) || tag == "" {
		t.Fatalf("GET = %d, %d bytes, Content-Length %d, ETag %q; want 200 with the file, its length and an ETag", resp.StatusCode, len(body), resp.ContentLength, tag)
	}
	if resp, _ := s.do("GET", "/media/clip.mp4", "", "If-None-Match", tag); resp.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match with the current ETag = %d, want 304", resp.StatusCode)
	}
	// A Range request with If-Range and the current tag gets the range.
	if resp, _ := s.do("GET", "/media/clip.mp4", "", "Range", "bytes=0-9", "If-Range", tag); resp.StatusCode != http.StatusPartialContent {
		t.Errorf("If-Range with the current ETag = %d, want 206", resp.StatusCode)
	}

	video[5] ^= 0xff
	bt.WriteFile(t, s.root, "static/media/clip.mp4", string(video))
	s.waitEvent("built")
	resp, body = s.do("GET", "/media/clip.mp4", "", "If-None-Match", tag)
	if resp.StatusCode != http.StatusOK || body != string(video) || resp.Header.Get("ETag") == tag {
		t.Errorf("after the file changed, If-None-Match with the old ETag = %d (ETag %q), want 200 with the new file and a new ETag", resp.StatusCode, resp.Header.Get("ETag"))
	}
	// If-Range with the old tag gets the whole new file, not a range of it.
	if resp, body := s.do("GET", "/media/clip.mp4", "", "Range", "bytes=0-9", "If-Range", tag); resp.StatusCode != http.StatusOK || body != string(video) {
		t.Errorf("If-Range with an old ETag = %d, want 200 with the whole file", resp.StatusCode)
	}
}

// TestServePageEncodings: pages, kept gzip-compressed in memory, are sent
// compressed to a client that accepts gzip and plain to one that does not,
// with a Content-Length and the live-reload script either way.
func TestServePageEncodings(t *testing.T) {
	s := start(t)
	liveTag := `<script src="/_vestis/live.js" data-gen="0" defer></script></body>`
	for _, tt := range []struct {
		path, accept string
		code         int
		gzip         bool
	}{
		{"/lv/jaunumi/a/", "gzip, deflate, br", 200, true},
		{"/lv/jaunumi/a/", "identity", 200, false},
		{"/lv/jaunumi/a/", "gzip;q=0", 200, false},
		{"/lv/jaunumi/a/", "", 200, false},
		{"/lv/nowhere/", "gzip", 404, true},
		{"/lv/nowhere/", "identity", 404, false},
	} {
		req, err := http.NewRequest("GET", s.url+strings.TrimPrefix(tt.path, "/"), nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Accept-Encoding", tt.accept) // also stops the client's own gzip handling
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		what := fmt.Sprintf("GET %s with Accept-Encoding %q", tt.path, tt.accept)
		if resp.StatusCode != tt.code {
			t.Errorf("%s = %d, want %d", what, resp.StatusCode, tt.code)
		}
		if got := resp.Header.Get("Content-Length"); got != strconv.Itoa(len(raw)) {
			t.Errorf("%s: Content-Length %q, want %d", what, got, len(raw))
		}
		page := raw
		if enc := resp.Header.Get("Content-Encoding"); tt.gzip != (enc == "gzip") {
			t.Errorf("%s: Content-Encoding %q, want gzip %v", what, enc, tt.gzip)
		} else if tt.gzip {
			zr, err := gzip.NewReader(bytes.NewReader(raw))
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			if page, err = io.ReadAll(zr); err != nil {
				t.Fatalf("%s: %v", what, err)
			}
		}
		if !strings.HasPrefix(string(page), "<!doctype html>") || strings.Count(string(page), liveTag) != 1 {
			t.Errorf("%s: the page is not HTML with the live-reload script before </body>:\n%.300s", what, page)
		}
		if !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s: Vary %q, want Accept-Encoding", what, resp.Header.Get("Vary"))
		}
	}
	// HEAD says the length of the page without sending it.
	resp, body := s.do("HEAD", "/lv/jaunumi/a/", "", "Accept-Encoding", "identity")
	_, page := s.do("GET", "/lv/jaunumi/a/", "", "Accept-Encoding", "identity")
	if resp.StatusCode != 200 || body != "" || resp.ContentLength != int64(len(page)) {
		t.Errorf("HEAD = %d, %d bytes, Content-Length %d; want 200, no body, %d", resp.StatusCode, len(body), resp.ContentLength, len(page))
	}
}

// TestServeSharingCard: the dev server draws a page's sharing card when it is
// asked for (build.Options.LazyCards), the very PNG a build writes, and a
// title edit gives the new card.
func TestServeSharingCard(t *testing.T) {
	s := start(t)
	want := func() []byte {
		t.Helper()
		res, err := build.Build(build.Options{Site: os.DirFS(s.root), Theme: vestis.Theme(), BaseURL: s.url})
		if err != nil {
			t.Fatal(err)
		}
		return res.Files.Map()["lv/jaunumi/a/og.png"]
	}
	get := func() []byte {
		t.Helper()
		resp, err := http.Get(s.url + "lv/jaunumi/a/og.png")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "image/png" {
			t.Fatalf("GET og.png = %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(body))
		if err != nil || cfg.Width != 1200 || cfg.Height != 630 {
			t.Fatalf("og.png is %dx%d (%v), want a 1200x630 PNG", cfg.Width, cfg.Height, err)
		}
		return body
	}
	first := get()
	if !bytes.Equal(first, want()) {
		t.Error("the served card differs from the built one")
	}
	bt.WriteFile(t, s.root, "content/news/a.lv.md", page("Pirmā, labota", "Sākotnējais teksts."))
	s.waitEvent("built")
	second := get()
	if bytes.Equal(second, first) || !bytes.Equal(second, want()) {
		t.Error("after a title edit, the served card is not the new title's")
	}
}

// TestServeFitsMemoryLimit: vestis serve starts under the memory limit of a
// build of its site (memlimit.Set); once the first build is done it raises
// the limit above what it keeps between saves (memlimit.Fit), or each save's
// garbage would set off collection after collection.
func TestServeFitsMemoryLimit(t *testing.T) {
	if os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOMEMLIMIT is set: the user's limit stays")
	}
	const low = 4 << 20 // below what any test process keeps
	prev := debug.SetMemoryLimit(low)
	t.Cleanup(func() { debug.SetMemoryLimit(prev) })
	s := start(t)
	if code, _ := s.get("/sitemap.xml"); code != http.StatusOK { // made by the first build
		t.Fatalf("GET /sitemap.xml: %d", code)
	}
	waitFor(t, func() bool { return debug.SetMemoryLimit(-1) > low })
}

// TestServeHugoThemeStatic: a Hugo theme's static/ file (site.yaml's
// hugoThemes) is served, and a save in that folder is served after it.
func TestServeHugoThemeStatic(t *testing.T) {
	root := t.TempDir()
	bt.WriteFile(t, root, "site.yaml", testSite+"hugoThemes: [plain]\n")
	bt.WriteFile(t, root, "content/news/a.lv.md", page("Pirmā", "Teksts."))
	bt.WriteFile(t, root, "themes/plain/static/img/logo.svg", "<svg>first</svg>")
	s := startIn(t, root)
	s.wantPage("/img/logo.svg", "<svg>first</svg>")
	bt.WriteFile(t, root, "themes/plain/static/img/logo.svg", "<svg>saved</svg>")
	waitFor(t, func() bool { _, b := s.get("/img/logo.svg"); return strings.Contains(b, "saved") })
	bt.WriteFile(t, root, "themes/plain/static/img/new/icon.svg", "<svg>new</svg>")
	waitFor(t, func() bool { _, b := s.get("/img/new/icon.svg"); return strings.Contains(b, "new") })
}

// TestServeWatchesFilesShortcodesRead: a page's shortcode shows a file kept
// outside the watched folders (code/, read with readFile); a save of that
// file shows in the page, as a save of the page would.
func TestServeWatchesFilesShortcodesRead(t *testing.T) {
	root := t.TempDir()
	bt.WriteFile(t, root, "site.yaml", testSite)
	bt.WriteFile(t, root, "layouts/shortcodes/code.html", `<pre class="code">{{ readFile (.Get 0) }}</pre>`)
	bt.WriteFile(t, root, "content/news/a.lv.md", page("Pirmā", `{{< code "code/hello.go" >}}`))
	bt.WriteFile(t, root, "code/hello.go", "package hello")
	s := startIn(t, root)
	s.wantPage("/lv/jaunumi/a/", `<pre class="code">package hello</pre>`)
	bt.WriteFile(t, root, "code/hello.go", "package labdien")
	s.waitEvent("built")
	s.wantPage("/lv/jaunumi/a/", `<pre class="code">package labdien</pre>`)
}

// TestServeLayoutMistake: a layout saved with a mistake is shown in the
// overlay at its file and line, as a content file's is, while the last good
// pages stay served; the save that fixes it clears the overlay (a built
// event) and serves pages from the fixed layout.
func TestServeLayoutMistake(t *testing.T) {
	s := start(t)
	bt.WriteFile(t, s.root, "layouts/news/single.html", "{{define \"main\"}}\n<h1>{{.Page.Title}</h1>\n{{end}}\n")
	s.waitFailure("layouts/news/single.html:2:18: this {{ is closed with a single }: close it with }}")
	s.wantPage("/lv/jaunumi/a/", "Sākotnējais teksts.")
	bt.WriteFile(t, s.root, "layouts/news/single.html", "{{define \"main\"}}\n<h1>{{.Page.Title}}</h1><p>Salabots izkārtojums.</p>\n{{end}}\n")
	s.waitEvent("built")
	s.wantPage("/lv/jaunumi/a/", "Salabots izkārtojums.")
}

// TestServeTellsATabOfABuildItMissed: a page carries the generation of the
// build it is from, and a tab that connects to the events after a later
// build (a save made while it loaded the page) is told at once to reload;
// a tab whose page is current is told only of the next build.
func TestServeTellsATabOfABuildItMissed(t *testing.T) {
	s := start(t)
	gen := func() string {
		t.Helper()
		_, body := s.get("/lv/jaunumi/a/")
		m := regexp.MustCompile(`data-gen="(\d+)"`).FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("the page has no generation:\n%s", body)
		}
		return m[1]
	}
	old := gen()
	bt.WriteFile(t, s.root, "content/news/a.lv.md", page("Pirmā", "Otrais teksts."))
	s.waitEvent("built")
	s.wantPage("/lv/jaunumi/a/", "Otrais teksts.")
	current := gen()
	if current == old {
		t.Fatalf("the generation is %s before and after a build", old)
	}
	if e, _ := s.firstEvent(old, nil); e != "stale" {
		t.Errorf("a tab of generation %s, connecting after the build, is first told %q, want stale", old, e)
	}
	save := func() { bt.WriteFile(t, s.root, "content/news/a.lv.md", page("Pirmā", "Trešais teksts.")) }
	if e, _ := s.firstEvent(current, save); e != "built" {
		t.Errorf("a tab of the current generation is first told %q, want built (of the next save)", e)
	}
	s.waitEvent("built")

	// A tab that missed the build of a save that made a page a draft (it
	// was reloading for the build before) is told the build's note with
	// the reload, as the tabs told of the build are.
	current = gen()
	bt.WriteFile(t, s.root, "content/news/a.en.md", "---\ntitle: First\ndate: 2024-01-01\ndraft: true\n---\nOriginal text.\n")
	s.waitEvent("built")
	e, data := s.firstEvent(current, nil)
	if want := "content/news/a.en.md is a draft, not shown"; e != "stale" || !strings.Contains(data, want) {
		t.Errorf("a tab that missed the build of a draft is first told %q %s, want stale with %q", e, data, want)
	}
}

// firstEvent connects to the events as a tab showing a page of generation
// gen, runs then (when not nil) once connected, and returns the name of the
// first event it is sent, and its data.
func (s *server) firstEvent(gen string, then func()) (name, data string) {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", s.url+"_vestis/events?gen="+gen, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "retry:") && then != nil {
			then()
		}
		if n, ok := strings.CutPrefix(line, "event: "); ok {
			name = n
		}
		if d, ok := strings.CutPrefix(line, "data: "); ok && name != "" {
			return name, d
		}
	}
	return name, ""
}

// TestRebuildGroupsOneMistake: the same mistake saved in many pages is one
// message in the log, with the first places and how many more, as vestis
// build prints it; a warning as well as an error.
func TestRebuildGroupsOneMistake(t *testing.T) {
	s, root, log := logged(t)
	var saved []string
	for i := range 12 {
		name := fmt.Sprintf("content/news/p%02d.lv.md", i)
		bt.WriteFile(t, root, name, "---\ntitle: Lapa\ndescripton: Par to.\n---\nTeksts.\n")
		saved = append(saved, name)
	}
	if err := s.Rebuild(saved); err != nil {
		t.Fatal(err)
	}
	want := "warning: front matter: \"descripton\" is not a field vestis reads; did you mean \"description\"?; in 12 files:\n" +
		"  content/news/p00.lv.md:3\n"
	if !strings.Contains(log.String(), want) || !strings.Contains(log.String(), "  and 2 more\n") || strings.Contains(log.String(), "p11.lv.md") {
		t.Errorf("log:\n%s\nwant the warning once, with ten places, then \"and 2 more\"", log.String())
	}
	for _, name := range saved {
		bt.WriteFile(t, root, name, "---\ntitle: Lapa\ndraft: varbūt\n---\nTeksts.\n")
	}
	if err := s.Rebuild(saved); err == nil {
		t.Fatal("the build did not fail")
	}
	want = "front matter: draft: want true or false, got \"varbūt\"; in 12 files:\n  content/news/p00.lv.md:3\n"
	if !strings.Contains(log.String(), want) {
		t.Errorf("log:\n%s\nwant %q", log.String(), want)
	}
}

// TestServeBelowBasePath: a site published below a path (baseURL
// https://example.org/handbook/), whose pages write their images with that
// path, is served below it, as Hugo's server does: it builds (an image at
// /handbook/img/a.png is found), its pages and files are those of a build
// for the server's address with that path, the address without the path
// leads to it, and a save shows.
func TestServeBelowBasePath(t *testing.T) {
	root := t.TempDir()
	bt.WriteFile(t, root, "site.yaml", strings.Replace(testSite, "https://example.org/", "https://example.org/handbook/", 1))
	bt.WriteFile(t, root, "content/news/a.lv.md", page("Pirmā", "Attēls: ![karte](/handbook/img/a.png)"))
	var png1 bytes.Buffer
	png.Encode(&png1, image.NewGray(image.Rect(0, 0, 2, 2)))
	bt.WriteFile(t, root, "static/img/a.png", png1.String())
	s := startIn(t, root)
	if !strings.HasSuffix(s.url, "/handbook/") {
		t.Fatalf("served at %s, want below /handbook/", s.url)
	}
	res, err := build.Build(build.Options{Site: os.DirFS(root), Theme: vestis.Theme(), BaseURL: s.url})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"lv/jaunumi/a/index.html", "lv/index.html", "img/a.png", "sitemap.xml"} {
		code, body := s.get(strings.TrimSuffix(p, "index.html"))
		if code != http.StatusOK || liveScript.ReplaceAllString(body, "") != string(res.Files.Map()[p]) {
			t.Errorf("GET /handbook/%s = %d, want 200 with the built file", p, code)
		}
	}
	if !regexp.MustCompile(`<img src="/handbook/[^"]+" alt="karte"`).Match(res.Files.Map()["lv/jaunumi/a/index.html"]) {
		t.Errorf("the page does not show the image below /handbook/")
	}
	host := strings.TrimSuffix(s.url, "handbook/")
	resp, err := http.Get(host)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Request.URL.Path != "/handbook/" || resp.StatusCode != http.StatusOK {
		t.Errorf("GET / led to %s (%d), want /handbook/", resp.Request.URL.Path, resp.StatusCode)
	}
	if resp, err := http.Get(host + "lv/jaunumi/a/"); err != nil || resp.StatusCode != http.StatusNotFound {
		t.Errorf("a page's address without the site's path: %v, want 404", resp.Status)
	}
	bt.WriteFile(t, root, "content/news/a.lv.md", page("Pirmā", "Jauns teksts."))
	s.waitEvent("built")
	s.wantPage("lv/jaunumi/a/", "Jauns teksts.")
}

// TestOverlayGroupsAsTheTerminal: the browser's overlay shows a failed
// build's errors as the terminal prints them: one mistake made in many
// pages is one message with its first places and how many more, not a
// line a page.
func TestOverlayGroupsAsTheTerminal(t *testing.T) {
	s, root, log := logged(t)
	var saved []string
	for i := range 12 {
		name := fmt.Sprintf("content/news/p%02d.lv.md", i)
		bt.WriteFile(t, root, name, "---\ntitle: Lapa\ndraft: varbūt\n---\nTeksts.\n")
		saved = append(saved, name)
	}
	if err := s.Rebuild(saved); err == nil {
		t.Fatal("the build did not fail")
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", ts.URL+"/_vestis/events", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	var shown string
	for sc.Scan() {
		if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
			var ev struct{ Error string }
			if err := json.Unmarshal([]byte(data), &ev); err != nil {
				t.Fatal(err)
			}
			shown = ev.Error
			break
		}
	}
	want := "front matter: draft: want true or false, got \"varbūt\"; in 12 files:\n  content/news/p00.lv.md:3\n"
	if !strings.Contains(shown, want) || !strings.Contains(shown, "  and 2 more") || strings.Contains(shown, "p11.lv.md") {
		t.Errorf("the overlay shows:\n%s\nwant the error once, with ten places, then \"and 2 more\"", shown)
	}
	if !strings.Contains(log.String(), shown) {
		t.Errorf("the overlay shows:\n%s\nthe terminal:\n%s\nwant the same", shown, log.String())
	}
}

// TestAHugoLayoutSavedSaysItIsNotRun: on a site imported from Hugo, whose
// pages use vestis's theme (hugoLayouts), a save of a Hugo layout that
// vestis does not run (baseof, a theme's single) changes no page; the
// terminal says why, a line per file, instead of nothing. A shortcode or a
// partial, which shortcodes call, is run, and says nothing of the kind.
//
// So does a save of a file of a Hugo site that vestis does not read: Hugo's
// configuration (hugo.toml, config/), which site.yaml took the place of, and
// a Hugo theme's messages, which the site's i18n/ did: the author who edited
// the title in hugo.toml waited for a change that never came, and nothing
// was said.
func TestAHugoLayoutSavedSaysItIsNotRun(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	bt.WriteFile(t, root, "site.yaml", testSite+"hugoLayouts: true\nhugoThemes: [plain]\n")
	bt.WriteFile(t, root, "content/news/a.lv.md", page("Pirmā", "Teksts {{< note >}}."))
	bt.WriteFile(t, root, "layouts/_default/baseof.html", "<html>{{ block \"main\" . }}{{ end }}</html>\n")
	bt.WriteFile(t, root, "layouts/shortcodes/note.html", "<b>{{ partial \"n.html\" . }}</b>\n")
	bt.WriteFile(t, root, "layouts/partials/n.html", "piezīme\n")
	bt.WriteFile(t, root, "themes/plain/layouts/_default/single.html", "{{ .Content }}\n")
	bt.WriteFile(t, root, "themes/plain/static/x.css", "b{}\n")
	log := &strings.Builder{}
	s := serve.New(build.NewBuilder(build.Options{Site: os.DirFS(root), Theme: vestis.Theme()}), root, log)
	if err := s.Rebuild(nil); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ file, text, want string }{
		{"layouts/_default/baseof.html", "<html><body>{{ block \"main\" . }}{{ end }}</body></html>\n",
			"layouts/_default/baseof.html: vestis does not run this Hugo layout (site.yaml hugoLayouts: the pages use vestis's theme; of layouts/ it runs shortcodes and the partials they call), so no page changed\n"},
		{"themes/plain/layouts/_default/single.html", "<main>{{ .Content }}</main>\n",
			"themes/plain/layouts/_default/single.html: vestis does not run this Hugo layout (the pages use vestis's theme; of a Hugo theme's layouts it runs the partials shortcodes call), so no page changed\n"},
		{"hugo.toml", "title = 'Vēstis'\n",
			"hugo.toml: Hugo's configuration, which vestis does not read: site.yaml is the site's (vestis import hugo wrote it from Hugo's); make the change there\n"},
		{"config/_default/params.yaml", "x: 1\n",
			"config/_default/params.yaml: Hugo's configuration, which vestis does not read: site.yaml is the site's (vestis import hugo wrote it from Hugo's); make the change there\n"},
		{"themes/plain/i18n/en.toml", "[more]\nother = 'More'\n",
			"themes/plain/i18n/en.toml: a Hugo theme's messages, which vestis does not read: the site's messages are in i18n/ (vestis import hugo wrote them from the theme's); make the change there\n"},
		{"themes/plain/hugo.toml", "name = 'plain'\n",
			"themes/plain/hugo.toml: a Hugo theme's configuration, which vestis does not read: site.yaml is the site's (vestis import hugo wrote it from Hugo's); make the change there\n"},
		{"themes/plain/config/_default/params.toml", "x = 1\n",
			"themes/plain/config/_default/params.toml: a Hugo theme's configuration, which vestis does not read: site.yaml is the site's (vestis import hugo wrote it from Hugo's); make the change there\n"},
		{"layouts/partials/n.html", "piezīme!\n", "rebuilt in "},
		{"layouts/shortcodes/note.html", "<i>{{ partial \"n.html\" . }}</i>\n", "rebuilt in "},
	} {
		log.Reset()
		bt.WriteFile(t, root, tc.file, tc.text)
		if err := s.Rebuild([]string{tc.file}); err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		if !strings.HasPrefix(log.String(), tc.want) || strings.Count(log.String(), "\n") != 1 {
			t.Errorf("%s saved: the terminal shows %q, want one line beginning %q", tc.file, log, tc.want)
		}
	}
}

// TestHugoLayoutsSavedAtOnceSayItOnce: a theme's shortcodes or layouts,
// which vestis does not run, saved together (save all, a git checkout of the
// theme) are one line in the terminal, naming them, or the first and how
// many more, not a line each.
func TestHugoLayoutsSavedAtOnceSayItOnce(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	bt.WriteFile(t, root, "site.yaml", testSite+"hugoThemes: [plain]\n")
	bt.WriteFile(t, root, "content/news/a.lv.md", page("Pirmā", "Teksts."))
	bt.WriteFile(t, root, "themes/plain/static/x.css", "b{}\n")
	log := &strings.Builder{}
	s := serve.New(build.NewBuilder(build.Options{Site: os.DirFS(root), Theme: vestis.Theme()}), root, log)
	if err := s.Rebuild(nil); err != nil {
		t.Fatal(err)
	}
	const says = ": vestis does not run these Hugo layouts (the pages use vestis's theme; of a Hugo theme's layouts it runs the partials shortcodes call), so no page changed\n"
	for _, tc := range []struct {
		files []string
		want  string
	}{
		{[]string{"shortcodes/a.html", "shortcodes/b.html"},
			"themes/plain/layouts/shortcodes/a.html and themes/plain/layouts/shortcodes/b.html" + says},
		{[]string{"shortcodes/a.html", "shortcodes/b.html", "shortcodes/c.html", "shortcodes/d.html", "_default/single.html"},
			"themes/plain/layouts/shortcodes/a.html and 4 more files" + says},
		{[]string{"shortcodes/a.html", "i18n/en.toml", "shortcodes/b.html", "i18n/lv.toml"},
			"themes/plain/layouts/shortcodes/a.html and themes/plain/layouts/shortcodes/b.html" + says +
				"themes/plain/i18n/en.toml and themes/plain/i18n/lv.toml: Hugo themes' messages, which vestis does not read: the site's messages are in i18n/ (vestis import hugo wrote them from the theme's); make the change there\n"},
	} {
		log.Reset()
		var saved []string
		for i, f := range tc.files {
			name := "themes/plain/layouts/" + f
			if strings.HasPrefix(f, "i18n/") {
				name = "themes/plain/" + f
			}
			bt.WriteFile(t, root, name, fmt.Sprintf("<b>%d</b>\n", i))
			saved = append(saved, name)
		}
		if err := s.Rebuild(saved); err != nil {
			t.Fatal(err)
		}
		if log.String() != tc.want {
			t.Errorf("%d files saved: the terminal shows\n%s\nwant\n%s", len(saved), log, tc.want)
		}
	}
}

// TestManyDraftsSavedAtOnceSayItOnce: a folder of draft pages moved or
// checked out at once is one line in the terminal, naming the first, not a
// line per page (a theme's folder of 24 test pages moved: 24 lines); a
// few, as vestis new writes, are a line each.
func TestManyDraftsSavedAtOnceSayItOnce(t *testing.T) {
	t.Parallel()
	s, root, log := logged(t)
	var saved []string
	for i := range 6 {
		name := fmt.Sprintf("content/news/tests/t%d.lv.md", i)
		bt.WriteFile(t, root, name, "---\ntitle: T\ndate: 2024-01-01\ndraft: true\n---\nTeksts.\n")
		saved = append(saved, name)
	}
	if err := s.Rebuild(saved); err != nil {
		t.Fatal(err)
	}
	want := "content/news/tests/t0.lv.md and 5 more pages are drafts, not shown: remove draft: true, or run vestis serve --drafts\n"
	if log.String() != want {
		t.Errorf("the terminal shows\n%s\nwant\n%s", log, want)
	}
	log.Reset()
	bt.WriteFile(t, root, "content/news/b.lv.md", "---\ntitle: B\ndate: 2024-01-01\ndraft: true\n---\nTeksts.\n")
	if err := s.Rebuild([]string{"content/news/b.lv.md"}); err != nil {
		t.Fatal(err)
	}
	if want := "content/news/b.lv.md is a draft, not shown: remove draft: true, or run vestis serve --drafts\n"; log.String() != want {
		t.Errorf("one draft: the terminal shows\n%s\nwant\n%s", log, want)
	}
}

// TestASaveOfManyPagesShowsEveryMistake: pages saved at once (git checkout,
// git stash of several files), each with a mistake, show every mistake, as a
// clean build does: the rebuild stopped at the first page's and showed it
// alone, and the others came only when each page was saved again.
func TestASaveOfManyPagesShowsEveryMistake(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	bt.WriteFile(t, root, "site.yaml", testSite)
	good := "---\ntitle: A\ndate: 2024-01-01\n---\nTeksts.\n"
	bad := good + "\n![x](nav.gif)\n"
	files := []string{"content/news/a/index.en.md", "content/news/a/index.lv.md", "content/news/b.lv.md"}
	for _, f := range files {
		bt.WriteFile(t, root, f, good)
	}
	s := serve.New(build.NewBuilder(build.Options{Site: os.DirFS(root), Theme: vestis.Theme()}), root, io.Discard)
	serve.SetWait(s, func() {})
	if err := s.Rebuild(nil); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		bt.WriteFile(t, root, f, bad)
	}
	err := s.Rebuild(files)
	for _, f := range files {
		if want := f + `:7: image "nav.gif"`; err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error = %v\nwant one beginning %q", err, want)
		}
	}
}

// TestASaveThatChangesNothingSaysSo: a save that changes no published file
// (a comment added to a layout, a space in front matter, a file saved
// unchanged) is one line in the terminal, as every other save is, not
// nothing, which the editor cannot tell from a save the server missed; so
// is a save while the site does not build that leaves the mistake as it
// was. A save whose note says why (a draft saved again) needs no such line.
func TestASaveThatChangesNothingSaysSo(t *testing.T) {
	t.Parallel()
	s, root, log := logged(t)
	serve.SetWait(s, func() {})
	bt.WriteFile(t, root, "layouts/partials/x.html", "<b>x</b>\n")
	bt.WriteFile(t, root, "content/news/d.lv.md", "---\ntitle: D\ndraft: true\n---\nTeksts.\n")
	if err := s.Rebuild([]string{"layouts/partials/x.html", "content/news/d.lv.md"}); err != nil {
		t.Fatal(err)
	}
	nothing := regexp.MustCompile(`^rebuilt in \d+ ms: no file changed\n$`)
	for i, tc := range []struct {
		what, file, text string
		want             *regexp.Regexp
	}{
		{"a comment in a layout", "layouts/partials/x.html", "{{/* a comment */}}<b>x</b>\n", nothing},
		{"a space in front matter", "content/news/a.lv.md", "---\ntitle:  Pirmā\ndate: 2024-01-01\n---\nTeksts.\n", nothing},
		{"a file saved unchanged", "content/news/a.lv.md", "---\ntitle:  Pirmā\ndate: 2024-01-01\n---\nTeksts.\n", nothing},
		{"a draft saved again", "content/news/d.lv.md", "---\ntitle: D\ndraft: true\n---\nTeksts!\n",
			regexp.MustCompile(`^content/news/d.lv.md is a draft, not shown: remove draft: true, or run vestis serve --drafts\n$`)},
		{"a mistake", "content/news/b.lv.md", "---\ntitle: [\n---\n", regexp.MustCompile(`^content/news/b.lv.md:2: .*\n$`)},
		{"another file while the mistake stays", "content/news/a.lv.md", page("Pirmā", "Cits teksts."),
			regexp.MustCompile(`^rebuilt in \d+ ms: the mistake above is still there\n$`)},
	} {
		log.Reset()
		bt.WriteFile(t, root, tc.file, tc.text)
		// Saved a second later, as by hand: a save is told from the late
		// events of the last by its time of change (below).
		later := time.Now().Add(time.Duration(i+1) * time.Second)
		if err := os.Chtimes(filepath.Join(root, tc.file), later, later); err != nil {
			t.Fatal(err)
		}
		s.Rebuild([]string{tc.file})
		if !tc.want.MatchString(log.String()) {
			t.Errorf("%s: the terminal shows %q, want %q", tc.what, log, tc.want)
		}
	}
}

// TestTheLateEventsOfASaveSayNothing: events of a save that come after its
// build (git checkout removes a file and writes it again; the last events
// came once the build was done) build again, change nothing and say
// nothing: the save had its line ("rebuilt in 66 ms: 11 files changed"
// was followed by "rebuilt in 1 ms: no file changed" on Hugo Book's site).
func TestTheLateEventsOfASaveSayNothing(t *testing.T) {
	t.Parallel()
	s, root, log := logged(t)
	bt.WriteFile(t, root, "content/news/a.lv.md", page("Pirmā", "Cits teksts."))
	if err := s.Rebuild([]string{"content/news/a.lv.md"}); err != nil {
		t.Fatal(err)
	}
	log.Reset()
	if err := s.Rebuild([]string{"content/news/a.lv.md"}); err != nil {
		t.Fatal(err)
	}
	if log.Len() > 0 {
		t.Errorf("the late events of a save show %q in the terminal, want nothing", log)
	}

	// A save caught half-written (Emacs renames the file away and writes
	// a new one) is read again once it settled; its late events are of
	// the file as read then, not as first found.
	bt.WriteFile(t, root, "content/news/a.lv.md", "")
	serve.SetWait(s, func() { bt.WriteFile(t, root, "content/news/a.lv.md", page("Otrā", "Teksts.")) })
	if err := s.Rebuild([]string{"content/news/a.lv.md"}); err != nil {
		t.Fatal(err)
	}
	serve.SetWait(s, func() {})
	log.Reset()
	if err := s.Rebuild([]string{"content/news/a.lv.md"}); err != nil {
		t.Fatal(err)
	}
	if log.Len() > 0 {
		t.Errorf("the late events of a save read again show %q in the terminal, want nothing", log)
	}
}

// TestASaveThatHidesPagesSaysWhy: a save that hides a page says why, in the
// terminal and in the notes every tab shows (the page's tab reloads to the
// 404 page and keeps them), whatever hid it: its own expiryDate,
// publishDate or build: {render: never}, or a cascade of the list page
// above it, saved alone, which hid pages that were not saved (nothing was
// said of them).
func TestASaveThatHidesPagesSaysWhy(t *testing.T) {
	t.Parallel()
	s, root, log := logged(t)
	bt.WriteFile(t, root, "content/news/_index.lv.md", "---\ntitle: Ziņas\n---\n")
	bt.WriteFile(t, root, "content/news/b.lv.md", page("Otrā", "Teksts."))
	if err := s.Rebuild([]string{"content/news/_index.lv.md", "content/news/b.lv.md"}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ what, file, text, want string }{
		{"expiryDate", "content/news/b.lv.md", "---\ntitle: Otrā\ndate: 2024-01-01\nexpiryDate: 2024-02-01\n---\nTeksts.\n",
			"content/news/b.lv.md has expired, not shown: run vestis serve --expired\n"},
		{"publishDate", "content/news/b.lv.md", "---\ntitle: Otrā\ndate: 2024-01-01\npublishDate: 2099-02-01\n---\nTeksts.\n",
			"content/news/b.lv.md is dated 2099-02-01, not shown before then: run vestis serve --future\n"},
		{"render: never", "content/news/b.lv.md", "---\ntitle: Otrā\ndate: 2024-01-01\nbuild: {render: never}\n---\nTeksts.\n",
			"content/news/b.lv.md has build: {render: never}, so it has no page of its own: remove render: never (or headless: true) from its front matter to show it\n"},
		{"shown again", "content/news/b.lv.md", page("Otrā", "Teksts."), ""},
		{"a cascade's draft", "content/news/_index.lv.md", "---\ntitle: Ziņas\ncascade:\n  draft: true\n---\n",
			"content/news/_index.lv.md is a draft (from the cascade at content/news/_index.lv.md:3), not shown: remove draft: true from the cascade, or run vestis serve --drafts\n" +
				"content/news/a.lv.md is a draft (from the cascade at content/news/_index.lv.md:3), not shown: remove draft: true from the cascade, or run vestis serve --drafts\n" +
				"content/news/b.lv.md is a draft (from the cascade at content/news/_index.lv.md:3), not shown: remove draft: true from the cascade, or run vestis serve --drafts\n"},
		{"no cascade", "content/news/_index.lv.md", "---\ntitle: Ziņas\n---\n", ""},
		{"a cascade's render: never", "content/news/_index.lv.md", "---\ntitle: Ziņas\ncascade:\n  _target: {kind: page}\n  _build: {render: never}\n---\n",
			"content/news/a.lv.md has build: {render: never} (from the cascade at content/news/_index.lv.md:3), so it has no page of its own: remove render: never (or headless: true) from the cascade to show it\n" +
				"content/news/b.lv.md has build: {render: never} (from the cascade at content/news/_index.lv.md:3), so it has no page of its own: remove render: never (or headless: true) from the cascade to show it\n"},
	} {
		log.Reset()
		bt.WriteFile(t, root, tc.file, tc.text)
		if err := s.Rebuild([]string{tc.file}); err != nil {
			t.Fatalf("%s: %v", tc.what, err)
		}
		got := regexp.MustCompile(`(?m)^rebuilt in .*\n`).ReplaceAllString(log.String(), "")
		if got != tc.want {
			t.Errorf("%s: the terminal shows\n%s\nwant\n%s", tc.what, got, tc.want)
		}
	}
}

// TestAFolderMadeSaysNothing: a folder made (a file manager's or an editor's
// "new folder", mkdir -p at any depth) or removed while empty is no save: it
// changes no published file and says nothing, so that making a folder and
// then a page in it is one line in the terminal, the page's, not a "no file
// changed" before it. A folder that changes what is published (one moved
// in with its pages) has the line of a save.
func TestAFolderMadeSaysNothing(t *testing.T) {
	t.Parallel()
	s, root, log := logged(t)
	for _, tc := range []struct {
		what    string
		changes []string
		make    func()
		want    *regexp.Regexp
	}{
		{"a folder made", []string{"content/news/jauni"}, func() { mkdir(t, root, "content/news/jauni") }, nil},
		{"a page in it", []string{"content/news/jauni/b.lv.md"},
			func() { bt.WriteFile(t, root, "content/news/jauni/b.lv.md", page("Otrā", "Teksts.")) },
			regexp.MustCompile(`^rebuilt in \d+ ms: \d+ files changed, 0 removed\n$`)},
		{"folders made at any depth", []string{"content/news/x", "content/news/x/y"}, func() { mkdir(t, root, "content/news/x/y") }, nil},
		{"a folder of layouts made", []string{"layouts/partials"}, func() { mkdir(t, root, "layouts/partials") }, nil},
		{"an empty folder removed", []string{"content/news/x/y"}, func() { rmdir(t, root, "content/news/x/y") }, nil},
		{"a folder with a page moved in", []string{"content/news/z/c.lv.md", "content/news/z"},
			func() { bt.WriteFile(t, root, "content/news/z/c.lv.md", page("Trešā", "Teksts.")) },
			regexp.MustCompile(`^rebuilt in \d+ ms: \d+ files changed, 0 removed\n$`)},
	} {
		log.Reset()
		tc.make()
		if err := s.Rebuild(tc.changes); err != nil {
			t.Fatalf("%s: %v", tc.what, err)
		}
		switch {
		case tc.want == nil && log.Len() > 0:
			t.Errorf("%s: the terminal shows %q, want nothing", tc.what, log)
		case tc.want != nil && !tc.want.MatchString(log.String()):
			t.Errorf("%s: the terminal shows %q, want %q", tc.what, log, tc.want)
		}
	}
}

func mkdir(t *testing.T, root, dir string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(root, filepath.FromSlash(dir)), 0o755); err != nil {
		t.Fatal(err)
	}
}

func rmdir(t *testing.T, root, dir string) {
	t.Helper()
	if err := os.Remove(filepath.Join(root, filepath.FromSlash(dir))); err != nil {
		t.Fatal(err)
	}
}

// TestAFolderRenamedSaysNoWarningAgain: a folder renamed or moved at any
// depth takes its pages' warnings and drafts with it; they are the mistakes
// and notes the terminal showed already, not new ones, and are not printed
// again. A mistake made in the moved page afterwards is.
func TestAFolderRenamedSaysNoWarningAgain(t *testing.T) {
	t.Parallel()
	s, root, log := logged(t)
	serve.SetWait(s, func() {})
	bt.WriteFile(t, root, "content/news/d1/d2/w.lv.md", "---\ntitle: W\ndate: 2024-01-02\nsumary: x\n---\nTeksts.\n")
	bt.WriteFile(t, root, "content/news/b.lv.md", "---\ntitle: B\ndate: 2024-01-03\ndescripton: x\n---\nTeksts.\n")
	bt.WriteFile(t, root, "content/news/d1/d2/melnraksts.lv.md", "---\ntitle: M\ndate: 2024-01-04\ndraft: true\n---\nTeksts.\n")
	if err := s.Rebuild([]string{"content/news/d1/d2/w.lv.md", "content/news/b.lv.md", "content/news/d1/d2/melnraksts.lv.md", "content/news/d1", "content/news/d1/d2"}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(log.String(), "warning: "); got != 2 {
		t.Fatalf("the terminal shows %d warnings, want 2:\n%s", got, log)
	}
	rename := func(old, new string) []string {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(root, new)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(filepath.Join(root, old), filepath.Join(root, new)); err != nil {
			t.Fatal(err)
		}
		changes := []string{old, new}
		filepath.WalkDir(filepath.Join(root, new), func(p string, d os.DirEntry, err error) error {
			if rel, _ := filepath.Rel(root, p); err == nil && !d.IsDir() {
				changes = append(changes, filepath.ToSlash(rel))
			}
			return nil
		})
		return changes
	}
	for _, tc := range []struct{ what, old, new string }{
		{"the folder renamed", "content/news/d1", "content/news/d1b"},
		{"a folder inside moved up", "content/news/d1b/d2", "content/news/d2"},
		{"moved deeper", "content/news/d2", "content/news/x/y/z/d2"},
	} {
		log.Reset()
		if err := s.Rebuild(rename(tc.old, tc.new)); err != nil {
			t.Fatalf("%s: %v", tc.what, err)
		}
		if strings.Contains(log.String(), "warning: ") || !strings.HasPrefix(log.String(), "rebuilt in ") {
			t.Errorf("%s: the terminal shows\n%s\nwant only the rebuild's line", tc.what, log)
		}
	}
	// Moved in two builds: to the trash, then back under another name.
	trash := t.TempDir()
	if err := os.Rename(filepath.Join(root, "content/news/x/y/z/d2"), filepath.Join(trash, "d2")); err != nil {
		t.Fatal(err)
	}
	if err := s.Rebuild([]string{"content/news/x/y/z/d2"}); err != nil {
		t.Fatal(err)
	}
	log.Reset()
	if err := os.Rename(filepath.Join(trash, "d2"), filepath.Join(root, "content/news/x/y/z/d3")); err != nil {
		t.Fatal(err)
	}
	if err := s.Rebuild([]string{"content/news/x/y/z/d3", "content/news/x/y/z/d3/w.lv.md"}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(log.String(), "warning: ") {
		t.Errorf("moved back from the trash under another name: the terminal shows\n%s\nwant no warning", log)
	}
	log.Reset()
	bt.WriteFile(t, root, "content/news/x/y/z/d3/w.lv.md", "---\ntitle: W\ndate: 2024-01-02\nsumary: x\ntitel: y\n---\nTeksts.\n")
	if err := s.Rebuild([]string{"content/news/x/y/z/d3/w.lv.md"}); err != nil {
		t.Fatal(err)
	}
	if got := log.String(); !strings.Contains(got, `"titel"`) || strings.Contains(got, `"sumary"`) {
		t.Errorf("a new mistake in the moved page: the terminal shows\n%s\nwant its warning alone", got)
	}
	// Deleted, and a page of the same name made later with the same
	// mistakes: they are the new page's, and printed.
	data, err := os.ReadFile(filepath.Join(root, "content/news/x/y/z/d3/w.lv.md"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if err := os.RemoveAll(filepath.Join(root, "content/news/x")); err != nil {
		t.Fatal(err)
	}
	s.Rebuild([]string{"content/news/x"})
	bt.WriteFile(t, root, "content/news/a.lv.md", page("Pirmā", "Cits teksts."))
	s.Rebuild([]string{"content/news/a.lv.md"})
	log.Reset()
	bt.WriteFile(t, root, "content/news/n/w.lv.md", text)
	s.Rebuild([]string{"content/news/n", "content/news/n/w.lv.md"})
	if got := log.String(); !strings.Contains(got, `"titel"`) || !strings.Contains(got, `"sumary"`) {
		t.Errorf("a page made later with the mistakes of one deleted before: the terminal shows\n%s\nwant both warnings", got)
	}
}
