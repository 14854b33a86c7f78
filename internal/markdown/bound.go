package markdown

import (
	"fmt"
	"sync"
	"time"
)

// TimeoutError is a conversion that took longer than its bound. goldmark
// takes time that grows with the square of some inputs (thousands of nested
// block quotes, list markers, footnotes or unclosed brackets in a row; see
// docs/upstream.md), so a page's body of a few hundred kilobytes can take
// minutes.
type TimeoutError struct {
	Timeout time.Duration
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("converting the Markdown took longer than %s; the body may be too large, or nest too deep (thousands of > or - or [ in a row) — see site.yaml timeout", e.Timeout)
}

// MaxBody is the largest Markdown body ConvertWithin converts: 32 MiB.
// goldmark holds a page's whole syntax tree while converting it, about 30
// times the Markdown's size for text dense in headings, links and lists
// (a 20 MB page peaks at 1.04 GiB), so one larger page could take more
// memory than the rest of a build together. Such a text is split into pages.
const MaxBody = 32 << 20

// TooLargeError is a body over MaxBody.
type TooLargeError struct{ Size int }

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("the Markdown is %d MB, more than the %d MB a page may have; split it into several pages", (e.Size+1<<20-1)>>20, MaxBody>>20)
}

// errAbandoned is what resolvers return to a conversion that ran out of time.
var errAbandoned = fmt.Errorf("conversion abandoned")

// ConvertWithin is Convert bounded by timeout, refusing a body over MaxBody. goldmark cannot be stopped,
// so when the time is up ConvertWithin returns a *TimeoutError and leaves
// the conversion to finish on its own goroutine: resolve and images are
// never called after ConvertWithin returns, so the caller's state is safe,
// but the goroutine keeps a core and the body until goldmark is done. In
// vestis build the process exits first; the dev server lets it finish (the
// inputs that take long are quadratic, not endless).
func (c *Converter) ConvertWithin(timeout time.Duration, src []byte, resolve LinkResolver, images ImageResolver, opts ...Option) (Result, error) {
	if len(src) > MaxBody {
		return Result{}, &TooLargeError{Size: len(src)}
	}
	var mu sync.Mutex
	abandoned := false
	if resolve != nil {
		inner := resolve
		resolve = func(dest string, line int) (string, error) {
			mu.Lock()
			defer mu.Unlock()
			if abandoned {
				return "", errAbandoned
			}
			return inner(dest, line)
		}
	}
	if images != nil {
		inner := images
		images = func(dest string, line int) (Image, bool, error) {
			mu.Lock()
			defer mu.Unlock()
			if abandoned {
				return Image{}, false, errAbandoned
			}
			return inner(dest, line)
		}
	}
	type result struct {
		res   Result
		err   error
		panic any
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{panic: r}
			}
		}()
		res, err := c.Convert(src, resolve, images, opts...)
		done <- result{res: res, err: err}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		if r.panic != nil {
			panic(r.panic) // raised in the caller, as without the bound
		}
		return r.res, r.err
	case <-timer.C:
		mu.Lock()
		abandoned = true
		mu.Unlock()
		return Result{}, &TimeoutError{Timeout: timeout}
	}
}
