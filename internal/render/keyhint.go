package render

import (
	"reflect"
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// mapKeys is a diag.Keys for a page's layout, run on the view v from the
// template entry: it reads the path of a field node that failed again from
// v, where the template's dot or $ is v for certain (entry's dot outside
// {{ with }} and {{ range }}, its $), or from the site for .Site; elsewhere
// dot is another value, and nothing is said.
func mapKeys(v *View, entry string, plan map[string]*parse.Tree) diag.Keys {
	return func(t *parse.Tree, node parse.Node) ([]string, int) {
		var root reflect.Value
		var path []string
		skip := 0 // the node's names before path
		switch n := node.(type) {
		case *parse.FieldNode:
			switch {
			case n.Ident[0] == "Site":
				root, path, skip = reflect.ValueOf(v.Site), n.Ident[1:], 1
			case viewDot(plan, entry, t.Name, map[string]bool{}):
				root, path = dotAt(t, n, reflect.ValueOf(v)), n.Ident
			default:
				return nil, -1
			}
		case *parse.VariableNode:
			if n.Ident[0] != "$" || !viewDot(plan, entry, t.Name, map[string]bool{}) {
				return nil, -1
			}
			root, path, skip = reflect.ValueOf(v), n.Ident[1:], 1
		default:
			return nil, -1
		}
		if len(path) == 0 {
			return nil, -1
		}
		// The first name not there: .Params.a.b.c failed at b when the
		// map a has no key b, where text/template named c.
		for i := range path[:len(path)-1] {
			if parent := follow(root, path[:i]); parent.IsValid() && !has(parent, path[i]) {
				return memberNames(parent, path[i]), skip + i
			}
		}
		if follow(root, path).IsValid() {
			return nil, diag.Present
		}
		return memberNames(follow(root, path[:len(path)-1]), path[len(path)-1]), -1
	}
}

// has reports whether the map or struct m holds name, as a key, a field
// or a method; true for other values, which are not said here.
func has(m reflect.Value, name string) bool {
	switch m.Kind() {
	case reflect.Map:
		return m.Type().Key().Kind() != reflect.String || m.MapIndex(reflect.ValueOf(name).Convert(m.Type().Key())).IsValid()
	case reflect.Struct:
		return memberNames(m, name) == nil
	}
	return true
}

// viewDot reports whether the template name of a layout's plan runs on
// the view the layout's entry runs on, for certain: it is the entry, or
// every call of it ({{ template }}, {{ block }}) gives it dot, outside
// {{ with }} and {{ range }}, in a template that runs on the view.
func viewDot(plan map[string]*parse.Tree, entry, name string, seen map[string]bool) bool {
	if name == entry {
		return true
	}
	if seen[name] {
		return false
	}
	seen[name] = true
	called := false
	for caller, t := range plan {
		if t == nil || t.Root == nil {
			continue
		}
		ok := true
		var walk func(l *parse.ListNode, root bool)
		walk = func(l *parse.ListNode, root bool) {
			if l == nil {
				return
			}
			for _, n := range l.Nodes {
				switch x := n.(type) {
				case *parse.TemplateNode:
					if x.Name == name {
						called = true
						ok = ok && root && x.Pipe != nil && len(x.Pipe.Cmds) == 1 && len(x.Pipe.Cmds[0].Args) == 1 && isDot(x.Pipe.Cmds[0].Args[0]) && viewDot(plan, entry, caller, seen)
					}
				case *parse.IfNode:
					walk(x.List, root)
					walk(x.ElseList, root)
				case *parse.WithNode:
					walk(x.List, false)
					walk(x.ElseList, root)
				case *parse.RangeNode:
					walk(x.List, false)
					walk(x.ElseList, root)
				}
			}
		}
		walk(t.Root, true)
		if !ok {
			return false
		}
	}
	return called
}

// isDot reports whether n is dot.
func isDot(n parse.Node) bool {
	_, ok := n.(*parse.DotNode)
	return ok
}

// memberNames are the keys of the map m, or the exported fields and methods of
// the struct m, when it has no key or field name.
func memberNames(m reflect.Value, name string) []string {
	var names []string
	switch m.Kind() {
	case reflect.Map:
		if m.Type().Key().Kind() != reflect.String || m.MapIndex(reflect.ValueOf(name).Convert(m.Type().Key())).IsValid() {
			return nil
		}
		for _, k := range m.MapKeys() {
			names = append(names, k.String())
		}
	case reflect.Struct:
		for _, t := range []reflect.Type{m.Type(), reflect.PointerTo(m.Type())} {
			if _, ok := t.MethodByName(name); ok {
				return nil
			}
			for i := range t.NumMethod() {
				names = append(names, t.Method(i).Name)
			}
		}
		for _, f := range reflect.VisibleFields(m.Type()) {
			if f.Name == name {
				return nil
			}
			if f.IsExported() {
				names = append(names, f.Name)
			}
		}
	}
	return names
}

// follow reads the fields, methods without arguments and map keys of path
// from v, as text/template does; the zero Value when one is not there.
func follow(v reflect.Value, path []string) reflect.Value {
	for _, name := range path {
		v, _ = indirect(v)
		if !v.IsValid() {
			return reflect.Value{}
		}
		if v.Kind() != reflect.Interface && v.Kind() != reflect.Pointer && v.CanAddr() {
			v = v.Addr()
		}
		if m := v.MethodByName(name); m.IsValid() {
			if m.Type().NumIn() != 0 || m.Type().NumOut() == 0 {
				return reflect.Value{}
			}
			out := m.Call(nil)
			if len(out) == 2 && !out[1].IsNil() {
				return reflect.Value{}
			}
			v = out[0]
			continue
		}
		v, _ = indirect(v)
		switch v.Kind() {
		case reflect.Struct:
			f, ok := v.Type().FieldByName(name)
			if !ok || !f.IsExported() {
				return reflect.Value{}
			}
			v = v.FieldByIndex(f.Index)
		case reflect.Map:
			if v.Type().Key().Kind() != reflect.String {
				return reflect.Value{}
			}
			v = v.MapIndex(reflect.ValueOf(name).Convert(v.Type().Key()))
		default:
			return reflect.Value{}
		}
	}
	v, _ = indirect(v)
	return v
}

// dotAt is the value of dot at n in t, whose dot is root: root, or the
// value a {{ with }} of a field path gives it; invalid in a {{ range }},
// or where a {{ with }} tests another value.
func dotAt(t *parse.Tree, n parse.Node, root reflect.Value) reflect.Value {
	var walk func(l *parse.ListNode, dot reflect.Value) (reflect.Value, bool)
	walk = func(l *parse.ListNode, dot reflect.Value) (reflect.Value, bool) {
		if l == nil {
			return reflect.Value{}, false
		}
		for _, x := range l.Nodes {
			found := false
			diag.Inspect(x, func(in parse.Node) { found = found || in == n })
			if !found {
				continue
			}
			switch x := x.(type) {
			case *parse.WithNode:
				if v, ok := walk(x.ElseList, dot); ok {
					return v, true
				}
				if v, ok := walk(x.List, withDot(x.Pipe, dot, root)); ok {
					return v, true
				}
			case *parse.IfNode:
				if v, ok := walk(x.List, dot); ok {
					return v, true
				}
				if v, ok := walk(x.ElseList, dot); ok {
					return v, true
				}
			case *parse.RangeNode:
				if v, ok := walk(x.ElseList, dot); ok {
					return v, true
				}
				if _, ok := walk(x.List, dot); ok {
					return reflect.Value{}, true
				}
			}
			return dot, true // in x's own pipeline, or in a node with no body
		}
		return reflect.Value{}, false
	}
	v, _ := walk(t.Root, root)
	return v
}

// withDot is dot in the body of a {{ with }} of pipe, when it is a field
// path from dot or $ (root).
func withDot(pipe *parse.PipeNode, dot, root reflect.Value) reflect.Value {
	if pipe == nil || len(pipe.Decl) > 0 || len(pipe.Cmds) != 1 || len(pipe.Cmds[0].Args) != 1 || !dot.IsValid() {
		return reflect.Value{}
	}
	switch a := pipe.Cmds[0].Args[0].(type) {
	case *parse.FieldNode:
		return follow(dot, a.Ident)
	case *parse.VariableNode:
		if a.Ident[0] == "$" {
			return follow(root, a.Ident[1:])
		}
	case *parse.DotNode:
		return dot
	}
	return reflect.Value{}
}
