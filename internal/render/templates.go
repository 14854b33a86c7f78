// Package render parses the layouts once and executes them for every page of a
// site, producing the outputs to write: HTML pages, the language chooser, alias
// redirects and the 404 pages.
package render

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"hash/fnv"
	"html/template"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	texttemplate "text/template"
	"text/template/parse"

	"golang.org/x/text/unicode/norm"

	"github.com/vestis-ssg/vestis/internal/compact"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/recursion"
	"github.com/vestis-ssg/vestis/internal/site"
	"github.com/vestis-ssg/vestis/internal/sitefs"
	"github.com/vestis-ssg/vestis/internal/typecheck"
	"github.com/vestis-ssg/vestis/internal/valuesize"
)

// Templates are the parsed layouts of a site.
type Templates struct {
	layouts map[string]*layout
	// found memoizes lookup by what it depends on (layoutFor): a rebuild asks
	// for the layouts of thousands of list pages' entries.
	found sync.Map
	// minified: the layouts were minified when parsed (LoadMinified), and
	// the pages they render are minified HTML.
	minified bool
	// stubs are the functions partials call that layouts do not have, with
	// what to write instead (see stub).
	stubs map[string]string
	// sources are the layouts as written, by name below layouts/: columns
	// of errors count their characters (inChars).
	sources map[string]string
	// partials holds what partialCached rendered in the current pass (All or
	// Patch); each pass starts empty, since pages change between passes.
	partials atomic.Pointer[partialCache]
	// executors keeps the goroutines that execute layouts (executeBounded).
	executors sync.Pool
}

// partialCache maps a partial's name and keys to its output. It holds at most
// partialCacheSize bytes: when full it starts over, which suits the order of
// rendering (by URL, so one language and section after the other).
type partialCache struct {
	mu   sync.RWMutex
	m    map[string]template.HTML
	size int
	// limit is the most a page's layout may write in this pass (outputLimit).
	limit int
	// kept holds partials across the passes of a Cache, or is nil; keep is
	// how many it may hold.
	kept *keptPartials
	keep int
	// over is set when the pass has ended (All or Patch returned, or the
	// next pass began): a partial still executing then belongs to a page
	// that ran out of time, and its next write fails (limitWriter).
	over atomic.Bool
}

const partialCacheSize = 64 << 20

func (c *partialCache) get(k string) (template.HTML, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	h, ok := c.m[k]
	return h, ok
}

func (c *partialCache) put(k string, h template.HTML) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.size += len(k) + len(h); c.size > partialCacheSize || c.m == nil {
		c.m, c.size = map[string]template.HTML{}, len(k)+len(h)
	}
	c.m[k] = h
}

// newPass forgets the partials of the previous pass, and sets the limit on
// a page's output from s's pages. With a cache, the partials made from pages
// alone are taken from the last passes while their pages are the same.
func (t *Templates) newPass(s *site.Site, cache *Cache) {
	c := &partialCache{limit: outputLimit(s)}
	if cache != nil {
		c.kept, c.keep = cache.partials, 4*len(s.Pages)+64
	}
	if old := t.partials.Swap(c); old != nil {
		old.over.Store(true)
	}
}

// endPass ends the current pass: partials of pages abandoned in it stop at
// their next write.
func (t *Templates) endPass() {
	if c := t.partials.Load(); c != nil {
		c.over.Store(true)
	}
}

