package render

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"
	texttemplate "text/template"
	"text/template/parse"
	"time"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/parallel"
	"github.com/vestis-ssg/vestis/internal/recursion"
	"github.com/vestis-ssg/vestis/internal/site"
)

// html/template cannot be cancelled, so a layout that loops without end (say
// {{ range 100000000000 }}) would hang a build and the dev server. Three
// bounds stop it, each reported with the page and the layout:
//
//   - a range over a constant number above maxRange is refused when the
//     layout is parsed, with the layout's line (checkRanges);
//   - a page's output, partials included, may not pass outputLimit: a loop
//     that writes fails at the write that passes it (limitWriter);
//   - a page's execution may not take longer than site.yaml's timeout
//     (executeBounded).

// maxRange is the largest constant a layout may range over: a loop over
// more is a mistake (a number typed for a list), never a page.
const maxRange = 1_000_000

// outputLimit is the most one page's layout may write: 64 MiB, plus four
// times the largest Markdown body of the site, since a page shows its body
// as HTML (about 1.2 times the Markdown) and a list may show several.
func outputLimit(s *site.Site) int { return 64<<20 + 4*s.LargestSource() }

// outputLimit is the current pass's limit on a page's output.
func (t *Templates) outputLimit() int {
	if c := t.partials.Load(); c != nil && c.limit > 0 {
		return c.limit
	}
	return 64 << 20
}

// limitWriter writes to w until n bytes are written, then fails. Once
// abandoned it fails every write and leaves w alone, so that the goroutine of
// a layout that ran out of time cannot touch a buffer reused for the next page.
type limitWriter struct {
	mu        sync.Mutex
	w         io.Writer
	n, limit  int
	abandoned bool
	// pass, when set, is the pass of a partial's writer (partialCached): it
	// is abandoned with its pass, as the page's writer it runs under is not
	// known to it.
	pass *partialCache
	// depth follows how deep the templates writing are called.
	depth recursion.Depth
}

func (l *limitWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.abandoned || l.pass != nil && l.pass.over.Load() {
		return 0, errAbandoned
	}
	if len(p) == 0 {
		return 0, l.depth.Write(p)
	}
	if l.n+len(p) > l.limit {
		return 0, &outputError{limit: l.limit}
	}
	l.n += len(p)
	return l.w.Write(p)
}

func (l *limitWriter) abandon() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.abandoned = true
}

// outputError is a page's output passing outputLimit.
type outputError struct{ limit int }

func (e *outputError) Error() string {
	return fmt.Sprintf("the page's HTML passed %d MiB; a layout may loop without end", e.limit>>20)
}

type abandonedError struct{}

func (abandonedError) Error() string { return "rendering was abandoned: it took too long" }

var errAbandoned error = abandonedError{}

// timeoutError is a page's layout running longer than site.yaml's timeout.
type timeoutError struct {
	timeout time.Duration
	layout  string
}

func (e *timeoutError) Error() string {
	return fmt.Sprintf("rendering took longer than %s (layouts/%s); a layout may loop without end, or the page is too large — see site.yaml timeout", e.timeout, e.layout)
}

// executeBounded executes the layout l for v into buf, within v's site's
// timeout and the pass's output limit. When the time is up it returns a
// *timeoutError and abandons the execution: its goroutine keeps running, but
// fails its next write, which ends a loop that writes. A loop that writes
// nothing runs until it ends by itself; in vestis build the process exits
// first, and in vestis serve the goroutine keeps one core busy (and the view
// it renders in memory) until the loop ends or the server stops, which is
// why the dev server's overlay says to fix the layout.
func (t *Templates) executeBounded(buf *bytes.Buffer, l *layout, v *View) error {
	w := &limitWriter{w: buf, limit: t.outputLimit()}
	done := make(chan any, 1)
	e, _ := t.executors.Get().(*executor)
	if e == nil {
		e = newExecutor()
	}
	e.jobs <- func() {
		defer func() {
			if r := recover(); r != nil {
				done <- parallel.NewPanic(r)
			}
		}()
		set, err := t.template(l)
		if err != nil {
			done <- err
			return
		}
		w.depth.Marks = l.marks // made with the set, by template
		done <- set.ExecuteTemplate(w, l.entry, v)
	}
	timeout := cmp.Or(v.Site.Config.Timeout, config.DefaultTimeout)
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		t.executors.Put(e)
		if p, ok := r.(*parallel.Panic); ok {
			panic(p) // raised where it was before, in the worker that renders the page
		}
		err, _ := r.(error)
		return err
	case <-timer.C:
		w.abandon() // and e is not put back: its goroutine is still busy
		return &timeoutError{timeout: timeout, layout: l.name}
	}
}

// executor is a goroutine that executes layouts, one page after the other.
// Its stack grows as deep as a layout's templates nest; a new goroutine for
// every page grew a small stack again each time, copying it at every step
// (2 % of a 10,000-file build's CPU). Templates.executors keeps the idle
// ones; once the pool drops one (unused over two collections) or a page that
// ran out of time leaves it, nothing refers to it, and its cleanup closes
// jobs, which ends the goroutine after its last job.
type executor struct {
	jobs chan func()
}

func newExecutor() *executor {
	jobs := make(chan func())
	go func() {
		for job := range jobs {
			job()
		}
	}()
	e := &executor{jobs: jobs}
	runtime.AddCleanup(e, func(jobs chan func()) { close(jobs) }, jobs)
	return e
}

