package site

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/htmltext"
	"github.com/vestis-ssg/vestis/internal/shortcode"
	"github.com/vestis-ssg/vestis/internal/slug"
)

// A shortcode may read other pages, as Hugo's do (.Page.Pages,
// .Site.GetPage, .Page.Parent): a list of a section's pages, say. Such a read
// makes the page's conversion depend on those pages, so each one is kept among
// the conversion's links, as a key naming what was asked (readPrefix) with
// what it gave (readValue). A stored conversion is used again only when every
// read gives the same (sameLinks, through linkTarget); and Patch takes the
// full path when a saved page is one another page's shortcodes read
// (readByOthers).

// readPrefix starts the link key of a read: readPrefix, the read's name, the
// address of the page it was asked of, and its argument, split by NULs.
const readPrefix = "\x00read\x00"

// The reads a shortcode may make, by the name in their keys.
const (
	readPages     = "pages"     // the list page's pages and sections, Hugo's order
	readRegular   = "regular"   // the list page's regular pages
	readRecursive = "recursive" // the regular pages below the list page, at any depth
	readSections  = "sections"  // the list page's sections
	readParent    = "parent"
	readTrans     = "translations"
	readGet       = "get"       // the page a path names (GetPage), from the page asked
	readSitePages = "sitepages" // every page of the language
	readSiteReg   = "siteregular"
	readSiteSecs  = "sitesections"
	readHome      = "home"
	readText      = "text"      // a page's Summary, Content, Plain or WordCount (its argument)
	readDir       = "dir"       // a folder of the site's (Hugo's readDir)
	readFile      = "file"      // a file of the site's (Hugo's readFile)
	readExists    = "exists"    // whether the site has a file (Hugo's fileExists)
	readData      = "data"      // the data folder's values (Hugo's .Site.Data)
	readNow       = "now"       // the build's time (Hugo's now)
	readTerms     = "terms"     // a taxonomy's term pages in the language (its key the argument)
	readTermPages = "termpages" // the pages with a term
	readEnv       = "env"       // an environment variable (Hugo's getenv)
	// readAsset (assets.go): files of assets/ (Hugo's resources.Get)
)

// pageReads records the reads of one conversion into its links.
type pageReads struct {
	s     *Site
	from  *Page
	links map[string]string
	// photos are the conversion's: what shortcodes resize of another
	// page's bundle (.GetPage ... .Resources) is made for it too.
	photos *[]Photo
	// keep puts aside the HTML of an included page's {{< >}} shortcodes as
	// placeholders of the expansion the reads are for (shortcode.Holder);
	// nil outside one.
	keep func(html string) string
	// envFor is the environment in which an included page's shortcodes run
	// (.RenderShortcodes): what they publish and read is the including
	// conversion's.
	envFor func(q *Page, body []byte) (*shortcode.Env, error)
	// including are the pages whose text includes from's, outermost first,
	// while their shortcodes run: from including one of them never ends.
	including []*Page
	// showing are the pages whose text from's is being made for, outermost
	// first: a shortcode of theirs shows from's text (text), so from's
	// shortcodes showing one of theirs would never end.
	showing []*Page
	// warn is the conversion's: what a shortcode did not do to a photo of
	// a page it reads; unsupported, what vestis does not have that a
	// shortcode asked for, said at the page's file (one warning naming
	// every page where many ask).
	warn        func(msg string)
	unsupported func(what string)
}

// HoldWith is shortcode.Holder: the pages the shortcodes read put their
// included text's {{< >}} output aside with keep.
func (p ShortcodePage) HoldWith(keep func(html string) string) {
	if p.reads != nil {
		p.reads.keep = keep
	}
}

// read runs the read name of page of, with arg, records it and returns what
// it gives as a shortcode sees it.
func (r *pageReads) read(name string, of *Page, arg string) ShortcodePages {
	of = r.modelOf(of)
	pages := r.s.readPages(name, of, arg)
	if r.links != nil {
		r.links[readPrefix+name+"\x00"+of.URLPath+"\x00"+arg] = readValue(pages)
	}
	out := make(ShortcodePages, len(pages))
	for i, q := range pages {
		out[i] = r.page(q)
	}
	return out
}

// modelOf is the page of the site that of stands for. A save's conversion
// runs the saved page's shortcodes on a probe (Site.reconvert): the page
// with its new fields, which has no place in the site (no parent, no
// translations, in no list), so that .Page.Parent was nil there, and
// .Page.Next found no page, though a clean build finds them. Its reads are
// made of the page the site holds at its address instead (Site.Patch
// leaves the fast path when they give the page itself, whose fields the
// site still holds as they were: Patch's sawItself).
func (r *pageReads) modelOf(of *Page) *Page {
	if of == nil || of.src == nil {
		return of
	}
	if q := r.s.byURL[of.URLPath]; q != nil && q != of && q.src != nil && q.src.File == of.src.File {
		return q
	}
	return of
}

// one is read for the reads that give a page or none.
func (r *pageReads) one(name string, of *Page, arg string) *ShortcodePage {
	if got := r.read(name, of, arg); len(got) > 0 {
		return &got[0]
	}
	return nil
}

// hugoTranslations are of's translations as Hugo lists them: its group's
// pages in the other languages, among them those of files marked
// untranslated (Page.held), which vestis shows as fallback pages of the
// original and Hugo has as pages of their own, in the site's language order.
// (Letsencrypt's i18n_status lists each page's translations so, and
// stopped at the first language whose file was such a placeholder.)
func (s *Site) hugoTranslations(of *Page) []*Page {
	base := of
	if of.FallbackOf != nil {
		base = of.FallbackOf
	}
	group := append([]*Page{base}, base.Translations...)
	for _, q := range group[:len(group):len(group)] { // a placeholder shows the text of any of them
		for _, fb := range q.fallbacks {
			if fb.held {
				group = append(group, fb)
			}
		}
	}
	if of.FallbackOf == nil && len(group) == len(of.Translations)+1 {
		return of.Translations // none held: as they are
	}
	order := map[string]int{}
	for i, code := range s.Config.LanguageCodes() {
		order[code] = i
	}
	var out []*Page
	for _, q := range group {
		if q != of && q.Lang != of.Lang {
			out = append(out, q)
		}
	}
	slices.SortStableFunc(out, func(a, b *Page) int { return cmp.Compare(order[a.Lang], order[b.Lang]) })
	return out
}

