package decode

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

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
// number, got "1e400"" would say it is not a number.
func TooLarge(n *yaml.Node) bool {
	if n.Kind != yaml.ScalarNode || n.Style != 0 || n.ShortTag() != "!!str" {
		return false
	}
	_, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
	return errors.Is(err, strconv.ErrRange)
}

// checkNumbersValue is CheckNumbers for a decoded value (TOML, JSON before
// numbers), with line giving the line of a path, or 0.
func checkNumbersValue(v any, line func(path []string) int) error {
	var walk func(v any, path []string) error
	walk = func(v any, path []string) error {
		switch v := v.(type) {
		case float64:
			if math.IsInf(v, 0) || math.IsNaN(v) {
				return numberError(line(path), 0, path, strconv.FormatFloat(v, 'g', -1, 64), false)
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
