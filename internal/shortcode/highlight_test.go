package shortcode

import (
	"strings"
	"testing"
)

// TestHighlightOptions: Hugo's highlight options, in any letter case, as the
// highlight shortcode and function of real Hugo sites give them.
func TestHighlightOptions(t *testing.T) {
	const code = "package main\n\nfunc main() {}\n"
	for _, tc := range []struct {
		lang, options string
		want, not     []string
	}{
		{"go", "", []string{`<pre class="chroma"><code>`, `<span class="kn">package</span>`}, []string{`class="ln"`}},
		{"go", "linenos=table,hl_lines=3", []string{`<table`, `<span class="line hl">`}, nil},
		{"go", "lineNos=inline, lineNoStart=10", []string{`<span class="ln">10</span>`}, []string{`<table`}},
		{"go", "linenos=false", nil, []string{`class="ln"`}},
		{"go", "hl_inline=true", []string{`<code class="chroma">`}, []string{`<pre`}},
		{"go", "noClasses=false,style=monokai,wrapperClass=x", []string{`<span class="kn">package</span>`}, []string{`style="`}},
		{"go", "linenos=true,anchorLineNos=true,lineAnchors=ex", []string{`id="ex1"`, `href="#ex1"`}, nil},
		{"", "guessSyntax=true", []string{`<span class="k">func</span>`}, nil},
		{"go", "tabWidth=2", []string{`<pre class="chroma">`}, nil},
	} {
		got, err := Highlight(code, tc.lang, tc.options)
		if err != nil {
			t.Errorf("%q: %v", tc.options, err)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(string(got), w) {
				t.Errorf("%q: no %s in\n%s", tc.options, w, got)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(string(got), n) {
				t.Errorf("%q: %s in\n%s", tc.options, n, got)
			}
		}
	}
	// Options as a map, as transform.Highlight takes them (dict "hl_inline"
	// true "noClasses" true).
	got, err := Highlight(code, "go", map[string]any{"hl_inline": true, "noClasses": true, "hl_Lines": "1"})
	if err != nil || !strings.Contains(string(got), `<code class="chroma">`) || strings.Contains(string(got), "<pre") {
		t.Errorf("options as a map: %v\n%s", err, got)
	}
	if _, err := Highlight(code, "go", map[string]any{"colour": "red"}); err == nil || !strings.Contains(err.Error(), `unknown option "colour"`) {
		t.Errorf("an unknown option in a map: error %v", err)
	}
	for options, want := range map[string]string{
		"linenos=maybe":  "linenos=maybe: want table, inline, true or false",
		"hl_inline=yes":  "hl_inline=yes: want true or false",
		"hl_lines=x":     `hl_lines "x": want line numbers`,
		"colour=red":     `unknown option "colour"`,
		"linenostart=-1": "linenostart=-1: want a number",
	} {
		if _, err := Highlight(code, "go", options); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", options, err, want)
		}
	}
}

// TestHighlightLongMatches highlights code whose single tokens take one
// regular expression match longer than chroma's own limit of 250 ms on a busy
// machine: a long string in Go, and in CSS inside HTML (a lexer that hands
// part of the code to another). Cut short, the rest came out marked as
// errors, and differently from one build to the next.
func TestHighlightLongMatches(t *testing.T) {
	n := 2_000_000 // about 0.3 s a match here: past chroma's 250 ms, far inside matchLimit at a load of 30
	if raceDetector {
		n /= 6
	}
	long := strings.Repeat("a", n)
	for _, tt := range []struct{ lang, src, want string }{
		{"go", "package main\n\nvar x = \"" + long + "\"\n", `<span class="s">&#34;` + long[:100]},
		{"html", "<style>\np::before { content: \"" + long + "\"; }\n</style>\n", `<span class="s2">&#34;` + long[:100]},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			got, err := Highlight(tt.src, tt.lang)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(got), `class="err"`) || !strings.Contains(string(got), tt.want) {
				i := min(len(got), 600)
				t.Errorf("the long string is not one string token:\n%s", got[:i])
			}
		})
	}
}

// TestHighlightUnknownLanguage shows code in a language chroma does not know,
// or cannot guess, as plain text.
func TestHighlightUnknownLanguage(t *testing.T) {
	for _, args := range [][]any{{"no-such-language"}, {"", "guessSyntax=true"}} {
		got, err := Highlight("a <b>", args[0], args[1:]...)
		if err != nil || !strings.Contains(string(got), "a &lt;b&gt;") {
			t.Errorf("Highlight(%q) = %q, %v; want the code as plain text", args, got, err)
		}
	}
}
