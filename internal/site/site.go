// Package site assembles the model of a built site from config and content:
// languages x sections x pages, translations, taxonomies, URLs, publication
// filtering with an injected time, and URL collisions.
package site

import (
	"cmp"
	"errors"
	"fmt"
	"hash/maphash"
	"html/template"
	"io/fs"
	"maps"
	neturl "net/url"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"golang.org/x/text/unicode/norm"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/htmltext"
	"github.com/vestis-ssg/vestis/internal/markdown"
	"github.com/vestis-ssg/vestis/internal/parallel"
	"github.com/vestis-ssg/vestis/internal/photo"
	"github.com/vestis-ssg/vestis/internal/shortcode"
)

// Site is the assembled model of a site.
type Site struct {
	Title           string
	BaseURL         string
	DefaultLanguage string
	Languages       []config.Language
	Params          map[string]any
	// Data are the values of the data folder's files (Hugo's .Site.Data).
	Data map[string]any

	Config *config.Config
	// Pages holds every page of every language, sorted by URL.
	Pages []*Page
	// NotBuilt are the content pages left out, in file order.
	NotBuilt []NotBuilt
	trees    map[string]*Tree
	// shortcodeLangs are the languages as shortcodes see them, one value each.
	shortcodeLangs []*ShortcodeLanguage
	claims         *Claims
	// warnings are mistakes of the content that the model mends, such as an
	// alias left out (Warnings).
	warnings diag.List
	// warned and reading count the pages whose conversion has shortcode
	// warnings (ShortcodesWarned) and whose shortcodes read pages or files
	// (readByOthers), as pages take conversions (useConversion).
	warned, reading atomic.Int64
	// largest is the page with the largest Markdown body and its size
	// (LargestSource), found when the pages are collected and kept by Patch.
	largest     *Page
	largestSize int

	cache        *Cache
	fallbackSeed maphash.Seed
	// sectionDirs are the folders with a section's file (_index), by
	// language and folder ("en\x00docs/api"), when a permalink pattern
	// names :sections: Hugo's sections below the top are those folders.
	sectionDirs map[string]bool
	md          *markdown.Converter
	// byFile and excluded resolve links: published pages by source file, and the
	// files left out as drafts, future or expired.
	byFile map[string]*Page
	// unrendered are the content files of pages with build: {render:
	// never}; Unrendered those of them whose bundle files are published.
	unrendered map[string]*Page
	// samePages maps the file of a page left out as another file's page
	// at the same address (samePage) to that file, for links to it.
	samePages map[string]string
	// yielded are the pages not written because another has their address:
	// a list page (yieldToLists) or a translation (yieldTranslations).
	yielded    map[*Page]bool
	Unrendered []*Page
	// listedUnrendered are the pages with build: {render: never} that
	// lists show: converted for their summaries, but not rendered.
	listedUnrendered []*Page
	// byURL maps addresses (URLPath) and aliases to pages, for links written
	// as addresses (resolvePath).
	byURL map[string]*Page
	// bundles are the bundles with files of each translation group, which
	// lend their files to translations in other folders (bundlesByKey).
	bundles map[string][]*content.Page
	// footer maps the content path of a footer link's page to its pages by language.
	footer   map[string]map[string]*Page
	excluded map[string]bool
	// folders are the folders that hold content files, and those above
	// them, for the links into a folder that has none (goneFolder).
	folders  map[string]bool
	photo    func(file string) (*photo.Set, error)
	readBody func(*content.Page) ([]byte, error)
	lazy     bool
	// readParams reads a page's front matter map again (Options.ReadParams).
	readParams func(*content.Page) (map[string]any, error)
	// checkFile and resources decide whether an image a page names is published.
	checkFile func(file string) error
	// now is the build's time (Options.Now), which shortcodes read as Hugo's now.
	now       time.Time
	readDir   func(dir string) ([]fs.DirEntry, error)
	readFile  func(name string) ([]byte, error)
	getenv    func(name string) string
	dataSum   string
	resources map[string]string   // output paths of every page's bundle files and Options.Copied: their sources
	published map[string][]string // the sources of resources -> their output paths, sorted (besideFile)
	listFiles map[string]string   // output paths of Options.Copied beside a list page's _index file -> beside the page (CopiedPath)
	// held says why a page with some front matter would not be built (Options.Held).
	held func(*content.Meta) string
	// label names terms from messages (Options.Label), for a term a save
	// makes (newTerm).
	label func(lang, id string) (string, bool)
	// shortcodes run the shortcodes of page bodies (Options.Shortcodes).
	shortcodes *Shortcodes
	// placeholders are the regular pages marked untranslated, by key then
	// language: their language gets a fallback page whatever
	// translations.fallback says.
	placeholders map[string]map[string]*content.Page
	// fallbackTaken are the addresses a fallback page was not made at
	// because they were taken (addFallbacks): a page that leaves one makes
	// room for it, which Leave and Join do not do.
	fallbackTaken map[string]bool
}

// Tree is one language's part of the site.
type Tree struct {
	Lang *config.Language
	Home *Page
	// homeTaken: the home page has no file, and a section page's url is its
	// address (a blog's posts as its home page); the section is written
	// there, the home page is not, as in Hugo.
	homeTaken bool
	Sections  []*Page // by weight, then title
	// subsections are the section pages of folders below a section's, each
	// listing the pages below its folder.
	subsections []*Page
	Taxonomies  []*Page // taxonomy pages, in site.yaml order
	NotFound    *Page
	Search      *Page
	sections    map[string][]*Page
	fallbacks   []*Page // fallback pages
	// unlisted are the regular pages in no list (build: {list: never}).
	unlisted []*Page
	// unrendered are the regular pages listed but not rendered (build:
	// {render: never}): in their section's lists, without an address.
	unrendered []*Page
	// unrenderedSections are the sections whose _index has build:
	// {render: never}: no page is made for them, and their pages' parent
	// is the home page.
	unrenderedSections map[string]bool
	// listed: the fallback pages are in sections too.
	listed bool
	// taxFiles are the pages of _index files that give a taxonomy page
	// (content/tags/_index.md, key "tags") or a term (content/tags/riga/,
	// key "tags/riga") its title, text and fields, as in Hugo.
	taxFiles map[string]*Page
}

// Tree returns the tree of lang.
func (s *Site) Tree(lang string) *Tree { return s.trees[lang] }

// SectionPages returns the regular pages of section key in lang, in list order.
func (s *Site) SectionPages(lang, key string) []*Page {
	if t := s.trees[lang]; t != nil {
		return t.sections[key]
	}
	return nil
}

// Options select what is published.
type Options struct {
	Drafts, Future, Expired bool
	// Now decides what is future or expired.
	Now time.Time
	// Label names sections, taxonomies and terms per language from messages
	// (section.news, taxonomy.tags, term.tags.KEY); may be nil.
	Label func(lang, id string) (string, bool)
	// Cache, when set, is the content store: it keeps Markdown conversions
	// for the next assembly and for pages rendered again.
	Cache *Cache
	// Lazy converts each page's Markdown when it is first asked for, not in
	// Assemble; conversion errors then come from ConvertAll. A build that
	// writes each page as it renders it holds only the HTML in use this way.
	Lazy bool
	// ReadBody reads a content page's Markdown when its Body is nil.
	ReadBody func(*content.Page) ([]byte, error)
	// ReadParams, when set, reads a content page's front matter map
	// (content.ReadParams): the site then drops every page's map once it is
	// assembled and reads it again when asked (Page.Params). For a build
	// that renders each page once and keeps no model (vestis build), where
	// the maps were a third of what it held.
	ReadParams func(*content.Page) (map[string]any, error)
	// Photo inspects a photo of the site (a site-relative path such as
	// content/news/x/photo.jpg or static/img/a.jpg); nil leaves images as written.
	Photo func(file string) (*photo.Set, error)
	// CheckFile reports why a site file (static/img/a.svg) cannot be published
	// as it is: fs.ErrNotExist when it is not there. nil leaves images that are
	// not a bundle's files unchecked.
	CheckFile func(file string) error
	// ReadDir lists a folder of the site, for shortcodes (Hugo's readDir).
	ReadDir func(dir string) ([]fs.DirEntry, error)
	// Data are the values of the data folder's files, and DataSum changes
	// with any of them (sitedata.Data).
	Data    map[string]any
	DataSum string
	// ReadFile reads a file of the site, for shortcodes (Hugo's readFile):
	// fs.ErrNotExist when there is none.
	ReadFile func(name string) ([]byte, error)
	// Getenv reads the machine's environment variable name, for the
	// shortcodes' getenv of a variable site.yaml's getenv allows; nil is
	// an environment with none.
	Getenv func(name string) string
	// Copied are the files published as they are (static/, and the files of
	// the content folders that belong to no page), by output path: their
	// sources. A page may show one by its address.
	Copied map[string]string
	// Shortcodes runs the shortcodes of page bodies; nil leaves them as text.
	Shortcodes *Shortcodes
}

func (o Options) label(lang, id, fallback string) string {
	if o.Label != nil {
		if s, ok := o.Label(lang, id); ok {
			return s
		}
	}
	return fallback
}

// Reasons a content page is not built.
const (
	Draft   = "draft"
	Future  = "future"  // publishDate (or date) is still to come
	Expired = "expired" // expiryDate has passed
)

// Held returns why a page with meta is not built under o, or "".
func (o Options) Held(m *content.Meta) string {
	switch {
	case m.Draft && !o.Drafts:
		return Draft
	case !o.Future && !m.PublishDate.IsZero() && m.PublishDate.After(o.Now):
		return Future
	case !o.Expired && !m.ExpiryDate.IsZero() && !m.ExpiryDate.After(o.Now):
		return Expired
	}
	return ""
}

// NotBuilt is a content page left out of the site: a draft, or one outside its
// publication dates.
type NotBuilt struct {
	File, Lang string
	Reason     string    // Draft, Future or Expired
	Date       time.Time // the publication date of a Future page
	// From is where the cascade is that left the page out (file:line), ""
	// when its own front matter did.
	From string
}

// notBuilt is the NotBuilt of cp, left out for reason.
func notBuilt(cp *content.Page, reason string) NotBuilt {
	keys := map[string][]string{Draft: {"draft"}, Future: {"publishDate", "pubDate", "date"}, Expired: {"expiryDate", "unpublishDate"}}[reason]
	return NotBuilt{File: cp.File, Lang: cp.Lang, Reason: reason, Date: cp.Meta.PublishDate, From: content.CascadeOf(&cp.Meta, keys...)}
}

// NeverRendered reports whether the content file file is of a page that has
// no page of its own (build: {render: never}, _build, headless), and where
// the cascade is that said so (file:line), "" when its own front matter did.
func (s *Site) NeverRendered(file string) (from string, ok bool) {
	p := s.unrendered[file]
	if p == nil || p.src == nil {
		return "", false
	}
	return content.CascadeOf(&p.src.Meta, "build", "_build", "headless"), true
}

// NeverRenderedFiles are the content files of the pages NeverRendered
// reports, sorted.
func (s *Site) NeverRenderedFiles() []string {
	return slices.Sorted(maps.Keys(s.unrendered))
}

// errorList collects content errors.
type errorList []*content.Error