// page is q as a shortcode of r's page sees it: a held fallback page
// (hugoTranslations) with its file's untranslated mark among its params, as
// Hugo's page of that file has it.
func (r *pageReads) page(q *Page) ShortcodePage {
	params, _ := q.Params()
	if q.held {
		params = maps.Clone(params)
		if params == nil {
			params = map[string]any{}
		}
		params["untranslated"] = true
	}
	return ShortcodePage{Kind: q.Kind, Lang: q.Lang, Section: q.Section, File: fileOf(q), Title: q.Title, Author: q.Author,
		Image: q.Image, Slug: q.Slug, Date: q.Date, Lastmod: q.Lastmod, PublishDate: q.PublishDate, Weight: q.Weight,
		Draft: q.Draft, Params: LowerKeys(params), RelPermalink: q.RelPermalink, Permalink: q.Permalink, Description: q.frontDescription(),
		Resources:  r.s.resourcesOf(q, r.photos, r.links, r.warn),
		siteParams: r.s.langParams(q.Lang), scratch: shortcode.NewScratch(), page: q, reads: r}
}

// maxListedRead is the most pages a read's value names one by one. A read
// of more (every page of the site, say) is recorded by one sum, and its
// conversion as reading everything ("*"), so that a site where every page
// lists every page keeps memory in proportion to its pages.
const maxListedRead = 64

// readValue is what a read gave, as its link records it: each page's
// address and the sum of what a shortcode sees of it, or for more than
// maxListedRead pages "*" and one sum of those.
func readValue(pages []*Page) string {
	var b strings.Builder
	for _, q := range pages {
		sum := q.seenSum.Load()
		if sum == nil {
			s := shortcodePageSum(q)
			sum = &s
			q.seenSum.Store(sum)
		}
		b.WriteString(q.URLPath)
		b.WriteByte(' ')
		b.WriteString(hex.EncodeToString(sum[:12]))
		b.WriteByte('\n')
	}
	if len(pages) <= maxListedRead {
		return b.String()
	}
	all := sha256.Sum256([]byte(b.String()))
	return "* " + hex.EncodeToString(all[:]) + "\n"
}

// readAgain is what the read a link key records gives now, for linkTarget.
func (s *Site) readAgain(key string) string {
	name, rest, _ := strings.Cut(key, "\x00")
	at, arg, _ := strings.Cut(rest, "\x00")
	of := s.byURL[at]
	if of == nil || of.URLPath != at {
		return "\x00gone" // asked of a page that is no longer there: convert again
	}
	if name == readAsset {
		return s.assetAgain(arg)
	}
	if name == readDir {
		_, infos, err := s.listDir(arg)
		if err != nil {
			return "\x00gone"
		}
		return dirValue(infos)
	}
	if name == readFile {
		_, file, data, err := s.siteFile(arg, of.Lang)
		return fileValue(file, data, err)
	}
	if name == readData {
		return s.dataSum
	}
	if name == readNow {
		return s.now.Format(time.RFC3339Nano)
	}
	if name == readEnv {
		return s.env(arg)
	}
	if name == readExists {
		_, exists, err := s.fileExists(arg, of.Lang)
		if err != nil {
			return "\x00gone"
		}
		return strconv.FormatBool(exists)
	}
	if name == readText {
		if !rawText(arg) && s.showsText(of) {
			// Its text is made for the reading page's conversion, knowing
			// whose text it shows (pageReads.text): made again with it.
			return "\x00gone"
		}
		t, err := s.textField(of, arg, nil)
		if err != nil {
			return "\x00gone"
		}
		return textValue(of, t)
	}
	return readValue(s.readPages(name, of, arg))
}

// readPages runs a read: the pages it gives, in Hugo's order for lists.
func (s *Site) readPages(name string, of *Page, arg string) []*Page {
	switch name {
	case readParent:
		if of.Parent != nil {
			return []*Page{of.Parent}
		}
	case readTrans:
		return s.hugoTranslations(of)
	case readHome:
		if t := s.trees[of.Lang]; t != nil && t.Home != nil {
			return []*Page{t.Home}
		}
	case readGet:
		if q := s.getPage(of, arg); q != nil {
			return []*Page{q}
		}
	case readPages, readRegular, readSections:
		return s.pagesWhere(func(q *Page) bool {
			regular, section := q.Kind == KindPage, q.Kind == KindSection || q.Kind == KindTerm && of.Kind == KindTaxonomy
			return q.Parent == of && q.Lang == of.Lang &&
				(name == readPages && (regular || section) || name == readRegular && regular || name == readSections && section)
		})
	case readRecursive:
		return s.pagesWhere(func(q *Page) bool { return q.Kind == KindPage && q.Lang == of.Lang && below(q, of) })
	case readSitePages:
		return s.pagesWhere(func(q *Page) bool { return q.Lang == of.Lang && q.Kind != Kind404 && q.Kind != KindSearch })
	case readSiteReg:
		return s.pagesWhere(func(q *Page) bool { return q.Lang == of.Lang && q.Kind == KindPage })
	case readTerms:
		return s.pagesWhere(func(q *Page) bool {
			return q.Lang == of.Lang && q.Kind == KindTerm && q.Term != nil && q.Term.Taxonomy == arg
		})
	case readTermPages:
		if of.Term != nil {
			out := slices.Clone(of.Term.Pages)
			slices.SortStableFunc(out, compareHugo)
			return out
		}
	case readSiteSecs:
		return s.pagesWhere(func(q *Page) bool {
			return q.Lang == of.Lang && q.Kind == KindSection && q.Parent != nil && q.Parent.Kind == KindHome
		})
	}
	return nil
}

// pagesWhere are the site's pages that keep says to, in Hugo's order.
func (s *Site) pagesWhere(keep func(*Page) bool) []*Page {
	var out []*Page
	for _, q := range s.Pages {
		if keep(q) {
			out = append(out, q)
		}
	}
	slices.SortStableFunc(out, compareHugo)
	return out
}

// below reports whether q is under list page of in the tree.
func below(q, of *Page) bool {
	for up := q.Parent; up != nil; up = up.Parent {
		if up == of {
			return true
		}
	}
	return false
}

