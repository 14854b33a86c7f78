package hugoimport

import (
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// themePagerSize is the number of pages a list page of the site's theme
// shows when its layouts give it to Hugo's .Paginate themselves (bilberry's
// list.html: .Paginate $pages (index .Site.Params "paginate" | default 7)),
// which Hugo uses whatever the site's paginate says: the site's param the
// layout reads, else the layout's default, else its number; 0 when no
// layout of themes (folders of themes/) gives one. The layouts are read as
// templates, not as text: a call in a comment or a string gives none.
// Layouts of the list kinds (_default/list.html) are looked at first.
func themePagerSize(fsys fs.FS, themes []string, params map[string]any) int {
	for _, theme := range themes {
		root := path.Join("themes", theme, "layouts")
		var files []string
		_ = fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() && strings.HasSuffix(p, ".html") {
				files = append(files, p)
			}
			return nil
		})
		// The list layouts first, then the others, each in name order.
		slices.SortStableFunc(files, func(a, b string) int {
			return listRank(a) - listRank(b)
		})
		for _, f := range files {
			// Never a named pipe, /dev/zero or a file too large to be a layout.
			data, err := sitefs.ReadText(fsys, f, sitefs.MaxSize)
			if err != nil || !strings.Contains(string(data), "Paginate") {
				continue
			}
			t := parse.New(f)
			t.Mode = parse.SkipFuncCheck
			set := map[string]*parse.Tree{} // the file's own and its {{ define }}s
			if _, err := t.Parse(string(data), "", "", set); err != nil {
				continue
			}
			for _, name := range slices.Sorted(maps.Keys(set)) {
				if n := pagerSizeIn(set[name].Root, params); n > 0 {
					return n
				}
			}
		}
	}
	return 0
}

// listRank orders a theme's layouts: list layouts (list.html) first.
func listRank(file string) int {
	if path.Base(file) == "list.html" {
		return 0
	}
	return 1
}

// pagerSize is a page size as a layout writes it: a number, a site param
// (key), and the default it falls back to.
type pagerSize struct {
	n, def int
	key    string
}

// pagerSizeIn finds the first .Paginate call with a size in root and says
// the size it gives with params; 0 when there is none.
func pagerSizeIn(root parse.Node, params map[string]any) int {
	vars := map[string]*parse.PipeNode{} // $name := ..., as the layout declares them
	var found *pagerSize
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		if found != nil || n == nil {
			return
		}
		switch n := n.(type) {
		case *parse.ListNode:
			if n == nil { // no else
				return
			}
			for _, c := range n.Nodes {
				walk(c)
			}
		case *parse.ActionNode:
			walk(n.Pipe)
		case *parse.IfNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.RangeNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.WithNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.TemplateNode:
			walk(n.Pipe)
		case *parse.ChainNode: // (.Paginate .Pages 3).Pages
			walk(n.Node)
		case *parse.PipeNode:
			if n == nil {
				return
			}
			for _, c := range n.Cmds {
				walk(c)
			}
			if len(n.Decl) == 1 && len(n.Decl[0].Ident) == 1 {
				vars[n.Decl[0].Ident[0]] = n
			}
		case *parse.CommandNode:
			if len(n.Args) == 3 && isPaginate(n.Args[0]) {
				if s, ok := sizeOf(n.Args[2], vars); ok {
					found = &s
					return
				}
			}
			for _, a := range n.Args {
				walk(a)
			}
		}
	}
	walk(root)
	if found == nil {
		return 0
	}
	if found.key != "" {
		if n := integer(param(params, found.key)); n > 0 {
			return n
		}
		return found.def
	}
	return found.n
}

// isPaginate reports whether n names Hugo's .Paginate ($.Paginate,
// .Page.Paginate).
func isPaginate(n parse.Node) bool {
	switch n := n.(type) {
	case *parse.FieldNode:
		return n.Ident[len(n.Ident)-1] == "Paginate"
	case *parse.VariableNode:
		return len(n.Ident) > 1 && n.Ident[len(n.Ident)-1] == "Paginate"
	}
	return false
}

