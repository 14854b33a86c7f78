package typecheck

import (
	"cmp"
	"fmt"
	"reflect"
	"strings"
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// builtins are the types of text/template's own functions that a site's
// function map does not replace, as a call of them is checked.
var builtins = map[string]reflect.Type{
	"and":      reflect.TypeOf(func(any, ...any) any { return nil }),
	"or":       reflect.TypeOf(func(any, ...any) any { return nil }),
	"not":      reflect.TypeOf(func(any) bool { return false }),
	"call":     reflect.TypeOf(func(any, ...any) any { return nil }),
	"eq":       reflect.TypeOf(func(any, ...any) bool { return false }),
	"ne":       reflect.TypeOf(func(any, any) bool { return false }),
	"lt":       reflect.TypeOf(func(any, any) bool { return false }),
	"le":       reflect.TypeOf(func(any, any) bool { return false }),
	"gt":       reflect.TypeOf(func(any, any) bool { return false }),
	"ge":       reflect.TypeOf(func(any, any) bool { return false }),
	"html":     reflect.TypeOf(func(...any) string { return "" }),
	"js":       reflect.TypeOf(func(...any) string { return "" }),
	"urlquery": reflect.TypeOf(func(...any) string { return "" }),
	"print":    reflect.TypeOf(func(...any) string { return "" }),
	"println":  reflect.TypeOf(func(...any) string { return "" }),
	"printf":   reflect.TypeOf(func(string, ...any) string { return "" }),
	"slice":    reflect.TypeOf(func(any, ...any) any { return nil }),
	"len":      reflect.TypeOf(func(any) int { return 0 }),
	"index":    reflect.TypeOf(func(any, ...any) any { return nil }),
}

// funcArgs checks a call of the function id with args (of types, nil
// where not known) and, when piped, the pipeline's value of type in
// after them: how many values it is given, and the kind of each whose
// type is known, as methodArgs checks a method's. A comparison (lt, eq)
// is checked for two values it cannot compare, and call for a value that
// is no function. text/template found these only on a page that ran the
// call, in its words ("wrong number of args for add: want 2 got 1",
// "expected integer; found \"a\"", "incompatible types for comparison").
func (c *checker) funcArgs(id *parse.IdentifierNode, args []parse.Node, types []reflect.Type, piped bool, in reflect.Type) {
	if c.seen[id] {
		return
	}
	fn, ok := c.held.Calls[id.Ident]
	if !ok {
		fn, ok = builtins[id.Ident]
	}
	if !ok || fn.Kind() != reflect.Func {
		return
	}
	if piped {
		types = append(types[:len(types):len(types)], in)
		args = append(args[:len(args):len(args)], nil)
	}
	msg := c.argsProblem(id.Ident, fn, args, types)
	if msg == "" {
		msg = c.compareProblem(id.Ident, args, types)
	}
	if msg == "" && id.Ident == "call" && len(types) > 0 && known(types[0]) && types[0].Kind() != reflect.Func {
		msg = fmt.Sprintf("call runs a function a value holds, and %s is %s: write %[1]s without call", written(args[0]), c.describe(types[0]))
	}
	if msg != "" {
		c.seen[id] = true
		c.out = append(c.out, diag.At(c.dir, id, "%s", msg))
	}
}

// argsProblem says what is wrong with giving args, of types (nil where
// not known; a nil arg is the pipeline's value), to the function or
// method fn, written as name: their number, or the kind of one; "" when
// nothing is known to be wrong.
func (c *checker) argsProblem(name string, fn reflect.Type, args []parse.Node, types []reflect.Type) string {
	want := make([]reflect.Type, 0, fn.NumIn())
	for i := range fn.NumIn() {
		want = append(want, fn.In(i))
	}
	least, most := len(want), len(want)
	if fn.IsVariadic() {
		least, most = len(want)-1, -1
	}
	if len(args) < least || most >= 0 && len(args) > most {
		return fmt.Sprintf("%s takes %s, and is given %s", name, argWords(want, fn.IsVariadic()), count(len(args), "argument"))
	}
	for i, a := range args {
		p := want[min(i, len(want)-1)]
		if fn.IsVariadic() && i >= len(want)-1 {
			p = p.Elem()
		}
		t := types[i]
		if lit := literalType(a); lit != nil {
			t = lit
		}
		if !known(t) || p.Kind() == reflect.Interface || p == reflectValue || accepts(p, t, literalType(a) != nil) {
			continue
		}
		what := c.describe(t)
		if structOf(t).Kind() == p.Kind() {
			what = "a value of type " + t.Name() // template.HTML for a string
		}
		return fmt.Sprintf("%s: argument %d is %s (%s), and it takes %s there", name, i+1, what, written(a), typeWords(p))
	}
	return ""
}

// reflectValue is the type of a parameter text/template gives any value.
var reflectValue = reflect.TypeFor[reflect.Value]()

// accepts reports whether a parameter of type p takes a value of type t,
// as text/template gives it: a literal (lit) converted to p's kind, any
// other value assigned, through a pointer either way.
func accepts(p, t reflect.Type, lit bool) bool {
	if lit {
		return fits(t, p)
	}
	return t.AssignableTo(p) ||
		t.Kind() == reflect.Pointer && t.Elem().AssignableTo(p) ||
		p.Kind() == reflect.Pointer && t.AssignableTo(p.Elem())
}

// known reports whether t is a type the value will have (not an
// interface, whose value may be anything).
func known(t reflect.Type) bool {
	return t != nil && t.Kind() != reflect.Interface
}

// written is an argument as written; nil is the pipeline's value.
func written(n parse.Node) string {
	if n == nil {
		return "the value piped to it"
	}
	return n.String()
}

// compareProblem says what text/template's comparison name (lt, eq, ...)
// cannot compare among args of types; "" when nothing is known wrong.
// lt, le, gt and ge order two numbers or two texts; eq and ne compare
// values of one kind; a whole number and a number with a fraction are
// two kinds to both.
func (c *checker) compareProblem(name string, args []parse.Node, types []reflect.Type) string {
	ordered := name == "lt" || name == "le" || name == "gt" || name == "ge"
	if !ordered && name != "eq" && name != "ne" {
		return ""
	}
	what := func(i int) string {
		words := map[string]string{"whole": "a whole number", "number": "a number with a fraction"}[compareKind(types[i])]
		return fmt.Sprintf("%s (%s)", cmp.Or(words, c.describe(types[i])), written(args[i]))
	}
	first := -1
	for i, a := range args {
		if lit := literalType(a); lit != nil {
			types[i] = idealType(a)
		}
		if !known(types[i]) {
			continue
		}
		k := compareKind(types[i])
		if ordered && k != "number" && k != "whole" && k != "text" {
			return fmt.Sprintf("%s compares two numbers or two texts, and %s is %s (a date is compared with .Before and .After, as in .Page.Date.Before $then)", name, written(a), c.describe(types[i]))
		}
		if first < 0 {
			first = i
			continue
		}
		if k0 := compareKind(types[first]); k0 != "" && k != "" && k0 != k {
			return fmt.Sprintf("%s compares values of one kind, and is given %s and %s; compare a whole number with a whole number (1), a number with a fraction with one (1.5), a text with a text", name, what(first), what(i))
		}
	}
	return ""
}

// compareKind is the class of values text/template compares with one
// another that t is in: "whole" (int and uint), "number" (a fraction),
// "text", "bool"; "" for others.
func compareKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "whole"
	case reflect.Float32, reflect.Float64:
		return "number"
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "bool"
	}
	return ""
}

