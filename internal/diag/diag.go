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
