package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"

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
		if cp == nil || p.FallbackOf != nil || cp.Kind == "home" || cp.Meta.URL != "" || len(s.Config.Permalinks[cp.Section]) > 0 && cp.Kind == "page" {
			continue
		}
		name := ""
		if cp.Kind == "page" {
			name = cmp.Or(cp.Meta.Slug, cp.Base)
		}
		hugo := hugoimport.HugoPath(s.Config.LangRoot(p.Lang), cp.Dir, name, keepCase)
		if s.Config.RemovePathAccents {
			hugo = hugoimport.WithoutAccents(hugo)
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
