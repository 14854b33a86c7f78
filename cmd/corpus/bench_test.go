package main

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/adrg/frontmatter"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/memlimit"
	"github.com/vestis-ssg/vestis/internal/serve"
)

// corpora are the corpora this run of the test binary generated, in a
// temporary folder of its own: benchmarks share them (a 10k corpus takes a
// while to write), and TestMain removes them at the end, so that nothing is
// left in /tmp and two runs at once never write into one corpus.
var corpora = struct {
	once sync.Once
	root string
	err  error
	dirs sync.Map // size -> dir
}{}

// corpusDir generates a corpus of n files once per test binary.
func corpusDir(b *testing.B, n int) string {
	b.Helper()
	if dir, ok := corpora.dirs.Load(n); ok {
		return dir.(string)
	}
	corpora.once.Do(func() { corpora.root, corpora.err = os.MkdirTemp("", "vestis-bench-corpora-") })
	if corpora.err != nil {
		b.Fatal(corpora.err)
	}
	dir := filepath.Join(corpora.root, strconv.Itoa(n))
	if _, err := generate(dir, n, 1, true); err != nil {
		b.Fatal(err)
	}
	corpora.dirs.Store(n, dir)
	return dir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if corpora.root != "" {
		if err := os.RemoveAll(corpora.root); err != nil {
			fmt.Fprintln(os.Stderr, "corpus benchmarks:", err)
			code = cmp.Or(code, 1)
		}
	}
	os.Exit(code)
}

// sizes are the corpora benchmarks run on; VESTIS_BENCH_SIZES=1k (as in CI)
// keeps only the named ones, and a number names a corpus of that many files.
var sizes = func() []benchSize {
	all := []benchSize{{"1k", 1000}, {"10k", 10000}}
	only := os.Getenv("VESTIS_BENCH_SIZES")
	if only == "" {
		return all
	}
	var out []benchSize
	for name := range strings.SplitSeq(only, ",") {
		if i := slices.IndexFunc(all, func(s benchSize) bool { return s.name == name }); i >= 0 {
			out = append(out, all[i])
		} else if n, err := strconv.Atoi(name); err == nil && n > 0 {
			out = append(out, benchSize{name, n})
		}
	}
	return out
}()

type benchSize struct {
	name string
	n    int
}

// outDir is where benchmarks write: VESTIS_BENCH_OUT (say /dev/shm, as the
// disk of these machines is slow and noisy), else a temporary folder.
func outDir(b *testing.B) string {
	if d := os.Getenv("VESTIS_BENCH_OUT"); d != "" {
		dir, err := os.MkdirTemp(d, "vestis-bench-")
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { os.RemoveAll(dir) })
		return dir
	}
	return b.TempDir()
}

