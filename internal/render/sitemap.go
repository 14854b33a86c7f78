package render

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"hash/maphash"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/site"
)

type sitemapIndex struct {
	XMLName  xml.Name       `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex"`
	Sitemaps []sitemapEntry `xml:"sitemap"`
}

type sitemapEntry struct {
	Loc     string `xml:"loc"`
	Lastmod string `xml:"lastmod,omitempty"`
}

// inSitemap reports whether a page is listed in its language's sitemap.
func inSitemap(p *site.Page) bool {
	return p.Kind != site.Kind404 && p.Kind != site.KindSearch && p.FallbackOf == nil
}

// sitemaps renders /sitemap.xml, an index of one sitemap per language, each
// listing every page with its lastmod and hreflang alternates (x-default too).
// A language's sitemap is written as compact as a minifier would leave it, from
// each page's <url> element. With a cache, a page's element is made again only
// when the page's sum or its translations' addresses changed.
func sitemaps(s *site.Site, cache *Cache) ([]Output, error) {
	var outs []Output
	err := sitemapsTo(s, cache, func(o ...Output) error { outs = append(outs, o...); return nil })
	return outs, err
}

// sitemapsTo is sitemaps handing each output to add as soon as it is made.
// Without a cache, a language's sitemap is written straight from its pages
// and handed over before the next is made: a streaming build of 100,000
// pages holds one sitemap at a time, not every page's element and every
// language's sitemap together.
func sitemapsTo(s *site.Site, cache *Cache, add func(...Output) error) error {
	maps := map[string]*langSitemap{}
	for _, l := range s.Languages {
		maps[l.Code] = &langSitemap{at: map[*site.Page]int{}}
	}
	for _, p := range s.Pages {
		if m := maps[p.Lang]; m != nil && inSitemap(p) {
			m.at[p] = len(m.pages)
			m.pages = append(m.pages, p)
		}
	}
	if cache == nil {
		for _, l := range s.Languages {
			m := maps[l.Code]
			b := bytes.NewBufferString(sitemapHead)
			for _, p := range m.pages {
				writeSitemapURL(b, s, p)
				if !p.Lastmod.IsZero() {
					m.last = max(m.last, p.Lastmod.Format("2006-01-02"))
				}
			}
			b.WriteString(sitemapTail)
			if err := add(Output{Path: sitemapPath(s, l.Code), Body: b.Bytes(), Compact: true}); err != nil {
				return err
			}
		}
		outs, err := sitemapOutputs(s, maps, nil)
		if err != nil {
			return err
		}
		return add(outs...)
	}
	old := map[string]sitemapURL{} // the elements of the last sitemaps, by address
	for _, m := range cache.sitemaps {
		for i, p := range m.pages {
			old[p.RelPermalink] = m.urls[i]
		}
	}
	for _, m := range maps {
		m.urls = make([]sitemapURL, len(m.pages))
		for i, p := range m.pages {
			key := sitemapKey(cache.seed, p)
			if u, ok := old[p.RelPermalink]; ok && u.key == key {
				m.urls[i] = u
			} else {
				m.urls[i] = sitemapElement(s, p, key)
			}
		}
		m.join()
	}
	cache.sitemaps = maps
	outs, err := sitemapOutputs(s, maps, s.Languages)
	if err != nil {
		return err
	}
	return add(outs...)
}

// patchSitemaps makes again, after Patch changed pages (which moves no page
// and no address), their elements, and the sitemaps that hold them.
func patchSitemaps(s *site.Site, cache *Cache, changed []*site.Page) ([]Output, error) {
	return movedSitemaps(s, cache, nil, changed)
}

// movedSitemaps makes again, after pages came or went (moved), the
// sitemaps of their languages, reusing the element of each page that stays
// while its key is the same, and in the other languages the elements of
// changed pages and the sitemaps that hold them: a new page's save at
// 10,000 files made every language's sitemap again, each page's key and
// all, two thirds of its time.
func movedSitemaps(s *site.Site, cache *Cache, moved, changed []*site.Page) ([]Output, error) {
	redo := map[string]*langSitemap{}
	for _, p := range moved {
		redo[p.Lang] = &langSitemap{at: map[*site.Page]int{}}
	}
	if len(redo) > 0 {
		for _, p := range s.Pages {
			if m := redo[p.Lang]; m != nil && inSitemap(p) {
				m.at[p] = len(m.pages)
				m.pages = append(m.pages, p)
			}
		}
	}
	dirty := map[string]bool{}
	for lang, m := range redo {
		old := cache.sitemaps[lang]
		m.urls = make([]sitemapURL, len(m.pages))
		for i, p := range m.pages {
			key := sitemapKey(cache.seed, p)
			if j, ok := old.at[p]; ok && old.urls[j].key == key {
				m.urls[i] = old.urls[j]
			} else {
				m.urls[i] = sitemapElement(s, p, key)
			}
		}
		cache.sitemaps[lang], dirty[lang] = m, true
	}
	for _, p := range changed {
		if redo[p.Lang] != nil {
			continue
		}
		m := cache.sitemaps[p.Lang]
		if i, ok := m.at[p]; ok {
			m.urls[i] = sitemapElement(s, p, sitemapKey(cache.seed, p))
			dirty[p.Lang] = true
		}
	}
	var langs []config.Language
	for _, l := range s.Languages {
		if dirty[l.Code] {
			cache.sitemaps[l.Code].join()
			langs = append(langs, l)
		}
	}
	return sitemapOutputs(s, cache.sitemaps, langs)
}

