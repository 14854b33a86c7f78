package render

import (
	"bytes"
	"hash/maphash"
	"slices"

	"github.com/vestis-ssg/vestis/internal/site"
)

// Cache keeps rendered pages between renders of the same site with the same
// messages, as the dev server does after each save. A page is rendered again
// only when what its view shows changed: the page itself, its translations,
// parent, terms, the pages it lists, the sections its layout asked for with
// .Section or .SectionPage, and the files of its layout (layout.sum).
type Cache struct {
	seed    maphash.Seed
	entries map[string]cached
	// users maps a page to the outputs whose signature includes it.
	users map[*site.Page][]user
	// feedUsers maps a page to the list pages whose feeds list it, and
	// feedItems a list page to the pages its feeds list.
	feedUsers map[*site.Page][]*site.Page
	feedItems map[*site.Page][]*site.Page
	// sitemaps keeps each language's sitemap, by language code.
	sitemaps map[string]*langSitemap
	// search keeps what each page gave the search indexes, and the indexes.
	search *searchStore
	// calendars keeps each program page's calendar, by RelPermalink.
	calendars map[string]pagePart
	// sectionCalendars keeps each section's calendar (empty: none), by
	// language and section, with sectionCalendarSum.
	sectionCalendars map[string]pagePart
	// always are the outputs whose layouts read more than signatures follow
	// (names.everything), and pass counts All and Patch calls: their
	// signatures include it, so they are rendered in every pass.
	always []string
	pass   uint64
	// gone are outputs Patch removed (a list's last pages no longer needed),
	// which users still name until the next All indexes them anew.
	gone map[string]bool
	// feeds keeps each list page's feeds, by its URLPath, and redirects the
	// redirect pages by what they show (redirect's arguments).
	feeds     carried[string, keptFeeds]
	redirects carried[[3]string, []byte]
	// partials keeps partialCached's outputs made from pages (keptPartials).
	partials *keptPartials
	// Rendered counts the pages executed by the last All or Patch, for tests and logs.
	Rendered int
	// bufs are Patch's buffers, one a worker, kept for the next save: grown
	// anew for each, they were a tenth of what a save allocates.
	bufs []bytes.Buffer
}

// pagePart is what a page adds to a site-wide output (its calendar), kept
// while the page's sum and section stay the same.
type pagePart struct {
	sum     uint64
	section string
	body    []byte
}

type cached struct {
	sig  uint64
	body []byte
	deps []dep // sections the layout asked for
	page *site.Page
	n    int // the paginator page, from 1
	// names are what the page's layout can read (View.names).
	names *names
	// refs is a sum of the pages the output included when Patch last
	// rendered it (refsSum; 0 after All, which indexes them all): Patch
	// indexes them again only when they differ, as a term page's are
	// thousands.
	refs uint64
}

// NewCache returns an empty cache. After layouts changed, call
// LayoutsChanged; after messages or data files, KeepPages.
func NewCache() *Cache {
	return &Cache{seed: maphash.MakeSeed(), entries: map[string]cached{}, gone: map[string]bool{}, search: newSearchStore(), partials: newKeptPartials()}
}

// KeepPages is a new cache for messages or data files loaded again that
// keeps c's rendered pages: a page's signature sums the message files of
// its language (locale.Sum) and, when its layout reads .Site.Data, the data
// files (Env.DataSum), so a page that reads neither change is kept. What
// else c kept (feeds, calendars, the search index, sitemaps, partials) may
// show messages or dates, and is made again.
func (c *Cache) KeepPages() *Cache {
	fresh := NewCache()
	fresh.seed, fresh.pass, fresh.entries = c.seed, c.pass, c.entries
	return fresh
}

// LayoutsChanged readies c for layouts parsed again: a page whose layout's
// files are as they were is kept (its signature sums them), but what
// partialCached made from pages is made again, as its partial may differ.
func (c *Cache) LayoutsChanged() { c.partials = newKeptPartials() }

// PartialsMade counts the outputs of partialCached that could have been kept
// across passes but were executed: their pages were new or changed.
func (c *Cache) PartialsMade() int64 { return c.partials.made.Load() }

// redirect returns redirect's output, its body the same slice as in the last
// pass when it redirects from and to the same addresses. With a nil cache it
// makes a new one.
func (c *Cache) redirect(s *site.Site, urlPath, canonical, target string) Output {
	if c == nil {
		return redirect(s, urlPath, canonical, target)
	}
	k := [3]string{urlPath, canonical, target}
	if body, ok := c.redirects.get(k); ok {
		return Output{Path: site.OutputPath(urlPath), Body: body}
	}
	o := redirect(s, urlPath, canonical, target)
	c.redirects.put(k, o.Body)
	return o
}

