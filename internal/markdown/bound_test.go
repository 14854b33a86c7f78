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
		{"block quotes", strings.Repeat(">", n)},
		{"list markers", strings.Repeat("- ", n/2) + "x"},
		{"unclosed links", strings.Repeat("[a](", n/4)},
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
	if _, err := c.InlineWithin(10*time.Millisecond, strings.Repeat(">", 1<<20)); !errors.As(err, &te) {
		t.Errorf("InlineWithin of a million > = %v, want a *TimeoutError", err)
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
