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
	// Undeclared is the language suffix of a name whose language is not in
	// site.yaml ("fr" of "x.fr.md"): as in Hugo, the suffix is then part of
	// the page's name, in the default language.
	Undeclared string
	// Recased is the suffix as written when it names a language in other
	// letter case ("zh-Hans" of "x.zh-Hans.md" for zh-hans): the file is
	// that language's, where Hugo, which reads suffixes in lower case only,
	// leaves it out.
	Recased string
}

// langOf is the language of langs a file name's suffix names, in any letter
// case (Hugo's language codes are lower case; themes write zh-Hans).
func langOf(langs []string, suffix string) (string, bool) {
	if slices.Contains(langs, suffix) {
		return suffix, true
	}
	for _, l := range langs {
		if strings.EqualFold(l, suffix) {
			return l, true
		}
	}
	return "", false
}

// ParseFilename splits a content file name such as "2023-mit.lv.md" into its base
// and language. A name without a language suffix belongs to defLang; so does
// one whose suffix is a language tag not in langs, as in Hugo: the suffix is
// then part of its base, and Undeclared.
func ParseFilename(name string, langs []string, defLang string) (Name, error) {
	stem, ok := TrimExt(path.Base(name))
	if !ok {
		return Name{}, fmt.Errorf("not a content file (.md, .markdown or .html)")
	}
	n := Name{Base: stem, Lang: defLang}
	if i := strings.LastIndexByte(stem, '.'); i >= 0 {
		suffix := stem[i+1:]
		if lang, ok := langOf(langs, suffix); ok {
			n.Base, n.Lang = stem[:i], lang
			if lang != suffix {
				n.Recased = suffix
			}
		} else if looksLikeLanguage(suffix) {
			n.Undeclared = suffix
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
// "x.de.md" is named (Name.Undeclared) while "v1.2.md" or "report.final.md"
// are plain names.
func looksLikeLanguage(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	_, err := language.Parse(s)
	return err == nil
}

// Exts are the extensions of content files: .md, and .markdown, .mdown,
// .html and .htm, which Hugo reads too. An .html or .htm file's body is
// HTML, published as written.
var Exts = []string{".md", ".markdown", ".mdown", ".html", ".htm"}

// otherFormats are the content formats Hugo makes pages of with other
// converters (its hugofs/files), by extension, which vestis does not read.
var otherFormats = map[string]string{
	".adoc": "AsciiDoc", ".asciidoc": "AsciiDoc", ".ad": "AsciiDoc",
	".rst": "reStructuredText", ".rest": "reStructuredText",
	".org": "Org", ".pandoc": "Pandoc", ".pdc": "Pandoc", ".mmark": "Mmark",
}

// OtherFormat is the name of the format of a content file Hugo would make a
// page of and vestis cannot ("Org" for notes.org), "" for any other file.
func OtherFormat(name string) string { return otherFormats[path.Ext(name)] }

// IsPageFile reports whether name is a content file's name.
func IsPageFile(name string) bool {
	_, ok := TrimExt(name)
	return ok
}

// IsHTML reports whether name is an HTML content file's name, whose body is
// not Markdown.
func IsHTML(name string) bool {
	return strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".htm")
}

// IsBundleIndex reports whether a content file's name is a bundle's index
// (index.md, index.en.html): its folder is a bundle.
func IsBundleIndex(name string) bool { return isIndex(name) }

// isIndex reports whether a content file's name is a bundle's index
// (index.md, index.en.html).
func isIndex(name string) bool {
	stem, ok := TrimExt(name)
	return ok && (stem == "index" || strings.HasPrefix(stem, "index."))
}

// TrimExt returns name without its content file extension, and whether it had one.
func TrimExt(name string) (string, bool) {
	for _, ext := range Exts {
		if stem, ok := strings.CutSuffix(name, ext); ok {
			return stem, true
		}
	}
	return name, false
}

// ResourceName is the name under which a bundle's file is published, and the
// language whose page it belongs to ("" for every language): as in Hugo,
// photo.de.webp is the German page's photo.webp, which it shows instead of the
// photo.webp the bundle has for the other languages. A suffix that is not in
// langs is part of the name.
func ResourceName(name string, langs []string) (string, string) {
	dir, file := path.Split(name)
	ext := path.Ext(file)
	stem := strings.TrimSuffix(file, ext)
	i := strings.LastIndexByte(stem, '.')
	if i <= 0 {
		return name, ""
	}
	lang, ok := langOf(langs, stem[i+1:])
	if !ok {
		return name, ""
	}
	return dir + stem[:i] + ext, lang
}

// InDisabledLanguage reports whether a content folder's file is in one of
// disabled, Hugo's disableLanguages, by its suffix ("x.de.md",
// "photo.de.webp"): Hugo reads no such file, nor does vestis.
func InDisabledLanguage(name string, disabled []string) bool {
	if len(disabled) == 0 {
		return false
	}
	stem, ok := TrimExt(path.Base(name))
	if !ok {
		stem = strings.TrimSuffix(path.Base(name), path.Ext(name))
	}
	i := strings.LastIndexByte(stem, '.')
	if i <= 0 {
		return false
	}
	_, ok = langOf(disabled, stem[i+1:])
	return ok
}
