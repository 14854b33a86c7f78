package shortcode

import (
	"cmp"
	"errors"
	"fmt"
	"html/template"
	"image"
	_ "image/gif" // imageConfig reads the formats Hugo's does
	_ "image/jpeg"
	_ "image/png"
	"io/fs"
	"reflect"
	"strconv"
	"strings"
	"time"

	_ "golang.org/x/image/webp"

	"github.com/vestis-ssg/vestis/internal/recursion"
)

// Call is what a shortcode template receives as dot: Hugo's fields and
// methods (.Get, .Inner, .Page, .Site, .Params, .Position, .Parent,
// .Ordinal, .IsNamedParams, .InnerDeindent, .Name), and vestis's own: .T for
// the page's language, .Image to resize a photo, .Ref and .RelRef.
type Call struct {
	Name string
	// Page and Site are what the page shows its shortcodes: fields, not
	// other pages' text.
	Page, Site any
	// Inner is the text between the tags, its shortcodes run: Markdown for
	// {{% %}}; for {{< >}} as written (markdownify renders it).
	Inner template.HTML
	// InnerDeindent is Inner without the indentation its lines share.
	InnerDeindent template.HTML
	// Parent is the shortcode this one is inside, or nil.
	Parent *Call
	// Ordinal counts from 0 the shortcodes of the same parent (or page).
	Ordinal int
	// IsNamedParams: the arguments are name=value.
	IsNamedParams bool
	Position      Position

	args     []Arg
	env      *Env
	x        *expander
	markdown bool // {{% %}}
	scratch  *Scratch
}

// Position is where a shortcode starts in its content file.
type Position struct {
	Filename                 string
	LineNumber, ColumnNumber int
}

func (p Position) String() string {
	return fmt.Sprintf("%s:%d:%d", p.Filename, p.LineNumber, p.ColumnNumber)
}

// Get returns an argument by position (a number) or name (a string); nil
// when there is none, but "" for a position past the last of a shortcode
// with positional arguments, or a name not given to one with named ones,
// as Hugo's Get gives (themes test {{ if ne (.Get "autoplay") "" }}).
func (c *Call) Get(key any) any {
	switch k := key.(type) {
	case int:
		if !c.IsNamedParams && k >= 0 && k < len(c.args) {
			return c.args[k].Value
		}
		if !c.IsNamedParams && len(c.args) > 0 && k >= len(c.args) {
			return ""
		}
	case string:
		if n, err := strconv.Atoi(k); err == nil {
			return c.Get(n)
		}
		for _, a := range c.args {
			if a.Name == k {
				return a.Value
			}
		}
		if c.IsNamedParams && len(c.args) > 0 {
			return ""
		}
	}
	return nil
}

// Params are the arguments: a map for named ones, else a list.
func (c *Call) Params() any {
	if c.IsNamedParams {
		m := make(map[string]any, len(c.args))
		for _, a := range c.args {
			m[a.Name] = a.Value
		}
		return m
	}
	list := make([]any, len(c.args))
	for i, a := range c.args {
		list[i] = a.Value
	}
	return list
}

// T returns the i18n message id in the page's language; the optional data
// is a map of the message's fields, a number (its count), any other value
// whose fields the message reads (as Hugo's i18n "id" .Page), or pairs of
// names and values.
func (c *Call) T(id string, data ...any) (string, error) {
	if c.env.T == nil {
		return id, nil
	}
	var m map[string]any
	switch {
	case len(data) == 1:
		if mm, ok := data[0].(map[string]any); ok {
			m = mm
			break
		}
		if !isCount(data[0]) {
			return c.env.T(id, data[0])
		}
		// Hugo's i18n "minutes" 5: the value is the count, which the
		// message shows as {{ .Count }} (or Hugo's {{ . }}).
		m = map[string]any{"Count": data[0]}
	case len(data) > 1:
		if len(data)%2 != 0 {
			return "", fmt.Errorf("T %q: want names and values in pairs", id)
		}
		m = map[string]any{}
		for i := 0; i < len(data); i += 2 {
			m[fmt.Sprint(data[i])] = data[i+1]
		}
	}
	return c.env.T(id, m)
}

