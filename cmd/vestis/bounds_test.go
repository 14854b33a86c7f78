package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// hostileMarkdown are bodies that take goldmark time growing with the square
// of their size (docs/upstream.md), sized so that each takes it half a second
// or more on a quiet machine: ten times TestSlowMarkdown's timeout at least.
func hostileMarkdown() map[string]string {
	var notes strings.Builder
	for i := range 15_000 {
		fmt.Fprintf(&notes, "x[^%d]\n\n", i)
	}
	for i := range 15_000 {
		fmt.Fprintf(&notes, "[^%d]: n\n", i)
	}
	return map[string]string{
		"footnotes":       notes.String(),
		"links":           strings.Repeat("[a](", 10_000),
		"link references": strings.Repeat("[li]: /ui\n", 20_000),
	}
}

// TestSlowMarkdown gives each hostile body to a site whose timeout is far
// shorter than its conversion: the build fails with the file named and the
// timeout's key, and public/ stays as it was.
func TestSlowMarkdown(t *testing.T) {
	for name, body := range hostileMarkdown() {
		t.Run(name, func(t *testing.T) {
			root := t.TempDir()
			writeTree(t, root, map[string]string{"site.yaml": goodSite, "content/news/a.md": "---\ntitle: A\n---\nTeksts.\n"})
			// Only this line is certain: on a machine busy enough, an ordinary
			// page may take 50ms too.
			want := "content/news/x.md: converting the Markdown took longer than 50ms; the text may be too large, or hold thousands of unclosed [ or of footnotes — see site.yaml timeout\n"
			stderr := wantRefused(t, root, nil, func() {
				writeTree(t, root, map[string]string{
					"site.yaml":         goodSite + "timeout: 50ms\n",
					"content/news/x.md": "---\ntitle: X\n---\n" + body + "\n",
				})
			}, want)
			if strings.Contains(stderr, "goroutine") {
				t.Errorf("stderr has a stack trace:\n%s", stderr)
			}
		})
	}
}

// TestManyFootnotes builds ordinary pages heavy in what goldmark finds hard,
// under the default timeout.
func TestManyFootnotes(t *testing.T) {
	root := t.TempDir()
	var notes strings.Builder
	notes.WriteString("---\ntitle: Avoti\n---\n")
	for i := range 500 {
		fmt.Fprintf(&notes, "Teikums ar atsauci[^%d].\n\n", i)
	}
	for i := range 500 {
		fmt.Fprintf(&notes, "[^%d]: Avots %d.\n", i, i)
	}
	writeTree(t, root, map[string]string{
		"site.yaml":           goodSite,
		"content/news/fn.md":  notes.String(),
		"content/news/qt.md":  "---\ntitle: Citāts\n---\n" + strings.Repeat("> ", 20) + "Dziļš citāts.\n",
		"content/news/lst.md": "---\ntitle: Saraksts\n---\n" + strings.Repeat("- ", 20) + "punkts\n",
	})
	var out, errb bytes.Buffer
	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	page, err := os.ReadFile(filepath.Join(root, "public/lv/jaunumi/fn/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(page, []byte(`class="footnote-ref"`)); n != 500 {
		t.Errorf("%d footnote references, want 500", n)
	}
}

// TestTooLargePage refuses a page over markdown.MaxBody, naming it, before
// goldmark spends memory thirty times its size on it.
func TestTooLargePage(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"site.yaml": goodSite, "content/news/a.md": "---\ntitle: A\n---\nTeksts.\n"})
	para := "Garš teksts ar **treknu** un [saiti](https://example.org/).\n\n"
	want := "content/news/big.md: the Markdown is 33 MB, more than the 32 MB a page may have; split it into several pages\n"
	stderr := wantRefused(t, root, nil, func() {
		writeTree(t, root, map[string]string{"content/news/big.md": "---\ntitle: Liels\n---\n" + strings.Repeat(para, 33<<20/len(para))})
	}, want)
	if stderr != want {
		t.Errorf("stderr = %q, want only %q", stderr, want)
	}
}

// TestLoopStopsAfterTimeout: a layout's loop that writes nothing (a range
// over a number the parse cannot see) is stopped by site.yaml's timeout,
// and then ends: its goroutine does not run on in the background (under
// vestis serve it kept a core busy for hours). Not parallel, so that no
// other test's layout is running while the stacks are read.
func TestLoopStopsAfterTimeout(t *testing.T) {
	for name, layout := range map[string]string{
		"range":     `{{ $n := 100000000000 }}{{ range $n }}{{ end }}`,
		"nested":    `{{ $n := 1000000 }}{{ range $n }}{{ range $n }}{{ $x := 1 }}{{ end }}{{ end }}`,
		"recursion": `{{ define "r" }}{{ if . }}{{ template "r" (sub . 1) }}{{ template "r" (sub . 1) }}{{ end }}{{ end }}{{ template "r" 60 }}`,
		"partial":   `{{ partialCached "loop.html" . .Page.File }}`,
	} {
		t.Run(name, func(t *testing.T) {
			root := t.TempDir()
			writeTree(t, root, map[string]string{
				"site.yaml":                  goodSite + "timeout: 200ms\n",
				"content/news/a.md":          "---\ntitle: A\n---\nTeksts.\n",
				"layouts/news/single.html":   "<!DOCTYPE html>\n" + layout,
				"layouts/partials/loop.html": `{{ $n := 100000000000 }}{{ range $n }}{{ end }}`,
			})
			var out, errb bytes.Buffer
			if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != exitError {
				t.Fatalf("exit %d, want %d\n%s", code, exitError, errb.String())
			}
			if !strings.Contains(errb.String(), "rendering took longer than 200ms") {
				t.Fatalf("stderr does not say the layout ran out of time:\n%s", errb.String())
			}
			// Wait for the loop to end; without the fix this waits for hours,
			// and the test fails at go test's -timeout.
			buf := make([]byte, 1<<20)
			for {
				n := runtime.Stack(buf, true)
				if !bytes.Contains(buf[:n], []byte("text/template.(*state).walk")) {
					break
				}
				time.Sleep(10 * time.Millisecond)
			}
		})
	}
}

