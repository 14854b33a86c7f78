package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestFolderNamesWindowsRefuses checks that a content folder whose name
// Windows cannot hold is warned about once, at the folder, however many
// pages it holds; a folder of a fine name is not.
func TestFolderNamesWindowsRefuses(t *testing.T) {
	site := siteYAML + plainLayouts
	for _, f := range []string{"content/news/q:x/a.md", "content/news/q:x/b.md", "content/news/dot./index.md", "content/news/sp /index.md", "content/news/aux/c.md", "content/news/fine/d.md"} {
		site += "-- " + f + " --\n---\ntitle: T\n---\nText.\n"
	}
	w := bt.Run(t, site).Result.Warnings.Error()
	for _, tt := range []struct{ folder, why, rename string }{
		{"content/news/q:x", `a name may not hold < > : " | ? * or \`, "q-x"},
		{"content/news/dot.", "a name may not end in a dot or a space", "dot"},
		{"content/news/sp ", "a name may not end in a dot or a space", "sp"},
		{"content/news/aux", "CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9 name devices there, with any extension", "aux-1"},
	} {
		want := tt.folder + ": Windows cannot hold this folder's name (" + tt.why + `), so the site cannot be checked out or edited there; rename it "` + tt.rename + `"`
		if n := strings.Count(w, want); n != 1 {
			t.Errorf("%d warnings %q, want 1:\n%s", n, want, w)
		}
	}
	if strings.Contains(w, "content/news/fine") {
		t.Errorf("a folder of a fine name is warned about:\n%s", w)
	}
}
