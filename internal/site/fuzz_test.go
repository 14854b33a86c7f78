package site

import (
	"path"
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/markdown"
)

// FuzzURLs builds a page with an arbitrary slug, url and alias: every output
// path must stay inside the output folder, or the page must be refused.
func FuzzURLs(f *testing.F) {
	for _, s := range [][3]string{
		{"ok", "", "/old/"}, {"../../etc", "", ""}, {"", "/../../x/", ""}, {"", "", "https://evil/"},
		{"a\\b", "", ""}, {"", "C:/windows/", ""}, {"Ārvalstu sadarbība", "/lv/x.html", "vecs"}, {"..", "", ""},
		{"", "//host/x", ""}, {"", "", "/%2e%2e/x"},
	} {
		f.Add(s[0], s[1], s[2])
	}
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		f.Fatal(err)
	}
	md := markdown.New(false)
	f.Fuzz(func(t *testing.T, slug, url, alias string) {
		cp := &content.Page{File: "content/news/a.md", Lang: "lv", Kind: content.KindPage, Section: "news", Dir: "news", Base: "a", Key: "news/a",
			Meta: content.Meta{Title: "A", Slug: slug, URL: url, Aliases: []string{alias}}}
		s, err := Assemble(cfg, []*content.Page{cp}, md, Options{})
		if err != nil {
			return
		}
		for _, p := range s.Pages {
			outs := []string{p.OutputPath()}
			for _, a := range p.Aliases {
				outs = append(outs, OutputPath(a))
			}
			for _, o := range outs {
				if o == "" || strings.HasPrefix(o, "/") || strings.Contains(o, "\\") || path.Clean(o) != o || o == ".." || strings.HasPrefix(o, "../") {
					t.Fatalf("slug %q url %q alias %q: output path %q leaves the site", slug, url, alias, o)
				}
			}
		}
	})
}
