// Package recursion stops templates that call each other without end, and
// names them. text/template stops such templates only a hundred thousand
// calls deep, with "exceeded maximum template depth (100000)", which names no
// template and took a shortcode most of a minute; vestis stops them at
// MaxDepth, with the round of templates and the call that closes it.
//
// A template cannot be watched from outside while it runs, but what it
// writes can: Mark puts an empty text at the start and at the end of a
// template's body, which executing it writes as it is (the very slice, even
// empty), and the writer hands every empty write to Depth.Write. The slices
// of a template's marks have no length and capacities of their own, which say
// which template begins or ends, and a write is a mark only when it is that
// very slice (fmt writes an empty buffer of any capacity when a template prints
// an empty text). Empty texts of capacity 0 (a loop's tick, or a mark in a
// copy html/template made of a template for another context) are no mark.
package recursion

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// MaxDepth is how deep templates may call each other (template, block): a
// real layout nests a few dozen deep, and a tree of pages or menus as deep as
// its data, which nests at most a few hundred levels (decode.MaxDepth).
const MaxDepth = 1000

// Marks are the templates of one set, told apart by their marks: the one
// whose capacity is 2i+1 begins template i, 2i+2 ends it. Mark them all
// before the set first executes; then Marks is only read, by any number of
// writers at once.
type Marks struct {
	names []string
	// enter and leave are the marks themselves: a write is a mark only
	// when it is the very slice, not another empty one of the capacity
	// (fmt's buffer, when a template prints an empty text).
	enter, leave [][]byte
}

// Mark puts the marks of the template name at the start and at the end of
// tree's body. The empty texts change no output.
func (m *Marks) Mark(tree *parse.Tree, name string) {
	if tree == nil || tree.Root == nil {
		return
	}
	i := len(m.names)
	enter, leave := make([]byte, 0, 2*i+1), make([]byte, 0, 2*i+2)
	m.names = append(m.names, name)
	m.enter, m.leave = append(m.enter, enter), append(m.leave, leave)
	root := tree.Root
	text := func(b []byte) parse.Node {
		return &parse.TextNode{NodeType: parse.NodeText, Pos: root.Pos, Text: b}
	}
	root.Nodes = append([]parse.Node{text(enter)}, root.Nodes...)
	root.Nodes = append(root.Nodes, text(leave))
}

// same reports whether p is the very slice mark (both of capacity 1 or more).
func same(p, mark []byte) bool { return &p[:1][0] == &mark[:1][0] }

// Depth follows the templates one execution is in, by their marks. Its zero
// value, or one without Marks, follows nothing. It is not safe for
// concurrent use: one execution writes at a time.
type Depth struct {
	Marks *Marks
	stack []int
}

// Write takes in p, which a template wrote: a mark moves into or out of a
// template, and a template called deeper than MaxDepth is an *Error. A
// writer calls it with every empty p, and returns its error from Write, which
// ends the execution.
func (d *Depth) Write(p []byte) error {
	if len(p) != 0 || cap(p) == 0 || d.Marks == nil || cap(p) > 2*len(d.Marks.names) {
		return nil
	}
	i := (cap(p) - 1) / 2
	if cap(p)%2 == 0 {
		if n := len(d.stack); n > 0 && d.stack[n-1] == i && same(p, d.Marks.leave[i]) {
			d.stack = d.stack[:n-1]
		}
		return nil
	}
	if !same(p, d.Marks.enter[i]) {
		return nil
	}
	d.stack = append(d.stack, i)
	if len(d.stack) <= MaxDepth {
		return nil
	}
	// The round: from the last template back to where it was entered
	// before, begun at the template of the round entered first (x → y → x
	// for a layout that calls x, whichever of the two passed MaxDepth).
	last := len(d.stack) - 1
	from := last - 1
	for from > 0 && d.stack[from] != i {
		from--
	}
	round := d.stack[from:last]
	first := slices.IndexFunc(d.stack, func(j int) bool { return slices.Contains(round, j) })
	for q := from; q <= last && q-len(round) >= 0; q++ {
		if d.stack[q] == d.stack[first] {
			from, last = q-len(round), q
			break
		}
	}
	chain := make([]string, 0, last-from+1)
	for _, j := range d.stack[from : last+1] {
		chain = append(chain, d.Marks.names[j])
	}
	return &Error{Chain: chain}
}

// Error is templates that call each other without end.
type Error struct {
	// Chain is the templates of one round, the first and the last the
	// same: "x", "x" or "x", "y", "x".
	Chain []string
}

func (e *Error) Error() string {
	if len(e.Chain) <= 2 {
		return fmt.Sprintf("the template %q calls itself without end (%s); call it only inside {{ if }}, {{ with }} or {{ range }} over something that runs out, such as {{ with .Children }}{{ template %q . }}{{ end }}",
			e.Chain[0], strings.Join(e.Chain, " → "), e.Chain[0])
	}
	names := make([]string, len(e.Chain)-1)
	for i, n := range e.Chain[:len(e.Chain)-1] {
		names[i] = strconv.Quote(n)
	}
	list := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	return fmt.Sprintf("the templates %s call each other without end (%s); one of the calls must be inside {{ if }}, {{ with }} or {{ range }} over something that runs out",
		list, strings.Join(e.Chain, " → "))
}

// Call is the call that closes e's round, the last template of the chain
// called by the one before it, found in the tree lookup gives for that
// one's name; nil when there is none (a template called by a name made at
// run time).
func (e *Error) Call(lookup func(name string) *parse.Tree) *parse.TemplateNode {
	n := len(e.Chain)
	if n < 2 {
		return nil
	}
	tree := lookup(e.Chain[n-2])
	if tree == nil || tree.Root == nil {
		return nil
	}
	var call *parse.TemplateNode
	diag.Inspect(tree.Root, func(node parse.Node) {
		if tn, ok := node.(*parse.TemplateNode); ok && call == nil && tn.Name == e.Chain[n-1] {
			call = tn
		}
	})
	return call
}
