package serve

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

const startSite = `baseURL: https://example.org/
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis, weight: 1}
  en: {name: English, title: News, weight: 2}
sections:
  news: {lv: jaunumi, en: news}
paginate: 2
`

func startPage(title, body string) string {
	return "---\ntitle: " + title + "\ndate: 2024-01-01\n---\n" + body + "\n"
}

// startSiteIn writes a small site into a temporary folder: three news pages in
// Latvian (two list pages), one in English, a bundle with a file, a static
// stylesheet, and the files of extra.
func startSiteIn(t *testing.T, extra map[string]string) string {
	root := t.TempDir()
	bt.WriteFile(t, root, "site.yaml", startSite)
	bt.WriteFile(t, root, "content/news/a.lv.md", startPage("Pirmā", "Pirmās ziņas teksts."))
	bt.WriteFile(t, root, "content/news/a.en.md", startPage("First", "The first news."))
	bt.WriteFile(t, root, "content/news/b.lv.md", startPage("Otrā", "Otrās ziņas teksts."))
	bt.WriteFile(t, root, "content/news/c/index.lv.md", startPage("Trešā", "Ar [pielikumu](plans.txt)."))
	bt.WriteFile(t, root, "content/news/c/plans.txt", "Plāns.\n")
	bt.WriteFile(t, root, "static/css/extra.css", "body {\n  color: #000000;\n}\n")
	for name, data := range extra {
		bt.WriteFile(t, root, name, data)
	}
	return root
}

// startServer serves the site in root on 127.0.0.1 with a builder that has
// not built yet: the test decides when start and the first Rebuild run.
func startServer(t *testing.T, root string) (*Server, *build.Builder, string, *syncBuffer) {
	t.Helper()
	ts := httptest.NewUnstartedServer(nil)
	url := "http://" + ts.Listener.Addr().String() + "/"
	builder := build.NewBuilder(build.Options{Site: os.DirFS(root), Theme: vestis.Theme(), BaseURL: url, GzipPages: true})
	log := &syncBuffer{}
	srv := New(builder, root, log)
	srv.hosts, _ = hostsFor(ts.Listener.Addr())
	ts.Config.Handler = srv
	ts.Start()
	t.Cleanup(ts.Close)
	return srv, builder, url, log
}

// syncBuffer is a log that the server and the test share.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

type answer struct {
	status   int
	location string
	body     string
}

// patience bounds a request that would otherwise hang a broken test (one
// that waits for a build that the test has not started) until go test's
// timeout; nothing is asserted about time.
const patience = time.Minute

