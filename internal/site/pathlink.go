package site

import (
	"bytes"
	"fmt"
	"maps"
	"net/url"
	"path"
	"slices"
	"strings"

	"golang.org/x/net/html"

	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/markdown"
)

// LocalLink is a link of a page's Markdown to an address of the site that no
// page has: it may name a copied file, a feed or a redirect, which only the
// build knows, or nothing (LocalLinks).
type LocalLink struct {
	Dest string // as written
	// Path is the address it names, root-relative, without the base URL's
	// path, query or fragment: /docs/plan.pdf.
	Path string
	Line int // in the content file
}

// LocalLinks are the page's links to addresses of the site that are not
// pages, for the build to check against what it wrote.
func (p *Page) LocalLinks() []LocalLink {
	if p.src == nil {
		return nil
	}
	return p.converted().localLinks
}

// FrontMatterLinks are the values of the page's front matter, at any depth
// (params.link, menu.main.url), whose text is an address a layout's link
// leaves out (javascript:, data:; markdown.DangerousAddress), with the line
// of their top-level key: html/template writes #ZgotmplZ in their place.
func (p *Page) FrontMatterLinks() []markdown.RemovedLink { return p.fmLinks }

// frontMatterLinks finds the FrontMatterLinks of m's map, as written: the
// keys of params that the map also holds at its top are reported once, as
// params.KEY.
func frontMatterLinks(m *content.Meta) []markdown.RemovedLink {
	if !anyDangerous(m.Params) {
		return nil // nearly every page: no field to name, so no sorting and no names
	}
	var out []markdown.RemovedLink
	var walk func(field string, v any, line int)
	walk = func(field string, v any, line int) {
		switch v := v.(type) {
		case string:
			if scheme, bad := markdown.DangerousAddress(v); bad {
				out = append(out, markdown.RemovedLink{Dest: v, Scheme: scheme, Line: line, Field: field})
			}
		case map[string]any:
			for _, k := range slices.Sorted(maps.Keys(v)) {
				walk(field+"."+k, v[k], line)
			}
		case []any:
			for i, x := range v {
				walk(fmt.Sprintf("%s[%d]", field, i), x, line)
			}
		}
	}
	params, _ := m.Params["params"].(map[string]any)
	for _, k := range slices.Sorted(maps.Keys(m.Params)) {
		if _, promoted := params[k]; promoted {
			continue
		}
		walk(k, m.Params[k], m.Line(k))
	}
	return out
}

// anyDangerous reports whether a string in v is an address that
// frontMatterLinks reports.
func anyDangerous(v any) bool {
	switch v := v.(type) {
	case string:
		_, bad := markdown.DangerousAddress(v)
		return bad
	case map[string]any:
		for _, x := range v {
			if anyDangerous(x) {
				return true
			}
		}
	case []any:
		for _, x := range v {
			if anyDangerous(x) {
				return true
			}
		}
	}
	return false
}

// byURLPath maps the address of every page, and every alias, to its page:
// pages first, so an alias never hides a page.
func byURLPath(pages []*Page) map[string]*Page {
	m := make(map[string]*Page, len(pages))
	for _, p := range pages {
		m[p.URLPath] = p
	}
	for _, p := range pages {
		for _, a := range p.Aliases {
			if _, ok := m[pagePath(a)]; !ok {
				m[pagePath(a)] = p
			}
		}
	}
	return m
}

// resolvePath is where a link to an address of the site (/operator/db,
// ../other/) leads from page from, and whether a page (or a page's alias) is
// there. A root-relative address without the language's prefix, written as
// Hugo sites write them, leads to the page of from's language: the
// translation of the page at that address, else the page at the address
// below from's language root, else the translation of the default language's
// page there. Any other link is kept as written.
func (s *Site) resolvePath(from *Page, dest string) (string, bool) {
	target, rest := dest, ""
	if i := strings.IndexAny(dest, "?#"); i >= 0 {
		target, rest = dest[:i], dest[i:]
	}
	if target == "" || s.byURL == nil {
		return dest, true
	}
	abs := pagePath(s.linkPath(from, dest))
	if p := s.byURL[abs]; p != nil {
		if t := p.Translation(from.Lang); t != nil && t != p && strings.HasPrefix(target, "/") && !s.hasLangPrefix(abs) {
			return t.RelPermalink + rest, true
		}
		return dest, true
	}
	if !strings.HasPrefix(target, "/") {
		// A file named from the page's own file (images/a.png beside
		// content/docs/setup.md), where no page or file is at the address
		// it names from the page's.
		if file, err := url.PathUnescape(target); err == nil {
			if out := s.besideFile(from, file); out != "" {
				return s.RelURL("/"+out) + rest, true
			}
		}
		return dest, false
	}
	if s.hasLangPrefix(abs) {
		return dest, false
	}
	for _, lang := range []string{from.Lang, s.DefaultLanguage} {
		root := s.Config.LangRoot(lang)
		if root == "/" {
			continue
		}
		p := s.byURL[root+strings.TrimPrefix(abs, "/")]
		if p == nil {
			continue
		}
		if t := p.Translation(from.Lang); t != nil {
			p = t
		}
		return p.RelPermalink + rest, true
	}
	return dest, false
}

