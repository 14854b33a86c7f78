package render

import (
	"maps"
	"slices"
	"testing"
	"text/template"
	"text/template/parse"

	"github.com/google/go-cmp/cmp"
)

// TestNamesOfReach checks which neighbours of pages other than the view's own
// a layout is found to read, and that partials nothing calls are not read.
func TestNamesOfReach(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string // parse name: text; "layout" is the layout's own file
		reach []string
		// idents that must be found, and must not
		has, hasNot []string
	}{
		{
			name:  "own page's neighbours are in every signature",
			files: map[string]string{"layout": `{{ .Page.Parent.Title }}{{ range .Page.Translations }}{{ .Title }}{{ end }}`},
			// the translation's title is its own sum; its parent is not
			reach: nil,
		},
		{
			name:  "a listed page's parent",
			files: map[string]string{"layout": `{{ range .Pages }}{{ .Parent.Title }}{{ end }}`},
			reach: []string{"Parent"},
		},
		{
			name:  "a neighbour's neighbour",
			files: map[string]string{"layout": `{{ .Page.Parent.Translations }}`},
			reach: []string{"Translations"},
		},
		{
			name: "a partial given the view reads as the layout does",
			files: map[string]string{
				"layout":            `{{ template "partials/a.html" . }}`,
				"partials/a.html":   `{{ .Page.Translations }}{{ template "partials/b.html" $ }}`,
				"partials/b.html":   `{{ .Page.Ancestors }}`,
				"partials/off.html": `{{ range .Pages }}{{ .Sections }}{{ end }}{{ .Lastmod }}`,
			},
			reach:  nil,
			has:    []string{"Translations", "Ancestors"},
			hasNot: []string{"Sections", "Lastmod"},
		},
		{
			name: "a partial given a listed page",
			files: map[string]string{
				"layout":             `{{ range .Pages }}{{ template "partials/card.html" . }}{{ end }}`,
				"partials/card.html": `{{ .Title }}{{ with .Translation "en" }}{{ .Title }}{{ end }}{{ template "partials/up.html" . }}`,
				"partials/up.html":   `{{ .Page.Parent }}`,
			},
			reach: []string{"Parent", "Translations"},
		},
		{
			name: "partialCached given the view, without the partials/ prefix",
			files: map[string]string{
				"layout":            `{{ partialCached "nav.html" . "k" }}`,
				"partials/nav.html": `{{ .Page.Sections }}`,
			},
			reach: nil,
			has:   []string{"Sections"},
		},
		{
			name: "a partial named by a value may be any",
			files: map[string]string{
				"layout":          `{{ partialCached .Name . }}`,
				"partials/x.html": `{{ .Page.FallbackIn "vi" }}{{ .Page.Sections }}`,
			},
			reach: []string{"FallbackIn", "Sections"},
		},
		{
			name:  "the own page's fallbacks are not in signatures",
			files: map[string]string{"layout": `{{ .Page.FallbackIn "vi" }}`},
			reach: []string{"FallbackIn"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var trees []*parse.Tree
			set := template.New("").Funcs(template.FuncMap{"partialCached": func(...any) string { return "" }})
			for _, name := range slices.Sorted(maps.Keys(tt.files)) {
				tmpl, err := set.New(name).Parse(tt.files[name])
				if err != nil {
					t.Fatal(err)
				}
				trees = append(trees, tmpl.Tree)
			}
			n := namesOf(trees)
			if diff := cmp.Diff(tt.reach, slices.Sorted(maps.Keys(n.reach))); diff != "" {
				t.Errorf("reach (-want +got):\n%s", diff)
			}
			for _, id := range tt.has {
				if !n.idents[id] {
					t.Errorf("%s not found", id)
				}
			}
			for _, id := range tt.hasNot {
				if n.idents[id] {
					t.Errorf("%s found in a partial nothing calls", id)
				}
			}
		})
	}
}