// get fetches url as a browser would, without following redirects.
func get(t *testing.T, url string) answer {
	t.Helper()
	client := &http.Client{Timeout: patience, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return answer{resp.StatusCode, resp.Header.Get("Location"), string(body)}
}

// getLater fetches url on another goroutine; the answer comes on the channel.
func getLater(t *testing.T, url string) <-chan answer {
	c := make(chan answer, 1)
	go func() {
		resp, err := http.Get(url)
		if err != nil {
			t.Error(err)
			c <- answer{}
			return
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		c <- answer{status: resp.StatusCode, body: string(body)}
	}()
	return c
}

// TestStartServesBeforeBuild: once the site is loaded, and before any build,
// pages, list pages, the language chooser, static and bundle files are
// answered, each the very bytes that the build then serves at its address;
// what only the build makes (a feed), and an address that does not exist,
// are answered after the build, not with an early 404.
func TestStartServesBeforeBuild(t *testing.T) {
	t.Parallel()
	srv, builder, url, _ := startServer(t, startSiteIn(t, nil))
	if err := srv.start(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		want []string // in the body
	}{
		{"lv/jaunumi/a/", []string{"<h1", "Pirmā", "Pirmās ziņas teksts.", string(liveTag(0))}},
		{"en/news/a/", []string{"First", "The first news."}},
		{"lv/jaunumi/", []string{"Pirmā"}},
		{"lv/jaunumi/page/2/", []string{"Trešā"}},
		{"lv/", []string{"Vēstis"}},
		{"", []string{`hreflang="en"`}},
		{"lv/jaunumi/c/", []string{"Trešā", `href="plans.txt"`}},
		{"lv/jaunumi/c/plans.txt", []string{"Plāns."}},
		{"css/extra.css", []string{"body{color:#000}"}},
		{"lv/404.html", []string{"<h1"}},
	}
	early := map[string]string{}
	for _, tt := range tests {
		a := get(t, url+tt.path)
		if a.status != http.StatusOK {
			t.Errorf("before the build, GET /%s: status %d, want 200\n%.300s", tt.path, a.status, a.body)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(a.body, w) {
				t.Errorf("before the build, GET /%s does not contain %q:\n%.1000s", tt.path, w, a.body)
			}
		}
		early[tt.path] = a.body
	}
	if a := get(t, url+"lv/jaunumi"); a.status != http.StatusMovedPermanently || a.location != "/lv/jaunumi/" {
		t.Errorf("before the build, GET /lv/jaunumi: %d to %q, want 301 to /lv/jaunumi/", a.status, a.location)
	}
	if builder.Last() != nil {
		t.Fatal("the site was built before the first Rebuild")
	}

	feed := getLater(t, url+"lv/jaunumi/index.xml")
	missing := getLater(t, url+"lv/nav-tadas/")
	if err := srv.Rebuild(nil); err != nil {
		t.Fatal(err)
	}
	if a := <-feed; a.status != http.StatusOK || !strings.Contains(a.body, "<rss") {
		t.Errorf("the feed asked for before the build: status %d, want 200 with the feed\n%.300s", a.status, a.body)
	}
	if a := <-missing; a.status != http.StatusNotFound {
		t.Errorf("a page that does not exist, asked for before the build: status %d, want 404", a.status)
	}
	for _, tt := range tests {
		if a := get(t, url+tt.path); a.status != http.StatusOK || a.body != early[tt.path] {
			t.Errorf("GET /%s: the build serves (status %d)\n%s\nbut before it was served\n%s", tt.path, a.status, a.body, early[tt.path])
		}
	}
}

// TestStartFirstBuildFails: a layout that fails on one page only is found by
// the first build, after the server answered with other pages. The error is
// printed, shown to a tab that asked for the page meanwhile and to every
// request and event stream after, until a save makes the site build.
func TestStartFirstBuildFails(t *testing.T) {
	t.Parallel()
	broken := `{{ define "main" }}{{ if eq .Page.Title "Otrā" }}{{ template "nav" }}{{ end }}<h1>{{ .Page.Title }}</h1>{{ end }}` +
		`{{ define "nav" }}{{ index .Page.Params "x" }}{{ end }}`
	root := startSiteIn(t, map[string]string{"layouts/news/single.html": broken})
	srv, _, url, log := startServer(t, root)
	if err := srv.start(); err != nil {
		t.Fatal(err)
	}
	if a := get(t, url+"lv/jaunumi/a/"); a.status != http.StatusOK || !strings.Contains(a.body, "Pirmā") {
		t.Errorf("before the build, GET /lv/jaunumi/a/: status %d, want 200 with its title\n%.300s", a.status, a.body)
	}
	failing := getLater(t, url+"lv/jaunumi/b/")
	err := srv.Rebuild(nil)
	if err == nil {
		t.Fatal("the first build succeeded with a broken layout")
	}
	const where = "layouts/news/single.html"
	if !strings.Contains(err.Error(), where) || !strings.Contains(log.String(), where) {
		t.Errorf("the first build's error %q, printed as %q, does not name %s", err, log.String(), where)
	}
	for _, a := range []answer{<-failing, get(t, url+"lv/jaunumi/a/")} {
		if a.status != http.StatusServiceUnavailable || !strings.Contains(a.body, where) || !strings.Contains(a.body, `<script src="/_vestis/live.js" data-gen=`) {
			t.Errorf("after the first build failed: status %d, want 503 with the error and the live-reload script\n%s", a.status, a.body)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), patience)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", url+"_vestis/events", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var stream []string
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		stream = append(stream, sc.Text())
		if strings.HasPrefix(sc.Text(), "data: ") {
			break
		}
	}
	resp.Body.Close()
	if got := strings.Join(stream, "\n"); !strings.Contains(got, "event: failure") || !strings.Contains(got, where) {
		t.Errorf("a tab that opens the event stream gets %q, want the failure", got)
	}

	bt.WriteFile(t, root, "layouts/news/single.html", `{{ define "main" }}<h1>{{ .Page.Title }}</h1>{{ end }}`)
	if err := srv.Rebuild([]string{"layouts/news/single.html"}); err != nil {
		t.Fatal(err)
	}
	if a := get(t, url+"lv/jaunumi/b/"); a.status != http.StatusOK || !strings.Contains(a.body, "Otrā") {
		t.Errorf("after the fix, GET /lv/jaunumi/b/: status %d, want 200 with its title\n%.300s", a.status, a.body)
	}
}

// TestServeFirstPage: vestis serve on 127.0.0.1 answers the first request
// with the page asked for, its text and the live-reload script in it.
func TestServeFirstPage(t *testing.T) {
	t.Parallel()
	root := startSiteIn(t, nil)
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- Serve(ctx, Options{Root: root, Addr: "127.0.0.1:0", Build: build.Options{Site: os.DirFS(root), Theme: vestis.Theme()},
			Log: io.Discard, Ready: func(url string) { ready <- url }})
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	var url string
	select {
	case url = <-ready:
	case err := <-done:
		t.Fatalf("serve: %v", err)
	}
	a := get(t, url+"lv/jaunumi/b/")
	if a.status != http.StatusOK || !strings.Contains(a.body, "Otrā") || !strings.Contains(a.body, "Otrās ziņas teksts.") || !strings.Contains(a.body, `<script src="/_vestis/live.js" data-gen=`) {
		t.Errorf("GET /lv/jaunumi/b/: status %d, want 200 with the page's title, text and the live-reload script\n%s", a.status, a.body)
	}
}

// TestStartFailedThenFixed: after a start whose first build failed, the
// save that fixes the site prints what a start prints: the site's warnings,
// one mistake made in many places said once (hbstack's 138 lines of
// missing i18n keys), and the site's summary, which was never printed.
func TestStartFailedThenFixed(t *testing.T) {
	t.Parallel()
	broken := `{{ define "main" }}{{ if eq .Page.Title "Otrā" }}{{ template "nav" }}{{ end }}<h1>{{ .Page.Title }}</h1>{{ end }}` +
		`{{ define "nav" }}{{ index .Page.Params "x" }}{{ end }}`
	extra := map[string]string{"layouts/news/single.html": broken}
	for _, p := range []string{"d", "e", "f", "g"} {
		extra["content/news/"+p+".lv.md"] = "---\ntitle: " + p + "\ndate: 2024-01-01\ndescripton: x\n---\nTeksts.\n"
	}
	root := startSiteIn(t, extra)
	srv, _, _, log := startServer(t, root)
	if err := srv.start(); err != nil {
		t.Fatal(err)
	}
	if err := srv.Rebuild(nil); err == nil {
		t.Fatal("the first build succeeded with a broken layout")
	}
	before := len(log.String())
	bt.WriteFile(t, root, "layouts/news/single.html", `{{ define "main" }}<h1>{{ .Page.Title }}</h1>{{ end }}`)
	if err := srv.Rebuild([]string{"layouts/news/single.html"}); err != nil {
		t.Fatal(err)
	}
	got := log.String()[before:]
	want := "fixed: the site builds again\n" +
		"warning: front matter: \"descripton\" is not a field vestis reads; did you mean \"description\"?; in 4 files:\n" +
		"  content/news/d.lv.md:4\n  content/news/e.lv.md:4\n  content/news/f.lv.md:4\n  content/news/g.lv.md:4\n" +
		"lv: 14 pages\nen: 5 pages\n"
	if !strings.HasPrefix(got, want) {
		t.Errorf("the save that fixed a failed start printed\n%s\nwant it to begin\n%s", got, want)
	}
}
