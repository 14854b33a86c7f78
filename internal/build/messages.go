package build

import (
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/locale"
)

// neededMessages is warns without the messages missing in a language that
// name a section, taxonomy or term (section.KEY, taxonomy.KEY,
// term.TAXONOMY.KEY) the site does not have in that language: no page of
// it ever shows them. The default theme's messages name the example site's
// sections and terms (term.tags.erasmus-plus), and a site in a language the
// theme has no file for (German, imported from Hugo) was told that 179
// messages were missing, the example site's terms among them.
func neededMessages(warns []locale.Warning, pages []*content.Page, cfg *config.Config) []locale.Warning {
	if !slices.ContainsFunc(warns, func(w locale.Warning) bool { return nameKey(w) }) {
		return warns
	}
	have := map[string]bool{} // lang + "\x00" + key
	add := func(lang, key string) { have[lang+"\x00"+key] = true }
	for _, p := range pages {
		if p.Section != "" {
			add(p.Lang, "section."+p.Section)
		}
		for _, tt := range p.Meta.Terms {
			for _, name := range tt.Names {
				add(p.Lang, "term."+tt.Taxonomy+"."+cfg.Slug(name))
			}
		}
		// A term's own _index file (content/tags/riga/_index.md) makes its term.
		if parts := strings.Split(p.Dir, "/"); p.Kind == content.KindSection && len(parts) == 2 && slices.Contains(cfg.Taxonomies, parts[0]) {
			add(p.Lang, "term."+parts[0]+"."+cfg.Slug(parts[1]))
		}
	}
	needed := func(w locale.Warning) bool {
		k := w.Key
		switch {
		case k == "section.search" || have[w.Lang+"\x00"+k]:
			return true
		case strings.HasPrefix(k, "section."):
			_, configured := cfg.Sections[strings.TrimPrefix(k, "section.")]
			return configured
		case strings.HasPrefix(k, "taxonomy."):
			return slices.Contains(cfg.Taxonomies, strings.TrimPrefix(k, "taxonomy."))
		}
		return false // a term no page of the language names
	}
	out := make([]locale.Warning, 0, len(warns))
	for _, w := range warns {
		if !nameKey(w) || needed(w) {
			out = append(out, w)
		}
	}
	return out
}

// nameKey reports whether w is a message missing in a language that names
// a section, taxonomy or term: what the site labels them with.
func nameKey(w locale.Warning) bool {
	if w.Key == "" || w.Plural != nil || w.Form != "" {
		return false
	}
	for _, prefix := range []string{"section.", "taxonomy.", "term."} {
		if strings.HasPrefix(w.Key, prefix) {
			return true
		}
	}
	return false
}
