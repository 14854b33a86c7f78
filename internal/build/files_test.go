package build

import (
	"fmt"
	"maps"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFilesOver: the Files of a save show its outputs over the last
// build's, and the Files before it stay as they were (a server may be
// sending them), through many saves and the merges of what they made.
func TestFilesOver(t *testing.T) {
	base := map[string][]byte{}
	for i := range 40 {
		base[fmt.Sprintf("p%d.html", i)] = []byte("v0")
	}
	want := map[string]string{}
	for p, b := range base {
		want[p] = string(b)
	}
	f := newFiles(base)
	var history []*Files
	var wants []map[string]string
	for save := 1; save <= 30; save++ {
		p := fmt.Sprintf("p%d.html", save%7)
		made := map[string][]byte{p: fmt.Appendf(nil, "v%d", save)}
		var removed []string
		if save%4 == 0 { // an output that goes (a list page no longer needed), to come back later
			removed = []string{fmt.Sprintf("p%d.html", (save+3)%7)}
		}
		history, wants = append(history, f), append(wants, maps.Clone(want))
		f = f.over(made, removed)
		for _, r := range removed {
			delete(want, r)
		}
		want[p] = string(made[p])
		if body, ok := f.Get(p); !ok || string(body) != want[p] {
			t.Fatalf("save %d: Get(%s) = %q, %v; want %q", save, p, body, ok, want[p])
		}
		for _, r := range removed {
			if body, ok := f.Get(r); ok {
				t.Fatalf("save %d: Get(%s) = %q after it was removed", save, r, body)
			}
		}
	}
	history, wants = append(history, f), append(wants, want)
	for i, h := range history {
		got := map[string]string{}
		for p, b := range h.Map() {
			got[p] = string(b)
		}
		if diff := cmp.Diff(wants[i], got); diff != "" {
			t.Errorf("the Files after save %d changed (-want +got):\n%s", i, diff)
		}
	}
	if _, ok := f.Get("nosuch.html"); ok {
		t.Error("Get found a path no build made")
	}
}
