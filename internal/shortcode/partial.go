package shortcode

import (
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/recursion"
	"github.com/vestis-ssg/vestis/internal/sitefs"

	"golang.org/x/text/unicode/norm"
)

// PartialDirs are where Hugo keeps partials, below the site's root: a
// site's own shortcodes call them with partial and partialCached. Then come
// those of the Hugo themes in themes/ (themeDirs).
var PartialDirs = []string{"layouts/partials", "layouts/_partials"}

// themeDirs are where a Hugo theme keeps its partials, as patterns.
var themeDirs = []string{"themes/*/layouts/partials", "themes/*/layouts/_partials"}

// maxFrames bounds the Go stack of running shortcodes: partials that call
// each other without end stop there with an error, long before Go's own
// stack limit would end the program.
const maxFrames = 4_000

// maxPartialOutput is the most one partial may write.
const maxPartialOutput = 64 << 20

// loadPartials parses the .html files of PartialDirs in fsys into t's set,
// each named by its path relative to t.dir, so that a template's errors
// name the partial's own file. One that does not parse is an error where a
// shortcode calls it. (A build's fsys holds the default theme's partials
// too, written for layouts: a shortcode that calls one gets its errors.)
//
// wrapped are the templates shortcode files define, which run in the
// partial frame, and trees theirs, whose {{ template }} calls pass the Call
// on; the partial files' defined templates and trees join them.
func (t *Templates) loadPartials(fsys fs.FS, wrapped map[string]bool, trees []*parse.Tree) error {
	up := strings.Repeat("../", strings.Count(t.dir, "/")+1)
	dirs := slices.Clone(PartialDirs)
	for _, pattern := range themeDirs {
		found, err := fs.Glob(fsys, pattern)
		if err != nil {
			return fmt.Errorf("read %s: %w", pattern, err)
		}
		dirs = append(dirs, found...) // sorted: one theme's partial over another's, by name
	}
	// The templates partial files define ({{ define }}) join wrapped, run
	// inside the partial frame as the files' own are; every tree of partial
	// files joins trees, whose {{ template }} calls of those pass the Call on.
	for _, dir := range dirs {
		err := eachPartial(fsys, dir, func(p, key string) error {
			if _, ok := t.partials[key]; ok { // the site's wins over the theme's, as in Hugo
				return nil
			}
			data, err := sitefs.ReadText(fsys, p, sitefs.MaxSize)
			if err == nil {
				err = sitefs.CheckTemplate(p, data)
			}
			var bad *diag.Diagnostic
			if errors.As(err, &bad) {
				t.partials[key] = partialFile{file: p, broken: bad}
				return nil
			}
			if err != nil {
				return err
			}
			name := up + p
			pf := partialFile{file: p, name: name}
			before := map[string]bool{}
			for _, tr := range t.set.Templates() {
				before[tr.Name()] = true
			}
			tmpl, err := t.set.New(name).Parse(string(data))
			if err == nil {
				for _, tr := range tmpl.Templates() {
					if err = checkRanges(tr.Tree); err != nil {
						break
					}
				}
			}
			if err == nil && tmpl.Tree != nil {
				pf.returns = findReturn(tmpl.Tree) != nil
				groupReturns(tmpl.Tree)
				if err = wrapPartial(tmpl.Tree); err == nil {
					callT(tmpl.Tree, partialCall)
					callWarn(tmpl.Tree, partialCall)
					trees = append(trees, tmpl.Tree)
				}
			}
			if err == nil {
				err = t.definedInPartial(p, name, before, wrapped, &trees)
			}
			if err != nil {
				pf.broken = t.parseError(err)
			}
			t.partials[key] = pf
			return nil
		})
		if err != nil {
			return readErr(dir, err)
		}
	}
	for _, tree := range trees {
		passCall(tree, wrapped, partialCall)
	}
	for _, name := range t.names { // a shortcode file's own tree, whose $ is the Call
		if tr := t.set.Lookup(name + ".html"); tr != nil && t.broken[name] == nil {
			passCall(tr.Tree, wrapped, "$")
			callWarn(tr.Tree, "$")
		}
	}
	return nil
}

// definedInPartial readies the templates the partial file p (named name in
// the set) defines, those not in the set before it was parsed: each runs in
// the partial frame (wrapPartial) and knows the page (callT), and one named
// partials/NAME is Hugo's inline partial, which partial "NAME" calls.
func (t *Templates) definedInPartial(p, name string, before, wrapped map[string]bool, trees *[]*parse.Tree) error {
	for _, tr := range t.set.Templates() {
		if before[tr.Name()] || tr.Name() == name || tr.Tree == nil || wrapped[tr.Name()] {
			continue
		}
		pf := partialFile{file: p, name: tr.Name(), returns: findReturn(tr.Tree) != nil}
		groupReturns(tr.Tree)
		if err := wrapPartial(tr.Tree); err != nil {
			return err
		}
		callT(tr.Tree, partialCall)
		callWarn(tr.Tree, partialCall)
		wrapped[tr.Name()] = true
		*trees = append(*trees, tr.Tree)
		if key := partialKey(tr.Name()); inlinePartial(tr.Name()) {
			if _, ok := t.partials[key]; !ok {
				t.partials[key] = pf
			}
		}
	}
	return nil
}

