package render

import (
	"bytes"
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/site"
)

// calendarName is the iCalendar file beside a page whose type declares a
// calendar, and in its section.
const calendarName = "calendar.ics"

type calEvent struct {
	uid, summary, url string
	start, end        time.Time
	// timed events start at a time of day (a datetime field); others last
	// whole days.
	timed bool
}

// hasCalendar reports whether a page gets a calendar: its type declares one
// (site.yaml types: calendar) and the page has a date for it.
func hasCalendar(p *site.Page) bool {
	if p.Kind != site.KindPage || p.FallbackOf != nil {
		return false
	}
	c := p.Type().Calendar
	if c == nil {
		return false
	}
	for _, e := range c.Entries {
		if e.Each == "" {
			if _, ok := pageField(p, e.Start).(time.Time); ok {
				return true
			}
			continue
		}
		items, _ := pageField(p, e.Each).([]map[string]any)
		for _, it := range items {
			if _, ok := it[e.Start].(time.Time); ok {
				return true
			}
		}
	}
	return false
}

// CalendarURL is the calendar of a page with dates, or of a section whose
// calendar has events; "" otherwise.
func (v *View) CalendarURL() string {
	p := v.Page
	switch {
	case hasCalendar(p) && (len(p.Type().Calendar.Only) == 0 || inSectionCalendar(p)):
		// A page its section's calendar leaves out (a closed programme)
		// offers none: its dates are past.
		return v.Site.RelURL(p.Dir() + calendarName)
	case p.Kind == site.KindSection && p.Type().Calendar != nil && sectionCalendar(v.Site, p):
		return v.Site.RelURL(p.Dir() + calendarName)
	}
	return ""
}

// sectionCalendar reports whether sec, a section page, has a calendar: one of
// its pages goes into it.
func sectionCalendar(s *site.Site, sec *site.Page) bool {
	return slices.ContainsFunc(s.SectionPages(sec.Lang, sec.Section), inSectionCalendar)
}

// inSectionCalendar reports whether a page's events go into its section's
// calendar: it has dates and its enum fields have the values the type's
// calendar keeps (only: {status: [open, upcoming]}).
func inSectionCalendar(p *site.Page) bool {
	if !hasCalendar(p) {
		return false
	}
	for field, values := range p.Type().Calendar.Only {
		if v, _ := pageField(p, field).(string); !slices.Contains(values, v) {
			return false
		}
	}
	return true
}

// sectionEvents are the events of the pages of a language's section that go
// into its calendar.
func sectionEvents(s *site.Site, env *Env, lang, section string) []calEvent {
	var all []calEvent
	for _, p := range s.SectionPages(lang, section) {
		if inSectionCalendar(p) {
			all = append(all, pageEvents(s, env, p)...)
		}
	}
	return all
}

