package diag

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"text/template/parse"
)

// TestActionProblem parses each text as a layout: it must fail, and the
// action where it fails (ParseColumn) must be said in plain words at the
// mistake's column; a mistake ActionProblem cannot tell keeps the
// parser's message.
func TestActionProblem(t *testing.T) {
	tests := []struct {
		text    string
		col     int
		want    string // "" when ActionProblem cannot tell
		wantMsg string // the parser's message then
	}{
		{`<p>{{ if .A < 3 }}x{{ end }}</p>`, 13, `"<" cannot be written inside {{ }}: a template compares with a word before the two values: lt A B for A < B`, ""},
		{`{{ if ge .A 3 }}{{ .A >= 3 }}{{ end }}`, 23, `">=" cannot be written inside {{ }}: a template compares with a word before the two values: ge A B for A >= B`, ""},
		{`{{ if .A == "x" }}{{ end }}`, 10, `"==" cannot be written inside {{ }}: a template compares with a word before the two values: eq A B for A == B`, ""},
		{`{{ if .A && .B }}{{ end }}`, 10, `"&&" cannot be written inside {{ }}: a template writes and A B`, ""},
		{`{{ if !.A }}{{ end }}`, 7, `"!" cannot be written inside {{ }}: a template writes not A`, ""},
		{`{{ .A + 1 }}`, 7, `"+" cannot be written inside {{ }}: a template computes with a word before the values, as add A B`, ""},
		{`{{ $x := .A }}{{ $x[0] }}`, 20, `"[" cannot be written inside {{ }}: a template takes an item of a list or map with index`, ""},
		{"<p>\n  {{ .A “x” }}</p>", 9, `“ is a typographic quote, which a word processor or phone puts for ": inside {{ }} write text between straight quotes, "like this"`, ""},
		{`{{ "a < b" | printf "%s" }}{{ .A ; }}`, 34, `";" cannot be written inside {{ }} outside quotes: write text in quotes, as in "a ; b"`, ""},
		{`<p>{{ .A }</p>`, 10, "this {{ is closed with a single }: close it with }}", ""},
		{`<p>{{ .A -}</p>`, 10, "this {{ is closed with a single }: close it with }}", ""},
		{`<p>{{ .A-}}</p>`, 9, `-}} trims the spaces after an action only with a space before it: write " -}}"`, ""},
		{"<p>{{ .A </p>\n<b>{{ .B }}</b>", 4, "this {{ is not closed: end it with }}", ""},
		{`<p>{{ .A </p>`, 4, "this {{ is not closed: end it with }}", ""},
		{`{{ printf "%s }}`, 11, `text in double quotes ("...") begins here and is never closed: end it with "`, ""},
		{`{{ /* a note */ }}`, 1, "a comment is written {{/* like this */}}, with no space between {{ and /*", ""},
		{`<p>{{ }}</p>`, 4, "{{ }} holds nothing: write what to show between the braces", ""},
		{`{{ if .A }}a{{ end }}{{ end }}`, 22, "{{ end }} here closes no block: remove it, or add before it the {{ if }}", ""},
		{`{{ if .A }}a{{ end .A }}`, 13, "{{ end }} takes nothing after end: write {{ end }}", ""},
		{`{{ if }}a{{ end }}`, 1, "{{ if }} needs a value to test after if, as in {{ if .Page.Description }}", ""},
		{`{{ with }}a{{ end }}`, 1, "{{ with }} needs a value to test after with", ""},
		{`{{ range }}a{{ end }}`, 1, "{{ range }} needs a list to go through after range, as in {{ range .Pages }}", ""},
		{`{{ template }}`, 1, `{{ template }} needs the name of a template in quotes after template, as in {{ template "partials/x.html" . }}`, ""},
		{`{{ template .A }}`, 1, `{{ template }} needs the name of a template in quotes after template`, ""},
		// An {{ else }} no open block takes: the parser said "expected
		// end; found {{else}}" or "unexpected {{else}}".
		{`{{ if .A }}a{{ else }}b{{ else }}c{{ end }}`, 24, "{{ else }} here belongs to no {{ if }}, {{ with }} or {{ range }}: each takes one {{ else }}", ""},
		{`{{ range .A }}a{{ else }}b{{- else -}}c{{ end }}`, 27, "{{ else }} here belongs to no {{ if }}", ""},
		{`<p>{{ else }}</p>`, 4, "{{ else }} here belongs to no {{ if }}", ""},
		{`{{ if .A }}a{{ else }}b{{ else if .B }}c{{ end }}`, 24, "{{ else if }} here belongs to no {{ if }} that can take it: it goes before the block's {{ else }}", ""},
		{`{{ if .A }}a{{ else if }}c{{ end }}`, 13, "{{ else if }} needs a value to test after if", ""},
		// A word the parser cannot read alone, and parentheses, pipes
		// and assignments out of place: the parser said "unexpected
		// \".3\" in operand", "unclosed left paren", "integer overflow".
		{`{{ 1.2.3 }}`, 4, "1.2.3 is not a number: write a number with digits", ""},
		{`{{ printf "%d" 0x }}`, 16, "0x is not a number", ""},
		{`{{ 99999999999999999999999 }}`, 4, "the number 99999999999999999999999 is too large for a template", ""},
		{`{{ 1e999999 }}`, 4, "the number 1e999999 is too large", ""},
		{`<p>{{ 'ab' }}</p>`, 7, `single quotes hold one letter, as 'a': write the text 'ab' in double quotes, "ab"`, ""},
		{`{{ printf "a\qb" }}`, 11, `"a\qb" holds a backslash \ that starts no escape a template knows`, ""},
		{`{{ .Page..Title }}`, 4, ".Page..Title has two dots in a row", ""},
		{`{{ .Page.Title.}}`, 4, ".Page.Title. ends with a dot that no name follows", ""},
		{`{{ (printf "a" }}`, 4, "this ( is never closed: add ) after what it holds", ""},
		{`{{ printf ("a" | upper }}`, 11, "this ( is never closed", ""},
		{`{{ printf "a") }}`, 14, "this ) closes no (", ""},
		{`{{ printf () }}`, 11, "( ) holds nothing", ""},
		{`{{ | .A }}`, 4, "| passes the value before it to the function after it, and no value comes before it here", ""},
		{`{{ printf "%s" (| .A) }}`, 17, "| passes the value before it", ""},
		{`{{ $x := 1 }}{{ $x := }}`, 20, "nothing follows := here", ""},
		{`{{ range $i, $x := }}{{ end }}`, 17, "nothing follows := here", ""},
		{`{{ .A | 1 }}`, 9, "| passes the value before it to the function after it, as in {{ .Page.Title | upper }}, and 1 is a value, not a function", ""},
		{`{{ .A | "x" }}`, 9, `| passes the value before it to the function after it, as in {{ .Page.Title | upper }}, and "x" is a value`, ""},
		{`{{ printf "%s" .A, .B }}`, 18, "a comma stands only in {{ range $i, $item := LIST }}", ""},
		{`{{ $x, $y := 1 }}`, 6, "a comma stands only in {{ range $i, $item := LIST }}", ""},
		{`{{ range $a, $b, $c := .A }}{{ end }}`, 12, "a comma stands only in", ""},
		{`{{ .A = 1 }}`, 7, "= and := give a value to a variable, as in {{ $x := .Page.Title }}, and .A is no variable", ""},
		{`{{ break }}`, 1, "{{ break }} stands only inside a {{ range }}, which it stops", ""},
		{`{{ if .A }}{{ continue }}{{ end }}`, 12, "{{ continue }} stands only inside a {{ range }}, which it moves on to the next item", ""},
		{`{{ define "a" }}{{ define "b" }}{{ end }}{{ end }}`, 17, "{{ define }} cannot stand inside a block or another {{ define }}", ""},
		{`{{ $x := 1 }}{{ $y }}`, 17, "$y is used here before it is given a value: write {{ $y := VALUE }} first", ""},
		{`{{ with $x := 1 }}{{ end }}{{ if eq $x.A 1 }}{{ end }}`, 37, "$x is used here before it is given a value", ""},
		{`{{ range $i, $v := .A }}{{ $i }}{{ end }}{{ $v }}`, 45, "$v is used here before", ""},
		// What it cannot tell keeps the parser's words.
		{`{{ template "a" | }}`, 0, "", `unexpected "|" in template clause`},
	}
	for _, tt := range tests {
		err := parseTemplate("x.html", tt.text, map[string]*parse.Tree{})
		if err == nil {
			t.Errorf("%q parses", tt.text)
			continue
		}
		// "template: x.html:LINE: MSG"
		m := placeRE.FindStringSubmatch(err.Error())
		if m == nil {
			t.Fatalf("%q: error %q", tt.text, err)
		}
		line, _ := strconv.Atoi(m[1])
		msg := m[2]
		col := ParseColumn("x.html", tt.text, line, msg)
		got, at, ok := ActionProblem(tt.text, line, col)
		switch {
		case tt.want == "" && ok:
			t.Errorf("%q: ActionProblem = %q, want the parser's %q", tt.text, got, tt.wantMsg)
		case tt.want == "" && !strings.HasSuffix(msg, tt.wantMsg):
			t.Errorf("%q: the parser says %q, want %q", tt.text, msg, tt.wantMsg)
		case tt.want != "" && (!ok || !strings.HasPrefix(got, tt.want) || at != tt.col):
			t.Errorf("%q: ActionProblem = %q at %d (%v), want %q at %d", tt.text, got, at, ok, tt.want, tt.col)
		}
	}
}

var placeRE = regexp.MustCompile(`^template: x\.html:(\d+): (.*)$`)