// BenchmarkBuild is `vestis build`: a full build with minification, streamed to
// a fresh folder.
func BenchmarkBuild(b *testing.B) {
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			dir := corpusDir(b, size.n)
			out := outDir(b)
			o := build.Options{Site: os.DirFS(dir), Theme: vestis.Theme()}
			for b.Loop() {
				if _, err := build.BuildTo(o, filepath.Join(out, "public")); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBuildBare is BenchmarkBuild with a theme of one action per page and
// no minification: what the site model (loading, conversion, lists, taxonomies,
// feeds, sitemaps, search index, 16k files at 10k) costs before any theme. It
// sits between BenchmarkFloor and BenchmarkBuild, splitting the gap between them.
func BenchmarkBuildBare(b *testing.B) {
	main := `{{ define "main" }}{{ .Page.Content }}{{ end }}`
	list := `{{ define "main" }}{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}`
	theme := fstest.MapFS{
		"layouts/_default/baseof.html": {Data: []byte(`<!DOCTYPE html><html lang="{{ .Lang.Code }}"><title>{{ .Page.Title }}</title>{{ block "main" . }}{{ end }}</html>`)},
		"layouts/_default/single.html": {Data: []byte(main)},
		"layouts/_default/list.html":   {Data: []byte(list)},
		"layouts/404.html":             {Data: []byte(main)},
		"layouts/search.html":          {Data: []byte(main)},
	}
	minify := false
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			dir := corpusDir(b, size.n)
			out := outDir(b)
			o := build.Options{Site: os.DirFS(dir), Theme: theme, Minify: &minify}
			for b.Loop() {
				if _, err := build.BuildTo(o, filepath.Join(out, "public")); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLoad is the first stage of every build and of the dev server's
// start: site.yaml and every content file read, front matter decoded and typed.
func BenchmarkLoad(b *testing.B) {
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			fsys := os.DirFS(corpusDir(b, size.n))
			for b.Loop() {
				cfg, err := config.Load(fsys, "site.yaml")
				if err != nil {
					b.Fatal(err)
				}
				pages, err := content.Load(fsys, "content", cfg)
				if err != nil {
					b.Fatal(err)
				}
				if len(pages) < size.n {
					b.Fatalf("loaded %d pages, want at least %d", len(pages), size.n)
				}
			}
		})
	}
}

// BenchmarkRebuildContentEdit measures the rebuild after one content file's body
// changed, as the dev server does after a save; it reports the median.
func BenchmarkRebuildContentEdit(b *testing.B) {
	benchRebuild(b, func(orig string, i int) string {
		return strings.Replace(orig, "\n---\n", fmt.Sprintf("\n---\nLabojums %d.\n\n", i), 1)
	})
}

// BenchmarkRebuildTitleEdit measures the rebuild after a title change, which
// moves the page in lists and feeds: the full rebuild path.
func BenchmarkRebuildTitleEdit(b *testing.B) {
	benchRebuild(b, func(orig string, i int) string {
		return strings.Replace(orig, "title: ", fmt.Sprintf("title: %d ", i), 1)
	})
}

// BenchmarkRebuildDateEdit measures the rebuild after a date change that
// makes the page its section's newest: the section's date of change moves
// with it, which every list page of the section could show.
func BenchmarkRebuildDateEdit(b *testing.B) {
	benchRebuild(b, func(orig string, i int) string {
		date := time.Now().AddDate(0, 0, -1-i%30).Format(time.DateOnly) // published, and newer than the corpus
		return dateLine.ReplaceAllString(orig, "date: "+date)
	})
}

// BenchmarkRebuildTagEdit measures the rebuild after a page's tags change:
// it leaves one tag and joins another.
func BenchmarkRebuildTagEdit(b *testing.B) {
	benchRebuild(b, func(orig string, i int) string {
		return tagsLine.ReplaceAllString(orig, "tags: ["+[]string{"workshops", "conferences"}[i%2]+"]")
	})
}

// BenchmarkRebuildNewTag measures the rebuild after a page is given a tag
// no page had, in place of the one the save before gave it: a term comes,
// another goes.
func BenchmarkRebuildNewTag(b *testing.B) {
	benchRebuild(b, func(orig string, i int) string {
		return tagsLine.ReplaceAllString(orig, fmt.Sprintf("tags: [workshops, jauna-birka-%d]", i))
	})
}

// BenchmarkRebuildAddPage measures the rebuild after a new press release is
// saved and after it is deleted again, in turn: a page, its outputs and its
// place in lists come and go.
func BenchmarkRebuildAddPage(b *testing.B) {
	benchAddRemove(b, "", func(i int) string {
		return fmt.Sprintf("---\ntitle: Jauns paziņojums %d\ndate: 2024-05-06\ntags: [workshops]\n---\nTeksts.\n", i)
	}, true)
}

// BenchmarkRebuildAddTranslation measures the rebuild after the Vietnamese
// translation of a press release is saved, then deleted, in turn: the
// Latvian page links to it and back.
func BenchmarkRebuildAddTranslation(b *testing.B) {
	benchAddRemove(b, "---\ntitle: Jauns paziņojums\ndate: 2024-05-06\ntags: [workshops]\n---\nTeksts.\n", func(i int) string {
		return fmt.Sprintf("---\ntitle: Thông cáo mới %d\ndate: 2024-05-06\ntags: [workshops]\n---\nVăn bản.\n", i)
	}, true)
}

// BenchmarkRebuildNewDraft measures the rebuild after a new draft (as
// vestis new writes it) is saved, then deleted, in turn: nothing is shown.
func BenchmarkRebuildNewDraft(b *testing.B) {
	benchAddRemove(b, "", func(i int) string {
		return fmt.Sprintf("---\ntitle: Melnraksts %d\ndate: 2024-05-06\ndraft: true\n---\n", i)
	}, false)
}

// benchAddRemove saves a new press release with the text page(i), then
// deletes it, in turn, and reports the median rebuild; shown says whether
// the page changes the site's files. With an original, the press release
// is its Vietnamese translation.
func benchAddRemove(b *testing.B, original string, page func(i int) string, shown bool) {
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			dir, builder := builtCorpus(b, size.n)
			rel := "content/news/vestis-bench-new.lv.md"
			if original != "" {
				orig := filepath.Join(dir, rel)
				if err := os.WriteFile(orig, []byte(original), 0o644); err != nil {
					b.Fatal(err)
				}
				b.Cleanup(func() { os.Remove(orig) })
				if _, _, err := builder.Rebuild([]string{rel}); err != nil {
					b.Fatal(err)
				}
				rel = "content/news/vestis-bench-new.vi.md"
			}
			file := filepath.Join(dir, rel)
			b.Cleanup(func() { os.Remove(file) })
			var times []time.Duration
			for i := 0; b.Loop(); i++ {
				if i%2 == 0 {
					if err := os.WriteFile(file, []byte(page(i)), 0o644); err != nil {
						b.Fatal(err)
					}
				} else if err := os.Remove(file); err != nil {
					b.Fatal(err)
				}
				start := time.Now()
				_, d, err := builder.Rebuild([]string{rel})
				if err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(start))
				if d.Empty() == shown {
					b.Fatalf("step %d: changed %v, want %v", i, !d.Empty(), shown)
				}
			}
			b.ReportMetric(medianMs(times), "median-ms")
			// Saving the page and deleting it take different paths (a page
			// that joins the site beside others, site.Join; one that leaves).
			var saves, deletes []time.Duration
			for i, d := range times {
				if i%2 == 0 {
					saves = append(saves, d)
				} else {
					deletes = append(deletes, d)
				}
			}
			b.ReportMetric(medianMs(saves), "save-ms")
			if len(deletes) > 0 {
				b.ReportMetric(medianMs(deletes), "delete-ms")
			}
		})
	}
}

