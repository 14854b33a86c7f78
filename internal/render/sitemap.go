package render

import (
	"encoding/xml"
	"fmt"

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

type urlset struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	XHTML   string       `xml:"xmlns:xhtml,attr"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc        string      `xml:"loc"`
	Lastmod    string      `xml:"lastmod,omitempty"`
	Alternates []xhtmlLink `xml:"xhtml:link"`
}

type xhtmlLink struct {
	Rel      string `xml:"rel,attr"`
	HrefLang string `xml:"hreflang,attr"`
	Href     string `xml:"href,attr"`
}

// inSitemap reports whether a page is listed in its language's sitemap.
func inSitemap(p *site.Page) bool {
	return p.Kind != site.Kind404 && p.Kind != site.KindSearch && p.FallbackOf == nil
}

// sitemaps renders /sitemap.xml, an index of one sitemap per language, each
// listing every page with its lastmod and hreflang alternates (x-default too).
// With a cache, a language's sitemap that lists the same URLs as last time is
// taken from it.
func sitemaps(s *site.Site, cache *Cache) ([]Output, error) {
	byLang := map[string][]*site.Page{}
	for _, p := range s.Pages {
		if inSitemap(p) {
			byLang[p.Lang] = append(byLang[p.Lang], p)
		}
	}
	var outs []Output
	var index sitemapIndex
	for _, l := range s.Languages {
		set := urlset{XHTML: "http://www.w3.org/1999/xhtml"}
		var last string
		for _, p := range byLang[l.Code] {
			u := sitemapURL{Loc: p.Permalink}
			if !p.Lastmod.IsZero() {
				u.Lastmod = p.Lastmod.Format("2006-01-02")
				last = max(last, u.Lastmod)
			}
			if len(p.Translations) > 0 {
				for _, a := range alternates(s, p) {
					u.Alternates = append(u.Alternates, xhtmlLink{Rel: "alternate", HrefLang: a.HrefLang, Href: a.URL})
				}
			}
			set.URLs = append(set.URLs, u)
		}
		path := l.Code + "/sitemap.xml"
		var sig uint64
		if cache != nil {
			var w sigWriter
			w.h.SetSeed(cache.seed)
			for _, u := range set.URLs {
				w.str(u.Loc + " " + u.Lastmod)
				for _, a := range u.Alternates {
					w.str(a.HrefLang + " " + a.Href)
				}
			}
			sig = w.h.Sum64()
			if prev, ok := cache.entries[path]; ok && prev.sig == sig {
				cache.sitemaps[path] = prev
				outs = append(outs, Output{Path: path, Body: prev.body})
				index.Sitemaps = append(index.Sitemaps, sitemapEntry{Loc: s.AbsURL(path), Lastmod: last})
				continue
			}
		}
		body, err := marshalXML(set)
		if err != nil {
			return nil, fmt.Errorf("sitemap %s: %w", l.Code, err)
		}
		if cache != nil {
			cache.sitemaps[path] = cached{sig: sig, body: body}
		}
		outs = append(outs, Output{Path: path, Body: body})
		index.Sitemaps = append(index.Sitemaps, sitemapEntry{Loc: s.AbsURL(path), Lastmod: last})
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
