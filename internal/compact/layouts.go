package compact

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"text/template/parse"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/html"
	parsev2 "github.com/tdewolff/parse/v2"
	lexhtml "github.com/tdewolff/parse/v2/html"
)

// edge marks both ends of a layout while it is minified: a comment action,
// which the minifier keeps as it is, so that the whitespace at the ends of
// the file is kept as one space rather than dropped as at the ends of a
// document. A partial's output may sit between two words of its caller.
const edge = "{{/*vestis*/}}"

// Layouts minifies the sources of a site's layouts (Go html/template files by
// name, each with its templates when the caller parsed it already) as one set, with the options of New and the actions left as they are.
// It returns an error, and the caller keeps the sources as they are, when a
// file cannot be minified or the result would not be safe:
//   - a file's actions (if, range, template, ...) are not the same after
//     minifying (an action inside an HTML comment, which minifying drops);
//   - a template or partial is called inside a tag, in the text of <script>,
//     <style>, <textarea>, <title> and the like, or inside <pre>: its text,
//     minified alone as HTML, would lose whitespace that counts there;
//   - a file ends inside a tag, such an element or <pre>, so that what its
//     caller writes next is not HTML text.
//
// Whitespace that the minifier keeps around actions (it cannot know what they
// write) stays, so a page rendered from the minified layouts is minified HTML
// that New's minifier would make at most smaller by such whitespace. Each
// minified file comes with its templates, parsed.
func Layouts(sources map[string]Layout) (map[string]Layout, error) {
	m := newM(&html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, TemplateDelims: html.GoTemplateDelims})
	out := make(map[string]Layout, len(sources))
	for name, src := range sources {
		min, err := layout(m, name, src)
		if err != nil {
			return nil, fmt.Errorf("layouts/%s: %w", name, err)
		}
		out[name] = min
	}
	return out, nil
}

// Layout is a layout file's text, and its templates by name as
// parse.Tree.Parse gives them without checking functions (ParseLayout), or
// nil when not parsed yet. The trees are read, never changed.
type Layout struct {
	Text  string
	Trees map[string]*parse.Tree
}

// ParseLayout parses the layout file name as Layout.Trees holds it.
func ParseLayout(name, text string) (map[string]*parse.Tree, error) {
	t := parse.New(name)
	t.Mode = parse.SkipFuncCheck
	trees := map[string]*parse.Tree{}
	if _, err := t.Parse(text, "{{", "}}", trees); err != nil {
		return nil, err
	}
	return trees, nil
}

// layout minifies one file; see Layouts.
func layout(m *minify.M, name string, l Layout) (Layout, error) {
	src := l.Text
	if l.Trees == nil {
		trees, err := ParseLayout(name, src)
		if err != nil {
			return Layout{}, err
		}
		l.Trees = trees
	}
	before := actions(l.Trees)
	if err := checkCalls(src, before); err != nil {
		return Layout{}, err
	}
	var b strings.Builder
	if err := m.Minify("text/html", &b, strings.NewReader(edge+src+edge)); err != nil {
		return Layout{}, err
	}
	min, ok := strings.CutPrefix(b.String(), edge)
	if ok {
		min, ok = strings.CutSuffix(min, edge)
	}
	if !ok {
		return Layout{}, errors.New("the minifier changed the file's ends")
	}
	trees, err := ParseLayout(name, min)
	if err != nil {
		return Layout{}, err
	}
	if before.sig != actions(trees).sig {
		return Layout{}, errors.New("minifying changes its actions")
	}
	return Layout{Text: min, Trees: trees}, nil
}

// parsed is what a file's templates do apart from writing text: sig lists
// their actions in order, calls the offsets of those that write another
// template's output.
type parsed struct {
	sig   string
	calls []int
}

// actions are what a file's templates (ParseLayout) do apart from writing text.
func actions(trees map[string]*parse.Tree) parsed {
	var p parsed
	var b strings.Builder
	// Sorted by name, so that the signature does not depend on map order.
	names := make([]string, 0, len(trees))
	for n := range trees {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		b.WriteString("define " + n + ":")
		if tr := trees[n]; tr != nil && tr.Root != nil {
			p.walk(&b, tr.Root)
		}
		b.WriteString(";")
	}
	p.sig = b.String()
	return p
}

