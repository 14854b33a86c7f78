package hugoimport

import (
	"io/fs"
	"path"
	"slices"
	"strings"
)

// extendedParts are the parts of the LoveIt family's extended Markdown
// (site.yaml's markdown.extendedSyntax), each the theme's partial
// function/PART.html that makes it HTML; those but the escape are turned on
// by the site's params.page.PART (LoveIt's ruby, fraction, fontawesome),
// the escape is always made.
var extendedParts = []struct {
	part    string
	setting bool
}{{"escape", false}, {"fontawesome", true}, {"fraction", true}, {"ruby", true}}

// extendedSyntax is what site.yaml's markdown.extendedSyntax says of a site
// whose theme (one of themes, folders of themes/) is of the LoveIt family:
// the parts of its syntax the theme has a partial for, and the site's
// params.page turns on, else the theme's own configuration's (Hugo merges it
// below the site's); nil for other themes. What makes a part is the
// theme's partial, not its name: DoIt dropped the icons' (an error now), a
// fork may add others.
func extendedSyntax(fsys fs.FS, themes []string, params map[string]any) []string {
	var out []string
	for _, theme := range themes {
		root := path.Join("themes", theme)
		var defaults map[string]any // the theme's params, read when needed
		read := false
		for _, p := range extendedParts {
			if !hasPartial(fsys, root, "function/"+p.part+".html") {
				continue
			}
			if p.setting {
				on, set := pageSetting(params, p.part)
				if !set {
					if !read {
						defaults, read = themeParams(fsys, root), true
					}
					on, _ = pageSetting(defaults, p.part)
				}
				if !on {
					continue
				}
			}
			if !slices.Contains(out, p.part) {
				out = append(out, p.part)
			}
		}
	}
	return out
}

// hasPartial reports whether the theme at root has the partial name, in
// layouts/partials/ or Hugo 0.146's layouts/_partials/.
func hasPartial(fsys fs.FS, root, name string) bool {
	for _, dir := range []string{"layouts/partials", "layouts/_partials"} {
		if info, err := fs.Stat(fsys, path.Join(root, dir, name)); err == nil && info.Mode().IsRegular() {
			return true
		}
	}
	return false
}

// pageSetting is params.page.KEY (in any letter case, as Hugo reads
// params) when it is true or false.
func pageSetting(params map[string]any, key string) (on, set bool) {
	page, _ := param(params, "page").(map[string]any)
	on, set = param(page, key).(bool)
	return on, set
}

// param is m's value at key in any letter case.
func param(m map[string]any, key string) any {
	if v, ok := m[key]; ok {
		return v
	}
	for k, v := range m {
		if strings.EqualFold(k, key) {
			return v
		}
	}
	return nil
}

// themeParams are the params of the theme's own configuration at root
// (hugo.toml, config.toml ...), nil when it has none that reads.
func themeParams(fsys fs.FS, root string) map[string]any {
	sub, err := fs.Sub(fsys, root)
	if err != nil {
		return nil
	}
	cfg, _, err := Load(sub)
	if err != nil {
		return nil
	}
	params, _ := cfg["params"].(map[string]any)
	return params
}
