package site

import (
	"cmp"
	"path"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
)

// Join puts cp, the content file of a page new to the site (a file written,
// a draft made public), into the model when the rest of the site stays as
// it was but for the lists that show it and its translations: the page is a
// regular page beside another of its section's (so its parent is known),
// with no bundle files, images, aliases or calendar (keep, when set, may
// refuse it), in terms that exist; no shortcode reads other pages, and no
// link of another page names a file of its name. Its translations, if any,
// are regular pages too, whose terms are matched across languages by their
// keys (regroup). The fallback pages of its group are made again: a page
// that takes the address of its fallback page replaces it. pages are the
// site's content files after the change.
//
// ok is false when the page does not fit: the model is untouched and the
// site must be assembled again. An error, such as a broken link in its
// text, also leaves the model untouched.
func (s *Site) Join(cp *content.Page, pages []*content.Page, keep func(*Page) bool) (patched Patched, ok bool, err error) {
	return s.join(cp, pages, keep, false)
}

// join is Join; moving skips the check of links that name the page,
// which Move converts again.
func (s *Site) join(cp *content.Page, pages []*content.Page, keep func(*Page) bool, moving bool) (patched Patched, ok bool, err error) {
	t := s.trees[cp.Lang]
	if t == nil || t.Home == nil || !s.joinable(cp) {
		return Patched{}, false, nil
	}
	members, ok := s.translationsOf(cp, pages)
	if !ok {
		return Patched{}, false, nil
	}
	linkers, ok := s.groupLinkers(members)
	if !ok {
		return Patched{}, false, nil
	}
	parent := s.parentOf(t, cp)
	if parent == nil {
		return Patched{}, false, nil
	}
	fresh := s.newPage(cp)
	if fresh.droppedImage != "" || fresh.Image != "" || len(s.wordlessTerms(fresh)) > 0 {
		return Patched{}, false, nil
	}
	var replaced []*Page // the group's fallback pages now
	for _, m := range members {
		replaced = append(replaced, m.fallbacks...)
	}
	if err := s.setURL(fresh, cp); err != nil || len(fresh.Aliases) > 0 || !s.freeFor(fresh, replaced) || !moving && s.linkedByName(cp, fresh.URLPath) {
		return Patched{}, false, nil
	}
	group := s.inGroupOrder(append(slices.Clone(members), fresh))
	if !s.unpairedTerms(group) {
		return Patched{}, false, nil // its terms would be matched with its translations' anew (linkTerms)
	}
	if keep != nil && !keep(fresh) {
		return Patched{}, false, nil
	}
	// Its terms, worked out as if the file had named none before.
	blank := *cp
	blank.Meta.Terms = nil
	fresh.src = &blank
	retags, ok := s.retags([]*Page{fresh}, cp)
	fresh.src = cp
	if !ok {
		return Patched{}, false, nil
	}
	conv, errs := s.storedConversion(fresh)
	if len(errs) > 0 {
		return Patched{}, true, content.JoinErrors(errs)
	}
	if len(conv.photos) > 0 || len(conv.images) > 0 || len(conv.read) > 0 {
		return Patched{}, false, nil // files to publish, or pages its shortcodes read
	}
	fresh.Parent = parent
	fallbacks, fbConvs, ok := s.newFallbacks(group, replaced)
	if !ok || s.makesRoom(replaced, append([]*Page{fresh}, fallbacks...)) {
		return Patched{}, false, nil
	}

	// Nothing has changed yet; from here on the model is changed.
	var moves []*Term
	for _, r := range retags {
		moves = slices.Concat(moves, r.join)
	}
	lists := s.listsOf([]*Page{fresh}, moves)
	was := s.listsNow(lists)
	termsCame, _, regrouped := s.applyRetags(retags)
	sec := cp.Section
	t.sections[sec] = placePages(s.Config.TypeOf(sec), append(slices.Clip(t.sections[sec]), fresh), []*Page{fresh})
	for _, l := range lists {
		switch {
		case l.Kind == KindHome:
			l.Pages = placePages(config.Generic(), append(slices.Clip(l.Pages), fresh), []*Page{fresh})
		case l.Kind == KindSection && slices.Contains(t.Sections, l):
			l.Pages = t.sections[sec] // a section's list is its pages'
		case l.Kind == KindSection:
			l.Pages = placePages(s.Config.TypeOf(l.Section), append(slices.Clip(l.Pages), fresh), []*Page{fresh}) // a subsection's own
		}
	}
	s.byFile[cp.File] = fresh
	if s.excluded[cp.File] { // a draft made public
		delete(s.excluded, cp.File)
		s.NotBuilt = slices.DeleteFunc(s.NotBuilt, func(nb NotBuilt) bool { return nb.File == cp.File })
	}
	s.sourceSaved(fresh)
	s.drop(replaced)
	s.regroup(group, fallbacks)
	came := append([]*Page{fresh}, fallbacks...)
	for _, q := range came {
		s.enter(q)
	}
	s.useConversion(fresh, conv)
	for i, fb := range fallbacks {
		s.useConversion(fb, fbConvs[i])
	}

	patched.Pages, patched.Came, patched.Went, patched.Terms, patched.Lastmod = slices.Concat(members, regrouped), slices.Concat(came, termsCame), replaced, moves, true
	patched.Linkers = linkers
	s.listsMoved(was, len(moves) > 0, &patched)
	return patched, true, nil
}

