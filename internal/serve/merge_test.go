package serve

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vestis-ssg/vestis/internal/build"
)

// TestMerge: the difference of two rebuilds one after the other, as
// browsers must be told of it.
func TestMerge(t *testing.T) {
	for _, tt := range []struct {
		name string
		a, b build.Diff
		want build.Diff
	}{
		{"both write", build.Diff{Changed: []string{"a", "b"}}, build.Diff{Changed: []string{"b", "c"}}, build.Diff{Changed: []string{"a", "b", "c"}}},
		{"written, then removed", build.Diff{Changed: []string{"a"}}, build.Diff{Removed: []string{"a"}}, build.Diff{Removed: []string{"a"}}},
		{"removed, then written again", build.Diff{Removed: []string{"a"}}, build.Diff{Changed: []string{"a"}}, build.Diff{Changed: []string{"a"}}},
		{"removed once", build.Diff{Removed: []string{"x"}}, build.Diff{Changed: []string{"a"}}, build.Diff{Changed: []string{"a"}, Removed: []string{"x"}}},
	} {
		if diff := cmp.Diff(tt.want, merge(tt.a, tt.b)); diff != "" {
			t.Errorf("%s: (-want +got)\n%s", tt.name, diff)
		}
	}
}
