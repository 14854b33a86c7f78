package shortcode

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"html/template"
	"path"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/yuin/goldmark-emoji/definition"
	"go.yaml.in/yaml/v3"

	"github.com/vestis-ssg/vestis/internal/decode"
	"github.com/vestis-ssg/vestis/internal/diag"
)

// transformNS is Hugo's transform namespace: {{ transform.Unmarshal $file }}.
type transformNS struct{}

// texter is a file a shortcode can read the text of: a file of assets/.
type texter interface {
	Content() (string, error)
	Name() string
}

// bundleTexter is a page's bundle file, whose Content is text, or HTML for
// a bundle's Markdown file (Hugo's resource of kind "page").
type bundleTexter interface {
	Content() (any, error)
	Name() string
}

// Unmarshal is Hugo's transform.Unmarshal: the value of JSON, YAML or TOML
// text, given as a string or as a bundle file (whose name says which).
// Hugo's options map, given first, is accepted and left unused.
func (transformNS) Unmarshal(args ...any) (any, error) {
	if len(args) == 2 {
		args = args[1:]
	}
	if len(args) != 1 {
		return nil, errors.New("transform.Unmarshal: want the text or file to decode")
	}
	var text, ext string
	switch in := args[0].(type) {
	case texter:
		var err error
		if text, err = in.Content(); err != nil {
			return nil, fmt.Errorf("transform.Unmarshal: %w", err)
		}
		ext = strings.ToLower(path.Ext(in.Name()))
	case bundleTexter:
		v, err := in.Content()
		if err != nil {
			return nil, fmt.Errorf("transform.Unmarshal: %w", err)
		}
		text, ext = fmt.Sprint(v), strings.ToLower(path.Ext(in.Name()))
	default:
		text = fmt.Sprint(in)
	}
	v, err := unmarshal(text, ext)
	if err != nil {
		return nil, fmt.Errorf("transform.Unmarshal: %w", err)
	}
	return v, nil
}

// unmarshal decodes text as its file's extension ext says (TOML, JSON,
// else YAML); text of no file as TOML when its first line says so, else as
// YAML (which JSON mostly is).
func unmarshal(text, ext string) (any, error) {
	if ext == "" && looksTOML(text) {
		ext = ".toml"
	}
	return decode.Data([]byte(text), ext)
}

// looksTOML reports whether text's first line that says something is a TOML
// assignment (key = value) or table header ([table]).
func looksTOML(text string) bool {
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			return strings.HasSuffix(line, "]") && !strings.Contains(line, ",")
		}
		eq, colon := strings.Index(line, "="), strings.Index(line, ":")
		return eq > 0 && (colon < 0 || eq < colon)
	}
	return false
}

// HTMLEscape, HTMLUnescape and Plainify are Hugo's htmlEscape, htmlUnescape
// and plainify.
func (transformNS) HTMLEscape(s any) string   { return html.EscapeString(fmt.Sprint(s)) }
func (transformNS) HTMLUnescape(s any) string { return html.UnescapeString(fmt.Sprint(s)) }
func (transformNS) Plainify(s any) string     { return plainify(s) }

// Highlight is Hugo's transform.Highlight: highlight.
func (transformNS) Highlight(code, lang any, options ...any) (template.HTML, error) {
	return Highlight(code, lang, options...)
}

// emojiName is a :short_name: of an emoji, as Hugo's emojify finds them.
var emojiName = regexp.MustCompile(`:[a-zA-Z0-9_+-]+:`)

// emojify is Hugo's emojify: each :short_name: of GitHub's emoji list is
// its emoji; other text is kept, as HTML.
func emojify(s any) template.HTML {
	defs := definition.Github()
	return template.HTML(emojiName.ReplaceAllStringFunc(fmt.Sprint(s), func(m string) string {
		if e, ok := defs.Get(m[1 : len(m)-1]); ok {
			return string(e.Unicode)
		}
		return m
	}))
}

// Emojify is Hugo's transform.Emojify (emojify).
func (transformNS) Emojify(s any) template.HTML { return emojify(s) }

// Remarshal is Hugo's transform.Remarshal: data (a map, or text in TOML,
// YAML or JSON) written in format (toml, yaml or json), keys sorted, as
// the code-toggle shortcodes of documentation sites show one example
// configuration in the three. As Hugo 0.111's but for TOML's quotes,
// double here, single there.
func (transformNS) Remarshal(format, data any) (string, error) {
	v := data
	if _, isMap := data.(map[string]any); !isMap {
		var err error
		if v, err = unmarshal(toText(data), ""); err != nil {
			return "", fmt.Errorf("transform.Remarshal: %w", err)
		}
	}
	v = plainData(v)
	var b bytes.Buffer
	switch f := strings.ToLower(toText(format)); f {
	case "json":
		out, err := json.MarshalIndent(v, "", "   ") // as Hugo 0.111's
		if err != nil {
			return "", fmt.Errorf("transform.Remarshal: %w", err)
		}
		b.Write(out)
		b.WriteByte('\n')
	case "yaml", "yml":
		enc := yaml.NewEncoder(&b)
		enc.SetIndent(2)
		enc.CompactSeqIndent() // "- 1" below its key, as Hugo's
		if err := enc.Encode(v); err != nil {
			return "", fmt.Errorf("transform.Remarshal: %w", err)
		}
	case "toml":
		m, ok := v.(map[string]any)
		if !ok {
			return "", fmt.Errorf("transform.Remarshal: TOML is a table of keys, and the data is %s", diag.KindOf(v))
		}
		if err := toml.NewEncoder(&b).Encode(m); err != nil {
			return "", fmt.Errorf("transform.Remarshal: %w", err)
		}
	default:
		return "", fmt.Errorf("transform.Remarshal: %q is not a format; write toml, yaml or json", f)
	}
	return b.String(), nil
}

// plainData is v with every map keyed by text, as the encoders want.
func plainData(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = plainData(x)
		}
		return out
	case map[any]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[fmt.Sprint(k)] = plainData(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = plainData(x)
		}
		return out
	}
	return v
}
