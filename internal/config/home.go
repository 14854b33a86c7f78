package config

import (
	"slices"

	"go.yaml.in/yaml/v3"
)

// Block is a block of the home page (site.yaml home): the latest pages of a
// section.
type Block struct {
	Section string
	// Limit is the most pages it shows (default 5).
	Limit int
	// Title and Empty are i18n messages: its heading (default the section's
	// name) and what it says when it lists nothing (default noPages).
	Title, Empty string
	// Only keeps pages whose enum fields have one of the values.
	Only map[string][]string
	// Otherwise is shown, after Empty, when the block lists nothing.
	Otherwise *Block
	// Style is cards (default) or compact: a title and the Show fields a line.
	Style string
	Show  []string
	Line  int
}

// readHome reads site.yaml's home: a list of blocks.
func (r *reader) readHome(n *yaml.Node, path []string) []*Block {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		r.fail(n, path, "want a list of blocks, as in [{section: news, limit: 5}], got %s", r.describe(n))
		return nil
	}
	var out []*Block
	for _, it := range n.Content {
		out = append(out, r.readBlock(it, path))
	}
	return out
}

func (r *reader) readBlock(n *yaml.Node, path []string) *Block {
	b := &Block{Line: resolve(n).Line}
	r.fields(n, path, map[string]func(*yaml.Node, []string){
		"section": func(v *yaml.Node, p []string) { b.Section = r.text(v, p) },
		"limit": func(v *yaml.Node, p []string) {
			if l := r.integer(v, p); l != nil {
				b.Limit = *l
				if b.Limit < 1 {
					r.fail(resolve(v), p, "must be at least 1, not %d", b.Limit)
				}
			}
		},
		"title": func(v *yaml.Node, p []string) { b.Title = r.text(v, p) },
		"empty": func(v *yaml.Node, p []string) { b.Empty = r.text(v, p) },
		"style": func(v *yaml.Node, p []string) {
			b.Style = r.text(v, p)
			if b.Style != "cards" && b.Style != "compact" {
				r.fail(resolve(v), p, "%q is neither cards nor compact", b.Style)
			}
		},
		"show": func(v *yaml.Node, p []string) { b.Show = r.list(v, p) },
		"only": func(v *yaml.Node, p []string) {
			b.Only = map[string][]string{}
			r.each(v, p, func(field string, v *yaml.Node, p []string) { b.Only[field] = r.list(v, p) })
		},
		"otherwise": func(v *yaml.Node, p []string) { b.Otherwise = r.readBlock(v, p) },
	})
	if b.Limit == 0 {
		b.Limit = 5
	}
	if b.Style == "" {
		b.Style = "cards"
	}
	return b
}

// checkHome checks each block against the types: its section is one of the
// site's, its only and show fields are the section type's.
func (c *Config) checkHome(blocks []*Block, fail func(line int, format string, args ...any), inner bool) {
	for _, b := range blocks {
		what := "home"
		if inner {
			what = "home: otherwise"
		}
		if b.Section == "" {
			fail(b.Line, "%s: a block needs a section, as in {section: news}", what)
			continue
		}
		t := c.TypeOf(b.Section)
		for field, values := range b.Only {
			f := t.Field(field)
			if f == nil || f.Kind != KindEnum {
				fail(b.Line, "%s: %s: only: %q is not an enum field of the section's type", what, b.Section, field)
				continue
			}
			for _, v := range values {
				if !slices.Contains(f.Values, v) {
					fail(b.Line, "%s: %s: only: %s: %q is not one of %v", what, b.Section, field, v, f.Values)
				}
			}
		}
		for _, name := range b.Show {
			if t.Field(name) == nil {
				fail(b.Line, "%s: %s: show: %q is not a field of the section's type", what, b.Section, name)
			}
		}
		if b.Otherwise != nil {
			if b.Otherwise.Section == "" {
				b.Otherwise.Section = b.Section
			}
			c.checkHome([]*Block{b.Otherwise}, fail, true)
		}
	}
}

// checkMenu checks site.yaml's menu: section keys, each once.
func checkMenu(menu []string, line int, fail func(line int, format string, args ...any)) {
	for i, key := range menu {
		if slices.Contains(menu[:i], key) {
			fail(line, "menu: %q is listed twice", key)
		}
		if key == "" {
			fail(line, "menu: an empty entry; list section keys, as in [news, events, search]")
		}
	}
}
