package locale

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/template"
	"text/template/parse"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// checkMessages finds what would fail, or never end, only when a layout asks
// for a message: a form whose {{ }} does not parse or holds a loop (which
// could hang every page that shows it), and a
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

// checkForm parses one form of a message as go-i18n will (text/template,
// with its built-in functions), and allows what Hugo's messages do: text,
// fields of the data the layout passes ({{ .Count }}, {{ .Site.Title }}),
// conditions and pipelines, but no loop (a range over a large number would
// hang every page that shows the message) and no call of a template, which a
// message has none of.
func checkForm(form, left, right string) error {
	if left == "" {
		left = "{{"
	}
	if right == "" {
		right = "}}"
	}
	if !strings.Contains(form, left) {
		// Text without a left delimiter is one text node, as go-i18n's
		// TextParser knows too (it does not parse it either); most forms are.
		return nil
	}
	t, err := template.New("message").Delims(left, right).Parse(form)
	if err != nil {
		return formError(form, left, right, err)
	}
	if t.Tree == nil {
		return nil
	}
	return checkNodes(t.Tree.Root)
}

// checkNodes refuses a loop or a template call anywhere below n.
func checkNodes(n parse.Node) error {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return nil
		}
		for _, c := range n.Nodes {
			if err := checkNodes(c); err != nil {
				return err
			}
		}
	case *parse.RangeNode:
		return fmt.Errorf("%s is a loop, which a message may not hold; loops belong in layouts", n)
	case *parse.TemplateNode:
		return fmt.Errorf("%s calls a template, which a message has none of", n)
	case *parse.IfNode:
		return checkBranch(&n.BranchNode)
	case *parse.WithNode:
		return checkBranch(&n.BranchNode)
	}
	return nil
}

// checkBranch checks both lists of an if or with.
func checkBranch(b *parse.BranchNode) error {
	if err := checkNodes(b.List); err != nil {
		return err
	}
	return checkNodes(b.ElseList)
}

// dotToCount is a message form with each {{ . }} made {{ .Count }}: Hugo's
// i18n gives a theme's message its argument as dot ("{{ . }} minutes to
// read"), which vestis's messages call .Count. A form with other
// delimiters, or that does not parse (checkForm says so), is kept as it is.
func dotToCount(form, left, right string) string {
	if left != "" && left != "{{" || right != "" && right != "}}" || !strings.Contains(form, "{{") {
		return form // other delimiters, or no action at all (checkForm)
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

// formError says why a form of a message, with the delimiters left and
// right, does not parse: in plain words (diag.ActionProblem), a function a
// message has not named at its call, else as text/template says it.
func formError(form, left, right string, err error) error {
	if m := messageLineRE.FindStringSubmatch(err.Error()); m != nil && left == "{{" && right == "}}" {
		line, _ := strconv.Atoi(m[1])
		if plain, _, ok := diag.ActionProblem(form, line, diag.ParseColumn("message", form, line, m[2])); ok {
			return fmt.Errorf("cannot read its {{ }}: %s", plain)
		}
	}
	tr := parse.New("message")
	tr.Mode = parse.SkipFuncCheck
	if _, perr := tr.Parse(form, left, right, map[string]*parse.Tree{}); perr == nil {
		var unknown string
		diag.Inspect(tr.Root, func(n parse.Node) {
			if id, ok := n.(*parse.IdentifierNode); ok && unknown == "" {
				if _, err := template.New("").Parse("{{ " + id.Ident + " }}"); err != nil {
					unknown = id.Ident
				}
			}
		})
		if unknown != "" {
			return fmt.Errorf("cannot read its %s %s: %q is not a function a message may call: messages have Go's template functions alone (printf, eq, ne, lt, gt, len, index, and, or, not)", left, right, unknown)
		}
	}
	return fmt.Errorf("cannot read its %s %s: %v", left, right, err)
}

// messageLineRE splits text/template's parse error of a message into its
// line and the rest.
var messageLineRE = regexp.MustCompile(`(?s)^template: message:(\d+): (.*)$`)