// partialCached executes the partial name of set with data once per pass
// and key: later calls with the same name and keys return the first output.
// The keys must tell apart everything the output depends on, as with Hugo's
// function of the same name.
func (t *Templates) partialCached(set *template.Template, m *recursion.Marks, local map[string]bool, plain bool, name string, data any, keys ...any) (template.HTML, error) {
	if set.Lookup(name) == nil && set.Lookup("partials/"+name) != nil {
		name = "partials/" + name
	}
	var k strings.Builder
	k.WriteString(name)
	for _, key := range keys {
		k.WriteByte(0)
		switch key := key.(type) {
		case string:
			k.WriteString(key)
		case int:
			k.WriteString(strconv.Itoa(key))
		default:
			if err := keyTooLarge(name, key); err != nil {
				return "", err
			}
			fmt.Fprint(&k, key)
		}
	}
	cache := t.partials.Load()
	if plain {
		cache = nil // an unminified layout run again for its error (layout.plain): its outputs are not the pages'
	}
	var digest uint64
	keep := false
	if cache != nil {
		if h, ok := cache.get(k.String()); ok {
			return h, nil
		}
		if cache.kept != nil && local[name] {
			digest, keep = cache.kept.dataDigest(data)
		}
		if keep {
			if h, ok := cache.kept.get(k.String(), digest); ok {
				cache.put(k.String(), h)
				return h, nil
			}
		}
	}
	if tooDeep() {
		return "", &deepError{partial: name}
	}
	var buf strings.Builder
	w := &limitWriter{w: &buf, limit: t.outputLimit(), pass: t.partials.Load(), depth: recursion.Depth{Marks: m}}
	if err := set.ExecuteTemplate(w, name, data); err != nil {
		if deep := (*deepError)(nil); errors.As(err, &deep) {
			if deep.at == nil {
				// The partial whose call went one level too deep: its
				// error holds that call's place, which templateError
				// finds (innerExec) and says.
				return "", &deepError{partial: deep.partial, at: err}
			}
			return "", deep // once, not wrapped by every level
		}
		return "", err
	}
	h := template.HTML(buf.String())
	if cache != nil {
		cache.put(k.String(), h)
	}
	if keep {
		cache.kept.put(k.String(), digest, h, cache.keep)
	}
	return h, nil
}

// maxFrames bounds the call stack under partialCached. Each call executes
// its partial afresh, so text/template's own depth limit starts over and a
// partial that calls itself would grow the stack until the runtime ends the
// program, which no recover can stop. A nested partial costs about twenty
// frames, and real layouts nest a handful deep: this allows hundreds.
const maxFrames = 5000

// deepError is partialCached nested beyond maxFrames; at, once known, is
// the execution error of the partial that made the call too deep.
type deepError struct {
	partial string
	at      error
}

func (e *deepError) Error() string {
	return e.partial + " is nested in itself too deeply: a partial that calls itself with partialCached, or calls one that calls it back, runs without end; call it only inside {{ if }} or {{ with }} over something that runs out"
}

func (e *deepError) Unwrap() error { return e.at }

// tooDeep reports whether the stack has more than maxFrames frames. Walking
// a real layout's stack costs a few microseconds, paid only when a partial is
// executed, not when partialCached finds it already made.
func tooDeep() bool {
	var pc [1]uintptr
	return runtime.Callers(maxFrames, pc[:]) > 0
}

// layout is one layout file with baseof and the partials: what its set of
// templates holds (plan), and the set, made when a page first needs it
// (template). A site uses only some of the layouts of the default theme,
// and a minified layout's plain one only runs to report an error.
type layout struct {
	// entry is the template to execute: the layout itself, or baseof when the
	// layout only fills its blocks.
	entry string
	name  string
	names *names // what its templates can read
	// sum is a sum of the files whose templates its pages may run
	// (filesSum): a page rendered before a save of another layout file is
	// kept.
	sum uint64
	// plain is the layout as written when this one is minified: an error
	// is reported from it, at the line and column the user sees.
	plain *layout
	// forErrors is set on a plain layout before any runs: its partialCached
	// keeps nothing, as its outputs are not the pages'.
	forErrors bool
	plan      plan
	once      sync.Once
	set       *template.Template
	// local are the templates whose outputs may be kept (pageLocal).
	local map[string]bool
	// marks tell its templates apart to the writer (tickLoops).
	marks *recursion.Marks
	err   error
}

const baseof = "_default/baseof.html"

// Load parses every layout under dir in fsys. Partials (partials/*.html) and
// _default/baseof.html are parsed with each layout.
func Load(fsys fs.FS, dir string) (*Templates, error) { return load(fsys, dir, false) }

// LoadMinified is Load with the layouts minified once, as they are parsed
// (compact.Layouts), so that the pages they render are minified HTML already
// (Output.Compact) and need not be minified one by one. When the layouts
// cannot be minified safely, they are parsed as they are and their pages are
// not Compact (Minified). Errors name the lines of the files as written.
func LoadMinified(fsys fs.FS, dir string) (*Templates, error) { return load(fsys, dir, true) }

