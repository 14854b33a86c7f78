// Package htmltext turns HTML into plain text, for what shows a page's words
// without its markup: descriptions, feed summaries and the search index. It reads
// the HTML as the x/net/html tokenizer does, so a ">" inside an attribute or a
// comment cannot leak markup or hide text, as regular expressions did: with
// the tokenizer itself, or, for the HTML Markdown makes, with a reader of its
// own that finds the same tokens and falls back to the tokenizer for anything
// else (see scan).
package htmltext

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Text returns the text of the HTML fragment h, entities decoded, runs of
// spaces made one. Block elements (paragraphs, list items, headings, table
// cells, line breaks) part words; inline ones (links, emphasis) do not, so
// "<a>ERAF</a>." stays "ERAF.". Comments and the contents of script, style and
// template elements are left out.
func Text(h string) string {
	e := getExtractor()
	defer putExtractor(e)
	e.extract(h, false)
	return string(e.b) // exactly its length: a description may be kept
}

// Parts is the text of an HTML fragment with the text of its headings also
// apart, for the search index, which ranks a word of a heading above one of
// the text.
type Parts struct {
	// Text is what Text returns: headings included, where they stand.
	Text string
	// Headings are the texts of the h1-h6 elements, in order.
	Headings []string
}

// Split returns the text of the HTML fragment h, as Text does, and the text
// of each of its headings, read in the same pass.
func Split(h string) Parts {
	text, spans := AppendSplit(nil, nil, h)
	p := Parts{Text: string(text)}
	for _, s := range spans {
		p.Headings = append(p.Headings, string(text[s.Start:s.End]))
	}
	return p
}

// Span is where a heading's text is in the text AppendSplit wrote:
// text[Start:End].
type Span struct{ Start, End int }

// AppendSplit appends the text of the HTML fragment h to dst, as Text returns
// it, and the spans of dst that hold the text of each of its headings (as
// Split gives them) to spans. The text is valid UTF-8, as Text's is: an
// invalid byte of h becomes U+FFFD. The search index reads every page's text: a
// caller that passes the same dst and spans from page to page reads a page
// without allocating.
func AppendSplit(dst []byte, spans []Span, h string) ([]byte, []Span) {
	e := getExtractor()
	defer putExtractor(e)
	own, ownSpans := e.b, e.spans
	e.b, e.spans = dst, spans
	e.extract(h, true)
	dst, spans = e.b, e.spans
	e.b, e.spans = own, ownSpans
	return dst, spans
}

// extractor is the state of one reading of HTML into text, pooled with its
// buffers.
type extractor struct {
	b      []byte // the text, from start
	start  int
	spans  []Span // the headings' spans in b, when split
	from   int    // the first span of this reading
	split  bool
	space  bool // a space is owed before the next word
	skip   int  // inside script, style or template
	open   int  // where in b the open heading's text starts, or -1
	html   []byte
	decode []byte // a text token with its entities decoded
}

var extractors = sync.Pool{New: func() any { return new(extractor) }}

func getExtractor() *extractor { return extractors.Get().(*extractor) }

// putExtractor returns e to the pool, unless a page of unusual size grew its
// buffers: the pool should not keep them.
func putExtractor(e *extractor) {
	if cap(e.b) > 1<<16 || cap(e.html) > 1<<18 {
		return
	}
	e.b, e.spans = e.b[:0], e.spans[:0]
	extractors.Put(e)
}

// extract appends the text of h to e.b and, when split, each heading's span.
func (e *extractor) extract(h string, split bool) {
	e.begin(h, split)
	if !e.scan(e.html) {
		// Something scan leaves to the tokenizer: read h again with it.
		e.again()
		e.tokenize(e.html)
	}
}

// begin starts a reading of h, keeping a copy of it in e.html.
func (e *extractor) begin(h string, split bool) {
	e.start, e.split, e.from = len(e.b), split, len(e.spans)
	e.html = append(e.html[:0], h...)
	e.reset()
}

// again drops what the reading begun wrote, to read h again.
func (e *extractor) again() {
	e.b, e.spans = e.b[:e.start], e.spans[:e.from]
	e.reset()
}