// getPage is Hugo's GetPage: the page a path names, from the language's
// content folder when it starts with a slash, else from page from's folder
// first; "/" is the home page. nil when there is none.
func (s *Site) getPage(from *Page, target string) *Page {
	q := s.getRendered(from, target)
	if q == nil && target != "" && target != "/" {
		// A page not rendered (Hugo's headless bundle, render: never) is
		// found too, as Hugo's GetPage finds it: a theme reads its files.
		q, _ = s.findPage(from, strings.TrimSuffix(target, "/"), s.unrendered, nil)
	}
	return q
}

// getRendered is getPage among the pages with addresses.
func (s *Site) getRendered(from *Page, target string) *Page {
	if target == "" || target == "/" {
		if t := s.trees[from.Lang]; t != nil {
			return t.Home
		}
		return nil
	}
	q, err := s.refPage(from, strings.TrimSuffix(target, "/"), "")
	if err != nil {
		return nil
	}
	return q
}

// compareHugo is Hugo's default order of pages: by weight (pages without
// one last), then newest first, then by title and file.
func compareHugo(a, b *Page) int {
	if (a.Weight == 0) != (b.Weight == 0) {
		if a.Weight == 0 {
			return 1
		}
		return -1
	}
	return cmp.Or(cmp.Compare(a.Weight, b.Weight), b.Date.Compare(a.Date), strings.Compare(a.Title, b.Title),
		strings.Compare(a.File, b.File), strings.Compare(a.URLPath, b.URLPath))
}

// ShortcodePages is a list of pages as a shortcode sees them, with Hugo's
// methods that sort it.
type ShortcodePages []ShortcodePage

// Related is Hugo's related content (.Site.RegularPages.Related .Page),
// which vestis does not have: no pages, with one warning for the page, so
// that the page is published with the rest of its text, where the
// shortcode stopped the build.
func (ps ShortcodePages) Related(doc any) ShortcodePages {
	var sp *ShortcodePage
	switch q := doc.(type) {
	case ShortcodePage:
		sp = &q
	case *ShortcodePage:
		sp = q
	}
	if sp == nil && len(ps) > 0 {
		sp = &ps[0]
	}
	if sp != nil && sp.reads != nil && sp.reads.unsupported != nil {
		sp.reads.unsupported("shortcodes: .Related (Hugo's related content) lists no pages there: vestis does not have related content; link the pages that share a tag or category instead")
	}
	return nil
}

// sorted is a sorted copy of ps.
func (ps ShortcodePages) sorted(compare func(a, b ShortcodePage) int) ShortcodePages {
	out := slices.Clone(ps)
	slices.SortStableFunc(out, compare)
	return out
}

// ByWeight is Hugo's default order: weight, newest first, title.
func (ps ShortcodePages) ByWeight() ShortcodePages {
	return ps.sorted(func(a, b ShortcodePage) int { return compareHugo(a.page, b.page) })
}

// ByTitle sorts by title.
func (ps ShortcodePages) ByTitle() ShortcodePages {
	return ps.sorted(func(a, b ShortcodePage) int { return strings.Compare(a.Title, b.Title) })
}

// ByLinkTitle is ByTitle: a page's link title is its title.
func (ps ShortcodePages) ByLinkTitle() ShortcodePages { return ps.ByTitle() }

// ByDate sorts oldest first.
func (ps ShortcodePages) ByDate() ShortcodePages {
	return ps.sorted(func(a, b ShortcodePage) int { return a.Date.Compare(b.Date) })
}

// ByPublishDate sorts by date of publication, oldest first.
func (ps ShortcodePages) ByPublishDate() ShortcodePages {
	return ps.sorted(func(a, b ShortcodePage) int { return a.PublishDate.Compare(b.PublishDate) })
}

// ByLastmod sorts by date of change, oldest first.
func (ps ShortcodePages) ByLastmod() ShortcodePages {
	return ps.sorted(func(a, b ShortcodePage) int { return a.Lastmod.Compare(b.Lastmod) })
}

// Reverse is the list in reverse order.
func (ps ShortcodePages) Reverse() ShortcodePages {
	out := slices.Clone(ps)
	slices.Reverse(out)
	return out
}

// Len is the number of pages.
func (ps ShortcodePages) Len() int { return len(ps) }

// Pages are a list page's pages and sections, in Hugo's order; none for a
// regular page.
func (p ShortcodePage) Pages() ShortcodePages { return p.reads.read(readPages, p.page, "") }

// RegularPages are a list page's regular pages, not those of its sections.
func (p ShortcodePage) RegularPages() ShortcodePages { return p.reads.read(readRegular, p.page, "") }

// RegularPagesRecursive are the regular pages below a list page.
func (p ShortcodePage) RegularPagesRecursive() ShortcodePages {
	return p.reads.read(readRecursive, p.page, "")
}

// Sections are a list page's sections.
func (p ShortcodePage) Sections() ShortcodePages { return p.reads.read(readSections, p.page, "") }

// Path is Hugo's .Path of a page: the path of its content, without the
// language or the file's extension (/docs/faq for content/docs/faq.fr.md or
// content/fr/docs/faq.md, /docs for its _index); "" for a page made
// without a file.
func (p ShortcodePage) Path() string {
	cp := p.page.src
	if cp == nil {
		return ""
	}
	dir := "/" + strings.Trim(cp.Dir, "/")
	if p.Kind == KindPage {
		return path.Join(dir, cp.Base)
	}
	return dir
}

// Name is Hugo's .Name of a page: its title.
func (p ShortcodePage) Name() string { return p.Title }

// Page is the page itself, as Hugo's .Page of a page is (a list's range
// of pages reads .Page.Params as a layout's context does).
func (p ShortcodePage) Page() ShortcodePage { return p }

// Parent is the page above in the tree; nil for the home page.
func (p ShortcodePage) Parent() *ShortcodePage { return p.reads.one(readParent, p.page, "") }

// Translations are the page's translations into the site's other languages.
func (p ShortcodePage) Translations() ShortcodePages { return p.reads.read(readTrans, p.page, "") }

// GetPage is the page a path names, from this page's folder (or the
// language's content folder, for a path that starts with a slash); nil when
// there is none.
func (p ShortcodePage) GetPage(path string) *ShortcodePage { return p.reads.one(readGet, p.page, path) }

// RelRef is Hugo's .Page.RelRef: the root-relative URL of the page its
// argument names, a map with path (and lang) or a path, found as the
// relref shortcode and function find it, from this page.
func (p ShortcodePage) RelRef(target any) (string, error) { return p.reads.ref(p.page, target, false) }

