package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	"github.com/vestis-ssg/vestis/internal/hugoimport"
)

// checkHugoAddresses compares each page's address with the one Hugo gave
// it, and lists those that differ, with what to do. It changes no file: the
// site.yaml the import wrote (hugoAddresses, keepCase) gives pages Hugo's
// addresses; a page that still differs is the user's to give a url. Pages
// with a url, or in a section with a permalink pattern, keep the address
// they set.
func checkHugoAddresses(root *os.Root, keepCase bool, stdout io.Writer) {
	s, err := build.Model(build.Options{Site: root.FS(), Theme: vestis.Theme()})
	if err != nil {
		fmt.Fprintf(stdout, "addresses: not compared with Hugo's, as the site does not load yet (vestis build says why)\n")
		return
	}
	var differ []string
	for _, p := range s.Pages {
		cp := p.ContentFile()
		if cp == nil || p.FallbackOf != nil || cp.Kind == "home" || cp.Meta.URL != "" || len(s.Config.PermalinksOf(cp.Section, p.Lang)) > 0 && cp.Kind == "page" {
			continue
		}
		slugged, base := "", ""
		if cp.Kind == "page" {
			slugged, base = cp.Meta.Slug, cp.Base
		}
		hugo := hugoimport.HugoPath(s.Config.LangRoot(p.Lang), cp.Dir, slugged, base, keepCase)
		if s.Config.RemovePathAccents {
			hugo = hugoimport.WithoutAccents(hugo)
		}
		if s.Config.UglyURLs { // a list too: /posts.html, as Hugo's (home was left out above)
			hugo = strings.TrimSuffix(hugo, "/") + ".html"
		}
		if hugo != p.URLPath && !slices.Contains(p.Aliases, hugo) {
			differ = append(differ, fmt.Sprintf("%s: %s, Hugo's %s; give the page url: %s to keep Hugo's", cp.File, p.URLPath, hugo, hugo))
		}
	}
	if len(differ) == 0 {
		fmt.Fprintf(stdout, "addresses: every page has the address Hugo gave it\n")
		return
	}
	fmt.Fprintf(stdout, "addresses: %d pages have an address other than Hugo's (no file was changed):\n", len(differ))
	for _, d := range differ {
		fmt.Fprintf(stdout, "  %s\n", d)
	}
}

// moveGenerated writes site.yaml again, with vestis's own page moved, when
// a page of the site has the address where vestis makes one (its search
// page at /search/) by a slug or a permalink pattern, which only the
// assembled site knows (Stack's content/page/search/ with slug: search;
// ConvertSite sees only a content file or folder named search). It builds
// the model with every such page of vestis's moved, so that the site's
// pages load, looks which addresses pages of the site have, and returns the
// conversion it wrote: res when none does, or when the site does not load
// (vestis build then says why).
func moveGenerated(root *os.Root, cfg map[string]any, fsys fs.FS, res *hugoimport.Result, renamed bool) (*hugoimport.Result, error) {
	write := func(r *hugoimport.Result) error {
		data := r.SiteYAML
		if renamed && r.ContentDirs != nil {
			data = r.RenamedSiteYAML
		}
		return root.WriteFile("site.yaml", data, 0o644)
	}
	all, err := hugoimport.ConvertSite(cfg, fsys, hugoimport.Generated()...)
	if err != nil {
		return res, nil // res was converted; the second conversion adds nothing to say
	}
	if err := write(all); err != nil {
		return res, err
	}
	var taken []string
	if s, err := build.Model(build.Options{Site: root.FS(), Theme: vestis.Theme()}); err == nil {
		for _, key := range hugoimport.Generated() {
			for _, p := range s.Pages {
				if p.ContentFile() != nil && p.FallbackOf == nil && p.URLPath == s.Config.LangRoot(p.Lang)+key+"/" {
					taken = append(taken, key)
					break
				}
			}
		}
	}
	if len(taken) > 0 {
		if moved, err := hugoimport.ConvertSite(cfg, fsys, taken...); err == nil {
			res = moved
		}
	}
	return res, write(res)
}
