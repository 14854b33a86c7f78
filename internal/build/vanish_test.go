package build_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// vanishingSite is a site folder whose file gone was deleted after its
// folder was listed: its folder lists it, but it cannot be opened or stated.
type vanishingSite struct {
	fs.FS
	gone string
}

func (v vanishingSite) check(op, name string) error {
	if name == v.gone {
		return &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
	}
	return nil
}

func (v vanishingSite) Open(name string) (fs.File, error) {
	if err := v.check("open", name); err != nil {
		return nil, err
	}
	return v.FS.Open(name)
}

func (v vanishingSite) Stat(name string) (fs.FileInfo, error) {
	if err := v.check("stat", name); err != nil {
		return nil, err
	}
	return fs.Stat(v.FS, name)
}

func (v vanishingSite) Lstat(name string) (fs.FileInfo, error) {
	if err := v.check("lstat", name); err != nil {
		return nil, err
	}
	return fs.Lstat(v.FS, name)
}

func (v vanishingSite) ReadLink(name string) (string, error) { return fs.ReadLink(v.FS, name) }

func (v vanishingSite) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(v.FS, name) }

// TestFileGoneDuringBuild: a file of static/ or content/ deleted while
// vestis builds (listed, then gone) is one error naming it and saying to
// build again, not "copy static/x: lstat static/x: file does not exist".
func TestFileGoneDuringBuild(t *testing.T) {
	t.Parallel()
	for _, gone := range []string{"static/gone.txt", "content/news/gone.md"} {
		root := t.TempDir()
		files := map[string]string{
			"site.yaml":            "baseURL: https://example.org/\nlanguages:\n  lv: {name: Latviešu, title: Vēstis}\nsections:\n  news: {lv: jaunumi}\n",
			"content/news/a.md":    "---\ntitle: A\n---\nTeksts.\n",
			"content/news/gone.md": "---\ntitle: G\n---\nTeksts.\n",
			"static/gone.txt":      "x",
		}
		for name, data := range files {
			p := filepath.Join(root, name)
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		o := build.Options{Site: vanishingSite{os.DirFS(root), gone}, Theme: vestis.Theme(), Now: bt.Now}
		_, err := build.BuildTo(o, filepath.Join(t.TempDir(), "public"))
		want := gone + ": the file went away during the build (deleted or renamed); build again"
		if err == nil || strings.TrimSpace(err.Error()) != want {
			t.Errorf("build error:\n%v\nwant:\n%s", err, want)
		}
	}
}
