package build

import (
	"errors"
	"io"
	"io/fs"
	"slices"
	"strings"
)

// overlay is a read-only file system where files of top hide files of the same
// path in bottom: a site's own layouts/, i18n/ and static/ over the default theme.
type overlay struct {
	top, bottom fs.FS
}

func (o overlay) Open(name string) (fs.File, error) {
	f, err := o.top.Open(name)
	if err == nil {
		if info, serr := f.Stat(); serr == nil && info.IsDir() {
			f.Close()
			return o.openDir(name)
		}
		return f, nil
	}
	if !errors.Is(err, fs.ErrNotExist) || o.bottom == nil {
		return nil, err
	}
	if info, serr := fs.Stat(o.bottom, name); serr == nil && info.IsDir() {
		return o.openDir(name)
	}
	return o.bottom.Open(name)
}

// ReadDir merges the entries of both layers, top first.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	top, terr := fs.ReadDir(o.top, name)
	var bottom []fs.DirEntry
	var berr error = fs.ErrNotExist
	if o.bottom != nil {
		bottom, berr = fs.ReadDir(o.bottom, name)
	}
	if terr != nil && berr != nil {
		if errors.Is(terr, fs.ErrNotExist) {
			return nil, berr
		}
		return nil, terr
	}
	seen := map[string]bool{}
	var out []fs.DirEntry
	for _, e := range top {
		seen[e.Name()] = true
		out = append(out, e)
	}
	for _, e := range bottom {
		if !seen[e.Name()] {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return out, nil
}

func (o overlay) openDir(name string) (fs.File, error) {
	entries, err := o.ReadDir(name)
	if err != nil {
		return nil, err
	}
	info, err := fs.Stat(o.top, name)
	if err != nil && o.bottom != nil {
		info, err = fs.Stat(o.bottom, name)
	}
	if err != nil {
		return nil, err
	}
	return &dir{info: info, entries: entries}, nil
}

type dir struct {
	info    fs.FileInfo
	entries []fs.DirEntry
	off     int
}

func (d *dir) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *dir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.info.Name(), Err: errors.New("is a directory")}
}
func (d *dir) Close() error { return nil }

func (d *dir) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.entries[d.off:]
	if n <= 0 {
		d.off = len(d.entries)
		return rest, nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(rest))
	d.off += n
	return rest[:n], nil
}

// Lstat describes name without following a symbolic link, so that static/ and
// bundle files can be checked before they are opened (fs.ReadLinkFS).
func (o overlay) Lstat(name string) (fs.FileInfo, error) {
	info, err := fs.Lstat(o.top, name)
	if err == nil || !errors.Is(err, fs.ErrNotExist) || o.bottom == nil {
		return info, err
	}
	return fs.Lstat(o.bottom, name)
}

// ReadLink reads a symbolic link of either layer (fs.ReadLinkFS).
func (o overlay) ReadLink(name string) (string, error) {
	target, err := fs.ReadLink(o.top, name)
	if err == nil || !errors.Is(err, fs.ErrNotExist) || o.bottom == nil {
		return target, err
	}
	return fs.ReadLink(o.bottom, name)
}

// Stat describes name from the layer that has it, without opening it: opening
// a named pipe would block (fs.StatFS).
func (o overlay) Stat(name string) (fs.FileInfo, error) {
	info, err := fs.Stat(o.top, name)
	if err == nil || !errors.Is(err, fs.ErrNotExist) || o.bottom == nil {
		return info, err
	}
	return fs.Stat(o.bottom, name)
}

// without is fsys with the folder dir (and all below it) left out: a Hugo
// site's layouts/, whose templates vestis cannot run (hugoLayouts).
type without struct {
	fsys fs.FS
	dir  string
}

func (w without) hidden(name string) bool {
	return name == w.dir || strings.HasPrefix(name, w.dir+"/")
}

func (w without) Open(name string) (fs.File, error) {
	if w.hidden(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return w.fsys.Open(name)
}

// layoutsFS is what page layouts are read from: the site's layouts/ over
// the default theme's, or the theme's alone when layouts/ is a Hugo site's.
func (st *state) layoutsFS() fs.FS {
	if st.cfg != nil && st.cfg.HugoLayouts {
		return overlay{top: without{st.opts.Site, "layouts"}, bottom: st.opts.Theme}
	}
	return st.fsys
}