// Ref is Hugo's .Page.Ref: RelRef's absolute URL.
func (p ShortcodePage) Ref(target any) (string, error) { return p.reads.ref(p.page, target, true) }

// ref is the URL of the page target names from of (see RelRef), recorded
// among the conversion's links, which a rebuild resolves again from the
// page converted: so of must be that page.
func (r *pageReads) ref(of *Page, target any, abs bool) (string, error) {
	dest, lang := fmt.Sprint(target), ""
	if m, ok := target.(map[string]any); ok {
		dest = fmt.Sprint(m["path"])
		if l, ok := m["lang"]; ok {
			lang = fmt.Sprint(l)
		}
	}
	if of != r.from {
		return "", fmt.Errorf("ref %q: .Ref and .RelRef are read from the shortcode's own page only; from another, write relref with a path from content/, as {{ relref .Page \"/docs/b.md\" }}", dest)
	}
	return r.s.refURL(of, dest, lang, abs, r.links)
}

// Next is Hugo's .Next: the regular page before this one among the
// language's regular pages in Hugo's order (Hugo's next points up that
// list: to a newer or lighter page); nil for the first. The read is of the
// whole list, as any page's date or weight may bring another one next.
func (p ShortcodePage) Next() *ShortcodePage {
	return p.reads.read(readSiteReg, p.page, "").beside(p.reads.modelOf(p.page), -1)
}

// Prev is Hugo's .Prev: the regular page after this one in the list Next
// reads; nil for the last.
func (p ShortcodePage) Prev() *ShortcodePage {
	return p.reads.read(readSiteReg, p.page, "").beside(p.reads.modelOf(p.page), 1)
}

// NextInSection is Next among the regular pages of the page's section (its
// parent's, not those of the sections below).
func (p ShortcodePage) NextInSection() *ShortcodePage {
	return p.inSection().beside(p.reads.modelOf(p.page), -1)
}

// PrevInSection is Prev among the regular pages of the page's section.
func (p ShortcodePage) PrevInSection() *ShortcodePage {
	return p.inSection().beside(p.reads.modelOf(p.page), 1)
}

// inSection are the regular pages of the page's section, read through its
// parent.
func (p ShortcodePage) inSection() ShortcodePages {
	up := p.Parent()
	if up == nil {
		return nil
	}
	return p.reads.read(readRegular, up.page, "")
}

// Next is Hugo's Pages.Next: the page before cur in the list (Hugo's next
// points up the list); nil for the first, or when cur is not in it.
func (ps ShortcodePages) Next(cur any) *ShortcodePage { return ps.beside(pageOf(cur), -1) }

// Prev is Hugo's Pages.Prev: the page after cur in the list; nil for the
// last, or when cur is not in it.
func (ps ShortcodePages) Prev(cur any) *ShortcodePage { return ps.beside(pageOf(cur), 1) }

// beside is the page by steps from page of in ps; nil when there is none.
func (ps ShortcodePages) beside(of *Page, by int) *ShortcodePage {
	i := slices.IndexFunc(ps, func(q ShortcodePage) bool { return of != nil && q.page == of })
	if i < 0 || i+by < 0 || i+by >= len(ps) {
		return nil
	}
	return &ps[i+by]
}

// pageOf is the page a shortcode was given as a page (.Page, or one a
// read gave), nil for another value.
func pageOf(v any) *Page {
	var sp *ShortcodePage
	switch q := v.(type) {
	case ShortcodePage:
		sp = &q
	case *ShortcodePage:
		sp = q
	}
	if sp == nil {
		return nil
	}
	if sp.reads != nil {
		return sp.reads.modelOf(sp.page)
	}
	return sp.page
}

// Sites are the site in each language (Hugo's .Sites), the page's first:
// .GetPage on one finds a page in its language.
func (p ShortcodePage) Sites() ShortcodeSites { return p.reads.s.shortcodeSites(p.Lang, p.reads) }

// Sites are the site in each language, the default language's first
// (Hugo's hugo.Sites and .Site.Sites).
func (s ShortcodeSite) Sites() ShortcodeSites {
	if s.reads == nil {
		return nil
	}
	return s.reads.s.shortcodeSites(s.DefaultLanguage, s.reads)
}

// ShortcodeSites are the site in each language, as shortcodes see them
// (Hugo's .Sites), with Hugo's methods of them.
type ShortcodeSites []ShortcodeSite

// Default is the site of the default language (Hugo's .Sites.Default), as
// themes link to the default language's home or read its params; nil
// when it has no pages.
func (ss ShortcodeSites) Default() *ShortcodeSite {
	for i := range ss {
		if ss[i].Language != nil && ss[i].Language.Code == ss[i].DefaultLanguage {
			return &ss[i]
		}
	}
	return nil
}

// First is Hugo's .Sites.First, the older name of Default, which Hugo
// gives the default language's site too.
func (ss ShortcodeSites) First() *ShortcodeSite { return ss.Default() }

// shortcodeSites are the site in each language, first's first, as
// shortcodes whose reads are recorded in reads see them.
func (s *Site) shortcodeSites(first string, reads *pageReads) ShortcodeSites {
	langs := s.Config.LanguageCodes()
	if i := slices.Index(langs, first); i > 0 {
		langs = slices.Concat([]string{first}, slices.Delete(slices.Clone(langs), i, i+1))
	}
	var out ShortcodeSites
	for _, lang := range langs {
		t := s.trees[lang]
		if t == nil || t.Home == nil {
			continue
		}
		out = append(out, s.shortcodeSite(lang, &pageReads{s: s, from: t.Home, links: reads.links, photos: reads.photos, warn: reads.warn,
			showing: append(slices.Clone(reads.showing), reads.from)}))
	}
	return out
}

// Site is the site as the page's shortcodes see it (Hugo's .Page.Site).
func (p ShortcodePage) Site() ShortcodeSite { return p.reads.s.shortcodeSite(p.Lang, p.reads) }

// FirstSection is the section at the top of the page's (Hugo's
// .FirstSection): the home page for a page in none.
func (p ShortcodePage) FirstSection() *ShortcodePage {
	if p.Section == "" || p.Kind == KindHome {
		return p.reads.one(readHome, p.page, "")
	}
	if q := p.reads.one(readGet, p.page, "/"+p.Section); q != nil {
		return q
	}
	return p.reads.one(readHome, p.page, "")
}

