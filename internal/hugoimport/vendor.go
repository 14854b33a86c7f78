package hugoimport

import (
	"bufio"
	"bytes"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// VendoredModule is a Hugo module whose files are on this computer, read
// as a Hugo theme: one the site holds in _vendor/ (what `hugo mod vendor`
// writes: each module's folders at _vendor/PATH/, listed in
// _vendor/modules.txt), or one go.mod's replace or Hugo's
// module.replacements reads from a folder (a theme's demo site's
// "replace github.com/x/theme => ../"), which Hugo reads instead of
// downloading it.
type VendoredModule struct {
	// Path is the module's path (github.com/gethinode/hinode); Theme the
	// folder of themes/ the import copies it into, read as a Hugo theme.
	Path, Theme string
	// Dir is the folder the module is read from, as the site names it
	// (_vendor/github.com/gethinode/hinode, ../), and From its files.
	Dir  string
	From fs.FS
	// Files are the files of Dir vestis reads of a theme (demoThemeDirs),
	// relative to that folder.
	Files []string
	// Replaced is whether the folder is a replacement's, not _vendor/'s;
	// Enclosing, that it is the module of a folder the site is in (a
	// theme's example site naming it by module path: bilberry's), which
	// Hugo reads with a replacement given on its command line.
	Replaced, Enclosing bool
}

// VendoredModules are the modules of the site's _vendor/ that hold
// something vestis reads, in the order modules.txt lists them (the order
// in which Hugo reads them, the first winning); a module path the site's
// configuration imports or names as its theme, not in modules.txt, is
// found in _vendor/ too. None when the site has no _vendor/.
func VendoredModules(cfg map[string]any, site fs.FS) []VendoredModule {
	var paths []string
	if data, err := fs.ReadFile(site, "_vendor/modules.txt"); err == nil {
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) >= 2 && fields[0] == "#" && isModulePath(fields[1]) {
				paths = append(paths, fields[1])
			}
		}
	}
	paths = append(paths, moduleImports(cfg)...)
	return collectModules(paths, nil, func(p string) (string, fs.FS) {
		dir := path.Join("_vendor", p)
		if !fs.ValidPath(dir) {
			return "", nil
		}
		if info, err := fs.Stat(site, dir); err != nil || !info.IsDir() {
			return "", nil
		}
		sub, err := fs.Sub(site, dir)
		if err != nil {
			return "", nil
		}
		return dir, sub
	})
}

// LocalModules are the modules the site imports or names as its theme
// that Hugo reads from a folder on this computer, named by go.mod's
// replace or module.replacements (Hugo Theme Stack's and Hextra's demo
// sites: "replace github.com/x/theme => ../"), and that hold something
// vestis reads, in the order the configuration names them; those of
// vendored (already read from _vendor/, which Hugo prefers) are left out.
// open gives the files of such a folder, named as the site names it,
// relative to the site's folder (it may be outside it).
func LocalModules(cfg map[string]any, site fs.FS, open func(dir string) (fs.FS, error), vendored []VendoredModule) []VendoredModule {
	replaced := localReplacements(site, cfg)
	enclosing := map[string]bool{}
	var paths []string
	for _, p := range moduleImports(cfg) {
		if _, ok := replaced[p]; !ok {
			if dir := enclosingModule(p, open); dir != "" {
				replaced[p], enclosing[p] = dir, true
			}
		}
		if _, ok := replaced[p]; ok {
			paths = append(paths, p)
		}
	}
	mods := collectModules(paths, vendored, func(p string) (string, fs.FS) {
		dir := replaced[p]
		from, err := open(dir)
		if err != nil {
			return "", nil
		}
		if info, err := fs.Stat(from, "."); err != nil || !info.IsDir() {
			return "", nil
		}
		return dir, from
	})
	for i := range mods {
		mods[i].Replaced, mods[i].Enclosing = true, enclosing[mods[i].Path]
	}
	return mods
}

// enclosingModule is the folder above the site (.. or ../..) whose go.mod
// declares module p, "" when there is none: a theme's example site that
// names its theme by module path, the theme being the folder it is in.
func enclosingModule(p string, open func(dir string) (fs.FS, error)) string {
	for _, dir := range []string{"..", "../.."} {
		from, err := open(dir)
		if err != nil {
			continue
		}
		data, err := sitefs.ReadText(from, "go.mod", sitefs.MaxSize)
		if err != nil {
			continue
		}
		for line := range strings.Lines(string(data)) {
			if fields := strings.Fields(line); len(fields) >= 2 && fields[0] == "module" {
				if strings.Trim(fields[1], `"`) == p {
					return dir
				}
				break
			}
		}
	}
	return ""
}

