package diag

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
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

// TestGrouped: problems of one mistake made in many places are said once,
// with their places, the first GroupLimit of them and how many more; those
// of one cause group even where their messages differ, and a problem alone,
// three of one message, or one without a file, is left as it is.
func TestGrouped(t *testing.T) {
	var l List
	for i := range 12 {
		dest := fmt.Sprintf("/docs/img/%d.png", i%3)
		l = append(l, &Diagnostic{File: fmt.Sprintf("content/p%02d.md", i), Line: 4, Msg: "image " + dest + ": long message",
			Cause: "the base URL has no /docs/", Item: "image " + dest})
	}
	l = append(l,
		&Diagnostic{File: "content/a.md", Line: 2, Msg: "draft: want true or false"},
		&Diagnostic{File: "content/a.md", Line: 7, Msg: "draft: want true or false"},
		&Diagnostic{File: "content/d.md", Line: 2, Msg: "draft: want true or false"},
		&Diagnostic{File: "content/e.md", Line: 2, Msg: "draft: want true or false"},
		&Diagnostic{File: "content/f.md", Line: 2, Msg: "title: want text"},
		&Diagnostic{File: "content/g.md", Line: 2, Msg: "title: want text"},
		&Diagnostic{File: "content/h.md", Line: 2, Msg: "title: want text"},
		&Diagnostic{File: "content/x.md", Line: 1, Msg: "image a.png: long", Cause: "no /docs/", Item: "image a.png"},
		&Diagnostic{File: "content/y.md", Line: 1, Msg: "image b.png: long", Cause: "no /docs/", Item: "image b.png"},
		&Diagnostic{File: "content/b.md", Line: 2, Msg: "draft: want true or false", Severity: Warning},
		&Diagnostic{File: "content/c.md", Line: 3, Msg: "alone"},
		&Diagnostic{Msg: "draft: want true or false"},
	)
	var got []string
	for _, d := range l.Grouped() {
		got = append(got, d.Error())
	}
	want := []string{
		"the base URL has no /docs/; in 12 files:\n" +
			"  content/p00.md:4: image /docs/img/0.png\n  content/p01.md:4: image /docs/img/1.png\n  content/p02.md:4: image /docs/img/2.png\n" +
			"  content/p03.md:4: image /docs/img/0.png\n  content/p04.md:4: image /docs/img/1.png\n  content/p05.md:4: image /docs/img/2.png\n" +
			"  content/p06.md:4: image /docs/img/0.png\n  content/p07.md:4: image /docs/img/1.png\n  content/p08.md:4: image /docs/img/2.png\n" +
			"  content/p09.md:4: image /docs/img/0.png\n  and 2 more",
		"draft: want true or false; in 4 places:\n  content/a.md:2\n  content/a.md:7\n  content/d.md:2\n  content/e.md:2",
		"content/f.md:2: title: want text",
		"content/g.md:2: title: want text",
		"content/h.md:2: title: want text",
		"no /docs/; in 2 files:\n  content/x.md:1: image a.png\n  content/y.md:1: image b.png",
		"content/b.md:2: draft: want true or false",
		"content/c.md:3: alone",
		"draft: want true or false",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
