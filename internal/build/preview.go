package build

import (
	"cmp"
	"io/fs"
	"slices"
	"strings"
	"time"

	"github.com/vestis-ssg/vestis/internal/render"
	"github.com/vestis-ssg/vestis/internal/site"
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// Preview is a site loaded and assembled lazily, no page rendered: the dev
// server answers with its pages, each rendered when asked for, while the
// first build renders the whole site. Its outputs are what that build makes
// at the same paths. It is safe for concurrent use.
type Preview struct {
	fsys   fs.FS
	minify *minifier // nil: not minified
	pages  *render.Pages
	// copied are the files published as they are, by output path: static/
	// and bundle files, which a page's stylesheets and images ask for.
	copied map[string]string
	// baseURL is the site's, as the build makes its addresses.
	baseURL string
}

// BaseURL is the address the site's pages are made for: site.yaml's
// baseURL, or Options.BaseURL, or the dev server's (Options.ServeURL)
// with the baseURL's path.
func (pv *Preview) BaseURL() string { return pv.baseURL }

// Start does the first part of the first build, before any Rebuild: it loads the site and
// assembles it lazily (no Markdown converted), and returns a Preview of it.
// The Rebuild with no changes that follows renders everything from what
// Start loaded, rather than reading the site again; its result, and the
// caches the builder keeps, are those of a Rebuild without Start.
func (b *Builder) Start() (pv *Preview, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	defer func() {
		if err != nil {
			b.st = newBuilderState(b.st.opts) // what was loaded is not built on
		}
	}()
	defer recoverBug(&err)
	st := b.st
	start := time.Now()
	if err := st.load(nil); err != nil {
		return nil, err
	}
	o := st.opts
	if w := st.warnings(); o.Strict && len(w) > 0 {
		return nil, strictErrors(w)
	}
	// Templates of its own: a pass of partialCached is per Templates, and
	// the build's pass runs beside the preview's.
	tpl, err := st.loadLayouts()
	if err != nil {
		return nil, err
	}
	static, err := copiedFiles(st.fsys, st.cfg)
	if err != nil {
		return nil, err
	}
	copied := make(map[string]string, len(static))
	for _, out := range static {
		copied[out.Path] = out.Src
	}
	s, err := site.Assemble(st.cfg, st.pages, st.md, site.Options{Drafts: o.Drafts, Future: o.Future, Expired: o.Expired, Now: cmp.Or(o.Now, start), Label: st.loc.Label, Lazy: true, ReadBody: st.readBody, Photo: st.inspectPhoto,
		CheckFile: func(file string) error { return sitefs.Regular(st.fsys, file) }, Shortcodes: st.shortcodes, ReadDir: st.readDir, ReadFile: st.readFile, Getenv: st.opts.Getenv, Data: st.data.Values, DataSum: st.data.Sum, Copied: copied})
	if err != nil {
		return nil, err
	}
	if w := s.Warnings(); o.Strict && len(w) > 0 {
		return nil, strictErrors(w)
	}
	moved := make(map[string]string, len(copied))
	for out, src := range copied {
		moved[s.CopiedPath(out)] = src
	}
	pv = &Preview{fsys: st.fsys, pages: render.NewPages(s, tpl, st.env(st.newMemSink(nil, 0))), copied: moved, baseURL: st.cfg.BaseURL}
	if st.minify() {
		pv.minify = newMinifier()
	}
	for _, p := range slices.Concat(s.Pages, s.Unrendered) {
		for _, r := range p.Resources {
			dir := p.OutputPath()[:strings.LastIndexByte(p.OutputPath(), '/')+1]
			pv.copied[dir+r.Name] = r.Src
		}
	}
	st.started, st.startStatic = start, append([]render.Output{}, static...)
	return pv, nil
}

// Has reports whether the preview makes the output at name (see Output).
func (pv *Preview) Has(name string) bool {
	_, ok := pv.copied[name]
	return ok || pv.pages.Has(name)
}

// Output returns the output at name (a path such as lv/index.html) when it
// is an HTML page (a page, a further page of a list, a 404 page, the language
// chooser) or a copied file, minified as the build minifies it; ok is false
// for other paths (feeds, sitemaps, photos, redirects), which only the build
// makes. The error is one the build would report.
func (pv *Preview) Output(name string) (body []byte, ok bool, err error) {
	src, copied := pv.copied[name]
	if !copied {
		return pv.pages.Render(name)
	}
	body, err = readCopied(pv.fsys, src)
	if err != nil {
		return nil, true, copyError(src, err)
	}
	if pv.minify != nil {
		if body, err = pv.minify.bytes(name, body); err != nil {
			return nil, true, err
		}
	}
	return body, true, nil
}
