package shortcode

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vestis-ssg/vestis/internal/recursion"
)

// Env is what a page gives its shortcodes. Its functions may be nil.
type Env struct {
	// File is the content file, site-relative, for .Position.
	File string
	// FirstLine is the line of the file where the text given to Parse starts.
	FirstLine int
	// Page and Site are .Page and .Site in the templates.
	Page, Site any
	// Warn records what the shortcodes say with Hugo's warnf and warnidf
	// (marked "warnf: "), and what vestis did not do to an image they
	// asked to change, for the page, at the shortcode's place in it; nil
	// leaves it to Templates.Warnings.
	Warn func(at Position, msg string)
	// RemoteDataOptional: getJSON and getCSV of an address on the
	// internet give nothing, with a warning (config.RemoteDataOptional).
	RemoteDataOptional bool
	// T returns an i18n message in the page's language; data is a map of
	// its fields, or a value whose fields it reads (Hugo's i18n "id" .Page).
	T func(id string, data any) (string, error)
	// Image returns the resized versions of an image (as a Markdown image
	// is), asked for by the shortcode named name at at: a site may publish
	// a page whose image is missing with a warning at that place.
	Image func(name string, at Position, src string) (*Image, error)
	// Ref returns the URL of the page a path names, in lang (the page's
	// language when ""): absolute when abs, else root-relative.
	Ref func(path, lang string, abs bool) (string, error)
	// Markdown renders Markdown as part of the page (its links resolved),
	// written in the shortcode at line of the content file; when inline, a
	// text that is one paragraph is rendered without the <p> around it.
	Markdown func(src string, line int, inline bool) (template.HTML, error)
	// RelURL is the root-relative URL of a path under the site's root, and
	// AbsURL its absolute URL.
	RelURL, AbsURL func(path string) string
	// ReadDir lists a folder of the site (Hugo's readDir), the path
	// relative to the site's folder.
	ReadDir func(dir string) ([]fs.FileInfo, error)
	// ReadFile reads a file of the site (Hugo's readFile), and FileExists
	// reports whether there is one (Hugo's fileExists), the path relative to
	// the site's folder.
	ReadFile   func(name string) (string, error)
	FileExists func(name string) (bool, error)
	// Getenv reads an environment variable (Hugo's getenv and os.Getenv),
	// or says why it may not; nil is an environment with none.
	Getenv func(name string) (string, error)
	// LangRoot is the path of the page's language's home under the site's
	// root ("/" or "/lv/"), for relLangURL and absLangURL.
	LangRoot string
	// Assets finds files of assets/ (the site's, then its Hugo themes'):
	// the one at a path below assets/, or those a glob matches when match;
	// none found is no error.
	Assets func(pattern string, match bool) ([]AssetFile, error)
	// AssetPhoto publishes a photo of assets/ (its site-relative file)
	// resized as the page's photos are; nil, nil for a file that is no
	// photo vestis resizes.
	// With op (Resize, Fit, Fill, Crop) and its spec, it publishes the one
	// copy Hugo's image method of that name asks for.
	AssetPhoto func(file, op, spec string) (*Image, error)
	// Multilingual: the site has more than one language (hugo.IsMultilingual).
	Multilingual bool
	// Limit is the most the page's shortcodes may write, together.
	Limit int
	// Now is the time the build takes for now (Hugo's now), which the site
	// records as read, so that a later build at another time converts the
	// page again; nil is the zero time.
	Now func() time.Time
}

// Image is a photo as an <img> shows it.
type Image struct {
	Src, Srcset, Sizes string
	Width, Height      int
}

// Expanded is a page's Markdown with its shortcodes run: {{% %}} output is
// in the Markdown, {{< >}} output is a placeholder that Restore replaces in
// the HTML converted from it.
type Expanded struct {
	Markdown []byte
	// Ran is the number of shortcodes run.
	Ran     int
	outputs []string
	prefix  string
	lines   []int // the source line of each line of Markdown
	limit   int
}

