package diag

import "text/template/parse"

// Inspect calls f for node and every node of a template's tree below it,
// parents first, as ast.Inspect does.
func Inspect(node parse.Node, f func(parse.Node)) {
	if node == nil {
		return
	}
	f(node)
	switch x := node.(type) {
	case *parse.ListNode:
		if x != nil {
			for _, c := range x.Nodes {
				Inspect(c, f)
			}
		}
	case *parse.ActionNode:
		Inspect(x.Pipe, f)
	case *parse.PipeNode:
		if x != nil {
			for _, d := range x.Decl {
				Inspect(d, f)
			}
			for _, c := range x.Cmds {
				Inspect(c, f)
			}
		}
	case *parse.CommandNode:
		for _, a := range x.Args {
			Inspect(a, f)
		}
	case *parse.ChainNode:
		Inspect(x.Node, f)
	case *parse.IfNode:
		inspectBranch(&x.BranchNode, f)
	case *parse.RangeNode:
		inspectBranch(&x.BranchNode, f)
	case *parse.WithNode:
		inspectBranch(&x.BranchNode, f)
	case *parse.TemplateNode:
		Inspect(x.Pipe, f)
	}
}

func inspectBranch(b *parse.BranchNode, f func(parse.Node)) {
	Inspect(b.Pipe, f)
	Inspect(b.List, f)
	Inspect(b.ElseList, f)
}
