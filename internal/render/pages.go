package render

import (
	"bytes"
	"errors"

	"github.com/vestis-ssg/vestis/internal/site"
)

// Pages renders the HTML outputs of a site one at a time, as All renders
// them: a dev server answers with them before All has rendered the whole
// site. It is safe for concurrent use.
type Pages struct {
	s    *site.Site
	t    *Templates
	env  *Env
	jobs map[string]job
}

// chooserPath is the language chooser's output.
const chooserPath = "index.html"

// NewPages indexes the HTML outputs of s by path: every page's, the further
// pages of lists, the root 404 page and the language chooser. t starts a pass
// of its own (partialCached), so t must not render for anything else.
func NewPages(s *site.Site, t *Templates, env *Env) *Pages {
	t.newPass(s, nil)
	jobs := map[string]job{}
	for _, p := range s.Pages {
		for n := range s.Pagers(p) {
			path := pagePath(p, n+1)
			jobs[path] = job{path: path, page: p, n: n + 1}
		}
	}
	if nf := rootNotFound(s); nf != nil {
		jobs["404.html"] = job{path: "404.html", page: nf, n: 1}
	}
	return &Pages{s: s, t: t, env: env, jobs: jobs}
}

// Has reports whether an HTML output of the site is at path.
func (ps *Pages) Has(path string) bool {
	_, ok := ps.jobs[path]
	return ok || path == chooserPath && ps.s.Config.DefaultLanguageInSubdir
}

// rootNotFound is the page of the site's root 404.html, when the default
// language is in a folder of its own: its 404 page. (At the root, its 404
// page is there already.) A static/404.html of the site's own replaces it,
// as its static/robots.txt replaces vestis's, and so does a page of its own
// at /404.html (url: /404.html).
func rootNotFound(s *site.Site) *site.Page {
	if !s.Config.DefaultLanguageInSubdir || ownCopy(s, "404.html") {
		return nil
	}
	if c, ok := s.Claims().Of("404.html"); ok && c.File != "" {
		return nil
	}
	return s.Tree(s.DefaultLanguage).NotFound
}

// Render renders the output at path and finishes it (Env.Finish); ok is false
// when no HTML output is at path. The error is the layout's, or the
// conversion's of the page or of the pages of a list page, which All would
// report. (The home page's Pages are all the language's pages: converting
// them all would take as long as the build.)
func (ps *Pages) Render(path string) (body []byte, ok bool, err error) {
	j, ok := ps.jobs[path]
	if !ok {
		if !ps.Has(path) {
			return nil, false, nil
		}
		out, err := languageChooser(ps.s)
		if err != nil {
			return nil, true, err
		}
		body, err = ps.env.finish(path, out.Body, false)
		return body, true, err
	}
	var buf bytes.Buffer
	v := view(ps.s, j.page, ps.env, j.n)
	if err := ps.t.execute(&buf, v); err != nil {
		return nil, true, err
	}
	errs := []error{j.page.ConvertErr()}
	if v.Paginator != nil { // a page of a list, which shows their summaries
		for _, p := range v.Pages {
			errs = append(errs, p.ConvertErr())
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, true, err
	}
	body, err = ps.env.finish(path, buf.Bytes(), ps.t.minified)
	return body, true, err
}
