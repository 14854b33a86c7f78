// Package build runs the whole pipeline — load, assemble, render, minify — and is
// the only package that writes files: into a fresh folder that replaces the
// destination only when everything succeeded.
package build

import (
	"cmp"
	"errors"
	"fmt"
	"hash/maphash"
	"html/template"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vestis-ssg/vestis/internal/card"
	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/locale"
	"github.com/vestis-ssg/vestis/internal/markdown"
	"github.com/vestis-ssg/vestis/internal/parallel"
	"github.com/vestis-ssg/vestis/internal/photo"
	"github.com/vestis-ssg/vestis/internal/render"
	"github.com/vestis-ssg/vestis/internal/shortcode"
	"github.com/vestis-ssg/vestis/internal/site"
	"github.com/vestis-ssg/vestis/internal/sitedata"
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// Options configure a build.
type Options struct {
	// Site is the site's folder: site.yaml, content/, and optionally layouts/,
	// i18n/ and static/ that override Theme.
	Site fs.FS
	// Theme is the default theme (layouts/, i18n/, static/); may be nil.
	Theme fs.FS
	// BaseURL, when set, replaces site.yaml's baseURL.
	BaseURL string
	// ServeURL, when set, is the address of the dev server
	// (http://127.0.0.1:1313/): it replaces the scheme, host and port of
	// the baseURL (site.yaml's, or BaseURL) and keeps its path, as Hugo's
	// server does, so that a site published below a path (/handbook/) is
	// served below it, and an address written with that path
	// (/handbook/img/a.png) is found as in a build.
	ServeURL                string
	Drafts, Future, Expired bool
	// Minify: nil means site.yaml decides (on by default).
	Minify *bool
	// minifyAfter minifies pages only after rendering, from the layouts and
	// Markdown HTML as written: the way before render.LoadMinified, which
	// tests compare with.
	minifyAfter bool
	// Strict turns warnings into errors.
	Strict bool
	// TemplateMetrics, when set, collects the time spent in each layout.
	TemplateMetrics *render.Metrics
	// PhotoCache, when set, is a folder that keeps resized photos between builds.
	PhotoCache string
	// PhotoCacheReadOnly uses the photos in PhotoCache but adds none.
	PhotoCacheReadOnly bool
	// PhotoCount, when set, counts the photos decoded and resized.
	PhotoCount *photo.Count
	// CardCount, when set, counts the sharing images drawn (internal/card);
	// they are kept in PhotoCache too.
	CardCount *atomic.Int64
	// LazyCards leaves the sharing cards of an in-memory build undrawn:
	// Result.Files holds a recipe of each, which Cards.Body draws when it
	// is served (vestis serve). A build to disk draws them all.
	LazyCards bool
	// ContentBound is the most bytes of converted Markdown a Builder keeps
	// (site.Cache); 0 takes the bound of the process's memory policy.
	ContentBound int64
	// Now decides what is future or expired; zero means time.Now().
	Now time.Time
	// Getenv reads the machine's environment variables, for the
	// shortcodes' getenv of those site.yaml's getenv allows; nil is an
	// environment with none (the command line gives os.Getenv).
	Getenv func(name string) string
	// GzipPages keeps the HTML pages of an in-memory build gzip-compressed in
	// Result.Files, for a dev server, whose memory is mostly its pages; such a
	// body starts with gzip's magic bytes, which no HTML file does.
	GzipPages bool
}

// Result is a built site in memory.
type Result struct {
	Config   *config.Config
	Site     *site.Site
	Files    *Files   // output path -> body; nil when written to disk
	Paths    []string // sorted output paths
	Warnings diag.List
	// MessageWarnings are the i18n problems behind some of Warnings.
	MessageWarnings []locale.Warning
	// PagesByLang counts the HTML pages of each language.
	PagesByLang map[string]int
	// Locale is the site's messages, which the dev server speaks in a tab
	// (Note).
	Locale   *locale.Locale
	Duration time.Duration
	// touched, in a patched result, are the only paths that may differ from the
	// result it patched; it has the same paths but those new among them and
	// removed.
	touched []string
	// links are the link warnings among Warnings (linkWarnings), which a
	// patch keeps for the files it did not change.
	links diag.List
	// removed, in a patched result, are the outputs of the result it
	// patched that it no longer has.
	removed []string
}

// ServedBaseURL is the baseURL a dev server at serveURL builds a site with
// whose baseURL is base: serveURL with base's path.
func ServedBaseURL(serveURL, base string) string {
	p := "/"
	if u, err := url.Parse(base); err == nil && u.Path != "" {
		p = "/" + strings.Trim(u.Path, "/") + "/"
		if p == "//" {
			p = "/"
		}
	}
	return strings.TrimSuffix(serveURL, "/") + p
}

// Build builds the site in memory.
func Build(o Options) (*Result, error) {
	st := &state{opts: o}
	return st.build(nil)
}

// state is what a build loaded; the Builder keeps it between builds and reloads
// only what changed.
type state struct {
	opts Options
	fsys fs.FS
	// themes is fsys's lowest layer, the files of the Hugo themes' static/
	// and assets/ (site.yaml's hugoThemes).
	themes hugoThemes
	cfg    *config.Config
	pages  []*content.Page
	// data is the data folder's (sitedata.Load).
	data  *sitedata.Data
	loc   *locale.Locale
	warns []locale.Warning
	tpl   *render.Templates
	md    *markdown.Converter
	// shortcodes are the shortcode templates and messages; a new value
	// after any change to them, as conversions that ran them are reused only
	// with the same (site.Shortcodes).
	shortcodes *site.Shortcodes
	scTpl      *shortcode.Templates
	// files caches the bodies of copied files (static/, bundle resources) by source path.
	files   map[string][]byte
	filesMu sync.Mutex
	// copied is the last list of copied files (static/, content's loose
	// files) in a Builder, nil when a save may have changed it (keepCopied).
	copied []render.Output
	// loaded are the site's files of layouts, messages and data as the
	// last load of them found them (loadedFiles), nil before one.
	loaded []string

	siteCache   *site.Cache
	renderCache *render.Cache
	// minified maps an output path to its last minified body (in a Builder).
	minified map[string]minifiedBody
	sumSeed  maphash.Seed
	// outputs is how many outputs the last build made: the size its maps
	// start at in the next (growing them from empty was 3 % of a 10k rebuild).
	outputs int
	// site is the last assembled model, patched in place by the fast path.
	site *site.Site
	// disk, when set, is the folder the build writes its outputs into as
	// they are made (BuildInto); else they are kept in memory (memSink).
	disk *diskSink
	// started is when Start loaded the site for the build that follows it,
	// and startStatic the files of static/ it found (not nil).
	started     time.Time
	startStatic []render.Output
	// photos are the inspected photos by file and size.
	photoMu sync.Mutex
	photos  map[string]inspected
	// drawer draws sharing images; cards are the last build's by card key
	// (in a Builder), and allCards how many of them were every page's.
	drawer   *card.Drawer
	cards    map[string][]byte
	allCards int
}

type inspected struct {
	set  *photo.Set
	data []byte
}

// env is what rendering needs. A build in memory finishes pages (minifies
// them, and with GzipPages compresses them) as they are rendered, in mem, so
// that only their final bytes are kept.
func (st *state) env(mem *memSink) *render.Env {
	env := &render.Env{Locale: st.loc, Markdown: st.md, Metrics: st.opts.TemplateMetrics}
	if st.data != nil {
		env.DataSum = st.data.Sum
	}
	if mem != nil && (mem.minify != nil || mem.gzip) {
		env.Finish = mem.finish
	}
	return env
}

// strictErrors turns warnings into the errors --strict makes of them.
func strictErrors(warnings diag.List) diag.List {
	errs := make(diag.List, len(warnings))
	for i, w := range warnings {
		e := *w
		e.Severity = diag.Error
		e.Msg += " (an error with --strict)"
		errs[i] = &e
	}
	return errs
}

// loadLayouts parses the layouts, minified when the site is (see
// render.LoadMinified).
func (st *state) loadLayouts() (*render.Templates, error) {
	if st.minify() && !st.opts.minifyAfter {
		return render.LoadMinified(st.layoutsFS(), "layouts")
	}
	return render.Load(st.layoutsFS(), "layouts")
}

func (st *state) minify() bool {
	o := st.opts
	return o.Minify == nil && st.cfg.Minify || o.Minify != nil && *o.Minify
}

// minifiedBody is an output's last minified body and the sum of its body
// before minifying: the sum, not the body, so that unminified feeds, sitemaps
// and calendars are not held between builds.
type minifiedBody struct {
	sum uint64
	out []byte
}

// bodySum identifies a body for minifiedBody.
func (st *state) bodySum(b []byte) uint64 { return maphash.Bytes(st.sumSeed, b) }

// changeSet sorts the site-relative paths of saved files by what they affect.
type changeSet struct {
	config, layouts, i18n bool
	// data: a file of the data folder changed (Hugo's .Site.Data).
	data            bool
	content, copied []string
}

// themeDataDirs are the data folders of the site's Hugo themes, whose
// values Hugo reads below the site's.
func themeDataDirs(cfg *config.Config) []string {
	if cfg == nil {
		return nil
	}
	var dirs []string
	for _, name := range cfg.HugoThemes {
		dirs = append(dirs, "themes/"+name+"/data")
	}
	return dirs
}

// classify sorts changes, paths of the site in fsys, by what they affect.
// A new folder of layouts, messages or data (plainFolder) affects nothing
// by itself: the watcher names the files in it too; nor does such a path
// removed that held nothing the last load could read (emptied, the
// state's emptiedLoaded). Each is kept among the copied paths, which the
// fast path passes over, so that making or removing one
// (layouts/partials/) is not a full rebuild.
func classify(fsys fs.FS, changes []string, emptied func(string) bool) changeSet {
	var c changeSet
	for _, p := range changes {
		top, _, _ := strings.Cut(p, "/")
		parts := strings.SplitN(p, "/", 4)
		if inLoadedFolder(p) && (plainFolder(fsys, p) || emptied(p)) {
			c.copied = append(c.copied, p)
			continue
		}
		switch top {
		case "site.yaml":
			c.config = true
		case "layouts":
			c.layouts = true
		case "i18n":
			c.i18n = true
		case "data":
			c.data = true
		case "content":
			c.content = append(c.content, p)
			c.copied = append(c.copied, p) // a bundle's image
		case "themes":
			// A Hugo theme's: its partials, which shortcodes call, and the
			// files of its static/ and assets/, which are read as the site's
			// (hugoThemes).
			switch {
			case len(parts) < 3:
			case parts[2] == "layouts":
				c.layouts = true
			case parts[2] == "data":
				c.data = true
			case slices.Contains(themeFolders, parts[2]):
				c.copied = append(c.copied, path.Join(parts[2:]...))
			}
		default:
			if strings.HasPrefix(top, "content") { // a language's own folder: content.en/
				c.content = append(c.content, p)
			}
			c.copied = append(c.copied, p)
		}
	}
	return c
}

// plainFolder reports whether p is a folder in fsys, not a symbolic link,
// whose name no walk of layouts/ or data/ reports (sitefs.SourceName): a
// folder that changes nothing until files are put in it.
func plainFolder(fsys fs.FS, p string) bool {
	info, err := fs.Lstat(fsys, p)
	if err != nil || !info.IsDir() {
		return false
	}
	msg, _ := sitefs.SourceName(info.Name(), "folder")
	return msg == ""
}

// build loads what changes (everything when st is new) and builds. With
// changes nil, everything is loaded. A panic, a bug in vestis met on some
// input, becomes an error: the caller's previous output stays as it was.
func (st *state) build(changes *changeSet) (res *Result, err error) {
	defer recoverBug(&err)
	return st.run(changes)
}

// recoverBug turns a panic, here or on a worker (parallel.Panic), into an
// error that says where vestis failed and asks for a report, instead of a
// crash with a stack trace.
func recoverBug(err *error) {
	r := recover()
	if r == nil {
		return
	}
	p, ok := r.(*parallel.Panic)
	if !ok {
		p = parallel.NewPanic(r)
	}
	*err = &BugError{Panic: p}
}

// BugError is a panic inside vestis, turned into an error.
type BugError struct{ Panic *parallel.Panic }

func (e *BugError) Error() string {
	return fmt.Sprintf("vestis failed on this site (a bug in vestis, at %s: %v); the previous output is unchanged; please report it with the files that cause it", e.Panic.Where, e.Panic.Value)
}

func (st *state) run(changes *changeSet) (*Result, error) {
	start := time.Now()
	if st.started.IsZero() || changes != nil {
		st.startStatic = nil
		if err := st.load(changes); err != nil {
			return nil, err
		}
	} else { // Start loaded everything
		start = st.started
	}
	st.started = time.Time{}
	return st.make(start)
}

// load reads what changes touch: everything when changes is nil or names
// site.yaml, else the saved content files, messages or layouts.
func (st *state) load(changes *changeSet) error {
	o := st.opts
	full := changes == nil || changes.config || st.cfg == nil
	// A preview (Start) may still render a page while this runs: what it
	// reads here is set once (fsys) or under filesMu (files).
	if st.fsys == nil {
		st.themes = newHugoThemes(o.Site)
		var below fs.FS = st.themes
		if o.Theme != nil {
			below = overlay{top: o.Theme, bottom: st.themes}
		}
		st.fsys = overlay{top: o.Site, bottom: below}
	}
	st.filesMu.Lock()
	if full {
		st.files = map[string][]byte{}
		st.copied = nil
	} else {
		for _, p := range changes.copied {
			delete(st.files, p)
		}
		st.keepCopied(changes.copied)
	}
	st.filesMu.Unlock()
	if full {
		st.pages = nil
		cfg, err := config.Load(o.Site, "site.yaml")
		if err != nil {
			return err
		}
		if o.BaseURL != "" {
			if err := config.CheckBaseURL(o.BaseURL); err != nil {
				return fmt.Errorf("--baseURL: %w", err)
			}
			cfg.BaseURL = strings.TrimSuffix(o.BaseURL, "/") + "/"
		}
		if o.ServeURL != "" {
			cfg.BaseURL = ServedBaseURL(o.ServeURL, cfg.BaseURL)
		}
		same := st.cfg != nil && sameForConversions(st.cfg, cfg)
		st.cfg = cfg
		st.themes.set(cfg.HugoThemes)
		st.md = markdown.NewWith(markdown.Options{Unsafe: cfg.Markdown.Unsafe, HardWraps: cfg.Markdown.HardWraps, Emoji: cfg.Markdown.Emoji, IDs: cfg.Markdown.HeadingIDs, Typographer: cfg.Markdown.Typographer, Marks: cfg.Markdown.Marks, Extended: markdown.ExtendedOf(cfg.Markdown.ExtendedSyntax), Extras: cfg.Markdown.Extras, NoStrikethrough: cfg.Markdown.NoStrikethrough})
		if st.minify() && !o.minifyAfter {
			st.md.Minified() // its HTML goes into minified pages (render.LoadMinified)
		}
		if st.siteCache != nil {
			st.renderCache, st.minified = render.NewCache(), nil
			if !same {
				st.siteCache = site.NewCache(o.ContentBound)
			}
		}
	}
	cfg := st.cfg
	if err := checkFolders(o.Site, cfg); err != nil {
		return err
	}
	if err := checkSameNames(o.Site, changes, full); err != nil {
		return err
	}
	if full || changes.layouts || changes.i18n || changes.data {
		st.loaded = loadedFiles(o.Site)
	}
	var (
		errsMu sync.Mutex
		errs   []error
		wg     parallel.Group
		addErr = func(err error) { errsMu.Lock(); errs = append(errs, err); errsMu.Unlock() }
	)
	if full || len(changes.content) > 0 {
		wg.Go(func() {
			var changed []string
			if changes != nil {
				changed = changes.content
			}
			pages, err := content.Update(o.Site, "content", cfg, st.pages, changed)
			if err != nil {
				addErr(err)
				return
			}
			st.pages = pages
		})
	}
	if full || changes.data {
		wg.Go(func() {
			// The site's data/, over its Hugo themes' (the first named first).
			var layers []*sitedata.Data
			for _, dir := range append([]string{"data"}, themeDataDirs(st.cfg)...) {
				data, err := sitedata.Load(o.Site, dir)
				if err != nil {
					addErr(err)
					return
				}
				layers = append(layers, data)
			}
			st.data = sitedata.Over(layers...)
		})
	}
	if full || changes.i18n {
		wg.Go(func() {
			layers := []fs.FS{o.Site}
			if o.Theme != nil {
				layers = []fs.FS{o.Theme, o.Site}
			}
			loc, warns, err := locale.Load(layers, "i18n", cfg)
			if err != nil {
				addErr(err)
				return
			}
			st.loc, st.warns = loc, warns
		})
	}
	if full || changes.layouts {
		wg.Go(func() {
			tpl, err := st.loadLayouts()
			if err != nil {
				addErr(err)
				return
			}
			st.tpl = tpl
		})
		wg.Go(func() {
			sc, err := shortcode.Load(st.fsys, "layouts/shortcodes", st.shortcodeFuncs())
			if err != nil {
				addErr(err)
				return
			}
			if st.minify() && !o.minifyAfter {
				sc.Minified() // its HTML goes into minified pages, as the Markdown's
			}
			st.scTpl = sc
		})
	}
	wg.Wait()
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if full || changes.layouts || changes.i18n {
		loc, sc := st.loc, st.scTpl
		st.shortcodes = &site.Shortcodes{Templates: sc, T: func(lang, id string, data any) (string, error) {
			var msg string
			var err error
			if m, ok := data.(map[string]any); ok || data == nil {
				var count any
				switch c := m["Count"].(type) { // a number chooses the plural form, as Hugo's i18n "id" 5
				case int, int64, float64, uint64:
					count = c
				}
				msg, err = loc.T(lang, id, count, m)
			} else {
				msg, err = loc.TValue(lang, id, data) // Hugo's i18n "id" .Page: the message reads its fields
			}
			if errors.Is(err, locale.ErrMissingKey) {
				none := &site.NoMessage{Err: err} // the page warns (site.Page.ShortcodeWarnings)
				var missing *locale.MissingKeyError
				if errors.As(err, &missing) {
					none.ID, none.Files = missing.ID, missing.Files
				}
				return "", none
			}
			return msg, err
		}}
	}
	switch {
	case changes == nil || st.renderCache == nil:
	case changes.i18n || changes.data: // drops what partialCached kept too
		st.renderCache = st.renderCache.KeepPages()
	case changes.layouts:
		st.renderCache.LayoutsChanged()
	}
	return nil
}

// shortcodeFuncs are the functions of shortcode templates: the layouts'
// pure helpers and markdownify, Hugo's, with the site's Markdown settings.
func (st *state) shortcodeFuncs() template.FuncMap {
	fm := render.Funcs()
	md := st.md
	timeout := cmp.Or(st.cfg.Timeout, config.DefaultTimeout)
	fm["markdownify"] = func(s any) (template.HTML, error) { return md.InlineWithin(timeout, fmt.Sprint(s)) }
	return fm
}

// readDir lists a folder of the site, for shortcodes (Hugo's readDir).
func (st *state) readDir(dir string) ([]fs.DirEntry, error) { return fs.ReadDir(st.fsys, dir) }

// readFile reads a file of the site, for shortcodes (Hugo's readFile): a
// regular file, no link on its way, so that nothing outside the site is read.
func (st *state) readFile(name string) ([]byte, error) {
	if err := sitefs.Regular(st.fsys, name); err != nil {
		return nil, err
	}
	return sitefs.ReadFile(st.fsys, name, sitefs.MaxSize)
}

// make assembles and renders what load loaded; start is when loading began.
func (st *state) make(start time.Time) (*Result, error) {
	o := st.opts
	now := cmp.Or(o.Now, start)
	cfg := st.cfg
	res := &Result{Config: cfg, PagesByLang: map[string]int{}, Locale: st.loc}
	res.MessageWarnings = neededMessages(st.warns, st.pages, cfg)
	res.Warnings = st.warnings()
	if o.Strict && len(res.Warnings) > 0 {
		return nil, strictErrors(res.Warnings)
	}
	var readParams func(*content.Page) (map[string]any, error)
	if st.disk != nil && st.siteCache == nil {
		// A build into a folder keeps no model: the front matter maps go
		// once the site is assembled (site.Options.ReadParams).
		readParams = st.readParams
	}
	static, startStatic := st.startStatic, st.startStatic != nil
	st.startStatic = nil
	if !startStatic { // else the files Start found: the site as it loaded it
		var err error
		if static, err = st.listCopied(); err != nil {
			return nil, err
		}
	}
	published := make(map[string]string, len(static))
	for _, o := range static {
		published[o.Path] = o.Src
	}
	s, err := site.Assemble(cfg, st.pages, st.md, site.Options{Drafts: o.Drafts, Future: o.Future, Expired: o.Expired, Now: now, Label: st.loc.Label, Cache: st.siteCache, Lazy: st.disk != nil, ReadBody: st.readBody, ReadParams: readParams, Photo: st.inspectPhoto,
		CheckFile: func(file string) error { return sitefs.Regular(st.fsys, file) }, Shortcodes: st.shortcodes, ReadDir: st.readDir, ReadFile: st.readFile, Getenv: st.opts.Getenv, Data: st.data.Values, DataSum: st.data.Sum, Copied: published})
	if err != nil {
		return nil, err
	}
	if w := s.Warnings(); o.Strict && len(w) > 0 {
		return nil, strictErrors(w)
	}
	res.Warnings = append(res.Warnings, s.Warnings()...)
	res.Site = s
	st.site = s
	static = movedCopied(s, static)
	var out sink
	var mem *memSink
	if st.disk != nil {
		st.disk.start(cfg, st.outputs)
		if st.minify() {
			st.disk.minify = newMinifier()
		}
		out = st.disk
	} else {
		mem = st.newMemSink(make(map[string][]byte, st.outputs), st.outputs)
		out = mem
	}
	if err := claimStatic(s, static); err != nil {
		return nil, err
	}
	for _, o := range static {
		if err := out.copy(o); err != nil {
			return nil, err
		}
	}
	// Photos and sharing images are made after the pages, in parallel, each
	// once however many pages show it (site.PhotoDir).
	var mediaMu sync.Mutex
	var media []render.Output
	photoPaths := map[string]bool{}
	take := func(o render.Output) error {
		switch {
		case o.Photo != nil || o.Card != nil:
			mediaMu.Lock()
			defer mediaMu.Unlock()
			if o.Photo != nil && photoPaths[o.Path] {
				return nil
			}
			photoPaths[o.Path] = true
			media = append(media, o)
			return nil
		case o.Src != "":
			return out.copy(o)
		}
		return out.put(o, o.Body)
	}
	env := st.env(mem)
	if st.disk != nil {
		// Each output is written as soon as it is made.
		if _, err := render.All(s, st.tpl, env, nil, take); err != nil {
			return nil, err
		}
	} else {
		outs, err := render.All(s, st.tpl, env, st.renderCache, nil)
		if err != nil {
			return nil, err
		}
		if st.siteCache != nil {
			s.ForgetContents() // a Builder keeps the pages rendered; a page rendered again is converted again
		}
		errs := make([]error, len(outs))
		parallel.For(len(outs), func(_, i int) { errs[i] = take(outs[i]) })
		if err := firstError(errs); err != nil {
			return nil, err
		}
	}
	if err := st.makePhotos(media, out); err != nil {
		return nil, err
	}
	if err := st.makeCards(media, out, true); err != nil {
		return nil, err
	}
	res.Paths, res.PagesByLang = out.taken()
	st.outputs = len(res.Paths)
	if mem != nil {
		mem.remember()
		res.Files = newFiles(mem.files)
	}
	if err := st.addLinkWarnings(res); err != nil {
		return nil, err
	}
	res.Duration = time.Since(start)
	return res, nil
}

// isPage reports whether an output is a page of its language, for the count
// of pages per language: not the root 404.html, which shows the default
// language's 404 page when that language has a folder of its own.
func isPage(cfg *config.Config, out render.Output) bool {
	return out.Page != nil && strings.HasSuffix(out.Path, ".html") && strings.HasPrefix("/"+out.Path, cfg.LangRoot(out.Page.Lang))
}

// warnings are the problems of the loaded content and messages that do not
// stop a build.
func (st *state) warnings() diag.List {
	var list diag.List
	for _, p := range st.pages {
		for _, w := range p.Warnings {
			w := *w
			w.Severity = diag.Warning
			list = append(list, &w)
		}
	}
	for _, w := range locale.Brief(neededMessages(st.warns, st.pages, st.cfg)) {
		list = append(list, diag.Warnf(w.File, w.Line, "%s", w.Msg))
	}
	if st.data != nil {
		list = append(list, st.data.Warnings...)
	}
	if st.tpl != nil {
		list = append(list, namedLayoutWarnings(st.pages, st.tpl, st.cfg)...)
	}
	return list.Unique() // a folder's name, said by each of its pages
}

// readBody reads a content page's Markdown again (site.Options.ReadBody).
func (st *state) readBody(cp *content.Page) ([]byte, error) {
	return content.ReadBody(st.opts.Site, cp)
}

// readParams reads a content page's front matter map again
// (site.Options.ReadParams).
func (st *state) readParams(cp *content.Page) (map[string]any, error) {
	return content.ReadParams(st.opts.Site, cp, st.cfg)
}

// inspectPhoto reads a photo's size for the site model, once per file content.
func (st *state) inspectPhoto(file string) (*photo.Set, error) {
	if info, err := fs.Stat(st.fsys, file); err == nil {
		if err := photo.CheckFileSize(file, info.Size()); err != nil {
			return nil, err
		}
	}
	data, err := st.read(file)
	if err != nil {
		return nil, err
	}
	st.photoMu.Lock()
	defer st.photoMu.Unlock()
	key := file + "\x00" + strconv.Itoa(len(data))
	if set, ok := st.photos[key]; ok && sameSlice(set.data, data) {
		return set.set, nil
	}
	set, err := photo.Inspect(file, data)
	if err != nil {
		return nil, err
	}
	if st.photos == nil {
		st.photos = map[string]inspected{}
	}
	st.photos[key] = inspected{set: set, data: data}
	return set, nil
}

// makePhotos resizes the photo outputs of outs in parallel and puts each into
// out as soon as it is made. A photo shown on many pages and in many
// languages has an output beside each of them; it is decoded and resized
// once, and all of them share the bytes.
func (st *state) makePhotos(outs []render.Output, out sink) error {
	groups := map[string][]int{} // by photo content: same bytes, same variants
	var keys []string
	for i, o := range outs {
		if o.Photo == nil {
			continue
		}
		k := o.Photo.Set.Key()
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], i)
	}
	errs := make([]*diag.Diagnostic, len(keys))
	r := &photo.Resizer{CacheDir: st.opts.PhotoCache, ReadOnly: st.opts.PhotoCacheReadOnly, Count: st.opts.PhotoCount}
	parallel.For(len(keys), func(_, k int) {
		todo := groups[keys[k]]
		first := outs[todo[0]].Photo
		// The photo's sizes and the frames asked for (a sharing image), each once.
		var variants []photo.Variant
		for _, i := range todo {
			if v := outs[i].Photo.Variant; !slices.Contains(variants, v) {
				variants = append(variants, v)
			}
		}
		data, err := st.read(first.File)
		var bodies [][]byte
		if err == nil {
			bodies, err = r.MakeAll(first.Set.With(variants), data)
		}
		var d *diag.Diagnostic
		switch {
		case errors.As(err, &d) && d.File != "":
			errs[k] = d // a photo that cannot be read fails once, not for each variant
		case err != nil:
			errs[k] = diag.Wrap(first.File, 0, err, "")
		}
		for _, i := range todo {
			o := &outs[i]
			o.Compact = true
			if err != nil {
				continue
			}
			body := bodies[slices.Index(variants, o.Photo.Variant)]
			if werr := out.put(*o, body); werr != nil && errs[k] == nil {
				errs[k] = diag.Wrap("", 0, werr, "") // the path is in the message
			}
		}
	})
	var list diag.List
	for _, err := range errs {
		if err != nil {
			list = append(list, err)
		}
	}
	return list.Err()
}