// collectModules are the modules of paths that find locates (the folder as
// the site names it, and its files) and that hold something vestis reads,
// each once and not one of taken, each with a theme name of its own.
func collectModules(paths []string, taken []VendoredModule, find func(p string) (string, fs.FS)) []VendoredModule {
	var out []VendoredModule
	names := map[string]bool{}
	for _, m := range taken {
		names[m.Theme] = true
	}
	has := func(list []VendoredModule, p string) bool {
		return slices.ContainsFunc(list, func(m VendoredModule) bool { return m.Path == p })
	}
	for _, p := range paths {
		if has(out, p) || has(taken, p) {
			continue
		}
		dir, from := find(p)
		if from == nil {
			continue
		}
		files := themeFiles(from)
		if len(files) == 0 {
			continue
		}
		name := moduleTheme(p, names)
		names[name] = true
		out = append(out, VendoredModule{Path: p, Theme: name, Dir: dir, From: from, Files: files})
	}
	return out
}

// moduleTheme is the folder of themes/ for the module path p: its last
// element (hinode), without a major version's (hugo-theme-stack for
// github.com/CaiJimmy/hugo-theme-stack/v3), with the elements before it
// where another module took that name (taken).
func moduleTheme(p string, taken map[string]bool) string {
	rest := p
	if isMajorVersion(path.Base(rest)) && path.Dir(rest) != "." {
		rest = path.Dir(rest)
	}
	name := path.Base(rest)
	for rest = path.Dir(rest); taken[name] && rest != "."; rest = path.Dir(rest) {
		name = path.Base(rest) + "-" + name
	}
	return name
}

// isMajorVersion reports whether elem is a Go module path's major version
// suffix: v2, v3, ...
func isMajorVersion(elem string) bool {
	if len(elem) < 2 || elem[0] != 'v' {
		return false
	}
	for _, r := range elem[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// moduleImports are the module paths of the site's module.imports and of
// its theme, in that order.
func moduleImports(cfg map[string]any) []string {
	var out []string
	module, _ := cfg["module"].(map[string]any)
	imports, _ := module["imports"].([]any)
	for _, x := range imports {
		imp, _ := x.(map[string]any)
		if p := str(imp["path"]); isModulePath(p) {
			out = append(out, p)
		}
	}
	for _, t := range themeNames(cfg["theme"]) {
		if isModulePath(t) {
			out = append(out, t)
		}
	}
	return out
}

// themeNames are the names of Hugo's theme setting, one or a list.
func themeNames(theme any) []string {
	switch t := theme.(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, v := range t {
			out = append(out, str(v))
		}
		return out
	}
	return nil
}

// themeFiles are the files of a theme's folder vestis reads
// (demoThemeDirs), sorted.
func themeFiles(theme fs.FS) []string {
	var files []string
	for _, dir := range demoThemeDirs {
		fs.WalkDir(theme, dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				files = append(files, p)
			}
			return nil
		})
	}
	slices.Sort(files)
	return files
}

// WithVendored is cfg with the vendored modules as Hugo themes of
// themes/, after the site's own themes of themes/, as Hugo reads a site's
// folders before its modules': their paths are left out of module.imports
// and theme, so that they are read as the themes they are copied into.
func WithVendored(cfg map[string]any, mods []VendoredModule) map[string]any {
	vendored := map[string]bool{}
	for _, m := range mods {
		vendored[m.Path] = true
	}
	out := maps.Clone(cfg)
	var themes []any
	for _, t := range themeNames(cfg["theme"]) {
		if t != "" && !vendored[t] {
			themes = append(themes, t)
		}
	}
	for _, m := range mods {
		themes = append(themes, m.Theme)
	}
	out["theme"] = themes
	if module, ok := cfg["module"].(map[string]any); ok {
		module = maps.Clone(module)
		if imports, ok := module["imports"].([]any); ok {
			module["imports"] = slices.DeleteFunc(slices.Clone(imports), func(x any) bool {
				imp, _ := x.(map[string]any)
				return vendored[str(imp["path"])]
			})
		}
		out["module"] = module
	}
	return out
}