// tokenize reads h with the x/net/html tokenizer.
func (e *extractor) tokenize(h []byte) {
	z := html.NewTokenizer(bytes.NewReader(h))
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			return
		case html.TextToken:
			if e.skip == 0 {
				e.text(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			e.tag(atom.Lookup(name), tt)
		}
	}
}

func (e *extractor) reset() {
	e.space, e.skip, e.open = false, 0, -1
}

// text appends the words of a text token, its entities decoded.
func (e *extractor) text(t []byte) {
	if e.skip == 0 {
		e.space = e.appendWords(t, e.space)
	}
}

// tag is a tag token of the element a.
func (e *extractor) tag(a atom.Atom, tt html.TokenType) {
	switch {
	case a == atom.Script || a == atom.Style || a == atom.Template:
		if tt == html.StartTagToken {
			e.skip++
		} else if e.skip > 0 {
			e.skip--
		}
	case isBlock(a):
		e.space = true
		if !e.split || !isHeading(a) {
			return
		}
		if tt == html.StartTagToken {
			e.open = len(e.b)
			return
		}
		if e.open < 0 {
			return
		}
		t := e.b[e.open:]
		if s := bytes.TrimLeftFunc(t, unicode.IsSpace); len(bytes.TrimSpace(s)) > 0 {
			start := len(e.b) - len(s)
			e.spans = append(e.spans, Span{start, start + len(bytes.TrimRightFunc(s, unicode.IsSpace))})
		}
		e.open = -1
	}
}

// scan reads h as the tokenizer does, for the HTML that Markdown makes:
// text, tags, comments, doctypes. It reports false, having read part of h,
// when h has something it leaves to the tokenizer: an element whose content
// the tokenizer reads as raw text (script, style, title, textarea...) or
// template, a tag or comment that the end of h cuts, a heading's tag that may
// close itself, a comment that starts with "-" or ">". The tests compare the
// two readings, fuzzing included.
func (e *extractor) scan(h []byte) bool {
	text := 0 // where the text token being read starts
	i := 0
	for {
		j := bytes.IndexByte(h[i:], '<')
		if j < 0 || i+j+1 >= len(h) {
			break // a "<" at the end is text
		}
		j += i
		c := h[j+1]
		switch {
		case isLetter(c): // a start tag
			e.token(h[text:j])
			name, end, ok := readTag(h, j+1)
			if !ok {
				return false
			}
			a := lookup(name)
			switch a {
			case atom.Iframe, atom.Noembed, atom.Noframes, atom.Noscript, atom.Plaintext,
				atom.Script, atom.Style, atom.Textarea, atom.Title, atom.Xmp, atom.Template:
				return false // raw text follows, or template's skipped content
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if h[end-2] == '/' {
					return false // perhaps self-closing, which ends a heading
				}
			}
			e.tag(a, html.StartTagToken)
			i = end
		case c == '/':
			if j+2 >= len(h) {
				return false
			}
			e.token(h[text:j])
			switch c := h[j+2]; {
			case c == '>': // "</>" is no token
				i = j + 3
			case isLetter(c):
				name, end, ok := readTag(h, j+2)
				if !ok {
					return false
				}
				e.tag(lookup(name), html.EndTagToken)
				i = end
			default: // a bogus comment
				k := bytes.IndexByte(h[j+2:], '>')
				if k < 0 {
					return false
				}
				i = j + 2 + k + 1
			}
		case c == '!':
			if j+3 >= len(h) {
				return false
			}
			var end int
			if h[j+2] == '-' && h[j+3] == '-' {
				if end = commentEnd(h, j+4); end < 0 {
					return false
				}
			} else { // a doctype, or a bogus comment: to the next ">"
				k := bytes.IndexByte(h[j+2:], '>')
				if k < 0 {
					return false
				}
				end = j + 2 + k + 1
			}
			e.token(h[text:j])
			i = end
		case c == '?': // a processing instruction: a bogus comment
			k := bytes.IndexByte(h[j+1:], '>')
			if k < 0 {
				return false
			}
			e.token(h[text:j])
			i = j + 1 + k + 1
		default: // "<" followed by anything else is text
			i = j + 1
			continue
		}
		text = i
	}
	e.token(h[text:])
	return true
}

// token appends the words of the text token t, decoding its entities as the
// tokenizer's Text does.
func (e *extractor) token(t []byte) {
	if len(t) == 0 {
		return
	}
	if bytes.IndexByte(t, '&') >= 0 {
		t = e.unescape(t)
	}
	e.text(t)
}

