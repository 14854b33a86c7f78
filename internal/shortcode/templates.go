package shortcode

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"maps"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"text/template/parse"

	"github.com/tdewolff/minify/v2"

	"github.com/vestis-ssg/vestis/internal/compact"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/recursion"
	"github.com/vestis-ssg/vestis/internal/sitefs"
	"github.com/vestis-ssg/vestis/internal/valuesize"

	"golang.org/x/text/unicode/norm"
)

// Templates are a site's shortcode templates, layouts/shortcodes/NAME.html,
// parsed once into one set (a shortcode may call another with the template
// action). It is safe for concurrent use.
type Templates struct {
	set *template.Template
	// asParsed are copies of the set's trees before html/template escaped
	// them (and dropped one it could not): the character it refused
	// (ErrBadHTML), which it does not place, is found in them.
	asParsed map[string]*parse.Tree
	// marks tell the set's templates apart to the writers (recursion).
	marks *recursion.Marks
	dir   string
	// noInner names the templates that surely never read .Inner: a closing
	// tag given one would lose its inner text (mayReadInner).
	noInner map[string]bool
	// inner names the templates that read .Inner or .InnerDeindent: such a
	// shortcode needs a closing tag.
	inner map[string]bool
	// htmlOut names the templates whose output is HTML even when called
	// with {{% %}}: those that say so as Hugo's did before 0.55, with
	// {{ $_hugo_config := `{ "version": 1 }` }}, which Hugo still honours.
	htmlOut map[string]bool
	// text names the shortcodes that may show a page's text (ShowsText).
	text  map[string]bool
	names []string // sorted, without .html
	// broken are the shortcodes whose template did not parse (a Hugo
	// shortcode calling a function vestis lacks): an error where a page
	// uses one, as a theme's unused shortcodes must not stop a build.
	broken map[string]*diag.Diagnostic
	// minify, when set, minifies the HTML that {{< >}} shortcodes write
	// (Minified).
	minify *minify.M
	// warned is what the templates said with Hugo's warnf.
	warned *warnings
	// pure are the functions that need no page, for templates made while
	// a shortcode runs (resources.ExecuteAsTemplate).
	pure template.FuncMap
	// partials are the site's partials by path below their folder
	// ("icon.html", "cards/one.html").
	partials map[string]partialFile
	// framed are the templates files define ({{ define }}), which run in
	// the partial frame: executed with a partialDot, not a Call.
	framed map[string]bool
	// from holds the folder of the shortcode files that are not in dir
	// (layouts/_shortcodes), by their name in the set, for messages.
	from map[string]string
	// sources are the shortcode files as written, by template name: the
	// columns of errors count their characters (locate).
	sources map[string]string
}

// fileOf is the file of the template named name in the set (a shortcode's,
// or a partial's named from dir), relative to the site.
func (t *Templates) fileOf(name string) string {
	if folder, ok := t.from[name]; ok {
		return path.Join(folder, name)
	}
	return path.Join(t.dir, name)
}

// Minified makes t minify the HTML of {{< >}} shortcodes (and of Call.HTML
// in {{% %}} ones), as a fragment of a page (compact.Fragment), for a
// minified site whose pages are not minified after rendering. It changes t,
// before any use, and returns it.
func (t *Templates) Minified() *Templates {
	t.minify = compact.Fragments()
	return t
}

// compact minifies the HTML a shortcode wrote, when t is Minified.
func (t *Templates) compact(html string) (string, error) {
	if t.minify == nil {
		return html, nil
	}
	return compact.Fragment(t.minify, html)
}

// maxRange is the largest constant a template may range over, as for layouts.
const maxRange = 1_000_000

// errorfError is the message a template gives with errorf: written for the
// reader of the error, it is shown as it is, without where the template was
// in its execution and the call that failed.
type errorfError struct{ msg string }

func (e *errorfError) Error() string { return e.msg }

