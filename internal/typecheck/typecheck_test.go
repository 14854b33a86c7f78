package typecheck

import (
	"reflect"
	"strings"
	"testing"
	"text/template/parse"
	"time"
)

type page struct {
	Title  string
	Date   time.Time
	Params map[string]any
	Tags   []string
	Parent *page
}

func (p *page) Summary() string                        { return "" }
func (p *page) Ref(path string, more ...string) string { return path }
func (p *page) Pages() ([]*page, error)                { return nil, nil }

type view struct {
	Page  *page
	Pages []*page
	Data  any
	hid   int
}

func (v *view) T(id string) string { return id }

var names = Names{
	reflect.TypeFor[*view](): "a layout's .",
	reflect.TypeFor[*page](): "a page",
}

// parse parses files (name -> text) as a set of templates.
func parseSet(t *testing.T, files map[string]string) map[string]*parse.Tree {
	t.Helper()
	trees := map[string]*parse.Tree{}
	for name, text := range files {
		tr := parse.New(name)
		tr.Mode = parse.SkipFuncCheck
		if _, err := tr.Parse(text, "", "", trees); err != nil {
			t.Fatal(err)
		}
	}
	return trees
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		file string
		more map[string]string // other files of the set
		want string            // the errors, one a line; "" for none
	}{
		{"fine", "{{ .Page.Title }}{{ .Page.Summary }}{{ .T \"x\" }}{{ range .Pages }}{{ .Title }}{{ end }}", nil, ""},
		{"misspelt", "<p>\n {{ .Page.Titel }}", nil,
			"layouts/x.html:2:10: .Page.Titel: a page has no field Titel; did you mean .Page.Title?"},
		{"letter case", "{{ .Page.title }}", nil,
			"layouts/x.html:1:9: .Page.title: a page has no field title; did you mean .Page.Title?"},
		{"a field's field", "{{ .Title }}", nil,
			"layouts/x.html:1:4: .Title: a layout's . has no field Title; did you mean .Page.Title?"},
		{"unexported", "{{ .hid }}", nil,
			"layouts/x.html:1:4: .hid: a layout's . has no field hid (docs/templates.md lists the fields of each value a layout meets)"},
		{"nothing near", "{{ .Page.Zzz }}", nil,
			"layouts/x.html:1:9: .Page.Zzz: a page has no field Zzz (docs/templates.md lists the fields of each value a layout meets)"},
		{"a branch no page took", "{{ if .Page.Params.featured }}{{ .Page.Sumary }}{{ end }}", nil,
			"layouts/x.html:1:39: .Page.Sumary: a page has no field Sumary; did you mean .Page.Summary?"},
		{"in range", "{{ range .Pages }}{{ .Parent.Titl }}{{ end }}", nil,
			"layouts/x.html:1:29: .Parent.Titl: a page has no field Titl; did you mean .Parent.Title?"},
		{"range of a method's list", "{{ range .Page.Pages }}{{ .Titl }}{{ end }}", nil,
			"layouts/x.html:1:27: .Titl: a page has no field Titl; did you mean .Title?"},
		{"range variables", "{{ range $i, $p := .Pages }}{{ $i }}{{ $p.Dat }}{{ end }}", nil,
			"layouts/x.html:1:42: $p.Dat: a page has no field Dat; did you mean $p.Date?"},
		{"with", "{{ with .Page }}{{ .Tittle }}{{ else }}{{ .Pages }}{{ end }}", nil,
			"layouts/x.html:1:20: .Tittle: a page has no field Tittle; did you mean .Title?"},
		{"$ in with", "{{ with .Page }}{{ $.Pag }}{{ end }}", nil,
			"layouts/x.html:1:21: $.Pag: a layout's . has no field Pag; did you mean $.Page?"},
		{"a list", "{{ .Pages.Title }}", nil,
			"layouts/x.html:1:10: .Pages.Title: .Pages is a list, which has no field Title; to show each item's, range over it: {{ range .Pages }}{{ .Title }}{{ end }}"},
		{"text", "{{ .Page.Title.Foo }}", nil,
			"layouts/x.html:1:9: .Page.Title.Foo: .Page.Title is text, which has no fields: remove .Foo"},
		{"a date's method", "{{ .Page.Date.Yeer }}{{ .Page.Date.Year }}", nil,
			"layouts/x.html:1:9: .Page.Date.Yeer: a Time value has no field Yeer; did you mean .Page.Date.Year?"},
		{"a map's keys are not known", "{{ .Page.Params.anything.at.all }}", nil, ""},
		{"an interface's value is not known", "{{ .Data.Anything }}", nil, ""},
		{"a function's result is not known", "{{ (index .Pages 0).Whatever }}{{ with first .Pages }}{{ .Whatever }}{{ end }}", nil, ""},
		{"a variable declared twice", "{{ $x := .Page }}{{ if .Page }}{{ $x = .Pages }}{{ end }}{{ $x.Anything }}", nil, ""},
		{"a template called with the page", "{{ template \"p\" .Page }}",
			map[string]string{"p.html": "{{ define \"p\" }}{{ .Titl }}{{ end }}"},
			"layouts/p.html:1:20: .Titl: a page has no field Titl (dot is a page here, given by the call at layouts/x.html:1); did you mean .Title?"},
		{"a template called with nothing", "{{ if .Page }}{{ template \"p\" }}{{ end }}",
			map[string]string{"p.html": "{{ define \"p\" }}{{ .Titl }}{{ end }}"}, ""},
		{"a template called with two types", "{{ template \"p\" .Page }}{{ template \"p\" . }}",
			map[string]string{"p.html": "{{ define \"p\" }}{{ .Titl }}{{ end }}"}, ""},
		{"a template run from Go", "{{ template \"p\" .Page }}{{ partialCached \"p\" 1 }}",
			map[string]string{"p.html": "{{ define \"p\" }}{{ .Titl }}{{ end }}"}, ""},
		// A method's arguments, which text/template checks only when the call runs.
		{"a method given no argument", "{{ .T }}", nil,
			"layouts/x.html:1:4: .T takes 1 argument (text), and is given no arguments"},
		{"a method given two", "{{ .T \"a\" \"b\" }}", nil,
			"layouts/x.html:1:4: .T takes 1 argument (text), and is given 2 arguments"},
		{"a method given a number for a text", "<p>{{ .T 5 }}", nil,
			"layouts/x.html:1:7: .T: argument 1 is a number (5), and it takes text there"},
		{"a method given its argument by the pipeline", "{{ \"a\" | .T }}{{ .Page.Ref \"a\" \"b\" \"c\" }}", nil, ""},
		{"a variadic method given too few", "{{ printf \"%s\" .Page.Ref }}{{ .Page.Ref \"a\" 5 }}", nil,
			"layouts/x.html:1:21: .Page.Ref takes at least 1 argument (text, then any more of text), and is given no arguments\n" +
				"layouts/x.html:1:36: .Page.Ref: argument 2 is a number (5), and it takes text there"},
		{"range over text", "{{ range .Page.Title }}{{ end }}{{ range .Pages }}{{ end }}{{ range .Page.Tags }}{{ end }}", nil,
			"layouts/x.html:1:15: {{ range .Page.Title }}: .Page.Title is text, which range cannot go over; range goes over a list, a map or a whole number"},
		{"range over a page", "{{ range $i, $p := .Page }}{{ end }}", nil,
			"layouts/x.html:1:20: {{ range .Page }}: .Page is a page, which range cannot go over; range goes over a list, a map or a whole number"},
		{"a partial given the page", "<p>\n{{ partialCached \"partials/nav.html\" .Page \"k\" }}",
			map[string]string{"partials/nav.html": "{{ .T \"menu\" }}{{ .Titel }}"},
			"layouts/partials/nav.html:1:4: .T: a page has no field T (dot is a page here, given by the call at layouts/x.html:2) (docs/templates.md lists the fields of each value a layout meets)\n" +
				"layouts/partials/nav.html:1:19: .Titel: a page has no field Titel (dot is a page here, given by the call at layouts/x.html:2); did you mean .Title?"},
		{"a partial named without its folder", "{{ partial \"nav.html\" .Page }}",
			map[string]string{"partials/nav.html": "{{ .Menu }}"},
			"layouts/partials/nav.html:1:4: .Menu: a page has no field Menu (dot is a page here, given by the call at layouts/x.html:1) (docs/templates.md lists the fields of each value a layout meets)"},
		{"a partial given a dict", "{{ partialCached \"partials/nav.html\" (dict \"a\" 1) }}",
			map[string]string{"partials/nav.html": "{{ .Anything }}"}, ""},
		{"a partial through two calls", "{{ template \"a\" . }}",
			map[string]string{"a.html": "{{ define \"a\" }}{{ template \"b\" .Page }}{{ end }}{{ define \"b\" }}{{ .Parent.Summry }}{{ end }}"},
			"layouts/a.html:1:76: .Parent.Summry: a page has no field Summry; did you mean .Parent.Summary?"},
		{"one mistake reported once", "{{ template \"a\" . }}{{ template \"a\" . }}",
			map[string]string{"a.html": "{{ define \"a\" }}{{ .Nope }}{{ end }}"},
			"layouts/a.html:1:20: .Nope: a layout's . has no field Nope (docs/templates.md lists the fields of each value a layout meets)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{"x.html": tt.file}
			for k, v := range tt.more {
				files[k] = v
			}
			trees := parseSet(t, files)
			var got []string
			for _, d := range Check("layouts", trees, "x.html", reflect.TypeFor[*view](), names) {
				got = append(got, d.Error())
			}
			if g := strings.Join(got, "\n"); g != tt.want {
				t.Errorf("Check(%q):\n%s\nwant:\n%s", tt.file, g, tt.want)
			}
		})
	}
}

