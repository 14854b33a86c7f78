package markdown

import (
	"strings"
	"testing"
)

// TestMinifyFallsBack: HTML of the author's whose script the minifier
// cannot read (an event handler with a typographic quote, which only the
// browser would stumble on) is kept as rendered, in the page and in its
// summary, not an error that stops the build; the rest is minified.
func TestMinifyFallsBack(t *testing.T) {
	c := New(true).Minified()
	src := "Talks of the day.\n\n<a href=\"#\" onclick=\"toggleAbstract(‘talk-1')\">Abstract</a>\n\n<p   class=\"x\">More</p>\n"
	res, err := c.Convert([]byte(src), nil, nil)
	if err != nil {
		t.Fatalf("Convert: %v", err)
	}
	if want := `onclick="toggleAbstract(‘talk-1')"`; !strings.Contains(string(res.HTML), want) {
		t.Errorf("HTML = %q, want it to hold %q", res.HTML, want)
	}
	if want := "<p>Talks of the day.</p>"; !strings.Contains(string(res.Summary), want) {
		t.Errorf("Summary = %q, want %q", res.Summary, want)
	}
	ok, err := c.Convert([]byte("Talks.\n\n<p   class=\"x\">More</p>\n"), nil, nil)
	if err != nil || strings.Contains(string(ok.HTML), "<p   class") {
		t.Errorf("HTML the minifier reads = %q, %v; want it minified", ok.HTML, err)
	}
}