// Line is the line of the text given to Parse that line n of the Markdown
// (from 1) comes from.
func (e *Expanded) Line(n int) int {
	switch {
	case len(e.lines) == 0:
		return n
	case n < 1:
		return e.lines[0]
	case n > len(e.lines):
		return e.lines[len(e.lines)-1]
	}
	return e.lines[n-1]
}

// IsPlaceholder reports whether b is one placeholder, as a paragraph that is
// only a {{< >}} shortcode is in the Markdown.
func (e *Expanded) IsPlaceholder(b []byte) bool {
	s, ok := strings.CutPrefix(string(b), e.prefix)
	if !ok || len(s) < 2 || s[len(s)-1] != 'Q' {
		return false
	}
	n, err := strconv.Atoi(s[:len(s)-1])
	return err == nil && n >= 0 && n < len(e.outputs)
}

// Restore puts the output of each {{< >}} shortcode where its placeholder is
// in h, the HTML made from the Markdown: without the <p> that Markdown puts
// around a placeholder alone in a paragraph.
func (e *Expanded) Restore(h string) (string, error) {
	if len(e.outputs) == 0 || !strings.Contains(h, e.prefix) {
		return h, nil
	}
	var b strings.Builder
	if err := e.restore(&b, h, 0); err != nil {
		return "", err
	}
	return b.String(), nil
}

func (e *Expanded) restore(b *strings.Builder, s string, depth int) error {
	for {
		i, n, end := e.nextMarker(s)
		if i < 0 {
			b.WriteString(s)
			return nil
		}
		before, after := s[:i], s[end:]
		if strings.HasSuffix(before, "<p>") && strings.HasPrefix(after, "</p>") {
			before, after = before[:len(before)-3], after[4:]
		}
		b.WriteString(before)
		if depth > MaxDepth {
			return fmt.Errorf("shortcodes nest more than %d deep", MaxDepth)
		}
		if err := e.restore(b, e.outputs[n], depth+1); err != nil {
			return err
		}
		if e.limit > 0 && b.Len() > e.limit {
			return &outputError{limit: e.limit}
		}
		s = after
	}
}

// Holder is a page value (Env.Page) whose shortcodes may show another
// page's text with that page's shortcodes run (Hugo's .RenderShortcodes):
// HoldWith gives it, before the shortcodes run, the function that keeps the
// HTML of that page's {{< >}} shortcodes aside as placeholders of this
// page's text, restored in its HTML as its own are.
type Holder interface {
	HoldWith(keep func(html string) string)
}

// Embed is e's Markdown with each of its placeholders replaced by the one
// keep gives for its output (its own placeholders restored first): the text
// of a page whose shortcodes ran, written into another page's text
// (Holder), whose placeholders keep makes.
func (e *Expanded) Embed(keep func(html string) string) (string, error) {
	if len(e.outputs) == 0 {
		return string(e.Markdown), nil
	}
	var b strings.Builder
	s := string(e.Markdown)
	for {
		i, n, end := e.nextMarker(s)
		if i < 0 {
			b.WriteString(s)
			return b.String(), nil
		}
		var out strings.Builder
		if err := e.restore(&out, e.outputs[n], 1); err != nil {
			return "", err
		}
		b.WriteString(s[:i])
		b.WriteString(keep(out.String()))
		s = s[end:]
	}
}

// nextMarker finds e's first placeholder in s: where it starts, the output
// it stands for and where it ends; at is -1 when s has none. The prefix
// without a number of an output and the closing Q is text, not a placeholder.
func (e *Expanded) nextMarker(s string) (at, n, end int) {
	for from := 0; ; {
		i := strings.Index(s[from:], e.prefix)
		if i < 0 {
			return -1, 0, 0
		}
		j := from + i + len(e.prefix)
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if n, err := strconv.Atoi(s[j:k]); err == nil && k < len(s) && s[k] == 'Q' && n < len(e.outputs) {
			return from + i, n, k + 1
		}
		from = j
	}
}

