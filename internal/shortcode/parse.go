// Package shortcode reads and runs Hugo-style shortcodes in a page's Markdown:
// {{< name args >}} (its output is HTML), {{% name args %}} (its output is
// Markdown), with an inner part and a closing tag, and {{</* ... */>}}, which
// writes one literally. Shortcodes are their own syntax, read before the
// Markdown as Hugo does: they expand inside code fences too.
package shortcode

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Limits on what a page may hold; past them Parse returns an error.
const (
	// MaxDepth is how deep shortcodes may nest inside each other's inner parts.
	MaxDepth = 100
	// MaxArgs is the most arguments one shortcode may have.
	MaxArgs = 1000
)

// Item is a piece of a page: literal text, or a shortcode.
type Item struct {
	// Text is literal text (an escaped shortcode is text, without /* */).
	Text []byte
	// Shortcode is set for a shortcode; Text is then nil.
	Shortcode *Shortcode
	// Line is the line of the item's start, from 1.
	Line int
}

// Shortcode is one use of a shortcode.
type Shortcode struct {
	Name string
	// Markdown is true for {{% %}}: the inner part and the output are Markdown.
	Markdown bool
	// Args are the arguments as written, in order; Named tells whether they are
	// named (key=value) or positional (a shortcode cannot mix them).
	Args  []Arg
	Named bool
	// Closed is true when a closing tag ends the inner part.
	Closed bool
	Inner  []Item
	// Line and Col are where the opening tag starts, from 1.
	Line, Col int
}

// Arg is one argument. Value is a string when quoted; unquoted true, false and
// numbers are a bool, an int or a float64, as in Hugo.
type Arg struct {
	Name  string // "" for a positional argument
	Value any
}

// Error is a shortcode that cannot be read, at its line in the text given to Parse.
type Error struct {
	Line, Col int
	Msg       string
	// at, when set, is Msg naming the lines of other tags shifted by an
	// offset (Message).
	at func(lineOffset int) string
}

// Message is Msg with the lines it names of other tags moved by lineOffset,
// as Line is when the text given to Parse starts below a file's line 1.
func (e *Error) Message(lineOffset int) string {
	if e.at == nil {
		return e.Msg
	}
	return e.at(lineOffset)
}

// errorAt is an error at t whose message names lines, built by msg with
// an offset added to them.
func errorAt(t token, msg func(lineOffset int) string) *Error {
	return &Error{Line: t.line, Col: t.col, Msg: msg(0), at: msg}
}

func (e *Error) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// Has reports whether src may hold a shortcode: a quick test before Parse.
func Has(src []byte) bool {
	return bytes.Contains(src, []byte("{{<")) || bytes.Contains(src, []byte("{{%"))
}

// token is what the lexer finds: text, an opening tag or a closing tag.
type token struct {
	text   []byte
	sc     *Shortcode // an opening (or self-closing) tag
	close  string     // the name of a closing tag
	self   bool       // {{< x />}}: closed by itself
	line   int
	col    int
	mate   int // the index of an opening tag's closing tag, or -1
	markup byte
}

// Parse reads src into text and shortcodes.
func Parse(src []byte) ([]Item, error) {
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	if err := match(toks); err != nil {
		return nil, err
	}
	items, _, err := build(toks, 0, len(toks), 1)
	return items, err
}

// lexer walks src keeping the line and column of its position.
type lexer struct {
	src       []byte
	pos       int
	line      int
	lineStart int
}

func (l *lexer) advance(to int) {
	for i := l.pos; i < to; i++ {
		if l.src[i] == '\n' {
			l.line++
			l.lineStart = i + 1
		}
	}
	l.pos = to
}

// col is the column of the position, in characters from 1, as editors count.
func (l *lexer) col() int { return utf8.RuneCount(l.src[l.lineStart:l.pos]) + 1 }

