package render

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/locale"
	"github.com/vestis-ssg/vestis/internal/markdown"
	"github.com/vestis-ssg/vestis/internal/site"
	"github.com/vestis-ssg/vestis/internal/typecheck"
)

// View is what a layout receives as dot; see docs/templates.md.
type View struct {
	// Page first: a layout's .Title is most often meant for .Page.Title,
	// which typecheck's hints name in this order.
	Page          *site.Page
	Site          *site.Site
	Lang          *config.Language
	Pages         []*site.Page
	Paginator     *Paginator
	Terms         []*site.Term
	Menu          []MenuItem
	LanguageLinks []LanguageLink
	Alternates    []Alternate
	Feeds         []FeedLink
	Canonical     string

	env *Env
	// deps records the sections the layout asked for, for Cache.
	deps []dep
	// names are what the page's layout can read (nil: anything), and
	// layoutSum what it is made of (layout.sum), for Cache.
	names     *names
	layoutSum uint64
	// fields are Fields, made on the first call.
	fields struct {
		made  bool
		views []FieldView
		err   error
	}
}

// Env is what views need besides the site: messages and Markdown.
type Env struct {
	Locale   *locale.Locale
	Markdown *markdown.Converter
	// Finish, when set, turns a rendered page into its final bytes (the build
	// minifies there), so that only the final bytes are kept. compact says
	// that body is minified already (Output.Compact).
	Finish func(path string, body []byte, compact bool) ([]byte, error)
	// Metrics, when set, collects the time spent in each layout.
	Metrics *Metrics
	// DataSum changes with any file of the data folder (sitedata.Data.Sum),
	// which layouts read as .Site.Data.
	DataSum string

	navs navs // an Env serves one pass over one model
}

// navs keeps the navigation of a pass's pages: the menu and the feeds'
// links are the same for every page of one language, kind and section, and
// making them for every page was a quarter of a 10k rebuild's views.
type navs struct {
	mu sync.Mutex
	m  map[navKey]nav
}

type navKey struct{ lang, kind, section string }

type nav struct {
	menu  []MenuItem
	feeds []FeedLink
}

// of returns p's navigation, shared with the pages of its kind: layouts
// only read it.
func (n *navs) of(s *site.Site, p *site.Page) nav {
	k := navKey{p.Lang, p.Kind, p.Section}
	n.mu.Lock()
	defer n.mu.Unlock()
	v, ok := n.m[k]
	if !ok {
		v = nav{menu(s, p), feedLinks(s, p)}
		if n.m == nil {
			n.m = map[navKey]nav{}
		}
		n.m[k] = v
	}
	return v
}

func (e *Env) finish(path string, body []byte, compact bool) ([]byte, error) {
	if e.Finish == nil {
		return bytes.Clone(body), nil
	}
	return e.Finish(path, body, compact)
}

// MenuItem is an entry of the main navigation.
type MenuItem struct {
	// Section is the section key, empty for the home page.
	Section string
	Title   string
	URL     string
	Active  bool
}

// LanguageLink is an entry of the language switcher.
type LanguageLink struct {
	Code, Name, URL string
	// Tag is the language's tag, for lang and hreflang (Code is its key).
	Tag     string
	Current bool
	// Missing: the page has no translation in this language; URL is its home.
	Missing bool
	// Untranslated: URL is a fallback page, in this language's chrome with
	// another language's text.
	Untranslated bool
}

// Alternate is a hreflang link.
type Alternate struct {
	HrefLang, URL string
}

// Paginator is one page of a paginated list.
type Paginator struct {
	PageNumber, TotalPages int
	PrevURL, NextURL       string
	First, Last            string
}

// HasPrev reports whether there is a previous page.
func (p *Paginator) HasPrev() bool { return p.PrevURL != "" }

// HasNext reports whether there is a next page.
func (p *Paginator) HasNext() bool { return p.NextURL != "" }