// Minified reports whether the layouts were minified (LoadMinified).
func (t *Templates) Minified() bool { return t != nil && t.minified }

func load(fsys fs.FS, dir string, minify bool) (*Templates, error) {
	sources := map[string]string{}
	var readErrs diag.List // a file that is not a regular one, or too large
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		var bad *diag.Diagnostic
		switch {
		case err != nil && errors.Is(err, fs.ErrNotExist) && p == dir:
			return fs.SkipDir
		case errors.As(err, &bad): // a link out of the site, a folder vestis may not read
			readErrs = append(readErrs, bad)
			return nil
		case err != nil:
			return err
		case errors.As(sitefs.WalkLink(fsys, p, d), &bad), errors.As(sitefs.WalkName(p, d), &bad):
			readErrs = append(readErrs, bad)
			if d.IsDir() {
				return fs.SkipDir // its files cannot be read under its name
			}
			return nil
		}
		if d.IsDir() && (p == dir+"/shortcodes" || p == dir+"/_shortcodes") {
			return fs.SkipDir // package shortcode reads them (_shortcodes: Hugo 0.146's name)
		}
		if d.IsDir() || !strings.HasSuffix(p, ".html") || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		data, err := sitefs.ReadText(fsys, p, sitefs.MaxSize)
		if err == nil {
			err = sitefs.CheckTemplate(p, data)
		}
		if errors.As(err, &bad) {
			readErrs = append(readErrs, bad)
			return nil
		}
		if err != nil {
			return err
		}
		// By its name as typed (NFC): a partial macOS saved (NFD) is found
		// by {{ template "partials/kartīte.html" . }}, as on macOS itself.
		sources[norm.NFC.String(strings.TrimPrefix(p, dir+"/"))] = string(data)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read layouts: %w", err)
	}
	if len(readErrs) > 0 {
		return nil, readErrs
	}
	var shared []string
	for name := range sources {
		if strings.HasPrefix(name, "partials/") {
			shared = append(shared, name)
		}
	}
	slices.Sort(shared) // a partial's error, and which of two defines wins, do not depend on map order
	t := &Templates{layouts: map[string]*layout{}, sources: sources}
	var errs []error
	have := map[string]bool{"partialCached": true}
	for _, name := range builtins {
		have[name] = true
	}
	for name := range funcs() {
		have[name] = true
	}
	t.stubs = map[string]string{}
	files := parseFiles(sources)
	for name, src := range sources {
		// Only a file that does not parse can leave a block open (Unclosed
		// parses it again, keeping comments, which parse either way).
		if files[name].err != nil {
			if d := diag.Unclosed(dir, name, src); d != nil {
				errs = append(errs, inChars(d, dir, sources))
				continue
			}
		}
		unknown := unknownFuncs(files[name].trees, have)
		if len(unknown) > 0 && !strings.HasPrefix(name, "partials/") {
			errs = append(errs, inChars(unknown[0].err(dir), dir, sources))
		}
		for _, u := range unknown {
			t.stubs[u.name] = u.hint
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(sortErrors(errs)...)
	}
	files.setErr(sources, t.funcNames())
	calls := typecheck.Held{Calls: funcTypes()}
	type stubCall struct {
		d      *diag.Diagnostic
		layout string
	}
	stubbed := map[string]stubCall{} // by place; see layoutStubCalls
	for name := range sources {
		if name == baseof || strings.HasPrefix(name, "partials/") {
			continue
		}
		l, err := planLayout(name, files, sources, shared, dir)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		// A field no value of its type has, in any template the layout
		// runs: at its line, with the names meant, before any page runs.
		for _, d := range typecheck.CheckHeld(dir, l.plan, l.entry, viewType, viewNames, calls) {
			errs = append(errs, inChars(d, dir, sources))
		}
		// A partial the layout runs calling a function only shortcodes
		// have (lang.FormatNumber): at the call, before any page runs it,
		// once for every layout that runs it, naming the first.
		for _, u := range layoutStubCalls(l.plan, have) {
			d := u.inLayout(dir, name)
			at := fmt.Sprintf("%s:%d:%d", d.File, d.Line, d.Col)
			if first, ok := stubbed[at]; !ok || name < first.layout {
				stubbed[at] = stubCall{d, name}
			}
		}
		t.layouts[name] = l
	}
	for _, c := range stubbed {
		errs = append(errs, inChars(c.d, dir, sources))
	}
	if len(errs) > 0 {
		return nil, errors.Join(sortErrors(errs)...)
	}
	if minify {
		t.minify(files, sources, shared, dir)
	}
	return t, nil
}