// groupLinkers are the pages with a link that may lead to a page of group
// (linkersOf), whose links to it may resolve to another translation once
// a page joins or leaves the group. ok is false when a page's links are
// not known.
func (s *Site) groupLinkers(group []*Page) (linkers []*Page, ok bool) {
	for _, m := range group {
		if m.src == nil {
			continue
		}
		l, ok := s.linkersOf(m.src, m.URLPath)
		if !ok {
			return nil, false
		}
		linkers = append(linkers, l...)
	}
	return linkers, true
}

// translationsOf are the pages of the site that are translations of cp, a
// content file whose page is not in the site; ok is false when one is not
// a regular page standing alone in its language, without bundle files, as
// Join takes. A translation left out of the site (a draft) is none.
func (s *Site) translationsOf(cp *content.Page, pages []*content.Page) (members []*Page, ok bool) {
	for _, q := range pages {
		if q.File == cp.File || q.Kind != cp.Kind || q.Key != cp.Key {
			continue
		}
		p := s.byFile[q.File]
		if p == nil {
			continue
		}
		if p.Lang == cp.Lang || !s.plainTranslation(p) {
			return nil, false
		}
		members = append(members, p)
	}
	for _, m := range members {
		if len(m.Translations) != len(members)-1 {
			return nil, false // one of them stands alone (sameTranslation)
		}
	}
	return members, true
}

// plainTranslation reports whether p is a regular page of a file of its
// own, without bundle files, that takes no other's address: one whose
// translations may come and go by Join and Leave.
func (s *Site) plainTranslation(p *Page) bool {
	return p.Kind == KindPage && p.FallbackOf == nil && p.src != nil && p.src.Base != "index" && len(p.Resources) == 0 && !s.yielded[p]
}

// inGroupOrder sorts the pages of a translation group, one per language,
// in the order of site.yaml's languages, as linkTranslations does.
func (s *Site) inGroupOrder(g []*Page) []*Page {
	rank := func(p *Page) int {
		return slices.IndexFunc(s.Languages, func(l config.Language) bool { return l.Code == p.Lang })
	}
	slices.SortFunc(g, func(a, b *Page) int { return rank(a) - rank(b) })
	return g
}