// passCall makes each {{ template "NAME" PIPE }} in tree of a template
// that runs in the partial frame (wrapped) give it the Call (the variable
// root: partialCall in a partial, $ in a shortcode) with PIPE as its dot:
// {{ template "NAME" (partialDot $vestisCall PIPE) }}.
func passCall(tree *parse.Tree, wrapped map[string]bool, root string) {
	walkTree(tree, func(n parse.Node) bool {
		tn, ok := n.(*parse.TemplateNode)
		if !ok || !wrapped[tn.Name] {
			return true
		}
		var dot parse.Node = &parse.NilNode{NodeType: parse.NodeNil, Pos: tn.Pos}
		if tn.Pipe != nil {
			dot = tn.Pipe
		}
		call := &parse.VariableNode{NodeType: parse.NodeVariable, Pos: tn.Pos, Ident: []string{root}}
		cmd := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: tn.Pos, Args: []parse.Node{ident(tree, tn, "partialDot"), call, dot}}
		tn.Pipe = &parse.PipeNode{NodeType: parse.NodePipe, Pos: tn.Pos, Line: tn.Line, Cmds: []*parse.CommandNode{cmd}}
		return true
	})
}

// partialFile is a partial template: its file and its name in the set.
type partialFile struct {
	file, name string
	broken     *diag.Diagnostic
	// returns: the partial has Hugo's return, and its value is what that
	// gives, not its HTML.
	returns bool
}

// inlinePartial reports whether a template a file defines is Hugo's inline
// partial, which partial "NAME" calls: named partials/NAME, or
// _partials/NAME as Hugo 0.146 on names them.
func inlinePartial(name string) bool {
	return strings.HasPrefix(name, "partials/") || strings.HasPrefix(name, "_partials/")
}

// partialKey is the key in Templates.partials of the partial a call names.
func partialKey(name string) string {
	// NFC, as the keys of files are: a name typed and a file macOS saved
	// (NFD) are one name, as macOS has them.
	key := path.Clean(strings.TrimPrefix(name, "/"))
	if k, ok := strings.CutPrefix(key, "_partials/"); ok {
		key = k
	}
	key = norm.NFC.String(strings.TrimPrefix(key, "partials/"))
	if path.Ext(key) == "" {
		key += ".html"
	}
	return key
}

// partial runs Hugo's {{ partial "name" ctx }} for the shortcode call: the
// site's layouts/partials/name.html with ctx as dot. It returns the value
// the partial's return gives, else its HTML, or an error at the partial's
// file and line. call is nil only where callT left a call of the set's own
// function, which knows no page.
func (t *Templates) partial(call *Call, name string, ctx ...any) (any, error) {
	if len(ctx) > 1 {
		return "", fmt.Errorf("partial %q: want one context, got %d", name, len(ctx))
	}
	var dot any
	if len(ctx) == 1 {
		dot = ctx[0]
	}
	key := partialKey(name)
	pf, ok := t.partials[key]
	if !ok {
		return "", fmt.Errorf("partial %q: there is no %s/%s, nor one in a theme's folder (themes/NAME/layouts/partials/)", name, PartialDirs[0], key)
	}
	if pf.broken != nil {
		return "", &partialError{msg: pf.broken.Error()}
	}
	if tooDeep() {
		return "", &partialError{msg: fmt.Sprintf("%s: partials nest too deep: does it call itself without end?", pf.file), deep: pf.file}
	}
	var b strings.Builder
	w := &limitWriter{w: &b, left: maxPartialOutput, file: pf.file, d: recursion.Depth{Marks: t.marks}}
	if call != nil && call.x != nil {
		w.b = call.x.budget
	}
	err := t.set.Lookup(pf.name).Execute(w, partialDot{Call: call, Dot: dot, Dots: []any{dot}})
	if v, ok := returned(err); ok {
		return v, nil
	}
	if err == nil && pf.returns {
		return nil, nil // no return was reached: Hugo's value is nil, and the HTML is not kept
	}
	if err != nil {
		if deep := (*deepError)(nil); errors.As(err, &deep) {
			// A shortcode that renders itself through this partial: said
			// once, not wrapped by each of its hundred levels (80 KB).
			return "", deep
		}
		if pe := (*partialError)(nil); errors.As(err, &pe) {
			if pe.deep != "" && !pe.placed {
				// The innermost call, which went one level too deep: the
				// one to look at, where the message named only its file.
				pe.placed = true
				if file, line, col, _ := t.locate(err); line > 0 {
					pe.msg = fmt.Sprintf("%s:%d:%d: this call of %s nests partials too deep: a partial that calls itself, or one that calls it back, runs without end; call it only inside {{ if }} or {{ with }} over something that runs out", file, line, col, pe.deep)
				}
			}
			return "", pe // once, not wrapped by every partial that called it
		}
		if le := (*limitError)(nil); errors.As(err, &le) {
			return "", &partialError{msg: le.Error()}
		}
		file, line, col, msg := t.locate(err)
		msg = strings.ReplaceAll(msg, strconv.Quote(pf.name), strconv.Quote(pf.file))
		if line > 0 {
			file += fmt.Sprintf(":%d", line)
			if col > 0 {
				file += fmt.Sprintf(":%d", col)
			}
		}
		return "", &partialError{msg: file + ": " + msg}
	}
	out, err := t.compact(b.String())
	if err != nil {
		return "", &partialError{msg: fmt.Sprintf("%s: its HTML cannot be minified: %v", pf.file, err)}
	}
	return template.HTML(out), nil
}

