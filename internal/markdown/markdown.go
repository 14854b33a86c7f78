// Package markdown converts page bodies with goldmark, set up once: GFM, footnotes,
// heading IDs that keep Latvian and Vietnamese headings readable, relative link
// rewriting, a table of contents, a summary and a word count.
package markdown

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/gohugoio/hugo-goldmark-extensions/extras"
	"github.com/tdewolff/minify/v2"
	"github.com/yuin/goldmark"
	emoji "github.com/yuin/goldmark-emoji"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/vestis-ssg/vestis/internal/compact"
	"github.com/vestis-ssg/vestis/internal/slug"
)

// MoreMarker separates a page's summary from the rest of its body.
const MoreMarker = "<!--more-->"

// Converter turns Markdown into HTML. It is safe for concurrent use.
type Converter struct {
	md     goldmark.Markdown
	unsafe bool
	ids    string // how heading IDs are made: see NewWithIDs
	// minify, when set, minifies the HTML made (Minified).
	minify *minify.M
	// maxMarks is MaxMarks, or fewer in a test.
	maxMarks int
	// ext is Options.Extended.
	ext Extended
}

// Extended is the extended syntax of the site's theme that the HTML c makes
// is to be rewritten with (Extended.Apply), once a page's shortcodes are in
// place.
func (c *Converter) Extended() Extended { return c.ext }

// Minified returns c that makes its HTML (the body, the summary and the
// table of contents) minified, as a fragment of a page (compact.Fragment):
// a minified site's pages then need not be minified after rendering. It
// changes c, before any use, and returns it.
func (c *Converter) Minified() *Converter {
	c.minify = compact.Fragments()
	return c
}

// compact minifies h when c is Minified.
func (c *Converter) compact(h template.HTML) (template.HTML, error) {
	if c.minify == nil {
		return h, nil
	}
	s, err := compact.Fragment(c.minify, string(h))
	if err != nil {
		return "", fmt.Errorf("minify the HTML made: %w", err)
	}
	return template.HTML(s), nil
}

// finish is the HTML rendered into b (the pooled render buffer, whose bytes
// it may change), minified when c minifies: straight from the buffer, not
// copied into a string for the minifier to copy again. At 10,000 pages
// those copies were 6 % of what a build allocates.
func (c *Converter) finish(b []byte) (template.HTML, error) {
	if c.minify == nil {
		return template.HTML(b), nil
	}
	s, err := compact.FragmentBytes(c.minify, b)
	if err != nil {
		return "", fmt.Errorf("minify the HTML made: %w", err)
	}
	return template.HTML(s), nil
}

// finishOr is finish of what buf holds (trimmed of spaces when trim); when the
// minifier cannot read it (a script or style the author wrote that does
// not parse, such as onclick="show(‘a')" with a typographic quote), it is
// the HTML as rendered, which render puts in buf again (finish changed
// it): the page is published as written, as Hugo publishes it, not refused
// for what only the browser reads.
func (c *Converter) finishOr(buf *renderBuffer, trim bool, render func() error) (template.HTML, error) {
	b := buf.Bytes()
	if trim {
		b = bytes.TrimSpace(b)
	}
	h, err := c.finish(b)
	if err == nil {
		return h, nil
	}
	if err := render(); err != nil {
		return "", fmt.Errorf("render markdown: %w", err)
	}
	if b = buf.Bytes(); trim {
		b = bytes.TrimSpace(b)
	}
	return template.HTML(b), nil
}

// The ways of making heading IDs of their text (site.yaml markdown.headingIDs).
const (
	// IDsVestis is vestis's: lower case, Latvian and Vietnamese letters
	// transliterated, other characters between words one hyphen
	// ("Tips & Tricks" is tips-tricks, "Ārvalstu sadarbība" arvalstu-sadarbiba).
	IDsVestis = ""
	// IDsGitHub is Hugo's default (autoHeadingIDType github): letters of
	// every script kept in lower case, each space or hyphen a hyphen, other
	// characters left out ("Tips & Tricks" is tips--tricks).
	IDsGitHub = "github"
	// IDsGitHubASCII is Hugo's github-ascii: IDsGitHub with accents removed
	// and other letters beyond ASCII left out.
	IDsGitHubASCII = "github-ascii"
)

