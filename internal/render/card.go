package render

import (
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/card"
	"github.com/vestis-ssg/vestis/internal/photo"
	"github.com/vestis-ssg/vestis/internal/site"
)

// A page's sharing image (og:image) is its photo cut to a card's frame when
// it has one (the front matter image, else the first photo of its text),
// else a card drawn with its title. Social networks show neither SVG nor
// images of unknown size well, so every page gets one of card.Width x
// card.Height, beside the page's own file.

// hasCard reports whether p shows a sharing image: every page but 404s.
func hasCard(p *site.Page) bool { return p.Kind != site.Kind404 }

// sharedPhoto is the photo a page's sharing image is cut from, if any.
func sharedPhoto(p *site.Page) (site.Photo, bool) {
	photos := p.Photos()
	if c := p.Cover(); c != nil {
		return *c, true
	}
	if len(photos) > 0 {
		return photos[0], true
	}
	return site.Photo{}, false
}

// cardVariant is the variant of a page's photo that is its sharing image.
func cardVariant(set *photo.Set) photo.Variant { return set.Cropped(card.Width, card.Height) }

// cardOutput is the output of p's sharing image: a variant of its photo, or
// a drawn card.
func cardOutput(s *site.Site, p *site.Page) Output {
	if ph, ok := sharedPhoto(p); ok {
		v := cardVariant(ph.Set)
		return Output{Path: site.PhotoDir + v.Name, Photo: &PhotoOutput{File: ph.File, Set: ph.Set, Variant: v}}
	}
	c := cardOf(s, p)
	return Output{Path: drawnCardPath(p), Card: &c, Compact: true}
}

// drawnCardPath is where p's drawn card goes: og.png beside an index.html,
// else the page's file name with .og.png for .html.
func drawnCardPath(p *site.Page) string {
	out := p.OutputPath()
	if dir, ok := strings.CutSuffix(out, "index.html"); ok && (dir == "" || strings.HasSuffix(dir, "/")) {
		return dir + "og.png"
	}
	return strings.TrimSuffix(out, ".html") + ".og.png"
}

// cardOf is what p's drawn card shows: its title (the site's name on a home
// page), the name of the section or taxonomy above it, and the site's name,
// all in p's language.
func cardOf(s *site.Site, p *site.Page) card.Card {
	lang := s.Tree(p.Lang).Lang
	c := card.Card{Title: p.Title, Site: lang.Title, Lang: p.Lang}
	if p.Kind == site.KindHome || c.Title == "" {
		c.Title = lang.Title
	}
	if q := p.Parent; q != nil && q.Kind != site.KindHome {
		c.Section = q.Title
	}
	return c
}

// cardChanges are the drawn cards that a patch of pages may have changed:
// those of the pages and of the pages right below them (a section's title
// is on its pages' cards). The build draws a card again only when what it
// shows changed.
func cardChanges(s *site.Site, patched []*site.Page) []Output {
	changed := map[*site.Page]bool{}
	for _, p := range patched {
		changed[p] = true
	}
	candidates := s.Pages
	if !slices.ContainsFunc(patched, func(p *site.Page) bool { return p.Kind != site.KindPage }) {
		candidates = nil // a regular page is no page's parent
		for _, p := range patched {
			if !slices.Contains(candidates, p) {
				candidates = append(candidates, p)
			}
		}
	}
	var outs []Output
	for _, p := range candidates {
		if !hasCard(p) || !changed[p] && (p.Parent == nil || !changed[p.Parent]) {
			continue
		}
		if _, ok := sharedPhoto(p); ok {
			continue // photos stay as they were in a patch
		}
		c := cardOf(s, p)
		outs = append(outs, Output{Path: drawnCardPath(p), Card: &c, Compact: true})
	}
	return outs
}
