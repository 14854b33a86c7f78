package config

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// Kind is what a front matter field of a content type holds. Go knows kinds
// of fields, never section names: those are data in site.yaml.
type Kind string

// The kinds of fields a type may declare.
const (
	KindText     Kind = "text"     // one line of text
	KindMarkdown Kind = "markdown" // text converted as Markdown (inline)
	KindDate     Kind = "date"     // a day: 2024-05-19
	KindDateTime Kind = "datetime" // a day and a time: 2024-05-19T10:00
	KindURL      Kind = "url"      // an absolute http(s) URL or a root-relative path
	KindEmail    Kind = "email"    // an e-mail address
	KindNumber   Kind = "number"   // a number, whole or not
	KindBool     Kind = "bool"     // true or false
	KindEnum     Kind = "enum"     // one of the field's values
	KindList     Kind = "list"     // a list of text
	KindObjects  Kind = "objects"  // a list of objects with fields of their own
)

// Kinds are the kinds in the order errors list them.
var Kinds = []Kind{KindText, KindMarkdown, KindDate, KindDateTime, KindURL, KindEmail, KindNumber, KindBool, KindEnum, KindList, KindObjects}

// BuiltinFields are the front matter fields every page has whatever its type;
// a type may sort by them and map them to JSON-LD, but not declare them.
var BuiltinFields = []string{
	"title", "date", "lastmod", "publishDate", "expiryDate", "description", "summary", "author",
	"tags", "draft", "weight", "slug", "url", "aliases", "image", "translationKey", "params", "fundingNotice",
}

// IsDate reports whether the kind holds a time.Time.
func (k Kind) IsDate() bool { return k == KindDate || k == KindDateTime }

// Type is a content type: the fields of its pages' front matter, their order
// in lists, their JSON-LD and calendar entries (site.yaml types).
type Type struct {
	Name     string
	Sections []string
	// Schema is the schema.org type of its pages' JSON-LD ("NewsArticle");
	// empty for WebPage.
	Schema string
	// OpenGraph is the Open Graph type of its pages ("article"); empty for
	// website.
	OpenGraph string
	// JSONLD maps schema.org properties to the page's fields, in site.yaml's order.
	JSONLD []Property
	// Sort orders its lists, first key first; weight always comes before them,
	// and date (newest first), title and file after them.
	Sort []SortKey
	// Fields are the declared fields, in site.yaml's order.
	Fields []*Field
	// Calendar, when set, gives each page with dates an iCalendar file, and the
	// section one with the dates of its pages.
	Calendar *Calendar
	// Line is the line of its name in site.yaml.
	Line int
}

// Field is a declared front matter field.
type Field struct {
	Name     string
	Kind     Kind
	Required bool
	// Values are an enum's values, in the order lists sort them.
	Values []string
	// Fields are the fields of each object of an objects field; objects are
	// kept in the order of the first date field among them.
	Fields []*Field
	// Label is the i18n message id of the field's name (default: the name).
	Label string
	Line  int
}

// SortKey is one key of a type's sort order.
type SortKey struct {
	By   string
	Desc bool
}

// Calendar declares a type's calendar entries.
type Calendar struct {
	// Entries make events of a page: each is one date field, or one per item
	// of an objects field.
	Entries []CalendarEntry
	// Only keeps the section's calendar to pages whose enum field has one of
	// the values: field -> values.
	Only map[string][]string
}

// CalendarEntry makes events from a page's fields. Without Each, Start (and
// End) name the page's date fields, Title a text field whose value is the
// event's summary (default the page's title) or Label an i18n message put
// before the page's title ("Deadline: ..."). With Each (an objects field),
// there is an event per item, its Start, End and Title naming the item's fields
// and the summary being "item title · page title".
type CalendarEntry struct {
	Each              string
	Start, End, Title string
	Label             string
}

