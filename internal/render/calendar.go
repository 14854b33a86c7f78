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

	"github.com/vestis-ssg/vestis/internal/site"
)

// calendarName is the iCalendar file beside a program page and in a language's
// programs section.
const calendarName = "calendar.ics"

type calEvent struct {
	uid, summary, url string
	date              time.Time
}

// hasCalendar reports whether a page gets a calendar: a program with a timeline
// or a deadline.
func hasCalendar(p *site.Page) bool {
	return p.Kind == site.KindPage && p.Section == "programs" && p.FallbackOf == nil && (len(p.Events) > 0 || !p.Deadline.IsZero())
}

// CalendarURL is the calendar of a program page, or of the programs section
// when an open or upcoming program has dates; "" otherwise.
func (v *View) CalendarURL() string {
	p := v.Page
	switch {
	case hasCalendar(p):
		return p.RelPermalink + calendarName
	case p.Kind == site.KindSection && p.Section == "programs" && slices.ContainsFunc(v.Site.SectionPages(p.Lang, "programs"), inSectionCalendar):
		return p.RelPermalink + calendarName
	}
	return ""
}

// inSectionCalendar reports whether a program's events go into its
// section's calendar: it has dates and is open or upcoming.
func inSectionCalendar(p *site.Page) bool {
	return hasCalendar(p) && (p.Status == "open" || p.Status == "upcoming")
}

// sectionEvents are the events of a language's open and upcoming programs.
func sectionEvents(s *site.Site, env *Env, lang string) []calEvent {
	var all []calEvent
	for _, p := range s.SectionPages(lang, "programs") {
		if inSectionCalendar(p) {
			all = append(all, programEvents(s, env, p)...)
		}
	}
	return all
}

// programEvents are a program's timeline and its deadline as calendar events.
func programEvents(s *site.Site, env *Env, p *site.Page) []calEvent {
	host := "vestis"
	if u, err := url.Parse(s.BaseURL); err == nil && u.Host != "" {
		host = u.Host
	}
	uid := func(kind string, i int, d time.Time) string {
		return fmt.Sprintf("%s-%s-%d-%s@%s", strings.Trim(strings.ReplaceAll(p.URLPath, "/", "-"), "-"), kind, i, d.Format("20060102"), host)
	}
	var events []calEvent
	for i, e := range p.Events {
		events = append(events, calEvent{uid: uid("event", i, e.Date), summary: e.Title + " · " + p.Title, url: p.Permalink, date: e.Date})
	}
	if !p.Deadline.IsZero() {
		label := "Deadline"
		if s, err := env.Locale.T(p.Lang, "deadline", nil, nil); err == nil {
			label = s
		}
		events = append(events, calEvent{uid: uid("deadline", 0, p.Deadline), summary: label + ": " + p.Title, url: p.Permalink, date: p.Deadline})
	}
	return events
}

// calendars writes a calendar per program page and, per language, one with every
// open or upcoming program's events. With a cache, a page's calendar is made again
// only when the page's sum changed.
func calendars(s *site.Site, env *Env, cache *Cache) []Output {
	var outs []Output
	kept := map[string]pagePart{}
	for _, l := range s.Languages {
		var stamp time.Time
		for _, p := range s.SectionPages(l.Code, "programs") {
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
				body = icalendar(p.Title, p.Lang, p.Lastmod, programEvents(s, env, p))
			}
			kept[p.RelPermalink] = pagePart{sum: p.Sum(), body: body}
			outs = append(outs, Output{Path: strings.TrimPrefix(p.URLPath, "/") + calendarName, Body: body})
			if p.Status == "open" || p.Status == "upcoming" {
				stamp = maxTime(stamp, p.Lastmod)
			}
		}
		// A calendar needs at least one event (RFC 5545).
		if all := sectionEvents(s, env, l.Code); len(all) > 0 {
			sec := sectionPage(s, l.Code, "programs")
			outs = append(outs, Output{Path: strings.TrimPrefix(sec.URLPath, "/") + calendarName, Body: icalendar(sec.Title+" · "+l.Title, l.Code, stamp, all)})
		}
	}
	if cache != nil {
		cache.calendars = kept
	}
	return outs
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
		line("DTSTART;VALUE=DATE:" + e.date.Format("20060102"))
		line("DTEND;VALUE=DATE:" + e.date.AddDate(0, 0, 1).Format("20060102"))
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
