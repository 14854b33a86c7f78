//go:build unix

package serve_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestServeRefusesSpecialFiles: the dev server serves nothing through a link
// in static/ to a file outside the site, and a named pipe saved into content/
// is an error in the overlay rather than a server that hangs; the last good
// site is served meanwhile, and removing them builds again.
func TestServeRefusesSpecialFiles(t *testing.T) {
	s := start(t)
	secret := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(secret, []byte("secret"), 0o644)
	if err := os.Symlink(secret, filepath.Join(s.root, "static/secret.txt")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	s.waitFailure("static/secret.txt: a symbolic link; vestis does not follow links here")
	if code, body := s.get("/secret.txt"); code != 404 {
		t.Errorf("GET /secret.txt = %d %q, want 404", code, body)
	}
	s.wantPage("/lv/jaunumi/a/", "Sākotnējais teksts.")
	os.Remove(filepath.Join(s.root, "static/secret.txt"))
	s.waitEvent("built")

	if err := syscall.Mkfifo(filepath.Join(s.root, "content/news/pipe.lv.md"), 0o644); err != nil {
		t.Skip("no named pipes:", err)
	}
	s.waitFailure("content/news/pipe.lv.md: a named pipe (FIFO), not a regular file")
	s.wantPage("/lv/jaunumi/a/", "Sākotnējais teksts.")
	os.Remove(filepath.Join(s.root, "content/news/pipe.lv.md"))
	bt.WriteFile(t, s.root, "content/news/a.lv.md", page("Pirmā", "Pēc caurules."))
	waitFor(t, func() bool { _, body := s.get("/lv/jaunumi/a/"); return strings.Contains(body, "Pēc caurules.") })
}