// Load parses every .html file under dir (layouts/shortcodes) in fsys with
// funcs and this package's own functions (highlight, and the pure functions
// of Hugo's templates that sites' shortcodes call: replace, in, seq, warnf,
// strings.TrimPrefix, ...), which take the place of funcs of the same name
// (add and sub of any numbers). A missing dir is no shortcodes. The
// templates call the partials of fsys (PartialDirs) with Hugo's partial and
// partialCached.
func Load(fsys fs.FS, dir string, funcs template.FuncMap) (*Templates, error) {
	t := &Templates{dir: dir, inner: map[string]bool{}, noInner: map[string]bool{}, htmlOut: map[string]bool{}, broken: map[string]*diag.Diagnostic{}, warned: &warnings{}, partials: map[string]partialFile{}, from: map[string]string{}, sources: map[string]string{}}
	fm := hugoFuncs(t.warned)
	fm["highlight"] = Highlight
	// partial and partialCached are calls of the shortcode's .Partial
	// once parsed (callT), which tell the partial the page, in every
	// template (those files define with {{ define }} too); these let the
	// files parse.
	fm["partial"] = func(name string, ctx ...any) (any, error) { return t.partial(nil, name, ctx...) }
	fm["partialCached"] = func(name string, ctx any, variants ...any) (any, error) { return t.partial(nil, name, ctx) }
	fm["return"] = hugoReturn
	fm["partialDot"] = func(call *Call, dot any) partialDot { return partialDot{Call: call, Dot: dot, Dots: []any{dot}} }
	fm["minify"] = minifyResource
	fm["emojify"] = emojify
	fm["base64Encode"] = func(s any) string { return base64.StdEncoding.EncodeToString([]byte(fmt.Sprint(s))) }
	fm["base64Decode"] = func(s any) (string, error) {
		b, err := base64.StdEncoding.DecodeString(fmt.Sprint(s))
		if err != nil {
			return "", base64Error(fmt.Sprint(s), err)
		}
		return string(b), nil
	}
	fm["transform"] = func() transformNS { return transformNS{} }
	fm["unmarshal"] = transformNS{}.Unmarshal // Hugo's alias of transform.Unmarshal
	fm["fingerprint"] = fingerprint
	fm["resources"] = pageFunc("resources")
	fm["urls"] = pageFunc("urls")
	fm["lang"] = func() langNS { return langNS{} }
	fm["reflect"] = func() reflectNS { return reflectNS{} }
	fm["templates"] = func() templatesNS { return templatesNS{t} }
	fm["collections"] = func() collectionsNS { return collectionsNS{funcsOf{t}} }
	fm["compare"] = func() compareNS { return compareNS{funcsOf{t}} }
	fm["cast"] = func() castNS { return castNS{funcsOf{t}} }
	fm["fmt"] = func() fmtNS { return fmtNS{funcsOf{t}} }
	fm["inflect"] = func() inflectNS { return inflectNS{} }
	fm["pluralize"] = inflectNS{}.Pluralize
	fm["singularize"] = inflectNS{}.Singularize
	fm["apply"] = funcsOf{t}.apply
	fm["keyVals"] = keyVals
	fm["group"] = group
	fm["safeJSStr"] = safeJSStr
	fm["duration"] = duration
	fm["hmac"] = hmacOf
	fm["imageConfig"] = pageFunc("imageConfig")
	fm["call"] = diag.Call // text/template's, said in plain words
	fm["try"] = try
	fm["tryMethod"] = tryMethod
	fm["tryFunc"] = func(name string, args ...any) TryValue { return tryFunc(t.pure, name, args) }
	fm["errorf"] = func(format string, args ...any) (string, error) {
		return "", &errorfError{msg: fmt.Sprintf(format, args...)}
	}
	for k, v := range funcs {
		if _, hugo := fm[k]; !hugo {
			fm[k] = v
		}
	}
	for k, v := range valuesize.Funcs() { // print and the check of kept values, whatever funcs holds
		fm[k] = v
	}
	fm = loosen(fm)
	t.pure = fm
	// A missing key gives no value, which the next field of a chain reads as
	// none too (.Params.tabs.sync without tabs) and html/template shows as
	// nothing, as Hugo's executor does.
	t.set = template.New("vestis:shortcodes").Funcs(fm).Option("missingkey=default")
	var errs diag.List
	own := map[string]bool{} // the shortcode files' own templates, whose $ is the Call
	parseFile := func(folder, p, name string) error {
		if own[name] {
			return nil // the same name in layouts/_shortcodes/, read first
		}
		if folder != dir {
			t.from[name] = folder
		}
		data, err := sitefs.ReadText(fsys, p, sitefs.MaxSize)
		if err == nil {
			err = sitefs.CheckTemplate(p, data)
		}
		var bad *diag.Diagnostic
		if errors.As(err, &bad) {
			errs = append(errs, bad)
			return nil
		}
		if err != nil {
			return err
		}
		// A file starting with "_" is usually a helper the others call with
		// {{ template }}, whose syntax errors stop the build at once; Hugo
		// also runs it as a shortcode by its name (Docsy's {{% _param %}}).
		helper := strings.HasPrefix(path.Base(name), "_")
		own[name] = true
		t.sources[name] = string(data)
		tmpl, err := t.set.New(name).Parse(string(data))
		var perr *diag.Diagnostic
		if err != nil {
			perr = t.parseError(err)
			if d := t.unknownFunc(name, string(data)); d != nil {
				perr = d
			}
			if d := diag.Unclosed(t.dir, name, string(data)); d != nil {
				d.File = t.fileOf(name)
				d.Col = diag.CharColumn(t.sources[name], d.Line, d.Col)
				perr = d
			}
		}
		if err != nil && !helper {
			t.broken[strings.TrimSuffix(name, ".html")] = perr
			t.names = append(t.names, strings.TrimSuffix(name, ".html"))
			return nil
		}
		if err != nil {
			errs = append(errs, perr)
			return nil
		}
		for _, tr := range tmpl.Templates() {
			if err := checkRanges(tr.Tree); err != nil {
				errs = append(errs, t.parseError(err))
			}
		}
		if ret := findReturn(tmpl.Tree); ret != nil && !helper {
			t.broken[strings.TrimSuffix(name, ".html")] = t.returnOutside(tmpl.Tree, ret)
			t.names = append(t.names, strings.TrimSuffix(name, ".html"))
			return nil
		}
		t.inner[strings.TrimSuffix(name, ".html")] = readsInner(tmpl.Tree)
		t.noInner[strings.TrimSuffix(name, ".html")] = !mayReadInner(tmpl.Tree)
		t.htmlOut[strings.TrimSuffix(name, ".html")] = legacyVersion(tmpl.Tree)
		t.names = append(t.names, strings.TrimSuffix(name, ".html"))
		return nil
	}
	// Hugo 0.146 on keeps shortcodes in layouts/_shortcodes/ (the older
	// layouts/shortcodes/ still works): a site's there win over the ones of
	// the same name in layouts/shortcodes/, the default theme's among them.
	newer := path.Join(path.Dir(dir), "_shortcodes")
	for _, folder := range []string{newer, dir} {
		if err := eachHTML(fsys, folder, func(p, name string) error { return parseFile(folder, p, name) }); err != nil {
			return nil, readErr(folder, err)
		}
	}
	// wrapped are the templates that shortcode files, and then partial
	// files, define ({{ define }}): they run in the partial frame, knowing
	// the page from the Call their caller passes on (passCall), since their
	// $ is what the caller gave them (toc-tree's dict), not the Call.
	wrapped := map[string]bool{}
	var defined []*parse.Tree
	for _, tr := range t.set.Templates() {
		if tr.Tree == nil {
			continue
		}
		if own[tr.Name()] {
			callT(tr.Tree, "$") // before the partials, whose own call is $vestisCall
			continue
		}
		returns := findReturn(tr.Tree) != nil
		groupReturns(tr.Tree)
		if err := wrapPartial(tr.Tree); err != nil {
			return nil, err
		}
		callT(tr.Tree, partialCall)
		wrapped[tr.Name()] = true
		defined = append(defined, tr.Tree)
		if inlinePartial(tr.Name()) { // Hugo's inline partial, defined in a shortcode file
			t.partials[partialKey(tr.Name())] = partialFile{file: t.fileOf(tr.Tree.ParseName), name: tr.Name(), returns: returns}
		}
	}
	if err := t.loadPartials(fsys, wrapped, defined); err != nil {
		return nil, err
	}
	t.framed = wrapped
	for _, tr := range t.set.Templates() {
		lowerParams(tr.Tree)
		rewriteTry(tr.Tree) // after callT: resources.GetRemote is a method of the Call by then
	}
	if len(errs) > 0 {
		return nil, errs.Sort()
	}
	slices.Sort(t.names)
	t.findText()
	t.marks = &recursion.Marks{}
	for _, tr := range t.set.Templates() {
		tickLoops(tr.Tree)
		t.marks.Mark(tr.Tree, tr.Name())
		valuesize.Guard(tr.Tree)
	}
	t.asParsed = map[string]*parse.Tree{}
	for _, tr := range t.set.Templates() {
		if tr.Tree != nil {
			t.asParsed[tr.Name()] = tr.Tree.Copy()
		}
	}
	for _, pf := range t.partials {
		if tree := t.asParsed[pf.name]; tree != nil {
			unwrapPartial(tree)
		}
	}
	return t, nil
}

