package serve

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"testing/synctest"
	"time"
)

// TestWatchEditorSaves saves a page as editors and saving libraries do,
// each through a file of its own beside it: the saves are reported under
// the page's name, never under the temporary file's, which would rebuild
// for a file about to vanish (or publish it).
func TestWatchEditorSaves(t *testing.T) {
	root := t.TempDir()
	page := filepath.Join(root, "content/news/a.lv.md")
	if err := os.MkdirAll(filepath.Dir(page), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, "site.yaml"), []byte("x"), 0o644)
	os.WriteFile(page, []byte("a"), 0o644)
	temps := []string{"a.lv.md.2845307511", "a.lv.md.tmp.4021", "a.lv.md___jb_tmp___", ".a.lv.md.swp", "4913", "a.lv.md~", "#a.lv.md#", "a.lv.md.crswap", ".goutputstream-7GKQ1Z"}
	var never []string
	for _, name := range temps {
		never = append(never, "content/news/"+name)
	}
	next := watching(t, root, never...)
	for i, name := range temps {
		tmp := filepath.Join(filepath.Dir(page), name)
		if err := os.WriteFile(tmp, []byte(fmt.Sprint("b", i)), 0o644); err != nil {
			t.Fatal(err)
		}
		time.Sleep(30 * time.Millisecond) // a batch of its own, were it reported
		if err := os.Rename(tmp, page); err != nil {
			t.Fatal(err)
		}
		next("content/news/a.lv.md")
	}
}

// never is a Debounce's gone or writing that reports no path.
func never(string) bool { return false }

func TestDebounce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		in := make(chan string)
		out := make(chan []string, 4)
		go Debounce(in, 25*time.Millisecond, 25*time.Millisecond, time.Second, never, never, out)
		in <- "content/a.md"
		time.Sleep(10 * time.Millisecond)
		in <- "content/b.md"
		in <- "content/a.md"
		time.Sleep(10 * time.Millisecond)
		synctest.Wait()
		if len(out) != 0 {
			t.Fatalf("a batch was sent during the burst")
		}
		time.Sleep(30 * time.Millisecond)
		synctest.Wait()
		got := <-out
		if len(got) != 2 || got[0] != "content/a.md" || got[1] != "content/b.md" {
			t.Errorf("batch = %v, want [content/a.md content/b.md]", got)
		}
		in <- "static/x.css"
		close(in)
		synctest.Wait()
		if got := <-out; len(got) != 1 || got[0] != "static/x.css" {
			t.Errorf("last batch = %v", got)
		}
	})
}

// TestDebounceBurst: a burst of saves of many files (a git checkout, with
// pauses between its files longer than the quiet time of one save) is one
// batch, while a save of one file, alone or again and again, is sent after
// the quiet time, not later: the quiet time grows with the different files
// of the burst, up to a bound.
func TestDebounceBurst(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		in := make(chan string)
		out := make(chan []string, 64)
		go Debounce(in, 5*time.Millisecond, 100*time.Millisecond, time.Second, never, never, out)

		in <- "content/a.md" // one save
		time.Sleep(5 * time.Millisecond)
		synctest.Wait()
		if got := len(out); got != 1 {
			t.Fatalf("a single save: %d batches after the quiet time, want 1", got)
		}
		<-out
		time.Sleep(100 * time.Millisecond)

		var want []string
		gaps := []time.Duration{1, 3, 12, 21, 30, 45, 60, 90, 2, 0}
		for i := range 40 { // git checkout: a file, then a pause of up to 90 ms
			p := fmt.Sprintf("content/%02d.md", i)
			want = append(want, p)
			in <- p
			time.Sleep(gaps[i%len(gaps)] * time.Millisecond)
		}
		time.Sleep(100 * time.Millisecond)
		synctest.Wait()
		var got [][]string
		for len(out) > 0 {
			got = append(got, <-out)
		}
		if len(got) != 1 || !slices.Equal(got[0], want) {
			t.Errorf("a burst of %d saves gave %d batches, want 1: %v", len(want), len(got), got)
		}

		for range 5 { // one file saved again and again is no burst
			in <- "content/a.md"
			time.Sleep(20 * time.Millisecond)
		}
		synctest.Wait()
		if n := len(out); n != 5 {
			t.Errorf("5 saves of one file 20 ms apart gave %d batches, want 5", n)
		}
		for len(out) > 0 {
			<-out
		}
		time.Sleep(100 * time.Millisecond)

		for range 3 { // a pause as long as the bound ends the burst
			in <- "content/b.md"
			in <- "content/c.md"
			time.Sleep(100 * time.Millisecond)
		}
		synctest.Wait()
		if n := len(out); n != 3 {
			t.Errorf("saves 100 ms apart gave %d batches, want 3", n)
		}
		close(in)
	})
}