// BundleType is Hugo's .BundleType: "leaf" for a bundle's index page,
// "branch" for a section's (_index), "" for a page of its own file.
func (p ShortcodePage) BundleType() string {
	if p.page == nil || p.page.src == nil {
		return ""
	}
	switch cp := p.page.src; {
	case cp.Kind == content.KindHome || cp.Kind == content.KindSection:
		return "branch"
	case content.IsBundleIndex(path.Base(cp.File)):
		return "leaf"
	}
	return ""
}

// MergeKey is what lang.Merge compares a page by: its translation key.
func (p ShortcodePage) MergeKey() string {
	if p.page == nil {
		return p.String()
	}
	return p.page.key
}

// IsHome, IsSection, IsPage and IsNode tell the page's kind, as Hugo's do.
func (p ShortcodePage) IsHome() bool    { return p.Kind == KindHome }
func (p ShortcodePage) IsSection() bool { return p.Kind == KindSection }
func (p ShortcodePage) IsPage() bool    { return p.Kind == KindPage }
func (p ShortcodePage) IsNode() bool    { return p.Kind != KindPage }

// LinkTitle is the title.
func (p ShortcodePage) LinkTitle() string { return p.Title }

// String names the page, so that lists of pages compare by page (uniq, in).
func (p ShortcodePage) String() string {
	return "Page(" + cmp.Or(p.File.String(), p.RelPermalink) + ")"
}

// Summary is the page's summary, when the page's own shortcodes show no
// other page's text (pageReads.text); so are Content, Plain and WordCount.
func (p ShortcodePage) Summary() (template.HTML, error) {
	t, err := p.reads.text(p.page, "Summary")
	return template.HTML(t), err
}

// Content is the page's text as HTML.
func (p ShortcodePage) Content() (template.HTML, error) {
	t, err := p.reads.text(p.page, "Content")
	return template.HTML(t), err
}

// RawContent is the page's Markdown as its file has it, below the front
// matter, with its shortcodes as written.
func (p ShortcodePage) RawContent() (string, error) { return p.reads.text(p.page, "RawContent") }

// RenderShortcodes is Hugo's: the page's Markdown with its shortcodes run,
// which a {{% %}} shortcode writes into its own page to include the other
// (Hugo's documentation's and Hextra's include), so that the including page
// converts it as its own text. The included page's shortcodes run as Hugo
// runs them, for that page (it is their .Page), their {{< >}} output kept
// as the including page's own (pageReads.renderShortcodes).
func (p ShortcodePage) RenderShortcodes() (template.HTML, error) {
	t, err := p.reads.renderShortcodes(p.page)
	return template.HTML(t), err
}

// Plain is the page's text without its markup.
func (p ShortcodePage) Plain() (string, error) { return p.reads.text(p.page, "Plain") }

// WordCount is the number of words of the page's text.
func (p ShortcodePage) WordCount() (int, error) {
	t, err := p.reads.text(p.page, "WordCount")
	n, _ := strconv.Atoi(t)
	return n, err
}

// text is field of page q's text for a shortcode of page r.from, recorded
// like every read. It is refused for r.from itself, whose text is being
// made, and for a page whose text is being made for r.from's (r.showing):
// pages whose shortcodes show each other's text never end, said once at
// the outermost page's shortcode (textCycle). A page whose own shortcodes
// show other pages' text (geekdoc's toc-tree, reading whether its child
// pages have text) is converted first for r.from's, knowing whose text.
func (r *pageReads) text(q *Page, field string) (string, error) {
	if (q == r.from || q == r.modelOf(r.from)) && !rawText(field) {
		return "", fmt.Errorf(".%s of its own page: a shortcode is part of that text", field)
	}
	if !rawText(field) && slices.Contains(r.showing, q) {
		// The cycle from its first file, as each of its pages' conversions say it.
		chain := []string{}
		for _, p := range append(slices.Clone(r.showing[slices.Index(r.showing, q):]), r.from) {
			chain = append(chain, cmp.Or(p.File, p.RelPermalink))
		}
		first := slices.Index(chain, slices.Min(chain))
		chain = append(chain[first:], chain[:first+1]...)
		return "", &textCycle{fmt.Sprintf("the pages' shortcodes show each other's text (%s), which never ends; remove one of these shortcodes",
			strings.Join(chain, " shows "))}
	}
	t, err := r.s.textField(q, field, append(slices.Clone(r.showing), r.from))
	if err != nil {
		var cycle *textCycle
		if errors.As(err, &cycle) {
			return "", cycle // once, not wrapped by every page between
		}
		return "", fmt.Errorf(".%s of %s: %w", field, cmp.Or(q.File, q.RelPermalink), err)
	}
	if r.links != nil {
		r.links[readPrefix+readText+"\x00"+q.URLPath+"\x00"+field] = textValue(q, t)
	}
	return t, nil
}

// textCycle is pages whose shortcodes show each other's text (pageReads.text).
type textCycle struct{ msg string }

func (e *textCycle) Error() string { return e.msg }