// minify replaces the layouts, parsed as written, by their minified forms,
// when every file can be minified (compact.Layouts) and parsed so; otherwise
// it leaves them, and their pages are minified after rendering.
func (t *Templates) minify(files parsedFiles, sources map[string]string, shared []string, dir string) {
	in := make(map[string]compact.Layout, len(sources))
	for name, src := range sources {
		in[name] = compact.Layout{Text: src, Trees: files[name].trees}
	}
	out, err := compact.Layouts(in)
	if err != nil {
		return
	}
	// compact.Layouts keeps every action as it is, so the minified files
	// call the functions the files as written do.
	min := make(map[string]string, len(out))
	minFiles := make(parsedFiles, len(out))
	for name, l := range out {
		min[name], minFiles[name] = l.Text, parsed(l.Trees, nil)
	}
	layouts := make(map[string]*layout, len(t.layouts))
	for name, plain := range t.layouts {
		l, err := planLayout(name, minFiles, min, shared, dir)
		if err != nil {
			return
		}
		l.plain, l.names = plain, plain.names
		l.sum ^= minifiedSum // its pages are minified otherwise than plain's (Output.Compact)
		layouts[name] = l
	}
	// The layouts as written are now run only to report errors; none has
	// run yet.
	for _, l := range layouts {
		l.plain.forErrors = true
	}
	t.layouts, t.minified = layouts, true
}

// planLayout finds the templates of the layout name's set from files (their
// texts are sources, for the columns of errors), and reports every mistake
// the set would have before any page runs.
func planLayout(name string, files parsedFiles, sources map[string]string, shared []string, dir string) (*layout, error) {
	p := plan{}
	_, hasBase := sources[baseof]
	if hasBase {
		// baseof first, so that the layout's blocks replace baseof's defaults.
		if err := p.add(files[baseof]); err != nil {
			return nil, templateError(dir, err, "", sources, nil, nil)
		}
	}
	if err := p.add(files[name]); err != nil {
		return nil, templateError(dir, err, "", sources, nil, nil)
	}
	for _, tname := range slices.Sorted(maps.Keys(p)) {
		if err := checkRanges(dir, p[tname]); err != nil {
			var d *diag.Diagnostic
			if errors.As(err, &d) {
				inChars(d, dir, sources)
			}
			return nil, err
		}
	}
	l := &layout{entry: name, name: name, plan: p}
	if hasBase && onlyDefines(p[name]) {
		l.entry = baseof
	}
	for _, s := range shared {
		if err := p.add(files[s]); err != nil {
			return nil, templateError(dir, err, "", sources, nil, nil)
		}
	}
	l.names = namesOf(p.trees())
	l.sum = filesSum(name, p, sources)
	return l, nil
}

// minifiedSum sets a minified layout's sum apart from its plain one's.
const minifiedSum = 1

// filesSum is a sum of the layout's name and of the names and texts of the
// files that hold the templates of p that may run (viewTemplates): baseof,
// the layout's own file and the partials they call (all of them when one
// is called by a name made while rendering). Any other change of the
// layouts leaves the sum as it was, and so the pages this layout rendered.
func filesSum(name string, p plan, sources map[string]string) uint64 {
	_, called, _ := viewTemplates(p.trees())
	files := map[string]bool{}
	for tname, tree := range p {
		if called[tname] {
			files[tree.ParseName] = true
		}
	}
	h := fnv.New64a()
	for _, f := range slices.Concat([]string{name}, slices.Sorted(maps.Keys(files))) {
		h.Write([]byte(f + "\x00" + sources[f] + "\x00"))
	}
	return h.Sum64()
}

