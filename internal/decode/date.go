package decode

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// ymdRE matches the start of a date written year-month-day.
var ymdRE = regexp.MustCompile(`^(\d{4,})-(\d{1,2})-(\d{1,2})(?:$|[T ])`)

// ImpossibleDate says what is wrong with a date written year-month-day that
// no calendar has (2024-02-30, 2024-13-01, 10000-01-01), or "" for another
// mistake. Front matter's YAML dates and TOML's, whose parser says only
// "invalid datetime", are said so alike.
func ImpossibleDate(s string) string {
	m := ymdRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	y, _ := strconv.Atoi(m[1])
	mon, _ := strconv.Atoi(m[2])
	day, _ := strconv.Atoi(m[3])
	switch {
	case len(m[1]) > 4:
		return fmt.Sprintf("cannot read %q as a date: the year %s has more than four digits", s, m[1])
	case mon < 1 || mon > 12:
		return fmt.Sprintf("cannot read %q as a date: there is no month %d; write year-month-day, as in 2024-05-19", s, mon)
	}
	last := time.Date(y, time.Month(mon)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if day < 1 || day > last {
		return fmt.Sprintf("cannot read %q as a date: %s %d has %d days", s, time.Month(mon), y, last)
	}
	c := clockRE.FindStringSubmatch(s[len(m[0]):])
	if c == nil || !strings.ContainsAny(m[0], "T ") {
		return ""
	}
	num := func(i int) int { n, _ := strconv.Atoi(c[i]); return n }
	switch {
	case num(1) > 23:
		return fmt.Sprintf("cannot read %q as a date: there is no hour %d; hours are 00 to 23 (the day's last minute is 23:59, its end 00:00 of the next day)", s, num(1))
	case num(2) > 59:
		return fmt.Sprintf("cannot read %q as a date: there is no minute %d; minutes are 00 to 59", s, num(2))
	case c[3] != "" && num(3) > 59:
		return fmt.Sprintf("cannot read %q as a date: there is no second %d; seconds are 00 to 59", s, num(3))
	case c[4] != "" && (num(5) > 14 || num(6) > 59):
		return fmt.Sprintf("cannot read %q as a date: there is no time zone %s; zones are at most 14 hours from UTC: write it as in +03:00, or leave it out for the site's timeZone", s, c[4])
	}
	return ""
}

// clockRE matches the time of day written after a date (ImpossibleDate)
// and its zone, with numbers of any size: hours, minutes, seconds, the
// zone as written, its hours and minutes.
var clockRE = regexp.MustCompile(`^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,]\d+)?)?\s*(?:Z|([+-](\d{1,2})(?::?(\d{2}))?))?$`)
