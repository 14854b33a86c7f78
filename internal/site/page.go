package site

import (
	"crypto/sha256"
	"html/template"
	"math"
	"path"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/markdown"
	"github.com/vestis-ssg/vestis/internal/photo"
	"github.com/vestis-ssg/vestis/internal/slug"
)

// Kinds of pages.
const (
	KindHome     = "home"
	KindSection  = "section"
	KindPage     = "page"
	KindTaxonomy = "taxonomy"
	KindTerm     = "term"
	Kind404      = "404"
	KindSearch   = "search"
)

// Page is a page of the built site as templates see it. Fields follow
// docs/templates.md; every exported field is part of the template contract.
type Page struct {
	// fmLinks are FrontMatterLinks, found when the page is made.
	fmLinks []markdown.RemovedLink

	// droppedImage is a front matter image left out (unknownImage).
	droppedImage string
	// droppedAliases are the messages of front matter aliases left out
	// (aliasPart): in a Hugo site, one with a #fragment or ?query.
	droppedAliases []string
	Kind           string
	Lang           string
	Section        string
	// File is the source file, site-relative; empty for generated pages.
	File string

	Title, Author, Image string

	Date, Lastmod, PublishDate, ExpiryDate time.Time
	Draft                                  bool
	// Unrendered: build: {render: never}, a page listed in its section
	// without an address of its own (RelPermalink and Permalink are empty).
	// (Beside Draft: two bools in one word keep the struct in 704 bytes.)
	Unrendered bool
	Weight     int
	Slug       string
	Aliases    []string
	// fields are the values of the fields its type declares (Fields); nil
	// in a lean site once it is assembled, which keeps packed instead.
	fields map[string]any
	packed content.FieldValues

	// URLPath is the root-relative path without the base URL's path: /lv/jaunumi/x/.
	URLPath      string
	RelPermalink string
	Permalink    string

	Translations []*Page
	// Pages are a list page's regular pages, those of its subsections too.
	Pages []*Page
	// Sections are a section's subsections: folders below it with an _index file.
	Sections []*Page
	// Parent is the page above in the tree: the (sub)section of a page, the
	// section of a subsection, the taxonomy of a term, the home page of a
	// section or taxonomy; nil for the home page.
	Parent *Page

	// Resources are a bundle's files, copied beside the page's output.
	Resources []Resource
	// Contents are the bundle's Markdown files of the page's language, which
	// are not published: Hugo's resources of kind "page", which shortcodes
	// read among .Resources (their title, params and text).
	Contents []Resource
	// Taxonomy is set on taxonomy and term pages.
	Taxonomy string
	// Term is set on term pages.
	Term *Term
	// FallbackOf is set on a fallback page: the original page whose text it
	// shows in a language the page has no translation in.
	FallbackOf *Page

	// params are the front matter's fields as written (Params); nil in a
	// lean site once it is assembled, where readParams keeps them once read.
	params     map[string]any
	readParams atomic.Pointer[map[string]any]

	key     string
	terms   termSets
	src     *content.Page
	sum     uint64
	sumRest uint64 // sum without Lastmod
	// seenSum caches shortcodePageSum for other pages' shortcodes that read
	// this one (readValue): a list of every page, read by every page, would
	// hash each page once per reader.
	seenSum   atomic.Pointer[[sha256.Size]byte]
	fallbacks []*Page
	// held: a fallback page at the address of a file of its language
	// marked untranslated, which Hugo has as a page of its own (listed
	// among the translations of the original, hugoTranslations).
	held bool
	// description is the front matter's, for pages that are not converted.
	description string
	site        *Site
	// conv is the page's Markdown converted: by Assemble, or on first use
	// (once) in a lazy site.
	conv     atomic.Pointer[conversion]
	once     sync.Once
	convErrs []*content.Error
}

// Fields are the values of the fields the page's type declares (config.Type),
// typed by kind: see content.Meta.Fields. A lean site (Options.ReadParams,
// vestis build) keeps them packed once assembled, and makes a new map on each
// call; Field reads one without making it.
func (p *Page) Fields() map[string]any {
	if p.fields != nil || p.packed == nil {
		return p.fields
	}
	return p.packed.Map()
}

