package build_test

import (
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestRebuildRestoresConversions: a body deleted and then restored (an undo),
// and a linked page deleted and restored a second later (git stash; git
// stash pop), build as a clean build does, and the restored text is not
// converted again: the content store still has its conversions, on the fast
// path and on the full one.
func TestRebuildRestoresConversions(t *testing.T) {
	r := bt.NewTree(t, patchSite, true)
	const file = "content/news/a.lv.md"
	orig := r.Read(file)
	frontMatter := orig[:strings.LastIndex(orig, "---\n")+4]

	n := build.Converted(r.Builder)
	r.Rebuild("the body deleted", r.Write(file, frontMatter))
	if build.Converted(r.Builder) == n {
		t.Fatal("the body deleted was not converted")
	}
	n = build.Converted(r.Builder)
	r.Rebuild("the body restored", r.Write(file, orig))
	if made := build.Converted(r.Builder) - n; made != 0 {
		t.Errorf("the body restored was converted again (%d conversions)", made)
	}
	if !build.Patched(r.Builder.Last()) {
		t.Error("the body restored took the full path")
	}

	r.Rebuild("the linked page deleted", r.Remove(file)...) // c.lv.md links to it: the build fails
	n = build.Converted(r.Builder)
	r.Rebuild("the linked page restored", r.Write(file, orig))
	if made := build.Converted(r.Builder) - n; made != 0 {
		t.Errorf("the page restored and the page linking to it were converted again (%d conversions)", made)
	}
}
