package shortcode

import (
	"text/template/parse"
)

// textNames are the fields and methods by which Hugo's templates show a
// page's text, rather than its front matter. RawContent and RenderShortcodes
// are not: they give the Markdown as written, which no conversion makes.
var textNames = map[string]bool{"Summary": true, "Content": true, "Plain": true, "PlainWords": true, "WordCount": true,
	"FuzzyWordCount": true, "ReadingTime": true, "Truncated": true, "TableOfContents": true}

// ShowsText reports whether the shortcode name may show a page's text: its
// template, a template it executes, or a partial it calls names one of
// textNames. A page whose shortcodes do may not have its own text shown by
// another page's shortcode (site's text reads), which keeps conversions from
// waiting on each other.
func (t *Templates) ShowsText(name string) bool {
	return t.text[t.resolve(name)]
}

// findText fills t.text for every shortcode, once the set holds them all
// and the partials.
func (t *Templates) findText() {
	t.text = map[string]bool{}
	memo := map[string]bool{}
	var shows func(name string, seen map[string]bool) bool
	shows = func(name string, seen map[string]bool) bool {
		if v, ok := memo[name]; ok {
			return v
		}
		if seen[name] {
			return false // a template that executes itself: what it names is already being looked at
		}
		seen[name] = true
		tmpl := t.set.Lookup(name)
		if tmpl == nil || tmpl.Tree == nil {
			return false
		}
		found := false
		walkTree(tmpl.Tree, func(n parse.Node) bool {
			switch n := n.(type) {
			case *parse.FieldNode:
				found = anyText(n.Ident)
			case *parse.ChainNode:
				found = anyText(n.Field)
			case *parse.VariableNode:
				found = anyText(n.Ident[1:])
			case *parse.TemplateNode:
				found = shows(n.Name, seen)
			case *parse.CommandNode:
				if callsPartial(n) {
					found = t.partialShowsText(n, func(name string) bool { return shows(name, seen) })
				}
			}
			return !found
		})
		memo[name] = found
		return found
	}
	for _, name := range t.names {
		t.text[name] = shows(name+".html", map[string]bool{})
	}
}

// partialShowsText reports whether the partial a call names may show text:
// any partial's, when the name is not written as a constant.
func (t *Templates) partialShowsText(call *parse.CommandNode, shows func(string) bool) bool {
	if len(call.Args) > 1 {
		if s, ok := call.Args[1].(*parse.StringNode); ok {
			pf, ok := t.partials[partialKey(s.Text)]
			return ok && pf.broken == nil && shows(pf.name)
		}
	}
	for _, pf := range t.partials {
		if pf.broken == nil && shows(pf.name) {
			return true
		}
	}
	return false
}

// callsPartial reports whether a command calls a partial: Hugo's partial
// or partialCached, or the Call's methods callT made of them.
func callsPartial(c *parse.CommandNode) bool {
	switch a := c.Args[0].(type) {
	case *parse.IdentifierNode:
		return a.Ident == "partial" || a.Ident == "partialCached"
	case *parse.VariableNode:
		return len(a.Ident) == 2 && (a.Ident[0] == "$" || a.Ident[0] == partialCall) && (a.Ident[1] == "Partial" || a.Ident[1] == "PartialCached")
	}
	return false
}

func anyText(idents []string) bool {
	for _, id := range idents {
		if textNames[id] {
			return true
		}
	}
	return false
}
