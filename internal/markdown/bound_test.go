package markdown

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// TestConvertWithinStops checks that a conversion ConvertWithin gave up on
// ends, instead of keeping a core for hours: under vestis serve each save of
// such a page started another.
func TestConvertWithinStops(t *testing.T) {
	t.Parallel()
	c := New(false)
	const n = 1 << 20
	for _, tc := range []struct{ name, body string }{
		{"unclosed links", strings.Repeat("[a](", n/4)},
		{"link references", strings.Repeat("[li]: /ui\n", n/10)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ended, err := c.convertWithin(10*time.Millisecond, []byte(tc.body), nil, nil)
			var te *TimeoutError
			if !errors.As(err, &te) {
				t.Fatalf("err = %v, want a *TimeoutError", err)
			}
			// Without the stop, each of these takes hours (docs/upstream.md).
			select {
			case <-ended:
			case <-time.After(2 * time.Minute):
				t.Fatal("the conversion ran on after ConvertWithin gave up on it")
			}
		})
	}
}

// TestInlineWithin checks that a front matter text is bounded as a body is.
func TestInlineWithin(t *testing.T) {
	t.Parallel()
	c := New(false)
	got, err := c.InlineWithin(time.Minute, "*Jauns* projekts")
	if err != nil || got != "<em>Jauns</em> projekts" {
		t.Errorf("InlineWithin = %q, %v; want <em>Jauns</em> projekts", got, err)
	}
	var te *TimeoutError
	if _, err := c.InlineWithin(10*time.Millisecond, strings.Repeat("[a](", 1<<18)); !errors.As(err, &te) {
		t.Errorf("InlineWithin of 262,144 unclosed links = %v, want a *TimeoutError", err)
	}
}

// TestTooManyMarks: a body of millions of [ took gigabytes before its
// timeout ended it; past MaxMarks (here 1,000) the conversion ends with an
// error saying what to do. A page with as many marks as allowed converts.
func TestTooManyMarks(t *testing.T) {
	t.Parallel()
	c := New(false)
	c.maxMarks = 1000
	var tm *TooManyMarksError
	for _, body := range []string{strings.Repeat("[", 1001), strings.Repeat("*a* ", 501)} {
		if _, err := c.ConvertWithin(time.Minute, []byte(body), nil, nil); !errors.As(err, &tm) {
			t.Errorf("ConvertWithin(%.20q...) = %v, want a *TooManyMarksError", body, err)
		}
	}
	if _, err := c.InlineWithin(time.Minute, strings.Repeat("[", 1001)); !errors.As(err, &tm) {
		t.Errorf("InlineWithin = %v, want a *TooManyMarksError", err)
	}
	if _, err := c.ConvertWithin(time.Minute, []byte(strings.Repeat("*a* ", 500)), nil, nil); err != nil {
		t.Errorf("ConvertWithin of 1,000 marks = %v, want no error", err)
	}
	// Convert, unbounded, is not counted (front matter texts in layouts).
	if _, err := c.Convert([]byte(strings.Repeat("[", 1001)), nil, nil); err != nil {
		t.Errorf("Convert = %v, want no error", err)
	}
}

// TestTooManyCells: goldmark fills every row of a table to its header's
// columns, so a wide header over many one-letter rows is a few bytes a cell
// and about 200 bytes of memory each (a 18 MB table took 1.9 GB, a wider
// one would take more than any computer has). Past the bound (here 1,000)
// the conversion ends at the table's line, before the cells are made; a
// table within it, or a paragraph of many | that is no table, converts.
func TestTooManyCells(t *testing.T) {
	t.Parallel()
	c := New(false)
	c.maxMarks = 1000
	table := func(cols, rows int) string {
		return "Ievads.\n\n" + strings.Repeat("| a ", cols) + "|\n" + strings.Repeat("|---", cols) + "|\n" + strings.Repeat("x\n", rows-1)
	}
	var tc *TooManyCellsError
	if _, err := c.ConvertWithin(time.Minute, []byte(table(100, 11)), nil, nil); !errors.As(err, &tc) {
		t.Fatalf("ConvertWithin of 100 columns by 11 rows = %v, want a *TooManyCellsError", err)
	}
	if tc.Line != 3 || tc.Columns != 100 || tc.Rows != 11 {
		t.Errorf("TooManyCellsError = %+v, want line 3, 100 columns, 11 rows", tc)
	}
	want := "this table would have 100 columns and 11 rows, 1100 cells (every row gets as many cells as the header has columns), more than the 1000 that vestis converts"
	if !strings.Contains(tc.Error(), want) {
		t.Errorf("error %q, want it to contain %q", tc, want)
	}
	// Two tables count together; one in a list item too.
	two := table(50, 10) + "\n- " + strings.Repeat("| b ", 50) + "|\n  " + strings.Repeat("|---", 50) + "|\n  " + strings.Repeat("y\n  ", 10)
	if _, err := c.ConvertWithin(time.Minute, []byte(two), nil, nil); !errors.As(err, &tc) {
		t.Errorf("ConvertWithin of two tables of 500 and 550 cells = %v, want a *TooManyCellsError", err)
	}
	got, err := c.ConvertWithin(time.Minute, []byte(table(100, 10)), nil, nil)
	if n := strings.Count(string(got.HTML), "<td>") + strings.Count(string(got.HTML), "<th>"); err != nil || n != 1000 {
		t.Errorf("ConvertWithin of 1,000 cells = %d cells, %v; want 1,000 and no error", n, err)
	}
	if _, err := c.ConvertWithin(time.Minute, []byte(strings.Repeat("a | b | c\n", 2000)), nil, nil); err != nil {
		t.Errorf("ConvertWithin of a paragraph of | and no delimiter row = %v, want no error", err)
	}
}

