// Package typecheck finds, before a template runs, the fields and methods
// it names that the values it runs on do not have ({{ .Page.Titel }}), and
// says so at the name's line and column with the nearest names the value
// has. text/template finds them only on a page whose layout reaches the
// name, in its own words ("can't evaluate field Titel in type
// *site.Page"), and a name in a branch no page took yet ({{ with index
// .Page.Params "featured" }}) was published in silence until one did.
//
// It follows the types as text/template's execution does: from the data
// a set's entry template runs on, through fields, methods, {{ with }},
// {{ range }}, variables and {{ template "x" . }}; where a type is not
// known (an interface, a map of anything, a function's result, a template
// called with different types) it says nothing.
package typecheck

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// Names says in a user's words what a value of a type is ("a page"),
// for the types a site's templates meet; a type it does not name is
// called by its Go name in words.
type Names map[reflect.Type]string

// Check returns the mistakes of the templates of trees (by name, of files
// under dir) that the template entry reaches when it runs on a value of
// type dot: each a field or method that a value of its type does not
// have, or a field of a value that has none (text, a list).
func Check(dir string, trees map[string]*parse.Tree, entry string, dot reflect.Type, names Names) diag.List {
	return CheckHeld(dir, trees, entry, dot, names, Held{})
}

// Held are the types values hold when the templates run that their Go
// types do not tell.
type Held struct {
	// Fields are the types the fields of interface type hold, by the
	// struct type and the field's name: a shortcode's .Page is an any
	// that holds the page its Go code gave it.
	Fields map[reflect.Type]map[string]reflect.Type
	// Funcs are the types functions the templates call without arguments
	// give, by name: a shortcode's site is its .Site.
	Funcs map[string]reflect.Type
	// Calls are the function types of the functions the templates call
	// by name (a function map's), whose arguments are checked as a
	// method's are; text/template's own (eq, lt, call, ...) are known.
	Calls map[string]reflect.Type
}

// CheckHeld is Check, which follows a field of interface type that held
// names into the type it holds: a template that failed on a value can be
// checked with the types its values had.
func CheckHeld(dir string, trees map[string]*parse.Tree, entry string, dot reflect.Type, names Names, held Held) diag.List {
	c := &checker{dir: dir, trees: trees, names: names, held: held, entry: entry, dots: map[string]reflect.Type{entry: dot}, callAt: map[string]parse.Node{}}
	fromGo := unknownDots(trees)
	// A template's dot is known when every call reaches it with one type:
	// the entry's is given, the others' come from the calls, so the walk
	// is repeated until no template gets a type it did not have. Every
	// template is walked, those whose dot is not known too: their calls
	// count, and a mistake of a value whose type is known there is one.
	for range len(trees) + 1 {
		c.calls = map[string][]reflect.Type{}
		c.out, c.seen = nil, map[parse.Node]bool{}
		for _, name := range slices.Sorted(maps.Keys(trees)) {
			t := trees[name]
			if t == nil || t.Root == nil {
				continue
			}
			c.unstable, c.cur = unstableVars(t.Root), name
			d := c.dots[name]
			c.list(t.Root, scope{dot: d, vars: map[string]reflect.Type{"$": d}})
		}
		dots := map[string]reflect.Type{entry: dot}
		for name, types := range c.calls {
			if name == entry || fromGo[name] || types[0] == nil ||
				slices.ContainsFunc(types, func(t reflect.Type) bool { return t != types[0] }) {
				continue
			}
			dots[name] = types[0]
		}
		if maps.Equal(dots, c.dots) {
			break
		}
		c.dots = dots
	}
	return c.out.Sort()
}

