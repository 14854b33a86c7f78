package content

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/vestis-ssg/vestis/internal/decode"
)

// rawMatter is the front matter block as found, before decoding.
type rawMatter struct {
	format string
	data   []byte
	// inline: the block starts on the opening line (a bare JSON object), not
	// on the line after the delimiter.
	inline bool
}

// delimiter is a front matter format's opening and closing lines, as
// adrg/frontmatter's formats (which the tests compare with) define them.
type delimiter struct {
	start, end, format string
}

// formats are the delimiters of front matter; decoding is ours so that YAML is
// decoded with yaml.v3 and errors carry the line in the .md file.
var formats = []delimiter{
	{"---", "---", "yaml"},
	{"---yaml", "---", "yaml"},
	{"+++", "+++", "toml"},
	{"---toml", "---", "toml"},
	{";;;", ";;;", "json"},
	{"---json", "---", "json"},
}

// split finds the front matter block of data as adrg/frontmatter.Parse does
// (the first non-blank line opens it, the first line equal to the closing
// delimiter, spaces trimmed, closes it), without copying data: the block and
// the body are slices of data. With no block, or one never closed, raw is
// empty and body is data.
func split(data []byte) (raw rawMatter, body []byte) {
	var open *delimiter
	rest := data
	for open == nil {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 { // the last line, without a line end, opens nothing
			return rawMatter{}, data
		}
		line := bytes.TrimSpace(rest[:i])
		rest = rest[i+1:]
		if len(line) == 0 {
			continue
		}
		for j := range formats {
			if string(line) == formats[j].start {
				open = &formats[j]
				break
			}
		}
		if open == nil {
			return rawMatter{}, data
		}
	}
	block := rest
	for len(rest) > 0 {
		at := len(block) - len(rest)
		line, next, _ := bytes.Cut(rest, []byte("\n"))
		rest = next
		if closes(bytes.TrimSpace(line), open.end) {
			return rawMatter{format: open.format, data: block[:at:at]}, rest
		}
	}
	return rawMatter{}, data
}

// closes reports whether a trimmed line closes front matter that end
// closes: end itself, or a longer run of its character ("----------"), which
// Hugo takes for the end too.
func closes(line []byte, end string) bool {
	return len(line) >= len(end) && bytes.HasPrefix(line, []byte(end)) && len(bytes.Trim(line, end[:1])) == 0
}

// matter is decoded front matter: values by key and the line of each key in the file.
type matter struct {
	values map[string]any
	lines  map[string]int
	start  int // line of the opening delimiter
	// toml, for TOML front matter, finds the lines of keys.
	toml *decode.Table
	// tomlLookups counts toml.Line calls, each linear in the block's size.
	tomlLookups int
	// warns are problems of the block that do not stop the page: a YAML
	// key given twice, whose last value is used, as Hugo uses it.
	warns []*lineError
	// plain are the keys whose values are YAML scalars written without
	// quotes: draft: yes is YAML 1.1's true, as Hugo's YAML reads it, where
	// draft: "yes" is text (see fieldDecoder.boolean).
	plain map[string]bool
	// json is set for JSON front matter, whose text has no single quotes.
	json bool
	// written holds, of YAML's plain scalar values and JSON's numbers, the
	// text as written, which decoding a number changes (1e300 is 1e+300,
	// 007 is 7); data is the block, where TOML's are found (matter.text).
	written map[string]string
	data    []byte
	// lists holds, of YAML's lists and maps written in brackets on one
	// line, the text as written (decode.Written), which a message about a
	// value of the wrong kind quotes.
	lists map[string]string
}

// maxTOMLLookups bounds the lookups of TOML keys' lines per file, so that a
// file with thousands of mistakes is not quadratic; later ones point at the
// opening delimiter.
const maxTOMLLookups = 100

