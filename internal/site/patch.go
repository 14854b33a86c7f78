package site

import (
	"fmt"
	"reflect"
	"slices"
	"time"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
)

// Patched is what Site.Patch changed in the model.
type Patched struct {
	// Pages show something that changed: the saved page and its fallback
	// pages. Every output that includes one of them must be checked again.
	Pages []*Page
	// Dated are the list pages whose date of change moved. The outputs that
	// include one and may show its date must be checked again.
	Dated []*Page
	// Lists are the list pages whose pages changed place, as the saved page
	// moved in them, joined or left them: home, section, term and taxonomy
	// pages. The outputs that show those places must be checked again.
	Lists []ListChange
	// Terms gained or lost a page: their page counts changed.
	Terms []*Term
	// Pagers are the lists shown on another number of list pages: each of
	// their list pages changed, and outputs appeared or went.
	Pagers []PagerChange
	// Came are pages new to the site (Site.Join): their outputs are new,
	// and their languages' sitemaps and search indexes change.
	Came []*Page
	// Went are pages that left the site (Site.Leave): their outputs go.
	Went []*Page
	// Lastmod reports whether a page's date of change moved (for sitemaps).
	Lastmod bool
	// Linkers are the pages with a link that may lead elsewhere now: to a
	// page that moved, or to a page of a translation group that another
	// joined or left (a link resolves to the target's translation in the
	// linking page's language). Site.Relink converts them again where it
	// does.
	Linkers []*Page
}

// Patch puts cp, a new version of page p's content file, into the model when
// the save leaves the site's structure as it was: the page keeps its address,
// language, translations, photos and publication, and joins or leaves terms
// none of which is shown with another name, so the only outputs that appear
// or go are a term's last list pages (Patched.Pagers) and the pages of the
// terms it is the first or was the last page of (newTerm, emptiable:
// Patched.Came, Patched.Went). Its text and
// front matter fields change, and the lists that hold it are sorted and dated
// again. keep, when set, may refuse the page with its new
// fields (fresh, which is not in the model) for reasons of its own.
//
// ok is false when the save changes the structure: the model is untouched and
// the site must be assembled again. An error, such as a broken link in the new
// text, also leaves the model untouched.
func (s *Site) Patch(p *Page, cp *content.Page, keep func(old, fresh *Page) bool) (patched Patched, ok bool, err error) {
	if p.src == nil || p.src.File != cp.File {
		return Patched{}, false, fmt.Errorf("patch %s: not the page of %s", p.URLPath, cp.File)
	}
	if p.Kind == KindTaxonomy || p.Kind == KindTerm || s.yielded[p] || !s.samePlace(p.src, cp) { // a taxonomy's file: see adopt
		return Patched{}, false, nil
	}
	fresh := s.newPage(cp)
	if err := s.setURL(fresh, cp); err != nil || fresh.URLPath != p.URLPath || !slices.Equal(fresh.Aliases, p.Aliases) {
		return Patched{}, false, nil // a permalink made of its date or title moved
	}
	if keep != nil && !keep(p, fresh) {
		return Patched{}, false, nil
	}
	group := append([]*Page{p}, p.fallbacks...)
	if s.readByOthers(group) {
		return Patched{}, false, nil // another page's shortcode shows it
	}
	retags, ok := s.retags(group, cp)
	if !ok {
		return Patched{}, false, nil
	}
	convs := make([]*conversion, len(group))
	for i, q := range group {
		conv, sawItself, errs := s.reconvert(q, cp, fresh)
		if len(errs) > 0 {
			return Patched{}, true, content.JoinErrors(errs)
		}
		if sawItself {
			return Patched{}, false, nil // its shortcodes show it: as it is now
		}
		if !reflect.DeepEqual(q.Photos(), conv.photos) {
			return Patched{}, false, nil // photos to make or to drop: outputs change
		}
		convs[i] = conv
	}

	// Nothing has changed yet; from here on the model is changed.
	patched.Lastmod = !fresh.Lastmod.Equal(p.Lastmod)
	var moves []*Term // terms joined or left
	for _, r := range retags {
		moves = slices.Concat(moves, r.join, r.leave)
	}
	lists := s.listsOf(group, moves)
	var before [][]*Page // each list's pages, when they may change
	if !sameRank(s.Config.TypeOf(p.Section), p, fresh) || len(moves) > 0 {
		for _, l := range lists {
			before = append(before, slices.Clone(l.Pages))
		}
	}
	pagers := make([]int, len(moves))
	for i, term := range moves {
		pagers[i] = s.Pagers(term.Page)
	}
	termsCame, termsWent, regrouped := s.applyRetags(retags)
	patched.Terms, patched.Came, patched.Went = moves, termsCame, termsWent
	for i, term := range moves {
		if slices.Contains(termsWent, term.Page) {
			continue
		}
		if n := s.Pagers(term.Page); n != pagers[i] {
			patched.Pagers = append(patched.Pagers, PagerChange{List: term.Page, Before: pagers[i], After: n})
		}
	}
	for i, q := range group {
		if old := q.conv.Load(); old != nil && old.key != convs[i].key {
			s.cache.retire(old.key) // kept a while, for an undo
		}
		q.src = cp
		s.sourceSaved(q)
		q.takeFields(fresh)
		s.useConversion(q, convs[i])
	}
	patched.Pages = slices.Concat(group, regrouped)
	if before != nil {
		for _, q := range group {
			if t := s.trees[q.Lang]; q.FallbackOf == nil || t.listed {
				t.sections[q.Section] = placePages(s.Config.TypeOf(q.Section), t.sections[q.Section], group) // .Section's list, even with no section page
			}
		}
		for i, l := range lists {
			if slices.Contains(termsWent, l) {
				continue
			}
			switch l.Kind {
			case KindHome, KindTerm:
				l.Pages = placePages(config.Generic(), l.Pages, group)
			case KindSection:
				l.Pages = placePages(s.Config.TypeOf(l.Section), l.Pages, group) // a subsection's own list
			}
			if c := changed(l, before[i], l.Pages); c.From < c.To || l.Kind == KindTaxonomy && len(moves) > 0 {
				patched.Lists = append(patched.Lists, c) // a taxonomy's counts changed
			}
		}
	}
	dateLists(slices.DeleteFunc(lists, func(l *Page) bool { return slices.Contains(termsWent, l) }), func(l *Page) {
		l.seenSum.Store(nil)
		s.resum(l)
		patched.Dated = append(patched.Dated, l)
		patched.Lastmod = true
	})
	return patched, true, nil
}

