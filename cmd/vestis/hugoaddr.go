package main

import (
	"cmp"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	"github.com/vestis-ssg/vestis/internal/hugoimport"
)

// keepHugoAddresses gives each page whose vestis address differs from the
// one Hugo gave it (Hugo keeps the letters of every script in addresses:
// /de/über-straße/, where vestis writes /de/uber-strasse/) an alias with
// Hugo's, in its front matter, so that old links lead to it. Pages with a
// url, or in a section with a permalink pattern, keep the address they set.
// It reports what it did, and what it left for the user.
func keepHugoAddresses(root *os.Root, keepCase bool, stdout io.Writer) {
	fsys := root.FS()
	s, err := build.Model(build.Options{Site: fsys, Theme: vestis.Theme()})
	if err != nil {
		fmt.Fprintf(stdout, "addresses: not compared with Hugo's, as the site does not load yet (vestis build says why)\n")
		return
	}
	taken := map[string]bool{}
	for _, p := range s.Pages {
		taken[p.URLPath] = true
		for _, a := range p.Aliases {
			taken[a] = true
		}
	}
	var added, left []string
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
		if taken[hugo] {
			continue // the page's own address, or another output's
		}
		taken[hugo] = true
		if strings.EqualFold(hugo, p.URLPath) {
			// One folder cannot hold both on macOS and Windows: vestis refuses such aliases.
			left = append(left, fmt.Sprintf("%s: Hugo's address %s differs from %s in case only; give the page url: %s to keep it", cp.File, hugo, p.URLPath, hugo))
			continue
		}
		data, err := fs.ReadFile(fsys, cp.File)
		if err == nil {
			var out []byte
			if out, err = hugoimport.AddAlias(data, hugo); err == nil {
				err = root.WriteFile(cp.File, out, 0o644)
			}
		}
		if err != nil {
			left = append(left, fmt.Sprintf("%s: %v", cp.File, unwrapPath(err)))
			continue
		}
		added = append(added, fmt.Sprintf("%s: %s (was %s)", cp.File, p.URLPath, hugo))
	}
	if len(added) == 0 && len(left) == 0 {
		fmt.Fprintf(stdout, "addresses: every page has the address Hugo gave it\n")
		return
	}
	if len(added) > 0 {
		fmt.Fprintf(stdout, "addresses: %d pages have an address other than Hugo's; their front matter now has Hugo's as an alias, which redirects:\n", len(added))
		for _, a := range added {
			fmt.Fprintf(stdout, "  %s\n", a)
		}
	}
	if len(left) > 0 {
		fmt.Fprintf(stdout, "addresses: %d pages have an address other than Hugo's and were left as they are:\n", len(left))
		for _, l := range left {
			fmt.Fprintf(stdout, "  %s\n", l)
		}
	}
}
