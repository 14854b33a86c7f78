package compact

import (
	"io/fs"
	"os"
	"strings"
	"testing"
)

// TestThemeLayouts minifies the embedded theme's layouts: they must all be
// minified, since the default build relies on it for its speed.
func TestThemeLayouts(t *testing.T) {
	sources := map[string]Layout{}
	fsys := os.DirFS("../../layouts")
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") || strings.HasPrefix(p, "shortcodes/") {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		sources[p] = Layout{Text: string(b)}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	min, err := Layouts(sources)
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range sources {
		if len(min[name].Text) > len(src.Text) {
			t.Errorf("%s: minified is longer (%d > %d)", name, len(min[name].Text), len(src.Text))
		}
		want, err := ParseLayout(name, min[name].Text)
		if err != nil {
			t.Fatalf("%s: minified: %v", name, err)
		}
		if len(want) != len(min[name].Trees) {
			t.Errorf("%s: %d templates given, the minified text has %d", name, len(min[name].Trees), len(want))
		}
		for tname, tree := range want {
			if got := min[name].Trees[tname]; got == nil || got.Root.String() != tree.Root.String() {
				t.Errorf("%s: template %q given is not the minified text's", name, tname)
			}
		}
	}
	if os.Getenv("SHOW") != "" {
		t.Log(min[os.Getenv("SHOW")].Text)
	}
}

// TestLayouts minifies layouts, or refuses those it cannot minify safely.
func TestLayouts(t *testing.T) {
	tests := []struct {
		name, src, want string // want "" means refused
	}{
		{"text", "<div>\n  <p>{{ .Title }}</p>\n</div>\n", "<div><p>{{ .Title }}</p></div>"},
		{"edges kept as one space", "\n\n{{ .A }}  text \n", "\n{{ .A }} text\n"},
		{"trims left as written", "<p>\n  {{- .A -}}\n  </p>", "<p>{{- .A -}}</p>"},
		{"action in an attribute", `<a href="{{ .URL }}"  class="x">`, `<a href="{{ .URL }}" class="x">`},
		{"script without actions", "<script>\n  var a = 1;\n</script>", "<script>var a=1</script>"},
		{"script with an action is kept", "<script>var a = {{ .A }};</script>", "<script>var a = {{ .A }};</script>"},
		{"pre is kept", "<pre>  a\n  {{ .A }}</pre>", "<pre>  a\n  {{ .A }}</pre>"},
		{"action in a comment", "<!-- {{ .A }} -->", ""},
		{"template in a script", `<script>{{ template "js" . }}</script>`, ""},
		{"template in pre", `<pre>{{ template "code" . }}</pre>`, ""},
		{"partial in an attribute", `<a title="{{ partialCached "t" . }}">`, ""},
		{"ends in a script", "<script>var a", ""},
		{"ends in a tag", "<a ", ""},
		{"bad template", "{{ if }}", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Layouts(map[string]Layout{"x.html": {Text: tt.src}})
			if tt.want == "" {
				if err == nil {
					t.Errorf("minified to %q, want it refused", got["x.html"].Text)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got["x.html"].Text != tt.want {
				t.Errorf("got %q, want %q", got["x.html"].Text, tt.want)
			}
		})
	}
}

// TestFragment keeps one space where a fragment begins or ends with one.
func TestFragment(t *testing.T) {
	m := Fragments()
	for in, want := range map[string]string{
		"<p>a</p>\n\n<p>b  c</p>\n": "<p>a</p>\n<p>b c</p> ",
		"a<br>\n  b":                "a<br>\nb",
		"<p>a</p>":                  "<p>a</p>",
		" a ":                       " a ",
		"":                          "",
		"<pre>a\n  b</pre>\n":       "<pre>a\n  b</pre> ",
	} {
		if got, err := Fragment(m, in); err != nil || got != want {
			t.Errorf("Fragment(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