// TestDebounceWaitsForAFileToComeBack: a batch naming a file that is gone
// (renamed away by an editor's save) waits the grace for it to come back,
// and is sent as one batch when it does; a file that stays gone is sent after
// the grace.
func TestDebounceWaitsForAFileToComeBack(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var mu sync.Mutex
		missing := map[string]bool{}
		gone := func(p string) bool { mu.Lock(); defer mu.Unlock(); return missing[p] }
		set := func(p string, m bool) { mu.Lock(); defer mu.Unlock(); missing[p] = m }
		in := make(chan string)
		out := make(chan []string, 4)
		go Debounce(in, 5*time.Millisecond, 5*time.Millisecond, 50*time.Millisecond, gone, never, out)

		set("content/a.md", true) // renamed to a.md~
		in <- "content/a.md"
		time.Sleep(20 * time.Millisecond) // past quiet, within the grace
		synctest.Wait()
		if len(out) != 0 {
			t.Fatalf("a batch naming a file that is gone was sent before the grace: %v", <-out)
		}
		set("content/a.md", false) // the new file written
		in <- "content/a.md"
		time.Sleep(10 * time.Millisecond)
		synctest.Wait()
		if got := <-out; !slices.Equal(got, []string{"content/a.md"}) {
			t.Errorf("batch = %v, want [content/a.md]", got)
		}

		set("content/b.md", true) // deleted for good
		in <- "content/b.md"
		time.Sleep(40 * time.Millisecond)
		synctest.Wait()
		if len(out) != 0 {
			t.Fatal("the deletion was sent before the grace")
		}
		time.Sleep(30 * time.Millisecond)
		synctest.Wait()
		if got := <-out; !slices.Equal(got, []string{"content/b.md"}) {
			t.Errorf("batch = %v, want [content/b.md]", got)
		}
		close(in)
	})
}

// TestDebounceWaitsForAFileBeingWritten: a batch naming a file that a
// program still holds open for writing (a save written in two parts with a
// pause between) is sent once the file is closed, not with its first part;
// a file written without end is sent after MaxWriting.
func TestDebounceWaitsForAFileBeingWritten(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var mu sync.Mutex
		open := map[string]bool{}
		writing := func(p string) bool { mu.Lock(); defer mu.Unlock(); return open[p] }
		set := func(p string, w bool) { mu.Lock(); defer mu.Unlock(); open[p] = w }
		in := make(chan string)
		out := make(chan []string, 4)
		go Debounce(in, 5*time.Millisecond, 5*time.Millisecond, 50*time.Millisecond, never, writing, out)

		set("content/a.md", true) // the first part written
		in <- "content/a.md"
		time.Sleep(300 * time.Millisecond) // the pause
		synctest.Wait()
		if len(out) != 0 {
			t.Fatalf("a batch naming a file still being written was sent: %v", <-out)
		}
		set("content/a.md", false) // the second part written, the file closed
		in <- "content/a.md"
		time.Sleep(10 * time.Millisecond)
		synctest.Wait()
		if got := <-out; !slices.Equal(got, []string{"content/a.md"}) {
			t.Errorf("batch = %v, want [content/a.md]", got)
		}

		set("static/log.txt", true) // written without end
		in <- "static/log.txt"
		time.Sleep(MaxWriting - 10*time.Millisecond)
		synctest.Wait()
		if len(out) != 0 {
			t.Fatal("a file being written was sent before MaxWriting")
		}
		time.Sleep(20 * time.Millisecond)
		synctest.Wait()
		if got := <-out; !slices.Equal(got, []string{"static/log.txt"}) {
			t.Errorf("batch = %v, want [static/log.txt]", got)
		}
		close(in)
	})
}

