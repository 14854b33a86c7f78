package content

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// Name is what a content file's name says about the page.
type Name struct {
	Base  string // the name without language suffix and extension: "2023-mit", "index", "_index"
	Lang  string
	Index bool // _index: a home or section page
	Leaf  bool // index: the page of a bundle
}

// ParseFilename splits a content file name such as "2023-mit.lv.md" into its base
// and language. A name without a language suffix belongs to defLang; a suffix that
// is a language tag not in langs is an error.
func ParseFilename(name string, langs []string, defLang string) (Name, error) {
	stem, ok := TrimExt(path.Base(name))
	if !ok {
		return Name{}, fmt.Errorf("not a Markdown file")
	}
	n := Name{Base: stem, Lang: defLang}
	if i := strings.LastIndexByte(stem, '.'); i >= 0 {
		suffix := stem[i+1:]
		switch {
		case slices.Contains(langs, suffix):
			n.Base, n.Lang = stem[:i], suffix
		case looksLikeLanguage(suffix):
			return Name{}, fmt.Errorf("language %q is not in site.yaml languages (%s)", suffix, strings.Join(langs, ", "))
		}
	}
	if n.Base == "" {
		return Name{}, fmt.Errorf("file name has no base before the language suffix")
	}
	n.Index = n.Base == "_index"
	n.Leaf = n.Base == "index"
	return n, nil
}

// looksLikeLanguage reports whether s is a known language tag, so that
// "x.de.md" is refused while "v1.2.md" or "report.final.md" are plain names.
func looksLikeLanguage(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	_, err := language.Parse(s)
	return err == nil
}

// Exts are the extensions of Markdown content files: .md, and .markdown, which
// Hugo reads too.
var Exts = []string{".md", ".markdown"}

// IsPageFile reports whether name is a Markdown content file's name.
func IsPageFile(name string) bool {
	_, ok := TrimExt(name)
	return ok
}

// TrimExt returns name without its Markdown extension, and whether it had one.
func TrimExt(name string) (string, bool) {
	for _, ext := range Exts {
		if stem, ok := strings.CutSuffix(name, ext); ok {
			return stem, true
		}
	}
	return name, false
}