// TestShortcodeLoopStopsAfterTimeout: the same for a shortcode's loop, or
// its partial's, which run inside the page's Markdown conversion and its
// timeout.
func TestShortcodeLoopStopsAfterTimeout(t *testing.T) {
	for name, shortcode := range map[string]string{
		"range":   `{{ $n := 100000000000 }}{{ range $n }}{{ end }}`,
		"partial": `{{ partial "loop.html" . }}`,
	} {
		t.Run(name, func(t *testing.T) {
			root := t.TempDir()
			writeTree(t, root, map[string]string{
				"site.yaml":                    goodSite + "timeout: 200ms\n",
				"content/news/a.md":            "---\ntitle: A\n---\nTeksts {{< loop >}}.\n",
				"layouts/shortcodes/loop.html": shortcode,
				"layouts/partials/loop.html":   `{{ $n := 100000000000 }}{{ range $n }}{{ end }}`,
			})
			var out, errb bytes.Buffer
			if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != exitError {
				t.Fatalf("exit %d, want %d\n%s", code, exitError, errb.String())
			}
			if !strings.Contains(errb.String(), "took longer than 200ms") {
				t.Fatalf("stderr does not say the page ran out of time:\n%s", errb.String())
			}
			buf := make([]byte, 1<<20)
			for {
				n := runtime.Stack(buf, true)
				if !bytes.Contains(buf[:n], []byte("text/template.(*state).walk")) {
					break
				}
				time.Sleep(10 * time.Millisecond)
			}
		})
	}
}

// TestSlowMarkdownOutsideBody: Markdown that goldmark takes hours over fails
// within site.yaml's timeout wherever it is converted, not only as a page's
// body: a front matter summary (which no bound covered: the build hung), a
// shortcode's Markdown, markdownify in a shortcode or a layout. The message
// names the file (and the summary's line), and the abandoned conversion
// ends instead of keeping a core for hours. Not parallel, so that no other
// test's conversion is running while the stacks are read.
func TestSlowMarkdownOutsideBody(t *testing.T) {
	slow := strings.Repeat("[a](", 75_000)
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"summary", map[string]string{
			"content/news/x.md": "---\ntitle: X\nsummary: \"" + slow + "\"\n---\nTeksts.\n",
		}, "content/news/x.md:3: front matter: summary: converting the Markdown took longer than 2s"},
		{"shortcode's Markdown", map[string]string{
			"layouts/shortcodes/note.html": "{{ .Inner }}",
			"content/news/x.md":            "---\ntitle: X\n---\n{{% note %}}\n" + slow + "\n{{% /note %}}\n",
		}, "content/news/x.md: converting the Markdown took longer than 2s"},
		{"markdownify in a shortcode", map[string]string{
			"layouts/shortcodes/note.html": "{{ .Inner | markdownify }}",
			"content/news/x.md":            "---\ntitle: X\n---\n{{< note >}}\n" + slow + "\n{{< /note >}}\n",
		}, "content/news/x.md"},
		{"markdownify in a layout", map[string]string{
			"layouts/news/single.html": "<!DOCTYPE html>\n{{ $.Markdownify .Page.Title }}",
			"content/news/x.md":        "---\ntitle: \"" + slow + "\"\n---\nTeksts.\n",
		}, "content/news/x.md"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			// 2s, not less: the good site's first build must fit in it on a
			// loaded machine (html/template escapes the layouts on their
			// first run), and the slow Markdown takes hours whatever it is.
			writeTree(t, root, map[string]string{"site.yaml": goodSite + "timeout: 2s\n", "content/news/a.md": "---\ntitle: A\n---\nTeksts.\n"})
			stderr := wantRefused(t, root, nil, func() { writeTree(t, root, tc.files) }, tc.want)
			if strings.Contains(stderr, "goroutine") {
				t.Errorf("stderr has a stack trace:\n%s", stderr)
			}
			// Wait for the conversion to end; without the stop this waits
			// for hours, and the test fails at go test's -timeout.
			buf := make([]byte, 1<<20)
			for {
				n := runtime.Stack(buf, true)
				if !bytes.Contains(buf[:n], []byte("github.com/yuin/goldmark")) {
					break
				}
				time.Sleep(10 * time.Millisecond)
			}
		})
	}
}

// TestReferenceLinkBomb: a reference definition of 20 KB used 10,000 times,
// 60 KB of Markdown, made a 200 MB page and took a gigabyte and the whole
// timeout, then blamed the layout. The build is refused at once, at the line
// of the link, in words, with public/ as it was.
func TestReferenceLinkBomb(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"site.yaml": goodSite, "content/news/a.md": "---\ntitle: A\n---\nTeksts.\n"})
	def := "[plāns]: https://example.org/" + strings.Repeat("p", 10_000) + " \"" + strings.Repeat("t", 10_000) + "\"\n"
	body := "---\ntitle: X\n---\n" + def + "\nIevads.\n" + strings.Repeat("[plāns] ", 10_000) + "\n"
	want := "content/news/x.md:7: the links from here on repeat the addresses and titles of reference definitions ([name]: address \"title\") so often that the page would have 191 MB of them in 10000 links"
	wantRefused(t, root, nil, func() {
		writeTree(t, root, map[string]string{"content/news/x.md": body})
	}, want)
}