// Size counts what the cache holds: rendered outputs, references from pages
// to the outputs that show them, pages of the search index and kept
// partials. A dev server makes thousands of saves; these must not grow with
// them.
func (c *Cache) Size() (outputs, refs, searchPages, partials int) {
	for _, users := range c.users {
		refs += len(users)
	}
	c.search.mu.Lock()
	defer c.search.mu.Unlock()
	return len(c.entries), refs, len(c.search.pages), c.partials.len()
}

// carried keeps values made in one pass for the next ones. All starts it
// anew (start, end), carrying over from the last only what it asks for again,
// so what pages no longer ask for goes.
type carried[K comparable, V any] struct{ cur, last map[K]V }

func (c *carried[K, V]) start() { c.last, c.cur = c.cur, map[K]V{} }
func (c *carried[K, V]) end()   { c.last = nil }

func (c *carried[K, V]) get(k K) (V, bool) {
	if v, ok := c.cur[k]; ok {
		return v, true
	}
	v, ok := c.last[k]
	if ok {
		c.put(k, v)
	}
	return v, ok
}

func (c *carried[K, V]) put(k K, v V) {
	if c.cur == nil {
		c.cur = map[K]V{}
	}
	c.cur[k] = v
}

type sigWriter struct {
	h    maphash.Hash
	refs []*site.Page
	// lastmod: the layout may show a list page's date of change. A content
	// page's own moves only with its file, so its whole sum is always written
	// (View.StructuredData shows it).
	lastmod bool
}

func (w *sigWriter) str(s string) { w.h.WriteString(s); w.h.WriteByte(0) }
func (w *sigWriter) num(n uint64) { writeUint(&w.h, n) }
func (w *sigWriter) flag(b bool) {
	if b {
		w.h.WriteByte(1)
	} else {
		w.h.WriteByte(0)
	}
}
func (w *sigWriter) page(p *site.Page) {
	if p == nil {
		w.num(0)
		return
	}
	if w.lastmod || p.Kind == site.KindPage {
		w.num(p.Sum())
	} else {
		w.num(p.SumWithoutLastmod())
	}
	w.refs = append(w.refs, p)
}

// signature sums everything a view shows, with the sections in deps, and
// returns the pages it includes.
func (c *Cache) signature(path string, v *View, deps []dep) (uint64, []*site.Page) {
	w := sigWriter{lastmod: v.names.reads("Lastmod")}
	w.h.SetSeed(c.seed)
	w.str(path)
	w.num(v.layoutSum)
	if v.env != nil && v.names.reads("Data") {
		w.str(v.env.DataSum)
	}
	if v.env != nil && v.env.Locale != nil {
		loc := v.env.Locale
		w.num(loc.Sum(v.Lang.Code))
		if v.names.reads("NotFoundElsewhere") { // the 404 message in every language
			for _, l := range v.Site.Languages {
				w.num(loc.Sum(l.Code))
			}
		}
	}
	if v.names == nil || v.names.everything {
		w.num(c.pass)
	}
	w.page(v.Page)
	if v.names.reads("Parent") || v.names.reads("Ancestors") || v.names.reads("Breadcrumbs") || v.names.reads("StructuredData") {
		for _, a := range v.Page.Ancestors() { // StructuredData names them all in its breadcrumbs
			w.page(a)
		}
	}
	for _, t := range v.Page.Translations {
		w.page(t)
	}
	if v.names.reads("FooterLinks") {
		// What the links show, not the pages' sums: a save of the text of
		// a page every footer links to (accessibility) rendered every page
		// of its language again. The view is checked again after its saves.
		for _, l := range v.FooterLinks() {
			w.str(l.Title)
			w.str(l.URL)
			w.str(l.Lang)
			w.str(l.TitleLang)
		}
		w.refs = append(w.refs, footerPages(v.Site, v.Lang.Code)...)
	}
	// The addresses (and titles) these two give, not the pages' sums: nearly
	// every page links its language's tags page, whose sum moves with every
	// tag edit, and as one of its users each would be checked again then.
	if v.names.reads("NotFoundElsewhere") { // every language's home page
		for _, l := range v.Site.Languages {
			w.str(v.Site.Tree(l.Code).Home.RelPermalink)
		}
	}
	if v.names.reads("TaxonomyPage") {
		for _, p := range v.Site.Tree(v.Lang.Code).Taxonomies {
			w.str(p.Title)
			w.str(p.RelPermalink)
		}
	}
	if v.names.reads("Sections") {
		for _, sub := range v.Page.Sections {
			w.page(sub)
		}
	}
	if v.names.reads("Pages") { // a home page's are all its language's, which its layout may not list
		for _, p := range v.Pages {
			w.page(p)
		}
	}
	if v.names != nil && v.names.allPages && v.Paginator != nil {
		for _, p := range v.Page.Pages {
			w.page(p)
		}
	}
	counts := v.names.reads("Count")
	w.terms(v.Terms, counts)
	for _, tax := range v.Site.Config.Taxonomies {
		w.terms(v.Page.Terms(tax), counts)
		if counts { // a list may show its pages' terms with their counts
			for _, p := range v.Pages {
				w.terms(p.Terms(tax), counts)
			}
		}
	}
	if p := v.Paginator; p != nil {
		w.num(uint64(p.PageNumber))
		w.num(uint64(p.TotalPages))
		w.str(p.PrevURL)
		w.str(p.NextURL)
		w.str(p.Last)
	}
	for _, m := range v.Menu {
		w.str(m.Title)
		w.str(m.URL)
		w.flag(m.Active)
	}
	for _, l := range v.LanguageLinks {
		w.str(l.URL)
		w.flag(l.Missing)
	}
	for _, a := range v.Alternates {
		w.str(a.HrefLang)
		w.str(a.URL)
	}
	for _, f := range v.Feeds {
		w.str(f.Title)
		w.str(f.URL)
	}
	w.str(v.Canonical)
	w.str(v.CalendarURL()) // a section's reads every programme, not only this page's slice
	var later []*site.Page
	for _, d := range deps {
		w.str(d.key)
		w.num(uint64(d.first))
		w.page(v.sectionPage(d.key))
		pages := v.Site.SectionPages(v.Lang.Code, d.key)
		read := pages
		if d.first != allPages {
			read = pages[:min(d.first, len(pages))]
			later = append(later, pages[len(read):]...)
		}
		for _, p := range read {
			w.page(p)
		}
	}

	if v.names != nil {
		w.neighbours(v.names.follow)
	}
	// The pages after those read are not in the sum, but a save of one may
	// move it among them: the output is checked again after their saves.
	return w.h.Sum64(), append(w.refs, later...)
}