// Field returns the value of the field name of the page's type, as Fields
// holds it.
func (p *Page) Field(name string) (any, bool) {
	if p.fields != nil || p.packed == nil {
		v, ok := p.fields[name]
		return v, ok
	}
	return p.packed.Get(name)
}

// Params are every front matter field of the page as written, by key
// (content.Meta.Params). A lean site (Options.ReadParams, vestis build) drops
// them once assembled, as the default layouts do not read them, and reads
// them from the page's file again when a layout asks, keeping them from then.
func (p *Page) Params() (map[string]any, error) {
	if p.params != nil || p.src == nil || p.site == nil || p.site.readParams == nil {
		return p.params, nil
	}
	if m := p.readParams.Load(); m != nil {
		return *m, nil
	}
	m, err := p.site.paramsOf(p.src)
	if err != nil {
		return nil, err
	}
	p.readParams.Store(&m)
	return m, nil
}

// HasParam reports whether Params holds key, in any letter case, without
// reading them.
func (p *Page) HasParam(key string) bool {
	if p.params != nil || p.src == nil {
		for k := range p.params {
			if strings.EqualFold(k, key) {
				return true
			}
		}
		return false
	}
	return p.src.HasParam(key)
}

// noConversion stands for the conversion of a generated page, or of one that failed.
var noConversion = &conversion{}

// converted returns the page's conversion, converting it first in a lazy site.
func (p *Page) converted() *conversion {
	if c := p.conv.Load(); c != nil {
		return c
	}
	if p.convertOnce() {
		if c := p.conv.Load(); c != nil {
			return c
		}
	}
	return noConversion
}

// convertOnce converts the page in a lazy site, unless that was done; it
// reports whether the site is lazy.
func (p *Page) convertOnce() bool {
	if p.src == nil || p.site == nil || !p.site.lazy {
		return false
	}
	p.once.Do(func() { p.convErrs = p.site.convertPage(p) })
	return true
}

// ConvertErr is, in a lazy site, the error of converting the page's Markdown
// (converted now if nothing asked for it yet), which otherwise only
// ConvertAll reports: one page rendered alone is not shown without its text.
// It is nil in a site that Assemble converted, where Assemble reported it.
func (p *Page) ConvertErr() error {
	if !p.convertOnce() || len(p.convErrs) == 0 {
		return nil
	}
	return content.JoinErrors(p.convErrs)
}

// SourceSize is the length of the page's Markdown body; 0 for pages without a file.
func (p *Page) SourceSize() int {
	if p.src == nil {
		return 0
	}
	return p.src.BodySize()
}

// Content is the page's body as HTML.
func (p *Page) Content() (template.HTML, error) {
	c, err := p.full()
	return c.res.HTML, err
}

// full returns the page's conversion with its HTML and table of contents:
// when ForgetContent dropped them, the content store's, else the page
// converted again (and kept in the store).
func (p *Page) full() (*conversion, error) {
	c := p.converted()
	if !c.forgotten {
		return c, nil
	}
	cache := p.site.cache
	if kept := cache.get(c.key); kept != nil && !kept.forgotten && kept.id == c.id {
		return kept, nil
	}
	body, err := p.site.readBody(p.src)
	if err != nil {
		return noConversion, diag.Wrap(p.src.File, 0, err, "")
	}
	again, errs := p.site.convertBody(p, body)
	if len(errs) > 0 {
		return noConversion, content.JoinErrors(errs)
	}
	if cache != nil {
		whole := *c
		whole.res.HTML, whole.res.TableOfContents, whole.forgotten = again.res.HTML, again.res.TableOfContents, false
		cache.put(&whole)
	}
	return again, nil
}

// ForgetContent lets the page's HTML and table of contents go in a lazy site,
// once the page itself is rendered: they are made again if another output asks.
func (p *Page) ForgetContent() {
	if p.site != nil && p.site.lazy {
		p.forget()
	}
}