// T returns the message key in the page's language. An int argument is the
// plural count; a map adds template data.
func (v *View) T(key string, args ...any) (string, error) {
	var count any
	var data map[string]any
	for _, a := range args {
		switch a := a.(type) {
		case int, int64, float64, string:
			count = a
		case map[string]any:
			data = a
		default:
			return "", fmt.Errorf("T %q: unexpected argument %v (%T)", key, a, a)
		}
	}
	return v.env.Locale.T(v.Lang.Code, key, count, data)
}

// TH is T for text, as HTML: the message, in a span that names its
// language (and its direction, when that differs from the page's) when
// another language's message stands in for the page's: an English
// "Skip to content" on an Arabic page is <span lang="en" dir="ltr">. In an
// attribute or a <title>, html/template keeps only the text.
func (v *View) TH(key string, args ...any) (template.HTML, error) {
	s, err := v.T(key, args...)
	if err != nil {
		return "", err
	}
	return v.marked(s, v.env.Locale.Source(v.Lang.Code, key)), nil
}

// marked is text as HTML, in a span naming src, its language, when that is
// not the page's (and its direction, when that differs from the page's).
func (v *View) marked(s, src string) template.HTML {
	text := template.HTMLEscapeString(s)
	if base(src) == base(v.Lang.Code) {
		return template.HTML(text)
	}
	attrs := ` lang="` + template.HTMLEscapeString(src) + `"`
	if rtl := config.RightToLeft(src); rtl != v.Lang.RTL {
		attrs += map[bool]string{true: ` dir="rtl"`, false: ` dir="ltr"`}[rtl]
	}
	return template.HTML("<span" + attrs + ">" + text + "</span>")
}

// DateH is Date for text, as HTML: a date written by another language's
// messages (the theme's English on a Persian page) comes in a span that
// names that language and its direction, as TH's messages do, so that
// "30 October 2024" keeps its order on a right-to-left page.
func (v *View) DateH(date any, form string) (template.HTML, error) {
	s, err := v.Date(date, form)
	if err != nil || s == "" {
		return template.HTML(template.HTMLEscapeString(s)), err
	}
	id := form
	switch d := date.(type) {
	case config.PartialDate:
		if d.Year {
			return template.HTML(template.HTMLEscapeString(s)), nil // a number
		}
		id = "dateMonth"
	default:
		switch form {
		case locale.Long, "":
			id = "dateLong"
		case locale.Short:
			id = "dateShort"
		}
	}
	return v.marked(s, v.env.Locale.Source(v.Lang.Code, id)), nil
}

// base is a language code's language, without region or script: en of en-us.
func base(code string) string {
	for i := 0; i < len(code); i++ {
		if code[i] == '-' || code[i] == '_' {
			return strings.ToLower(code[:i])
		}
	}
	return strings.ToLower(code)
}

// Date formats a date in the page's language; form is "long" or "short". A
// partial date (a month or a year of a field) is shown as precisely as it
// was written: the month with the message dateMonth, a year as it is.
func (v *View) Date(date any, form string) (string, error) {
	switch d := date.(type) {
	case time.Time:
		return v.env.Locale.FormatDate(v.Lang.Code, d, form)
	case config.PartialDate:
		if d.Year {
			return d.String(), nil
		}
		return v.env.Locale.FormatDate(v.Lang.Code, d.Start, "dateMonth")
	}
	return "", fmt.Errorf("Date: %v (%T) is not a date", date, date)
}

// ISODate formats a date for <time datetime>: 2006-01-02, or 2006-01 and
// 2006 for a partial date.
func (v *View) ISODate(date any) string {
	switch d := date.(type) {
	case time.Time:
		if d.IsZero() {
			return ""
		}
		return d.Format("2006-01-02")
	case config.PartialDate:
		return d.String()
	}
	return ""
}

// HeadTitle is the text of the page's <title>: the language's site title,
// after the page's title ("Page · Site") unless the page is the home page.
// The default theme's head asks for it once, where the same choice written
// as template actions ran seven of them on every page.
func (v *View) HeadTitle() (string, error) {
	p := v.Page
	switch {
	case p.Kind == site.KindHome:
		return v.Lang.Title, nil
	case p.Kind == site.Kind404:
		t, err := v.T("notFoundTitle")
		if err != nil {
			return "", err
		}
		return t + " · " + v.Lang.Title, nil
	case p.Title == "":
		return v.Lang.Title, nil
	}
	return p.Title + " · " + v.Lang.Title, nil
}

