package markdown

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// MaxRepeatedLinkBytes is how many bytes of link and image addresses and
// titles a bounded conversion writes beyond the length of its Markdown. A
// link written in full is part of the text, but a reference link ([a] with
// [a]: address "title" once) repeats its definition's address and title each
// time it is used: 60 KB of Markdown (a definition of 20 KB used 10,000
// times) made a 200 MB page, a gigabyte of memory and a layout that ran out
// of time with no word of the links.
const MaxRepeatedLinkBytes = 4 << 20

// TooManyLinkBytesError is a body whose links would write more than its
// length plus MaxRepeatedLinkBytes of addresses and titles.
type TooManyLinkBytesError struct {
	// Line is that of the link that went over the bound, in the converted
	// text, from 1.
	Line int
	// Links is how many links and images the body has; Bytes what their
	// addresses and titles come to.
	Links, Bytes, Max int
}

func (e *TooManyLinkBytesError) Error() string {
	return fmt.Sprintf("the links from here on repeat the addresses and titles of reference definitions ([name]: address \"title\") so often that the page would have %d MB of them in %d links, more than the %d MB vestis allows beyond the text itself; shorten those addresses and titles, or use each reference less often",
		(e.Bytes+1<<20-1)>>20, e.Links, e.Max>>20)
}

// linkGuard is an AST transformer run first in a bounded conversion: it adds
// up the addresses and titles of the body's links and images as the HTML
// will have them, and ends the conversion with a TooManyLinkBytesError past
// the bound, before any resolver or renderer copies them.
type linkGuard struct{}

func (linkGuard) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	if _, ok := pc.Get(stopKey).(*guard); !ok {
		return
	}
	src := reader.Source()
	max := len(src) + MaxRepeatedLinkBytes
	total, links := 0, 0
	var over ast.Node
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			total += len(n.Destination) + len(n.Title)
		case *ast.Image:
			total += len(n.Destination) + len(n.Title)
		default:
			return ast.WalkContinue, nil
		}
		links++
		if total > max && over == nil {
			over = n
		}
		return ast.WalkContinue, nil
	})
	if over != nil {
		panic(&TooManyLinkBytesError{Line: newLineIndex(src).of(over), Links: links, Bytes: total, Max: MaxRepeatedLinkBytes})
	}
}