// unknownDots are the templates of trees that may run on a value the
// trees do not show: those named by a text other than a partial call's
// name ({{ $x := "partials/x.html" }}, which a function may run from Go).
// A partial call's ({{ partialCached "partials/x.html" .Page }}) gives its
// dot as a {{ template }} does (partialCall).
func unknownDots(trees map[string]*parse.Tree) map[string]bool {
	out := map[string]bool{}
	for _, t := range trees {
		if t == nil {
			continue
		}
		named := map[*parse.StringNode]bool{}
		diag.Inspect(t.Root, func(n parse.Node) {
			if cmd, ok := n.(*parse.CommandNode); ok {
				if _, s, ok := partialCall(cmd, trees); ok {
					named[s] = true
				}
			}
		})
		diag.Inspect(t.Root, func(n parse.Node) {
			if s, ok := n.(*parse.StringNode); ok && trees[s.Text] != nil && !named[s] {
				out[s.Text] = true
			}
		})
	}
	return out
}

// partialCall is the template cmd runs when it calls partial or
// partialCached with the name as text, and that text; a partial may be
// named without its folder, as Hugo's are.
func partialCall(cmd *parse.CommandNode, trees map[string]*parse.Tree) (string, *parse.StringNode, bool) {
	if len(cmd.Args) < 2 {
		return "", nil, false
	}
	id, ok := cmd.Args[0].(*parse.IdentifierNode)
	if !ok || id.Ident != "partial" && id.Ident != "partialCached" {
		return "", nil, false
	}
	s, ok := cmd.Args[1].(*parse.StringNode)
	if !ok {
		return "", nil, false
	}
	for _, name := range []string{s.Text, "partials/" + s.Text} {
		if trees[name] != nil {
			return name, s, true
		}
	}
	return "", nil, false
}

// unstableVars are the variables of a template declared more than once or
// assigned ($x = ...): which value one holds at a point depends on the
// branches taken, so its type is not followed.
func unstableVars(root parse.Node) map[string]bool {
	declared := map[string]int{}
	out := map[string]bool{}
	diag.Inspect(root, func(n parse.Node) {
		p, ok := n.(*parse.PipeNode)
		if !ok || p == nil { // {{ template "x" }} has no pipeline
			return
		}
		for _, v := range p.Decl {
			declared[v.Ident[0]]++
			if p.IsAssign || declared[v.Ident[0]] > 1 {
				out[v.Ident[0]] = true
			}
		}
	})
	return out
}

type checker struct {
	dir      string
	trees    map[string]*parse.Tree
	names    Names
	held     Held
	entry    string
	dots     map[string]reflect.Type // of the templates whose dot is known
	calls    map[string][]reflect.Type
	callAt   map[string]parse.Node // the first call of each template met, which gives its dot
	cur      string                // the template walked
	unstable map[string]bool       // of the template walked (unstableVars)
	out      diag.List
	seen     map[parse.Node]bool // reported once, however the walk reaches it
}

// scope is what a point of a template knows: dot's type and its
// variables' (nil: not known).
type scope struct {
	dot  reflect.Type
	vars map[string]reflect.Type
}

// declare gives the variable name type t in s, when it is declared once
// (unstableVars).
func (c *checker) declare(s scope, name string, t reflect.Type) {
	if c.unstable[name] {
		t = nil
	}
	s.vars[name] = t
}

func (s scope) with(dot reflect.Type) scope {
	return scope{dot: dot, vars: maps.Clone(s.vars)}
}

func (c *checker) list(l *parse.ListNode, s scope) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		switch x := n.(type) {
		case *parse.ActionNode:
			c.pipe(x.Pipe, s)
		case *parse.IfNode:
			c.pipe(x.Pipe, s)
			c.list(x.List, s.with(s.dot))
			c.list(x.ElseList, s.with(s.dot))
		case *parse.WithNode:
			t := c.pipe(x.Pipe, s)
			c.list(x.List, s.with(t))
			c.list(x.ElseList, s.with(s.dot))
		case *parse.RangeNode:
			t := c.pipe(x.Pipe, scope{dot: s.dot, vars: s.vars})
			c.ranged(x.Pipe, t)
			key, elem := rangeTypes(t)
			in := s.with(elem)
			switch len(x.Pipe.Decl) {
			case 1:
				c.declare(in, x.Pipe.Decl[0].Ident[0], elem)
			case 2:
				c.declare(in, x.Pipe.Decl[0].Ident[0], key)
				c.declare(in, x.Pipe.Decl[1].Ident[0], elem)
			}
			c.list(x.List, in)
			c.list(x.ElseList, s.with(s.dot))
		case *parse.TemplateNode:
			var t reflect.Type
			if x.Pipe != nil {
				t = c.pipe(x.Pipe, s)
			}
			c.called(x.Name, x, t)
		}
	}
}

