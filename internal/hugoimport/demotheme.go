package hugoimport

import (
	"io/fs"
	"path"
)

// demoThemeDirs are the folders of a theme that vestis reads from
// themes/NAME/: what it publishes (static/), finds photos and files in
// (assets/), the shortcodes and partials it runs, the data they read
// (data/, below the site's) and the messages the import carries over
// (i18n/). Nothing else of the theme's folder is copied: its other layouts,
// which vestis does not run, and what Hugo never reads (docs, tests,
// package files, node_modules/).
var demoThemeDirs = []string{"static", "assets", "data", "i18n", "layouts/shortcodes", "layouts/_shortcodes", "layouts/partials", "layouts/_partials"}

// DemoTheme finds the theme of a theme's own example site: a site in a
// folder of the theme (exampleSite/, whose parent holds the theme's
// theme.toml) that names the theme while themes/NAME/ is not there, which
// Hugo builds with --themesDir ../.., or whose configuration says themesDir
// "../.." (then themes/NAME/ may be there: an earlier import's copy, whose
// files are kept): the theme is the folder the site is in. It returns the
// theme's name and the files of parent (the site's parent folder) to copy
// into themes/NAME/, so that the import and the build read them as any
// theme's; "" and none for any other site.
func DemoTheme(cfg map[string]any, site, parent fs.FS) (string, []string) {
	name, ok := cfg["theme"].(string)
	if list, isList := cfg["theme"].([]any); isList && len(list) == 1 {
		name, ok = list[0].(string)
	}
	if !ok || name == "" || !fs.ValidPath(name) || path.Base(name) != name || isModulePath(name) {
		return "", nil
	}
	dir := str(cfg["themesdir"])
	if dir != "" && path.Clean(dir) != "../.." {
		return "", nil
	}
	// A themes/NAME/ of the site's own is the theme Hugo reads, unless the
	// configuration says ../.. (there, it is an earlier import's copy).
	if _, err := fs.Stat(site, path.Join("themes", name)); err == nil && dir == "" {
		return "", nil
	}
	if info, err := fs.Stat(parent, "theme.toml"); err != nil || !info.Mode().IsRegular() {
		return "", nil
	}
	return name, themeFiles(parent)
}
