package build

import (
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// themeFolders are the folders of a Hugo theme that vestis reads as the
// site's own folders of the same name: static/ is published (Hugo publishes
// a theme's static/ below the site's), and assets/ is where Hugo finds a
// page's images too.
var themeFolders = []string{"static", "assets"}

// hugoThemes is the layer of the site's file system below the default theme:
// static/x and assets/x are the files themes/NAME/static/x and
// themes/NAME/assets/x of the Hugo themes site.yaml names (hugoThemes), the
// first theme named winning, as in Hugo. Nothing else is in it. The names
// are read from site.yaml after the layer is made, and may change with it:
// they are held in an atomic pointer, as a preview may read files while
// site.yaml is read again.
type hugoThemes struct {
	site  fs.FS
	names *atomic.Pointer[[]string]
}

func newHugoThemes(site fs.FS) hugoThemes {
	return hugoThemes{site: site, names: new(atomic.Pointer[[]string])}
}

// set makes names the themes of the layer.
func (h hugoThemes) set(names []string) { h.names.Store(&names) }

// sources are the paths in the site of name, one for each theme, in order;
// nil when name is in no folder of themeFolders. A theme folder that is a
// symbolic link, or whose themes/ is one, is an error: only files inside
// the site are published.
func (h hugoThemes) sources(name string) ([]string, error) {
	p := h.names.Load()
	if p == nil || len(*p) == 0 {
		return nil, nil
	}
	top, _, _ := strings.Cut(name, "/")
	if !slices.Contains(themeFolders, top) {
		return nil, nil
	}
	var out []string
	for _, theme := range *p {
		for _, dir := range []string{"themes", path.Join("themes", theme)} {
			info, err := fs.Lstat(h.site, dir)
			if err == nil && info.Mode()&fs.ModeSymlink != 0 {
				return nil, sitefs.LinkRefused(dir)
			}
		}
		out = append(out, path.Join("themes", theme, name))
	}
	return out, nil
}

// first calls f with each source of name in turn until one does not report
// fs.ErrNotExist.
func first[T any](h hugoThemes, op, name string, f func(string) (T, error)) (T, error) {
	var zero T
	srcs, err := h.sources(name)
	if err != nil {
		return zero, err
	}
	for _, src := range srcs {
		v, err := f(src)
		if err == nil || !errors.Is(err, fs.ErrNotExist) {
			return v, err
		}
	}
	return zero, &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
}

func (h hugoThemes) Open(name string) (fs.File, error) {
	if info, err := h.Stat(name); err == nil && info.IsDir() {
		entries, err := h.ReadDir(name)
		if err != nil {
			return nil, err
		}
		return &dir{info: info, entries: entries}, nil
	}
	return first(h, "open", name, h.site.Open)
}

func (h hugoThemes) Stat(name string) (fs.FileInfo, error) {
	return first(h, "stat", name, func(p string) (fs.FileInfo, error) { return fs.Stat(h.site, p) })
}

func (h hugoThemes) Lstat(name string) (fs.FileInfo, error) {
	return first(h, "lstat", name, func(p string) (fs.FileInfo, error) { return fs.Lstat(h.site, p) })
}

func (h hugoThemes) ReadLink(name string) (string, error) {
	return first(h, "readlink", name, func(p string) (string, error) { return fs.ReadLink(h.site, p) })
}

// ReadDir merges the folder's entries of every theme, the first theme's
// winning.
func (h hugoThemes) ReadDir(name string) ([]fs.DirEntry, error) {
	srcs, err := h.sources(name)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []fs.DirEntry
	found := false
	for _, src := range srcs {
		entries, err := fs.ReadDir(h.site, src)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		found = true
		for _, e := range entries {
			if !seen[e.Name()] {
				seen[e.Name()] = true
				out = append(out, e)
			}
		}
	}
	if !found {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return out, nil
}