// TestCheckHeld: a field of interface type (view.Data) is followed into the
// type it held when the template ran, and a function the templates call
// without arguments into the type it gives; Check follows neither.
func TestCheckHeld(t *testing.T) {
	held := Held{
		Fields: map[reflect.Type]map[string]reflect.Type{reflect.TypeFor[view](): {"Data": reflect.TypeFor[*page]()}},
		Funcs:  map[string]reflect.Type{"site": reflect.TypeFor[*page]()},
	}
	for _, tt := range []struct{ file, want string }{
		{"{{ .Data.Titel }}", "layouts/x.html:1:9: .Data.Titel: a page has no field Titel; did you mean .Data.Title?"},
		{"{{ range site.Parent.Tags }}{{ . }}{{ end }}{{ site.Titel }}", "layouts/x.html:1:52: site.Titel: a page has no field Titel; did you mean site.Title?"},
		{"{{ .Titel }}", "layouts/x.html:1:4: .Titel: a layout's . has no field Titel; did you mean .Page.Title or .Data.Title?"},
	} {
		trees := parseSet(t, map[string]string{"x.html": tt.file})
		var got []string
		for _, d := range CheckHeld("layouts", trees, "x.html", reflect.TypeFor[*view](), names, held) {
			got = append(got, d.Error())
		}
		if g := strings.Join(got, "\n"); g != tt.want {
			t.Errorf("CheckHeld(%q):\n%s\nwant:\n%s", tt.file, g, tt.want)
		}
		if d := Check("layouts", trees, "x.html", reflect.TypeFor[*view](), names); len(d) > 0 && tt.file != "{{ .Titel }}" {
			t.Errorf("Check(%q) follows what it does not know: %v", tt.file, d)
		}
	}
}

