package shortcode

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"strings"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// RenderStringer is a page value (Env.Page) with Hugo's RenderString, which
// needs the shortcode that runs: WithRenderString returns the page as that
// shortcode's .Page, its RenderString bound to render.
type RenderStringer interface {
	WithRenderString(render func(args ...any) (template.HTML, error)) any
}

// RenderString is Hugo's .Page.RenderString: it renders Markdown text, whose
// own shortcodes run, as part of the page, as in
// {{ .Page.RenderString "*a*" }} or {{ .Page.RenderString (dict "display"
// "block") $text }}. By default (display "inline") a text of one paragraph
// comes without the <p> around it; "block" keeps it.
func (c *Call) RenderString(args ...any) (template.HTML, error) {
	text, block, err := renderStringArgs(args)
	if err != nil {
		return "", err
	}
	return c.x.renderString(c, text, block)
}

// renderStringArgs reads RenderString's arguments: [options] text.
func renderStringArgs(args []any) (text string, block bool, err error) {
	switch len(args) {
	case 1:
	case 2:
		opts, ok := args[0].(map[string]any)
		if !ok {
			return "", false, fmt.Errorf("RenderString: want options as a map (dict \"display\" \"block\"), got %s", diag.KindOf(args[0]))
		}
		for k, v := range opts {
			switch strings.ToLower(k) {
			case "display":
				switch d := fmt.Sprint(v); d {
				case "inline", "":
				case "block":
					block = true
				default:
					return "", false, fmt.Errorf("RenderString: display %q: want \"inline\" or \"block\"", d)
				}
			case "markup":
				switch m := fmt.Sprint(v); m {
				case "markdown", "goldmark", "md", "":
				default:
					return "", false, fmt.Errorf("RenderString: markup %q: vestis renders Markdown only", m)
				}
			default:
				return "", false, fmt.Errorf("RenderString: unknown option %q; the options are display and markup", k)
			}
		}
	default:
		return "", false, fmt.Errorf("RenderString: want [options] text, got %d arguments", len(args))
	}
	switch v := args[len(args)-1].(type) {
	case nil:
	case string:
		text = v
	case template.HTML:
		text = string(v)
	default:
		text = fmt.Sprint(v)
	}
	return text, block, nil
}

// renderString renders text for call: its shortcodes run first (their
// {{< >}} output kept as placeholders the page restores), then its
// Markdown. A shortcode whose RenderString renders itself is stopped at
// MaxDepth.
func (x *expander) renderString(call *Call, text string, block bool) (template.HTML, error) {
	if x.depth >= MaxDepth {
		return "", &deepError{what: "RenderString", name: call.Name}
	}
	x.depth++
	defer func() { x.depth-- }()
	md := text
	if Has([]byte(text)) {
		items, err := Parse([]byte(text))
		if err != nil {
			var perr *Error
			if errors.As(err, &perr) {
				return "", fmt.Errorf("RenderString: line %d of the text: %s", perr.Line, perr.Msg)
			}
			return "", fmt.Errorf("RenderString: %w", err)
		}
		before, at := len(x.errs), x.at
		x.at = call.Position.LineNumber
		var buf bytes.Buffer
		x.items(&buf, items, nil, false)
		x.at = at
		if len(x.errs) > before {
			err := x.errs[before]
			x.errs = x.errs[:before]
			if deep := (*deepError)(nil); errors.As(err, &deep) {
				return "", deep // once, not wrapped by every level
			}
			var rerr *RunError
			if errors.As(err, &rerr) {
				return "", fmt.Errorf("RenderString: shortcode %q in the text: %s%s", rerr.Name, rerr.Where(), rerr.Msg)
			}
			return "", fmt.Errorf("RenderString: %w", err)
		}
		md = buf.String()
	}
	if x.env.Markdown == nil {
		return "", errors.New("RenderString: there is no Markdown to render it into here (a shortcode in front matter); use it in the page's text")
	}
	out, err := x.env.Markdown(md, call.Position.LineNumber, !block)
	if err != nil {
		return "", fmt.Errorf("RenderString: %w", err)
	}
	if !call.markdown {
		return out, nil
	}
	// In a {{% %}} shortcode the HTML goes through the page's Markdown
	// again: kept as a placeholder, as Call.HTML's is.
	h, err := x.t.compact(string(out))
	if err != nil {
		return "", fmt.Errorf("RenderString: minify: %w", err)
	}
	return template.HTML(x.placeholder(h)), nil
}