// template is l's set of templates, made the first time it is asked for:
// copies of the plan's trees, as html/template escapes a tree in place
// when it first executes it.
func (t *Templates) template(l *layout) (*template.Template, error) {
	l.once.Do(func() {
		fm := funcs()
		fm["partialCached"] = func(name string, data any, keys ...any) (template.HTML, error) {
			return t.partialCached(l.set, l.marks, l.local, l.forErrors, name, data, keys...)
		}
		for name, hint := range t.stubs {
			fm[name] = stub(name, hint)
		}
		// The root gets a name of its own: redefining the root template drops the set's funcs.
		set := template.New("vestis:" + l.name).Funcs(fm).Option("missingkey=error")
		local := make(map[string]bool, len(l.plan))
		m := &recursion.Marks{}
		for _, name := range slices.Sorted(maps.Keys(l.plan)) {
			tree := l.plan[name]
			local[name] = pageLocal(l.plan, tree, map[string]bool{})
			tree = tree.Copy()
			tickLoops(tree, name, m)
			valuesize.Guard(tree)
			if _, err := set.AddParseTree(name, tree); err != nil {
				l.err = fmt.Errorf("layouts/%s: %w", l.name, err)
				return
			}
		}
		l.set, l.local, l.marks = set, local, m
	})
	return l.set, l.err
}

// funcNames are the functions layouts have, for parsing, which asks only
// for their names: text/template's own come apart (parsedFiles.setErr).
func (t *Templates) funcNames() template.FuncMap {
	fm := funcs()
	fm["partialCached"] = true
	for name := range t.stubs {
		fm[name] = true
	}
	return fm
}

// onlyDefines reports whether a template body is empty apart from spaces, so the
// file only defines blocks for baseof.
func onlyDefines(tree *parse.Tree) bool {
	if tree == nil || tree.Root == nil {
		return true
	}
	for _, n := range tree.Root.Nodes {
		if t, ok := n.(*parse.TextNode); !ok || len(bytes.TrimSpace(t.Text)) > 0 {
			return false
		}
	}
	return true
}

var templateErrRE = regexp.MustCompile(`^(?:html/)?template: ([^:\s]+):(\d+)(?::(\d+))?: (.*)$`)

// inChars makes d's column, counted in bytes as text/template counts them,
// count the characters of its layout's line (sources by name below dir), as
// every column vestis prints does. It returns d.
func inChars(d *diag.Diagnostic, dir string, sources map[string]string) *diag.Diagnostic {
	if d == nil {
		return d
	}
	if src, ok := sources[strings.TrimPrefix(d.File, dir+"/")]; ok {
		d.Col = diag.CharColumn(src, d.Line, d.Col)
	}
	return d
}

// templateError rewrites a template error to start with the layout's path,
// line and column (in characters of sources, the layouts as written), and
// names the content file being rendered.
//
// tree gives the trees of the templates that ran, by name, so that an
// execution error is said from the node at fault (diag.Exec); nil when none
// ran. keys, when set, finds the map of a key not there (diag.Keys).
func templateError(dir string, err error, file string, sources map[string]string, tree func(name string) *parse.Tree, keys diag.Keys) error {
	if d := inChars(diag.Escaping(dir, err), dir, sources); d != nil {
		if file == "" {
			return d
		}
		// A mistake of the layout, the same on every page: grouped (groupErrors).
		d.Msg = "rendering " + fileMark + ": " + d.Msg
		return &pageError{file: file, msg: d.Error()}
	}
	msg, caller, execErr := err.Error(), "", err
	if file != "" {
		if inner, outer := innerExec(err); inner != nil {
			// A partial's own mistake: at its line, called from the outer one's.
			if mo := templateErrRE.FindStringSubmatch(outer.Error()); mo != nil {
				line, _ := strconv.Atoi(mo[2])
				caller = " (called at " + path.Join(dir, mo[1]) + ":" + mo[2]
				if col := diag.CharColumn(sources[mo[1]], line, diag.TemplateColumn(mo[3])); col > 0 {
					caller += ":" + strconv.Itoa(col)
				}
				caller += ")"
				msg, execErr = inner.Error(), inner
			}
		}
	}
	m := templateErrRE.FindStringSubmatch(msg)
	if m == nil {
		if file != "" {
			return fmt.Errorf("%s: rendering %s: %s", dir, file, msg)
		}
		return &diag.Diagnostic{File: dir, Msg: msg, Err: err}
	}
	if file == "" {
		// A layout that does not parse: text/template's parser gives its
		// place only in the message.
		line, _ := strconv.Atoi(m[2])
		col := diag.CharColumn(sources[m[1]], line, diag.TemplateColumn(m[3]))
		msg := m[4]
		if src, ok := sources[m[1]]; ok && col == 0 {
			col = diag.ParseColumn(m[1], src, line, m[4])
			if plain, at, ok := diag.ActionProblem(src, line, col); ok {
				msg, col = plain, at // at the mistake, in plain words
			}
		}
		return &diag.Diagnostic{File: path.Join(dir, m[1]), Line: line, Col: col, Msg: msg, Err: err}
	}
	loc := path.Join(dir, m[1]) + ":" + m[2]
	line, _ := strconv.Atoi(m[2])
	if col := diag.CharColumn(sources[m[1]], line, diag.TemplateColumn(m[3])); col > 0 {
		loc += ":" + strconv.Itoa(col)
	}
	rest := m[4]
	if msg, ok := valuesize.Message(err); ok {
		rest = strings.Replace(msg, ": ", " for "+fileMark+": ", 1)
	} else if d := inChars(diag.ExecKeys(dir, execErr, tree, fileMark, keys), dir, sources); d != nil {
		// At the node at fault, which text/template may place at the
		// last node it evaluated before it ((index .Site.Data "x").y).
		loc, rest = d.File+":"+strconv.Itoa(d.Line), d.Msg
		if d.Col > 0 {
			loc += ":" + strconv.Itoa(d.Col)
		}
	} else if i := strings.Index(rest, `" at <`); strings.HasPrefix(rest, "executing ") && i > 0 {
		rest = rest[:i+1] + " for " + fileMark + rest[i+1:]
	} else {
		rest = "rendering " + fileMark + ": " + rest
	}
	return &pageError{file: file, msg: loc + ": " + rest + caller}
}