// isCount reports whether v is what Hugo's i18n takes as a message's count:
// a number, or a text (a number in a shortcode's argument); nil too.
func isCount(v any) bool {
	if v == nil {
		return true
	}
	switch reflect.ValueOf(v).Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64, reflect.String:
		return true
	}
	return false
}

// Image returns a photo's resized versions, as a Markdown image gets them: a
// file beside the page or in static/. Another site's image is left as it is.
func (c *Call) Image(src string) (*Image, error) {
	if c.env.Image == nil {
		return &Image{Src: src}, nil
	}
	return c.env.Image(c.Name, c.Position, src)
}

// Markdownify renders Markdown s as HTML blocks (paragraphs kept), resolving
// its links and images as the page's own: in a {{< >}} shortcode. (Hugo's
// markdownify function renders a line, without links to pages resolved.) In a {{% %}} shortcode, whose
// output is Markdown, s is left for the page's Markdown to render.
func (c *Call) Markdownify(s any) (template.HTML, error) {
	text := fmt.Sprint(s)
	if c.markdown || c.env.Markdown == nil {
		return template.HTML(text), nil
	}
	return c.env.Markdown(text, c.Position.LineNumber, false)
}

// HTML executes the template name (defined with {{ define }}) for this
// shortcode and returns its HTML; in a {{% %}} shortcode it returns a
// placeholder that the HTML replaces after the Markdown is converted, so
// that the HTML a template writes is kept whatever markdown.unsafe says.
func (c *Call) HTML(name string) (template.HTML, error) {
	if c.x.depth >= MaxDepth {
		return "", &deepError{what: "HTML", name: name}
	}
	tmpl := c.x.t.set.Lookup(name)
	if tmpl == nil {
		return "", fmt.Errorf("HTML %q: no template of that name; define it with {{ define %q }}", name, name)
	}
	c.x.depth++
	defer func() { c.x.depth-- }()
	var dot any = c
	if c.x.t.framed[name] {
		dot = partialDot{Call: c, Dot: c, Dots: []any{c}} // its dot and $ are the Call, as before it was framed
	}
	var b strings.Builder
	if err := tmpl.Execute(writer{w: &b, b: c.x.budget, d: &recursion.Depth{Marks: c.x.t.marks}}, dot); err != nil {
		if deep := (*deepError)(nil); errors.As(err, &deep) {
			return "", deep // once, not wrapped by every level
		}
		return "", err
	}
	if !c.markdown {
		return template.HTML(b.String()), nil
	}
	out, err := c.x.t.compact(b.String())
	if err != nil {
		return "", fmt.Errorf("HTML %q: minify: %w", name, err)
	}
	return template.HTML(c.x.placeholder(out)), nil
}

// ReadDir is Hugo's readDir: the entries of a folder of the site, named
// from the site's folder ("content/docs/a.files"), sorted by name.
func (c *Call) ReadDir(dir any) ([]fs.FileInfo, error) {
	if c.env.ReadDir == nil {
		return nil, errors.New("readDir: the site's files are not at hand here")
	}
	return c.env.ReadDir(fmt.Sprint(dir))
}

// ReadFile is Hugo's readFile: the text of a file of the site, named from
// the site's folder ("code/main.go").
func (c *Call) ReadFile(name any) (string, error) {
	if c.env.ReadFile == nil {
		return "", errors.New("readFile: the site's files are not at hand here")
	}
	return c.env.ReadFile(fmt.Sprint(name))
}

// FileExists is Hugo's fileExists: whether the site has a file or folder of
// that name, named from the site's folder.
func (c *Call) FileExists(name any) (bool, error) {
	if c.env.FileExists == nil {
		return false, errors.New("fileExists: the site's files are not at hand here")
	}
	return c.env.FileExists(fmt.Sprint(name))
}

// OS is Hugo's os namespace: {{ os.ReadFile "x" }}, os.FileExists, os.ReadDir.
func (c *Call) OS() OSFuncs { return OSFuncs{c} }

// OSFuncs are the functions of Hugo's os namespace, with the page's Call.
type OSFuncs struct{ c *Call }

// ReadFile is Call.ReadFile.
func (o OSFuncs) ReadFile(name any) (string, error) { return o.c.ReadFile(name) }

