package diag

import (
	"errors"
	"html/template"
	"io"
	"path"
	"sort"
	"text/template/parse"
)

// BadHTML is Escaping's error for err, with its line and column found when
// err is html/template's ErrBadHTML, which has neither (a quote or = where
// the escaper wants an attribute's name, as in <div {{ .X }}="y">): the
// template file and place of the character it refused. trees are the
// templates of the set that ran, by name, as parsed (html/template drops a
// tree it failed to escape); entry is the one executed. nil when err is not
// the escaper's.
//
// It decides from the escaper itself, not from its message: it escapes
// copies of the trees again with the text of the template at fault cut
// short, and the shortest text the escaper refuses the same way ends with
// the character at fault (found by halving, over the template's texts, then
// over the bytes of the one at fault).
func BadHTML(dir string, err error, trees map[string]*parse.Tree, entry string) *Diagnostic {
	d := Escaping(dir, err)
	var e *template.Error
	if d == nil || !errors.As(err, &e) || e.ErrorCode != template.ErrBadHTML || e.Line > 0 || e.Node != nil || trees[e.Name] == nil {
		return d
	}
	// html/template names the template it began escaping, not the one
	// whose text it refused: each is tried, the one named first.
	names := []string{e.Name}
	for name := range trees {
		if name != e.Name {
			names = append(names, name)
		}
	}
	sort.Strings(names[1:])
	for _, run := range []string{entry, e.Name} {
		for _, name := range names {
			if at, ok := refusedAt(trees, run, name, e.Name); ok {
				file, line, col := nodePlace(at, name, 0)
				if line > 0 {
					d.File, d.Line, d.Col = path.Join(dir, file), line, col
					d.Msg = badHTMLMsg
					return d
				}
			}
		}
		if run == e.Name {
			break
		}
	}
	return d
}

// refusedAt finds, in the template name of trees, the byte the escaper
// refuses (ErrBadHTML, for the template named named) when it escapes the
// set from entry: a text node placed at that byte.
func refusedAt(trees map[string]*parse.Tree, entry, name, named string) (*parse.TextNode, bool) {
	var texts []*parse.TextNode // of the template, in their order
	Inspect(trees[name].Root, func(n parse.Node) {
		if t, ok := n.(*parse.TextNode); ok {
			texts = append(texts, t)
		}
	})
	// refused reports whether the escaper refuses the set with the
	// template's texts after the i-th left out and the i-th cut to n
	// bytes (i = -1: all left out), and the other templates' left out.
	refused := func(i, n int) bool {
		set := template.New("")
		for tname, tree := range trees {
			c := tree.Copy()
			if tname != name {
				// The other templates' texts left out: the context a
				// call leaves is the one it began in, as a partial's
				// usually is, and no later text of theirs is refused
				// for what the cut one left open.
				Inspect(c.Root, func(node parse.Node) {
					if t, ok := node.(*parse.TextNode); ok {
						t.Text = nil
					}
				})
			} else {
				k := 0
				Inspect(c.Root, func(node parse.Node) {
					t, ok := node.(*parse.TextNode)
					if !ok {
						return
					}
					switch {
					case k > i:
						t.Text = nil
					case k == i:
						t.Text = t.Text[:n]
					}
					k++
				})
			}
			if tname == entry {
				// An empty text first: its write fails, so the set stops
				// before running any action (a loop, say).
				c.Root.Nodes = append([]parse.Node{&parse.TextNode{NodeType: parse.NodeText, Pos: c.Root.Pos}}, c.Root.Nodes...)
			}
			if _, err := set.AddParseTree(tname, c); err != nil {
				return false
			}
		}
		var te *template.Error
		err := set.ExecuteTemplate(failWriter{}, entry, nil)
		return errors.As(err, &te) && te.ErrorCode == template.ErrBadHTML && te.Name == named
	}
	if len(texts) == 0 || refused(-1, 0) || !refused(len(texts)-1, len(texts[len(texts)-1].Text)) {
		return nil, false // the refused text is not this template's
	}
	i := sort.Search(len(texts), func(i int) bool { return refused(i, len(texts[i].Text)) })
	n := sort.Search(len(texts[i].Text)+1, func(n int) bool { return refused(i, n) })
	if n == 0 || n > len(texts[i].Text) {
		return nil, false
	}
	// The place of the refused byte: the text node's own, moved on by the
	// bytes before it.
	at := *texts[i]
	at.Pos += parse.Pos(n - 1)
	return &at, true
}

// badHTMLMsg says what ErrBadHTML means, at the character refused: one
// of " ' < = ` where a tag wants an attribute's name, or in a value written
// without quotes.
const badHTMLMsg = "this character cannot stand here inside a tag, whose attributes are written name=\"value\": a quote left open before it, or a value holding \" ' < = or ` without quotes around it, is the usual mistake"

// failWriter fails every write, so that a set BadHTML escapes stops at its
// first output: only the escaper's verdict is wanted.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, io.ErrShortWrite }
