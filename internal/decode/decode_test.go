package decode

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// billionLaughs is the classic alias bomb: ten levels of ten aliases each, a
// few hundred bytes that expand to ten billion values.
func billionLaughs() string {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i <= 9; i++ {
		ref := "*a" + string(rune('0'+i-1))
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [" + strings.Repeat(ref+", ", 9) + ref + "]\n")
	}
	return b.String()
}

const listMisaligned = "this line does not line up with the list above it: each item starts with - where the others do, and an item's keys start where its first key starts"

func TestYAMLErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     Error
	}{
		{"alias cycle in a list", "title: x\na: &a [1, *a]\n", Error{Line: 2, Col: 11, Msg: "alias *a is inside the value of its own anchor &a, so the value would never end"}},
		{"alias cycle in a map", "a: &a\n  b: *a\n", Error{Line: 2, Col: 6, Msg: "alias *a is inside the value of its own anchor &a, so the value would never end"}},
		{"billion laughs", billionLaughs(), Error{Line: 6, Msg: "aliases (*name) repeat the values of anchors (&name) too many times; write the values out, or use fewer aliases"}},
		{"deep", strings.Repeat("[", 300) + strings.Repeat("]", 300), Error{Line: 1, Col: MaxDepth + 1, Msg: deepYAML}},
		// Past the parser's own limit, with no line of its own.
		{"deeper than the parser goes", "a: 1\nb: " + strings.Repeat("[", 20_000) + "\n", Error{Line: 2, Col: MaxDepth + 4, Msg: deepYAML}},
		{"deep after brackets in quotes and comments", "a: \"[[[[\" # [[[[\nb: '[[''[['\nc: " + strings.Repeat("{x: ", 20_000) + "\n", Error{Line: 3, Col: 4*MaxDepth + 4, Msg: deepYAML}},
		{"duplicate key", "a: 1\nb: 2\na: 3\n", Error{Line: 3, Col: 1, Key: "a", First: 1}},
		{"duplicate nested key", "p:\n  x: 1\n  x: 2\n", Error{Line: 3, Col: 3, Key: "x", First: 2}},
		// ": " in a value without quotes, said with the value in quotes, as
		// the author would write it; not "mapping values are not allowed in
		// this context", in front matter, site.yaml, i18n and data alike.
		{"colon in a value", "a: 1\nb: x: y\n", Error{Line: 2, Msg: `b: the value holds ": ", which YAML reads as the start of another key; put the whole value in quotes, as in b: "x: y"`}},
		{"colon in a nested value", "p:\n  title: Rīga: ziņas\n", Error{Line: 2, Msg: `title: the value holds ": ", which YAML reads as the start of another key; put the whole value in quotes, as in title: "Rīga: ziņas"`}},
		{"colon in a list item's value", "people:\n  - name: Anna: \"x\"\n", Error{Line: 2, Msg: `name: the value holds ": ", which YAML reads as the start of another key; put the whole value in quotes, as in name: 'Anna: "x"'`}},
		{"colon in a value with both quotes", "a: it's \"x\": y\n", Error{Line: 1, Msg: `a: the value holds ": ", which YAML reads as the start of another key; put the whole value in quotes, as in a: "Riga: news"`}},
		{"key indented under a value", "title: A\n  date: 2024-01-01\n", Error{Line: 2, Msg: `this line is indented more than the key above it, so YAML reads it as going on that key's value, where ": " may not stand: start a key where the keys above it start, or, if the line goes on a text, put the whole text in quotes`}},
		{"colon in a text's second line", "title: A\nsummary: one\n  two: three\n", Error{Line: 3, Msg: `this line is indented more than the key above it, so YAML reads it as going on that key's value, where ": " may not stand: start a key where the keys above it start, or, if the line goes on a text, put the whole text in quotes`}},
		{"parser error", "a: 1\nb: [x, y\n", Error{Line: 2, Msg: "a list begun with [ is not closed: end it with ], with commas between its items"}},
		// yaml.v3's words for a mistake are said in plain words (site.yaml's
		// paginate: [ left open said "did not find expected node content").
		{"list left open at the end", "a: 1\npaginate: [\n", Error{Line: 2, Msg: "a value is missing, or a bracket does not match: close each [ with ] and each { with }, and put a value between commas"}},
		{"stray bracket", "a: 1\nb: ]\nc: 1\n", Error{Line: 2, Msg: "a value is missing, or a bracket does not match: close each [ with ] and each { with }, and put a value between commas"}},
		{"empty list item", "a: 1\nb: [1,, 2]\nc: 2\n", Error{Line: 2, Msg: "a value is missing, or a bracket does not match: close each [ with ] and each { with }, and put a value between commas"}},
		{"map left open", "a: {x: 1\nb: 2\n", Error{Line: 2, Msg: "a map begun with { is not closed: end it with }, with commas between its keys"}},
		{"quote left open", "a: 1\nb: 'x\nc: 2\nd: 3\n", Error{Line: 2, Msg: "a value in quotes is not closed: it goes on to the end; end it with the quote it begins with"}},
		{"key without a colon", "a: 1\nb\n", Error{Line: 2, Msg: "a line has no colon: write key: value, or line the text up with the value it goes on"}},
		{"value beginning with @", "a: 1\nb: 2\nc: @riga\n", Error{Line: 3, Msg: "a value cannot begin with @: put the value in quotes, as in title: \"@riga\""}},
		{"value beginning with a backquote", "a: 1\nc: `x`\n", Error{Line: 2, Msg: "a value cannot begin with `: put the value in quotes, as in title: \"@riga\""}},
		{"parser error on line 2", "- a\nb: c\n", Error{Line: 2, Msg: listMisaligned}},
		// yaml.v3 places these at the first line of the list or map it was
		// reading; the line is the one that does not fit.
		{"list item key misaligned", "title: A\nlinks:\n  - name: a\n    url: b\n   rel: c\n", Error{Line: 5, Msg: listMisaligned}},
		{"key inside a list", "tags:\n  - a\n  - b\n  c: d\n", Error{Line: 4, Msg: listMisaligned}},
		{"nested key misaligned", "params:\n  b: 1\n  c: 2\n d: 3\n", Error{Line: 4, Msg: "this line does not line up with the keys above it: check the spaces at its start (a key starts where the keys above it start)"}},
		// The same mistake a page's front matter explains: an i18n message,
		// site.yaml and data files say so too, not that the line is misaligned.
		{"text after the closing quote", "home: Sākums\ndateLong: \"{{.Day}}. {{.MonthName}}\" gadā\nmore: x\n", Error{Line: 2, Msg: `dateLong: text follows the closing quote; put the whole value inside the quotes, as in title: "Riga: news (updated)"`}},
		{"text after the closing single quote", "a: 'x' y\n", Error{Line: 1, Msg: `a: text follows the closing quote; put the whole value inside the quotes, as in title: "Riga: news (updated)"`}},
		{"list item after another key", "links:\n- name: a\nurl_pdf: b\n\n- name: c\n", Error{Line: 5, Msg: "this list item (- ...) follows other keys: a list's items go right below their key's line, as under tags:, with no other key between"}},
		{"list on its key's line", "title: A\ntags: - a\n", Error{Line: 2, Msg: "tags: a list cannot start on its key's line: write tags: [a, b], or put each item (- a) on a line of its own below tags:"}},
		{"no anchor", "a: *nope\n", Error{Line: 1, Msg: "unknown anchor 'nope' referenced"}},
		{"tab indent", "a: 1\np:\n\tx: 1\n", Error{Line: 3, Msg: "this line is indented with a tab; YAML indents with spaces only"}},
		{"tab after spaces", "p:\n  a: 1\n \tx: 1\n", Error{Line: 3, Msg: "this line is indented with a tab; YAML indents with spaces only"}},
		{"tab in a list", "tags:\n\t- a\n", Error{Line: 2, Msg: "this line is indented with a tab; YAML indents with spaces only"}},
		// Tags outside the core schema, each read as something else than
		// written; core tags pass (TestYAMLValue).
		{"binary", "title: x\nparams:\n  logo: !!binary aGVsbG8=\n", Error{Line: 3, Col: 9, Msg: "!!binary makes bytes, not text, and vestis reads only text here; put the file beside the page or in static/ and write its name instead"}},
		{"set", "tags: !!set {izglitiba, kultura}\n", Error{Line: 1, Col: 7, Msg: "!!set makes a map of keys without values; write a list instead, as [a, b]"}},
		{"ordered map", "p: !!omap [a: 1, b: 2]\n", Error{Line: 1, Col: 4, Msg: "!!omap makes a list of one-key maps; write a map instead, as {a: 1, b: 2}"}},
		{"pairs in a list", "p:\n  - !!pairs [a: 1]\n", Error{Line: 2, Col: 5, Msg: "!!pairs makes a list of one-key maps; write a map instead, as {a: 1, b: 2}"}},
		{"own tag", "a: 1\nicon: !ikona zvaigzne\n", Error{Line: 2, Col: 7, Msg: "the tag !ikona is not one vestis reads (only YAML's own !!str, !!int, !!float, !!bool, !!null, !!seq, !!map and !!timestamp are); remove it"}},
		{"program's tag", "x: !!python/object:os.system {}\n", Error{Line: 1, Col: 4, Msg: "the tag !!python/object:os.system is not one vestis reads (only YAML's own !!str, !!int, !!float, !!bool, !!null, !!seq, !!map and !!timestamp are); remove it"}},
		{"tag through an alias", "a: &x !zvaigzne 1\nb: *x\n", Error{Line: 1, Col: 4, Msg: "the tag !zvaigzne is not one vestis reads (only YAML's own !!str, !!int, !!float, !!bool, !!null, !!seq, !!map and !!timestamp are); remove it"}},
		{"list as a key", "p:\n  ? [a, b]\n  : x\n", Error{Line: 2, Col: 5, Msg: "this key is a list; a key is a name: write it as one word or text, in quotes if it holds [ ] { } or :"}},
		{"map as a key", "{x: 1}: y\n", Error{Line: 1, Col: 1, Msg: "this key is a map; a key is a name: write it as one word or text, in quotes if it holds [ ] { } or :"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := YAML([]byte(tt.in))
			var got *Error
			if !errors.As(err, &got) {
				t.Fatalf("YAML(%q) = %v, want an *Error", tt.in, err)
			}
			if tt.want.Col == 0 {
				got.Col = 0
			}
			if diff := cmp.Diff(tt.want, *got); diff != "" {
				t.Errorf("YAML(%q) (-want +got):\n%s", tt.in, diff)
			}
			if got.First > 0 && got.Text(10) != fmt.Sprintf("%s is given twice, on lines %d and %d; keep one", got.Key, got.First+10, got.Line+10) {
				t.Errorf("Text(10) = %q", got.Text(10))
			}
		})
	}
}

