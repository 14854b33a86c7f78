package content

import (
	"fmt"
	"maps"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/config"
)

// Build is what Hugo's build options in front matter say about a page.
type Build struct {
	// Render is "always" (the default) or "never": a page never rendered has
	// no address of its own (Hugo's "link" is read as never too).
	Render string
	// List is "always" (the default), "never" (in no list) or "local" (in
	// its section's list only: not on the home page, under terms or in
	// feeds of the whole site).
	List string
	// PublishResources: the files of a bundle never rendered are published
	// all the same (the default, as in Hugo).
	PublishResources bool
}

// DefaultBuild is the build options of a page that gives none.
var DefaultBuild = Build{Render: "always", List: "always", PublishResources: true}

// build reads build (or _build, as older Hugo sites write it) and headless.
func (d *fieldDecoder) build() Build {
	b := DefaultBuild
	if d.boolean("headless") {
		b.Render, b.List = "never", "never"
	}
	key := "build"
	if _, ok := d.m.values[key]; !ok {
		key = "_build"
	}
	v, ok := d.m.values[key]
	if !ok || v == nil {
		return b
	}
	m, ok := asMap(v)
	if !ok {
		d.fail(key, "want a map such as {render: never, list: never}, got %s", describe(v))
		return b
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		switch strings.ToLower(k) {
		case "render":
			b.Render = d.choice(key, k, m[k], "always", "never", "link")
			if b.Render == "link" {
				b.Render = "never"
			}
		case "list":
			b.List = d.choice(key, k, m[k], "always", "never", "local")
		case "publishresources":
			if x, ok := truth(m[k]); ok {
				b.PublishResources = x
			} else {
				d.fail(key, "%s: want true or false, got %s", k, describe(m[k]))
			}
		default:
			d.fail(key, "%s is not a build option; the options are render, list and publishResources", k)
		}
	}
	return b
}

// choice reads one of the values of a build option; true and false, as
// older Hugo versions wrote them, are always and never.
func (d *fieldDecoder) choice(key, opt string, v any, values ...string) string {
	switch v := v.(type) {
	case bool:
		if v {
			return "always"
		}
		return "never"
	case string:
		if s := strings.ToLower(strings.TrimSpace(v)); slices.Contains(values, s) {
			return s
		}
	}
	d.fail(key, "%s: want one of %s, got %s", opt, strings.Join(values, ", "), describe(v))
	return "always"
}

// Cascade is one set of values that a page (usually a section's _index)
// gives the pages below it that do not set them, as Hugo's cascade does;
// _target narrows it to some pages.
type Cascade struct {
	Values map[string]any
	// Path is a glob of the content paths it applies to ("/docs/**"), as
	// Hugo's _target.path; Kind ("page", "section") and Lang narrow it too.
	Path, Kind, Lang string
	// Langs are the languages it applies to, as globs ("**", "en", "zh-*"):
	// Hugo's target.sites.matrix.languages, with which a list page's
	// cascade reaches the pages of those languages at and below its place
	// too, not only its own language's. None: its own language.
	Langs []string
	Line  int
	path  *regexp.Regexp
}