// sizeOf reads a page size written as n: a number, a site param
// (.Site.Params.paginate, site.Params.paginate, index .Site.Params
// "paginate"), either with | default 7 or default 7 (...), in parentheses
// or a variable declared so.
func sizeOf(n parse.Node, vars map[string]*parse.PipeNode) (pagerSize, bool) {
	switch n := n.(type) {
	case *parse.NumberNode:
		if n.IsInt && n.Int64 > 0 {
			return pagerSize{n: int(n.Int64)}, true
		}
	case *parse.VariableNode:
		if len(n.Ident) == 1 {
			if p := vars[n.Ident[0]]; p != nil {
				return sizeOfPipe(p, vars)
			}
		}
		if k := siteParam(n); k != "" {
			return pagerSize{key: k}, true
		}
	case *parse.PipeNode:
		return sizeOfPipe(n, vars)
	default:
		if k := siteParam(n); k != "" {
			return pagerSize{key: k}, true
		}
	}
	return pagerSize{}, false
}

func sizeOfPipe(p *parse.PipeNode, vars map[string]*parse.PipeNode) (pagerSize, bool) {
	switch len(p.Cmds) {
	case 1:
		return sizeOfCommand(p.Cmds[0], vars)
	case 2: // X | default 7
		s, ok := sizeOfCommand(p.Cmds[0], vars)
		d := p.Cmds[1].Args
		if ok && s.key != "" && len(d) == 2 && isIdent(d[0], "default") {
			if n, isNum := d[1].(*parse.NumberNode); isNum && n.IsInt {
				s.def = int(n.Int64)
			}
		}
		return s, ok
	}
	return pagerSize{}, false
}

func sizeOfCommand(c *parse.CommandNode, vars map[string]*parse.PipeNode) (pagerSize, bool) {
	a := c.Args
	switch {
	case len(a) == 1:
		return sizeOf(a[0], vars)
	case len(a) == 3 && isIdent(a[0], "index"): // index .Site.Params "paginate"
		if s, ok := a[2].(*parse.StringNode); ok && siteParams(a[1]) {
			return pagerSize{key: s.Text}, true
		}
	case len(a) == 3 && isIdent(a[0], "default"): // default 7 .Site.Params.paginate
		s, ok := sizeOf(a[2], vars)
		if n, isNum := a[1].(*parse.NumberNode); ok && s.key != "" && isNum && n.IsInt {
			s.def = int(n.Int64)
		}
		return s, ok
	}
	return pagerSize{}, false
}

func isIdent(n parse.Node, name string) bool {
	id, ok := n.(*parse.IdentifierNode)
	return ok && id.Ident == name
}

// siteParams reports whether n is the site's params (.Site.Params,
// $.Site.Params, site.Params).
func siteParams(n parse.Node) bool {
	return slices.Equal(fieldPath(n), []string{"Site", "Params"})
}

// siteParam is the key of the site param n is (.Site.Params.paginate), or "".
func siteParam(n parse.Node) string {
	p := fieldPath(n)
	if len(p) == 3 && p[0] == "Site" && p[1] == "Params" {
		return p[2]
	}
	return ""
}

// fieldPath is the fields n reads from the page or the site, with site. and
// $. read as .Site. and .: [Site Params paginate].
func fieldPath(n parse.Node) []string {
	switch n := n.(type) {
	case *parse.FieldNode:
		return n.Ident
	case *parse.VariableNode:
		if len(n.Ident) > 1 && n.Ident[0] == "$" {
			return n.Ident[1:]
		}
	case *parse.ChainNode:
		if isIdent(n.Node, "site") {
			return append([]string{"Site"}, n.Field...)
		}
	}
	return nil
}
