// Package decode reads the YAML, TOML and JSON that people write (front
// matter, site.yaml, i18n files) within bounds, so that no input crashes,
// hangs or exhausts vestis: YAML aliases that refer to themselves or expand
// exponentially ("billion laughs"), and nesting deep enough to overflow a
// recursive decoder's stack, are errors at a line instead. Work and memory stay
// linear in the size of the input. Every reader of user YAML, TOML or JSON goes
// through this package.
package decode

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// MaxDepth is how deeply maps and lists may nest, aliases followed. No site
// needs more than a few levels; a recursive decoder given millions overflows
// its stack, which ends the program.
const MaxDepth = 200

// aliasAllowance is how many nodes aliases may add to a document, however
// small, and beyond it as many as the document has up to maxAliasExtra: real
// files stay far within it, a "billion laughs" that would expand a few hundred
// bytes to billions of values does not, and what passes takes at most a few
// hundred megabytes to hold.
const (
	aliasAllowance = 400_000
	maxAliasExtra  = 1_000_000
)

// Error is a problem at a line (and column, when known) of the decoded text,
// counting from 1; 0 means unknown. Callers add the file and the offset of the
// text in it.
type Error struct {
	Line, Col int
	Msg       string
	// First is, for a key given twice (Key), the line of its first use.
	First int
	Key   string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s", e.Line, e.Text(0))
	}
	return e.Text(0)
}

// Text is the message with the lines it names moved by offset, for text that
// starts on line offset+1 of its file (front matter after its delimiter).
func (e *Error) Text(offset int) string {
	if e.First > 0 {
		return fmt.Sprintf("%s is given twice, %s; keep one", e.Key, OnLines(e.First+offset, e.Line+offset))
	}
	return e.Msg
}

// OnLines says where a thing given twice is: "on lines 3 and 7", or "on
// line 1" when both are on one line (JSON written on one line).
func OnLines(first, second int) string {
	if first == second {
		return fmt.Sprintf("both on line %d", first)
	}
	return fmt.Sprintf("on lines %d and %d", first, second)
}

// YAML parses data into its first document's root node, or nil when data holds
// no document. The tree it returns has no alias cycles, no map with the same
// key twice, nests at most MaxDepth levels and, aliases expanded, has at most
// the document's own nodes plus aliasAllowance and as many again (up to
// maxAliasExtra), so walking it (following
// aliases) is safe and linear in the size of data.
func YAML(data []byte) (*yaml.Node, error) {
	root, _, err := parseYAML(data, false)
	return root, err
}

// YAMLLastWins is YAML for front matter, where Hugo lets the last of a key
// given twice win: it drops the earlier ones from the tree and returns each
// drop as an Error (Key, First and Line set) for a warning, not a stop.
func YAMLLastWins(data []byte) (*yaml.Node, []*Error, error) {
	return parseYAML(data, true)
}

func parseYAML(data []byte, lastWins bool) (*yaml.Node, []*Error, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		// The parser's own limit (10,000 levels) is an error without a
		// line; the text says where the nesting went too deep.
		if deep := yamlFlowDepth(data); deep != nil {
			return nil, nil, deep
		}
		return nil, nil, syntaxError(err, data)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil, nil
	}
	root := doc.Content[0]
	own := countNodes(root)
	c := &checker{budget: own + aliasAllowance + min(own, maxAliasExtra), active: map[*yaml.Node]bool{}, lastWins: lastWins}
	if err := c.check(root, 1); err != nil {
		return nil, nil, err
	}
	return root, c.dropped, nil
}

// deepYAML says that YAML nests too deep, and the likely mistake.
var deepYAML = fmt.Sprintf("lists and maps are nested more than %d levels deep here (each [, { or deeper indentation inside another is a level); a bracket may be left open, or the text pasted into itself", MaxDepth)

