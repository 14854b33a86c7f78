package render

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/vestis-ssg/vestis/internal/htmltext"
	"github.com/vestis-ssg/vestis/internal/site"
)

// FeedLink is a feed a page links to with <link rel="alternate">.
type FeedLink struct {
	Title, URL, Type string
}

// Feed file names beside a list page.
const (
	rssName  = "index.xml"
	atomName = "atom.xml"
)

type rss struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	Atom    string     `xml:"xmlns:atom,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title         string    `xml:"title"`
	Link          string    `xml:"link"`
	Description   string    `xml:"description"`
	Language      string    `xml:"language"`
	Generator     string    `xml:"generator"`
	LastBuildDate string    `xml:"lastBuildDate,omitempty"`
	Self          atomLink  `xml:"atom:link"`
	Items         []rssItem `xml:"item"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Lang string `xml:"hreflang,attr,omitempty"`
}

type rssItem struct {
	Title       string   `xml:"title"`
	Link        string   `xml:"link"`
	GUID        rssGUID  `xml:"guid"`
	PubDate     string   `xml:"pubDate,omitempty"`
	Description string   `xml:"description"`
	Categories  []string `xml:"category"`
}

type rssGUID struct {
	IsPermaLink bool   `xml:"isPermaLink,attr"`
	Value       string `xml:",chardata"`
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title     string      `xml:"title"`
	ID        string      `xml:"id"`
	Links     []atomLink  `xml:"link"`
	Published string      `xml:"published,omitempty"`
	Updated   string      `xml:"updated"`
	Summary   atomText    `xml:"summary"`
	Author    *atomAuthor `xml:"author,omitempty"`
}

type atomText struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

// feedPages are the items of a list page's feeds: for the home page the pages
// of the sections site.yaml's feeds: home names (in their section's order for
// one, newest first for more), else all its pages.
func feedPages(s *site.Site, p *site.Page) []*site.Page {
	pages := p.Pages
	if home := s.Config.HomeFeed; p.Kind == site.KindHome && len(home) > 0 {
		pages = nil
		for _, key := range home {
			pages = append(pages, s.SectionPages(p.Lang, key)...)
		}
		if len(home) > 1 {
			slices.SortStableFunc(pages, func(a, b *site.Page) int {
				return cmp.Or(b.Date.Compare(a.Date), strings.Compare(a.Title, b.Title), strings.Compare(a.File, b.File))
			})
		}
	}
	var out []*site.Page
	for _, p := range pages {
		if p.FallbackOf == nil && !p.Unrendered { // a fallback page is no news in its language, an unrendered one has no address
			out = append(out, p)
		}
		if len(out) == s.Config.FeedLimit {
			break
		}
	}
	return out
}

// hasFeeds reports whether a page gets RSS and Atom feeds beside it.
func hasFeeds(p *site.Page) bool {
	return p.Kind == site.KindHome || p.Kind == site.KindSection
}

// feedLinks lists the feeds a page links to: its language's home feed, and its
// section's feed.
func feedLinks(s *site.Site, p *site.Page) []FeedLink {
	if p.Kind == site.Kind404 {
		return nil
	}
	t := s.Tree(p.Lang)
	links := []FeedLink{
		{Title: t.Lang.Title, URL: s.RelURL(t.Home.Dir() + rssName), Type: "application/rss+xml"},
		{Title: t.Lang.Title, URL: s.RelURL(t.Home.Dir() + atomName), Type: "application/atom+xml"},
	}
	for _, sec := range t.Sections {
		if sec.Section == p.Section && p.Kind != site.KindHome && p.Section != "" {
			title := sec.Title + " · " + t.Lang.Title
			links = append(links,
				FeedLink{Title: title, URL: s.RelURL(sec.Dir() + rssName), Type: "application/rss+xml"},
				FeedLink{Title: title, URL: s.RelURL(sec.Dir() + atomName), Type: "application/atom+xml"})
		}
	}
	return links
}

func updated(pages []*site.Page) time.Time {
	var t time.Time
	for _, p := range pages {
		if p.Lastmod.After(t) {
			t = p.Lastmod
		}
	}
	return t
}

