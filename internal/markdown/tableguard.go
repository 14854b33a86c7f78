package markdown

import (
	"bytes"
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// TooManyCellsError is a table of more than MaxMarks cells. goldmark fills
// every row of a table to its header's columns, so a header of ten thousand
// columns over a million one-letter rows (a few megabytes) would be ten
// billion cells, and take more memory than any computer has.
type TooManyCellsError struct {
	// Line is the table's first line in the converted text, from 1.
	Line               int
	Columns, Rows, Max int
}

func (e *TooManyCellsError) Error() string {
	return fmt.Sprintf("this table would have %d columns and %d rows, %d cells (every row gets as many cells as the header has columns), more than the %d that vestis converts; split it into smaller tables, or put the data in a file to download", e.Columns, e.Rows, e.Columns*e.Rows, e.Max)
}

// tableGuard is a paragraph transformer run just before goldmark's table
// transformer (which has priority 200), in a bounded conversion: it counts
// the cells the paragraph would become, and ends the conversion with a
// TooManyCellsError past the bound. It counts as many as any table goldmark
// could make of the paragraph: for each line that could be a delimiter row
// (only spaces, -, | and :), the columns of the shorter of it and the line
// above, times the rows from the line above to the paragraph's end.
type tableGuard struct{}

func (tableGuard) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	g, ok := pc.Get(stopKey).(*guard)
	if !ok {
		return
	}
	lines, src := node.Lines(), reader.Source()
	most, cols, rows := 0, 0, 0
	for i := 1; i < lines.Len(); i++ {
		seg, above := lines.At(i), lines.At(i-1)
		delim := seg.Value(src)
		if !delimiterLike(delim) {
			continue
		}
		c := min(columns(above.Value(src)), columns(delim))
		if r := lines.Len() - i; c*r > most {
			most, cols, rows = c*r, c, r
		}
	}
	if most == 0 {
		return
	}
	if g.cells += most; g.cells > g.max {
		line := 1 + bytes.Count(src[:lines.At(0).Start], []byte("\n"))
		panic(&TooManyCellsError{Line: line, Columns: cols, Rows: rows, Max: g.max})
	}
}

// delimiterLike reports whether line could be a table's delimiter row: it
// holds only spaces, -, | and :, and not only -. It takes in every line
// goldmark's table extension reads as one.
func delimiterLike(line []byte) bool {
	onlyDashes := true
	for _, b := range line {
		if b != '-' {
			onlyDashes = false
		}
		if !(util.IsSpace(b) || b == '-' || b == '|' || b == ':') {
			return false
		}
	}
	return !onlyDashes
}

// columns is at most how many cells a table row's line holds: one more than
// its |, less a | at its start and one at its end, as goldmark splits it.
func columns(line []byte) int {
	line = bytes.TrimSpace(line)
	n := bytes.Count(line, []byte("|")) + 1
	if bytes.HasPrefix(line, []byte("|")) {
		n--
	}
	if len(line) > 1 && bytes.HasSuffix(line, []byte("|")) {
		n--
	}
	return max(n, 1)
}
