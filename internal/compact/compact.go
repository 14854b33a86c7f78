// Package compact minifies what vestis publishes: whole outputs by media type
// (New), and, ahead of rendering, the parts an HTML page is made of (Layouts,
// Fragment), so that pages come out of their layouts minified already and the
// build does not minify each of them again (docs/design.md, Build speed).
package compact

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
)

// htmlOptions are the HTML minifier's options for every use: documents keep
// their html, head and body tags, elements their end tags and attributes their
// quotes, so that html/template reads a minified layout in the same contexts.
var htmlOptions = html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true}

// New returns a minifier of whole outputs, by media type: text/html,
// text/css, application/javascript, image/svg+xml, application/json and XML.
func New() *minify.M { return newM(&htmlOptions) }

func newM(h *html.Minifier) *minify.M {
	m := minify.New()
	m.Add("text/html", h)
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("application/javascript", js.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`[/+]xml$`), xml.Minify)
	m.AddFunc("application/json", json.Minify)
	return m
}

// Fragments returns the minifier of Fragment: New's, but whitespace beside
// tags is collapsed to one space or newline, never dropped. What vestis
// reads from a page's HTML besides the page (the search index's words, a
// feed's summary, through internal/htmltext) then parts words where it did
// before: htmltext parts them at fewer elements than the minifier drops
// whitespace beside (<noscript> holds raw text for it, <address> is not a
// block), and an HTML fragment is read so before it is in a page.
func Fragments() *minify.M {
	h := htmlOptions
	h.KeepWhitespace = true
	return newM(&h)
}

// Fragment minifies h, HTML that goes inside a page (a page's Markdown
// converted, a shortcode's output), with m from Fragments. Where h begins or
// ends with whitespace, one space is kept: the minifier would drop it at the
// edge of the fragment, but in the page it may part two words.
func Fragment(m *minify.M, h string) (string, error) {
	if h == "" {
		return h, nil
	}
	return FragmentBytes(m, []byte(h)) // the minifier changes what it reads
}

// FragmentBytes is Fragment of the HTML in h, which it changes as it reads
// (the minifier shortens entities in place): for HTML rendered into a
// scratch buffer, which is then not copied into a string first.
func FragmentBytes(m *minify.M, h []byte) (string, error) {
	if len(h) == 0 {
		return "", nil
	}
	first, last := h[0], h[len(h)-1]
	var b strings.Builder
	b.Grow(len(h))
	if isSpace(first) {
		b.WriteByte(' ')
	}
	start := b.Len()
	if err := m.Minify("text/html", &b, bytes.NewBuffer(h)); err != nil {
		return "", err
	}
	out := b.String()
	if isSpace(last) && len(out) > start && !isSpace(out[len(out)-1]) {
		out += " "
	}
	return out, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