// tickLoops puts an empty text at the start of tree's body and of every
// range's body in it. Executing a text writes it, even when empty, so every
// turn of a loop and every call of a template writes once; the writer of a
// page that ran out of time fails that write (budget.abandon), which ends a
// shortcode's loop even when it writes nothing of its own. The empty text
// changes no output. (As render's tickLoops, for layouts.)
func tickLoops(tree *parse.Tree) {
	if tree == nil || tree.Root == nil {
		return
	}
	tick := func(l *parse.ListNode) {
		l.Nodes = append([]parse.Node{&parse.TextNode{NodeType: parse.NodeText, Pos: l.Pos, Text: []byte{}}}, l.Nodes...)
	}
	var ranges []*parse.RangeNode
	walkTree(tree, func(n parse.Node) bool {
		if r, ok := n.(*parse.RangeNode); ok && r.List != nil {
			ranges = append(ranges, r)
		}
		return true
	})
	for _, r := range ranges {
		tick(r.List)
	}
	tick(tree.Root)
}

// Warnings are what the shortcodes said with Hugo's warnf and warnidf,
// each message once, in the order first said. Hugo's warnf knows no page,
// so a site's message names its page itself when it needs to.
func (t *Templates) Warnings() []string { return t.warned.all() }

// Warn adds a warning to Warnings, once however often it is said.
func (t *Templates) Warn(msg string) { t.warned.add(msg) }