// Error is returned by Expand for a shortcode that cannot run.
type RunError struct {
	Line, Col int
	Name      string
	// File, TemplateLine: the template's file (site-relative) and line, when
	// the error is in the template.
	Template     string
	TemplateLine int
	// TemplateCol is the column in the template, in characters, or 0.
	TemplateCol int
	Msg         string
	Err         error
}

func (e *RunError) Error() string {
	return fmt.Sprintf("line %d: shortcode %q: %s%s", e.Line, e.Name, e.Where(), e.Msg)
}

// Where is "FILE:LINE: " of the template the error is in ("FILE: " without
// a line), or "" when it is not in a template.
func (e *RunError) Where() string {
	if e.Template == "" {
		return ""
	}
	if e.TemplateLine > 0 && e.TemplateCol > 0 {
		return e.Template + ":" + strconv.Itoa(e.TemplateLine) + ":" + strconv.Itoa(e.TemplateCol) + ": "
	}
	if e.TemplateLine > 0 {
		return e.Template + ":" + strconv.Itoa(e.TemplateLine) + ": "
	}
	return e.Template + ": "
}

func (e *RunError) Unwrap() error { return e.Err }

// outputError is shortcodes writing more than their limit.
type outputError struct{ limit int }

func (e *outputError) Error() string {
	return fmt.Sprintf("the shortcodes of this page wrote more than %d MiB; a template may loop without end", e.limit>>20)
}

// TimeoutError is shortcodes that ran longer than their bound.
type TimeoutError struct{ Timeout time.Duration }

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("running the page's shortcodes took longer than %s; a shortcode template may loop without end — see site.yaml timeout", e.Timeout)
}

// Expand runs the shortcodes of items, which Parse read from src.
func (t *Templates) Expand(src []byte, items []Item, env *Env) (*Expanded, []error) {
	return t.expand(src, items, env, &budget{limit: env.Limit})
}

func (t *Templates) expand(src []byte, items []Item, env *Env, b *budget) (*Expanded, []error) {
	if b.limit <= 0 {
		b.limit = 64 << 20
	}
	x := &expander{t: t, env: env, budget: b}
	x.out.prefix = PlaceholderPrefix(src)
	x.out.limit = b.limit
	x.out.lines = []int{1}
	if h, ok := env.Page.(Holder); ok {
		h.HoldWith(x.placeholder)
	}
	if len(items) > 0 {
		x.out.lines[0] = items[0].Line
	}
	var md bytes.Buffer
	x.items(&md, items, nil, true)
	x.out.Markdown = md.Bytes()
	return &x.out, x.errs
}

// ExpandWithin is Expand bounded by timeout. html/template cannot be stopped:
// when the time is up, the templates' next write fails and env's functions
// are no longer called, and ExpandWithin returns a *TimeoutError.
func (t *Templates) ExpandWithin(timeout time.Duration, src []byte, items []Item, env *Env) (*Expanded, []error) {
	var mu sync.Mutex
	abandoned := false
	guard := func() error {
		if abandoned {
			return errAbandoned
		}
		return nil
	}
	e := *env
	if env.T != nil {
		e.T = func(id string, data any) (string, error) {
			mu.Lock()
			defer mu.Unlock()
			if err := guard(); err != nil {
				return "", err
			}
			return env.T(id, data)
		}
	}
	if env.Image != nil {
		e.Image = func(name string, at Position, src string) (*Image, error) {
			mu.Lock()
			defer mu.Unlock()
			if err := guard(); err != nil {
				return nil, err
			}
			return env.Image(name, at, src)
		}
	}
	if env.Markdown != nil {
		e.Markdown = func(src string, line int, inline bool) (template.HTML, error) {
			mu.Lock()
			defer mu.Unlock()
			if err := guard(); err != nil {
				return "", err
			}
			return env.Markdown(src, line, inline)
		}
	}
	if env.Ref != nil {
		e.Ref = func(p, lang string, abs bool) (string, error) {
			mu.Lock()
			defer mu.Unlock()
			if err := guard(); err != nil {
				return "", err
			}
			return env.Ref(p, lang, abs)
		}
	}
	type result struct {
		exp   *Expanded
		errs  []error
		panic any
	}
	done := make(chan result, 1)
	b := &budget{limit: env.Limit}
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{panic: r}
			}
		}()
		exp, errs := t.expand(src, items, &e, b)
		done <- result{exp: exp, errs: errs}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		if r.panic != nil {
			panic(r.panic)
		}
		return r.exp, r.errs
	case <-timer.C:
		mu.Lock()
		abandoned = true
		mu.Unlock()
		b.abandon()
		return nil, []error{&TimeoutError{Timeout: timeout}}
	}
}

