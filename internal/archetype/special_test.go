//go:build unix

package archetype

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestLoadNamedPipe: an archetype that is a named pipe is an error naming it,
// not a vestis new that waits forever.
func TestLoadNamedPipe(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "archetypes"), 0o755)
	if err := syscall.Mkfifo(filepath.Join(dir, "archetypes/news.md"), 0o644); err != nil {
		t.Skip("no named pipes:", err)
	}
	_, err := Load(os.DirFS(dir), "news")
	want := "archetypes/news.md: a named pipe (FIFO), not a regular file; vestis reads only regular files: replace it with a copy of the file, or remove it"
	if err == nil || err.Error() != want {
		t.Errorf("Load = %v, want %s", err, want)
	}
}
