package config

import "time"

// PartialDate is a date field written with a month or a year only (2023-05,
// 2023), as timelines are ("May: mentoring starts"). Pages show it as
// written, lists sort it by its first day, and calendars leave it out.
type PartialDate struct {
	Start time.Time // its first day
	Year  bool      // only the year is known; else the month
}

// String is the date in ISO 8601, as written: 2023-05 or 2023.
func (d PartialDate) String() string {
	if d.Year {
		return d.Start.Format("2006")
	}
	return d.Start.Format("2006-01")
}

// TimeOf is the time a date field's value stands for (a partial date's first
// day), for sorting; false when v is not a date.
func TimeOf(v any) (time.Time, bool) {
	switch v := v.(type) {
	case time.Time:
		return v, true
	case PartialDate:
		return v.Start, true
	}
	return time.Time{}, false
}
