// Package archetype makes the files of a new page, one per language, from a
// template per section: the site's archetypes/<section>.md, else its
// archetypes/default.md, else a built-in default. It never writes files.
package archetype

import (
	"bytes"
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/template"
	"text/template/parse"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/decode"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// The built-in archetype: title, date, draft, description, tags and the fields
// of the section's type (Data.Fields).
//
//go:embed defaults/*.md
var builtin embed.FS

// Name is where a new page goes, from an argument such as "news/2024-01-22-kick-off".
type Name struct {
	// Section is the first folder under content/: "news".
	Section string
	// Dir is the folder under content/ that holds the page: "news" or "news/2024".
	Dir string
	// Base is the file or bundle name: "2024-01-22-kick-off".
	Base string
	// Bundle makes the page a folder Base/ with index.<lang>.md files.
	Bundle bool
	// Folders are the languages' own content folders (site.yaml contentDir,
	// Hugo's: content/de), by language: a language's file goes there,
	// without the language in its name, as the build reads it. The other
	// languages' go to content/.
	Folders map[string]string
}

// NameError is an argument that cannot name a new page.
type NameError struct {
	Name string
	Msg  string
}

func (e *NameError) Error() string { return fmt.Sprintf("%q: %s", e.Name, e.Msg) }

var drive = regexp.MustCompile(`^[A-Za-z]:`)

// ParseName reads a page name SECTION/NAME, relative to content/. A leading
// "content/", a trailing ".md" and a language suffix of langs are trimmed, so
// "content/news/a.lv.md" names the same page as "news/a".
func ParseName(s string, langs []string, bundle bool) (Name, error) {
	fail := func(msg string) (Name, error) { return Name{}, &NameError{Name: s, Msg: msg} }
	switch {
	case strings.TrimSpace(s) == "":
		return fail("the name is empty; want SECTION/NAME, such as news/2024-01-22-kick-off")
	case strings.Contains(s, `\`):
		return fail(`contains a backslash; separate folders with "/"`)
	case strings.HasPrefix(s, "/") || drive.MatchString(s):
		return fail("is an absolute path; want SECTION/NAME relative to content/")
	case strings.ContainsFunc(s, unicode.IsControl):
		return fail("contains a control character")
	}
	rel := strings.TrimPrefix(s, "content/")
	elems := strings.Split(rel, "/")
	for _, e := range elems {
		switch {
		case e == "..":
			return fail(`contains ".."; the page must be inside content/`)
		case e == "" || e == ".":
			return fail(`has an empty folder name or "."; want SECTION/NAME, such as news/2024-01-22-kick-off`)
		case strings.HasPrefix(e, "."):
			return fail(fmt.Sprintf("%q starts with \".\": the build skips such files", e))
		case sitefs.Transient(e):
			return fail(fmt.Sprintf("%q has the shape of an editor's temporary or backup file: the build skips such files", e))
		case len(e) > maxNameBytes:
			return fail(fmt.Sprintf("a name of %d bytes is too long: file systems allow %d, with the language and .md added", len(e), maxNameBytes))
		}
		if why := sitefs.WindowsRefuses(strings.TrimSuffix(e, ".md")); why != "" {
			return fail(fmt.Sprintf("%q is a name Windows cannot hold (%s): the site would not build on Windows; choose another name", e, why))
		}
	}
	if len(elems) < 2 {
		return fail("has no section; want SECTION/NAME, such as news/2024-01-22-kick-off")
	}
	base := strings.TrimSuffix(elems[len(elems)-1], ".md")
	if i := strings.LastIndexByte(base, '.'); i >= 0 && slices.Contains(langs, base[i+1:]) {
		base = base[:i]
	}
	// What is left is the page's name, to which new adds the language and
	// .md: an extension of a page or a language still on it (x.md.md,
	// x.markdown, x.lv.lv.md) would stay in the file name and the address.
	ext := path.Ext(base)
	if ext != "" && (slices.Contains(content.Exts, strings.ToLower(ext)) || slices.Contains(langs, ext[1:])) {
		return fail(fmt.Sprintf("vestis new adds the language and .md itself, so %q would stay in the file's name (%s.%s.md) and in the page's address; write %s",
			ext, base, langs[0], path.Join(path.Join(elems[:len(elems)-1]...), strings.TrimSuffix(base, ext))))
	}
	switch {
	case base == "":
		return fail("has no name before the extension")
	case base == "index":
		return fail(`"index" is the file name of a page bundle; name the page and use --bundle`)
	case base == "_index" && bundle:
		return fail(`"_index" is a section's own page and cannot be a bundle`)
	}
	return Name{
		Section: elems[0],
		Dir:     strings.Join(elems[:len(elems)-1], "/"),
		Base:    base,
		Bundle:  bundle,
	}, nil
}

// maxNameBytes leaves room in a file system's 255-byte name for ".lv.md",
// ".vi.md" and the like.
const maxNameBytes = 255 - len(".xx-yyyy.md")

// Paths are the files of the page in each language, relative to the site:
// content/news/a.lv.md, or content/news/a/index.lv.md for a bundle.
func (n Name) Paths(langs []string) []string {
	out := make([]string, len(langs))
	for i, l := range langs {
		if dir, ok := n.Folders[l]; ok {
			if n.Bundle {
				out[i] = path.Join(dir, n.Dir, n.Base, "index.md")
			} else {
				out[i] = path.Join(dir, n.Dir, n.Base+".md")
			}
			continue
		}
		if n.Bundle {
			out[i] = path.Join("content", n.Dir, n.Base, "index."+l+".md")
		} else {
			out[i] = path.Join("content", n.Dir, n.Base+"."+l+".md")
		}
	}
	return out
}

// Conflicts are the files that would be the same page as n, as a single file or
// as a bundle, with or without a language suffix: a new page must find none of them.
func (n Name) Conflicts(langs []string) []string {
	var shared, own []string // languages of content/, of a folder of their own
	for _, l := range langs {
		if _, ok := n.Folders[l]; ok {
			own = append(own, l)
		} else {
			shared = append(shared, l)
		}
	}
	var out []string
	if len(shared) > 0 {
		single, bundle := n, n
		single.Bundle, bundle.Bundle, single.Folders, bundle.Folders = false, true, nil, nil
		out = append(single.Paths(shared), path.Join("content", n.Dir, n.Base+".md"))
		if n.Base != "_index" {
			out = append(out, bundle.Paths(shared)...)
			out = append(out, path.Join("content", n.Dir, n.Base, "index.md"))
		}
	}
	for _, l := range own {
		dir := path.Join(n.Folders[l], n.Dir)
		out = append(out, path.Join(dir, n.Base+".md"), path.Join(dir, n.Base+"."+l+".md"))
		if n.Base != "_index" {
			out = append(out, path.Join(dir, n.Base, "index.md"), path.Join(dir, n.Base, "index."+l+".md"))
		}
	}
	return out
}

// Data is what an archetype template receives.
type Data struct {
	Title   string
	Date    string // today, 2006-01-02
	Lang    string
	Section string
	Name    string // the page's file or bundle name
	// Fields are the front matter lines of the fields the section's type
	// declares (site.yaml types), each with an empty value or, when it is
	// required and one can be guessed, today or the first of its values, and
	// a comment that says what it holds.
	Fields string

	// Hugo's names of the same, which an imported Hugo site's archetypes use
	// ({{ replace .TranslationBaseName "-" " " | title }}).

	TranslationBaseName string // Name
	Type                string // Section
	File                HugoFile
}

// HugoFile is Hugo's .File of a new page, as its archetypes use it.
type HugoFile struct {
	ContentBaseName     string // the file or bundle name: Name
	TranslationBaseName string // Name, or "index" in a bundle
	BaseFileName        string // the file's name without .md: a.lv, index.lv
	Lang                string
}

// funcs are the functions an archetype may call: quote, and the Hugo
// functions that Hugo sites' archetypes title a page with.
var funcs = template.FuncMap{
	"quote":    strconv.Quote,
	"replace":  func(s, old, new string) string { return strings.ReplaceAll(s, old, new) },
	"title":    titleCase,
	"humanize": humanize,
	"lower":    strings.ToLower,
	"upper":    strings.ToUpper,
	"trim":     strings.Trim,
	"now":      time.Now,
}

// titleCase capitalizes the first letter of each word, as Hugo's title
// does in its "Go" style.
func titleCase(s string) string {
	out := []rune(s)
	start := true
	for i, r := range out {
		if start {
			out[i] = unicode.ToTitle(r)
		}
		start = unicode.IsSpace(r) || r == '-' || r == '_'
	}
	return string(out)
}

// humanize is Hugo's humanize of a name: words separated by spaces where
// the name has - or _, the first capitalized: "open-day" -> "Open day".
func humanize(s string) string {
	w := Words(s)
	r, size := utf8.DecodeRuneInString(w)
	if size == 0 {
		return w
	}
	return string(unicode.ToTitle(r)) + w[size:]
}

// Archetype is a parsed archetype template.
type Archetype struct {
	// File names the template in errors: archetypes/news.md, or
	// "built-in archetype news.md".
	File string
	tmpl *template.Template
}

// Load picks the archetype of section: archetypes/<section>.md in site, else
// archetypes/default.md in site, else the built-in default, which writes the
// fields of the section's type.
func Load(site fs.FS, section string) (*Archetype, error) {
	for _, name := range []string{"archetypes/" + section + ".md", "archetypes/default.md"} {
		data, err := sitefs.ReadText(site, name, sitefs.MaxSize)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		var d *diag.Diagnostic
		if errors.As(err, &d) {
			return nil, d
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, unwrapPath(err))
		}
		return Parse(name, data)
	}
	name := "defaults/default.md"
	data, err := builtin.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("built-in archetype %s: %w", path.Base(name), err)
	}
	return Parse("built-in archetype "+path.Base(name), data)
}