// RelURL is the root-relative URL of a path under the site root.
func (v *View) RelURL(p string) string { return v.Site.RelURL(p) }

// Origin is the scheme and host of the site's base URL
// ("https://example.org"), which the print stylesheet writes before the
// root-relative links of a page so that a printed link can be typed in;
// empty when the base URL is not absolute.
func (v *View) Origin() string {
	u, err := url.Parse(v.Site.BaseURL)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return ""
	}
	return u.Scheme + "://" + u.Host
}

// AbsURL is the absolute URL of a path under the site root.
func (v *View) AbsURL(p string) string { return v.Site.AbsURL(p) }

// Section lists the regular pages of a section in the page's language.
func (v *View) Section(key string) []*site.Page {
	v.dependOn(key, allPages)
	return v.Site.SectionPages(v.Lang.Code, key)
}

// dep is a section a layout asked for: its list page, and all its pages or
// the first of them (HomeBlocks shows the latest few of a section; a link
// to the section's list reads none).
type dep struct {
	key   string
	first int // the pages read from the start of the list, or allPages
}

// allPages is a dep's first when a layout read every page of the section.
const allPages = -1

// dependOn records that the layout read section key's list page and its
// first pages (every page: allPages).
func (v *View) dependOn(key string, first int) {
	for i, d := range v.deps {
		if d.key == key {
			if d.first != allPages && (first == allPages || first > d.first) {
				v.deps[i].first = first
			}
			return
		}
	}
	v.deps = append(v.deps, dep{key, first})
}

// SectionPage is the list page of a section in the page's language, or nil.
// A template that reads the Pages of a page it did not get as the view's
// reads everything (names.chain), so the pages of the section are not among
// what it depends on.
func (v *View) SectionPage(key string) *site.Page {
	v.dependOn(key, 0)
	return v.sectionPage(key)
}

// sectionPage is SectionPage without recording the read.
func (v *View) sectionPage(key string) *site.Page {
	for _, p := range v.Site.Tree(v.Lang.Code).Sections {
		if p.Section == key {
			return p
		}
	}
	return nil
}

// TaxonomyPage is the page listing the terms of taxonomy in the page's
// language (all tags), or nil.
func (v *View) TaxonomyPage(taxonomy string) *site.Page {
	for _, p := range v.Site.Tree(v.Lang.Code).Taxonomies {
		if p.Taxonomy == taxonomy {
			return p
		}
	}
	return nil
}

// Breadcrumbs are the pages above a page inside a subsection, from the home
// page down to its parent; nil when the page is at most one section deep,
// where the menu says where it is.
func (v *View) Breadcrumbs() []*site.Page {
	trail := v.Page.Ancestors()
	sections := 0
	for _, p := range append([]*site.Page{v.Page}, trail...) {
		if p.Kind == site.KindSection {
			sections++
		}
	}
	if sections < 2 {
		return nil
	}
	slices.Reverse(trail)
	return trail
}

// Markdownify renders a short Markdown text, within the site's timeout.
func (v *View) Markdownify(s string) (template.HTML, error) {
	return v.env.Markdown.InlineWithin(cmp.Or(v.Site.Config.Timeout, config.DefaultTimeout), s)
}

// viewType is the type of the value every layout runs on.
var viewType = reflect.TypeFor[*View]()

// viewNames say what the values layouts meet are, in the words of
// messages about their fields (typecheck).
var viewNames = typecheck.Names{
	viewType:                            "a layout's . (which holds .Page, .Site, .Pages and more)",
	reflect.TypeFor[*site.Page]():       "a page",
	reflect.TypeFor[*site.Site]():       "the site",
	reflect.TypeFor[*site.Term]():       "a term",
	reflect.TypeFor[*config.Language](): "a language",
	reflect.TypeFor[MenuItem]():         "a menu item",
	reflect.TypeFor[*MenuItem]():        "a menu item",
	reflect.TypeFor[FieldView]():        "a field",
	reflect.TypeFor[time.Time]():        "a date",
}
