package shortcode

import (
	"testing"
	"testing/fstest"
)

// TestShowsText: a shortcode may show pages' text when its template, a
// template it executes or a partial it calls names a text field, in any of
// the ways a template reaches one.
func TestShowsText(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	fsys := fstest.MapFS{
		"layouts/shortcodes/field.html":     file(`{{ range .Page.Pages }}{{ .Summary }}{{ end }}`),
		"layouts/shortcodes/var.html":       file(`{{ with .Page.Parent }}{{ $p := . }}{{ $p.Content }}{{ end }}`),
		"layouts/shortcodes/chain.html":     file(`{{ (.Page.GetPage "/x").WordCount }}`),
		"layouts/shortcodes/defined.html":   file(`{{ define "inner" }}{{ .Plain }}{{ end }}{{ template "inner" .Page }}`),
		"layouts/shortcodes/viapart.html":   file(`{{ partial "sum" .Page }}`),
		"layouts/shortcodes/anypart.html":   file(`{{ partial (printf "%s" "sum") .Page }}`),
		"layouts/shortcodes/titles.html":    file(`{{ range .Page.Pages }}{{ .Title }}{{ .Description }}{{ end }}{{ partial "title" . }}`),
		"layouts/shortcodes/self.html":      file(`{{ define "loop" }}{{ template "loop" . }}{{ end }}{{ .Get 0 }}`),
		"layouts/partials/sum.html":         file(`{{ .Summary }}`),
		"layouts/partials/title.html":       file(`{{ .Page.Title }}`),
		"layouts/shortcodes/innerpart.html": file(`{{ .Inner }}`),
	}
	tmpl, err := Load(fsys, "layouts/shortcodes", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"field": true, "var": true, "chain": true, "defined": true, "viapart": true, "anypart": true,
		"titles": false, "self": false, "innerpart": false, "Field": true, "nosuch": false}
	for name, shows := range want {
		if got := tmpl.ShowsText(name); got != shows {
			t.Errorf("ShowsText(%q) = %t, want %t", name, got, shows)
		}
	}
}
