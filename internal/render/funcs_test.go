package render

import (
	"strings"
	"testing"
	"text/template"
)

// TestDict: dict's keys are texts, or lists of texts that make a path of
// maps, as Hugo's dict (a theme's code-toggle builds its example config so:
// dict (split "params.author" ".") "Anna"); any other key is an error.
func TestDict(t *testing.T) {
	tests := []struct{ tmpl, want string }{
		{`{{ dict "a" 1 "b" "x" }}`, "map[a:1 b:x]"},
		{`{{ dict (split "params.author.name" ".") "Anna" }}`, "map[params:map[author:map[name:Anna]]]"},
		{`{{ dict (slice "a" "b") 1 (slice "a" "c") 2 "d" 3 }}`, "map[a:map[b:1 c:2] d:3]"},
		{`{{ dict 5 1 }}`, "dict: key 5 is not a text nor a list of texts"},
		{`{{ dict (slice "a" 5) 1 }}`, "dict: key [a 5] is not a text nor a list of texts"},
		{`{{ dict (slice) 1 }}`, "dict: key [] is not a text nor a list of texts"},
		{`{{ dict "a" }}`, "dict: want key, value pairs, got 1 arguments"},
	}
	for _, tt := range tests {
		tmpl := template.Must(template.New("").Funcs(template.FuncMap(funcs())).Parse(tt.tmpl))
		var b strings.Builder
		if err := tmpl.Execute(&b, nil); err != nil {
			b.WriteString(err.Error())
		}
		if got := b.String(); !strings.Contains(got, tt.want) {
			t.Errorf("%s = %q, want %q", tt.tmpl, got, tt.want)
		}
	}
}

// TestDelimit: delimit joins a list with a separator, and with Hugo's third
// argument puts another before the last item (Hugo's docs' list of
// configuration keys: "a, b, and c").
func TestDelimit(t *testing.T) {
	tests := []struct{ tmpl, want string }{
		{`{{ delimit (slice "a" "b" "c") ", " }}`, "a, b, c"},
		{`{{ delimit (slice "a" "b" "c") ", " ", and " }}`, "a, b, and c"},
		{`{{ delimit (slice "a" "b") ", " " un " }}`, "a un b"},
		{`{{ delimit (slice "a") ", " " un " }}`, "a"},
		{`{{ delimit (slice) ", " " un " }}`, ""},
		{`{{ delimit (slice 1 2) "," "x" "y" }}`, "delimit: want a list, a separator and at most a last separator, got 3 separators"},
	}
	for _, tt := range tests {
		tmpl := template.Must(template.New("").Funcs(template.FuncMap(funcs())).Parse(tt.tmpl))
		var b strings.Builder
		if err := tmpl.Execute(&b, nil); err != nil {
			b.WriteString(err.Error())
		}
		if got := b.String(); !strings.Contains(got, tt.want) || tt.want == "" && got != "" {
			t.Errorf("%s = %q, want %q", tt.tmpl, got, tt.want)
		}
	}
}
