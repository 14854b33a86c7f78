package content

import (
	"regexp"
	"strconv"
	"time"

	"github.com/vestis-ssg/vestis/internal/config"
)

var monthRE = regexp.MustCompile(`^(\d{4})-(\d{2})$`)

// parsePartial reads a month (2023-05, as text) or a year (2023, which YAML
// reads as a number); false when v is neither.
func parsePartial(v any, loc *time.Location) (config.PartialDate, bool) {
	switch v := v.(type) {
	case int:
		if v >= 1000 && v <= 9999 {
			return config.PartialDate{Start: time.Date(v, time.January, 1, 0, 0, 0, 0, loc), Year: true}, true
		}
	case string:
		if m := monthRE.FindStringSubmatch(v); m != nil {
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			if mo >= 1 && mo <= 12 {
				return config.PartialDate{Start: time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, loc)}, true
			}
		}
	}
	return config.PartialDate{}, false
}