// FileExists is Call.FileExists.
func (o OSFuncs) FileExists(name any) (bool, error) { return o.c.FileExists(name) }

// ReadDir is Call.ReadDir.
func (o OSFuncs) ReadDir(dir any) ([]fs.FileInfo, error) { return o.c.ReadDir(dir) }

// Getenv is Call.Getenv.
func (o OSFuncs) Getenv(name any) (string, error) { return o.c.Getenv(name) }

// Getenv is Hugo's getenv (and os.Getenv): the value of an environment
// variable site.yaml's getenv allows (by default HUGO_ ones and CI, as
// Hugo's security.funcs.getenv), "" when it is not set; another is an
// error, as in Hugo, so that a theme never publishes a variable of the
// machine nobody meant to show.
func (c *Call) Getenv(name any) (string, error) {
	if c.env.Getenv == nil {
		return "", nil
	}
	return c.env.Getenv(toText(name))
}

// RelURL is the root-relative URL of a file of static/ (or any path under
// the site's root), with the base URL's path: {{ .RelURL "js/video.js" }}.
// Any value is taken, as text (nil is ""), as Hugo's relURL takes it.
func (c *Call) RelURL(p any) string {
	path := toText(p)
	if strings.Contains(path, "://") {
		return path // a URL of its own, which Hugo's relURL leaves as it is
	}
	if c.env.RelURL == nil {
		return "/" + strings.TrimPrefix(path, "/")
	}
	return c.env.RelURL(path)
}

// AbsURL is RelURL's absolute URL, with the site's base URL.
func (c *Call) AbsURL(p any) string {
	path := toText(p)
	if c.env.AbsURL == nil || strings.Contains(path, "://") {
		return c.RelURL(path)
	}
	return c.env.AbsURL(path)
}

// RelLangURL is RelURL of a path under the home of the page's language:
// Hugo's relLangURL.
func (c *Call) RelLangURL(path any) string { return c.RelURL(c.langPath(toText(path))) }

// AbsLangURL is AbsURL of a path under the home of the page's language.
func (c *Call) AbsLangURL(path any) string { return c.AbsURL(c.langPath(toText(path))) }

func (c *Call) langPath(path string) string {
	if strings.Contains(path, "://") {
		return path
	}
	return strings.TrimSuffix(cmp.Or(c.env.LangRoot, "/"), "/") + "/" + strings.TrimPrefix(path, "/")
}

// Scratch is the shortcode's own scratch pad (Hugo's .Scratch and .Store
// of a shortcode), made on the first call.
func (c *Call) Scratch() *Scratch {
	if c.scratch == nil {
		c.scratch = NewScratch()
	}
	return c.scratch
}

// Store is Scratch, by the name Hugo gives it since 0.112.
func (c *Call) Store() *Scratch { return c.Scratch() }

// deepError is Call.HTML nested beyond MaxDepth: each call is a fresh
// execution, which text/template's own depth limit does not see.
type deepError struct{ what, name string }

func (e *deepError) Error() string {
	if e.what == "RenderString" {
		return fmt.Sprintf("RenderString in shortcode %q: renders shortcodes that nest more than %d deep; does the text it renders use the shortcode itself?", e.name, MaxDepth)
	}
	return fmt.Sprintf("%s %q: calls nest more than %d deep; does a template call itself?", e.what, e.name, MaxDepth)
}

// Ref is the absolute URL of the page a path names (a .md file relative to
// the page, or from content/ with a leading /, or a file or bundle name
// alone, found anywhere), in the page's language, or in lang when one is
// given (Hugo's {{< ref path="x" lang="en" >}}).
func (c *Call) Ref(path string, lang ...string) (string, error) { return c.ref(path, lang, true) }

// RelRef is Ref's root-relative URL.
func (c *Call) RelRef(path string, lang ...string) (string, error) { return c.ref(path, lang, false) }

// RefFunc is Hugo's ref function, {{ ref .Page "page.md" }}: Ref of a
// path, or of the path and lang of a dict; the page it is given is always
// the shortcode's own (callT).
func (c *Call) RefFunc(_, target any) (string, error) { return c.refFunc(target, true) }