// New returns a converter; unsafe keeps raw HTML, which is otherwise dropped.
func New(unsafe bool) *Converter { return NewWithIDs(unsafe, IDsVestis) }

// NewWithIDs is New with heading IDs made as ids says (IDsVestis,
// IDsGitHub, IDsGitHubASCII), so that a Hugo site's links to #anchors keep
// their targets.
func NewWithIDs(unsafe bool, ids string) *Converter {
	return NewWith(Options{Unsafe: unsafe, IDs: ids})
}

// Options are the Markdown settings of site.yaml.
type Options struct {
	// Unsafe keeps raw HTML, which is otherwise dropped.
	Unsafe bool
	// HardWraps makes each line end inside a paragraph a line break
	// (<br>), as Hugo's markup.goldmark.renderer.hardWraps does: text
	// written line by line for it would otherwise run together.
	HardWraps bool
	// Emoji turns :smile: into its emoji (a Unicode character), as Hugo's
	// enableEmoji does.
	Emoji bool
	// IDs is how heading IDs are made (IDsVestis, IDsGitHub, IDsGitHubASCII).
	IDs string
	// Typographer writes typographic quotes, dashes and ellipses, with
	// goldmark's substitutions, which are Hugo's defaults (its typographer
	// extension is on unless a site turns it off).
	Typographer bool
	// Marks are the typographer's marks in place of goldmark's (English
	// quotes), by Hugo's names (leftDoubleQuote: &bdquo;), written as
	// they are, as Hugo's typographer settings give them.
	Marks map[string]string
	// Extras names Hugo's extras (markup.goldmark.extensions.extras) that
	// are on, made by Hugo's own extension: insert (++inserted++, <ins>),
	// mark (==marked==, <mark>), subscript (H~2~O), superscript (x^2^) and
	// delete (~~deleted~~, <del>, as strikethrough makes it).
	Extras []string
	// NoStrikethrough turns GFM's ~~strikethrough~~ off, as Hugo's
	// extensions.strikethrough false does: a site using subscripts turns
	// it off, as it would make H~2~O struck through.
	NoStrikethrough bool
	// Extended is the extended syntax of the LoveIt family of Hugo themes
	// the site's theme turns on, which Extended.Apply rewrites once a
	// page's shortcodes are in place; the converter only leaves its icons
	// as typed for it.
	Extended Extended
}

// NewWith returns a converter with the settings of o.
func NewWith(o Options) *Converter {
	unsafe, ids := o.Unsafe, o.IDs
	rendererOpts := []goldmark.Option{}
	if unsafe {
		rendererOpts = append(rendererOpts, goldmark.WithRendererOptions(html.WithUnsafe()))
	}
	if o.HardWraps {
		rendererOpts = append(rendererOpts, goldmark.WithRendererOptions(html.WithHardWraps()))
	}
	exts := []goldmark.Extender{extension.Linkify, extension.Table} // GFM's, in its order
	if !o.NoStrikethrough {
		exts = append(exts, extension.Strikethrough)
	}
	exts = append(exts, extension.TaskList, extension.Footnote, extension.DefinitionList)
	if len(o.Extras) > 0 {
		exts = append(exts, extras.New(extrasConfig(o.Extras)))
	}
	if o.Emoji {
		exts = append(exts, emoji.New(emoji.WithRenderingMethod(emoji.Unicode)))
	}
	if o.Typographer {
		exts = append(exts, extension.NewTypographer(extension.WithTypographicSubstitutions(marks(o.Marks))))
	}
	md := goldmark.New(append(rendererOpts,
		// Hugo turns on definition lists by default; "Term" then ": Definition" would show as text.
		goldmark.WithExtensions(exts...),
		goldmark.WithParserOptions(
			parser.WithAutoHeadingID(),
			// ## Title {#id}, as Hugo reads it (markup.goldmark.parser.attribute.title)
			parser.WithHeadingAttribute(),
			parser.WithInlineParsers(util.Prioritized(stopInline{}, 1)), // before every other: goldmark sorts by priority, lowest first
			parser.WithBlockParsers(util.Prioritized(depthGuard{}, 1)),
			// Just before goldmark's tables (200), to count their cells.
			parser.WithParagraphTransformers(util.Prioritized(tableGuard{}, 199)),
			parser.WithASTTransformers(util.Prioritized(linkGuard{}, 10), util.Prioritized(ordinalTransformer{}, 50), util.Prioritized(alertTransformer{}, 60), util.Prioritized(linkTransformer{}, 100), util.Prioritized(nobrTransformer{ext: o.Extended}, 200)),
		),
		goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(nobrRenderer{}, 100))),
	)...)
	return &Converter{md: md, unsafe: unsafe, ids: ids, ext: o.Extended}
}