// medianMs is the median of times in milliseconds.
func medianMs(times []time.Duration) float64 {
	times = slices.Sorted(slices.Values(times))
	return float64(times[len(times)/2].Microseconds()) / 1000
}

// BenchmarkRebuildSlugEdit measures the rebuild after a page's slug changes:
// its address moves.
func BenchmarkRebuildSlugEdit(b *testing.B) {
	benchRebuild(b, func(orig string, i int) string {
		return strings.Replace(orig, "\n---\n", fmt.Sprintf("\nslug: adrese-%d\n---\n", i), 1)
	})
}

var (
	dateLine = regexp.MustCompile(`(?m)^date: .*$`)
	tagsLine = regexp.MustCompile(`(?m)^tags: .*$`)
)

// builtCorpus returns the corpus of n files and a Builder that built it once,
// as vestis serve builds: sharing cards are drawn when they are served.
func builtCorpus(b *testing.B, n int) (string, *build.Builder) {
	dir := corpusDir(b, n)
	builder := build.NewBuilder(build.Options{Site: os.DirFS(dir), Theme: vestis.Theme(), LazyCards: true})
	if _, _, err := builder.Rebuild(nil); err != nil {
		b.Fatal(err)
	}
	return dir, builder
}

// benchRebuild saves edit(original, i) into one press release per iteration and
// times Builder.Rebuild.
func benchRebuild(b *testing.B, edit func(orig string, i int) string) {
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			dir, builder := builtCorpus(b, size.n)
			files, _ := filepath.Glob(filepath.Join(dir, "content/news/*.lv.md"))
			file := files[len(files)/2]
			orig, err := os.ReadFile(file)
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { os.WriteFile(file, orig, 0o644) })
			rel, _ := filepath.Rel(dir, file)
			timeSaves(b, builder, dir, filepath.ToSlash(rel), func(i int) string { return edit(string(orig), i) })
		})
	}
}