// ForgetContents lets every page's HTML and table of contents go from the
// model: a dev server keeps the rendered pages, and a page rendered again
// gets them from the content store (Cache), which keeps them within its
// bound, or converts the page again.
func (s *Site) ForgetContents() {
	for _, p := range s.Pages {
		p.forget()
	}
}

// forget drops the page's HTML and table of contents.
func (p *Page) forget() {
	if old := p.conv.Load(); old != nil && !old.forgotten {
		p.conv.Store(old.shell())
	}
}

// Summary is the page's first paragraph, its summary front matter, or the
// text above <!--more-->, as HTML.
func (p *Page) Summary() template.HTML { return p.converted().res.Summary }

// TableOfContents is a nested list of the page's h2-h4 headings, or empty.
func (p *Page) TableOfContents() (template.HTML, error) {
	c, err := p.full()
	return c.res.TableOfContents, err
}

// WordCount is the number of words of the page's text.
func (p *Page) WordCount() int { return p.converted().res.WordCount }

// ReadingTime is the page's reading time in minutes, at 200 words a minute.
func (p *Page) ReadingTime() int {
	if p.src == nil {
		return 0
	}
	return max(1, int(math.Ceil(float64(p.WordCount())/200)))
}

// frontDescription is the front matter's description (a generated page's
// own), without the summary Description falls back to.
func (p *Page) frontDescription() string {
	if p.src != nil {
		return p.src.Meta.Description
	}
	return p.description
}

// Description is the front matter's description, else the start of the summary as text.
func (p *Page) Description() string {
	if p.src == nil {
		return p.description
	}
	return p.converted().description
}

// Lead is the front matter's description, or "" when it has none: what a
// layout shows above the page's text, which the start of the summary
// (Description) would only repeat.
func (p *Page) Lead() string {
	if p.src != nil && p.src.Meta.Description == "" {
		return ""
	}
	return p.Description()
}

// Photos are the photos the page shows, resized beside it.
func (p *Page) Photos() []Photo { return p.converted().photos }

// FallbackIn returns the fallback page that shows p, or one of its
// translations, in lang, or nil: a page of lv and en whose vi page shows the
// English text has that fallback for the Latvian page too.
func (p *Page) FallbackIn(lang string) *Page {
	for _, f := range p.Fallbacks() {
		if f.Lang == lang {
			return f
		}
	}
	return nil
}

// Fallbacks are the fallback pages that show p or one of its translations
// in other languages, those FallbackIn chooses from.
func (p *Page) Fallbacks() []*Page {
	var all []*Page
	for _, q := range append([]*Page{p}, p.Translations...) {
		all = append(all, q.fallbacks...)
	}
	return all
}

// Resource is a file of a page bundle.
type Resource struct {
	Src  string // site-relative source path
	Name string // file name beside the page output
	// Written is the file's name in its bundle, which differs from Name
	// for a language's own file (photo.de.webp, the German page's
	// photo.webp): a page may name it either way, as Hugo 0.111 reads it.
	Written string
}

// Named reports whether the page's text names r by name (a path below the
// bundle's folder, cleaned).
func (r Resource) Named(name string) bool { return r.Name == name || r.Written == name }

// Photo is a photo a page shows, from its Markdown or its front matter image.
type Photo struct {
	File string // site-relative source
	Set  *photo.Set
	// Cover: the front matter image, for social cards and structured data.
	Cover bool
}

// Cover returns the front matter image's photo, or nil.
func (p *Page) Cover() *Photo {
	photos := p.Photos()
	for i := range photos {
		if photos[i].Cover {
			return &photos[i]
		}
	}
	return nil
}

// Ancestors are the pages above p, nearest first: its sections and the home page.
func (p *Page) Ancestors() []*Page {
	var out []*Page
	for a := p.Parent; a != nil; a = a.Parent {
		out = append(out, a)
	}
	return out
}

// Terms returns the page's terms of taxonomy, or on a taxonomy page all its terms.
func (p *Page) Terms(taxonomy string) []*Term { return p.terms.of(taxonomy) }

