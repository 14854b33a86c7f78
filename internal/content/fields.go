package content

import (
	"fmt"
	"net/mail"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/vestis-ssg/vestis/internal/config"
)

// typedFields reads the fields a page's type declares into their Go values:
// text, markdown, url, email and enum fields as strings, date and datetime
// fields as time.Time, numbers as float64, bools, lists as []string and
// objects as []map[string]any of their own fields' values. A missing required
// field, a value of the wrong kind and an enum value not in the list are
// errors at the field's line, all of them.
func (d *fieldDecoder) typedFields(t *config.Type, required bool) map[string]any {
	if len(t.Fields) == 0 {
		return nil
	}
	out := make(map[string]any, len(t.Fields))
	for _, f := range t.Fields {
		v, ok := d.m.values[f.Name]
		if s, isText := v.(string); isText && strings.TrimSpace(s) == "" {
			ok = false // "" is a field not filled in yet, as vestis new writes it
		}
		if !ok || v == nil {
			if f.Required && required {
				d.fail(f.Name, "is required for a page of type %s (%s)", t.Name, describeKind(f))
			}
			continue
		}
		if x, ok := d.value(f.Name, "", f, v); ok && x != nil {
			out[f.Name] = x
		}
	}
	return out
}

// value checks and converts one value of field f; at prefixes errors inside a
// list ("item 2: date: "). A nil value with true is one left out with a
// warning.
func (d *fieldDecoder) value(key, at string, f *config.Field, v any) (any, bool) {
	wrong := func(format string, args ...any) (any, bool) {
		d.fail(key, "%s%s", at, fmt.Sprintf(format, args...))
		return nil, false
	}
	// shown is v, quoted as written where it is the field's own value.
	shown := func() string {
		if at == "" {
			return d.describe(key, v)
		}
		return describe(v)
	}
	switch f.Kind {
	case config.KindText, config.KindMarkdown:
		switch v := v.(type) {
		case string:
			return strings.TrimSpace(v), true
		case int, int64, float64:
			if at == "" {
				return d.numberText(key, v), true
			}
			return fmt.Sprint(v), true
		}
		return wrong("want text, got %s", shown())
	case config.KindDate, config.KindDateTime:
		if f.Kind == config.KindDate {
			if pd, ok := parsePartial(v, d.loc); ok {
				return pd, true
			}
		}
		text := ""
		if at == "" {
			text = d.written(key, v)
		}
		t, note, err := parseDate(v, text, d.loc)
		if err != nil {
			return wrong("%v", err)
		}
		if note == "" && !t.IsZero() {
			note = d.unlikelyYear(t)
		}
		if note != "" {
			d.warns = append(d.warns, &lineError{line: d.m.line(key), msg: "front matter: " + key + ": " + at + note})
		}
		if t.IsZero() {
			return nil, true // a number that is no date, left out with the warning
		}
		return t, true
	case config.KindURL:
		s, ok := v.(string)
		if !ok {
			return wrong("want a URL such as https://example.org/page, got %s", shown())
		}
		s = strings.TrimSpace(s)
		if lower := strings.ToLower(s); strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") {
			// Said in words: a space, a % that escapes nothing, no host, a
			// port of 99999 (which url.Parse takes).
			if err := config.CheckWebAddress(s); err != nil {
				return wrong("%v", err)
			}
		}
		if !isURL(s) {
			return wrong("%q is not a URL; write it whole, as in https://example.org/page (or mailto:, tel:, or a path from the site root, /page/)", s)
		}
		return s, true
	case config.KindEmail:
		s, ok := v.(string)
		if !ok {
			return wrong("want an e-mail address, got %s", shown())
		}
		s = strings.TrimSpace(s)
		if a, err := mail.ParseAddress(s); err != nil || a.Address != s {
			return wrong("%q is not an e-mail address such as name@example.org", s)
		}
		return s, true
	case config.KindNumber:
		switch v := v.(type) {
		case int:
			return float64(v), true
		case int64:
			return float64(v), true
		case float64:
			return v, true
		}
		return wrong("want a number, got %s", shown())
	case config.KindBool:
		if b, ok := truth(v); ok {
			return b, true
		}
		return wrong("want true or false, got %s", shown())
	case config.KindEnum:
		s, ok := v.(string)
		if !ok || !slices.Contains(f.Values, strings.TrimSpace(s)) {
			msg := fmt.Sprintf("%s is not one of %s", shown(), strings.Join(f.Values, ", "))
			for _, val := range f.Values {
				if ok && config.Typo(strings.ToLower(strings.TrimSpace(s)), strings.ToLower(val)) {
					msg = fmt.Sprintf("%s is not one of %s; did you mean %q?", shown(), strings.Join(f.Values, ", "), val)
					break
				}
			}
			return wrong("%s", msg)
		}
		return strings.TrimSpace(s), true
	case config.KindList:
		items, ok := v.([]any)
		if !ok {
			return wrong("want a list such as [a, b], got %s", shown())
		}
		out := make([]string, 0, len(items))
		for _, it := range items {
			switch it := it.(type) {
			case string:
				if s := strings.TrimSpace(it); s != "" {
					out = append(out, s)
				}
			case int, int64, float64:
				out = append(out, fmt.Sprint(it))
			default:
				return wrong("want a list of text, got an item %s", describe(it))
			}
		}
		return out, true
	case config.KindObjects:
		items, ok := v.([]any)
		if ms, isTables := v.([]map[string]any); isTables { // TOML's arrays of tables
			items, ok = make([]any, len(ms)), true
			for i, m := range ms {
				items[i] = m
			}
		}
		if !ok {
			return wrong("want a list of {%s}, got %s", strings.Join(fieldNames(f.Fields), ", "), shown())
		}
		out := make([]map[string]any, 0, len(items))
		good := true
		for i, it := range items {
			m, ok := asMap(it)
			item := fmt.Sprintf("%sitem %d: ", at, i+1)
			if !ok {
				d.fail(key, "%swant {%s}, got %s", item, strings.Join(fieldNames(f.Fields), ", "), describe(it))
				good = false
				continue
			}
			obj := make(map[string]any, len(f.Fields))
			for _, sub := range f.Fields {
				x, ok := m[sub.Name]
				if !ok || x == nil {
					if sub.Required {
						d.fail(key, "%s%s is missing", item, sub.Name)
						good = false
					}
					continue
				}
				if val, ok := d.value(key, item+sub.Name+": ", sub, x); ok {
					if val != nil {
						obj[sub.Name] = val
					}
				} else {
					good = false
				}
			}
			for _, k := range sortedKeys(m) {
				if !slices.ContainsFunc(f.Fields, func(sub *config.Field) bool { return sub.Name == k }) {
					d.fail(key, "%s%q is not a field of %s (%s)", item, k, key, strings.Join(fieldNames(f.Fields), ", "))
					good = false
				}
			}
			out = append(out, obj)
		}
		sortByDate(f.Fields, out)
		return out, good
	}
	return wrong("field of unknown kind %q", f.Kind)
}

