package shortcode

import (
	"reflect"
	"strings"
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/typecheck"
)

// fieldMistake is the mistake of a shortcode that failed at line of file:
// a field or method that a value it ran on does not have ({{ .Page.Titel }},
// a method of Hugo's vestis lacks), said in plain words at its column with
// the nearest names, as a layout's is, where text/template said "can't
// evaluate field Titel in type interface {}". It is found in the parse trees
// of the shortcode's file, followed with the types the call's .Page and .Site
// held (typecheck.CheckHeld), so only after a run failed: a name in a branch
// no page took stays as it is. nil when the failure is no such mistake.
func (t *Templates) fieldMistake(name string, call *Call, file string, line int) *diag.Diagnostic {
	src, ok := t.sources[name]
	if !ok || call == nil {
		return nil
	}
	trees := map[string]*parse.Tree{}
	tr := parse.New(name)
	tr.Mode = parse.SkipFuncCheck
	if _, err := tr.Parse(src, "", "", trees); err != nil || trees[name] == nil {
		return nil
	}
	held := typecheck.Held{Fields: map[reflect.Type]map[string]reflect.Type{reflect.TypeFor[Call](): {}}, Funcs: map[string]reflect.Type{}, Calls: map[string]reflect.Type{}}
	for fn, f := range t.pure { // their arguments checked as a method's (split 1)
		held.Calls[fn] = reflect.TypeOf(f)
	}
	names := typecheck.Names{reflect.TypeFor[*Call](): "the shortcode"}
	for field, v := range map[string]any{"Page": call.Page, "Site": call.Site} {
		if v == nil {
			continue
		}
		typ := reflect.TypeOf(v)
		held.Fields[reflect.TypeFor[Call]()][field] = typ
		what := "a page"
		if field == "Site" {
			what = "the site"
			held.Funcs["site"] = typ // {{ site.X }} is {{ $.Site.X }} (callT)
		}
		names[typ] = what
		if typ.Kind() != reflect.Pointer {
			names[reflect.PointerTo(typ)] = what
		}
	}
	for _, d := range typecheck.CheckHeld(t.dir, trees, name, reflect.TypeOf(call), names, held) {
		if n, ok := strings.CutPrefix(d.File, t.dir+"/"); ok && t.fileOf(n) == file && d.Line == line {
			d.File = file
			d.Col = diag.CharColumn(t.sources[n], d.Line, d.Col)
			return d
		}
	}
	return nil
}