// cascade reads cascade: one map, or a list of maps, each with an optional
// _target.
func (d *fieldDecoder) cascade() []Cascade {
	v, ok := d.m.values["cascade"]
	if !ok || v == nil {
		return nil
	}
	var items []any
	switch v := v.(type) {
	case []any:
		items = v
	case []map[string]any:
		for _, x := range v {
			items = append(items, x)
		}
	default:
		items = []any{v}
	}
	var out []Cascade
	for _, it := range items {
		m, ok := asMap(it)
		if !ok {
			d.fail("cascade", "want a map of front matter fields, or a list of them, got %s", describe(it))
			return nil
		}
		c := Cascade{Values: map[string]any{}, Line: d.m.line("cascade")}
		for k, x := range m {
			if k != "_target" && k != "target" {
				c.Values[k] = x
				continue
			}
			t, ok := asMap(x)
			if !ok {
				d.fail("cascade", "%s: want a map such as {path: /docs/**, kind: page}, got %s", k, describe(x))
				return nil
			}
			for tk, tv := range t {
				s, _ := tv.(string)
				switch strings.ToLower(tk) {
				case "path":
					c.Path = s
				case "kind":
					c.Kind = strings.ToLower(s)
				case "lang":
					c.Lang = s
				case "environment": // vestis has one environment
				case "sites":
					langs, err := matrixLanguages(tv)
					if err != "" {
						d.fail("cascade", "%s: sites: %s", k, err)
						return nil
					}
					c.Langs = langs
				default:
					d.fail("cascade", "%s: %s is not read; use path, kind or lang", k, tk)
				}
			}
		}
		if c.Path != "" {
			re, err := globRegexp(c.Path)
			if err != nil {
				d.fail("cascade", "_target: path %q: %v", c.Path, err)
				return nil
			}
			c.path = re
		}
		out = append(out, c)
	}
	return out
}

// matrixLanguages reads Hugo's sites target ({matrix: {languages: [...]}}):
// the language globs, or why it cannot be read. vestis has one version and
// one role, so a matrix may name only languages.
func matrixLanguages(v any) ([]string, string) {
	m, ok := asMap(v)
	if !ok {
		return nil, fmt.Sprintf("want a map such as {matrix: {languages: [\"**\"]}}, got %s", describe(v))
	}
	var langs []string
	for k, x := range m {
		if !strings.EqualFold(k, "matrix") {
			return nil, fmt.Sprintf("%s is not read; use matrix: {languages: [...]}", k)
		}
		mm, ok := asMap(x)
		if !ok {
			return nil, fmt.Sprintf("matrix: want a map such as {languages: [\"**\"]}, got %s", describe(x))
		}
		for dim, globs := range mm {
			if !strings.EqualFold(dim, "languages") {
				return nil, fmt.Sprintf("matrix: %s is not read: vestis has one version and one role; use languages", dim)
			}
			switch g := globs.(type) {
			case string:
				langs = append(langs, g)
			case []any:
				for _, x := range g {
					s, ok := x.(string)
					if !ok {
						return nil, fmt.Sprintf("matrix: languages: want language codes or globs such as \"**\", got %s", describe(x))
					}
					langs = append(langs, s)
				}
			default:
				return nil, fmt.Sprintf("matrix: languages: want a list such as [\"**\"], got %s", describe(globs))
			}
		}
	}
	return langs, ""
}

// langMatches reports whether lang is one of globs: a code, or a glob in
// which * is any text ("**" and "*" every language).
func langMatches(globs []string, lang string) bool {
	for _, g := range globs {
		if g == "**" || g == "*" || strings.EqualFold(g, lang) {
			return true
		}
		if ok, err := path.Match(strings.ToLower(strings.ReplaceAll(g, "**", "*")), strings.ToLower(lang)); err == nil && ok {
			return true
		}
	}
	return false
}

// globRegexp turns a Hugo path glob (/docs/**, /blog/*) into a regexp: *
// is any text within one folder, ** any text.
func globRegexp(glob string) (*regexp.Regexp, error) {
	var b strings.Builder
	b.WriteString("^")
	if !strings.HasPrefix(glob, "/") {
		b.WriteString("/")
	}
	for i := 0; i < len(glob); i++ {
		switch {
		case strings.HasPrefix(glob[i:], "**"):
			b.WriteString(".*")
			i++
		case glob[i] == '*':
			b.WriteString("[^/]*")
		case glob[i] == '?':
			b.WriteString("[^/]")
		default:
			b.WriteString(regexp.QuoteMeta(glob[i : i+1]))
		}
	}
	b.WriteString("/?$")
	return regexp.Compile(b.String())
}

