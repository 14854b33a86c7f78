package markdown

import (
	"fmt"
	"sync/atomic"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// errStopped is what a conversion abandoned by ConvertWithin panics with, to
// end its own goroutine: goldmark takes no context, and the inputs that make
// it slow (a line of a million >, see docs/upstream.md) would otherwise keep
// a core for hours after the page failed, once per save under vestis serve.
var errStopped = &stoppedError{}

type stoppedError struct{}

func (*stoppedError) Error() string { return "conversion stopped" }

// stopKey holds a conversion's *guard in goldmark's parser context.
var stopKey = parser.NewContextKey()

// MaxMarks is how many link, image, code and emphasis marks ([ ] ! ` * _ <
// ~) a bounded conversion reads before it gives up. goldmark keeps a node of
// about 230 bytes for each [ until the paragraph ends, so a body of 8 MB of
// [ took 1.9 GB (32 MB, which MaxBody allows, would take 7 GB, more than
// many laptops have) before the timeout ended it. Two million marks are far
// more than any page written by hand has.
const MaxMarks = 2_000_000

// TooManyMarksError is a body with more than MaxMarks marks.
type TooManyMarksError struct{ Max int }

func (e *TooManyMarksError) Error() string {
	return fmt.Sprintf("the Markdown has more than %d link, image, code and emphasis marks ([ ] ! ` * _ < ~), which would take gigabytes to convert; split it into several pages", e.Max)
}

// guard is what a bounded conversion's inline parsing checks at each mark:
// its stop flag, and how many marks it has read.
type guard struct {
	stop       *atomic.Bool
	marks, max int
	// cells counts the table cells the conversion would make (tableGuard),
	// against the same max.
	cells int
}

// stopReader is the text.Reader goldmark's block parsers read through. Every
// block opened or continued peeks at or advances the reader, so once stop is
// set the parse ends at its next step: at most one scan of a line.
type stopReader struct {
	text.Reader
	stop *atomic.Bool
}

func (r *stopReader) check() {
	if r.stop.Load() {
		panic(errStopped)
	}
}

func (r *stopReader) PeekLine() ([]byte, text.Segment) { r.check(); return r.Reader.PeekLine() }
func (r *stopReader) Peek() byte                       { r.check(); return r.Reader.Peek() }
func (r *stopReader) Advance(n int)                    { r.check(); r.Reader.Advance(n) }
func (r *stopReader) LineOffset() int                  { r.check(); return r.Reader.LineOffset() }
func (r *stopReader) AdvanceLine()                     { r.check(); r.Reader.AdvanceLine() }

// stopInline is an inline parser tried first at the characters that open
// links, images, code and emphasis, which goldmark's inline parsing (on a
// reader of its own) meets at every step of its slow inputs (thousands of
// [a]( in a row). It parses nothing; it ends an abandoned conversion. Only
// characters that have parsers already are its triggers, so that text is
// split into nodes as before.
type stopInline struct{}

func (stopInline) Trigger() []byte { return []byte{'[', ']', '!', '`', '*', '_', '<', '~'} }

func (stopInline) Parse(_ ast.Node, _ text.Reader, pc parser.Context) ast.Node {
	g, ok := pc.Get(stopKey).(*guard)
	if !ok {
		return nil
	}
	if g.stop.Load() {
		panic(errStopped)
	}
	if g.marks++; g.marks > g.max {
		panic(&TooManyMarksError{Max: g.max})
	}
	return nil
}
