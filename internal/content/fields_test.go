package content

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/vestis-ssg/vestis/internal/config"
)

const eventsSite = `languages: {en: {}}
taxonomies: [tags, audience]
types:
  events:
    sections: [events]
    schema: Event
    sort: {by: start, order: asc}
    fields:
      start:    {kind: datetime, required: true}
      end:      {kind: datetime}
      day:      {kind: date}
      venue:    {kind: text, required: true}
      notes:    {kind: markdown}
      audience: {kind: enum, values: [students, staff, public]}
      registration: {kind: url}
      contact:  {kind: email}
      fee:      {kind: number}
      online:   {kind: bool}
      speakers: {kind: list}
      sessions:
        kind: objects
        fields:
          at:    {kind: datetime, required: true}
          topic: {kind: text, required: true}
`

func eventsType(t *testing.T) (*config.Config, *config.Type) {
	t.Helper()
	cfg, err := config.Parse("site.yaml", []byte(eventsSite))
	if err != nil {
		t.Fatal(err)
	}
	return cfg, cfg.TypeOf("events")
}

// TestTypedFields reads a value of every kind into its Go value.
func TestTypedFields(t *testing.T) {
	cfg, ty := eventsType(t)
	p, errs := ParseAs("content/events/a.md", []byte(`---
title: Open day
start: 2024-05-19T10:00:00
end: 2024-05-19 16:00
day: 2024-05-19
venue: " Aula "
notes: "**Bring** a pen"
audience: public
registration: https://example.org/register
contact: info@example.org
fee: 12.5
online: true
speakers: [A, B]
sessions:
  - {at: 2024-05-19T10:00:00, topic: Welcome}
  - {at: 2024-05-19T11:00:00, topic: Labs}
---
`), cfg, ty)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	at := func(s string) time.Time {
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, time.UTC)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	want := map[string]any{
		"start": at("2024-05-19 10:00"), "end": at("2024-05-19 16:00"), "day": at("2024-05-19 00:00"),
		"venue": "Aula", "notes": "**Bring** a pen", "audience": "public",
		"registration": "https://example.org/register", "contact": "info@example.org",
		"fee": 12.5, "online": true, "speakers": []string{"A", "B"},
		"sessions": []map[string]any{{"at": at("2024-05-19 10:00"), "topic": "Welcome"}, {"at": at("2024-05-19 11:00"), "topic": "Labs"}},
	}
	if diff := cmp.Diff(want, p.Meta.Fields); diff != "" {
		t.Errorf("Fields (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(Terms{{"audience", []string{"public"}}}, p.Meta.Terms); diff != "" {
		t.Errorf("an enum that is a taxonomy is the page's one term (-want +got):\n%s", diff)
	}
	if len(p.Warnings) > 0 {
		t.Errorf("warnings: %v", p.Warnings)
	}
}

// TestURLFieldInWords: a URL field's web address that no browser could
// follow is refused saying what is wrong with it, where "https://a b/" and
// a port of 99999 were published as links.
func TestURLFieldInWords(t *testing.T) {
	cfg, ty := eventsType(t)
	for in, want := range map[string]string{
		"https://exa mple.org/":      `registration: "https://exa mple.org/" holds a space (character 12)`,
		"https://example.org:99999/": `registration: "https://example.org:99999/" has the port "99999", which no server has`,
		"https:///register":          `registration: "https:///register" has no host name after https://`,
		"https://example.org/a%zz":   `registration: "https://example.org/a%zz" holds "%zz" (character 22), which is no escape`,
	} {
		_, errs := ParseAs("content/events/a.md", []byte("---\ntitle: A\nstart: 2024-05-19T10:00\nvenue: V\nregistration: \""+in+"\"\n---\n"), cfg, ty)
		var got []string
		for _, e := range errs {
			got = append(got, e.Error())
		}
		if len(got) != 1 || !strings.Contains(got[0], "content/events/a.md:5: front matter: "+want) {
			t.Errorf("registration: %q: errors %q, want one saying %s", in, got, want)
		}
	}
	if _, errs := ParseAs("content/events/a.md", []byte("---\ntitle: A\nstart: 2024-05-19T10:00\nvenue: V\nregistration: https://example.org/r?a=1#b\n---\n"), cfg, ty); len(errs) > 0 {
		t.Errorf("a good address: %v", errs)
	}
}

// TestTypedFieldErrors: every problem of a page's fields is reported at its
// line, all of them in one run.
func TestTypedFieldErrors(t *testing.T) {
	cfg, ty := eventsType(t)
	in := `---
title: Open day
end: "tomorrow"
audience: everyone
registration: example.org/register
contact: "info at example.org"
fee: "twelve"
online: "maybe"
speakers: A
notes: [a]
sessions:
  - {at: 2024-05-19T10:00:00}
  - {at: 2024-05-19, topic: Labs, room: 2}
  - Welcome
---
`
	_, errs := ParseAs("content/events/a.md", []byte(in), cfg, ty)
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	want := []string{
		`content/events/a.md:1: front matter: start: is required for a page of type events (a date and time such as 2024-05-19T10:00)`,
		`content/events/a.md:1: front matter: venue: is required for a page of type events (text)`,
		`content/events/a.md:3: front matter: end: cannot read "tomorrow" as a date; write year-month-day, as in 2024-05-19`,
		`content/events/a.md:4: front matter: audience: "everyone" is not one of students, staff, public`,
		`content/events/a.md:5: front matter: registration: "example.org/register" is not a URL; write it whole, as in https://example.org/page (or mailto:, tel:, or a path from the site root, /page/)`,
		`content/events/a.md:6: front matter: contact: "info at example.org" is not an e-mail address such as name@example.org`,
		`content/events/a.md:7: front matter: fee: want a number, got "twelve"`,
		`content/events/a.md:8: front matter: online: want true or false, got "maybe"`,
		`content/events/a.md:9: front matter: speakers: want a list such as [a, b], got "A"`,
		`content/events/a.md:10: front matter: notes: want text, got a list, [a]`,
		`content/events/a.md:11: front matter: sessions: item 1: topic is missing`,
		`content/events/a.md:11: front matter: sessions: item 2: "room" is not a field of sessions (at, topic)`,
		`content/events/a.md:11: front matter: sessions: item 3: want {at, topic}, got "Welcome"`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

func TestTypedFieldEnumTypo(t *testing.T) {
	cfg, ty := eventsType(t)
	_, errs := ParseAs("content/events/a.md", []byte("---\ntitle: A\nstart: 2024-05-19\nvenue: Aula\naudience: pubilc\n---\n"), cfg, ty)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), `:5: front matter: audience: "pubilc" is not one of students, staff, public; did you mean "public"?`) {
		t.Errorf("errors = %v", errs)
	}
}

// TestUndeclaredField: a field the type does not declare is a warning, with
// "did you mean" when it is one typo away from one.
func TestUndeclaredField(t *testing.T) {
	cfg, ty := eventsType(t)
	p, errs := ParseAs("content/events/a.md", []byte("---\ntitle: A\nstart: 2024-05-19\nvenue: Aula\nvenu: Hall\ncolour: red\nparams: {x: 1}\ntags: [a]\n---\n"), cfg, ty)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var got []string
	for _, w := range p.Warnings {
		got = append(got, w.Error())
	}
	want := []string{
		`content/events/a.md:5: front matter: "venu" is not a field vestis reads; did you mean "venue"?`,
		`content/events/a.md:6: front matter: "colour" is not a field of type events; declare it in site.yaml or move it under params`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	// A list page (_index) is not one of the type's pages: nothing is required.
	if _, errs := ParseAs("content/events/_index.md", []byte("---\ntitle: Events\n---\n"), cfg, nil); len(errs) > 0 {
		t.Errorf("_index: %v", errs)
	}
}

// TestGenericType: without types, a section's pages have the built-in fields
// and any others as params, as before.
func TestGenericType(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {en: {}}\ntaxonomies: [tags, funding]\n"))
	// funding: a list, as it is no field of the type that holds one value
	if err != nil {
		t.Fatal(err)
	}
	p, errs := ParseAs("content/news/a.md", []byte("---\ntitle: A\nstatus: whatever\nfunding: [ERDF]\ntags: [x]\n---\n"), cfg, cfg.TypeOf("news"))
	if len(errs) > 0 || len(p.Warnings) > 0 {
		t.Fatal(errs, p.Warnings)
	}
	if p.Meta.Params["status"] != "whatever" || len(p.Meta.Fields) != 0 {
		t.Errorf("Params = %v, Fields = %v", p.Meta.Params, p.Meta.Fields)
	}
	if diff := cmp.Diff(Terms{{"tags", []string{"x"}}, {"funding", []string{"ERDF"}}}, p.Meta.Terms); diff != "" {
		t.Errorf("Terms (-want +got):\n%s", diff)
	}
}

// TestParamsMap: a params map's entries are params, as in Hugo 0.123 and
// later, and a top-level key of the same name wins.
func TestParamsMap(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {en: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	p, errs := ParseAs("content/news/a.md", []byte("---\ntitle: A\nroom: top\nparams:\n  room: nested\n  phone: \"+371\"\n---\n"), cfg, cfg.TypeOf("news"))
	if len(errs) > 0 || len(p.Warnings) > 0 {
		t.Fatal(errs, p.Warnings)
	}
	if p.Meta.Params["room"] != "top" || p.Meta.Params["phone"] != "+371" {
		t.Errorf("Params = %v, want room top and phone +371", p.Meta.Params)
	}
}

// TestTypedDateNumbers: a typed date field takes numbers as the built-in
// dates do: seconds since 1970, a year alone with a warning, and a number
// that is no date left out with a warning, the page still built.
func TestTypedDateNumbers(t *testing.T) {
	cfg, ty := eventsType(t)
	p, errs := ParseAs("content/events/a.md", []byte("---\ntitle: Open day\nvenue: Aula\nstart: 1700000000\nend: 2024\nsessions:\n  - {at: -1, topic: Welcome}\n---\n"), cfg, ty)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if got := p.Meta.Fields["start"]; got != time.Unix(1700000000, 0).UTC() {
		t.Errorf("start = %v, want %v", got, time.Unix(1700000000, 0).UTC())
	}
	if got, want := p.Meta.Fields["end"], time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC); got != want {
		t.Errorf("end = %v, want %v", got, want)
	}
	if s, ok := p.Meta.Fields["sessions"].([]map[string]any); !ok || len(s) != 1 || s[0]["topic"] != "Welcome" || s[0]["at"] != nil {
		t.Errorf("sessions = %v, want one, Welcome, with no time", p.Meta.Fields["sessions"])
	}
	var got []string
	for _, w := range p.Warnings {
		got = append(got, w.Error())
	}
	want := []string{
		"content/events/a.md:5: front matter: end: 2024 is a year alone, read as 1 January 2024; write the day, as in 2024-05-19 (Hugo reads the number as seconds since 1970: 1970-01-01 00:33:44)",
		"content/events/a.md:6: front matter: sessions: item 1: at: -1 is not a date, so it is left out; write year-month-day, as in 2024-05-19 (Hugo reads the number as seconds since 1970: 1969-12-31 23:59:59)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}

// TestThemeShapedFields: image and author, which Hugo leaves to themes, may
// be a map (Wowchemy's image, with a caption) or a list (several authors):
// the page builds, with what vestis can read of them, and the params keep
// them as written.
func TestThemeShapedFields(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {en: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ front, image, author string }{
		{"image:\n  caption: 'Photo: Unsplash'\n  focal_point: Right\nauthor: [Anna Ozola, Jānis Bērziņš]\n", "", "Anna Ozola, Jānis Bērziņš"},
		{"image: [a.jpg, b.jpg]\nauthor: {name: Anna Ozola}\n", "a.jpg", "Anna Ozola"},
		{"image: a.jpg\nauthor: Anna\n", "a.jpg", "Anna"},
	}
	for _, tt := range tests {
		p, errs := ParseAs("content/news/a.md", []byte("---\ntitle: A\n"+tt.front+"---\n"), cfg, cfg.TypeOf("news"))
		if len(errs) > 0 {
			t.Errorf("%q: %v", tt.front, errs)
			continue
		}
		if p.Meta.Image != tt.image || p.Meta.Author != tt.author {
			t.Errorf("%q: image %q, author %q; want %q and %q", tt.front, p.Meta.Image, p.Meta.Author, tt.image, tt.author)
		}
		if p.Meta.Params["image"] == nil {
			t.Errorf("%q: params lost the image", tt.front)
		}
	}
}
