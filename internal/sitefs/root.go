package sitefs

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

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
	dir     string // the folder, its links resolved
	escapes error  // os.Root's (unexported) error for a path leading out of it
}

// OpenRoot opens the folder dir as a Root. Close it when done.
func OpenRoot(dir string) (*Root, error) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, err
	}
	if real, err = filepath.Abs(real); err != nil {
		return nil, err
	}
	r, err := os.OpenRoot(real)
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
	return &Root{root: r, fsys: r.FS(), dir: real, escapes: escapes}, nil
}

// Close releases the folder.
func (r *Root) Close() error { return r.root.Close() }

// Open implements fs.FS.
func (r *Root) Open(name string) (fs.File, error) { return do(r, name, true, r.fsys.Open) }

// Stat implements fs.StatFS.
func (r *Root) Stat(name string) (fs.FileInfo, error) {
	return do(r, name, true, func(n string) (fs.FileInfo, error) { return fs.Stat(r.fsys, n) })
}

// Lstat implements fs.ReadLinkFS.
func (r *Root) Lstat(name string) (fs.FileInfo, error) {
	return do(r, name, false, func(n string) (fs.FileInfo, error) { return fs.Lstat(r.fsys, n) })
}

// ReadLink implements fs.ReadLinkFS.
func (r *Root) ReadLink(name string) (string, error) {
	return do(r, name, false, func(n string) (string, error) { return fs.ReadLink(r.fsys, n) })
}

// ReadDir implements fs.ReadDirFS.
func (r *Root) ReadDir(name string) ([]fs.DirEntry, error) {
	return do(r, name, true, func(n string) ([]fs.DirEntry, error) { return fs.ReadDir(r.fsys, n) })
}

// ReadFile implements fs.ReadFileFS.
func (r *Root) ReadFile(name string) ([]byte, error) {
	return do(r, name, true, func(n string) ([]byte, error) { return fs.ReadFile(r.fsys, n) })
}

// do runs op on name. os.Root refuses a path that leaves it, and every
// absolute link (it cannot know where one leads): an absolute link to a file
// of the site is followed all the same, by running op again on where it
// leads; any other is a diagnostic naming the link that leaves. With last
// false, a link that is name's last part is not followed (Lstat).
func do[T any](r *Root, name string, last bool, op func(string) (T, error)) (T, error) {
	v, err := op(name)
	if err == nil || r.escapes == nil || !errors.Is(err, r.escapes) {
		return v, err
	}
	resolved, ok := r.inside(name)
	if !last && name != "." {
		var dir string
		if dir, ok = r.inside(path.Dir(name)); ok {
			resolved = path.Join(dir, path.Base(name))
		}
	}
	if ok {
		if v, err := op(resolved); err == nil || !errors.Is(err, r.escapes) {
			return v, err
		}
	}
	var zero T
	return zero, r.outside(name)
}

// inside is where name leads, all links followed, relative to the site
// folder, when that is inside it.
func (r *Root) inside(name string) (string, bool) {
	real, err := filepath.EvalSymlinks(filepath.Join(r.dir, filepath.FromSlash(name)))
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(r.dir, real)
	if err != nil || !filepath.IsLocal(rel) && rel != "." {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// outside is the diagnostic for name, whose way leads out of the site: it
// names the first link on the way that leads out.
func (r *Root) outside(name string) error {
	link := name
	parts := strings.Split(name, "/")
	for i := range parts {
		p := path.Join(parts[:i+1]...)
		info, err := os.Lstat(filepath.Join(r.dir, filepath.FromSlash(p)))
		if err != nil {
			break
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			continue
		}
		if _, ok := r.inside(p); !ok {
			link = p // not a link from one place in the site to another
			break
		}
	}
	// A link that leads nowhere, or round a circle, leads nowhere outside
	// either: "outside the site folder" would send the writer looking for
	// a place that is not there.
	full := filepath.Join(r.dir, filepath.FromSlash(link))
	if _, err := filepath.EvalSymlinks(full); err != nil {
		target, _ := os.Readlink(full)
		in := filepath.Join(filepath.Dir(full), target)
		if rel, rerr := filepath.Rel(r.dir, in); errors.Is(err, fs.ErrNotExist) && !filepath.IsAbs(target) && rerr == nil && filepath.IsLocal(rel) {
			d := Dangling(link, os.DirFS(r.dir)) // to a file of the site, not there
			d.Err = ErrOutside
			return d
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return Looping(link)
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

// WalkName is the error for the entry d, at name, of a walk of a folder
// whose files are read under their own names (layouts, data) when its name
// holds a control character (SourceName), or nil.
func WalkName(name string, d fs.DirEntry) error {
	if d == nil {
		return nil
	}
	what := "file"
	if d.IsDir() {
		what = "folder"
	}
	if msg, bad := SourceName(d.Name(), what); bad {
		return &diag.Diagnostic{File: Printable(name), Msg: msg}
	}
	return nil
}

// WalkLink is the error for the entry d, at name in fsys, when it is a
// symbolic link that a walk of its folder (fs.WalkDir) would pass over
// without a word: one leading out of the site (cause ErrOutside), or one to
// a folder (cause ErrNotRegular), whose files would be left out (and, in
// layouts/, hide the default theme's folder of the same name). A link to a
// file inside the site is read as the file: nil.
func WalkLink(fsys fs.FS, name string, d fs.DirEntry) error {
	if d == nil || d.Type()&fs.ModeSymlink == 0 || !utf8.ValidString(name) { // WalkName's
		return nil
	}
	info, err := fs.Stat(fsys, name)
	if errors.Is(err, ErrOutside) {
		return err
	}
	if err == nil && info.IsDir() {
		return &diag.Diagnostic{File: name, Err: ErrNotRegular,
			Msg: "a symbolic link to a folder; vestis does not go into linked folders here, so its files would be left out: replace the link with the folder (links to files are followed)"}
	}
	return nil
}