// unwrapPath drops the *fs.PathError wrapper, whose path the caller already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Parse reads an archetype: a text/template with the function quote, which writes
// a string as a double-quoted YAML (and TOML) string, and Hugo's that Hugo
// sites' archetypes use (funcs). file names it in errors.
func Parse(file string, data []byte) (*Archetype, error) {
	text := string(bytes.TrimPrefix(data, []byte("\ufeff")))
	t, err := template.New(file).
		Option("missingkey=error").
		Funcs(funcs).
		Parse(text)
	if err != nil {
		return nil, parseError(file, text, err)
	}
	for _, tmpl := range t.Templates() {
		if err := checkRanges(tmpl.Tree); err != nil {
			return nil, err
		}
	}
	return &Archetype{File: file, tmpl: t}, nil
}

// maxRange is the largest constant an archetype may range over, as for
// layouts: a loop over more would run for hours.
const maxRange = 1_000_000

// maxOutput is the most an archetype may write for one page: more is a loop
// without end, which would fill memory.
const maxOutput = 10 << 20

// checkRanges refuses a range over a constant number above maxRange, at its line.
func checkRanges(tree *parse.Tree) error {
	if tree == nil || tree.Root == nil {
		return nil
	}
	var err error
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		if err != nil || n == nil {
			return
		}
		switch x := n.(type) {
		case *parse.ListNode:
			if x == nil {
				return
			}
			for _, c := range x.Nodes {
				walk(c)
			}
		case *parse.RangeNode:
			if p := x.Pipe; p != nil && len(p.Cmds) == 1 && len(p.Cmds[0].Args) == 1 {
				if num, ok := p.Cmds[0].Args[0].(*parse.NumberNode); ok && num.IsUint && num.Uint64 > maxRange {
					loc, _ := tree.ErrorContext(x)
					if file, line, col, ok := diag.TemplatePlace(loc); ok {
						loc = fmt.Sprintf("%s:%d:%d", file, line, col)
					}
					err = fmt.Errorf("%s: range over %s: a loop of more than %d times would run for hours; range over a list, or a smaller number", loc, num.Text, maxRange)
					return
				}
			}
			walk(x.List)
			walk(x.ElseList)
		case *parse.IfNode:
			walk(x.List)
			walk(x.ElseList)
		case *parse.WithNode:
			walk(x.List)
			walk(x.ElseList)
		}
	}
	walk(tree.Root)
	return err
}

