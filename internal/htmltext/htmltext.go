// Package htmltext turns HTML into plain text, for what shows a page's words
// without its markup: descriptions, feed summaries and the search index. It reads
// the HTML with the x/net/html tokenizer, so a ">" inside an attribute or a
// comment cannot leak markup or hide text, as regular expressions did.
package htmltext

import (
	"strings"
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
	return extract(h, nil)
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
	var p Parts
	p.Text = extract(h, &p.Headings)
	return p
}

// extract is Text, adding the text of each heading to headings when it is
// not nil.
func extract(h string, headings *[]string) string {
	var b strings.Builder
	if headings != nil {
		// The search index's text, which is not kept: room for all of it
		// at once (it is shorter than its HTML). Text's result may be kept
		// (a description), so it gets no more room than it needs.
		b.Grow(len(h))
	}
	space := false // a space is owed before the next word
	skip := 0      // inside script, style or template
	heading := -1  // where in b the open heading's text starts
	z := html.NewTokenizer(strings.NewReader(h))
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip > 0 {
				continue
			}
			space = appendWords(&b, z.Text(), space)
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case a == atom.Script || a == atom.Style || a == atom.Template:
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			case blocks[a]:
				space = true
				if headings != nil && headingLevel[a] {
					if tt == html.StartTagToken {
						heading = b.Len()
					} else if heading >= 0 {
						if t := strings.TrimSpace(b.String()[min(heading, b.Len()):]); t != "" {
							*headings = append(*headings, t)
						}
						heading = -1
					}
				}
			}
		}
	}
}

// appendWords appends the words of text to b, each run of spaces made one
// space (owed when space is true, and written only before a word that
// follows another), and returns whether a space is owed at its end. It
// copies a word at a time: the search index reads every page's text.
func appendWords(b *strings.Builder, text []byte, space bool) bool {
	if !utf8.Valid(text) {
		// A rune at a time, so each invalid byte becomes U+FFFD as ranging
		// over a string makes it.
		for _, r := range string(text) {
			if unicode.IsSpace(r) {
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
		return space
	}
	for i := 0; i < len(text); {
		if n := spaceAt(text, i); n > 0 {
			space = true
			i += n
			continue
		}
		j := i + 1
		for j < len(text) && spaceAt(text, j) == 0 {
			j++
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.Write(text[i:j])
		i = j
	}
	return space
}

// spaceAt returns the length of the space (unicode.IsSpace) that starts
// text[i], or 0 when none does; text is valid UTF-8. A byte inside a
// multi-byte rune never starts one, so word ends are found byte by byte.
func spaceAt(text []byte, i int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return 0
	}
	if !utf8.RuneStart(c) {
		return 0
	}
	r, n := utf8.DecodeRune(text[i:])
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}

// headingLevel are the heading elements.
var headingLevel = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// blocks are the elements whose edges part words.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Br: true, atom.Hr: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Div: true, atom.Section: true, atom.Article: true, atom.Aside: true, atom.Header: true,
	atom.Footer: true, atom.Nav: true, atom.Blockquote: true, atom.Pre: true, atom.Figure: true,
	atom.Figcaption: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Caption: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Details: true, atom.Summary: true,
	atom.Img: true, atom.Video: true, atom.Iframe: true,
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
