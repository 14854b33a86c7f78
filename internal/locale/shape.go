package locale

import (
	"fmt"
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
		return checkMap(file, root, "")
	case yaml.SequenceNode:
		for _, item := range root.Content {
			item = deref(item)
			if item.Kind != yaml.MappingNode {
				return diag.Errorf(file, item.Line, "want messages written key: text, or a list of messages each with an id: and a translation:, got a list of %s", kindWord(item))
			}
			if !hasKey(item, "id") {
				return diag.Errorf(file, item.Line, "this message of the list has no id:; give it one, as in - id: home")
			}
			if err := checkMap(file, item, ""); err != nil {
				return err
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

// checkMap checks the values of m, whose key is the path of keys above it.
func checkMap(file string, m *yaml.Node, key string) error {
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], deref(m.Content[i+1])
		name := strings.TrimPrefix(key+": "+k.Value, ": ")
		switch v.Kind {
		case yaml.MappingNode:
			if err := checkMap(file, v, name); err != nil {
				return err
			}
		case yaml.SequenceNode:
			return diag.Errorf(file, v.Line, "%s: want text, or plural forms such as one: ... and other: ..., got a list", name)
		case yaml.ScalarNode:
			switch v.Tag {
			case "!!int", "!!float", "!!bool":
				return diag.Errorf(file, v.Line, "%s: want text, got %s; write it in quotes, as %q", name, kindWord(v), v.Value)
			}
		}
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

func hasKey(m *yaml.Node, key string) bool {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return true
		}
	}
	return false
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
