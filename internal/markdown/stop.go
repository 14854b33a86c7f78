package markdown

import (
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

// stopKey holds a conversion's stop flag in goldmark's parser context.
var stopKey = parser.NewContextKey()

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
	if stop, ok := pc.Get(stopKey).(*atomic.Bool); ok && stop.Load() {
		panic(errStopped)
	}
	return nil
}
