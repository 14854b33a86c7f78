package shortcode

import (
	"fmt"
	"html/template"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/alecthomas/chroma/v2"
	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
)

// Highlight colours code in lang at build time with chroma, as Hugo's
// highlight function does: spans with CSS classes (the theme's stylesheet
// has the colours), in <pre class="chroma"><code>. options are Hugo's,
// "linenos=table,hl_lines=2 4-5,linenostart=10", or a map of them
// (dict "hl_inline" true, as transform.Highlight takes), in any letter case; an
// unknown language is shown as plain text. Hugo's options of colour (style,
// noClasses) and of its wrapper (wrapperClass) are accepted and left to the
// stylesheet.
func Highlight(code any, lang any, options ...any) (template.HTML, error) {
	src := strings.Trim(fmt.Sprint(code), "\n")
	name := ""
	if lang != nil {
		name = fmt.Sprint(lang)
	}
	opts := []chromahtml.Option{chromahtml.WithClasses(true), chromahtml.TabWidth(4)}
	guess, anchors, prefix := false, false, ""
	for _, o := range options {
		if o == nil {
			continue
		}
		for kv := range highlightOptions(o) {
			k, v, _ := strings.Cut(strings.TrimSpace(kv), "=")
			k, v = strings.ToLower(strings.TrimSpace(k)), strings.Trim(strings.TrimSpace(v), `"'`)
			var err error
			switch k {
			case "", "style", "noclasses", "wrapperclass", "codefences":
			case "linenos":
				switch v {
				case "table":
					opts = append(opts, chromahtml.WithLineNumbers(true), chromahtml.LineNumbersInTable(true))
				case "true", "inline":
					opts = append(opts, chromahtml.WithLineNumbers(true))
				case "false", "":
				default:
					err = fmt.Errorf("linenos=%s: want table, inline, true or false", v)
				}
			case "linenumbersintable":
				var on bool
				on, err = flag(k, v)
				opts = append(opts, chromahtml.LineNumbersInTable(on))
			case "linenostart", "tabwidth":
				n, aerr := strconv.Atoi(v)
				if aerr != nil || n < 0 {
					err = fmt.Errorf("%s=%s: want a number", k, v)
				} else if k == "tabwidth" {
					opts = append(opts, chromahtml.TabWidth(n))
				} else {
					opts = append(opts, chromahtml.BaseLineNumber(n))
				}
			case "hl_lines":
				var ranges [][2]int
				ranges, err = lineRanges(v)
				opts = append(opts, chromahtml.HighlightLines(ranges))
			case "hl_inline":
				var on bool
				on, err = flag(k, v)
				opts = append(opts, chromahtml.InlineCode(on))
			case "guesssyntax":
				guess, err = flag(k, v)
			case "anchorlinenos":
				anchors, err = flag(k, v)
			case "lineanchors":
				prefix = v
			default:
				err = fmt.Errorf("unknown option %q (linenos, linenostart, hl_lines, hl_inline, lineNumbersInTable, anchorLineNos, lineAnchors, tabWidth, guessSyntax, style, noClasses)", k)
			}
			if err != nil {
				return "", fmt.Errorf("highlight: %w", err)
			}
		}
	}
	if anchors {
		opts = append(opts, chromahtml.WithLinkableLineNumbers(true, prefix))
	}
	reg := patientLexers()
	lexer := reg.Get(name)
	if lexer == nil && guess {
		if l := lexers.Analyse(src); l != nil {
			lexer = reg.Get(l.Config().Name)
		}
	}
	if lexer == nil {
		lexer = lexers.Fallback // plain text: no match to time out
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

// flag reads a true or false option value; a name alone is true.
func flag(name, v string) (bool, error) {
	switch v {
	case "", "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, fmt.Errorf("%s=%s: want true or false", name, v)
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
			return nil, fmt.Errorf("hl_lines %q: want line numbers and ranges such as \"2 4-5\"", s)
		}
		out = append(out, [2]int{from, to})
	}
	return out, nil
}

// matchLimit bounds one match of a lexer's regular expression. chroma's own
// limit, 250 ms, is reached on a busy machine (a build on every core, a CI
// runner) by ordinary code, whose rest is then marked as errors: the same
// page came out differently from one build to the next. A match that runs
// this long is a pathological pattern, stopped well inside a page's timeout.
const matchLimit = 20 * time.Second

// patientLexers are copies of chroma's lexers whose matches are bounded by
// matchLimit, in a registry of their own, so that a lexer that hands parts of
// the code to another (HTML to CSS and JavaScript) finds a copy too. A copy
// reads its rules from the original when first used.
var patientLexers = sync.OnceValue(func() *chroma.LexerRegistry {
	reg := chroma.NewLexerRegistry()
	for _, l := range lexers.GlobalLexerRegistry.Lexers {
		rl, ok := l.(*chroma.RegexLexer)
		if !ok {
			reg.Register(l)
			continue
		}
		reg.Register(chroma.MustNewLexer(rl.Config(), func() chroma.Rules {
			orig, err := rl.Rules()
			if err != nil {
				return chroma.Rules{"root": {}} // as chroma would fail: the code shown plain
			}
			rules := make(chroma.Rules, len(orig))
			for state, rs := range orig {
				rules[state] = slices.Clone(rs)
			}
			rules["root"] = append(rules["root"], chroma.Rule{Mutator: patience{}})
			return rules
		}))
	}
	return reg
})

// patience is a rule's mutator that sets matchLimit on every rule of its
// lexer when chroma compiles them, and then takes its own rule out.
type patience struct{}

func (patience) Mutate(*chroma.LexerState) error { return nil }

func (patience) MutateLexer(rules chroma.CompiledRules, state string, rule int) error {
	for _, rs := range rules {
		for _, r := range rs {
			if r.Regexp != nil {
				r.Regexp.MatchTimeout = matchLimit
			}
		}
	}
	rules[state] = slices.Delete(rules[state], rule, rule+1)
	return nil
}

// highlightOptions are the k=v options of one argument of Highlight: a map's
// entries, by key, or the parts of a text between commas.
func highlightOptions(o any) iter.Seq[string] {
	m, ok := o.(map[string]any)
	if !ok {
		return strings.SplitSeq(fmt.Sprint(o), ",")
	}
	return func(yield func(string) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k + "=" + fmt.Sprint(m[k])) {
				return
			}
		}
	}
}