// pageEvents are a page's calendar events, made by its type's calendar
// entries in their order: an event per item of an objects field ("item ·
// page"), an event per date field ("Label: page", or a text field's value,
// or the page's title). UIDs are stable across builds: the page's address,
// what made the event, its index and its day.
func pageEvents(s *site.Site, env *Env, p *site.Page) []calEvent {
	host := "vestis"
	if u, err := url.Parse(s.BaseURL); err == nil && u.Host != "" {
		host = u.Host
	}
	uid := func(kind string, i int, d time.Time) string {
		return fmt.Sprintf("%s-%s-%d-%s@%s", strings.Trim(strings.ReplaceAll(p.URLPath, "/", "-"), "-"), kind, i, d.Format("20060102"), host)
	}
	t := p.Type()
	var events []calEvent
	// A date field's event is left out on a day the page's timeline (an
	// objects field) has an event already: the timeline says more.
	timeline := map[string]bool{}
	for _, e := range t.Calendar.Entries {
		items, _ := pageField(p, e.Each).([]map[string]any)
		for _, it := range items {
			if start, ok := it[e.Start].(time.Time); ok {
				timeline[start.Format(time.DateOnly)] = true
			}
		}
	}
	firstEach := true
	for _, e := range t.Calendar.Entries {
		if e.Each != "" {
			kind := e.Each
			if firstEach {
				kind, firstEach = "event", false
			}
			items, _ := pageField(p, e.Each).([]map[string]any)
			var itemFields []*config.Field
			if f := t.Field(e.Each); f != nil {
				itemFields = f.Fields
			}
			for i, it := range items {
				start, ok := it[e.Start].(time.Time)
				if !ok {
					continue
				}
				end, _ := it[e.End].(time.Time)
				summary := p.Title
				if title, _ := it[e.Title].(string); title != "" {
					summary = title + " · " + p.Title
				}
				events = append(events, calEvent{uid: uid(kind, i, start), summary: summary, url: p.Permalink,
					start: start, end: end, timed: kindOf(itemFields, e.Start) == config.KindDateTime})
			}
			continue
		}
		start, ok := pageField(p, e.Start).(time.Time)
		if !ok || timeline[start.Format(time.DateOnly)] {
			continue
		}
		end, _ := pageField(p, e.End).(time.Time)
		summary := p.Title
		kind := e.Start
		switch {
		case e.Label != "":
			label := e.Label
			if s, err := env.Locale.T(p.Lang, e.Label, nil, nil); err == nil {
				label = s
			}
			summary, kind = label+": "+p.Title, e.Label
		case e.Title != "" && e.Title != "title":
			if title, _ := pageField(p, e.Title).(string); title != "" {
				summary = title
			}
		}
		events = append(events, calEvent{uid: uid(kind, 0, start), summary: summary, url: p.Permalink,
			start: start, end: end, timed: kindOf(t.Fields, e.Start) == config.KindDateTime})
	}
	return events
}

// kindOf is the kind of the field name among fields.
func kindOf(fields []*config.Field, name string) config.Kind {
	for _, f := range fields {
		if f.Name == name {
			return f.Kind
		}
	}
	return ""
}

// calendarSections lists, per type with a calendar, its sections, in
// site.yaml's order.
func calendarSections(s *site.Site) []string {
	var out []string
	for _, t := range s.Config.Types {
		if t.Calendar != nil {
			out = append(out, t.Sections...)
		}
	}
	return out
}

// calendars writes a calendar per page with dates and, per language and
// section, one with the events of the pages its type keeps. With a cache, a
// page's calendar is made again only when the page's sum changed.
func calendars(s *site.Site, env *Env, cache *Cache) []Output {
	var outs []Output
	calendarsTo(s, env, cache, func(o ...Output) error { outs = append(outs, o...); return nil })
	return outs
}

// calendarsTo is calendars handing each calendar to add as soon as it is
// made, so that a streaming build holds one at a time.
func calendarsTo(s *site.Site, env *Env, cache *Cache, add func(...Output) error) error {
	kept := map[string]pagePart{}
	keptSections := map[string]pagePart{}
	for _, l := range s.Languages {
		for _, section := range calendarSections(s) {
			var stamp time.Time
			for _, p := range s.SectionPages(l.Code, section) {
				if !hasCalendar(p) {
					continue
				}
				var body []byte
				if cache != nil {
					if c, ok := cache.calendars[p.RelPermalink]; ok && c.sum == p.Sum() {
						body = c.body
					}
				}
				if body == nil {
					body = icalendar(p.Title, p.Lang, p.Lastmod, pageEvents(s, env, p))
				}
				if cache != nil {
					kept[p.RelPermalink] = pagePart{sum: p.Sum(), body: body}
				}
				if err := add(Output{Path: strings.TrimPrefix(p.Dir(), "/") + calendarName, Body: body}); err != nil {
					return err
				}
				if inSectionCalendar(p) {
					stamp = maxTime(stamp, p.Lastmod)
				}
			}
			sec := sectionPage(s, l.Code, section)
			if sec == nil {
				continue
			}
			var body []byte
			key, sum := l.Code+"/"+section, uint64(0)
			if cache != nil {
				sum = cache.sectionCalendarSum(s, l, sec, stamp)
				if c, ok := cache.sectionCalendars[key]; ok && c.sum == sum {
					body = c.body
				}
			}
			// A calendar needs at least one event (RFC 5545).
			if body == nil {
				if all := sectionEvents(s, env, l.Code, section); len(all) > 0 {
					body = icalendar(sec.Title+" · "+l.Title, l.Code, stamp, all)
				} else {
					body = []byte{} // none: kept too
				}
			}
			if cache != nil {
				keptSections[key] = pagePart{sum: sum, body: body}
			}
			if len(body) > 0 {
				if err := add(Output{Path: strings.TrimPrefix(sec.Dir(), "/") + calendarName, Body: body}); err != nil {
					return err
				}
			}
		}
	}
	if cache != nil {
		cache.calendars, cache.sectionCalendars = kept, keptSections
	}
	return nil
}