// Names are the shortcodes there are, sorted.
func (t *Templates) Names() []string { return t.names }

var templateErrRE = regexp.MustCompile(`^(?:html/)?template: ([^:\s]+):(\d+)(?::(\d+))?: (.*)$`)

// parseError is a template's error at its file and line.
func (t *Templates) parseError(err error) *diag.Diagnostic {
	file, line, col, msg := t.locate(err)
	return &diag.Diagnostic{File: file, Line: line, Col: col, Msg: msg, Err: err}
}

// locate finds the template file and line that text/template writes at the
// start of its messages (it keeps them nowhere else), and the column in
// characters of the file as written (text/template counts bytes); a parse
// error's column, which text/template leaves out, is found by parsing
// (diag.ParseColumn).
func (t *Templates) locate(err error) (file string, line, col int, msg string) {
	if re := (*recursion.Error)(nil); errors.As(err, &re) {
		call := re.Call(func(name string) *parse.Tree {
			if tmpl := t.set.Lookup(name); tmpl != nil {
				return tmpl.Tree
			}
			return nil
		})
		if call == nil {
			return t.dir, 0, 0, re.Error()
		}
		d := diag.At(t.dir, call, "%s", re)
		if name, ok := strings.CutPrefix(d.File, t.dir+"/"); ok {
			d.File = t.fileOf(name)
			d.Col = diag.CharColumn(t.sources[name], d.Line, d.Col)
		}
		return d.File, d.Line, d.Col, d.Msg
	}
	if d := diag.BadHTML(t.dir, err, t.asParsed, ""); d != nil {
		if name, ok := strings.CutPrefix(d.File, t.dir+"/"); ok {
			d.File = t.fileOf(name)
			d.Col = diag.CharColumn(t.sources[name], d.Line, d.Col)
		}
		return d.File, d.Line, d.Col, d.Msg
	}
	m := templateErrRE.FindStringSubmatch(err.Error())
	if m == nil {
		return t.dir, 0, 0, err.Error()
	}
	fmt.Sscan(m[2], &line)
	src, ok := t.sources[m[1]]
	col = diag.CharColumn(src, line, diag.TemplateColumn(m[3]))
	if ok && col == 0 && !strings.HasPrefix(m[4], "executing ") {
		col = diag.ParseColumn(m[1], src, line, m[4])
		if plain, at, ok := diag.ActionProblem(src, line, col); ok {
			return t.fileOf(m[1]), line, at, plain // at the mistake, in plain words
		}
	}
	if msg, ok := valuesize.Message(err); ok {
		return t.fileOf(m[1]), line, col, msg
	}
	if tree := t.tree(m[1]); tree != nil && tree.Root != nil && m[3] != "" {
		if msg := t.namespaceMistake(tree, m[1]+":"+m[2]+":"+m[3]); msg != "" {
			return t.fileOf(m[1]), line, col, msg
		}
	}
	if d := diag.Exec("", err, t.tree, ""); d != nil { // d.File: the name, as m[1]
		return t.fileOf(d.File), d.Line, diag.CharColumn(t.sources[d.File], d.Line, d.Col), d.Msg
	}
	return t.fileOf(m[1]), line, col, m[4]
}

