package content

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/adrg/frontmatter"
	"go.yaml.in/yaml/v3"
)

// rawMatter is the front matter block as found, before decoding.
type rawMatter struct {
	format string
	data   []byte
}

func capture(format string) frontmatter.UnmarshalFunc {
	return func(data []byte, v any) error {
		r := v.(*rawMatter)
		r.format, r.data = format, data
		return nil
	}
}

// formats are adrg/frontmatter's delimiters; decoding is ours so that YAML is
// decoded with yaml.v3 and errors carry the line in the .md file.
var formats = []*frontmatter.Format{
	frontmatter.NewFormat("---", "---", capture("yaml")),
	frontmatter.NewFormat("---yaml", "---", capture("yaml")),
	frontmatter.NewFormat("+++", "+++", capture("toml")),
	frontmatter.NewFormat("---toml", "---", capture("toml")),
	frontmatter.NewFormat(";;;", ";;;", capture("json")),
	frontmatter.NewFormat("---json", "---", capture("json")),
}

// matter is decoded front matter: values by key and the line of each key in the file.
type matter struct {
	values map[string]any
	lines  map[string]int
	start  int // line of the opening delimiter
}

// splitMatter separates front matter from the body. It returns the decoded front
// matter (empty when the file has none), the body and the body's first line.
func splitMatter(data []byte) (*matter, []byte, int, error) {
	m := &matter{values: map[string]any{}, lines: map[string]int{}}
	var raw rawMatter
	body, err := frontmatter.Parse(bytes.NewReader(data), &raw, formats...)
	if err != nil {
		return nil, nil, 0, err
	}
	if raw.format == "" {
		if delim, line := openingDelimiter(data); delim != "" {
			return nil, nil, 0, &lineError{line: line, msg: fmt.Sprintf("front matter: no closing %q line", closing(delim))}
		}
		return m, data, 1, nil
	}
	_, m.start = openingDelimiter(data)
	bodyLine := 1 + bytes.Count(data[:len(data)-len(body)], []byte("\n"))
	if err := m.decode(raw); err != nil {
		return nil, nil, 0, err
	}
	return m, body, bodyLine, nil
}

func closing(open string) string {
	switch open {
	case "+++", ";;;":
		return open
	}
	return "---"
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
			if s == f.Start {
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

// dataLine returns line n (from 1) of data, or "".
func dataLine(data []byte, n int) string {
	lines := strings.Split(string(data), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// closesQuote reports whether s, the rest of a value after its opening quote q,
// holds the closing quote: a \" escape does not close a double quote, a
// pair of single quotes does not close a single one.
func closesQuote(s string, q byte) bool {
	for i := 0; i < len(s); i++ {
		switch {
		case q == '"' && s[i] == '\\':
			i++
		case s[i] == q && q == '\'' && i+1 < len(s) && s[i+1] == '\'':
			i++
		case s[i] == q:
			return true
		}
	}
	return false
}

// YAMLParserLineFix is what to add to the line yaml.v3 reports for msg: its
// parser errors ("did not find expected ...") count lines from 0, its scanner
// errors from 1.
func YAMLParserLineFix(msg string) int {
	if strings.HasPrefix(msg, "did not find expected") || strings.HasPrefix(msg, "while parsing") {
		return 1
	}
	return 0
}

// lineError is an error at a line of the content file.
type lineError struct {
	line int
	msg  string
	key  string // for a misspelt field, the field it resembles
}

func (e *lineError) Error() string { return e.msg }

var yamlLineRE = regexp.MustCompile(`line (\d+): `)

func (m *matter) decode(raw rawMatter) error {
	switch raw.format {
	case "yaml":
		var doc yaml.Node
		if err := yaml.Unmarshal(raw.data, &doc); err != nil {
			msg := strings.TrimPrefix(err.Error(), "yaml: ")
			line := m.start
			if sub := yamlLineRE.FindStringSubmatch(msg); sub != nil {
				n, _ := strconv.Atoi(sub[1])
				msg = strings.Replace(msg, sub[0], "", 1)
				line = m.start + n + YAMLParserLineFix(msg)
			}
			if n, key, quote, ok := unclosedQuote(raw.data); ok && m.start+n <= line {
				return &lineError{line: m.start + n, msg: fmt.Sprintf("front matter: %s: the value opens a quote (%s) that this line does not close", key, quote)}
			}
			if strings.HasPrefix(msg, "mapping values are not allowed") {
				if text := dataLine(raw.data, line-m.start); strings.TrimLeft(text, " \t") != text {
					msg = "this line is indented, but a key starts at the beginning of its line"
				} else {
					msg += ` (a value that contains ": " must be in quotes, as in title: "Riga: news")`
				}
			}
			return &lineError{line: line, msg: "front matter: " + msg}
		}
		if len(doc.Content) == 0 {
			return nil
		}
		root := doc.Content[0]
		if root.Kind != yaml.MappingNode {
			return &lineError{line: m.start + root.Line, msg: "front matter: want key: value pairs"}
		}
		for i := 0; i+1 < len(root.Content); i += 2 {
			k, v := root.Content[i], root.Content[i+1]
			val, err := nodeValue(v)
			if err != nil {
				return &lineError{line: m.start + v.Line, msg: fmt.Sprintf("front matter: %s: %v", k.Value, err)}
			}
			if first, dup := m.lines[k.Value]; dup {
				return &lineError{line: m.start + k.Line, msg: fmt.Sprintf("front matter: %s is given twice, on lines %d and %d; keep one", k.Value, first, m.start+k.Line)}
			}
			m.values[k.Value] = val
			m.lines[k.Value] = m.start + k.Line
		}
	case "toml":
		if _, err := toml.Decode(string(raw.data), &m.values); err != nil {
			var perr toml.ParseError
			if errors.As(err, &perr) {
				return &lineError{line: m.start + perr.Position.Line, msg: "front matter: " + perr.Message}
			}
			return &lineError{line: m.start, msg: "front matter: " + err.Error()}
		}
	case "json":
		dec := json.NewDecoder(bytes.NewReader(raw.data))
		dec.UseNumber()
		if err := dec.Decode(&m.values); err != nil {
			line := m.start
			var serr *json.SyntaxError
			if errors.As(err, &serr) {
				line += 1 + bytes.Count(raw.data[:serr.Offset], []byte("\n"))
			}
			return &lineError{line: line, msg: "front matter: " + err.Error()}
		}
		for k, v := range m.values {
			if n, ok := v.(json.Number); ok {
				if i, err := n.Int64(); err == nil {
					m.values[k] = int(i)
				} else if f, err := n.Float64(); err == nil {
					m.values[k] = f
				}
			}
		}
	}
	return nil
}

// line is the line of key, or of the opening delimiter when unknown.
func (m *matter) line(key string) int {
	if l, ok := m.lines[key]; ok {
		return l
	}
	return m.start
}

// nodeValue decodes a YAML node like yaml.v3 does into any, except that dates
// stay text: vestis reads them in the site's time zone.
func nodeValue(n *yaml.Node) (any, error) {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!timestamp" {
			return n.Value, nil
		}
	case yaml.SequenceNode:
		out := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := nodeValue(c)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case yaml.MappingNode:
		out := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			v, err := nodeValue(n.Content[i+1])
			if err != nil {
				return nil, err
			}
			out[n.Content[i].Value] = v
		}
		return out, nil
	case yaml.AliasNode:
		return nodeValue(n.Alias)
	}
	var v any
	err := n.Decode(&v)
	return v, err
}
