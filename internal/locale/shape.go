package locale

import (
	"fmt"
	"github.com/vestis-ssg/vestis/internal/decode"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// checkShape refuses, at its line, a value go-i18n would refuse with a
// message naming no key or line ("unsupported file format int"), or take
// for a message with a made-up id (a list of text read as messages whose
// id is ""): a file is a map of keys to text, plural forms (one: ...,
// other: ...) or keys nested deeper, or go-i18n's older list of maps with
// an id and a translation.
func checkShape(file string, root *yaml.Node) error {
	switch root = deref(root); root.Kind {
	case yaml.MappingNode:
		if err := checkMap(file, root, "", fileMap); err != nil {
			return err
		}
		return uniqueIDs(file, root, "", map[string]int{})
	case yaml.SequenceNode:
		ids := map[string]int{} // the line of each id
		for _, item := range root.Content {
			item = deref(item)
			if item.Kind != yaml.MappingNode {
				return diag.Errorf(file, item.Line, "want messages written key: text, or a list of messages each with an id: and a translation:, got a list of %s", kindWord(item))
			}
			if !hasKey(item, "id") {
				return diag.Errorf(file, item.Line, "this message of the list has no id:; give it one, as in - id: home")
			}
			if err := checkMap(file, item, "", listItem); err != nil {
				return err
			}
			// go-i18n keeps the last of two messages with one id.
			for i := 0; i+1 < len(item.Content); i += 2 {
				k, v := item.Content[i], deref(item.Content[i+1])
				if strings.ToLower(k.Value) != "id" || v.Kind != yaml.ScalarNode {
					continue
				}
				if first, dup := ids[v.Value]; dup {
					return diag.Errorf(file, k.Line, "id %s is given twice, %s; keep one", v.Value, decode.OnLines(first, k.Line))
				}
				ids[v.Value] = k.Line
			}
		}
		return nil
	case yaml.ScalarNode:
		if root.Tag == "!!null" {
			return nil
		}
		return diag.Errorf(file, root.Line, "want messages written key: text, got %s", kindWord(root))
	}
	return nil
}

// mapKind is what the keys of a map of a message file are.
type mapKind int

const (
	fileMap  mapKind = iota // the file's own map: its keys name messages
	groupMap                // a map below a key: its keys name messages too (nav: {home: ...} is nav.home)
	formMap                 // a message's map: its keys are plural forms, or go-i18n's other reserved keys
	listItem                // a message of go-i18n's older list, with an id:
)

// reserved are the keys go-i18n reads as part of a message, not as the
// name of one (compared in lower case, as go-i18n does), with what it
// takes them for.
var reserved = map[string]string{
	"id": "a message's id", "translation": "a message's text",
	"description": "a note for translators", "hash": "a note for translators",
	"leftdelim": "a message's {{ }} delimiters", "rightdelim": "a message's {{ }} delimiters",
	"zero": "a plural form", "one": "a plural form", "two": "a plural form",
	"few": "a plural form", "many": "a plural form", "other": "a plural form",
}

// isTranslationMessage reports whether a file's key k with value v is a
// message named translation, its text or plural forms below it
// (translation: {other: Tulkojums}), which Hugo reads as such (sofastack's
// site has one) and parseMessages gives go-i18n under another name.
func isTranslationMessage(k, v *yaml.Node) bool {
	return strings.EqualFold(k.Value, "translation") && deref(v).Kind == yaml.MappingNode
}

// isReserved reports whether go-i18n reads key k with value v as part of a
// message: a reserved key with text, or translation: with anything.
func isReserved(k, v *yaml.Node) bool {
	if _, ok := reserved[strings.ToLower(k.Value)]; !ok {
		return false
	}
	v = deref(v)
	return k.Value == "translation" || v.Kind == yaml.ScalarNode && v.Tag != "!!null"
}

// checkMap checks the keys and values of m, whose key is the path of keys
// above it. go-i18n would otherwise take, with no word, a reserved key
// where a message's name belongs (a file's other: Citi becomes a message
// without a name), an id: inside a message for the message's new name, and
// "" for a name; and refuse a map that mixes plural forms and messages with
// a message naming no line.
func checkMap(file string, m *yaml.Node, key string, kind mapKind) error {
	var form, name, nameValue *yaml.Node // the first reserved key of m, and the first other
	prefix := strings.TrimPrefix(key+": ", ": ")
	reservedAt := map[string]*yaml.Node{} // reserved keys in lower case, as go-i18n compares them
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		if _, ok := reserved[strings.ToLower(k.Value)]; ok && kind != fileMap {
			// other: and Other: are one key to go-i18n, which keeps one
			// of the two texts in silence.
			if first, twice := reservedAt[strings.ToLower(k.Value)]; twice {
				return diag.Errorf(file, k.Line, "%s%s: is given twice, as %s: on line %d too (letter case aside, as go-i18n reads them); keep one", prefix, k.Value, first.Value, first.Line)
			}
			reservedAt[strings.ToLower(k.Value)] = k
		}
		switch {
		case isReserved(k, m.Content[i+1]) && !(kind == fileMap && isTranslationMessage(k, m.Content[i+1])):
			if form == nil {
				form = k
			}
		case name == nil:
			name, nameValue = k, deref(m.Content[i+1])
		}
	}
	switch {
	case kind == listItem:
	case form != nil && name != nil && reserved[strings.ToLower(name.Value)] == "a plural form":
		// one: x beside other: with no text: a plural form left empty, or
		// a list, not a message's name.
		got := "nothing"
		switch nameValue.Kind {
		case yaml.SequenceNode:
			got = "a list, " + written(nameValue)
		case yaml.MappingNode:
			got = "a map, " + written(nameValue)
		}
		return diag.Errorf(file, name.Line, "%s%s: want the text of this plural form, as beside it %s: has, got %s", prefix, name.Value, form.Value, got)
	case kind == fileMap && form != nil:
		return diag.Errorf(file, form.Line, "%s cannot name a message: go-i18n reads %s: as %s; rename it (for example %sText)", form.Value, form.Value, reserved[strings.ToLower(form.Value)], form.Value)
	case form != nil && name != nil:
		return diag.Errorf(file, form.Line, "%s%s: is %s, but %s: beside it (line %d) names a message; keys of one map are either a message's plural forms (zero, one, two, few, many, other) or names of messages, so rename the one that does not belong",
			prefix, form.Value, reserved[strings.ToLower(form.Value)], name.Value, name.Line)
	case form != nil:
		kind = formMap
		if !hasText(m) {
			// Only notes (description:, hash:): go-i18n makes a message
			// whose text is empty, and pages showed nothing in silence.
			own := key[strings.LastIndex(key, ": ")+1:]
			return diag.Errorf(file, form.Line, "%s: has %s but no text; write the text too, as in %s: {other: ..., %s: ...}", key, reserved[strings.ToLower(form.Value)], strings.TrimSpace(own), form.Value)
		}
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], deref(m.Content[i+1])
		name := strings.TrimPrefix(key+": "+k.Value, ": ")
		switch {
		case k.Value == "" && kind != listItem:
			return diag.Errorf(file, k.Line, "%sa key is empty (\"\": ...); name the message before its colon, as in home: Sākums", prefix)
		case kind == formMap && strings.ToLower(k.Value) == "id":
			return diag.Errorf(file, k.Line, "%s%s: would rename this message to %q; a message is named by the key above it, so remove %s:", prefix, k.Value, v.Value, k.Value)
		}
		switch v.Kind {
		case yaml.MappingNode:
			if err := checkMap(file, v, name, groupMap); err != nil {
				if what := reserved[strings.ToLower(k.Value)]; what == "a plural form" || what == "a message's text" {
					// other: {a: 1}: go-i18n reads other as a group's name
					// only because it holds no text; the writer meant the text.
					return diag.Errorf(file, k.Line, "%s: holds a map, %s, where %s belongs; write the text itself, as in %s: Citi", name, written(v), what, k.Value)
				}
				return err
			}
		case yaml.SequenceNode:
			return diag.Errorf(file, v.Line, "%s: want text, or plural forms such as one: ... and other: ..., got a list, %s", name, written(v))
		case yaml.ScalarNode:
			switch v.Tag {
			case "!!int", "!!float", "!!bool":
				return diag.Errorf(file, v.Line, "%s: want text, got %s; write it in quotes, as %q", name, kindWord(v), v.Value)
			}
		}
	}
	return nil
}