// splitMatter separates front matter from the body. It returns the decoded front
// matter (empty when the file has none), the body and the body's first line.
func splitMatter(data []byte) (*matter, []byte, int, error) {
	m := &matter{values: map[string]any{}, lines: map[string]int{}}
	raw, body := split(data)
	if raw.format == "" {
		if delim, line := openingDelimiter(data); delim != "" {
			if other, at := otherClosing(data, line, closing(delim)); other != "" {
				// Opened with --- and closed with +++: the writer's
				// mistake is the closing line, not a missing one.
				return nil, nil, 0, &lineError{line: at, msg: fmt.Sprintf("front matter: opened with %q on line %d but closed with %q here; open and close it with the same line (--- for YAML, +++ for TOML)", delim, line, other)}
			}
			return nil, nil, 0, &lineError{line: line, msg: fmt.Sprintf("front matter: no closing %q line", closing(delim))}
		}
		var line int
		var err error
		if raw, body, line, err = splitJSON(data); err != nil {
			return nil, nil, 0, err
		}
		if raw.format == "" {
			return m, data, 1, nil
		}
		m.start = line
	} else {
		_, m.start = openingDelimiter(data)
	}
	bodyLine := 1 + bytes.Count(data[:len(data)-len(body)], []byte("\n"))
	if err := m.decode(raw); err != nil {
		return nil, nil, 0, err
	}
	return m, body, bodyLine, nil
}

// splitJSON finds front matter written as Hugo writes JSON, a bare object
// at the top of the file ({ on the first non-blank line, up to its matching
// }), which split, following adrg/frontmatter's delimiters, does not see. line
// is the line of the opening brace; the body starts after the closing brace's
// line when nothing but spaces follows it there. A file whose first character
// is { but whose object never closes is an error: taken as Markdown, its
// front matter would be shown as text.
func splitJSON(data []byte) (raw rawMatter, body []byte, line int, err error) {
	start := 0
	line = 1
	for start < len(data) && (data[start] == ' ' || data[start] == '\t' || data[start] == '\r' || data[start] == '\n') {
		if data[start] == '\n' {
			line++
		}
		start++
	}
	if start == len(data) || data[start] != '{' {
		return rawMatter{}, data, 0, nil
	}
	depth, inString := 0, false
	for i := start; i < len(data); i++ {
		c := data[i]
		switch {
		case inString && c == '\\':
			i++
		case c == '"':
			inString = !inString
		case inString:
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth == 0 {
				end := i + 1
				rest := data[end:]
				if nl := bytes.IndexByte(rest, '\n'); nl >= 0 && len(bytes.TrimSpace(rest[:nl])) == 0 {
					rest = rest[nl+1:]
				} else if len(bytes.TrimSpace(rest)) == 0 {
					rest = rest[len(rest):]
				}
				return rawMatter{format: "json", data: data[start:end:end], inline: true}, rest, line, nil
			}
		}
	}
	return rawMatter{}, nil, 0, &lineError{line: line, msg: "front matter: the JSON object that begins the file is never closed with a matching }"}
}

func closing(open string) string {
	switch open {
	case "+++", ";;;":
		return open
	}
	return "---"
}

// otherClosing is the first line after line open (from 1) of data that
// closes front matter of another kind than want ("+++" where "---" was
// opened), and its number; "" when there is none.
func otherClosing(data []byte, open int, want string) (string, int) {
	for i, line := range bytes.Split(data, []byte("\n")) {
		s := string(bytes.TrimSpace(line))
		if i+1 <= open || s == want {
			continue
		}
		for _, f := range formats {
			if s == f.end {
				return s, i + 1
			}
		}
	}
	return "", 0
}

// openingDelimiter returns the first non-blank line when it opens front matter.
func openingDelimiter(data []byte) (string, int) {
	for i := 1; len(data) > 0; i++ {
		line, rest, _ := bytes.Cut(data, []byte("\n"))
		data = rest
		s := string(bytes.TrimSpace(line))
		if s == "" {
			continue
		}
		for _, f := range formats {
			if s == f.start {
				return s, i
			}
		}
		return "", 0
	}
	return "", 0
}

