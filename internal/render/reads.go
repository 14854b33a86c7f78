package render

import (
	"strings"
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/site"
)

// names is what a layout's templates (baseof and every partial included) can
// read, found in their parse trees. A view's signature may leave out what
// none of them names: a page's section (Parent) or its terms' page counts
// (Count), which change with every date or tag edit of any page in the
// section or term. A nil *names can read anything.
type names struct {
	idents map[string]bool // field and method names
	// allPages: a layout reads its list page's whole Pages (.Page.Pages), not
	// only the paginated slice of the view (.Pages).
	allPages bool
	// everything: a template reaches pages in ways signatures do not follow
	// (.Site.Pages, the Pages of a page a partial was given, .Site.Tree): its
	// outputs are rendered again after every change.
	everything bool
}

// siteWide are the methods and fields that reach pages beyond those a view
// holds; only the Site has them.
var siteWide = map[string]bool{"Tree": true, "SectionPages": true, "PageByFile": true}

// namesOf collects the names in every template of a parsed layout. Templates
// parsed from the layout and baseof files get the view as dot; partials (and
// templates a call gives anything but dot) get data of unknown kind.
func namesOf(trees []*parse.Tree) *names {
	n := &names{idents: map[string]bool{}}
	givenOther := map[string]bool{} // templates some call gives something other than dot
	for _, t := range trees {
		if t == nil {
			continue
		}
		inspect(t.Root, func(node parse.Node) {
			if c, ok := node.(*parse.TemplateNode); ok && !isDot(c.Pipe) {
				givenOther[c.Name] = true
			}
		})
	}
	for _, t := range trees {
		if t == nil {
			continue
		}
		view := !strings.HasPrefix(t.ParseName, "partials/") && !givenOther[t.Name]
		n.walk(t.Root, view)
	}
	return n
}

// walk records the names under node; view reports whether dot is the view.
func (n *names) walk(node parse.Node, view bool) {
	switch x := node.(type) {
	case *parse.ListNode:
		if x != nil {
			for _, c := range x.Nodes {
				n.walk(c, view)
			}
		}
	case *parse.ActionNode:
		n.walk(x.Pipe, view)
	case *parse.PipeNode:
		if x != nil {
			for _, c := range x.Cmds {
				n.walk(c, view)
			}
		}
	case *parse.CommandNode:
		for _, a := range x.Args {
			n.walk(a, view)
		}
	case *parse.ChainNode:
		n.walk(x.Node, view)
		n.chain("", x.Field, false)
	case *parse.FieldNode:
		n.chain("", x.Ident, view)
	case *parse.VariableNode:
		n.chain(x.Ident[0], x.Ident[1:], view && x.Ident[0] == "$")
	case *parse.IfNode:
		n.branch(&x.BranchNode, view, view)
	case *parse.RangeNode:
		n.branch(&x.BranchNode, view, false)
	case *parse.WithNode:
		n.branch(&x.BranchNode, view, false)
	case *parse.TemplateNode:
		n.walk(x.Pipe, view)
	}
}

// branch walks an if, range or with; inner reports whether dot is still the
// view in its body.
func (n *names) branch(b *parse.BranchNode, view, inner bool) {
	n.walk(b.Pipe, view)
	n.walk(b.List, inner)
	n.walk(b.ElseList, view)
}

// chain records the names of a chain of fields read from base (a variable, or
// "" for dot or a value), where onView reports that base is the view.
func (n *names) chain(base string, fields []string, onView bool) {
	prev := base
	for i, f := range fields {
		n.idents[f] = true
		switch {
		case siteWide[f] || f == "Pages" && prev == "Site":
			n.everything = true
		case f == "Pages" && i == 0 && onView: // the view's slice
		case f == "Pages" && i == 1 && onView && prev == "Page":
			n.allPages = true
		case f == "Pages":
			n.everything = true
		}
		prev = f
	}
}

// isDot reports whether a pipeline is plain dot (or $, the view at the top).
func isDot(p *parse.PipeNode) bool {
	if p == nil || len(p.Cmds) != 1 || len(p.Decl) > 0 || len(p.Cmds[0].Args) != 1 {
		return p == nil
	}
	switch a := p.Cmds[0].Args[0].(type) {
	case *parse.DotNode:
		return true
	case *parse.VariableNode:
		return len(a.Ident) == 1 && a.Ident[0] == "$"
	}
	return false
}

// inspect calls f for node and every node below it, as ast.Inspect does.
func inspect(node parse.Node, f func(parse.Node)) {
	if node == nil {
		return
	}
	f(node)
	switch x := node.(type) {
	case *parse.ListNode:
		if x != nil {
			for _, c := range x.Nodes {
				inspect(c, f)
			}
		}
	case *parse.ActionNode:
		inspect(x.Pipe, f)
	case *parse.PipeNode:
		if x != nil {
			for _, d := range x.Decl {
				inspect(d, f)
			}
			for _, c := range x.Cmds {
				inspect(c, f)
			}
		}
	case *parse.CommandNode:
		for _, a := range x.Args {
			inspect(a, f)
		}
	case *parse.ChainNode:
		inspect(x.Node, f)
	case *parse.IfNode:
		inspectBranch(&x.BranchNode, f)
	case *parse.RangeNode:
		inspectBranch(&x.BranchNode, f)
	case *parse.WithNode:
		inspectBranch(&x.BranchNode, f)
	case *parse.TemplateNode:
		inspect(x.Pipe, f)
	}
}

func inspectBranch(b *parse.BranchNode, f func(parse.Node)) {
	inspect(b.Pipe, f)
	inspect(b.List, f)
	inspect(b.ElseList, f)
}

// namesFor returns the names the layout of p can read; nil (everything) when
// p has no layout.
func (t *Templates) namesFor(p *site.Page) *names {
	l, err := t.lookup(p)
	if err != nil {
		return nil
	}
	return l.names
}

// reads reports whether a layout with these names may read name.
func (n *names) reads(name string) bool { return n == nil || n.everything || n.idents[name] }
