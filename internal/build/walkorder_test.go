package build

import "testing"

// TestWalkOrder: the copied files of static/ are kept in the order a walk of
// the folder lists them, which is not the order of their paths as strings.
func TestWalkOrder(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"static/css/a.css", "static/css-old/a.css", -1}, // "css" < "css-old", though '/' > '-'
		{"static/a.txt", "static/a.txt", 0},
		{"static/b.txt", "static/a/z.txt", 1},
		{"static/docs/2024/a.txt", "static/docs/a.txt", -1},
	} {
		if got := walkOrder(tc.a, tc.b); got != tc.want {
			t.Errorf("walkOrder(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := walkOrder(tc.b, tc.a); got != -tc.want {
			t.Errorf("walkOrder(%q, %q) = %d, want %d", tc.b, tc.a, got, -tc.want)
		}
	}
}