// read returns a copied file's body, from the cache when it did not change.
func (st *state) read(src string) ([]byte, error) {
	if st.siteCache == nil {
		return readCopied(st.fsys, src)
	}
	st.filesMu.Lock()
	b, ok := st.files[src]
	st.filesMu.Unlock()
	if ok {
		return b, nil
	}
	b, err := readCopied(st.fsys, src)
	if err == nil {
		st.filesMu.Lock()
		st.files[src] = b
		st.filesMu.Unlock()
	}
	return b, err
}

// readCopied reads a file that is published as it is (static/, a bundle's
// file, a photo): a regular file inside the site, never through a link, so
// that a link to a file outside the site or to /dev/zero is refused before
// anything is opened.
func readCopied(fsys fs.FS, src string) ([]byte, error) {
	if err := sitefs.Regular(fsys, src); err != nil {
		return nil, err
	}
	return sitefs.ReadFile(fsys, src, 0)
}

// staticFiles lists the files of static/ to publish. Hidden files and folders
// (.git/, .DS_Store) and editors' temporary files (sitefs.Transient) are left out; a symbolic link, named pipe, device or
// socket is an error naming it, as in content/.
func staticFiles(fsys fs.FS) ([]render.Output, error) {
	var outs []render.Output
	var errs diag.List
	// WalkDir follows a link given as its root: check static/ itself.
	if info, err := fs.Lstat(fsys, "static"); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		return nil, sitefs.LinkRefused("static")
	}
	err := fs.WalkDir(fsys, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == "static" {
				return fs.SkipDir
			}
			return sitefs.Denied(p, err)
		}
		if p != "static" && staticSkipped(p) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch t := d.Type(); {
		case t&fs.ModeSymlink != 0:
			errs = append(errs, sitefs.LinkRefused(p))
		case t.IsDir():
			var bad *diag.Diagnostic
			if errors.As(sitefs.WalkName(p, d), &bad) {
				errs = append(errs, bad) // a name Go cannot open under (not UTF-8)
				return fs.SkipDir
			}
		case !t.IsRegular():
			errs = append(errs, sitefs.NotRegular(p, t))
		default:
			outs = append(outs, render.Output{Path: strings.TrimPrefix(p, "static/"), Src: p})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return outs, errs.Err()
}

