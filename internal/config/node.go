package config

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/vestis-ssg/vestis/internal/decode"
)

// reader decodes site.yaml from the nodes that decode.YAML checked, instead of
// yaml.v3's Decode: that one compares every key of a map with every other
// (minutes for a site.yaml with 400,000 params) and its type errors name
// neither the key nor what it wants. Errors say both, at the value's line.
type reader struct {
	file string
	data []byte // the file's text, for values quoted as written
	errs []error
	// lines holds the line of each key by its path, joined by lineSep, for
	// errors found when validating.
	lines map[string]int
}

const lineSep = "\x00"

func (r *reader) fail(n *yaml.Node, path []string, format string, args ...any) {
	r.errs = append(r.errs, &Error{File: r.file, Line: n.Line, Msg: prefix(path) + fmt.Sprintf(format, args...)})
}

// prefix is path as errors begin with it: "languages: lv: ".
func prefix(path []string) string {
	if len(path) == 0 {
		return ""
	}
	return strings.Join(path, ": ") + ": "
}

// decodeError is err from package decode, at its line of site.yaml.
func (r *reader) decodeError(err error) error {
	var derr *decode.Error
	if errors.As(err, &derr) {
		return &Error{File: r.file, Line: derr.Line, Msg: derr.Text(0)}
	}
	return &Error{File: r.file, Msg: err.Error()}
}

// lineOf is the line of the key at path, or of the nearest key above it that
// site.yaml has, or 0.
func lineOf(lines map[string]int, path ...string) int {
	for i := len(path); i > 0; i-- {
		if l, ok := lines[strings.Join(path[:i], lineSep)]; ok {
			return l
		}
	}
	return 0
}

// pair is a key and its value in a map.
type pair struct{ key, value *yaml.Node }

// pairs lists the keys and values of map n, aliases followed and "<<" merges
// applied (the map's own keys win); nil, with an error, when n is not a map.
func (r *reader) pairs(n *yaml.Node, path []string) []pair {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		if !isNull(n) {
			r.fail(n, path, "want keys with values (key: value), got %s", r.describe(n))
		}
		return nil
	}
	var own, merged []pair
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Value == "<<" && k.ShortTag() == "!!merge" {
			v = resolve(v)
			sources := []*yaml.Node{v}
			if v.Kind == yaml.SequenceNode {
				sources = v.Content
			}
			for _, s := range sources {
				merged = append(merged, r.pairs(s, append(path, "<<"))...)
			}
			continue
		}
		own = append(own, pair{k, v})
	}
	if len(merged) == 0 {
		return own
	}
	seen := make(map[string]bool, len(own))
	for _, p := range own {
		seen[decode.Key(p.key)] = true
	}
	out := own
	for _, p := range merged {
		if k := decode.Key(p.key); !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
}

// fields reads map n whose keys are known: each key's value goes to its
// function; another key is an error.
func (r *reader) fields(n *yaml.Node, path []string, fields map[string]func(v *yaml.Node, path []string)) {
	for _, p := range r.pairs(n, path) {
		key := decode.Key(p.key)
		f, ok := fields[key]
		if !ok {
			msg := fmt.Sprintf("%sunknown key %q", prefix(path), key)
			folded := slices.ContainsFunc(slices.Collect(maps.Keys(fields)), func(f string) bool { return strings.EqualFold(f, key) })
			if hugo := hugoKey(key); len(path) == 0 && hugo != "" && !folded {
				msg = hugo // a Hugo user's setting: what vestis has instead
			} else if near := Nearest(key, slices.Sorted(maps.Keys(fields))); near != "" {
				msg += fmt.Sprintf("; did you mean %q?", near)
			}
			r.errs = append(r.errs, &Error{File: r.file, Line: p.key.Line, Msg: msg})
			continue
		}
		sub := append(path[:len(path):len(path)], key)
		r.lines[strings.Join(sub, lineSep)] = p.key.Line
		f(p.value, sub)
	}
}

// each calls f for every key of map n.
func (r *reader) each(n *yaml.Node, path []string, f func(key string, v *yaml.Node, path []string)) {
	for _, p := range r.pairs(n, path) {
		key := decode.Key(p.key)
		sub := append(path[:len(path):len(path)], key)
		r.lines[strings.Join(sub, lineSep)] = p.key.Line
		f(key, p.value, sub)
	}
}

func (r *reader) text(n *yaml.Node, path []string) string {
	n = resolve(n)
	if isNull(n) {
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		r.fail(n, path, "want text, got %s", r.describe(n))
		return ""
	}
	return n.Value
}