// RelRefFunc is Hugo's relref function, RefFunc's root-relative URL.
func (c *Call) RelRefFunc(_, target any) (string, error) { return c.refFunc(target, false) }

func (c *Call) refFunc(target any, abs bool) (string, error) {
	if m, ok := target.(map[string]any); ok {
		var lang []string
		if l, ok := m["lang"]; ok {
			lang = []string{fmt.Sprint(l)}
		}
		return c.ref(fmt.Sprint(m["path"]), lang, abs)
	}
	return c.ref(fmt.Sprint(target), nil, abs)
}

func (c *Call) ref(path string, lang []string, abs bool) (string, error) {
	if c.env.Ref == nil {
		return "", fmt.Errorf("no page %q", path)
	}
	if path == "" {
		return "", errors.New(`ref: no page named; write {{< ref "page.md" >}} or {{< ref path="page.md" >}}`)
	}
	if len(lang) > 1 {
		return "", fmt.Errorf("ref %q: want at most one language, got %d", path, len(lang))
	}
	return c.env.Ref(path, strings.Join(lang, ""), abs)
}

// Now is Hugo's now: the time of the build, the same for every page of
// it (the site's injected now), so that a build's output is what its time
// makes it.
func (c *Call) Now() time.Time {
	if c.env.Now == nil {
		return time.Time{}
	}
	return c.env.Now()
}

// Warnf is Hugo's warnf in a shortcode or partial: {{ warnf "..." }} is
// {{ $.Warnf "..." }} (callWarn), so that the warning belongs to the page
// whose conversion said it (Env.Warn) and a rebuild that reuses the
// conversion says it again, as a clean build would.
func (c *Call) Warnf(format string, args ...any) string {
	c.warn(fmt.Sprintf("shortcode %q: warnf: %s", c.Name, fmt.Sprintf(format, args...)))
	return ""
}

// Warnidf is Hugo's warnidf: Warnf with an id that names the warning.
func (c *Call) Warnidf(id, format string, args ...any) string { return c.Warnf(format, args...) }

// warn records msg for the page at the shortcode's place (Env.Warn), or
// for the templates when the page takes none: what warnf said (Warnf marks
// it so), and what vestis did not do that a shortcode asked (an image
// filter, ApplyFilters).
func (c *Call) warn(msg string) {
	if c.env.Warn != nil {
		c.env.Warn(c.Position, msg)
		return
	}
	c.x.t.Warn(msg)
}

// Partial is Hugo's partial function in a shortcode: {{ partial "name" ctx }}
// is {{ $.Partial "name" ctx }} (callT), which tells the partial the page.
func (c *Call) Partial(name string, ctx ...any) (any, error) { return c.x.t.partial(c, name, ctx...) }

// PartialCached is Hugo's partialCached: a partial's value depends only on
// its context and page here, so it is made again, the same as Hugo's cache
// would give.
func (c *Call) PartialCached(name string, ctx any, variants ...any) (any, error) {
	return c.x.t.partial(c, name, ctx)
}

// Apply is Hugo's apply: the function named fname called for each item of
// list, with args where "." stands for the item; a function that knows the
// page (relLangURL, i18n) is the Call's method, as where it is written.
func (c *Call) Apply(list any, fname string, args ...any) ([]any, error) {
	if m, ok := pageFuncs[fname]; ok && fname != "apply" {
		method := reflect.ValueOf(c).MethodByName(m)
		if method.IsValid() && method.Kind() == reflect.Func {
			return applyWith(list, fname, args, func(args []any) (any, error) {
				v := callValue(fname, method, args)
				return v.Value, v.Err
			})
		}
	}
	return funcsOf{c.x.t}.apply(list, fname, args...)
}

// ImageConfig is Hugo's imageConfig: the width and height (and color
// model) of an image file of the site, named from the site's folder, read
// as readFile reads it.
func (c *Call) ImageConfig(name any) (image.Config, error) {
	data, err := c.ReadFile(name)
	if err != nil {
		return image.Config{}, fmt.Errorf("imageConfig: %w", err)
	}
	cfg, _, err := image.DecodeConfig(strings.NewReader(data))
	if err != nil {
		return image.Config{}, fmt.Errorf("imageConfig %q: %w", toText(name), err)
	}
	return cfg, nil
}
