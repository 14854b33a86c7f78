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
// each page's <url> element. With a cache, a page's element is made again only
// when the page's sum or its translations' addresses changed; with changed
// (Patch, which moves no page and no address), only those pages are looked at.
func sitemaps(s *site.Site, cache *Cache, changed []*site.Page) ([]Output, error) {
	byLang := map[string][]*site.Page{}
	for _, p := range s.Pages {
		if inSitemap(p) {
			byLang[p.Lang] = append(byLang[p.Lang], p)
		}
	}
	var kept map[string]sitemapURL
	if cache != nil {
		if changed == nil {
			kept = make(map[string]sitemapURL, len(cache.sitemapURLs))
		} else {
			kept = cache.sitemapURLs
			for _, p := range changed {
				delete(kept, p.RelPermalink)
			}
		}
	}
	element := func(p *site.Page) sitemapURL {
		var b bytes.Buffer
		writeSitemapURL(&b, s, p)
		u := sitemapURL{body: b.Bytes()}
		if !p.Lastmod.IsZero() {
			u.lastmod = p.Lastmod.Format("2006-01-02")
		}
		return u
	}
	var outs []Output
	var index sitemapIndex
	for _, l := range s.Languages {
		urls := make([]sitemapURL, len(byLang[l.Code]))
		for i, p := range byLang[l.Code] {
			switch u, ok := kept[p.RelPermalink]; {
			case cache == nil:
				urls[i] = element(p)
			case changed != nil && ok:
				urls[i] = u // not changed
			default:
				key := sitemapKey(cache.seed, p)
				if u, ok := cache.sitemapURLs[p.RelPermalink]; ok && u.key == key {
					urls[i] = u
				} else {
					urls[i] = element(p)
					urls[i].key = key
				}
				kept[p.RelPermalink] = urls[i]
			}
		}
		const head = xml.Header + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`
		const tail = "</urlset>\n"
		size := len(head) + len(tail)
		var last string
		for _, u := range urls {
			size += len(u.body)
			last = max(last, u.lastmod)
		}
		body := make([]byte, 0, size)
		body = append(body, head...)
		for _, u := range urls {
			body = append(body, u.body...)
		}
		body = append(body, tail...)
		path := l.Code + "/sitemap.xml"
		outs = append(outs, Output{Path: path, Body: body, Compact: true})
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
