package config

import "testing"

func TestTypo(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"titel", "title", true},            // swapped neighbours
		{"descripton", "description", true}, // a letter left out
		{"datte", "date", true},             // a letter added
		{"deadlime", "deadline", true},      // a letter changed
		{"title", "title", false},
		{"tilte", "title", true},
		{"eltit", "title", false},
		{"subtitle", "title", false},
		{"sources", "source", true},
		// One edit of a name of one or two letters is another name.
		{"ids", "id", false},
		{"x", "a", false},
		{"lt", "lv", false},
		{"ti", "it", true}, // swapped
		{"url", "urls", true},
	} {
		if got := Typo(tt.a, tt.b); got != tt.want {
			t.Errorf("Typo(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