// innerExec returns, when err is the execution error of a template that a
// template function (partial, partialCached) ran for another, the innermost
// such error, where the mistake is, and the one of its caller; nil else.
func innerExec(err error) (inner, caller error) {
	var chain []error
	for e := err; ; {
		var ee texttemplate.ExecError
		if !errors.As(e, &ee) {
			break
		}
		chain = append(chain, ee)
		e = ee.Err
	}
	if len(chain) < 2 {
		return nil, nil
	}
	return chain[len(chain)-1], chain[len(chain)-2]
}

// pageError is an error while rendering one content file. A mistake in a layout
// fails every page that uses it, so equal ones are reported once (groupErrors).
type pageError struct {
	file string
	msg  string // fileMark stands where the file goes
}

const fileMark = "\x00"

func (e *pageError) Error() string { return strings.Replace(e.msg, fileMark, e.file, 1) }

// groupErrors sorts errs and reports each pageError message once, naming the
// first file and counting the other files (not pages: a file rendered in
// several languages is named once), so that one broken layout on 6,000 pages
// is one line, not 6,000.
func groupErrors(errs []error) []error {
	var out []error
	groups := map[string][]string{}
	for _, err := range errs {
		if pe, ok := err.(*pageError); ok {
			if groups[pe.msg] == nil {
				out = append(out, pe)
			}
			groups[pe.msg] = append(groups[pe.msg], pe.file)
			continue
		}
		out = append(out, err)
	}
	for i, err := range out {
		pe, ok := err.(*pageError)
		if !ok || len(groups[pe.msg]) == 1 {
			continue
		}
		// A page shown in several languages (fallback pages, translations.fallback)
		// is one file: it is named once.
		files := groups[pe.msg]
		slices.Sort(files)
		files = slices.Compact(files)
		if len(files) == 1 {
			out[i] = &pageError{file: files[0], msg: pe.msg}
			continue
		}
		others := files[1:]
		more := ""
		if len(others) > 3 {
			others, more = others[:3], ", …"
		}
		noun := "pages"
		if len(files) == 2 {
			noun = "page"
		}
		out[i] = fmt.Errorf("%s (and %d more %s: %s%s)", (&pageError{file: files[0], msg: pe.msg}).Error(),
			len(files)-1, noun, strings.Join(others, ", "), more)
	}
	return sortErrors(out)
}

func sortErrors(errs []error) []error {
	slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	return slices.CompactFunc(errs, func(a, b error) bool { return a.Error() == b.Error() })
}