// hasLangPrefix reports whether abs is below the folder of a language
// (/en/...), which a link names on purpose.
func (s *Site) hasLangPrefix(abs string) bool {
	for _, l := range s.Languages {
		if root := s.Config.LangRoot(l.Code); root != "/" && strings.HasPrefix(abs, root) {
			return true
		}
	}
	return false
}

// pagePath is the address a link names as a page's address: /a/b and
// /a/b/index.html are /a/b/; a file's (/a/b.pdf) stays.
func pagePath(p string) string {
	if strings.HasSuffix(p, "/index.html") {
		return strings.TrimSuffix(p, "index.html")
	}
	if !strings.HasSuffix(p, "/") && path.Ext(p) == "" {
		return p + "/"
	}
	return p
}

// linkTarget is what a cached conversion remembers of a link: the URL it
// leads to, or "!" and the error of a link to a .md file that does not
// resolve, or "?" and the link of an address no page has.
func (s *Site) linkTarget(from *Page, dest string) string {
	if read, ok := strings.CutPrefix(dest, readPrefix); ok {
		return s.readAgain(read)
	}
	if ref, ok := strings.CutPrefix(dest, refPrefix); ok {
		lang, target, _ := strings.Cut(ref, "\x00")
		q, err := s.refPage(from, target, lang)
		if err != nil {
			return "!" + err.Error()
		}
		return q.RelPermalink
	}
	if markdown.IsPageLink(dest) {
		u, err := s.resolveLink(from, dest, s.byFile, s.excluded)
		if err != nil {
			return "!" + err.Error()
		}
		return u
	}
	u, found := s.resolvePath(from, dest)
	if !found {
		return "?" + u
	}
	return u
}

// linkPath is the address a link names, root-relative without the base
// URL's path, query or fragment.
func (s *Site) linkPath(from *Page, dest string) string {
	target := dest
	if i := strings.IndexAny(dest, "?#"); i >= 0 {
		target = dest[:i]
	}
	if u, err := url.PathUnescape(target); err == nil {
		target = u
	}
	if strings.HasPrefix(target, "/") {
		base := strings.TrimSuffix(s.RelURL("/"), "/")
		if base != "" && (target == base || strings.HasPrefix(target, base+"/")) {
			return "/" + strings.TrimPrefix(strings.TrimPrefix(target, base), "/")
		}
		return target
	}
	dir := from.URLPath[:strings.LastIndexByte(from.URLPath, '/')+1]
	abs := path.Join(dir, target)
	if strings.HasSuffix(target, "/") && abs != "/" {
		abs += "/"
	}
	return abs
}

// htmlLinks are the destinations of the links (a and area elements) of an
// HTML body, in order, for the build to check: an .html content file's
// links are published as written, as Hugo does; each with the line where
// its tag starts.
func htmlLinks(h string) []markdown.Ref {
	var out []markdown.Ref
	z := html.NewTokenizer(strings.NewReader(h))
	line := 1 // where the token starts
	for {
		tt := z.Next()
		start := line
		line += bytes.Count(z.Raw(), []byte("\n"))
		switch tt {
		case html.ErrorToken:
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			name, attrs := z.TagName()
			if (string(name) != "a" && string(name) != "area") || !attrs {
				continue
			}
			for {
				k, v, more := z.TagAttr()
				if string(k) == "href" {
					out = append(out, markdown.Ref{Dest: string(v), Line: start})
				}
				if !more {
					break
				}
			}
		}
	}
}
