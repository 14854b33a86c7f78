package markdown

import (
	"html/template"
	"strings"

	"github.com/yuin/goldmark/ast"
)

type tocEntry struct {
	level int
	id    string
	text  string
}

// toc builds a nested list of the h2-h4 headings, or "" when there are fewer than two.
func toc(doc ast.Node, src []byte) template.HTML {
	var entries []tocEntry
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok || h.Level < 2 || h.Level > 4 {
			continue
		}
		id, _ := h.AttributeString("id")
		idb, _ := id.([]byte)
		entries = append(entries, tocEntry{level: h.Level, id: string(idb), text: plainText(h, src)})
	}
	if len(entries) < 2 {
		return ""
	}
	base := entries[0].level
	for _, e := range entries {
		base = min(base, e.level)
	}
	var b strings.Builder
	prev := 0
	for _, e := range entries {
		level := min(e.level-base+1, prev+1) // never skip a level
		if level > prev {
			b.WriteString("<ul>")
		} else {
			b.WriteString("</li>")
			for ; prev > level; prev-- {
				b.WriteString("</ul></li>")
			}
		}
		prev = level
		b.WriteString(`<li><a href="#`)
		b.WriteString(template.HTMLEscapeString(e.id))
		b.WriteString(`">`)
		b.WriteString(template.HTMLEscapeString(e.text))
		b.WriteString("</a>")
	}
	b.WriteString("</li>")
	for ; prev > 1; prev-- {
		b.WriteString("</ul></li>")
	}
	b.WriteString("</ul>")
	return template.HTML(b.String())
}

func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
		case *ast.String:
			b.Write(c.Value)
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
