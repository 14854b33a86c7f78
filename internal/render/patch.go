package render

import (
	"bytes"
	"errors"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/parallel"
	"github.com/vestis-ssg/vestis/internal/site"
)

// Patch renders again, after site.Patch changed the bodies of pages, the
// outputs that show them: the pages, lists, feeds and pages whose layouts asked
// for their sections. It needs the cache of the All that rendered the site.
func Patch(s *site.Site, t *Templates, env *Env, cache *Cache, changed []*site.Page) ([]Output, error) {
	t.newPass(s)
	var paths []string
	var lists []*site.Page
	for _, p := range changed {
		paths = append(paths, cache.users[p]...)
		lists = append(lists, cache.feedUsers[p]...)
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
		if e.n < 1 || e.n > outputCount(s, e.page) {
			return nil, errors.New("render: the cache does not match the site")
		}
		v := view(s, e.page, env, e.n)
		sig, refs := cache.signature(path, v, e.deps)
		if sig != e.sig {
			tasks = append(tasks, &task{path: path, view: v, sig: sig, refs: refs})
		}
	}
	parallel.For(len(tasks), func(_, i int) {
		tk := tasks[i]
		var buf bytes.Buffer
		if tk.err = t.execute(&buf, tk.view); tk.err == nil {
			tk.body, tk.err = env.finish(tk.path, buf.Bytes())
		}
	})

	var outs []Output
	var errs []error
	for _, tk := range tasks {
		if tk.err != nil {
			errs = append(errs, tk.err)
			continue
		}
		e := cache.entries[tk.path]
		if !slices.Equal(e.deps, tk.view.deps) {
			tk.sig, tk.refs = cache.signature(tk.path, tk.view, tk.view.deps)
			cache.index(tk.path, tk.refs)
		}
		e.sig, e.body, e.deps = tk.sig, tk.body, tk.view.deps
		cache.entries[tk.path] = e
		outs = append(outs, Output{Path: tk.path, Body: tk.body, Page: tk.view.Page})
	}
	if err := errors.Join(groupErrors(errs)...); err != nil {
		return nil, err
	}
	cache.Rendered = len(tasks)

	// The search indexes of the changed pages' languages carry their summaries.
	var langs []string
	for _, p := range changed {
		langs = append(langs, p.Lang)
	}
	indexes, err := searchIndexes(s, cache, langs...)
	if err != nil {
		return nil, err
	}
	outs = append(outs, indexes...)

	slices.SortFunc(lists, func(a, b *site.Page) int { return strings.Compare(a.URLPath, b.URLPath) })
	for _, p := range slices.Compact(lists) {
		f, err := feeds(s, p)
		if err != nil {
			return nil, err
		}
		outs = append(outs, f...)
	}
	return outs, nil
}