// called counts a call at node of the template name with a dot of type t.
func (c *checker) called(name string, node parse.Node, t reflect.Type) {
	c.calls[name] = append(c.calls[name], t)
	if c.callAt[name] == nil {
		c.callAt[name] = node
	}
}

// pipe checks a pipeline and returns its type; a declaration ($x := ...)
// gives the variable that type in s.
func (c *checker) pipe(p *parse.PipeNode, s scope) reflect.Type {
	if p == nil {
		return nil
	}
	var t reflect.Type
	for i, cmd := range p.Cmds {
		t = c.command(cmd, s, i > 0, t)
	}
	for _, v := range p.Decl {
		c.declare(s, v.Ident[0], t)
	}
	return t
}

// command checks a command and returns its type; piped: a pipeline's
// value before it, of type in, is its last argument.
func (c *checker) command(cmd *parse.CommandNode, s scope, piped bool, in reflect.Type) reflect.Type {
	types := make([]reflect.Type, len(cmd.Args))
	for i, a := range cmd.Args {
		types[i] = c.arg(a, s)
		if i == 0 {
			c.methodArgs(a, cmd.Args[1:], piped, s)
		} else {
			c.methodArgs(a, nil, false, s)
		}
	}
	if len(cmd.Args) == 0 {
		return nil
	}
	if id, ok := cmd.Args[0].(*parse.IdentifierNode); ok {
		c.funcArgs(id, cmd.Args[1:], types[1:], piped, in)
	}
	if msg := literalCommand(cmd, piped); msg != "" && !c.seen[cmd] {
		c.seen[cmd] = true
		c.out = append(c.out, diag.At(c.dir, cmd.Args[0], "%s", msg))
	}
	if name, _, ok := partialCall(cmd, c.trees); ok {
		var dot reflect.Type // none given: nil, as a {{ template }} without one
		if len(types) > 2 {
			dot = types[2]
		}
		c.called(name, cmd, dot)
	}
	first := types[0]
	switch cmd.Args[0].(type) {
	case *parse.FieldNode, *parse.ChainNode, *parse.VariableNode, *parse.DotNode, *parse.PipeNode:
		return first
	case *parse.StringNode:
		return reflect.TypeFor[string]()
	case *parse.BoolNode:
		return reflect.TypeFor[bool]()
	}
	return nil // a function's result, a number: not followed
}

// methodArgs checks the arguments of n, when it calls a method whose type
// is known: how many there are (args, and the pipeline's value when piped),
// and the kind of each written as a text, number or yes or no; and that
// a field n reads is given none. text/template finds them only when the
// call runs, in its own words ("wrong number of args for RelRef: want at
// least 1 got 0", "expected string; found 5", "can't give argument to
// non-function"); .RelRef was said not to be there.
func (c *checker) methodArgs(n parse.Node, args []parse.Node, piped bool, s scope) {
	recv, name, written := c.receiver(n, s)
	if recv == nil || c.seen[n] {
		return
	}
	given := slices.Clone(args)
	if piped {
		given = append(given, nil)
	}
	var msg string
	if fn, ok := methodType(recv, name); ok {
		msg = c.argsProblem(written, fn, given, make([]reflect.Type, len(given)))
	} else if t, ok := member(recv, name); ok && t != nil && len(given) > 0 && structOf(recv).Kind() != reflect.Interface {
		msg = fmt.Sprintf("%s is %s, which takes no values after it: remove %s", written, c.describe(t), strings.Join(argTexts(given), " "))
	}
	if msg != "" {
		c.seen[n] = true
		c.out = append(c.out, diag.At(c.dir, n, "%s", msg))
	}
}

// argTexts are args as written.
func argTexts(args []parse.Node) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = written(a)
	}
	return out
}

