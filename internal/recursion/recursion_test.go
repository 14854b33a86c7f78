package recursion

import (
	"errors"
	"html/template"
	"slices"
	"strings"
	"testing"
	"text/template/parse"
)

// depthWriter is a writer that hands its empty writes to a Depth, as the
// writers of layouts and shortcodes do.
type depthWriter struct {
	b strings.Builder
	d Depth
}

func (w *depthWriter) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, w.d.Write(p)
	}
	return w.b.Write(p)
}

// run parses src, marks its templates and executes it with data.
func run(t *testing.T, src string, data any) (string, error, *template.Template) {
	t.Helper()
	set := template.Must(template.New("page.html").Parse(src))
	m := &Marks{}
	for _, tmpl := range set.Templates() {
		m.Mark(tmpl.Tree, tmpl.Name())
	}
	w := &depthWriter{d: Depth{Marks: m}}
	err := set.Execute(w, data)
	return w.b.String(), err, set
}

// TestRecursion: templates that call each other without end stop at
// MaxDepth with the round they go through, begun where the page entered it,
// and the call that closes it; one that calls itself over data that runs out
// runs to the end, its output unchanged by the marks.
func TestRecursion(t *testing.T) {
	tests := []struct {
		name, src string
		chain     []string
		call      string // the line and column of the call that closes the round
	}{
		{"itself", `{{ define "x" }}{{ template "x" . }}{{ end }}<p>{{ template "x" . }}`, []string{"x", "x"}, "page.html:1:28"},
		{"a pair", "{{ define \"x\" }}a{{ template \"y\" . }}{{ end }}\n{{ define \"y\" }}{{ template \"x\" . }}{{ end }}{{ template \"x\" . }}", []string{"x", "y", "x"}, "page.html:2:28"},
		{"a pair entered at the second", "{{ define \"x\" }}a{{ template \"y\" . }}{{ end }}\n{{ define \"y\" }}{{ template \"x\" . }}{{ end }}{{ template \"y\" . }}", []string{"y", "x", "y"}, "page.html:1:29"},
		{"a round below another template", `{{ define "p" }}{{ template "q" . }}{{ end }}{{ define "q" }}{{ block "r" . }}{{ template "q" . }}{{ end }}{{ end }}{{ template "p" . }}`, []string{"q", "r", "q"}, "page.html:1:90"},
		{"in a loop", `{{ define "x" }}{{ range . }}{{ template "x" $ }}{{ end }}{{ end }}{{ template "x" . }}`, []string{"x", "x"}, "page.html:1:41"},
	}
	for _, tt := range tests {
		_, err, set := run(t, tt.src, []int{1})
		var e *Error
		if !errors.As(err, &e) || !slices.Equal(e.Chain, tt.chain) {
			t.Errorf("%s: error %v, want the chain %q", tt.name, err, tt.chain)
			continue
		}
		call := e.Call(func(name string) *parse.Tree { return set.Lookup(name).Tree })
		if call == nil {
			t.Errorf("%s: no call found", tt.name)
			continue
		}
		if loc, _ := (*parse.Tree)(nil).ErrorContext(call); loc != tt.call {
			t.Errorf("%s: the call is at %s, want %s", tt.name, loc, tt.call)
		}
	}

	// A tree 500 deep is drawn to its end, as without marks.
	type node struct{ Kids []*node }
	root := &node{}
	for n, i := root, 0; i < 500; i++ {
		n.Kids = []*node{{}}
		n = n.Kids[0]
	}
	src := `{{ define "tree" }}<ul>{{ range .Kids }}<li>{{ template "tree" . }}{{ end }}</ul>{{ end }}{{ template "tree" . }}`
	got, err, _ := run(t, src, root)
	want := strings.Repeat("<ul><li>", 500) + "<ul></ul>" + strings.Repeat("</ul>", 500)
	if err != nil || got != want {
		t.Errorf("a tree 500 deep: %v, output of %d bytes, want %d", err, len(got), len(want))
	}
}

// TestRecursionMessage: the message names the templates and the round.
func TestRecursionMessage(t *testing.T) {
	for chain, want := range map[string]string{
		"x x":     `the template "x" calls itself without end (x → x); call it only inside {{ if }}, {{ with }} or {{ range }} over something that runs out, such as {{ with .Children }}{{ template "x" . }}{{ end }}`,
		"x y x":   `the templates "x" and "y" call each other without end (x → y → x); one of the calls must be inside {{ if }}, {{ with }} or {{ range }} over something that runs out`,
		"a b c a": `the templates "a", "b" and "c" call each other without end (a → b → c → a); one of the calls must be inside {{ if }}, {{ with }} or {{ range }} over something that runs out`,
	} {
		if got := (&Error{Chain: strings.Fields(chain)}).Error(); got != want {
			t.Errorf("%s:\n%s\nwant\n%s", chain, got, want)
		}
	}
}

// TestOnlyMarks: an empty write of a mark's capacity that is not the mark
// itself (fmt's buffer, when a template prints an empty text on each turn
// of a loop) moves no template in or out.
func TestOnlyMarks(t *testing.T) {
	set := template.Must(template.New("page.html").Parse(`{{ define "x" }}x{{ end }}{{ template "x" . }}`))
	m := &Marks{}
	for _, tmpl := range set.Templates() {
		m.Mark(tmpl.Tree, tmpl.Name())
	}
	d := Depth{Marks: m}
	for i := 0; i < 2*MaxDepth; i++ {
		for _, c := range []int{1, 3} { // the capacities of the marks that begin templates
			if err := d.Write(make([]byte, 0, c)); err != nil {
				t.Fatalf("write %d of an empty slice of capacity %d: %v", i, c, err)
			}
		}
	}
	if len(d.stack) != 0 {
		t.Errorf("the stack holds %d templates after writes that are no marks", len(d.stack))
	}
}