// TestTooManyLinkBytes: a reference link repeats its definition's address
// and title each time it is used, so a short text could make a page of
// hundreds of megabytes (a 20 KB definition used 10,000 times was 200 MB,
// a gigabyte of memory, and the layout then ran out of time). Past the
// bound the conversion ends at the line of the link that crossed it, with
// no resolver called; many uses of short definitions, and long links written
// in full, convert.
func TestTooManyLinkBytes(t *testing.T) {
	t.Parallel()
	c := New(false)
	long := "[saite]: /dokumenti/" + strings.Repeat("garš-", 20_000) + " \"" + strings.Repeat("virsraksts ", 2_000) + "\"\n\n"
	uses := "Ievads.\n\n" + long + "Teksts.\n" + strings.Repeat("[saite] ", 100) + "\n"
	resolved := 0
	resolve := func(dest string, line int) (string, error) { resolved++; return dest, nil }
	var lb *TooManyLinkBytesError
	if _, err := c.ConvertWithin(time.Minute, []byte(uses), resolve, nil); !errors.As(err, &lb) {
		t.Fatalf("ConvertWithin of a 140 KB definition used 100 times = %v, want a *TooManyLinkBytesError", err)
	}
	if lb.Line != 6 || lb.Links != 100 || lb.Bytes < 100*120_000 {
		t.Errorf("TooManyLinkBytesError = %+v, want line 6, 100 links, at least 12 MB", lb)
	}
	if resolved != 0 {
		t.Errorf("the resolver was called %d times, want none", resolved)
	}
	want := "so often that the page would have 14 MB of them in 100 links, more than the 4 MB vestis allows beyond the text itself"
	if !strings.Contains(lb.Error(), want) {
		t.Errorf("error %q, want it to contain %q", lb, want)
	}
	// Images count too.
	images := long + strings.Repeat("![attēls][saite]\n", 100)
	if _, err := c.ConvertWithin(time.Minute, []byte(images), nil, nil); !errors.As(err, &lb) {
		t.Errorf("ConvertWithin of 100 images of a long definition = %v, want a *TooManyLinkBytesError", err)
	}
	for name, text := range map[string]string{
		"short definitions used often": "[a]: /par-mums/ \"Par mums\"\n\n" + strings.Repeat("[a] ", 50_000),
		"long links written in full":   strings.Repeat("[x](/"+strings.Repeat("ceļš/", 4_000)+") ", 500),
		"a long definition used twice": long + "[saite] un [saite]\n",
	} {
		if _, err := c.ConvertWithin(time.Minute, []byte(text), nil, nil); err != nil {
			t.Errorf("%s: ConvertWithin = %v, want no error", name, err)
		}
	}
}

// TestTooDeep: lists and quotes nested deeper than MaxDepth end the
// conversion at once with the line of the level too many, whatever nests and
// however it is written (a list indented further on each line took time
// growing with the cube of its depth); MaxDepth levels convert.
func TestTooDeep(t *testing.T) {
	t.Parallel()
	c := New(false)
	indented := func(levels int, indent, marker string) string {
		var b strings.Builder
		b.WriteString("Ievads.\n\n")
		for i := range levels {
			b.WriteString(strings.Repeat(indent, i) + marker + "punkts\n")
		}
		return b.String()
	}
	tests := []struct {
		name, src string
		line      int // 0: converts
	}{
		{"indented list", indented(MaxDepth+50, "  ", "- "), MaxDepth + 3},
		{"numbered list", indented(MaxDepth+1, "   ", "1. "), MaxDepth + 3},
		{"quotes line by line", indented(MaxDepth+1, ">", "> "), MaxDepth + 3},
		{"list markers on one line", "Ievads.\n\n" + strings.Repeat("- ", 100_000) + "x\n", 3},
		{"quotes on one line", "Ievads.\n\n" + strings.Repeat(">", 100_000) + " citāts\n", 3},
		{"lists in quotes in lists", "Ievads.\n\n" + strings.Repeat("- > ", MaxDepth) + "x\n", 3},
		{"footnotes in quotes", "Ievads[^1].\n\n[^1]: " + strings.Repeat("> ", MaxDepth) + "x\n", 3},
		{"as deep as allowed", indented(MaxDepth, "  ", "- "), 0},
		{"quotes as deep as allowed", "Ievads.\n\n" + strings.Repeat(">", MaxDepth) + " citāts\n", 0},
		{"shallow after deep", indented(MaxDepth, "  ", "- ") + "\n- atpakaļ\n  - un vēl\n", 0},
	}
	for _, tt := range tests {
		res, err := c.ConvertWithin(time.Minute, []byte(tt.src), nil, nil)
		var deep *TooDeepError
		switch {
		case tt.line == 0 && err != nil:
			t.Errorf("%s: %v, want no error", tt.name, err)
		case tt.line == 0 && !strings.Contains(string(res.HTML), "punkts") && !strings.Contains(string(res.HTML), "citāts"):
			t.Errorf("%s: HTML lacks the text: %.200s", tt.name, res.HTML)
		case tt.line != 0 && !errors.As(err, &deep):
			t.Errorf("%s: %v, want a *TooDeepError", tt.name, err)
		case tt.line != 0 && deep.Line != tt.line:
			t.Errorf("%s: TooDeepError at line %d, want %d", tt.name, deep.Line, tt.line)
		}
	}
}