// candidates lists the layouts tried for a page kind, most specific first:
// a section's own layout, then its content type's (site.yaml types), then
// the default. As in Hugo, a page or section whose front matter names a
// layout (layout: wide) has wide.html tried before single.html or list.html
// in each folder, and one that names a type (type: docs) has the folder
// docs/ in place of its section's.
func candidates(k layoutFor) []string {
	dirs := []string{cmp.Or(k.layoutType, k.section)}
	if k.typ != "" && k.typ != k.section && k.typ != dirs[0] {
		dirs = append(dirs, k.typ)
	}
	dirs = append(dirs, "_default")
	own := func(file string) []string {
		var out []string
		for _, dir := range dirs {
			if dir == "" {
				continue // a page at the root: _default's alone
			}
			if k.layout != "" {
				out = append(out, dir+"/"+k.layout+".html")
			}
			out = append(out, dir+"/"+file)
		}
		return out
	}
	switch k.kind {
	case "home":
		return []string{"index.html", "_default/list.html"}
	case "section":
		return own("list.html")
	case "taxonomy":
		return []string{k.taxonomy + "/terms.html", "_default/terms.html", "_default/list.html"}
	case "term":
		return []string{k.taxonomy + "/term.html", "_default/term.html", "_default/list.html"}
	case "404":
		return []string{"404.html"}
	case "search":
		return []string{"search.html"}
	}
	return own("single.html")
}

// NamedLayout is what a page's front matter layout and type do (Hugo's
// layout: wide, type: docs) on a page of kind in section, of the site.yaml
// type typ: the layouts they have vestis try, of which none is there when
// ok is false, and the layout the page then has (got). A home page reads
// neither: tried is empty.
func (t *Templates) NamedLayout(kind, section, typ, layout, layoutType string) (tried []string, got string, ok bool) {
	plain := candidates(layoutFor{kind: kind, section: section, typ: typ})
	for _, name := range candidates(layoutFor{kind, section, typ, "", layout, layoutType}) {
		_, found := t.layout(name)
		if !slices.Contains(plain, name) {
			tried = append(tried, name)
			ok = ok || found
		}
		if found && got == "" {
			got = name
		}
	}
	return tried, got, ok
}

// ErrNoLayout is wrapped by the error for a page without a layout.
var ErrNoLayout = errors.New("no layout")

// lookup finds the layout of p.
func (t *Templates) lookup(p *site.Page) (*layout, error) {
	key := layoutFor{p.Kind, p.Section, p.Type().Name, p.Taxonomy, p.Layout(), p.LayoutType()}
	if l, ok := t.found.Load(key); ok {
		return l.(*layout), nil
	}
	tried := candidates(key)
	for _, name := range tried {
		if l, ok := t.layout(name); ok {
			t.found.Store(key, l)
			return l, nil
		}
	}
	for i := range tried {
		tried[i] = "layouts/" + tried[i]
	}
	what := fmt.Sprintf("kind %q", key.kind)
	if key.section != "" {
		what += fmt.Sprintf(", section %q", key.section)
	}
	return nil, fmt.Errorf("%w for %s; tried %s", ErrNoLayout, what, strings.Join(tried, ", "))
}

// layout is the layout called name, or called so with its accents stored
// the other way (Unicode normalization): a section's layouts in a folder
// saved on macOS (NFD) for the section site.yaml names as typed (NFC), or
// the other way round, as the section's folder is that section
// (config.SectionKey); the page got the default layout in silence.
func (t *Templates) layout(name string) (*layout, bool) {
	if l, ok := t.layouts[name]; ok {
		return l, true
	}
	for _, f := range []norm.Form{norm.NFC, norm.NFD} {
		if other := f.String(name); other != name {
			if l, ok := t.layouts[other]; ok {
				return l, true
			}
		}
	}
	return nil, false
}

// layoutFor is what chooses a page's layout: its kind, section, type
// (site.yaml's), taxonomy, and the layout and type its front matter names.
type layoutFor struct{ kind, section, typ, taxonomy, layout, layoutType string }

// tree is the parse tree of l's template name, nil when it has none.
func (l *layout) tree(name string) *parse.Tree {
	if l.set == nil {
		return nil
	}
	if t := l.set.Lookup(name); t != nil {
		return t.Tree
	}
	return nil
}