// receiver is the type of the value n calls a method of, the method's
// name and n as written; nil when n calls none or the type is not known.
func (c *checker) receiver(n parse.Node, s scope) (reflect.Type, string, string) {
	var t reflect.Type
	var path []string
	switch x := n.(type) {
	case *parse.FieldNode:
		t, path = s.dot, x.Ident
	case *parse.VariableNode:
		if len(x.Ident) < 2 {
			return nil, "", ""
		}
		t, path = s.vars[x.Ident[0]], x.Ident[1:]
	default:
		return nil, "", ""
	}
	for _, name := range path[:len(path)-1] {
		if t == nil {
			return nil, "", ""
		}
		next, ok := member(t, name)
		if h, found := c.held.Fields[structOf(t)][name]; found && ok {
			next = h
		}
		if !ok {
			return nil, "", ""
		}
		t = next
	}
	return t, path[len(path)-1], n.String()
}

// methodType is the function type of the method name of a value of type
// t, its receiver left out.
func methodType(t reflect.Type, name string) (fn reflect.Type, ok bool) {
	if t == nil || t.Kind() == reflect.Interface {
		return nil, false
	}
	for _, m := range []reflect.Type{t, reflect.PointerTo(t)} {
		if meth, ok := m.MethodByName(name); ok {
			in := make([]reflect.Type, 0, meth.Type.NumIn()-1)
			for i := 1; i < meth.Type.NumIn(); i++ {
				in = append(in, meth.Type.In(i))
			}
			out := make([]reflect.Type, 0, meth.Type.NumOut())
			for i := range meth.Type.NumOut() {
				out = append(out, meth.Type.Out(i))
			}
			return reflect.FuncOf(in, out, meth.Type.IsVariadic()), true
		}
	}
	return nil, false
}

// literalType is the type of a text, number or yes or no written as an
// argument; nil for any other.
func literalType(n parse.Node) reflect.Type {
	switch x := n.(type) {
	case *parse.StringNode:
		return reflect.TypeFor[string]()
	case *parse.BoolNode:
		return reflect.TypeFor[bool]()
	case *parse.NumberNode:
		if x.IsInt {
			return reflect.TypeFor[int]()
		}
		return reflect.TypeFor[float64]()
	}
	return nil
}

// fits reports whether a literal of type lit can be given for a parameter
// of type p, as text/template converts it.
func fits(lit, p reflect.Type) bool {
	switch p.Kind() {
	case reflect.Interface:
		return lit.Implements(p)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return lit.Kind() == reflect.Int
	case reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return lit.Kind() == reflect.Int || lit.Kind() == reflect.Float64
	case reflect.Bool:
		return lit.Kind() == reflect.Bool
	case reflect.String:
		return lit.Kind() == reflect.String
	}
	return false
}

// argWords says what a method of parameters want takes.
func argWords(want []reflect.Type, variadic bool) string {
	if len(want) == 0 {
		return "no arguments"
	}
	words := make([]string, len(want))
	for i, p := range want {
		words[i] = typeWords(p)
	}
	if !variadic {
		return fmt.Sprintf("%s (%s)", count(len(want), "argument"), strings.Join(words, ", then "))
	}
	last := len(want) - 1
	words[last] = "then any more of " + typeWords(want[last].Elem())
	if last == 0 {
		return fmt.Sprintf("any number of arguments (%s)", typeWords(want[last].Elem()))
	}
	return fmt.Sprintf("at least %s (%s, %s)", count(last, "argument"), strings.Join(words[:last], ", then "), words[last])
}

