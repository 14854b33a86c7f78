package locale

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// formNames are CLDR's plural categories in CLDR's order.
var formNames = []struct {
	form plural.Form
	name string
}{{plural.Zero, "zero"}, {plural.One, "one"}, {plural.Two, "two"}, {plural.Few, "few"}, {plural.Many, "many"}, {plural.Other, "other"}}

// Categories lists the plural categories a language's whole-number counts use,
// from CLDR's rules: Latvian zero, one, other; English one, other; Vietnamese other.
func Categories(lang string) []string {
	tag := language.Make(lang)
	used := map[plural.Form]bool{plural.Other: true}
	for n := range 1000 {
		used[plural.Cardinal.MatchPlural(tag, n, 0, 0, 0, 0)] = true
	}
	var out []string
	for _, f := range formNames {
		if used[f.form] {
			out = append(out, f.name)
		}
	}
	return out
}

// forms memoizes Forms: each message file asks once per language.
var forms sync.Map // language -> []string

// Forms lists every plural category lang has, for whole numbers and
// fractions alike, in CLDR's order: Latvian zero, one, other; English one,
// other; Vietnamese other; Czech one, few, many (for fractions), other. A
// message's form outside it is never chosen by CLDR's rules. x/text's CLDR
// data predates the "many" of a million in French, Spanish, Italian and
// Portuguese ("de millions"), which go-i18n's rules choose, so Forms adds
// the form go-i18n gives a million.
func Forms(lang string) []string {
	if f, ok := forms.Load(lang); ok {
		return f.([]string)
	}
	tag := language.Make(lang)
	used := map[plural.Form]bool{plural.Other: true}
	for i := range 1000 {
		used[plural.Cardinal.MatchPlural(tag, i, 0, 0, 0, 0)] = true
	}
	// Fractions of one and two digits (1.5 is i=1 v=1 f=5; 1.50 is
	// i=1 v=2 f=50 t=5), which Czech, Russian and Lithuanian give forms of
	// their own.
	for i := range 200 {
		for v, n := 1, 10; v <= 2; v, n = v+1, n*10 {
			for f := range n {
				w, t := v, f
				for t > 0 && t%10 == 0 {
					t, w = t/10, w-1
				}
				if t == 0 {
					w = 0
				}
				used[plural.Cardinal.MatchPlural(tag, i, v, w, f, t)] = true
			}
		}
	}
	million := millionForm(tag)
	var out []string
	for _, f := range formNames {
		if used[f.form] || f.name == million {
			out = append(out, f.name)
		}
	}
	forms.Store(lang, out)
	return out
}

// millionForm is the plural form go-i18n chooses for a count of a million
// in tag, read from a message whose forms are their own names.
func millionForm(tag language.Tag) string {
	b := i18n.NewBundle(tag)
	m := &i18n.Message{ID: "n", Zero: "zero", One: "one", Two: "two", Few: "few", Many: "many", Other: "other"}
	if b.AddMessages(tag, m) != nil {
		return "other"
	}
	s, err := i18n.NewLocalizer(b, tag.String()).Localize(&i18n.LocalizeConfig{MessageID: "n", PluralCount: 1000000})
	if err != nil {
		return "other"
	}
	return s
}

// has reports which categories a message defines.
func has(m *i18n.Message) map[string]bool {
	return map[string]bool{"zero": m.Zero != "", "one": m.One != "", "two": m.Two != "", "few": m.Few != "", "many": m.Many != "", "other": m.Other != ""}
}

// isPlural reports whether a message has plural forms (more than "other").
func isPlural(m *i18n.Message) bool {
	return m.Zero != "" || m.One != "" || m.Two != "" || m.Few != "" || m.Many != ""
}

// pluralWarnings finds plural messages that lack a category their language
// needs. defs holds each language's messages and the lines of their keys.
func pluralWarnings(lang, file string, msgs map[string]*i18n.Message, lines map[string]int) []Warning {
	need := Categories(lang)
	var ids []string
	for id := range msgs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var out []Warning
	for _, id := range ids {
		m := msgs[id]
		if !isPlural(m) {
			continue
		}
		h := has(m)
		var missing []string
		for _, c := range need {
			if !h[c] {
				missing = append(missing, c)
			}
		}
		if len(missing) > 0 {
			out = append(out, Warning{File: file, Line: lines[id], Lang: lang, Key: id, Plural: missing,
				Msg: fmt.Sprintf("key %q lacks the plural forms %s that %s needs (%s)", id, strings.Join(missing, ", "), lang, strings.Join(need, ", "))})
		}
	}
	return out
}

