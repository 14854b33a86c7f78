package vestis_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
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
		data, ok := res.Files[file]
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
		if len(events) != len(p.Events)+1 {
			t.Errorf("%s: %d events, want the %d timeline dates and the deadline", file, len(events), len(p.Events))
		}
		want := map[string]bool{p.Deadline.Format("2006-01-02"): true}
		for _, e := range p.Events {
			want[e.Date.Format("2006-01-02")] = true
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
