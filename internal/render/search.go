package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/htmltext"
	"github.com/vestis-ssg/vestis/internal/site"
)

// searchEntry is one page in a language's search index; short keys keep the
// index small.
type searchEntry struct {
	Title   string `json:"t"`
	Summary string `json:"s,omitempty"`
	URL     string `json:"u"`
	Date    string `json:"d,omitempty"`
	Section string `json:"c,omitempty"`
}

// searchSummaryLength caps each summary in the index.
const searchSummaryLength = 200

// searchIndexes writes /<lang>/search.json beside each search page: every
// regular page of the language (fallback pages excepted), newest first.
// With a cache, the entry of a page whose sum did not change is reused.
func searchIndexes(s *site.Site, cache *Cache, only ...string) ([]Output, error) {
	var outs []Output
	for _, l := range s.Languages {
		if len(only) > 0 && !slices.Contains(only, l.Code) {
			continue
		}
		t := s.Tree(l.Code)
		if t.Search == nil {
			continue
		}
		sectionTitle := map[string]string{}
		for _, sec := range t.Sections {
			sectionTitle[sec.Section] = sec.Title
		}
		var buf bytes.Buffer
		buf.WriteByte('[')
		first := true
		for _, p := range t.Home.Pages {
			if p.FallbackOf != nil {
				continue
			}
			entry, err := searchEntryJSON(p, sectionTitle[p.Section], cache)
			if err != nil {
				return nil, fmt.Errorf("search index %s: %w", l.Code, err)
			}
			if !first {
				buf.WriteByte(',')
			}
			first = false
			buf.Write(entry)
		}
		buf.WriteString("]\n")
		outs = append(outs, Output{Path: strings.TrimPrefix(t.Search.URLPath, "/") + "index.json", Body: buf.Bytes(), Compact: true})
	}
	return outs, nil
}

// searchEntryJSON is a page's entry of the index, from the cache when the page
// did not change.
func searchEntryJSON(p *site.Page, section string, cache *Cache) ([]byte, error) {
	if cache != nil {
		if e, ok := cache.search[p.RelPermalink]; ok && e.sum == p.Sum() && e.section == section {
			return e.body, nil
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	e := searchEntry{Title: p.Title, Summary: htmltext.Excerpt(string(p.Summary()), searchSummaryLength),
		URL: p.RelPermalink, Date: isoDate(p.Date), Section: section}
	if err := enc.Encode(e); err != nil {
		return nil, err
	}
	b := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	if cache != nil {
		cache.search[p.RelPermalink] = pagePart{sum: p.Sum(), section: section, body: b}
	}
	return b, nil
}

// pruneSearch keeps the cached entries of the site's pages only, so that the
// cache does not grow with every full rebuild.
func pruneSearch(m map[string]pagePart, s *site.Site) map[string]pagePart {
	out := make(map[string]pagePart, len(m))
	for _, p := range s.Pages {
		if e, ok := m[p.RelPermalink]; ok {
			out[p.RelPermalink] = e
		}
	}
	return out
}