// applies reports whether c is for page p.
func (c *Cascade) applies(p *Page) bool {
	if c.Kind != "" && c.Kind != p.Kind {
		return false
	}
	if c.Lang != "" && c.Lang != p.Lang {
		return false
	}
	if c.Langs != nil && !langMatches(c.Langs, p.Lang) {
		return false
	}
	if c.path != nil {
		return c.path.MatchString("/" + path.Join(p.Dir, p.Base))
	}
	return true
}

// Cascades gives each page the values that the cascades of the home and
// section pages above it (in its language), and its own, set and it does
// not, the nearest first, as Hugo does: a page that takes some is a copy decoded again with
// them (Meta.Inherited says which). prev are the pages of the last call: its
// copy of a page is kept while it takes the same values, so that caches keyed
// by the page stay good.
func Cascades(pages, prev []*Page, cfg *config.Config) ([]*Page, []*Error) {
	lists := listPages(pages)
	if lists == nil {
		return pages, nil
	}
	was := map[*Page]*Page{} // a page as its file says -> its copy of the last call
	for _, p := range prev {
		if p.own != nil {
			was[p.own] = p
		}
	}
	var errs []*Error
	out := make([]*Page, len(pages))
	for i, p := range pages {
		out[i] = p
		inherited, from := lists.inherited(p)
		if len(inherited) == 0 {
			continue
		}
		if c := was[p]; c != nil && reflect.DeepEqual(c.Meta.Inherited, inherited) {
			out[i] = c
			continue
		}
		c, perrs := inherit(p, inherited, from, cfg)
		if len(perrs) > 0 {
			errs = append(errs, perrs...)
			continue
		}
		out[i] = c
	}
	return out, errs
}

// CascadeSaved is Cascades for one page, p as its file says, saved again among
// pages, the site's pages (as Cascades gave them): p takes the values of
// the cascades above it, and its own when it is a list page.
func CascadeSaved(p *Page, pages []*Page, cfg *config.Config) (*Page, []*Error) {
	lists := listPages(pages)
	if p.Kind != KindPage {
		if lists == nil {
			lists = &cascadeLists{places: map[listAt]*Page{}}
		}
		lists.add(p) // its cascade as saved
	}
	inherited, from := lists.inherited(p)
	if len(inherited) == 0 {
		return p, nil
	}
	return inherit(p, inherited, from, cfg)
}

// listAt is where a list page is: its language and folder.
type listAt struct{ lang, dir string }

// cascadeLists are the list pages by place, and the languages that have
// any.
type cascadeLists struct {
	places map[listAt]*Page
	langs  []string
}

// add puts list page p at its place.
func (lists *cascadeLists) add(p *Page) {
	if !slices.Contains(lists.langs, p.Lang) {
		lists.langs = append(lists.langs, p.Lang)
		slices.Sort(lists.langs)
	}
	lists.places[listAt{p.Lang, p.Dir}] = p
}

// listPages returns the list pages of pages by place, or nil when none has
// a cascade.
func listPages(pages []*Page) *cascadeLists {
	lists := &cascadeLists{places: map[listAt]*Page{}}
	given := false
	for _, p := range pages {
		if p.Kind != KindPage {
			lists.add(p)
			given = given || len(p.Meta.Cascade) > 0
		}
	}
	if !given {
		return nil
	}
	return lists
}

// at are the list pages at dir: lang's first, then the other languages'
// whose cascades name languages, by language.
func (lists *cascadeLists) at(lang, dir string) []*Page {
	if lists == nil { // a site without cascades
		return nil
	}
	var out []*Page
	if l := lists.places[listAt{lang, dir}]; l != nil {
		out = append(out, l)
	}
	for _, other := range lists.langs {
		l := lists.places[listAt{other, dir}]
		if other != lang && l != nil && slices.ContainsFunc(l.Meta.Cascade, func(c Cascade) bool { return c.Langs != nil }) {
			out = append(out, l)
		}
	}
	return out
}

