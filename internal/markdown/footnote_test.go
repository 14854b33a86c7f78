package markdown

import (
	"strings"
	"testing"
)

// TestSummaryFootnotes: a summary keeps its text but not its footnote
// references or lists, which would link to nothing on a list page; the page
// keeps them.
func TestSummaryFootnotes(t *testing.T) {
	c := New(false)
	for _, tt := range []struct{ name, in, want string }{
		{"first paragraph", "Teksts[^1] ar piezīmi.\n\nVairāk.\n\n[^1]: Piezīme.\n", "<p>Teksts ar piezīmi.</p>"},
		{"before more", "Text[^n] here.\n\n[^n]: A note.\n\n<!--more-->\n\nRest.\n", "<p>Text here.</p>"},
	} {
		res, err := c.Convert([]byte(tt.in), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(res.Summary); got != tt.want {
			t.Errorf("%s: summary %q, want %q", tt.name, got, tt.want)
		}
		if strings.Contains(tt.in, "[^1]:") && !strings.Contains(string(res.HTML), `href="#fn:1"`) {
			t.Errorf("%s: the page lost its footnote: %s", tt.name, res.HTML)
		}
	}
}