// yamlFlowDepth finds the first [ or { of a flow collection more than
// MaxDepth levels deep, outside quoted texts and comments, or returns nil.
// It is asked only about a text the parser refused: a [ in a plain text
// (title: a [b) is counted too, which is fine once the text is refused.
func yamlFlowDepth(data []byte) error {
	depth := 0
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '"':
			for i++; i < len(data) && data[i] != '"'; i++ {
				if data[i] == '\\' {
					i++
				}
			}
		case '\'':
			for i++; i < len(data); i++ {
				if data[i] == '\'' {
					if i+1 < len(data) && data[i+1] == '\'' {
						i++
						continue
					}
					break
				}
			}
		case '#':
			if i == 0 || data[i-1] == ' ' || data[i-1] == '\t' || data[i-1] == '\n' {
				for i < len(data) && data[i] != '\n' {
					i++
				}
			}
		case '[', '{':
			if depth++; depth > MaxDepth {
				line, col := position(data, i)
				return &Error{Line: line, Col: col, Msg: deepYAML}
			}
		case ']', '}':
			depth = max(0, depth-1)
		}
	}
	return nil
}

// countNodes counts the nodes of n's tree without following aliases. The
// parser nests at most 10,000 levels, so the recursion is bounded.
func countNodes(n *yaml.Node) int {
	total := 1
	for _, c := range n.Content {
		total += countNodes(c)
	}
	return total
}

type checker struct {
	budget int
	// active holds the anchored nodes being walked: an alias to one of them
	// is a cycle.
	active map[*yaml.Node]bool
	// outer is the outermost alias being expanded, where an error about
	// too many aliases points.
	outer *yaml.Node
	// lastWins keeps the last of a key given twice in a map, and dropped
	// lists the ones left out; else a key given twice is an error.
	lastWins bool
	dropped  []*Error
}

