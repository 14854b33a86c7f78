package sitefs

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"strings"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// ErrOutside is the cause of an error about a symbolic link that leads out
// of the site folder.
var ErrOutside = errors.New("symbolic link leads outside the site")

// Root is a site folder as an fs.FS that reads nothing outside it: a symbolic
// link inside the site to another file of the site is followed, one that
// leads out of it (to a home folder, /etc, another site) is an error naming
// the link (cause ErrOutside). os.DirFS follows every link, so a layout, an
// i18n file or a data file linked from elsewhere would be published; content/
// and static/ refuse links of their own accord, and Root makes every kind of
// input agree. It implements fs.StatFS, fs.ReadDirFS, fs.ReadFileFS and
// fs.ReadLinkFS, as os.DirFS does.
type Root struct {
	root    *os.Root
	fsys    fs.FS
	escapes error // os.Root's (unexported) error for a path leading out of it
}

// OpenRoot opens the folder dir as a Root. Close it when done.
func OpenRoot(dir string) (*Root, error) {
	r, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	// os.Root does not export the error it returns for a path that leaves
	// it; ".." always leaves, so its error is that one.
	var escapes error
	if f, err := r.Open(".."); err != nil {
		escapes = errors.Unwrap(err)
	} else {
		f.Close()
	}
	return &Root{root: r, fsys: r.FS(), escapes: escapes}, nil
}

// Close releases the folder.
func (r *Root) Close() error { return r.root.Close() }

// Open implements fs.FS.
func (r *Root) Open(name string) (fs.File, error) {
	f, err := r.fsys.Open(name)
	return f, r.outside(name, err)
}

// Stat implements fs.StatFS.
func (r *Root) Stat(name string) (fs.FileInfo, error) {
	info, err := fs.Stat(r.fsys, name)
	return info, r.outside(name, err)
}

// Lstat implements fs.ReadLinkFS.
func (r *Root) Lstat(name string) (fs.FileInfo, error) {
	info, err := fs.Lstat(r.fsys, name)
	return info, r.outside(name, err)
}

// ReadLink implements fs.ReadLinkFS.
func (r *Root) ReadLink(name string) (string, error) {
	s, err := fs.ReadLink(r.fsys, name)
	return s, r.outside(name, err)
}

// ReadDir implements fs.ReadDirFS.
func (r *Root) ReadDir(name string) ([]fs.DirEntry, error) {
	d, err := fs.ReadDir(r.fsys, name)
	return d, r.outside(name, err)
}

// ReadFile implements fs.ReadFileFS.
func (r *Root) ReadFile(name string) ([]byte, error) {
	b, err := fs.ReadFile(r.fsys, name)
	return b, r.outside(name, err)
}

// outside turns err, from reading name, into a diagnostic naming the link on
// name's way that leads out of the site, when that is what err is.
func (r *Root) outside(name string, err error) error {
	if err == nil || r.escapes == nil || !errors.Is(err, r.escapes) {
		return err
	}
	link := name
	parts := strings.Split(name, "/")
	for i := range parts {
		p := path.Join(parts[:i+1]...)
		info, err := fs.Lstat(r.fsys, p)
		if err != nil {
			break
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			continue
		}
		if _, err := fs.Stat(r.fsys, p); errors.Is(err, r.escapes) {
			link = p // not a link from one folder of the site to another
			break
		}
	}
	return LinkOutside(link)
}

// LinkOutside is the error for file, a symbolic link that leads out of the
// site.
func LinkOutside(file string) *diag.Diagnostic {
	return &diag.Diagnostic{File: file, Err: ErrOutside,
		Msg: "a symbolic link that leads outside the site folder; vestis reads only files inside the site, so that nothing else is published: copy the file (or folder) into the site instead"}
}

// LinkOut is the error for the entry d, at name in fsys, when it is a
// symbolic link leading out of the site (cause ErrOutside), and nil else. A
// walk of a folder (fs.WalkDir) does not go into a linked folder, so without
// it a folder linked from elsewhere would be left out without a word.
func LinkOut(fsys fs.FS, name string, d fs.DirEntry) error {
	if d == nil || d.Type()&fs.ModeSymlink == 0 {
		return nil
	}
	if _, err := fs.Stat(fsys, name); errors.Is(err, ErrOutside) {
		return err
	}
	return nil
}
