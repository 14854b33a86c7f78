// Package diag is the one shape of every problem vestis reports about a site:
// a file, a position in it, a message and a severity. Config, content, i18n,
// templates and warnings all speak it, so that the CLI, the dev server's
// overlay and check print and count them the same way.
package diag

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Severity says whether a diagnostic stops the build.
type Severity int

const (
	// Error stops the build.
	Error Severity = iota
	// Warning is printed; --strict makes it an error.
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one problem at a place in a site's files.
type Diagnostic struct {
	// File is relative to the site's folder, with forward slashes; empty when
	// the problem has no file (a flag, say).
	File string
	// Line and Col count from 1; 0 means unknown.
	Line, Col int
	Msg       string
	Severity  Severity
	// Err is the cause, when Msg says it in the user's terms.
	Err error
	// Cause, when set, is what this problem shares with others of one
	// mistake (a base URL without the path the images are written with),
	// and Item what names this one ("image \"/handbook/img/a.png\""):
	// Grouped says the cause once and lists the items. Msg still says
	// all of it, for a problem shown alone.
	Cause, Item string
}

// Errorf makes an error diagnostic at file:line.
func Errorf(file string, line int, format string, args ...any) *Diagnostic {
	return &Diagnostic{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// Warnf makes a warning at file:line.
func Warnf(file string, line int, format string, args ...any) *Diagnostic {
	return &Diagnostic{File: file, Line: line, Msg: fmt.Sprintf(format, args...), Severity: Warning}
}

// Wrap makes an error diagnostic at file:line whose cause is err; its message
// is msg when given, else err's.
func Wrap(file string, line int, err error, msg string) *Diagnostic {
	if msg == "" {
		msg = err.Error()
	}
	return &Diagnostic{File: file, Line: line, Msg: msg, Err: err}
}

// Error returns "file:line:col: message", leaving out what is unknown.
func (d *Diagnostic) Error() string {
	var b strings.Builder
	if d.File != "" {
		b.WriteString(shownName(d.File))
		if d.Line > 0 {
			fmt.Fprintf(&b, ":%d", d.Line)
			if d.Col > 0 {
				fmt.Fprintf(&b, ":%d", d.Col)
			}
		}
		b.WriteString(": ")
	}
	b.WriteString(d.Msg)
	return b.String()
}

func (d *Diagnostic) Unwrap() error { return d.Err }

// shownName is a file name as a message shows it: escaped as in a Go string
// when it holds a control character or bytes that are not UTF-8, which
// would otherwise break the message's line, forge another, or colour a
// terminal.
func shownName(name string) string {
	if utf8.ValidString(name) && !strings.ContainsFunc(name, func(r rune) bool { return r < 0x20 || r >= 0x7f && r <= 0x9f }) {
		return name
	}
	q := strconv.Quote(name)
	return q[1 : len(q)-1]
}

// List is the diagnostics of a run. As an error it is all of them, one a line.
type List []*Diagnostic

func (l List) Error() string {
	lines := make([]string, len(l))
	for i, d := range l {
		lines[i] = d.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap lets errors.Is and errors.As see each diagnostic.
func (l List) Unwrap() []error {
	out := make([]error, len(l))
	for i, d := range l {
		out[i] = d
	}
	return out
}

// Sort orders l by file, line, column and message, and drops exact repeats
// (one page's mistake met once per language, say).
func (l List) Sort() List {
	slices.SortStableFunc(l, func(a, b *Diagnostic) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Col, b.Col), strings.Compare(a.Msg, b.Msg))
	})
	return slices.CompactFunc(l, same)
}

// same reports whether a and b say the same thing at the same place; their
// causes may differ (one error value per language the page is built in).
func same(a, b *Diagnostic) bool {
	return a.File == b.File && a.Line == b.Line && a.Col == b.Col && a.Msg == b.Msg && a.Severity == b.Severity
}

// Unique is l without the diagnostics that repeat an earlier one (same
// place, message and severity), in l's order: a page's mistake met once per
// language it is shown in (its own and others' fallbacks) is one line.
func (l List) Unique() List {
	type key struct {
		file      string
		line, col int
		msg       string
		sev       Severity
	}
	seen := make(map[key]bool, len(l))
	out := make(List, 0, len(l))
	for _, d := range l {
		k := key{d.File, d.Line, d.Col, d.Msg, d.Severity}
		if !seen[k] {
			seen[k] = true
			out = append(out, d)
		}
	}
	return out
}

// Err returns l as an error, or nil when it is empty.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Flatten returns the diagnostics in err: a List, a Diagnostic, or errors
// joined with errors.Join, at any depth. An error that is none of these becomes
// a diagnostic without a file per line of its message.
func Flatten(err error) List {
	if err == nil {
		return nil
	}
	var d *Diagnostic
	switch e := err.(type) {
	case List:
		return slices.Clone(e)
	case *Diagnostic:
		return List{e}
	case interface{ Unwrap() []error }:
		var out List
		for _, e := range e.Unwrap() {
			out = append(out, Flatten(e)...)
		}
		return out
	}
	if errors.As(err, &d) && d.Error() == err.Error() {
		return List{d}
	}
	var out List
	for line := range strings.Lines(err.Error()) {
		out = append(out, &Diagnostic{Msg: strings.TrimSuffix(line, "\n"), Err: err})
	}
	return out
}

// GroupLimit is how many places a group of problems (Grouped) lists before
// "and N more".
const GroupLimit = 10

// groupMin is the fewest problems of one message that Grouped says as one:
// a page's mistake in its three translations reads better as three lines
// than as a heading and three places. Problems of one Cause group from two.
const groupMin = 4

// Grouped is l with the problems of one mistake made in many places said
// once: those with the same Cause (else the same message) and severity
// become one diagnostic, at the place of the first, whose message is the
// cause, then the places (with each one's Item) one a line, the first
// GroupLimit of them and how many more. A build with a hundred images
// written with the same wrong base path gives one message, not a hundred.
// A problem alone, or one of fewer than groupMin with one message and no
// Cause, is left as it is.
func (l List) Grouped() List {
	type key struct {
		cause bool
		text  string
		sev   Severity
	}
	keyOf := func(d *Diagnostic) key {
		if d.Cause != "" {
			return key{true, d.Cause, d.Severity}
		}
		return key{false, d.Msg, d.Severity}
	}
	groups := map[key][]*Diagnostic{}
	for _, d := range l {
		if d.File != "" {
			groups[keyOf(d)] = append(groups[keyOf(d)], d)
		}
	}
	out := make(List, 0, len(l))
	for _, d := range l {
		g := groups[keyOf(d)]
		switch {
		case d.File == "" || len(g) < 2 || d.Cause == "" && len(g) < groupMin:
			out = append(out, d)
			continue
		case g[0] != d:
			continue // said with the first
		}
		k := keyOf(d)
		var b strings.Builder
		files := map[string]bool{}
		for _, x := range g {
			files[x.File] = true
		}
		where := fmt.Sprintf("%d places", len(g))
		if len(files) == len(g) {
			where = fmt.Sprintf("%d files", len(g))
		}
		fmt.Fprintf(&b, "%s; in %s:", k.text, where)
		for i, x := range g {
			if i == GroupLimit {
				fmt.Fprintf(&b, "\n  and %d more", len(g)-GroupLimit)
				break
			}
			place := (&Diagnostic{File: x.File, Line: x.Line, Col: x.Col}).Error()
			place = strings.TrimSuffix(place, ": ")
			if k.cause && x.Item != "" {
				place += ": " + x.Item
			}
			b.WriteString("\n  " + place)
		}
		out = append(out, &Diagnostic{Msg: b.String(), Severity: d.Severity, Err: d.Err})
	}
	return out
}