// neighbours adds the pages that follow (names.follow) leads to from the
// pages written so far, and from those, until none is new: a card that shows
// a listed page's section or translations shows those pages too.
func (w *sigWriter) neighbours(follow []func(*site.Page, []*site.Page) []*site.Page) {
	if len(follow) == 0 {
		return
	}
	var seen map[*site.Page]bool // once refs are too many to search
	var next []*site.Page
	for i := 0; i < len(w.refs); i++ {
		next = next[:0]
		for _, f := range follow {
			next = f(w.refs[i], next)
		}
		for _, q := range next {
			if q == nil {
				continue
			}
			if seen == nil && len(w.refs) > 32 {
				seen = make(map[*site.Page]bool, 2*len(w.refs))
				for _, p := range w.refs {
					seen[p] = true
				}
			}
			if seen != nil && !seen[q] || seen == nil && !slices.Contains(w.refs, q) {
				if seen != nil {
					seen[q] = true
				}
				w.page(q)
			}
		}
	}
}

func (w *sigWriter) terms(terms []*site.Term, counts bool) {
	for _, t := range terms {
		w.str(t.Name)
		w.str(t.Page.URLPath)
		if counts {
			w.num(uint64(t.Count()))
		}
	}
}

// index records which outputs include which pages, for Patch. A page
// included twice (a list's page that is also its own ancestor's) is
// recorded once: as an output's pages are indexed together, its path is
// then the last of that page's users.
func (c *Cache) index(path string, n *names, refs []*site.Page) {
	for _, p := range refs {
		users := c.users[p]
		if k := len(users); k == 0 || users[k-1].path != path {
			c.users[p] = append(users, user{path, n})
		}
	}
}

// refsSum is a sum of the pages an output includes, in order.
func (c *Cache) refsSum(refs []*site.Page) uint64 {
	var h maphash.Hash
	h.SetSeed(c.seed)
	for _, p := range refs {
		maphash.WriteComparable(&h, p)
	}
	return h.Sum64()
}

// user is an output that includes a page, with what its layout reads: Patch
// finds the outputs that read a term's Count among those of thousands of
// pages, and looking each up by path was most of a tag edit's own work.
type user struct {
	path  string
	names *names
}

// reindex adds, after Patch rendered an output again, the pages it includes
// now. One that it no longer includes stays among its users until the next
// All: Patch then only checks the output again.
func (c *Cache) reindex(path string, n *names, refs []*site.Page) {
	for _, p := range refs {
		if !slices.ContainsFunc(c.users[p], func(u user) bool { return u.path == path }) {
			c.users[p] = append(c.users[p], user{path, n})
		}
	}
}

// indexFeed records the items of list page l's feeds in feedUsers and
// feedItems, in place of what it listed before.
func (c *Cache) indexFeed(s *site.Site, l *site.Page) {
	for _, old := range c.feedItems[l] {
		c.feedUsers[old] = slices.DeleteFunc(c.feedUsers[old], func(u *site.Page) bool { return u == l })
	}
	items := feedPages(s, l)
	c.feedItems[l] = items
	for _, item := range items {
		c.feedUsers[item] = append(c.feedUsers[item], l)
	}
}