func (l *errorList) add(file string, line int, format string, args ...any) {
	*l = append(*l, &content.Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// addAt adds an error at a line and column (in characters, from 1).
func (l *errorList) addAt(file string, line, col int, format string, args ...any) {
	*l = append(*l, &content.Error{File: file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

// addGrouped adds an error whose cause, when not "", it shares with others
// (see diag.Grouped); item names this one of them.
func (l *errorList) addGrouped(file string, line int, msg, cause, item string) {
	*l = append(*l, &content.Error{File: file, Line: line, Msg: msg, Cause: cause, Item: item})
}

// addCause adds an error whose message says cause in the user's terms.
func (l *errorList) addCause(file string, line int, cause error, format string, args ...any) {
	*l = append(*l, &content.Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...), Err: cause})
}

// Assemble builds the site model. It converts Markdown (in parallel) and resolves
// links between pages. All content errors are returned together.
func Assemble(cfg *config.Config, pages []*content.Page, md *markdown.Converter, opts Options) (*Site, error) {
	s := &Site{
		Title:           cfg.Title,
		BaseURL:         cfg.BaseURL,
		DefaultLanguage: cfg.DefaultLanguage,
		Languages:       cfg.Languages,
		Params:          cfg.Params,
		Config:          cfg,
		trees:           map[string]*Tree{},
		shortcodeLangs:  newShortcodeLanguages(cfg.Languages),
		cache:           opts.Cache,
		fallbackSeed:    maphash.MakeSeed(),
		checkFile:       opts.CheckFile, // before newPage: frontImage reads static/
		readBody:        opts.ReadBody,  // before collectPages: yieldTranslations reads bodies
		now:             opts.Now,
	}
	if s.cache != nil {
		s.cache.startSlugs(cfg)
		s.cache.startTexts()
	}
	var errs errorList
	byFile := map[string]*Page{}
	excluded := map[string]bool{}
	for i := range cfg.Languages {
		s.trees[cfg.Languages[i].Code] = &Tree{Lang: &cfg.Languages[i], sections: map[string][]*Page{}}
	}

	for _, patterns := range allPermalinks(cfg) {
		if slices.ContainsFunc(patterns, func(p string) bool { return strings.Contains(p, ":sections") }) {
			s.sectionDirs = map[string]bool{}
			for _, cp := range pages {
				if cp.Kind == content.KindSection {
					s.sectionDirs[cp.Lang+"\x00"+cp.Dir] = true
				}
			}
			break
		}
	}
	s.bundles = bundlesByKey(pages, cfg, opts.Held)
	made := make([]*Page, len(pages))
	held := make([]string, len(pages))
	urlErrs := make([]*content.Error, len(pages))
	parallel.For(len(pages), func(_, i int) {
		cp := pages[i]
		if isPlaceholder(cp) {
			return
		}
		if held[i] = opts.Held(&cp.Meta); held[i] == "" {
			made[i] = s.newPage(cp)
			urlErrs[i] = s.setURL(made[i], cp)
		}
	})
	for _, p := range made {
		if p != nil && p.droppedImage != "" {
			s.warnings = append(s.warnings, diag.Warnf(p.File, p.src.Meta.Line("image"),
				"front matter: image %q is no file beside the page nor in static/; the site's Hugo layouts found it in a folder of their own, which vestis does not know, so the page has no cover photo; write its address from the site's root (as in /images/%s) to show it", p.droppedImage, p.droppedImage))
		}
		if p != nil {
			s.warnings = append(s.warnings, s.wordlessTerms(p)...)
			for _, msg := range p.droppedAliases {
				s.warnings = append(s.warnings, diag.Warnf(p.File, p.src.Meta.Line("aliases"), "front matter: aliases: %s", msg))
			}
		}
	}
	same := s.samePage(pages, made, urlErrs)
	var regular []*Page
	optIn := false // a page or section asks for fallback pages
	s.unrendered = map[string]*Page{}
	for i, cp := range pages {
		p := made[i]
		if w, ok := same[i]; ok {
			if s.samePages == nil {
				s.samePages = map[string]string{}
			}
			s.samePages[cp.File] = pages[w].File
			continue
		}
		switch {
		case isPlaceholder(cp) && held[i] == "":
			key := groupKey(cp)
			if s.placeholders == nil {
				s.placeholders = map[string]map[string]*content.Page{}
			}
			if s.placeholders[key] == nil {
				s.placeholders[key] = map[string]*content.Page{}
			}
			s.placeholders[key][cp.Lang] = cp
			continue
		case p == nil:
			excluded[cp.File] = true
			s.NotBuilt = append(s.NotBuilt, notBuilt(cp, held[i]))
			continue
		case urlErrs[i] != nil:
			errs = append(errs, urlErrs[i])
			continue
		}
		if cp.Meta.Build.Render == "never" {
			// Hugo's build: {render: never}: no address, in no list; its
			// bundle's files are published unless publishResources is false.
			s.unrendered[cp.File] = p
			if cp.Meta.Build.PublishResources && len(p.Resources) > 0 {
				s.Unrendered = append(s.Unrendered, p)
			}
			if p.Kind == KindSection && cp.Dir == cp.Section {
				// Hugo's section exists for its pages, which keep their
				// addresses, but has no page: none is made in its place.
				t := s.trees[p.Lang]
				if t.unrenderedSections == nil {
					t.unrenderedSections = map[string]bool{}
				}
				t.unrenderedSections[cp.Section] = true
			}
			if p.Kind == KindPage && cp.Meta.Build.List != "never" {
				// Hugo lists it in its section, without an address.
				t := s.trees[p.Lang]
				t.unrendered = append(t.unrendered, p)
			}
			continue
		}
		optIn = optIn || cp.Meta.Fallback
		byFile[cp.File] = p
		tree := s.trees[p.Lang]
		switch {
		case p.Kind == KindPage && cp.Meta.Build.List == "never":
			tree.unlisted = append(tree.unlisted, p)
			continue
		}
		switch p.Kind {
		case KindHome:
			if tree.Home != nil { // _index.md and _index.html, or index.md
				errs = append(errs, &content.Error{File: cp.File, Msg: fmt.Sprintf("is the %s home page, and so is %s; keep one", p.Lang, tree.Home.File)})
				continue
			}
			tree.Home = p
		case KindSection:
			if key, ok := s.taxonomyKey(cp); ok {
				if tree.taxFiles == nil {
					tree.taxFiles = map[string]*Page{}
				}
				tree.taxFiles[key] = p
				continue
			}
			if cp.Dir == cp.Section {
				tree.Sections = append(tree.Sections, p)
			} else {
				tree.subsections = append(tree.subsections, p)
			}
		default:
			regular = append(regular, p)
			tree.sections[p.Section] = append(tree.sections[p.Section], p)
		}
	}
	s.addGenerated(opts)
	s.addTaxonomies(opts)
	s.linkTerms()
	dups := s.linkTranslations()
	if cfg.Translations.Fallback || len(s.placeholders) > 0 || optIn {
		s.addFallbacks(byFile)
	}
	langs := cfg.LanguageCodes()
	parallel.For(len(langs), func(_, i int) { // trees share no pages
		t := s.trees[langs[i]]
		for key, list := range t.sections {
			sortPages(cfg.TypeOf(key), list)
		}
		slices.SortStableFunc(t.Sections, func(a, b *Page) int {
			return cmp.Or(cmp.Compare(a.Weight, b.Weight), strings.Compare(a.Title, b.Title))
		})
		for _, sec := range t.Sections {
			sec.Pages = t.sections[sec.Section]
			sec.Parent = t.Home
			for _, p := range sec.Pages {
				p.Parent = sec
			}
			for _, p := range t.unlisted {
				if p.Section == sec.Section {
					p.Parent = sec
				}
			}
		}
		t.nest()
		t.listUnrendered(cfg)
		for _, tax := range t.Taxonomies {
			tax.Parent = t.Home
			for _, term := range tax.terms.of(tax.Taxonomy) {
				term.Page.Parent = tax
			}
		}
		var all []*Page
		for _, list := range t.sections {
			for _, p := range list {
				if p.src == nil || p.src.Meta.Build.List != "local" { // local: in its section's list only
					all = append(all, p)
				}
			}
		}
		sortPages(config.Generic(), all)
		t.Home.Pages = all
	})

	s.collectPages()
	setListLastmod(s.Pages)
	s.resolveAliases()
	s.claimPages()
	s.md, s.byFile, s.excluded, s.photo, s.readBody, s.lazy = md, byFile, excluded, opts.Photo, opts.ReadBody, opts.Lazy
	s.folders = contentFolders(pages)
	s.byURL = byURLPath(s.Pages)
	s.listFiles = listFileMoves(s.Pages, opts.Copied, cfg)
	copied := opts.Copied
	if len(s.listFiles) > 0 {
		copied = make(map[string]string, len(opts.Copied))
		for out, src := range opts.Copied {
			copied[s.CopiedPath(out)] = src
		}
	}
	s.checkFile, s.resources, s.held, s.label = opts.CheckFile, resourcePaths(slices.Concat(s.Pages, s.Unrendered), copied), opts.Held, opts.Label
	s.published = publishedPaths(s.resources)
	s.shortcodes, s.readDir, s.readFile, s.getenv = opts.Shortcodes, opts.ReadDir, opts.ReadFile, opts.Getenv
	s.Data, s.dataSum = opts.Data, opts.DataSum
	s.footer = s.footerPages()
	for _, l := range cfg.Footer {
		if l.Page != "" && s.footer[l.Page] == nil {
			errs = append(errs, &content.Error{File: "site.yaml", Line: l.Line,
				Msg: fmt.Sprintf("footer: no page %s; write content/%s.LANG.md (or a bundle content/%s/index.LANG.md)", l.Page, l.Page, l.Page)})
		}
	}
	errs = append(errs, s.unknownSections()...)
	if !s.lazy {
		if s.cache != nil {
			s.cache.store.StartPass()
		}
		errs = append(errs, s.convert()...)
		if s.cache != nil {
			s.cache.store.RetireUnused() // pages gone or changed: kept a while, for a file restored
		}
	}
	for _, p := range s.Pages {
		if p.src == nil {
			s.setSum(p, 0)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(content.JoinErrors(errs), dups.Sort().Err(), s.claims.Err())
	}
	if err := errors.Join(dups.Sort().Err(), s.claims.Err()); err != nil {
		return nil, err
	}
	if opts.ReadParams != nil {
		s.readParams = opts.ReadParams
		keys := map[string][]string{}
		for _, cp := range pages {
			cp.DropParams(keys)
		}
		// The keys that grouped translations, terms and aliases are only
		// read while the site is assembled (and patched, which a lean
		// site never is): a string of its own for each page.
		for _, p := range s.Pages {
			p.params, p.key = nil, ""
		}
		for _, p := range s.Unrendered {
			p.params, p.key = nil, ""
		}
		packFields(s.Pages, s.Unrendered)
	}
	return s, nil
}

// packFields keeps the typed fields of every page packed (Page.Fields), in a
// lean site once it is assembled: their maps were a tenth of what a build of
// 100,000 pages kept. Pages that share a map (a fallback page and its
// original) share its packed fields.
func packFields(lists ...[]*Page) {
	type packing struct {
		fields map[string]any // kept, so that no other map takes its address
		packed content.FieldValues
	}
	done := map[uintptr]packing{}
	for _, l := range lists {
		for _, p := range l {
			if p.fields == nil {
				continue
			}
			id := reflect.ValueOf(p.fields).Pointer()
			k, ok := done[id]
			if !ok {
				k = packing{p.fields, content.PackFields(p.fields)}
				done[id] = k
			}
			p.packed, p.fields = k.packed, nil
		}
	}
}

// paramsOf reads the front matter map of cp again, in a lean site.
func (s *Site) paramsOf(cp *content.Page) (map[string]any, error) {
	m, err := s.readParams(cp)
	if err != nil {
		return nil, diag.Wrap(cp.File, 0, err, "")
	}
	return m, nil
}

// extendedOf is the extended syntax of p's text (markdown.Extended): the
// site's, with the parts p's front matter turns on or off (ruby: false,
// fontawesome: true), as the LoveIt themes merge a page's params over the
// site's params.page. A site without it has none on any page.
func (s *Site) extendedOf(p *Page) markdown.Extended {
	ext := s.md.Extended()
	if !ext.Any() {
		return ext
	}
	for _, part := range []struct {
		name string
		on   *bool
	}{{"ruby", &ext.Ruby}, {"fraction", &ext.Fraction}, {"fontawesome", &ext.Fontawesome}} {
		if !p.HasParam(part.name) {
			continue
		}
		params, err := p.Params()
		if err != nil {
			break // the page's conversion says why its file cannot be read
		}
		if v, ok := lookupParam(params, part.name); ok {
			if b, ok := v.(bool); ok {
				*part.on = b
			}
		}
	}
	return ext
}

// isPlaceholder reports whether cp is a regular page marked untranslated (a
// draft one is held as drafts are).
func isPlaceholder(cp *content.Page) bool {
	return cp.Kind == KindPage && cp.Meta.Untranslated && !cp.Meta.Draft
}

func (s *Site) newPage(cp *content.Page) *Page {
	m := &cp.Meta
	p := &Page{
		Kind: cp.Kind, Lang: cp.Lang, Section: cp.Section, File: cp.File,
		Title: m.Title, description: m.Description, Author: m.Author, Image: m.Image,
		Date: m.Date, Lastmod: m.Lastmod, PublishDate: m.PublishDate, ExpiryDate: m.ExpiryDate,
		Draft: m.Draft, Weight: m.Weight, params: m.Params, fields: m.Fields,
		key: groupKey(cp), src: cp, site: s,
	}
	p.Resources, p.Contents = pageResources(cp, s.Config, s.bundles[p.key])
	p.fmLinks = frontMatterLinks(m) // now: a streaming build drops the map
	p.Image = s.frontImage(p, m.Image)
	if s.Config.HugoLayouts && s.unknownImage(p, p.Image) {
		p.droppedImage, p.Image = p.Image, ""
	}
	return p
}

// unknownImage reports whether a front matter image is a bare file name
// (metwo.jpg) that is neither a file of the page's bundle nor of static/:
// a Hugo site's own layouts give such a name a folder of their choosing
// (/images/blog/metwo.jpg), which vestis cannot know.
func (s *Site) unknownImage(p *Page, image string) bool {
	if image == "" || strings.ContainsAny(image, "/:\\") || s.checkFile == nil {
		return false
	}
	for _, r := range p.Resources {
		if r.Named(image) {
			return false
		}
	}
	return s.checkFile(path.Join("static", image)) != nil
}

// frontImage is the front matter image of p as the page uses it: a name
// relative to the page (images/a.jpg) that is no file of its bundle but is a
// file of static/ at the site's root is that file (/images/a.jpg), as Hugo
// themes read the field with relURL; so is a photo of assets/.
func (s *Site) frontImage(p *Page, dest string) string {
	clean := path.Clean(dest)
	if dest == "" || strings.HasPrefix(dest, "/") || strings.HasPrefix(dest, "./") || strings.Contains(dest, ":") ||
		clean == ".." || strings.HasPrefix(clean, "../") || s.checkFile == nil {
		return dest
	}
	for _, r := range p.Resources {
		if r.Named(clean) {
			return dest
		}
	}
	if s.checkFile(path.Join("static", clean)) == nil {
		return "/" + clean
	}
	// A photo of assets/ (themes read the field with resources.Get), which
	// vestis resizes as a /-address names it there.
	if s.photo != nil && photo.Readable(clean) && s.checkFile(path.Join("assets", clean)) == nil {
		return "/" + clean
	}
	return dest
}

// groupKey is the translation group of cp's page: its kind and key.
func groupKey(cp *content.Page) string { return cp.Kind + ":" + cp.Key }

// bundlesByKey maps each translation group (kind and key) that has bundles
// with files to those bundles, the default language's first, then by the
// languages' order, for pageResources. A bundle whose page is not built
// (held: a draft, say) gives its translations nothing, as in Hugo.
func bundlesByKey(pages []*content.Page, cfg *config.Config, held func(*content.Meta) string) map[string][]*content.Page {
	var m map[string][]*content.Page
	for _, cp := range pages {
		if len(cp.Resources) > 0 && held(&cp.Meta) == "" {
			if m == nil {
				m = map[string][]*content.Page{}
			}
			k := groupKey(cp)
			m[k] = append(m[k], cp)
		}
	}
	rank := map[string]int{}
	for i, l := range cfg.LanguageCodes() {
		rank[l] = i + 1
	}
	rank[cfg.DefaultLanguage] = 0
	for _, list := range m {
		slices.SortFunc(list, func(a, b *content.Page) int {
			return cmp.Or(rank[a.Lang]-rank[b.Lang], strings.Compare(a.File, b.File))
		})
	}
	return m
}

// pageResources are the files of cp's bundle that its page publishes: those
// of every language, unless the bundle has one of the same name for cp's
// language (photo.de.webp is the German page's photo.webp), and none of the
// other languages' own. A translation's bundle in another folder
// (content/en/trip/ for content/de/trip/, each language's content folder its
// own) gives the files of its that cp's has not, as Hugo shares them:
// translations are the bundles of cp's group (bundlesByKey). contents are its Markdown files of cp's language
// (content.IsContentResource), which are not published: those named for it
// (term.de.md), and those named for none in its content folder's language
// (term.md is the default language's, or in content/de/ German), as Hugo's
// resources of kind "page" are.
func pageResources(cp *content.Page, cfg *config.Config, translations []*content.Page) (files, contents []Resource) {
	if len(cp.Resources) == 0 && len(translations) == 0 {
		return nil, nil
	}
	langs := cfg.LanguageCodes()
	own := map[string]string{}
	for _, r := range cp.Resources {
		if name, lang := content.ResourceName(r, langs); lang == cp.Lang {
			own[name] = r
		}
	}
	root, _ := cfg.ContentRootOf(cp.File)
	dir := path.Dir(cp.File)
	files = make([]Resource, 0, len(cp.Resources))
	for _, r := range cp.Resources {
		name, lang := content.ResourceName(r, langs)
		if content.IsContentResource(r) {
			if lang == cp.Lang || lang == "" && cmp.Or(root.Lang, cfg.DefaultLanguage) == cp.Lang {
				contents = append(contents, Resource{Src: path.Join(dir, r), Name: name, Written: r})
			}
			continue
		}
		switch {
		case lang == "" && own[name] != "", lang != "" && lang != cp.Lang:
			continue
		}
		files = append(files, Resource{Src: path.Join(dir, r), Name: name, Written: r})
	}
	for _, t := range translations {
		tdir := path.Dir(t.File)
		if tdir == dir {
			continue // the same bundle's files, read above
		}
		for _, r := range t.Resources {
			name, lang := content.ResourceName(r, langs)
			if content.IsContentResource(r) || lang != "" && lang != cp.Lang || slices.ContainsFunc(files, func(f Resource) bool { return f.Name == name }) {
				continue
			}
			files = append(files, Resource{Src: path.Join(tdir, r), Name: name, Written: r})
		}
	}
	if len(files) == 0 {
		files = nil
	}
	byName := func(a, b Resource) int { return strings.Compare(a.Name, b.Name) }
	slices.SortFunc(files, byName)
	slices.SortFunc(contents, byName)
	return files, contents
}

var unsafePath = regexp.MustCompile(`(^|/)\.\.(/|$)|\\|^[a-zA-Z][a-zA-Z0-9+.-]*:`)

// checkPath refuses a slug, url or alias that could leave the output folder.
func checkPath(v string) error { return pathProblem(v, v) }

// pathProblem is checkPath of v, naming it as written.
func pathProblem(v, written string) error {
	switch {
	case unsafePath.MatchString(v):
		return fmt.Errorf("%q would leave the site (no '..', '\\' or scheme allowed)", written)
	case strings.ContainsAny(v, "\x00?#") || !utf8.ValidString(v):
		return fmt.Errorf("%q has a character not allowed in a path", written)
	}
	return nil
}

// unescapeAddress decodes the %-escapes of an address written in front
// matter (url, aliases), as copied from a browser's address bar
// (/kafejn%C4%ABca/). Web servers decode a request's path before they look
// for its file, so a page must be written at the decoded name, or no
// request finds it (Hugo writes the name as written: such a page is lost
// on the server).
func unescapeAddress(v string) (string, error) {
	if !strings.Contains(v, "%") {
		return v, nil
	}
	u, err := neturl.PathUnescape(v)
	if err != nil {
		return "", fmt.Errorf("%q has a %% that begins no escape (as %%20); write a %% in an address as %%25", v)
	}
	return u, nil
}

// aliasPart says why an alias holding a #fragment or a ?query can have no
// redirect ("" for one that holds neither): a browser sends no part from
// the # on, and a server looks for a file by the path without its query,
// so the address asked for is another, often a page of its own
// (/about/features/ for /about/features/#promotion).
func aliasPart(alias string) string {
	i := strings.IndexAny(alias, "?#")
	if i < 0 {
		return ""
	}
	asked := cmp.Or(alias[:i], "/")
	what := "a browser sends no part of an address from its # on"
	if alias[i] == '?' {
		what = "a server looks for a file by the address without its ?query"
	}
	return fmt.Sprintf("%q: %s, so a visitor who opens it asks for %s, and no redirect can be made for it alone; remove the alias, or write it without %q", alias, what, asked, alias[i:])
}

// checkAlias is checkPath for an alias of the page at url, except that a
// relative alias may climb with ".." (Hugo sites write "../start"), as long
// as it stays inside the site.
func checkAlias(url, alias string) error {
	if strings.HasPrefix(alias, "/") {
		return checkPath(alias)
	}
	depth := len(strings.FieldsFunc(path.Dir("/"+strings.Trim(url, "/")), func(r rune) bool { return r == '/' }))
	var rest []string
	for _, seg := range strings.Split(alias, "/") {
		switch seg {
		case "..":
			if depth--; depth < 0 {
				return fmt.Errorf("%q would leave the site: from %s it climbs above the site's root", alias, url)
			}
		case ".", "":
		default:
			depth++
			rest = append(rest, seg)
		}
	}
	return pathProblem(strings.Join(rest, "/"), alias)
}

// allPermalinks are every pattern of the site's and its languages' permalinks.
func allPermalinks(cfg *config.Config) [][]string {
	all := slices.Collect(maps.Values(cfg.Permalinks))
	for _, l := range cfg.Languages {
		all = slices.AppendSeq(all, maps.Values(l.Permalinks))
	}
	return all
}

func (s *Site) langRoot(lang string) string { return s.Config.LangRoot(lang) }

func (s *Site) setURL(p *Page, cp *content.Page) *content.Error {
	m := &cp.Meta
	line := cp.Meta.Line
	switch p.Kind {
	case KindHome:
		p.URLPath = s.langRoot(p.Lang)
	case KindSection:
		dir := s.langRoot(p.Lang) + s.Config.Segment(p.Section, p.Lang) + "/"
		for _, d := range strings.Split(cp.Dir, "/")[1:] { // a subsection's folders
			dir += s.slug(d) + "/"
		}
		p.URLPath = s.listURL(dir)
		if m.URL == "" {
			p.Aliases = append(p.Aliases, folderAlias(dir, p.URLPath)...)
		}
	default:
		// A slug is decoded as a url is (caf%C3%A9 is café, not caf-c3-a9),
		// then checked as one segment: caf%2Fe is two.
		written, given := m.Slug, ""
		var slugDirs []string
		if written != "" {
			// With Hugo's addresses, a slug written as a path (slug:
			// /about/team) puts the page below its folders, as Hugo joins
			// it to the page's folder; each segment is decoded on its own,
			// so that a slash written encoded (%2F) is still an error.
			segs := []string{written}
			if s.Config.HugoAddresses {
				if f := strings.FieldsFunc(written, func(r rune) bool { return r == '/' }); len(f) > 0 {
					segs = f
				}
			}
			var err error
			split := false
			for i, seg := range segs {
				v, serr := unescapeAddress(seg)
				if serr == nil {
					serr = pathProblem(v, written)
				}
				err = cmp.Or(err, serr)
				split = split || strings.Contains(v, "/")
				segs[i] = v
			}
			v := segs[len(segs)-1]
			slugDirs = segs[:len(segs)-1]
			if err != nil || split {
				msg := fmt.Sprintf("%q must be one path segment", written)
				if err != nil {
					msg = err.Error()
				}
				return &content.Error{File: cp.File, Line: line("slug"), Msg: "front matter: slug: " + msg}
			}
			given = v
		}
		name := cmp.Or(given, cp.Base)
		if p.Slug = s.slug(name); m.Slug != "" {
			p.Slug = s.Config.SlugAsWritten(name) // as written, dots too
		}
		if p.Slug == "" && m.Slug == "" {
			return &content.Error{File: cp.File, Msg: fmt.Sprintf("the file name %q has no letter or digit to make its address of; rename the file, or give the page a slug", name)}
		}
		if p.Slug == "" {
			return &content.Error{File: cp.File, Line: line("slug"), Msg: fmt.Sprintf("slug: %q gives an empty URL segment", name)}
		}
		dirs := []string{s.langRoot(p.Lang)}
		parts := strings.Split(cp.Dir, "/")
		if cp.Dir != "" {
			dirs = append(dirs, s.Config.Segment(parts[0], p.Lang))
			for _, d := range parts[1:] {
				dirs = append(dirs, s.slug(d))
			}
		}
		for _, d := range slugDirs {
			dirs = append(dirs, s.Config.SlugAsWritten(d))
		}
		dirs = append(dirs, p.Slug)
		p.URLPath = path.Join(dirs...) + "/"
		if s.Config.UglyURLs {
			p.URLPath = path.Join(dirs...) + ".html" // Hugo's uglyURLs; a permalink pattern below says its own form
		}
		if patterns := s.Config.PermalinksOf(p.Section, p.Lang); len(patterns) > 0 && p.Kind == KindPage {
			for i, pattern := range patterns {
				u, err := s.permalink(pattern, p, cp)
				switch {
				case err != nil:
					return &content.Error{File: cp.File, Msg: fmt.Sprintf("permalink %q of section %s: %v", pattern, p.Section, err)}
				case i == 0:
					p.URLPath = u
				case u != p.URLPath && !slices.Contains(p.Aliases, u):
					p.Aliases = append(p.Aliases, u) // a former address
				}
			}
		}
	}
	if m.URL != "" {
		written := m.URL
		v, err := unescapeAddress(written)
		if err == nil {
			err = pathProblem(v, written)
		}
		if err != nil {
			return &content.Error{File: cp.File, Line: line("url"), Msg: "front matter: url: " + err.Error()}
		}
		// As in Hugo, a url with a leading slash is an address of the site, as
		// written, in every language; one without is below the language's
		// folder (url: moved on a fr page is /fr/moved/, and fr/moved is
		// /fr/fr/moved/), which is where the default language's root is.
		root := "/"
		if !strings.HasPrefix(v, "/") {
			root = s.langRoot(p.Lang)
		}
		u := path.Clean(root + v)
		if !strings.HasSuffix(u, ".html") {
			u = strings.TrimSuffix(u, "/") + "/"
		}
		p.URLPath = u
	}
	aliases := make([]string, 0, len(m.Aliases))
	p.droppedAliases = nil
	for _, a := range m.Aliases {
		if msg := aliasPart(a); msg != "" {
			if s.Config.HugoAddresses {
				// Hugo writes a file there that no request reaches.
				p.droppedAliases = append(p.droppedAliases, msg+"; it is left out, as Hugo's copy there is never reached")
				continue
			}
			return &content.Error{File: cp.File, Line: line("aliases"), Msg: "front matter: aliases: " + msg}
		}
		v, err := unescapeAddress(a)
		if err == nil {
			err = checkAlias(p.URLPath, v)
		}
		if err != nil {
			return &content.Error{File: cp.File, Line: line("aliases"), Msg: "front matter: aliases: " + err.Error()}
		}
		aliases = append(aliases, v)
	}
	fm := frontMatterAliases(p.URLPath, aliases)
	for _, a := range p.Aliases { // a permalink's former address may be written as an alias too
		if !slices.Contains(fm, a) {
			fm = append(fm, a)
		}
	}
	p.Aliases = fm
	s.setPermalinks(p)
	return nil
}

// frontMatterAliases are the addresses of a page's aliases (checked with
// checkPath): one starting with / is an address of the site, as written;
// another is relative to the folder of the page's address, as in Hugo
// ("old" on /lv/jaunumi/a/ is /lv/jaunumi/old/).
func frontMatterAliases(url string, aliases []string) []string {
	var out []string
	dir := path.Dir("/" + strings.Trim(url, "/")) // "/" for the root, never "."
	for _, a := range aliases {
		alias := a
		if !strings.HasPrefix(alias, "/") {
			alias = path.Join(dir, alias)
		}
		alias = path.Clean(alias)
		if !strings.HasSuffix(alias, ".html") && alias != "/" {
			alias += "/"
		}
		if !slices.Contains(out, alias) {
			out = append(out, alias)
		}
	}
	return out
}

// permalink is the address pattern (site.yaml permalinks) gives page p of
// content file cp: its tokens replaced, below the language's root; a folder
// unless the pattern ends in .html.
func (s *Site) permalink(pattern string, p *Page, cp *content.Page) (string, error) {
	var err error
	u := config.PermalinkToken.ReplaceAllStringFunc(pattern, func(tok string) string {
		var v string
		tok, slice, _ := strings.Cut(tok, "[")
		switch tok {
		case ":sections":
			// The folders of the page's section, as its default address
			// has them: in Hugo a folder below the top is a section only
			// with its _index file; a page of one without is its parent's.
			var sections []string
			if cp.Dir != "" {
				parts := strings.Split(cp.Dir, "/")
				n := len(parts)
				for n > 1 && !s.sectionDirs[p.Lang+"\x00"+strings.Join(parts[:n], "/")] {
					n--
				}
				parts = parts[:n]
				sections = append(sections, s.Config.Segment(parts[0], p.Lang))
				for _, d := range parts[1:] {
					sections = append(sections, s.slug(d))
				}
			}
			if slice != "" {
				slice = "[" + slice
			}
			sliced, serr := config.SliceSections(slice, sections)
			if serr != nil && err == nil {
				err = serr
			}
			return strings.Join(sliced, "/")
		case ":year":
			v = p.Date.Format("2006")
		case ":month":
			v = p.Date.Format("01")
		case ":day":
			v = p.Date.Format("02")
		case ":section":
			v = s.Config.Segment(p.Section, p.Lang)
		case ":slug":
			given, _ := unescapeAddress(cp.Meta.Slug)                  // setURL refused one that does not decode
			v = cmp.Or(s.Config.SlugAsWritten(given), s.slug(p.Title)) // as Hugo: the slug, else the title
		case ":title":
			v = s.slug(p.Title)
		case ":filename", ":contentbasename":
			v = s.slug(cp.Base)
		case ":slugorfilename", ":slugorcontentbasename": // the slug, else the file's (or bundle's) name
			v = cmp.Or(s.Config.SlugAsWritten(cp.Meta.Slug), s.slug(cp.Base))
		case ":translationKey":
			v = s.slug(cmp.Or(cp.Meta.TranslationKey, cp.Base))
		}
		if v == "" && err == nil {
			err = fmt.Errorf("%s is empty for this page", tok)
		}
		return v
	})
	if err != nil {
		return "", err
	}
	if strings.HasSuffix(u, ".html") { // a file, as Hugo's uglyURLs make
		return path.Join(s.langRoot(p.Lang), u), nil
	}
	return path.Join(s.langRoot(p.Lang), u) + "/", nil
}

// listURL is the address of a list page (a section, a taxonomy, a term)
// whose folder is dir: the folder itself, or with uglyURLs, as Hugo's make
// it, the file of the folder's name (/posts/ is /posts.html, /tags/go/ is
// /tags/go.html), so that links a site writes to those files lead to its
// lists. A language's home folder (/fr/) stays one, as in Hugo.
func (s *Site) listURL(dir string) string {
	if !s.Config.UglyURLs || dir == "/" {
		return dir
	}
	for _, l := range s.Languages {
		if s.langRoot(l.Code) == dir {
			return dir
		}
	}
	return strings.TrimSuffix(dir, "/") + ".html"
}

// folderAlias is the former address of a list whose folder is dir and
// whose address url listURL made a file (/posts.html): the folder (/posts/),
// where newer Hugo writes sections and taxonomies with uglyURLs
// (/posts/index.html) and vestis wrote every list, so that links made then
// lead to the list. None when the list is at its folder.
func folderAlias(dir, url string) []string {
	if url == dir {
		return nil
	}
	return []string{dir}
}

func (s *Site) setPermalinks(p *Page) {
	p.RelPermalink = s.RelURL(p.URLPath)
	p.Permalink = s.AbsURL(p.URLPath)
}

// RelURL prefixes a root-relative path with the base URL's path.
// PhotoDir is the folder, below the site root, of every resized photo: a
// variant's name holds the photo's content hash, so a photo shown by many
// pages in many languages is written once, under one address, and a page's
// summary shown on a list page needs no other address for it.
const PhotoDir = "photos/"

// PhotoURL is the root-relative address of a resized photo's file name.
func (s *Site) PhotoURL(name string) string { return s.RelURL(PhotoDir + name) }

func (s *Site) RelURL(p string) string {
	base := s.BaseURL
	if i := strings.Index(base, "://"); i >= 0 {
		if j := strings.IndexByte(base[i+3:], '/'); j >= 0 {
			base = base[i+3+j:]
		} else {
			base = "/"
		}
	}
	base = strings.TrimSuffix(base, "/")
	if base == "" && strings.HasPrefix(p, "/") {
		return p // the same string, not a copy: each page's RelPermalink is its URLPath
	}
	return base + "/" + strings.TrimPrefix(p, "/")
}

// AbsURL makes a root-relative path absolute with the base URL.
func (s *Site) AbsURL(p string) string {
	if !strings.Contains(s.BaseURL, "://") {
		return s.RelURL(p)
	}
	return strings.TrimSuffix(s.BaseURL, "/") + "/" + strings.TrimPrefix(p, "/")
}

// addGenerated adds the home, section and 404 pages that have no _index file.
func (s *Site) addGenerated(opts Options) {
	for _, lang := range s.Config.LanguageCodes() {
		t := s.trees[lang]
		if t.Home == nil {
			t.Home = &Page{Kind: KindHome, Lang: lang, Title: t.Lang.Title, URLPath: s.langRoot(lang), key: "home:"}
			s.setPermalinks(t.Home)
			t.homeTaken = slices.ContainsFunc(t.Sections, func(p *Page) bool { return p.URLPath == t.Home.URLPath })
		}
		have := map[string]bool{}
		for _, sec := range t.Sections {
			have[sec.Section] = true
		}
		// A section without an _index file has a list of its own when it has
		// pages, or subsections only (content/about/team/_index.md), as in
		// Hugo, which lists them there.
		keys := slices.Collect(maps.Keys(t.sections))
		for _, sub := range t.subsections {
			keys = append(keys, sub.Section)
		}
		slices.Sort(keys)
		for _, key := range slices.Compact(keys) {
			if key == "" || have[key] {
				continue
			}
			if t.unrenderedSections[key] {
				for _, p := range t.sections[key] {
					p.Parent = t.Home
				}
				continue
			}
			dir := s.langRoot(lang) + s.Config.Segment(key, lang) + "/"
			p := &Page{Kind: KindSection, Lang: lang, Section: key, Title: opts.label(lang, "section."+key, titleCase(key)),
				URLPath: s.listURL(dir), key: "section:" + key, site: s} // site: for its Type
			p.Aliases = folderAlias(dir, p.URLPath)
			s.setPermalinks(p)
			t.Sections = append(t.Sections, p)
		}
		t.NotFound = &Page{Kind: Kind404, Lang: lang, Title: "404", URLPath: s.langRoot(lang) + "404.html", key: "404"}
		s.setPermalinks(t.NotFound)
		t.Search = &Page{Kind: KindSearch, Lang: lang, Title: opts.label(lang, "section.search", "Search"),
			URLPath: s.langRoot(lang) + s.Config.SearchSegment(lang) + "/", key: "search"}
		s.setPermalinks(t.Search)
	}
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// linkTranslations links pages that share a key across languages. Two pages
// of one language with one key are an error: each would list the other as
// neither, and hreflang links would not be reciprocal.
func (s *Site) linkTranslations() diag.List {
	groups := map[string][]*Page{}
	for _, t := range s.trees {
		for _, p := range t.all() {
			if p.Kind != Kind404 {
				groups[p.key] = append(groups[p.key], p)
			}
		}
	}
	order := map[string]int{}
	for i, l := range s.Languages {
		order[l.Code] = i
	}
	var errs diag.List
	for _, key := range slices.Sorted(maps.Keys(groups)) {
		g := groups[key]
		slices.SortFunc(g, func(a, b *Page) int {
			return cmp.Or(order[a.Lang]-order[b.Lang], strings.Compare(a.File, b.File), strings.Compare(a.URLPath, b.URLPath))
		})
		joined := g[:0:0] // the pages linked: all but a warned second of one language
		first := 0        // the first page of p's language in g
		for i, p := range g {
			if g[first].Lang != p.Lang {
				first = i
			}
			if i > first {
				// Each later page is told of the first, not of the one
				// before: fifty pages made from one archetype with its
				// key are one mistake (diag.Grouped), not a chain.
				d := sameTranslation(g[first], p)
				switch {
				case d == nil:
				case s.Config.HugoAddresses && p.src != nil && p.src.Meta.TranslationKey != "":
					// Hugo lists both as translations of each other page;
					// the later file stands alone, so that every page's
					// translations (and hreflang links) name one page per
					// language, each naming the others.
					s.warnings = append(s.warnings, diag.Warnf(d.File, d.Line, "%s; it is published with no translations (Hugo lists both pages among the translations of each)", d.Msg))
					continue
				default:
					errs = append(errs, d)
				}
			}
			joined = append(joined, p)
		}
		for _, p := range joined {
			for _, q := range joined {
				if q != p && q.Lang != p.Lang {
					p.Translations = append(p.Translations, q)
				}
			}
		}
	}
	return errs
}

// sameTranslation reports p, a second page of first's language with first's
// translation key; nil when the two also have one address, which the claims
// of output paths report.
func sameTranslation(first, p *Page) *diag.Diagnostic {
	if p.src == nil || first.src == nil || p.URLPath == first.URLPath {
		return nil
	}
	if key := p.src.Meta.TranslationKey; key != "" {
		firstAt := fileLine(first.File, first.src.Meta.Line("translationKey"))
		d := diag.Errorf(p.File, p.src.Meta.Line("translationKey"),
			"translationKey %q is also the key of %s, in the same language (%s); a key joins one page per language: give one of them another key",
			key, firstAt, p.Lang)
		d.Cause = fmt.Sprintf("translationKey %q is also the key of %s, in the same language (%s); a key joins one page per language: give each page its own key", key, firstAt, p.Lang)
		return d
	}
	return diag.Errorf(p.File, 0, "this page and %s are both the %s version of %s; rename one of them or give it a translationKey",
		first.File, p.Lang, p.src.Key)
}

func fileLine(file string, line int) string {
	if line > 0 {
		return fmt.Sprintf("%s:%d", file, line)
	}
	return file
}

// nest hangs the subsections below their sections: each lists the pages
// below its folder, and is the parent of those not in a deeper one.
func (t *Tree) nest() {
	byDir := map[string]*Page{}
	for _, sec := range t.Sections {
		byDir[sec.Section] = sec
	}
	slices.SortFunc(t.subsections, func(a, b *Page) int { return strings.Compare(a.src.Dir, b.src.Dir) }) // parents first
	for _, sub := range t.subsections {
		byDir[sub.src.Dir] = sub
	}
	for _, sub := range t.subsections {
		parent := t.Home
		for dir := path.Dir(sub.src.Dir); dir != "."; dir = path.Dir(dir) {
			if p := byDir[dir]; p != nil {
				parent = p
				break
			}
		}
		sub.Parent = parent
		parent.Sections = append(parent.Sections, sub)
		sub.Pages = nil
		for _, p := range t.sections[sub.Section] {
			if dir := p.src.Dir; dir == sub.src.Dir || strings.HasPrefix(dir, sub.src.Dir+"/") {
				sub.Pages = append(sub.Pages, p)
				p.Parent = sub // deeper subsections come later
			}
		}
	}
	for _, sec := range byDir {
		slices.SortStableFunc(sec.Sections, func(a, b *Page) int {
			return cmp.Or(cmp.Compare(a.Weight, b.Weight), strings.Compare(a.Title, b.Title))
		})
	}
}

// listUnrendered adds each page with build: {render: never} to the lists
// of its section and the sections above it, as Hugo lists it, in their
// order; it has no address (RelPermalink and Permalink are empty), so a
// layout shows it without a link, and feeds, sitemaps and search leave it out.
func (t *Tree) listUnrendered(cfg *config.Config) {
	if len(t.unrendered) == 0 {
		return
	}
	lists := map[*Page]bool{}
	for _, p := range t.unrendered {
		p.RelPermalink, p.Permalink, p.Unrendered = "", "", true
		for _, sec := range t.Sections {
			if sec.Section == p.Section {
				p.Parent = sec
				sec.Pages = append(slices.Clip(sec.Pages), p) // not into t.sections, which terms and feeds read
				lists[sec] = true
			}
		}
		for _, sub := range t.subsections { // parents first
			if dir := p.src.Dir; dir == sub.src.Dir || strings.HasPrefix(dir, sub.src.Dir+"/") {
				p.Parent = sub
				sub.Pages = append(slices.Clip(sub.Pages), p)
				lists[sub] = true
			}
		}
	}
	for sec := range lists {
		sortPages(cfg.TypeOf(sec.Section), sec.Pages)
	}
}

func (t *Tree) all() []*Page {
	out := []*Page{t.Home}
	out = append(out, t.Sections...)
	out = append(out, t.subsections...)
	for _, list := range t.sections {
		out = append(out, list...)
	}
	out = append(out, t.unlisted...)
	out = append(out, t.Taxonomies...)
	for _, tax := range t.Taxonomies {
		for _, term := range tax.terms.of(tax.Taxonomy) {
			out = append(out, term.Page)
		}
	}
	if t.NotFound != nil {
		out = append(out, t.NotFound)
	}
	if t.Search != nil {
		out = append(out, t.Search)
	}
	if !t.listed {
		out = append(out, t.fallbacks...)
	}
	return out
}

// listPagesOf are the home and section pages of t made from content files.
func listPagesOf(t *Tree) []*Page {
	var out []*Page
	for _, p := range slices.Concat([]*Page{t.Home}, t.Sections, t.subsections) {
		if p != nil && p.src != nil {
			out = append(out, p)
		}
	}
	return out
}

// addTaxonomies creates a taxonomy page and term pages per configured taxonomy and language.
func (s *Site) addTaxonomies(opts Options) {
	langs := s.Config.LanguageCodes()
	parallel.For(len(langs), func(_, i int) { // a page is in one language's tree only
		lang := langs[i]
		t := s.trees[lang]
		// Home and section pages name terms too, as in Hugo. The pages are
		// sorted once, in a term's order (Generic, a total order): each
		// term's list, taken from them in turn, is in that order too.
		all := slices.Concat(slices.Concat(slices.Collect(maps.Values(t.sections))...), listPagesOf(t))
		sortPages(config.Generic(), all)
		for _, tax := range s.Config.Taxonomies {
			root := s.langRoot(lang) + s.Config.Segment(tax, lang) + "/"
			tp := &Page{Kind: KindTaxonomy, Lang: lang, Taxonomy: tax, Title: opts.label(lang, "taxonomy."+tax, titleCase(tax)), URLPath: s.listURL(root), key: "taxonomy:" + tax}
			tp.Aliases = folderAlias(root, tp.URLPath)
			if own := t.taxFiles[tax]; own != nil {
				tp = adopt(own, tp)
			}
			s.setPermalinks(tp)
			bySlug := map[string]*Term{}
			slugs := map[string]string{} // by name: a few dozen names, used on thousands of pages
			for _, p := range all {
				if p.src != nil && p.src.Meta.Build.List == "local" {
					continue // listed in its section only
				}
				for _, name := range p.src.Meta.Terms.Of(tax) {
					sl, ok := slugs[name]
					if !ok {
						sl = s.slug(name)
						slugs[name] = sl
					}
					if sl == "" {
						continue
					}
					term := bySlug[sl]
					if term == nil {
						term = &Term{Taxonomy: tax, Name: name, Slug: sl}
						bySlug[sl] = term
					} else if name < term.Name {
						term.Name = name
					}
					if n := len(term.Pages); n == 0 || term.Pages[n-1] != p { // a page names a term once
						term.Pages = append(term.Pages, p)
						p.terms.set(tax, append(p.terms.of(tax), term))
					}
				}
			}
			for key, own := range t.taxFiles { // a term with a file of its own and no pages yet, as in Hugo
				if sl, ok := strings.CutPrefix(key, tax+"/"); ok && bySlug[sl] == nil {
					bySlug[sl] = &Term{Taxonomy: tax, Name: cmp.Or(own.Title, path.Base(own.src.Dir)), Slug: sl}
				}
			}
			var terms []*Term
			hugoTaken := map[string]bool{}
			for _, term := range bySlug {
				term.written = term.Name
				term.Name = opts.label(lang, "term."+tax+"."+term.Slug, term.Name)
				term.Page = &Page{Kind: KindTerm, Lang: lang, Taxonomy: tax, Term: term, Title: term.Name,
					URLPath: s.listURL(root + term.Slug + "/"), Pages: term.Pages, key: "term:" + tax + "/" + term.Slug}
				term.Page.Aliases = folderAlias(root+term.Slug+"/", term.Page.URLPath)
				if s.Config.HugoTermAddresses {
					// Hugo's address of the term, from its first spelling (written),
					// redirects; one that differs in case only cannot be a folder of
					// its own on macOS and Windows, nor one two terms share.
					if seg := hugoPath(term.written); seg != "" {
						if a := s.listURL(root + seg + "/"); fold(a) != fold(term.Page.URLPath) && !hugoTaken[fold(a)] && checkPath(a) == nil {
							hugoTaken[fold(a)] = true
							term.Page.Aliases = append(term.Page.Aliases, a)
						}
					}
				}
				if own := t.taxFiles[tax+"/"+term.Slug]; own != nil {
					term.Page = adopt(own, term.Page)
					term.Name = own.Title
				}
				s.setPermalinks(term.Page)
				terms = append(terms, term)
			}
			byName := termOrder(s.Config.Tag(lang))
			slices.SortFunc(terms, byName)
			tp.terms = termSets{{tax, terms}}
			for _, p := range all {
				slices.SortFunc(p.terms.of(tax), byName)
			}
			t.Taxonomies = append(t.Taxonomies, tp)
		}
	})
}

// taxonomyKey reports whether cp, an _index file, gives a taxonomy page
// (content/tags/_index.md) or a term (content/tags/riga/_index.md) its
// title, text and fields, as Hugo reads them, and which: "tags" or
// "tags/riga" (the folder's name as a term's slug).
func (s *Site) taxonomyKey(cp *content.Page) (string, bool) {
	if cp.Kind != KindSection || !slices.Contains(s.Config.Taxonomies, cp.Section) {
		return "", false
	}
	switch parts := strings.Split(cp.Dir, "/"); len(parts) {
	case 1:
		return cp.Section, true
	case 2:
		return cp.Section + "/" + s.slug(parts[1]), true
	}
	return "", false
}

// adopt makes own, the page of a taxonomy's or a term's _index file, the
// page gen that vestis makes: its kind, address, list and translation key,
// with the file's title (gen's when it has none), text and fields.
func adopt(own, gen *Page) *Page {
	own.Kind, own.Section, own.Taxonomy, own.Term = gen.Kind, gen.Section, gen.Taxonomy, gen.Term
	own.URLPath, own.Pages, own.key = gen.URLPath, gen.Pages, gen.key
	if own.src != nil && own.src.Untitled {
		own.Title = "" // titled after its folder only: the term's name is better
	}
	own.Title = cmp.Or(own.Title, gen.Title)
	for _, a := range gen.Aliases {
		if !slices.Contains(own.Aliases, a) {
			own.Aliases = append(own.Aliases, a)
		}
	}
	return own
}

// termOrder orders terms in the alphabetical order of the language tagged
// tag (ā after a, đ after d).
func termOrder(tag string) func(a, b *Term) int {
	coll := collate.New(language.Make(tag))
	return func(a, b *Term) int {
		return cmp.Or(coll.CompareString(a.Name, b.Name), strings.Compare(a.Slug, b.Slug))
	}
}

// Pagers is the number of list pages p is shown on: its pages split by the
// site's paginate for sections and terms, else 1.
func (s *Site) Pagers(p *Page) int {
	if p.Kind != KindSection && p.Kind != KindTerm {
		return 1
	}
	size := s.Config.Paginate
	return max(1, (len(p.Pages)+size-1)/size)
}

func (s *Site) collectPages() {
	s.Pages = s.Pages[:0]
	s.listedUnrendered = s.listedUnrendered[:0]
	for _, lang := range s.Config.LanguageCodes() {
		t := s.trees[lang]
		s.listedUnrendered = append(s.listedUnrendered, t.unrendered...)
		all := t.all()
		// A page of the site's own at the language's 404 address (url:
		// /404.html, as Hugo sites write their 404 page) is its 404 page.
		notFoundTaken := t.NotFound != nil && slices.ContainsFunc(all, func(p *Page) bool {
			return p.Kind != Kind404 && p.URLPath == t.NotFound.URLPath
		})
		for _, p := range all {
			if (p != t.Home || !t.homeTaken) && (p != t.NotFound || !notFoundTaken) {
				s.Pages = append(s.Pages, p)
			}
		}
	}
	slices.SortFunc(s.Pages, func(a, b *Page) int {
		return cmp.Or(strings.Compare(a.URLPath, b.URLPath), strings.Compare(a.Lang, b.Lang), strings.Compare(a.File, b.File))
	})
	s.findLargest()
	var warns diag.List
	s.Pages, s.yielded, warns = yieldToLists(s.Pages, s.Config.HugoAddresses)
	s.warnings = append(s.warnings, warns...)
	var left map[*Page]bool
	s.Pages, left, warns = yieldTranslations(s.Pages, s.Config, s.bodyText)
	s.warnings = append(s.warnings, warns...)
	for p := range left {
		if s.yielded == nil {
			s.yielded = map[*Page]bool{}
		}
		s.yielded[p] = true
	}
}

// setListLastmod dates each list page (listLastmod), taxonomies after their terms.
func setListLastmod(pages []*Page) {
	var lists []*Page
	for _, p := range pages {
		if p.Kind != KindPage {
			lists = append(lists, p)
		}
	}
	dateLists(lists, nil)
}

// dateLists dates each of lists (listLastmod) after those of them that it
// lists, whose dates it reads: a term may list a section page (Docsy's
// getting started section is in a category), whose date is its newest
// page's, and the term's address may come first. Taxonomies come after
// their terms. moved is called for each list whose date changed.
func dateLists(lists []*Page, moved func(*Page)) {
	in := make(map[*Page]bool, len(lists))
	for _, l := range lists {
		in[l] = true
	}
	done := make(map[*Page]bool, len(lists))
	var date func(l *Page)
	date = func(l *Page) {
		if done[l] {
			return
		}
		done[l] = true // before its pages: a list reached again through them is not dated twice
		for _, q := range l.Pages {
			if q.Kind != KindPage && in[q] {
				date(q)
			}
		}
		if lastmod := listLastmod(l); !lastmod.Equal(l.Lastmod) {
			l.Lastmod = lastmod
			if moved != nil {
				moved(l)
			}
		}
	}
	for _, l := range lists {
		if l.Kind != KindTaxonomy {
			date(l)
		}
	}
	for _, l := range lists {
		if l.Kind == KindTaxonomy {
			date(l)
		}
	}
}

// claimPages starts the site's registry of output paths (Claims) with what
// the model knows: every page, its aliases and its bundle's files. Render adds
// the outputs it makes (lists' further pages, feeds, sitemaps, ...) and build
// the static files, all before anything is written.
func (s *Site) claimPages() {
	if s.cache != nil {
		s.claims = newClaimsLike(s.cache.claims.Swap(nil))
		s.cache.claims.Store(s.claims)
	} else {
		s.claims = NewClaims()
	}
	// First the lists at segments site.yaml gives, which it then names: a
	// segment that is the address of a file vestis writes (sitemap.xml,
	// 404.html, index.xml) is one error at its line in site.yaml, not one
	// without a line, or one for each page below the list.
	first := map[*Page]bool{}
	for _, l := range s.Languages {
		for _, p := range s.Tree(l.Code).Sections {
			if line := s.Config.SectionLine(p.Section, p.Lang); line > 0 {
				c := PageClaim(p, p.OutputPath(), "")
				if c.Kind != Field { // else its _index's url says it
					c.Kind, c.File, c.Line = Field, "site.yaml", line
					c.Field, c.Value = sectionsField+p.Section+": "+p.Lang, s.Config.Segment(p.Section, p.Lang)
				}
				s.claims.Add(c)
				first[p] = true
			}
		}
	}
	for _, p := range s.Pages {
		if !first[p] {
			s.claims.Add(PageClaim(p, p.OutputPath(), ""))
		}
	}
	for _, p := range s.Pages {
		for _, a := range p.Aliases {
			if p.src == nil { // a term's address in Hugo (hugoTermAddresses)
				s.claims.Add(Claim{Path: OutputPath(a), Kind: Generated, What: fmt.Sprintf("Hugo's address of %s", p.URLPath)})
				continue
			}
			s.claims.Add(Claim{Path: OutputPath(a), Kind: Field, File: p.File, Line: p.src.Meta.Line("aliases"), Field: "aliases", Value: a})
		}
		for _, r := range p.Resources {
			s.claims.Add(Claim{Path: p.ResourcePath(r), Kind: Copy, File: r.Src})
		}
	}
	for _, p := range s.Unrendered {
		for _, r := range p.Resources {
			s.claims.Add(Claim{Path: p.ResourcePath(r), Kind: Copy, File: r.Src})
		}
	}
}

// resolveAliases gives each alias to one page. Translations of a page may
// give the same alias, as Hugo sites do (aliases: [/old/] in every
// language's file): the default language's page keeps it, or else the first
// language's. An alias that another page gave first (by language, then file)
// is left out with a warning, as Hugo would write one redirect over the
// other; so is an alias that a page's own address already is (the page is
// published there, as in Hugo). Real Hugo sites have both, and neither loses
// a page.
func (s *Site) resolveAliases() {
	pageAt := make(map[string]*Page, len(s.Pages))
	for _, p := range s.Pages {
		pageAt[p.URLPath] = p
	}
	langRank := map[string]int{}
	for i, l := range s.Config.LanguageCodes() {
		langRank[l] = i
	}
	if _, ok := langRank[s.DefaultLanguage]; ok {
		langRank[s.DefaultLanguage] = -1
	}
	byAlias := map[string][]*Page{}
	for _, p := range s.Pages {
		if p.src == nil {
			continue
		}
		for _, a := range p.Aliases {
			byAlias[a] = append(byAlias[a], p)
		}
	}
	drop := map[*Page][]string{}
	for _, a := range slices.Sorted(maps.Keys(byAlias)) {
		pages := byAlias[a]
		first := slices.MinFunc(pages, func(x, y *Page) int {
			return cmp.Or(langRank[x.Lang]-langRank[y.Lang], strings.Compare(x.File, y.File))
		})
		for _, p := range pages {
			var why string
			switch owner := pageAt[a]; {
			case owner == p:
				why = "is the page's own address"
			case owner != nil:
				why = "is the address of " + cmp.Or(Describe(owner), owner.File) + ", which is published there"
			case p == first:
				continue
			case p.key == first.key: // a translation of it
				drop[p] = append(drop[p], a)
				continue
			default:
				why = fmt.Sprintf("is also an alias of %s:%d, which keeps it", first.File, first.src.Meta.Line("aliases"))
			}
			drop[p] = append(drop[p], a)
			s.warnings = append(s.warnings, diag.Warnf(p.File, p.src.Meta.Line("aliases"), "aliases: %s %s; it is left out, so remove it", a, why))
		}
	}
	for p, aliases := range drop {
		p.Aliases = slices.DeleteFunc(slices.Clone(p.Aliases), func(a string) bool { return slices.Contains(aliases, a) })
	}
	if s.Config.HugoAddresses {
		s.foldAliases(langRank)
	}
	s.warnings = s.warnings.Sort()
}

// foldAliases leaves out, with a warning, an alias of a Hugo site that
// differs only in letter case (or in how its accents are stored) from
// another page's alias: the translations of sofastack's pages give
// /docs/notice/ and /docs/NOTICE/, which Hugo writes as two folders and
// macOS and Windows hold as one, so the claims refused the build. The page
// that keeps it is chosen as for one alias (resolveAliases): the default
// language's, else the first language's, then by file.
func (s *Site) foldAliases(langRank map[string]int) {
	type given struct {
		p *Page
		a string
	}
	byFold := map[string][]given{}
	for _, p := range s.Pages {
		if p.src == nil {
			continue
		}
		for _, a := range p.Aliases {
			byFold[fold(a)] = append(byFold[fold(a)], given{p, a})
		}
	}
	drop := map[*Page][]string{}
	for _, k := range slices.Sorted(maps.Keys(byFold)) {
		list := byFold[k]
		if len(list) < 2 {
			continue
		}
		first := slices.MinFunc(list, func(x, y given) int {
			return cmp.Or(langRank[x.p.Lang]-langRank[y.p.Lang], strings.Compare(x.p.File, y.p.File), strings.Compare(x.a, y.a))
		})
		for _, g := range list {
			if g == first {
				continue
			}
			drop[g.p] = append(drop[g.p], g.a)
			s.warnings = append(s.warnings, diag.Warnf(g.p.File, g.p.src.Meta.Line("aliases"),
				"aliases: %s differs only in letter case from %s, an alias of %s:%d, which keeps it: Hugo writes both, and macOS and Windows hold them as one; it is left out, so remove it",
				g.a, first.a, first.p.File, first.p.src.Meta.Line("aliases")))
		}
	}
	for p, aliases := range drop {
		p.Aliases = slices.DeleteFunc(slices.Clone(p.Aliases), func(a string) bool { return slices.Contains(aliases, a) })
	}
}

// Warnings are the mistakes of the content that the model mended.
// Those about a term's spellings are read from the model as it is now
// (spellingWarnings), so that a live rebuild says what a clean build says.
func (s *Site) Warnings() diag.List {
	if sp := s.spellingWarnings(); len(sp) > 0 {
		return slices.Concat(s.warnings, sp)
	}
	return s.warnings
}

// Yielded reports whether p is not written because another page has its
// address (a list page, or a translation published there): its lists link
// to that page, and what is found there is not p's text.
func (s *Site) Yielded(p *Page) bool { return s.yielded[p] }

// Claims is the registry of the site's output paths.
func (s *Site) Claims() *Claims { return s.claims }

// convert converts every page's Markdown in parallel and resolves links.
func (s *Site) convert() []*content.Error {
	var todo []*Page
	for _, p := range slices.Concat(s.Pages, s.listedUnrendered) {
		if p.src != nil {
			todo = append(todo, p)
		}
	}
	errsPer := make([][]*content.Error, len(todo))
	parallel.For(len(todo), func(_, i int) {
		errsPer[i] = s.convertPage(todo[i])
	})
	var errs []*content.Error
	for _, e := range errsPer {
		errs = append(errs, e...)
	}
	return errs
}

// ConvertAll converts, in a lazy site, the pages that nothing asked for yet,
// and returns the conversion errors of every page.
func (s *Site) ConvertAll() error {
	if !s.lazy {
		return nil
	}
	pages := slices.Concat(s.Pages, s.listedUnrendered)
	parallel.For(len(pages), func(_, i int) { pages[i].converted() })
	var errs []*content.Error
	for _, p := range pages {
		errs = append(errs, p.convErrs...)
	}
	if len(errs) > 0 {
		return content.JoinErrors(errs)
	}
	return nil
}

func (s *Site) convertPage(p *Page) []*content.Error {
	conv, errs := s.storedConversion(p)
	if len(errs) > 0 {
		return errs
	}
	s.useConversion(p, conv)
	return nil
}

// storedConversion returns the conversion of p's content file from the
// content store when it holds one that still holds (reusable), else converts
// it and keeps it there.
func (s *Site) storedConversion(p *Page) (*conversion, []*content.Error) {
	return s.storedConversionFor(p, nil)
}

// storedConversionFor is storedConversion for a shortcode of the pages
// showing (outermost first) that shows p's text: p's own shortcodes know
// whose text is being made, so that pages showing each other's text are
// said, not converted without end (pageReads.text).
func (s *Site) storedConversionFor(p *Page, showing []*Page) (*conversion, []*content.Error) {
	var key convKey
	if s.cache != nil {
		key = convKeyOf(p)
		if conv := s.cache.get(key); conv != nil && s.reusable(p, conv) {
			s.cache.keepText(conv)
			return conv, nil
		}
		// Its file moved (a folder renamed): the conversion of the same
		// text, when where the file is changes nothing of it.
		text := textKeyOf(p)
		if conv := s.cache.byText(text); conv != nil && s.reusable(p, conv) {
			moved := *conv
			moved.key = key
			s.cache.put(&moved)
			s.cache.keepText(&moved)
			return &moved, nil
		}
		conv, errs := s.newConversion(p, showing)
		if len(errs) > 0 {
			return nil, errs
		}
		conv.key, conv.text = key, text
		s.cache.put(conv)
		s.cache.keepText(conv)
		return conv, nil
	}
	return s.newConversion(p, showing)
}

// reusable reports whether a stored conversion of p's file is what
// converting it again would give: every link resolves as it did, every image
// is published, every photo has the content it had, and shortcodes, if any,
// are the same and see the same fields of the page.
func (s *Site) reusable(p *Page, conv *conversion) bool {
	return s.sameLinks(p, conv.links) && s.sameImages(p, conv.images) && s.stillMissing(p, conv.missingImages) && s.samePhotos(conv.photos) &&
		(!conv.hasShortcodes || conv.shortcodes == s.shortcodes && conv.shortcodePage == shortcodePageSum(p))
}

// bodyText is cp's Markdown, read again when it was dropped; nil when it
// cannot be read (its conversion says why).
func (s *Site) bodyText(cp *content.Page) []byte {
	if cp.Body != nil || s.readBody == nil {
		return cp.Body
	}
	body, _ := s.readBody(cp)
	return body
}

// newConversion converts p's content file: its body, read again when it
// was dropped, and what its front matter adds (finishConversion), for a
// shortcode of the pages showing that shows its text (storedConversionFor).
func (s *Site) newConversion(p *Page, showing []*Page) (*conversion, []*content.Error) {
	cp := p.src
	body := cp.Body
	if body == nil && s.readBody != nil {
		var err error
		if body, err = s.readBody(cp); err != nil {
			return nil, []*content.Error{{File: cp.File, Msg: err.Error(), Err: err}}
		}
	}
	conv, errs := s.convertBodyFor(p, body, showing)
	if len(errs) > 0 {
		return nil, errs
	}
	if errs := s.finishConversion(p, conv, showing); len(errs) > 0 {
		return nil, errs
	}
	return conv, nil
}

// finishConversion adds to a conversion of p's body what p's front matter
// brings: the cover photo, description and summary, and the id page sums use.
func (s *Site) finishConversion(p *Page, conv *conversion, showing []*Page) []*content.Error {
	cp := p.src
	image := s.frontImage(p, cp.Meta.Image)
	if p.droppedImage != "" {
		image = "" // warned about when the page was made
	}
	if is := s.imageIssue(p, image); is.msg != "" && s.photo != nil {
		if !s.Config.HugoAddresses {
			return []*content.Error{{File: cp.File, Line: cp.Meta.Line("image"), Msg: "front matter: " + is.msg, Cause: is.cause, Item: "front matter: " + is.item}}
		}
		// Hugo publishes the page (its theme the address as
		// written): a warning, as for an image of the text.
		conv.missingImages = append(conv.missingImages, MissingImage{Dest: image, Line: cp.Meta.Line("image"),
			Msg: "front matter: " + is.msg, Cause: is.cause, Item: "front matter: " + is.item, Cover: true, problem: is.msg})
		image = ""
	}
	if image != "" {
		conv.images = append(conv.images, image)
	}
	if s.photo != nil && image != "" {
		if file := s.photoFile(p, image); file != "" {
			set, err := s.photo(file)
			if err != nil {
				return []*content.Error{{File: cp.File, Line: cp.Meta.Line("image"), Msg: "front matter: image: " + err.Error()}}
			}
			conv.photos = append(conv.photos, Photo{File: file, Set: set, Cover: true})
		}
	}
	conv.description = cp.Meta.Description
	if cp.Meta.Summary != "" {
		h, err := s.md.InlineWithin(cmp.Or(s.Config.Timeout, config.DefaultTimeout), cp.Meta.Summary)
		if err != nil {
			return []*content.Error{{File: cp.File, Line: cp.Meta.Line("summary"), Msg: "front matter: summary: " + err.Error()}}
		}
		conv.res.Summary = "<p>" + h + "</p>"
	}
	if errs := s.frontMatterShortcodes(p, conv, showing); len(errs) > 0 {
		return errs
	}
	if cp.Meta.Summary != "" {
		conv.res.Summary = s.extendedOf(p).Apply(conv.res.Summary) // as the body's summary
	}
	summary := conv.res.Summary
	conv.res.Summary = rebaseURLs(summary, p.RelPermalink)
	conv.placed = conv.placed || conv.res.Summary != summary || image != "" || conv.hasShortcodes
	if conv.description == "" {
		conv.description = htmltext.Excerpt(string(conv.res.Summary), 200)
	}
	if conv.hasShortcodes {
		conv.shortcodePage = shortcodePageSum(p)
		conv.read = readAddresses(conv.links)
	}
	if s.cache != nil {
		conv.id = s.cache.idOf(conv)
	}
	if s.lazy {
		conv.links, conv.images = nil, nil // kept only to reuse a conversion in the next assembly
	}
	return nil
}

// convertBody converts a page's Markdown, resolving its links and photos.
func (s *Site) convertBody(p *Page, body []byte) (*conversion, []*content.Error) {
	return s.convertBodyFor(p, body, nil)
}

// convertBodyFor is convertBody for a shortcode of the pages showing that
// shows p's text (storedConversionFor).
func (s *Site) convertBodyFor(p *Page, body []byte, showing []*Page) (*conversion, []*content.Error) {
	cp := p.src
	if s.cache != nil {
		s.cache.made.Add(1)
	}
	var errs errorList
	links := map[string]string{}
	var exp *shortcode.Expanded
	// fileLine is the line of the content file where line of the Markdown
	// converted (its shortcodes expanded) is.
	fileLine := func(line int) int {
		if exp != nil {
			line = exp.Line(line)
		}
		return cp.BodyLine - 1 + line
	}
	var local []LocalLink
	addressed := false // a link to an address, resolved from the page's place
	// fromShortcode reports whether a link's address is (or holds) a
	// shortcode's output, [x]({{< relref "b.md" >}}), in the page's Markdown
	// or in a shortcode's inner text it renders: checked when it ran.
	fromShortcode := func(string) bool { return false }
	if shortcode.Has(body) {
		prefix := shortcode.PlaceholderPrefix(body)
		fromShortcode = func(dest string) bool { return strings.Contains(dest, prefix) }
	}
	// resolve and images take the line in the content file.
	resolve := func(dest string, line int) (string, error) {
		if fromShortcode(dest) {
			return dest, nil
		}
		if !markdown.IsPageLink(dest) { // an address: /operator/db, ../x/
			addressed = true
			u, found := s.resolvePath(p, dest)
			if !found {
				links[dest] = "?" + u
				local = append(local, LocalLink{Dest: dest, Path: s.linkPath(p, dest), Line: line})
			} else {
				links[dest] = u
			}
			return u, nil
		}
		target, err := s.resolveLink(p, dest, s.byFile, s.excluded)
		if err != nil {
			s.addLinkError(&errs, cp.File, line, dest, err)
			links[dest] = "!" + err.Error()
		} else {
			links[dest] = target
		}
		return target, err
	}
	var photos []Photo
	var images markdown.ImageResolver
	var imageDests []string
	var missing []MissingImage
	if s.photo != nil {
		var imageAt markdown.ImageResolver // of the file's name, decoded or as written
		images = func(dest string, line int) (markdown.Image, bool, error) {
			if fromShortcode(dest) { // ![x]({{< param photo >}}): published as the shortcode writes it
				return markdown.Image{}, false, nil
			}
			written := dest
			dest = s.bundleNamed(p, dest)
			// %-escapes decoded (a%20c.png is "a c.png"), unless only
			// another spelling of the name is a file: the name as written
			// (a file really named a%20c.png), or its accents stored the
			// other way (macOS's NFD against a link's NFC, or back). The
			// address of a file published as it is then names that file
			// (a%2520c.png).
			names := imageNames(dest)
			pick := names[0]
			if len(names) > 1 && s.imageProblem(p, pick) != "" {
				for _, n := range names[1:] {
					if s.imageProblem(p, n) == "" {
						pick = n
						break
					}
				}
			}
			img, ok, err := imageAt(pick, line)
			if pick != names[0] && err == nil && img.Width == 0 {
				img.Src, ok = (&neturl.URL{Path: cmp.Or(img.Src, pick)}).EscapedPath(), true
			}
			if dest != written && err == nil && !ok {
				img, ok = markdown.Image{Src: dest}, true // the bundle's file, as the page names it
			}
			return img, ok, err
		}
		imageAt = func(dest string, line int) (markdown.Image, bool, error) {
			if is := s.imageIssue(p, dest); is.msg != "" {
				if s.Config.HugoAddresses {
					// Hugo publishes the page, the image's address
					// as written (a theme's image hook may find it):
					// a warning, not a page left out of the import.
					missing = append(missing, MissingImage{Dest: dest, Line: line, Msg: is.msg, Cause: is.cause, Item: is.item, problem: is.msg})
					return markdown.Image{}, false, nil
				}
				errs.addGrouped(cp.File, line, is.msg, is.cause, is.item)
				return markdown.Image{}, false, nil
			}
			imageDests = append(imageDests, dest)
			file := s.photoFile(p, dest)
			if file == "" {
				if u, ok := s.besideURL(p, dest, links); ok {
					return markdown.Image{Src: u}, true, nil
				}
				return markdown.Image{}, false, nil
			}
			set, err := s.photo(file)
			if errors.Is(err, fs.ErrNotExist) {
				errs.add(cp.File, line, "image %q: there is no %s", dest, file)
				return markdown.Image{}, false, err
			}
			if err != nil {
				errs.add(cp.File, line, "image %q: %v", dest, err)
				return markdown.Image{}, false, err
			}
			photos = append(photos, Photo{File: file, Set: set})
			return markdown.Image{Src: s.PhotoURL(set.Default().Name), Srcset: set.Srcset(s.PhotoURL("")), Width: set.Width, Height: set.Height}, true, nil
		}
	}
	timeout := cmp.Or(s.Config.Timeout, config.DefaultTimeout)
	src := body
	start := time.Now()
	markdownify := func(src string, line int, inline bool) (template.HTML, error) { // a shortcode's Markdown, rendered as the page's
		var inShortcode markdown.ImageResolver
		if images != nil {
			inShortcode = func(dest string, _ int) (markdown.Image, bool, error) { return images(dest, line) }
		}
		var opts []markdown.Option
		if inline {
			opts = append(opts, markdown.Unwrapped())
		}
		r, err := s.md.ConvertWithin(timeout, []byte(src), func(dest string, _ int) (string, error) { return resolve(dest, line) }, inShortcode, opts...)
		return r.HTML, err
	}
	var warned []ShortcodeWarning
	var removed []markdown.RemovedLink // by shortcodes' arguments, lines in the file
	exp = s.expandShortcodes(p, body, timeout, &errs, links, &photos, &imageDests, &missing, &warned, &removed, markdownify, showing)
	if len(errs) > 0 {
		return nil, errs
	}
	if exp != nil {
		src = exp.Markdown
		timeout = max(timeout-time.Since(start), time.Second)
	}
	var res markdown.Result
	var err error
	if content.IsHTML(cp.File) {
		// An .html file's body is published as written, as Hugo does; only
		// its shortcodes run.
		res.HTML = template.HTML(src)
		for _, ref := range htmlLinks(string(src)) { // checked, not changed
			if target, _, _ := strings.Cut(ref.Dest, "#"); markdown.IsAddress(target) && !markdown.IsPageLink(target) {
				_, _ = resolve(target, fileLine(ref.Line))
			}
			if scheme, bad := markdown.DangerousAddress(ref.Dest); bad { // published as written: said
				removed = append(removed, markdown.RemovedLink{Dest: ref.Dest, Scheme: scheme, Line: fileLine(ref.Line), Kept: true})
			}
		}
		if exp != nil {
			err = restoreShortcodes(exp, &res)
		}
		res.Summary, res.WordCount = htmlSummary(res.HTML)
	} else {
		var opts []markdown.Option
		if exp != nil {
			opts = append(opts, markdown.NotSummary(exp.IsPlaceholder))
		}
		var inBody markdown.ImageResolver
		if images != nil {
			inBody = func(dest string, line int) (markdown.Image, bool, error) { return images(dest, fileLine(line)) }
		}
		res, err = s.md.ConvertWithin(timeout, src, func(dest string, line int) (string, error) { return resolve(dest, fileLine(line)) }, inBody, opts...)
		if err == nil && exp != nil {
			err = restoreShortcodes(exp, &res)
		}
	}
	var timeoutErr *markdown.TimeoutError
	var large *markdown.TooLargeError
	var cells *markdown.TooManyCellsError
	var linkBytes *markdown.TooManyLinkBytesError
	var deep *markdown.TooDeepError
	switch {
	case errors.As(err, &deep):
		errs.add(cp.File, fileLine(deep.Line), "%v", err) // at the level too many
	case errors.As(err, &cells):
		errs.add(cp.File, fileLine(cells.Line), "%v", err) // at the table
	case errors.As(err, &linkBytes):
		errs.add(cp.File, fileLine(linkBytes.Line), "%v", err) // at the link past the bound
	case errors.As(err, &timeoutErr), errors.As(err, &large):
		if timeoutErr != nil {
			// The page's whole time, as site.yaml says it, not what its
			// shortcodes left of it (1.984067999s).
			timeoutErr.Timeout = cmp.Or(s.Config.Timeout, config.DefaultTimeout)
		}
		errs = errorList{{File: cp.File, Msg: err.Error()}} // what the abandoned conversion found is not whole
	case err != nil:
		errs.add(cp.File, cp.BodyLine, "%v", err)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	var noAlt []ImageWithoutAlt
	for _, ref := range res.ImagesWithoutAlt {
		noAlt = append(noAlt, ImageWithoutAlt{Dest: ref.Dest, Line: fileLine(ref.Line)})
	}
	inFile := func(lines []int) []int {
		out := make([]int, len(lines))
		for i, l := range lines {
			out[i] = fileLine(l)
		}
		return out
	}
	for _, r := range res.RemovedLinks {
		r.Line = fileLine(r.Line)
		removed = append(removed, r)
	}
	if ext := s.extendedOf(p); ext.Any() {
		// As the theme rewrites .Content, .TableOfContents and .Summary,
		// its shortcodes' output included.
		res.HTML, res.Summary, res.TableOfContents = ext.Apply(res.HTML), ext.Apply(res.Summary), ext.Apply(res.TableOfContents)
	}
	conv := &conversion{res: convResult{res.HTML, res.Summary, res.TableOfContents, res.WordCount}, links: links, images: imageDests, photos: photos, noAlt: noAlt, warned: warned, localLinks: local,
		droppedHTML: inFile(res.DroppedHTML), topHeadings: inFile(res.TopHeadings), removedLinks: removed, missingImages: missing}
	if shortcode.Has(body) {
		conv.hasShortcodes, conv.shortcodes = true, s.shortcodes
	}
	conv.placed = addressed || exp != nil || conv.hasShortcodes || len(imageDests) > 0 || len(photos) > 0 || len(local) > 0
	return conv, nil
}

// ImageWithoutAlt is an image in a page's Markdown written without alt text.
type ImageWithoutAlt struct {
	Dest string // as written
	Line int    // in the content file
}

// ImagesWithoutAlt lists the images of the page's Markdown that have no alt
// text, which screen readers then cannot describe.
func (p *Page) ImagesWithoutAlt() []ImageWithoutAlt { return p.converted().noAlt }

// ShortcodeWarnings are what the page's shortcodes said when its body (or
// its front matter's summary and description) was converted: Hugo's warnf,
// a message no language has. They are kept with the conversion, so that a
// rebuild reusing it warns as a clean build does.
func (p *Page) ShortcodeWarnings() []ShortcodeWarning {
	if p.src == nil {
		return nil
	}
	return p.converted().warned
}

// DroppedHTML lists the lines of the page's content file with raw HTML that
// the page leaves out, as site.yaml does not set markdown: {unsafe: true}.
func (p *Page) DroppedHTML() []int { return p.converted().droppedHTML }

// RemovedLinks lists the links and images of the page's Markdown whose
// address the page leaves out, as it would run a program in the reader's
// browser (javascript:, data:), with their lines in the content file.
func (p *Page) RemovedLinks() []markdown.RemovedLink {
	if p.src == nil {
		return nil
	}
	return p.converted().removedLinks
}

// TopHeadings lists the lines of the page's content file with a level-one
// heading (# Title), a second <h1> beside the title the layout shows.
func (p *Page) TopHeadings() []int { return p.converted().topHeadings }

// LargestSource is the size of the largest Markdown body of the site's
// pages, which bounds what a page's layout may write.
func (s *Site) LargestSource() int { return s.largestSize }

// findLargest finds the page with the largest Markdown body.
func (s *Site) findLargest() {
	s.largest, s.largestSize = nil, 0
	for _, p := range s.Pages {
		if n := p.SourceSize(); s.largest == nil || n > s.largestSize {
			s.largest, s.largestSize = p, n
		}
	}
}

// sourceSaved keeps LargestSource after a save gave q a new body: a save
// looks at the site's pages only when it shrank the largest.
func (s *Site) sourceSaved(q *Page) {
	switch n := q.SourceSize(); {
	case n >= s.largestSize:
		s.largest, s.largestSize = q, n
	case q == s.largest:
		s.findLargest()
	}
}

// ShortcodesWarned reports whether a page's shortcodes may have warned
// (ShortcodeWarnings): a count kept as pages take their conversions, so
// that a save does not ask each of the site's pages.
func (s *Site) ShortcodesWarned() bool { return s.warned.Load() > 0 }

// warns is 1 for a conversion with shortcode warnings, else 0.
func warns(conv *conversion) int64 {
	if conv != nil && len(conv.warned) > 0 {
		return 1
	}
	return 0
}

// reads is 1 for a conversion whose shortcodes read pages or files, else 0.
func reads(conv *conversion) int64 {
	if conv != nil && len(conv.read) > 0 {
		return 1
	}
	return 0
}

// sameLinks reports whether every link of a cached conversion resolves as before.
func (s *Site) sameLinks(p *Page, links map[string]string) bool {
	for dest, was := range links {
		if s.linkTarget(p, dest) != was || strings.HasPrefix(was, "!") {
			return false
		}
	}
	return true
}

func (s *Site) useConversion(p *Page, conv *conversion) {
	old := p.conv.Swap(conv)
	s.warned.Add(warns(conv) - warns(old))
	s.reading.Add(reads(conv) - reads(old))
	if !s.lazy {
		id := conv.id
		if id == 0 {
			id = uint64(len(conv.res.HTML))<<32 ^ uint64(len(conv.res.Summary)) // no cache: sums are not compared across builds
		}
		s.setSum(p, id)
	}
}

// photoFile is the site file of an image a page names: a file of its bundle, or
// an absolute path into static/ (or assets/, where Hugo finds it too, when
// static/ has no such file); "" for anything else.
func (s *Site) photoFile(p *Page, dest string) string {
	if !photo.Readable(dest) || strings.Contains(dest, "://") {
		return ""
	}
	if !photo.Supported(dest) {
		// A WebP photo is published as it is, but one only in assets/,
		// where Hugo's themes resize it, has only its resized copies.
		dest := s.belowBase(dest)
		if file, asset := path.Join("static", dest), path.Join("assets", dest); strings.HasPrefix(dest, "/") && s.photo != nil &&
			s.bundleFileAt(dest) == "" && errors.Is(s.checkFile(file), fs.ErrNotExist) && s.checkFile(asset) == nil {
			return asset
		}
		return ""
	}
	if strings.HasPrefix(dest, "/") {
		dest = s.belowBase(dest)
		file := path.Join("static", dest)
		if src := s.bundleFileAt(dest); src != "" && errors.Is(s.checkFile(file), fs.ErrNotExist) {
			return src // a bundle's file, named by the address it is published at
		}
		if asset := path.Join("assets", dest); s.photo != nil && errors.Is(s.checkFile(file), fs.ErrNotExist) && s.checkFile(asset) == nil {
			return asset
		}
		return file
	}
	for _, r := range p.Resources {
		if r.Named(path.Clean(dest)) {
			return r.Src
		}
	}
	if out := s.besideFile(p, dest); out != "" {
		return s.resources[out]
	}
	return ""
}

// imageProblem says what is wrong with an image a page names (in Markdown or
// as front matter image), "" when nothing is: an image on this site must be a
// file the build publishes at the URL the browser will ask for. That is a file
// of the page's bundle, a file of static/, or (through ../) a file another
// bundle publishes. A link to another site is not checked.
// bundleNamed is dest, an image's address from the site's root
// (/photo.webp), as the name of a file of p's bundle (photo.webp) when
// nothing is published at that address and the bundle has that file, as
// Hugo themes' image render hooks find a page's images (Hugo Bootstrap's
// /featured-sample.webp beside its page); else dest as it is.
func (s *Site) bundleNamed(p *Page, dest string) string {
	if !strings.HasPrefix(dest, "/") || strings.HasPrefix(dest, "//") || len(p.Resources) == 0 {
		return dest
	}
	file, rest := dest, "" // ?height=120px#center, for the theme
	if i := strings.IndexAny(dest, "?#"); i >= 0 {
		file, rest = dest[:i], dest[i:]
	}
	name := strings.TrimPrefix(path.Clean(fileName(file)), "/")
	if !slices.ContainsFunc(p.Resources, func(r Resource) bool { return r.Named(name) }) || s.imageProblem(p, file) == "" {
		return dest
	}
	return name + rest
}

func (s *Site) imageProblem(p *Page, dest string) string {
	return s.imageIssue(p, dest).msg
}

// imageIssue is what is wrong with an image (imageProblem), and when the
// mistake is one that every image written the same way shares (addresses
// with a path the base URL does not have), that cause and what names this
// image, so that a hundred such images are one message (diag.Grouped).
type imageIssue struct{ msg, cause, item string }

func (s *Site) imageIssue(p *Page, dest string) imageIssue {
	var is imageIssue
	is.msg = s.imageFind(p, dest, &is)
	return is
}

// imageFind is imageIssue's message; it sets the cause and item of is.
func (s *Site) imageFind(p *Page, dest string, is *imageIssue) string {
	dest, _, _ = strings.Cut(dest, "#")
	dest, _, _ = strings.Cut(dest, "?")
	if dest == "" || strings.HasPrefix(dest, "//") || strings.Contains(dest, ":") || p.src == nil {
		return ""
	}
	cp := p.src
	if strings.HasPrefix(dest, "/") {
		addr := s.belowBase(dest)
		file := path.Join("static", addr) // Join cleans: /../x stays in static/
		err := s.fileProblem(file)
		if err == nil || s.bundleFileAt(addr) != "" {
			return ""
		}
		// Hugo (its figure shortcode, and themes such as Hugoplate and
		// Blowfish) finds such images in assets/ too. vestis publishes
		// resized copies of a photo found there, but no other file of it.
		if asset := path.Join("assets", addr); errors.Is(s.checkFile(file), fs.ErrNotExist) && s.checkFile(asset) == nil {
			if s.photo != nil && photo.Readable(addr) {
				return ""
			}
			return fmt.Sprintf("image %q: there is no %s, only %s, which Hugo's themes read and vestis publishes only as resized photos (JPEG, PNG, WebP); move it to %s", dest, file, asset, file)
		}
		// A translator's /zh/images/a.png for the /images/a.png of the
		// default language: static/ is published once, at the root.
		if root := s.langRoot(p.Lang); root != "/" && strings.HasPrefix(addr, root) {
			if shared := "/" + strings.TrimPrefix(addr, root); s.checkFile(path.Join("static", shared)) == nil {
				is.cause = fmt.Sprintf("the files of static/ are published once, at the site's root, for every language: write images' addresses without %s", strings.TrimSuffix(root, "/"))
				is.item = fmt.Sprintf("image %q: write %q", dest, shared)
				return fmt.Sprintf("image %q: there is no %s; the files of static/ are published once, at the site's root, for every language: write %q", dest, file, shared)
			}
		}
		// /media/a.png for a file of content/media/ (a folder of no
		// bundle), which a language in its own folder publishes below it,
		// as Hugo does: /en/media/a.png.
		langs := append([]string{p.Lang}, s.Config.LanguageCodes()...)
		for _, lang := range langs {
			if root := s.langRoot(lang); root != "/" {
				if src := s.bundleFileAt(root + strings.TrimPrefix(addr, "/")); src != "" {
					return fmt.Sprintf("image %q: there is no %s; %s is published below the language's folder, at %s: write %q, or move the file to %s to publish it once for every language",
						dest, file, src, s.RelURL(root+strings.TrimPrefix(addr, "/")), s.RelURL(root+strings.TrimPrefix(addr, "/")), file)
				}
			}
		}
		// /handbook/img/a.png for static/img/a.png: the address of a site
		// published below /handbook/, which baseURL does not say.
		if first, rest, ok := strings.Cut(strings.TrimPrefix(addr, "/"), "/"); ok && s.checkFile(path.Join("static", rest)) == nil {
			is.cause = fmt.Sprintf("images written below /%s/ are not published there: static/ is published at %s; if the site is published below /%s/, give baseURL that path (baseURL: %s in site.yaml, or vestis build --baseURL), or write the images' addresses without /%s",
				first, s.RelURL("/"), first, s.baseWith(first), first)
			is.item = fmt.Sprintf("image %q: write %q", dest, s.RelURL("/"+rest))
			return fmt.Sprintf("image %q: there is no %s; static/%s is published at %s: if the site is published below /%s/, give baseURL that path (baseURL: %s in site.yaml, or vestis build --baseURL), or write %q",
				dest, file, rest, s.RelURL("/"+rest), first, s.baseWith(first), s.RelURL("/"+rest))
		}
		if twin := s.caseTwin(file); twin != "" {
			want := s.RelURL(strings.TrimPrefix(twin, "static"))
			if strings.HasSuffix(dest, addr) {
				want = strings.TrimSuffix(dest, addr) + strings.TrimPrefix(twin, "static")
			}
			return caseTwinMsg(dest, file, twin, want)
		}
		return fmt.Sprintf("image %q: %s; put the image there, or beside the page and write %q", dest, err, path.Base(dest))
	}
	clean := path.Clean(dest)
	for _, r := range p.Resources {
		if r.Named(clean) {
			return ""
		}
	}
	if s.besideFile(p, clean) != "" {
		return ""
	}
	if !strings.HasPrefix(clean, "../") && clean != ".." {
		if p.Kind != KindPage { // a home or section page names a file of a bundle below it
			return s.publishedProblem(p, dest, clean)
		}
		if !strings.HasPrefix(path.Base(cp.File), "index.") {
			// One image many pages name beside them (a logo, a shared
			// photo) is one mistake: said once, with the places.
			is.cause = fmt.Sprintf("image %q is not beside the pages that name it: put the image in static/ and write /%s, or make each page a folder with the page as its index file (index.md, index.en.md) and the image in it", dest, clean)
		}
		dir := path.Dir(cp.File)
		if twin := s.caseTwin(path.Join(dir, clean)); twin != "" {
			is.cause = ""
			return caseTwinMsg(dest, path.Join(dir, clean), twin, strings.TrimPrefix(twin, dir+"/"))
		}
		return missingImageMsg(cp, dest)
	}
	return s.publishedProblem(p, dest, clean)
}

// publishedProblem checks an image named relative to a page, outside the page's
// own bundle: some bundle, or static/, must publish a file at that URL.
func (s *Site) publishedProblem(p *Page, dest, clean string) string {
	dir := strings.TrimSuffix(p.OutputPath(), path.Base(p.OutputPath()))
	target := path.Join(dir, clean)
	if target == ".." || strings.HasPrefix(target, "../") {
		return fmt.Sprintf("image %q leaves the site; put the image beside the page, or in static/ and write \"/%s\"", dest, path.Base(clean))
	}
	if s.resources[target] != "" || s.checkFile != nil && s.fileProblem(path.Join("static", target)) == nil {
		return ""
	}
	// ../images/a.png for static/images/a.png: written as if from the
	// site's root (a theme's image hook made it so), one folder short.
	rooted := clean
	for strings.HasPrefix(rooted, "../") {
		rooted = rooted[len("../"):]
	}
	if rooted != clean && s.checkFile != nil && s.fileProblem(path.Join("static", rooted)) == nil {
		return fmt.Sprintf("image %q: no file is published at /%s; static/%s is published at %s: write %q", dest, target, rooted, s.RelURL("/"+rooted), s.RelURL("/"+rooted))
	}
	name := path.Base(clean)
	switch {
	case p.Kind != KindPage: // a home or section page has no files of its own
		return fmt.Sprintf("image %q: no file is published at /%s; put the image in static/ and write \"/%s\"", dest, target, name)
	case strings.HasPrefix(path.Base(p.src.File), "index."):
		return fmt.Sprintf("image %q: no file is published at /%s; put the image beside the page, in %s/, and write %q, or in static/ and write \"/%s\"",
			dest, target, path.Dir(p.src.File), name, name)
	}
	return fmt.Sprintf("image %q: no file is published at /%s; put the image in a folder %s/ with the page as index.%s.md, and write %q, or in static/ and write \"/%s\"",
		dest, target, bundleOf(p.src), p.src.Lang, name, name)
}

// fileProblem says why file cannot be published as it is; nil when it can, or
// when there is nothing to check with.
func (s *Site) fileProblem(file string) error {
	if s.checkFile == nil {
		return nil
	}
	err := s.checkFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("there is no %s", file)
	}
	return err
}

// sameImages reports whether every image of a cached conversion is still published.
func (s *Site) sameImages(p *Page, images []string) bool {
	for _, dest := range images {
		if s.imageProblem(p, dest) != "" {
			return false
		}
	}
	return true
}

// stillMissing reports whether every image a cached conversion did not find
// is still not published: one put in place since is converted as found.
func (s *Site) stillMissing(p *Page, missing []MissingImage) bool {
	for _, m := range missing {
		if s.imageProblem(p, m.Dest) != m.problem {
			return false // found, or missing for another reason
		}
	}
	return true
}

// MissingImage is an image of a page's Markdown, in a site with Hugo's
// addresses, that no file is published for: Hugo publishes the page with
// the image's address as written, and so does vestis, with a warning.
type MissingImage struct {
	Dest string // as written
	// File is the content file when it is not the page's own (a page
	// whose shortcodes another includes); Line is in the content file.
	File string
	Line int
	// Msg says where the file should be; Cause and Item, when set, group
	// images missing for the same reason (diag.Grouped).
	Msg, Cause, Item string
	// Cover: the front matter image, which the page is published without
	// (the others keep the address as written).
	Cover bool
	// problem is what imageProblem said of it: a message that changes
	// (a file of that name in another letter case added) converts the
	// page again.
	problem string
}

// MissingImages are the page's MissingImage.
func (p *Page) MissingImages() []MissingImage {
	if p.src == nil {
		return nil
	}
	return p.converted().missingImages
}

// samePhotos reports whether every photo of a cached conversion still has
// the content it had: an edited photo has other sizes, named by its content's
// hash, which the page's <img> must name.
func (s *Site) samePhotos(photos []Photo) bool {
	for _, ph := range photos {
		if s.photo == nil {
			return false
		}
		set, err := s.photo(ph.File)
		if err != nil || set.Key() != ph.Set.Key() {
			return false
		}
	}
	return true
}

// resourcePaths are the output paths of the pages' bundle files, and of
// the files copied as they are: their sources.
func resourcePaths(pages []*Page, copied map[string]string) map[string]string {
	out := maps.Clone(copied)
	if out == nil {
		out = map[string]string{}
	}
	for _, p := range pages {
		if len(p.Resources) == 0 {
			continue
		}
		dir := strings.TrimSuffix(p.OutputPath(), path.Base(p.OutputPath()))
		for _, r := range p.Resources {
			out[dir+r.Name] = r.Src
		}
	}
	return out
}

// besideURL is the address of a file that an image names from page p's
// own file (besideFile), recorded in links (a conversion is used again only
// while it leads there); false when the image names no such file.
func (s *Site) besideURL(p *Page, dest string, links map[string]string) (string, bool) {
	out := s.besideFile(p, dest)
	if out == "" {
		return "", false
	}
	u, _ := s.resolvePath(p, dest)
	links[dest] = u
	return u, true
}

// belowBase is a root-relative address without the path of the base URL
// that it begins with (/handbook/img/a.png of a site at
// https://example.org/handbook/ is /img/a.png): the address below the site's
// root, where static/ and the bundles publish their files, as Hugo sites
// write it with the path. Any other address is returned as it is.
func (s *Site) belowBase(dest string) string {
	base := strings.TrimSuffix(s.RelURL("/"), "/")
	if base != "" && strings.HasPrefix(dest, base+"/") {
		return strings.TrimPrefix(dest, base)
	}
	return dest
}

// baseWith is the base URL with dir added to its path: what baseURL would
// say of a site published below /dir/ (of a site without one, at a host
// to name).
func (s *Site) baseWith(dir string) string {
	base := s.BaseURL
	if !strings.Contains(base, "://") {
		base = "https://HOST" + base
	}
	return strings.TrimSuffix(base, "/") + "/" + dir + "/"
}

// publishedPaths turns resources (output path -> source) around: each
// source's output paths, sorted (a bundle's file is published for each of
// its page's languages).
func publishedPaths(resources map[string]string) map[string][]string {
	out := make(map[string][]string, len(resources))
	for o, src := range resources {
		out[src] = append(out[src], o)
	}
	for _, outs := range out {
		slices.Sort(outs)
	}
	return out
}

// besideFile is the output path of the published file that a relative
// address names from page p's own file, when nothing is published where it
// leads from the page's address (as Hugo leaves it): images/a.png in
// content/docs/setup.md, a page at /docs/setup/, names
// content/docs/images/a.png, published at /docs/images/a.png. Hugo themes'
// image render hooks (Hextra's) resolve a regular page's images so, and an
// editor's preview of the file shows them so. "" when it names no
// published file from there either.
func (s *Site) besideFile(p *Page, target string) string {
	if p.src == nil || target == "" || strings.HasPrefix(target, "/") || len(s.published) == 0 {
		return ""
	}
	clean := path.Clean(target)
	if clean == "." || clean == ".." {
		return ""
	}
	if from := path.Join(dirOf(p.OutputPath()), clean); s.resources[from] != "" ||
		s.checkFile != nil && s.checkFile(path.Join("static", from)) == nil {
		return ""
	}
	outs := s.published[path.Join(path.Dir(p.src.File), clean)]
	if len(outs) == 0 {
		return ""
	}
	// A file published for several languages: the page's language's copy.
	for _, o := range outs {
		if s.outputLang(o) == p.Lang {
			return o
		}
	}
	return outs[0]
}

// outputLang is the language below whose root an output path lies (the
// longest root that holds it): "" when none does.
func (s *Site) outputLang(out string) string {
	lang, longest := "", -1
	for _, l := range s.Languages {
		root := strings.TrimPrefix(s.langRoot(l.Code), "/")
		if strings.HasPrefix(out, root) && len(root) > longest {
			lang, longest = l.Code, len(root)
		}
	}
	return lang
}

// bundleFileAt is the source of the bundle file published at the
// root-relative address dest (/en/docs/images/a.png), which Hugo sites write
// to show a bundle's image from another page; "" when none is.
func (s *Site) bundleFileAt(dest string) string {
	return s.resources[strings.TrimPrefix(path.Clean(dest), "/")]
}

// bundleOf is the folder a regular page's file would move into as a bundle.
func bundleOf(cp *content.Page) string {
	stem, _ := content.TrimExt(path.Base(cp.File))
	return path.Join(path.Dir(cp.File), strings.TrimSuffix(stem, "."+cp.Lang))
}

// missingImageMsg says where the image of a missingImage should be.
// caseTwin is the file of the site whose path differs from file's only in
// letter case (static/images/Logo.SVG for static/images/logo.svg), "" when
// there is none: a file the writer's computer finds (macOS and Windows
// ignore the case) but the web server does not.
func (s *Site) caseTwin(file string) string {
	if s.readDir == nil {
		return ""
	}
	parts := strings.Split(file, "/")
	found := ""
	for i, part := range parts {
		entries, err := s.readDir(cmp.Or(found, "."))
		if err != nil {
			return ""
		}
		match := ""
		for _, e := range entries {
			if e.Name() == part {
				match = part
				break
			}
			if match == "" && strings.EqualFold(e.Name(), part) && e.IsDir() == (i < len(parts)-1) {
				match = e.Name()
			}
		}
		if match == "" {
			return ""
		}
		found = path.Join(found, match)
	}
	if found == file {
		return ""
	}
	return found
}

// caseTwinMsg says that image dest has no file but a twin whose name
// differs in letter case, and what to write.
func caseTwinMsg(dest, file, twin, write string) string {
	return fmt.Sprintf("image %q: there is no %s, but there is %s, whose name differs in letter case, which web servers do not ignore; write %q, or rename the file", dest, file, twin, write)
}

func missingImageMsg(cp *content.Page, dest string) string {
	dir := path.Dir(cp.File)
	if strings.HasPrefix(path.Base(cp.File), "index.") {
		return fmt.Sprintf("image %q: there is no %s/%s; put the image there", dest, dir, path.Clean(dest))
	}
	stem, _ := content.TrimExt(path.Base(cp.File))
	bundle := path.Join(dir, strings.TrimSuffix(stem, "."+cp.Lang))
	return fmt.Sprintf("image %q is not beside the page: make a folder %s/ with the page as index.%s.md and the image in it, "+
		"or put the image in static/ and write /%s", dest, bundle, cp.Lang, path.Clean(dest))
}

// footerPages finds the pages of the footer's links, in every language (a
// fallback page where a translation is missing).
func (s *Site) footerPages() map[string]map[string]*Page {
	want := map[string]bool{}
	for _, l := range s.Config.Footer {
		if l.Page != "" {
			want[l.Page] = true
		}
	}
	found := map[string]map[string]*Page{}
	if len(want) == 0 {
		return found
	}
	for _, p := range s.Pages {
		if p.Kind != KindPage || p.src == nil {
			continue
		}
		if key := path.Join(p.src.Dir, p.src.Base); want[key] {
			if found[key] == nil {
				found[key] = map[string]*Page{}
			}
			if q := found[key][p.Lang]; q == nil || q.FallbackOf != nil {
				found[key][p.Lang] = p
			}
		}
	}
	return found
}

// FooterPage returns the page of a footer link in lang, else in the default
// language, else nil.
func (s *Site) FooterPage(key, lang string) *Page {
	return cmp.Or(s.footer[key][lang], s.footer[key][s.DefaultLanguage])
}

// imageNames are the names an image destination may mean, the most likely
// first: %-escapes decoded (fileName), as written, and each with its
// accents joined (NFC) and apart (NFD).
func imageNames(dest string) []string {
	names := []string{fileName(dest)}
	if dest != names[0] {
		names = append(names, dest)
	}
	for _, n := range names {
		for _, f := range []norm.Form{norm.NFC, norm.NFD} {
			if v := f.String(n); !slices.Contains(names, v) {
				names = append(names, v)
			}
		}
	}
	return names
}

// fileName is the file a link or image destination names: its %-escapes
// decoded once (a%20c.md is "a c.md", as a browser and Hugo read it), as
// written when it holds a % that begins no escape (100%.md).
func fileName(dest string) string {
	if u, err := neturl.PathUnescape(dest); err == nil {
		return u
	}
	return dest
}

// PageByFile returns the published page of a content file, or nil.
func (s *Site) PageByFile(file string) *Page { return s.byFile[file] }

// resolveLink turns a relative link to a .md file into the URL of that page in the
// linking page's language when that translation exists.
// dest is as written: its %-escapes are decoded (a%20c.md is "a c.md"), and
// when no page is found so, the name as written is tried too (a file really
// named a%20c.md).
func (s *Site) resolveLink(from *Page, dest string, byFile map[string]*Page, excluded map[string]bool) (string, error) {
	target, err := s.findPage(from, fileName(dest), byFile, excluded)
	if err != nil && fileName(dest) != dest {
		if t, err2 := s.findPage(from, dest, byFile, excluded); err2 == nil {
			target, err = t, nil
		}
	}
	if err != nil {
		return "", err
	}
	return target.RelPermalink, nil
}

// resolvePage is the page a link to a .md file leads to, in from's language
// when that translation exists.
func (s *Site) resolvePage(from *Page, dest string) (*Page, error) {
	return s.findPage(from, dest, s.byFile, s.excluded)
}

// samePage finds pages of one language and kind that one address would
// hold: the same page written twice, as in content/fr/a/index.md and
// content/en/a/index.fr.md, or an older copy kept with the same slug. Hugo
// publishes one of them and says nothing; vestis keeps one, the file in its
// language's own folder, else the first by name, and warns at the other
// (at its url or slug line, if it has one) naming both. A site with Hugo's
// addresses gets the same for two home pages (_index.md and _index.html, as
// themes' demo content leaves behind); elsewhere that is an error. It
// returns, for each page left out, the index of the one kept.
func (s *Site) samePage(pages []*content.Page, made []*Page, urlErrs []*content.Error) map[int]int {
	kept := map[string]int{}
	var same map[int]int
	own := func(cp *content.Page) bool {
		dir := s.Config.ContentDir(cp.Lang)
		return dir != "content" && strings.HasPrefix(cp.File, dir+"/")
	}
	for i, cp := range pages {
		p := made[i]
		if p == nil || urlErrs[i] != nil || isPlaceholder(cp) || cp.Meta.Build.Render == "never" || (p.Kind != KindPage && p.Kind != KindSection && (p.Kind != KindHome || !s.Config.HugoAddresses)) {
			continue
		}
		key := p.Kind + "\x00" + p.Lang + "\x00" + p.URLPath
		j, dup := kept[key]
		if !dup {
			kept[key] = i
			continue
		}
		win, lose := j, i
		if own(cp) && !own(pages[j]) || own(cp) == own(pages[j]) && cp.File < pages[j].File {
			win, lose = i, j
		}
		kept[key] = win
		if same == nil {
			same = map[int]int{}
		}
		same[lose] = win
		l := pages[lose]
		line, field := 0, ""
		switch {
		case l.Meta.URL != "":
			line, field = l.Meta.Line("url"), "url"
		case l.Meta.Slug != "":
			line, field = l.Meta.Line("slug"), "slug"
		}
		fix := "delete one of the two files, or rename it"
		if field != "" {
			fix = "delete one of the two files, or change its " + field
		}
		if norm.NFC.String(l.File) == norm.NFC.String(pages[win].File) {
			// The names differ, yet print the same: say how.
			fix = "the two file names look the same, but the letters of one are stored differently (Unicode normalization: an accented letter as one character, or as a letter and a combining accent); delete one of the two files"
		}
		s.warnings = append(s.warnings, diag.Warnf(l.File, line, "%s is also the %s page at %s, and is published there; this file is left out (Hugo publishes one of the two and says nothing): %s",
			pages[win].File, p.Lang, p.URLPath, fix))
	}
	// A page first kept and then beaten keeps pointing at its winner's winner.
	for lose, win := range same {
		for {
			w, ok := same[win]
			if !ok {
				break
			}
			win = w
		}
		same[lose] = win
	}
	return same
}

func (s *Site) findPage(from *Page, dest string, byFile map[string]*Page, excluded map[string]bool) (*Page, error) {
	if dest == "/" {
		// The home page, which may have no file (Hugo's ref "/").
		if t := s.trees[from.Lang]; t != nil && t.Home != nil && (t.Home.src == nil || byFile[t.Home.File] == t.Home) {
			return t.Home, nil
		}
	}
	var file string
	if strings.HasPrefix(dest, "/") {
		file = path.Join(s.Config.ContentDir(from.Lang), dest)
	} else {
		file = path.Join(path.Dir(from.File), dest)
	}
	candidates := s.pageFiles(file, from.Lang)
	if strings.HasPrefix(dest, "/") {
		// A folder mounted at the path (contentMounts: content/en/docs/latest at docs).
		for _, f := range s.Config.MountedFiles(from.Lang, dest) {
			candidates = append(candidates, s.pageFiles(f, from.Lang)...)
		}
	}
	// A site whose languages have folders under content/ (content/lv/) may
	// link from content/ itself, the language's folder named: /lv/a.md.
	if dir := s.Config.ContentDir(from.Lang); strings.HasPrefix(dest, "/") && path.Dir(dir) != "." {
		candidates = append(candidates, s.pageFiles(path.Join(path.Dir(dir), dest), from.Lang)...)
	}
	// A link from the site's folder, as the repository's web view reads it:
	// /content/en/docs/a.md.
	if site := strings.TrimPrefix(path.Clean(dest), "/"); strings.HasPrefix(dest, "/") {
		if _, ok := s.Config.ContentRootOf(site); ok {
			candidates = append(candidates, s.pageFiles(site, from.Lang)...)
			file = site // the file an error names
		}
	}
	// A file named on macOS has its accents stored apart from their letters
	// (NFD: "n" and a combining cedilla), a link typed elsewhere has them
	// joined (NFC: "ņ"), or the other way round: they look the same, and a
	// link finds the file either way.
	for _, c := range candidates {
		if !norm.NFC.IsNormalString(c) || !norm.NFD.IsNormalString(c) {
			candidates = append(candidates, norm.NFC.String(c), norm.NFD.String(c))
		}
	}
	var err error
	for _, c := range candidates {
		if other, ok := s.samePages[c]; ok {
			c = other // left out as the same page as other
		}
		if target, ok := byFile[c]; ok {
			return inLanguage(target, from.Lang), nil
		}
		if excluded[c] {
			err = fmt.Errorf("%s is not published (draft, future or expired)", c)
			break
		}
		if s.unrendered[c] != nil {
			err = fmt.Errorf("%s is not rendered (build: {render: never})", c)
			break
		}
	}
	if fb := s.fallbackLink(file, from.Lang, byFile); fb != nil {
		return fb, nil
	}
	return nil, cmp.Or(err, error(&noPageError{file}))
}

// addLinkError adds the error err of the link to dest at file:line. Links
// into a folder that has no pages (moved, renamed or removed) share one
// cause: a folder renamed breaks every link into it, and they are said
// once, with their places, not once a link.
func (s *Site) addLinkError(errs *errorList, file string, line int, dest string, err error) {
	msg := fmt.Sprintf("link to %q: %v", dest, err)
	var none *noPageError
	if !errors.As(err, &none) {
		errs.add(file, line, "%s", msg)
		return
	}
	if gone := s.goneFolder(none.file); gone != "" {
		errs.addGrouped(file, line, msg,
			fmt.Sprintf("links to pages in %s/, where there are no pages now (was the folder moved or renamed?); change each link to where its page is, or put the folder back", gone),
			fmt.Sprintf("link to %q", dest))
		return
	}
	// Links to one page that is not there (deleted, renamed, or never
	// written) share it as their cause: the page's translations link to it
	// too, each to its own language's file, and a page deleted is said once,
	// not once a translation.
	errs.addGrouped(file, line, msg,
		fmt.Sprintf("links to %s, a page the site does not have (was it deleted, moved or renamed?); change each link to where its page is, or put the page back", s.pageBase(none.file)),
		fmt.Sprintf("link to %q", dest))
}

// pageBase is the content file file with neither its extension nor its
// language (content/news/a.lv.md is content/news/a), and a bundle's index
// file its folder: what links to a page's versions in each language have in
// common.
func (s *Site) pageBase(file string) string {
	stem, _ := content.TrimExt(file)
	if ext := path.Ext(stem); ext != "" && s.Config.Language(ext[1:]) != nil {
		stem = strings.TrimSuffix(stem, ext)
	}
	if b := path.Base(stem); b == "index" || b == "_index" {
		stem = path.Dir(stem)
	}
	return stem
}

// noPageError is a link's target that is no content file of the site.
type noPageError struct{ file string }

func (e *noPageError) Error() string { return fmt.Sprintf("no such page (%s)", e.file) }

// contentFolders are the folders that hold the content files of pages, and
// every folder above them.
func contentFolders(pages []*content.Page) map[string]bool {
	folders := map[string]bool{}
	for _, cp := range pages {
		for dir := path.Dir(cp.File); dir != "." && !folders[dir]; dir = path.Dir(dir) {
			folders[dir] = true
		}
	}
	return folders
}

// goneFolder is the highest folder above the content file file that holds
// no content file, "" when file's own folder holds some: the folder a link
// to file went into before it was moved, renamed or removed.
func (s *Site) goneFolder(file string) string {
	gone := ""
	for dir := path.Dir(file); dir != "." && dir != "/" && !s.folders[dir]; dir = path.Dir(dir) {
		gone = dir
	}
	return gone
}

// pageFiles are the files a link to file may mean, in that order: file
// itself, then, unless it names a language, its translation into lang, its
// bundle or section, and the default language's file without a language
// in its name (Hugo's ref "/install" finds install.md).
func (s *Site) pageFiles(file, lang string) []string {
	files := []string{file}
	stem, _ := content.TrimExt(file)
	if strings.Contains(path.Base(stem), ".") && s.Config.Language(path.Ext(stem)[1:]) != nil {
		return files
	}
	for _, ext := range content.Exts {
		files = append(files, stem+"."+lang+ext, path.Join(stem, "index."+lang+ext), path.Join(stem, "_index."+lang+ext),
			stem+ext, path.Join(stem, "index"+ext), path.Join(stem, "_index"+ext))
	}
	return files
}

// inLanguage is the page of p's group that a reader of lang is shown: its
// translation into lang, else its fallback page there, else p itself.
func inLanguage(p *Page, lang string) *Page {
	if t := p.Translation(lang); t != nil {
		return t
	}
	if fb := p.FallbackIn(lang); fb != nil {
		return fb
	}
	return p
}

// fallbackLink is the fallback page in lang of the page a link names by a
// file that does not exist or is not published (x.en.md, x.md, x/index.en.md,
// while only x.lv.md is): the same file name in another language, which has a
// fallback page in lang. It is nil when there is none, as without
// translations.fallback, so that such a link stays an error.
func (s *Site) fallbackLink(file, lang string, byFile map[string]*Page) *Page {
	stem, ok := content.TrimExt(file)
	if !ok {
		return nil
	}
	if ext := path.Ext(stem); ext != "" && s.Config.Language(ext[1:]) != nil {
		stem = strings.TrimSuffix(stem, ext)
	}
	for _, l := range s.Config.LanguageCodes() {
		for _, ext := range content.Exts {
			for _, c := range []string{stem + "." + l + ext, stem + ext} {
				if p := byFile[c]; p != nil && p.Translation(lang) == nil {
					if fb := inLanguage(p, lang); fb.Lang == lang {
						return fb
					}
				}
			}
		}
	}
	return nil
}

// summaryWords is the length of an HTML page's summary, Hugo's default
// summaryLength.
const summaryWords = 70

// htmlSummary is the summary of an HTML content file's body, its first words
// as text (as Hugo makes it: an HTML body's paragraphs are not known), and
// its number of words.
func htmlSummary(h template.HTML) (template.HTML, int) {
	words := strings.Fields(htmltext.Text(string(h)))
	if len(words) == 0 {
		return "", 0
	}
	first := words[:min(len(words), summaryWords)]
	return template.HTML("<p>" + template.HTMLEscapeString(strings.Join(first, " ")) + "</p>"), len(words)
}

// restoreShortcodes puts the output of {{< >}} shortcodes into a converted body.
func restoreShortcodes(exp *shortcode.Expanded, res *markdown.Result) error {
	for _, h := range []*template.HTML{&res.HTML, &res.Summary, &res.TableOfContents} {
		out, err := exp.Restore(string(*h))
		if err != nil {
			return err
		}
		*h = template.HTML(out)
	}
	return nil
}

// hugoPath is the path Hugo makes of a term's name (its urlize): letters
// of every script, digits and . _ - / kept, spaces as hyphens, the rest
// left out, lower case.
func hugoPath(name string) string {
	var b strings.Builder
	for _, r := range norm.NFC.String(strings.TrimSpace(name)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || strings.ContainsRune("._-/", r):
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsSpace(r):
			b.WriteByte('-')
		}
	}
	return strings.Trim(path.Clean("/"+b.String()), "/")
}

// unknownSections are the errors for keys of site.yaml's menu, home blocks
// and home feeds that name no section: not one of site.yaml's sections or
// a type's (which may have no pages yet), nor a folder of content/ with pages. Such a
// key (a typo, a section since removed) would leave its menu item, block
// or feed pages out without a word.
func (s *Site) unknownSections() errorList {
	cfg := s.Config
	known := map[string]bool{}
	for key := range cfg.Sections {
		if !slices.Contains(cfg.Taxonomies, key) {
			known[key] = true
		}
	}
	for _, t := range cfg.Types {
		for _, key := range t.Sections {
			known[key] = true
		}
	}
	for _, t := range s.trees {
		for _, sec := range t.Sections {
			known[sec.Section] = true
		}
	}
	names := slices.Sorted(maps.Keys(known))
	var errs errorList
	check := func(what string, line int, key string) {
		if !known[key] {
			errs.add("site.yaml", line, "%s: %q is not a section of the site (%s); write its pages in content/%s/, list it in sections (a section with no pages yet), or remove it from the list", what, key, strings.Join(names, ", "), key)
		}
	}
	for _, key := range cfg.Menu {
		if key != "search" {
			check("menu", cfg.MenuLine, key)
		}
	}
	var blocks func([]*config.Block)
	blocks = func(bs []*config.Block) {
		for _, b := range bs {
			if b.Section != "" {
				check("home", b.Line, b.Section)
			}
			if b.Otherwise != nil && b.Otherwise.Section != b.Section {
				blocks([]*config.Block{b.Otherwise})
			}
		}
	}
	blocks(cfg.Home)
	for _, key := range cfg.HomeFeed {
		check("feeds: home", cfg.HomeFeedLine, key)
	}
	return errs
}

// listFileMoves finds the files copied as they are (copied: output path ->
// source) that sit beside a list page's _index file, which a loose file's
// place publishes at their folder's path below the page's language's root,
// and says where the page's own address puts them (old path -> new), as
// Hugo publishes a branch bundle's files beside its page: a term's folder
// whose name is not its address (Stack's categories/Documentation/ for
// /categories/documentation/), a section's name in a language (/lv/jaunumi/
// for content/news/), a list page's url or slug. Files already there do not
// move.
func listFileMoves(pages []*Page, copied map[string]string, cfg *config.Config) map[string]string {
	byDir := map[string][]*Page{}
	for _, p := range pages {
		if p.Kind != KindPage && p.FallbackOf == nil && p.File != "" && strings.HasPrefix(path.Base(p.File), "_index.") {
			byDir[path.Dir(p.File)] = append(byDir[path.Dir(p.File)], p)
		}
	}
	if len(byDir) == 0 {
		return nil
	}
	langs := cfg.LanguageCodes()
	var moves map[string]string
	for out, src := range copied {
		dir := path.Dir(src)
		lists := byDir[dir]
		if len(lists) == 0 {
			continue
		}
		root, ok := cfg.ContentRootOf(src)
		if !ok {
			continue
		}
		plain, _ := content.ResourceName(path.Base(src), langs)
		for _, p := range lists {
			if out != strings.TrimPrefix(path.Join(cfg.LangRoot(p.Lang), root.Path(dir), plain), "/") {
				continue
			}
			if to := p.FilesDir() + plain; to != out {
				if moves == nil {
					moves = map[string]string{}
				}
				moves[out] = to
			}
		}
	}
	return moves
}

// dirOf is the folder part of an output path, with its slash: lv/x/ of
// lv/x/index.html, posts/ of posts/a.html.
func dirOf(out string) string { return out[:strings.LastIndexByte(out, '/')+1] }

// CopiedPath is the output path of a file copied as it is that its folder
// would publish at out: beside its list page when it sits beside the
// page's _index file (listFileMoves), else out.
func (s *Site) CopiedPath(out string) string {
	if to, ok := s.listFiles[out]; ok {
		return to
	}
	return out
}
