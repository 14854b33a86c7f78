package locale

import (
	"fmt"
	"maps"
	"slices"
	"text/template/parse"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// checkMessages finds what would fail, or never end, only when a layout asks
// for a message: a form whose {{ }} does not parse or does more than insert a
// value (a loop in a message would hang every page that shows it), and a
// message without the "other" form every language falls back to. Each is an
// error at the message's line, found once when the file is loaded.
func checkMessages(file string, msgs map[string]*i18n.Message, lines map[string]int) diag.List {
	var errs diag.List
	for _, id := range slices.Sorted(maps.Keys(msgs)) {
		m := msgs[id]
		if m.Other == "" && (m.Zero != "" || m.One != "" || m.Two != "" || m.Few != "" || m.Many != "") {
			errs = append(errs, diag.Errorf(file, lines[id], "%s: has plural forms but no \"other\", the form every language falls back to", id))
		}
		for _, form := range []string{m.Zero, m.One, m.Two, m.Few, m.Many, m.Other} {
			if err := checkForm(form, m.LeftDelim, m.RightDelim); err != nil {
				errs = append(errs, diag.Errorf(file, lines[id], "%s: %v", id, err))
				break
			}
		}
	}
	return errs
}

// checkForm parses one form of a message as go-i18n will, and allows only
// text and actions that insert a field, such as {{ .Count }}.
func checkForm(form, left, right string) error {
	if left == "" {
		left = "{{"
	}
	if right == "" {
		right = "}}"
	}
	trees, err := parse.Parse("message", form, left, right)
	if err != nil {
		return fmt.Errorf("cannot read its %s %s: %v", left, right, err)
	}
	for _, n := range trees["message"].Root.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
		case *parse.ActionNode:
			if len(n.Pipe.Decl) == 0 && len(n.Pipe.Cmds) == 1 && len(n.Pipe.Cmds[0].Args) == 1 {
				if f, ok := n.Pipe.Cmds[0].Args[0].(*parse.FieldNode); ok && len(f.Ident) == 1 {
					continue
				}
			}
			return fmt.Errorf("%s may only insert a value, such as %s .Count %s", n, left, right)
		default:
			return fmt.Errorf("%s may only insert a value, such as %s .Count %s; loops and conditions belong in layouts", n, left, right)
		}
	}
	return nil
}

// dotToCount is a message form with each {{ . }} made {{ .Count }}: Hugo's
// i18n gives a theme's message its argument as dot ("{{ . }} minutes to
// read"), which vestis's messages call .Count. A form with other
// delimiters, or that does not parse (checkForm says so), is kept as it is.
func dotToCount(form, left, right string) string {
	if left != "" && left != "{{" || right != "" && right != "}}" {
		return form
	}
	trees, err := parse.Parse("message", form, "{{", "}}")
	if err != nil {
		return form
	}
	root := trees["message"].Root
	changed := false
	for _, n := range root.Nodes {
		a, ok := n.(*parse.ActionNode)
		if !ok || len(a.Pipe.Decl) > 0 || len(a.Pipe.Cmds) != 1 || len(a.Pipe.Cmds[0].Args) != 1 {
			continue
		}
		if d, ok := a.Pipe.Cmds[0].Args[0].(*parse.DotNode); ok {
			a.Pipe.Cmds[0].Args[0] = &parse.FieldNode{NodeType: parse.NodeField, Pos: d.Pos, Ident: []string{"Count"}}
			changed = true
		}
	}
	if !changed {
		return form
	}
	return root.String()
}