// BenchmarkRebuildLayoutEdit measures the rebuild after a save of the
// programmes' layout, as a theme's author makes them: the programme pages
// are rendered again, the other pages kept.
func BenchmarkRebuildLayoutEdit(b *testing.B) {
	const rel = "layouts/programs/single.html"
	theme, err := fs.ReadFile(vestis.Theme(), rel)
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			dir, builder := builtCorpus(b, size.n)
			if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(rel)), 0o755); err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { os.RemoveAll(filepath.Join(dir, "layouts")) })
			timeSaves(b, builder, dir, rel, func(i int) string {
				return strings.Replace(string(theme), "</article>", fmt.Sprintf("<p>%d</p></article>", i), 1)
			})
		})
	}
}

// BenchmarkRebuildMessageEdit measures the rebuild after a save of the
// corpus's Vietnamese messages that changes one the theme shows on every
// list: the Vietnamese pages are rendered again, the others kept.
func BenchmarkRebuildMessageEdit(b *testing.B) {
	const rel = "i18n/vi.yaml"
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			dir, builder := builtCorpus(b, size.n)
			orig, err := os.ReadFile(filepath.Join(dir, rel))
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { os.WriteFile(filepath.Join(dir, rel), orig, 0o644) })
			own := readMoreLine.ReplaceAllString(string(orig), "")
			timeSaves(b, builder, dir, rel, func(i int) string {
				return fmt.Sprintf("%s\nreadMore: \"Đọc tiếp %d\"\n", own, i)
			})
		})
	}
}

var readMoreLine = regexp.MustCompile(`(?m)^readMore: .*$`)

// timeSaves writes text(i) into the corpus's file rel at each iteration,
// times Builder.Rebuild, and reports the median.
func timeSaves(b *testing.B, builder *build.Builder, dir, rel string, text func(i int) string) {
	var times []time.Duration
	i := int(time.Now().UnixNano() % 1e9) // every edit differs from the file as it was
	for b.Loop() {
		i++
		if err := os.WriteFile(filepath.Join(dir, rel), []byte(text(i)), 0o644); err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		_, d, err := builder.Rebuild([]string{rel})
		if err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
		if len(d.Changed) == 0 {
			b.Fatalf("the edit of %s changed nothing (iteration %d)", rel, i)
		}
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "median-ms")
	b.ReportMetric(float64(builder.Rendered()), "pages-rendered")
}

// BenchmarkServeEdit measures what an editor sees: from saving a content file
// to the dev server serving the new text, through the file watcher, for each
// kind of edit in serveEdits.
func BenchmarkServeEdit(b *testing.B) {
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			ed := startEditing(b, corpusDir(b, size.n))
			for _, e := range serveEdits {
				b.Run(e.name, func(b *testing.B) {
					var times []time.Duration
					for b.Loop() {
						times = append(times, ed.save(b, e.edit))
					}
					slices.Sort(times)
					b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "median-ms")
					b.ReportMetric(float64(times[len(times)*9/10].Microseconds())/1000, "p90-ms")
				})
			}
		})
	}
}

// BenchmarkServeMemory measures the dev server's heap over many edits of
// every kind in turn (run it with -benchtime 2000x): after a GC, once the
// first 100 edits are done and after the last one. Issue #15 wants it flat,
// within 10 %.
func BenchmarkServeMemory(b *testing.B) {
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			ed := startEditing(b, corpusDir(b, size.n))
			heap := func() float64 {
				runtime.GC()
				var m runtime.MemStats
				runtime.ReadMemStats(&m)
				return float64(m.HeapAlloc) / (1 << 20)
			}
			first, n := 0.0, 0
			for b.Loop() {
				ed.save(b, serveEdits[n%len(serveEdits)].edit)
				if n++; n == 100 {
					first = heap()
				}
			}
			if n < 100 {
				b.Skip("needs at least 100 edits: -benchtime 2000x")
			}
			last := heap()
			b.ReportMetric(first, "heap-MiB-at-100")
			b.ReportMetric(last, "heap-MiB-at-end")
			b.ReportMetric(100*(last-first)/first, "growth-%")
		})
	}
}

// editing is a dev server on a corpus and one press release to edit in it.
type editing struct {
	file, url string
	orig      []byte
	n         int
}

