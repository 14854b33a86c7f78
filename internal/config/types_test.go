package config

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestExampleTypes reads the example site's types: the three of it, each with
// its sections, fields and sort order.
func TestExampleTypes(t *testing.T) {
	data, err := os.ReadFile("../../site.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse("site.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, ty := range c.Types {
		names = append(names, ty.Name)
	}
	if diff := cmp.Diff([]string{"news", "programs", "projects"}, names); diff != "" {
		t.Errorf("types (-want +got):\n%s", diff)
	}
	prog := c.TypeOf("programs")
	if diff := cmp.Diff([]SortKey{{By: "status"}, {By: "deadline"}}, prog.Sort); diff != "" {
		t.Errorf("programs sort (-want +got):\n%s", diff)
	}
	if f := prog.Field("events"); f == nil || f.Kind != KindObjects || len(f.Fields) != 3 || !f.Fields[0].Required {
		t.Errorf("programs events = %+v", f)
	}
	if ty := c.TypeOf("partners"); ty.Name != "" || len(ty.Fields) != 0 || ty.Sort[0] != (SortKey{By: "date", Desc: true}) {
		t.Errorf("TypeOf(partners) = %+v, want the generic type", ty)
	}
}

func TestTypesValid(t *testing.T) {
	c, err := Parse("site.yaml", []byte(`languages: {en: {}}
types:
  events:
    sections: [events, talks]
    schema: Event
    sort: {by: start, order: asc}
    calendar: {start: start, end: end, title: title}
    fields:
      start:    {kind: datetime, required: true}
      end:      {kind: datetime}
      venue:    {kind: text, required: true}
      audience: {kind: enum, values: [students, staff, public]}
      registration: {kind: url}
      fee: {kind: number}
      online: {kind: bool}
      contact: {kind: email}
      notes: {kind: markdown}
      speakers: {kind: list}
      sessions: {kind: objects, fields: {at: {kind: datetime}, topic: {kind: text}}}
    jsonld:
      name: title
      startDate: start
      location: {from: venue, as: Place}
`))
	if err != nil {
		t.Fatal(err)
	}
	ty := c.TypeOf("talks")
	if ty.Name != "events" || len(ty.Fields) != 11 || ty.Calendar == nil || ty.Calendar.Entries[0] != (CalendarEntry{Start: "start", End: "end", Title: "title"}) {
		t.Errorf("TypeOf(talks) = %+v", ty)
	}
	if got := ty.FieldNames(); got[0] != "start" || got[10] != "sessions" {
		t.Errorf("fields are not in site.yaml's order: %v", got)
	}
}

func TestTypesErrors(t *testing.T) {
	head := "languages: {en: {}}\ntypes:\n  events:\n    sections: [events]\n"
	tests := []struct{ name, yaml, want string }{
		{"unknown kind", head + "    fields:\n      start: {kind: dat}\n", `site.yaml:6: types: events: fields: start: kind: "dat" is not a kind of field; did you mean "date"?`},
		{"unknown kind far", head + "    fields:\n      start: {kind: moment}\n", `site.yaml:6: types: events: fields: start: kind: "moment" is not a kind of field; one of text, markdown`},
		{"no kind", head + "    fields:\n      start: {required: true}\n", `site.yaml:6: types: events: fields: start: kind: missing`},
		{"enum without values", head + "    fields:\n      audience: {kind: enum}\n", `site.yaml:6: types: events: fields: audience: an enum needs values`},
		{"values not enum", head + "    fields:\n      audience: {kind: text, values: [a]}\n", `site.yaml:6: types: events: fields: audience: values: only an enum has values`},
		{"objects without fields", head + "    fields:\n      sessions: {kind: objects}\n", `site.yaml:6: types: events: fields: sessions: objects need fields`},
		{"unknown key in field", head + "    fields:\n      start: {kind: date, requird: true}\n", `site.yaml:6: types: events: fields: start: unknown key "requird"`},
		{"built-in field", head + "    fields:\n      title: {kind: text}\n", `site.yaml:6: types: events: fields: "title" is a field every page has`},
		{"sort not declared", head + "    sort: {by: start}\n", `site.yaml:5: types: events: sort: by: "start" is not a field of type events (date, title, weight)`},
		{"sort by a list", head + "    sort: {by: who}\n    fields:\n      who: {kind: list}\n", `site.yaml:5: types: events: sort: by: "who" holds a list`},
		{"sort order", head + "    sort: {by: date, order: newest}\n", `site.yaml:5: types: events: sort: order: "newest" is neither asc nor desc`},
		{"section in two types", head + "  talks:\n    sections: [talks, events]\n", `site.yaml:6: types: talks: sections: "events" is already a section of type events`},
		{"no sections", "languages: {en: {}}\ntypes:\n  events:\n    schema: Event\n", `site.yaml:4: types: events: sections: list the sections`},
		{"calendar not a date", head + "    calendar: {start: venue}\n    fields:\n      venue: {kind: text}\n", `site.yaml:5: types: events: calendar: "venue" is not a date or datetime field`},
		{"calendar only", head + "    calendar: {start: start, only: {kind: [x]}}\n    fields:\n      start: {kind: date}\n", `types: events: calendar: only: kind: "kind" is not an enum field of type events`},
		{"jsonld unknown field", head + "    jsonld: {location: venue}\n", `site.yaml:5: types: events: jsonld: location: "venue" is not a field of type events`},
		{"unknown type key", head + "    colour: red\n", `site.yaml:5: types: events: unknown key "colour"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("site.yaml", []byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestHomeAndMenuErrors(t *testing.T) {
	head := "languages: {en: {}}\ntypes:\n  events:\n    sections: [events]\n    fields:\n      audience: {kind: enum, values: [staff, public]}\n"
	tests := []struct{ name, yaml, want string }{
		{"no section", head + "home:\n  - {limit: 3}\n", `site.yaml:8: home: a block needs a section`},
		{"only not enum", head + "home:\n  - {section: events, only: {venue: [x]}}\n", `site.yaml:8: home: events: only: "venue" is not an enum field`},
		{"only value", head + "home:\n  - {section: events, only: {audience: [all]}}\n", `site.yaml:8: home: events: only: audience: "all" is not one of [staff public]`},
		{"show", head + "home:\n  - {section: events, style: compact, show: [venue]}\n", `site.yaml:8: home: events: show: "venue" is not a field`},
		{"style", head + "home:\n  - {section: events, style: grid}\n", `site.yaml:8: home: style: "grid" is neither cards nor compact`},
		{"limit", head + "home:\n  - {section: events, limit: 0}\n", `site.yaml:8: home: limit: must be at least 1, not 0`},
		{"not a list", head + "home: {section: events}\n", `site.yaml:7: home: want a list of blocks`},
		{"menu twice", head + "menu: [events, events]\n", `site.yaml:7: menu: "events" is listed twice`},
		{"disabled and enabled", head + "disabledLanguages: [de, en]\n", `site.yaml:7: disabledLanguages: "en" is also in languages`},
		{"disabled not a language", head + "disabledLanguages: [deutsch]\n", `site.yaml:7: disabledLanguages: `},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("site.yaml", []byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}
