package render

import (
	"html/template"
	"maps"
	"slices"
	"text/template/parse"
)

// parsedFiles are layout files, by name below layouts/, each parsed once.
// Every layout's set takes baseof and all partials; parsing them again for
// each layout (and again minified, and again as written for errors) was most
// of a small site's build. A set gets copies of the trees (add), as
// html/template escapes a tree in place when its set first executes it, and
// copying a tree costs a fraction of parsing its text.
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
		trees := map[string]*parse.Tree{}
		t := parse.New(name)
		t.Mode = parse.SkipFuncCheck
		if _, err := t.Parse(src, "", "", trees); err != nil {
			out[name] = &parsedFile{err: err}
			continue
		}
		out[name] = &parsedFile{trees: trees, names: slices.Sorted(maps.Keys(trees))}
	}
	return out
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

// add adds copies of the templates of the file name to set, as
// set.New(name).Parse(the file's text) does, and returns the file's own
// template. A template that is empty but for spaces and comments does not
// replace one set has already (text/template's rule), and is not added at
// all: html/template's AddParseTree would point its name at the empty one.
func (f parsedFiles) add(set *template.Template, name string) (*template.Template, error) {
	pf := f[name]
	if pf.err != nil {
		return nil, pf.err
	}
	for _, tname := range pf.names {
		tree := pf.trees[tname]
		if old := set.Lookup(tname); old != nil && old.Tree != nil && parse.IsEmptyTree(tree.Root) {
			continue
		}
		if _, err := set.AddParseTree(tname, tree.Copy()); err != nil {
			return nil, err
		}
	}
	return set.Lookup(name), nil
}
