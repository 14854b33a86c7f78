package build_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vestis-ssg/vestis/internal/build"
	"github.com/vestis-ssg/vestis/internal/buildtest"
)

const typesSite = `
-- site.yaml --
baseURL: https://example.org/
languages: {en: {title: Uni}}
types:
  events:
    sections: [events]
    schema: Event
    sort: {by: start, order: asc}
    calendar: {start: start, end: end, title: title}
    fields:
      start: {kind: datetime, required: true}
      end: {kind: datetime}
      venue: {kind: text, required: true}
      audience: {kind: enum, values: [students, staff, public]}
    jsonld:
      name: title
      startDate: start
      endDate: end
      location: {from: venue, as: Place}
home:
  - {section: events, limit: 1, title: upcoming, empty: none}
  - {section: news, empty: none}
menu: [events, search]
-- i18n/en.yaml --
upcoming: "Coming up"
none: "Nothing yet."
venue: "Where"
audienceStaff: "Staff"
-- content/news/_index.en.md --
---
title: News
---
-- content/events/_index.en.md --
---
title: Events
---
-- content/events/open-day.en.md --
---
title: Open day
date: 2024-05-01
start: 2024-06-10T10:00:00
end: 2024-06-10T16:00:00
venue: Aula
audience: staff
---
Come.
-- content/events/talk.en.md --
---
title: A talk
date: 2024-05-02
start: 2024-06-01T18:00:00
venue: Hall 2
---
Listen.
`

// TestTypeErrorsOneRun: the front matter of every page of a type is checked,
// and every problem is reported with its file and line in one run.
func TestTypeErrorsOneRun(t *testing.T) {
	t.Parallel()
	site := strings.Replace(typesSite, "audience: staff", "audience: everyone", 1)
	site = strings.Replace(site, "venue: Hall 2\n", "", 1)
	got := buildtest.Fail(t, site)
	for _, want := range []string{
		`content/events/open-day.en.md:7: front matter: audience: "everyone" is not one of students, staff, public`,
		`content/events/talk.en.md:1: front matter: venue: is required for a page of type events (text)`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("error %q\nwant it to contain %q", got, want)
		}
	}
}

// TestTypeUndeclaredFieldStrict: a field the type does not declare is a
// warning, an error with --strict.
func TestTypeUndeclaredFieldStrict(t *testing.T) {
	t.Parallel()
	site := strings.Replace(typesSite, "venue: Aula\n", "venue: Aula\nvenu: Hall\n", 1)
	b := buildtest.Run(t, site)
	if w := b.Result.Warnings.Error(); !strings.Contains(w, `content/events/open-day.en.md:7: front matter: "venu" is not a field vestis reads; did you mean "venue"?`) {
		t.Errorf("warnings = %q", w)
	}
	got := buildtest.Fail(t, site, func(o *build.Options) { o.Strict = true })
	if !strings.Contains(got, `did you mean "venue"?`) {
		t.Errorf("strict build error = %q", got)
	}
}

// TestTypeOutputs: a section of a type declared only in site.yaml is sorted by
// the type's key, has the JSON-LD it maps and calendars per page and section.
func TestTypeOutputs(t *testing.T) {
	t.Parallel()
	b := buildtest.Run(t, typesSite)
	list := b.File("en/events/index.html")
	if talk, open := strings.Index(list, "A talk"), strings.Index(list, "Open day"); talk < 0 || open < 0 || talk > open {
		t.Errorf("events are not sorted by start, soonest first:\n%s", list)
	}
	b.AssertFile("en/events/open-day/index.html",
		`"@type":"Event"`, `"startDate":"2024-06-10T10:00:00Z"`, `"endDate":"2024-06-10T16:00:00Z"`,
		`"location":{"@type":"Place","name":"Aula"}`)
	b.AssertFile("en/events/open-day/calendar.ics", "DTSTART:20240610T100000Z\r\n", "DTEND:20240610T160000Z\r\n", "SUMMARY;LANGUAGE=en:Open day\r\n")
	b.AssertFile("en/events/calendar.ics", "SUMMARY;LANGUAGE=en:Open day\r\n", "SUMMARY;LANGUAGE=en:A talk\r\n")
	b.AssertFile("en/events/index.html", `href="/en/events/calendar.ics"`)
	// No type, no JSON-LD fields: a WebPage.
	b.AssertFile("en/events/index.html", `"@type":"BreadcrumbList"`)
}