// integer returns n's whole number, or nil when n is empty.
func (r *reader) integer(n *yaml.Node, path []string) *int {
	n = resolve(n)
	if isNull(n) {
		return nil
	}
	if n.Kind == yaml.ScalarNode && (n.ShortTag() == "!!int" || n.ShortTag() == "!!float") {
		var f float64
		var i int
		switch {
		case n.ShortTag() == "!!int" && n.Decode(&i) == nil: // not a float: yaml.v3 cuts 1.5 to 1
			return &i
		case n.Decode(&f) != nil: // .nan
		case f == math.Trunc(f) && math.Abs(f) <= maxWhole: // 1e3
			i = int(f)
			return &i
		case math.IsInf(f, 0) || f == math.Trunc(f) || n.ShortTag() == "!!int":
			// 1e22, or digits past what a whole number holds: it is one,
			// but "want a whole number" would say it is not.
			r.fail(n, path, "%s is too large a number; write a whole number of at most 15 digits", n.Value)
			return nil
		}
	}
	if decode.TooLarge(n) {
		r.fail(n, path, "%s is too large a number; write a whole number of at most 15 digits", n.Value)
		return nil
	}
	r.fail(n, path, "want a whole number, got %s", r.describe(n))
	return nil
}

// maxWhole is the largest whole number a float64 holds exactly, 2^53, above
// every number of 15 digits.
const maxWhole = 1 << 53

// boolean returns n's true or false, or nil when n is empty.
func (r *reader) boolean(n *yaml.Node, path []string) *bool {
	n = resolve(n)
	if isNull(n) {
		return nil
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!bool" {
		var b bool
		if err := n.Decode(&b); err == nil {
			return &b
		}
	}
	r.fail(n, path, "want true or false, got %s", r.describe(n))
	return nil
}

func (r *reader) list(n *yaml.Node, path []string) []string {
	n = resolve(n)
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		r.fail(n, path, "want a list such as [a, b], got %s", r.describe(n))
		return nil
	}
	out := make([]string, 0, len(n.Content))
	for _, c := range n.Content {
		out = append(out, r.text(c, path))
	}
	return out
}

