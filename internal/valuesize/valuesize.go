// Package valuesize bounds the values that layouts, shortcodes and partials
// make while they run. A template that doubles a text in a loop
// ({{ $s = print $s $s }}, forty turns) asks for a terabyte: the writers'
// output limits never see it, since it is kept in a variable and never
// written, and the timeout came only after gigabytes were taken. Each value
// a template keeps (a variable, the dot of with, range and template, an
// argument in parentheses) is checked once made, and the functions that
// make a text from several (print, printf, println, replace, delimit) check
// the size before making it.
package valuesize

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"text/template"
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// Max is the most bytes one text a template makes may hold: as much as a
// page's whole output may have (render's and shortcode's output limits),
// so no value that could be published is refused.
const Max = 64 << 20

// MaxItems is the most items one list or map a template makes may hold,
// ten times as many pages as the largest sites have: each item takes 16
// bytes or more, and a list doubled in a loop took most of a gigabyte
// before its timeout.
const MaxItems = 1 << 20

// Func is the name of the check put in templates' pipelines (Guard); a
// FuncMap that runs guarded templates holds it (Funcs).
const Func = "vestisValueSize"

// Error is a value too large, or one that would be.
type Error struct {
	// Size is its length: bytes of a text, or items of a list or map.
	Size  int
	Items bool
	// Kept: the check of a kept value (Func) found it, not the function
	// that made it; the message names no function then (Message).
	Kept bool
}

func (e *Error) Error() string {
	if e.Items {
		return fmt.Sprintf("this makes a list of more than %d items, the most one value may hold; does a loop add a list to itself (append $l $l)?", MaxItems)
	}
	return fmt.Sprintf("this makes a text longer than %d MB, the most one value may hold (as much as a page may publish); does a loop make a text longer each turn, as {{ $s = print $s $s }} does?", Max>>20)
}

// Check returns an *Error when v is a text over Max bytes, or a list or
// map of more than MaxItems items. It looks at v only, not into its items:
// it runs at every value a template keeps.
func Check(v any) error {
	switch s := v.(type) {
	case nil:
		return nil
	case string:
		return checkText(len(s))
	}
	switch rv := reflect.ValueOf(v); rv.Kind() {
	case reflect.String:
		return checkText(rv.Len())
	case reflect.Slice, reflect.Map, reflect.Array:
		return Items(rv.Len())
	}
	return nil
}

func checkText(n int) error {
	if n > Max {
		return &Error{Size: n}
	}
	return nil
}

// Texts checks that a text of n bytes may be made, before making it.
func Texts(n int) error { return checkText(n) }

// Items checks that a list or map of n items may be made, before making it.
func Items(n int) error {
	if n > MaxItems {
		return &Error{Size: n, Items: true}
	}
	return nil
}

// TextLen is how long v is when it is a text (of any string type), else 0.
func TextLen(v any) int { return textLen(v) }

