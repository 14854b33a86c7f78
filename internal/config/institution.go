package config

import (
	"cmp"
	"net/url"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Text is a text given per language (code -> text), or once for all ("").
type Text map[string]string

// In returns the text for lang: its own, else the one for all languages, else
// the default language's.
func (t Text) In(lang, def string) string {
	if s, ok := t[lang]; ok {
		return s
	}
	if s, ok := t[""]; ok {
		return s
	}
	return t[def]
}

// Organization is who publishes the site, for the footer and JSON-LD.
type Organization struct {
	Name, Address Text
	Email, Phone  string
}

// FooterLink is a link of the footer: to a page, named by its content path
// without language (about/accessibility: its translation in each language),
// or to a URL with a title.
type FooterLink struct {
	Page  string
	URL   string
	Title Text
	Line  int // in site.yaml
	// URLLine is the line of url.
	URLLine int
}

// Funding is an acknowledgement of funding (the EU emblem with "Co-funded by
// the European Union"): an image of the site and a statement per language.
type Funding struct {
	Emblem    string // a path of static/ (/img/eu.svg) or a URL
	Statement Text
	// Alt describes the emblem; without it the image is decorative, the
	// statement saying it all.
	Alt Text
	// Marked shows it only on pages whose front matter says fundingNotice:
	// true (a project among others), not on every page.
	Marked bool
}

// perLang reads a text written once or per language ({lv: ..., en: ...}).
func (r *reader) perLang(n *yaml.Node, path []string) Text {
	if resolve(n).Kind == yaml.MappingNode {
		return Text(r.textMap(n, path))
	}
	return Text{"": r.text(n, path)}
}

func (r *reader) organization(n *yaml.Node, path []string) *Organization {
	o := &Organization{}
	r.fields(n, path, map[string]func(*yaml.Node, []string){
		"name":    func(v *yaml.Node, p []string) { o.Name = r.perLang(v, p) },
		"address": func(v *yaml.Node, p []string) { o.Address = r.perLang(v, p) },
		"email":   func(v *yaml.Node, p []string) { o.Email = r.text(v, p) },
		"phone":   func(v *yaml.Node, p []string) { o.Phone = r.text(v, p) },
	})
	return o
}

func (r *reader) funding(n *yaml.Node, path []string) *Funding {
	f := &Funding{}
	r.fields(n, path, map[string]func(*yaml.Node, []string){
		"emblem":    func(v *yaml.Node, p []string) { f.Emblem = r.text(v, p) },
		"statement": func(v *yaml.Node, p []string) { f.Statement = r.perLang(v, p) },
		"alt":       func(v *yaml.Node, p []string) { f.Alt = r.perLang(v, p) },
		"marked":    func(v *yaml.Node, p []string) { f.Marked = deref(r.boolean(v, p)) },
	})
	return f
}

func (r *reader) footer(n *yaml.Node, path []string) []FooterLink {
	n = resolve(n)
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		r.fail(n, path, "want a list of links such as [{page: accessibility}, {url: https://..., title: ...}], got %s", r.describe(n))
		return nil
	}
	var links []FooterLink
	for _, item := range n.Content {
		l := FooterLink{Line: item.Line}
		r.fields(item, path, map[string]func(*yaml.Node, []string){
			"page":  func(v *yaml.Node, p []string) { l.Page = r.text(v, p) },
			"url":   func(v *yaml.Node, p []string) { l.URL, l.URLLine = r.text(v, p), v.Line },
			"title": func(v *yaml.Node, p []string) { l.Title = r.perLang(v, p) },
		})
		links = append(links, l)
	}
	return links
}

// checkInstitution reports what is missing in the institution's settings.
func checkInstitution(c *Config, fail func(line int, format string, args ...any), lines map[string]int) {
	for _, l := range c.Footer {
		switch {
		case (l.Page == "") == (l.URL == ""):
			fail(l.Line, "footer: a link needs a page (a content path such as about/accessibility) or a url, not both")
		case l.URL != "" && blankText(l.Title):
			// An empty title made a link with no words, which screen
			// readers announce as "link" alone.
			fail(l.Line, "footer: the link to %s needs a title", l.URL)
		case strings.HasSuffix(l.Page, ".md") || strings.HasPrefix(l.Page, "content/"):
			fail(l.Line, "footer: page: write the content path without content/, language or .md (about/accessibility, not %s)", l.Page)
		case l.URL != "" && !PageAddress(l.URL):
			fail(cmp.Or(l.URLLine, l.Line), "footer: url %q: a %s: address cannot be a link of a page (browsers would run it, or pages leave it out); write a web address (https://...), a mailto: address or a path of the site (/about/)", l.URL, scheme(l.URL))
		case scheme(l.URL) == "http" || scheme(l.URL) == "https":
			// https://a b/ was published as a link to https://a%20b/.
			if err := CheckWebAddress(l.URL); err != nil {
				fail(cmp.Or(l.URLLine, l.Line), "footer: url: %v", err)
			}
		}
	}
	check := func(f *Funding, where ...string) {
		if f != nil && (f.Emblem == "" || len(f.Statement) == 0) {
			fail(lineOf(lines, where...), "%s: needs an emblem (an image of static/, such as /img/eu-emblem.svg) and a statement", strings.Join(where, ": "))
		}
		if f != nil && f.Emblem != "" && !PageAddress(f.Emblem) {
			fail(lineOf(lines, append(where, "emblem")...), "%s: emblem %q: a %s: address cannot be an image of a page (pages leave it out); write a path of static/ (/img/eu-emblem.svg) or a web address (https://...)", strings.Join(where, ": "), f.Emblem, scheme(f.Emblem))
		}
	}
	check(c.Funding, "funding")
	for _, key := range sortedKeys(c.SectionFunding) {
		check(c.SectionFunding[key], "sectionFunding", key)
	}
}

// blankText reports whether t has no words in any language.
func blankText(t Text) bool {
	for _, s := range t {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

// PageAddress reports whether addr is an address a layout may put in a link
// as it is: one with no scheme (a path of the site, /about/), or with
// http:, https: or mailto:, the schemes html/template lets through
// (javascript:, data: and any other are replaced by #ZgotmplZ).
func PageAddress(addr string) bool {
	switch scheme(strings.TrimSpace(addr)) {
	case "", "http", "https", "mailto":
		return true
	}
	return false
}

// scheme is addr's scheme, lower-cased, or "" when it has none (a path).
func scheme(addr string) string {
	if u, err := url.Parse(addr); err == nil {
		return strings.ToLower(u.Scheme)
	}
	if i := strings.IndexAny(addr, ":/?#"); i > 0 && addr[i] == ':' {
		return strings.ToLower(addr[:i])
	}
	return ""
}

// FundingOf returns the acknowledgement of a section's pages, or nil.
func (c *Config) FundingOf(section string) *Funding {
	if f, ok := c.SectionFunding[section]; ok {
		return f
	}
	return c.Funding
}