// sortByDate orders a timeline: objects with a date field in the order of
// the first one, those without it last, as written otherwise.
func sortByDate(fields []*config.Field, items []map[string]any) {
	for _, f := range fields {
		if !f.Kind.IsDate() {
			continue
		}
		slices.SortStableFunc(items, func(a, b map[string]any) int {
			ta, oka := config.TimeOf(a[f.Name])
			tb, okb := config.TimeOf(b[f.Name])
			switch {
			case oka && okb:
				return ta.Compare(tb)
			case oka:
				return -1
			case okb:
				return 1
			}
			return 0
		})
		return
	}
}

// isURL reports whether s is a URL a link can point to: absolute with a
// scheme (https:, mailto:, tel:) or a path from the site's root.
func isURL(s string) bool {
	if strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "//") {
		return !strings.ContainsAny(s, " \t")
	}
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" || strings.ContainsAny(s, " \t") {
		return false
	}
	switch u.Scheme {
	case "http", "https":
		return u.Host != ""
	case "mailto", "tel":
		return u.Opaque != ""
	}
	return false
}

func fieldNames(fs []*config.Field) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Name
	}
	return out
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// describeKind says what a field of f's kind holds, for errors.
func describeKind(f *config.Field) string {
	switch f.Kind {
	case config.KindEnum:
		return "one of " + strings.Join(f.Values, ", ")
	case config.KindDate:
		return "a date such as 2024-05-19 (or a month, 2024-05, or a year)"
	case config.KindDateTime:
		return "a date and time such as 2024-05-19T10:00"
	case config.KindObjects:
		return "a list of {" + strings.Join(fieldNames(f.Fields), ", ") + "}"
	}
	return string(f.Kind)
}

// timeOf is a typed field's date, or the zero time.
func timeOf(fields map[string]any, name string) time.Time {
	t, _ := config.TimeOf(fields[name])
	return t
}