// unpairedTerms reports whether no two pages of g name terms in their own
// words that linkTerms would match: each taxonomy's terms of one are all
// the other's, or they differ by unlike numbers. A page that joins or
// leaves such a group leaves every term's key as it was.
func (s *Site) unpairedTerms(g []*Page) bool {
	for i, a := range g {
		for _, b := range g[i+1:] {
			for _, tax := range s.Config.Taxonomies {
				if len(s.termPairs(a.src.Meta.Terms.Of(tax), b.src.Meta.Terms.Of(tax))) > 0 {
					return false
				}
			}
		}
	}
	return true
}

// freeFor reports whether p may claim its address: no page has it, or one
// of replaced, with the very same output path, that leaves as p comes.
func (s *Site) freeFor(p *Page, replaced []*Page) bool {
	c := PageClaim(p, p.OutputPath(), "")
	old := s.byURL[p.URLPath]
	if old == nil {
		return s.claims.Free(c)
	}
	prev, ok := s.claims.Of(c.Path)
	return slices.Contains(replaced, old) && ok && prev.Path == c.Path && old.OutputPath() == c.Path &&
		c.checkPath() == nil && !windowsProblem(c)
}

// regroup makes g, the pages of a translation group in order, each
// other's translations, with fbs the group's fallback pages.
func (s *Site) regroup(g, fbs []*Page) {
	for _, p := range g {
		p.Translations = slices.DeleteFunc(slices.Clone(g), func(q *Page) bool { return q == p })
		p.fallbacks = nil
		for _, fb := range fbs {
			if fb.FallbackOf == p {
				p.fallbacks = append(p.fallbacks, fb)
			}
		}
	}
}

// enter puts q, a page new to the site, in its pages, addresses and
// claims, and a fallback page among its language's.
func (s *Site) enter(q *Page) {
	at, _ := slices.BinarySearchFunc(s.Pages, q, pageOrder)
	s.Pages = slices.Insert(s.Pages, at, q)
	s.byURL[q.URLPath] = q
	s.claims.Add(PageClaim(q, q.OutputPath(), ""))
	if q.FallbackOf != nil {
		t := s.trees[q.Lang]
		t.fallbacks = append(t.fallbacks, q)
	}
}

// drop takes went, pages of the site, out of its pages, addresses, claims
// and fallback pages, and gives up their conversions (kept a while in the
// store, for a file restored).
func (s *Site) drop(went []*Page) {
	s.Pages = slices.DeleteFunc(s.Pages, func(q *Page) bool { return slices.Contains(went, q) })
	for _, q := range went {
		if s.byURL[q.URLPath] == q {
			delete(s.byURL, q.URLPath)
		}
		s.claims.Remove(q.OutputPath())
		if q.FallbackOf != nil {
			ft := s.trees[q.Lang]
			ft.fallbacks = slices.DeleteFunc(slices.Clone(ft.fallbacks), func(f *Page) bool { return f == q })
		}
		old := q.conv.Swap(nil)
		s.warned.Add(-warns(old))
		if s.cache != nil && old != nil {
			s.cache.retire(old.key)
		}
	}
}

// listState is what lists showed before a page joined or left them.
type listState struct {
	lists  []*Page
	pages  [][]*Page
	pagers []int
}

// drop forgets the lists of went, which are no longer the site's.
func (was *listState) drop(went []*Page) {
	kept := listState{}
	for i, l := range was.lists {
		if !slices.Contains(went, l) {
			kept.lists, kept.pages, kept.pagers = append(kept.lists, l), append(kept.pages, was.pages[i]), append(kept.pagers, was.pagers[i])
		}
	}
	*was = kept
}

// listsNow is what lists show now.
func (s *Site) listsNow(lists []*Page) listState {
	was := listState{lists: lists, pages: make([][]*Page, len(lists)), pagers: make([]int, len(lists))}
	for i, l := range lists {
		was.pages[i], was.pagers[i] = slices.Clone(l.Pages), s.Pagers(l)
	}
	return was
}

