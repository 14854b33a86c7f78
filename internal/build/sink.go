package build

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"slices"
	"sync"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/render"
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// sink is where a build puts its outputs: a folder for `vestis build`
// (diskSink), memory for serve and check (memSink). Each output passes
// through the sink's minifier once on its way, unless it is Compact, is of a
// kind that is not minified, or comes finished (memSink.finish). Both are safe
// for concurrent use, so that outputs go in as workers make them.
type sink interface {
	// put takes an output and its body, which is the caller's own: the sink
	// may minify it in place.
	put(out render.Output, body []byte) error
	// copy takes an output copied from the site file out.Src.
	copy(out render.Output) error
	// taken returns the paths of the outputs put or copied, sorted, and the
	// number of HTML pages of each language (isPage).
	taken() ([]string, map[string]int)
}

// tally counts what a sink took: each path once, however often it is put.
type tally struct {
	cfg   *config.Config
	mu    sync.Mutex
	paths map[string]bool
	pages map[string]int
}

// start counts from nothing, for a site with cfg and about n outputs.
func (t *tally) start(cfg *config.Config, n int) {
	t.cfg, t.paths, t.pages = cfg, make(map[string]bool, n), map[string]int{}
}

// add records out; t.mu must be held.
func (t *tally) add(out render.Output) {
	if t.paths[out.Path] {
		return
	}
	t.paths[out.Path] = true
	if isPage(t.cfg, out) {
		t.pages[out.Page.Lang]++
	}
}

func (t *tally) taken() ([]string, map[string]int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return slices.Sorted(maps.Keys(t.paths)), t.pages
}

// diskSink writes outputs into a folder through os.Root as they come, so that
// memory holds no page once it is written.
type diskSink struct {
	tally
	st     *state // the site's files, for copies
	root   *os.Root
	out    *outDir // writes into root
	minify *minifier
	stop   <-chan struct{} // Output.Stop
}

// newDiskSink writes into dir until stop is closed.
func newDiskSink(dir string, stop <-chan struct{}) (*diskSink, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &diskSink{root: root, out: newOutDir(root), stop: stop}, nil
}

// stopped is render.ErrStop once d.stop is closed: no file is written
// after, and no page rendered.
func (d *diskSink) stopped() error {
	select {
	case <-d.stop:
		return render.ErrStop
	default:
		return nil
	}
}

func (d *diskSink) put(out render.Output, body []byte) error {
	if d.minify != nil && !out.Compact {
		return d.minify.with(out.Path, body, func(b []byte) error { return d.write(out, b) })
	}
	return d.write(out, body)
}

// write writes body at out's path.
func (d *diskSink) write(out render.Output, body []byte) error {
	if err := d.stopped(); err != nil {
		return err
	}
	d.count(out)
	if err := d.out.writeFile(out.Path, body); err != nil {
		return fmt.Errorf("write %s: %w", out.Path, err)
	}
	return nil
}

func (d *diskSink) count(out render.Output) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.add(out)
}

// copy writes a copied file (static/, a bundle's file). One that is not
// minified is streamed, so that a large video or PDF is never held in memory.
func (d *diskSink) copy(out render.Output) error {
	if err := d.stopped(); err != nil {
		return err
	}
	if d.minify != nil && !out.Compact && minifies(out.Path) {
		body, err := d.st.read(out.Src)
		if err != nil {
			return copyError(out.Src, err)
		}
		return d.put(out, body)
	}
	fsys := d.st.fsys
	if err := sitefs.Regular(fsys, out.Src); err != nil {
		return copyError(out.Src, err)
	}
	in, err := fsys.Open(out.Src)
	if err != nil {
		return copyError(out.Src, err)
	}
	defer in.Close()
	d.count(out)
	w, err := d.out.create(out.Path)
	if err != nil {
		return fmt.Errorf("write %s: %w", out.Path, err)
	}
	_, err = io.Copy(w, in)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("copy %s to %s: %w", out.Src, out.Path, err)
	}
	return nil
}

// close closes the output folder.
func (d *diskSink) close() {
	d.out.close()
	d.root.Close()
}

// memSink keeps outputs in memory, in their final form: minified, and HTML
// pages gzip-compressed with Options.GzipPages. A Builder's memSink reuses
// the last build's minified body of an output whose body did not change
// (state.minified); pages do not need that, as the render cache keeps them
// finished.
type memSink struct {
	tally
	st     *state
	minify *minifier // nil: nothing is minified
	gzip   bool
	zips   Gzipper
	files  map[string][]byte
	// order are the paths put, in order, duplicates included (Result.touched).
	order []string
	// minified are the bodies minified by this sink, by path, which the
	// next build of a Builder may reuse.
	minified map[string]minifiedBody
}

// newMemSink returns a sink that adds to files about n outputs.
func (st *state) newMemSink(files map[string][]byte, n int) *memSink {
	m := &memSink{st: st, gzip: st.opts.GzipPages, files: files, minified: map[string]minifiedBody{}}
	m.start(st.cfg, n)
	if st.minify() {
		m.minify = newMinifier()
	}
	return m
}

// finish turns a rendered page into the bytes the sink keeps: it is the
// render.Env's Finish, and put keeps a page (render.Output.Page) as it is.
func (m *memSink) finish(p string, body []byte, compact bool) ([]byte, error) {
	if m.minify == nil || compact {
		if !m.gzip {
			return bytes.Clone(body), nil
		}
		return m.zips.Compress(body), nil
	}
	var out []byte
	err := m.minify.with(p, body, func(b []byte) error {
		if m.gzip {
			out = m.zips.Compress(b)
		} else {
			out = bytes.Clone(b) // kept: no spare capacity
		}
		return nil
	})
	return out, err
}

func (m *memSink) put(out render.Output, body []byte) error {
	return m.keep(out, body)
}

func (m *memSink) copy(out render.Output) error {
	body, err := m.st.read(out.Src)
	if err != nil {
		return copyError(out.Src, err)
	}
	return m.keep(out, body)
}

// keep minifies body unless out is a page (finished) and keeps it.
func (m *memSink) keep(out render.Output, body []byte) error {
	if out.Page == nil && m.minify != nil && !out.Compact && minifies(out.Path) {
		reuse := m.st.siteCache != nil // a Builder
		var sum uint64
		prev, ok := m.st.minified[out.Path]
		if reuse {
			sum = m.st.bodySum(body)
		}
		if reuse && ok && prev.sum == sum {
			body = prev.out
		} else {
			var err error
			if body, err = m.minify.bytes(out.Path, body); err != nil {
				return err
			}
			if reuse {
				m.mu.Lock()
				m.minified[out.Path] = minifiedBody{sum: sum, out: body}
				m.mu.Unlock()
			}
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.files[out.Path] = body
	m.order = append(m.order, out.Path)
	m.add(out)
	return nil
}

// remember keeps what the sink minified for the next build of the Builder.
func (m *memSink) remember() {
	if len(m.minified) == 0 {
		return
	}
	if m.st.minified == nil {
		m.st.minified = map[string]minifiedBody{}
	}
	maps.Copy(m.st.minified, m.minified)
}

// copyError names the file that could not be copied, once.
func copyError(src string, err error) error {
	err = sitefs.Denied(src, err)
	var d *diag.Diagnostic
	if errors.As(err, &d) && d.File != "" {
		return d
	}
	if errors.Is(err, fs.ErrNotExist) { // listed, then deleted or renamed
		return diag.Wrap(src, 0, content.ErrGone, "")
	}
	return fmt.Errorf("copy %s: %w", src, err)
}
