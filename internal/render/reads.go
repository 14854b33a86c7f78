package render

import (
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/site"
)

// names are the field and method names that a layout's templates (baseof and
// every partial included) name anywhere. Nothing else can be read by that
// layout, so a view's signature may leave out what none of them names: a
// page's section (Parent) or its terms' page counts (Count), which change
// with every date or tag edit of any page in the section or term.
type names map[string]bool

// namesOf collects the names in every template of a parsed layout.
func namesOf(trees []*parse.Tree) names {
	n := names{}
	var walk func(parse.Node)
	walk = func(node parse.Node) {
		switch x := node.(type) {
		case nil:
		case *parse.ListNode:
			if x == nil {
				return
			}
			for _, c := range x.Nodes {
				walk(c)
			}
		case *parse.ActionNode:
			walk(x.Pipe)
		case *parse.PipeNode:
			if x == nil {
				return
			}
			for _, c := range x.Cmds {
				walk(c)
			}
		case *parse.CommandNode:
			for _, a := range x.Args {
				walk(a)
			}
		case *parse.ChainNode:
			walk(x.Node)
			for _, f := range x.Field {
				n[f] = true
			}
		case *parse.FieldNode:
			for _, f := range x.Ident {
				n[f] = true
			}
		case *parse.VariableNode:
			for _, f := range x.Ident[1:] {
				n[f] = true
			}
		case *parse.IfNode:
			walk(x.Pipe)
			walk(x.List)
			walk(x.ElseList)
		case *parse.RangeNode:
			walk(x.Pipe)
			walk(x.List)
			walk(x.ElseList)
		case *parse.WithNode:
			walk(x.Pipe)
			walk(x.List)
			walk(x.ElseList)
		case *parse.TemplateNode:
			walk(x.Pipe)
		}
	}
	for _, t := range trees {
		if t != nil {
			walk(t.Root)
		}
	}
	return n
}

// namesFor returns the names the layout of p can read; nil (everything) when
// p has no layout.
func (t *Templates) namesFor(p *site.Page) names {
	l, err := t.lookup(p.Kind, p.Section, p.Taxonomy)
	if err != nil {
		return nil
	}
	return l.names
}

// reads reports whether a layout with these names may read name.
func (n names) reads(name string) bool { return n == nil || n[name] }