// Join returns what p and q, two patches one after the other, changed. A list
// changed by both keeps both ranges: a place that differs from before p
// differs before q or after it.
func (p Patched) Join(q Patched) Patched {
	return Patched{
		Pages:  slices.Concat(p.Pages, q.Pages),
		Dated:  slices.Concat(p.Dated, q.Dated),
		Lists:  slices.Concat(p.Lists, q.Lists),
		Terms:  slices.Concat(p.Terms, q.Terms),
		Pagers: joinPagers(p.Pagers, q.Pagers),
		// A page that came and went again (a fallback page made again by
		// the next save of its group) is neither.
		Came:    slices.Concat(slices.DeleteFunc(slices.Clone(p.Came), func(c *Page) bool { return slices.Contains(q.Went, c) }), q.Came),
		Went:    slices.Concat(p.Went, slices.DeleteFunc(slices.Clone(q.Went), func(w *Page) bool { return slices.Contains(p.Came, w) })),
		Lastmod: p.Lastmod || q.Lastmod,
		Linkers: slices.Concat(p.Linkers, q.Linkers),
	}
}

// joinPagers joins the changes of pager counts of two patches one after the
// other: a list changed by both went from p's Before to q's After (and may
// have come back to as many list pages, whose outputs are still all
// changed).
func joinPagers(p, q []PagerChange) []PagerChange {
	out := slices.Clone(p)
	for _, c := range q {
		if i := slices.IndexFunc(out, func(o PagerChange) bool { return o.List == c.List }); i >= 0 {
			out[i].After = c.After
			continue
		}
		out = append(out, c)
	}
	return out
}

// PagerChange is a list whose number of list pages (Site.Pagers) went from
// Before to After.
type PagerChange struct {
	List          *Page
	Before, After int
}

// ListChange says where the pages of a list changed: from index From up to
// To (exclusive) of List.Pages.
type ListChange struct {
	List     *Page
	From, To int
}

// changed compares a list's pages before and after a change.
func changed(l *Page, old, now []*Page) ListChange {
	c := ListChange{List: l, From: 0, To: max(len(old), len(now))}
	for c.From < min(len(old), len(now)) && old[c.From] == now[c.From] {
		c.From++
	}
	if len(old) == len(now) {
		for c.To > c.From && old[c.To-1] == now[c.To-1] {
			c.To--
		}
	}
	return c
}

