package render

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"hash/maphash"

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
// each page's <url> element; with a cache, a page's element is made again only
// when the page's sum or its translations' addresses changed.
func sitemaps(s *site.Site, cache *Cache) ([]Output, error) {
	byLang := map[string][]*site.Page{}
	for _, p := range s.Pages {
		if inSitemap(p) {
			byLang[p.Lang] = append(byLang[p.Lang], p)
		}
	}
	var kept map[string]pagePart
	if cache != nil {
		kept = make(map[string]pagePart, len(cache.sitemapURLs))
	}
	var outs []Output
	var index sitemapIndex
	for _, l := range s.Languages {
		var buf bytes.Buffer
		buf.WriteString(xml.Header)
		buf.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`)
		var last string
		for _, p := range byLang[l.Code] {
			if !p.Lastmod.IsZero() {
				last = max(last, p.Lastmod.Format("2006-01-02"))
			}
			if cache == nil {
				writeSitemapURL(&buf, s, p)
				continue
			}
			key := sitemapKey(cache.seed, p)
			part, ok := cache.sitemapURLs[p.RelPermalink]
			if !ok || part.sum != key {
				var b bytes.Buffer
				writeSitemapURL(&b, s, p)
				part = pagePart{sum: key, body: b.Bytes()}
			}
			kept[p.RelPermalink] = part
			buf.Write(part.body)
		}
		buf.WriteString("</urlset>\n")
		path := l.Code + "/sitemap.xml"
		outs = append(outs, Output{Path: path, Body: buf.Bytes(), Compact: true})
		index.Sitemaps = append(index.Sitemaps, sitemapEntry{Loc: s.AbsURL(path), Lastmod: last})
	}
	if cache != nil {
		cache.sitemapURLs = kept
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
