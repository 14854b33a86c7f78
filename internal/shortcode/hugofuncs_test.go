package shortcode

import (
	"html/template"
	"strings"
	"testing"
	texttemplate "text/template"
)

// TestHugoFuncsBounds: Hugo's functions in shortcodes refuse what would
// loop, divide by zero or grow without bound, with an error that names the
// function, as a page's other shortcode errors are shown.
func TestHugoFuncsBounds(t *testing.T) {
	tests := []struct{ tmpl, want string }{
		{`{{ seq 1 5000 }}`, "seq: more than 2000 numbers"},
		{`{{ seq 1 1 2 3 }}`, "seq: want 1 to 3 numbers"},
		{`{{ div 1 0 }}`, "div: division by zero"},
		{`{{ div 1.5 0 }}`, "div: division by zero"},
		{`{{ mod 1 0 }}`, "mod: division by zero"},
		{`{{ modBool 1 0 }}`, "modBool: division by zero"},
		{`{{ int "zwölf" }}`, `int: cannot read "zwölf" as a number`},
		{`{{ strings.Repeat 100000000 "ab" }}`, "strings.Repeat: 100000000 times 2 bytes is too long"},
		{`{{ findRE "(" "x" }}`, "findRE: the pattern \"(\": a ( is not closed with )"},
		{`{{ first "two" (seq 2) }}`, "first: cannot read"},
		{`{{ sort (seq 2) "value" "up" }}`, `sort: order "up" is neither asc nor desc`},
		{`{{ where (seq 2) "value" "~" 1 }}`, `where: no operator "~"`},
		{`{{ first 1 3 }}`, "first: a whole number (3) is not a list"},
		{`{{ append 1 "x" }}`, "append: a text (\"x\") is not a list"},
		{`{{ erroridf "id" "%s is wrong" "this" }}`, "this is wrong"},
	}
	for _, tt := range tests {
		tmpl, err := template.New("x").Funcs(hugoFuncs(&warnings{})).Parse(tt.tmpl)
		if err != nil {
			t.Fatalf("%s: %v", tt.tmpl, err)
		}
		var b strings.Builder
		err = tmpl.Execute(&b, nil)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.tmpl, err, tt.want)
		}
	}
}

// TestHugoFuncsValues: the values sites' shortcodes rely on.
// namedList stands for a typed list, as a shortcode's list of pages is.
type namedList []string

func (l namedList) Len() int { return len(l) }