// tree is the parse tree of the template name, nil when there is none.
func (t *Templates) tree(name string) *parse.Tree {
	if tmpl := t.set.Lookup(name); tmpl != nil {
		return tmpl.Tree
	}
	return nil
}

// unknownFunc is the error of the shortcode file name, of text, when it
// parses but for a call of a function shortcodes do not have: at the first
// such call, with the names nearest it; nil else. text/template says
// 'function "x" not defined' at the line alone.
func (t *Templates) unknownFunc(name, text string) *diag.Diagnostic {
	trees := map[string]*parse.Tree{}
	tr := parse.New(name)
	tr.Mode = parse.SkipFuncCheck
	if _, err := tr.Parse(text, "", "", trees); err != nil {
		return nil
	}
	known := func(fn string) bool {
		if _, ok := t.pure[fn]; ok {
			return true
		}
		_, err := template.New("").Parse("{{ " + fn + " }}") // text/template's own (printf, index, ...)
		return err == nil
	}
	var first *parse.IdentifierNode
	for _, tn := range slices.Sorted(maps.Keys(trees)) {
		diag.Inspect(trees[tn].Root, func(n parse.Node) {
			id, ok := n.(*parse.IdentifierNode)
			if ok && !known(id.Ident) && (first == nil || id.Pos < first.Pos) { // one file: Pos orders them
				first = id
			}
		})
	}
	if first == nil {
		return nil
	}
	names := slices.Collect(maps.Keys(t.pure))
	names = append(names, "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne")
	slices.Sort(names)
	names = slices.Compact(names)
	msg := fmt.Sprintf("function %q is not one shortcodes have: they have Go's template functions and the Hugo functions vestis knows (docs/templates.md)", first.Ident)
	if near := diag.Near(names, first.Ident); len(near) > 0 {
		msg += fmt.Sprintf("; did you mean %s?", strings.Join(near, " or "))
	}
	d := diag.At(t.dir, first, "%s", msg)
	d.File = t.fileOf(name)
	d.Col = diag.CharColumn(text, d.Line, d.Col)
	return d
}

// namespaceMistake is the message for a call in tree, at loc (as
// text/template writes places), of a function a namespace of Hugo's does
// not have in shortcodes (lang.FormatNumber), or of one it has with too
// few or many values; "" when there is none. text/template says "can't
// evaluate field FormatNumber in type shortcode.langNS".
func (t *Templates) namespaceMistake(tree *parse.Tree, loc string) string {
	msg := ""
	diag.Inspect(tree.Root, func(n parse.Node) {
		pipe, ok := n.(*parse.PipeNode)
		if ok && msg == "" {
			for i, cmd := range pipe.Cmds {
				if msg = t.namespaceCall(tree, loc, cmd, i > 0); msg != "" {
					return
				}
			}
		}
	})
	return msg
}

