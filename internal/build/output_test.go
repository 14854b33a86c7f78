package build

import (
	"os"
	"path/filepath"
	"testing"
)

func TestLeftover(t *testing.T) {
	tests := []struct {
		name    string
		ok, old bool
	}{
		{".public.new-123", true, false},
		{".public.new-123.old", true, true},
		{".public.new-", false, false},
		{".public.new-x1", false, false},
		{".public.new-1.old.old", false, false},
		{".public.newer", false, false},
		{".site.new-123", false, false},
		{"public.new-123", false, false},
		{".public.new-12/3", false, false},
	}
	for _, tt := range tests {
		ok, old := leftover(tt.name, "public")
		if ok != tt.ok || old != tt.old {
			t.Errorf("leftover(%q, public) = %v, %v, want %v, %v", tt.name, ok, old, tt.ok, tt.old)
		}
	}
}

// TestResolvePath resolves ".." after a symbolic link as the system does: from
// the link's target, not lexically.
func TestResolvePath(t *testing.T) {
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(root, "site/content/news"), 0o755)
	if err := os.Symlink("content/news", filepath.Join(root, "site/news")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	tests := []struct{ in, want string }{
		{"site", "site"},
		{"site/./public", "site/public"},
		{"site/news", "site/content/news"},
		{"site/news/..", "site/content"},
		{"site/news/../out", "site/content/out"},
		{"site/missing/../public", "site/public"},
		{"site/public/a/../..", "site"},
		{"site//content/", "site/content"},
	}
	for _, tt := range tests {
		got, err := resolvePath(root + "/" + tt.in)
		if want := filepath.Join(root, tt.want); err != nil || got != want {
			t.Errorf("resolvePath(%q) = %q, %v, want %q", tt.in, got, err, want)
		}
	}
}

// TestSwapByRenaming swaps through the two renames used where folders cannot
// be exchanged in one step: the new tree is in place, the kept .git moved into
// it, and neither the build folder nor the old tree is left.
func TestSwapByRenaming(t *testing.T) {
	parent := t.TempDir()
	dir, tmp := filepath.Join(parent, "public"), filepath.Join(parent, ".public.new-1")
	for name, data := range map[string]string{
		"public/index.html":        "old",
		"public/.git/HEAD":         "ref: refs/heads/gh-pages\n",
		".public.new-1/index.html": "new",
	} {
		os.MkdirAll(filepath.Dir(filepath.Join(parent, name)), 0o755)
		os.WriteFile(filepath.Join(parent, name), []byte(data), 0o644)
	}
	old, err := renameTwice(tmp, dir)
	if err != nil {
		t.Fatal(err)
	}
	o := Output{Dir: dir}
	if !o.moveKept(old, dir) {
		t.Errorf("moveKept(%s) left a kept file behind", old)
	}
	if err := removeTree(old); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "index.html")); string(b) != "new" {
		t.Errorf("index.html = %q, want new", b)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, ".git/HEAD")); string(b) != "ref: refs/heads/gh-pages\n" {
		t.Errorf(".git/HEAD = %q, want it kept", b)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("left beside public/: %v", entries)
	}
}