// listsMoved adds to patched where the lists of was show other pages now,
// on another number of list pages, or from another date of change, which
// it gives them; a taxonomy whose terms' counts changed (counts) changed.
func (s *Site) listsMoved(was listState, counts bool, patched *Patched) {
	for i, l := range was.lists {
		if c := changed(l, was.pages[i], l.Pages); c.From < c.To || l.Kind == KindTaxonomy && counts {
			patched.Lists = append(patched.Lists, c)
		}
		if n := s.Pagers(l); n != was.pagers[i] {
			patched.Pagers = append(patched.Pagers, PagerChange{List: l, Before: was.pagers[i], After: n})
		}
	}
	dateLists(was.lists, func(l *Page) {
		l.seenSum.Store(nil)
		s.resum(l)
		patched.Dated = append(patched.Dated, l)
	})
}

// makesRoom reports whether went, pages that leave as came come, give up
// an address a fallback page was not made at because it was taken
// (fallbackTaken), unless a page with a file of its own takes it again: a
// fallback page of another group would be made there, or would come
// before one of came's in addFallbacks' order.
func (s *Site) makesRoom(went, came []*Page) bool {
	for _, w := range went {
		if s.fallbackTaken[w.URLPath] && !slices.ContainsFunc(came, func(c *Page) bool { return c.URLPath == w.URLPath && c.FallbackOf == nil }) {
			return true
		}
	}
	return false
}

// pageOrder is the order of Site.Pages: by address, language and file.
func pageOrder(a, b *Page) int {
	return cmp.Or(strings.Compare(a.URLPath, b.URLPath), strings.Compare(a.Lang, b.Lang), strings.Compare(a.File, b.File))
}

// newFallbacks makes, without changing the model, the fallback pages of
// g, a translation group in order, in the languages it lacks, as
// addFallbacks would (site.yaml's translations.fallback, or a fallback:
// true of a page of g or a list page above it), each converted. Those of
// replaced, the group's fallback pages before, leave as these come. ok is
// false when one would not be made as g is alone (its address is taken) or
// has files to publish.
func (s *Site) newFallbacks(g, replaced []*Page) (fbs []*Page, convs []*conversion, ok bool) {
	var optIn map[string]bool
	for _, lang := range s.Config.LanguageCodes() {
		var src *Page
		for _, from := range s.Config.FallbackSources(lang) {
			if i := slices.IndexFunc(g, func(p *Page) bool { return p.Lang == from }); i >= 0 {
				src = g[i]
				break
			}
		}
		if src == nil || slices.ContainsFunc(g, func(p *Page) bool { return p.Lang == lang }) {
			continue
		}
		if !s.Config.Translations.Fallback {
			if optIn == nil {
				optIn = s.fallbackOptIn()
			}
			if !wantsFallback(g, lang, optIn) {
				continue
			}
		}
		fb := s.fallback(src, lang, nil)
		if fb == nil || !s.freeFor(fb, replaced) {
			return nil, nil, false
		}
		fb.Translations = append([]*Page{src}, slices.DeleteFunc(slices.Clone(g), func(p *Page) bool { return p == src })...)
		for _, sec := range s.trees[lang].Sections {
			if sec.Section == fb.Section {
				fb.Parent = sec
			}
		}
		conv, errs := s.storedConversion(fb)
		if len(errs) > 0 || len(conv.photos) > 0 || len(conv.images) > 0 || len(conv.read) > 0 {
			return nil, nil, false
		}
		fbs, convs = append(fbs, fb), append(convs, conv)
	}
	return fbs, convs, true
}

// Leave takes p, a page of the site, out of it when its file is deleted
// (cp nil) or saved as cp, a page left out (a draft, one dated later, an
// expired one), and the rest of the site stays as it was but for the lists
// that showed it: the same pages Join takes in, whose section and terms
// keep other pages, and to whose file no link names (a link to it would be
// an error, which the full path reports). pages are the site's content
// files after the change. ok is false, and the model untouched, when the
// page does not fit.
func (s *Site) Leave(p *Page, cp *content.Page, pages []*content.Page, keep func(*Page) bool) (patched Patched, ok bool) {
	return s.leave(p, cp, pages, keep, false)
}