// count says n things in words.
func count(n int, thing string) string {
	switch n {
	case 0:
		return "no " + thing + "s"
	case 1:
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

// typeWords says what a parameter of type t takes.
func typeWords(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Interface:
		return "any value"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	}
	if t == reflectValue {
		return "any value"
	}
	return kindWords(t)
}

// arg checks one argument and returns its type.
func (c *checker) arg(n parse.Node, s scope) reflect.Type {
	switch x := n.(type) {
	case *parse.DotNode:
		return s.dot
	case *parse.FieldNode:
		return c.fields(x, s.dot, ".", x.Ident)
	case *parse.VariableNode:
		t, ok := s.vars[x.Ident[0]]
		if !ok {
			return nil
		}
		return c.fields(x, t, x.Ident[0], x.Ident[1:])
	case *parse.IdentifierNode:
		return c.held.Funcs[x.Ident] // a function's result: known only when held
	case *parse.ChainNode:
		t := c.arg(x.Node, s)
		base := "(" + x.Node.String() + ")"
		if _, ok := x.Node.(*parse.IdentifierNode); ok {
			base = x.Node.String() // site.Title, as written
		}
		return c.fields(x, t, base, x.Field)
	case *parse.PipeNode:
		return c.pipe(x, s.with(s.dot))
	}
	return nil
}

// fields follows the names idents from a value of type t, written as
// base (".", "$x", "(...)"), and returns the last one's type; it
// reports the first name the type does not have.
func (c *checker) fields(node parse.Node, t reflect.Type, base string, idents []string) reflect.Type {
	written := base
	for _, name := range idents {
		if t == nil {
			return nil
		}
		next, ok := member(t, name)
		if h, found := c.held.Fields[structOf(t)][name]; found && ok {
			next = h
		}
		if !ok {
			c.report(node, t, written, name)
			return nil
		}
		if written == "." {
			written += name
		} else {
			written += "." + name
		}
		t = next
	}
	return t
}

// member is the type of the field or method name of a value of type t,
// as text/template looks it up; ok is false when a value of t has no
// such name (a map has every key: its values' type is returned).
func member(t reflect.Type, name string) (reflect.Type, bool) {
	if t.Kind() == reflect.Interface {
		return nil, true // its value's: not known here
	}
	for _, m := range []reflect.Type{t, reflect.PointerTo(t)} {
		if meth, ok := m.MethodByName(name); ok {
			if meth.Type.NumOut() == 0 {
				return nil, true
			}
			return meth.Type.Out(0), true
		}
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
		if meth, ok := t.MethodByName(name); ok && meth.Type.NumOut() > 0 {
			return meth.Type.Out(0), true
		}
	}
	switch t.Kind() {
	case reflect.Struct:
		f, ok := t.FieldByName(name)
		if !ok || !f.IsExported() {
			return nil, false
		}
		return f.Type, true
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			return nil, true // text/template's own message is plain enough
		}
		return t.Elem(), true
	case reflect.Interface:
		return nil, true
	}
	return nil, false
}

// ranged reports a {{ range }} over a value of type t that range cannot
// go over (a text, a date); text/template said so only when it ran, in its
// own words, and vestis then as a key not there.
func (c *checker) ranged(pipe *parse.PipeNode, t reflect.Type) {
	if t == nil || len(pipe.Cmds) == 0 {
		return
	}
	base := structOf(t)
	switch base.Kind() {
	case reflect.String, reflect.Bool, reflect.Float32, reflect.Float64, reflect.Struct:
	default:
		return
	}
	last := pipe.Cmds[len(pipe.Cmds)-1]
	if len(last.Args) != 1 || c.seen[last.Args[0]] {
		return
	}
	arg := last.Args[0]
	c.seen[arg] = true
	what := kindWords(base)
	if base.Kind() == reflect.Struct {
		what = c.what(t)
	}
	c.out = append(c.out, diag.At(c.dir, arg, "{{ range %s }}: %s is %s, which range cannot go over; range goes over a list, a map or a whole number", arg, arg, what))
}

