package render

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/parallel"
	"github.com/vestis-ssg/vestis/internal/site"
)

// Patch renders again, after site.Patch changed pages, the outputs that may
// show the change: those that include a changed page (the page, the lists and
// pages that show it), every output of the lists that hold it (its place in
// them may have moved), their feeds, the search indexes of the changed pages'
// languages, and the sitemaps and calendars when their inputs changed. A
// list shown on more list pages than before gets the new ones (claimed, and
// cached from now on); gone are the outputs of those no longer needed. It
// needs the cache of the All that rendered the site.
func Patch(s *site.Site, t *Templates, env *Env, cache *Cache, patched site.Patched) (outs, gone []Output, err error) {
	t.newPass(s, cache)
	defer t.endPass()
	cache.pass++
	for _, c := range patched.Pagers {
		l := c.List
		for n := c.After + 1; n <= c.Before; n++ {
			path := cache.leave(l, n)
			s.Claims().Remove(path)
			gone = append(gone, Output{Path: path, Page: l})
		}
		for n := c.Before + 1; n <= c.After; n++ {
			s.Claims().Add(site.PageClaim(l, cache.enter(t, l, n), fmt.Sprintf("page %d of", n)))
		}
		patched.Lists = append(patched.Lists, site.ListChange{List: l, From: 0, To: len(l.Pages)}) // each shows the count
	}
	var paths []string
	for _, p := range patched.Went { // before those that came, which may take their paths
		gone = append(gone, Output{Path: cache.leave(p, 1), Page: p})
		if one := pageOne(s, p); one != "" { // a term's
			path := site.OutputPath(one)
			s.Claims().Remove(path)
			gone = append(gone, Output{Path: path, Page: p})
		}
		if hasCard(p) {
			card := cardOutput(s, p).Path
			s.Claims().Remove(card)
			gone = append(gone, Output{Path: card, Page: p})
		}
		for _, u := range cache.users[p] { // an output that showed it in a window of a list included it
			paths = append(paths, u.path)
		}
	}
	for _, p := range patched.Came {
		paths = append(paths, cache.enter(t, p, 1))
		if one := pageOne(s, p); one != "" { // a term's, whose redirect pageOutputs makes
			s.Claims().Add(site.PageClaim(p, site.OutputPath(one), "the redirect from page 1 of"))
		}
		more, err := pageOutputs(s, p, cache) // its sharing image
		if err != nil {
			return nil, nil, err
		}
		outs = append(outs, more...)
	}
	gone = slices.DeleteFunc(gone, func(o Output) bool { // a page that took the path of one that went
		_, ok := s.Claims().Of(o.Path)
		return ok
	})
	// Regular pages that came or went move the ids of the search indexes;
	// fallback pages and terms are in none.
	searched := slices.ContainsFunc(slices.Concat(patched.Came, patched.Went), func(p *site.Page) bool {
		return p.Kind == site.KindPage && p.FallbackOf == nil
	})
	if len(patched.Came) > 0 {
		for _, c := range patched.Lists {
			// Outputs that show a list from where a page came (a home
			// block, .Section's first pages) include the page it pushed on,
			// or the last before it when it came at the end.
			for _, p := range patched.Came {
				at := slices.Index(c.List.Pages, p)
				for _, i := range []int{at - 1, at + 1} {
					if at >= 0 && i >= 0 && i < len(c.List.Pages) {
						for _, u := range cache.users[c.List.Pages[i]] {
							paths = append(paths, u.path)
						}
					}
				}
			}
		}
	}
	if searched {
		for _, l := range s.Languages {
			claimSearchGrown(s, l.Code)
		}
	}
	if err := s.Claims().Err(); err != nil {
		return nil, nil, err
	}
	paths = append(paths, cache.always...)
	paths = slices.DeleteFunc(paths, func(p string) bool { return cache.gone[p] })
	var lists []*site.Page
	for _, p := range patched.Pages {
		for _, u := range cache.users[p] {
			if !cache.gone[u.path] {
				paths = append(paths, u.path)
			}
		}
		lists = append(lists, cache.feedUsers[p]...)
		if hasFeeds(p) {
			lists = append(lists, p) // its feeds carry its description
		}
	}
	for _, l := range patched.Dated {
		paths = append(paths, readers(cache, "Lastmod", l)...)
		if hasFeeds(l) {
			lists = append(lists, l) // its feeds carry its date
		}
	}
	for _, c := range patched.Lists {
		l, size := c.List, s.Config.Paginate
		for n := 1; n <= s.Pagers(l); n++ {
			if s.Pagers(l) == 1 || (n-1)*size < c.To && c.From < n*size { // the pages it shows changed
				paths = append(paths, pagePath(l, n))
			}
		}
		if hasFeeds(l) {
			lists = append(lists, l)
		}
	}
	for _, term := range patched.Terms {
		paths = append(paths, readers(cache, "Count", term.Pages...)...)
	}
	slices.Sort(paths)
	paths = slices.Compact(paths)

	type task struct {
		path string
		view *View
		sig  uint64
		refs []*site.Page
		body []byte
		err  error
	}
	var tasks []*task
	for _, path := range paths {
		e := cache.entries[path]
		if e.n < 1 || e.n > s.Pagers(e.page) {
			return nil, nil, errors.New("render: the cache does not match the site")
		}
		v := view(s, e.page, env, e.n)
		t.setLayout(v)
		sig, refs := cache.signature(path, v, e.deps)
		if sig != e.sig {
			tasks = append(tasks, &task{path: path, view: v, sig: sig, refs: refs})
		}
	}
	if len(cache.bufs) != parallel.Workers() {
		cache.bufs = make([]bytes.Buffer, parallel.Workers())
	}
	parallel.For(len(tasks), func(w, i int) {
		tk, buf := tasks[i], &cache.bufs[w]
		buf.Reset()
		if tk.err = t.execute(buf, tk.view); tk.err == nil {
			tk.body, tk.err = env.finish(tk.path, buf.Bytes(), t.minified)
		}
	})

	var errs []error
	for _, tk := range tasks {
		if tk.err != nil {
			errs = append(errs, tk.err)
			continue
		}
		e := cache.entries[tk.path]
		if !slices.Equal(e.deps, tk.view.deps) {
			tk.sig, tk.refs = cache.signature(tk.path, tk.view, tk.view.deps)
		}
		if sum := cache.refsSum(tk.refs); sum != e.refs { // a list may show other pages now
			cache.reindex(tk.path, tk.view.names, tk.refs)
			e.refs = sum
		}
		e.sig, e.body, e.deps = tk.sig, tk.body, tk.view.deps
		cache.entries[tk.path] = e
		outs = append(outs, Output{Path: tk.path, Body: tk.body, Page: tk.view.Page, Compact: t.minified})
	}
	if err := errors.Join(groupErrors(errs)...); err != nil {
		return nil, nil, err
	}
	cache.Rendered = len(tasks)

	// The search indexes of the changed pages' languages carry their titles,
	// text, dates and sections.
	dated := false // a page of a type with calendars
	for _, p := range slices.Concat(patched.Pages, patched.Came, patched.Went) {
		dated = dated || p.Type().Calendar != nil
	}
	var indexes []Output
	if searched {
		sizes := cache.search.sizes()
		indexes, err = searchIndexes(s, env, cache.search) // ids moved; what stays is reused
		gone = append(gone, cache.search.shrunk(s, sizes)...)
	} else {
		indexes, err = patchSearch(s, env, cache.search, slices.DeleteFunc(slices.Clone(patched.Pages), func(p *site.Page) bool {
			return p.Kind == site.KindTerm // a term's translations changed (applyRetags), not what its pages show
		}))
	}
	if err != nil {
		return nil, nil, err
	}
	outs = append(outs, indexes...)

	slices.SortFunc(lists, func(a, b *site.Page) int { return strings.Compare(a.URLPath, b.URLPath) })
	for _, p := range slices.Compact(lists) {
		f, err := cache.feedsOf(s, p)
		if err != nil {
			return nil, nil, err
		}
		cache.indexFeed(s, p)
		outs = append(outs, f...)
	}
	if moved := slices.Concat(patched.Came, patched.Went); len(moved) > 0 || patched.Lastmod {
		maps, err := movedSitemaps(s, cache, moved, slices.Concat(patched.Pages, patched.Dated))
		if err != nil {
			return nil, nil, err
		}
		outs = append(outs, maps...)
	}
	if dated {
		outs = append(outs, calendars(s, env, cache)...)
	}
	// Titles are on sharing images; the build draws those whose text changed.
	outs = append(outs, cardChanges(s, patched.Pages)...)
	return outs, gone, nil
}