// errTooLong stops an archetype that writes more than maxOutput.
var errTooLong = errors.New("too long")

// limitWriter writes to b until it holds more than maxOutput bytes.
type limitWriter struct{ b *bytes.Buffer }

func (w limitWriter) Write(p []byte) (int, error) {
	if w.b.Len()+len(p) > maxOutput {
		return 0, errTooLong
	}
	return w.b.Write(p)
}

// templateError turns "template: archetypes/news.md:3:5: ..." into
// "archetypes/news.md:3:6: ...": text/template counts columns from 0,
// editors and every other message of vestis from 1.
func templateError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "template: ")
	if m := placeRE.FindStringSubmatch(msg); m != nil {
		if file, line, col, ok := diag.TemplatePlace(m[1]); ok && col > 0 {
			msg = fmt.Sprintf("%s:%d:%d: %s", file, line, col, m[2])
		}
	}
	return errors.New(msg)
}

// parseError is templateError for an archetype, file, whose text does not
// parse: the mistake in plain words at its column (diag.ActionProblem),
// a call of a function archetypes do not have at the call, with the
// nearest names, else text/template's message.
func parseError(file, text string, err error) error {
	if m := lineRE.FindStringSubmatch(strings.TrimPrefix(err.Error(), "template: ")); m != nil {
		line, _ := strconv.Atoi(m[2])
		col := diag.ParseColumn(file, text, line, m[3])
		if plain, at, ok := diag.ActionProblem(text, line, col); ok {
			return fmt.Errorf("%s:%d:%d: %s", file, line, at, plain)
		}
	}
	if d := unknownFunc(file, text); d != nil {
		return d
	}
	return templateError(err)
}

