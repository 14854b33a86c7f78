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

// outDir writes files into the build's folder through os.Root, keeping open
// handles (each an os.Root of its own) on the folders it wrote into lately.
// os.Root opens every folder on a path for each file it opens: at 10,000
// pages, in folders three or four deep, that was most of the system calls
// of writing. Here a file is opened in its folder's handle, and a folder is
// made and opened in its parent's, so a path costs one open when its folder
// is open and one per new folder otherwise. Every handle is opened from the
// root's, one name at a time, so nothing is written outside the root, as
// with os.Root alone.
type outDir struct {
	root *os.Root
	mu   sync.Mutex
	open map[string]*openFolder // by slash path inside root
	made map[string]bool        // folders made or found
	tick uint64                 // for least recently used
}

// openFolder is a handle on a folder inside the root, refs counting its users.
type openFolder struct {
	root *os.Root
	refs int
	used uint64
}

func newOutDir(root *os.Root) *outDir {
	return &outDir{root: root, open: map[string]*openFolder{}, made: map[string]bool{}}
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
	dir := path.Dir(p)
	if dir == "." || !clean(p) {
		if dir != "." {
			if err := o.root.MkdirAll(dir, 0o755); err != nil {
				return nil, err
			}
		}
		return o.root.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	}
	h, release, err := o.folder(dir)
	if err != nil {
		return nil, err
	}
	defer release()
	return h.OpenFile(path.Base(p), os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
}

// writeFile writes body at p, as os.Root.WriteFile would.
func (o *outDir) writeFile(p string, body []byte) error {
	f, err := o.create(p)
	if err != nil {
		return err
	}
	_, err = f.Write(body)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// folder returns a handle on the folder dir (clean, not "."), making it when
// it is missing; release gives it back.
func (o *outDir) folder(dir string) (*os.Root, func(), error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	f, err := o.acquire(dir)
	if err != nil {
		return nil, nil, err
	}
	return f.root, func() {
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
	in := o.root
	if parent != "." {
		pf, err := o.acquire(parent)
		if err != nil {
			return nil, err
		}
		defer func() { pf.refs-- }()
		in = pf.root
	}
	if !o.made[dir] {
		if err := in.Mkdir(base, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			return nil, err
		}
		o.made[dir] = true
	}
	r, err := in.OpenRoot(base)
	if err != nil {
		return nil, err
	}
	o.evict()
	f := &openFolder{root: r, refs: 1, used: o.tick}
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
		of.root.Close()
		delete(o.open, oldest)
	}
}

// close closes the folder handles, not the root.
func (o *outDir) close() {
	o.mu.Lock()
	defer o.mu.Unlock()
	for d, f := range o.open {
		f.root.Close()
		delete(o.open, d)
	}
}