// marks are goldmark's typographic substitutions of the marks named by Hugo's
// names; others are passed over, as config has refused them.
func marks(named map[string]string) extension.TypographicSubstitutions {
	punct := map[string]extension.TypographicPunctuation{
		"leftSingleQuote": extension.LeftSingleQuote, "rightSingleQuote": extension.RightSingleQuote,
		"leftDoubleQuote": extension.LeftDoubleQuote, "rightDoubleQuote": extension.RightDoubleQuote,
		"enDash": extension.EnDash, "emDash": extension.EmDash, "ellipsis": extension.Ellipsis,
		"leftAngleQuote": extension.LeftAngleQuote, "rightAngleQuote": extension.RightAngleQuote,
		"apostrophe": extension.Apostrophe,
	}
	subs := extension.TypographicSubstitutions{}
	for name, m := range named {
		if p, ok := punct[name]; ok {
			subs[p] = []byte(m)
		}
	}
	return subs
}

// extrasConfig is the configuration of Hugo's extras that turns on those
// named; other words are passed over, as config has refused them.
func extrasConfig(names []string) extras.Config {
	var c extras.Config
	for _, n := range names {
		switch n {
		case "delete":
			c.Delete.Enable = true
		case "insert":
			c.Insert.Enable = true
		case "mark":
			c.Mark.Enable = true
		case "subscript":
			c.Subscript.Enable = true
		case "superscript":
			c.Superscript.Enable = true
		}
	}
	return c
}

// LinkResolver maps a relative link to a Markdown file (as written, without the
// fragment, %-escapes and all) to the URL of that page. It returns an error when
// there is no such page.
// line is where the link is in the Markdown converted, from 1.
type LinkResolver func(dest string, line int) (string, error)

// Image is a resized photo as an <img> shows it.
type Image struct {
	Src, Srcset   string
	Width, Height int
}

// ImageResolver returns the resized versions of an image the Markdown names
// at line (dest as written, %-escapes and all), or only its address (Src, no Width) for a file published as it
// is elsewhere than its destination says; ok is false for images it leaves
// as they are.
type ImageResolver func(dest string, line int) (img Image, ok bool, err error)

// Ref is a link or image destination as written, and its line (from 1).
type Ref struct {
	Dest string
	Line int
}

// Result is a converted body.
type Result struct {
	HTML            template.HTML
	Summary         template.HTML
	TableOfContents template.HTML
	WordCount       int
	// LinkErrors are the relative links that did not resolve.
	LinkErrors []error
	// ImagesWithoutAlt are the images written without alt text, ![](photo.jpg),
	// as written.
	ImagesWithoutAlt []Ref
	// DroppedHTML are the lines (from 1) of raw HTML left out because the
	// converter is not unsafe; comments are not counted.
	DroppedHTML []int
	// TopHeadings are the lines of level-one headings (# Title): a second <h1>
	// beside the page's title.
	TopHeadings []int
	// RemovedLinks are the links and images (as written) whose address the
	// page leaves out because it would run a program in the reader's browser
	// (javascript:, vbscript:, data:, file:), as goldmark's renderer decides
	// unless the converter is unsafe.
	RemovedLinks []RemovedLink
}

