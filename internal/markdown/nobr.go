package markdown

import (
	"slices"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/vestis-ssg/vestis/internal/nobreak"
)

// kindNobr is the kind of a nobr node: words that a line must not break
// inside (nobreak.Words), rendered in a span of nobreak.Class.
var kindNobr = ast.NewNodeKind("Nobr")

type nobr struct{ ast.BaseInline }

func (n *nobr) Kind() ast.NodeKind { return kindNobr }

func (n *nobr) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// nobrTransformer puts the short hyphenated words of the text ("MIT J-WEL",
// "COVID-19") in nobr nodes, as the layouts' nobreak does for titles: in
// headings, and in paragraphs, which a card shows as the page's summary. The
// text itself is unchanged, so heading IDs, the table of contents, the word
// count and the search index read the same words.
// Words of the theme's extended syntax that Apply rewrites (ext.icons) are
// left as they are.
type nobrTransformer struct{ ext Extended }

func (tr nobrTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	var texts []*ast.Text
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch {
		case !entering:
			return ast.WalkContinue, nil
		case n.Type() == ast.TypeBlock && n.FirstChild() != nil && n.FirstChild().Type() == ast.TypeInline:
			texts = inlineTexts(n, texts) // a heading, a paragraph, a table cell
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	for _, t := range texts {
		splitNobr(t, src, tr.ext)
	}
}

// inlineTexts appends the text nodes of block b to texts, but not those of
// code spans (code is shown as written).
func inlineTexts(h ast.Node, texts []*ast.Text) []*ast.Text {
	_ = ast.Walk(h, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if n.Kind() == ast.KindCodeSpan {
			return ast.WalkSkipChildren, nil
		}
		if t, ok := n.(*ast.Text); ok && !t.IsRaw() {
			texts = append(texts, t)
		}
		return ast.WalkContinue, nil
	})
	return texts
}

// splitNobr replaces t with its text before, inside and after each word to
// keep whole, the words in nobr nodes. The line break flags stay on the last
// piece. Words inside the icons of ext are left whole.
func splitNobr(t *ast.Text, src []byte, ext Extended) {
	seg := t.Segment
	v := seg.Value(src)
	if !nobreak.Hyphenated(v) {
		return
	}
	words := nobreak.Words(string(v))
	if icons := ext.icons(src, seg); icons != nil {
		words = slices.DeleteFunc(words, func(w [2]int) bool {
			return slices.ContainsFunc(icons, func(in [2]int) bool { return seg.Start+w[0] < in[1] && in[0] < seg.Start+w[1] })
		})
	}
	if len(words) == 0 {
		return
	}
	parent := t.Parent()
	at := seg.Start
	var last *ast.Text
	insert := func(n ast.Node) { parent.InsertBefore(parent, t, n) }
	for _, w := range words {
		if seg.Start+w[0] > at {
			last = ast.NewTextSegment(text.NewSegment(at, seg.Start+w[0]))
			insert(last)
		}
		box := &nobr{}
		last = ast.NewTextSegment(text.NewSegment(seg.Start+w[0], seg.Start+w[1]))
		box.AppendChild(box, last)
		insert(box)
		at = seg.Start + w[1]
	}
	if at < seg.Stop {
		last = ast.NewTextSegment(text.NewSegment(at, seg.Stop))
		insert(last)
	}
	last.SetSoftLineBreak(t.SoftLineBreak())
	last.SetHardLineBreak(t.HardLineBreak())
	parent.RemoveChild(parent, t)
}

// nobrRenderer renders nobr nodes.
type nobrRenderer struct{}

func (nobrRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindNobr, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString(`<span class="` + nobreak.Class + `">`)
		} else {
			_, _ = w.WriteString("</span>")
		}
		return ast.WalkContinue, nil
	})
}
