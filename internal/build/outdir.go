package build

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"strings"
	"sync"
)

// maxOpenFolders bounds the folder handles an outDir keeps open: enough for
// the folders a build writes into side by side and the sections above them,
// few enough for any limit on open files.
const maxOpenFolders = 64

// outDir writes files into the build's folder, keeping open handles on the
// folders it wrote into lately. os.Root opens every folder on a path for each
// file it opens: at 10,000 pages, in folders three or four deep, that was
// most of the system calls of writing. Here a file is opened in its folder's
// handle, and a folder is made and opened in its parent's, so a path costs
// one open when its folder is open and one per new folder otherwise. Every
// handle is opened from the root's, one name at a time and following no
// symbolic link, so nothing is written outside the root, as with os.Root
// alone. On Unix a handle is the folder's descriptor and a page is written
// with three system calls (folderFD); os.File's own open took five more
// (non-blocking mode set and reset, the poller asked) and its bookkeeping.
type outDir struct {
	root *os.Root
	top  folder // the root's
	mu   sync.Mutex
	open map[string]*openFolder // by slash path inside root
	made map[string]bool        // folders made or found
	tick uint64                 // for least recently used
}

// folder is an open folder of the output.
type folder interface {
	// mkdir makes the folder name in it; one that exists is no error.
	mkdir(name string) error
	// sub opens its folder name.
	sub(name string) (folder, error)
	// create opens its file name for writing, made or emptied.
	create(name string) (*os.File, error)
	// write writes its file name, made or emptied, with body.
	write(name string, body []byte) error
	close() error
}

// openFolder is a handle on a folder inside the root, refs counting its users.
type openFolder struct {
	h    folder
	refs int
	used uint64
}

func newOutDir(root *os.Root) *outDir {
	return &outDir{root: root, top: topFolder(root), open: map[string]*openFolder{}, made: map[string]bool{}}
}

// clean reports whether p names a file below the root in the form outputs
// have: no empty, "." or ".." elements, no leading slash. Any other path is
// left to the root's own resolution.
func clean(p string) bool {
	if p == "" || p[0] == '/' {
		return false
	}
	for e := range strings.SplitSeq(p, "/") {
		if e == "" || e == "." || e == ".." {
			return false
		}
	}
	return true
}

// create opens the file at p (slash path) for writing, making its folders.
func (o *outDir) create(p string) (*os.File, error) {
	if !clean(p) {
		return o.createInRoot(p)
	}
	h, release, err := o.folder(path.Dir(p))
	if err != nil {
		return nil, err
	}
	defer release()
	return h.create(path.Base(p))
}

// createInRoot is create through os.Root's own resolution, for a path not
// in the form outputs have.
func (o *outDir) createInRoot(p string) (*os.File, error) {
	if dir := path.Dir(p); dir != "." {
		if err := o.root.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
	}
	return o.root.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
}

// writeFile writes body at p, as os.Root.WriteFile would.
func (o *outDir) writeFile(p string, body []byte) error {
	if !clean(p) {
		f, err := o.createInRoot(p)
		if err != nil {
			return err
		}
		return writeClose(f, body)
	}
	h, release, err := o.folder(path.Dir(p))
	if err != nil {
		return err
	}
	defer release()
	return h.write(path.Base(p), body)
}

// writeClose writes body into f and closes it.
func writeClose(f *os.File, body []byte) error {
	_, err := f.Write(body)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// folder returns a handle on the folder dir (clean, or "." for the root),
// making it when it is missing; release gives it back.
func (o *outDir) folder(dir string) (folder, func(), error) {
	if dir == "." {
		return o.top, func() {}, nil
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	f, err := o.acquire(dir)
	if err != nil {
		return nil, nil, err
	}
	return f.h, func() {
		o.mu.Lock()
		f.refs--
		o.mu.Unlock()
	}, nil
}

// acquire returns the open folder dir with one more user; o.mu is held.
func (o *outDir) acquire(dir string) (*openFolder, error) {
	o.tick++
	if f := o.open[dir]; f != nil {
		f.refs++
		f.used = o.tick
		return f, nil
	}
	parent, base := path.Dir(dir), path.Base(dir)
	in := o.top
	if parent != "." {
		pf, err := o.acquire(parent)
		if err != nil {
			return nil, err
		}
		defer func() { pf.refs-- }()
		in = pf.h
	}
	if !o.made[dir] {
		if err := in.mkdir(base); err != nil {
			return nil, err
		}
		o.made[dir] = true
	}
	h, err := in.sub(base)
	if err != nil {
		return nil, err
	}
	o.evict()
	f := &openFolder{h: h, refs: 1, used: o.tick}
	o.open[dir] = f
	return f, nil
}

// evict closes the least recently used folders nobody uses while more than
// maxOpenFolders are open; o.mu is held.
func (o *outDir) evict() {
	for len(o.open) >= maxOpenFolders {
		var oldest string
		var of *openFolder
		for d, f := range o.open {
			if f.refs == 0 && (of == nil || f.used < of.used) {
				oldest, of = d, f
			}
		}
		if of == nil {
			return // all in use: more stay open for a moment
		}
		of.h.close()
		delete(o.open, oldest)
	}
}

// close closes the folder handles, not the root.
func (o *outDir) close() {
	o.mu.Lock()
	defer o.mu.Unlock()
	for d, f := range o.open {
		f.h.close()
		delete(o.open, d)
	}
	o.top.close()
}

// rootFolder is a folder as an os.Root of its own: the portable handle.
type rootFolder struct{ r *os.Root }

func (f rootFolder) mkdir(name string) error {
	if err := f.r.Mkdir(name, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	return nil
}

func (f rootFolder) sub(name string) (folder, error) {
	r, err := f.r.OpenRoot(name)
	if err != nil {
		return nil, err
	}
	return rootFolder{r}, nil
}

func (f rootFolder) create(name string) (*os.File, error) {
	return f.r.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
}

func (f rootFolder) write(name string, body []byte) error {
	w, err := f.create(name)
	if err != nil {
		return err
	}
	return writeClose(w, body)
}

func (f rootFolder) close() error { return f.r.Close() }

// keptRoot is the rootFolder of the output folder itself, which its outDir
// does not close: the caller opened the root and closes it.
type keptRoot struct{ rootFolder }

func (keptRoot) close() error { return nil }