// uniqueIDs refuses two messages of one id in a map of messages that
// checkMap has checked: go-i18n names a message in a group by the keys
// joined with dots, so nav: {home: ...} and nav.home: ... are one id, and
// the last would silently win. seen holds the line of each id so far.
func uniqueIDs(file string, m *yaml.Node, prefix string, seen map[string]int) error {
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], deref(m.Content[i+1])
		id := prefix + k.Value
		if v.Kind == yaml.MappingNode && len(v.Content) > 0 && !isReserved(v.Content[0], v.Content[1]) {
			if err := uniqueIDs(file, v, id+".", seen); err != nil {
				return err
			}
			continue
		}
		if first, dup := seen[id]; dup {
			return diag.Errorf(file, k.Line, "the message %s is given twice, %s (a key inside a group is its name and the group's joined with a dot); keep one", id, decode.OnLines(first, k.Line))
		}
		seen[id] = k.Line
	}
	return nil
}

// deref is n, or the node an alias n refers to (decode.YAML has checked
// that aliases end).
func deref(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// hasText reports whether m, a message's map, holds its text: translation:
// or a plural form.
func hasText(m *yaml.Node) bool {
	for i := 0; i+1 < len(m.Content); i += 2 {
		switch reserved[strings.ToLower(m.Content[i].Value)] {
		case "a message's text", "a plural form":
			return true
		}
	}
	return false
}

func hasKey(m *yaml.Node, key string) bool {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return true
		}
	}
	return false
}

// maxWritten is how much of a value written shows: enough to find it.
const maxWritten = 40

// written is value n as a reader would find it in the file, on one line
// ([1], {a: 1}), shortened to maxWritten characters with "...".
func written(n *yaml.Node) string {
	var b strings.Builder
	var write func(n *yaml.Node)
	write = func(n *yaml.Node) {
		if b.Len() > maxWritten {
			return
		}
		n = deref(n)
		switch n.Kind {
		case yaml.SequenceNode:
			b.WriteString("[")
			for i, c := range n.Content {
				if i > 0 {
					b.WriteString(", ")
				}
				write(c)
			}
			b.WriteString("]")
		case yaml.MappingNode:
			b.WriteString("{")
			for i := 0; i+1 < len(n.Content); i += 2 {
				if i > 0 {
					b.WriteString(", ")
				}
				write(n.Content[i])
				b.WriteString(": ")
				write(n.Content[i+1])
			}
			b.WriteString("}")
		default:
			b.WriteString(n.Value)
		}
	}
	write(n)
	if r := []rune(b.String()); len(r) > maxWritten {
		return string(r[:maxWritten]) + "..."
	}
	return b.String()
}

// kindWord names what a YAML value is, in a user's words.
func kindWord(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "lists"
	case yaml.MappingNode:
		return "a map"
	}
	switch n.Tag {
	case "!!int", "!!float":
		return "the number " + n.Value
	case "!!bool":
		return fmt.Sprintf("true or false (%s)", n.Value)
	}
	return "text"
}
