package diag

import (
	"cmp"
	"errors"
	"fmt"
	"path"
	"regexp"
	"strings"
	texttemplate "text/template"
	"text/template/parse"
)

// execPlace is where text/template writes the place of an execution error:
// "template: FILE:LINE:COL: executing ...", the one place it keeps it.
var execPlace = regexp.MustCompile(`^template: (\S+:\d+:\d+): executing `)

// Exec says, for err, an error text/template returned executing a template
// of a site (a layout, a partial, a shortcode) under dir, what went wrong in
// a site author's words, at the file, line and column (in bytes, from 1) of
// the node at fault; nil when err is no such error or its node is not found.
// page names the page being rendered ("" for none).
//
// It decides from structure, not from text/template's words ("map has no
// entry for key", "error calling index: ..."): the node at the error's place
// in tree(name) says what the template was doing, and the error's chain
// whether a function it called failed (text/template wraps that error).
// A field or key read that fails at run time is one typecheck could not see:
// a key a page's map, a data file or a dict does not hold (layouts run with
// missingkey=error), or a field of a value that is empty or of another kind.
func Exec(dir string, err error, tree func(name string) *parse.Tree, page string) *Diagnostic {
	return ExecKeys(dir, err, tree, page, nil)
}

// Keys gives, for a node of tree t that reads a key a map does not hold,
// the keys that map holds, when the caller can find it (nil: not known),
// and at, the number of the node's names before the one not there
// (.Params.a.b.c with no b: 2, counted in the node's Ident); -1 when not
// known, as the last is then blamed; Present when the caller found every
// name there, so that the node's value is, and of a kind its use refused.
type Keys func(t *parse.Tree, node parse.Node) (keys []string, at int)

// Present is what a Keys says of a node whose every name is there.
const Present = -2

// ExecKeys is Exec, whose message about a key a map does not hold names
// the keys of the map nearest to it (.Params.author.nmae: did you mean
// "name"?), from keys.
func ExecKeys(dir string, err error, tree func(name string) *parse.Tree, page string, keys Keys) *Diagnostic {
	t, node, msg := execProblem(err, tree, page, keys)
	if node == nil {
		return nil
	}
	var ee texttemplate.ExecError
	errors.As(err, &ee)
	file, line, col, ok := TemplatePlace(execPlace.FindStringSubmatch(ee.Err.Error())[1])
	if !ok {
		return nil
	}
	if _, l, c, ok := TemplatePlace(placeOf(t, node)); ok {
		line, col = l, c // a field of a pipeline's value: at the field
	}
	return &Diagnostic{File: path.Join(dir, file), Line: line, Col: col, Msg: msg, Err: err}
}

// execProblem is Exec's node at fault, in tree t, and its message.
func execProblem(err error, tree func(name string) *parse.Tree, page string, keys Keys) (t *parse.Tree, node parse.Node, msg string) {
	var ee texttemplate.ExecError
	if tree == nil || !errors.As(err, &ee) {
		return nil, nil, ""
	}
	m := execPlace.FindStringSubmatch(ee.Err.Error())
	t = tree(ee.Name)
	if base, _, derived := strings.Cut(ee.Name, "$htmltemplate_"); t == nil && derived {
		// A copy html/template made of a template for another context
		// (called in an attribute): its nodes keep the original's places.
		t = tree(base)
	}
	if m == nil || t == nil || t.Root == nil {
		return nil, nil, ""
	}
	if arg := rangedAt(t, m[1]); arg != nil && errors.Unwrap(ee.Err) == nil {
		return t, arg, rangeMessage(arg, cmp.Or(page, "this page"))
	}
	node = nodeAt(t, m[1])
	if id, ok := node.(*parse.IdentifierNode); ok && comparisons[id.Ident] && errors.Unwrap(ee.Err) != nil {
		// text/template's own comparison refused its values.
		return t, node, fmt.Sprintf("%s cannot compare the values it is given for %s: lt, le, gt and ge compare two numbers or two texts, eq and ne two values of one kind (a whole number and a number with a fraction are two kinds); a date is compared with .Before and .After", id.Ident, cmp.Or(page, "this page"))
	}
	if cmd := argAt(t, m[1]); cmd != nil && errors.Unwrap(ee.Err) == nil && (node == nil || isLiteral(node) || isVariable(node)) {
		// A function was given a value of a kind it does not take,
		// which only this page's values showed (one whose kind was
		// known, typecheck said when the layouts were loaded). Which
		// function of the call refused is not told: the place is that
		// of the last value evaluated.
		return t, cmd, fmt.Sprintf("{{ %s }}: a value in this call is not of a kind the function it is given to takes, for %s; check the kinds of the values it reads on that page (a text, a number, a list)", cmd, cmp.Or(page, "this page"))
	}
	if node == nil {
		return nil, nil, ""
	}
	if called := errors.Unwrap(ee.Err); called != nil {
		// A function or method the template called returned an error,
		// which says what failed (the node may be one vestis wrote for
		// the call: $.Partial for partial).
		if page != "" {
			return t, node, fmt.Sprintf("rendering %s: %v", page, called)
		}
		return t, node, called.Error()
	}
	if page == "" {
		page = "this page"
	}
	var held []string
	at := -1
	if keys != nil {
		held, at = keys(t, node)
	}
	if cmd := argAt(t, m[1]); cmd != nil && at == Present {
		// The value is there (1e400 in a data file, read as a text), but
		// the function it is given to does not take its kind.
		return t, node, fmt.Sprintf("{{ %s }}: %s is there for %s, but is not of a kind %s takes; check what it holds on that page (a text, a number, a list)", cmd, node, page, cmd.Args[0])
	}
	var base, key string
	shown := node.String()
	switch n := node.(type) {
	case *parse.FieldNode:
		idents := n.Ident
		if at >= 0 && at < len(idents) {
			idents = idents[:at+1] // a key in the middle of the path is not there
			shown = "." + strings.Join(idents, ".")
		}
		base, key = "."+strings.Join(idents[:len(idents)-1], "."), idents[len(idents)-1]
	case *parse.VariableNode:
		if len(n.Ident) < 2 {
			return nil, nil, ""
		}
		idents := n.Ident
		if at >= 1 && at < len(idents) {
			idents = idents[:at+1]
			shown = strings.Join(idents, ".")
		}
		base, key = strings.Join(idents[:len(idents)-1], "."), idents[len(idents)-1]
	case *parse.ChainNode:
		base, key = "("+n.Node.String()+")", n.Field[len(n.Field)-1]
		if len(n.Field) > 1 {
			base += "." + strings.Join(n.Field[:len(n.Field)-1], ".")
		}
	default:
		return nil, nil, ""
	}
	hint := ""
	if near := Near(held, key); len(near) > 0 {
		hint = fmt.Sprintf("; did you mean %q?", strings.Join(near, `" or "`))
	}
	return t, node, fmt.Sprintf("%s is not there for %s%s (a key its map does not hold, or a field its value does not have: check the name); a key a page may leave out is read with index, as in {{ with index %s %q }}...{{ end }}",
		shown, page, hint, base, key)
}

