package render

import (
	"maps"
	"slices"
	"strings"
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/site"
)

// names is what a layout's templates (its own, baseof and the partials they
// call) can read, found in their parse trees. A view's signature may leave out what
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
	// reach are the neighbours (keys of neighbours) a template reads of a
	// page other than the view's own, such as a listed page's parent or
	// translations: signatures follow them from every page they include.
	reach map[string]bool
	// follow are the functions of neighbours that reach names, in the order
	// of their keys: what signatures follow, set once the walk is done.
	follow []func(p *site.Page, dst []*site.Page) []*site.Page
}

// neighbours are the fields and methods of a page that lead to other pages,
// each appending the pages it leads to (nil ones too) to dst. Pages and
// Term.Pages reach too far to follow: they make a layout read everything.
var neighbours = map[string]func(p *site.Page, dst []*site.Page) []*site.Page{
	"Parent":       func(p *site.Page, dst []*site.Page) []*site.Page { return append(dst, p.Parent) },
	"Ancestors":    func(p *site.Page, dst []*site.Page) []*site.Page { return append(dst, p.Ancestors()...) },
	"Translations": func(p *site.Page, dst []*site.Page) []*site.Page { return append(dst, p.Translations...) },
	"Sections":     func(p *site.Page, dst []*site.Page) []*site.Page { return append(dst, p.Sections...) },
	"FallbackOf":   func(p *site.Page, dst []*site.Page) []*site.Page { return append(dst, p.FallbackOf) },
	"FallbackIn":   func(p *site.Page, dst []*site.Page) []*site.Page { return append(dst, p.Fallbacks()...) },
}

// neighbourKey gives the key in neighbours of a name that leads to the same
// pages as one of them.
var neighbourKey = map[string]string{
	"Parent": "Parent", "Ancestors": "Ancestors", "Translations": "Translations", "Translation": "Translations",
	"IsTranslated": "Translations", "Sections": "Sections", "FallbackOf": "FallbackOf", "FallbackIn": "FallbackIn", "Fallbacks": "FallbackIn",
}

// siteWide are the methods and fields that reach pages beyond those a view
// holds; only the Site has them.
var siteWide = map[string]bool{"Tree": true, "SectionPages": true, "PageByFile": true}

// namesOf collects the names in every template of a parsed layout. Templates
// parsed from the layout and baseof files get the view as dot, and so do the
// templates and partials that every call gives the view; the others get data
// of unknown kind.
func namesOf(trees []*parse.Tree) *names {
	n := &names{idents: map[string]bool{}, reach: map[string]bool{}}
	view, called, _ := viewTemplates(trees)
	for _, t := range trees {
		if t != nil && called[t.Name] {
			n.walk(t.Root, view[t.Name], view[t.Name])
		}
	}
	for _, k := range slices.Sorted(maps.Keys(n.reach)) {
		n.follow = append(n.follow, neighbours[k])
	}
	return n
}

// call is where a template calls another with template, partial or
// partialCached.
type call struct {
	caller string
	// view: the call gives the caller's dot, and dot is the caller's data
	// there (or it gives $).
	view bool
}