// textLen is how long v is as text when it is one, else 0: the part of an
// argument of print that can be large before it is printed.
func textLen(v any) int {
	if s, ok := v.(string); ok {
		return len(s)
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.String {
		return rv.Len()
	}
	return 0
}

// keep is the function Guard puts at the end of a pipeline: its value, as
// it is, once checked.
func keep(v any) (any, error) {
	if err := Check(v); err != nil {
		err.(*Error).Kept = true
		return nil, err
	}
	return v, nil
}

// Message is what to say of err, an error of executing a template, when
// the check of a kept value (Func) failed: "executing NAME: " and why, for
// text/template's own words would name the check, a function the
// template's writer never wrote. ok is false for every other error.
func Message(err error) (msg string, ok bool) {
	var e *Error
	var ee template.ExecError
	if !errors.As(err, &e) || !e.Kept || !errors.As(err, &ee) {
		return "", false
	}
	return fmt.Sprintf("executing %q: %v", ee.Name, e), true
}

// Funcs are the functions guarded templates call: the check, and print,
// printf and println (text/template's own, which a FuncMap's take the
// place of) that refuse to make a text over Max.
func Funcs() map[string]any {
	return map[string]any{
		Func: keep,
		"print": func(args ...any) (string, error) {
			if err := argsLen(args, 0); err != nil {
				return "", err
			}
			return fmt.Sprint(args...), nil
		},
		"printf": func(format string, args ...any) (string, error) {
			if err := argsLen(args, len(format)); err != nil {
				return "", err
			}
			s := fmt.Sprintf(format, args...)
			return s, checkText(len(s))
		},
		"println": func(args ...any) (string, error) {
			if err := argsLen(args, len(args)); err != nil {
				return "", err
			}
			return fmt.Sprintln(args...), nil
		},
	}
}

// argsLen checks the texts of args, with n bytes more, against Max.
func argsLen(args []any, n int) error {
	for _, a := range args {
		n += textLen(a)
		if n > Max {
			return &Error{Size: n}
		}
	}
	return nil
}

// Replace is strings.Replace(s, old, new, n), refused before it is made
// when the result would be over Max.
func Replace(s, old, new string, n int) (string, error) {
	if len(new) > len(old) {
		k := strings.Count(s, old)
		if old == "" {
			k = len(s) + 1
		}
		if n >= 0 {
			k = min(k, n)
		}
		if size := len(s) + k*(len(new)-len(old)); size > Max || k > 0 && (len(new)-len(old)) > Max/k {
			return "", &Error{Size: max(size, Max+1)}
		}
	}
	return strings.Replace(s, old, new, n), nil
}

// Join is strings.Join(parts, sep), refused before it is made when the
// result would be over Max.
func Join(parts []string, sep string) (string, error) {
	n := 0
	for i, p := range parts {
		n += len(p)
		if i > 0 {
			n += len(sep)
		}
		if n > Max {
			return "", &Error{Size: n}
		}
	}
	return strings.Join(parts, sep), nil
}

// Guard puts the check (Func) at the end of every pipeline of tree whose
// value is kept and that calls something (a function, or a method given
// arguments): a variable's ($s := ..., $s = ...), the dot of with, range
// and template. A value only written is left to the writer's limit; one a
// method keeps (a Scratch's Set, Add) is the method's to check. Arguments
// in parentheses are not guarded: an error's context shows its command as
// written, and would show the check. Call Guard before the first
// execution, as html/template escapes the tree then; the check changes no
// value.
func Guard(tree *parse.Tree) {
	if tree == nil || tree.Root == nil {
		return
	}
	var pipes []*parse.PipeNode
	diag.Inspect(tree.Root, func(n parse.Node) {
		switch x := n.(type) {
		case *parse.ActionNode:
			if len(x.Pipe.Decl) > 0 {
				pipes = append(pipes, x.Pipe)
			}
		case *parse.RangeNode:
			pipes = append(pipes, x.Pipe)
		case *parse.WithNode:
			pipes = append(pipes, x.Pipe)
		case *parse.TemplateNode:
			pipes = append(pipes, x.Pipe)
		}
	})
	for _, p := range pipes {
		if p == nil || !calls(p) {
			continue
		}
		last := p.Cmds[len(p.Cmds)-1]
		p.Cmds = append(p.Cmds, &parse.CommandNode{NodeType: parse.NodeCommand, Pos: last.Pos,
			Args: []parse.Node{&parse.IdentifierNode{NodeType: parse.NodeIdentifier, Pos: last.Pos, Ident: Func}}})
	}
}

// calls reports whether p calls a function, or a method with arguments:
// only such a pipeline can make a new value.
func calls(p *parse.PipeNode) bool {
	for _, c := range p.Cmds {
		if len(c.Args) > 1 {
			return true
		}
		if len(c.Args) == 1 {
			switch c.Args[0].(type) {
			case *parse.IdentifierNode, *parse.PipeNode, *parse.ChainNode:
				return true
			}
		}
	}
	return false
}
