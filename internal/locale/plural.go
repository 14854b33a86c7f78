package locale

import (
	"fmt"
	"slices"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// formNames are CLDR's plural categories in CLDR's order.
var formNames = []struct {
	form plural.Form
	name string
}{{plural.Zero, "zero"}, {plural.One, "one"}, {plural.Two, "two"}, {plural.Few, "few"}, {plural.Many, "many"}, {plural.Other, "other"}}

// Categories lists the plural categories a language's whole-number counts use,
// from CLDR's rules: Latvian zero, one, other; English one, other; Vietnamese other.
func Categories(lang string) []string {
	tag := language.Make(lang)
	used := map[plural.Form]bool{plural.Other: true}
	for n := range 1000 {
		used[plural.Cardinal.MatchPlural(tag, n, 0, 0, 0, 0)] = true
	}
	var out []string
	for _, f := range formNames {
		if used[f.form] {
			out = append(out, f.name)
		}
	}
	return out
}

// has reports which categories a message defines.
func has(m *i18n.Message) map[string]bool {
	return map[string]bool{"zero": m.Zero != "", "one": m.One != "", "two": m.Two != "", "few": m.Few != "", "many": m.Many != "", "other": m.Other != ""}
}

// isPlural reports whether a message has plural forms (more than "other").
func isPlural(m *i18n.Message) bool {
	return m.Zero != "" || m.One != "" || m.Two != "" || m.Few != "" || m.Many != ""
}

// pluralWarnings finds plural messages that lack a category their language
// needs. defs holds each language's messages and the lines of their keys.
func pluralWarnings(lang, file string, msgs map[string]*i18n.Message, lines map[string]int) []Warning {
	need := Categories(lang)
	var ids []string
	for id := range msgs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var out []Warning
	for _, id := range ids {
		m := msgs[id]
		if !isPlural(m) {
			continue
		}
		h := has(m)
		var missing []string
		for _, c := range need {
			if !h[c] {
				missing = append(missing, c)
			}
		}
		if len(missing) > 0 {
			out = append(out, Warning{File: file, Line: lines[id], Lang: lang, Key: id, Plural: missing,
				Msg: fmt.Sprintf("key %q lacks the plural forms %s that %s needs (%s)", id, strings.Join(missing, ", "), lang, strings.Join(need, ", "))})
		}
	}
	return out
}

// keyLines maps the dotted message IDs of a message file, root as from
// decode.YAML, to their lines.
func keyLines(root *yaml.Node) map[string]int {
	lines := map[string]int{}
	if root == nil {
		return lines
	}
	var walk func(n *yaml.Node, prefix string)
	walk = func(n *yaml.Node, prefix string) {
		if n.Kind != yaml.MappingNode {
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			id := prefix + n.Content[i].Value
			lines[id] = n.Content[i].Line
			walk(n.Content[i+1], id+".")
		}
	}
	walk(root, "")
	return lines
}

// Category is the CLDR plural category of the whole number n in lang:
// Latvian "zero" for 10 or 11, "one" for 21, "other" for 2.
func Category(lang string, n int) string {
	form := plural.Cardinal.MatchPlural(language.Make(lang), n, 0, 0, 0, 0)
	for _, f := range formNames {
		if f.form == form {
			return f.name
		}
	}
	return "other"
}
