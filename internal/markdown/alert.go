package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// alertTransformer makes a blockquote whose first line is an alert marker,
// "> [!NOTE]" (GitHub's alerts: NOTE, TIP, IMPORTANT, WARNING, CAUTION; as
// Hugo reads them, any word, a title after it as Obsidian writes it), an
// alert: <blockquote class="alert alert-note"> beginning with its title.
// Hugo's themes render them with a blockquote hook; without this the page
// would show "[!NOTE]" as text.
type alertTransformer struct{}

func (alertTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	var quotes []*ast.Blockquote
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if q, ok := n.(*ast.Blockquote); ok && entering {
			quotes = append(quotes, q)
		}
		return ast.WalkContinue, nil
	})
	for _, q := range quotes {
		alert(q, src)
	}
}

// alert makes q an alert when its first paragraph's first line is an
// alert marker: the marker's line is taken out of the paragraph (and the
// paragraph, when that was all of it), and a title paragraph put first.
func alert(q *ast.Blockquote, src []byte) {
	p, ok := q.FirstChild().(*ast.Paragraph)
	if !ok || p.Lines().Len() == 0 {
		return
	}
	first := p.Lines().At(0)
	kind, title, ok := alertMarker(first.Value(src))
	if !ok {
		return
	}
	head := ast.NewParagraph()
	head.SetAttributeString("class", []byte("alert-title"))
	// The inline nodes of the first line leave the paragraph: the marker's
	// go, the title's (Custom *title*) make the head, as written.
	titleAt := first.Start + len(bytes.TrimRight(first.Value(src), " \t\r\n")) - len(title) // the title ends the line
	for c := p.FirstChild(); c != nil; {
		start, found := inlineStart(c)
		if found && start >= first.Stop {
			break
		}
		next := c.NextSibling()
		p.RemoveChild(p, c)
		if t, ok := c.(*ast.Text); ok && title != "" && t.Segment.Stop > titleAt {
			t.Segment = t.Segment.WithStart(max(t.Segment.Start, titleAt))
			t.SetSoftLineBreak(false)
			head.AppendChild(head, t)
		} else if !ok && title != "" && found && start >= titleAt {
			head.AppendChild(head, c)
		}
		c = next
	}
	if p.ChildCount() == 0 {
		q.RemoveChild(q, p)
	}
	if title == "" {
		head.AppendChild(head, ast.NewString([]byte(strings.ToUpper(kind[:1])+strings.ToLower(kind[1:]))))
	}
	q.InsertBefore(q, q.FirstChild(), head)
	q.SetAttributeString("class", []byte("alert alert-"+strings.ToLower(kind)))
}

// alertMarker reads a line "[!TYPE]", with an optional + or - (Obsidian's
// folding) and title after it: the type, the title, and whether the line
// is one.
func alertMarker(line []byte) (kind, title string, ok bool) {
	line = bytes.TrimSpace(line)
	if !bytes.HasPrefix(line, []byte("[!")) {
		return "", "", false
	}
	end := bytes.IndexByte(line, ']')
	if end < 3 {
		return "", "", false
	}
	for _, r := range line[2:end] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return "", "", false
		}
	}
	rest := bytes.TrimLeft(line[end+1:], "+-")
	if len(rest) > 0 && rest[0] != ' ' && rest[0] != '\t' {
		return "", "", false
	}
	return string(line[2:end]), string(bytes.TrimSpace(rest)), true
}

// inlineStart is where the inline node n begins in the source: its own
// segment's start for text, else its first text descendant's.
func inlineStart(n ast.Node) (int, bool) {
	if t, ok := n.(*ast.Text); ok {
		return t.Segment.Start, true
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if s, ok := inlineStart(c); ok {
			return s, true
		}
	}
	return 0, false
}