// words reads a list of the words of allowed (what names them), returned
// sorted, each once; another word is an error at its line.
func (r *reader) words(n *yaml.Node, path []string, allowed []string, what string) []string {
	n = resolve(n)
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		r.fail(n, path, "want a list of %s (%s), got %s", what, strings.Join(allowed, ", "), r.describe(n))
		return nil
	}
	var out []string
	for _, c := range n.Content {
		switch w := r.text(c, path); {
		case w == "": // not text, which text reported
		case !slices.Contains(allowed, w):
			r.fail(c, path, "%s is not one of %s; want %s", r.describe(c), what, strings.Join(allowed, ", "))
		case !slices.Contains(out, w):
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

func (r *reader) textMap(n *yaml.Node, path []string) map[string]string {
	out := map[string]string{}
	r.each(n, path, func(key string, v *yaml.Node, path []string) { out[key] = r.text(v, path) })
	return out
}

func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describe names what n is, for errors: "many" (text), a list, a map.
// describe is describe of n, and for a list or map written on one line
// that text (a list, [news, programs]), as decode.Written quotes it.
func (r *reader) describe(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode {
		if w := decode.Written(r.data, n); w != "" {
			return describe(n) + ", " + w
		}
	}
	return describe(n)
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a map"
	}
	if n.ShortTag() == "!!str" {
		return strconv.Quote(n.Value)
	}
	return n.Value
}

// read decodes the document root into raw.
func (r *reader) read(root *yaml.Node) *raw {
	var c raw
	text := func(dst *string) func(*yaml.Node, []string) {
		return func(v *yaml.Node, p []string) { *dst = r.text(v, p) }
	}
	r.fields(root, nil, map[string]func(*yaml.Node, []string){
		"baseURL":                 text(&c.BaseURL),
		"title":                   text(&c.Title),
		"defaultLanguage":         text(&c.DefaultLanguage),
		"defaultLanguageInSubdir": func(v *yaml.Node, p []string) { c.DefaultLanguageInSubdir = r.boolean(v, p) },
		// Hugo's name for it, so that a site brought over keeps its addresses.
		"defaultContentLanguageInSubdir": func(v *yaml.Node, p []string) { c.DefaultLanguageInSubdir = r.boolean(v, p) },
		"timeZone":                       text(&c.TimeZone),
		"timeout":                        text(&c.Timeout),
		"years": func(v *yaml.Node, p []string) {
			r.fields(v, p, map[string]func(*yaml.Node, []string){
				"from": func(v *yaml.Node, p []string) { c.Years.From = r.integer(v, p) },
				"to":   func(v *yaml.Node, p []string) { c.Years.To = r.integer(v, p) },
			})
		},
		"languages": func(v *yaml.Node, p []string) {
			c.Languages = map[string]rawLanguage{}
			r.each(v, p, func(code string, v *yaml.Node, p []string) {
				var l rawLanguage
				r.fields(v, p, map[string]func(*yaml.Node, []string){
					"name":          text(&l.Name),
					"title":         text(&l.Title),
					"contentDir":    text(&l.ContentDir),
					"locale":        text(&l.Locale),
					"contentMounts": func(v *yaml.Node, p []string) { l.ContentMounts = r.textMap(v, p) },
					"params":        func(v *yaml.Node, p []string) { l.Params = r.params(v, p) },
					"permalinks":    func(v *yaml.Node, p []string) { l.Permalinks = r.permalinks(v, p) },
					"weight": func(v *yaml.Node, p []string) {
						if w := r.integer(v, p); w != nil {
							l.Weight = *w
						}
					},
				})
				c.Languages[code] = l
			})
		},
		"sections": func(v *yaml.Node, p []string) {
			c.Sections = map[string]map[string]string{}
			r.each(v, p, func(key string, v *yaml.Node, p []string) { c.Sections[key] = r.textMap(v, p) })
		},
		// The search page's segment: one for every language, or one a language.
		"searchPage": func(v *yaml.Node, p []string) {
			if resolve(v).Kind == yaml.MappingNode {
				c.SearchPage = r.textMap(v, p)
			} else {
				c.SearchPageAll = r.text(v, p)
			}
		},
		"organization": func(v *yaml.Node, p []string) { c.Organization = r.organization(v, p) },
		"footer":       func(v *yaml.Node, p []string) { c.Footer = r.footer(v, p) },
		"funding":      func(v *yaml.Node, p []string) { c.Funding = r.funding(v, p) },
		"sectionFunding": func(v *yaml.Node, p []string) {
			c.SectionFunding = map[string]*Funding{}
			r.each(v, p, func(key string, v *yaml.Node, p []string) { c.SectionFunding[key] = r.funding(v, p) })
		},
		"permalinks":        func(v *yaml.Node, p []string) { c.Permalinks = r.permalinks(v, p) },
		"types":             func(v *yaml.Node, p []string) { c.Types = r.readTypes(v, p) },
		"home":              func(v *yaml.Node, p []string) { c.Home = r.readHome(v, p) },
		"menu":              func(v *yaml.Node, p []string) { c.Menu = r.list(v, p) },
		"paginate":          func(v *yaml.Node, p []string) { c.Paginate = r.integer(v, p) },
		"taxonomies":        func(v *yaml.Node, p []string) { c.Taxonomies = r.list(v, p) },
		"disabledLanguages": func(v *yaml.Node, p []string) { c.DisabledLanguages = r.list(v, p) },
		"markdown": func(v *yaml.Node, p []string) {
			r.fields(v, p, map[string]func(*yaml.Node, []string){
				"unsafe":    func(v *yaml.Node, p []string) { c.Markdown.Unsafe = deref(r.boolean(v, p)) },
				"hardWraps": func(v *yaml.Node, p []string) { c.Markdown.HardWraps = deref(r.boolean(v, p)) },
				"emoji":     func(v *yaml.Node, p []string) { c.Markdown.Emoji = deref(r.boolean(v, p)) },
				"typographer": func(v *yaml.Node, p []string) {
					if resolve(v).Kind != yaml.MappingNode {
						c.Markdown.Typographer = r.boolean(v, p)
						return
					}
					// Its own marks, as Hugo's typographer settings give
					// them: on, with those.
					c.Markdown.Typographer = new(true)
					c.Markdown.Marks = map[string]string{}
					fields := map[string]func(*yaml.Node, []string){}
					for _, name := range TypographerMarks {
						fields[name] = func(v *yaml.Node, p []string) {
							if m := r.text(v, p); strings.ContainsAny(m, "<>") {
								r.fail(v, p, "%s is HTML; write the mark itself (\u201e) or its character reference (&bdquo;)", r.describe(v))
							} else if m != "" {
								c.Markdown.Marks[name] = m
							}
						}
					}
					r.fields(v, p, fields)
				},
				"extendedSyntax": func(v *yaml.Node, p []string) {
					c.Markdown.ExtendedSyntax = r.words(v, p, ExtendedSyntaxParts, "the parts of the LoveIt themes' Markdown")
				},
				"extras": func(v *yaml.Node, p []string) {
					c.Markdown.Extras = r.words(v, p, MarkdownExtras, "Hugo's Markdown extras")
				},
				"strikethrough": func(v *yaml.Node, p []string) { c.Markdown.Strikethrough = r.boolean(v, p) },
				"headingIDs": func(v *yaml.Node, p []string) {
					switch s := r.text(v, p); s {
					case "": // not text, which text reported
					case "vestis", "github", "github-ascii":
						c.Markdown.HeadingIDs = s
					default:
						r.fail(v, p, "want vestis, github or github-ascii (Hugo's autoHeadingIDType), got %s", r.describe(v))
					}
				},
			})
		},
		"minify": func(v *yaml.Node, p []string) { c.Minify = r.boolean(v, p) },
		"hugoTermAddresses": func(v *yaml.Node, p []string) {
			if b := r.boolean(v, p); b != nil {
				c.HugoTermAddresses = *b
			}
		},
		"hugoAddresses": func(v *yaml.Node, p []string) {
			if b := r.boolean(v, p); b != nil {
				c.HugoAddresses = *b
			}
		},
		"uglyURLs": func(v *yaml.Node, p []string) {
			if b := r.boolean(v, p); b != nil {
				c.UglyURLs = *b
			}
		},
		"keepCase": func(v *yaml.Node, p []string) {
			if b := r.boolean(v, p); b != nil {
				c.KeepCase = *b
			}
		},
		"removePathAccents": func(v *yaml.Node, p []string) {
			if b := r.boolean(v, p); b != nil {
				c.RemovePathAccents = *b
			}
		},
		"hugoLayouts": func(v *yaml.Node, p []string) {
			if b := r.boolean(v, p); b != nil {
				c.HugoLayouts = *b
			}
		},
		"hugoThemes":        func(v *yaml.Node, p []string) { c.HugoThemes = r.list(v, p) },
		"hugoOutputFormats": func(v *yaml.Node, p []string) { c.HugoOutputFormats = r.list(v, p) },
		"hugoIgnoreErrors":  func(v *yaml.Node, p []string) { c.HugoIgnoreErrors = r.list(v, p) },
		"getenv": func(v *yaml.Node, p []string) {
			if c.Getenv = r.list(v, p); c.Getenv == nil {
				c.Getenv = []string{} // getenv: [] allows none
			}
		},
		"feeds": func(v *yaml.Node, p []string) {
			r.fields(v, p, map[string]func(*yaml.Node, []string){
				"limit": func(v *yaml.Node, p []string) { c.Feeds.Limit = r.integer(v, p) },
				"home":  func(v *yaml.Node, p []string) { c.Feeds.Home = r.list(v, p) },
			})
		},
		"translations": func(v *yaml.Node, p []string) {
			t := &c.Translations
			r.fields(v, p, map[string]func(*yaml.Node, []string){
				"fallback":      func(v *yaml.Node, p []string) { t.Fallback = deref(r.boolean(v, p)) },
				"listFallbacks": func(v *yaml.Node, p []string) { t.ListFallbacks = deref(r.boolean(v, p)) },
				"fallbackOrder": func(v *yaml.Node, p []string) {
					t.FallbackOrder = map[string][]string{}
					r.each(v, p, func(lang string, v *yaml.Node, p []string) { t.FallbackOrder[lang] = r.list(v, p) })
				},
			})
		},
		"params": func(v *yaml.Node, p []string) { c.Params = r.params(v, p) },
	})
	return &c
}

// params reads a map of free keys (params, a language's params).
func (r *reader) params(v *yaml.Node, p []string) map[string]any {
	if isNull(resolve(v)) {
		return nil
	}
	if resolve(v).Kind != yaml.MappingNode {
		r.fail(resolve(v), p, "want keys with values (key: value), got %s", r.describe(resolve(v)))
		return nil
	}
	val, err := decode.Value(v)
	if err == nil {
		// A number no page can show ({x: .inf} printed +Inf).
		var derr *decode.Error
		if err = decode.CheckNumbers(v); errors.As(err, &derr) {
			derr.Msg = prefix(p) + derr.Msg
		}
	}
	if err != nil {
		r.errs = append(r.errs, r.decodeError(err))
		return nil
	}
	return val.(map[string]any)
}

func deref(b *bool) bool { return b != nil && *b }

// permalinks reads a map of permalinks: section -> a pattern, or a list of
// them (the first makes the address, the others redirect to it).
func (r *reader) permalinks(v *yaml.Node, p []string) map[string][]string {
	perm := map[string][]string{}
	r.each(v, p, func(key string, v *yaml.Node, p []string) {
		if resolve(v).Kind == yaml.SequenceNode {
			perm[key] = r.list(v, p)
		} else {
			perm[key] = []string{r.text(v, p)}
		}
	})
	return perm
}