// sitemapPath is a language's sitemap, in its folder: lv/sitemap.xml. The
// default language at the site root has sitemap-lv.xml there, as a sitemap
// may list only addresses below its own folder and /sitemap.xml is the index.
func sitemapPath(s *site.Site, lang string) string {
	if root := s.Config.LangRoot(lang); root != "/" {
		return root[1:] + "sitemap.xml"
	}
	return "sitemap-" + lang + ".xml"
}

// sitemapOutputs returns the sitemaps of langs and the index of every language's.
func sitemapOutputs(s *site.Site, maps map[string]*langSitemap, langs []config.Language) ([]Output, error) {
	var outs []Output
	for _, l := range langs {
		outs = append(outs, Output{Path: sitemapPath(s, l.Code), Body: maps[l.Code].body, Compact: true})
	}
	var index sitemapIndex
	for _, l := range s.Languages {
		index.Sitemaps = append(index.Sitemaps, sitemapEntry{Loc: s.AbsURL(sitemapPath(s, l.Code)), Lastmod: maps[l.Code].last})
	}
	body, err := marshalXML(index)
	if err != nil {
		return nil, fmt.Errorf("sitemap index: %w", err)
	}
	outs = append(outs, Output{Path: "sitemap.xml", Body: body})
	if !ownRobots(s) {
		outs = append(outs, Output{Path: "robots.txt", Body: []byte("User-agent: *\nAllow: /\n\nSitemap: " + s.AbsURL("sitemap.xml") + "\n")})
	}
	return outs, nil
}

// langSitemap is one language's sitemap: its pages in order, their
// elements, and what they make.
type langSitemap struct {
	pages []*site.Page
	at    map[*site.Page]int // index in pages
	urls  []sitemapURL
	body  []byte
	last  string // the newest lastmod
}

// join makes m's body and newest lastmod from its elements.
func (m *langSitemap) join() {
	size := len(sitemapHead) + len(sitemapTail)
	m.last = ""
	for _, u := range m.urls {
		size += len(u.body)
		m.last = max(m.last, u.lastmod)
	}
	body := make([]byte, 0, size)
	body = append(body, sitemapHead...)
	for _, u := range m.urls {
		body = append(body, u.body...)
	}
	m.body = append(body, sitemapTail...)
}

// The start and end of a language's sitemap, around its pages' elements.
const (
	sitemapHead = xml.Header + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`
	sitemapTail = "</urlset>\n"
)

// sitemapElement makes a page's element; key is its sitemapKey.
func sitemapElement(s *site.Site, p *site.Page, key uint64) sitemapURL {
	var b bytes.Buffer
	writeSitemapURL(&b, s, p)
	u := sitemapURL{key: key, body: b.Bytes()}
	if !p.Lastmod.IsZero() {
		u.lastmod = p.Lastmod.Format("2006-01-02")
	}
	return u
}

// writeSitemapURL writes a page's <url> element: its address, lastmod and
// hreflang alternates when it has translations.
func writeSitemapURL(b *bytes.Buffer, s *site.Site, p *site.Page) {
	b.WriteString("<url><loc>")
	xml.EscapeText(b, []byte(p.Permalink))
	b.WriteString("</loc>")
	if !p.Lastmod.IsZero() {
		b.WriteString("<lastmod>" + p.Lastmod.Format("2006-01-02") + "</lastmod>")
	}
	if len(p.Translations) > 0 {
		for _, a := range alternates(s, p) {
			b.WriteString(`<xhtml:link rel="alternate" hreflang="`)
			xml.EscapeText(b, []byte(a.HrefLang))
			b.WriteString(`" href="`)
			xml.EscapeText(b, []byte(a.URL))
			b.WriteString(`"/>`)
		}
	}
	b.WriteString("</url>")
}

// sitemapURL is a page's <url> element, kept in the cache by sitemapKey.
type sitemapURL struct {
	key     uint64
	lastmod string
	body    []byte
}

// sitemapKey identifies what a page's <url> element shows: the page (its sum
// covers its address and lastmod) and its translations' addresses.
func sitemapKey(seed maphash.Seed, p *site.Page) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	var b [8]byte
	for i := range b {
		b[i] = byte(p.Sum() >> (8 * i))
	}
	h.Write(b[:])
	for _, t := range p.Translations {
		h.WriteString(t.Lang)
		h.WriteByte(0)
		h.WriteString(t.Permalink)
		h.WriteByte(0)
	}
	return h.Sum64()
}