// namespaceCall is namespaceMistake's message for cmd, given the value
// of the command before it in its pipeline when piped.
func (t *Templates) namespaceCall(tree *parse.Tree, loc string, cmd *parse.CommandNode, piped bool) (msg string) {
	if len(cmd.Args) == 0 {
		return
	}
	c, ok := cmd.Args[0].(*parse.ChainNode)
	if !ok || len(c.Field) == 0 {
		return
	}
	id, ok := c.Node.(*parse.IdentifierNode)
	if !ok {
		return
	}
	if at, _ := tree.ErrorContext(id); at != loc {
		return
	}
	ns, fn := id.Ident, c.Field[0]
	methods := namespaceMethods(t.pure[ns])
	if methods == nil {
		return
	}
	if !slices.Contains(methods, fn) {
		msg = fmt.Sprintf("%s.%s is not one of the functions of Hugo's %s namespace that shortcodes have", ns, fn, ns)
		if near := diag.Near(methods, fn); len(near) > 0 {
			msg += fmt.Sprintf("; did you mean %s.%s?", ns, strings.Join(near, " or "+ns+"."))
		} else {
			msg += fmt.Sprintf("; they have %s.%s (docs/templates.md)", ns, strings.Join(methods, ", "+ns+"."))
		}
		return
	}
	m, _ := reflect.TypeOf(t.pure[ns]).Out(0).MethodByName(fn)
	want, given := m.Type.NumIn()-1, len(cmd.Args)-1 // less the receiver
	if piped {
		given++
	}
	switch {
	case len(c.Field) > 1:
	case m.Type.IsVariadic() && given < want-1:
		msg = fmt.Sprintf("%s.%s takes at least %s, and is given %d", ns, fn, values(want-1), given)
	case !m.Type.IsVariadic() && given != want:
		msg = fmt.Sprintf("%s.%s takes %s, and is given %d", ns, fn, values(want), given)
	}
	return msg
}

// values is "1 value", "2 values".
func values(n int) string {
	if n == 1 {
		return "1 value"
	}
	return fmt.Sprintf("%d values", n)
}

