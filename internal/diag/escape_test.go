package diag

import (
	"errors"
	"html/template"
	"io"
	"testing"
)

// TestEscaping runs templates html/template's escaper refuses and checks the
// diagnostic names the template's file and line under the folder, in words.
func TestEscaping(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"ends in a quote", "<p>\n<a href=\"{{ . }}\n",
			`layouts/x.html: the file ends inside a tag, a quoted attribute value or a comment (an unclosed <, " or <!--), perhaps in a partial it calls; close it`},
		{"branches", "<p>\n{{ if . }}<a title=\"{{ end }}\n",
			"layouts/x.html:2:7: the branches of this {{ if }}, {{ with }} or {{ range }} end in different places"},
		{"range", "<p>\n{{ range . }}<a title=\"{{ . }}{{ end }}\n",
			"layouts/x.html:2:10: the branches of this {{ if }}, {{ with }} or {{ range }} end in different places"},
		{"range again", "<p>\n<script>var x = [{{ range . }}'{{ . }},{{ end }}]</script>\n",
			"layouts/x.html:2:27: the branches of this"},
		{"bad HTML", "<p>\n<a x'y=\"{{ . }}\">\n",
			`layouts/x.html: the HTML around {{ }} is malformed: "'" in attribute name`},
		{"no such template", "<p>\n{{ template \"partials/y.html\" . }}\n",
			`layouts/x.html:2:13: no such template "partials/y.html"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tmpl := template.Must(template.New("x.html").Parse(tt.src))
			err := tmpl.Execute(io.Discard, []string{"a"})
			d := Escaping("layouts", err)
			if d == nil {
				t.Fatalf("Escaping(%v) = nil", err)
			}
			if got := d.Error(); len(got) < len(tt.want) || got[:len(tt.want)] != tt.want {
				t.Errorf("Escaping = %q\nwant it to begin %q", got, tt.want)
			}
			if !errors.Is(d, err) {
				t.Errorf("the diagnostic does not wrap the escaper's error")
			}
		})
	}
	if d := Escaping("layouts", errors.New("other")); d != nil {
		t.Errorf("Escaping of another error = %v, want nil", d)
	}
}