func (l *lexer) skipSpace() {
	i := l.pos
	for i < len(l.src) && isSpace(l.src[i]) {
		i++
	}
	l.advance(i)
}

// closer is the character of the closing delimiter: > for <, % for %.
func closer(markup byte) byte {
	if markup == '<' {
		return '>'
	}
	return markup
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func lex(src []byte) ([]token, error) {
	l := &lexer{src: src, line: 1}
	var toks []token
	textStart, textLine := 0, 1
	var text []byte // the current text, when escapes made it differ from src
	flush := func(end int) {
		if text != nil {
			text = append(text, src[textStart:end]...)
		} else {
			text = src[textStart:end]
		}
		if len(text) > 0 {
			toks = append(toks, token{text: text, line: textLine, mate: -1})
		}
		text = nil
	}
	for {
		i := bytes.Index(src[l.pos:], []byte("{{"))
		if i < 0 {
			break
		}
		at := l.pos + i
		if at+2 >= len(src) || src[at+2] != '<' && src[at+2] != '%' {
			// One brace on: {{{< x >}} is a brace, then a shortcode, as
			// Hugo reads it.
			l.advance(at + 1)
			continue
		}
		l.advance(at)
		markup := src[at+2]
		line, col := l.line, l.col()
		l.advance(at + 3)
		l.skipSpace()
		if bytes.HasPrefix(src[l.pos:], []byte("/*")) { // {{</* x */>}}: written as it is
			literal, end, ok := escaped(src, l.pos+2, markup)
			if !ok {
				return nil, &Error{Line: line, Col: col, Msg: fmt.Sprintf("{{%c/* is never closed with */%c}}", markup, closer(markup))}
			}
			if text == nil {
				text = append([]byte(nil), src[textStart:at]...)
			} else {
				text = append(text, src[textStart:at]...)
			}
			text = append(text, "{{"...)
			text = append(text, markup)
			text = append(text, literal...)
			text = append(text, closer(markup), '}', '}')
			l.advance(end)
			textStart = end
			continue
		}
		flush(at)
		tok, err := l.tag(markup, line, col)
		if err != nil {
			return nil, err
		}
		toks = append(toks, tok)
		textStart, textLine = l.pos, l.line
	}
	l.advance(len(src))
	flush(len(src))
	return toks, nil
}

// escaped finds the end of an escaped shortcode whose comment starts at from:
// "*/", spaces, then the closing delimiter. It returns what the comment holds
// and the offset after the delimiter.
func escaped(src []byte, from int, markup byte) (literal []byte, end int, ok bool) {
	for i := from; ; {
		j := bytes.Index(src[i:], []byte("*/"))
		if j < 0 {
			return nil, 0, false
		}
		k := i + j + 2
		for k < len(src) && isSpace(src[k]) {
			k++
		}
		if k+3 <= len(src) && src[k] == closer(markup) && src[k+1] == '}' && src[k+2] == '}' {
			return src[from : i+j], k + 3, true
		}
		i += j + 2
	}
}

// tag reads a tag after its opening delimiter and spaces.
func (l *lexer) tag(markup byte, line, col int) (token, error) {
	src := l.src
	errf := func(format string, args ...any) error {
		return &Error{Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
	}
	closing := false
	if l.pos < len(src) && src[l.pos] == '/' {
		closing = true
		l.advance(l.pos + 1)
		l.skipSpace()
	}
	name := l.word()
	if name == "" {
		if l.pos >= len(src) {
			return token{}, errf("{{%c is never closed with %c}}", markup, closer(markup))
		}
		return token{}, errf("{{%c is not followed by a shortcode name", markup)
	}
	// As typed (NFC), as the files' names are kept: a name typed on a
	// Mac (NFD) finds its file.
	name = norm.NFC.String(name)
	if err := checkName(name); err != nil {
		return token{}, errf("%v", err)
	}
	tok := token{line: line, col: col, mate: -1, markup: markup}
	sc := &Shortcode{Name: name, Markdown: markup == '%', Line: line, Col: col}
	// blank is the first blank line the tag's arguments ran over, 0 if
	// none (the message does not name it: the caller moves the error's
	// line to the file's, not lines in its text): a tag left open ({{< figure src="a.jpg" with no >}}) reads the
	// next paragraph's words as its arguments, and what is wrong with them
	// ("mixes named and positional arguments") is not the mistake.
	blank := 0
	unclosed := func(err error) error {
		if blank == 0 {
			return err
		}
		return errf("{{%c %s is not closed with %c}} before the blank line below it; end the tag with %c}}", markup, name, closer(markup), closer(markup))
	}
	for {
		from, fromLine := l.pos, l.line
		l.skipSpace()
		if blank == 0 {
			blank = blankLine(src[from:l.pos], fromLine)
		}
		rest := src[l.pos:]
		switch {
		case len(rest) == 0:
			return token{}, errf("{{%c %s is never closed with %c}}", markup, name, closer(markup))
		case len(rest) >= 3 && rest[0] == closer(markup) && rest[1] == '}' && rest[2] == '}':
			l.advance(l.pos + 3)
			if closing {
				if len(sc.Args) > 0 {
					return token{}, errf("the closing tag of %s takes no arguments", name)
				}
				tok.close = name
				return tok, nil
			}
			tok.sc = sc
			return tok, nil
		case rest[0] == '/':
			l.advance(l.pos + 1)
			l.skipSpace()
			if r := src[l.pos:]; len(r) < 3 || r[0] != closer(markup) || r[1] != '}' || r[2] != '}' {
				return token{}, errf("in %s: \"/\" must come right before %c}}", name, closer(markup))
			}
			if closing {
				return token{}, errf("a closing tag of %s cannot also close itself", name)
			}
			l.advance(l.pos + 3)
			sc.Closed = true
			tok.sc, tok.self = sc, true
			return tok, nil
		}
		if len(sc.Args) == MaxArgs {
			return token{}, unclosed(errf("%s has more than %d arguments", name, MaxArgs))
		}
		arg, err := l.arg(markup)
		if err != nil {
			return token{}, unclosed(err)
		}
		if len(sc.Args) > 0 && (arg.Name != "") != sc.Named {
			return token{}, unclosed(errf("%s mixes named (key=value) and positional arguments; use one kind", name))
		}
		sc.Named = arg.Name != ""
		sc.Args = append(sc.Args, arg)
	}
}

// blankLine is the first line of space, white space that starts on line,
// that holds nothing but spaces: a line between two line ends. It is 0 when
// there is none.
func blankLine(space []byte, line int) int {
	ended := false
	for _, c := range space {
		if c != '\n' {
			continue
		}
		if ended {
			return line
		}
		ended = true
		line++
	}
	return 0
}

// word reads a bare word: up to a space, a quote, "=", or the end of the tag.
func (l *lexer) word() string {
	src := l.src
	i := l.pos
	for i < len(src) && !isSpace(src[i]) && src[i] != '"' && src[i] != '`' && src[i] != '=' {
		if i+2 < len(src) && (src[i] == '>' || src[i] == '%') && src[i+1] == '}' && src[i+2] == '}' {
			break
		}
		if src[i] == '/' && i > l.pos && i+3 < len(src) && (src[i+1] == '>' || src[i+1] == '%') && src[i+2] == '}' && src[i+3] == '}' {
			break // "x/>}}" closes the tag; in "https://a.org/ >}}" the "/" is the word's, as in Hugo
		}
		i++
	}
	w := string(src[l.pos:i])
	l.advance(i)
	return w
}

// endsAfterSlash reports whether the "/" at i starts "/>}}" (spaces allowed).
func (l *lexer) endsAfterSlash(i int) bool {
	j := i + 1
	for j < len(l.src) && isSpace(l.src[j]) {
		j++
	}
	return j+2 < len(l.src) && (l.src[j] == '>' || l.src[j] == '%') && l.src[j+1] == '}' && l.src[j+2] == '}'
}

// arg reads one argument: a value, or name=value.
func (l *lexer) arg(markup byte) (Arg, error) {
	line, col := l.line, l.col()
	v, quoted, err := l.value()
	if err != nil {
		return Arg{}, err
	}
	if s, ok := v.(string); ok && !quoted && s == "" {
		return Arg{}, &Error{Line: line, Col: col, Msg: fmt.Sprintf("unexpected %q in a shortcode", l.src[l.pos])}
	}
	if !quoted { // name = "value", with spaces, as Hugo reads it too
		j := l.pos
		for j < len(l.src) && isSpace(l.src[j]) {
			j++
		}
		if j < len(l.src) && l.src[j] == '=' {
			l.advance(j)
		}
	}
	if l.pos < len(l.src) && l.src[l.pos] == '=' && !quoted {
		name, ok := v.(string)
		if !ok {
			name = fmt.Sprint(v)
		}
		l.advance(l.pos + 1)
		l.skipSpace()
		if r := l.src[l.pos:]; len(r) == 0 || r[0] == '/' && l.endsAfterSlash(l.pos) || len(r) >= 3 && (r[0] == '>' || r[0] == '%') && r[1] == '}' && r[2] == '}' {
			return Arg{}, &Error{Line: line, Col: col, Msg: fmt.Sprintf("argument %s= has no value", name)}
		}
		val, _, err := l.value()
		if err != nil {
			return Arg{}, err
		}
		return Arg{Name: name, Value: val}, nil
	}
	return Arg{Value: v}, nil
}

// value reads a quoted string ("..." with backslash escapes, or `...`), or a
// bare word typed as Hugo does.
func (l *lexer) value() (v any, quoted bool, err error) {
	src := l.src
	line, col := l.line, l.col()
	if l.pos >= len(src) {
		return "", false, nil
	}
	switch src[l.pos] {
	case '`':
		end := bytes.IndexByte(src[l.pos+1:], '`')
		if end < 0 {
			return nil, true, &Error{Line: line, Col: col, Msg: "a ` quote is never closed"}
		}
		s := string(src[l.pos+1 : l.pos+1+end])
		l.advance(l.pos + end + 2)
		return s, true, nil
	case '"':
		var b strings.Builder
		for i := l.pos + 1; i < len(src); i++ {
			switch src[i] {
			case '\\':
				if i+1 < len(src) {
					i++
					switch src[i] {
					case 'n':
						b.WriteByte('\n')
					case 't':
						b.WriteByte('\t')
					default:
						b.WriteByte(src[i])
					}
				}
			case '"':
				l.advance(i + 1)
				return b.String(), true, nil
			default:
				b.WriteByte(src[i])
			}
		}
		return nil, true, &Error{Line: line, Col: col, Msg: `a " quote is never closed`}
	}
	w := l.word()
	switch w {
	case "true":
		return true, false, nil
	case "false":
		return false, false, nil
	}
	if n, err := strconv.Atoi(w); err == nil {
		return n, false, nil
	}
	if f, err := strconv.ParseFloat(w, 64); err == nil && strings.ContainsAny(w, "0123456789") && !strings.ContainsAny(w, "xXpPnN_") {
		return f, false, nil
	}
	return w, false, nil
}

// checkName refuses a name that is not a file name below
// layouts/shortcodes/: Hugo's names are letters of any script, digits, -,
// _, / (for a folder) and . ({{< ziņa >}}, {{< 新闻 >}}); a name holding
// anything else (a\b, a+b, a mark not joined to its letter) is none.
func checkName(name string) error {
	for _, c := range name {
		if !(unicode.IsLetter(c) || unicode.IsDigit(c) || c == '-' || c == '_' || c == '.' || c == '/') {
			return fmt.Errorf("%s is not a shortcode name: a name is made of letters, digits, -, _ and / (for a folder), and %s is none of them", quote(name), quoteRune(c))
		}
	}
	for _, seg := range strings.Split(name, "/") {
		if seg == "" || strings.HasPrefix(seg, ".") {
			return fmt.Errorf("shortcode name %s is not a name of a file in layouts/shortcodes/", quote(name))
		}
	}
	return nil
}

// quoteRune names c for a message: quoted, or by its code when it shows
// as nothing.
func quoteRune(c rune) string {
	if unicode.IsPrint(c) && !unicode.Is(unicode.Mn, c) {
		return strconv.QuoteRune(c)
	}
	return fmt.Sprintf("U+%04X", c)
}

// quote quotes s, shortened to 40 bytes: names in messages may be made of
// anything.
func quote(s string) string {
	if len(s) > 40 {
		cut := 40
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		return strconv.Quote(s[:cut]) + "…"
	}
	return strconv.Quote(s)
}

// match pairs each closing tag with the nearest open tag of its name; the open
// tags it passes over have no closing tag. A closing tag may be written with
// the other delimiters than its opening tag ({{% b %}}...{{< /b >}}): Hugo
// accepts it, and the opening tag alone says whether the shortcode is
// Markdown. A closing tag that closes nothing, and one whose opening tag an
// outer closing tag already passed over (the two closed in the wrong order),
// are errors at the closing tag.
func match(toks []token) error {
	var open []int
	// passed are the open tags a closing tag passed over, by name: the
	// latest of each, and that closing tag.
	type pass struct{ open, by int }
	passed := map[string]pass{}
	for i := range toks {
		t := &toks[i]
		switch {
		case t.sc != nil && !t.self:
			open = append(open, i)
		case t.close != "":
			k := len(open) - 1
			for k >= 0 && toks[open[k]].sc.Name != t.close {
				k--
			}
			c := closer(t.markup)
			if k < 0 {
				if p, ok := passed[t.close]; ok {
					o, by := toks[p.open], toks[p.by]
					return errorAt(*t, func(off int) string {
						return fmt.Sprintf("{{%c /%s %c}} closes {{%c %s %c}} of line %d, column %d, but {{%c /%s %c}} of line %d, column %d, already closed the shortcode around it; close them in the reverse order of opening: {{%c /%s %c}} first",
							t.markup, t.close, c, o.markup, t.close, closer(o.markup), o.line+off, o.col, by.markup, by.close, closer(by.markup), by.line+off, by.col, o.markup, t.close, closer(o.markup))
					})
				}
				return &Error{Line: t.line, Col: t.col, Msg: fmt.Sprintf("{{%c /%s %c}} closes no {{%c %s %c}} above it", t.markup, t.close, c, t.markup, t.close, c)}
			}
			for _, j := range open[k+1:] {
				passed[toks[j].sc.Name] = pass{open: j, by: i}
			}
			toks[open[k]].mate = i
			toks[open[k]].sc.Closed = true
			open = open[:k]
		}
	}
	return nil
}

// build makes the items of toks[from:to], depth levels deep.
func build(toks []token, from, to, depth int) ([]Item, int, error) {
	var items []Item
	for i := from; i < to; i++ {
		t := toks[i]
		if t.sc == nil {
			items = append(items, Item{Text: t.text, Line: t.line})
			continue
		}
		items = append(items, Item{Shortcode: t.sc, Line: t.line})
		if t.mate < 0 {
			continue
		}
		if depth >= MaxDepth {
			return nil, 0, &Error{Line: t.line, Col: t.col, Msg: fmt.Sprintf("shortcodes nest more than %d deep", MaxDepth)}
		}
		inner, _, err := build(toks, i+1, t.mate, depth+1)
		if err != nil {
			return nil, 0, err
		}
		t.sc.Inner = inner
		i = t.mate
	}
	return items, to, nil
}
