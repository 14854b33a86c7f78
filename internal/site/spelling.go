package site

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// maxSpellingPlaces is how many places a spelling warning names for each
// spelling: enough to find them, short enough to read on a site where a tag
// is on hundreds of pages.
const maxSpellingPlaces = 3

// spellingWarnings warn once for each term whose pages write it in more than
// one way (Riga, RIGA, Rīga, "riga "; "../x" and "#x"): the spellings share
// one slug, so they are one term at one address, shown with the first
// spelling in byte order, which may not be the one the writer meant. It reads
// the model as it is, so a live rebuild that moves a page between terms
// (Patch) says what a clean build says.
func (s *Site) spellingWarnings() diag.List {
	var out diag.List
	for _, lang := range s.Config.LanguageCodes() {
		t := s.trees[lang]
		if t == nil {
			continue
		}
		for _, tp := range t.Taxonomies {
			for _, term := range tp.terms.of(tp.Taxonomy) {
				if w := s.spellingWarning(term); w != nil {
					out = append(out, w)
				}
			}
		}
	}
	return out
}

// spellingWarning is the warning for term when its pages write it in more
// than one way, else nil.
func (s *Site) spellingWarning(term *Term) *diag.Diagnostic {
	if writtenAlike(term) {
		return nil
	}
	type place struct {
		file string
		line int
	}
	where := map[string][]place{}
	for _, p := range term.Pages {
		if p.src == nil {
			continue
		}
		for _, name := range p.src.Meta.Terms.Of(term.Taxonomy) {
			if s.slug(name) != term.Slug {
				continue
			}
			pl := place{p.File, p.src.Meta.Line(term.Taxonomy)}
			if !slices.Contains(where[name], pl) {
				where[name] = append(where[name], pl)
			}
		}
	}
	if len(where) < 2 {
		return nil
	}
	spellings := make([]string, 0, len(where))
	for name := range where {
		spellings = append(spellings, name)
	}
	slices.Sort(spellings) // the first is the one shown (addTaxonomies)
	var quoted, said []string
	for _, name := range spellings {
		places := where[name]
		slices.SortFunc(places, func(a, b place) int {
			return cmp.Or(strings.Compare(a.file, b.file), a.line-b.line)
		})
		var at []string
		for _, pl := range places[:min(len(places), maxSpellingPlaces)] {
			at = append(at, fmt.Sprintf("%s:%d", pl.file, pl.line))
		}
		if n := len(places) - maxSpellingPlaces; n > 0 {
			at = append(at, fmt.Sprintf("%d more", n))
		}
		quoted = append(quoted, fmt.Sprintf("%q", name))
		said = append(said, fmt.Sprintf("%q in %s", name, strings.Join(at, ", ")))
	}
	// The warning stands at the first place of a spelling that is not shown:
	// the one to change, if the shown one is right.
	first := where[spellings[1]][0]
	return diag.Warnf(first.file, first.line,
		"%s %s are written differently but are one %s, at %s, shown as %q: %s; write it the same way on every page",
		term.Taxonomy, andList(quoted), termWord(term.Taxonomy), term.Page.URLPath, term.Name, strings.Join(said, "; "))
}

// writtenAlike reports, without making a slug, that every page of term
// writes it as its name: a page whose names are as many as its terms has
// each name in a term of its own, so the one equal to term's name is the
// page's spelling of it. Slugging every name of every page of every term,
// each time the warnings are asked for, grew with the site on every live
// rebuild.
func writtenAlike(term *Term) bool {
	for _, p := range term.Pages {
		if p.src == nil {
			continue
		}
		names := p.src.Meta.Terms.Of(term.Taxonomy)
		if len(names) != len(p.Terms(term.Taxonomy)) || !slices.Contains(names, term.Name) {
			return false
		}
	}
	return true
}

// andList joins items as a sentence does: "a", "a and b", "a, b and c".
func andList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// termWord is what one term of taxonomy is called in a message: "tag" for
// tags, "category" for categories, else "term".
func termWord(taxonomy string) string {
	switch taxonomy {
	case "tags":
		return "tag"
	case "categories":
		return "category"
	}
	return "term"
}
