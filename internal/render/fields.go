package render

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/locale"
	"github.com/vestis-ssg/vestis/internal/site"
)

// FieldView is one field of a page's type with its value, as the default
// theme shows it (partials/fields.html): its label and value in the page's
// language.
type FieldView struct {
	Name string
	// Label is the i18n message of the field's label (its name by default),
	// else the name.
	Label string
	Kind  string
	// Text is the value of text, markdown, url, email and number fields,
	// an enum's value through i18n (FIELD + Value: statusOpen) and a bool's
	// (yes, no).
	Text string
	// Time is the value of date and datetime fields (a partial date's first
	// day); Date is the value to hand .Date and .ISODate, which show a
	// partial date (2023-05) as written.
	Time time.Time
	Date any
	// List is the value of a list field.
	List []string
	// URLs are the term pages of a field that is also a taxonomy (partners):
	// one per item of List, or one for Text; "" for a value with none.
	URLs []string
	// Items are the objects of an objects field, each its fields.
	Items [][]FieldView
}

// Fields are the fields the page's type declares that the page has, in
// site.yaml's order. They are made once for the view: the layout and the
// search index (searchMeta) both read them.
func (v *View) Fields() ([]FieldView, error) {
	if !v.fields.made {
		v.fields.views, v.fields.err = v.fieldsOf(v.Page)
		v.fields.made = true
	}
	return v.fields.views, v.fields.err
}

// FieldsOf is Fields for another page (a card's), limited to names, in
// their order, when some are given.
func (v *View) FieldsOf(p *site.Page, names []string) ([]FieldView, error) {
	all, err := v.fieldsOf(p)
	if err != nil || len(names) == 0 {
		return all, err
	}
	var out []FieldView
	for _, name := range names {
		for _, f := range all {
			if f.Name == name {
				out = append(out, f)
			}
		}
	}
	return out, nil
}

// SortFields are the fields of p's type that its lists sort by (an event's
// start), which a card shows beside the title; none when the type sorts by
// built-in fields only.
func (v *View) SortFields(p *site.Page) ([]FieldView, error) {
	t := p.Type()
	var names []string
	for _, k := range t.Sort {
		if t.Field(k.By) != nil {
			names = append(names, k.By)
		}
	}
	if len(names) == 0 {
		return nil, nil
	}
	return v.FieldsOf(p, names)
}

func (v *View) fieldsOf(p *site.Page) ([]FieldView, error) {
	var out []FieldView
	for _, f := range p.Type().Fields {
		x, ok := p.Field(f.Name)
		if !ok {
			continue
		}
		fv, err := v.fieldView(f, x)
		if err != nil {
			return nil, err
		}
		fv.URLs = termURLs(p, f.Name, fv)
		if fv.Text != "" || !fv.Time.IsZero() || len(fv.List) > 0 || len(fv.Items) > 0 {
			out = append(out, fv)
		}
	}
	return out, nil
}

func (v *View) fieldView(f *config.Field, x any) (FieldView, error) {
	label, err := v.message(f.Label, config.FieldLabel(f.Name))
	if err != nil {
		return FieldView{}, err
	}
	fv := FieldView{Name: f.Name, Label: label, Kind: string(f.Kind)}
	switch x := x.(type) {
	case string:
		fv.Text = x
		if f.Kind == config.KindEnum {
			if fv.Text, err = v.message(f.ValueID(x), x); err != nil {
				return FieldView{}, err
			}
		}
	case time.Time:
		fv.Time, fv.Date = x, x
	case config.PartialDate:
		fv.Time, fv.Date = x.Start, x
	case float64:
		fv.Text = strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		key := "no"
		if x {
			key = "yes"
		}
		if fv.Text, err = v.message(key, key); err != nil {
			return FieldView{}, err
		}
	case []string:
		fv.List = x
	case []map[string]any:
		for _, it := range x {
			var item []FieldView
			for _, sub := range f.Fields {
				if y, ok := it[sub.Name]; ok {
					sv, err := v.fieldView(sub, y)
					if err != nil {
						return FieldView{}, err
					}
					item = append(item, sv)
				}
			}
			fv.Items = append(fv.Items, item)
		}
	}
	return fv, nil
}

// message is the i18n message id in the page's language, or def when the
// site and the theme have none.
func (v *View) message(id, def string) (string, error) {
	s, err := v.env.Locale.T(v.Lang.Code, id, nil, nil)
	if errors.Is(err, locale.ErrMissingKey) {
		return def, nil
	}
	return s, err
}

// LanguageName is how the page's language names the language code in its
// sentences: the message language.CODE ("Vietnamese"; in Latvian
// "vjetnamiešu", the form "… valodā" takes), else the language's own name
// from site.yaml. The fallback banner says with it which language a reader
// asked for and which one the text is in.
func (v *View) LanguageName(code string) (string, error) {
	name := code
	if l := v.Site.Config.Language(code); l != nil {
		name = l.Name
	}
	return v.message("language."+code, name)
}

// LanguageTag is the BCP 47 tag of the language code (its locale in
// site.yaml, else the code), for lang and hreflang: a fallback page's text
// is marked with its original's (Config.Tag). A view helper, so that a card
// that marks it stays one the next pass may keep (keptPartials).
func (v *View) LanguageTag(code string) string { return v.Site.Config.Tag(code) }

// NoTime is the zero time, for a date a template leaves out: (or (index
// .Page.Fields "end") $.NoTime).
func (v *View) NoTime() time.Time { return time.Time{} }

// URLText is how a link to a URL field's value reads: without mailto: or
// tel:, and without https:// for a web address.
func (v *View) URLText(u string) string {
	for _, prefix := range []string{"mailto:", "tel:", "https://", "http://"} {
		if rest, ok := strings.CutPrefix(u, prefix); ok {
			return strings.TrimSuffix(rest, "/")
		}
	}
	return u
}

// termURLs links the values of a field that is also a taxonomy to their term
// pages, so that a reader reaches a partner's page from a project's.
func termURLs(p *site.Page, name string, fv FieldView) []string {
	if p.Terms(name) == nil {
		return nil
	}
	values := fv.List
	if fv.Kind != string(config.KindList) {
		values = []string{fv.Text}
	}
	out := make([]string, len(values))
	for i, x := range values {
		if t := p.TermNamed(name, x); t != nil {
			out[i] = t.RelPermalink()
		}
	}
	return out
}

// pageField is the value of p's field name, nil when it has none: one field
// read without the map of all (site.Page.Field).
func pageField(p *site.Page, name string) any {
	v, _ := p.Field(name)
	return v
}