// partialError is what went wrong in a partial, at its file and line.
type partialError struct {
	msg string
	// deep is the file of a partial called too deep, and placed whether
	// msg has been given the place of that call.
	deep   string
	placed bool
}

func (e *partialError) Error() string { return "in partial " + e.msg }

// deepEvery is how many empty writes a shortcode's writer takes between
// two looks at the stack (tooDeep), which walks it: on every write, a loop
// of a million turns, or a stack thousands of frames deep, took most of
// the page's time. Each template call writes at least one.
const deepEvery = 256

// errEndless stops templates that call each other without end where
// recursion.Depth cannot see them: html/template's copies of a template
// called in an attribute, a script or a URL lose the marks it follows, and
// text/template's own limit, 100,000 calls, took minutes and gigabytes of
// stack in the frame partials and defined templates run in. A writer
// returns it on an empty write (each template writes its marks) once the
// stack is maxFrames deep.
var errEndless = errors.New("templates call each other without end: a template that calls itself, or calls one that calls it back, in an attribute's value, runs again and again; call it only inside {{ if }}, {{ with }} or {{ range }} over something that runs out, such as {{ with .Children }}{{ template \"x\" . }}{{ end }}")

// callRound is the first round of {{ template }} calls that comes back
// to a template it began at, met going from the template entry of trees
// ("x", "y", "x"); nil when the calls make none.
func callRound(trees map[string]*parse.Tree, entry string) []string {
	var path []string
	on := map[string]bool{}
	done := map[string]bool{}
	var visit func(name string) []string
	visit = func(name string) []string {
		if on[name] {
			return append(slices.Clone(path[slices.Index(path, name):]), name)
		}
		tree := trees[name]
		if done[name] || tree == nil || tree.Root == nil {
			return nil
		}
		on[name], path = true, append(path, name)
		var round []string
		diag.Inspect(tree.Root, func(n parse.Node) {
			if tn, ok := n.(*parse.TemplateNode); ok && round == nil {
				round = visit(tn.Name)
			}
		})
		on[name], path, done[name] = false, path[:len(path)-1], true
		return round
	}
	return visit(entry)
}

// tooDeep reports whether the stack has more than maxFrames frames.
func tooDeep() bool {
	var pc [1]uintptr
	return runtime.Callers(maxFrames, pc[:]) > 0
}

// limitWriter writes at most left bytes into w.
type limitWriter struct {
	w    *strings.Builder
	left int
	file string
	// b, when known, is the page's budget: once it is abandoned (the
	// page ran out of time) every write fails, so the partial stops.
	b *budget
	// d follows how deep the templates writing are called.
	d recursion.Depth
	// empty counts empty writes, of which every deepEvery-th checks the
	// stack (tooDeep).
	empty int
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if l.b != nil && l.b.isAbandoned() {
		return 0, errAbandoned
	}
	if len(p) == 0 {
		if l.empty++; l.empty%deepEvery == 0 && tooDeep() {
			return 0, errEndless
		}
		return 0, l.d.Write(p)
	}
	if len(p) > l.left {
		return 0, &limitError{file: l.file}
	}
	l.left -= len(p)
	return l.w.Write(p)
}

// limitError is a partial that wrote more than maxPartialOutput.
type limitError struct{ file string }

func (e *limitError) Error() string {
	return fmt.Sprintf("%s: wrote more than %d MiB; does it loop without end?", e.file, maxPartialOutput>>20)
}
