package diag

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ActionProblem says in plain words what is wrong with the action that
// begins at line and col (in characters from 1; where ParseColumn or the
// parser put a parse error) of a template file's text, and the column of
// the mistake itself; ok is false when it cannot tell, and the parser's
// message stays. text/template's parser says "unexpected "<" in operand",
// "bad character U+005B '['", "unexpected {{end}}", "missing value for
// if": words about its grammar, at the line alone.
//
// It reads the action as text/template's lexer does (quotes, comments,
// trim markers), and names the first thing in it that no action may
// hold: an operator a template writes as a function (<, &&, +, [ ]), a
// typographic quote, a {{ never closed or closed with a single }, an
// {{ end }} that closes nothing, an {{ else }} no block takes (a second
// one), an {{ if }}, {{ with }} or {{ range }} without its value, an empty
// {{ }}.
func ActionProblem(text string, line, col int) (msg string, at int, ok bool) {
	start, found := lineStart(text, line)
	if !found || col < 1 {
		return "", 0, false
	}
	off := start
	for range col - 1 {
		if off >= len(text) || text[off] == '\n' {
			return "", 0, false
		}
		_, size := utf8.DecodeRuneInString(text[off:])
		off += size
	}
	if !strings.HasPrefix(text[off:], "{{") {
		return "", 0, false
	}
	colOf := func(i int) int { return col + utf8.RuneCountInString(text[off:i]) }
	i := off + 2
	if strings.HasPrefix(text[i:], "- ") || strings.HasPrefix(text[i:], "-\t") || strings.HasPrefix(text[i:], "-\n") {
		i++
	}
	if rest := strings.TrimLeft(text[i:], " \t\r\n"); strings.HasPrefix(rest, "/*") {
		if strings.HasPrefix(text[off+2:], "/*") || strings.HasPrefix(text[off+2:], "- /*") {
			return "", 0, false // a comment: the parser's "unclosed comment" is plain
		}
		return "a comment is written {{/* like this */}}, with no space between {{ and /* (or {{- /* to trim the spaces before it)", colOf(off), true
	}
	if !closes(text, i) {
		return "this {{ is not closed: end it with }}", colOf(off), true
	}
	var words []string // the action's words outside quotes, as written
	var cols []int     // the column of each word
	add := func(from, to int) {
		words = append(words, text[from:to])
		cols = append(cols, colOf(from))
	}
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case strings.HasPrefix(text[i:], "}}"), strings.HasPrefix(text[i:], " -}}"):
			if msg, at, ok := wordProblem(text[off:i]+"}}", words, cols); ok {
				return msg, at, true
			}
			return closed(words, colOf(off))
		case r == ' ' || r == '\t' || r == '\r' || r == '\n':
			i += size
		case r == '"' || r == '`' || r == '\'':
			end := closingQuote(text, i)
			if end < 0 {
				what := map[rune]string{'"': `text in double quotes ("...")`, '`': "text in back quotes (`...`)", '\'': "a letter in single quotes ('a')"}[r]
				return fmt.Sprintf("%s begins here and is never closed: end it with %c", what, r), colOf(i), true
			}
			add(i, end)
			i = end
		case r == '“' || r == '”' || r == '„' || r == '‘' || r == '’' || r == '«' || r == '»':
			return fmt.Sprintf("%c is a typographic quote, which a word processor or phone puts for \": inside {{ }} write text between straight quotes, \"like this\"", r), colOf(i), true
		case r == '-' && strings.HasPrefix(text[i:], "-}}"):
			return "-}} trims the spaces after an action only with a space before it: write \" -}}\"", colOf(i), true
		case r == '}', r == '-' && strings.HasPrefix(text[i:], "-}"):
			return "this {{ is closed with a single }: close it with }}", colOf(i), true
		case r == ':' && strings.HasPrefix(text[i:], ":="), r == '=' && !strings.HasPrefix(text[i:], "=="):
			add(i, i+size)
			words[len(words)-1] = "="
			if r == ':' {
				i++ // := is one word
			}
			i += size
		case r == '|' && !strings.HasPrefix(text[i:], "||"), r == '(', r == ')', r == ',':
			add(i, i+size)
			i += size
		case (r == '+' || r == '-') && i+1 < len(text) && (text[i+1] >= '0' && text[i+1] <= '9' || text[i+1] == '.'):
			j := i + 1
			for j < len(text) && isWordByte(text[j]) {
				j++
			}
			add(i, j)
			i = j
		case r == '.' || r == '$' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if r2 != '.' && r2 != '_' && !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '$' {
					break
				}
				j += s2
			}
			add(i, j)
			i = j
		default:
			return operator(text[i:], r), colOf(i), true
		}
	}
	return "this {{ is not closed: end it with }}", colOf(off), true
}

// closes reports whether the action whose text begins at text[i] ends,
// with }} or a single } (a slip ActionProblem names), before another {{
// begins, quotes aside.
func closes(text string, i int) bool {
	for i < len(text) {
		switch c := text[i]; {
		case strings.HasPrefix(text[i:], "{{"):
			return false
		case c == '}':
			return true
		case c == '"' || c == '`' || c == '\'':
			end := closingQuote(text, i)
			if end < 0 {
				return true // the quote is the mistake, which ActionProblem names
			}
			i = end
		default:
			i++
		}
	}
	return false
}

