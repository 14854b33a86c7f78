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
