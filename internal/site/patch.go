package site

import (
	"fmt"
	"reflect"
	"slices"
	"time"

	"github.com/vestis-ssg/vestis/internal/content"
)

// Patched is what Site.Patch changed in the model.
type Patched struct {
	// Pages show something that changed: the saved page, its fallback pages,
	// and lists whose own date of change moved. Every output that includes one
	// of them must be checked again.
	Pages []*Page
	// Lists hold the saved page and are sorted again, as it moved in them:
	// home, section and term pages. Each of their outputs must be checked again.
	Lists []*Page
	// Lastmod reports whether a page's date of change moved (for sitemaps).
	Lastmod bool
}

// Patch puts cp, a new version of page p's content file, into the model when
// the save leaves the site's structure as it was: the page keeps its address,
// language, translations, terms, photos and publication, so no output appears
// or goes. Its text and front matter fields change, and the lists that hold it
// are sorted and dated again. keep, when set, may refuse the page with its new
// fields (fresh, which is not in the model) for reasons of its own.
//
// ok is false when the save changes the structure: the model is untouched and
// the site must be assembled again. An error, such as a broken link in the new
// text, also leaves the model untouched.
func (s *Site) Patch(p *Page, cp *content.Page, keep func(old, fresh *Page) bool) (patched Patched, ok bool, err error) {
	if p.src == nil || p.src.File != cp.File {
		return Patched{}, false, fmt.Errorf("patch %s: not the page of %s", p.URLPath, cp.File)
	}
	if !s.samePlace(p.src, cp) {
		return Patched{}, false, nil
	}
	fresh := s.newPage(cp)
	if keep != nil && !keep(p, fresh) {
		return Patched{}, false, nil
	}
	group := append([]*Page{p}, p.fallbacks...)
	convs := make([]*conversion, len(group))
	for i, q := range group {
		conv, errs := s.reconvert(q, cp)
		if len(errs) > 0 {
			return Patched{}, true, content.JoinErrors(errs)
		}
		if !reflect.DeepEqual(q.Photos(), conv.photos) {
			return Patched{}, false, nil // photos to make or to drop: outputs change
		}
		convs[i] = conv
	}

	// Nothing has changed yet; from here on the model is changed.
	patched.Lastmod = !fresh.Lastmod.Equal(p.Lastmod)
	moved := !sameRank(p, fresh)
	for i, q := range group {
		old := q.src
		q.src = cp
		q.takeFields(fresh)
		s.cache.forget(convKey{old, q.Lang}) // else every save would add one
		s.cache.put(convKey{cp, q.Lang}, convs[i])
		s.useConversion(q, convs[i])
	}
	patched.Pages = group
	lists := s.listsOf(group)
	if moved {
		for _, q := range group {
			if t := s.trees[q.Lang]; q.FallbackOf == nil || t.listed {
				sortPages(q.Section, t.sections[q.Section]) // a section page's Pages
			}
		}
		for _, l := range lists {
			if l.Kind == KindHome || l.Kind == KindTerm {
				sortPages("", l.Pages)
			}
			if l.Kind != KindTaxonomy {
				patched.Lists = append(patched.Lists, l)
			}
		}
	}
	for _, l := range lists {
		if lastmod := listLastmod(l); !lastmod.Equal(l.Lastmod) {
			l.Lastmod = lastmod
			s.resum(l)
			patched.Pages = append(patched.Pages, l)
			patched.Lastmod = true
		}
	}
	return patched, true, nil
}

// samePlace reports whether the page of content file a, saved again as b,
// keeps its place in the site: everything that decides its address, its
// language and translations, its terms, its files and whether it is built.
// A home or section page may change only its body: its title and dates show
// in every page's menu and in the lists above it.
func (s *Site) samePlace(a, b *content.Page) bool {
	if a.Kind != b.Kind || a.Lang != b.Lang || a.Section != b.Section || a.Key != b.Key || a.Dir != b.Dir || a.Base != b.Base ||
		!slices.Equal(a.Resources, b.Resources) {
		return false
	}
	m, n := &a.Meta, &b.Meta
	if a.Kind != KindPage {
		return reflect.DeepEqual(*m, *n)
	}
	return m.Slug == n.Slug && m.URL == n.URL && m.TranslationKey == n.TranslationKey && m.Image == n.Image &&
		slices.Equal(m.Aliases, n.Aliases) && reflect.DeepEqual(m.Terms, n.Terms) &&
		s.held(m) == s.held(n)
}

// reconvert converts cp, a new version of q's file, for q without changing q.
func (s *Site) reconvert(q *Page, cp *content.Page) (*conversion, []*content.Error) {
	probe := &Page{Kind: q.Kind, Lang: q.Lang, Section: q.Section, File: q.File, URLPath: q.URLPath, Resources: q.Resources, src: cp, site: s}
	return s.newConversion(probe)
}

// takeFields copies the fields a content file's front matter gives a page and
// that a save may change without moving it (Site.samePlace).
func (p *Page) takeFields(from *Page) {
	p.Title, p.description, p.Author, p.Image = from.Title, from.description, from.Author, from.Image
	p.Date, p.Lastmod, p.PublishDate, p.ExpiryDate = from.Date, from.Lastmod, from.PublishDate, from.ExpiryDate
	p.Weight, p.Params = from.Weight, from.Params
	p.Location, p.Contact, p.Source = from.Location, from.Contact, from.Source
	p.Status, p.ApplyURL, p.Eligibility, p.Deadline, p.Events = from.Status, from.ApplyURL, from.Eligibility, from.Deadline, from.Events
	p.Code, p.Funding, p.Coordinator, p.Partners, p.Start, p.End = from.Code, from.Funding, from.Coordinator, from.Partners, from.Start, from.End
}

// listsOf returns the list pages that hold any of pages, each once: their
// language's home page, their section page, their term pages and those
// terms' taxonomy pages (last, as their dates follow their terms').
func (s *Site) listsOf(pages []*Page) []*Page {
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
		for _, sec := range t.Sections {
			if sec.Section == q.Section {
				add(sec)
			}
		}
		for _, tax := range t.Taxonomies {
			for _, term := range q.terms[tax.Taxonomy] {
				add(term.Page)
				if !slices.Contains(taxonomies, tax) {
					taxonomies = append(taxonomies, tax)
				}
			}
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
		for _, term := range l.terms[l.Taxonomy] {
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
