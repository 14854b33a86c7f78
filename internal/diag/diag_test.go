package diag

import (
	"errors"
	"fmt"
	"slices"
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

// TestUnique: a problem found once per language that shows its page is one
// line, whatever its cause; the order is kept, and what differs in place,
// message or severity stays.
func TestUnique(t *testing.T) {
	a1 := Wrap("a.md", 4, errors.New("lv"), "no such shortcode")
	a2 := Wrap("a.md", 4, errors.New("en"), "no such shortcode")
	col := &Diagnostic{File: "a.md", Line: 4, Col: 2, Msg: "no such shortcode"}
	warn := Warnf("a.md", 4, "no such shortcode")
	b := Errorf("b.md", 1, "one")
	got := List{b, a1, col, a2, warn, b}.Unique()
	want := List{b, a1, col, warn}
	if !slices.Equal(got, want) {
		t.Errorf("Unique =\n%s\nwant\n%s", got, want)
	}
	if sorted := (List{a1, b, a2}).Sort(); len(sorted) != 2 {
		t.Errorf("Sort kept a repeat whose cause differs:\n%s", sorted)
	}
}