// lineRE splits a parse error's message into its file, line and the rest.
var lineRE = regexp.MustCompile(`(?s)^([^:\s]+):(\d+): (.*)$`)

// unknownFunc is the error of an archetype, file, that parses but for a
// call of a function archetypes do not have, at the first such call; nil
// else.
func unknownFunc(file, text string) *diag.Diagnostic {
	tr := parse.New(file)
	tr.Mode = parse.SkipFuncCheck
	if _, err := tr.Parse(text, "", "", map[string]*parse.Tree{}); err != nil {
		return nil
	}
	var first *parse.IdentifierNode
	diag.Inspect(tr.Root, func(n parse.Node) {
		id, ok := n.(*parse.IdentifierNode)
		if !ok || funcs[id.Ident] != nil || first != nil {
			return
		}
		if _, err := template.New("").Parse("{{ " + id.Ident + " }}"); err != nil { // not text/template's own
			first = id
		}
	})
	if first == nil {
		return nil
	}
	names := slices.Sorted(maps.Keys(funcs))
	msg := fmt.Sprintf("function %q is not one archetypes have: they have Go's template functions and %s", first.Ident, strings.Join(names, ", "))
	if near := diag.Near(names, first.Ident); len(near) > 0 {
		msg += fmt.Sprintf("; did you mean %s?", strings.Join(near, " or "))
	}
	d := diag.At("", first, "%s", msg)
	d.Col = diag.CharColumn(text, d.Line, d.Col)
	return d
}

// placeRE splits a text/template message into its place and the rest.
var placeRE = regexp.MustCompile(`(?s)^([^:\s]+:\d+:\d+): (.*)$`)

// Execute renders the archetype for d. The result always has a front matter with
// draft set: when the archetype's front matter has no draft field, "draft: true" is
// added, and an archetype without front matter gets one with title, date and draft.
// It stops an archetype that writes more than maxOutput, or runs longer than
// timeout (0: site.yaml's default), which can only be a loop without end: the
// goroutine running it is left behind, and vestis new ends.
func (a *Archetype) Execute(d Data, timeout time.Duration) ([]byte, error) {
	timeout = cmp.Or(timeout, config.DefaultTimeout)
	var b bytes.Buffer
	done := make(chan error, 1)
	go func() { done <- a.tmpl.Execute(limitWriter{&b}, d) }()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case err := <-done:
		if errors.Is(err, errTooLong) {
			return nil, fmt.Errorf("%s: the page it writes passed %d MB; does a range loop without end?", a.File, maxOutput>>20)
		}
		if err != nil {
			return nil, templateError(err)
		}
	case <-timer.C:
		return nil, fmt.Errorf("%s: writing the page took longer than %v; does a range loop without end? (see site.yaml timeout)", a.File, timeout)
	}
	if err := a.checkFrontMatter(b.Bytes()); err != nil {
		return nil, err
	}
	return ensureDraft(b.Bytes(), d), nil
}

