package hugoimport

import (
	"bufio"
	"bytes"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
)

// VendoredModule is a Hugo module the site holds in _vendor/ (what
// `hugo mod vendor` writes: each module's folders at _vendor/PATH/, listed
// in _vendor/modules.txt), which Hugo reads there instead of downloading it.
type VendoredModule struct {
	// Path is the module's path (github.com/gethinode/hinode); Theme the
	// folder of themes/ the import copies it into, read as a Hugo theme.
	Path, Theme string
	// Files are the files of _vendor/PATH/ vestis reads of a theme
	// (demoThemeDirs), relative to that folder.
	Files []string
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
	var out []VendoredModule
	names := map[string]bool{}
	for _, p := range paths {
		dir := path.Join("_vendor", p)
		if !fs.ValidPath(dir) || slices.ContainsFunc(out, func(m VendoredModule) bool { return m.Path == p }) {
			continue
		}
		if info, err := fs.Stat(site, dir); err != nil || !info.IsDir() {
			continue
		}
		sub, err := fs.Sub(site, dir)
		if err != nil {
			continue
		}
		files := themeFiles(sub)
		if len(files) == 0 {
			continue
		}
		// The theme's folder: the path's last element (hinode), or with the
		// elements before it where another module took that name.
		name := path.Base(p)
		for rest := path.Dir(p); names[name] && rest != "."; rest = path.Dir(rest) {
			name = path.Base(rest) + "-" + name
		}
		names[name] = true
		out = append(out, VendoredModule{Path: p, Theme: name, Files: files})
	}
	return out
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