// unclosedQuote finds the first "key: value" line of YAML front matter whose
// value opens a quote the line does not close, the mistake behind most YAML
// errors a writer meets, which the parser reports lines later. n counts from 1.
func unclosedQuote(data []byte) (n int, key, quote string, ok bool) {
	for i, line := range strings.Split(string(data), "\n") {
		k, v, found := strings.Cut(line, ":")
		v = strings.TrimSpace(v)
		if !found || strings.HasPrefix(k, " ") || strings.HasPrefix(k, "#") || v == "" {
			continue
		}
		q := v[:1]
		if q != `"` && q != "'" {
			continue
		}
		if !closesQuote(v[1:], q[0]) {
			return i + 1, strings.TrimSpace(k), q, true
		}
	}
	return 0, "", "", false
}

// badFlow finds the first top-level key whose value starts a list ([) or a
// map ({) that is not one: neither its line nor the indented lines after it
// close it, or text follows where it closes (title: [Draft] News). n is its
// line in data (from 1); open is the bracket left open, or the one closed
// when after reports text after the close.
func badFlow(data []byte) (n int, key string, open byte, after, ok bool) {
	lines := strings.Split(string(data), "\n")
	for i := 0; i < len(lines); i++ {
		k, v, found := strings.Cut(lines[i], ":")
		v = strings.TrimSpace(v)
		if !found || strings.HasPrefix(k, " ") || strings.HasPrefix(k, "#") || v == "" || v[0] != '[' && v[0] != '{' {
			continue
		}
		var stack []byte // the brackets open
		quote, wrong := byte(0), false
		scan := func(s string) {
			for j := 0; j < len(s) && !after && !wrong; j++ {
				c := s[j]
				switch {
				case quote == '"' && c == '\\':
					j++
				case quote != 0 && c == quote:
					quote = 0
				case quote != 0:
				case c == '#' && (j == 0 || s[j-1] == ' ' || s[j-1] == '\t'):
					return // a comment
				case len(stack) == 0 && c != ' ' && c != '\t':
					after = true // text after the list or map closed
				case c == '"' || c == '\'':
					quote = c
				case c == '[' || c == '{':
					stack = append(stack, c)
				case c == ']' || c == '}':
					if top := stack[len(stack)-1]; top == '[' && c != ']' || top == '{' && c != '}' {
						wrong = true // closes what is not open
						return
					}
					stack = stack[:len(stack)-1]
				}
			}
		}
		stack = append(stack, v[0])
		scan(v[1:])
		j := i + 1
		for ; len(stack) > 0 && !after && !wrong && j < len(lines) && strings.HasPrefix(lines[j], " "); j++ {
			scan(lines[j])
		}
		switch {
		case after:
			return i + 1, strings.TrimSpace(k), v[0], true, true
		case len(stack) > 0:
			return i + 1, strings.TrimSpace(k), stack[len(stack)-1], false, true
		}
		i = j - 1
	}
	return 0, "", 0, false, false
}

// closesQuote reports whether s, the rest of a value after its opening quote q,
// holds the closing quote: a \" escape does not close a double quote, a
// pair of single quotes does not close a single one.
func closesQuote(s string, q byte) bool { return decode.ClosingQuote(s, q) >= 0 }

// lineError is an error at a line of the content file.
type lineError struct {
	line int
	// col is the column on line, 0 when unknown: the parsers know it for a
	// mistake of syntax or of a value (decode.Error).
	col int
	msg string
	key string // for a misspelt field, the field it resembles
	// misspelt is, for a misspelt field, the key as written.
	misspelt string
	// untitled: the warning that the page has no title, which a home page
	// does not get (it takes its language's site title, as in Hugo).
	untitled bool
	// home is what an untitled warning says on a home page, where it is
	// not dropped: a misspelt title's own warning ("titel").
	home string
	// cause is what this warning shares with those of other pages, said
	// once for them all (diag.Diagnostic's Cause): a key in another script.
	cause string
}

func (e *lineError) Error() string { return e.msg }