// leave is Leave; moving skips the check of links that name the page,
// which Move converts again.
func (s *Site) leave(p *Page, cp *content.Page, pages []*content.Page, keep func(*Page) bool, moving bool) (patched Patched, ok bool) {
	t := s.trees[p.Lang]
	src := p.src
	if t == nil || src == nil || !s.plainTranslation(p) || len(p.Aliases) > 0 || p.Image != "" || len(t.sections[p.Section]) < 2 ||
		slices.ContainsFunc(p.Translations, func(q *Page) bool { return !s.plainTranslation(q) }) || !s.unpairedTerms(s.inGroupOrder(append(slices.Clone(p.Translations), p))) ||
		!s.fitsJoin(src) || cp != nil && (cp.File != src.File || s.held(&cp.Meta) == "" || isPlaceholder(cp) || !sameFile(src, cp)) ||
		!moving && s.linkedByName(src, p.URLPath) || keep != nil && !keep(p) {
		return Patched{}, false
	}
	conv := p.conv.Load()
	if conv == nil || len(conv.photos) > 0 || len(conv.images) > 0 || len(conv.read) > 0 {
		return Patched{}, false
	}
	blank := *src
	blank.Meta.Terms = nil
	retags, ok := s.retags([]*Page{p}, &blank)
	if !ok {
		return Patched{}, false // a term it leaves would be empty, or written otherwise
	}
	members := p.Translations
	linkers, ok := s.groupLinkers(members)
	if !ok {
		return Patched{}, false
	}
	replaced := p.Fallbacks()
	fallbacks, fbConvs, ok := s.newFallbacks(members, append([]*Page{p}, replaced...))
	if !ok || s.makesRoom(append([]*Page{p}, replaced...), fallbacks) {
		return Patched{}, false
	}

	// Nothing has changed yet; from here on the model is changed.
	var moves []*Term
	for _, r := range retags {
		moves = slices.Concat(moves, r.leave)
	}
	lists := s.listsOf([]*Page{p}, nil)
	was := s.listsNow(lists)
	_, termsWent, regrouped := s.applyRetags(retags)
	was.drop(termsWent)
	other := func(q *Page) bool { return q == p }
	sec := p.Section
	t.sections[sec] = slices.DeleteFunc(slices.Clone(t.sections[sec]), other)
	for _, l := range lists {
		switch {
		case l.Kind == KindSection && slices.Contains(t.Sections, l):
			l.Pages = t.sections[sec]
		case l.Kind == KindHome || l.Kind == KindSection:
			l.Pages = slices.DeleteFunc(slices.Clone(l.Pages), other)
		}
	}
	went := append([]*Page{p}, replaced...)
	delete(s.byFile, src.File)
	s.drop(went)
	s.regroup(members, fallbacks)
	for i, fb := range fallbacks {
		s.enter(fb)
		s.useConversion(fb, fbConvs[i])
	}
	if cp != nil { // left out, in the order of the site's files
		at := make(map[string]int, len(pages))
		for i, q := range pages {
			at[q.File] = i
		}
		j := slices.IndexFunc(s.NotBuilt, func(nb NotBuilt) bool { return at[nb.File] > at[cp.File] })
		if j < 0 {
			j = len(s.NotBuilt)
		}
		s.NotBuilt = slices.Insert(s.NotBuilt, j, notBuilt(cp, s.held(&cp.Meta)))
		s.excluded[cp.File] = true
	}
	if p == s.largest {
		s.findLargest()
	}

	patched.Pages, patched.Came, patched.Went, patched.Terms, patched.Lastmod = slices.Concat(members, regrouped), fallbacks, slices.Concat(went, termsWent), moves, true
	patched.Linkers = linkers
	s.listsMoved(was, len(moves) > 0, &patched)
	return patched, true
}