// staticSkipped reports whether the walk of static/ leaves out its file or
// folder p: hidden names but those published (PublishedHidden), and editors'
// temporary files.
func staticSkipped(p string) bool {
	name := path.Base(p)
	return strings.HasPrefix(name, ".") && !PublishedHidden(strings.TrimPrefix(p, "static/")) || sitefs.Transient(name)
}

// claimStatic claims the output paths of the static files in the site's
// registry, where a page, a feed or anything else that wants the same path (or
// needs it as a folder) is an error naming both, not a silent overwrite.
func claimStatic(s *site.Site, static []render.Output) error {
	for _, o := range static {
		s.Claims().Add(site.Claim{Path: o.Path, Kind: site.Copy, File: o.Src})
	}
	return s.Claims().Err()
}

// firstError returns the first error of errs that is not nil: of outputs
// made in parallel, the first in their order, as a build made one by one
// would report it.
func firstError(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// sameSlice reports whether a and b are the same bytes in memory.
func sameSlice(a, b []byte) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// Write puts the result into dest: it writes a fresh folder and swaps it in
// only when every file was written, so a failure leaves dest as it was. It
// keeps .git but, unlike BuildInto, replaces whatever else dest holds.
func (r *Result) Write(dest string) error {
	out := Output{Dir: dest, Clean: true}
	dir, err := out.prepare()
	if err != nil {
		return err
	}
	tmp, inside, err := out.newFolder(dir)
	if err != nil {
		return err
	}
	release, _ := claim(tmp)
	defer release()
	err = r.writeInto(tmp)
	if err == nil {
		err = os.WriteFile(filepath.Join(tmp, ManifestName), manifest(r.Paths), 0o644)
	}
	if err != nil {
		removeTree(tmp)
		return err
	}
	return out.swap(tmp, dir, inside)
}

func (r *Result) writeInto(dir string) error {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return err
	}
	defer root.Close()
	made := map[string]bool{}
	for _, p := range r.Paths {
		if d := path.Dir(p); d != "." && !made[d] {
			if err := root.MkdirAll(d, 0o755); err != nil {
				return fmt.Errorf("write %s: %w", p, err)
			}
			made[d] = true
		}
	}
	errs := make([]error, len(r.Paths))
	files := r.Files.Map()
	parallel.ForWorkers(2*parallel.Workers(), len(r.Paths), func(_, i int) { // writes wait on the disk
		if err := root.WriteFile(r.Paths[i], files[r.Paths[i]], 0o644); err != nil {
			errs[i] = fmt.Errorf("write %s: %w", r.Paths[i], err)
		}
	})
	return errors.Join(errs...)
}

