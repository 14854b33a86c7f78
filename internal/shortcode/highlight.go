package shortcode

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/alecthomas/chroma/v2"
	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
)

// Highlight colours code in lang at build time with chroma, as Hugo's
// highlight function does: spans with CSS classes (the theme's stylesheet
// has the colours), in <pre class="chroma"><code>. options are Hugo's,
// "linenos=table,hl_lines=2 4-5,linenostart=10"; an unknown language is
// shown as plain text.
func Highlight(code any, lang any, options ...any) (template.HTML, error) {
	src := strings.Trim(fmt.Sprint(code), "\n")
	name := ""
	if lang != nil {
		name = fmt.Sprint(lang)
	}
	lexer := lexers.Get(name)
	if lexer == nil {
		lexer = lexers.Fallback
	}
	opts := []chromahtml.Option{chromahtml.WithClasses(true), chromahtml.TabWidth(4)}
	for _, o := range options {
		if o == nil {
			continue
		}
		for _, kv := range strings.Split(fmt.Sprint(o), ",") {
			k, v, _ := strings.Cut(strings.TrimSpace(kv), "=")
			switch strings.ToLower(strings.TrimSpace(k)) {
			case "":
			case "linenos":
				switch v {
				case "table":
					opts = append(opts, chromahtml.WithLineNumbers(true), chromahtml.LineNumbersInTable(true))
				case "true", "inline":
					opts = append(opts, chromahtml.WithLineNumbers(true))
				}
			case "linenostart":
				n, err := strconv.Atoi(v)
				if err != nil || n < 0 {
					return "", fmt.Errorf("highlight: linenostart=%s is not a line number", v)
				}
				opts = append(opts, chromahtml.BaseLineNumber(n))
			case "hl_lines":
				ranges, err := lineRanges(v)
				if err != nil {
					return "", err
				}
				opts = append(opts, chromahtml.HighlightLines(ranges))
			default:
				return "", fmt.Errorf("highlight: unknown option %q (linenos, linenostart, hl_lines)", k)
			}
		}
	}
	it, err := chroma.Coalesce(lexer).Tokenise(nil, src)
	if err != nil {
		return "", fmt.Errorf("highlight: %w", err)
	}
	var b strings.Builder
	if err := chromahtml.New(opts...).Format(&b, styles.Fallback, it); err != nil {
		return "", fmt.Errorf("highlight: %w", err)
	}
	return template.HTML(b.String()), nil
}

// lineRanges reads "2 4-5" into [[2 2] [4 5]].
func lineRanges(s string) ([][2]int, error) {
	var out [][2]int
	for _, f := range strings.Fields(strings.Trim(s, `"`)) {
		a, b, isRange := strings.Cut(f, "-")
		from, err1 := strconv.Atoi(a)
		to := from
		var err2 error
		if isRange {
			to, err2 = strconv.Atoi(b)
		}
		if err1 != nil || err2 != nil || from < 1 || to < from {
			return nil, fmt.Errorf("highlight: hl_lines %q: want line numbers and ranges such as \"2 4-5\"", s)
		}
		out = append(out, [2]int{from, to})
	}
	return out, nil
}
