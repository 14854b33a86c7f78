package markdown

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// MaxDepth is how many levels deep lists, block quotes, footnotes and
// definitions may nest in a bounded conversion. goldmark reads every block
// still open again at each line, and counts each one's column from the start
// of the line, so its time grows with the cube of the depth: a list indented
// two spaces further on each of 3,000 lines took most of a minute, and a
// line of 80,000 "- " 13 s. No page written to be read nests a hundred
// levels deep (markdown-it, the JavaScript parser, stops at the same depth).
const MaxDepth = 100

// TooDeepError is Markdown whose lists and quotes nest deeper than MaxDepth.
type TooDeepError struct {
	// Line is where the level too many opens, in the converted text, from 1.
	Line int
}

func (e *TooDeepError) Error() string {
	return fmt.Sprintf("lists and block quotes nest more than %d levels deep on this line (each -, *, + or 1. after another, each >, opens one more); a deeper text takes minutes to convert: write it with fewer levels", MaxDepth)
}

// depthGuard is a block parser tried before every other at the characters
// that open a block holding other blocks (a list item, a block quote, a
// footnote, a definition), in a bounded conversion: it opens nothing, and
// ends the conversion with a *TooDeepError when the block it would open is
// one level deeper than MaxDepth. goldmark tries the block parsers again
// inside each block it opens on a line, so every level passes here.
type depthGuard struct{}

func (depthGuard) Trigger() []byte {
	return []byte{'-', '+', '*', '>', ':', '[', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'}
}

func (depthGuard) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	if len(pc.OpenedBlocks()) < MaxDepth { // a level is at least one open block: the common case costs nothing
		return nil, parser.NoChildren
	}
	if _, ok := pc.Get(stopKey).(*guard); !ok {
		return nil, parser.NoChildren
	}
	if depth(parent) >= MaxDepth {
		line, _ := reader.Position()
		panic(&TooDeepError{Line: line + 1})
	}
	return nil, parser.NoChildren
}

// depth is how many levels n is nested in, counting n: every block above
// the document but the lists, whose items are the levels a writer sees.
// It counts no further than MaxDepth.
func depth(n ast.Node) int {
	d := 0
	for ; n != nil && d < MaxDepth; n = n.Parent() {
		switch n.Kind() {
		case ast.KindDocument, ast.KindList, east.KindDefinitionList:
		default:
			d++
		}
	}
	return d
}

func (depthGuard) Continue(ast.Node, text.Reader, parser.Context) parser.State { return parser.Close }
func (depthGuard) Close(ast.Node, text.Reader, parser.Context)                 {}
func (depthGuard) CanInterruptParagraph() bool                                 { return true }
func (depthGuard) CanAcceptIndentedLine() bool                                 { return true }
