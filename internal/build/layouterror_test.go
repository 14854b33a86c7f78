package build_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
	"github.com/vestis-ssg/vestis/internal/diag"
)

// TestLayoutMistakesAreDiagnostics: a layout that does not load is a
// diag.Diagnostic at its file and line, as a content file's mistake is, so
// that the terminal, the dev server's overlay and check show it alike; and a
// Builder whose layout is fixed builds again.
func TestLayoutMistakesAreDiagnostics(t *testing.T) {
	t.Parallel()
	tests := []struct {
		what, single string
		line, col    int // counted from 1, as editors do; 0 when the message gives none
		msg          string
	}{
		{"an action not closed", "{{define \"main\"}}\n<h1>{{.Page.Title}</h1>\n{{end}}\n", 2, 18, "this {{ is closed with a single }: close it with }}"},
		{"a block not ended", "{{define \"main\"}}\n{{if .Page.Title}}\n<h1>{{.Page.Title}}</h1>\n{{end}}\n", 1, 0, `{{ define "main" }} is never closed`},
		{"Hugo's partial function", "{{define \"main\"}}\n\n  {{ partial \"card.html\" . }}\n{{end}}\n", 3, 6, `function "partial" is not one of vestis layouts'`},
		{"a loop of millions", "{{define \"main\"}}\n{{range 99999999999}}x{{end}}\n{{end}}\n", 2, 9, "range over 99999999999"},
	}
	for _, tt := range tests {
		t.Run(tt.what, func(t *testing.T) {
			t.Parallel()
			site := siteYAML + plainLayouts + "-- content/news/a.lv.md --\n---\ntitle: A\n---\nTeksts.\n"
			broken := strings.Replace(site, "{{define \"main\"}}<h1>{{.Page.Title}}</h1>{{.Page.Content}}{{end}}\n", tt.single, 1)
			fsys := bt.Site(broken)
			_, err := build.Build(bt.Options(fsys))
			var d *diag.Diagnostic
			if !errors.As(err, &d) {
				t.Fatalf("error %v (%T) is not a diag.Diagnostic", err, err)
			}
			if d.File != "layouts/_default/single.html" || d.Line != tt.line || d.Col != tt.col || !strings.HasPrefix(d.Msg, tt.msg) {
				t.Errorf("diagnostic %q: file %q, line %d, column %d; want layouts/_default/single.html, %d, %d, a message starting %q", d, d.File, d.Line, d.Col, tt.line, tt.col, tt.msg)
			}
			if list := diag.Flatten(err); len(list) != 1 || list[0].File != d.File {
				t.Errorf("the build's error gives diagnostics %q, want the one", list)
			}

			b := build.NewBuilder(bt.Options(fsys))
			if _, _, err := b.Rebuild(nil); err == nil {
				t.Fatal("the broken layout built")
			}
			fsys["layouts/_default/single.html"].Data = []byte("{{define \"main\"}}<h1>{{.Page.Title}}</h1>{{end}}\n")
			if _, _, err := b.Rebuild([]string{"layouts/_default/single.html"}); err != nil {
				t.Errorf("the fixed layout does not build: %v", err)
			}
		})
	}
}
