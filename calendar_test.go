package vestis_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestExampleSiteCalendars parses every calendar with a real iCalendar library
// and checks its events against the program's front matter.
func TestExampleSiteCalendars(t *testing.T) {
	res := buildExample(t)
	checked := 0
	for _, p := range res.Site.Pages {
		if p.Section != "programs" || p.Kind != "page" {
			continue
		}
		file := strings.TrimPrefix(p.URLPath, "/") + "calendar.ics"
		data, ok := res.Files.Map()[file]
		if !ok {
			t.Errorf("%s has no calendar", p.URLPath)
			continue
		}
		for i, line := range bytes.Split(bytes.TrimSuffix(data, []byte("\r\n")), []byte("\r\n")) {
			if len(line) > 75 {
				t.Errorf("%s: line %d has %d octets", file, i+1, len(line))
			}
		}
		cal, err := ical.NewDecoder(bytes.NewReader(data)).Decode()
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		events := cal.Events()
		// An event per timeline step with a whole date (a month-only step has
		// no day), and the deadline unless a step falls on its day.
		timeline, _ := p.Fields()["events"].([]map[string]any)
		want := map[string]bool{}
		for _, e := range timeline {
			if date, ok := e["date"].(time.Time); ok {
				want[date.Format("2006-01-02")] = true
			}
		}
		wantEvents := 0
		for _, e := range timeline {
			if _, ok := e["date"].(time.Time); ok {
				wantEvents++
			}
		}
		deadline, _ := p.Fields()["deadline"].(time.Time)
		if !want[deadline.Format("2006-01-02")] {
			wantEvents++
			want[deadline.Format("2006-01-02")] = true
		}
		if len(events) != wantEvents {
			t.Errorf("%s: %d events, want %d: the whole-day timeline steps, the deadline only on a day of its own", file, len(events), wantEvents)
		}
		uids := map[string]bool{}
		for _, e := range events {
			start, err := e.DateTimeStart(time.UTC)
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			if !want[start.Format("2006-01-02")] {
				t.Errorf("%s: an event on %s, which the front matter does not have", file, start.Format("2006-01-02"))
			}
			uid, _ := e.Props.Text(ical.PropUID)
			if uid == "" || uids[uid] {
				t.Errorf("%s: empty or repeated UID %q", file, uid)
			}
			uids[uid] = true
			summary, _ := e.Props.Text(ical.PropSummary)
			if !strings.Contains(summary, p.Title) {
				t.Errorf("%s: summary %q does not name the program", file, summary)
			}
		}
		checked++
	}
	if checked < 3 {
		t.Errorf("checked %d program calendars, want one per language", checked)
	}
}

// TestHostileCalendarText puts line ends, a bare carriage return and
// iCalendar's own delimiters in a programme's titles: a real parser reads back
// exactly two events with the text as written and the line ends as line ends.
// (Other control characters are refused when the page is read.)
func TestHostileCalendarText(t *testing.T) {
	b := bt.Run(t, `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
languages:
  en: {name: English, title: News, weight: 1}
sections:
  programs: {en: programmes}
`+bt.ExampleTypes+`-- content/programs/p.md --
---
title: "X\r\nBEGIN:VEVENT\r\nSUMMARY:evil"
status: open
deadline: 2030-01-01
events: [{date: 2030-01-02, title: "a;b,c\\d\rE"}]
---
Text.
`)
	data := []byte(b.File("en/programmes/p/calendar.ics"))
	if bytes.ContainsAny(bytes.ReplaceAll(data, []byte("\r\n"), nil), "\r\n") {
		t.Errorf("a line end was written as it is:\n%q", data)
	}
	cal, err := ical.NewDecoder(bytes.NewReader(data)).Decode()
	if err != nil {
		t.Fatal(err)
	}
	var summaries []string
	for _, e := range cal.Events() {
		s, _ := e.Props.Text(ical.PropSummary)
		summaries = append(summaries, s)
	}
	want := "a;b,c\\d\nE · X\nBEGIN:VEVENT\nSUMMARY:evil"
	if len(summaries) != 2 || summaries[0] != want {
		t.Errorf("summaries = %q, want 2, the first %q", summaries, want)
	}
}
