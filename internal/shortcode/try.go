package shortcode

import (
	"fmt"
	"reflect"
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// Hugo 0.141's try runs a call and keeps its error instead of stopping:
// {{ with try (resources.GetRemote $url) }}{{ with .Err }}...{{ else with
// .Value }}...{{ end }}{{ end }}. Go's template executor stops at a failing
// call before try could see it, so rewriteTry turns the call inside try into
// one of tryMethod or tryFunc, which make the call themselves and give a
// TryValue; try then passes it on.

// TryValue is what try gives: the call's value, or its error.
type TryValue struct {
	Value any
	Err   error
}

// try is Hugo's try once rewriteTry has run: a TryValue as it is, anything
// else (a value try was given in a way rewriteTry does not know) as its
// value.
func try(v any) TryValue {
	if tv, ok := v.(TryValue); ok {
		return tv
	}
	return TryValue{Value: v}
}

// rewriteTry turns each (try (CALL ARGS...)) in tree into (try (tryMethod
// RECEIVER "METHOD" ARGS...)) for a method call (.Page.Resources.GetMatch,
// $x.Get, resources.GetRemote once callT made it $.Resources.GetRemote), or
// (try (tryFunc "NAME" ARGS...)) for a function call, so that the call's
// error becomes the TryValue's Err. The receiver itself is evaluated as
// before: its error still stops the template, as a mistake in the template.
func rewriteTry(tree *parse.Tree) {
	walkTree(tree, func(n parse.Node) bool {
		c, ok := n.(*parse.CommandNode)
		if !ok {
			return true
		}
		for i := 0; i+1 < len(c.Args); i++ {
			if id, ok := c.Args[i].(*parse.IdentifierNode); !ok || id.Ident != "try" {
				continue
			}
			p, ok := c.Args[i+1].(*parse.PipeNode)
			if !ok || len(p.Cmds) != 1 || len(p.Decl) > 0 || len(p.Cmds[0].Args) == 0 {
				continue
			}
			inner := p.Cmds[0]
			head, rest := inner.Args[0], inner.Args[1:]
			if recv, method, ok := splitMethod(head); ok {
				inner.Args = append([]parse.Node{ident(tree, head, "tryMethod"), recv, str(tree, head, method)}, rest...)
			} else if f, ok := head.(*parse.IdentifierNode); ok && f.Ident != "tryMethod" && f.Ident != "tryFunc" {
				inner.Args = append([]parse.Node{ident(tree, head, "tryFunc"), str(tree, head, f.Ident)}, rest...)
			}
		}
		return true
	})
}

// splitMethod splits a call's head into the value whose method it calls and
// the method's name; false for a head that is no method call.
func splitMethod(n parse.Node) (parse.Node, string, bool) {
	switch h := n.(type) {
	case *parse.FieldNode: // .Page.Resources.GetMatch
		last := len(h.Ident) - 1
		if last == 0 {
			return &parse.DotNode{NodeType: parse.NodeDot, Pos: h.Pos}, h.Ident[0], true
		}
		return &parse.FieldNode{NodeType: parse.NodeField, Pos: h.Pos, Ident: h.Ident[:last]}, h.Ident[last], true
	case *parse.VariableNode: // $x.Get, $.Resources.GetRemote
		last := len(h.Ident) - 1
		if last == 0 {
			return nil, "", false
		}
		return &parse.VariableNode{NodeType: parse.NodeVariable, Pos: h.Pos, Ident: h.Ident[:last]}, h.Ident[last], true
	case *parse.ChainNode: // transform.ToMath, (x).Method
		last := len(h.Field) - 1
		if last < 0 {
			return nil, "", false
		}
		if last == 0 {
			return h.Node, h.Field[0], true
		}
		return &parse.ChainNode{NodeType: parse.NodeChain, Pos: h.Pos, Node: h.Node, Field: h.Field[:last]}, h.Field[last], true
	}
	return nil, "", false
}

func ident(tree *parse.Tree, at parse.Node, name string) *parse.IdentifierNode {
	return parse.NewIdentifier(name).SetTree(tree).SetPos(at.Position())
}

func str(tree *parse.Tree, at parse.Node, s string) *parse.StringNode {
	return &parse.StringNode{NodeType: parse.NodeString, Pos: at.Position(), Quoted: fmt.Sprintf("%q", s), Text: s}
}

// tryMethod calls recv's method name with args, for try.
func tryMethod(recv any, name string, args ...any) TryValue {
	v := reflect.ValueOf(recv)
	if !v.IsValid() {
		return TryValue{Err: fmt.Errorf("%s: called on nothing (nil)", name)}
	}
	m := v.MethodByName(name)
	if !m.IsValid() && v.Kind() != reflect.Pointer && v.CanAddr() {
		m = v.Addr().MethodByName(name)
	}
	if !m.IsValid() {
		if v.Kind() == reflect.Map && len(args) == 0 { // try (.Params.x)
			if x := v.MapIndex(reflect.ValueOf(name)); x.IsValid() {
				return TryValue{Value: x.Interface()}
			}
			return TryValue{}
		}
		return TryValue{Err: fmt.Errorf("%s is no method of %s", name, diag.KindOf(recv))}
	}
	return callValue(name, m, args)
}

// tryFunc calls the function name of funcs with args, for try.
func tryFunc(funcs map[string]any, name string, args []any) TryValue {
	f, ok := funcs[name]
	if !ok {
		return TryValue{Err: fmt.Errorf("function %q is not defined", name)}
	}
	return callValue(name, reflect.ValueOf(f), args)
}

// callValue calls fn with args, converted to its parameters as the
// template executor converts them (a number to another kind of number), and
// gives its value and error; a panic is an error too.
func callValue(name string, fn reflect.Value, args []any) (tv TryValue) {
	t := fn.Type()
	n := t.NumIn()
	if t.IsVariadic() && len(args) < n-1 || !t.IsVariadic() && len(args) != n {
		return TryValue{Err: fmt.Errorf("%s: wrong number of arguments: want %d, got %d", name, n, len(args))}
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		want := t.In(min(i, n-1))
		if t.IsVariadic() && i >= n-1 {
			want = t.In(n - 1).Elem()
		}
		v := reflect.ValueOf(a)
		switch {
		case !v.IsValid():
			v = reflect.Zero(want)
		case v.Type().AssignableTo(want):
		case v.Type().ConvertibleTo(want) && basicKind(v.Kind()) && basicKind(want.Kind()):
			v = v.Convert(want)
		default:
			return TryValue{Err: fmt.Errorf("%s: argument %d is %s, want %s", name, i+1, v.Type(), want)}
		}
		in[i] = v
	}
	defer func() {
		if r := recover(); r != nil {
			tv = TryValue{Err: fmt.Errorf("%s: %v", name, r)}
		}
	}()
	out := fn.Call(in)
	errType := reflect.TypeFor[error]()
	switch {
	case len(out) == 2 && t.Out(1) == errType:
		if err, _ := out[1].Interface().(error); err != nil {
			return TryValue{Err: err}
		}
		return TryValue{Value: out[0].Interface()}
	case len(out) == 1 && t.Out(0) == errType:
		err, _ := out[0].Interface().(error)
		return TryValue{Err: err}
	case len(out) == 1:
		return TryValue{Value: out[0].Interface()}
	}
	return TryValue{}
}

// basicKind reports whether k is a number, a bool or a string.
func basicKind(k reflect.Kind) bool {
	return k >= reflect.Bool && k <= reflect.Complex128 || k == reflect.String
}
