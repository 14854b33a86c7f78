package diag

import (
	"errors"
	"strings"
	"testing"
	"text/template"
)

// TestCall runs call in a template as layouts and shortcodes have it: a
// function runs as with text/template's own, and each refusal is in plain
// words.
func TestCall(t *testing.T) {
	data := map[string]any{
		"join":  strings.Join,
		"fail":  func() (string, error) { return "", errors.New("it failed") },
		"count": func(n int) int { return n + 1 },
		"list":  []any{1, 2},
		"n":     3,
	}
	tests := []struct {
		src, want, err string
	}{
		{`{{ call .join (slice "a" "b") "-" }}`, "a-b", ""},
		{`{{ call .count 2 }}`, "3", ""},
		{`{{ call .fail }}`, "", "it failed"},
		{`{{ call .list }}`, "", "call runs a function kept in a value; this value is a list, not a function"},
		{`{{ call .n }}`, "", "this value is a whole number (3), not a function"},
		{`{{ call .missing }}`, "", "this value is nothing, not a function"},
		{`{{ call .count }}`, "", "call: the function takes 1 value after it, and is given 0"},
		{`{{ call .count "x" }}`, "", `call: value 1 given to the function is a text ("x"), where it takes a whole number`},
	}
	for _, tt := range tests {
		tmpl := template.Must(template.New("t").Funcs(template.FuncMap{"call": Call, "slice": func(a ...string) []string { return a }}).Parse(tt.src))
		var b strings.Builder
		err := tmpl.Execute(&b, data)
		if tt.err == "" {
			if err != nil || b.String() != tt.want {
				t.Errorf("%s = %q, %v; want %q", tt.src, b.String(), err, tt.want)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s: error %v; want one saying %q", tt.src, err, tt.err)
		}
		if err != nil && strings.Contains(err.Error(), "non-function") {
			t.Errorf("%s: %v speaks Go", tt.src, err)
		}
	}
}
