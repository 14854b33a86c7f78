package markdown

import (
	"fmt"
	"html/template"
	"sync"
	"sync/atomic"
	"time"
)

// TimeoutError is a conversion that took longer than its bound. goldmark
// takes time that grows with the square of some inputs (thousands of
// footnotes or unclosed brackets in a row; see docs/upstream.md; lists and
// quotes nested too deep are refused first, TooDeepError), so a page's body of a few hundred kilobytes can take
// minutes.
type TimeoutError struct {
	Timeout time.Duration
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("converting the Markdown took longer than %s; the text may be too large, or hold thousands of unclosed [ or of footnotes — see site.yaml timeout", e.Timeout)
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

// ConvertWithin is Convert bounded by timeout, refusing a body over MaxBody.
// When the time is up ConvertWithin returns a *TimeoutError and tells the
// conversion to stop: goldmark takes no context, so the conversion runs on
// its own goroutine and ends at its next step (stopReader, stopInline).
// resolve and images are never called after ConvertWithin returns, so the
// caller's state is safe.
func (c *Converter) ConvertWithin(timeout time.Duration, src []byte, resolve LinkResolver, images ImageResolver, opts ...Option) (Result, error) {
	res, _, err := c.convertWithin(timeout, src, resolve, images, opts...)
	return res, err
}

// convertWithin is ConvertWithin; ended is closed when the conversion's
// goroutine has ended (a test waits for it).
func (c *Converter) convertWithin(timeout time.Duration, src []byte, resolve LinkResolver, images ImageResolver, opts ...Option) (Result, <-chan struct{}, error) {
	if len(src) > MaxBody {
		ended := make(chan struct{})
		close(ended)
		return Result{}, ended, &TooLargeError{Size: len(src)}
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
	res, ended, err := within(timeout, func(stop *atomic.Bool) (Result, error) {
		return c.Convert(src, resolve, images, append(opts, stopWhen(stop))...)
	})
	if _, ok := err.(*TimeoutError); ok {
		mu.Lock()
		abandoned = true
		mu.Unlock()
	}
	return res, ended, err
}

// InlineWithin is Inline bounded by timeout, for a text in front matter or a
// layout's markdownify: the same inputs make it slow as a body.
func (c *Converter) InlineWithin(timeout time.Duration, s string) (template.HTML, error) {
	if len(s) > MaxBody {
		return "", &TooLargeError{Size: len(s)}
	}
	h, _, err := within(timeout, func(stop *atomic.Bool) (template.HTML, error) {
		return c.inline(s, options{stop: stop}), nil
	})
	return h, err
}

// within runs f on a goroutine of its own and waits for it at most timeout.
// When the time is up it sets f's stop flag and returns a *TimeoutError; f
// is to end soon after (a conversion panics with errStopped, which ends the
// goroutine quietly). Any other panic of f is raised in the caller, as
// without the bound. ended is closed when f's goroutine has ended.
func within[T any](timeout time.Duration, f func(stop *atomic.Bool) (T, error)) (T, <-chan struct{}, error) {
	type result struct {
		v     T
		err   error
		panic any
	}
	var stop atomic.Bool
	done := make(chan result, 1)
	ended := make(chan struct{})
	go func() {
		defer close(ended)
		defer func() {
			if r := recover(); r != nil {
				if r == errStopped {
					return
				}
				switch e := r.(type) {
				case *TooManyMarksError:
					done <- result{err: e}
					return
				case *TooManyCellsError:
					done <- result{err: e}
					return
				case *TooManyLinkBytesError:
					done <- result{err: e}
					return
				case *TooDeepError:
					done <- result{err: e}
					return
				}
				done <- result{panic: r}
			}
		}()
		v, err := f(&stop)
		done <- result{v: v, err: err}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		if r.panic != nil {
			panic(r.panic)
		}
		return r.v, ended, r.err
	case <-timer.C:
		stop.Store(true)
		var zero T
		return zero, ended, &TimeoutError{Timeout: timeout}
	}
}