// startEditing starts vestis serve on dir and waits for its first build.
func startEditing(b *testing.B, dir string) *editing {
	// The memory policy of vestis serve, which sets the limit before it starts.
	prev := debug.SetMemoryLimit(-1)
	memlimit.Set(dir)
	b.Cleanup(func() { debug.SetMemoryLimit(prev) })
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- serve.Serve(ctx, serve.Options{Root: dir, Addr: "127.0.0.1:0",
			Build: build.Options{Site: os.DirFS(dir), Theme: vestis.Theme()},
			Log:   io.Discard, Ready: func(u string) { ready <- u }})
	}()
	var base string
	select {
	case base = <-ready:
	case err := <-done:
		b.Fatal(err)
	}
	b.Cleanup(func() { cancel(); <-done })
	files, _ := filepath.Glob(filepath.Join(dir, "content/news/*.lv.md"))
	ed := &editing{file: files[len(files)/3]}
	orig, err := os.ReadFile(ed.file)
	if err != nil {
		b.Fatal(err)
	}
	ed.orig = orig
	b.Cleanup(func() { os.WriteFile(ed.file, orig, 0o644) })
	ed.url = base + "lv/jaunumi/" + strings.TrimSuffix(filepath.Base(ed.file), ".lv.md") + "/"
	if resp, err := http.Get(ed.url); err != nil || resp.StatusCode != 200 {
		b.Fatalf("GET %s: %v", ed.url, err)
	}
	// The server answers before its first build ends; the sitemap, which
	// only the build makes, is answered once it has, so that the edits
	// timed are rebuilds, not waits for the first build.
	resp, err := http.Get(base + "sitemap.xml")
	if err != nil || resp.StatusCode != 200 {
		b.Fatalf("GET %ssitemap.xml: %v", base, err)
	}
	resp.Body.Close()
	return ed
}

// save saves the press release as edit makes it, and returns the time until
// the server serves the page as edit says it then shows.
func (ed *editing) save(b *testing.B, edit func(orig string, i int) (string, func(string) bool)) time.Duration {
	ed.n++
	saved, shows := edit(string(ed.orig), ed.n)
	start := time.Now()
	if err := os.WriteFile(ed.file, []byte(saved), 0o644); err != nil {
		b.Fatal(err)
	}
	for {
		resp, err := http.Get(ed.url)
		if err != nil {
			b.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if shows(string(body)) {
			return time.Since(start)
		}
		if time.Since(start) > 30*time.Second {
			b.Fatalf("edit %d was not served in 30 s", ed.n)
		}
		time.Sleep(200 * time.Microsecond)
	}
}

func contains(marker string) func(string) bool {
	return func(page string) bool { return strings.Contains(page, marker) }
}

// serveEdits are the kinds of edit #15 names: the body, the title, the date
// (the page becomes its section's newest) and the tags (it leaves one tag for
// another).
var serveEdits = []struct {
	name string
	// edit returns the file as saved and what the page then shows.
	edit func(orig string, i int) (saved string, shows func(page string) bool)
}{
	{"body", func(orig string, i int) (string, func(string) bool) {
		marker := fmt.Sprintf("Labojums-%d", i)
		return strings.Replace(orig, "\n---\n", "\n---\n"+marker+"\n\n", 1), contains(marker)
	}},
	{"title", func(orig string, i int) (string, func(string) bool) {
		marker := fmt.Sprintf("Virsraksts-%d", i)
		return strings.Replace(orig, "title: \"", "title: \""+marker+" ", 1), contains(marker)
	}},
	{"date", func(orig string, i int) (string, func(string) bool) {
		date := time.Now().AddDate(0, 0, -1-i%30).Format(time.DateOnly)
		return dateLine.ReplaceAllString(orig, "date: "+date), contains(`datetime="` + date + `"`)
	}},
	{"tag", func(orig string, i int) (string, func(string) bool) {
		tag, other := "workshops", "conferences"
		if i%2 == 1 {
			tag, other = other, tag
		}
		return tagsLine.ReplaceAllString(orig, "tags: ["+tag+"]"), func(page string) bool {
			return strings.Contains(page, "/birkas/"+tag+"/") && !strings.Contains(page, "/birkas/"+other+"/")
		}
	}},
}

// BenchmarkServeStart measures what someone who starts vestis serve waits
// for: from the start to the first page served, a press release in the
// middle of the site. Each iteration then waits for the first build to end
// (serve.Serve does, when it is stopped), so the next one starts on an idle
// machine; it reports the median.
func BenchmarkServeStart(b *testing.B) {
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			dir := corpusDir(b, size.n)
			files, _ := filepath.Glob(filepath.Join(dir, "content/news/*.lv.md"))
			page := "lv/jaunumi/" + strings.TrimSuffix(filepath.Base(files[len(files)/2]), ".lv.md") + "/"
			var times []time.Duration
			for b.Loop() {
				ctx, cancel := context.WithCancel(context.Background())
				ready := make(chan string, 1)
				done := make(chan error, 1)
				start := time.Now()
				go func() {
					done <- serve.Serve(ctx, serve.Options{Root: dir, Addr: "127.0.0.1:0",
						Build: build.Options{Site: os.DirFS(dir), Theme: vestis.Theme()},
						Log:   io.Discard, Ready: func(u string) { ready <- u }})
				}()
				var base string
				select {
				case base = <-ready:
				case err := <-done:
					b.Fatal(err)
				}
				resp, err := http.Get(base + page)
				if err != nil {
					b.Fatal(err)
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode != http.StatusOK || !bytes.Contains(body, []byte("<h1")) {
					b.Fatalf("GET %s: %s, %v\n%.300s", page, resp.Status, err, body)
				}
				times = append(times, time.Since(start))
				cancel()
				if err := <-done; err != nil {
					b.Fatal(err)
				}
			}
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "median-ms")
		})
	}
}

