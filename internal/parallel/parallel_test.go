package parallel

import (
	"sync/atomic"
	"testing"
)

func TestForCallsEachIndexOnce(t *testing.T) {
	for _, n := range []int{0, 1, 7, 1000} {
		seen := make([]atomic.Int32, n)
		var badWorker atomic.Bool
		For(n, func(w, i int) {
			seen[i].Add(1)
			if w < 0 || w >= Workers() {
				badWorker.Store(true)
			}
		})
		for i := range seen {
			if c := seen[i].Load(); c != 1 {
				t.Errorf("n=%d: index %d called %d times", n, i, c)
			}
		}
		if badWorker.Load() {
			t.Errorf("n=%d: a worker index out of range", n)
		}
	}
}

// TestForPanic raises a worker's panic in the caller, where it can be recovered.
func TestForPanic(t *testing.T) {
	var got any
	func() {
		defer func() { got = recover() }()
		For(100, func(_, i int) {
			if i == 42 {
				panic("page 42")
			}
		})
	}()
	p, ok := got.(*Panic)
	if !ok || p.Value != "page 42" || len(p.Stack) == 0 {
		t.Fatalf("recovered %#v, want a *Panic of \"page 42\" with a stack", got)
	}
}