// TestCheckCalls: a function's arguments are checked as a method's, from
// the types Held.Calls gives and text/template's own functions': how many,
// and the kind of each whose type is known; a comparison of two kinds it
// cannot compare, call of a value that is no function, a field given
// values, a value written where a function goes. text/template said these
// only on a page that ran them, in its words ("wrong number of args for
// add: want 2 got 1", "expected integer; found \"a\"", "incompatible
// types for comparison", "can't give argument to non-function").
func TestCheckCalls(t *testing.T) {
	held := Held{Calls: map[string]reflect.Type{
		"add":   reflect.TypeOf(func(a, b int) int { return 0 }),
		"upper": reflect.TypeOf(func(string) string { return "" }),
		"index": reflect.TypeOf(func(reflect.Value, ...reflect.Value) (reflect.Value, error) { return reflect.Value{}, nil }),
	}}
	for _, tt := range []struct{ file, want string }{
		{`{{ add 1 2 }}{{ upper .Page.Title }}{{ .Page.Title | upper }}{{ index .Page.Params "a" }}{{ lt 1 2 }}{{ eq .Page.Title "a" "b" }}{{ le 1.5 2.5 }}{{ add (index .Page.Params "a") 1 }}{{ eq .Data 1 }}`, ""},
		{`{{ add 1 }}`, "layouts/x.html:1:4: add takes 2 arguments (a whole number, then a whole number), and is given 1 argument"},
		{`{{ 1 | add 1 2 }}`, "layouts/x.html:1:8: add takes 2 arguments (a whole number, then a whole number), and is given 3 arguments"},
		{`<p>{{ add "a" 1 }}`, `layouts/x.html:1:7: add: argument 1 is text ("a"), and it takes a whole number there`},
		{`{{ add .Page.Title 1 }}`, "layouts/x.html:1:4: add: argument 1 is text (.Page.Title), and it takes a whole number there"},
		{`{{ .Page.Date | upper }}`, "layouts/x.html:1:17: upper: argument 1 is a date (the value piped to it), and it takes text there"},
		{`{{ lt 1 "a" }}`, `layouts/x.html:1:4: lt compares values of one kind, and is given a whole number (1) and text ("a"); compare a whole number with a whole number (1), a number with a fraction with one (1.5), a text with a text`},
		{`{{ eq 1 1.5 }}`, "layouts/x.html:1:4: eq compares values of one kind, and is given a whole number (1) and a number with a fraction (1.5)"},
		{`{{ lt .Page.Date 1 }}`, "layouts/x.html:1:4: lt compares two numbers or two texts, and .Page.Date is a date (a date is compared with .Before and .After, as in .Page.Date.Before $then)"},
		{`{{ not 1 2 }}`, "layouts/x.html:1:4: not takes 1 argument (any value), and is given 2 arguments"},
		{`{{ call .Page.Title }}`, "layouts/x.html:1:4: call runs a function a value holds, and .Page.Title is text: write .Page.Title without call"},
		{`{{ .Page.Title "a" }}`, `layouts/x.html:1:9: .Page.Title is text, which takes no values after it: remove "a"`},
		{`{{ .Page.Parent 1 }}`, `layouts/x.html:1:9: .Page.Parent is a page, which takes no values after it: remove 1`},
		{`{{ 1 2 }}`, `layouts/x.html:1:4: 1 is a value, not a function: it takes no values after it (or piped to it); a function comes first, as in printf "%v %v" A B`},
		{`{{ nil }}`, "layouts/x.html:1:4: nil stands for no value, which cannot be shown or piped: remove it, or write a value"},
	} {
		trees := parseSet(t, map[string]string{"x.html": tt.file})
		var got []string
		for _, d := range CheckHeld("layouts", trees, "x.html", reflect.TypeFor[*view](), names, held) {
			got = append(got, d.Error())
		}
		if g := strings.Join(got, "\n"); !strings.HasPrefix(g, tt.want) || (tt.want == "") != (g == "") {
			t.Errorf("CheckHeld(%q):\n%s\nwant:\n%s", tt.file, g, tt.want)
		}
	}
}
