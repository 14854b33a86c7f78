package archetype

import (
	"io/fs"
	"path"
	"strings"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
)

// IsBundle reports whether the content file p is a bundle's page
// (index.lv.md), whose translations are files of the bundle too.
func IsBundle(p string, cfg *config.Config) bool {
	n, err := content.ParseFilename(p, cfg.LanguageCodes(), cfg.DefaultLanguage)
	return err == nil && n.Leaf
}

// SameAddress is the page file in the folder of p, the new file of page n
// in lang, that is lang's page under another name whose address is the
// one n's name makes (site.yaml's slugs: ā and a, "A b" and a-b); "" when
// there is none.
func (n Name) SameAddress(site fs.FS, cfg *config.Config, lang, p string) string {
	dir := path.Dir(p)
	if n.Bundle {
		dir = path.Dir(dir)
	}
	def := cfg.DefaultLanguage
	if inFolder(p, n.Folders) {
		def = lang // a language's own folder: its files have no suffix
	}
	all := cfg.LanguageCodes()
	want := cfg.Slug(n.Base)
	entries, _ := fs.ReadDir(site, dir)
	for _, e := range entries {
		if !e.IsDir() {
			f, err := content.ParseFilename(e.Name(), all, def)
			if err == nil && !f.Index && !f.Leaf && f.Lang == lang && f.Base != n.Base && cfg.Slug(f.Base) == want {
				return path.Join(dir, e.Name())
			}
			continue
		}
		if e.Name() == n.Base || cfg.Slug(e.Name()) != want {
			continue
		}
		files, _ := fs.ReadDir(site, path.Join(dir, e.Name()))
		for _, g := range files {
			f, err := content.ParseFilename(g.Name(), all, def)
			if err == nil && !g.IsDir() && (f.Leaf || f.Index) && f.Lang == lang {
				return path.Join(dir, e.Name(), g.Name())
			}
		}
	}
	return ""
}

// inFolder reports whether p is in one of folders.
func inFolder(p string, folders map[string]string) bool {
	for _, dir := range folders {
		if strings.HasPrefix(p, dir+"/") {
			return true
		}
	}
	return false
}
