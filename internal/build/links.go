package build

import (
	"fmt"
	"strings"

	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/site"
)

// linkWarnings are the links of the pages' Markdown to addresses of the site
// at which the build writes nothing: one warning each, at the link's line,
// once per content file (a page's fallback pages share its links). What is
// written is known only once everything is rendered (feeds, further pages
// of lists, copied files), so they are checked against the claims then.
func linkWarnings(s *site.Site) diag.List {
	var list diag.List
	seen := map[string]bool{}
	for _, p := range s.Pages {
		for _, l := range p.LocalLinks() {
			if published(s.Claims(), l.Path) {
				continue
			}
			key := fmt.Sprint(p.File, "\x00", l.Dest, "\x00", l.Line)
			if seen[key] {
				continue
			}
			seen[key] = true
			list = append(list, diag.Warnf(p.File, l.Line, "link to %q: nothing is published at %s", l.Dest, l.Path))
		}
	}
	return list.Sort()
}

// published reports whether the build writes a file at the address urlPath:
// a page (its index.html), a redirect, or a copied or generated file.
func published(c *site.Claims, urlPath string) bool {
	if _, ok := c.Of(site.OutputPath(urlPath)); ok {
		return true
	}
	if !strings.HasSuffix(urlPath, "/") { // /docs/x is served from docs/x/index.html too
		_, ok := c.Of(site.OutputPath(urlPath + "/"))
		return ok
	}
	return false
}

// addLinkWarnings adds the link warnings of res's site, and what its
// shortcodes said with Hugo's warnf, to its warnings; with Strict they are
// errors, and the build fails.
func (st *state) addLinkWarnings(res *Result) error {
	w := linkWarnings(res.Site)
	if st.scTpl != nil {
		for _, msg := range st.scTpl.Warnings() {
			w = append(w, diag.Warnf("layouts/shortcodes", 0, "warnf: %s", msg))
		}
	}
	if len(w) == 0 {
		return nil
	}
	if st.opts.Strict {
		return strictErrors(w)
	}
	res.Warnings = append(res.Warnings, w...)
	return nil
}
