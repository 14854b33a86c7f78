package content

import "testing"

func TestTypoOf(t *testing.T) {
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
	} {
		if got := typoOf(tt.a, tt.b); got != tt.want {
			t.Errorf("typoOf(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
