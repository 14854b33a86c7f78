package diag

import (
	"bytes"
	"errors"
	"html/template"
	"io"
	"maps"
	"path"
	"slices"
	"sort"
	"text/template/parse"
)

// BadHTML is Escaping's error for err, with its line and column found when
// err is html/template's ErrBadHTML, which has neither (a quote or = where
// the escaper wants an attribute's name, as in <div {{ .X }}="y">): the
// template file and place of the character it refused; or ErrEndContext (a
// template that ends inside a tag, a quote or a comment): the place of the
// tag, comment or script left open (openedAt). trees are the
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
	if d == nil || !errors.As(err, &e) || e.Line > 0 || e.Node != nil || trees[e.Name] == nil {
		return d
	}
	if e.ErrorCode == template.ErrEndContext {
		// What is left open may be in a template it calls: each is tried,
		// the one named first.
		names := []string{e.Name}
		for _, name := range slices.Sorted(maps.Keys(trees)) {
			if name != e.Name {
				names = append(names, name)
			}
		}
		for _, name := range names {
			if at, ok := openedAt(trees, e.Name, name); ok {
				if file, line, col := nodePlace(at, name, 0); line > 0 {
					d.File, d.Line, d.Col = path.Join(dir, file), line, col
					d.Msg = endContextMsg
				}
				return d
			}
		}
		return d
	}
	if e.ErrorCode != template.ErrBadHTML {
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
			// The other templates' texts left out (cut before their
			// first): the context a call leaves is the one it began in,
			// as a partial's usually is, and no later text of theirs is
			// refused for what the cut one left open.
			at := -1
			if tname == name {
				at = i
			}
			cutTexts(c.Root, at, n)
			if tname == entry {
				failFirst(c.Root)
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

// maxUnclosedScan bounds the bytes of one text openedAt tries cutting
// at, each an escape of the set: a longer text is not searched.
const maxUnclosedScan = 4096

// openedAt finds, in the template cut of trees, for the template name,
// which ends in another
// context than text (ErrEndContext: a tag, a quoted value, a comment or a
// script's string left open), the byte that opens what is never closed:
// the template's texts cut after it end in text, cut after the next byte
// they do not.
func openedAt(trees map[string]*parse.Tree, name, cut string) (*parse.TextNode, bool) {
	if trees[cut] == nil || trees[cut].Root == nil {
		return nil, false
	}
	var texts []*parse.TextNode
	Inspect(trees[cut].Root, func(n parse.Node) {
		if t, ok := n.(*parse.TextNode); ok {
			texts = append(texts, t)
		}
	})
	// open reports whether the template ends in another context than
	// text with its texts after the i-th left out and the i-th cut to n
	// bytes (i = -1: all left out).
	open := func(i, n int) bool {
		set := template.New("")
		for tname, tree := range trees {
			c := tree.Copy()
			if tname == cut {
				cutTexts(c.Root, i, n)
			}
			if tname == name {
				failFirst(c.Root)
			}
			if _, err := set.AddParseTree(tname, c); err != nil {
				return false
			}
		}
		var te *template.Error
		err := set.ExecuteTemplate(failWriter{}, name, nil)
		return errors.As(err, &te) && te.ErrorCode == template.ErrEndContext
	}
	if len(texts) == 0 || open(-1, 0) {
		return nil, false // what is left open is not in the template's texts
	}
	j := 0 // the text that opens it: the one after the last whose cut ends in text
	for i := len(texts) - 1; i >= 0; i-- {
		if !open(i, len(texts[i].Text)) {
			j = i + 1
			break
		}
	}
	if j >= len(texts) || len(texts[j].Text) > maxUnclosedScan {
		return nil, false
	}
	for n := len(texts[j].Text) - 1; n >= 0; n-- {
		if !open(j, n) {
			// A tag or comment opens at its letter or its second -: it
			// is said at its <, up to three bytes before.
			if k := bytes.LastIndexByte(texts[j].Text[max(0, n-3):n+1], '<'); k >= 0 {
				n = max(0, n-3) + k
			}
			at := *texts[j]
			at.Pos += parse.Pos(n)
			return &at, true
		}
	}
	return nil, false
}

// endContextMsg says what ErrEndContext means, at the character that
// opens what the file leaves open.
const endContextMsg = "the tag, comment or script that begins here is never closed (a quote, > or --> missing?), so the rest of the file is read as part of it; close it"

// badHTMLMsg says what ErrBadHTML means, at the character refused: one
// of " ' < = ` where a tag wants an attribute's name, or in a value written
// without quotes.
const badHTMLMsg = "this character cannot stand here inside a tag, whose attributes are written name=\"value\": a quote left open before it, or a value holding \" ' < = or ` without quotes around it, is the usual mistake"

// failWriter fails every write, so that a set BadHTML escapes stops at its
// first output: only the escaper's verdict is wanted.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, io.ErrShortWrite }

// cutTexts keeps the texts of root before its text i, the first n bytes of
// text i, and none after: what escaping sees of a template cut short there.
func cutTexts(root *parse.ListNode, i, n int) {
	k := 0
	Inspect(root, func(node parse.Node) {
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

// failFirst puts an empty text first in root: its write to a failWriter
// fails, so the template stops before running any action (a loop, say).
func failFirst(root *parse.ListNode) {
	root.Nodes = append([]parse.Node{&parse.TextNode{NodeType: parse.NodeText, Pos: root.Pos}}, root.Nodes...)
}
