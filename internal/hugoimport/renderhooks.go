package hugoimport

import (
	"io/fs"
	"path"
	"slices"
	"strings"
)

// RenderHooks are the Markdown render hooks of the Hugo site and of its
// themes (layouts/_markup/render-image.html, layouts/_default/_markup/, a
// content type's layouts/TYPE/_markup/), which Hugo runs for every image,
// link, heading or code block of the pages and vestis does not: the import
// names them, so that a reader knows why a caption or a diagram is not
// there. Each is a path in the site's folder, site's first.
func RenderHooks(site fs.FS, themes []string) []string {
	roots := []string{"layouts"}
	for _, theme := range themes {
		roots = append(roots, path.Join("themes", theme, "layouts"))
	}
	var out []string
	for _, root := range roots {
		if !fs.ValidPath(root) {
			continue
		}
		dirs := []string{path.Join(root, "_markup")}
		entries, _ := fs.ReadDir(site, root)
		for _, e := range entries {
			if e.IsDir() && e.Name() != "_markup" {
				dirs = append(dirs, path.Join(root, e.Name(), "_markup"))
			}
		}
		for _, dir := range dirs {
			hooks, _ := fs.ReadDir(site, dir)
			for _, h := range hooks {
				if strings.HasPrefix(h.Name(), "render-") && h.Type().IsRegular() {
					out = append(out, path.Join(dir, h.Name()))
				}
			}
		}
	}
	return slices.Compact(out)
}