// RemovedLink is a link or image published without its address: its
// destination as written, the scheme that made it left out (lower-cased, as
// the address reads once character references are resolved) and its line.
type RemovedLink struct {
	Dest, Scheme string
	Line         int
	// Shortcode and Arg name the shortcode and its argument ("" for a
	// positional one) that gave the address, when a shortcode did.
	Shortcode, Arg string
	// Field is the front matter field (params.link) that gave the
	// address, when one did.
	Field string
	// Kept: the address is published as written, in a page written in
	// HTML, which vestis publishes as it is.
	Kept bool
}

var resolverKey = parser.NewContextKey()
var imagesKey = parser.NewContextKey()
var linkErrorsKey = parser.NewContextKey()
var noAltKey = parser.NewContextKey()

// Option changes one conversion.
type Option func(*options)

type options struct {
	notSummary func(paragraph []byte) bool
	inline     bool
	// stop, when set, ends the conversion with a panic of errStopped
	// (ConvertWithin's, once it gave up waiting).
	stop *atomic.Bool
}

// stopWhen makes the conversion end, with a panic of errStopped, at its next
// step once stop is set.
func stopWhen(stop *atomic.Bool) Option {
	return func(o *options) { o.stop = stop }
}

// parse is goldmark's parse of src with ctx, through a stopReader when the
// conversion can be stopped.
func (c *Converter) parse(src []byte, ctx parser.Context, o options) ast.Node {
	var r text.Reader = text.NewReader(src)
	if o.stop != nil {
		ctx.Set(stopKey, &guard{stop: o.stop, max: cmp.Or(c.maxMarks, MaxMarks)})
		r = &stopReader{Reader: r, stop: o.stop}
	}
	return c.md.Parser().Parse(r, parser.WithContext(ctx))
}

// Unwrapped renders a text that is one paragraph without the <p> around it,
// as Hugo's RenderString does by default: a line put inside a sentence or a
// heading. A text of several blocks is rendered as it is.
func Unwrapped() Option {
	return func(o *options) { o.inline = true }
}

// NotSummary passes over the paragraphs for which f is true when the summary
// is the first paragraph: f gets the paragraph's text as written, without the
// spaces around it. (A paragraph that is only a shortcode's placeholder is
// not the text a summary should show.)
func NotSummary(f func(paragraph []byte) bool) Option {
	return func(o *options) { o.notSummary = f }
}

