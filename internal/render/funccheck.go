package render

import (
	"fmt"
	"html/template"
	"maps"
	"slices"
	"strings"
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/valuesize"
)

// builtins are text/template's own functions, which every layout has.
var builtins = []string{"and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne"}

// unknownFunc is a call of a function layouts do not have.
type unknownFunc struct {
	node parse.Node // the call, for its place
	name string
	hint string // what layouts have instead
}

// err is the mistake in the layouts folder dir.
func (u unknownFunc) err(dir string) *diag.Diagnostic {
	return diag.At(dir, u.node, "function %q is not one of vestis layouts'; %s", u.name, u.hint)
}

// unknownFuncs finds the calls, in the templates of one layout file (trees,
// parsed without checking functions: parseFiles), of functions that layouts
// do not have (have), each with what to write instead: text/template's own
// message ("function "partial" not defined") leaves a Hugo user guessing. A
// file that does not parse (no trees) is left to the real parse to report.
func unknownFuncs(trees map[string]*parse.Tree, have map[string]bool) []unknownFunc {
	var out []unknownFunc
	for _, tname := range slices.Sorted(maps.Keys(trees)) {
		tree := trees[tname]
		diag.Inspect(tree.Root, func(n parse.Node) {
			cmd, ok := n.(*parse.CommandNode)
			if !ok {
				return
			}
			for i, arg := range cmd.Args {
				var fields []string
				if c, ok := arg.(*parse.ChainNode); ok {
					arg, fields = c.Node, c.Field // lang.FormatNumber: Hugo's namespace lang
				}
				id, ok := arg.(*parse.IdentifierNode)
				if !ok || have[id.Ident] {
					continue
				}
				hint := fmt.Sprintf("layouts have Go's template functions and %s (docs/templates.md)", strings.Join(layoutFuncs(have), ", "))
				if id.Ident == "site" {
					// Hugo's site.Title: a layout's dot holds the site.
					read := "Title"
					if len(fields) > 0 {
						read = strings.Join(fields, ".")
					}
					hint = fmt.Sprintf("a layout reads the site as .Site, as in {{ .Site.%s }} ($.Site inside {{ with }} and {{ range }})", read)
				}
				if id.Ident == "partial" {
					partial := "NAME.html"
					if i+1 < len(cmd.Args) {
						if s, ok := cmd.Args[i+1].(*parse.StringNode); ok {
							partial = strings.TrimPrefix(s.Text, "partials/")
						}
					}
					hint = fmt.Sprintf("a layout calls a partial with {{ template \"partials/%s\" . }}, or partialCached \"partials/%s\" . KEY to render it once", partial, partial)
				}
				out = append(out, unknownFunc{id, id.Ident, hint})
			}
		})
	}
	return out
}

// inLayout is the mistake of a partial that the layout file name runs.
func (u unknownFunc) inLayout(dir, name string) *diag.Diagnostic {
	return diag.At(dir, u.node, "%s is a function of shortcodes and the partials they call, not of layouts, and layouts/%s runs this partial; %s", u.name, name, u.hint)
}

// layoutStubCalls are the calls of functions layouts do not have (have) in
// the partials that plan, a layout's, may run, branches no page takes
// included: each stands for a stub that would fail on the first page that
// took it. A partial named by a value may be any, so nothing is said then
// (the stub says it on the page).
func layoutStubCalls(p plan, have map[string]bool) []unknownFunc {
	_, called, dynamic := viewTemplates(p.trees())
	if dynamic {
		return nil
	}
	run := map[string]*parse.Tree{}
	for name, tree := range p {
		if called[name] && strings.HasPrefix(tree.ParseName, "partials/") {
			run[name] = tree
		}
	}
	return unknownFuncs(run, have)
}

// stub stands for a function that layouts do not have but a partial calls:
// partials are shortcodes' too, which have Hugo's functions, so a partial
// only shortcodes call must not stop the layouts from loading. A layout
// that runs it fails at the call, saying what to write instead.
func stub(name, hint string) any {
	if name == "partial" {
		return func(partial string, _ ...any) (template.HTML, error) {
			partial = strings.TrimPrefix(partial, "partials/")
			return "", fmt.Errorf("partial %q: layouts call a partial with {{ template \"partials/%s\" . }}; partial is for shortcodes and the partials they call", partial, partial)
		}
	}
	return func(...any) (string, error) {
		return "", fmt.Errorf("%s is not one of vestis layouts' functions, only of shortcodes and the partials they call; %s", name, hint)
	}
}

// layoutFuncs are the functions layouts have beyond text/template's, sorted.
func layoutFuncs(have map[string]bool) []string {
	var out []string
	for name := range have {
		if !slices.Contains(builtins, name) && name != valuesize.Func { // valuesize's guard is vestis's own
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}