// namespaceMethods are the functions of the namespace f gives (lang:
// Merge, ...), sorted; nil when f gives no namespace: a function of no
// arguments whose one value is of a named type with methods.
func namespaceMethods(f any) []string {
	ft := reflect.TypeOf(f)
	if ft == nil || ft.Kind() != reflect.Func || ft.NumIn() != 0 || ft.NumOut() != 1 || ft.Out(0).Kind() == reflect.Interface {
		return nil
	}
	var names []string
	for _, t := range []reflect.Type{ft.Out(0), reflect.PointerTo(ft.Out(0))} {
		for i := range t.NumMethod() {
			names = append(names, t.Method(i).Name)
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// readsInner reports whether a template reads .Inner or .InnerDeindent.
func readsInner(tree *parse.Tree) bool {
	found := false
	walkTree(tree, func(n parse.Node) bool {
		switch n := n.(type) {
		case *parse.FieldNode:
			found = slices.Contains(n.Ident, "Inner") || slices.Contains(n.Ident, "InnerDeindent")
		case *parse.ChainNode:
			found = slices.Contains(n.Field, "Inner") || slices.Contains(n.Field, "InnerDeindent")
		}
		return !found
	})
	return found
}

// innerWays are the names through which a template may reach .Inner other
// than writing it: another template or a partial given the call, index,
// call, and the methods that run other templates with it.
var innerWays = []string{"Inner", "InnerDeindent", "partial", "partialCached", "Partial", "PartialCached", "HTML", "index", "call", "Markdownify", "RenderString"}

// mayReadInner reports whether a template may read .Inner, itself or
// through what it runs: false only when it surely does not, so that the
// inner text of a closing tag it is given would be lost.
func mayReadInner(tree *parse.Tree) bool {
	found := false
	walkTree(tree, func(n parse.Node) bool {
		var names []string
		switch n := n.(type) {
		case *parse.FieldNode:
			names = n.Ident
		case *parse.ChainNode:
			names = n.Field
		case *parse.VariableNode:
			names = n.Ident
		case *parse.IdentifierNode:
			names = []string{n.Ident}
		case *parse.TemplateNode:
			found = true
		}
		for _, name := range names {
			found = found || slices.Contains(innerWays, name)
		}
		return !found
	})
	return found
}

// legacyVersion reports whether a template declares Hugo's
// {{ $_hugo_config := `{ "version": 1 }` }}.
func legacyVersion(tree *parse.Tree) bool {
	found := false
	walkTree(tree, func(n parse.Node) bool {
		p, ok := n.(*parse.PipeNode)
		if !ok || len(p.Decl) != 1 || p.Decl[0].Ident[0] != "$_hugo_config" || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
			return true
		}
		if s, ok := p.Cmds[0].Args[0].(*parse.StringNode); ok {
			var config struct{ Version int }
			found = json.Unmarshal([]byte(s.Text), &config) == nil && config.Version == 1
		}
		return !found
	})
	return found
}

// pageFuncs are Hugo's template functions that depend on the page, each
// with the method of Call that does its work: {{ i18n "key" }} is
// {{ $.T "key" }}, in the page's language. partial passes the page on to
// the partial, and the resources and urls namespaces find files and pages
// from it.
var pageFuncs = map[string]string{"i18n": "T", "T": "T", "site": "Site",
	"relURL": "RelURL", "absURL": "AbsURL", "relLangURL": "RelLangURL", "absLangURL": "AbsLangURL",
	"ref": "RefFunc", "relref": "RelRefFunc", "readDir": "ReadDir", "readFile": "ReadFile", "fileExists": "FileExists",
	"os": "OS", "partial": "Partial", "partialCached": "PartialCached", "resources": "Resources", "urls": "URLs", "hugo": "Hugo", "now": "Now", "page": "Page",
	"getJSON": "GetJSON", "getCSV": "GetCSV", "getenv": "Getenv", "apply": "Apply", "imageConfig": "ImageConfig", "images": "Images"}

// warnFuncs are Hugo's warning functions, each with the method of Call that
// records the warning for the page (Call.Warnf). They are rewritten only where
// the root is sure to be the Call (callWarn), unlike pageFuncs: in a template a
// shortcode file defines, $ is what its caller gave, and there they stay the
// templates' own functions.
var warnFuncs = map[string]string{"warnf": "Warnf", "warnidf": "Warnidf"}

// callWarn turns the calls of warnFuncs in tree into calls of Call's methods
// on root.
func callWarn(tree *parse.Tree, root string) { callFuncs(tree, root, warnFuncs) }

// callT turns the calls of pageFuncs in tree into calls of the method (or
// the field, for site) on the shortcode's Call, the variable root ("$" in
// a shortcode, partialCall in a partial), which knows the page: a function
// of the set knows none. {{ site.Params.x }} is {{ $.Site.Params.x }}.
// (Inside a {{ define }}d template $ is what the caller gave.)
func callT(tree *parse.Tree, root string) { callFuncs(tree, root, pageFuncs) }

// callFuncs turns the calls of funcs' functions in tree into calls of the
// method each names on root.
func callFuncs(tree *parse.Tree, root string, funcs map[string]string) {
	call := func(id *parse.IdentifierNode, fields ...string) *parse.VariableNode {
		return &parse.VariableNode{NodeType: parse.NodeVariable, Pos: id.Pos, Ident: append([]string{root, funcs[id.Ident]}, fields...)}
	}
	walkTree(tree, func(n parse.Node) bool {
		c, ok := n.(*parse.CommandNode)
		if !ok {
			return true
		}
		for i, arg := range c.Args {
			switch a := arg.(type) {
			case *parse.IdentifierNode:
				if funcs[a.Ident] != "" {
					c.Args[i] = call(a)
				}
			case *parse.ChainNode: // site.Params.x
				if id, ok := a.Node.(*parse.IdentifierNode); ok && funcs[id.Ident] != "" {
					c.Args[i] = call(id, a.Field...)
				}
			}
		}
		return true
	})
}

// checkRanges refuses a range over a constant number above maxRange.
func checkRanges(tree *parse.Tree) error {
	var err error
	walkTree(tree, func(n parse.Node) bool {
		r, ok := n.(*parse.RangeNode)
		if !ok || r.Pipe == nil || len(r.Pipe.Cmds) != 1 || len(r.Pipe.Cmds[0].Args) != 1 {
			return true
		}
		if num, ok := r.Pipe.Cmds[0].Args[0].(*parse.NumberNode); ok && num.IsUint && num.Uint64 > maxRange {
			loc, _ := tree.ErrorContext(r)
			err = fmt.Errorf("template: %s: range over %s: a loop of more than %d times would run for hours; range over a list, or a smaller number", loc, num.Text, maxRange)
		}
		return err == nil
	})
	return err
}

// walkTree calls visit on each node of tree, parents before their children,
// until visit returns false.
func walkTree(tree *parse.Tree, visit func(parse.Node) bool) {
	if tree == nil || tree.Root == nil {
		return
	}
	stopped := false
	var walk func(n parse.Node)
	list := func(l *parse.ListNode) {
		if l != nil {
			walk(l)
		}
	}
	pipe := func(p *parse.PipeNode) {
		if p != nil {
			walk(p)
		}
	}
	walk = func(n parse.Node) {
		if stopped || n == nil {
			return
		}
		if !visit(n) {
			stopped = true
			return
		}
		switch n := n.(type) {
		case *parse.ListNode:
			for _, c := range n.Nodes {
				walk(c)
			}
		case *parse.ActionNode:
			pipe(n.Pipe)
		case *parse.PipeNode:
			for _, c := range n.Cmds {
				walk(c)
			}
		case *parse.CommandNode:
			for _, a := range n.Args {
				walk(a)
			}
		case *parse.ChainNode:
			walk(n.Node)
		case *parse.IfNode:
			pipe(n.Pipe)
			list(n.List)
			list(n.ElseList)
		case *parse.RangeNode:
			pipe(n.Pipe)
			list(n.List)
			list(n.ElseList)
		case *parse.WithNode:
			pipe(n.Pipe)
			list(n.List)
			list(n.ElseList)
		case *parse.TemplateNode:
			pipe(n.Pipe)
		}
	}
	walk(tree.Root)
}

// readErr is err, from reading the folder dir, with dir named unless err is
// a diagnostic naming its own file (a link out of the site, say).
func readErr(dir string, err error) error {
	var d *diag.Diagnostic
	if errors.As(err, &d) {
		return err
	}
	return fmt.Errorf("read %s: %w", dir, err)
}

// eachHTML calls fn with the path of each .html file below dir in fsys and
// that path relative to dir, hidden files left out. A dir that does not
// exist has none.
func eachHTML(fsys fs.FS, dir string, fn func(p, rel string) error) error {
	return eachFile(fsys, dir, func(name string) bool { return strings.HasSuffix(name, ".html") }, fn)
}

// eachPartial calls fn for each partial file below dir: a file of any
// kind, as Hugo's partial "svgs/arrow.svg" names an icon, except hidden
// files and editors' temporary ones (sitefs.Transient).
func eachPartial(fsys fs.FS, dir string, fn func(p, rel string) error) error {
	return eachFile(fsys, dir, func(name string) bool { return !sitefs.Transient(name) }, fn)
}

// eachFile calls fn for each file below dir whose name keep accepts, hidden
// files left out, with its path and its path relative to dir.
func eachFile(fsys fs.FS, dir string, keep func(name string) bool, fn func(p, rel string) error) error {
	return fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == dir {
				return fs.SkipDir
			}
			return err
		}
		if err := sitefs.WalkLink(fsys, p, d); err != nil {
			return err
		}
		if err := sitefs.WalkName(p, d); err != nil {
			return err
		}
		if d.IsDir() || !keep(d.Name()) || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		return fn(p, norm.NFC.String(strings.TrimPrefix(p, dir+"/"))) // as partialKey: a name macOS saved is found as typed
	})
}

// paramsOwners are the fields whose Params Hugo reads in any letter case.
var paramsOwners = map[string]bool{"Site": true, "Page": true, "Language": true}

// lowerParams writes in lower case the keys a template reads from a page's,
// the site's or a language's params (.Site.Params.Author.name is
// .Site.Params.author.name): Hugo's params are maps whose keys it lowers,
// so a theme may write them in any case; the site gives shortcodes those
// maps with their keys in lower case (site.LowerKeys).
func lowerParams(tree *parse.Tree) {
	lower := func(idents []string) {
		for i := 1; i < len(idents); i++ {
			if idents[i] == "Params" && paramsOwners[idents[i-1]] {
				for j := i + 1; j < len(idents); j++ {
					idents[j] = strings.ToLower(idents[j])
				}
				return
			}
		}
	}
	walkTree(tree, func(n parse.Node) bool {
		switch n := n.(type) {
		case *parse.FieldNode:
			lower(n.Ident)
		case *parse.VariableNode:
			lower(n.Ident)
		case *parse.ChainNode:
			lower(n.Field)
		}
		return true
	})
}