// unescape returns t with its entities decoded into e.decode: the common
// ones here, and from the first other one on, by html.UnescapeString, which
// reads entities one after another as the tokenizer does.
func (e *extractor) unescape(t []byte) []byte {
	out := e.decode[:0]
	for len(t) > 0 {
		k := bytes.IndexByte(t, '&')
		if k < 0 {
			out = append(out, t...)
			break
		}
		out = append(out, t[:k]...)
		t = t[k:]
		switch {
		case bytes.HasPrefix(t, []byte("&amp;")):
			out, t = append(out, '&'), t[5:]
		case bytes.HasPrefix(t, []byte("&quot;")):
			out, t = append(out, '"'), t[6:]
		case bytes.HasPrefix(t, []byte("&lt;")):
			out, t = append(out, '<'), t[4:]
		case bytes.HasPrefix(t, []byte("&gt;")):
			out, t = append(out, '>'), t[4:]
		case bytes.HasPrefix(t, []byte("&#39;")):
			out, t = append(out, '\''), t[5:]
		default:
			out, t = append(out, html.UnescapeString(string(t))...), nil
		}
	}
	e.decode = out
	return out
}

// readTag reads the tag whose name starts at h[p] (after "<" or "</") as the
// tokenizer's readTag does, attributes and their quotes included, and returns
// its name and the end of the tag, after its ">"; ok is false when h ends
// before the tag does.
func readTag(h []byte, p int) (name []byte, end int, ok bool) {
	i := p + 1
	for ; ; i++ { // the name
		if i >= len(h) {
			return nil, 0, false
		}
		if c := h[i]; isSpace(c) || c == '/' || c == '>' {
			break
		}
	}
	name = h[p:i]
	skip := func() bool { // white space; false at the end of h
		for i < len(h) && isSpace(h[i]) {
			i++
		}
		return i < len(h)
	}
	if !skip() {
		return nil, 0, false
	}
	for {
		if h[i] == '>' {
			return name, i + 1, true
		}
		// The attribute's name; an "=" that starts it is part of it.
		for k := i; ; i++ {
			if i >= len(h) {
				return nil, 0, false
			}
			c := h[i]
			if isSpace(c) || c == '/' || c == '>' || c == '=' && i != k {
				break
			}
		}
		// Its value.
		if !skip() {
			return nil, 0, false
		}
		switch h[i] {
		case '/':
			i++
		case '=':
			i++
			if !skip() {
				return nil, 0, false
			}
			switch q := h[i]; q {
			case '>':
			case '\'', '"':
				k := bytes.IndexByte(h[i+1:], q)
				if k < 0 {
					return nil, 0, false
				}
				i += 1 + k + 1
			default:
				for i++; ; i++ {
					if i >= len(h) {
						return nil, 0, false
					}
					if c := h[i]; isSpace(c) {
						i++
						break
					} else if c == '>' {
						break
					}
				}
			}
		}
		if !skip() {
			return nil, 0, false
		}
	}
}

// commentEnd returns where the comment whose text starts at h[p] (after
// "<!--") ends, after its "-->" or "--!>", or -1 when h ends first or the
// comment starts with "-" or ">" (which the tokenizer may end sooner).
func commentEnd(h []byte, p int) int {
	if p >= len(h) || h[p] == '-' || h[p] == '>' {
		return -1
	}
	end := -1
	if k := bytes.Index(h[p:], []byte("-->")); k >= 0 {
		end = p + k + 3
	}
	if k := bytes.Index(h[p:], []byte("--!>")); k >= 0 && (end < 0 || p+k+4 < end) {
		end = p + k + 4
	}
	return end
}