// samePlace reports whether the page of content file a, saved again as b,
// keeps its place in the site: everything that decides its address, its
// language and translations, its terms, its files and whether it is built.
// A home or section page may change only its body: its title and dates show
// in every page's menu and in the lists above it.
func (s *Site) samePlace(a, b *content.Page) bool {
	if !sameFile(a, b) {
		return false
	}
	m, n := &a.Meta, &b.Meta
	if a.Kind != KindPage {
		return reflect.DeepEqual(*m, *n)
	}
	return m.Slug == n.Slug && m.URL == n.URL && m.TranslationKey == n.TranslationKey && m.Image == n.Image &&
		slices.Equal(m.Aliases, n.Aliases) && s.held(m) == s.held(n) && m.Untranslated == n.Untranslated &&
		m.Build == n.Build && m.Fallback == n.Fallback && m.Build == content.DefaultBuild
}

// retag is how a save moves one page between the terms of a taxonomy.
type retag struct {
	page        *Page
	tax         *Page   // the taxonomy page
	terms       []*Term // the page's terms after the save, in name order
	join, leave []*Term
	// made are the terms of join that the page is the first of (newTerm);
	// emptied those of leave it was the last of (emptiable).
	made, emptied []*Term
}

// retags works out, without changing the model, how the listed pages of
// group move between terms when their file names terms as cp does. ok is false
// when that would change the name a term is shown with, make or empty a
// term other than as newTerm and emptiable allow, or move a page between
// terms with rivals (their translations may change).
func (s *Site) retags(group []*Page, cp *content.Page) (rs []*retag, ok bool) {
	if reflect.DeepEqual(group[0].src.Meta.Terms, cp.Meta.Terms) {
		return nil, true
	}
	for _, q := range group {
		if q.FallbackOf != nil {
			continue // fallback pages are in no term
		}
		for _, tax := range s.trees[q.Lang].Taxonomies {
			if !s.sameTermPairs(q, tax.Taxonomy, cp.Meta.Terms.Of(tax.Taxonomy)) {
				return nil, false // terms would be matched across languages anew (linkTerms)
			}
			r := &retag{page: q, tax: tax}
			names := cp.Meta.Terms.Of(tax.Taxonomy)
			all := tax.terms.of(tax.Taxonomy)
			for _, name := range names {
				sl := s.Config.Slug(name)
				if sl == "" {
					continue
				}
				var term *Term
				if i := slices.IndexFunc(all, func(t *Term) bool { return t.Slug == sl }); i >= 0 {
					term = all[i]
				} else if i := slices.IndexFunc(r.made, func(t *Term) bool { return t.Slug == sl }); i >= 0 {
					term = r.made[i]
				} else if term = s.newTerm(tax, sl, names); term != nil {
					r.made = append(r.made, term)
				} else {
					return nil, false
				}
				if !slices.Contains(r.terms, term) {
					r.terms = append(r.terms, term)
				}
			}
			old := q.terms.of(tax.Taxonomy)
			for _, term := range r.terms {
				if !slices.Contains(old, term) {
					r.join = append(r.join, term)
				}
			}
			for _, term := range old {
				if !slices.Contains(r.terms, term) {
					r.leave = append(r.leave, term)
				}
			}
			for _, term := range slices.Concat(r.join, r.leave) {
				if term.rivals {
					return nil, false // which of them is the translation may change
				}
			}
			for _, term := range r.leave {
				switch {
				case len(term.Pages) == 1 && s.emptiable(term):
					r.emptied = append(r.emptied, term)
				case len(term.Pages) == 1 || s.written(term, q, nil) != term.written:
					return nil, false
				}
			}
			for _, term := range r.terms {
				if s.written(term, q, names) != term.written {
					return nil, false
				}
			}
			slices.SortFunc(r.terms, termOrder(s.Config.Tag(q.Lang)))
			if !slices.Equal(r.terms, old) {
				rs = append(rs, r)
			}
		}
	}
	return rs, true
}

// sameTermPairs reports whether q naming names in taxonomy tax matches its
// translations' terms to its own as it does now.
func (s *Site) sameTermPairs(q *Page, tax string, names []string) bool {
	for _, t := range q.Translations {
		if t.Kind != KindPage || t.FallbackOf != nil {
			continue
		}
		other := t.src.Meta.Terms.Of(tax)
		if !slices.Equal(s.termPairs(q.src.Meta.Terms.Of(tax), other), s.termPairs(names, other)) {
			return false
		}
	}
	return true
}