// comparisons are text/template's functions that compare two values.
var comparisons = map[string]bool{"eq": true, "ne": true, "lt": true, "le": true, "gt": true, "ge": true}

// argAt is the outermost command of t that calls a function (its first
// word a function's name) one of whose arguments, written after the
// name, holds the node at loc; nil when none.
func argAt(t *parse.Tree, loc string) *parse.CommandNode {
	var found *parse.CommandNode
	Inspect(t.Root, func(n parse.Node) {
		cmd, ok := n.(*parse.CommandNode)
		if !ok || found != nil || len(cmd.Args) < 2 {
			return
		}
		if _, ok := cmd.Args[0].(*parse.IdentifierNode); !ok {
			return
		}
		for _, a := range cmd.Args[1:] {
			Inspect(a, func(in parse.Node) {
				if found == nil && placeOf(t, in) == loc {
					found = cmd
				}
			})
		}
	})
	return found
}

// isVariable reports whether n reads a variable and no key of it ($x),
// so reads nothing that may not be there.
func isVariable(n parse.Node) bool {
	v, ok := n.(*parse.VariableNode)
	return ok && len(v.Ident) == 1
}

// isLiteral reports whether n is a value written as it is.
func isLiteral(n parse.Node) bool {
	switch n.(type) {
	case *parse.StringNode, *parse.NumberNode, *parse.BoolNode, *parse.NilNode:
		return true
	}
	return false
}

// rangedAt is the value a {{ range }} of t goes over, when it is at loc
// (text/template places a range's error there); nil else.
func rangedAt(t *parse.Tree, loc string) parse.Node {
	var found parse.Node
	Inspect(t.Root, func(n parse.Node) {
		r, ok := n.(*parse.RangeNode)
		if !ok || found != nil || r.Pipe == nil || len(r.Pipe.Cmds) == 0 {
			return
		}
		last := r.Pipe.Cmds[len(r.Pipe.Cmds)-1]
		if len(last.Args) == 1 && placeOf(t, last.Args[0]) == loc {
			found = last.Args[0]
		}
	})
	return found
}

// rangeMessage says that {{ range }} could not go over arg, on page.
func rangeMessage(arg parse.Node, page string) string {
	const over = "range goes over a list, a map or a whole number"
	switch arg.(type) {
	case *parse.StringNode, *parse.NumberNode, *parse.BoolNode, *parse.NilNode:
		return fmt.Sprintf("{{ range %s }}: %s is no list; %s", arg, arg, over)
	}
	return fmt.Sprintf("{{ range %s }}: %s is not there for %s, or is a value range cannot go over (a text, a date, a number with a fraction); %s; a value a page may leave out is tested first, as in {{ with %s }}{{ range . }}...{{ end }}{{ end }}", arg, arg, page, over, arg)
}

// nodeAt is the node of t whose place (file:line:col, as text/template
// writes it) is loc; of nodes at one place, the first that reads a field or
// calls a function. A node with no tree of its own (one vestis or
// html/template added) is placed in t, as text/template places it.
func nodeAt(t *parse.Tree, loc string) parse.Node {
	var found parse.Node
	Inspect(t.Root, func(n parse.Node) {
		switch n := n.(type) {
		case *parse.FieldNode, *parse.VariableNode, *parse.ChainNode:
		case *parse.IdentifierNode:
			if strings.HasPrefix(n.Ident, "_html_template_") {
				return // an escaper html/template added, at its pipeline's place
			}
		default:
			return
		}
		if found == nil && placeOf(t, n) == loc {
			found = n
		}
	})
	if found != nil {
		return found
	}
	// (pipe).Field: text/template reports a field of the pipeline's value
	// that fails at the place of the pipeline's last node.
	Inspect(t.Root, func(n parse.Node) {
		c, ok := n.(*parse.ChainNode)
		if !ok || found != nil {
			return
		}
		Inspect(c.Node, func(in parse.Node) {
			if placeOf(t, in) == loc {
				found = c
			}
		})
	})
	return found
}

// placeOf is n's place in t as text/template writes it.
func placeOf(t *parse.Tree, n parse.Node) (loc string) {
	defer func() {
		if recover() != nil {
			loc = "" // a node whose tree does not hold its place
		}
	}()
	loc, _ = t.ErrorContext(n)
	return loc
}
