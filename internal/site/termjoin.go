package site

import (
	"slices"
	"strings"
)

// newTerm makes, without changing the model, the term slug sl of taxonomy
// page tax that a page naming names is the first of, as addTaxonomies and
// linkTerms would make it: named by the first of names' spellings for it
// (or its message), at its address, with the key of its slug, which no term
// of its language has (so it takes no other's) and which makes it a
// translation of the terms of other languages that have it. It is nil when
// the term would not be made so: it has a file of its own, Hugo's term
// addresses are kept (an alias to write), or its address is taken.
func (s *Site) newTerm(tax *Page, sl string, names []string) *Term {
	lang, taxonomy := tax.Lang, tax.Taxonomy
	if s.Config.HugoTermAddresses || s.trees[lang].taxFiles[taxonomy+"/"+sl] != nil {
		return nil
	}
	written := ""
	for _, n := range names {
		if s.Config.Slug(n) == sl && (written == "" || n < written) {
			written = n
		}
	}
	name := written
	if s.label != nil {
		if l, ok := s.label(lang, "term."+taxonomy+"."+sl); ok {
			name = l
		}
	}
	dir := s.langRoot(lang) + s.Config.Segment(taxonomy, lang) + "/" + sl + "/"
	term := &Term{Taxonomy: taxonomy, Name: name, Slug: sl, written: written}
	term.Page = &Page{Kind: KindTerm, Lang: lang, Taxonomy: taxonomy, Term: term, Title: name,
		URLPath: s.listURL(dir), key: "term:" + taxonomy + "/" + sl, Parent: tax}
	if len(folderAlias(dir, term.Page.URLPath)) > 0 || s.termKeyed(lang, term.Page.key) != nil || !s.freeFor(term.Page, nil) {
		return nil
	}
	s.setPermalinks(term.Page)
	return term
}

// emptiable reports whether term, whose last page leaves it, goes from the
// site as a clean build would leave it out: it has no file of its own (a
// term with one stays, as in Hugo), no Hugo address, and its key is its
// slug's, which no other term of its language waits for (linkTerms gives a
// term whose key another has taken one of its language alone).
func (s *Site) emptiable(term *Term) bool {
	p := term.Page
	return p.src == nil && len(p.Aliases) == 0 && !term.rivals && p.key == "term:"+term.Taxonomy+"/"+term.Slug &&
		s.termKeyed(p.Lang, p.key+"\x00"+p.Lang) == nil
}

// termKeyed is the term page of lang whose key is key, if any.
func (s *Site) termKeyed(lang, key string) *Page {
	for _, tax := range s.trees[lang].Taxonomies {
		if !strings.HasPrefix(key, "term:"+tax.Taxonomy+"/") {
			continue
		}
		for _, term := range tax.terms.of(tax.Taxonomy) {
			if term.Page.key == key {
				return term.Page
			}
		}
	}
	return nil
}

// applyRetags moves the pages of rs between terms and puts the terms they
// make into the model, and takes those they empty out of it, each in its
// taxonomy's list and its translations' (the terms of other languages with
// its key). came and went are those terms' pages, regrouped their
// translations, whose language switchers change.
func (s *Site) applyRetags(rs []*retag) (came, went, regrouped []*Page) {
	for _, r := range rs {
		r.apply()
		if len(r.made)+len(r.emptied) == 0 {
			continue
		}
		tax, order := r.tax, termOrder(s.Config.Tag(r.tax.Lang))
		terms := slices.Clone(tax.terms.of(tax.Taxonomy))
		for _, term := range r.made {
			at, _ := slices.BinarySearchFunc(terms, term, order)
			terms = slices.Insert(terms, at, term)
			s.enter(term.Page)
			s.setSum(term.Page, 0)
			var mates []*Page
			for _, l := range s.Languages {
				if q := s.termKeyed(l.Code, term.Page.key); l.Code != term.Page.Lang && q != nil {
					mates = append(mates, q)
				}
			}
			s.regroup(s.inGroupOrder(append(slices.Clone(mates), term.Page)), nil)
			came, regrouped = append(came, term.Page), append(regrouped, mates...)
		}
		for _, term := range r.emptied {
			terms = slices.DeleteFunc(terms, func(t *Term) bool { return t == term })
			s.drop([]*Page{term.Page})
			mates := term.Page.Translations
			s.regroup(mates, nil)
			went, regrouped = append(went, term.Page), append(regrouped, mates...)
		}
		tax.terms = termSets{{tax.Taxonomy, terms}}
	}
	return came, went, regrouped
}
