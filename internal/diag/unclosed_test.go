package diag

import "testing"

// TestUnclosed: a template left with a block open is reported at the block
// that is never closed, not at the end of the file; the {{ end }}s the
// author wrote close the blocks nearest above them, as the parser reads
// them.
func TestUnclosed(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // "" when Unclosed is not the answer
	}{
		{"parses", "<p>{{ if .A }}x{{ end }}</p>", ""},
		{"another mistake", "<p>{{ .A ) }}</p>", ""},
		{"if", "<p>\n{{ if .A }}\n<b>x</b>\n", "layouts/a.html:2:7: {{ if }} is never closed: add {{ end }} where it ends"},
		{"range inside a closed if", "{{ if .A }}{{ end }}\n{{ range .B }}\nx\n", "layouts/a.html:2:10: {{ range }} is never closed: add {{ end }} where it ends"},
		{"with, the if in it closed", "{{ with .A }}\n{{ if .B }}x{{ end }}\n", "layouts/a.html:1:9: {{ with }} is never closed: add {{ end }} where it ends"},
		{"else if is one block", "{{ if .A }}a\n{{ else if .B }}b\n{{ else }}c\n", "layouts/a.html:1:7: {{ if }} is never closed: add {{ end }} where it ends"},
		{"range with else", "{{ range .A }}a\n{{ else }}b\n", "layouts/a.html:1:10: {{ range }} is never closed: add {{ end }} where it ends"},
		{"two open", "{{ if .A }}\n\n{{ range .B }}x\n", "layouts/a.html:3:10: {{ range }} is never closed: add {{ end }} where it ends; also never closed: {{ if }} at line 1"},
		{"define", "{{ define \"main\" }}\n<h1>x</h1>\n{{ if .A }}y{{ end }}\n", `layouts/a.html:1: {{ define "main" }} is never closed: add {{ end }} where it ends`},
		{"define after a closed one", "{{ define \"a\" }}x{{ end }}\n{{ define \"b\" }}\ny\n", `layouts/a.html:2: {{ define "b" }} is never closed: add {{ end }} where it ends`},
		{"block", "<main>\n{{ block \"main\" . }}\n<p>x</p>\n", `layouts/a.html:2:10: {{ block "main" }} is never closed: add {{ end }} where it ends`},
		{"a marker's text in the layout", "{{ \"\\x00vestis-unclosed-0\" }}\n{{ if .A }}\n", "layouts/a.html:2:7: {{ if }} is never closed: add {{ end }} where it ends"},
	}
	for _, tt := range tests {
		got := ""
		if d := Unclosed("layouts", "a.html", tt.text); d != nil {
			got = d.Error()
		}
		if got != tt.want {
			t.Errorf("%s: Unclosed(%q)\n got %q\nwant %q", tt.name, tt.text, got, tt.want)
		}
	}
}