func (m *matter) decode(raw rawMatter) error {
	// The block starts on the line after the opening delimiter: a line n of
	// the block is line m.start+n of the file.
	base := m.start // a line n of the block is line base+n of the file
	if raw.inline {
		base--
	}
	fail := func(err error) error {
		var derr *decode.Error
		if !errors.As(err, &derr) {
			return &lineError{line: m.start, msg: "front matter: " + err.Error()}
		}
		if derr.Line == 0 {
			return &lineError{line: m.start, msg: "front matter: " + derr.Text(base)}
		}
		return &lineError{line: base + derr.Line, col: derr.Col, msg: "front matter: " + derr.Text(base)}
	}
	switch raw.format {
	case "yaml":
		root, dropped, err := decode.YAMLLastWins(raw.data)
		if err != nil {
			return m.yamlError(raw.data, err, fail)
		}
		for _, d := range dropped {
			m.warns = append(m.warns, &lineError{line: base + d.Line, msg: fmt.Sprintf(
				"front matter: %s is given twice, %s; the last is used, as in Hugo: delete the other", d.Key, decode.OnLines(base+d.First, base+d.Line))})
		}
		if root == nil {
			return nil
		}
		if root.Kind != yaml.MappingNode {
			if t, err := decode.TOML(raw.data); err == nil && len(t.Values) > 0 {
				// title = "A" between --- lines: TOML in YAML's place.
				return &lineError{line: m.start + root.Line, msg: "front matter: this is written as TOML (key = value) between --- lines, which hold YAML (key: value); put +++ lines around TOML, or write each line as key: value"}
			}
			return &lineError{line: m.start + root.Line, msg: "front matter: want key: value pairs"}
		}
		// A number no page can show (.inf, .nan, 1e400), refused as in
		// site.yaml and data files: a template printed +Inf or NaN.
		if err := decode.CheckNumbers(root); err != nil {
			return fail(err)
		}
		var merges []int // the "<<" keys, applied once the map's own keys are read
		for i := 0; i+1 < len(root.Content); i += 2 {
			k, v := root.Content[i], root.Content[i+1]
			if decode.IsMerge(k) {
				merges = append(merges, i)
				continue
			}
			key := decode.Key(k)
			val, err := decode.Value(v)
			if err != nil {
				var derr *decode.Error
				if errors.As(err, &derr) {
					return &lineError{line: m.start + derr.Line, col: derr.Col, msg: fmt.Sprintf("front matter: %s: %s", key, derr.Text(m.start))}
				}
				return &lineError{line: m.start + v.Line, msg: fmt.Sprintf("front matter: %s: %v", key, err)}
			}
			m.values[key] = val
			m.lines[key] = m.start + k.Line
			m.notePlain(key, v)
			if w := decode.Written(raw.data, resolveAlias(v)); w != "" && resolveAlias(v).Kind != yaml.ScalarNode {
				if m.lists == nil {
					m.lists = map[string]string{}
				}
				m.lists[key] = w
			}
		}
		// <<: *defaults gives the page the keys of the map it names that
		// it does not write itself (draft: true among them), as Hugo's
		// YAML reads it; before, "<<" was a field of its own and a merged
		// draft: true was published.
		for _, i := range merges {
			k, v := root.Content[i], root.Content[i+1]
			before := len(m.values)
			if err := decode.Merge(m.values, v); err != nil {
				var derr *decode.Error
				if errors.As(err, &derr) {
					return &lineError{line: m.start + derr.Line, col: derr.Col, msg: "front matter: " + derr.Text(m.start)}
				}
				return &lineError{line: m.start + k.Line, msg: fmt.Sprintf("front matter: <<: %v", err)}
			}
			if len(m.values) > before {
				merged := map[string]bool{}
				for key := range m.values {
					if _, ok := m.lines[key]; !ok {
						m.lines[key] = m.start + k.Line
						merged[key] = true
					}
				}
				m.notePlainMerged(v, merged)
			}
		}
	case "toml":
		tab, err := decode.TOML(raw.data)
		if err == nil {
			err = tab.CheckNumbers()
		}
		if err != nil {
			return fail(err)
		}
		m.values, m.toml, m.data = tab.Values, tab, raw.data
	case "json":
		m.json = true
		o, err := decode.JSONObject(raw.data)
		if err != nil {
			return fail(err)
		}
		m.values, m.written = o.Values, o.Numbers
		for k, l := range o.Lines {
			m.lines[k] = base + l
		}
	}
	return nil
}

