package serve

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// savingFS is the site's folder, where opening the file name writes text
// into it first, once armed: a save made while the build reads the site.
type savingFS struct {
	fs.FS
	root, name, text string
	mu               sync.Mutex
	armed            bool
}

func (f *savingFS) Open(name string) (fs.File, error) {
	f.mu.Lock()
	if f.armed && name == f.name {
		f.armed = false
		if err := os.WriteFile(filepath.Join(f.root, filepath.FromSlash(name)), []byte(f.text), 0o644); err != nil {
			f.mu.Unlock()
			return nil, err
		}
	}
	f.mu.Unlock()
	return f.FS.Open(name)
}

func (f *savingFS) arm(text string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.armed, f.text = true, text
}

// TestASaveWrittenDuringItsBuildIsOneLine: an editor that empties a file
// and then writes it, the build reading it in between, is one save: the
// build read the file as it was written, or is made again, and the late
// events of the write, naming the file as it is now, say nothing. They
// printed "rebuilt in N ms: no file changed" after the save's line (an
// i18n file saved by an editor that truncates, then writes).
func TestASaveWrittenDuringItsBuildIsOneLine(t *testing.T) {
	t.Parallel()
	for _, file := range []string{"i18n/lv.yaml", "layouts/partials/x.html", "content/news/a.lv.md"} {
		t.Run(file, func(t *testing.T) {
			root := t.TempDir()
			bt.WriteFile(t, root, "site.yaml", startSite)
			bt.WriteFile(t, root, "content/news/a.lv.md", startPage("Pirmā", "Teksts."))
			bt.WriteFile(t, root, "i18n/lv.yaml", "readMore: Lasīt\n")
			bt.WriteFile(t, root, "layouts/partials/x.html", "<b>x</b>\n")
			fsys := &savingFS{FS: os.DirFS(root), root: root, name: file}
			log := &syncBuffer{}
			s := New(build.NewBuilder(build.Options{Site: fsys, Theme: vestis.Theme()}), root, log)
			s.wait = func() {}
			if err := s.Rebuild(nil); err != nil {
				t.Fatal(err)
			}
			before := len(log.String())
			var final string
			switch file {
			case "i18n/lv.yaml":
				final = "readMore: Lasīt vairāk\n"
			case "layouts/partials/x.html":
				final = "<b>x</b>{{/* a comment */}}\n"
			default:
				final = startPage("Pirmā", "Jauns teksts.")
			}
			bt.WriteFile(t, root, file, "") // emptied: the save's first event
			fsys.arm(final)                 // written while the build reads it
			if err := s.Rebuild([]string{file}); err != nil {
				t.Fatal(err)
			}
			if err := s.Rebuild([]string{file}); err != nil { // the write's late events
				t.Fatal(err)
			}
			got := log.String()[before:]
			if !regexp.MustCompile(`^rebuilt in \d+ ms: [^\n]*\n$`).MatchString(got) {
				t.Errorf("the terminal shows\n%s\nwant one line for the save", got)
			}
			if strings.Contains(got, "warning") {
				t.Errorf("the terminal shows a warning of the emptied file:\n%s", got)
			}
		})
	}
}

// TestAFileEmptiedIsWaitedFor: an editor that empties a file and writes it
// after a pause longer than a settle (site.yaml emptied, written 60 to 120
// ms later) shows no error: the server waits while the saved file is empty
// and as it was, and builds it as written. A file emptied on purpose is
// reported after a bounded wait.
func TestAFileEmptiedIsWaitedFor(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		file, text string
		writeAt    int // the settle at which the text is written; 0: never
		wantErr    bool
	}{
		{"site.yaml", startSite, 3, false},
		{"site.yaml", startSite, 4, false}, // emptied again at settle 2 (sed ... > site.yaml)
		{"content/news/a.lv.md", startPage("Pirmā", "Jauns teksts."), 5, false},
		{"site.yaml", "", 0, true},
	} {
		root := startSiteIn(t, nil)
		log := &syncBuffer{}
		s := New(build.NewBuilder(build.Options{Site: os.DirFS(root), Theme: vestis.Theme()}), root, log)
		if err := s.Rebuild(nil); err != nil {
			t.Fatal(err)
		}
		waits := 0
		s.wait = func() {
			waits++
			if waits == 2 {
				bt.WriteFile(t, root, tc.file, "")
				later := time.Now().Add(time.Second)
				os.Chtimes(filepath.Join(root, tc.file), later, later)
			}
			if waits == tc.writeAt {
				bt.WriteFile(t, root, tc.file, tc.text)
			}
		}
		before := len(log.String())
		bt.WriteFile(t, root, tc.file, "")
		err := s.Rebuild([]string{tc.file})
		if got := err != nil; got != tc.wantErr {
			t.Errorf("%s written at settle %d: error %v, want one: %v", tc.file, tc.writeAt, err, tc.wantErr)
		}
		if got := log.String()[before:]; !tc.wantErr && !regexp.MustCompile(`^rebuilt in \d+ ms: [^\n]*\n$`).MatchString(got) {
			t.Errorf("%s written at settle %d: the terminal shows\n%s\nwant the save's line alone", tc.file, tc.writeAt, got)
		}
		if tc.wantErr && waits > emptiedWaits+1 {
			t.Errorf("%s emptied: waited %d settles, want at most %d", tc.file, waits, emptiedWaits+1)
		}
	}
}