// describe names a value of type t in words: a date, what names says a
// struct is (a page), or its kind.
func (c *checker) describe(t reflect.Type) string {
	switch s := structOf(t); {
	case s.PkgPath() == "time" && s.Name() == "Time":
		return "a date"
	case s.Kind() == reflect.Struct:
		return c.what(t)
	}
	return kindWords(structOf(t))
}

// idealType is the type text/template gives a number, text or yes or no
// written in a template when a function takes any value: a number
// written with a point or an exponent is a float, others are ints.
func idealType(n parse.Node) reflect.Type {
	if x, ok := n.(*parse.NumberNode); ok && x.IsFloat && strings.ContainsAny(x.Text, ".eEpP") && !strings.HasPrefix(x.Text, "0x") {
		return reflect.TypeFor[float64]()
	}
	return literalType(n)
}

// literalCommand says what is wrong with a command that begins with a
// value written as it is (a number, a text, nil): it takes no values, and
// nil cannot be shown; "" when nothing is.
func literalCommand(cmd *parse.CommandNode, piped bool) string {
	first := cmd.Args[0]
	switch first.(type) {
	case *parse.NilNode:
		return "nil stands for no value, which cannot be shown or piped: remove it, or write a value"
	case *parse.NumberNode, *parse.StringNode, *parse.BoolNode:
		if len(cmd.Args) > 1 || piped {
			return fmt.Sprintf("%s is a value, not a function: it takes no values after it (or piped to it); a function comes first, as in printf \"%%v %%v\" A B", first)
		}
	}
	return ""
}