// written is the name term would be written with when page q names it as
// names do: the first spelling in byte order of its pages' names for it.
func (s *Site) written(term *Term, q *Page, names []string) string {
	first := ""
	spell := func(names []string) {
		for _, name := range names {
			if (first == "" || name < first) && s.Config.Slug(name) == term.Slug {
				first = name
			}
		}
	}
	spell(names)
	for _, p := range term.Pages {
		if first == term.written {
			break // no other page writes it before the first spelling
		}
		if p != q {
			spell(p.src.Meta.Terms.Of(term.Taxonomy))
		}
	}
	return first
}

// apply moves r's page between terms.
func (r *retag) apply() {
	q := r.page
	for _, term := range r.leave {
		term.Pages = slices.DeleteFunc(term.Pages, func(p *Page) bool { return p == q })
		term.Page.Pages = term.Pages
	}
	for _, term := range r.join {
		term.Pages = placePages(config.Generic(), append(term.Pages, q), []*Page{q})
		term.Page.Pages = term.Pages
	}
	q.terms.set(r.tax.Taxonomy, r.terms)
}

// reconvert converts cp, a new version of q's file whose page has fresh's
// fields, for q without changing q; the content store's conversion when it
// has one.
//
// sawItself reports that the conversion's shortcodes were given page q
// itself by a read (a list of its section, .Next), as the site holds it:
// with the fields before the save, which differ from the new ones. Its
// outputs would show it as it was (and in its old place), so the save
// must take the full path.
func (s *Site) reconvert(q *Page, cp *content.Page, fresh *Page) (conv *conversion, sawItself bool, errs []*content.Error) {
	probe := &Page{Kind: q.Kind, Lang: q.Lang, Section: q.Section, File: q.File, Slug: q.Slug, Draft: fresh.Draft,
		URLPath: q.URLPath, RelPermalink: q.RelPermalink, Permalink: q.Permalink, Resources: q.Resources, Contents: q.Contents, src: cp, site: s}
	probe.takeFields(fresh)
	conv, errs = s.storedConversion(probe)
	if conv == nil {
		return nil, false, errs
	}
	return conv, conv.readGave(q.URLPath) && shortcodePageSum(probe) != shortcodePageSum(q), errs
}

// takeFields copies the fields a content file's front matter gives a page and
// that a save may change without moving it (Site.samePlace).
func (p *Page) takeFields(from *Page) {
	p.Title, p.description, p.Author, p.Image = from.Title, from.description, from.Author, from.Image
	p.Date, p.Lastmod, p.PublishDate, p.ExpiryDate = from.Date, from.Lastmod, from.PublishDate, from.ExpiryDate
	p.Weight, p.params, p.fields, p.packed = from.Weight, from.params, from.fields, from.packed
	p.seenSum.Store(nil)
}

// listsOf returns the list pages that hold any of pages, or will once they
// join or leave terms moves, each once: their language's home page, their
// section pages (up to the top), their term pages and those of the home and
// section pages, and those terms' taxonomy pages (last, as their dates
// follow their terms').
func (s *Site) listsOf(pages []*Page, moves []*Term) []*Page {
	var lists, taxonomies []*Page
	add := func(l *Page) {
		if l != nil && !slices.Contains(lists, l) {
			lists = append(lists, l)
		}
	}
	for _, q := range pages {
		t := s.trees[q.Lang]
		if q.FallbackOf != nil && !t.listed {
			continue
		}
		add(t.Home)
		if q.Kind == KindSection {
			add(q) // its own date of change comes from its pages
		}
		for sec := q.Parent; sec != nil && sec.Kind == KindSection; sec = sec.Parent {
			add(sec) // its section and the sections above
		}
		for _, tax := range t.Taxonomies {
			for _, term := range q.terms.of(tax.Taxonomy) {
				add(term.Page)
				if !slices.Contains(taxonomies, tax) {
					taxonomies = append(taxonomies, tax)
				}
			}
		}
	}
	// A home or section page with tags is in its terms' lists, whose date
	// of change is their newest page's: after its own, which comes first.
	terms := slices.Clone(moves)
	for _, l := range slices.Clone(lists) {
		for _, tax := range s.trees[l.Lang].Taxonomies {
			terms = append(terms, l.terms.of(tax.Taxonomy)...)
		}
	}
	for _, term := range terms {
		add(term.Page)
		if tax := term.Page.Parent; !slices.Contains(taxonomies, tax) {
			taxonomies = append(taxonomies, tax)
		}
	}
	return append(lists, taxonomies...)
}