func (p *parsed) walk(b *strings.Builder, n parse.Node) {
	switch n := n.(type) {
	case nil, *parse.TextNode, *parse.CommentNode:
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			p.walk(b, c)
		}
	case *parse.IfNode:
		p.branch(b, "if", &n.BranchNode)
	case *parse.RangeNode:
		p.branch(b, "range", &n.BranchNode)
	case *parse.WithNode:
		p.branch(b, "with", &n.BranchNode)
	case *parse.TemplateNode:
		p.calls = append(p.calls, int(n.Position()))
		b.WriteString(n.String())
	case *parse.ActionNode:
		if callsPartial(n.Pipe) {
			p.calls = append(p.calls, int(n.Position()))
		}
		b.WriteString(n.String())
	default:
		b.WriteString(n.String())
	}
}

func (p *parsed) branch(b *strings.Builder, kind string, n *parse.BranchNode) {
	b.WriteString("{{" + kind + " " + n.Pipe.String() + "}}")
	if callsPartial(n.Pipe) {
		p.calls = append(p.calls, int(n.Position()))
	}
	p.walk(b, n.List)
	if n.ElseList != nil {
		b.WriteString("{{else}}")
		p.walk(b, n.ElseList)
	}
	b.WriteString("{{end}}")
}

// callsPartial reports whether a pipeline calls partial or partialCached,
// which write another template's output where the pipeline's value goes.
func callsPartial(pipe *parse.PipeNode) bool {
	if pipe == nil {
		return false
	}
	for _, c := range pipe.Cmds {
		for _, a := range c.Args {
			switch a := a.(type) {
			case *parse.IdentifierNode:
				if a.Ident == "partial" || a.Ident == "partialCached" {
					return true
				}
			case *parse.PipeNode:
				if callsPartial(a) {
					return true
				}
			}
		}
	}
	return false
}

// rawText are the elements whose text is not HTML text for the minifier, or
// whose whitespace it keeps (pre).
var rawText = map[string]bool{
	"script": true, "style": true, "textarea": true, "title": true, "iframe": true, "noscript": true,
	"xmp": true, "plaintext": true, "noembed": true, "noframes": true, "pre": true, "math": true, "svg": true,
}

// checkCalls refuses a file that calls another template where its text is not
// HTML text, or that ends where the text after it would not be.
func checkCalls(src string, p parsed) error {
	z := parsev2.NewInputString(src)
	l := lexhtml.NewTemplateLexer(z, html.GoTemplateDelims)
	off := 0
	type span struct{ from, to int }
	var unsafe []span
	inTag, open := -1, map[string]int{} // where the tag or element began
	for {
		tt, data := l.Next()
		if tt == lexhtml.ErrorToken {
			break
		}
		start := off
		off += len(data)
		switch tt {
		case lexhtml.StartTagToken:
			inTag = start
			if h := string(bytes.ToLower(l.Text())); rawText[h] {
				if _, ok := open[h]; !ok {
					open[h] = start
				}
			}
		case lexhtml.StartTagCloseToken, lexhtml.StartTagVoidToken:
			unsafe = append(unsafe, span{inTag, off})
			inTag = -1
		case lexhtml.EndTagToken:
			if h := string(bytes.ToLower(l.Text())); rawText[h] {
				if from, ok := open[h]; ok {
					unsafe = append(unsafe, span{from, off})
					delete(open, h)
				}
			}
		case lexhtml.SVGToken, lexhtml.MathToken, lexhtml.XMLToken, lexhtml.CommentToken:
			unsafe = append(unsafe, span{start, off})
		}
	}
	if off != len(src) {
		return errors.New("its HTML could not be read to the end")
	}
	if inTag >= 0 || len(open) > 0 {
		return errors.New("it ends inside a tag, or an element such as <script> or <pre>")
	}
	for _, c := range p.calls {
		for _, s := range unsafe {
			if c >= s.from && c < s.to {
				return fmt.Errorf("at byte %d, it calls a template inside a tag, or an element such as <script> or <pre>", c)
			}
		}
	}
	return nil
}
