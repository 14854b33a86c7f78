package serve_test

import (
	"fmt"
	"maps"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
	"github.com/vestis-ssg/vestis/internal/serve"
)

// TestHalfWrittenSavesShowNoError: an editor that empties a file and writes
// it in two steps is caught in between, wherever the cut falls; whatever
// mistake the half-written file makes, here or in a file that uses it (a
// layout calling a partial cut before its define), the server waits for the
// save to settle and shows no error, and the log has none.
func TestHalfWrittenSavesShowNoError(t *testing.T) {
	t.Parallel()
	files := map[string]string{
		"site.yaml": testSite + "menu: [news]\n",
		"content/news/a.lv.md": "---\ntitle: Pirmā\ndate: 2024-01-01\nslug: pirma-zina\ntags: [izglitiba]\n---\n" +
			"Teksts ar {{< box >}}rāmi{{< /box >}} un [saiti](b.lv.md).\n\n## Otrā daļa\n\nVairāk.\n",
		"content/news/b.lv.md":         "---\ntitle: Otrā\ndate: 2024-01-02\n---\nSaite uz [pirmo](a.lv.md).\n",
		"layouts/_default/single.html": "{{ define \"main\" }}<article><h1>{{ .Page.Title }}</h1>{{ template \"partials/note.html\" . }}{{ .Page.Content }}</article>{{ end }}\n",
		"layouts/partials/note.html":   "<p class=\"note\">{{ .T \"updated\" }}</p>\n",
		"layouts/shortcodes/box.html":  "<div class=\"box\">{{ .Inner | markdownify }}</div>\n",
		"i18n/lv.yaml":                 "updated: Atjaunināts\n",
		"i18n/en.yaml":                 "updated: Updated\n",
	}
	root := t.TempDir()
	for name, text := range files {
		bt.WriteFile(t, root, name, text)
	}
	log := &strings.Builder{}
	s := serve.New(build.NewBuilder(build.Options{Site: os.DirFS(root), Theme: vestis.Theme()}), root, log)
	if err := s.Rebuild(nil); err != nil {
		t.Fatal(err)
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		full := files[name]
		for _, cut := range cuts(full) {
			bt.WriteFile(t, root, name, full[:cut])
			finished := false
			serve.SetWait(s, func() { bt.WriteFile(t, root, name, full); finished = true })
			if err := s.Rebuild([]string{name}); err != nil {
				t.Errorf("%s cut after %q: the half-written save was reported: %v", name, full[max(0, cut-20):cut], err)
			}
			if !finished { // the cut built as it was: the editor's second write comes as a save
				bt.WriteFile(t, root, name, full)
				if err := s.Rebuild([]string{name}); err != nil {
					t.Fatalf("%s whole again: %v", name, err)
				}
			}
		}
	}
	for line := range strings.Lines(log.String()) {
		if !strings.HasPrefix(line, "rebuilt in ") {
			t.Errorf("the terminal shows %q", line)
		}
	}
}

// cuts are where a file may be cut: at its start, at the end of each line and
// at six places between, some inside a word, a quote or an action.
func cuts(text string) []int {
	out := []int{0}
	for i := range len(text) {
		if text[i] == '\n' || i%max(1, len(text)/6) == len(text)/12 {
			out = append(out, i)
		}
	}
	return out
}

// TestAShownFailureIsNotWaitedFor: a mistake is shown after the save had
// time to settle once; later saves that leave it as it is (a broken link in
// one page while another is edited) show it again at once, without waiting.
func TestAShownFailureIsNotWaitedFor(t *testing.T) {
	t.Parallel()
	s, root, _ := logged(t)
	waited := 0
	serve.SetWait(s, func() { waited++ })
	bt.WriteFile(t, root, "content/news/b.lv.md", page("Otrā", "Saite uz [nekurieni](nav.lv.md)."))
	if err := s.Rebuild([]string{"content/news/b.lv.md"}); err == nil {
		t.Fatal("a link to no page built")
	}
	if waited != 1 {
		t.Fatalf("the new mistake was waited for %d times, want 1", waited)
	}
	for i := range 3 {
		bt.WriteFile(t, root, "content/news/a.lv.md", page("Pirmā", fmt.Sprintf("Teksts %d.", i)))
		if err := s.Rebuild([]string{"content/news/a.lv.md"}); err == nil || !strings.Contains(err.Error(), "nav.lv.md") {
			t.Fatalf("save %d: error = %v, want the broken link's", i, err)
		}
	}
	if waited != 1 {
		t.Errorf("saves that left the shown mistake as it was waited %d times in all, want 1", waited)
	}
}