// listLastmod is a list page's date of change: its own, else its newest page's
// (for a taxonomy, its newest term's).
func listLastmod(l *Page) time.Time {
	if l.src != nil && !l.src.Meta.Lastmod.IsZero() {
		return l.src.Meta.Lastmod
	}
	var t time.Time
	if l.Kind == KindTaxonomy {
		for _, term := range l.terms.of(l.Taxonomy) {
			if term.Page.Lastmod.After(t) {
				t = term.Page.Lastmod
			}
		}
		return t
	}
	for _, q := range l.Pages {
		if q.Lastmod.After(t) {
			t = q.Lastmod
		}
	}
	return t
}

// resum computes a page's sum again after its fields changed.
func (s *Site) resum(p *Page) {
	if c := p.conv.Load(); c != nil && p.src != nil {
		s.useConversion(p, c)
		return
	}
	s.setSum(p, 0)
}

// PatchHeld puts cp, a new version of content file old of a page left out
// of the site (NotBuilt: a draft, one dated later, an expired one), into the
// model when the page stays left out: nothing of it is shown, so only why it
// is left out changes. ok is false when the save brings the page into the
// site, or makes it another page (its kind, language, translations, folder
// or files): the site must be assembled again.
func (s *Site) PatchHeld(old, cp *content.Page) (ok bool) {
	i := slices.IndexFunc(s.NotBuilt, func(nb NotBuilt) bool { return nb.File == old.File })
	reason := s.held(&cp.Meta)
	if i < 0 || reason == "" || isPlaceholder(cp) || cp.Kind != KindPage || !sameFile(old, cp) {
		return false
	}
	s.NotBuilt[i] = notBuilt(cp, reason)
	return true
}

// sameFile reports whether content file a, saved again as b, is the same
// page of the same translations with the same files.
func sameFile(a, b *content.Page) bool {
	return a.Kind == b.Kind && a.Lang == b.Lang && a.Section == b.Section && a.Key == b.Key && a.Dir == b.Dir && a.Base == b.Base &&
		slices.Equal(a.Resources, b.Resources)
}

// ArriveHeld puts came, the content files of new pages left out of the site
// (drafts, as `vestis new` writes them in each language, pages dated later,
// expired ones), into the model and takes out went, deleted files of such
// pages: nothing of them is shown, and links to them learn why they are
// left out (a link to one is an error, so no page of the model links to
// those that went). pages are the site's content files after the change,
// in the order Assemble reads them, which NotBuilt keeps. ok is false, and
// the model untouched, when one is or would be shown, is a list page, has
// files of its own, or translates a page the site shows or stands in for
// (whose translations might change): the site must be assembled again.
func (s *Site) ArriveHeld(came, went, pages []*content.Page) (ok bool) {
	shown := func(cp *content.Page) bool {
		return slices.ContainsFunc(pages, func(q *content.Page) bool {
			return q.Key == cp.Key && !s.excluded[q.File] && !slices.Contains(came, q)
		})
	}
	reasons := make([]string, len(came))
	for i, cp := range came {
		reasons[i] = s.held(&cp.Meta)
		if reasons[i] == "" || isPlaceholder(cp) || cp.Kind != KindPage || len(cp.Resources) > 0 || s.excluded[cp.File] || s.byFile[cp.File] != nil || shown(cp) {
			return false
		}
	}
	for _, cp := range went {
		if !s.excluded[cp.File] || cp.Kind != KindPage || len(cp.Resources) > 0 || shown(cp) {
			return false
		}
	}
	for _, cp := range went {
		s.NotBuilt = slices.DeleteFunc(s.NotBuilt, func(nb NotBuilt) bool { return nb.File == cp.File })
		delete(s.excluded, cp.File)
	}
	at := make(map[string]int, len(pages))
	for i, q := range pages {
		at[q.File] = i
	}
	for i, cp := range came {
		j := slices.IndexFunc(s.NotBuilt, func(nb NotBuilt) bool { return at[nb.File] > at[cp.File] })
		if j < 0 {
			j = len(s.NotBuilt)
		}
		s.NotBuilt = slices.Insert(s.NotBuilt, j, notBuilt(cp, reasons[i]))
		s.excluded[cp.File] = true
	}
	return true
}