func TestHugoFuncsValues(t *testing.T) {
	tests := []struct{ tmpl, want string }{
		{`{{ seq 3 }}`, "[1 2 3]"},
		{`{{ seq -2 }}`, "[-1 -2]"},
		{`{{ seq 5 2 9 }}`, "[5 7 9]"},
		{`{{ seq 3 1 }}`, "[3 2 1]"},
		{`{{ replace "a-b-c" "-" " " 1 }}`, "a b-c"},
		{`{{ urlize "Ātrā Ziņa!" }}`, "ātrā-ziņa"},
		{`{{ last 2 (slice 1 2 3) }}`, "[2 3]"},
		{`{{ after 1 (slice 1 2 3) }}`, "[2 3]"},
		{`{{ first (add 1 1) (after (sub 2 1) (slice 1 2 3 4)) }}`, "[2 3]"}, // add and sub give int64
		{`{{ first "2" "abc" }} {{ last 9 "abc" }} {{ after -1 (slice 1) }}`, "ab abc [1]"},
		{`{{ replace "aaa" "a" "b" (add 1 1) }} {{ replaceRE "a" "b" "aaa" "1" }} {{ findRE "a" "aaa" (sub 3 1) }}`, "bba baa [a a]"},
		{`{{ strings.Repeat (add 1 1) "ab" }}`, "abab"},
		{`{{ union (slice 1 2) (slice 2 3) }}`, "[1 2 3]"},
		{`{{ float "2.5" }}`, "2.5"},
		{`{{ modBool 6 3 }} {{ modBool 7 "3" }} {{ math.ModBool 9 3 }}`, "true false true"},
		// humanize splits camelCase as Hugo's (flect) does: Hugo's docs
		// link "contentTypes" to /configuration/content-types.
		{`{{ humanize "contentTypes" }}|{{ humanize "my-first_post" }}|{{ humanize "Ūdens Līmenis" }}|{{ humanize "HTTPCache" }}`, "Content types|My first post|Ūdens līmenis|Httpcache"},
		{`{{ humanize 1 }} {{ humanize "22" }} {{ humanize 113 }} {{ humanize 4 }}`, "1st 22nd 113th 4th"},
		{`{{ plainify "<b>Rīga</b> un <i>Tukums</i>" }}`, "Rīga un Tukums"},
		{`{{ strings.FirstUpper "ūdens" }} {{ strings.Count "a" "banana" }} {{ strings.Contains "riga" "ig" }}`, "Ūdens 3 true"},
		{`{{ $s := newScratch }}{{ $s.Add "t" "a" }}{{ $s.Add "t" "b" }}{{ $s.SetInMap "m" "k" 1 }}{{ $s.Get "t" }} {{ index ($s.Get "m") "k" }}`, "ab 1"},
		{`{{ warnf "x %d" 1 }}`, ""},
		{`{{ add (int "2") 1 }} {{ sub 1.5 1 }} {{ add 1 2 }}`, "3 0.5 3"},
		{`{{ lt 2 "10" }} {{ gt "b" "a" }} {{ ge (int "3") 3.0 }} {{ le 4 "3" }}`, "true true true false"},
		{`{{ eq 1 1.0 }} {{ eq (int "2") 2 }} {{ eq "a" "b" "a" }} {{ ne 1 "1" }} {{ eq nil nil }}`, "true true true true true"},
		{`{{ printf "%T" (union (slice 1) (slice 2)) }}`, "[]interface {}"},
		// Hugo's set functions, as a theme checks a shortcode's parameters
		// with them: intersect keeps the first list's order, each item once;
		// symdiff gives the first list's items the second lacks, then the
		// second's; complement gives the last list's items that are in none
		// of the lists or values before it. A typed list stays one.
		{`{{ intersect (slice 3 1 2 1) (slice 1 (int "3")) }} {{ intersect (slice 1) nil }} {{ (intersect .a .b).Len }}`, "[3 1] [] 1"},
		{`{{ symdiff (slice 1 2 3) (slice 3 4) }} {{ (symdiff .a .b).Len }}`, "[1 2 4] 2"},
		{`{{ complement (slice "caption") (slice "width") (slice "caption" "width" "hight") }} {{ complement "y" .b }} {{ (complement .a .b).Len }} {{ complement (slice 1) (slice) }}`, "[hight] [z] 1 []"},
		{`{{ $u := union .a .b }}{{ $u.Len }} {{ $u }} {{ (uniq $u).Len }}`, "3 [x y z] 3"}, // a typed list keeps its methods
		{`{{ (transform.Unmarshal "a = 1").a }} {{ index (transform.Unmarshal "[1, 2]") 1 }} {{ (transform.Unmarshal "a: x = y").a }} {{ (transform.Unmarshal (slice) "[t]\nk = 'v'").t.k }}`, "1 2 x = y v"},
		{`{{ range findRESubmatch "(\\w+)=(\\d+)" "a=1 b=2" }}{{ index . 1 }}{{ index . 2 }};{{ end }}`, "a1;b2;"},
		{`{{ $m := merge (dict "x" "foo" "n" (dict "a" 1 "b" 2)) (dict "X" "bar" "y" "w") (dict "x" "baz" "n" (dict "b" 3)) }}{{ $m.x }} {{ $m.y }} {{ $m.n.a }}{{ $m.n.b }} {{ len $m }}`, "baz w 13 3"},
		{`{{ if ge hugo.Version "0.100.0" }}new{{ end }} {{ hugo.Environment }} {{ hugo.IsProduction }}`, "new production true"},
		{`{{ path.Ext "a/b.go" | strings.TrimPrefix "." }} {{ path.Join "a" "b/c" (slice "d" "e") }} {{ path.BaseName "x/y.tar.gz" }} {{ (path.Split "a/b.md").File }} {{ path.Dir "a/b" }}`, "go a/b/c/d/e y.tar b.md a"},
		{`{{ querify "tl" "lv" "u" "https://example.org/a b" }} {{ querify (slice "a" 1) }}`, "tl=lv&amp;u=https%3A%2F%2Fexample.org%2Fa&#43;b a=1"},
		{`{{ sort (slice "b" "a" "c") }} {{ sort (slice 10 9 100) "value" "desc" }} {{ (sort .b "value" "desc").Len }}`, "[a b c] [100 10 9] 2"},
		{`{{ range sort .sites "date" "desc" }}{{ .name }};{{ end }} {{ range sort .byKey }}{{ . }};{{ end }} {{ range sort .byKey "value" "desc" }}{{ . }};{{ end }}`, "rtu;vu;lu; one;two;three; two;three;one;"},
		{`{{ range where .sites "pinned" true }}{{ .name }};{{ end }} {{ range where .sites "pinned" "ne" true }}{{ .name }};{{ end }} {{ len (where .sites "date" ">=" "2021") }}`, "lu; rtu;vu; 2"},
		// Hugo's index gives nothing past a list's end, which with tests (a
		// link written without #anchor has no second part); Hugo's time
		// reads a whole number as seconds since 1970, here in UTC.
		{`{{ $p := slice "guide" }}{{ index $p 0 }}[{{ with index $p 1 }}#{{ . }}{{ end }}{{ with index $p -1 }}?{{ end }}]`, "guide[]"},
		{`{{ (time 1546300800).Format "2006-01-02T15:04Z" }} {{ (time (int "1700000000")).UTC.Year }} {{ time.Format "2006" (int "86400") }}`, "2019-01-01T00:00Z 2023 1970"},
		{`{{ range where .sites "name" "in" (slice "vu" "lu") }}{{ .name }};{{ end }} {{ range where .sites "Name" "like" "^r" }}{{ .name }};{{ end }} {{ len (where .sites "tags" "intersect" (slice "b")) }}`, "lu;vu; rtu; 1"},
	}
	for _, tt := range tests {
		w := &warnings{}
		// slice is Hugo's, as the build gives it (render.Funcs).
		hugoSlice := template.FuncMap{"slice": func(items ...any) []any { return items }, "dict": func(kv ...any) map[string]any {
			m := map[string]any{}
			for i := 0; i+1 < len(kv); i += 2 {
				m[kv[i].(string)] = kv[i+1]
			}
			return m
		}}
		tmpl, err := template.New("x").Funcs(hugoFuncs(w)).Funcs(hugoSlice).Parse(tt.tmpl)
		if err != nil {
			t.Fatalf("%s: %v", tt.tmpl, err)
		}
		var b strings.Builder
		sites := []any{
			map[string]any{"name": "lu", "date": "2019-05-01", "pinned": true},
			map[string]any{"name": "rtu", "date": "2024-01-02", "tags": []any{"a", "b"}},
			map[string]any{"name": "vu", "date": "2021-09-30"},
		}
		byKey := map[string]any{"a": "one", "c": "three", "b": "two"}
		if err := tmpl.Execute(&b, map[string]any{"a": namedList{"x", "y"}, "b": namedList{"y", "z"}, "sites": sites, "byKey": byKey}); err != nil {
			t.Errorf("%s: %v", tt.tmpl, err)
		} else if b.String() != tt.want {
			t.Errorf("%s = %q, want %q", tt.tmpl, b.String(), tt.want)
		}
	}
}