// renderShortcodes is page q's Markdown with its shortcodes run, for a
// shortcode of page r.from, recorded as a read of q's Markdown (what q's
// shortcodes read is recorded by them, among the same reads). A page that
// includes itself, directly or through others, is refused, as is one whose
// shortcodes may show other pages' text, so that no conversion waits on
// one that waits on it (text).
func (r *pageReads) renderShortcodes(q *Page) (string, error) {
	if q == nil || q.src == nil {
		return "", nil
	}
	name := q.src.File
	if q == r.from || q == r.modelOf(r.from) || slices.Contains(r.including, q) {
		chain := []string{}
		for _, p := range append(slices.Clone(r.including), r.from, q) {
			chain = append(chain, cmp.Or(p.File, p.RelPermalink))
		}
		if q == r.from && len(r.including) == 0 {
			return "", fmt.Errorf(".RenderShortcodes of %s: the page includes itself, which never ends; include another page", name)
		}
		return "", &includeError{fmt.Sprintf(".RenderShortcodes of %s: the pages include each other (%s), which never ends; remove one of these includes", name, strings.Join(chain, " includes "))}
	}
	body, err := r.s.textField(q, "RenderShortcodes", nil)
	if err != nil {
		return "", fmt.Errorf(".RenderShortcodes of %s: %w", name, err)
	}
	if r.links != nil {
		r.links[readPrefix+readText+"\x00"+q.URLPath+"\x00RenderShortcodes"] = textValue(q, body)
	}
	if r.s.shortcodes == nil || r.s.shortcodes.Templates == nil || !shortcode.Has([]byte(body)) {
		return body, nil
	}
	if r.s.showsText(q) {
		return "", fmt.Errorf(".RenderShortcodes of %s: that page's own shortcodes show other pages' text; a shortcode includes the text of pages whose shortcodes do not", name)
	}
	if r.envFor == nil {
		return "", fmt.Errorf(".RenderShortcodes of %s: only a shortcode of a page's text runs another page's shortcodes", name)
	}
	items, err := shortcode.Parse([]byte(body))
	if err != nil {
		var perr *shortcode.Error
		if errors.As(err, &perr) {
			return "", fmt.Errorf(".RenderShortcodes of %s: %s:%d: %s", name, name, q.src.BodyLine-1+perr.Line, perr.Message(q.src.BodyLine-1))
		}
		return "", fmt.Errorf(".RenderShortcodes of %s: %w", name, err)
	}
	env, err := r.envFor(q, []byte(body))
	if err != nil {
		return "", fmt.Errorf(".RenderShortcodes of %s: %w", name, err)
	}
	if sp, ok := env.Page.(ShortcodePage); ok {
		sp.reads.including = append(slices.Clone(r.including), r.from)
		sp.toc = sync.OnceValues(func() (template.HTML, error) { return r.s.tableOfContents(items) })
		env.Page = sp
	}
	exp, errs := r.s.shortcodes.Templates.ExpandWithin(cmp.Or(r.s.Config.Timeout, config.DefaultTimeout), []byte(body), items, env)
	if len(errs) > 0 {
		var rerr *shortcode.RunError
		if errors.As(errs[0], &rerr) {
			var again *includeError
			if errors.As(rerr, &again) {
				return "", again // once, not wrapped by every page between
			}
			return "", &includeError{fmt.Sprintf(".RenderShortcodes of %s: %s:%d: shortcode %q: %s%s", name, name, q.src.BodyLine-1+rerr.Line, rerr.Name, rerr.Where(), rerr.Msg)}
		}
		return "", fmt.Errorf(".RenderShortcodes of %s: %w", name, errs[0])
	}
	if r.keep == nil {
		h, err := exp.Restore(string(exp.Markdown))
		return h, err
	}
	return exp.Embed(r.keep)
}

// includeError is a shortcode of an included page (.RenderShortcodes) that
// cannot run: said once, at the outermost include's line.
type includeError struct{ msg string }

func (e *includeError) Error() string { return e.msg }

// rawText reports whether a text field is the page's Markdown as written,
// which no conversion makes: shown without waiting on the page's own.
func rawText(field string) bool { return field == "RawContent" || field == "RenderShortcodes" }

// textValue is what a text read records: the page and a sum of the text.
func textValue(q *Page, text string) string {
	sum := sha256.Sum256([]byte(text))
	return q.URLPath + " " + hex.EncodeToString(sum[:12]) + "\n"
}

// textField is field of page q's text: its conversion's, converted now when
// the page has none yet (another worker may be converting it: the content
// store keeps one of the two), for the pages showing (pageReads.showing).
// A page whose shortcodes show text is converted here, not by its lazy
// conversion, which a page it shows might wait on.
func (s *Site) textField(q *Page, field string, showing []*Page) (string, error) {
	if q.src == nil {
		return "", nil
	}
	if rawText(field) {
		return string(s.bodyText(q.src)), nil
	}
	var conv *conversion
	if c := q.conv.Load(); c != nil || s.lazy && !s.showsText(q) {
		var err error
		if conv, err = q.full(); err != nil {
			return "", err
		}
	} else {
		c, errs := s.storedConversionFor(q, showing)
		if len(errs) > 0 {
			return "", content.JoinErrors(errs)
		}
		conv = c
	}
	switch field {
	case "Summary":
		return string(conv.res.Summary), nil
	case "Content":
		return string(conv.res.HTML), nil
	case "Plain":
		return htmltext.Text(string(conv.res.HTML)), nil
	}
	return strconv.Itoa(conv.res.WordCount), nil
}

// showsText reports whether page q's shortcodes (in its body, summary or
// description) may show other pages' text.
func (s *Site) showsText(q *Page) bool {
	if q.src == nil || s.shortcodes == nil || s.shortcodes.Templates == nil {
		return false
	}
	body := q.src.Body
	if body == nil && s.readBody != nil {
		body, _ = s.readBody(q.src) // unreadable: the page's own conversion says so
	}
	for _, text := range [][]byte{body, []byte(q.src.Meta.Summary), []byte(q.src.Meta.Description)} {
		if !shortcode.Has(text) {
			continue
		}
		items, err := shortcode.Parse(text)
		if err != nil {
			continue // the page's own conversion reports it
		}
		if s.anyShowsText(items) {
			return true
		}
	}
	return false
}

func (s *Site) anyShowsText(items []shortcode.Item) bool {
	for _, it := range items {
		if sc := it.Shortcode; sc != nil && (s.shortcodes.Templates.ShowsText(sc.Name) || s.anyShowsText(sc.Inner)) {
			return true
		}
	}
	return false
}

// GetPage is Hugo's site.GetPage: the page a path names from the language's
// content folder; nil when there is none. Hugo's older form names the kind
// first (GetPage "section" "docs"), which the path alone tells.
func (s ShortcodeSite) GetPage(args ...string) (*ShortcodePage, error) {
	if len(args) == 0 || len(args) > 2 {
		return nil, fmt.Errorf("GetPage: want a path, got %d arguments", len(args))
	}
	target := args[len(args)-1]
	if !strings.HasPrefix(target, "/") {
		target = "/" + target
	}
	return s.reads.one(readGet, s.reads.from, target), nil
}

// Data is Hugo's .Site.Data: the values of the data folder's files.
func (s ShortcodeSite) Data() map[string]any {
	r := s.reads
	if r.links != nil {
		r.links[readPrefix+readData+"\x00"+r.from.URLPath+"\x00"] = r.s.dataSum
	}
	return r.s.Data
}