// sectionCalendarSum sums what a section's calendar shows: its title and
// language, the newest date of change and the pages it has events of, each
// by its sum, as a page's own calendar is kept while its sum is the same.
func (c *Cache) sectionCalendarSum(s *site.Site, l config.Language, sec *site.Page, stamp time.Time) uint64 {
	w := sigWriter{}
	w.h.SetSeed(c.seed)
	w.str(sec.Title)
	w.str(l.Title)
	w.str(l.Code)
	b, _ := stamp.MarshalBinary()
	w.h.Write(b)
	for _, p := range s.SectionPages(l.Code, sec.Section) {
		if inSectionCalendar(p) {
			w.str(p.RelPermalink)
			w.num(p.Sum())
		}
	}
	return w.h.Sum64()
}

func sectionPage(s *site.Site, lang, key string) *site.Page {
	for _, p := range s.Tree(lang).Sections {
		if p.Section == key {
			return p
		}
	}
	return nil
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// icalendar writes RFC 5545 text: CRLF line ends, lines folded at 75 octets,
// DTSTAMP from the page's lastmod so that two builds are the same.
func icalendar(name, lang string, stamp time.Time, events []calEvent) []byte {
	var b bytes.Buffer
	line := func(s string) { fold(&b, s) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//vestis//vestis//" + strings.ToUpper(lang))
	line("CALSCALE:GREGORIAN")
	line("METHOD:PUBLISH")
	line("X-WR-CALNAME:" + escapeText(name))
	stamp = cmp.Or(stamp, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	for _, e := range events {
		line("BEGIN:VEVENT")
		line("UID:" + e.uid)
		line("DTSTAMP:" + stamp.UTC().Format("20060102T150405Z"))
		switch {
		case e.timed:
			line("DTSTART:" + e.start.UTC().Format("20060102T150405Z"))
			if !e.end.IsZero() {
				line("DTEND:" + e.end.UTC().Format("20060102T150405Z"))
			}
		default:
			end := e.start
			if e.end.After(e.start) {
				end = e.end
			}
			line("DTSTART;VALUE=DATE:" + e.start.Format("20060102"))
			line("DTEND;VALUE=DATE:" + end.AddDate(0, 0, 1).Format("20060102"))
		}
		line("SUMMARY;LANGUAGE=" + lang + ":" + escapeText(e.summary))
		line("URL:" + e.url)
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return b.Bytes()
}

// escapeText escapes a TEXT value (RFC 5545 3.3.11).
func escapeText(s string) string { return textEscaper.Replace(strings.Map(dropControl, s)) }

var textEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)

// dropControl drops the control characters RFC 5545 allows in no text value
// (all but tab, and the line ends that textEscaper writes as \n): a calendar
// program could read them as the end of a line.
func dropControl(r rune) rune {
	if r != '\t' && r != '\n' && r != '\r' && unicode.IsControl(r) {
		return -1
	}
	return r
}

// fold writes a content line, folded so that no line is longer than 75 octets
// and no UTF-8 character is split, ending with CRLF.
func fold(b *bytes.Buffer, s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
}