// lookup returns the atom of the tag name, lower-cased as the tokenizer's
// TagName does.
func lookup(name []byte) atom.Atom {
	var low [16]byte // longer than any element this package tells apart
	if len(name) > len(low) {
		return 0
	}
	for i, c := range name {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	return atom.Lookup(low[:len(name)])
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isSpace is the tokenizer's white space.
func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' }

// appendWords appends the words of text to e.b, each run of spaces
// (unicode.IsSpace) made one space (owed when space is true, and written only
// before a word that follows another), and returns whether a space is owed
// at its end. It copies a word at a time: the search index reads every
// page's text.
func (e *extractor) appendWords(text []byte, space bool) bool {
	b := e.b
	if !utf8.Valid(text) {
		// A rune at a time, so each invalid byte becomes U+FFFD as ranging
		// over a string makes it.
		for _, r := range string(text) {
			if unicode.IsSpace(r) {
				space = true
				continue
			}
			if space && len(b) > e.start {
				b = append(b, ' ')
			}
			space = false
			b = utf8.AppendRune(b, r)
		}
		e.b = b
		return space
	}
	for i := 0; i < len(text); {
		if n := spaceAt(text, i); n > 0 {
			space = true
			i += n
			continue
		}
		// A run of words with one " " between each two, copied at once:
		// most text is such runs between tags.
		j := i + 1
		for j < len(text) {
			if c := byteClass[text[j]]; c == 0 || c == 2 && spaceAt(text, j) == 0 {
				j++
			} else if text[j] == ' ' && j+1 < len(text) && notSpaceAt(text, j+1) {
				j += 2
			} else {
				break
			}
		}
		if space && len(b) > e.start {
			b = append(b, ' ')
		}
		space = false
		b = append(b, text[i:j]...)
		i = j
	}
	e.b = b
	return space
}

// notSpaceAt reports whether text[i] starts a rune that is no space.
func notSpaceAt(text []byte, i int) bool {
	c := byteClass[text[i]]
	return c == 0 || c == 2 && spaceAt(text, i) == 0
}

// byteClass tells the bytes of UTF-8 text apart: 1 for an ASCII space, 2 for
// the first byte of a rune that may be a space (U+0085, U+00A0, U+1680,
// U+2000-U+205F, U+3000), 0 for any other, which starts no space.
var byteClass = [256]uint8{' ': 1, '\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, 0xc2: 2, 0xe1: 2, 0xe2: 2, 0xe3: 2}

// spaceAt returns the length of the space (unicode.IsSpace) that starts
// text[i], or 0 when none does; text is valid UTF-8. The spaces beyond
// ASCII are told by their bytes, without decoding: U+1680's first byte
// starts every letter of Vietnamese's Latin Extended Additional.
func spaceAt(text []byte, i int) int {
	switch byteClass[text[i]] {
	case 1:
		return 1
	case 2:
		t := text[i:]
		switch {
		case t[0] == 0xc2:
			if t[1] == 0x85 || t[1] == 0xa0 { // U+0085, U+00A0
				return 2
			}
		case len(t) < 3:
		case t[0] == 0xe1: // U+1680
			if t[1] == 0x9a && t[2] == 0x80 {
				return 3
			}
		case t[0] == 0xe2: // U+2000-U+200A, U+2028, U+2029, U+202F, U+205F
			if t[1] == 0x80 && (t[2] <= 0x8a || t[2] == 0xa8 || t[2] == 0xa9 || t[2] == 0xaf) || t[1] == 0x81 && t[2] == 0x9f {
				return 3
			}
		case t[0] == 0xe3: // U+3000
			if t[1] == 0x80 && t[2] == 0x80 {
				return 3
			}
		}
	}
	return 0
}

// isHeading reports whether a is a heading element.
func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isBlock reports whether the edges of element a part words.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Br, atom.Hr, atom.Li, atom.Ul, atom.Ol,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Div, atom.Section, atom.Article, atom.Aside, atom.Header,
		atom.Footer, atom.Nav, atom.Blockquote, atom.Pre, atom.Figure,
		atom.Figcaption, atom.Table, atom.Tr, atom.Td, atom.Th,
		atom.Caption, atom.Dl, atom.Dt, atom.Dd, atom.Details, atom.Summary,
		atom.Img, atom.Video, atom.Iframe:
		return true
	}
	return false
}

// Excerpt returns Text(h) cut to at most limit characters at a space, with "…"
// where it was cut.
func Excerpt(h string, limit int) string {
	return Truncate(Text(h), limit)
}

// Truncate cuts the text s to at most limit characters at a space, with "…"
// where it was cut.
func Truncate(s string, limit int) string {
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	r := string([]rune(s)[:limit])
	if i := strings.LastIndexByte(r, ' '); i > 0 {
		return r[:i] + "…"
	}
	return r + "…"
}
