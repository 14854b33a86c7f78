package diag

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"text/template/parse"
	"unicode/utf8"
)

// wordProblem says what is wrong with one of an action's words, or with
// how its parentheses, pipes and assignments stand, where the parser says
// "unexpected \".3\" in operand", "unclosed left paren", "unexpected \"|\"
// in command", "missing value for command", "illegal number syntax",
// "integer overflow", "malformed character constant", "invalid syntax" or
// "undefined variable". Each word is judged as the parser would judge it
// alone (a number, a quoted text, a letter, a field path); action is the
// action's text, {{ to }}, for the variables. cols holds each word's
// column.
func wordProblem(action string, words []string, cols []int) (string, int, bool) {
	for k, w := range words {
		if msg := badWord(w); msg != "" {
			return msg, cols[k], true
		}
	}
	depth, opens := 0, []int{}
	for k, w := range words {
		prev := ""
		if k > 0 {
			prev = words[k-1]
		}
		switch w {
		case "(":
			depth++
			opens = append(opens, cols[k])
		case ")":
			if depth == 0 {
				return "this ) closes no (: remove it, or add the ( it was meant to close", cols[k], true
			}
			if prev == "(" {
				return "( ) holds nothing: write a value or a function call between them, as in (index .Page.Params \"x\")", opens[len(opens)-1], true
			}
			depth--
			opens = opens[:len(opens)-1]
		case "|":
			if k == 0 || prev == "(" || prev == "|" || prev == "=" || prev == "," {
				return "| passes the value before it to the function after it, and no value comes before it here, as in {{ .Page.Title | upper }}", cols[k], true
			}
			if k+1 < len(words) && isValue(words[k+1]) {
				return fmt.Sprintf("| passes the value before it to the function after it, as in {{ .Page.Title | upper }}, and %s is a value, not a function", words[k+1]), cols[k+1], true
			}
		case ",":
			// A comma stands only between the two variables of
			// {{ range $i, $x := LIST }}.
			if words[0] != "range" || k != 2 || !strings.HasPrefix(prev, "$") || len(words) < 5 || !strings.HasPrefix(words[3], "$") || words[4] != "=" {
				return "a comma stands only in {{ range $i, $item := LIST }}, between the two variables; a function's values are written one after another with spaces, as in printf \"%s %s\" .A .B", cols[k], true
			}
		case "=":
			if k+1 == len(words) || words[k+1] == ")" || words[k+1] == "|" {
				return "nothing follows := here: write the value the variable is given, as in {{ $x := .Page.Title }}", cols[k], true
			}
			if !strings.HasPrefix(prev, "$") || strings.Contains(prev, ".") {
				return fmt.Sprintf("= and := give a value to a variable, as in {{ $x := .Page.Title }}, and %s is no variable; to compare two values write eq A B", prev), cols[k], true
			}
		}
	}
	if depth > 0 {
		return "this ( is never closed: add ) after what it holds", opens[len(opens)-1], true
	}
	for k, w := range words {
		if v := variable(w); v != "" && (k+1 == len(words) || words[k+1] != "=" && words[k+1] != ",") && undeclared(action, words, v) {
			return fmt.Sprintf("%s is used here before it is given a value: write {{ %[1]s := VALUE }} first, in this template and inside the block where it is used (a variable lasts until the {{ end }} of the block that gives it)", v), cols[k], true
		}
	}
	return "", 0, false
}

// badWord says what the parser refuses in the word w alone: a number it
// cannot read or that is too large, a letter in single quotes that is
// more than one, an escape a quoted text cannot hold, a field path with a
// dot and no name after it; "" when w is fine.
func badWord(w string) string {
	if w == "" || w == "(" || w == ")" || w == "|" || w == "=" || w == "," {
		return ""
	}
	if parsesAlone(w) {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(w)
	digit := func(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
	switch {
	case r == '\'':
		if _, _, tail, err := strconv.UnquoteChar(w[1:], '\''); err == nil && tail != "'" {
			return fmt.Sprintf("single quotes hold one letter, as 'a': write the text %s in double quotes, \"%s\"", w, strings.Trim(w, "'"))
		}
		return fmt.Sprintf("%s is not a letter a template can read: write one letter between single quotes, as 'a', or text in double quotes", w)
	case r == '"':
		return fmt.Sprintf("%s holds a backslash \\ that starts no escape a template knows: write \\\\ for a backslash, or put the text in back quotes (`...`), which take it as it is", w)
	case digit(w) || (r == '+' || r == '-' || r == '.') && digit(w[1:]):
		_, err := strconv.ParseFloat(strings.ReplaceAll(w, "_", ""), 64)
		if err == nil || errors.Is(err, strconv.ErrRange) {
			return fmt.Sprintf("the number %s is too large for a template, which counts whole numbers up to 9223372036854775807: write it in quotes as text", w)
		}
		return fmt.Sprintf("%s is not a number: write a number with digits, as 12, -3, 1.5 or 1e3", w)
	case strings.Contains(w, ".."):
		return fmt.Sprintf("%s has two dots in a row: write one dot before each name, as in .Page.Title", w)
	case strings.HasSuffix(w, "."):
		return fmt.Sprintf("%s ends with a dot that no name follows: remove the dot, or write the name after it", w)
	}
	return ""
}

// parsesAlone reports whether the parser takes the word w as an action of
// its own ({{ w }}, with the variable it may begin with declared).
func parsesAlone(w string) bool {
	decl := ""
	if v := variable(w); v != "" {
		decl = "{{ " + v + " := 0 }}"
	}
	return parseAlone(decl+"{{ "+w+" }}") == nil
}

// isValue reports whether the word w is a value written as it is (a
// number, a quoted text or letter, true, false or nil), which cannot take
// a value through a pipe.
func isValue(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r == '"' || r == '`' || r == '\'' || r >= '0' && r <= '9' || r == '+' || r == '-' || w == "true" || w == "false" || w == "nil"
}

// variable is the variable $x the word w reads ($x or $x.Field), or "".
func variable(w string) string {
	if !strings.HasPrefix(w, "$") || len(w) == 1 || w[1] == '.' {
		return ""
	}
	v, _, _ := strings.Cut(w, ".")
	return v
}

// undeclared reports whether the action fails to parse for want of the
// variable v alone: with every variable it uses declared before it, it
// parses (as it stands, or as a block with its {{ end }}), and with
// every one but v it does not.
func undeclared(action string, words []string, v string) bool {
	decls := func(skip string) string {
		var b strings.Builder
		for _, w := range words {
			if u := variable(w); u != "" && u != skip {
				b.WriteString("{{ " + u + " := 0 }}")
			}
		}
		return b.String()
	}
	parses := func(decl string) bool {
		return parseAlone(decl+action) == nil || parseAlone(decl+action+"{{ end }}") == nil
	}
	return parses(decls("")) && !parses(decls(v))
}

// parseAlone parses text as a template of its own, functions unchecked.
func parseAlone(text string) error {
	t := parse.New("x")
	t.Mode = parse.SkipFuncCheck
	_, err := t.Parse(text, "{{", "}}", map[string]*parse.Tree{})
	return err
}
