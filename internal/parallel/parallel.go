// Package parallel runs the independent steps of a build on all cores.
package parallel

import (
	"fmt"
	"path"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
)

// Workers is how many goroutines For uses: one per core.
func Workers() int { return runtime.GOMAXPROCS(0) }

// For calls f(worker, i) for every i in [0, n) on Workers() goroutines and
// returns when all calls have returned. worker, in [0, Workers()), lets f keep
// per-goroutine state such as a reused buffer; results go into slices by i.
// A panic in f is raised again in the caller, as a *Panic, once all calls
// have returned.
func For(n int, f func(worker, i int)) { ForWorkers(Workers(), n, f) }

// ForWorkers is For with a chosen number of goroutines, for work that waits on
// the disk more than on the processor.
func ForWorkers(workers, n int, f func(worker, i int)) {
	var next atomic.Int64
	var g Group
	for w := range min(workers, n) {
		g.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(w, i)
			}
		})
	}
	g.Wait()
}

// Group runs functions on goroutines of their own. Unlike a sync.WaitGroup, a
// panic on one of them does not end the program: Wait raises it in the
// caller, where a recover can turn it into an error (a dev server must outlive
// a bug met on one page).
type Group struct {
	wg    sync.WaitGroup
	once  sync.Once
	panic *Panic
}

// Go calls f on a new goroutine.
func (g *Group) Go(f func()) {
	g.wg.Go(func() {
		defer func() {
			if r := recover(); r != nil {
				p, ok := r.(*Panic)
				if !ok {
					p = NewPanic(r)
				}
				g.once.Do(func() { g.panic = p })
			}
		}()
		f()
	})
}

// Wait waits for every function to return, then raises the first panic, if any.
func (g *Group) Wait() {
	g.wg.Wait()
	if g.panic != nil {
		panic(g.panic)
	}
}

// Panic is a recovered panic with the stack of the goroutine that raised it.
type Panic struct {
	Value any
	Stack []byte
	// Where is the file:line of the innermost function of this module on the
	// stack, for a one-line report.
	Where string
}

// NewPanic records the panic value r; call it in the deferred function that
// recovered r, whose stack still holds the panicking frames.
func NewPanic(r any) *Panic {
	p := &Panic{Value: r, Stack: debug.Stack(), Where: "unknown"}
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
	panicking := false // frames above runtime.gopanic are the recovering ones
	for {
		f, more := frames.Next()
		if panicking && strings.HasPrefix(f.Function, module) {
			p.Where = fmt.Sprintf("%s:%d", path.Base(f.File), f.Line)
			break
		}
		panicking = panicking || f.Function == "runtime.gopanic"
		if !more {
			break
		}
	}
	return p
}

const module = "github.com/vestis-ssg/vestis"

func (p *Panic) Error() string {
	return fmt.Sprintf("panic at %s: %v\n\n%s", p.Where, p.Value, p.Stack)
}
