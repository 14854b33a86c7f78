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
// (text/template keeps a node's place nowhere else).
func nodePlace(node parse.Node, name string, line int) (string, int, int) {
	loc, _ := (*parse.Tree)(nil).ErrorContext(node) // "file:line:col"
	i := strings.LastIndexByte(loc, ':')
	j := strings.LastIndexByte(loc[:max(i, 0)], ':')
	if j < 0 {
		return name, line, 0
	}
	l, err1 := strconv.Atoi(loc[j+1 : i])
	c, err2 := strconv.Atoi(loc[i+1:])
	if err1 != nil || err2 != nil {
		return name, line, 0
	}
	return loc[:j], l, c
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
