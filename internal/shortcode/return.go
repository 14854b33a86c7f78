package shortcode

import (
	"errors"
	"fmt"
	"slices"
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// Hugo's {{ return V }} ends a partial and makes V its value: what partial
// gives the template that called it, in place of the partial's HTML. Hugo
// did this first by rewriting the partial's tree (the return had to be its
// last action) and now, as here, by an error the executor carries up to the
// partial: return may then stand anywhere, inside if and range too, and
// ends the partial where it is reached.

// returnValue is the error hugoReturn gives: it stops the partial's
// execution, and partial takes its value out of it.
type returnValue struct{ v any }

func (r *returnValue) Error() string {
	return "return: only a partial returns a value; a shortcode writes its output"
}

// hugoReturn is Hugo's return: with no value, or with one.
func hugoReturn(v ...any) (any, error) {
	if len(v) > 1 {
		return nil, fmt.Errorf("return: want one value, got %d", len(v))
	}
	var x any
	if len(v) == 1 {
		x = v[0]
	}
	return nil, &returnValue{v: x}
}

// returned reports the value of the return that ended err's execution.
func returned(err error) (any, bool) {
	var r *returnValue
	if errors.As(err, &r) {
		return r.v, true
	}
	return nil, false
}

// findReturn is the first call of return in tree, or nil. A partial that
// has one returns a value: nil when its execution reaches none, never its
// HTML, as in Hugo.
func findReturn(tree *parse.Tree) *parse.CommandNode {
	var found *parse.CommandNode
	walkTree(tree, func(n parse.Node) bool {
		if c, ok := n.(*parse.CommandNode); ok && len(c.Args) > 0 {
			if id, ok := c.Args[0].(*parse.IdentifierNode); ok && id.Ident == "return" {
				found = c
			}
		}
		return found == nil
	})
	return found
}

// groupReturns makes each {{ return f a b }} in tree {{ return (f a b) }}:
// what follows Hugo's return is one command whose value is returned
// ({{ return .Page.Store.Get $key }}, {{ return or (i18n .) . }}), where
// text/template would take the words for separate arguments.
func groupReturns(tree *parse.Tree) {
	walkTree(tree, func(n parse.Node) bool {
		c, ok := n.(*parse.CommandNode)
		if !ok || len(c.Args) < 3 {
			return true
		}
		if id, ok := c.Args[0].(*parse.IdentifierNode); ok && id.Ident == "return" {
			rest := c.Args[1:]
			pipe := &parse.PipeNode{NodeType: parse.NodePipe, Pos: rest[0].Position(), Line: 0,
				Cmds: []*parse.CommandNode{{NodeType: parse.NodeCommand, Pos: rest[0].Position(), Args: rest}}}
			c.Args = []parse.Node{id, pipe}
		}
		return true
	})
}

// returnOutside is the error of a shortcode template that calls return, at
// its line: only partials return values.
func (t *Templates) returnOutside(tree *parse.Tree, ret *parse.CommandNode) *diag.Diagnostic {
	loc, _ := tree.ErrorContext(ret)
	_, line, col, _ := diag.TemplatePlace(loc)
	return &diag.Diagnostic{File: t.fileOf(tree.ParseName), Line: line, Col: col,
		Msg: "return: only a partial returns a value (Hugo's return is for layouts/partials/); a shortcode writes its output"}
}

// partialCall is the variable that holds, in a partial, the Call of the
// shortcode that called it (the page it is for).
const partialCall = "$vestisCall"

// partialDot is what a partial is executed with: the Call, and the context
// it was given, which the wrapper makes dot and $ (wrapPartial).
type partialDot struct {
	Call *Call
	Dot  any
	Dots []any // Dot alone, for the wrapper's range
}

// wrapper is the frame wrapPartial puts around a partial's actions.
const wrapper = "{{ " + partialCall + " := .Call }}{{ $ := .Dot }}{{ range .Dots }}{{ end }}"

// wrapPartial makes tree, a partial's, run inside a frame that keeps the
// shortcode's Call in partialCall and makes dot and $ the partial's own
// context (a range over the one item, which a false or nil context runs
// too), so that its page functions (i18n, relURL, resources.Get, partial)
// can be calls on the Call (callT) as a shortcode's are.
func wrapPartial(tree *parse.Tree) error {
	frame, err := parse.Parse("wrapper", wrapper, "{{", "}}")
	if err != nil {
		return err
	}
	nodes := frame["wrapper"].Root.Nodes
	rng, ok := nodes[len(nodes)-1].(*parse.RangeNode)
	if !ok {
		return fmt.Errorf("wrapper: want a range last, got %T", nodes[len(nodes)-1])
	}
	rng.List.Nodes = tree.Root.Nodes
	tree.Root.Nodes = nodes
	return nil
}

// unwrapPartial undoes wrapPartial on tree, a copy: the partial's nodes
// back at its root, after the frame's declarations. html/template escapes
// a range's body again from the context it ends in, so a partial whose
// text diag.BadHTML cuts short inside a tag was refused in the frame's
// range at its first tag, and the character at fault was placed there.
func unwrapPartial(tree *parse.Tree) {
	nodes := tree.Root.Nodes
	for i, n := range nodes {
		// The frame's range is its root's last node but for the empty
		// texts tickLoops and recursion.Marks put around the body.
		rng, ok := n.(*parse.RangeNode)
		if !ok || rng.Pipe == nil || rng.Pipe.String() != ".Dots" || rng.List == nil {
			continue
		}
		tree.Root.Nodes = slices.Concat(nodes[:i], rng.List.Nodes, nodes[i+1:])
		return
	}
}