// Property is one schema.org property of a type's JSON-LD and where its value
// comes from.
type Property struct {
	Name string
	// From is a field (declared or built in) or one of @organization,
	// @permalink, @canonical, @language, @description, @image.
	From string
	// As wraps each value in an object of this schema.org type, the value going
	// to its property Key (default "name"): {"@type": As, Key: value}.
	As, Key string
	// Items, for an objects field, maps each item's fields to the properties
	// of the object made for it (with As its type).
	Items []Property
	// Else is the source used when From is empty (an author, else the
	// organization).
	Else string
}

// Field is the declared field name, or nil.
func (t *Type) Field(name string) *Field {
	for _, f := range t.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// FieldNames are the names of the declared fields, in order.
func (t *Type) FieldNames() []string {
	names := make([]string, len(t.Fields))
	for i, f := range t.Fields {
		names[i] = f.Name
	}
	return names
}

// TypeOf is the type of a section's pages: the one declaring it, else the
// generic type (no fields, newest first).
func (c *Config) TypeOf(section string) *Type {
	for _, t := range c.Types {
		if slices.Contains(t.Sections, section) {
			return t
		}
	}
	return Generic()
}

// Generic is the type of sections no type declares: no fields of its own,
// newest first.
func Generic() *Type { return &Type{Sort: []SortKey{{By: "date", Desc: true}}} }

// readTypes reads site.yaml's types, validating each where it is written.
func (r *reader) readTypes(n *yaml.Node, path []string) []*Type {
	var types []*Type
	r.each(n, path, func(name string, v *yaml.Node, p []string) {
		t := &Type{Name: name, Line: resolve(v).Line}
		var sortNode, calNode, ldNode *yaml.Node
		r.fields(v, p, map[string]func(*yaml.Node, []string){
			"sections": func(v *yaml.Node, p []string) { t.Sections = r.list(v, p) },
			"schema":   func(v *yaml.Node, p []string) { t.Schema = r.text(v, p) },
			"openGraph": func(v *yaml.Node, p []string) {
				t.OpenGraph = r.text(v, p)
				if !slices.Contains([]string{"article", "website", "profile", "book"}, t.OpenGraph) {
					r.fail(resolve(v), p, "%q is not an Open Graph type vestis writes (article, website, profile, book)", t.OpenGraph)
				}
			},
			"fields":   func(v *yaml.Node, p []string) { t.Fields = r.readFields(v, p) },
			"sort":     func(v *yaml.Node, p []string) { sortNode = v },
			"calendar": func(v *yaml.Node, p []string) { calNode = v },
			"jsonld":   func(v *yaml.Node, p []string) { ldNode = v },
		})
		if len(t.Sections) == 0 {
			r.fail(resolve(v), p, "sections: list the sections of this type, as in sections: [%s]", name)
		}
		if sortNode != nil {
			t.Sort = r.readSort(t, sortNode, append(p, "sort"))
		} else {
			t.Sort = Generic().Sort
		}
		if calNode != nil {
			t.Calendar = r.readCalendar(t, calNode, append(p, "calendar"))
		}
		if ldNode != nil {
			t.JSONLD = r.readProperties(t, nil, ldNode, append(p, "jsonld"))
		}
		types = append(types, t)
	})
	seen := map[string]string{}
	for _, t := range types {
		for _, s := range t.Sections {
			if other, ok := seen[s]; ok {
				r.errs = append(r.errs, &Error{File: r.file, Line: lineOf(r.lines, "types", t.Name, "sections"),
					Msg: fmt.Sprintf("types: %s: sections: %q is already a section of type %s; a section has one type", t.Name, s, other)})
			}
			seen[s] = t.Name
		}
	}
	return types
}

// readFields reads the fields of a type or of an objects field.
func (r *reader) readFields(n *yaml.Node, path []string) []*Field {
	var out []*Field
	r.each(n, path, func(name string, v *yaml.Node, p []string) {
		f := &Field{Name: name, Line: lineOf(r.lines, p...)}
		if len(path) == 3 && slices.ContainsFunc(BuiltinFields, func(b string) bool { return strings.EqualFold(b, name) }) {
			r.errs = append(r.errs, &Error{File: r.file, Line: f.Line, Msg: fmt.Sprintf("%s%q is a field every page has; declare only the type's own fields", prefix(path), name)})
		}
		var kindNode *yaml.Node
		r.fields(v, p, map[string]func(*yaml.Node, []string){
			"kind":     func(v *yaml.Node, p []string) { f.Kind = Kind(r.text(v, p)); kindNode = resolve(v) },
			"required": func(v *yaml.Node, p []string) { f.Required = deref(r.boolean(v, p)) },
			"values":   func(v *yaml.Node, p []string) { f.Values = r.list(v, p) },
			"fields":   func(v *yaml.Node, p []string) { f.Fields = r.readFields(v, p) },
			"label":    func(v *yaml.Node, p []string) { f.Label = r.text(v, p) },
		})
		at := resolve(v)
		if kindNode != nil {
			at = kindNode
		}
		switch {
		case f.Kind == "":
			r.fail(at, p, "kind: missing; one of %s", kindList())
		case !slices.Contains(Kinds, f.Kind):
			msg := fmt.Sprintf("kind: %q is not a kind of field; one of %s", string(f.Kind), kindList())
			for _, k := range Kinds {
				if typo(string(f.Kind), string(k)) {
					msg = fmt.Sprintf("kind: %q is not a kind of field; did you mean %q?", string(f.Kind), string(k))
				}
			}
			r.fail(at, p, "%s", msg)
		case f.Kind == KindEnum && len(f.Values) == 0:
			r.fail(at, p, "an enum needs values, as in values: [open, closed]")
		case f.Kind != KindEnum && len(f.Values) > 0:
			r.fail(at, p, "values: only an enum has values, not a field of kind %s", f.Kind)
		case f.Kind == KindObjects && len(f.Fields) == 0:
			r.fail(at, p, "objects need fields of their own, as in fields: {date: {kind: date}, title: {kind: text}}")
		case f.Kind != KindObjects && len(f.Fields) > 0:
			r.fail(at, p, "fields: only a field of kind objects has fields, not one of kind %s", f.Kind)
		}
		for i, val := range f.Values {
			if slices.Contains(f.Values[:i], val) {
				r.fail(at, p, "values: %q is listed twice", val)
			}
		}
		if f.Label == "" {
			f.Label = f.Name
		}
		out = append(out, f)
	})
	return out
}

func kindList() string {
	s := make([]string, len(Kinds))
	for i, k := range Kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// sortable reports whether a type can sort by name: a built-in field it orders
// by, or a declared one holding one value.
func sortable(t *Type, name string) bool {
	switch name {
	case "date", "lastmod", "publishDate", "expiryDate", "title", "weight":
		return true
	}
	f := t.Field(name)
	return f != nil && f.Kind != KindList && f.Kind != KindObjects
}

// readSort reads a sort key ({by: date, order: desc}) or a list of them.
func (r *reader) readSort(t *Type, n *yaml.Node, path []string) []SortKey {
	n = resolve(n)
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = n.Content
	}
	var keys []SortKey
	for _, it := range items {
		var k SortKey
		order := "asc"
		var byNode *yaml.Node
		r.fields(it, path, map[string]func(*yaml.Node, []string){
			"by":    func(v *yaml.Node, p []string) { k.By = r.text(v, p); byNode = resolve(v) },
			"order": func(v *yaml.Node, p []string) { order = r.text(v, p) },
		})
		at := resolve(it)
		if byNode != nil {
			at = byNode
		}
		switch {
		case k.By == "":
			r.fail(at, path, "by: missing; name the field to sort by")
			continue
		case !sortable(t, k.By):
			if t.Field(k.By) != nil {
				r.fail(at, path, "by: %q holds a list; sort by a field of one value", k.By)
			} else {
				r.fail(at, path, "by: %q is not a field of type %s (%s)", k.By, t.Name, strings.Join(append([]string{"date", "title", "weight"}, t.FieldNames()...), ", "))
			}
			continue
		}
		switch order {
		case "asc":
		case "desc":
			k.Desc = true
		default:
			r.fail(at, path, "order: %q is neither asc nor desc", order)
		}
		keys = append(keys, k)
	}
	return keys
}

// readCalendar reads a calendar: {start, end, title} for one entry per page,
// or {entries: [...], only: {field: [values]}}.
func (r *reader) readCalendar(t *Type, n *yaml.Node, path []string) *Calendar {
	c := &Calendar{}
	var one CalendarEntry
	entry := func(e *CalendarEntry) map[string]func(*yaml.Node, []string) {
		return map[string]func(*yaml.Node, []string){
			"each":  func(v *yaml.Node, p []string) { e.Each = r.text(v, p) },
			"start": func(v *yaml.Node, p []string) { e.Start = r.text(v, p) },
			"end":   func(v *yaml.Node, p []string) { e.End = r.text(v, p) },
			"title": func(v *yaml.Node, p []string) { e.Title = r.text(v, p) },
			"label": func(v *yaml.Node, p []string) { e.Label = r.text(v, p) },
		}
	}
	fields := entry(&one)
	fields["entries"] = func(v *yaml.Node, p []string) {
		v = resolve(v)
		if v.Kind != yaml.SequenceNode {
			r.fail(v, p, "want a list of entries, got %s", r.describe(v))
			return
		}
		for _, it := range v.Content {
			var e CalendarEntry
			r.fields(it, p, entry(&e))
			r.checkEntry(t, e, resolve(it), p)
			c.Entries = append(c.Entries, e)
		}
	}
	fields["only"] = func(v *yaml.Node, p []string) {
		c.Only = map[string][]string{}
		r.each(v, p, func(name string, v *yaml.Node, p []string) {
			c.Only[name] = r.list(v, p)
			f := t.Field(name)
			if f == nil || f.Kind != KindEnum {
				r.fail(resolve(v), p, "%q is not an enum field of type %s", name, t.Name)
				return
			}
			for _, val := range c.Only[name] {
				if !slices.Contains(f.Values, val) {
					r.fail(resolve(v), p, "%q is not one of %s", val, strings.Join(f.Values, ", "))
				}
			}
		})
	}
	r.fields(n, path, fields)
	if one != (CalendarEntry{}) {
		r.checkEntry(t, one, resolve(n), path)
		c.Entries = append([]CalendarEntry{one}, c.Entries...)
	}
	if len(c.Entries) == 0 {
		r.fail(resolve(n), path, "name the date field of its events, as in calendar: {start: start, end: end}")
	}
	return c
}

// checkEntry checks that a calendar entry names fields of the right kinds.
func (r *reader) checkEntry(t *Type, e CalendarEntry, at *yaml.Node, path []string) {
	fields := t.Fields
	if e.Each != "" {
		f := t.Field(e.Each)
		if f == nil || f.Kind != KindObjects {
			r.fail(at, path, "each: %q is not a field of kind objects of type %s", e.Each, t.Name)
			return
		}
		fields = f.Fields
	}
	find := func(name string) *Field {
		for _, f := range fields {
			if f.Name == name {
				return f
			}
		}
		return nil
	}
	if e.Start == "" {
		r.fail(at, path, "start: missing; name the date field the events start on")
	}
	for _, name := range []string{e.Start, e.End} {
		if name == "" {
			continue
		}
		if f := find(name); f == nil || !f.Kind.IsDate() {
			r.fail(at, path, "%q is not a date or datetime field", name)
		}
	}
	if e.Title != "" {
		if f := find(e.Title); f == nil || f.Kind != KindText && f.Kind != KindEnum {
			if e.Each != "" || e.Title != "title" {
				r.fail(at, path, "title: %q is not a text field", e.Title)
			}
		}
	}
}

// readProperties reads a JSON-LD mapping: property: field, or property:
// {from, as, key, items, else}. fields are an objects field's item fields, or
// nil for the type's own.
func (r *reader) readProperties(t *Type, item *Field, n *yaml.Node, path []string) []Property {
	var out []Property
	r.each(n, path, func(name string, v *yaml.Node, p []string) {
		prop := Property{Name: name}
		if resolve(v).Kind == yaml.ScalarNode {
			prop.From = r.text(v, p)
		} else {
			var itemsNode *yaml.Node
			r.fields(v, p, map[string]func(*yaml.Node, []string){
				"from":  func(v *yaml.Node, p []string) { prop.From = r.text(v, p) },
				"as":    func(v *yaml.Node, p []string) { prop.As = r.text(v, p) },
				"key":   func(v *yaml.Node, p []string) { prop.Key = r.text(v, p) },
				"else":  func(v *yaml.Node, p []string) { prop.Else = r.text(v, p) },
				"items": func(v *yaml.Node, p []string) { itemsNode = v },
			})
			if itemsNode != nil {
				f := t.Field(prop.From)
				if f == nil || f.Kind != KindObjects {
					r.fail(resolve(itemsNode), p, "items: %q is not a field of kind objects", prop.From)
				} else {
					prop.Items = r.readProperties(t, f, itemsNode, append(p, "items"))
				}
			}
		}
		for _, src := range []string{prop.From, prop.Else} {
			if src != "" && !r.knownSource(t, item, src) {
				r.fail(resolve(v), p, "%q is not a field of type %s nor one of %s", src, t.Name, strings.Join(sources, ", "))
			}
		}
		if prop.From == "" {
			r.fail(resolve(v), p, "from: missing; name the field this property shows")
		}
		out = append(out, prop)
	})
	return out
}

// sources are the values JSON-LD takes from the site and the page rather than
// from a field.
var sources = []string{"@organization", "@permalink", "@canonical", "@language", "@description", "@image"}

func (r *reader) knownSource(t *Type, item *Field, src string) bool {
	if item != nil {
		for _, f := range item.Fields {
			if f.Name == src {
				return true
			}
		}
		return slices.Contains(sources, src)
	}
	return slices.Contains(sources, src) || slices.Contains(BuiltinFields, src) || t.Field(src) != nil
}

// typo is Typo with letter case ignored.
func typo(a, b string) bool { return Typo(strings.ToLower(a), strings.ToLower(b)) }

// Typo reports whether a is b with one letter left out, added, changed or two
// neighbours swapped: a "did you mean" candidate, when near enough for the
// length of the two (diag.Slip: "ids" is not "id" mistyped).
func Typo(a, b string) bool {
	return oneEdit(a, b) && diag.Slip(a, b, 1)
}

// oneEdit reports whether a is b with one letter left out, added, changed
// or two neighbours swapped.
func oneEdit(a, b string) bool {
	if a == b {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	switch len(ra) - len(rb) {
	case 0:
		var diff []int
		for i := range ra {
			if ra[i] != rb[i] {
				diff = append(diff, i)
			}
		}
		return len(diff) == 1 || len(diff) == 2 && diff[1] == diff[0]+1 && ra[diff[0]] == rb[diff[1]] && ra[diff[1]] == rb[diff[0]]
	case 1:
		for i := range rb {
			if ra[i] != rb[i] {
				return string(ra[i+1:]) == string(rb[i:])
			}
		}
		return true
	}
	return false
}

// Nearest is the one of known (sorted) that key most likely misspells, or
// "": the same key in other letter case (baseurl, BaseUrl for baseURL, as
// Hugo reads keys without regard to case), else one letter wrong, missing,
// extra or two swapped (Typo), else, for keys of five letters or more, two
// letters wrong (titel for title is a swap; descripton, tiemZone).
func Nearest(key string, known []string) string {
	lower := strings.ToLower(key)
	for _, k := range known {
		if strings.ToLower(k) == lower {
			return k
		}
	}
	for _, k := range known {
		if Typo(lower, strings.ToLower(k)) {
			return k
		}
	}
	if len(lower) < 5 {
		return ""
	}
	for _, k := range known {
		// Lengths two apart or more cannot be two edits apart: a key of a
		// megabyte is not compared letter by letter.
		if d := len(lower) - len(k); d > 2*utf8.UTFMax || d < -2*utf8.UTFMax {
			continue
		}
		if diag.Distance(lower, strings.ToLower(k)) <= 2 {
			return k
		}
	}
	return ""
}