// TestBeingWritten: a file another open file writes to is being written
// until it is closed; a folder, a missing file and a FIFO (whose open would
// block) are not.
func TestBeingWritten(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("only Linux tells")
	}
	dir := t.TempDir()
	name := filepath.Join(dir, "a.md")
	if err := os.WriteFile(name, []byte("---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if beingWritten(name) {
		t.Error("a file written and closed is being written")
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("title: A\n")
	if !beingWritten(name) {
		t.Error("a file open for writing is not being written")
	}
	f.Close()
	if beingWritten(name) {
		t.Error("a file closed after its second part is being written")
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{dir, filepath.Join(dir, "none.md"), fifo} {
		if beingWritten(p) {
			t.Errorf("%s is being written", p)
		}
	}
}

func TestWatchLimitMessage(t *testing.T) {
	err := watchError(fmt.Errorf("add /x: %w", syscall.ENOSPC))
	if !errors.Is(err, ErrWatchLimit) || !strings.Contains(err.Error(), "fs.inotify.max_user_watches") || !strings.Contains(err.Error(), "sudo sysctl fs.inotify.max_user_watches=") {
		t.Errorf("ENOSPC gives %q, want the limit's name and how to raise it", err)
	}
	err = watchError(syscall.EMFILE)
	if !errors.Is(err, ErrWatchLimit) || !strings.Contains(err.Error(), "fs.inotify.max_user_instances") {
		t.Errorf("EMFILE gives %q", err)
	}
}

// TestWatchAfterFolderRename renames a folder two levels above a page, then
// saves the page: the save is reported under the folder's new name, as are
// later saves, at any depth.
func TestWatchAfterFolderRename(t *testing.T) {
	root := t.TempDir()
	page := filepath.Join(root, "content/news/d1/d2/index.en.md")
	if err := os.MkdirAll(filepath.Dir(page), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, "site.yaml"), []byte("x"), 0o644)
	os.WriteFile(page, []byte("a"), 0o644)
	next := watching(t, root)
	if err := os.Rename(filepath.Join(root, "content/news/d1"), filepath.Join(root, "content/news/d1b")); err != nil {
		t.Fatal(err)
	}
	next("content/news/d1b")
	for i := range 2 {
		moved := filepath.Join(root, "content/news/d1b/d2/index.en.md")
		os.WriteFile(moved, []byte(fmt.Sprint("b", i)), 0o644)
		next("content/news/d1b/d2/index.en.md")
	}
}

// TestWatchAfterFolderMovedOutAndBack moves a folder out of the site (to
// the trash) and back under another name, then saves a page in it: the
// save is reported under the new name, at any depth.
func TestWatchAfterFolderMovedOutAndBack(t *testing.T) {
	root := t.TempDir()
	trash := t.TempDir()
	page := filepath.Join(root, "content/news/d1/d2/d3/index.en.md")
	if err := os.MkdirAll(filepath.Dir(page), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, "site.yaml"), []byte("x"), 0o644)
	os.WriteFile(page, []byte("a"), 0o644)
	next := watching(t, root)
	if err := os.Rename(filepath.Join(root, "content/news/d1"), filepath.Join(trash, "d1")); err != nil {
		t.Fatal(err)
	}
	next("content/news/d1")
	if err := os.Rename(filepath.Join(trash, "d1"), filepath.Join(root, "content/news/d1b")); err != nil {
		t.Fatal(err)
	}
	next("content/news/d1b/d2/d3/index.en.md")
	for i := range 2 {
		os.WriteFile(filepath.Join(root, "content/news/d1b/d2/d3/index.en.md"), []byte(fmt.Sprint("b", i)), 0o644)
		next("content/news/d1b/d2/d3/index.en.md")
	}
}

