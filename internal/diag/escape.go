package diag

import (
	"errors"
	"fmt"
	"html/template"
	"path"
	"strconv"
	"strings"
	"text/template/parse"
)

// Escaping is, for an error of html/template's escaper (a layout or
// shortcode whose HTML around {{ }} it cannot follow, or a call of a template
// that does not exist), the problem at the template's file and line under
// dir, said in a site author's words; nil for any other error. The escaper
// runs when a template first executes, so these errors come from rendering a
// page, yet are mistakes of the template, not of the page; its own messages
// print its internal states ("{stateURL delimDoubleQuote ...}") and no
// folder.
func Escaping(dir string, err error) *Diagnostic {
	var e *template.Error
	if !errors.As(err, &e) {
		return nil
	}
	name, line, col := e.Name, e.Line, 0
	if e.Node != nil {
		name, line, col = nodePlace(e.Node, name, line)
	}
	d := &Diagnostic{File: path.Join(dir, name), Line: line, Col: col, Msg: escapeMsg(e), Err: err}
	if name == "" {
		d.File = dir
	}
	return d
}

// nodePlace is the file, line and column of node, as its tree reports them
// (text/template keeps a node's place nowhere else), the column counted
// from 1 (TemplatePlace).
func nodePlace(node parse.Node, name string, line int) (string, int, int) {
	loc, _ := (*parse.Tree)(nil).ErrorContext(node) // "file:line:col"
	file, l, c, ok := TemplatePlace(loc)
	if !ok {
		return name, line, 0
	}
	return file, l, c
}

// TemplatePlace reads a place as text/template writes it, in its error
// messages and its trees' ErrorContext: "file:line:col", whose column
// counts bytes from 0. It returns the column counted from 1, as editors and
// Go's own tools count, and as every column vestis prints does; col is 0
// when loc has none.
func TemplatePlace(loc string) (file string, line, col int, ok bool) {
	i := strings.LastIndexByte(loc, ':')
	if i < 0 {
		return "", 0, 0, false
	}
	j := strings.LastIndexByte(loc[:i], ':')
	if j >= 0 {
		l, err1 := strconv.Atoi(loc[j+1 : i])
		c, err2 := strconv.Atoi(loc[i+1:])
		if err1 == nil && err2 == nil {
			return loc[:j], l, c + 1, true
		}
	}
	l, err := strconv.Atoi(loc[i+1:])
	if err != nil {
		return "", 0, 0, false
	}
	return loc[:i], l, 0, true
}

// TemplateColumn is a column as text/template writes it in a message
// (bytes, from 0), counted from 1; 0 when there is none.
func TemplateColumn(col string) int {
	c, err := strconv.Atoi(col)
	if err != nil {
		return 0
	}
	return c + 1
}

// escapeMsg says what the escaper refused and how to mend it.
func escapeMsg(e *template.Error) string {
	switch e.ErrorCode {
	case template.ErrEndContext:
		return `the file ends inside a tag, a quoted attribute value or a comment (an unclosed <, " or <!--), perhaps in a partial it calls; close it`
	case template.ErrBranchEnd:
		return "the branches of this {{ if }}, {{ with }} or {{ range }} end in different places of the HTML (one inside a tag or a quoted attribute value, the other not); close the tag or quote in each branch"
	case template.ErrRangeLoopReentry:
		return "this {{ range }} ends each pass in another place of the HTML than it began (inside a tag or a quoted attribute value); close the tag or quote inside the loop"
	case template.ErrBadHTML:
		return "the HTML around {{ }} is malformed: " + e.Description
	}
	return e.Description
}

// At is an error at node of a template under dir (layouts, say), at the
// file, line and column its tree gives the node.
func At(dir string, node parse.Node, format string, args ...any) *Diagnostic {
	name, line, col := nodePlace(node, "", 0)
	return &Diagnostic{File: path.Join(dir, name), Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}