// TestAMistakeAsSavedIsBuiltOnce: a new mistake whose saved file is as it
// was when the build read it (no editor was still writing it) is shown
// after that one build, not built again after the wait: built again it
// fails the same way, after as long again (a shortcode looping without end
// took twice site.yaml's timeout to be shown). The file made while the
// server waits, which a second build would read, shows whether it ran.
func TestAMistakeAsSavedIsBuiltOnce(t *testing.T) {
	t.Parallel()
	s, root, log := logged(t)
	serve.SetWait(s, func() { bt.WriteFile(t, root, "content/news/nav.lv.md", page("Nav", "Teksts.")) })
	bt.WriteFile(t, root, "content/news/b.lv.md", page("Otrā", "Saite uz [nekurieni](nav.lv.md)."))
	err := s.Rebuild([]string{"content/news/b.lv.md"})
	if err == nil || !strings.Contains(err.Error(), `content/news/b.lv.md:5: link to "nav.lv.md": no such page`) {
		t.Fatalf("error = %v, want the link's to no page, as saved", err)
	}
	if !strings.Contains(log.String(), `link to "nav.lv.md"`) {
		t.Errorf("the terminal does not show the mistake:\n%s", log)
	}
	// The watcher names the new file: the site builds.
	if err := s.Rebuild([]string{"content/news/nav.lv.md"}); err != nil {
		t.Fatalf("with the page linked to: %v", err)
	}
}

// TestAFileSavedDuringABuildShowsNoError: files saved one after another
// (sed -i on several pages, an editor's "save all", git checkout) can come
// in two bursts, and the build of the first may read a page of the second,
// whose text it had read before, as that page is saved or deleted: the
// page changed during the build. That is no mistake of the author's: the
// server reads the page again and serves the site as saved, and the
// terminal shows no error.
func TestAFileSavedDuringABuildShowsNoError(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		second func(root string) // what happens to b before its burst
		want   bool              // b is served after
	}{
		{"saved", func(root string) {
			bt.WriteFile(t, root, "content/news/b.lv.md", "---\ntitle: Otrā\ndate: 2024-01-02\n---\nJauna saite uz [pirmo](a.lv.md).\n")
		}, true},
		{"deleted", func(root string) {
			if err := os.Remove(filepath.Join(root, "content/news/b.lv.md")); err != nil {
				t.Fatal(err)
			}
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			bt.WriteFile(t, root, "site.yaml", testSite)
			bt.WriteFile(t, root, "content/news/a.lv.md", "---\ntitle: Pirmā\ndate: 2024-01-01\n---\nTeksts.\n")
			bt.WriteFile(t, root, "content/news/b.lv.md", "---\ntitle: Otrā\ndate: 2024-01-02\n---\nSaite uz [pirmo](a.lv.md).\n")
			log := &strings.Builder{}
			s := serve.New(build.NewBuilder(build.Options{Site: os.DirFS(root), Theme: vestis.Theme()}), root, log)
			if err := s.Rebuild(nil); err != nil {
				t.Fatal(err)
			}
			serve.SetWait(s, func() {})
			// b links to a, so a's new address renders b's text again.
			bt.WriteFile(t, root, "content/news/a.lv.md", "---\ntitle: Pirmā\ndate: 2024-01-01\nslug: pirma\n---\nTeksts.\n")
			tc.second(root)
			if err := s.Rebuild([]string{"content/news/a.lv.md"}); err != nil {
				t.Errorf("the first burst was reported: %v", err)
			}
			if err := s.Rebuild([]string{"content/news/b.lv.md"}); err != nil {
				t.Fatalf("the second burst: %v", err)
			}
			for line := range strings.Lines(log.String()) {
				if !strings.HasPrefix(line, "rebuilt in ") {
					t.Errorf("the terminal shows %q", line)
				}
			}
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, httptest.NewRequest("GET", "http://localhost/lv/jaunumi/b/", nil))
			if served := rec.Code == 200; served != tc.want {
				t.Errorf("b served: %v (status %d), want %v", served, rec.Code, tc.want)
			}
			if tc.want && !strings.Contains(rec.Body.String(), "Jauna saite") {
				t.Errorf("b is not served as saved:\n%s", rec.Body)
			}
		})
	}
}