// Convert renders src. resolve may be nil when links need no rewriting, images
// nil when images stay as written.
func (c *Converter) Convert(src []byte, resolve LinkResolver, images ImageResolver, opts ...Option) (Result, error) {
	var res Result
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	before, _, hasMore := bytes.Cut(src, []byte(MoreMarker))
	if hasMore {
		src = bytes.Replace(src, []byte(MoreMarker), nil, 1)
	}
	ctx := parser.NewContext(parser.WithIDs(newIDs(c.ids)))
	if resolve != nil {
		ctx.Set(resolverKey, resolve)
	}
	if images != nil {
		ctx.Set(imagesKey, images)
	}
	doc := c.parse(src, ctx, o)
	if p := doc.FirstChild(); o.inline && p != nil && p == doc.LastChild() && p.Kind() == ast.KindParagraph {
		// A text block holds the same inlines and is rendered without <p>.
		tb := ast.NewTextBlock()
		tb.SetLines(p.Lines())
		for c := p.FirstChild(); c != nil; {
			next := c.NextSibling()
			tb.AppendChild(tb, c)
			c = next
		}
		doc.ReplaceChild(doc, p, tb)
	}
	buf := renderBuffers.Get().(*renderBuffer)
	defer renderBuffers.Put(buf)
	if err := buf.render(c.md.Renderer(), src, doc); err != nil {
		return res, fmt.Errorf("render markdown: %w", err)
	}
	var err error
	if res.HTML, err = c.finishOr(buf, false, func() error { return buf.render(c.md.Renderer(), src, doc) }); err != nil {
		return res, err
	}
	if errs, ok := ctx.Get(linkErrorsKey).([]error); ok {
		res.LinkErrors = errs
	}
	res.ImagesWithoutAlt, _ = ctx.Get(noAltKey).([]Ref)
	res.TableOfContents = toc(doc, src)
	res.DroppedHTML, res.TopHeadings, res.RemovedLinks = inspect(doc, src, c.unsafe)
	res.WordCount = countWords(doc, src)

	switch {
	case hasMore:
		sctx := parser.NewContext(parser.WithIDs(newIDs(c.ids)))
		if resolve != nil {
			sctx.Set(resolverKey, resolve)
		}
		if images != nil {
			sctx.Set(imagesKey, images)
		}
		sdoc := c.parse(before, sctx, o)
		dropFootnotes(sdoc)
		if err := buf.render(c.md.Renderer(), before, sdoc); err != nil {
			return res, fmt.Errorf("render summary: %w", err)
		}
		if res.Summary, err = c.finishOr(buf, true, func() error { return buf.render(c.md.Renderer(), before, sdoc) }); err != nil {
			return res, err
		}
	default:
		for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
			if n.Kind() == ast.KindParagraph && (o.notSummary == nil || !o.notSummary(paragraphText(n, src))) {
				dropFootnotes(n) // the page's HTML is rendered: the tree is the summary's now
				if err := buf.render(c.md.Renderer(), src, n); err != nil {
					return res, fmt.Errorf("render summary: %w", err)
				}
				if res.Summary, err = c.finishOr(buf, true, func() error { return buf.render(c.md.Renderer(), src, n) }); err != nil {
					return res, err
				}
				break
			}
		}
	}
	if c.unsafe {
		// The author's raw HTML may be cut open by <!--more--> (Balanced).
		res.Summary = template.HTML(Balanced(string(res.Summary)))
	}
	if res.TableOfContents, err = c.compact(res.TableOfContents); err != nil {
		return res, err
	}
	return res, nil
}

// dropFootnotes removes footnote references and lists from n: a summary is
// shown on list pages, apart from the page's footnotes, where a reference
// would link to nothing (#fn:1) and repeat the id of the next summary's.
func dropFootnotes(n ast.Node) {
	var drop []ast.Node
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c.Kind() {
		case east.KindFootnoteLink, east.KindFootnoteList:
			drop = append(drop, c)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	for _, c := range drop {
		c.Parent().RemoveChild(c.Parent(), c)
	}
}

// paragraphText is a paragraph's source text without surrounding spaces.
func paragraphText(n ast.Node, src []byte) []byte {
	lines := n.Lines()
	if lines.Len() == 0 {
		return nil
	}
	return bytes.TrimSpace(src[lines.At(0).Start:lines.At(lines.Len()-1).Stop])
}

// renderBuffer is where goldmark renders: goldmark wraps any writer that is not
// buffered in a new 4 KiB bufio.Writer, so one of each is kept and reused.
type renderBuffer struct {
	bytes.Buffer
	w *bufio.Writer
}

var renderBuffers = sync.Pool{New: func() any {
	b := new(renderBuffer)
	b.w = bufio.NewWriter(&b.Buffer)
	return b
}}

// render replaces the buffer's contents with n rendered.
func (b *renderBuffer) render(r renderer.Renderer, src []byte, n ast.Node) error {
	b.Reset()
	b.w.Reset(&b.Buffer)
	if err := r.Render(b.w, src, n); err != nil {
		return err
	}
	return b.w.Flush()
}

// Inline renders a short Markdown text such as a front matter value, without the
// paragraph around it when it is a single paragraph.
// It is not bounded in time: InlineWithin is.
func (c *Converter) Inline(s string) template.HTML { return c.inline(s, options{}) }

func (c *Converter) inline(s string, o options) template.HTML {
	src := []byte(s)
	doc := c.parse(src, parser.NewContext(), o) // before taking a buffer: a stopped parse panics
	buf := renderBuffers.Get().(*renderBuffer)
	defer renderBuffers.Put(buf)
	if err := buf.render(c.md.Renderer(), src, doc); err != nil {
		return template.HTML(template.HTMLEscapeString(s))
	}
	out := strings.TrimSpace(buf.String())
	if strings.HasPrefix(out, "<p>") && strings.HasSuffix(out, "</p>") && strings.Count(out, "<p>") == 1 {
		out = out[3 : len(out)-4]
	}
	return template.HTML(out)
}

// What a character is to countWords.
const (
	wordOther uint8 = iota // neither: a symbol ($, +, ...) or a hyphen or apostrophe inside a word
	wordPart               // a letter or digit
	wordBreak              // a space or punctuation
)

func wordClass(r rune) uint8 {
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return wordPart
	case unicode.IsSpace(r) || unicode.IsPunct(r) && r != '-' && r != '\'' && r != '’':
		return wordBreak
	}
	return wordOther
}

