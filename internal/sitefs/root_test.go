//go:build unix

package sitefs

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRoot reads a real folder through links: those to files of the folder
// are followed, those leading out of it (directly, through a folder link, or
// through a link to a link) are errors naming the link that leaves.
// Absolute links are followed when they lead to a file of the folder.
func TestRoot(t *testing.T) {
	site, elsewhere := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(elsewhere, "secret.txt"), []byte("secret"), 0o644)
	os.MkdirAll(filepath.Join(site, "shared"), 0o755)
	os.MkdirAll(filepath.Join(site, "layouts"), 0o755)
	os.WriteFile(filepath.Join(site, "shared/a.html"), []byte("a"), 0o644)
	for link, target := range map[string]string{
		"layouts/in.html":    "../shared/a.html",
		"layouts/shared":     "../shared",
		"layouts/out.html":   filepath.Join(elsewhere, "secret.txt"),
		"layouts/up.html":    "../../secret.txt",
		"layouts/away":       elsewhere,
		"shared/out.html":    filepath.Join(elsewhere, "secret.txt"),
		"layouts/chain.html": "../shared/out.html",
		"layouts/abs.html":   filepath.Join(site, "shared/a.html"),
		"layouts/absdir":     filepath.Join(site, "shared"),
		"layouts/gone.html":  "../shared/gone.html",
		"layouts/nowhere":    "/nonexistent/x.html",
		"layouts/loop1.html": "loop2.html",
		"layouts/loop2.html": "loop1.html",
	} {
		if err := os.Symlink(target, filepath.Join(site, link)); err != nil {
			t.Skip("no symbolic links:", err)
		}
	}
	r, err := OpenRoot(site)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	// Absolute links too, which os.Root alone refuses, when they lead to a
	// file of the site.
	for _, name := range []string{"layouts/in.html", "layouts/shared/a.html", "layouts/abs.html", "layouts/absdir/a.html"} {
		if b, err := ReadText(r, name, MaxSize); err != nil || string(b) != "a" {
			t.Errorf("ReadText(%s) = %q, %v; want \"a\"", name, b, err)
		}
	}
	tests := []struct{ name, link string }{
		{"layouts/out.html", "layouts/out.html"},
		{"layouts/up.html", "layouts/up.html"},
		{"layouts/away/secret.txt", "layouts/away"},
		{"layouts/chain.html", "layouts/chain.html"},
	}
	for _, tt := range tests {
		_, err := ReadText(r, tt.name, MaxSize)
		if !errors.Is(err, ErrOutside) || !strings.HasPrefix(err.Error(), tt.link+": a symbolic link that leads outside the site folder;") {
			t.Errorf("ReadText(%s) error = %v; want one naming %s, cause ErrOutside", tt.name, err, tt.link)
		}
	}
	// A link to nothing, or round a circle, leads nowhere outside either:
	// said as what it is.
	for _, tt := range []struct{ name, want string }{
		{"layouts/gone.html", "layouts/gone.html: a symbolic link to ../shared/gone.html, which is not there (moved or deleted?); replace the link with a copy of the file, or remove it"},
		{"layouts/nowhere", "layouts/nowhere: a symbolic link that leads outside the site folder"},
		{"layouts/loop1.html", "layouts/loop1.html: a symbolic link that cannot be followed (it leads to itself, or round a circle of links)"},
	} {
		_, err := ReadText(r, tt.name, MaxSize)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) || !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, ErrOutside) {
			t.Errorf("ReadText(%s) error = %v; want %q", tt.name, err, tt.want)
		}
	}
	if info, err := fs.Lstat(r, "layouts/absdir/a.html"); err != nil || !info.Mode().IsRegular() {
		t.Errorf("Lstat(layouts/absdir/a.html) = %v, %v; want a regular file", info, err)
	}
	if info, err := fs.Lstat(r, "layouts/abs.html"); err != nil || info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("Lstat(layouts/abs.html) = %v, %v; want a link", info, err)
	}
	if _, err := fs.ReadDir(r, "layouts/away"); !errors.Is(err, ErrOutside) {
		t.Errorf("ReadDir(layouts/away) error = %v; want ErrOutside", err)
	}
	if _, err := ReadText(r, "layouts/missing.html", MaxSize); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadText(missing) error = %v; want fs.ErrNotExist", err)
	}
}
