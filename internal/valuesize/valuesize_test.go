package valuesize

import (
	"errors"
	"html/template"
	"io"
	"strings"
	"testing"
)

// TestGuard runs templates that make a value larger each turn, in every
// way a template keeps a value: each ends with an *Error, none takes more
// than a few times Max, and a template that keeps small values runs as it
// did.
func TestGuard(t *testing.T) {
	t.Parallel()
	fm := Funcs()
	fm["grow"] = func(s string) string { return strings.Repeat(s, 16) } // a function that checks nothing
	fm["seq"] = func(n int) []int { return make([]int, n) }
	fm["list"] = func(l []any) []any { return append(l, l...) }
	tests := []struct {
		name, src string
		wantErr   bool
	}{
		// These are refused before they make the text: 10 MB at most.
		{"print in a loop", `{{ $s := "a" }}{{ range 40 }}{{ $s = print $s $s $s $s $s $s $s $s $s $s }}{{ end }}{{ len $s }}`, true},
		{"printf in a loop", `{{ $s := "a" }}{{ range 40 }}{{ $s = printf "%s-%s-%s-%s-%s-%s-%s-%s-%s-%s" $s $s $s $s $s $s $s $s $s $s }}{{ end }}`, true},
		{"println in a loop", `{{ $s := "a" }}{{ range 40 }}{{ $s = println $s $s $s $s $s $s $s $s $s $s }}{{ end }}`, true},
		// Each of these makes a text of 84 MB, once: the check comes after.
		{"a function that checks nothing", `{{ $s := "abcde" }}{{ range 40 }}{{ $s = grow $s }}{{ end }}`, true},
		{"the dot of with", `{{ define "d" }}{{ with grow . }}{{ template "d" . }}{{ end }}{{ end }}{{ template "d" "abcde" }}`, true},
		{"the dot of a template", `{{ define "d" }}{{ template "d" grow . }}{{ end }}{{ template "d" "abcde" }}`, true},
		{"a list doubled", `{{ $l := list (slice 1) }}{{ range 40 }}{{ $l = list $l }}{{ end }}`, true},
		{"range over a list made", `{{ range $i, $x := seq 2000000 }}{{ end }}`, true},
		{"small values", `{{ $s := "ab" }}{{ range 10 }}{{ $s = print $s $s }}{{ end }}{{ with grow $s }}{{ len . }}{{ end }}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { // one at a time: each takes a few hundred MB
			fm := template.FuncMap(fm)
			fm["slice"] = func(items ...any) []any { return items }
			tmpl := template.Must(template.New(tt.name).Funcs(fm).Parse(tt.src))
			for _, x := range tmpl.Templates() {
				Guard(x.Tree)
			}
			err := tmpl.Execute(io.Discard, nil)
			var e *Error
			switch {
			case tt.wantErr && !errors.As(err, &e):
				t.Fatalf("Execute = %v, want a *valuesize.Error", err)
			case !tt.wantErr && err != nil:
				t.Fatalf("Execute = %v, want no error", err)
			}
		})
	}
}

// TestMessage: a kept value too large is said in the template writer's
// words, without the name of the check Guard put there.
func TestMessage(t *testing.T) {
	t.Parallel()
	fm := template.FuncMap(Funcs())
	fm["grow"] = func(s string) string { return strings.Repeat(s, 16) }
	tmpl := template.Must(template.New("news/single.html").Funcs(fm).Parse(`{{ $s := "abcde" }}{{ range 40 }}{{ $s = grow $s }}{{ end }}`))
	Guard(tmpl.Tree)
	err := tmpl.Execute(io.Discard, nil)
	msg, ok := Message(err)
	want := `executing "news/single.html": this makes a text longer than 64 MB, the most one value may hold (as much as a page may publish); does a loop make a text longer each turn, as {{ $s = print $s $s }} does?`
	if !ok || msg != want {
		t.Errorf("Message(%v) = %q, %v; want %q", err, msg, ok, want)
	}
	if _, ok := Message(errors.New("other")); ok {
		t.Error("Message of another error is ok")
	}
}

// TestBefore: the functions that make one text of several refuse one over
// Max before making it, however large it would be.
func TestBefore(t *testing.T) {
	t.Parallel()
	mb := strings.Repeat("x", 1<<20)
	var e *Error
	if _, err := Replace(mb, "x", mb, -1); !errors.As(err, &e) {
		t.Errorf("Replace of a million x by a megabyte = %v, want an *Error", err)
	}
	if _, err := Replace(mb, "", strings.Repeat("ab", 32), -1); !errors.As(err, &e) {
		t.Errorf("Replace of the empty text in a megabyte by 64 bytes = %v, want an *Error", err)
	}
	if got, err := Replace("a-b-c", "-", "--", 1); got != "a--b-c" || err != nil {
		t.Errorf("Replace once = %q, %v; want a--b-c", got, err)
	}
	parts := make([]string, 100)
	if _, err := Join(parts, mb); !errors.As(err, &e) {
		t.Errorf("Join of 100 with a megabyte between = %v, want an *Error", err)
	}
	if got, err := Join([]string{"a", "b"}, ", "); got != "a, b" || err != nil {
		t.Errorf("Join = %q, %v; want a, b", got, err)
	}
	printf := Funcs()["printf"].(func(string, ...any) (string, error))
	if _, err := printf("%s%s", strings.Repeat(mb, 40), strings.Repeat(mb, 40)); !errors.As(err, &e) {
		t.Errorf("printf of 80 MB = %v, want an *Error", err)
	}
}
