// Package parallel runs the independent steps of a build on all cores.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Workers is how many goroutines For uses: one per core.
func Workers() int { return runtime.GOMAXPROCS(0) }

// For calls f(worker, i) for every i in [0, n) on Workers() goroutines and
// returns when all calls have returned. worker, in [0, Workers()), lets f keep
// per-goroutine state such as a reused buffer; results go into slices by i.
func For(n int, f func(worker, i int)) { ForWorkers(Workers(), n, f) }

// ForWorkers is For with a chosen number of goroutines, for work that waits on
// the disk more than on the processor.
func ForWorkers(workers, n int, f func(worker, i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range min(workers, n) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(w, i)
			}
		})
	}
	wg.Wait()
}