var errAbandoned = errors.New("abandoned: the shortcodes took too long")

// PlaceholderPrefix is a word that src does not hold, which starts every
// placeholder made for src's shortcodes: placeholders are it, a number and
// Q, letters and digits that Markdown leaves as they are. A link's address
// holding it is a shortcode's output (known only once restored), also in the
// inner text a shortcode renders while the shortcodes run.
func PlaceholderPrefix(src []byte) string {
	p := "vestisShortcode"
	for bytes.Contains(src, []byte(p)) {
		p += "X"
	}
	return p
}

// budget is what the page's shortcodes may still write.
type budget struct {
	mu        sync.Mutex
	n, limit  int
	abandoned bool
	empty     int // empty writes, of which every deepEvery-th checks the stack
}

func (b *budget) abandon() {
	b.mu.Lock()
	b.abandoned = true
	b.mu.Unlock()
}

func (b *budget) isAbandoned() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.abandoned
}

// writer writes into w within the budget.
type writer struct {
	w io.Writer
	b *budget
	// d follows how deep the templates writing are called.
	d *recursion.Depth
}

func (w writer) Write(p []byte) (int, error) {
	w.b.mu.Lock()
	defer w.b.mu.Unlock()
	if w.b.abandoned {
		return 0, errAbandoned
	}
	if len(p) == 0 && w.d != nil {
		if w.b.empty++; w.b.empty%deepEvery == 0 && tooDeep() {
			return 0, errEndless
		}
		return 0, w.d.Write(p)
	}
	if w.b.n+len(p) > w.b.limit {
		return 0, &outputError{limit: w.b.limit}
	}
	w.b.n += len(p)
	return w.w.Write(p)
}

type expander struct {
	t      *Templates
	env    *Env
	budget *budget
	out    Expanded
	errs   []error
	depth  int // of Call.HTML and RenderString
	// at, when not 0, is the line of the content file of the shortcode
	// whose RenderString text runs: the text's shortcodes are there.
	at int
}

// placeholder keeps html as the output of a placeholder it returns.
func (x *expander) placeholder(html string) string {
	token := x.out.prefix + strconv.Itoa(len(x.out.outputs)) + "Q"
	x.out.outputs = append(x.out.outputs, html)
	return token
}

