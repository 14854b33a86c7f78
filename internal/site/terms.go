package site

import (
	"maps"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// linkTerms gives each term one identity across languages, so that its term
// pages are translations of each other and the language switcher lands on
// the same term. Terms written as keys (tags: [mit-j-wel]) share their slug
// in every language. Terms written in each language's words (partners:
// "Latvijas Universitāte", "University of Latvia") are matched through the
// pages that are translations of each other: the terms one translation
// names and the other does not are the same, one for one in their order,
// when they are as many. A term takes the slug it has in the first language
// (site.yaml's order) as its key; where one language has two terms for what
// another calls one, the one more pages name keeps the key.
func (s *Site) linkTerms() {
	u := unionFind{}
	groups := map[string][]*Page{}
	var keys []string
	for _, l := range s.Languages {
		t := s.trees[l.Code]
		for _, sec := range slices.Sorted(maps.Keys(t.sections)) { // a page's translations in one order every build
			for _, p := range t.sections[sec] {
				if p.Kind == KindPage && len(p.src.Meta.Terms) > 0 {
					if groups[p.key] == nil {
						keys = append(keys, p.key)
					}
					groups[p.key] = append(groups[p.key], p)
				}
			}
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		g := groups[k]
		for _, tax := range s.Config.Taxonomies {
			for _, q := range g[1:] {
				for _, pair := range s.termPairs(g[0].src.Meta.Terms.Of(tax), q.src.Meta.Terms.Of(tax)) {
					u.union(termNode{tax, g[0].Lang, pair[0]}, termNode{tax, q.Lang, pair[1]})
				}
			}
		}
	}
	// Term files (content/tags/riga/_index.lv.md) that share a translationKey
	// name one term, whatever each language calls it.
	byKey := map[[2]string]termNode{}
	for _, l := range s.Languages {
		for key, p := range s.trees[l.Code].taxFiles {
			tax, slug, isTerm := strings.Cut(key, "/")
			if !isTerm || p.src == nil || p.src.Meta.TranslationKey == "" {
				continue
			}
			n, k := termNode{tax, l.Code, slug}, [2]string{tax, p.src.Meta.TranslationKey}
			if first, ok := byKey[k]; ok {
				u.union(first, n)
			} else {
				byKey[k] = n
			}
		}
	}
	// In each language, the term of a set that more pages name (then the
	// smallest slug) owns it there. The key of a set is the slug of its
	// owner in the first language that has it.
	rank := map[string]int{}
	for i, l := range s.Languages {
		rank[l.Code] = i
	}
	type owner struct {
		root termNode
		lang string
	}
	own := map[owner]termNode{} // by set and language
	count := map[owner]int{}
	terms := map[termNode]*Term{}
	var nodes []termNode // in site.yaml's language order, then each language's
	for _, l := range s.Languages {
		for _, tp := range s.trees[l.Code].Taxonomies {
			for _, term := range tp.terms.of(tp.Taxonomy) {
				n := termNode{tp.Taxonomy, l.Code, term.Slug}
				terms[n], nodes = term, append(nodes, n)
				o := owner{u.find(n), n.lang}
				count[o]++
				if b, ok := own[o]; !ok || len(term.Pages) > len(terms[b].Pages) || len(term.Pages) == len(terms[b].Pages) && term.Slug < b.slug {
					own[o] = n
				}
			}
		}
	}
	first := map[termNode]string{} // by set: the first language that has it
	for _, n := range nodes {
		if root := u.find(n); first[root] == "" {
			first[root] = n.lang
		}
	}
	// A key joins one term page per language. Owners take their set's key,
	// those of sets that an earlier language has first; the others their
	// own. A term whose key another term of its language took gets one that
	// is its alone.
	prio := func(n termNode) int {
		if root := u.find(n); own[owner{root, n.lang}] == n {
			return rank[first[root]]
		}
		return len(rank)
	}
	slices.SortStableFunc(nodes, func(a, b termNode) int { return prio(a) - prio(b) })
	taken := map[[2]string]bool{} // language, key
	for _, n := range nodes {
		root, slug := u.find(n), n.slug
		if own[owner{root, n.lang}] == n {
			slug = own[owner{root, first[root]}].slug
		}
		k := "term:" + n.tax + "/" + slug
		if taken[[2]string{n.lang, k}] {
			k += "\x00" + n.lang
		}
		taken[[2]string{n.lang, k}] = true
		terms[n].Page.key = k
		terms[n].rivals = count[owner{root, n.lang}] > 1
	}
}

// termPairs matches the terms two translations name in their own words: the
// slugs one has and the other has not, one for one in order, when they are
// as many; none otherwise.
func (s *Site) termPairs(a, b []string) [][2]string {
	sa, sb := s.termSlugs(a), s.termSlugs(b)
	oa := slices.DeleteFunc(slices.Clone(sa), func(x string) bool { return slices.Contains(sb, x) })
	ob := slices.DeleteFunc(slices.Clone(sb), func(x string) bool { return slices.Contains(sa, x) })
	if len(oa) != len(ob) {
		return nil
	}
	out := make([][2]string, len(oa))
	for i := range oa {
		out[i] = [2]string{oa[i], ob[i]}
	}
	return out
}

// wordlessTerms warns of the terms p names that have no letter or digit
// ("?", "#", ""): no address can be made of them, so addTaxonomies leaves
// them out, which it did with no word.
func (s *Site) wordlessTerms(p *Page) []*diag.Diagnostic {
	var out []*diag.Diagnostic
	for _, tax := range s.Config.Taxonomies {
		for _, name := range p.src.Meta.Terms.Of(tax) {
			if s.slug(name) == "" {
				out = append(out, diag.Warnf(p.File, p.src.Meta.Line(tax), "%s: %q has no letter or digit to make its address of, so the page is not listed under it; write it in words", tax, name))
			}
		}
	}
	return out
}

// termSlugs are the slugs of names, each once, in order.
func (s *Site) termSlugs(names []string) []string {
	var out []string
	for _, n := range names {
		if sl := s.slug(n); sl != "" && !slices.Contains(out, sl) {
			out = append(out, sl)
		}
	}
	return out
}

// termNode is a term of one taxonomy in one language.
type termNode struct{ tax, lang, slug string }

// unionFind joins terms known to be the same.
type unionFind map[termNode]termNode

func (u unionFind) find(n termNode) termNode {
	for {
		p, ok := u[n]
		if !ok || p == n {
			return n
		}
		if gp, ok := u[p]; ok {
			u[n] = gp // halve the path
		}
		n = p
	}
}

func (u unionFind) union(a, b termNode) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	u[rb] = ra
}

// termSets are a page's terms by taxonomy: a slice, not a map, as a page
// names the terms of one or two taxonomies, and a map for each of 100,000
// pages was about 400 bytes of memory each, held for the whole build.
type termSets []taxTerms

// taxTerms are a page's terms of one taxonomy.
type taxTerms struct {
	tax   string
	terms []*Term
}

// of returns the terms of taxonomy tax, nil when none.
func (s termSets) of(tax string) []*Term {
	for _, t := range s {
		if t.tax == tax {
			return t.terms
		}
	}
	return nil
}

// set makes terms the terms of taxonomy tax.
func (s *termSets) set(tax string, terms []*Term) {
	for i := range *s {
		if (*s)[i].tax == tax {
			(*s)[i].terms = terms
			return
		}
	}
	*s = append(*s, taxTerms{tax, terms})
}