// structOf is t, or the type t points to.
func structOf(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// rangeTypes are the types of a range's key and element over a value of
// type t (nil: not known).
func rangeTypes(t reflect.Type) (key, elem reflect.Type) {
	if t == nil {
		return nil, nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return reflect.TypeFor[int](), t.Elem()
	case reflect.Map:
		return t.Key(), t.Elem()
	case reflect.Chan:
		return t.Elem(), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return t, nil
	}
	return nil, nil
}

// report adds the mistake of name, which a value of type t (written as
// written) does not have.
func (c *checker) report(node parse.Node, t reflect.Type, written, name string) {
	if c.seen[node] {
		return
	}
	c.seen[node] = true
	field := "." + name
	shown := written + field
	if written == "." {
		shown = field
	}
	base := t
	for base.Kind() == reflect.Pointer {
		base = base.Elem()
	}
	var msg string
	switch base.Kind() {
	case reflect.Struct:
		msg = fmt.Sprintf("%s: %s has no field %s%s", shown, c.what(t), name, c.givenBy(t, written))
		if hint := c.nearest(t, written, name); hint != "" {
			msg += "; did you mean " + hint + "?"
		} else {
			msg += " (docs/templates.md lists the fields of each value a layout meets)"
		}
	case reflect.Slice, reflect.Array, reflect.Map:
		msg = fmt.Sprintf("%s: %s is a list, which has no field %s; to show each item's, range over it: {{ range %s }}{{ .%s }}{{ end }}", shown, written, name, written, name)
	default:
		msg = fmt.Sprintf("%s: %s is %s, which has no fields: remove %s", shown, written, kindWords(base), field)
	}
	c.out = append(c.out, diag.At(c.dir, node, "%s", msg))
}

// givenBy says where the template walked got its dot, of type t, when the
// mistake is of its dot and the call gave another type than the entry's
// (partialCached "partials/nav.html" .Page): the mistake may be the call's.
func (c *checker) givenBy(t reflect.Type, written string) string {
	at := c.callAt[c.cur]
	if at == nil || c.cur == c.entry || written != "." && written != "$" || t == c.dots[c.entry] {
		return ""
	}
	call := diag.At(c.dir, at, "")
	return fmt.Sprintf(" (dot is %s here, given by the call at %s:%d)", c.what(t), call.File, call.Line)
}

// what names a value of type t for a message.
func (c *checker) what(t reflect.Type) string {
	if w, ok := c.names[t]; ok {
		return w
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return "a " + t.Name() + " value"
}

// kindWords names a value of a kind without fields.
func kindWords(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "yes or no (true, false)"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return "a number"
	}
	return "a " + t.Kind().String()
}

// nearest is the names a value of type t has that name was likely meant
// for, written whole: those differing least from it, in letter case, a
// letter missing, added, changed or two swapped (Titel, Title); else,
// found so, a field of one of its fields (.Title on a layout's . is
// .Page.Title).
func (c *checker) nearest(t reflect.Type, written, name string) string {
	join := func(n string) string {
		if written == "." {
			return "." + n
		}
		return written + "." + n
	}
	best := diag.Near(memberNames(t), name)
	for i, n := range best {
		best[i] = join(n)
	}
	if len(best) == 0 {
		base := t
		for base.Kind() == reflect.Pointer {
			base = base.Elem()
		}
		if base.Kind() == reflect.Struct {
			for i := range base.NumField() {
				f := base.Field(i)
				if !f.IsExported() || f.Anonymous {
					continue
				}
				ft := f.Type
				if h, ok := c.held.Fields[base][f.Name]; ok {
					ft = h // what an interface held: a shortcode's .Page
				}
				for _, n := range diag.Near(memberNames(ft), name) {
					best = append(best, join(f.Name)+"."+n)
				}
			}
		}
	}
	if len(best) > 3 {
		best = best[:3]
	}
	switch len(best) {
	case 0:
		return ""
	case 1:
		return best[0]
	}
	return strings.Join(best[:len(best)-1], ", ") + " or " + best[len(best)-1]
}

// memberNames are the exported methods and fields of a value of type t,
// sorted.
func memberNames(t reflect.Type) []string {
	set := map[string]bool{}
	for _, m := range []reflect.Type{t, reflect.PointerTo(t)} {
		for i := range m.NumMethod() {
			set[m.Method(i).Name] = true
		}
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() == reflect.Struct {
		for _, f := range reflect.VisibleFields(t) {
			if f.IsExported() && !f.Anonymous {
				set[f.Name] = true
			}
		}
	}
	return slices.Sorted(maps.Keys(set))
}
