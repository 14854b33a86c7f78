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
