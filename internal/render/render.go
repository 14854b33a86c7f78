package render

import (
	"bytes"
	"cmp"
	"errors"
	"html/template"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vestis-ssg/vestis/internal/card"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/parallel"
	"github.com/vestis-ssg/vestis/internal/photo"
	"github.com/vestis-ssg/vestis/internal/recursion"
	"github.com/vestis-ssg/vestis/internal/site"
)

// Output is one file of the built site: either Body, or a copy of the site file Src.
type Output struct {
	Path string // relative to the output root, forward slashes
	Body []byte
	Src  string
	// Page is the page the output renders, nil for other outputs.
	Page *site.Page
	// Compact: the body is minified already (a page of minified layouts,
	// Templates.Minified) or as small as it gets; minifying is skipped.
	Compact bool
	// Photo, when set, is a resized photo to make from the site file Photo.File.
	Photo *PhotoOutput
	// Card, when set, is a sharing image for the build to draw (card.Drawer).
	Card *card.Card
}

// PhotoOutput is a variant of a photo that the build makes.
type PhotoOutput struct {
	File    string
	Set     *photo.Set
	Variant photo.Variant
}

// job is one HTML output to execute: output n (from 1) of page.
type job struct {
	// path is the output's path; empty for pagePath(page, n), which a
	// streaming build without a cache computes as it renders the page
	// rather than keep one for every page of the site at once.
	path string
	page *site.Page
	n    int
	view *View // made early only when the cache needs it
}

// outPath is the path of j's output.
func (j *job) outPath() string {
	if j.path != "" {
		return j.path
	}
	return pagePath(j.page, j.n)
}

// first reports whether j is its page's own output (page 1, at the page's
// address), after which the page's other outputs are made.
func (j *job) first() bool {
	if j.path == "" {
		return j.n == 1
	}
	return j.path == pagePath(j.page, 1)
}

// ErrStop, returned by All's emit, ends the pass: the outputs not begun are
// not rendered, and All returns ErrStop. A build stopped by Ctrl+C ends
// at once, where every page was still rendered, for nothing.
var ErrStop = errors.New("stopped")

