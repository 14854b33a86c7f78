package config

import "testing"

func TestFieldLabel(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"venue", "Venue"},
		{"applyURL", "Apply URL"},
		{"start_date", "Start date"},
		{"co-funding", "Co funding"},
		{"ēka", "Ēka"},
		{"", ""},
	} {
		if got := FieldLabel(tc.name); got != tc.want {
			t.Errorf("FieldLabel(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