// items writes items into md; top is true for the page's own text, whose
// lines are mapped.
func (x *expander) items(md *bytes.Buffer, items []Item, parent *Call, top bool) {
	ordinal := 0
	for _, it := range items {
		if it.Shortcode == nil {
			x.write(md, it.Text, it.Line, true, top)
			continue
		}
		sc := it.Shortcode
		line, col := x.env.FirstLine-1+sc.Line, sc.Col
		if x.at > 0 {
			line, col = x.at, 0
		}
		call := &Call{Name: sc.Name, Page: x.env.Page, Site: x.env.Site, Parent: parent, Ordinal: ordinal,
			IsNamedParams: sc.Named, Position: Position{Filename: x.env.File, LineNumber: line, ColumnNumber: col},
			args: sc.Args, env: x.env, x: x, markdown: sc.Markdown}
		if p, ok := call.Page.(RenderStringer); ok {
			call.Page = p.WithRenderString(call.RenderString)
		}
		ordinal++
		rendered := false
		if sc.Closed && len(sc.Inner) > 0 {
			var inner bytes.Buffer
			x.items(&inner, sc.Inner, call, false)
			call.Inner = template.HTML(inner.String())
			call.InnerDeindent = template.HTML(deindent(inner.String()))
			if sc.Markdown && parent != nil && x.env.Markdown != nil {
				h, err := x.renderInner(inner.String(), line)
				if err != nil {
					x.errs = append(x.errs, &RunError{Line: sc.Line, Col: sc.Col, Name: sc.Name, Msg: err.Error(), Err: err})
					continue
				}
				call.Inner, call.InnerDeindent = h, h
				call.markdown, rendered = false, true
			}
		}
		out, err := x.run(sc, call)
		if err != nil {
			x.errs = append(x.errs, err)
			continue
		}
		x.out.Ran++
		if sc.Markdown && !rendered && !x.t.htmlOut[x.t.resolve(sc.Name)] {
			x.write(md, []byte(out), sc.Line, false, top)
			continue
		}
		if out, err = x.t.compact(out); err != nil {
			x.errs = append(x.errs, &RunError{Line: sc.Line, Col: sc.Col, Name: sc.Name, Msg: "its HTML cannot be minified: " + err.Error(), Err: err})
			continue
		}
		x.write(md, []byte(x.placeholder(out)), sc.Line, false, top)
	}
}

// renderInner renders the inner text of a {{% %}} shortcode inside another
// shortcode as Markdown, as Hugo does for every nested one (level > 0 in its
// prepareShortcode) before the template runs: a theme's {{% tab %}} or
// {{% column %}} inside {{< tabs >}} shows its code blocks and lists as
// HTML, which its parent's output, kept aside from the page's Markdown,
// would otherwise show as written. A text without a line break comes
// without the <p> around it, as in Hugo. The shortcode's own output is then
// HTML, kept aside as a {{< >}} shortcode's is.
func (x *expander) renderInner(text string, line int) (template.HTML, error) {
	return x.env.Markdown(text, line, !strings.Contains(text, "\n"))
}

// write appends b, from line of the source (advancing with its lines when
// it is the source's own text), mapping the Markdown's lines when top.
func (x *expander) write(md *bytes.Buffer, b []byte, line int, advance, top bool) {
	md.Write(b)
	if !top {
		return
	}
	for _, c := range b {
		if c == '\n' {
			if advance {
				line++
			}
			x.out.lines = append(x.out.lines, line)
		}
	}
}

// hasText reports whether items hold anything but spaces: a shortcode, or
// text.
func hasText(items []Item) bool {
	for _, it := range items {
		if it.Shortcode != nil || len(bytes.TrimSpace(it.Text)) > 0 {
			return true
		}
	}
	return false
}

