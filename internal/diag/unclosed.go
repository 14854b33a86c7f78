package diag

import (
	"fmt"
	"path"
	"strconv"
	"strings"
	"text/template/parse"
)

// maxUnclosed is how many blocks left open Unclosed looks for: past it, a
// file is left to the parser's own message.
const maxUnclosed = 8

// Unclosed is the error of the template file name under dir whose text
// leaves one or more blocks ({{ if }}, {{ range }}, {{ with }}, {{ define }},
// {{ block }}) without their {{ end }}, at the line and column of the
// innermost such block; nil when text parses, or when adding {{ end }}s does
// not make it parse (another mistake, which the parser's message names).
// text/template reports such a file as "unexpected EOF" at its last line,
// which leaves an editor searching the whole file.
//
// It decides from the parser's structure, not from the text or the error's
// words: it parses the text again with k {{ end }}s added, each after a
// marker action, and the block whose list ends with the i-th marker is the
// one the i-th added {{ end }} closed, the i-th innermost left open.
func Unclosed(dir, name, text string) *Diagnostic {
	if parseTemplate(name, text, map[string]*parse.Tree{}) == nil {
		return nil
	}
	for k := 1; k <= maxUnclosed; k++ {
		var b strings.Builder
		b.WriteString(text)
		for i := range k {
			fmt.Fprintf(&b, "{{%q}}{{end}}", marker(i))
		}
		trees := map[string]*parse.Tree{}
		if parseTemplate(name, b.String(), trees) != nil {
			continue
		}
		return unclosedAt(dir, name, trees, k)
	}
	return nil
}

// marker is the text of the i-th marker action Unclosed adds; a NUL keeps
// it apart from any text a layout holds.
func marker(i int) string { return "\x00vestis-unclosed-" + strconv.Itoa(i) }

// opened is a block left open: what opened it and where.
type opened struct {
	what string // "{{ if }}", `{{ define "main" }}`
	node parse.Node
}

// unclosedAt finds, in trees parsed with k {{ end }}s added, the blocks
// those closed, and makes the error at the innermost.
func unclosedAt(dir, name string, trees map[string]*parse.Tree, k int) *Diagnostic {
	found := make([]*opened, k)
	for tname, tree := range trees {
		if tree.Root == nil {
			continue
		}
		if i, ok := endsWithMarker(tree.Root, k); ok {
			// A define's or a block's body, closed by an added {{ end }}.
			what, at := fmt.Sprintf("{{ define %q }}", tname), parse.Node(tree.Root)
			if b := blockOf(trees, tname); b != nil {
				what, at = fmt.Sprintf("{{ block %q }}", tname), b
			}
			found[i] = &opened{what, at}
		}
		parents := map[parse.Node]parse.Node{} // an {{ else if }}'s if -> the if it continues
		inspectBranches(tree.Root, func(n parse.Node, kind string, list, elseList *parse.ListNode) {
			last := list
			if elseList != nil {
				last = elseList
				if len(elseList.Nodes) == 1 {
					parents[elseList.Nodes[0]] = n
				}
			}
			if i, ok := endsWithMarker(last, k); ok {
				found[i] = &opened{"{{ " + kind + " }}", n}
			}
		})
		for _, o := range found {
			// {{ if a }}...{{ else if b }}... is one block, which one
			// {{ end }} closes: it opened at the first if.
			for o != nil && parents[o.node] != nil {
				o.node = parents[o.node]
				o.what = "{{ " + kindOf(o.node) + " }}"
			}
		}
	}
	inner := found[0]
	if inner == nil {
		return nil
	}
	file, line, col := nodePlace(inner.node, name, 0)
	if file == "" {
		file = name
	}
	if _, ok := inner.node.(*parse.ListNode); ok {
		col = 0 // a define's body begins after its action, which the tree does not keep
	}
	msg := inner.what + " is never closed: add {{ end }} where it ends"
	var outer []string
	for _, o := range found[1:] {
		if o == nil {
			continue
		}
		_, l, _ := nodePlace(o.node, name, 0)
		outer = append(outer, fmt.Sprintf("%s at line %d", o.what, l))
	}
	if len(outer) > 0 {
		msg += "; also never closed: " + strings.Join(outer, ", ")
	}
	return &Diagnostic{File: path.Join(dir, file), Line: line, Col: col, Msg: msg}
}

// endsWithMarker reports which added marker, if any, is the last node of list.
func endsWithMarker(list *parse.ListNode, k int) (int, bool) {
	if list == nil || len(list.Nodes) == 0 {
		return 0, false
	}
	a, ok := list.Nodes[len(list.Nodes)-1].(*parse.ActionNode)
	if !ok || a.Pipe == nil || len(a.Pipe.Decl) > 0 || len(a.Pipe.Cmds) != 1 || len(a.Pipe.Cmds[0].Args) != 1 {
		return 0, false
	}
	s, ok := a.Pipe.Cmds[0].Args[0].(*parse.StringNode)
	if !ok {
		return 0, false
	}
	for i := range k {
		if s.Text == marker(i) {
			return i, true
		}
	}
	return 0, false
}

// blockOf is the {{ block }} node that defines the template tname, if one
// does: text/template turns a block into a define and a template call.
func blockOf(trees map[string]*parse.Tree, tname string) parse.Node {
	var found parse.Node
	for _, tree := range trees {
		Inspect(tree.Root, func(n parse.Node) {
			if t, ok := n.(*parse.TemplateNode); ok && t.Name == tname && t.Position() < trees[tname].Root.Position() {
				if found == nil || t.Position() > found.Position() {
					found = t
				}
			}
		})
	}
	return found
}

// inspectBranches calls visit on every if, range and with under n, with its
// kind and its lists (elseList is nil when it has no else).
func inspectBranches(n parse.Node, visit func(n parse.Node, kind string, list, elseList *parse.ListNode)) {
	Inspect(n, func(n parse.Node) {
		switch x := n.(type) {
		case *parse.IfNode:
			visit(x, "if", x.List, x.ElseList)
		case *parse.RangeNode:
			visit(x, "range", x.List, x.ElseList)
		case *parse.WithNode:
			visit(x, "with", x.List, x.ElseList)
		}
	})
}

// kindOf is the keyword of a branch node.
func kindOf(n parse.Node) string {
	switch n.(type) {
	case *parse.RangeNode:
		return "range"
	case *parse.WithNode:
		return "with"
	}
	return "if"
}
