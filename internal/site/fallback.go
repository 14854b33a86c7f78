package site

import (
	"path"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
)

// addFallbacks gives every regular page missing in a language a fallback page
// there: the text of the first language of that language's fallback order that
// has the page, at the URL its translation would have. Without
// translations.fallback, only the languages where the page has a placeholder
// (untranslated: true) get one, and a link to the placeholder's file leads to
// it (byFile). Fallback pages are not translations: they are listed only with
// translations.listFallbacks, and never in sitemaps, feeds or hreflang links.
func (s *Site) addFallbacks(byFile map[string]*Page) {
	taken := map[string]bool{}
	for _, t := range s.trees {
		for _, p := range t.all() {
			taken[p.URLPath] = true
		}
	}
	var groups [][]*Page
	for _, lang := range s.Config.LanguageCodes() {
		for _, list := range s.trees[lang].sections {
			for _, p := range list {
				if p.Kind == KindPage && p.FallbackOf == nil && leads(p, s.Languages) {
					groups = append(groups, append([]*Page{p}, p.Translations...))
				}
			}
		}
	}
	slices.SortFunc(groups, func(a, b []*Page) int { return strings.Compare(a[0].File, b[0].File) })
	optIn := s.fallbackOptIn()
	for _, g := range groups {
		for _, lang := range s.Config.LanguageCodes() {
			if g[0].Translation(lang) != nil {
				continue
			}
			holder := s.placeholders[g[0].key][lang]
			if holder == nil && !s.Config.Translations.Fallback && !wantsFallback(g, lang, optIn) {
				continue
			}
			var src *Page
			for _, from := range s.Config.FallbackSources(lang) {
				if src = g[0].Translation(from); src != nil {
					break
				}
			}
			if src == nil {
				continue
			}
			fb := s.fallback(src, lang, holder)
			if fb == nil {
				continue
			}
			if taken[fb.URLPath] {
				if s.fallbackTaken == nil {
					s.fallbackTaken = map[string]bool{}
				}
				s.fallbackTaken[fb.URLPath] = true
				continue
			}
			taken[fb.URLPath] = true
			if holder != nil {
				byFile[holder.File] = fb
			}
			src.fallbacks = append(src.fallbacks, fb)
			t := s.trees[lang]
			t.fallbacks = append(t.fallbacks, fb)
			t.listed = s.Config.Translations.ListFallbacks
			if t.listed {
				t.sections[fb.Section] = append(t.sections[fb.Section], fb)
			}
			for _, sec := range t.Sections {
				if sec.Section == fb.Section {
					fb.Parent = sec
				}
			}
		}
	}
}

// fallbackOptIn are the folders whose home or section page says fallback:
// true, by language: lang + ":" + folder.
func (s *Site) fallbackOptIn() map[string]bool {
	optIn := map[string]bool{}
	for lang, t := range s.trees {
		for _, p := range append(append([]*Page{t.Home}, t.Sections...), t.subsections...) {
			if p != nil && p.src != nil && p.src.Meta.Fallback {
				optIn[lang+":"+p.src.Dir] = true
			}
		}
	}
	return optIn
}

// leads reports whether p is its group's page in the first language, so that each
// group is taken once.
func leads(p *Page, langs []config.Language) bool {
	for _, l := range langs {
		if t := p.Translation(l.Code); t != nil {
			return t == p
		}
	}
	return false
}

// fallback makes src's page for lang, at the address of holder, the
// placeholder of lang, when there is one (with its aliases), else at the
// address src's translation would have.
func (s *Site) fallback(src *Page, lang string, holder *content.Page) *Page {
	fb := &Page{
		Kind: src.Kind, Lang: lang, Section: src.Section, File: src.File,
		Title: src.Title, description: src.description, Author: src.Author, Image: src.Image,
		Date: src.Date, Lastmod: src.Lastmod, PublishDate: src.PublishDate, ExpiryDate: src.ExpiryDate,
		Weight: src.Weight, params: src.params, fields: src.fields, packed: src.packed,
		Resources: src.Resources, Contents: src.Contents, FallbackOf: src,
		key: "fallback:" + src.key, src: src.src, site: s,
	}
	if holder != nil {
		if err := s.setURL(fb, holder); err != nil {
			return nil
		}
		fb.held = true
	} else {
		if err := s.setURL(fb, src.src); err != nil {
			return nil
		}
		fb.Aliases = nil // the original answers its old addresses
	}
	fb.Translations = append([]*Page{src}, src.Translations...)
	return fb
}

// wantsFallback reports whether the pages of group g ask for a fallback page
// in lang: one of them says fallback: true, or the home or a section page of
// lang above them does (optIn, by language and folder).
func wantsFallback(g []*Page, lang string, optIn map[string]bool) bool {
	for _, p := range g {
		if p.src != nil && p.src.Meta.Fallback {
			return true
		}
	}
	if g[0].src == nil {
		return false
	}
	for dir := g[0].src.Dir; ; dir = path.Dir(dir) {
		if dir == "." {
			dir = ""
		}
		if optIn[lang+":"+dir] {
			return true
		}
		if dir == "" {
			return false
		}
	}
}