// BenchmarkFloor does only what no generator can avoid: read every content file,
// split off its front matter, convert the Markdown with goldmark and write one
// HTML file per page, on all cores. vestis's full build is reported against it.
func BenchmarkFloor(b *testing.B) {
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			dir := corpusDir(b, size.n)
			var files []string
			filepath.WalkDir(filepath.Join(dir, "content"), func(p string, d os.DirEntry, err error) error {
				if err == nil && strings.HasSuffix(p, ".md") {
					files = append(files, p)
				}
				return err
			})
			md := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote))
			out := outDir(b)
			for b.Loop() {
				var wg sync.WaitGroup
				next := make(chan int)
				for range runtime.GOMAXPROCS(0) {
					wg.Go(func() {
						var buf bytes.Buffer
						for i := range next {
							data, err := os.ReadFile(files[i])
							if err != nil {
								b.Error(err)
								continue
							}
							var fm map[string]any
							body, err := frontmatter.Parse(bytes.NewReader(data), &fm)
							if err != nil {
								b.Error(err)
								continue
							}
							buf.Reset()
							if err := md.Convert(body, &buf); err != nil {
								b.Error(err)
							}
							if err := os.WriteFile(filepath.Join(out, fmt.Sprintf("%d.html", i)), buf.Bytes(), 0o644); err != nil {
								b.Error(err)
							}
						}
					})
				}
				for i := range files {
					next <- i
				}
				close(next)
				wg.Wait()
			}
		})
	}
}

// TestBenchmarksLeaveNothing runs a benchmark on a small corpus in a test binary
// of its own, with a temporary folder of its own: the corpus it generated and
// what it built must be gone when the binary exits.
func TestBenchmarksLeaveNothing(t *testing.T) {
	tmp := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$", "-test.bench=^BenchmarkBuildBare$", "-test.benchtime=1x")
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp, "VESTIS_BENCH_SIZES=25", "VESTIS_BENCH_OUT=")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "BenchmarkBuildBare/25") {
		t.Fatalf("the benchmark did not run: %v\n%s", err, out)
	}
	left, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range left {
		t.Errorf("the benchmarks left %s in the temporary folder", e.Name())
	}
}