// yamlError explains a YAML syntax error in the writer's terms where the
// parser's words are unhelpful.
func (m *matter) yamlError(data []byte, err error, fail func(error) error) error {
	var derr *decode.Error
	if !errors.As(err, &derr) || derr.First > 0 {
		return fail(err)
	}
	line := m.start + derr.Line
	if n, key, quote, ok := unclosedQuote(data); ok && m.start+n <= line {
		return &lineError{line: m.start + n, msg: fmt.Sprintf("front matter: %s: the value opens a quote (%s) that this line does not close", key, quote)}
	}
	if n, key, open, after, ok := badFlow(data); ok && m.start+n <= line {
		kind, close := "list", byte(']')
		if open == '{' {
			kind, close = "map", '}'
		}
		example := fmt.Sprintf(`title: "%cDraft%c News"`, open, close)
		msg := fmt.Sprintf("the %s opened with %c is not closed on this line: end it with %c, or, for a text that starts with %c, put the whole value in quotes, as in %s",
			kind, open, close, open, example)
		if after {
			msg = fmt.Sprintf("text follows the %s closed with %c: for a text that starts with %c, put the whole value in quotes, as in %s", kind, close, open, example)
		}
		return &lineError{line: m.start + n, msg: fmt.Sprintf("front matter: %s: %s", key, msg)}
	}
	if n, key, ok := decode.TextAfterQuote(data, derr.Line); ok {
		return &lineError{line: m.start + n, msg: fmt.Sprintf("front matter: %s: text follows the closing quote; put the whole value inside the quotes, as in title: \"Riga: news (updated)\"", key)}
	}
	return &lineError{line: line, col: derr.Col, msg: "front matter: " + derr.Msg}
}

// line is the line of key, or of the opening delimiter when unknown.
func (m *matter) line(key string) int {
	if l, ok := m.lines[key]; ok {
		return l
	}
	if m.toml != nil && m.tomlLookups < maxTOMLLookups {
		m.tomlLookups++
		if l := m.toml.Line(key); l > 0 {
			m.lines[key] = m.start + l
			return m.start + l
		}
	}
	return m.start
}

// notePlain records whether key's value v is a scalar written without
// quotes (plain).
func (m *matter) notePlain(key string, v *yaml.Node) {
	if s := resolveAlias(v); s.Kind == yaml.ScalarNode && s.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0 {
		if m.plain == nil {
			m.plain = map[string]bool{}
			m.written = map[string]string{}
		}
		m.plain[key] = true
		m.written[key] = s.Value
	}
}

// text is the value of key, a number, as written in the file (1e300,
// 007), which a page showing it as text and a message quoting it keep;
// false when it is not known (a value merged with <<).
func (m *matter) text(key string) (string, bool) {
	switch {
	case m.written != nil:
		s, ok := m.written[key]
		return s, ok
	case m.toml != nil:
		if _, ok := m.lines[key]; !ok && m.tomlLookups >= maxTOMLLookups {
			return "", false
		}
		return decode.TOMLValue(m.data, m.line(key)-m.start)
	}
	return "", false
}

// notePlainMerged records which of the keys a "<<" merged from v, the map
// or list of maps it names (the first map giving a key wins, as in
// decode.Merge), have values written without quotes: draft: yes in the
// merged map is YAML 1.1's true as it is in the page's own.
func (m *matter) notePlainMerged(v *yaml.Node, merged map[string]bool) {
	named := []*yaml.Node{resolveAlias(v)}
	if named[0].Kind == yaml.SequenceNode {
		named = named[0].Content
	}
	for _, mp := range named {
		mp = resolveAlias(mp)
		if mp.Kind != yaml.MappingNode {
			continue
		}
		for i := 0; i+1 < len(mp.Content); i += 2 {
			if key := decode.Key(mp.Content[i]); merged[key] {
				delete(merged, key)
				m.notePlain(key, mp.Content[i+1])
			}
		}
	}
}

// resolveAlias is the node an alias (*name) stands for, else n.
func resolveAlias(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}