// checkFrontMatter refuses a page whose YAML or TOML front matter does not
// decode (a value the archetype writes unquoted, say): vestis new would write
// pages that do not build. The line is the page's, which is the archetype's
// when its actions write no line breaks.
func (a *Archetype) checkFrontMatter(page []byte) error {
	for _, f := range []struct {
		delim, format string
		decode        func([]byte) error
	}{
		{"---", "YAML", func(b []byte) error { _, err := decode.YAML(b); return err }},
		{"+++", "TOML", func(b []byte) error { _, err := decode.TOML(b); return err }},
	} {
		rest, ok := cutLine(page, f.delim)
		if !ok {
			continue
		}
		end := closing(rest, f.delim)
		if end < 0 {
			return nil // ensureDraft leaves it; the build says what is wrong
		}
		err := f.decode(rest[:end])
		if err == nil {
			return nil
		}
		line, msg := 1, err.Error()
		var de *decode.Error
		if errors.As(err, &de) {
			line, msg = 1+max(de.Line, 1), de.Text(1)
		}
		return fmt.Errorf("%s:%d: the front matter it writes does not read as %s (%s), so the new page would not build; mend the archetype", a.File, line, f.format, msg)
	}
	return nil
}

var (
	yamlDraft = regexp.MustCompile(`(?m)^draft[ \t]*:`)
	tomlDraft = regexp.MustCompile(`(?m)^draft[ \t]*=`)
	jsonDraft = regexp.MustCompile(`"draft"[ \t\r\n]*:`)
)

// ensureDraft adds draft: true to the front matter of page unless it has a draft field.
func ensureDraft(page []byte, d Data) []byte {
	for _, f := range []struct {
		delim, line string
		has         *regexp.Regexp
	}{
		{"---", "draft: true\n", yamlDraft},
		{"+++", "draft = true\n", tomlDraft},
	} {
		rest, ok := cutLine(page, f.delim)
		if !ok {
			continue
		}
		end := closing(rest, f.delim)
		if end < 0 || f.has.Match(rest[:end]) {
			return page
		}
		at := len(page) - len(rest) + end
		return slices.Concat(page[:at], []byte(f.line), page[at:])
	}
	if trimmed := bytes.TrimLeft(page, " \t\r\n"); len(trimmed) > 0 && trimmed[0] == '{' {
		if jsonDraft.Match(page) {
			return page
		}
		at := len(page) - len(trimmed) + 1
		field := `"draft": true,`
		if rest := bytes.TrimLeft(trimmed[1:], " \t\r\n"); len(rest) > 0 && rest[0] == '}' {
			field = `"draft": true`
		}
		return slices.Concat(page[:at], []byte(field), page[at:])
	}
	head := fmt.Sprintf("---\ntitle: %s\ndate: %s\ndraft: true\n---\n\n", strconv.Quote(d.Title), d.Date)
	return slices.Concat([]byte(head), page)
}

// cutLine returns what follows the first line of b when that line is delim.
func cutLine(b []byte, delim string) ([]byte, bool) {
	line, rest, found := bytes.Cut(b, []byte("\n"))
	if !found || string(bytes.TrimRight(line, " \t\r")) != delim {
		return nil, false
	}
	return rest, true
}

// closing is the offset in b of the line that is delim, or -1.
func closing(b []byte, delim string) int {
	for off := 0; off < len(b); {
		line, _, _ := bytes.Cut(b[off:], []byte("\n"))
		if string(bytes.TrimRight(line, " \t\r")) == delim {
			return off
		}
		off += len(line) + 1
	}
	return -1
}

// Options are the choices for a new page.
type Options struct {
	// Title is the page's title in every language; empty means the name in words.
	Title string
	// Languages are the site's language codes, in order.
	Languages []string
	// Now is today's date in the author's time zone.
	Now time.Time
	// Type is the type of the page's section, whose fields the page gets.
	Type *config.Type
	// Config is the site's settings; with it, each page is read as the
	// build reads it, and one the build would refuse is an error.
	Config *config.Config
	// Timeout bounds the archetype's run for each page (site.yaml timeout);
	// 0 is config.DefaultTimeout.
	Timeout time.Duration
}