// asciiWordClass is wordClass of each ASCII character, looked up rather
// than asked of the unicode tables for most of a page's text.
var asciiWordClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		t[c] = wordClass(rune(c))
	}
	return t
}()

func countWords(doc ast.Node, src []byte) int {
	words := 0
	inWord := false
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var seg []byte
		switch n := n.(type) {
		case *ast.Text:
			seg = n.Segment.Value(src)
		case *ast.String:
			seg = n.Value
		default:
			if n.Type() == ast.TypeBlock {
				inWord = false
			}
			return ast.WalkContinue, nil
		}
		for len(seg) > 0 {
			class := wordOther
			if c := seg[0]; c < utf8.RuneSelf {
				class = asciiWordClass[c]
				seg = seg[1:]
			} else {
				r, size := utf8.DecodeRune(seg)
				seg = seg[size:]
				class = wordClass(r)
			}
			switch class {
			case wordPart:
				if !inWord {
					words++
				}
				inWord = true
			case wordBreak:
				inWord = false
			}
		}
		if t, ok := n.(*ast.Text); ok && (t.SoftLineBreak() || t.HardLineBreak()) {
			inWord = false
		}
		return ast.WalkContinue, nil
	})
	return words
}

// inspect lists the lines of what a writer should know about: raw HTML blocks
// and tags that are dropped (unless unsafe; comments, which writers leave for
// each other, do not count), level-one headings, and links and images whose
// address the renderer leaves out (unless unsafe).
func inspect(doc ast.Node, src []byte, unsafe bool) (dropped, topHeadings []int, removed []RemovedLink) {
	var lines *lineIndex // made when a page has something to report
	line := func(off int) int {
		if lines == nil {
			lines = newLineIndex(src)
		}
		return lines.line(off)
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			if n.Level == 1 && n.Lines().Len() > 0 {
				topHeadings = append(topHeadings, line(n.Lines().At(0).Start))
			}
		case *ast.HTMLBlock:
			if !unsafe && n.HTMLBlockType != ast.HTMLBlockType2 && n.Lines().Len() > 0 {
				dropped = appendLine(dropped, line(n.Lines().At(0).Start))
			}
		case *ast.RawHTML:
			if !unsafe && n.Segments.Len() > 0 {
				if seg := n.Segments.At(0); !bytes.HasPrefix(src[seg.Start:], []byte("<!--")) {
					dropped = appendLine(dropped, line(seg.Start))
				}
			}
		case *ast.Link, *ast.Image, *ast.AutoLink:
			if dest, ok := renderedDest(n, src); !unsafe && ok && html.IsDangerousURL(dest) {
				if lines == nil {
					lines = newLineIndex(src)
				}
				removed = append(removed, RemovedLink{Dest: writtenDest(n, src), Scheme: Scheme(string(dest)), Line: lines.of(n)})
			}
		}
		return ast.WalkContinue, nil
	})
	return dropped, topHeadings, removed
}

// renderedDest is the address goldmark's renderer writes for a link, an image
// or an autolink (character references resolved, then %-escaped), the one it
// checks with html.IsDangerousURL.
func renderedDest(n ast.Node, src []byte) ([]byte, bool) {
	switch n := n.(type) {
	case *ast.Link:
		return util.URLEscape(n.Destination, true), true
	case *ast.Image:
		return util.URLEscape(n.Destination, true), true
	case *ast.AutoLink:
		return n.URL(src), n.AutoLinkType == ast.AutoLinkURL
	}
	return nil, false
}