// Config is the part of Hugo's .Site.Config that themes' shortcodes read:
// the privacy settings of embedded services, which vestis sets the way that
// sends readers' data to other sites least (YouTube without cookies, Vimeo
// with Do Not Track), and no service accounts.
func (s ShortcodeSite) Config() map[string]any {
	off := map[string]any{"Disable": false}
	return map[string]any{
		"Privacy": map[string]any{
			"YouTube":         map[string]any{"Disable": false, "PrivacyEnhanced": true},
			"Vimeo":           map[string]any{"Disable": false, "EnableDNT": true, "Simple": false},
			"Twitter":         map[string]any{"Disable": false, "EnableDNT": true, "Simple": false},
			"X":               map[string]any{"Disable": false, "EnableDNT": true, "Simple": false},
			"Instagram":       map[string]any{"Disable": false, "Simple": false},
			"GoogleAnalytics": map[string]any{"Disable": true, "RespectDoNotTrack": true},
			"Disqus":          off,
		},
		"Services": map[string]any{
			"GoogleAnalytics": map[string]any{"ID": ""},
			"Disqus":          map[string]any{"Shortname": ""},
			"RSS":             map[string]any{"Limit": -1},
		},
	}
}

// Home is the language's home page.
func (s ShortcodeSite) Home() *ShortcodePage { return s.reads.one(readHome, s.reads.from, "") }

// Pages are every page of the language.
func (s ShortcodeSite) Pages() ShortcodePages { return s.reads.read(readSitePages, s.reads.from, "") }

// RegularPages are the language's regular pages.
func (s ShortcodeSite) RegularPages() ShortcodePages {
	return s.reads.read(readSiteReg, s.reads.from, "")
}

// Sections are the language's top sections.
func (s ShortcodeSite) Sections() ShortcodePages {
	return s.reads.read(readSiteSecs, s.reads.from, "")
}