// TestTypeMessagesMissing: a message site.yaml names that no i18n file has is
// one warning per language, listing each with its line in site.yaml; pages
// show a stand-in (a home block its section's title, a field its name).
func TestTypeMessagesMissing(t *testing.T) {
	t.Parallel()
	site := strings.Replace(typesSite, "upcoming: \"Coming up\"\n", "", 1)
	site = strings.Replace(site, "languages: {en: {title: Uni}}", "defaultLanguage: en\nlanguages: {en: {title: Uni, weight: 1}, lv: {title: Uni, weight: 2}}", 1)
	b := buildtest.Run(t, site)
	var got []string
	for _, w := range b.Result.Warnings {
		if strings.Contains(w.Error(), "no message for what site.yaml names") {
			got = append(got, w.Error())
		}
	}
	want := []string{
		`i18n/en.yaml: no message for what site.yaml names: upcoming (site.yaml:21; pages show the section's title), audience (site.yaml:14; pages show "Audience"), audienceStudents (site.yaml:14; pages show "students"), audiencePublic (site.yaml:14; pages show "public")`,
		`i18n/lv.yaml: no message for what site.yaml names: upcoming (site.yaml:21; pages show the section's title), audience (site.yaml:14; pages show "Audience"), audienceStudents (site.yaml:14; pages show "students"), audiencePublic (site.yaml:14; pages show "public")`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	b.AssertFile("en/index.html", `>Events<`)
}

// TestTypeRebuilds: edits of a type's sort key and calendar dates rebuild to
// what a clean build gives.
func TestTypeRebuilds(t *testing.T) {
	t.Parallel()
	r := buildtest.NewTree(t, typesSite, false)
	r.Rebuild("a start that changes the order", r.Edit("content/events/talk.en.md", "start: 2024-06-01T18:00:00", "start: 2024-06-20T18:00:00"))
	r.Rebuild("a venue", r.Edit("content/events/talk.en.md", "venue: Hall 2", "venue: Hall 3"))
	r.Rebuild("an end", r.Edit("content/events/talk.en.md", "venue: Hall 3", "venue: Hall 3\nend: 2024-06-20T20:00:00"))
	r.Rebuild("an enum", r.Edit("content/events/open-day.en.md", "audience: staff", "audience: public"))
	r.Rebuild("site.yaml sort order", r.Edit("site.yaml", "sort: {by: start, order: asc}", "sort: {by: start, order: desc}"))
}

// TestTypeTheme: the default theme shows a type's fields with their labels,
// and the home page's blocks and the menu are site.yaml's.
func TestTypeTheme(t *testing.T) {
	t.Parallel()
	b := buildtest.Run(t, typesSite)
	b.AssertFile("en/events/open-day/index.html",
		`<dt>Where</dt><dd>Aula</dd>`,     // a label from i18n
		`<dt>Audience</dt><dd>Staff</dd>`, // an enum's value through i18n; no label message: the name
		`<time datetime="2024-06-10T10:00:00Z">10 June 2024 10:00</time>`,
		`href="/en/events/open-day/calendar.ics"`)
	// A card of a type sorted by its own field shows it.
	b.AssertFile("en/events/index.html", `<span class="meta-item">Start: <time datetime="2024-06-01T18:00:00Z">1 June 2024 18:00</time></span>`)
	home := b.File("en/index.html")
	for _, want := range []string{`>Coming up<`, `href="/en/events/talk/"`, `<p class="empty">Nothing yet.</p>`} {
		if !strings.Contains(home, want) {
			t.Errorf("home page lacks %q", want)
		}
	}
	if strings.Contains(home, `href="/en/events/open-day/"`) {
		t.Error("the events block shows more than its limit of 1")
	}
	nav := home[strings.Index(home, `<nav class="main-nav"`):]
	nav = nav[:strings.Index(nav, "</nav>")]
	if !strings.Contains(nav, `href="/en/events/"`) || !strings.Contains(nav, `href="/en/search/"`) || strings.Contains(nav, `href="/en/news/"`) {
		t.Errorf("menu is not site.yaml's [events, search]:\n%s", nav)
	}
}

// TestTypeHomeAndMenuRebuilds: edits that change what a home block or the
// menu shows rebuild to what a clean build gives.
func TestTypeHomeAndMenuRebuilds(t *testing.T) {
	t.Parallel()
	r := buildtest.NewTree(t, typesSite, false)
	r.Rebuild("a start that changes the home block", r.Edit("content/events/open-day.en.md", "start: 2024-06-10T10:00:00", "start: 2024-05-10T10:00:00"))
	r.Rebuild("a title of a page on the home page", r.Edit("content/events/open-day.en.md", "title: Open day", "title: Open house"))
	r.Rebuild("site.yaml menu", r.Edit("site.yaml", "menu: [events, search]", "menu: [news, events]"))
	r.Rebuild("site.yaml home", r.Edit("site.yaml", "limit: 1, title: upcoming", "limit: 2, title: upcoming"))
}

// TestTypeThemeKinds: the default theme shows a value of each kind of field
// as a reader expects it.
func TestTypeThemeKinds(t *testing.T) {
	t.Parallel()
	b := buildtest.Run(t, `
-- site.yaml --
baseURL: https://example.org/
languages: {en: {title: Uni}}
types:
  calls:
    sections: [calls]
    fields:
      scope: {kind: markdown}
      budget: {kind: number}
      remote: {kind: bool}
      page: {kind: url}
      contact: {kind: email}
      topics: {kind: list}
      closes: {kind: date}
      steps:
        kind: objects
        fields:
          on: {kind: date}
          what: {kind: text}
-- content/calls/c.en.md --
---
title: A call
scope: For **all** staff
budget: 1500.5
remote: false
page: https://example.org/call
contact: office@example.org
topics: [teaching, research]
closes: 2024-06-30
steps:
  - {on: 2024-07-10, what: Results}
  - {on: 2024-06-01, what: Opens}
---
Text.
`)
	b.AssertFile("en/calls/c/index.html",
		"<dt>Scope</dt><dd>\n<div class=\"prose\">For <strong>all</strong> staff</div></dd>",
		`<dt>Budget</dt><dd>1500.5</dd>`,
		`<dt>Remote</dt><dd>No</dd>`,
		`<dt>Page</dt><dd><a href="https://example.org/call">example.org/call</a></dd>`,
		`<dt>Contact</dt><dd><a href="mailto:office@example.org">office@example.org</a></dd>`,
		`<dt>Topics</dt><dd>teaching, research</dd>`,
		`<dt>Closes</dt><dd><time datetime="2024-06-30">30 June 2024</time></dd>`,
		// objects keep the order of their first date field
		`<li><time datetime="2024-06-01">1 June 2024</time> <span class="item-sep" aria-hidden="true">·</span> Opens</li>`+"\n"+`<li><time datetime="2024-07-10">10 July 2024</time>`)
}

// TestTypePartialDatesAndPastCalendars: a timeline step dated by its month or
// year is shown as written and left out of the calendar; a date field's event
// on a day the timeline has already is left out; a page its section's
// calendar leaves out (a closed call) offers no calendar button.
func TestTypePartialDatesAndPastCalendars(t *testing.T) {
	t.Parallel()
	const site = `
-- site.yaml --
baseURL: https://example.org/
languages: {en: {title: Uni}}
types:
  calls:
    sections: [calls]
    fields:
      status: {kind: enum, values: [open, closed]}
      deadline: {kind: date}
      steps:
        kind: objects
        fields:
          on: {kind: date, required: true}
          what: {kind: text}
    calendar:
      entries:
        - {each: steps, start: on, title: what}
        - {start: deadline, label: deadline}
      only: {status: [open]}
-- content/calls/c.en.md --
---
title: A call
status: open
deadline: 2024-04-20
steps:
  - {on: 2024-04-20, what: Deadline extended}
  - {on: 2024-05, what: Mentoring}
  - {on: 2025, what: Follow-up}
  - {on: 2024-04-03, what: First deadline}
---
Text.
`
	b := buildtest.Run(t, site)
	b.AssertFile("en/calls/c/index.html",
		`<time datetime="2024-04-03">3 April 2024</time>`,
		`<time datetime="2024-05">May 2024</time>`,
		`<time datetime="2025">2025</time>`,
		`href="/en/calls/c/calendar.ics"`)
	ics := b.File("en/calls/c/calendar.ics")
	if n := strings.Count(ics, "BEGIN:VEVENT"); n != 2 {
		t.Errorf("calendar has %d events, want the two whole-day steps (the deadline's day has a step):\n%s", n, ics)
	}
	if strings.Contains(ics, "Mentoring") || strings.Contains(ics, "Follow-up") {
		t.Errorf("calendar has a month-only or year-only step:\n%s", ics)
	}
	page := b.File("en/calls/c/index.html")
	if a, m, f := strings.Index(page, "First deadline"), strings.Index(page, "Mentoring"), strings.Index(page, "Follow-up"); a > m || m > f {
		t.Error("steps are not in date order, partial dates by their first day")
	}
	closed := buildtest.Run(t, strings.Replace(site, "status: open", "status: closed", 1))
	if strings.Contains(closed.File("en/calls/c/index.html"), "calendar.ics") {
		t.Error("a closed call offers its calendar")
	}
}
