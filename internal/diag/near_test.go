package diag

import (
	"slices"
	"testing"
)

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{{"title", "title", 0}, {"titel", "title", 1}, {"tite", "title", 1}, {"summry", "summary", 1}, {"abc", "xyz", 3}, {"ņa", "na", 1}} {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestNear(t *testing.T) {
	names := []string{"Title", "Date", "Description", "Draft", "printf", "print"}
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"Titel", []string{"Title"}},
		{"title", []string{"Title"}},
		{"Dat", []string{"Date"}},
		{"Descripton", []string{"Description"}},
		{"Descrpton", []string{"Description"}}, // two slips in a long name
		{"Zzz", nil},
		{"printff", []string{"printf"}},
		{"Drf", nil}, // two slips in a short name
		// One edit of a name of one or two letters is another name.
		{"x", nil},
		{"Da", nil},
		{"Ta", nil},
	} {
		if got := Near(names, tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("Near(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	short := []string{"a", "id", "it", "to", "url"}
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"b", nil},
		{"A", []string{"a"}},
		{"ti", []string{"it"}}, // swapped
		{"ids", nil},
		{"t", nil},
		{"ur", nil},
		{"urll", []string{"url"}},
	} {
		if got := Near(short, tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("Near(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