// BenchmarkRenderPage renders single pages of each kind again and again, as
// the dev server's preview does: what the default theme's layouts cost per
// page once the Markdown is converted, without the rest of a build. Run it
// with -cpu 1 and -cpuprofile to see where a layout's time goes.
func BenchmarkRenderPage(b *testing.B) {
	dir := corpusDir(b, 1000)
	pv, err := build.NewBuilder(build.Options{Site: os.DirFS(dir), Theme: vestis.Theme()}).Start()
	if err != nil {
		b.Fatal(err)
	}
	var pages []string
	for _, section := range []string{"news", "programs", "projects"} {
		files, _ := filepath.Glob(filepath.Join(dir, "content", section, "*.en.md"))
		files = slices.DeleteFunc(files, func(f string) bool { return strings.HasPrefix(filepath.Base(f), "_") })
		for _, f := range files[:min(len(files), 20)] {
			slug := strings.TrimSuffix(filepath.Base(f), ".en.md")
			pages = append(pages, "en/"+section+"/"+slug+"/index.html")
		}
	}
	for _, list := range []string{"en/news/index.html", "en/programs/index.html", "lv/index.html"} {
		pages = append(pages, list)
	}
	for _, p := range pages {
		if _, ok, err := pv.Output(p); !ok || err != nil {
			b.Fatalf("%s: %v %v", p, ok, err)
		}
	}
	for b.Loop() {
		for _, p := range pages {
			pv.Output(p)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(pages)), "µs/page")
}

// BenchmarkRebuildSiteYAML measures the rebuild after a save of site.yaml
// that changes one language's title (shown on every page of it) or
// paginate (every list's pages): a new configuration, the full path.
func BenchmarkRebuildSiteYAML(b *testing.B) {
	for _, e := range []struct {
		name string
		edit func(orig string, i int) string
	}{
		{"title", func(orig string, i int) string {
			return strings.Replace(orig, "title: Education Innovation News", fmt.Sprintf("title: Education Innovation News %d", i), 1)
		}},
		{"paginate", func(orig string, i int) string {
			return strings.Replace(orig, "paginate: 10", fmt.Sprintf("paginate: %d", 10+i%2), 1)
		}},
	} {
		b.Run(e.name, func(b *testing.B) {
			for _, size := range sizes {
				b.Run(size.name, func(b *testing.B) {
					dir, builder := builtCorpus(b, size.n)
					file := filepath.Join(dir, "site.yaml")
					orig, err := os.ReadFile(file)
					if err != nil {
						b.Fatal(err)
					}
					b.Cleanup(func() {
						os.WriteFile(file, orig, 0o644)
						builder.Rebuild([]string{"site.yaml"})
					})
					if e.edit(string(orig), 1) == string(orig) {
						b.Fatalf("the edit %s changes nothing in site.yaml", e.name)
					}
					var times []time.Duration
					for i := 1; b.Loop(); i++ {
						if err := os.WriteFile(file, []byte(e.edit(string(orig), i)), 0o644); err != nil {
							b.Fatal(err)
						}
						start := time.Now()
						_, d, err := builder.Rebuild([]string{"site.yaml"})
						if err != nil {
							b.Fatal(err)
						}
						times = append(times, time.Since(start))
						if len(d.Changed) == 0 {
							b.Fatalf("the edit of site.yaml changed nothing (iteration %d)", i)
						}
					}
					b.ReportMetric(medianMs(times), "median-ms")
				})
			}
		})
	}
}

// BenchmarkRebuildNewStatic measures the rebuild after a new file is saved in
// static/, then deleted, in turn: the list of copied files changes, no page.
func BenchmarkRebuildNewStatic(b *testing.B) {
	const rel = "static/bench.css"
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			dir, builder := builtCorpus(b, size.n)
			file := filepath.Join(dir, rel)
			if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { os.Remove(file) })
			var times []time.Duration
			i := 0
			for b.Loop() {
				i++
				var err error
				if i%2 == 1 {
					err = os.WriteFile(file, []byte("body{margin:0}"), 0o644)
				} else {
					err = os.Remove(file)
				}
				if err != nil {
					b.Fatal(err)
				}
				start := time.Now()
				if _, d, err := builder.Rebuild([]string{rel}); err != nil || d.Empty() {
					b.Fatalf("rebuild %d: %v, %v", i, err, d)
				}
				times = append(times, time.Since(start))
			}
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "median-ms")
			b.ReportMetric(float64(builder.Rendered()), "pages-rendered")
		})
	}
}