// emptyWarnings warns of the messages of msgs the site's own files give
// (own) with no text in any form (readMore: "", readMore: with nothing
// after it, an id: with no translation:): a page shows nothing where they
// go, a link with no words, in silence, where the default theme had words.
func emptyWarnings(file string, msgs map[string]*i18n.Message, lines map[string]int, own map[string]bool) []Warning {
	var out []Warning
	for _, id := range slices.Sorted(maps.Keys(msgs)) {
		m := msgs[id]
		if !own[id] || m.Zero+m.One+m.Two+m.Few+m.Many+m.Other != "" {
			continue
		}
		out = append(out, Warning{File: file, Line: lines[id],
			Msg: fmt.Sprintf("key %q has no text, so pages show nothing where it goes; write its text, or delete the key to have the default theme's", id)})
	}
	return out
}

// keyLines maps the dotted message IDs of a message file, root as from
// decode.YAML, to their lines.
func keyLines(root *yaml.Node) map[string]int {
	lines := map[string]int{}
	if root == nil {
		return lines
	}
	var walk func(n *yaml.Node, prefix string)
	walk = func(n *yaml.Node, prefix string) {
		if n.Kind == yaml.SequenceNode && prefix == "" {
			// go-i18n's older list: each message at its id's line.
			for _, item := range n.Content {
				for i := 0; item.Kind == yaml.MappingNode && i+1 < len(item.Content); i += 2 {
					if strings.ToLower(item.Content[i].Value) == "id" {
						lines[item.Content[i+1].Value] = item.Content[i].Line
					}
				}
			}
		}
		if n.Kind != yaml.MappingNode {
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			id := prefix + n.Content[i].Value
			lines[id] = n.Content[i].Line
			walk(n.Content[i+1], id+".")
		}
	}
	walk(root, "")
	return lines
}

// Category is the CLDR plural category of the whole number n in lang:
// Latvian "zero" for 10 or 11, "one" for 21, "other" for 2.
func Category(lang string, n int) string {
	form := plural.Cardinal.MatchPlural(language.Make(lang), n, 0, 0, 0, 0)
	for _, f := range formNames {
		if f.form == form {
			return f.name
		}
	}
	return "other"
}

// ownForms returns msgs without the plural forms lang does not have
// (Forms), copied where they change; msgs are not changed. go-i18n's rules
// would choose some of them: its CLDR data gives Vietnamese a "one" form for
// 0 and 1, which x/text's (and Vietnamese grammar) does not, so a vi.yaml
// with one: showed that text for 1 while vestis warned that vi has no such
// form. Left out, every count shows the forms the language has, as the
// warning (extraFormWarnings) says.
func ownForms(lang string, msgs []*i18n.Message) []*i18n.Message {
	have := Forms(lang)
	out, cloned := msgs, false
	for i, m := range msgs {
		c := *m
		for _, f := range []struct {
			name string
			text *string
		}{{"zero", &c.Zero}, {"one", &c.One}, {"two", &c.Two}, {"few", &c.Few}, {"many", &c.Many}} {
			if !slices.Contains(have, f.name) {
				*f.text = ""
			}
		}
		if c == *m {
			continue
		}
		if !cloned {
			out, cloned = slices.Clone(msgs), true
		}
		out[i] = &c
	}
	return out
}

// extraFormWarnings finds messages with a plural form their language does
// not have (few: in Latvian), which go-i18n keeps without a word: the
// writer meant its text for some counts, and pages show another form's.
func extraFormWarnings(lang, file string, msgs map[string]*i18n.Message, lines map[string]int) []Warning {
	have := Forms(lang)
	var out []Warning
	for _, id := range slices.Sorted(maps.Keys(msgs)) {
		h := has(msgs[id])
		for _, f := range formNames {
			if !h[f.name] || slices.Contains(have, f.name) {
				continue
			}
			line, ok := lines[id+"."+f.name]
			if !ok {
				line = lines[id]
			}
			out = append(out, Warning{File: file, Line: line, Lang: lang, Key: id, Form: f.name,
				Msg: fmt.Sprintf("key %q: %s has no plural form %s, only %s; its text is never shown: remove %s: or move its text to one of those", id, lang, f.name, strings.Join(have, ", "), f.name)})
		}
	}
	return out
}
