package render

import (
	"html/template"
	"maps"
	"slices"
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/compact"
)

// parsedFiles are layout files, by name below layouts/, each parsed once.
// Every layout's set takes baseof and all partials; parsing them again for
// each layout (and again minified, and again as written for errors) was most
// of a small site's build. A set gets copies of the trees (plan,
// Templates.template), as html/template escapes a tree in place when its set
// first executes it, and copying a tree costs a fraction of parsing its text.
type parsedFiles map[string]*parsedFile

// parsedFile is one file's templates: its own, under the file's name, and
// those it defines.
type parsedFile struct {
	trees map[string]*parse.Tree
	names []string // the keys of trees, sorted, so that sets are made alike
	// err is why the file does not parse (setErr: text/template's error,
	// with the functions of layouts known).
	err error
}

// parseFiles parses each file of sources without checking function names
// (unknownFuncs finds those that layouts lack, and load either refuses them
// or gives them stubs). A file that parses so parses the same way with its
// functions checked once they are known; for one that does not, setErr
// finds the error text/template's Parse gives.
func parseFiles(sources map[string]string) parsedFiles {
	out := make(parsedFiles, len(sources))
	for name, src := range sources {
		trees, err := compact.ParseLayout(name, src)
		out[name] = parsed(trees, err)
	}
	return out
}

// parsed is a file parsed into trees, or its error.
func parsed(trees map[string]*parse.Tree, err error) *parsedFile {
	if err != nil {
		return &parsedFile{err: err}
	}
	return &parsedFile{trees: trees, names: slices.Sorted(maps.Keys(trees))}
}

// setErr replaces the error of each file that does not parse by the one
// parsing it with the functions fm (and text/template's own) gives, as
// html/template's Parse would report it: a call of an unknown function
// before a syntax error is the error, as it has always been.
func (f parsedFiles) setErr(sources map[string]string, fm template.FuncMap) {
	known := make(map[string]any, len(builtins))
	for _, name := range builtins {
		known[name] = true
	}
	for name, pf := range f {
		if pf.err == nil {
			continue
		}
		if _, err := parse.Parse(name, sources[name], "", "", map[string]any(fm), known); err != nil {
			pf.err = err
		}
	}
}

// plan is the templates of one layout's set by name: the trees of baseof,
// the layout's file and the partials, in that order (add), never executed.
type plan map[string]*parse.Tree

// add puts the templates of a file into p, as set.New(name).Parse(the
// file's text) does into a set: a template replaces one of its name, unless
// it is empty but for spaces and comments (text/template's rule). It
// returns the file's error when it does not parse.
func (p plan) add(f *parsedFile) error {
	if f.err != nil {
		return f.err
	}
	for _, name := range f.names {
		tree := f.trees[name]
		if p[name] != nil && parse.IsEmptyTree(tree.Root) {
			continue
		}
		p[name] = tree
	}
	return nil
}

// trees are p's trees sorted by name.
func (p plan) trees() []*parse.Tree {
	out := make([]*parse.Tree, 0, len(p))
	for _, name := range slices.Sorted(maps.Keys(p)) {
		out = append(out, p[name])
	}
	return out
}