// PublishedHidden reports whether a hidden name at the top of static/ (rel,
// relative to it) is published all the same: what sites put there on
// purpose, as Hugo publishes every hidden file: .well-known/ (RFC 8615:
// security.txt, domain verification), .htaccess and .nojekyll. Other hidden
// files and folders (.git, .DS_Store, an .env) are left out.
func PublishedHidden(rel string) bool {
	return rel == ".well-known" || rel == ".htaccess" || rel == ".nojekyll"
}

// Unread reports whether a clean build leaves out the site's file at rel
// (relative to the site, with forward slashes) for its name alone: an
// editor's or a saving library's temporary, backup or lock file
// (sitefs.Transient), or a hidden file other than those static/ publishes
// (PublishedHidden). The dev server ignores saves of such files: a build
// after one would show what a clean build does not, or nothing new.
func Unread(rel string) bool {
	dir, name := path.Split(rel)
	switch {
	case sitefs.Transient(name):
		return true
	case !strings.HasPrefix(name, "."):
		return false
	}
	return path.Base(dir) != "static" || !PublishedHidden(name)
}

// Backups are the names an editor renames a site file to while it saves
// it (sitefs.Backups), for the dev server, which waits while one is new.
func Backups(name string) []string { return sitefs.Backups(name) }

// movedCopied is outs, the files copied as they are, with each at the path
// the site publishes it (site.Site.CopiedPath: a file beside a list page's
// _index file is beside the page). outs is not changed: it may be the list
// a Builder keeps.
func movedCopied(s *site.Site, outs []render.Output) []render.Output {
	var moved []render.Output
	for i, o := range outs {
		if to := s.CopiedPath(o.Path); to != o.Path {
			if moved == nil {
				moved = slices.Clone(outs)
			}
			moved[i].Path = to
		}
	}
	if moved == nil {
		return outs
	}
	return moved
}

// sameForConversions reports whether two loads of site.yaml differ only in
// what no conversion of Markdown reads: the site's and the languages'
// titles, and paginate. A save of one of those keeps the content store
// (site.Cache, which serves one configuration): it dropped every
// conversion, a fifth of the rebuild of a 1,000-page site after a
// language's title was changed. Anything else, down to a line moved,
// starts the store again.
func sameForConversions(a, b *config.Config) bool {
	strip := func(c *config.Config) config.Config {
		s := *c
		s.Title, s.Paginate = "", 0
		s.Languages = slices.Clone(c.Languages)
		for i := range s.Languages {
			s.Languages[i].Title = ""
		}
		return s
	}
	return reflect.DeepEqual(strip(a), strip(b))
}