// inherited returns the values the cascades above p (and its own, for a list
// page, as in Hugo) set and p does not, the nearest first, and where each
// comes from (file:line).
func (lists *cascadeLists) inherited(p *Page) (inherited map[string]any, from map[string]string) {
	inherited, from = map[string]any{}, map[string]string{}
	for dir := p.Dir; ; dir = path.Dir(dir) {
		if dir == "." {
			dir = ""
		}
		// The page's own language's list first, then the others' whose
		// cascades name languages (target.sites), by language.
		for _, l := range lists.at(p.Lang, dir) {
			for _, c := range l.Meta.Cascade {
				if l.Lang != p.Lang && c.Langs == nil || !c.applies(p) {
					continue
				}
				for _, k := range slices.Sorted(maps.Keys(c.Values)) {
					if _, ok := inherited[k]; ok || hasKey(p.Meta.Params, k) {
						continue
					}
					inherited[k], from[k] = c.Values[k], fmt.Sprintf("%s:%d", l.File, c.Line)
				}
			}
		}
		if dir == "" {
			return inherited, from
		}
	}
}

// CascadeOf is where the cascade that gave m one of keys is (file:line,
// the first key's that it gave), or "" when m's own front matter set them.
func CascadeOf(m *Meta, keys ...string) string {
	for _, key := range keys {
		for k, f := range m.InheritedFrom {
			if strings.EqualFold(k, key) {
				return f
			}
		}
	}
	return ""
}

// hasKey reports whether front matter values has key, in any case.
func hasKey(values map[string]any, key string) bool {
	for k := range values {
		if strings.EqualFold(k, key) {
			return true
		}
	}
	return false
}

// inherit decodes p's front matter again with the values it inherits;
// problems with them are reported at the page, naming the cascade they came
// from.
func inherit(p *Page, inherited map[string]any, from map[string]string, cfg *config.Config) (*Page, []*Error) {
	m := &matter{values: maps.Clone(p.Meta.Params), lines: p.Meta.lines.toMap(), start: p.Meta.start}
	if m.values == nil {
		m.values = map[string]any{}
	}
	for k, v := range inherited {
		m.values[k] = v
		m.lines[k] = max(1, p.Meta.start)
	}
	var t *config.Type
	if p.Kind == KindPage && p.Dir != "" {
		t = cfg.TypeOf(p.Section)
	}
	meta, lerrs, lwarns := decodeMeta(m, t, t != nil, cfg.Taxonomies, cfg.Location, cfg.Years, cfg.HugoOutputFormats, cfg.HugoAddresses)
	note := func(le *lineError) string {
		for k, f := range from {
			if strings.HasPrefix(le.msg, "front matter: "+k+":") || strings.Contains(le.msg, fmt.Sprintf("%q", k)) {
				return le.msg + " (from the cascade at " + f + ")"
			}
		}
		return le.msg
	}
	if len(lerrs) > 0 {
		var errs []*Error
		for _, le := range lerrs {
			errs = append(errs, &Error{File: p.File, Line: le.line, Col: le.col, Msg: note(le)})
		}
		return nil, errs
	}
	meta.Inherited, meta.InheritedFrom = inherited, from
	c := *p
	c.Meta, c.own, c.Warnings = meta, p, slices.Clone(p.fileWarns) // the file's own warnings stay; the front matter's are made again
	c.untitledWarn, c.untitledHome = nil, ""
	c.metaSum = textSum(p.metaSum, fmt.Appendf(nil, "%#v", inherited)) // fmt prints maps in key order
	c.nameTitle(cfg)
	for _, w := range lwarns {
		if _, ok := inherited[strings.Trim(strings.TrimPrefix(w.msg, "front matter: "), `"`)]; ok {
			continue
		}
		c.Warnings = append(c.Warnings, &Error{File: p.File, Line: w.line, Col: w.col, Msg: note(w), Cause: w.cause})
		if w.untitled {
			c.untitledWarn, c.untitledHome = c.Warnings[len(c.Warnings)-1], w.home
		}
	}
	c.dropHomeWarning()
	return &c, nil
}