// TestRemarshal: transform.Remarshal writes data (TOML, YAML or JSON text,
// or a map) in each format, keys sorted, as Hugo 0.111 writes it (checked
// with hugo: its TOML quotes with ' where this one quotes with ").
func TestRemarshal(t *testing.T) {
	const data = "title = 'Site'\n[params]\n  b = [1, 2]\n  a = 'x'\n"
	tests := []struct{ tmpl, want string }{
		{`{{ transform.Remarshal "toml" . }}`, "title = \"Site\"\n\n[params]\n  a = \"x\"\n  b = [1, 2]\n"},
		{`{{ transform.Remarshal "yaml" . }}`, "params:\n  a: x\n  b:\n  - 1\n  - 2\ntitle: Site\n"},
		{`{{ transform.Remarshal "json" . }}`, "{\n   \"params\": {\n      \"a\": \"x\",\n      \"b\": [\n         1,\n         2\n      ]\n   },\n   \"title\": \"Site\"\n}\n"},
		{`{{ transform.Remarshal "yaml" (transform.Unmarshal "{\"z\": 1, \"a\": {\"k\": \"v\"}}") }}`, "a:\n  k: v\nz: 1\n"},
		{`{{ transform.Remarshal "xml" . }}`, `transform.Remarshal: "xml" is not a format; write toml, yaml or json`},
	}
	for _, tt := range tests {
		tmpl, err := texttemplate.New("x").Funcs(texttemplate.FuncMap(hugoFuncs(&warnings{}))).Parse(tt.tmpl)
		if err != nil {
			t.Fatalf("%s: %v", tt.tmpl, err)
		}
		var b strings.Builder
		if err := tmpl.Execute(&b, data); err != nil {
			b.WriteString(err.Error())
		}
		if got := b.String(); !strings.Contains(got, tt.want) {
			t.Errorf("%s = %q, want %q", tt.tmpl, got, tt.want)
		}
	}
}
