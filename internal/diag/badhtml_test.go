package diag

import (
	"html/template"
	"io"
	"testing"
	"text/template/parse"
)

// TestBadHTML escapes sets whose HTML html/template refuses with
// ErrBadHTML, which has no line: BadHTML must find the file, line and
// column of the character at fault.
func TestBadHTML(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string // the first is the entry
		entry string
		want  string
	}{
		{"quote in an attribute's name", map[string]string{
			"x.html": "<html><body>\n<div a=1 b\"c=2></div>\n</body></html>\n"}, "x.html",
			"layouts/x.html:2:11: " + badHTMLMsg},
		{"a value's quote never closed, after an action", map[string]string{
			"x.html": "<html><body>\n<a href=\"{{ .A }}>x</a>\n<div {{ .A }}=\"x\"></div>\n</body></html>\n"}, "x.html",
			"layouts/x.html:3:17: " + badHTMLMsg},
		{"in a branch", map[string]string{
			"x.html": "<p>{{ if .A }}\n  <b class=a\"b>x</b>{{ end }}</p>\n"}, "x.html",
			"layouts/x.html:2:13: " + badHTMLMsg},
		{"in a template it calls", map[string]string{
			"x.html":          "<p>{{ template \"partials/y.html\" . }}</p>\n",
			"partials/y.html": "line\n<b {{ .A }} \"q\">x</b>\n"}, "x.html",
			"layouts/partials/y.html:2:13: " + badHTMLMsg},
	}
	for _, tt := range tests {
		set := template.New("")
		trees := map[string]*parse.Tree{}
		for name, text := range tt.files {
			tm := template.Must(set.New(name).Parse(text))
			trees[name] = tm.Tree.Copy()
		}
		err := set.ExecuteTemplate(io.Discard, tt.entry, map[string]string{"A": "a"})
		if err == nil {
			t.Fatalf("%s: escaped", tt.name)
		}
		d := BadHTML("layouts", err, trees, tt.entry)
		if got := d.Error(); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}