// joinable reports whether cp, a content file whose page is not in the
// site, may join it by Join (Joinable).
func (s *Site) joinable(cp *content.Page) bool {
	return s.byFile[cp.File] == nil && s.Joinable(cp)
}

// Joinable reports whether the page of cp may join the site by Join as far
// as the file itself goes: a regular page shown with the site's default
// build options, without files of its own, aliases or an image, that fits
// (fitsJoin). A page whose save moves it (another slug) leaves and joins
// again when its new file is joinable.
func (s *Site) Joinable(cp *content.Page) bool {
	m := &cp.Meta
	if cp.Kind != KindPage || isPlaceholder(cp) || s.held == nil || s.held(m) != "" || m.Build != content.DefaultBuild ||
		len(cp.Resources) > 0 || cp.Base == "index" || len(m.Aliases) > 0 || m.Fallback || m.Image != "" || m.Untranslated ||
		s.unrendered[cp.File] != nil {
		return false
	}
	return s.fitsJoin(cp)
}

// fitsJoin reports whether the page of cp may join or leave the site
// without a full rebuild as far as the rest of the site goes: no
// placeholders or fallback pages in lists, pages listed but not rendered,
// or shortcodes that read other pages; no footer link to it.
func (s *Site) fitsJoin(cp *content.Page) bool {
	if s.held == nil || s.Config.Translations.ListFallbacks || len(s.placeholders) > 0 || len(s.samePages) > 0 || s.reading.Load() > 0 ||
		cp.Meta.Build != content.DefaultBuild || cp.Meta.Fallback || cp.Meta.Untranslated || cp.Base == "index" {
		return false
	}
	for _, t := range s.trees {
		if len(t.unrendered) > 0 {
			return false
		}
	}
	key := path.Join(cp.Dir, cp.Base)
	return !slices.ContainsFunc(s.Config.Footer, func(l config.FooterLink) bool { return l.Page == key })
}

// parentOf is the list page cp's page would have in tree t, as nest gives
// it: a regular page's of cp's folder, else the deepest subsection whose
// folder holds cp's, else its section's page. It is nil for a page in no
// section, or in one whose page it would make (its language's first) or
// that is not rendered.
func (s *Site) parentOf(t *Tree, cp *content.Page) *Page {
	for _, q := range t.sections[cp.Section] {
		if q.src != nil && q.FallbackOf == nil && q.src.Dir == cp.Dir {
			return q.Parent
		}
	}
	if cp.Section == "" || t.unrenderedSections[cp.Section] {
		return nil
	}
	var parent *Page
	for _, sub := range t.subsections {
		if (sub.src.Dir == cp.Dir || strings.HasPrefix(cp.Dir, sub.src.Dir+"/")) && (parent == nil || len(sub.src.Dir) > len(parent.src.Dir)) {
			parent = sub
		}
	}
	if parent != nil {
		return parent
	}
	for _, sec := range t.Sections {
		if sec.Section == cp.Section && len(t.sections[cp.Section]) > 0 {
			return sec
		}
	}
	return nil
}

// Move puts cp, a saved file of page p whose page moves (another slug, url
// or translationKey), into the model as p leaving the site and its new
// version joining it, when both fit (Leave, Join). Links that may name it
// (by its file's name, or the last part or whole of its old or new
// address) do not stop it: their pages are Patched.Linkers. ok is false
// when it does not fit; the model is then untouched, unless dropped: the
// page left but the rest did not fit, and the site must be assembled again.
func (s *Site) Move(p *Page, cp *content.Page, pages []*content.Page, keep func(*Page) bool) (patched Patched, ok, dropped bool) {
	if !s.Joinable(cp) || p.src == nil {
		return Patched{}, false, false
	}
	linkers, ok := s.linkersOf(p.src, p.URLPath)
	if !ok {
		return Patched{}, false, false
	}
	if patched, ok = s.leave(p, nil, pages, keep, true); !ok {
		return Patched{}, false, false
	}
	came, ok, err := s.join(cp, pages, keep, true)
	fresh := s.byFile[cp.File]
	if !ok || err != nil || fresh == nil {
		return Patched{}, false, true
	}
	more, ok := s.linkersOf(cp, fresh.URLPath)
	if !ok {
		return Patched{}, false, true
	}
	patched = patched.Join(came)
	patched.Linkers = slices.Concat(patched.Linkers, linkers, more)
	return patched, true, false
}