// All renders every output of the site: pages (paginated lists included), the
// language chooser, aliases, 404 pages and bundle resources. Outputs are sorted by
// path. With a cache, pages whose views did not change are taken from it.
// With emit, every output is handed to emit (from several goroutines) as soon as
// it is made, and not kept: a build that writes to disk holds no page bodies.
func All(s *site.Site, t *Templates, env *Env, cache *Cache, emit func(Output) error) ([]Output, error) {
	t.newPass(s, cache)
	defer t.endPass()
	if err := claimOutputs(s); err != nil {
		return nil, err // before anything is rendered, so nothing is written
	}
	var jobs []job
	var outs []Output
	store := newSearchStore()
	if cache != nil {
		store = cache.search
		cache.feedUsers, cache.feedItems = map[*site.Page][]*site.Page{}, map[*site.Page][]*site.Page{}
		cache.feeds.start()
		cache.redirects.start()
		defer cache.feeds.end()
		defer cache.redirects.end()
		cache.pass++
	} else if emit != nil {
		store.streamFragments(s, emit)
	}
	lean := emit != nil && cache == nil // the paths and bodies are not needed after rendering
	for _, p := range s.Pages {
		count := s.Pagers(p)
		for n := 1; n <= count; n++ {
			j := job{page: p, n: n}
			if !lean {
				j.path = pagePath(p, n)
			}
			jobs = append(jobs, j)
		}
		if emit != nil {
			continue // made by the worker that renders the page
		}
		more, err := pageOutputs(s, p, cache)
		if err != nil {
			return nil, err
		}
		outs = append(outs, more...)
		if cache != nil && hasFeeds(p) {
			cache.indexFeed(s, p)
		}
	}
	if nf := rootNotFound(s); nf != nil {
		jobs = append(jobs, job{path: "404.html", page: nf, n: 1})
	}
	if emit == nil {
		var mu sync.Mutex
		err := siteOutputs(s, env, cache, store, func(o ...Output) error {
			mu.Lock()
			defer mu.Unlock()
			outs = append(outs, o...)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}

	var bodies [][]byte
	if !lean {
		bodies = make([][]byte, len(jobs))
	}
	errs := make([]error, len(jobs))
	var sigs []uint64
	var refs [][]*site.Page
	if cache != nil {
		sigs = make([]uint64, len(jobs))
		refs = make([][]*site.Page, len(jobs))
		parallel.For(len(jobs), func(_, i int) {
			j := &jobs[i]
			j.view = view(s, j.page, env, j.n)
			t.setLayout(j.view)
			sigs[i], refs[i] = cache.signature(j.path, j.view, cache.entries[j.path].deps)
		})
	}
	var todo []int
	for i, j := range jobs {
		if cache != nil {
			if prev, ok := cache.entries[j.path]; ok && prev.sig == sigs[i] {
				bodies[i] = prev.body
				continue
			}
		}
		todo = append(todo, i)
	}
	if emit != nil {
		// Regular pages first: each is converted for its own page and lets its
		// HTML go right after, so the lists that follow find only summaries.
		slices.SortStableFunc(todo, func(a, b int) int {
			return cmp.Compare(listOrder(jobs[a].page), listOrder(jobs[b].page))
		})
	}
	bufs := make([]bytes.Buffer, parallel.Workers()) // one reused buffer per goroutine
	var stopped atomic.Bool                          // emit returned ErrStop
	parallel.For(len(todo), func(w, k int) {
		if stopped.Load() {
			return
		}
		i, buf := todo[k], &bufs[w]
		buf.Reset()
		j := &jobs[i]
		v := j.view
		if v == nil {
			v = view(s, j.page, env, j.n)
		}
		if errs[i] = t.execute(buf, v); errs[i] != nil {
			return
		}
		if emit != nil {
			errs[i] = emit(Output{Path: j.outPath(), Body: buf.Bytes(), Page: j.page, Compact: t.minified})
			if errs[i] == nil && j.first() {
				errs[i] = emitPageOutputs(s, j.page, emit)
				if errs[i] == nil {
					errs[i] = store.keep(s, env, j.page, v) // before its HTML goes, with the fields its layout read
				}
				j.page.ForgetContent()
			}
			if errors.Is(errs[i], ErrStop) {
				stopped.Store(true)
			}
			return
		}
		bodies[i], errs[i] = env.finish(jobs[i].path, buf.Bytes(), t.minified)
	})
	t.endPass()
	if stopped.Load() {
		return nil, ErrStop // nothing more is converted or checked
	}
	t.partials.Store(nil) // the pages are rendered: let the partials go
	if err := s.ConvertAll(); err != nil {
		return nil, err // the content's errors first: template errors may follow from them
	}
	if err := s.Claims().Err(); err != nil {
		return nil, err // photos that collide
	}
	if err := errors.Join(groupErrors(slices.DeleteFunc(errs, func(e error) bool { return e == nil }))...); err != nil {
		return nil, err
	}
	if cache != nil {
		cache.Rendered = len(todo)
		rendered := make([]bool, len(jobs))
		for _, i := range todo {
			rendered[i] = true
		}
		entries := make(map[string]cached, len(jobs))
		cache.users = make(map[*site.Page][]user, len(cache.users)) // about as many as last time
		cache.always = nil
		clear(cache.gone)
		for i, j := range jobs {
			if n := j.view.names; n == nil || n.everything {
				cache.always = append(cache.always, j.path)
			}
			e := cache.entries[j.path]
			e.sig = sigs[i]
			if rendered[i] {
				if !slices.Equal(e.deps, j.view.deps) {
					// The layout asked for other sections this time.
					sigs[i], refs[i] = cache.signature(j.path, j.view, j.view.deps)
				}
				e = cached{sig: sigs[i], deps: j.view.deps, body: bodies[i]}
			}
			e.page, e.n, e.names, e.refs = j.page, j.n, j.view.names, 0 // indexed below; Patch sums what it renders
			cache.index(j.path, j.view.names, refs[i])
			entries[j.path] = e
		}
		cache.entries = entries
	}
	if emit != nil {
		// The site's outputs are made last, so that a streaming build does not
		// hold its sitemaps, search indexes and calendars while it renders pages.
		return nil, siteOutputs(s, env, cache, store, func(outs ...Output) error { return emitAll(emit, outs) })
	}
	for i, j := range jobs {
		outs = append(outs, Output{Path: j.path, Body: bodies[i], Page: j.page, Compact: t.minified})
	}
	outs = sortOutputs(outs)
	// A photo shown by several pages is one output (site.PhotoDir).
	outs = slices.CompactFunc(outs, func(a, b Output) bool { return a.Path == b.Path && a.Photo != nil && b.Photo != nil })
	return outs, nil
}

// sortOutputs sorts outs by path, those of the same path (a photo several
// pages show) in the order they came. It sorts their indices and moves each
// output once: a stable sort of the outputs themselves moves the large
// values O(n log n) times, which at 10,000 files was 3 % of a rebuild.
func sortOutputs(outs []Output) []Output {
	order := make([]int32, len(outs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		return cmp.Or(strings.Compare(outs[a].Path, outs[b].Path), cmp.Compare(a, b))
	})
	sorted := make([]Output, len(outs))
	for i, k := range order {
		sorted[i] = outs[k]
	}
	return sorted
}

// pageOutputs are a page's outputs besides its HTML: the redirect from page/1/,
// bundle resources, photos, alias redirects and feeds.
func pageOutputs(s *site.Site, p *site.Page, cache *Cache) ([]Output, error) {
	var outs []Output
	if one := pageOne(s, p); one != "" {
		outs = append(outs, cache.redirect(s, one, p.Permalink, p.RelPermalink))
	}
	for _, r := range p.Resources {
		outs = append(outs, Output{Path: p.ResourcePath(r), Src: r.Src})
	}
	made := map[string]bool{}
	for _, ph := range p.Photos() {
		for _, v := range ph.Set.Variants {
			if out := site.PhotoDir + v.Name; !made[out] {
				made[out] = true
				claimPhoto(s, out, ph)
				outs = append(outs, Output{Path: out, Photo: &PhotoOutput{File: ph.File, Set: ph.Set, Variant: v}})
			}
		}
	}
	if hasCard(p) {
		o := cardOutput(s, p)
		if o.Photo != nil {
			claimPhoto(s, o.Path, site.Photo{File: o.Photo.File})
		} else {
			s.Claims().Add(site.PageClaim(p, o.Path, "the sharing image of"))
		}
		outs = append(outs, o)
	}
	for _, a := range p.Aliases {
		outs = append(outs, cache.redirect(s, a, p.Permalink, p.RelPermalink))
	}
	if hasFeeds(p) {
		f, err := cache.feedsOf(s, p)
		if err != nil {
			return nil, err
		}
		outs = append(outs, f...)
	}
	return outs, nil
}

// unrenderedFiles are the files of bundles whose page is not rendered
// (build: {render: never}), published where the page would be, as Hugo
// publishes them.
func unrenderedFiles(s *site.Site) []Output {
	var outs []Output
	for _, p := range s.Unrendered {
		for _, r := range p.Resources {
			outs = append(outs, Output{Path: p.ResourcePath(r), Src: r.Src})
		}
	}
	return outs
}

func emitPageOutputs(s *site.Site, p *site.Page, emit func(Output) error) error {
	outs, err := pageOutputs(s, p, nil)
	if err != nil {
		return err
	}
	return emitAll(emit, outs)
}

func emitAll(emit func(Output) error, outs []Output) error {
	for _, o := range outs {
		if err := emit(o); err != nil {
			return err
		}
	}
	return nil
}

// siteOutputs makes the outputs made from the whole site, and hands each to
// add (which must be safe for concurrent use) as soon as it is made (a
// language's sitemap, its search index, a calendar), so that a streaming
// build does not hold them all: sitemaps, search indexes, calendars and the
// language chooser, side by side.
func siteOutputs(s *site.Site, env *Env, cache *Cache, store *searchStore, add func(...Output) error) error {
	makers := []func() error{
		func() error { return sitemapsTo(s, cache, add) },
		func() error { return searchIndexesTo(s, env, store, add) },
		func() error { return calendarsTo(s, env, cache, add) },
		func() error { return add(append(unrenderedFiles(s), defaultFolderRedirect(s)...)...) },
	}
	if s.Config.DefaultLanguageInSubdir {
		makers = append(makers, func() error {
			chooser, err := languageChooser(s)
			if err != nil {
				return err
			}
			return add(chooser)
		})
	}
	errs := make([]error, len(makers))
	parallel.ForWorkers(len(makers), len(makers), func(_, i int) { errs[i] = makers[i]() })
	return errors.Join(errs...)
}

func (t *Templates) execute(buf *bytes.Buffer, v *View) error {
	p := v.Page
	l, err := t.lookup(p)
	if err != nil {
		return &pageError{file: cmp.Or(p.File, p.URLPath), msg: fileMark + ": " + err.Error()}
	}
	start := time.Now()
	err = t.executeBounded(buf, l, v)
	if err != nil && l.plain != nil {
		err = t.plainError(err, l.plain, v)
	}
	if err != nil {
		// Both come straight from executeBounded; an outputError from a
		// partial is wrapped with the partial's call, and reported at its line.
		if oe, ok := err.(*outputError); ok {
			return &pageError{file: cmp.Or(p.File, p.URLPath), msg: fileMark + ": " + oe.Error() + " (layouts/" + l.name + ")"}
		}
		if te, ok := err.(*timeoutError); ok {
			return &pageError{file: cmp.Or(p.File, p.URLPath), msg: fileMark + ": " + te.Error()}
		}
		if de := (*recursion.Error)(nil); errors.As(err, &de) {
			if l.plain != nil {
				l = l.plain // plainError ran it, for the lines as written
			}
			return depthPageError(de, l, cmp.Or(p.File, p.URLPath), t.sources)
		}
		if l.plain != nil {
			l = l.plain // plainError ran it, for the lines as written
		}
		if de := derivedRound(err, l); de != nil {
			return depthPageError(de, l, cmp.Or(p.File, p.URLPath), t.sources)
		}
		if d := inChars(diag.BadHTML("layouts", err, l.plan, l.entry), "layouts", t.sources); d != nil && d.Line > 0 {
			// html/template's ErrBadHTML has no place: found by escaping again.
			d.Msg = "rendering " + fileMark + ": " + d.Msg
			return &pageError{file: cmp.Or(p.File, p.URLPath), msg: d.Error()}
		}
		return templateError("layouts", err, cmp.Or(p.File, p.URLPath), t.sources, l.tree, mapKeys(v, l.entry, l.plan))
	}
	v.env.Metrics.add(l.name, time.Since(start))
	return nil
}

// plainError is the error of executing the layout as written, when its
// minified form failed with err: the same failure, at the line and column of
// the file the user reads. A timeout or an output too large is not run again.
func (t *Templates) plainError(err error, plain *layout, v *View) error {
	switch err.(type) {
	case *timeoutError, *outputError:
		return err
	}
	var scratch bytes.Buffer
	if perr := t.executeBounded(&scratch, plain, v); perr != nil {
		return perr
	}
	return err
}

func dirOf(outPath string) string {
	if i := strings.LastIndexByte(outPath, '/'); i >= 0 {
		return outPath[:i+1]
	}
	return ""
}

// pagePath is the output file of page n of p's list.
func pagePath(p *site.Page, n int) string {
	if n == 1 {
		return p.OutputPath()
	}
	return site.OutputPath(pagerURL(p, n))
}

// pagerURL is the address of page n of p's list below its folder, in the
// form of p's own address, as Hugo makes them: /posts/page/2/, or
// /posts/page/2.html for a list at /posts.html (uglyURLs). For n = 1 it is
// where the redirect to the list's first page is.
func pagerURL(p *site.Page, n int) string {
	if strings.HasSuffix(p.URLPath, "/") {
		return p.URLPath + "page/" + strconv.Itoa(n) + "/"
	}
	return p.Dir() + "page/" + strconv.Itoa(n) + ".html"
}

// pageOne is the address of the redirect from page 1 of p's list to the
// list, "" when p is no list. Every list has one, however few its pages
// (sections and terms are paginated, and Hugo themes paginate home pages and
// taxonomies too), as Hugo writes one for each list its layouts paginate, so
// that links made to page 1 lead to the list. A home page's is in the form
// of the site's addresses (/page/1.html with uglyURLs).
func pageOne(s *site.Site, p *site.Page) string {
	switch p.Kind {
	case site.KindSection, site.KindTerm, site.KindTaxonomy:
		return pagerURL(p, 1)
	case site.KindHome:
		if s.Config.UglyURLs {
			return p.Dir() + "page/1.html"
		}
		return pagerURL(p, 1)
	}
	return ""
}

// listOrder puts regular pages before lists when a streaming build orders its work.
func listOrder(p *site.Page) int {
	if p.Kind == site.KindPage {
		return 0
	}
	return 1
}

// view makes the view of output n (from 1) of a page. Views are made when
// their output is rendered, so that a build holds only those in progress.
func view(s *site.Site, p *site.Page, env *Env, n int) *View {
	nav := env.navs.of(s, p)
	v := &View{
		Site:          s,
		Lang:          s.Tree(p.Lang).Lang,
		Page:          p,
		Menu:          nav.menu,
		LanguageLinks: languageLinks(s, p),
		Alternates:    alternates(s, p),
		Feeds:         nav.feeds,
		Canonical:     p.Permalink,
		env:           env,
	}
	if p.FallbackOf != nil {
		v.Canonical = p.FallbackOf.Permalink // the text's own page
	}
	switch p.Kind {
	case site.KindTaxonomy:
		v.Terms = p.Terms(p.Taxonomy)
		return v
	case site.KindSection, site.KindTerm:
	default:
		v.Pages = p.Pages
		return v
	}
	size := s.Config.Paginate
	total := s.Pagers(p)
	v.Pages = p.Pages[(n-1)*size : min(len(p.Pages), n*size)]
	v.Paginator = &Paginator{PageNumber: n, TotalPages: total, First: p.RelPermalink, Last: pageURL(s, p, total)}
	if n > 1 {
		v.Paginator.PrevURL = pageURL(s, p, n-1)
		v.Canonical = s.AbsURL(pagerURL(p, n))
		v.Alternates = nil
	}
	if n < total {
		v.Paginator.NextURL = pageURL(s, p, n+1)
	}
	return v
}

func pageURL(s *site.Site, p *site.Page, n int) string {
	if n == 1 {
		return p.RelPermalink
	}
	return s.RelURL(pagerURL(p, n))
}

func menu(s *site.Site, p *site.Page) []MenuItem {
	t := s.Tree(p.Lang)
	items := []MenuItem{{Title: t.Home.Title, URL: t.Home.RelPermalink, Active: p.Kind == site.KindHome}}
	section := func(sec *site.Page) MenuItem {
		return MenuItem{Section: sec.Section, Title: sec.Title, URL: sec.RelPermalink, Active: p.Section == sec.Section && p.Kind != site.KindHome}
	}
	search := func() {
		if t.Search != nil {
			items = append(items, MenuItem{Title: t.Search.Title, URL: t.Search.RelPermalink, Active: p.Kind == site.KindSearch})
		}
	}
	if s.Config.Menu == nil { // every section, then search
		for _, sec := range t.Sections {
			items = append(items, section(sec))
		}
		search()
		return items
	}
	for _, key := range s.Config.Menu { // site.yaml menu: these, in this order
		if key == "search" {
			search()
			continue
		}
		for _, sec := range t.Sections {
			if sec.Section == key {
				items = append(items, section(sec))
			}
		}
	}
	return items
}

func languageLinks(s *site.Site, p *site.Page) []LanguageLink {
	links := make([]LanguageLink, 0, len(s.Languages))
	orig := p
	if p.FallbackOf != nil {
		orig = p.FallbackOf
	}
	for _, l := range s.Languages {
		link := LanguageLink{Code: l.Code, Tag: l.Locale(), Name: l.Name, Current: l.Code == p.Lang}
		switch t := orig.Translation(l.Code); {
		case l.Code == p.Lang:
			link.URL, link.Untranslated = p.RelPermalink, p.FallbackOf != nil
		case t != nil:
			link.URL = t.RelPermalink
		case orig.FallbackIn(l.Code) != nil:
			link.URL, link.Untranslated = orig.FallbackIn(l.Code).RelPermalink, true
		case p.Kind == site.Kind404:
			link.URL = s.Tree(l.Code).NotFound.RelPermalink
		default:
			link.URL = s.Tree(l.Code).Home.RelPermalink
			link.Missing = true
		}
		links = append(links, link)
	}
	return links
}

// alternates are the hreflang links of a page: itself, its translations and
// x-default. A fallback page has none: it is not a translation but a copy,
// noindex and canonical to its original, and hreflang links must be
// reciprocal between the canonical pages of one cluster.
func alternates(s *site.Site, p *site.Page) []Alternate {
	if p.Kind == site.Kind404 || p.FallbackOf != nil {
		return nil
	}
	var out []Alternate
	for _, l := range s.Languages {
		if t := p.Translation(l.Code); t != nil {
			out = append(out, Alternate{HrefLang: l.Locale(), URL: t.Permalink})
		}
	}
	// x-default: the language chooser for the home page, else the default
	// language's version, else the first language that has the page.
	def := s.AbsURL("/")
	if p.Kind != site.KindHome {
		def = out[0].URL
		if t := p.Translation(s.DefaultLanguage); t != nil {
			def = t.Permalink
		}
	}
	return append(out, Alternate{HrefLang: "x-default", URL: def})
}

var redirectTmpl = template.Must(template.New("redirect").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<title>{{.URL}}</title>
<link rel="canonical" href="{{.Canonical}}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url={{.URL}}">
</head>
<body>
<p><a href="{{.URL}}">{{.URL}}</a></p>
</body>
</html>
`))

// redirect is a small page at urlPath that sends browsers and crawlers to target.
func redirect(s *site.Site, urlPath, canonical, target string) Output {
	var buf bytes.Buffer
	lang := strings.Split(strings.TrimPrefix(urlPath, "/"), "/")[0]
	if s.Config.Language(lang) == nil {
		lang = s.DefaultLanguage
	}
	_ = redirectTmpl.Execute(&buf, map[string]string{"Lang": lang, "URL": target, "Canonical": canonical})
	return Output{Path: site.OutputPath(urlPath), Body: buf.Bytes()}
}