// readAddresses are the addresses of the pages the reads among links were
// asked of or gave, sorted, each once.
func readAddresses(links map[string]string) []string {
	var out []string
	for key, value := range links {
		read, ok := strings.CutPrefix(key, readPrefix)
		if !ok {
			continue
		}
		name, rest, _ := strings.Cut(read, "\x00")
		at, arg, _ := strings.Cut(rest, "\x00")
		out = append(out, at)
		if name == readDir {
			out = append(out, arg+"/") // a page's file in it: its size is in the listing
		}
		for line := range strings.Lines(value) {
			addr, _, _ := strings.Cut(line, " ")
			out = append(out, addr) // "*" for a read of many pages
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// readGave reports whether a read of conv's shortcodes gave the page at
// address url (or more pages than a read names one by one).
func (conv *conversion) readGave(url string) bool {
	for key, value := range conv.links {
		rest, ok := strings.CutPrefix(key, readPrefix)
		if !ok {
			continue
		}
		name, _, _ := strings.Cut(rest, "\x00")
		if !pageRead(name) {
			continue
		}
		for line := range strings.Lines(value) {
			addr, _, _ := strings.Cut(line, " ")
			if addr == url || addr == "*" {
				return true
			}
		}
	}
	return false
}

// pageRead reports whether the read of this name gives pages (readPages),
// recorded as readValue has them.
func pageRead(name string) bool {
	switch name {
	case readAsset, readDir, readFile, readData, readNow, readEnv, readExists, readText:
		return false
	}
	return true
}

// readByOthers reports whether a shortcode of a page outside group read a
// page of group: its conversion must then be checked again, which only a
// full assembly does.
func (s *Site) readByOthers(group []*Page) bool {
	if s.reading.Load() == 0 {
		return false
	}
	reads := func(q *Page) bool {
		conv := q.conv.Load()
		if conv == nil || len(conv.read) == 0 || slices.Contains(group, q) {
			return false
		}
		if conv.read[0] == "*" { // sorted: "*" comes before every address
			return true
		}
		return slices.ContainsFunc(group, func(g *Page) bool {
			names := []string{g.URLPath}
			if g.src != nil { // its file, read by readFile, or listed by readDir
				names = append(names, g.src.File, path.Dir(g.src.File)+"/")
			}
			return slices.ContainsFunc(names, func(n string) bool {
				_, found := slices.BinarySearch(conv.read, n)
				return found
			})
		})
	}
	return slices.ContainsFunc(s.Pages, reads) || slices.ContainsFunc(s.listedUnrendered, reads)
}

// ShortcodeFile is Hugo's .File of a page: its content file's names.
type ShortcodeFile struct {
	// Path is the file's path in its content folder (news/a.lv.md), Dir
	// its folder there with a slash ("news/"; "" at the top).
	Path, Dir string
	// LogicalName is the file's name (a.lv.md), BaseFileName without the
	// extension (a.lv), TranslationBaseName without the language too (a),
	// ContentBaseName that, or a bundle's folder name for its index file.
	LogicalName, BaseFileName, TranslationBaseName, ContentBaseName string
	// Ext is the extension without its dot (md), Lang the file's language.
	Ext, Lang string
	// Filename is the path in the site's folder (content/news/a.lv.md).
	Filename string
}

// String is the path in the site's folder.
func (f *ShortcodeFile) String() string {
	if f == nil {
		return ""
	}
	return f.Filename
}

// fileOf is page p's ShortcodeFile; nil for a page without a file.
func fileOf(p *Page) *ShortcodeFile {
	cp := p.src
	if cp == nil {
		return nil
	}
	name := path.Base(cp.File)
	ext := path.Ext(name)
	base := strings.TrimSuffix(name, ext)
	f := &ShortcodeFile{Path: path.Join(cp.Dir, name), LogicalName: name, BaseFileName: base, Ext: strings.TrimPrefix(ext, "."),
		Lang: cp.Lang, Filename: cp.File}
	if cp.Dir != "" && cp.Dir != "." {
		f.Dir = cp.Dir + "/"
	}
	f.TranslationBaseName = base
	if i := strings.LastIndexByte(base, '.'); i >= 0 && base[i+1:] == cp.Lang {
		f.TranslationBaseName = base[:i]
	}
	f.ContentBaseName = f.TranslationBaseName
	if (f.TranslationBaseName == "index" || f.TranslationBaseName == "_index") && f.Dir != "" {
		f.ContentBaseName = path.Base(cp.Dir)
	}
	return f
}

// siteName is the clean name of a file or folder of the site as a shortcode
// names it ("content/docs/a.files", "./static/x", "/code/a.go"); a name
// outside the site's folder is refused.
func siteName(name string) (string, error) {
	clean := path.Clean(strings.TrimPrefix(strings.ReplaceAll(name, "\\", "/"), "/"))
	if !fs.ValidPath(clean) {
		return "", errors.New("outside the site's folder")
	}
	return clean, nil
}

// siteFile reads a file of the site for a shortcode of a page in lang
// (Hugo's readFile): named from the site's folder, else, as Hugo looks
// next, from the language's content folder. The clean name as given, and
// the file read, are returned too.
func (s *Site) siteFile(name, lang string) (clean, file string, data []byte, err error) {
	if clean, err = siteName(name); err != nil {
		return "", "", nil, err
	}
	if s.readFile == nil {
		return "", "", nil, errors.New("the site's files are not at hand here")
	}
	data, err = s.readFile(clean)
	if errors.Is(err, fs.ErrNotExist) && lang != "" {
		alt := path.Join(s.Config.ContentDir(lang), clean)
		if data2, err2 := s.readFile(alt); err2 == nil {
			return clean, alt, data2, nil
		}
	}
	return clean, clean, data, err
}

// fileExists reports whether the site has a file or folder of that name
// (Hugo's fileExists), named from the site's folder or, as Hugo looks next,
// from the content folder of lang. Any other error than its absence is
// returned.
func (s *Site) fileExists(name, lang string) (string, bool, error) {
	clean, found, err := s.existsAt(name)
	if err == nil && !found && lang != "" {
		_, found, err = s.existsAt(path.Join(s.Config.ContentDir(lang), clean))
	}
	return clean, found, err
}

// existsAt is fileExists without the second place.
func (s *Site) existsAt(name string) (string, bool, error) {
	clean, err := siteName(name)
	if err != nil {
		return "", false, err
	}
	if s.readDir == nil {
		return "", false, errors.New("the site's files are not at hand here")
	}
	if clean == "." {
		return clean, true, nil
	}
	entries, err := s.readDir(path.Dir(clean))
	if errors.Is(err, fs.ErrNotExist) {
		return clean, false, nil
	}
	if err != nil {
		return "", false, err
	}
	base := path.Base(clean)
	_, found := slices.BinarySearchFunc(entries, base, func(e fs.DirEntry, name string) int { return strings.Compare(e.Name(), name) })
	return clean, found, nil
}

// fileValue is what a readFile records: the file read and the sum of its
// bytes (readAddresses takes the file for an address: a page's file read so
// is a page read), or that it could not be read.
func fileValue(file string, data []byte, err error) string {
	if err != nil {
		return "\x00gone"
	}
	sum := sha256.Sum256(data)
	return file + " " + hex.EncodeToString(sum[:16])
}

// listDir lists dir, a folder named from the site's folder as Hugo's readDir
// names it ("content/docs/a.files", "./static/x"), for a shortcode; the
// folder's clean name is returned too. A folder outside the site is refused.
func (s *Site) listDir(dir string) (string, []fs.FileInfo, error) {
	clean, err := siteName(dir)
	if err != nil {
		return "", nil, err
	}
	if s.readDir == nil {
		return "", nil, errors.New("the site's files are not at hand here")
	}
	entries, err := s.readDir(clean)
	if err != nil {
		return "", nil, err
	}
	infos := make([]fs.FileInfo, 0, len(entries))
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			return "", nil, err
		}
		infos = append(infos, info)
	}
	return clean, infos, nil
}

// dirValue is what a readDir records: each entry's name, size and kind.
func dirValue(infos []fs.FileInfo) string {
	var b strings.Builder
	for _, fi := range infos {
		fmt.Fprintf(&b, "%s %d %t\n", fi.Name(), fi.Size(), fi.IsDir())
	}
	return b.String()
}

// ReadFolders are the folders of the site whose files the pages' shortcodes
// read (readFile, fileExists, readDir), sorted, each once: the dev server
// watches them, so that a save there shows as a save of the page does.
func (s *Site) ReadFolders() []string {
	var out []string
	for _, p := range s.Pages {
		conv := p.conv.Load()
		if conv == nil {
			continue
		}
		for key := range conv.links {
			read, ok := strings.CutPrefix(key, readPrefix)
			if !ok {
				continue
			}
			name, rest, _ := strings.Cut(read, "\x00")
			_, arg, _ := strings.Cut(rest, "\x00")
			switch name {
			case readDir:
				out = append(out, arg)
			case readFile, readExists:
				out = append(out, path.Dir(arg))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Language is Hugo's .Page.Language: the page's language.
func (p ShortcodePage) Language() *ShortcodeLanguage {
	return p.reads.s.shortcodeLanguage(p.Lang)
}

// env is the environment variable name as Options.Getenv gives it, ""
// without one.
func (s *Site) env(name string) string {
	if s.getenv == nil {
		return ""
	}
	return s.getenv(name)
}

// Taxonomies is Hugo's .Site.Taxonomies: for each taxonomy of site.yaml,
// its terms in the page's language by their key (the term as its pages
// write it, urlized as Hugo's keys are: "Rīgas vēsture" is rīgas-vēsture),
// each with its pages.
func (s ShortcodeSite) Taxonomies() map[string]map[string]ShortcodeTerm {
	out := map[string]map[string]ShortcodeTerm{}
	if s.reads == nil {
		return out
	}
	home := s.reads.s.trees[s.langCode()]
	if home == nil || home.Home == nil {
		return out
	}
	for _, tax := range s.reads.s.Config.Taxonomies {
		terms := map[string]ShortcodeTerm{}
		for _, p := range s.reads.read(readTerms, home.Home, tax) {
			terms[slug.HugoName(cmp.Or(p.page.Term.written, p.page.Term.Name), false)] = ShortcodeTerm{Page: p, reads: s.reads}
		}
		out[tax] = terms
	}
	return out
}

// langCode is the code of the site's language.
func (s ShortcodeSite) langCode() string {
	if s.Language == nil {
		return s.DefaultLanguage
	}
	return s.Language.Code
}

// ShortcodeTerm is a term of .Site.Taxonomies, as Hugo's WeightedPages:
// its page, and its pages (.Pages, .Count).
type ShortcodeTerm struct {
	Page  ShortcodePage
	reads *pageReads
}

// Pages are the pages with the term, in Hugo's order.
func (t ShortcodeTerm) Pages() ShortcodePages { return t.reads.read(readTermPages, t.Page.page, "") }

// Count is the number of pages with the term.
func (t ShortcodeTerm) Count() int { return len(t.Pages()) }
