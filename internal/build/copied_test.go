package build_test

import (
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestRebuildCopiedFiles checks the list of copied files (static/ and the
// loose files of content/) that a Builder keeps between rebuilds: saves of
// page files keep it, and every save that adds, removes or moves a copied
// file, or makes a folder a bundle or not, must give what a clean build gives.
func TestRebuildCopiedFiles(t *testing.T) {
	r := bt.NewTree(t, rebuildSite, true)
	r.Write("content/news/jauna.lv.md", "---\ntitle: Jauna\ndate: 2024-03-01\n---\nTeksts.\n")
	r.Rebuild("a new page (the list is kept)", "content/news/jauna.lv.md")
	r.Write("static/files/plans.txt", "plāns\n")
	r.Rebuild("a static file added", "static/files/plans.txt")
	r.Rebuild("a static file changed", r.Edit("static/files/plans.txt", "plāns", "cits plāns"))
	r.Rebuild("a page deleted (the list is kept)", r.Remove("content/news/jauna.lv.md")...)
	r.Rebuild("a static file removed", r.Remove("static/files/plans.txt")...)
	r.Write("content/docs/plans.pdf", "%PDF-1.4\n")
	r.Rebuild("a loose file added", "content/docs/plans.pdf")
	r.Write("content/docs/index.lv.md", "---\ntitle: Dokumenti\n---\nTeksts.\n")
	r.Rebuild("a bundle's index added: the loose file is the bundle's", "content/docs/index.lv.md")
	r.Rebuild("the bundle's index removed: the file is loose again", r.Remove("content/docs/index.lv.md")...)
	r.Write("content/news/jauna.lv.md", "---\ntitle: Jauna\ndate: 2024-03-01\n---\nTeksts.\n")
	r.Write("content/docs/more.pdf", "%PDF-1.4\n")
	r.Rebuild("a page and a loose file added together", "content/news/jauna.lv.md", "content/docs/more.pdf")
	r.Write("content/arch.md/old.pdf", "%PDF-1.4\n")
	r.Rebuild("a folder named like a page file, with a loose file", "content/arch.md/old.pdf")
	r.Remove("content/arch.md")
	r.Rebuild("that folder removed, reported as the folder alone", "content/arch.md")
	r.Rebuild("a folder renamed", r.Rename("content/docs", "content/papers")...)
	r.Write("content/papers/_index.en.md", "---\ntitle: Papers\n---\n")
	r.Rebuild("a list page's file added beside loose files: they are published in its language too", "content/papers/_index.en.md")
	if _, ok := r.Builder.Last().Files.Map()["en/papers/more.pdf"]; !ok {
		t.Error("the loose file beside _index.en.md is not published below en/")
	}
	r.Rebuild("the list page's file removed", r.Remove("content/papers/_index.en.md")...)
}