// File is a file of a new page, not yet written.
type File struct {
	Path string // relative to the site, forward slashes: content/news/a.lv.md
	Data []byte
}

// Render makes the files of page n in every language from the archetype that
// site has for n's section.
func Render(site fs.FS, n Name, o Options) ([]File, error) {
	a, err := Load(site, n.Section)
	if err != nil {
		return nil, err
	}
	title := o.Title
	if strings.TrimSpace(title) == "" {
		title = Words(n.Base)
	}
	paths := n.Paths(o.Languages)
	files := make([]File, len(paths))
	for i, lang := range o.Languages {
		file := HugoFile{ContentBaseName: n.Base, TranslationBaseName: n.Base, BaseFileName: n.Base + "." + lang, Lang: lang}
		if n.Bundle {
			file.TranslationBaseName, file.BaseFileName = "index", "index."+lang
		}
		data, err := a.Execute(Data{
			Title:               title,
			Date:                o.Now.Format(time.DateOnly),
			Lang:                lang,
			Section:             n.Section,
			Name:                n.Base,
			Fields:              fieldLines(o.Type, o.Now),
			TranslationBaseName: n.Base,
			Type:                n.Section,
			File:                file,
		}, o.Timeout)
		if err != nil {
			return nil, err
		}
		if o.Config != nil {
			if err := a.wouldBuild(paths[i], data, o); err != nil {
				return nil, err
			}
		}
		files[i] = File{Path: paths[i], Data: data}
	}
	return files, nil
}

// wouldBuild reads data, the page file it wrote, as the build will, so that
// vestis new does not write pages that stop the build (a value of the wrong
// kind, front matter never closed). The line is the page's, which is the
// archetype's when its actions write no line breaks.
func (a *Archetype) wouldBuild(file string, data []byte, o Options) error {
	_, errs := content.ParseAs(file, data, o.Config, o.Type)
	if len(errs) == 0 {
		return nil
	}
	loc := a.File
	if errs[0].Line > 0 {
		loc += ":" + strconv.Itoa(errs[0].Line)
	}
	return fmt.Errorf("%s: the page it writes would not build (%s); mend the archetype", loc, errs[0].Msg)
}

// Words turns a file name into a title: "2024-01-22-kick_off" -> "2024 01 22 kick off".
func Words(name string) string {
	return strings.Join(strings.FieldsFunc(name, func(r rune) bool {
		return r == '-' || r == '_' || unicode.IsSpace(r)
	}), " ")
}

// fieldLines writes a YAML line per field of t: the value a new page starts
// with and a comment saying what the field holds.
func fieldLines(t *config.Type, now time.Time) string {
	if t == nil {
		return ""
	}
	var b strings.Builder
	for _, f := range t.Fields {
		value, note := "", string(f.Kind)
		switch f.Kind {
		case config.KindText, config.KindMarkdown, config.KindURL, config.KindEmail:
			value = `""`
		case config.KindDate:
			note = "YYYY-MM-DD"
			if f.Required {
				value = now.Format(time.DateOnly)
			}
		case config.KindDateTime:
			note = "YYYY-MM-DDTHH:MM"
			if f.Required {
				value = now.Format(time.DateOnly) + "T09:00"
			}
		case config.KindEnum:
			note = "one of " + strings.Join(f.Values, ", ")
			value = `""`
			if f.Required {
				value = f.Values[0]
			}
		case config.KindBool:
			note = "true or false"
			value = "false"
		case config.KindNumber:
			note = "a number"
		case config.KindList:
			note = "[a, b]"
			value = "[]"
		case config.KindObjects:
			names := make([]string, len(f.Fields))
			for i, sub := range f.Fields {
				names[i] = sub.Name + ": ..."
			}
			note = "[{" + strings.Join(names, ", ") + "}]"
			value = "[]"
		}
		if f.Required {
			note += "; required"
		}
		line := f.Name + ":"
		if value != "" {
			line += " " + value
		}
		fmt.Fprintf(&b, "%-24s # %s\n", line, note)
	}
	return b.String()
}
