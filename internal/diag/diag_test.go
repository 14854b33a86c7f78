package diag

import (
	"errors"
	"fmt"
	"testing"
)

func TestError(t *testing.T) {
	for _, tc := range []struct {
		d    Diagnostic
		want string
	}{
		{Diagnostic{File: "content/a.md", Line: 3, Col: 5, Msg: "bad"}, "content/a.md:3:5: bad"},
		{Diagnostic{File: "content/a.md", Line: 3, Msg: "bad"}, "content/a.md:3: bad"},
		{Diagnostic{File: "content/a.md", Msg: "bad"}, "content/a.md: bad"},
		{Diagnostic{Msg: "bad"}, "bad"},
		// A file name with a line break or an escape would forge lines, or
		// colours, in a terminal or a CI log: it is shown escaped.
		{Diagnostic{File: "content/a\nb.md", Line: 3, Msg: "bad"}, `content/a\nb.md:3: bad`},
		{Diagnostic{File: "static/x\x1b[31m.txt", Msg: "bad"}, `static/x\x1b[31m.txt: bad`},
		{Diagnostic{File: "content/café.md", Msg: "bad"}, "content/café.md: bad"},
	} {
		if got := tc.d.Error(); got != tc.want {
			t.Errorf("%+v.Error() = %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestFlattenSort(t *testing.T) {
	a := Errorf("b.md", 2, "two")
	b := Errorf("a.md", 9, "nine")
	c := Errorf("a.md", 1, "one")
	err := errors.Join(a, List{b, c}, fmt.Errorf("plain"), Errorf("a.md", 1, "one"))
	got := Flatten(err).Sort()
	want := "plain\na.md:1: one\na.md:9: nine\nb.md:2: two"
	if got.Error() != want {
		t.Errorf("Flatten(...).Sort() =\n%s\nwant\n%s", got, want)
	}
	if !errors.Is(List{a}, a) {
		t.Error("errors.Is does not see a diagnostic in a List")
	}
}
