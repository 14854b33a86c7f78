package serve

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// TestAnOldEmptyFolderRemovedSaysNothing: a folder that was there when the
// server started, removed empty (rmdir, a file manager), is no save and
// says nothing, as one made while serving and removed is; the server knows
// it was a folder from the watcher, as nothing is left to stamp, and it
// renders nothing (an empty folder of layouts loaded them all again and
// rendered the whole site). A folder
// of pages moved to the trash (named alone) still has its line.
func TestAnOldEmptyFolderRemovedSaysNothing(t *testing.T) {
	root := startSiteIn(t, map[string]string{
		"content/news/old/deeper/.keep": "", "layouts/partials/empty/.keep": "", "static/img/.keep": "",
		"content/news/full/d.lv.md": startPage("Ceturtā", "Teksts."),
	})
	for _, keep := range []string{"content/news/old/deeper/.keep", "layouts/partials/empty/.keep", "static/img/.keep"} {
		if err := os.Remove(filepath.Join(root, keep)); err != nil {
			t.Fatal(err)
		}
	}
	srv, b, _, log := startServer(t, root)
	w, err := NewWatcher(root)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	srv.wasFolder = w.Folder
	if err := srv.Rebuild(nil); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		what    string
		remove  []string
		changes []string
		want    *regexp.Regexp
	}{
		{"an empty folder", []string{"content/news/old/deeper"}, []string{"content/news/old/deeper"}, nil},
		{"its empty parent", []string{"content/news/old"}, []string{"content/news/old"}, nil},
		{"an empty folder of layouts", []string{"layouts/partials/empty"}, []string{"layouts/partials/empty"}, nil},
		{"an empty folder of static", []string{"static/img"}, []string{"static/img"}, nil},
		{"a folder of pages moved away", []string{"content/news/full"}, []string{"content/news/full"},
			regexp.MustCompile(`^rebuilt in \d+ ms: \d+ files changed, \d+ removed\n$`)},
	} {
		before := len(log.String())
		for _, dir := range tc.remove {
			var err error
			if tc.want == nil {
				err = os.Remove(filepath.Join(root, dir))
			} else {
				err = os.Rename(filepath.Join(root, dir), filepath.Join(t.TempDir(), "trash"))
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		if err := srv.Rebuild(tc.changes); err != nil {
			t.Fatalf("%s: %v", tc.what, err)
		}
		got := log.String()[before:]
		switch {
		case tc.want == nil && got != "":
			t.Errorf("%s removed: the terminal shows %q, want nothing", tc.what, got)
		case tc.want == nil && b.Rendered() != 0:
			t.Errorf("%s removed: %d pages rendered again, want none", tc.what, b.Rendered())
		case tc.want != nil && !tc.want.MatchString(got):
			t.Errorf("%s removed: the terminal shows %q, want %q", tc.what, got, tc.want)
		}
	}
}