// enter makes an entry for p's list page n, new since the last All (its
// signature is none, so it is rendered), and returns its path.
func (cache *Cache) enter(t *Templates, p *site.Page, n int) string {
	path := pagePath(p, n)
	names := t.namesFor(p)
	cache.entries[path] = cached{page: p, n: n, names: names}
	delete(cache.gone, path)
	if names == nil || names.everything {
		cache.always = append(cache.always, path)
	}
	return path
}

// leave takes out the entry of p's list page n, an output no longer made,
// and returns its path.
func (cache *Cache) leave(p *site.Page, n int) string {
	path := pagePath(p, n)
	delete(cache.entries, path)
	cache.gone[path] = true // its users still name it until the next All
	return path
}

// readers returns the outputs that include one of pages and whose layout
// names name: after a change that only a read of name can show (a term's
// Count, a list's Lastmod), only they may differ.
func readers(cache *Cache, name string, pages ...*site.Page) []string {
	var paths []string
	reads := map[*names]bool{} // a few layouts for thousands of outputs
	for _, q := range pages {
		for _, u := range cache.users[q] {
			r, ok := reads[u.names]
			if !ok {
				r = u.names.reads(name)
				reads[u.names] = r
			}
			if r && !cache.gone[u.path] {
				paths = append(paths, u.path)
			}
		}
	}
	return paths
}

// SameOutputs reports whether a page with fresh's fields in place of old's
// has the same outputs beside it (calendars, as its type declares them):
// site.Patch's keep.
func SameOutputs(old, fresh *site.Page) bool {
	return hasCalendar(old) == hasCalendar(fresh) && inSectionCalendar(old) == inSectionCalendar(fresh)
}

// NoCalendar reports whether a page makes no calendar, and so is in none:
// site.Join's and site.Leave's keep.
func NoCalendar(p *site.Page) bool { return !hasCalendar(p) }