// keptFeeds are a list page's feeds with the digest of what they show.
type keptFeeds struct {
	digest uint64
	outs   []Output
}

// feedsOf returns the feeds of list page p as the last pass made them while
// the page and its items are the same (their sums, and the names of the
// items' tags, which another page may spell first), else renders them. The
// very same bodies are minified once. With a nil cache it renders them.
// All and Patch call it from one goroutine.
func (c *Cache) feedsOf(s *site.Site, p *site.Page) ([]Output, error) {
	items := feedPages(s, p)
	if c == nil {
		return feeds(s, p, items)
	}
	w := sigWriter{lastmod: true}
	w.h.SetSeed(c.seed)
	w.page(p)
	for _, it := range items {
		w.page(it)
		w.terms(it.Terms("tags"), false)
	}
	digest := w.h.Sum64()
	kept, ok := c.feeds.get(p.URLPath)
	if !ok || kept.digest != digest {
		outs, err := feeds(s, p, items)
		if err != nil {
			return nil, err
		}
		kept = keptFeeds{digest, outs}
		c.feeds.put(p.URLPath, kept)
	}
	return kept.outs, nil
}

// feeds renders the RSS 2.0 and Atom 1.0 feeds of a list page, listing items.
func feeds(s *site.Site, p *site.Page, items []*site.Page) ([]Output, error) {
	t := s.Tree(p.Lang)
	title := t.Lang.Title
	if p.Kind != site.KindHome {
		title = p.Title + " · " + t.Lang.Title
	}
	rssURL := s.AbsURL(p.Dir() + rssName)
	atomURL := s.AbsURL(p.Dir() + atomName)
	last := updated(items)

	r := rss{Version: "2.0", Atom: "http://www.w3.org/2005/Atom", Channel: rssChannel{
		Title: title, Link: p.Permalink, Description: cmpOr(p.Description(), title), Language: s.Config.Tag(p.Lang),
		Generator: "vestis", Self: atomLink{Href: rssURL, Rel: "self", Type: "application/rss+xml"},
	}}
	if !last.IsZero() {
		r.Channel.LastBuildDate = last.Format(time.RFC1123Z)
	}
	a := atomFeed{Lang: s.Config.Tag(p.Lang), Title: title, ID: p.Permalink, Updated: rfc3339(last),
		Author: atomAuthor{Name: t.Lang.Title},
		Links:  []atomLink{{Href: atomURL, Rel: "self", Type: "application/atom+xml"}, {Href: p.Permalink, Rel: "alternate", Type: "text/html"}}}
	for _, it := range items {
		item := rssItem{Title: it.Title, Link: it.Permalink, GUID: rssGUID{IsPermaLink: true, Value: it.Permalink}, Description: htmltext.Text(string(it.Summary()))}
		if !it.Date.IsZero() {
			item.PubDate = it.Date.Format(time.RFC1123Z)
		}
		for _, term := range it.Terms("tags") {
			item.Categories = append(item.Categories, term.Name)
		}
		r.Channel.Items = append(r.Channel.Items, item)
		e := atomEntry{Title: it.Title, ID: it.Permalink, Updated: rfc3339(it.Lastmod),
			Links:   []atomLink{{Href: it.Permalink, Rel: "alternate", Type: "text/html"}},
			Summary: atomText{Type: "text", Value: htmltext.Text(string(it.Summary()))}}
		if !it.Date.IsZero() {
			e.Published = rfc3339(it.Date)
		}
		if it.Author != "" {
			e.Author = &atomAuthor{Name: it.Author}
		}
		a.Entries = append(a.Entries, e)
	}
	var outs []Output
	for _, f := range []struct {
		name string
		v    any
	}{{rssName, r}, {atomName, a}} {
		body, err := marshalXML(f.v)
		if err != nil {
			return nil, fmt.Errorf("feed %s%s: %w", p.URLPath, f.name, err)
		}
		outs = append(outs, Output{Path: strings.TrimPrefix(p.Dir(), "/") + f.name, Body: body})
	}
	return outs, nil
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		t = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return t.Format(time.RFC3339)
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func marshalXML(v any) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}
