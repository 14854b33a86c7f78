package decode

import (
	"fmt"
	"testing"
)

// TestDataNumbers: a data file's number that no page can show (infinite,
// not a number, too large for a float) is refused at its line, in each
// format, where it printed +Inf or NaN, or became a text in silence; the
// same written in quotes is a text, as meant.
func TestDataNumbers(t *testing.T) {
	tests := []struct {
		ext, data, want string
	}{
		{".yaml", "a: 1\nb: .inf\n", "2:4: b: .inf is no number a page can show (it would print as +Inf); write a number, or put it in quotes to mean the text"},
		{".yaml", "a:\n  - -.Inf\n", "2:5: a: item 1: -.Inf is no number a page can show (it would print as -Inf)"},
		{".yaml", "a: {b: .NaN}\n", "1:8: a: b: .NaN is no number a page can show (it would print as NaN)"},
		{".yaml", "a: 1e400\n", `1:4: a: 1e400 is too large a number for a computer to hold, which a page would show as the text "1e400"`},
		{".yaml", "a: &x .inf\nb: *x\n", "1:4: a: .inf is no number"},
		{".yaml", "a: \".inf\"\nb: '1e400'\nc: 1e300\n", ""},
		{".json", "{\"a\": 1,\n \"b\": [1e400]}\n", `2:0: b: item 1: 1e400 is too large a number for a computer to hold`},
		{".json", "{\"a\": \"1e400\"}\n", ""},
		{".toml", "a = 1\nb = inf\n", "2:5: b: inf is no number a page can show (it would print as +Inf)"},
		{".toml", "[t]\nc = nan\n", "2:5: t: c: nan is no number a page can show (it would print as NaN)"},
		{".toml", "a = [\"inf\", # inf\n  1.5, -inf]\n", "2:8: a: item 3: -inf is no number a page can show (it would print as -Inf)"},
		{".toml", "t = \"\"\"\nnan\n\"\"\"\ninf = +nan\n", "4:7: inf: +nan is no number a page can show (it would print as NaN)"},
		{".yaml", "a: 0x1p2000\n", ""},
		{".toml", "a = \"inf\"\n", ""},
	}
	for _, tt := range tests {
		_, err := Data([]byte(tt.data), tt.ext)
		got := ""
		if e, ok := err.(*Error); ok {
			got = fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg)
		} else if err != nil {
			got = err.Error()
		}
		if tt.want == "" && got != "" || tt.want != "" && (len(got) < len(tt.want) || got[:len(tt.want)] != tt.want) {
			t.Errorf("Data(%q, %s) error %q, want %q", tt.data, tt.ext, got, tt.want)
		}
	}
}