// run executes the template of sc.
func (x *expander) run(sc *Shortcode, call *Call) (string, error) {
	fail := func(msg string, err error) *RunError {
		return &RunError{Line: sc.Line, Col: sc.Col, Name: sc.Name, Msg: msg, Err: err}
	}
	key := x.t.resolve(sc.Name)
	name := key + ".html"
	if d := x.t.broken[key]; d != nil {
		e := fail(d.Msg, d.Err)
		e.Template, e.TemplateLine, e.TemplateCol = d.File, d.Line, d.Col
		return "", e
	}
	tmpl := x.t.set.Lookup(name)
	if base, inline := strings.CutSuffix(sc.Name, ".inline"); inline && (tmpl == nil || !x.t.has(key)) {
		// Hugo's inline shortcode: a template in the page, which Hugo runs
		// only with enableInlineShortcodes.
		return "", fail(fmt.Sprintf("an inline shortcode (a template written in the page), which vestis does not run; write the template as %s/%s.html and the page as {{< %s >}}", x.t.dir, base, base), nil)
	}
	if tmpl == nil || !x.t.has(key) {
		// Helpers ("_video") are shortcodes too, but not ones to suggest.
		listed := slices.DeleteFunc(slices.Clone(x.t.names), func(n string) bool { return strings.HasPrefix(path.Base(n), "_") })
		return "", fail(fmt.Sprintf("there is no such shortcode: no %s/%s; the shortcodes are %s", x.t.dir, name, strings.Join(listed, ", ")), nil)
	}
	if !sc.Closed && x.t.inner[key] {
		o, c := "<", ">"
		if sc.Markdown {
			o, c = "%", "%"
		}
		return "", fail(fmt.Sprintf("{{%s %s %s}} has no closing {{%s /%s %s}}: %s/%s uses its inner text", o, sc.Name, c, o, sc.Name, c, x.t.dir, name), nil)
	}
	// An inline shortcode's inner text is its template, written in the page,
	// which a template of the name (one that shows nothing, as Hugo does
	// where inline shortcodes are off) does not show: no text is lost.
	if x.t.noInner[key] && hasText(sc.Inner) && !strings.HasSuffix(sc.Name, ".inline") {
		o, c := "<", ">"
		if sc.Markdown {
			o, c = "%", "%"
		}
		return "", fail(fmt.Sprintf("{{%s %s %s}} is closed with {{%s /%s %s}}, but %s/%s does not show what is between them, which would be lost; write that text outside the shortcode and remove {{%s /%s %s}}", o, sc.Name, c, o, sc.Name, c, x.t.dir, name, o, sc.Name, c), nil)
	}
	var buf strings.Builder
	if err := tmpl.Execute(writer{w: &buf, b: x.budget, d: &recursion.Depth{Marks: x.t.marks}}, call); err != nil {
		var out *outputError
		if errors.As(err, &out) {
			return "", fail(out.Error(), err)
		}
		if errors.Is(err, errAbandoned) {
			return "", fail(errAbandoned.Error(), err)
		}
		if chain := callRound(x.t.asParsed, name); chain != nil && errors.Is(err, errEndless) {
			err = &recursion.Error{Chain: chain} // said at the call that closes the round
		}
		file, line, col, msg := x.t.locate(err)
		if ef := (*errorfError)(nil); errors.As(err, &ef) {
			msg = ef.msg
		} else if d := x.t.fieldMistake(name, call, file, line); d != nil {
			col, msg = d.Col, d.Msg
		}
		e := fail(msg, err)
		e.Template, e.TemplateLine, e.TemplateCol = file, line, col
		return "", e
	}
	return buf.String(), nil
}

func (t *Templates) has(name string) bool {
	_, ok := slices.BinarySearch(t.names, name)
	return ok
}

// resolve is the shortcode name is written for: itself when there is a
// template of that name, else the one name that differs from it only in
// letter case (relRef for relref, as Hugo finds templates since 0.146).
func (t *Templates) resolve(name string) string {
	if t.has(name) {
		return name
	}
	found := ""
	for _, n := range t.names {
		if strings.EqualFold(n, name) {
			if found != "" {
				return name // two candidates: neither is chosen
			}
			found = n
		}
	}
	return cmp.Or(found, name)
}

// deindent removes the indentation all non-blank lines of s share.
func deindent(s string) string {
	lines := strings.Split(s, "\n")
	common := ""
	first := true
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		ind := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if first {
			common, first = ind, false
			continue
		}
		for !strings.HasPrefix(ind, common) {
			common = common[:len(common)-1]
		}
	}
	if common == "" {
		return s
	}
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, common)
	}
	return strings.Join(lines, "\n")
}