func TestYAMLValue(t *testing.T) {
	tests := []struct {
		in   string
		want any
	}{
		{"a: 1\nb: [x, 2.5, true]\nd: 2024-05-19\n", map[string]any{"a": 1, "b": []any{"x", 2.5, true}, "d": "2024-05-19"}},
		{"base: &b {x: 1, y: 2}\nc:\n  <<: *b\n  y: 3\n", map[string]any{"base": map[string]any{"x": 1, "y": 2}, "c": map[string]any{"x": 1, "y": 3}}},
		{"l: &l [a]\nm: [*l, *l]\n", map[string]any{"l": []any{"a"}, "m": []any{[]any{"a"}, []any{"a"}}}},
		{"e:\n", map[string]any{"e": nil}},
		{"s: !!str 12\ni: !!int \"7\"\nf: !!float 1\nb: !!bool true\nn: !!null ~\nl: !!seq [a]\nm: !!map {k: v}\nd: !!timestamp 2024-05-19\n? k2\n: v2\n",
			map[string]any{"s": "12", "i": 7, "f": 1.0, "b": true, "n": nil, "l": []any{"a"}, "m": map[string]any{"k": "v"}, "d": "2024-05-19", "k2": "v2"}},
	}
	for _, tt := range tests {
		n, err := YAML([]byte(tt.in))
		if err != nil {
			t.Fatalf("YAML(%q): %v", tt.in, err)
		}
		got, err := Value(n)
		if err != nil {
			t.Fatalf("Value(%q): %v", tt.in, err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Value(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
	if n, err := YAML([]byte("# only a comment\n")); n != nil || err != nil {
		t.Errorf("YAML(comment) = %v, %v; want nil, nil", n, err)
	}
}

// TestYAMLLinear: a document with many keys and many aliases to a small anchor
// is fine; the budget is proportional to the document.
func TestYAMLLinear(t *testing.T) {
	var b strings.Builder
	b.WriteString("d: &d {x: 1, y: 2}\n")
	for i := range 20000 {
		b.WriteString("k")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString(string(rune('a'+i%26)) + strings.TrimSpace(strings.Repeat(" ", 1)))
		b.WriteString(itoa(i) + ": *d\n")
	}
	if _, err := YAML([]byte(b.String())); err != nil {
		t.Fatal(err)
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var s []byte
	for ; i > 0; i /= 10 {
		s = append([]byte{byte('0' + i%10)}, s...)
	}
	return string(s)
}

func TestTOMLAndJSON(t *testing.T) {
	deepTOML := "title = \"x\"\nt = " + strings.Repeat("[", 3_000_000) + strings.Repeat("]", 3_000_000) + "\n"
	deepJSON := "{\"a\": " + strings.Repeat("[", 3_000_000) + strings.Repeat("]", 3_000_000) + "}"
	tests := []struct {
		name, format, in string
		want             string // error, "" for none
	}{
		{"deep array", "toml", deepTOML, "line 2: lists and tables nest more than 200 levels deep"},
		{"deep inline tables", "toml", "t = " + strings.Repeat("{a = ", 300) + "1" + strings.Repeat("}", 300), "line 1: lists and tables nest more than 200 levels deep"},
		{"deep dotted key", "toml", strings.Repeat("a.", 300) + "b = 1\n", "line 1: lists and tables nest more than 200 levels deep"},
		{"deep table header", "toml", "[" + strings.Repeat("a.", 300) + "b]\n", "line 1: lists and tables nest more than 200 levels deep"},
		{"brackets in strings", "toml", "a = \"" + strings.Repeat("[", 300) + "\"\nb = '" + strings.Repeat("{", 300) + "'\nc = \"\"\"\n" + strings.Repeat("[", 300) + "\"\"\"\n# " + strings.Repeat("[", 300) + "\n", ""},
		{"stray brackets first", "toml", strings.Repeat("]", 300) + "\nx = " + strings.Repeat("[", 300) + strings.Repeat("]", 300) + "\n", "line 2: lists and tables nest more than 200 levels deep"},
		{"JSON stray brackets first", "json", strings.Repeat("]", 300) + strings.Repeat("[", 300), "line 1: lists and tables nest more than 200 levels deep"},
		{"floats", "toml", "a = [" + strings.Repeat("1.5, ", 300) + "2.5]\n", ""},
		{"TOML syntax", "toml", "a = 1\nb = \n", "line 2: expected value but found '\\n' instead"},
		// A key given twice names both lines, as in YAML and JSON, at any depth.
		// A number beyond int64 or float64: said as such, with its key.
		{"TOML whole number too large", "toml", "title = \"a\"\nweight = 99_999_999_999_999_999_999\n", "line 2: weight: 99_999_999_999_999_999_999 is too large a number; write a smaller one"},
		{"TOML number too large", "toml", "[params]\nx = -1e400\n", "line 2: params.x: -1e400 is too large a number; write a smaller one"},
		// A date no calendar has, which the parser calls an "invalid
		// datetime" without its key, is said as YAML's dates are.
		{"TOML month 13", "toml", "title = \"a\"\ndate = 2024-13-01\n", `line 2: date: cannot read "2024-13-01" as a date: there is no month 13; write year-month-day, as in 2024-05-19`},
		{"TOML February 30", "toml", "[params]\nd = 2024-02-30\n", `line 2: params.d: cannot read "2024-02-30" as a date: February 2024 has 29 days`},
		{"TOML hour 25", "toml", "x = 2024-01-01T25:00:00\n", `line 1: x: cannot read "2024-01-01T25:00:00" as a date: there is no hour 25; hours are 00 to 23 (the day's last minute is 23:59, its end 00:00 of the next day)`},
		{"TOML zone +25:00", "toml", "x = 1979-05-27T07:32:00+25:00\n", `line 1: x: cannot read "1979-05-27T07:32:00+25:00" as a date: there is no time zone +25:00; zones are at most 14 hours from UTC: write it as in +03:00, or leave it out for the site's timeZone`},
		{"TOML hex number too large", "toml", "x = 0x1ffffffffffffffffff\n", "line 1: x: 0x1ffffffffffffffffff is too large a number; write a smaller one"},
		{"TOML key twice", "toml", "title = \"a\"\ndate = 2024-05-19\ntitle = \"b\"\n", "line 3: title is given twice, on lines 1 and 3; keep one"},
		{"TOML quoted key twice", "toml", "a = 1\n\n\"a\" = 2\n", "line 3: a is given twice, on lines 1 and 3; keep one"},
		{"TOML key twice in a table", "toml", "a = 1\n[params]\nx.y = 1\nx.y = 2\n", "line 4: params.x.y is given twice, on lines 3 and 4; keep one"},
		{"TOML table twice", "toml", "a = 1\n[params]\nb = 1\n[params]\nc = 2\n", "line 4: params is given twice, on lines 2 and 4; keep one"},
		{"TOML table over a key", "toml", "[p]\nx = 1\n[p.x]\ny = 1\n", "line 3: p.x is given twice, on lines 2 and 3; keep one"},
		{"TOML key twice in a list of tables", "toml", "title = \"a\"\n[[menu.main]]\nname = \"x\"\nname = \"y\"\n", "line 4: menu.main.name is given twice, on lines 3 and 4; keep one"},
		{"TOML key twice in a later table of a list", "toml", "[[saites]]\nnosaukums = \"a\"\n\n[[saites]]\nnosaukums = \"b\"\nnosaukums = \"c\"\n", "line 6: saites.nosaukums is given twice, on lines 5 and 6; keep one"},
		{"TOML table twice in a list of tables", "toml", "[[saites]]\nnosaukums = \"a\"\n[saites.sub]\nx = 1\n[saites.sub]\ny = 2\n", "line 5: saites.sub is given twice, on lines 3 and 5; keep one"},
		// A key TOML cannot hold is a mistake of syntax, not a key given twice.
		{"TOML key of non-ASCII letters after its table", "toml", "[[saites]]\nnosaukums = \"a\"\n[saites.apakš]\nx = 1\n", "line 3: a TOML key with letters other than A-Z, a-z, 0-9, - and _ is written in quotes: \"apakš\""},
		{"TOML key of non-ASCII letters", "toml", "title = \"a\"\n[params]\nkrāsa = \"zila\"\n", "line 3: a TOML key with letters other than A-Z, a-z, 0-9, - and _ is written in quotes: \"krāsa\""},
		{"TOML Vietnamese key", "toml", "tiêu_đề = \"a\"\n", "line 1: a TOML key with letters other than A-Z, a-z, 0-9, - and _ is written in quotes: \"tiêu_đề\""},
		{"TOML non-ASCII letters in a text", "toml", "a = krāsa\n", "line 1: expected value but found \"krāsa\" instead"},
		{"TOML same key in two tables of a list", "toml", "[[saites]]\nnosaukums = \"a\"\n[[saites]]\nnosaukums = \"b\"\n", ""},
		// Three brackets open no table: a syntax error, not one nested deep.
		{"table header of three brackets", "toml", "a = 1\n[[[b]]]\n", "line 2: expected '.' or ']' to end table name, but got '[' instead"},
		{"deep JSON", "json", deepJSON, "line 1: lists and tables nest more than 200 levels deep"},
		{"JSON brackets in strings", "json", `{"a": "` + strings.Repeat(`[\"`, 300) + `"}`, ""},
		{"JSON syntax", "json", "{\"a\": 1,\n\"b\" 2}", "line 2: invalid character '2' after object key"},
		{"JSON key twice in params", "json", "{\"title\": \"A\",\n\"params\": {\n  \"krāsa\": \"zila\",\n  \"krāsa\": \"sarkana\"\n}}", "line 4: params.krāsa is given twice, on lines 3 and 4; keep one"},
		{"JSON key twice in a list of objects", "json", "{\"saites\": [\n {\"n\": 1},\n {\"n\": 2,\n  \"n\": 3}]}", "line 4: saites[1].n is given twice, on lines 3 and 4; keep one"},
		{"JSON same key in two objects", "json", "{\"a\": {\"n\": 1}, \"b\": {\"n\": 2}, \"c\": [{\"n\": 1}, {\"n\": 2}], \"n\": 3}", ""},
		{"JSON not an object", "json", "[1]", "line 1: want an object of \"key\": value pairs, got array"},
		// The mistakes people make most, said in their words, at the line to change.
		{"JSON comma after the last item", "json", "{\"a\": 1,\n\"tags\": [\"x\",\n]\n}", "line 2: this comma is the last thing in its list; JSON allows no comma after the last item: remove it"},
		{"JSON comma after the last key", "json", "{\"a\": 1,\n\"b\": 2,\n}", "line 2: this comma is the last thing in its object; JSON allows no comma after the last item: remove it"},
		{"JSON comma missing", "json", "{\"a\": \"x\"\n\"b\": 2}", "line 1: a comma is missing at the end of this line: JSON separates items with commas"},
		{"JSON comma missing in a list", "json", "{\"a\": [1 2]}", "line 1: a comma is missing before 2: JSON separates items with commas"},
		{"JSON single quotes", "json", "{\"a\": 1,\n'b': 2}", "line 2: JSON puts texts and keys in double quotes (\"b\"), not single ones"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if tt.format == "toml" {
				_, err = TOML([]byte(tt.in))
			} else {
				_, _, err = JSON([]byte(tt.in))
			}
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestJSONNumbers(t *testing.T) {
	got, lines, err := JSON([]byte("{\"a\": 1,\n \"b\": [2,\n 2.5],\n\n \"c\": {\"d\": 3}}"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]int{"a": 1, "b": 2, "c": 5}, lines); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	want := map[string]any{"a": 1, "b": []any{2, 2.5}, "c": map[string]any{"d": 3}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestTOMLTable(t *testing.T) {
	tab, err := TOML([]byte("title = \"x\"\n\n# a comment\nexpiryDate = 10:00:00\ndate = 2024-05-19\n[params]\na = 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		key  string
		line int
	}{{"title", 1}, {"expiryDate", 4}, {"date", 5}, {"params", 6}, {"nope", 0}} {
		if got := tab.Line(tt.key); got != tt.line {
			t.Errorf("Line(%q) = %d, want %d", tt.key, got, tt.line)
		}
	}
	want := map[string]any{"title": "x", "expiryDate": TimeOfDay("10:00:00"), "date": "2024-05-19", "params": map[string]any{"a": int64(1)}}
	if diff := cmp.Diff(want, tab.Values); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	tab, err = TOML([]byte("events = [{date = 2024-05-19T10:00:00, at = 10:30:00}]\nd = 2024-05-19T10:00:00+03:00\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := tab.Values["events"].([]any)[0]; !cmp.Equal(got, map[string]any{"date": "2024-05-19T10:00:00", "at": TimeOfDay("10:30:00")}) {
		t.Errorf("events[0] = %#v", got)
	}
	if got, ok := tab.Values["d"].(time.Time); !ok || got.Format(time.RFC3339) != "2024-05-19T10:00:00+03:00" {
		t.Errorf("d = %#v, want the time with its offset", tab.Values["d"])
	}
}

// TestJSONData: a data file named .json is read as JSON, not as the YAML
// that would take a comma after the last item, a comment or text after the
// value: each is an error at its line and column, in a writer's words.
func TestJSONData(t *testing.T) {
	tests := []struct {
		name, in string
		want     any
		err      string
		line     int
		col      int
	}{
		{"object", "{\"a\": [1, 2.5, \"x\"]}", map[string]any{"a": []any{1, 2.5, "x"}}, "", 0, 0},
		{"list", "[{\"n\": 1}, {\"n\": 2}]", []any{map[string]any{"n": 1}, map[string]any{"n": 2}}, "", 0, 0},
		{"empty", " \n", nil, "", 0, 0},
		{"comma after the last item", "[\n  \"a\",\n  \"b\",\n]\n", nil, "this comma is the last thing in its list", 3, 6},
		{"column in characters", "[\n  \"Jānis\",\n]\n", nil, "this comma is the last thing in its list", 2, 10},
		{"comma after the last key", "{\"a\": 1,\n \"b\": 2,\n}", nil, "this comma is the last thing in its object", 2, 8},
		{"comment", "{\n  # the board\n  \"a\": 1\n}", nil, "JSON has no comments: remove this one", 2, 3},
		{"comment after a value", "{\"a\": 1, // the board\n\"b\": 2}", nil, "JSON has no comments: remove this one", 1, 10},
		{"single quotes", "{'a': 1}", nil, "JSON puts texts and keys in double quotes", 1, 2},
		{"YAML in a .json file", "\na: 1\nb: 2\n", nil, "this file is named .json but does not begin as JSON does, with { or [; if it is YAML, name it .yaml", 2, 1},
		{"YAML list in a .json file", "- a\n- b\n", nil, "this file is named .json but does not begin as JSON does", 1, 1},
		{"two values", "{\"a\": 1}\n{\"b\": 2}\n", nil, "the JSON value has ended, yet more text follows", 2, 1},
		{"not closed", "{\"a\": [1, 2\n", nil, "the file ends before the JSON does: a ] or } is missing", 1, 12},
		{"key twice", "{\"a\": 1,\n \"a\": 2}", nil, "a is given twice, on lines 1 and 2; keep one", 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Data([]byte(tt.in), ".JSON")
			if tt.err == "" {
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
				return
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got %v, want an error at a line", err)
			}
			if !strings.Contains(e.Text(0), tt.err) || e.Line != tt.line || e.Col != tt.col {
				t.Errorf("got %d:%d: %s\nwant %d:%d: %s", e.Line, e.Col, e.Text(0), tt.line, tt.col, tt.err)
			}
		})
	}
}

// TestDataInvisible: a data file's key or text holding a character a page
// may not hold and that shows as nothing (a control character, written or
// as an escape; a byte order mark past the first character) is an error at
// its line, naming where it is, in YAML, TOML and JSON alike.
func TestDataInvisible(t *testing.T) {
	for _, tt := range []struct{ ext, in, want string }{
		{".yaml", "people:\n  - name: \"A\\eB\"\n", "line 2: people: item 1: name: contains the invisible control character U+001B, which a web page may not hold; delete it"},
		{".yaml", "a: 1\nZi\ufeffņas: x\n", "line 2: is a key that contains the invisible byte order mark U+FEFF (the mark some editors put before a file's first letter; text pasted from such a file brings it), which a web page may not hold; delete it"},
		{".yaml", "a: \"x\\u0085\"\nb: &b y\nc: *b\n", "line 1: a: contains the invisible control character U+0085, which a web page may not hold; delete it"},
		{".toml", "title = \"x\"\n[a]\nb = \"x\\u0007\"\n", "line 3: a: b: contains the invisible control character U+0007, which a web page may not hold; delete it"},
		{".json", "{\"a\": 1,\n \"b\": {\"c\": \"\\u0007\"}}", "line 2: b: c: contains the invisible control character U+0007, which a web page may not hold; delete it"},
		{".yaml", "a: \"tab\\tand\\nline\"\n", ""},
	} {
		_, err := Data([]byte(tt.in), tt.ext)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("Data(%q, %s):\n got %q\nwant %q", tt.in, tt.ext, got, tt.want)
		}
	}
}

// TestWritten: a value of the wrong kind is quoted as written when it is
// on one line (the column counts characters, after a key of Latvian
// letters too), not for a list of "- " lines.
func TestWritten(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"k: [Riga, \"a ] b\"]  # note\n", `[Riga, "a ] b"]`},
		{"ēē: {a: [1, 2]}  \n", "{a: [1, 2]}"},
		{"k: 1e300\n", "1e300"},
		{"k: [a,\n  b]\n", ""},
		{"k:\n  - a\n", ""},
		{"k: \"quoted\"\n", ""},
		{"k: [" + strings.Repeat("x", 100) + "]\n", "[" + strings.Repeat("x", 58) + "…"},
	} {
		root, err := YAML([]byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if got := Written([]byte(tt.in), root.Content[1]); got != tt.want {
			t.Errorf("Written(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