// tickLoops puts an empty text at the start of tree's body and of every
// range's body in it. Executing a text writes it, even when empty, so every
// turn of a loop and every call of a template (recursion) writes once; an
// abandoned writer (limitWriter) fails that write, which ends a layout that
// ran out of time even when it writes nothing of its own. Call it before
// the first execution (html/template escapes the tree then); the empty text
// changes no output. The texts at the start and at the end of the body are
// marks (recursion.Marks) that tell the writer which template begins and
// ends, so that it stops templates that call each other without end, naming
// them, long before text/template's own limit.
func tickLoops(tree *parse.Tree, name string, m *recursion.Marks) {
	if tree == nil || tree.Root == nil {
		return
	}
	diag.Inspect(tree.Root, func(n parse.Node) {
		if r, ok := n.(*parse.RangeNode); ok && r.List != nil {
			r.List.Nodes = append([]parse.Node{&parse.TextNode{NodeType: parse.NodeText, Pos: r.List.Pos, Text: []byte{}}}, r.List.Nodes...)
		}
	})
	m.Mark(tree, name)
}

// depthPageError reports e, met rendering file with the layout l, at the
// call that closes the round of templates.
func depthPageError(e *recursion.Error, l *layout, file string, sources map[string]string) error {
	if call := e.Call(func(name string) *parse.Tree { return l.plan[name] }); call != nil {
		d := inChars(diag.At("layouts", call, "rendering %s: %s", fileMark, e), "layouts", sources)
		return &pageError{file: file, msg: d.Error()}
	}
	return &pageError{file: file, msg: "layouts/" + l.name + ": rendering " + fileMark + ": " + e.Error()}
}

// checkRanges refuses, in every template of a layout's set, a range over a
// constant number above maxRange: it would run for hours, and this way the
// message names the layout's line before any page is rendered.
func checkRanges(dir string, tree *parse.Tree) error {
	if tree == nil {
		return nil
	}
	var err error
	diag.Inspect(tree.Root, func(n parse.Node) {
		if r, ok := n.(*parse.RangeNode); ok && err == nil {
			if num := constantNumber(r.Pipe); num != nil && num.IsUint && num.Uint64 > maxRange {
				err = diag.At(dir, r, "range over %s: a loop of more than %d times would run for hours; range over a list, or a smaller number", num.Text, maxRange)
			}
		}
	})
	return err
}

// constantNumber is the number a pipeline is when it is only a number literal.
func constantNumber(pipe *parse.PipeNode) *parse.NumberNode {
	if pipe == nil || len(pipe.Cmds) != 1 || len(pipe.Cmds[0].Args) != 1 {
		return nil
	}
	num, _ := pipe.Cmds[0].Args[0].(*parse.NumberNode)
	return num
}

// derivedRound is the round of templates that err, an execution error,
// met in a copy html/template made of a template for another context (a
// template called inside an attribute, a script or a URL: its name is
// "a$htmltemplate_stateURL..."), when it is met at a call of a template of
// a round (l's templates calling each other without end): such a copy
// loses the marks recursion.Depth follows, so text/template stopped it at
// its own depth, naming the copy ("exceeded maximum template depth
// (100000)" at <{{template "a$htmltemplate_stateURL_delimDoubleQuote_attrURL" .}}>).
// nil for any other error.
func derivedRound(err error, l *layout) *recursion.Error {
	var inner *texttemplate.ExecError
	for e := err; ; {
		var ee texttemplate.ExecError
		if !errors.As(e, &ee) || ee.Err == nil {
			break
		}
		inner, e = &ee, ee.Err
	}
	if inner == nil {
		return nil // not an execution error: an escaping one, a missing template
	}
	base, _, derived := strings.Cut(inner.Name, "$htmltemplate_")
	if !derived {
		return nil
	}
	m := templateErrRE.FindStringSubmatch(inner.Error())
	if m == nil || m[3] == "" {
		return nil
	}
	// The call where it stopped, in the template as written.
	var call *parse.TemplateNode
	for _, tree := range l.plan {
		diag.Inspect(tree.Root, func(n parse.Node) {
			if tn, ok := n.(*parse.TemplateNode); ok && call == nil {
				if loc, _ := tree.ErrorContext(tn); loc == m[1]+":"+m[2]+":"+m[3] {
					call = tn
				}
			}
		})
	}
	if call == nil {
		return nil
	}
	callee, _, _ := strings.Cut(call.Name, "$htmltemplate_")
	chain := roundFrom(l.plan, callee)
	if chain == nil || !slices.Contains(chain, base) {
		return nil
	}
	return &recursion.Error{Chain: chain}
}

// roundFrom is a shortest round of calls from the template start back to
// it in p ("a", "b", "a"), or nil when its calls never lead back to it.
func roundFrom(p plan, start string) []string {
	prev := map[string]string{}
	queue := []string{start}
	for len(queue) > 0 {
		name := queue[0]
		queue = queue[1:]
		tree := p[name]
		if tree == nil {
			continue
		}
		var callees []string
		diag.Inspect(tree.Root, func(n parse.Node) {
			if tn, ok := n.(*parse.TemplateNode); ok {
				callees = append(callees, tn.Name)
			}
		})
		for _, c := range callees {
			if c == start {
				var chain []string // name back to start
				for at := name; at != start; at = prev[at] {
					chain = append(chain, at)
				}
				chain = append(chain, start)
				slices.Reverse(chain)
				return append(chain, start)
			}
			if _, seen := prev[c]; !seen && c != start {
				prev[c] = name
				queue = append(queue, c)
			}
		}
	}
	return nil
}
