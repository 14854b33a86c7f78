package markdown

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// ordinalTransformer turns back into text the paragraphs that Markdown reads
// as a numbered list because they begin with a number and a period: in
// Latvian, as in German or Czech, that is how dates and ordinals are written
// ("2024. gada 22. janvārī sākās …", "3. vietā …"), and the page would show
// a list numbered from 2024. Such a "list" starts after 1, does not go on
// from a list before it, and its numbers do not count up by one; a list that
// starts at 1, or goes on from the one before, or counts 5, 6, 7, stays a
// list.
type ordinalTransformer struct{}

func (ordinalTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	var lists []*ast.List
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.List); ok && entering && isOrdinals(l, src) {
			lists = append(lists, l)
		}
		return ast.WalkContinue, nil
	})
	for _, l := range lists {
		unlist(l, src)
	}
}

// isOrdinals reports whether l is an ordered list of items of one paragraph
// each that starts after 1, does not go on from an ordered list before it,
// and whose numbers, as written in src, do not count up by one.
func isOrdinals(l *ast.List, src []byte) bool {
	if !l.IsOrdered() || l.Start <= 1 {
		return false
	}
	for prev := l.PreviousSibling(); prev != nil; prev = prev.PreviousSibling() {
		if p, ok := prev.(*ast.List); ok && p.IsOrdered() {
			if p.Start+p.ChildCount() == l.Start {
				return false
			}
			break
		}
	}
	counts := l.ChildCount() > 1
	want := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		if item.ChildCount() != 1 {
			return false
		}
		switch item.FirstChild().(type) {
		case *ast.TextBlock, *ast.Paragraph:
		default:
			return false
		}
		n, _, ok := marker(item.FirstChild(), src)
		if !ok {
			return false
		}
		counts = counts && n == want
		want++
	}
	return !counts
}

// marker returns the number written before block, the first of a list item,
// and where in src it begins.
func marker(block ast.Node, src []byte) (n, start int, ok bool) {
	lines := block.Lines()
	if lines.Len() == 0 {
		return 0, 0, false
	}
	i := lines.At(0).Start
	for i > 0 && (src[i-1] == ' ' || src[i-1] == '\t') {
		i--
	}
	if i == 0 || (src[i-1] != '.' && src[i-1] != ')') {
		return 0, 0, false
	}
	end := i - 1
	i = end
	for i > 0 && src[i-1] >= '0' && src[i-1] <= '9' && end-i < 9 {
		i--
	}
	if i == end {
		return 0, 0, false
	}
	for _, d := range src[i:end] {
		n = n*10 + int(d-'0')
	}
	return n, i, true
}

// unlist replaces l by its items' text, each a paragraph beginning with its
// number and period (the source text before the item's text), or a text block
// where l's place is in a tight list.
func unlist(l *ast.List, src []byte) {
	parent := l.Parent()
	tight := false
	switch p := parent.(type) {
	case *ast.ListItem:
		tight = p.Parent().(*ast.List).IsTight
	case *east.DefinitionDescription:
		tight = p.IsTight
	}
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		block := item.FirstChild()
		_, start, _ := marker(block, src)
		var para ast.Node = ast.NewParagraph()
		if tight {
			para = ast.NewTextBlock()
		}
		para.SetLines(block.Lines())
		para.AppendChild(para, ast.NewTextSegment(text.NewSegment(start, block.Lines().At(0).Start)))
		for c := block.FirstChild(); c != nil; {
			next := c.NextSibling()
			para.AppendChild(para, c)
			c = next
		}
		parent.InsertBefore(parent, l, para)
	}
	parent.RemoveChild(parent, l)
}
