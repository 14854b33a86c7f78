package config

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// MessageUse is an i18n message that site.yaml names: a home block's heading,
// a field's label, an enum value's name. Pages show Default while no
// language has it.
type MessageUse struct {
	ID      string
	Line    int // in site.yaml
	Default string
}

// MessageUses lists the i18n messages site.yaml names, in its order.
func (c *Config) MessageUses() []MessageUse {
	var out []MessageUse
	var blocks func(bs []*Block)
	blocks = func(bs []*Block) {
		for _, b := range bs {
			if b.Title != "" {
				out = append(out, MessageUse{ID: b.Title, Line: b.Line, Default: "the section's title"})
			}
			if b.Empty != "" {
				out = append(out, MessageUse{ID: b.Empty, Line: b.Line, Default: "nothing"})
			}
			if b.Otherwise != nil {
				blocks([]*Block{b.Otherwise})
			}
		}
	}
	blocks(c.Home)
	var fields func(fs []*Field)
	fields = func(fs []*Field) {
		for _, f := range fs {
			out = append(out, MessageUse{ID: f.Label, Line: f.Line, Default: strconv.Quote(FieldLabel(f.Name))})
			for _, v := range f.Values {
				out = append(out, MessageUse{ID: f.ValueID(v), Line: f.Line, Default: strconv.Quote(v)})
			}
			fields(f.Fields)
		}
	}
	for _, t := range c.Types {
		fields(t.Fields)
		if t.Calendar != nil {
			for _, e := range t.Calendar.Entries {
				if e.Label != "" {
					out = append(out, MessageUse{ID: e.Label, Line: t.Line, Default: strconv.Quote(e.Label)})
				}
			}
		}
	}
	return out
}

// ValueID is the i18n message that names an enum value: status, open ->
// statusOpen.
func (f *Field) ValueID(value string) string { return f.Name + upperFirst(value) }

// FieldLabel is the label of a field no i18n message names: its name with
// a capital letter and its words apart (applyURL -> Apply URL).
func FieldLabel(name string) string {
	var b []rune
	prev := rune(0)
	for i, r := range name {
		switch {
		case r == '_' || r == '-':
			r = ' '
		case i > 0 && unicode.IsUpper(r) && unicode.IsLower(prev):
			b = append(b, ' ')
		}
		b = append(b, r)
		prev = r
	}
	return upperFirst(string(b))
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