func (c *checker) check(n *yaml.Node, depth int) error {
	if c.budget--; c.budget < 0 {
		at := n
		if c.outer != nil {
			at = c.outer
		}
		return &Error{Line: at.Line, Col: at.Column, Msg: "aliases (*name) repeat the values of anchors (&name) too many times; write the values out, or use fewer aliases"}
	}
	if depth > MaxDepth {
		return &Error{Line: n.Line, Col: n.Column, Msg: deepYAML}
	}
	if err := tagError(n); err != nil {
		return err
	}
	switch n.Kind {
	case yaml.AliasNode:
		if n.Alias == nil {
			return &Error{Line: n.Line, Col: n.Column, Msg: fmt.Sprintf("alias *%s has no anchor", n.Value)}
		}
		if c.active[n.Alias] {
			return &Error{Line: n.Line, Col: n.Column, Msg: fmt.Sprintf("alias *%s is inside the value of its own anchor &%s, so the value would never end", n.Value, n.Value)}
		}
		if c.outer == nil {
			c.outer = n
			defer func() { c.outer = nil }()
		}
		return c.check(n.Alias, depth)
	case yaml.MappingNode:
		seen := make(map[string]int, len(n.Content)/2) // key -> index of its pair
		drop := false
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if err := keyError(k); err != nil {
				return err
			}
			if k.Kind == yaml.ScalarNode && !isMerge(k) {
				if j, dup := seen[k.Value]; dup {
					e := &Error{Line: k.Line, Col: k.Column, Key: k.Value, First: n.Content[j].Line}
					if !c.lastWins {
						return e
					}
					c.dropped = append(c.dropped, e)
					n.Content[j], drop = nil, true
				}
				seen[k.Value] = i
			}
		}
		if drop {
			kept := n.Content[:0]
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i] != nil {
					kept = append(kept, n.Content[i], n.Content[i+1])
				}
			}
			n.Content = kept
		}
	}
	if n.Anchor != "" {
		c.active[n] = true
		defer delete(c.active, n)
	}
	for _, child := range n.Content {
		if err := c.check(child, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// plainTags are the tags of YAML's core schema, which say what a value is
// in words every reader of vestis's YAML takes (a date, a number, text), as
// when written without them.
var plainTags = map[string]bool{"!!str": true, "!!int": true, "!!float": true, "!!bool": true, "!!null": true, "!!seq": true, "!!map": true, "!!timestamp": true, "!!merge": true}

// tagError says why a value written with a tag outside YAML's core schema
// is refused, at the tag: yaml.v3 reads !!binary as the bytes it encodes
// (published as they are, control characters and all), !!set as a map of
// keys without values, !!omap as a list of one-key maps, and a tag of its
// writer's own (!icon, or a program's !!python/object) as if it were not
// there, so each was published as something else than written.
func tagError(n *yaml.Node) error {
	if n.Style&yaml.TaggedStyle == 0 || n.Kind == yaml.AliasNode {
		return nil
	}
	tag := n.ShortTag()
	var msg string
	switch {
	case plainTags[tag]:
		return nil
	case tag == "!!binary":
		msg = "!!binary makes bytes, not text, and vestis reads only text here; put the file beside the page or in static/ and write its name instead"
	case tag == "!!set":
		msg = "!!set makes a map of keys without values; write a list instead, as [a, b]"
	case tag == "!!omap" || tag == "!!pairs":
		msg = tag + " makes a list of one-key maps; write a map instead, as {a: 1, b: 2}"
	default:
		msg = fmt.Sprintf("the tag %s is not one vestis reads (only YAML's own !!str, !!int, !!float, !!bool, !!null, !!seq, !!map and !!timestamp are); remove it", n.Tag)
	}
	return &Error{Line: n.Line, Col: n.Column, Msg: msg}
}

// keyError refuses a map key that is a list or a map (YAML's "? [a, b]"):
// vestis's keys are names, and such a key was read as its YAML text.
func keyError(k *yaml.Node) error {
	v := k
	for v.Kind == yaml.AliasNode && v.Alias != nil {
		v = v.Alias
	}
	what := map[yaml.Kind]string{yaml.SequenceNode: "a list", yaml.MappingNode: "a map"}[v.Kind]
	if what == "" {
		return nil
	}
	return &Error{Line: k.Line, Col: k.Column, Msg: fmt.Sprintf("this key is %s; a key is a name: write it as one word or text, in quotes if it holds [ ] { } or :", what)}
}

// IsMerge reports whether k is the merge key "<<" (Merge adds its keys).
func IsMerge(k *yaml.Node) bool { return isMerge(k) }

// Merge adds to out the keys of the map, or list of maps, that a "<<" key
// names, leaving the keys out has: a map's own keys win over merged ones,
// wherever the "<<" is written.
func Merge(out map[string]any, v *yaml.Node) error { return merge(out, v) }

// isMerge reports whether k is the merge key "<<", whose value's keys are
// copied into the map that holds it.
func isMerge(k *yaml.Node) bool {
	return k.Kind == yaml.ScalarNode && k.Value == "<<" && k.ShortTag() == "!!merge"
}

// yamlLine is how yaml.v3 gives the position of a syntax error: only in its
// message, as "yaml: line N: ...". It has no error type with a position, so
// this is the one place that reads it.
var yamlLine = regexp.MustCompile(`^(?:yaml: )?(?:line (\d+): )?(.*)$`)

// parserProblems are the messages of yaml.v3's parser (parserc.go), which
// counts lines from 0; its scanner counts from 1. A message without a line is
// on the first.
var parserProblems = map[string]bool{
	"did not find expected <stream-start>":   true,
	"did not find expected <document start>": true,
	"did not find expected node content":     true,
	"did not find expected '-' indicator":    true,
	"did not find expected key":              true,
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found duplicate %TAG directive":         true,
	"found undefined tag handle":             true,
}

func syntaxError(err error, data []byte) *Error {
	m := yamlLine.FindStringSubmatch(err.Error())
	line, msg := 1, m[2]
	if m[1] != "" {
		line, _ = strconv.Atoi(m[1])
		if parserProblems[msg] {
			line = problemLine(data, line+1, msg)
		}
	}
	// A problem found at the end (a list left open on the last line) is
	// said at the last line with text, not at the one after it.
	for line > 1 && strings.TrimSpace(lineOf(data, line)) == "" && line > bytes.Count(data, []byte("\n")) {
		line--
	}
	// A tab in a line's indentation: the scanner says "found character that
	// cannot start any token", which does not name the tab, or that a tab
	// violates indentation, on the line before.
	tabbed := func(n int) bool { return strings.Contains(leadingSpace(lineOf(data, n)), "\t") }
	if !tabbed(line) && tabbed(line+1) && strings.Contains(msg, "tab character") {
		line++
	}
	text := strings.TrimSpace(lineOf(data, line))
	if n, key, ok := TextAfterQuote(data, line); ok && msg == "did not find expected key" {
		return &Error{Line: n, Msg: key + `: text follows the closing quote; put the whole value inside the quotes, as in title: "Riga: news (updated)"`}
	}
	switch {
	case tabbed(line):
		msg = "this line is indented with a tab; YAML indents with spaces only"
	case msg == "did not find expected key" && strings.HasPrefix(text, "-"):
		msg = "this list item (- ...) follows other keys: a list's items go right below their key's line, as under tags:, with no other key between"
	case msg == "did not find expected key":
		msg = "this line does not line up with the keys above it: check the spaces at its start (a key starts where the keys above it start)"
	case msg == "did not find expected '-' indicator":
		msg = "this line does not line up with the list above it: each item starts with - where the others do, and an item's keys start where its first key starts"
	case msg == "did not find expected node content":
		msg = "a value is missing, or a bracket does not match: close each [ with ] and each { with }, and put a value between commas"
	case msg == "did not find expected ',' or ']'":
		msg = "a list begun with [ is not closed: end it with ], with commas between its items"
	case msg == "did not find expected ',' or '}'":
		msg = "a map begun with { is not closed: end it with }, with commas between its keys"
	case msg == "found unexpected end of stream":
		msg = "a value in quotes is not closed: it goes on to the end; end it with the quote it begins with"
	case msg == "could not find expected ':'":
		msg = "a line has no colon: write key: value, or line the text up with the value it goes on"
	case msg == "found character that cannot start any token":
		// YAML keeps @ and ` for later use, and % begins a directive.
		c := "@ or `"
		if i := strings.IndexAny(text, "@`%"); i >= 0 {
			c = text[i : i+1]
		}
		msg = "a value cannot begin with " + c + ": put the value in quotes, as in title: \"@riga\""
	case msg == "mapping values are not allowed in this context":
		msg = mappingValue(data, line)
	case msg == "block sequence entries are not allowed in this context":
		key, _, _ := strings.Cut(text, ":")
		msg = fmt.Sprintf("%s: a list cannot start on its key's line: write %s: [a, b], or put each item (- a) on a line of its own below %s:", key, key, key)
	}
	return &Error{Line: line, Msg: strings.TrimSpace(msg)}
}

// mappingValue says what is wrong with line n of data, where yaml.v3 found
// ": " it could not read as a key's ("mapping values are not allowed in this
// context"): a value that holds ": " unquoted (title: Riga: news), said with
// the value in quotes, or a line indented under a key that has its value,
// which YAML reads as going on that value.
func mappingValue(data []byte, n int) string {
	text := lineOf(data, n)
	item := strings.TrimLeft(text, " \t")
	if rest, ok := strings.CutPrefix(item, "- "); ok {
		item = strings.TrimLeft(rest, " \t") // a list item's key
	}
	if key, value, ok := strings.Cut(item, ": "); ok && strings.Contains(value, ": ") {
		value = strings.TrimSpace(value)
		quoted := `"Riga: news"`
		switch {
		case !strings.ContainsAny(value, `"\`):
			quoted = `"` + value + `"`
		case !strings.Contains(value, "'"):
			quoted = "'" + value + "'"
		}
		return fmt.Sprintf(`%s: the value holds ": ", which YAML reads as the start of another key; put the whole value in quotes, as in %s: %s`, key, key, quoted)
	}
	if text != item {
		return `this line is indented more than the key above it, so YAML reads it as going on that key's value, where ": " may not stand: start a key where the keys above it start, or, if the line goes on a text, put the whole text in quotes`
	}
	return `": " stands where YAML expects no key: if it is part of a text, put the whole text in quotes, as in title: "Riga: news"`
}

// ClosingQuote is the index in s, the rest of a value after its opening
// quote q, of the quote that closes it, or -1: a \" escape does not close a
// double quote, a pair of single quotes does not close a single one.
func ClosingQuote(s string, q byte) int {
	for i := 0; i < len(s); i++ {
		switch {
		case q == '"' && s[i] == '\\':
			i++
		case s[i] == q && q == '\'' && i+1 < len(s) && s[i+1] == '\'':
			i++
		case s[i] == q:
			return i
		}
	}
	return -1
}

// TextAfterQuote finds, at line n of data or the line before (YAML names
// the line after the mistake), a top-level key whose value in quotes is
// followed by more text, as in title: "Riga" (updated): that line and key.
func TextAfterQuote(data []byte, n int) (line int, key string, ok bool) {
	for _, at := range []int{n, n - 1} {
		if at < 1 {
			continue
		}
		k, v, found := strings.Cut(lineOf(data, at), ":")
		v = strings.TrimSpace(v)
		if !found || strings.HasPrefix(k, " ") || strings.HasPrefix(k, "#") || v == "" || v[0] != '"' && v[0] != '\'' {
			continue
		}
		end := ClosingQuote(v[1:], v[0])
		if rest := strings.TrimSpace(v[1+end+1:]); end >= 0 && rest != "" && !strings.HasPrefix(rest, "#") {
			return at, strings.TrimSpace(k), true
		}
	}
	return 0, "", false
}

// problemLine finds the line of a parser problem msg that yaml.v3 placed at
// context, the first line (from 1) of the list or map it was parsing (its
// error keeps the problem's own position to itself): the first line from
// context on such that the lines up to it fail with msg, found by halving.
func problemLine(data []byte, context int, msg string) int {
	ends := []int{} // ends[i]: the end of line context+i
	for i, n := 0, 1; i < len(data); i++ {
		if data[i] == '\n' {
			if n >= context {
				ends = append(ends, i+1)
			}
			n++
		}
	}
	ends = append(ends, len(data))
	fails := func(i int) bool {
		var doc yaml.Node
		err := yaml.Unmarshal(data[:ends[i]], &doc)
		return err != nil && yamlLine.FindStringSubmatch(err.Error())[2] == msg
	}
	i := sort.Search(len(ends), fails)
	if i == len(ends) {
		return context
	}
	return context + i
}

// lineOf is line n (from 1) of data, without its end.
func lineOf(data []byte, n int) string {
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(data, '\n')
		if j < 0 {
			return ""
		}
		data = data[j+1:]
	}
	if j := bytes.IndexByte(data, '\n'); j >= 0 {
		data = data[:j]
	}
	return string(data)
}

// leadingSpace is the spaces and tabs s begins with.
func leadingSpace(s string) string { return s[:len(s)-len(strings.TrimLeft(s, " \t"))] }

// Value turns a node of a tree from YAML into Go values as yaml.v3 decodes
// into any: map[string]any, []any, string, int, float64, bool or nil, with
// merge keys applied, except that timestamps stay text (vestis reads dates in
// the site's time zone).
func Value(n *yaml.Node) (any, error) {
	switch n.Kind {
	case yaml.AliasNode:
		return Value(n.Alias)
	case yaml.SequenceNode:
		out := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := Value(c)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case yaml.MappingNode:
		out := make(map[string]any, len(n.Content)/2)
		if err := mapInto(out, n, true); err != nil {
			return nil, err
		}
		return out, nil
	case yaml.ScalarNode:
		if n.ShortTag() == "!!timestamp" {
			return n.Value, nil
		}
		var v any
		if err := n.Decode(&v); err != nil {
			return nil, &Error{Line: n.Line, Col: n.Column, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
		}
		return v, nil
	}
	return nil, nil
}

// mapInto adds the keys of mapping n to out; explicit keys replace merged ones
// when override is set, as in YAML's merge: a map's own keys win over "<<".
func mapInto(out map[string]any, n *yaml.Node, override bool) error {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if isMerge(k) {
			if err := merge(out, v); err != nil {
				return err
			}
			continue
		}
		if _, set := out[k.Value]; set && !override {
			continue
		}
		val, err := Value(v)
		if err != nil {
			return err
		}
		out[Key(k)] = val
	}
	return nil
}

// merge copies into out the keys of the map (or list of maps) that a "<<" key
// names, without replacing keys out has.
func merge(out map[string]any, v *yaml.Node) error {
	for v.Kind == yaml.AliasNode {
		v = v.Alias
	}
	switch v.Kind {
	case yaml.MappingNode:
		return mapInto(out, v, false)
	case yaml.SequenceNode:
		for _, c := range v.Content {
			for c.Kind == yaml.AliasNode {
				c = c.Alias
			}
			if c.Kind != yaml.MappingNode {
				return &Error{Line: c.Line, Col: c.Column, Msg: "<<: want a map or a list of maps to merge"}
			}
			if err := mapInto(out, c, false); err != nil {
				return err
			}
		}
		return nil
	}
	return &Error{Line: v.Line, Col: v.Column, Msg: "<<: want a map or a list of maps to merge"}
}

// Key is the text of a map key; keys that are not text (a list as a key, say)
// are written as YAML would show them.
func Key(k *yaml.Node) string {
	for k.Kind == yaml.AliasNode {
		k = k.Alias
	}
	if k.Kind == yaml.ScalarNode {
		return k.Value
	}
	b, err := yaml.Marshal(k)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// maxWritten is how much of a value Written quotes.
const maxWritten = 60

// Written is the value n as written in data, the YAML it was parsed from,
// for a message to quote where it names the kind of a value of the wrong
// kind ("want text, got a list, [Riga, news]"): a plain scalar, or a list or
// map written in brackets on one line, cut to maxWritten characters; "" for
// anything else (a list of "- " lines).
func Written(data []byte, n *yaml.Node) string {
	if n == nil {
		return ""
	}
	var s string
	switch {
	case n.Kind == yaml.ScalarNode && n.Style == 0 && !strings.Contains(n.Value, "\n"):
		s = n.Value
	case (n.Kind == yaml.SequenceNode || n.Kind == yaml.MappingNode) && n.Style&yaml.FlowStyle != 0:
		lines := bytes.SplitN(data, []byte("\n"), n.Line+1)
		if n.Line < 1 || n.Line > len(lines) {
			return ""
		}
		line := []rune(string(lines[n.Line-1]))
		if n.Column < 1 || n.Column > len(line) {
			return ""
		}
		end := flowEnd(line[n.Column-1:])
		if end < 0 {
			return ""
		}
		s = string(line[n.Column-1 : n.Column+end])
	default:
		return ""
	}
	if r := []rune(s); len(r) > maxWritten {
		s = string(r[:maxWritten-1]) + "…"
	}
	return s
}

// flowEnd is the index of the bracket that closes the one s begins with,
// quoted text skipped, or -1 when the line does not close it.
func flowEnd(s []rune) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', '{':
			depth++
		case ']', '}':
			if depth--; depth == 0 {
				return i
			}
		case '"', '\'':
			q := s[i]
			for i++; i < len(s) && s[i] != q; i++ {
				if q == '"' && s[i] == '\\' {
					i++
				}
			}
		}
	}
	return -1
}
