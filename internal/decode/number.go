package decode

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// CheckNumbers refuses, in a YAML document, a number no page can show: one
// infinite or not a number (.inf, .nan), which templates print as +Inf or
// NaN, and one too large for any computer number (1e400), which YAML
// keeps as the text "1e400" in silence. Settings files (site.yaml's params,
// data) are put in pages as they are.
func CheckNumbers(n *yaml.Node) error {
	return walkValues(n, nil, func(n *yaml.Node, path []string) error {
		if n.Style != 0 { // quoted: text, as written
			return nil
		}
		switch n.ShortTag() {
		case "!!float":
			var f float64
			if n.Decode(&f) == nil && (math.IsInf(f, 0) || math.IsNaN(f)) {
				return numberError(n.Line, n.Column, path, n.Value, false)
			}
		case "!!str":
			if TooLarge(n) {
				return numberError(n.Line, n.Column, path, n.Value, true)
			}
		}
		return nil
	})
}

// walkValues calls key with every key of a mapping in the YAML document n
// (key may be nil) and scalar with every scalar value, each with its path
// of keys ("item N" for a list's): settings files' checks (CheckNumbers,
// CheckInvisible). An alias is not followed: its anchor is walked where it
// is. The first error stops the walk.
func walkValues(n *yaml.Node, key, scalar func(n *yaml.Node, path []string) error) error {
	var walk func(n *yaml.Node, path []string) error
	walk = func(n *yaml.Node, path []string) error {
		if n == nil {
			return nil
		}
		switch n.Kind {
		case yaml.DocumentNode, yaml.SequenceNode:
			for i, c := range n.Content {
				p := path
				if n.Kind == yaml.SequenceNode {
					p = append(slices.Clip(path), "item "+strconv.Itoa(i+1))
				}
				if err := walk(c, p); err != nil {
					return err
				}
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				if key != nil {
					if err := key(k, path); err != nil {
						return err
					}
				}
				if err := walk(n.Content[i+1], append(slices.Clip(path), k.Value)); err != nil {
					return err
				}
			}
		case yaml.ScalarNode:
			return scalar(n, path)
		}
		return nil
	}
	return walk(n, nil)
}

// TooLarge reports whether n is a number written plain that no float64
// holds (1e400, -1e400): yaml.v3 resolves it as text, so that "want a
// number, got "1e400"" would say it is not a number. A hexadecimal float
// (0x1p2000), which YAML does not read as a number, is the text it shows.
func TooLarge(n *yaml.Node) bool {
	if n.Kind != yaml.ScalarNode || n.Style != 0 || n.ShortTag() != "!!str" {
		return false
	}
	digits := strings.TrimLeft(n.Value, "+-")
	if strings.HasPrefix(digits, "0x") || strings.HasPrefix(digits, "0X") {
		return false
	}
	_, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
	return errors.Is(err, strconv.ErrRange)
}

// CheckNumbers is CheckNumbers for a TOML table: an inf or nan in it
// (TOML's words for them) is refused at its line and column, as written;
// the decoder refuses a number too large itself.
func (t *Table) CheckNumbers() error {
	return checkNumbersValue(t.Values, func(path []string) int { return t.LineAt(path...) }, t.data)
}

// checkNumbersValue is CheckNumbers for a decoded value (TOML, JSON before
// numbers), with line giving the line of a path, or 0. data is the TOML
// text whose inf or nan a message quotes as written, from the path's line
// on (tomlWord), or nil.
func checkNumbersValue(v any, line func(path []string) int, data []byte) error {
	var walk func(v any, path []string) error
	walk = func(v any, path []string) error {
		switch v := v.(type) {
		case float64:
			if math.IsInf(v, 0) || math.IsNaN(v) {
				n, col := line(path), 0
				written := strconv.FormatFloat(v, 'g', -1, 64)
				if w, l, c, ok := tomlWord(data, n, isInfNaN); ok {
					written, n, col = w, l, c
				}
				return numberError(n, col, path, written, false)
			}
		case json.Number:
			if _, err := v.Float64(); errors.Is(err, strconv.ErrRange) {
				return numberError(line(path), 0, path, v.String(), true)
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
				if err := walk(v[k], append(slices.Clip(path), k)); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return walk(v, nil)
}

// isInfNaN reports whether word is TOML's inf or nan, signed or not.
func isInfNaN(word string) bool {
	word = strings.TrimLeft(word, "+-")
	return word == "inf" || word == "nan"
}

// tomlWord finds in data, TOML, from line from on, the first bare word
// (not in a text or a comment, not a key) for which match is true: the
// value as written, with its line and column (characters from 1).
func tomlWord(data []byte, from int, match func(string) bool) (word string, line, col int, ok bool) {
	if from < 1 {
		from = 1
	}
	lines := strings.Split(string(data), "\n")
	var quote string // the open multi-line text's delimiter
	for i := from - 1; i < len(lines); i++ {
		s := lines[i]
		for j := 0; j < len(s); {
			if quote != "" {
				end := strings.Index(s[j:], quote)
				if end < 0 {
					break
				}
				j += end + len(quote)
				quote = ""
				continue
			}
			switch c := s[j]; {
			case c == '#':
				j = len(s)
			case strings.HasPrefix(s[j:], `"""`) || strings.HasPrefix(s[j:], "'''"):
				quote = s[j : j+3]
				j += 3
			case c == '"' || c == '\'':
				k := j + 1
				for k < len(s) && s[k] != c {
					if c == '"' && s[k] == '\\' {
						k++
					}
					k++
				}
				j = k + 1
			case isWordByte(c):
				k := j
				for k < len(s) && isWordByte(s[k]) {
					k++
				}
				rest := strings.TrimLeft(s[k:], " \t")
				isKey := strings.HasPrefix(rest, "=") || strings.HasPrefix(rest, ".")
				if w := s[j:k]; !isKey && match(w) {
					return w, i + 1, utf8.RuneCountInString(s[:j]) + 1, true
				}
				j = k
			default:
				j++
			}
		}
	}
	return "", 0, 0, false
}

// TOMLValue is the value on line of data, TOML, as written when it is a
// bare word (a number, true, inf): what a message quotes, where the decoded
// value would be reformatted (1e300 is 1e+300, 007 is 7).
func TOMLValue(data []byte, line int) (string, bool) {
	lines := bytes.SplitN(data, []byte("\n"), line+1)
	if line < 1 || line > len(lines) {
		return "", false
	}
	w, _, _, ok := tomlWord(lines[line-1], 1, func(string) bool { return true })
	return w, ok
}

// isWordByte reports whether c is part of a bare TOML word (a key, a
// number, true, inf).
func isWordByte(c byte) bool {
	return c == '+' || c == '-' || c == '_' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// numberError is the message of the number written at path: too large
// for a float64 (1e400), or else infinite or not a number (.inf, .nan).
func numberError(line, col int, path []string, written string, tooLarge bool) *Error {
	where := strings.Join(path, ": ")
	if where != "" {
		where += ": "
	}
	if tooLarge {
		return &Error{Line: line, Col: col, Msg: fmt.Sprintf("%s%s is too large a number for a computer to hold, which a page would show as the text %q; write a smaller number, or put it in quotes to mean the text", where, written, written)}
	}
	shown := "+Inf"
	switch lower := strings.ToLower(written); {
	case strings.Contains(lower, "nan"):
		shown = "NaN"
	case strings.HasPrefix(lower, "-"):
		shown = "-Inf"
	}
	return &Error{Line: line, Col: col, Msg: fmt.Sprintf("%s%s is no number a page can show (it would print as %s); write a number, or put it in quotes to mean the text", where, written, shown)}
}
