package build

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/markdown"
	"github.com/vestis-ssg/vestis/internal/site"
)

// linkWarnings are the links of the pages' Markdown to addresses of the site
// at which the build writes nothing: one warning each, at the link's line,
// once per content file (a page's fallback pages share its links). What is
// written is known only once everything is rendered (feeds, further pages
// of lists, copied files), so they are checked against the claims then.
func linkWarnings(s *site.Site, pages []*site.Page) diag.List {
	var list diag.List
	seen := map[string]bool{}
	for _, p := range pages {
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
		for _, m := range p.MissingImages() {
			file := cmp.Or(m.File, p.File)
			key := fmt.Sprint(file, "\x00", m.Dest, "\x00", m.Line, "\x00image")
			if seen[key] {
				continue
			}
			seen[key] = true
			done := "published with the address as written, as Hugo publishes it"
			if m.Cover {
				done = "the page is published without a cover photo, as Hugo publishes it"
			}
			d := diag.Warnf(file, m.Line, "%s (%s)", m.Msg, done)
			d.Cause, d.Item = m.Cause, m.Item
			list = append(list, d)
		}
		for _, r := range slices.Concat(p.RemovedLinks(), p.FrontMatterLinks()) {
			key := fmt.Sprint(p.File, "\x00", r.Dest, "\x00", r.Line, "\x00removed")
			if seen[key] {
				continue
			}
			seen[key] = true
			list = append(list, diag.Warnf(p.File, r.Line, "%s", RemovedLinkMessage(r)))
		}
	}
	return list.Sort()
}

// RemovedLinkMessage says why a link or image (or a shortcode's argument) is
// published without its address, and what to write instead.
func RemovedLinkMessage(r markdown.RemovedLink) string {
	scheme := r.Scheme
	why := "runs a program in the reader's browser"
	switch scheme {
	case "data":
		why = "holds a file inside the address, which browsers may run as a page (only PNG, GIF, JPEG and WebP images are kept)"
	case "file":
		why = "names a file on the writer's own computer, which readers do not have"
	}
	if r.Kept {
		return fmt.Sprintf("link to %q: a %s: address %s, and a page written in HTML is published as written, so readers get it; link to a page or a web address (https://...) instead", short(r.Dest), scheme, why)
	}
	if r.Field != "" {
		return fmt.Sprintf("front matter: %s: %q is left out of links: a %s: address %s; write a web address (https://...) or a path of the site instead", r.Field, short(r.Dest), scheme, why)
	}
	if r.Shortcode != "" {
		arg := "its argument"
		if r.Arg != "" {
			arg = r.Arg
		}
		return fmt.Sprintf("shortcode %q: %s %q is left out of links: a %s: address %s; write a web address (https://...) or a path of the site instead", r.Shortcode, arg, short(r.Dest), scheme, why)
	}
	return fmt.Sprintf("link to %q left out: a %s: address %s; link to a page or a web address (https://...) instead", short(r.Dest), scheme, why)
}

// short is s cut to 60 characters, for a message.
func short(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:57]) + "..."
	}
	return s
}

// patchLinkWarnings are last's link warnings after a patch changed pages:
// what the site publishes is the same, so only the links of the changed
// pages' files may differ, and those of pages gone are no more.
func patchLinkWarnings(s *site.Site, last diag.List, changed, gone []*site.Page) diag.List {
	files := map[string]bool{}
	for _, p := range slices.Concat(changed, gone) {
		files[p.File] = true
	}
	kept := slices.DeleteFunc(slices.Clone(last), func(d *diag.Diagnostic) bool { return files[d.File] })
	return slices.Concat(kept, linkWarnings(s, changed)).Sort()
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

// addLinkWarnings adds the link warnings of res's site, what its shortcodes
// said with Hugo's warnf and the output names some file systems cannot hold
// (site.Claims.Warnings), all known once everything is rendered, to its
// warnings; with Strict they are errors, and the build fails.
func (st *state) addLinkWarnings(res *Result) error {
	res.links = linkWarnings(res.Site, res.Site.Pages)
	w := slices.Concat(res.links, st.shortcodeWarnings(res.Site), res.Site.Claims().Warnings())
	if len(w) == 0 {
		return nil
	}
	if st.opts.Strict {
		return strictErrors(w)
	}
	res.Warnings = append(res.Warnings, w...)
	return nil
}

// shortcodeWarnings are what the shortcodes of s's pages said (Hugo's warnf,
// a message no language has), each once, sorted: they are kept with each
// page's conversion, so a rebuild that reuses conversions says what a clean
// build says. What templates said outside a page's Call (a template a
// shortcode file defines) is added from the templates.
func (st *state) shortcodeWarnings(s *site.Site) diag.List {
	seen := map[site.ShortcodeWarning]bool{}
	var list []site.ShortcodeWarning
	add := func(w site.ShortcodeWarning) {
		// Once a page: at the first place that said it.
		k := w
		k.Line = 0
		if !seen[k] {
			seen[k] = true
			list = append(list, w)
		}
	}
	if s.ShortcodesWarned() {
		for _, p := range s.Pages {
			for _, w := range p.ShortcodeWarnings() {
				add(w)
			}
		}
	}
	if st.scTpl != nil {
		for _, msg := range st.scTpl.Warnings() {
			add(site.ShortcodeWarning{Msg: msg})
		}
	}
	slices.SortFunc(list, func(a, b site.ShortcodeWarning) int {
		return cmp.Or(strings.Compare(a.Msg, b.Msg), strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	var w diag.List
	for _, sw := range list {
		d := diag.Warnf("layouts/shortcodes", 0, "%s", sw.Msg)
		d.Cause, d.Item = sw.Cause, sw.Item
		if sw.File != "" {
			// At the page's shortcode; said on many pages, listed once.
			d.File, d.Line = sw.File, sw.Line
			d.Cause = cmp.Or(d.Cause, sw.Msg)
		}
		w = append(w, d)
	}
	return w
}