// TermNamed is the term of taxonomy that p names as name; nil when none.
func (p *Page) TermNamed(taxonomy, name string) *Term {
	sl := slug.Make(name)
	if p.site != nil {
		sl = p.site.Config.Slug(name)
	}
	for _, t := range p.terms.of(taxonomy) {
		if t.Slug == sl {
			return t
		}
	}
	return nil
}

// ContentFile is the content file the page comes from, nil for generated pages.
func (p *Page) ContentFile() *content.Page { return p.src }

// IsTranslated reports whether the page exists in lang.
func (p *Page) IsTranslated(lang string) bool {
	if p.Lang == lang {
		return true
	}
	for _, t := range p.Translations {
		if t.Lang == lang {
			return true
		}
	}
	return false
}

// Translation returns the page in lang, or nil.
func (p *Page) Translation(lang string) *Page {
	if p.Lang == lang {
		return p
	}
	for _, t := range p.Translations {
		if t.Lang == lang {
			return t
		}
	}
	return nil
}

// Term is one value of a taxonomy in one language.
type Term struct {
	Taxonomy string
	Name     string
	Slug     string
	Page     *Page
	Pages    []*Page
	// written is the name as its pages write it (the first of their spellings
	// in byte order); Name is its translation, if i18n gives one.
	written string
	// rivals: another term of its language names what it names in other
	// languages (linkTerms), and the one more pages name is their translation.
	rivals bool
}

// Count is the number of pages with the term.
func (t *Term) Count() int { return len(t.Pages) }

// RelPermalink is the term page's URL.
func (t *Term) RelPermalink() string { return t.Page.RelPermalink }

// OutputPath is the file a page is written to, relative to the output root.
func (p *Page) OutputPath() string {
	return OutputPath(p.URLPath)
}

// OutputPath turns a URL path into a file path: /lv/x/ -> lv/x/index.html.
func OutputPath(urlPath string) string {
	if urlPath == "" || urlPath[len(urlPath)-1] == '/' {
		return urlPath[min(1, len(urlPath)):] + "index.html"
	}
	return urlPath[1:]
}

// Dir is the folder, as an address, below which p's further outputs go:
// the pages of its list after the first, the redirect from page 1, its
// feeds and calendar. It is p's address when that is a folder (/lv/jaunumi/);
// for a file address (/posts.html, /posts/a.html, as Hugo's uglyURLs make
// them) it is the folder of the file's name (/posts/, /posts/a/), where Hugo
// puts them, so that a list's pages keep the addresses they had.
func (p *Page) Dir() string {
	if strings.HasSuffix(p.URLPath, "/") || p.URLPath == "" {
		return p.URLPath
	}
	return strings.TrimSuffix(p.URLPath, path.Ext(p.URLPath)) + "/"
}

// ResourcePath is the output file of one of p's bundle files: beside a
// regular page's own file (so that a link to route.pdf in a page at
// /posts/trip.html leads to it), in a list page's folder (Dir), where
// its further pages are too.
func (p *Page) ResourcePath(r Resource) string {
	return p.FilesDir() + r.Name
}

// FilesDir is the output folder of p's bundle files, with its slash (""
// for the root): see ResourcePath.
func (p *Page) FilesDir() string {
	if p.Kind != KindPage {
		return strings.TrimPrefix(p.Dir(), "/")
	}
	out := p.OutputPath()
	return out[:strings.LastIndexByte(out, '/')+1]
}

// Type is the content type of the page's section (site.yaml types): the
// generic type when no type declares the section.
func (p *Page) Type() *config.Type {
	if p.site == nil {
		return config.Generic()
	}
	return p.site.Config.TypeOf(p.Section)
}

// Layout is the layout the page's front matter asks for, as Hugo's layout:
// wide asks for wide.html; "" when it names none.
func (p *Page) Layout() string {
	if p.src == nil {
		return ""
	}
	return p.src.Meta.Layout
}

// LayoutType is the folder of layouts/ the page's front matter says to look
// in first, in place of its section's, as Hugo's type: docs; "" when none.
func (p *Page) LayoutType() string {
	if p.src == nil {
		return ""
	}
	return p.src.Meta.LayoutType
}