// Relink converts again, where a link now resolves elsewhere (reusable),
// the pages of patched.Linkers that are still the site's, and adds those
// whose conversion changed to patched.Pages. ok is false when one cannot be converted, or now has
// files to publish or reads other pages: the site must be assembled again,
// and a full build reports any mistake with every other.
func (s *Site) Relink(patched *Patched) (ok bool) {
	seen := map[*Page]bool{}
	for _, q := range patched.Linkers {
		if seen[q] || s.byURL[q.URLPath] != q {
			continue
		}
		seen[q] = true
		conv, errs := s.storedConversion(q)
		if len(errs) > 0 || len(conv.photos) > 0 || len(conv.images) > 0 || len(conv.read) > 0 {
			return false
		}
		if conv != q.conv.Load() {
			s.useConversion(q, conv)
			if !slices.Contains(patched.Pages, q) {
				patched.Pages = append(patched.Pages, q)
			}
		}
	}
	patched.Linkers = nil
	return true
}

// linkedByName reports whether a page's link may name cp's file, or its
// page's address (linkersOf): such a link may lead elsewhere once the page
// joins or leaves, and one to address was no page's.
func (s *Site) linkedByName(cp *content.Page, address string) bool {
	linkers, ok := s.linkersOf(cp, address)
	return !ok || len(linkers) > 0
}

// linkersOf are the pages with a link that may name cp's file, or its
// page's address: a link whose file or address has cp's name or the last
// part of address (its translation's, its bundle's, its slug; a ref's too), or to
// address. ok is false when a page is not converted yet, so its links are
// not known.
func (s *Site) linkersOf(cp *content.Page, address string) (linkers []*Page, ok bool) {
	name, slug := linkName(cp.File, s.Config), path.Base(strings.TrimSuffix(address, "/"))
	links := func(conv *conversion) bool {
		for dest := range conv.links {
			if ref, ok := strings.CutPrefix(dest, refPrefix); ok {
				_, dest, _ = strings.Cut(ref, "\x00") // ref's language, then its target
			}
			if n := linkName(fileName(dest), s.Config); n == name || n == slug {
				return true
			}
		}
		for _, l := range conv.localLinks {
			if strings.TrimSuffix(l.Path, "/") == strings.TrimSuffix(address, "/") {
				return true
			}
		}
		return false
	}
	for _, p := range slices.Concat(s.Pages, s.listedUnrendered) {
		if p.src == nil {
			continue
		}
		conv := p.conv.Load()
		if conv == nil {
			return nil, false
		}
		if links(conv) {
			linkers = append(linkers, p)
		}
	}
	return linkers, true
}

// linkName is the name a link to file names a page by: its file name
// without folder, extension or language, or its folder's for an index
// file (news/a.lv.md, a.md and a/index.md are all "a").
func linkName(file string, cfg *config.Config) string {
	file = strings.TrimSuffix(file, "/")
	stem, _ := content.TrimExt(path.Base(file))
	if ext := path.Ext(stem); ext != "" && cfg.Language(ext[1:]) != nil {
		stem = strings.TrimSuffix(stem, ext)
	}
	if stem == "index" || stem == "_index" {
		return linkName(path.Dir(file), cfg)
	}
	return stem
}
