package shortcode

import (
	"encoding/base64"
	"strings"
	"testing"
)

// TestPlainErrors: a shortcode function given a malformed address,
// pattern, base64 text or duration says what is wrong in a site author's
// words, never Go's ("parse", "invalid URL escape", "error parsing
// regexp", "illegal base64 data", "time: invalid duration").
func TestPlainErrors(t *testing.T) {
	u := URLsNS{}
	tests := []struct {
		name string
		err  func() error
		want string
	}{
		{"address with an open bracket", func() error { _, err := u.Parse("http://[::1"); return err },
			`urls.Parse: "http://[::1" is not an address that can be read; check its brackets [ ], its colons and its % signs`},
		{"address with a bad escape", func() error { _, err := u.Parse("/a%zz"); return err },
			`urls.Parse: "/a%zz" holds "%zz", a % sign not followed by two hexadecimal digits (0-9, A-F); write a % sign itself as %25`},
		{"address with a space in its host", func() error { _, err := u.Parse("http://a b/"); return err },
			`urls.Parse: the host of "http://a b/" (the part after //) holds " ", which a host may not`},
		{"join of a bad address", func() error { _, err := u.JoinPath("http://[::1", "x"); return err },
			`urls.JoinPath: "http://[::1" is not an address that can be read`},
		{"unescape", func() error { _, err := u.PathUnescape("50%"); return err },
			`urls.PathUnescape: "50%" holds "%", a % sign not followed by two hexadecimal digits`},
		{"pattern", func() error { _, err := findRE("a(b", "x"); return err },
			`findRE: the pattern "a(b": a ( is not closed with ), or a ) has no (; write \( or \) for the character itself (at "a(b")`},
		{"pattern repeating nothing", func() error { _, err := replaceRE("*x", "", "x"); return err },
			`replaceRE: the pattern "*x": *, + or ? follows nothing it could repeat`},
		{"look-ahead", func() error { _, err := findRESubmatch("a(?=b)", "x"); return err },
			`findRESubmatch: the pattern "a(?=b)": (? is followed by something Go's patterns do not have`},
		{"index of a list by a text", func() error { _, err := index([]any{1, 2}, "y"); return err },
			`index: the items of a list are numbered from 0, as in index .Params.tags 0; a text ("y") is no such number`},
		{"dateFormat of no date", func() error { _, err := dateFormat("Jan 2", "soon"); return err },
			`dateFormat: "soon" is not a date`},
		{"duration", func() error { _, err := (timeNS{}).ParseDuration("3 days"); return err },
			`time.ParseDuration: "3 days" is not a duration; write a number and a unit (h, m, s, ms), as in 1h30m, 90s or 250ms`},
	}
	for _, tt := range tests {
		err := tt.err()
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
	_, b64 := base64.StdEncoding.DecodeString("ab!c")
	if err := base64Error("ab!c", b64); !strings.Contains(err.Error(), `"!" at byte 3 cannot stand there`) {
		t.Errorf("base64: %v", err)
	}
}
