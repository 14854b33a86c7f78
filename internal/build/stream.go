package build

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sync"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/render"
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// BuildTo builds the site into the folder dest, as BuildInto does with the
// default safety: files vestis did not write are refused, .git is kept.
func BuildTo(o Options, dest string) (*Result, error) {
	return BuildInto(o, Output{Dir: dest})
}

// BuildInto builds the site straight into out.Dir, as `vestis build` does:
// each page is minified and written as soon as it is rendered, so memory holds
// the site's model but not its pages. Before any work it removes what killed
// builds left and refuses an output folder holding files vestis did not write
// (see Output). The files go into a fresh folder that replaces the output only
// when everything succeeded (see Output.swap), with a manifest of what was
// written. The result has no Files.
func BuildInto(o Options, out Output) (*Result, error) {
	dest, err := out.prepare()
	if err != nil {
		return nil, err
	}
	tmp, inside, err := newFolder(dest)
	if err != nil {
		return nil, err
	}
	release, _ := claim(tmp)
	defer release()
	sink, err := newDiskSink(tmp)
	if err != nil {
		removeTree(tmp)
		return nil, err
	}
	st := &state{opts: o, sink: sink}
	res, err := st.build(nil)
	if err == nil {
		err = sink.root.WriteFile(ManifestName, manifest(res.Paths), 0o644)
	}
	sink.close()
	if err != nil {
		removeTree(tmp)
		return nil, err
	}
	if err := out.swap(tmp, dest, inside); err != nil {
		if d, ok := err.(*diag.Diagnostic); ok && d.Severity == diag.Warning {
			res.Warnings = append(res.Warnings, d)
			return res, nil
		}
		return nil, err
	}
	return res, nil
}

// diskSink writes outputs into a folder through os.Root, minifying them first
// (minifier) when asked: the disk side of the build's outputs, whose memory
// side is Result.Files.
type diskSink struct {
	root   *os.Root
	out    *outDir // writes into root
	minify *minifier
	mu     sync.Mutex
	paths  map[string]bool
	pages  map[string]int
	cfg    *config.Config // for isPage
}

func newDiskSink(dir string) (*diskSink, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &diskSink{root: root, out: newOutDir(root), paths: map[string]bool{}, pages: map[string]int{}}, nil
}

func (d *diskSink) put(out render.Output, body []byte) error {
	if d.minify != nil && !out.Compact {
		return d.minify.with(out.Path, body, func(b []byte) error { return d.write(out, b) })
	}
	return d.write(out, body)
}

// write writes body at out's path.
func (d *diskSink) write(out render.Output, body []byte) error {
	d.count(out)
	if err := d.out.writeFile(out.Path, body); err != nil {
		return fmt.Errorf("write %s: %w", out.Path, err)
	}
	return nil
}

// count records that out is written.
func (d *diskSink) count(out render.Output) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.paths[out.Path] = true
	if isPage(d.cfg, out) {
		d.pages[out.Page.Lang]++
	}
}

// close closes the output folder.
func (d *diskSink) close() {
	d.out.close()
	d.root.Close()
}

// copy writes a copied file (static/, a bundle's file). One that is not
// minified is streamed, so that a large video or PDF is never held in memory.
func (st *state) copy(out render.Output) error {
	if st.sink.minify != nil && !out.Compact && minifies(out.Path) {
		body, err := st.read(out.Src)
		if err != nil {
			return copyError(out.Src, err)
		}
		return st.sink.put(out, body)
	}
	if err := sitefs.Regular(st.fsys, out.Src); err != nil {
		return copyError(out.Src, err)
	}
	in, err := st.fsys.Open(out.Src)
	if err != nil {
		return copyError(out.Src, err)
	}
	defer in.Close()
	st.sink.count(out)
	w, err := st.sink.out.create(out.Path)
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

// copyError names the file that could not be copied, once.
func copyError(src string, err error) error {
	var d *diag.Diagnostic
	if errors.As(err, &d) && d.File != "" {
		return d
	}
	return fmt.Errorf("copy %s: %w", src, err)
}

// stream renders into the sink, static files first. Every output claimed its
// path (claimStatic, render.All) before it is written: none replaces another.
func (st *state) stream(res *Result, env *render.Env) error {
	st.sink.cfg = st.cfg
	if st.minify() {
		st.sink.minify = newMinifier()
	}
	static, err := copiedFiles(st.fsys, st.cfg)
	if err != nil {
		return err
	}
	if err := claimStatic(res.Site, static); err != nil {
		return err
	}
	for _, out := range static {
		if err := st.copy(out); err != nil {
			return err
		}
	}
	var photosMu sync.Mutex
	var photos []render.Output
	photoPaths := map[string]bool{}
	_, err = render.All(res.Site, st.tpl, env, nil, func(out render.Output) error {
		if out.Photo != nil || out.Card != nil { // made below, in parallel
			photosMu.Lock()
			defer photosMu.Unlock()
			if out.Photo != nil && photoPaths[out.Path] {
				return nil // shown by another page too: one file (site.PhotoDir)
			}
			photoPaths[out.Path] = true
			photos = append(photos, out)
			return nil
		}
		if out.Src != "" {
			return st.copy(out)
		}
		return st.sink.put(out, out.Body)
	})
	if err != nil {
		return err
	}
	if err := st.makePhotos(photos); err != nil {
		return err
	}
	if err := st.makeCards(photos, true); err != nil { // both write what they make
		return err
	}
	res.Files = nil
	for p := range st.sink.paths {
		res.Paths = append(res.Paths, p)
	}
	slices.Sort(res.Paths)
	res.PagesByLang = st.sink.pages
	return nil
}
