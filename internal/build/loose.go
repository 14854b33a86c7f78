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
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// looseFiles are the files of content/ that are neither pages nor a
// bundle's (a PDF beside a section's pages, as letsencrypt.org keeps its
// documents), published as Hugo publishes them: at their place below the
// default language's root; one named for a language (plan.de.pdf) at its
// place below that language's root, as plan.pdf. A file beside the _index
// files of a section (or of the home page) is, as in Hugo, that list page's
// in each of their languages: at its place below each one's root too.
func looseFiles(fsys fs.FS, cfg *config.Config) ([]render.Output, error) {
	var outs []render.Output
	roots := cfg.ContentRoots()
	for _, r := range roots {
		o, err := looseFilesIn(fsys, cfg, r, roots)
		if err != nil {
			return nil, err
		}
		outs = append(outs, o...)
	}
	return outs, nil
}

// looseFilesIn are the loose files of one content folder, root: those of
// a language's own folder (contentDir) are its language's.
func looseFilesIn(fsys fs.FS, cfg *config.Config, root config.ContentRoot, roots []config.ContentRoot) ([]render.Output, error) {
	files := map[string][]string{}
	bundles := map[string]bool{}
	langs := cfg.LanguageCodes()
	lists := map[string][]string{} // folder -> the languages of its _index files
	err := fs.WalkDir(fsys, root.Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == root.Dir {
				return fs.SkipDir
			}
			return nil // content.Load reports it
		}
		name := d.Name()
		if p != root.Dir && (strings.HasPrefix(name, ".") || sitefs.Transient(name)) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root.Dir && d.IsDir() && slices.ContainsFunc(roots, func(r config.ContentRoot) bool { return r.Dir == p }) {
			return fs.SkipDir // another language's folder
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil // links and the like: content.Load reports them
		}
		dir := path.Dir(p)
		if content.IsBundleIndex(name) {
			bundles[dir] = true
		}
		if isListIndex(name) {
			_, lang := content.ResourceName(name, langs)
			lists[dir] = append(lists[dir], cmp.Or(lang, root.Lang, cfg.DefaultLanguage))
		}
		if !content.IsPageFile(name) || content.IsHTML(name) && !content.IsBundleIndex(name) && rawHTML(fsys, p) {
			files[dir] = append(files[dir], name)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var outs []render.Output
	for _, dir := range slices.Sorted(mapKeys(files)) {
		if inBundle(dir, bundles) {
			continue
		}
		rel := root.Path(dir)
		own := map[string]bool{} // "lang\x00plain" of the files named for a language
		for _, name := range files[dir] {
			if plain, lang := content.ResourceName(name, langs); lang != "" {
				own[lang+"\x00"+plain] = true
			}
		}
		for _, name := range files[dir] {
			plain, lang := content.ResourceName(name, langs)
			in := []string{cmp.Or(lang, root.Lang, cfg.DefaultLanguage)}
			if lang == "" {
				in = slices.Compact(slices.Sorted(slices.Values(append(in, lists[dir]...))))
			}
			for _, l := range in {
				if lang == "" && own[l+"\x00"+plain] {
					continue // the language's own file (plan.de.pdf) is published there
				}
				outs = append(outs, render.Output{Path: strings.TrimPrefix(path.Join(cfg.LangRoot(l), rel, plain), "/"), Src: path.Join(dir, name)})
			}
		}
	}
	return outs, nil
}

// isListIndex reports whether name is a list page's content file (_index.md,
// _index.de.md): the loose files beside it are published in its languages.
func isListIndex(name string) bool {
	stem, ok := content.TrimExt(name)
	return ok && (stem == "_index" || strings.HasPrefix(stem, "_index."))
}

// rawHTML reports whether the .html content file p has no front matter,
// which makes it a loose file, not a page (content.RawHTML).
func rawHTML(fsys fs.FS, p string) bool {
	data, err := sitefs.ReadFile(fsys, p, sitefs.MaxSize)
	return err == nil && content.RawHTML(data)
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

// listCopied returns copiedFiles, in a Builder the list it made last time
// when no save since could change it (keepCopied): listing static/ and
// content/ again was a twentieth of a rebuild at 10,000 files. The caller
// may append to what it returns.
func (st *state) listCopied() ([]render.Output, error) {
	if st.copied != nil {
		return slices.Clip(st.copied), nil
	}
	outs, err := copiedFiles(st.fsys, st.cfg)
	if err != nil {
		return nil, err
	}
	if st.siteCache != nil {
		st.copied = slices.Clip(outs)
		if st.copied == nil {
			st.copied = []render.Output{}
		}
	}
	return outs, nil
}

// keepCopied forgets the list of copied files unless every path saved is
// a content page file that is no bundle's index (so no folder became or
// stopped being a bundle), no list page's file and no .html file, and was no
// folder with listed files in it: such a save adds or removes no copied file.
func (st *state) keepCopied(saved []string) {
	for _, p := range saved {
		if !st.keepsCopied(p) {
			st.copied = nil
			return
		}
	}
}

func (st *state) keepsCopied(p string) bool {
	if _, ok := st.cfg.ContentRootOf(p); !ok {
		return false // static/, or a content folder itself
	}
	name := path.Base(p)
	if !content.IsPageFile(name) || content.IsBundleIndex(name) || isListIndex(name) || content.IsHTML(name) {
		// The loose files beside it are a bundle's, or a list page's in its
		// languages; an .html file without front matter is a loose file (rawHTML).
		return false
	}
	info, err := fs.Lstat(st.opts.Site, p)
	switch {
	case err == nil:
		return info.Mode().IsRegular()
	case !errors.Is(err, fs.ErrNotExist):
		return false
	}
	// Gone: a folder named like a page file may have held listed files.
	return !slices.ContainsFunc(st.copied, func(o render.Output) bool { return strings.HasPrefix(o.Src, p+"/") })
}
