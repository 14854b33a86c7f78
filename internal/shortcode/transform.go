package shortcode

import (
	"errors"
	"fmt"
	"html"
	"html/template"
	"path"
	"regexp"
	"strings"

	"github.com/yuin/goldmark-emoji/definition"

	"github.com/vestis-ssg/vestis/internal/decode"
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