// writtenDest is a link's or an image's destination as written.
func writtenDest(n ast.Node, src []byte) string {
	switch n := n.(type) {
	case *ast.Link:
		return string(n.Destination)
	case *ast.Image:
		return string(n.Destination)
	case *ast.AutoLink:
		return string(n.URL(src))
	}
	return ""
}

// DangerousAddress reports whether addr, a value a template may put in a link
// (a shortcode's parameter, a front matter value), is an address Markdown's
// links leave out (html.IsDangerousURL) once read as browsers read it:
// spaces and control characters before it dropped, tabs and line ends inside
// it too. A text whose scheme a space follows ("Data: 5 files", "javascript:
// the good parts") is words, not an address. scheme is its scheme,
// lower-cased.
func DangerousAddress(addr string) (scheme string, bad bool) {
	if !strings.Contains(addr, ":") {
		return "", false // most front matter values: no scheme at all
	}
	addr = strings.TrimLeftFunc(addr, func(r rune) bool { return r <= ' ' })
	addr = lineBreaks.Replace(addr)
	scheme = Scheme(addr)
	if scheme == "" || strings.HasPrefix(addr[len(scheme)+1:], " ") || !html.IsDangerousURL([]byte(addr)) {
		return "", false
	}
	return scheme, true
}

// lineBreaks drops the tabs and line ends browsers drop inside an address.
var lineBreaks = strings.NewReplacer("\t", "", "\n", "", "\r", "")

// Scheme is the scheme of an address, lower-cased (javascript for
// "JavaScript:alert(1)"), or "" when it has none.
func Scheme(dest string) string {
	i := strings.IndexByte(dest, ':')
	if i <= 0 {
		return ""
	}
	for j, r := range dest[:i] {
		letter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		if !letter && (j == 0 || !('0' <= r && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return ""
		}
	}
	return strings.ToLower(dest[:i])
}

// appendLine appends l unless it is the last line already.
func appendLine(lines []int, l int) []int {
	if len(lines) > 0 && lines[len(lines)-1] == l {
		return lines
	}
	return append(lines, l)
}

// ids makes heading IDs from the heading text, unique per page: with slug
// rules, or as Hugo's github styles do.
type ids struct {
	style string
	used  map[string]bool
	next  map[string]int // the next suffix to try per base, so that many equal headings stay linear
}

func newIDs(style string) *ids {
	return &ids{style: style, used: map[string]bool{}, next: map[string]int{}}
}

func (s *ids) Generate(value []byte, kind ast.NodeKind) []byte {
	var base string
	switch s.style {
	case IDsGitHub, IDsGitHubASCII:
		if base = githubID(string(value), s.style == IDsGitHubASCII); base == "" {
			base = "heading" // as Hugo names a heading without letters
		}
	default:
		if base = slug.Make(string(value)); base == "" {
			base = "section"
		}
	}
	id := base
	for s.used[id] {
		s.next[base]++
		id = fmt.Sprintf("%s-%d", base, s.next[base])
	}
	s.used[id] = true
	return []byte(id)
}

func (s *ids) Put(value []byte) { s.used[string(value)] = true }

// githubID is the ID Hugo's github (ascii: github-ascii) heading ID type makes
// of a heading's text.
func githubID(heading string, ascii bool) string {
	heading = strings.TrimSpace(heading)
	if ascii {
		heading = removeAccents(heading)
	}
	var b strings.Builder
	for _, r := range heading {
		switch {
		case ascii && r >= utf8.RuneSelf:
		case r == '-' || r == ' ':
			b.WriteByte('-')
		case r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// removeAccents takes the combining marks off letters ("Ārvalstu" is
// "Arvalstu"), as Hugo's github-ascii IDs do.
func removeAccents(s string) string {
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	if err != nil {
		return s
	}
	return out
}