// closed judges an action whose words are all words an action may hold:
// only its shape can be wrong.
func closed(words []string, at int) (string, int, bool) {
	if len(words) == 0 {
		return "{{ }} holds nothing: write what to show between the braces, as in {{ .Page.Title }}, or remove them", at, true
	}
	switch words[0] {
	case "end":
		if len(words) == 1 {
			return "{{ end }} here closes no block: remove it, or add before it the {{ if }}, {{ range }}, {{ with }}, {{ define }} or {{ block }} it was meant to close", at, true
		}
		return "{{ end }} takes nothing after end: write {{ end }}", at, true
	case "else":
		// The parser stops at an {{ else }} only when no open block
		// takes it: a second one, one after {{ else }}, one outside any
		// {{ if }}, {{ with }} or {{ range }}, or in a {{ define }} or
		// {{ block }}.
		switch {
		case len(words) == 1:
			return "{{ else }} here belongs to no {{ if }}, {{ with }} or {{ range }}: each takes one {{ else }}, after its other branches (another case is {{ else if VALUE }}, before it); remove it, or add the block it was meant for", at, true
		case len(words) == 2 && (words[1] == "if" || words[1] == "with"):
			return fmt.Sprintf("{{ else %s }} needs a value to test after %[1]s, as in {{ else %[1]s .Page.Description }}", words[1]), at, true
		case words[1] == "if" || words[1] == "with":
			return fmt.Sprintf("{{ else %s }} here belongs to no {{ %[1]s }} that can take it: it goes before the block's {{ else }}, inside the block", words[1]), at, true
		}
	case "if", "with":
		if len(words) == 1 {
			return fmt.Sprintf("{{ %s }} needs a value to test after %[1]s, as in {{ %[1]s .Page.Description }}", words[0]), at, true
		}
	case "range":
		if len(words) == 1 {
			return "{{ range }} needs a list to go through after range, as in {{ range .Pages }}", at, true
		}
	case "break", "continue":
		if len(words) > 1 {
			return fmt.Sprintf("{{ %s }} takes nothing after %[1]s", words[0]), at, true
		}
		return fmt.Sprintf("{{ %s }} stands only inside a {{ range }}, which it %s", words[0], map[string]string{"break": "stops", "continue": "moves on to the next item"}[words[0]]), at, true
	case "define":
		if len(words) == 2 && (strings.HasPrefix(words[1], `"`) || strings.HasPrefix(words[1], "`")) {
			// {{ define "x" }} parses at the top level only.
			return "{{ define }} cannot stand inside a block or another {{ define }}: write it at the top level of the file, after the {{ end }} of the template before it", at, true
		}
		fallthrough
	case "template", "block":
		if len(words) == 1 || !strings.HasPrefix(words[1], `"`) && !strings.HasPrefix(words[1], "`") {
			return fmt.Sprintf("{{ %s }} needs the name of a template in quotes after %[1]s, as in {{ %[1]s \"partials/x.html\" . }}", words[0]), at, true
		}
	}
	return "", 0, false
}

// operator says what a template writes for the character r, which begins
// rest and no action may hold outside quotes.
func operator(rest string, r rune) string {
	op := string(r)
	for _, two := range []string{"<=", ">=", "==", "!=", "&&", "||"} {
		if strings.HasPrefix(rest, two) {
			op = two
		}
	}
	compare := map[string]string{"<": "lt A B", "<=": "le A B", ">": "gt A B", ">=": "ge A B", "==": "eq A B", "!=": "ne A B"}
	logic := map[string]string{"&&": "and A B", "&": "and A B", "||": "or A B", "!": "not A"}
	switch {
	case compare[op] != "":
		return fmt.Sprintf("%q cannot be written inside {{ }}: a template compares with a word before the two values: %s for A %s B (lt <, le <=, gt >, ge >=, eq ==, ne !=)", op, compare[op], op)
	case logic[op] != "":
		return fmt.Sprintf("%q cannot be written inside {{ }}: a template writes %s (and, or, not before their values)", op, logic[op])
	case op == "+" || op == "-" || op == "*" || op == "/" || op == "%":
		return fmt.Sprintf("%q cannot be written inside {{ }}: a template computes with a word before the values, as add A B for A + B and sub A B for A - B", op)
	case op == "[" || op == "]":
		return fmt.Sprintf("%q cannot be written inside {{ }}: a template takes an item of a list or map with index, as in index .Page.Params.list 0 or index .Page.Params \"key\"", op)
	case r == '{':
		return `"{" cannot be written inside {{ }}: an action ends with }} before the next begins`
	case r < utf8.RuneSelf && unicode.IsPrint(r):
		return fmt.Sprintf("%q cannot be written inside {{ }} outside quotes: write text in quotes, as in \"a %c b\"", op, r)
	}
	return fmt.Sprintf("the character %q (U+%04X) cannot be written inside {{ }} outside quotes: write text in quotes, as in \"a %c b\"", r, r, r)
}

// closingQuote is the offset just past the quote that closes the one at
// text[i], or -1: a double or single quote closes on its line, past
// backslash escapes; a back quote anywhere after.
func closingQuote(text string, i int) int {
	q := text[i]
	for j := i + 1; j < len(text); j++ {
		switch c := text[j]; {
		case c == q:
			return j + 1
		case c == '\\' && q != '`':
			j++
		case c == '\n' && q != '`':
			return -1
		}
	}
	return -1
}

func isWordByte(c byte) bool {
	return c == '.' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