// viewTemplates reports which templates may run (called): the layout's own
// and baseof, and the partials something calls; and which of those are always
// given the view: the layout's own, baseof and those that every call gives
// the view from a template that has it. dynamic says a partial is named by
// a value, so that every partial may run.
func viewTemplates(trees []*parse.Tree) (view, called map[string]bool, dynamic bool) {
	calls := map[string][]call{}
	for _, t := range trees {
		if t != nil {
			collectCalls(t.Name, t.Root, true, calls, &dynamic)
		}
	}
	view, called = map[string]bool{}, map[string]bool{}
	for _, t := range trees {
		if t != nil {
			partial := strings.HasPrefix(t.Name, "partials/")
			called[t.Name] = !partial || dynamic
			view[t.Name] = !partial || !dynamic
		}
	}
	// A template runs when one that runs calls it; only those calls count.
	for changed := true; changed; {
		changed = false
		for name, cs := range calls {
			for _, c := range cs {
				if called[c.caller] && !called[name] {
					called[name], changed = true, true
				}
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for name, cs := range calls {
			if !view[name] {
				continue
			}
			for _, c := range cs {
				if called[c.caller] && (!c.view || !view[c.caller]) {
					view[name], changed = false, true
					break
				}
			}
		}
	}
	return view, called, dynamic
}

// collectCalls records the calls under node made by template caller; top
// reports whether dot is the template's data there.
func collectCalls(caller string, node parse.Node, top bool, calls map[string][]call, dynamic *bool) {
	switch x := node.(type) {
	case *parse.ListNode:
		if x != nil {
			for _, c := range x.Nodes {
				collectCalls(caller, c, top, calls, dynamic)
			}
		}
	case *parse.ActionNode:
		collectCalls(caller, x.Pipe, top, calls, dynamic)
	case *parse.PipeNode:
		if x != nil {
			for _, c := range x.Cmds {
				collectCalls(caller, c, top, calls, dynamic)
			}
		}
	case *parse.CommandNode:
		if id, ok := firstIdent(x); ok && (id == "partial" || id == "partialCached") && len(x.Args) > 1 {
			if name, ok := x.Args[1].(*parse.StringNode); ok {
				c := call{caller, len(x.Args) > 2 && givesData(x.Args[2], top)}
				calls[name.Text] = append(calls[name.Text], c)
				calls["partials/"+name.Text] = append(calls["partials/"+name.Text], c) // as partialCached finds it
			} else {
				*dynamic = true
			}
		}
		for _, a := range x.Args {
			collectCalls(caller, a, top, calls, dynamic)
		}
	case *parse.ChainNode:
		collectCalls(caller, x.Node, top, calls, dynamic)
	case *parse.IfNode:
		collectBranch(caller, &x.BranchNode, top, top, calls, dynamic)
	case *parse.RangeNode:
		collectBranch(caller, &x.BranchNode, top, false, calls, dynamic)
	case *parse.WithNode:
		collectBranch(caller, &x.BranchNode, top, false, calls, dynamic)
	case *parse.TemplateNode:
		given := x.Pipe != nil && len(x.Pipe.Decl) == 0 && len(x.Pipe.Cmds) == 1 && len(x.Pipe.Cmds[0].Args) == 1 &&
			givesData(x.Pipe.Cmds[0].Args[0], top)
		calls[x.Name] = append(calls[x.Name], call{caller, given})
		collectCalls(caller, x.Pipe, top, calls, dynamic)
	}
}

func collectBranch(caller string, b *parse.BranchNode, top, inner bool, calls map[string][]call, dynamic *bool) {
	collectCalls(caller, b.Pipe, top, calls, dynamic)
	collectCalls(caller, b.List, inner, calls, dynamic)
	collectCalls(caller, b.ElseList, top, calls, dynamic)
}

// givesData reports whether arg is the calling template's own data: $, or
// dot where dot is that data (top).
func givesData(arg parse.Node, top bool) bool {
	switch a := arg.(type) {
	case *parse.DotNode:
		return top
	case *parse.VariableNode:
		return len(a.Ident) == 1 && a.Ident[0] == "$"
	}
	return false
}

// firstIdent returns the function a command calls, if it calls one.
func firstIdent(c *parse.CommandNode) (string, bool) {
	if len(c.Args) == 0 {
		return "", false
	}
	id, ok := c.Args[0].(*parse.IdentifierNode)
	if !ok {
		return "", false
	}
	return id.Ident, true
}

// walk records the names under node; dot and dollar report whether dot and
// $ are the view there.
func (n *names) walk(node parse.Node, dot, dollar bool) {
	switch x := node.(type) {
	case *parse.ListNode:
		if x != nil {
			for _, c := range x.Nodes {
				n.walk(c, dot, dollar)
			}
		}
	case *parse.ActionNode:
		n.walk(x.Pipe, dot, dollar)
	case *parse.PipeNode:
		if x != nil {
			for _, c := range x.Cmds {
				n.walk(c, dot, dollar)
			}
		}
	case *parse.CommandNode:
		for _, a := range x.Args {
			n.walk(a, dot, dollar)
		}
	case *parse.ChainNode:
		n.walk(x.Node, dot, dollar)
		n.chain("", x.Field, false)
	case *parse.FieldNode:
		n.chain("", x.Ident, dot)
	case *parse.VariableNode:
		n.chain(x.Ident[0], x.Ident[1:], dollar && x.Ident[0] == "$")
	case *parse.IfNode:
		n.branch(&x.BranchNode, dot, dot, dollar)
	case *parse.RangeNode:
		n.branch(&x.BranchNode, dot, false, dollar)
	case *parse.WithNode:
		n.branch(&x.BranchNode, dot, false, dollar)
	case *parse.TemplateNode:
		n.walk(x.Pipe, dot, dollar)
	}
}

// branch walks an if, range or with; inner reports whether dot is still the
// view in its body.
func (n *names) branch(b *parse.BranchNode, dot, inner, dollar bool) {
	n.walk(b.Pipe, dot, dollar)
	n.walk(b.List, inner, dollar)
	n.walk(b.ElseList, dot, dollar)
}

// chain records the names of a chain of fields read from base (a variable, or
// "" for dot or a value), where onView reports that base is the view.
func (n *names) chain(base string, fields []string, onView bool) {
	prev := base
	own := false // the value read so far is the view's own page
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
		if k, ok := neighbourKey[f]; ok && (!own || k == "FallbackIn") && !(onView && i == 0) {
			n.reach[k] = true
		}
		own = onView && i == 0 && f == "Page"
		prev = f
	}
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

// setLayout gives v what the layout of its page can read (namesFor) and
// what it is made of (layout.sum), which its signature sums.
func (t *Templates) setLayout(v *View) {
	v.names, v.layoutSum = nil, 0
	if l, err := t.lookup(v.Page); err == nil {
		v.names, v.layoutSum = l.names, l.sum
	}
}

// reads reports whether a layout with these names may read name.
func (n *names) reads(name string) bool { return n == nil || n.everything || n.idents[name] }