// TestASaveWrittenInPartsIsBuiltWhole: a save written in two parts with a
// pause between them longer than the server's settle (a slow disk, a save
// over the network, a shell writing with two commands, Vim writing its new
// file after renaming the old one away) is built once it is whole: the tab
// sees no error for the half (a front matter without its closing line) nor
// the page cut short, and one build, with the whole text.
func TestASaveWrittenInPartsIsBuiltWhole(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("only Linux tells a file still being written")
	}
	s := start(t) // the first save may come while the first build reads the page
	name := filepath.Join(s.root, "content/news/a.lv.md")
	shown := "Sākotnējais teksts."
	for i, tc := range []struct {
		how string
		cut int // where the first part ends
		vim bool
	}{
		{"in place, cut in the front matter", 12, false},
		{"in place, cut in the text", 40, false},
		{"by Vim, cut in the front matter", 12, true},
	} {
		want := fmt.Sprintf("Teksts, saglabāts %d. reizi, pa daļām.", i)
		text := page("Pirmā", want)
		if tc.vim {
			if err := os.Rename(name, name+"~"); err != nil {
				t.Fatal(err)
			}
		}
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString(text[:tc.cut])
		time.Sleep(300 * time.Millisecond) // the pause between the parts
		f.WriteString(text[tc.cut:])
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		if tc.vim {
			os.Remove(name + "~")
		}
		// Every build until the page shows the save (a late one of the
		// save before may come first) shows it whole or as it was.
		for {
			e := s.waitEvent("built", "failure")
			if e.name == "failure" {
				t.Fatalf("%s: the tab was shown %q", tc.how, e.data["error"])
			}
			_, body := s.get("/lv/jaunumi/a/")
			if strings.Contains(body, want) {
				break
			}
			if !strings.Contains(body, shown) {
				t.Fatalf("%s: the page was served cut short:\n%s", tc.how, body)
			}
		}
		shown = want
	}
}

// TestAVimSaveWithAPauseIsBuiltOnce: Vim saves by renaming the page to its
// backup (a.lv.md~) and writing a new one; on a loaded computer, or a slow
// disk, the pause between the two is longer than the server's grace. The
// save is still one build, with the new text: the tab never sees the page
// gone between.
func TestAVimSaveWithAPauseIsBuiltOnce(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("only Linux tells when a backup was made")
	}
	s := start(t)
	// The first build is done (the preview makes no sitemap): a save during
	// it races the build's read of the page, which this test is not about.
	waitFor(t, func() bool { code, _ := s.get("/sitemap.xml"); return code == 200 })
	name := filepath.Join(s.root, "content/news/a.lv.md")
	for i, pause := range []time.Duration{150 * time.Millisecond, 600 * time.Millisecond} {
		if err := os.Rename(name, name+"~"); err != nil {
			t.Fatal(err)
		}
		time.Sleep(pause)
		text := fmt.Sprintf("Saglabāts ar Vim %d. reizi.", i)
		bt.WriteFile(t, s.root, "content/news/a.lv.md", page("Pirmā", text))
		if err := os.Remove(name + "~"); err != nil {
			t.Fatal(err)
		}
		// Every build until the page shows the save keeps the page.
		for {
			e := s.waitEvent("built", "failure")
			if e.name == "failure" {
				t.Fatalf("pause %v: the tab was shown %q", pause, e.data["error"])
			}
			if removed, _ := e.data["removed"].([]any); containsPath(removed, "lv/jaunumi/a/index.html") {
				t.Fatalf("pause %v: a build during the save removed the page: %v", pause, e.data)
			}
			if _, body := s.get("/lv/jaunumi/a/"); strings.Contains(body, text) {
				break
			}
		}
	}
}
