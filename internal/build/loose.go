package build

import (
	"cmp"
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/render"
)

// looseFiles are the files of content/ that are neither pages nor a
// bundle's (a PDF beside a section's pages, as letsencrypt.org keeps its
// documents), published as Hugo publishes them: at their place below the
// default language's root; one named for a language (plan.de.pdf) at its
// place below that language's root, as plan.pdf.
func looseFiles(fsys fs.FS, cfg *config.Config) ([]render.Output, error) {
	files := map[string][]string{}
	bundles := map[string]bool{}
	err := fs.WalkDir(fsys, "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == "content" {
				return fs.SkipDir
			}
			return nil // content.Load reports it
		}
		name := d.Name()
		if p != "content" && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "#") || strings.HasSuffix(name, "~")) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil // links and the like: content.Load reports them
		}
		dir := path.Dir(p)
		if content.IsBundleIndex(name) {
			bundles[dir] = true
		}
		if !content.IsPageFile(name) {
			files[dir] = append(files[dir], name)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	langs := cfg.LanguageCodes()
	var outs []render.Output
	for _, dir := range slices.Sorted(mapKeys(files)) {
		if inBundle(dir, bundles) {
			continue
		}
		for _, name := range files[dir] {
			plain, lang := content.ResourceName(name, langs)
			root := cfg.LangRoot(cmp.Or(lang, cfg.DefaultLanguage))
			rel := strings.TrimPrefix(strings.TrimPrefix(dir, "content"), "/")
			outs = append(outs, render.Output{Path: strings.TrimPrefix(path.Join(root, rel, plain), "/"), Src: path.Join(dir, name)})
		}
	}
	return outs, nil
}

// inBundle reports whether dir is a leaf bundle or a folder below one.
func inBundle(dir string, bundles map[string]bool) bool {
	for d := dir; d != "." && d != "/" && d != ""; d = path.Dir(d) {
		if bundles[d] {
			return true
		}
	}
	return false
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// copiedFiles are the files published as they are: static/ and the loose
// files of content/.
func copiedFiles(fsys fs.FS, cfg *config.Config) ([]render.Output, error) {
	static, err := staticFiles(fsys)
	if err != nil {
		return nil, err
	}
	loose, err := looseFiles(fsys, cfg)
	if err != nil {
		return nil, err
	}
	return append(static, loose...), nil
}