// TestWatchLanguageContentDirs: saves in a language's own content folder
// (site.yaml's contentDir: content.en/), one there at the start and one made
// while serving, are reported as saves in content/ are.
func TestWatchLanguageContentDirs(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{"content.lv/a.md", "content.en/news/a.md", "public/x.html"} {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(p, []byte("a"), 0o644)
	}
	next := watching(t, root, "public/x.html")
	os.WriteFile(filepath.Join(root, "public/x.html"), []byte("b"), 0o644)
	os.WriteFile(filepath.Join(root, "content.en/news/a.md"), []byte("b"), 0o644)
	next("content.en/news/a.md")
	if err := os.MkdirAll(filepath.Join(root, "content.vi/news"), 0o755); err != nil {
		t.Fatal(err)
	}
	next("content.vi")
	os.WriteFile(filepath.Join(root, "content.vi/news/a.md"), []byte("c"), 0o644)
	next("content.vi/news/a.md")
}

// watching runs a Watcher on root and returns a function that waits until
// a batch names want; a batch naming never fails the test.
func watching(t *testing.T, root string, never ...string) func(want string) {
	t.Helper()
	w, err := NewWatcher(root)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	done := make(chan struct{})
	t.Cleanup(func() { close(done) })
	changes := make(chan []string, 16)
	go w.Run(done, 20*time.Millisecond, changes, make(chan error, 16))
	return func(want string) {
		t.Helper()
		timeout := time.After(10 * time.Second)
		for {
			select {
			case batch := <-changes:
				for _, n := range never {
					if slices.Contains(batch, n) {
						t.Fatalf("a save of %s was reported: %v", n, batch)
					}
				}
				if slices.Contains(batch, want) {
					return
				}
			case <-timeout:
				t.Fatalf("no change reported for %s", want)
			}
		}
	}
}

// TestWatchHugoThemes: the static/, assets/ and layouts/ of a Hugo theme
// are watched, the rest of it (node_modules/) is not.
func TestWatchHugoThemes(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{"content/a.md", "themes/t/static/css/a.css", "themes/t/layouts/partials/p.html", "themes/t/node_modules/m/x.js", "themes/t/i18n/en.toml", "config/_default/params.toml"} {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(p, []byte("a"), 0o644)
	}
	next := watching(t, root, "themes/t/node_modules/m/x.js")
	os.WriteFile(filepath.Join(root, "themes/t/node_modules/m/x.js"), []byte("b"), 0o644)
	os.WriteFile(filepath.Join(root, "themes/t/static/css/a.css"), []byte("b"), 0o644)
	next("themes/t/static/css/a.css")
	os.WriteFile(filepath.Join(root, "themes/t/layouts/partials/p.html"), []byte("b"), 0o644)
	next("themes/t/layouts/partials/p.html")
	// Files of a Hugo site that vestis does not read, but says so when
	// they are saved.
	for _, name := range []string{"hugo.toml", "config/_default/params.toml", "themes/t/i18n/en.toml"} {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(p, []byte("a = 1\n"), 0o644)
		next(name)
	}
}

// TestWatchThemeFoldersMadeLater: a theme's folder that the watcher reads
// (i18n/, layouts/, static/), made while serving, is watched as one there
// at the start is, and so is a theme added while serving; the rest of a
// theme (its node_modules/) stays unwatched however it comes.
func TestWatchThemeFoldersMadeLater(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{"site.yaml", "content/a.md", "themes/t/static/css/a.css", "themes/t/theme.toml"} {
		writeFile(t, root, name, "a")
	}
	never := []string{"themes/t/node_modules/m/x.js", "themes/u/node_modules/m/x.js", "themes/t/theme.toml"}
	next := watching(t, root, never...)
	for _, name := range []string{"themes/t/i18n/en.toml", "themes/t/config/_default/params.toml", "themes/t/layouts/partials/p.html", "themes/u/static/u.css", "themes/t/hugo.toml"} {
		writeFile(t, root, name, "a = 1\n")
		next(name) // made with its folder: named with it, or on its own
		time.Sleep(30 * time.Millisecond)
		writeFile(t, root, name, "a = 2\n")
		next(name) // saved again: the folder is watched
	}
	writeFile(t, root, "themes/t/node_modules/m/x.js", "b")
	writeFile(t, root, "themes/u/node_modules/m/x.js", "b")
	writeFile(t, root, "themes/t/theme.toml", "b")
	writeFile(t, root, "content/a.md", "b")
	next("content/a.md")
}

func writeFile(t *testing.T, root, name, text string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
