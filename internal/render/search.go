package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

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
func searchIndexes(s *site.Site) ([]Output, error) {
	var outs []Output
	for _, l := range s.Languages {
		t := s.Tree(l.Code)
		if t.Search == nil {
			continue
		}
		sectionTitle := map[string]string{}
		for _, sec := range t.Sections {
			sectionTitle[sec.Section] = sec.Title
		}
		entries := []searchEntry{}
		for _, p := range t.Home.Pages {
			if p.FallbackOf != nil {
				continue
			}
			e := searchEntry{Title: p.Title, Summary: truncate(plain(string(p.Summary)), searchSummaryLength),
				URL: p.RelPermalink, Date: isoDate(p.Date), Section: sectionTitle[p.Section]}
			entries = append(entries, e)
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(entries); err != nil {
			return nil, fmt.Errorf("search index %s: %w", l.Code, err)
		}
		outs = append(outs, Output{Path: strings.TrimPrefix(t.Search.URLPath, "/") + "index.json", Body: buf.Bytes()})
	}
	return outs, nil
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return cut + "…"
}
