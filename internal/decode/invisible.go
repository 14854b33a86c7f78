package decode

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// invisible reports whether r is a character a web page may not hold that
// shows as nothing: a control character other than tab and the line ends,
// or a byte order mark (U+FEFF), a file's first character pasted into
// another. HTML forbids the first, XML (the feeds and sitemaps) too, and a
// title holding either is another title that looks the same.
func invisible(r rune) bool {
	return r == '\ufeff' || r != '\t' && r != '\n' && r != '\r' && unicode.IsControl(r)
}

// InvisibleName names r, a character invisible finds, for a message.
func InvisibleName(r rune) string {
	if r == '\ufeff' {
		return "the invisible byte order mark U+FEFF (the mark some editors put before a file's first letter; text pasted from such a file brings it)"
	}
	return fmt.Sprintf("the invisible control character U+%04X", r)
}

// invisibleIn is the first character of s that invisible finds.
func invisibleIn(s string) (rune, bool) {
	if i := strings.IndexFunc(s, invisible); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return r, true
	}
	return 0, false
}

// invisibleError is the message of a text at path holding r.
func invisibleError(line int, path []string, key bool, r rune) *Error {
	what := "contains"
	if key {
		what = "is a key that contains"
	}
	where := strings.Join(path, ": ")
	if where != "" {
		where += ": "
	}
	return &Error{Line: line, Msg: fmt.Sprintf("%s%s %s, which a web page may not hold; delete it", where, what, InvisibleName(r))}
}

// CheckInvisible refuses, in a YAML document, a key or text holding a
// character invisible finds, written as it is or as an escape ("\e",
// "\u0007"), at its line: settings files (site.yaml, i18n, data) are put
// in pages as they are, where such a character breaks a feed's XML or makes
// a title another that looks the same.
func CheckInvisible(n *yaml.Node) error {
	check := func(key bool) func(n *yaml.Node, path []string) error {
		return func(n *yaml.Node, path []string) error {
			if r, ok := invisibleIn(n.Value); ok {
				return invisibleError(n.Line, path, key, r)
			}
			return nil
		}
	}
	return walkValues(n, check(true), check(false))
}

// checkInvisibleValue is CheckInvisible for a decoded value (TOML, JSON),
// with line giving the line of a path, or 0.
func checkInvisibleValue(v any, line func(path []string) int) error {
	var walk func(v any, path []string) error
	walk = func(v any, path []string) error {
		switch v := v.(type) {
		case string:
			if r, ok := invisibleIn(v); ok {
				return invisibleError(line(path), path, false, r)
			}
		case []any:
			for i, x := range v {
				if err := walk(x, append(slices.Clip(path), "item "+strconv.Itoa(i+1))); err != nil {
					return err
				}
			}
		case []map[string]any:
			for i, x := range v {
				if err := walk(x, append(slices.Clip(path), "item "+strconv.Itoa(i+1))); err != nil {
					return err
				}
			}
		case map[string]any:
			for _, k := range slices.Sorted(maps.Keys(v)) {
				if r, ok := invisibleIn(k); ok {
					return invisibleError(line(path), path, true, r)
				}
				if err := walk(v[k], append(slices.Clip(path), k)); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return walk(v, nil)
}
