package content

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"unique"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/decode"
)

// Meta is the typed front matter of a page. Params keeps every field as written.
type Meta struct {
	Title, Description, Summary, Author, Image string
	Slug, URL, TranslationKey                  string
	Date, Lastmod, PublishDate, ExpiryDate     time.Time
	Draft                                      bool
	Weight                                     int
	Aliases                                    []string
	// Terms holds the values of each configured taxonomy: Terms.Of("tags").
	Terms Terms

	// Untranslated marks a placeholder for a translation still to be written
	// (untranslated: true, or 1 as letsencrypt.org's site writes it): it needs
	// no title, and the page shows another language's text at its address.
	Untranslated bool
	// Fallback: the page's missing translations show its text (as
	// translations.fallback pages), whatever site.yaml says; on a home or
	// section page (_index), every page below it missing in its language.
	Fallback bool
	// Build is Hugo's build options (build, or _build; headless: true is
	// render and list never).
	Build Build
	// Cascade is what this page gives the pages below it (Hugo's cascade).
	Cascade []Cascade
	// Inherited are the front matter values the page took from cascades
	// above it, by key; nil when none (see Cascades).
	Inherited map[string]any
	// InheritedFrom says where each of Inherited comes from: the list
	// page's file and the cascade's line ("content/docs/_index.md:4").
	InheritedFrom map[string]string

	// Fields are the values of the fields the page's type declares (site.yaml
	// types), typed by their kinds: see typedFields.
	Fields map[string]any

	// Layout and LayoutType are Hugo's layout and type: the layout file a
	// page asks for (layout: wide is wide.html) and the folder of layouts/
	// looked in first, in place of its section's (type: docs).
	Layout, LayoutType string

	Params map[string]any

	lines keyLines
	start int
}

// keyLines are the lines of a page's front matter keys, sorted by key: two
// slices, not a map, as a map of a dozen keys was about 100 bytes more for
// each page, held for the whole build, for the few messages that name a
// line. Once DropParams has dropped the page's map, keys is the set of keys
// that pages with the same keys share, and a page keeps only its lines: 4
// bytes a key rather than 24 (16 MB at 100,000 pages).
type keyLines struct {
	keys []string
	// lines[i] is the line of keys[i]; 0 for a key of the set with no line.
	lines []int32
}

func newKeyLines(m map[string]int) keyLines {
	if len(m) == 0 {
		return keyLines{}
	}
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	lines := make([]int32, len(keys))
	for i, key := range keys {
		lines[i] = clampLine(m[key])
	}
	return keyLines{keys, lines}
}

// clampLine is line as an int32: a file of more than 2 billion lines is
// refused long before (MaxFile), so this only keeps the conversion honest.
func clampLine(line int) int32 { return int32(min(max(line, 0), math.MaxInt32)) }

// find returns the line of key.
func (k keyLines) find(key string) (int, bool) {
	i, ok := slices.BinarySearch(k.keys, key)
	if !ok || k.lines[i] == 0 {
		return 0, false
	}
	return int(k.lines[i]), true
}

// toMap returns the lines as a map, for decoding the front matter again.
func (k keyLines) toMap() map[string]int {
	m := make(map[string]int, len(k.keys))
	for i, key := range k.keys {
		if k.lines[i] != 0 {
			m[key] = int(k.lines[i])
		}
	}
	return m
}

// over returns the same lines with set as their keys, when set (sorted)
// holds every key of k; else k as it is.
func (k keyLines) over(set []string) keyLines {
	if len(k.keys) == 0 || len(k.keys) > len(set) {
		return k
	}
	lines := make([]int32, len(set))
	j := 0
	for i, key := range k.keys {
		for j < len(set) && set[j] < key {
			j++
		}
		if j == len(set) || set[j] != key {
			return k
		}
		lines[j] = k.lines[i]
	}
	return keyLines{set, lines}
}

// Terms are a page's terms by taxonomy, in site.yaml's order of taxonomies,
// each taxonomy once and only those the page names. A slice and not a map:
// a page names terms of one or two taxonomies, and a map was about 400 bytes
// more for each page, held for the whole build (100,000 pages: 40 MB).
type Terms []TaxonomyTerms

// TaxonomyTerms are the terms a page names in one taxonomy, as written.
type TaxonomyTerms struct {
	Taxonomy string
	Names    []string
}

// Of returns the terms of taxonomy, nil when the page names none.
func (t Terms) Of(taxonomy string) []string {
	for _, x := range t {
		if x.Taxonomy == taxonomy {
			return x.Names
		}
	}
	return nil
}

// Line is the line of key in the content file, else of the front matter's start.
func (m *Meta) Line(key string) int {
	if l, ok := m.lines.find(key); ok {
		return l
	}
	return m.start
}

// DateLayouts are the accepted date forms, the first being the one shown in errors.
var DateLayouts = []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04",
	// The other forms Hugo reads (through spf13/cast), but those without a
	// year (time.Kitchen, time.Stamp), which it puts in the year 0.
	"2006-01-02T15:04:05-0700", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05Z0700", "2006-01-02 15:04:05 -07:00", "2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05.999999999 -0700 MST", "02 Jan 2006",
	time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, time.RFC850, time.ANSIC, time.UnixDate, time.RubyDate,
}

// fieldDecoder reads typed fields from front matter and collects errors with lines.
type fieldDecoder struct {
	m   *matter
	loc *time.Location // of dates written without a zone
	// years are those dates are expected in; zero: any (a test's decoder).
	years config.Years
	errs  []*lineError
	// warns are values that do not stop the page (a date that is not one).
	warns []*lineError
	// outputs are the output formats the site defines itself
	// (config.HugoOutputFormats), which outputs may name.
	outputs []string
}

// blank reports whether v is text with nothing in it (weight: "", date: " "),
// which content editors such as Forestry and Decap CMS write for a field
// left empty: the field is not given, as Hugo reads it, and nothing is lost.
func blank(v any) bool {
	s, ok := v.(string)
	return ok && strings.TrimSpace(s) == ""
}

// distinct is how many different texts list holds, when more than bound.
func distinct(list []string, bound int) int {
	if len(list) <= bound {
		return len(list) // at most that many: enough to know it is within bounds
	}
	seen := make(map[string]bool, len(list))
	for _, s := range list {
		seen[s] = true
	}
	return len(seen)
}

// MaxTerms is how many terms of one taxonomy a page may name: a thousand
// tags is far more than any page is about.
const MaxTerms = 1000

// MaxAliases is how many aliases a page may have: each is a file of its
// own, and 100,000 pasted into one page took most of a minute to build and
// wrote 200,000 files and folders.
const MaxAliases = 1000

func (d *fieldDecoder) fail(key, format string, args ...any) {
	d.errs = append(d.errs, &lineError{line: d.m.line(key), msg: "front matter: " + key + ": " + fmt.Sprintf(format, args...)})
}

// maxText is the most text a built-in field (title, summary, ...) may
// hold: each is copied into the page's head, lists, feeds and search index,
// so a 50 MB title would make pages past the limit of what a page may write,
// with a message about layouts that loop.
const maxText = 1 << 20

func (d *fieldDecoder) str(key string) string {
	v, ok := d.m.values[key]
	if !ok || v == nil {
		return ""
	}
	switch v := v.(type) {
	case string:
		if len(v) > maxText {
			d.fail(key, "%d KB of text, more than the %d KB a field may have; put long text in the page's body", (len(v)+1023)>>10, maxText>>10)
			return ""
		}
		return strings.TrimSpace(v)
	case int, int64, float64:
		return d.numberText(key, v)
	case []any:
		if len(v) == 0 {
			return "" // summary: [], as a theme's archetype leaves it: none, as Hugo reads it
		}
	case map[string]any:
		if len(v) == 0 {
			return ""
		}
	}
	d.fail(key, "want text, got %s", d.describe(key, v))
	return ""
}

// numberText is v, the number of key, as text: as written in the file
// (title: 1e300, code: 007), not as a computer would write it again
// (1e+300, 7).
func (d *fieldDecoder) numberText(key string, v any) string {
	if s, ok := d.m.text(key); ok {
		return s
	}
	return fmt.Sprint(v)
}

// written is v, key's value, as written when it is a number, or "".
func (d *fieldDecoder) written(key string, v any) string {
	switch v.(type) {
	case int, int64, uint64, float64:
		s, _ := d.m.text(key)
		return s
	}
	return ""
}

// describe is describe of v, key's value, quoting a number as written,
// and a list or map written on one line (a list, [Riga, news]).
func (d *fieldDecoder) describe(key string, v any) string {
	switch v.(type) {
	case int, int64, float64:
		return d.numberText(key, v)
	case []any, map[string]any:
		if w, ok := d.m.lists[key]; ok {
			return describe(v) + ", " + w
		}
	}
	return describe(v)
}

// loose reads a field that Hugo leaves to themes, which give it other
// shapes: Wowchemy's image is a map (a caption, a focal point, a file of its
// assets), no photo of the page's; an author may be a list of names. A list
// gives its texts joined by sep (only the first when sep is ""), a map the
// text of the first of keys it has; another shape gives "" and stays in the
// page's params.
func (d *fieldDecoder) loose(key, sep string, keys ...string) string {
	switch v := d.m.values[key].(type) {
	case []any:
		var texts []string
		for _, x := range v {
			if s, ok := x.(string); ok && strings.TrimSpace(s) != "" {
				texts = append(texts, strings.TrimSpace(s))
			}
		}
		if sep == "" && len(texts) > 1 {
			texts = texts[:1]
		}
		return d.bounded(key, strings.Join(texts, sep))
	case map[string]any:
		for _, k := range keys {
			if s, ok := v[k].(string); ok {
				return d.bounded(key, strings.TrimSpace(s))
			}
		}
		return ""
	}
	return d.str(key)
}

// bounded is text no longer than maxText, else "" and an error.
func (d *fieldDecoder) bounded(key, text string) string {
	if len(text) > maxText {
		d.fail(key, "%d KB of text, more than the %d KB a field may have; put long text in the page's body", (len(text)+1023)>>10, maxText>>10)
		return ""
	}
	return text
}

// boolean reads a yes-or-no field of Hugo's (draft, headless) as Hugo reads
// it: true or false; 1 and 0; a YAML word written without
// quotes as YAML 1.1 reads it (yes, on, y are true); and text in quotes
// (or any TOML or JSON text) as Go's strconv.ParseBool, which Hugo's cast
// uses: "true", "t", "1" are true, and any other text false, "yes" and "on"
// too, so draft: "yes" publishes the page, with a warning saying so.
func (d *fieldDecoder) boolean(key string) bool {
	v, ok := d.m.values[key]
	if !ok || v == nil || blank(v) {
		return false
	}
	switch v {
	case 0, 1, int64(0), int64(1): // draft: 1, as Hugo reads it (other numbers are a mistake)
		return v == 1 || v == int64(1)
	}
	s, text := v.(string)
	if !text || d.m.plain[key] {
		if text {
			v = strings.TrimSpace(s)
		}
		if b, ok := truth(v); ok {
			return b
		}
		if text { // draft: False , as some editors write it
			switch strings.ToLower(strings.TrimSpace(s)) {
			case "true":
				return true
			case "false":
				return false
			}
		}
		d.fail(key, "want true or false, got %s", d.describe(key, v))
		return false
	}
	if b, err := strconv.ParseBool(strings.TrimSpace(s)); err == nil {
		return b
	}
	switch b, ok := truth(strings.ToLower(strings.TrimSpace(s))); {
	case ok && b:
		d.warns = append(d.warns, &lineError{line: d.m.line(key), msg: fmt.Sprintf(
			"front matter: %s: %q in quotes is text, which reads as no, as in Hugo; to say yes, write %s: true without quotes", key, s, key)})
		return false
	case ok:
		return false
	}
	d.fail(key, "want true or false, got %s", d.describe(key, v))
	return false
}

// flag reads a yes-or-no field that sites also write as 1 and 0: true, a
// number other than 0, or the text "true", "yes" or "1" is yes.
func (d *fieldDecoder) flag(key string) bool {
	switch v := d.m.values[key].(type) {
	case nil:
		return false
	case bool:
		return v
	case int:
		return v != 0
	case int64:
		return v != 0
	case float64:
		return v != 0
	case string:
		if b, ok := truth(strings.TrimSpace(v)); ok {
			return b
		}
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "true", "yes", "1":
			return true
		case "false", "no", "0", "":
			return false
		}
	}
	d.fail(key, "want true or false, got %s", d.describe(key, d.m.values[key]))
	return false
}

func (d *fieldDecoder) integer(key string) int {
	v, ok := d.m.values[key]
	if !ok || v == nil || blank(v) {
		return 0
	}
	switch v := v.(type) {
	case int:
		return v
	case int64:
		return int(v)
	case float64:
		if v == math.Trunc(v) && math.Abs(v) <= 1<<53 {
			return int(v)
		}
		if math.Abs(v) < 1<<31 { // 2.5, to place a page between others: Hugo's cast.ToInt takes 2
			n := int(v)
			d.warns = append(d.warns, &lineError{line: d.m.line(key), msg: fmt.Sprintf(
				"front matter: %s: %s is not a whole number, so it is read as %d, as Hugo reads it; to place a page between two others, give the weights room (10, 20, 30) and use a whole number between", key, d.numberText(key, v), n)})
			return n
		}
		if math.IsInf(v, 0) || v == math.Trunc(v) {
			// 1e22: a whole number, but "want a whole number" would say
			// it is not.
			d.fail(key, "%s is too large a number; write a whole number of at most 15 digits", d.numberText(key, v))
			return 0
		}
	case string: // weight: "3", as some editors write it and Hugo reads it
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err == nil {
			return n
		}
		if _, ferr := strconv.ParseFloat(strings.TrimSpace(v), 64); errors.Is(err, strconv.ErrRange) || errors.Is(ferr, strconv.ErrRange) {
			// Digits past what an int holds, or a number no float64 holds
			// (1e400 in JSON, kept as its text).
			d.fail(key, "%s is too large a number; write a whole number of at most 15 digits", strings.TrimSpace(v))
			return 0
		}
	}
	d.fail(key, "want a whole number, got %s", d.describe(key, v))
	return 0
}

func (d *fieldDecoder) date(key string) time.Time {
	v, ok := d.m.values[key]
	if !ok || v == nil || blank(v) {
		return time.Time{}
	}
	t, note, err := parseDate(v, d.written(key, v), d.loc)
	if s, ok := v.(string); ok && err != nil && (strings.Contains(s, "`") || strings.Contains(s, "{{")) {
		// Not a date written another way but code or a template that a
		// generator left unexpanded (blogdown's "`r Sys.Date()`", "{{ .Date }}"),
		// which Hugo ignores.
		d.warns = append(d.warns, &lineError{line: d.m.line(key), msg: fmt.Sprintf("front matter: %s: %q is not a date, so the page has no %s; write year-month-day, as in 2024-05-19", key, strings.TrimSpace(s), key)})
		return time.Time{}
	}
	if err != nil {
		d.fail(key, "%v", err)
	}
	if note == "" {
		note = d.unlikelyYear(t)
	}
	if note != "" {
		d.warns = append(d.warns, &lineError{line: d.m.line(key), msg: "front matter: " + key + ": " + note})
	}
	return t
}

// unlikelyYear is the note that t, a date read from front matter, is in a
// year outside the site's years (0024-05-19 for 2024, 20224 for 2024, the
// year 0 of a template), or "".
func (d *fieldDecoder) unlikelyYear(t time.Time) string {
	if d.years == (config.Years{}) || d.years.Contains(t.Year()) {
		return ""
	}
	return fmt.Sprintf("%s is in the year %d, outside the years %d to %d that this site's dates are in, so it is most likely a typo; check the year (if it is right, widen years in site.yaml, as in years: {from: %d, to: %d})",
		t.Format("2006-01-02"), t.Year(), d.years.From, d.years.To, min(d.years.From, t.Year()), max(d.years.To, t.Year()))
}

// params returns the front matter's values, after checking that a params
// key, where Hugo reads a page's own fields from (params: {color: blue}),
// is a map: params: 5 or a list was silently no field at all.
func (d *fieldDecoder) params() map[string]any {
	switch v := d.m.values["params"].(type) {
	case nil, map[string]any:
	default:
		d.fail("params", "want a map of the page's own fields, such as params: {color: blue}, got %s", d.describe("params", v))
	}
	return d.m.values
}

// dayFirstRE matches a date written day first, as Latvian (19.05.2023) and
// Vietnamese (19/05/2023) do; with a slash it is taken as day first only when
// the first number cannot be a month.
var dayFirstRE = regexp.MustCompile(`^(\d{1,2})([./-])(\d{1,2})[./-](\d{4})$`)

// digitsRE matches a number written as text ("2022", "1700000000").
var digitsRE = regexp.MustCompile(`^-?\d{1,19}$`)

// parseDate reads a front matter date: a YAML or TOML date, text in one of
// DateLayouts, or a number. A number Hugo would read as a date no reader
// means (a year alone, 2022, is 33 minutes past midnight on 1 January 1970
// there) is read as what it most likely says, or as no date, with a note
// for a warning; text that is no date is an error that shows how to write
// it.
func parseDate(v any, text string, loc *time.Location) (t time.Time, note string, err error) {
	t, note, err = readDate(v, text, loc)
	if _, off := t.Zone(); err == nil && (off > maxZone || off < -maxZone) {
		// Go reads offsets up to 23:59: a slip (+15:00 for +05:00)
		// moved the date and time by hours, in silence.
		written := t.Format(time.RFC3339Nano)
		if s, ok := v.(string); ok {
			written = strings.TrimSpace(s)
		}
		return time.Time{}, "", fmt.Errorf("cannot read %q as a date: there is no time zone %s; zones are at most 14 hours from UTC: write it as in +03:00, or leave it out for the site's timeZone", written, t.Format("-07:00"))
	}
	return t, note, err
}

// maxZone is the furthest from UTC a time zone is, in seconds (Kiribati's
// +14:00).
const maxZone = 14 * 3600

// readDate is parseDate without the check of the time zone. text is v, a
// number, as written (date: 1e20), for the notes to quote, or "".
func readDate(v any, text string, loc *time.Location) (t time.Time, note string, err error) {
	written := func(formatted string) string {
		if text != "" {
			return text
		}
		return formatted
	}
	switch v := v.(type) {
	case time.Time:
		return v, "", nil
	case decode.TimeOfDay:
		return time.Time{}, "", fmt.Errorf("want a date written year-month-day, as in 2024-05-19, got the time of day %s with no date", v)
	case string:
		s := strings.TrimSpace(v)
		for _, layout := range DateLayouts {
			if t, err := time.ParseInLocation(layout, s, loc); err == nil {
				return t, "", nil
			}
		}
		if digitsRE.MatchString(s) {
			if n, err := strconv.ParseInt(s, 10, 64); err == nil {
				return numberDate(n, s, loc)
			}
		}
		if msg := decode.ImpossibleDate(s); msg != "" {
			return time.Time{}, "", errors.New(msg)
		}
		example := "2024-05-19"
		if m := dayFirstRE.FindStringSubmatch(s); m != nil && (m[2] == "." || len(m[1]) == 2 && m[1] > "12") {
			example = fmt.Sprintf("%s-%02s-%02s", m[4], m[3], m[1])
		}
		return time.Time{}, "", fmt.Errorf("cannot read %q as a date; write year-month-day, as in %s", s, example)
	case int:
		return numberDate(int64(v), written(fmt.Sprint(v)), loc)
	case int64:
		return numberDate(v, written(fmt.Sprint(v)), loc)
	case uint64:
		return time.Time{}, fmt.Sprintf("%s is not a date, so it is left out; write year-month-day, as in 2024-05-19", written(fmt.Sprint(v))), nil
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1e15 {
			return numberDate(int64(v), written(strconv.FormatFloat(v, 'f', -1, 64)), loc)
		}
		return time.Time{}, fmt.Sprintf("%s is not a date, so it is left out; write year-month-day, as in 2024-05-19", written(strconv.FormatFloat(v, 'g', -1, 64))), nil
	}
	return time.Time{}, "", fmt.Errorf("want a date written year-month-day, as in 2024-05-19, got %s", describe(v))
}

// numberDate reads a whole number written for a date. Hugo reads every
// number as seconds since 1970, which is what tools such as Netlify CMS
// write, and so does vestis from 1973-03-03 (nine digits) to the year 5138.
// Other numbers are read as what they most likely say, each with a note: a
// year alone (2022) as its first day, eight digits that make a day
// (20220519) as that day, thirteen digits as milliseconds since 1970 (what
// JavaScript writes); anything else as no date.
func numberDate(n int64, written string, loc *time.Location) (time.Time, string, error) {
	hugo := time.Unix(n, 0).UTC().Format("2006-01-02 15:04:05")
	switch {
	case n >= 1e8 && n < 1e11:
		return time.Unix(n, 0).In(loc), "", nil
	case n >= 1000 && n <= 9999:
		return time.Date(int(n), time.January, 1, 0, 0, 0, 0, loc),
			fmt.Sprintf("%s is a year alone, read as 1 January %s; write the day, as in %s-05-19 (Hugo reads the number as seconds since 1970: %s)", written, written, written, hugo), nil
	case n >= 1e7 && n < 1e8:
		y, m, d := int(n/10000), time.Month(n/100%100), int(n%100)
		if t := time.Date(y, m, d, 0, 0, 0, 0, loc); m >= 1 && m <= 12 && t.Day() == d {
			return t, fmt.Sprintf("%s is read as %s; write it so, with dashes (Hugo reads the number as seconds since 1970: %s)", written, t.Format("2006-01-02"), hugo), nil
		}
	case n >= 1e11 && n < 1e14:
		t := time.UnixMilli(n).In(loc)
		return t, fmt.Sprintf("%s is read as milliseconds since 1970, %s; write the date, as in %s (Hugo reads the number as seconds, which puts it in the year %d)", written, t.Format("2006-01-02 15:04:05"), t.Format("2006-01-02"), time.Unix(n, 0).UTC().Year()), nil
	}
	return time.Time{}, fmt.Sprintf("%s is not a date, so it is left out; write year-month-day, as in 2024-05-19 (Hugo reads the number as seconds since 1970: %s)", written, hugo), nil
}

func (d *fieldDecoder) list(key string) []string {
	v, ok := d.m.values[key]
	if !ok || v == nil {
		return nil
	}
	items, ok := v.([]any)
	if s, text := v.(string); text && !strings.Contains(s, ",") {
		// One item written alone (aliases: /old/, tags: riga), which Hugo
		// reads as a list of one; "a, b" is more likely meant as two.
		items, ok = []any{s}, true
	}
	if !ok {
		d.fail(key, "want a list such as [a, b], got %s", d.describe(key, v))
		return nil
	}
	out := make([]string, 0, len(items))
	var empty []string // the positions of empty items, from 1
	for i, it := range items {
		switch it := it.(type) {
		case string:
			if s := strings.TrimSpace(it); s != "" {
				out = append(out, s)
			} else {
				empty = append(empty, strconv.Itoa(i+1))
			}
		case int, int64, float64:
			out = append(out, fmt.Sprint(it))
		case nil:
			// An item left empty (tags: then a lone -, as a theme's demo
			// pages write): none, as Hugo has it, but said, since a tag
			// the writer meant to add may be missing.
			empty = append(empty, strconv.Itoa(i+1))
		default:
			d.fail(key, "want a list of text, got an item that is %s", describe(it))
			return nil
		}
	}
	if len(empty) > 0 {
		d.warns = append(d.warns, &lineError{line: d.m.line(key), msg: emptyItems(key, empty, len(items))})
	}
	return out
}

// emptyItems says that the items at positions (from 1) of key's list of n
// are empty (tags: [""], tags: [null], a lone -) and left out.
func emptyItems(key string, positions []string, n int) string {
	if len(positions) == 1 {
		return fmt.Sprintf("front matter: %s: item %s of %d is empty, so it is left out; write a word there or delete it", key, positions[0], n)
	}
	if len(positions) > 5 {
		positions = append(positions[:5:5], "...")
	}
	return fmt.Sprintf("front matter: %s: items %s of %d are empty, so they are left out; write a word there or delete them", key, strings.Join(positions, ", "), n)
}

func asMap(v any) (map[string]any, bool) {
	switch v := v.(type) {
	case map[string]any:
		return v, true
	case map[any]any:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[fmt.Sprint(k)] = x
		}
		return m, true
	}
	return nil, false
}

func describe(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("%q", v)
	case []any:
		return "a list"
	case map[string]any, map[any]any:
		return "a map"
	case bool:
		return fmt.Sprint(v)
	case nil:
		return "nothing"
	}
	return fmt.Sprintf("%v", v)
}

// Fields are the front matter fields every page has, as they are best written;
// a page's type declares more (site.yaml types).
var Fields = []string{
	"title", "description", "summary", "author", "image", "slug", "url", "translationKey",
	"date", "lastmod", "publishDate", "expiryDate", "draft", "weight", "aliases", "untranslated",
	"fallback", "build", "_build", "headless", "cascade",
	"fundingNotice", // site.yaml funding: the page's own acknowledgement, or whether it shows one
}

// fieldByLower maps each of Fields in lower case to its name.
var fieldByLower = func() map[string]string {
	m := make(map[string]string, len(Fields))
	for _, f := range Fields {
		m[strings.ToLower(f)] = f
	}
	return m
}()

// fieldName is the field or taxonomy key is written for in any case, or "":
// a built-in field, a taxonomy or a field of the page's type.
func fieldName(key string, known []string) string {
	if name, ok := fieldByLower[strings.ToLower(key)]; ok {
		return name
	}
	for _, t := range known {
		if strings.EqualFold(key, t) {
			return t
		}
	}
	return ""
}

// canonicalKeys renames fields written in another case (Title, applyUrl) to their
// names, as Hugo reads front matter keys without regard to case.
func canonicalKeys(m *matter, known []string) *lineError {
	for key := range m.values {
		name := fieldName(key, known)
		if name == "" || name == key {
			continue
		}
		if _, dup := m.values[name]; dup {
			first, second := min(m.line(key), m.line(name)), max(m.line(key), m.line(name))
			return &lineError{line: second, msg: fmt.Sprintf("front matter: %s is given twice, %s; keep one", name, decode.OnLines(first, second))}
		}
		m.values[name], m.lines[name] = m.values[key], m.line(key)
		delete(m.values, key)
		delete(m.lines, key)
	}
	return nil
}

// hugoFields are front matter fields of Hugo's that look like vestis's
// (images, image) but are no misspelling: Hugo sites write them, and they
// stay in .Params for layouts.
var hugoFields = map[string]bool{"images": true, "authors": true, "videos": true, "keywords": true, "linktitle": true, "series": true}

// shortWords are short front matter keys that sites use for their own
// values, one letter from a built-in field: no misspelling of it.
var shortWords = map[string]bool{"data": true, "dates": true, "tag": true, "urls": true}

// unknownKeys warns of fields that look like a misspelt known one (titel,
// descripton): vestis would pass them to layouts as .Params and ignore them.
// On a page of a declared type, every field the type does not declare is
// one (typed is the type's name, or "").
func unknownKeys(m *matter, known []string, typed string) []*lineError {
	var warns []*lineError
	for key := range m.values {
		if fieldName(key, known) != "" {
			continue
		}
		found := false
		// A short key is compared with the built-in fields alone (draf for
		// draft published a draft, dat for date left the page undated, in
		// silence): a site's own short params (img, toc) are more often
		// near one another than misspelt.
		names := append(Fields[:len(Fields):len(Fields)], known...)
		if len(key) < 5 && typed == "" {
			names = Fields
		}
		if len(key) >= 3 && !hugoFields[strings.ToLower(key)] && !shortWords[strings.ToLower(key)] || typed != "" {
			for _, name := range names {
				if config.Typo(strings.ToLower(key), strings.ToLower(name)) {
					warns = append(warns, &lineError{line: m.line(key), key: name, misspelt: key, msg: fmt.Sprintf("front matter: %q is not a field vestis reads; did you mean %q?", key, name)})
					found = true
					break
				}
			}
		}
		switch {
		case !found && typed != "":
			warns = append(warns, &lineError{line: m.line(key), msg: fmt.Sprintf("front matter: %q is not a field of type %s; declare it in site.yaml or move it under params", key, typed)})
		case !found && otherScript(key):
			// Translated with the page's text (दिनांक for date): the page
			// lost its date in silence. One warning for every page that
			// has the key.
			cause := fmt.Sprintf("front matter: %q is not a field vestis reads: field names stay in English whatever the page's language (title, date, tags, ...); if it was translated with the text, write the English name; as it is, only layouts see it (.Params)", key)
			warns = append(warns, &lineError{line: m.line(key), msg: cause, cause: cause})
		}
	}
	slices.SortFunc(warns, func(a, b *lineError) int { return a.line - b.line })
	return warns
}

// otherScript reports whether key is written in letters of a script other
// than Latin alone (दिनांक, 标题, заголовок): none of vestis's or Hugo's
// field names, nor most themes' params.
func otherScript(key string) bool {
	letters := false
	for _, r := range key {
		if unicode.IsLetter(r) {
			if unicode.Is(unicode.Latin, r) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// decodeMeta types the front matter: the built-in fields, the taxonomies and
// the fields of the page's type t (checked when page is true: a section's
// _index file is not one of its pages). It returns errors, and warnings of
// fields that look misspelt or that the type does not declare.
func decodeMeta(m *matter, t *config.Type, page bool, taxonomies []string, loc *time.Location, years config.Years, outputs []string, hugo bool) (Meta, []*lineError, []*lineError) {
	if loc == nil {
		loc = time.UTC
	}
	if t == nil {
		t = config.Generic()
	}
	known := slices.Concat(taxonomies, t.FieldNames(), []string{"tags", "params"})
	typed := ""
	if page && t.Name != "" {
		typed = t.Name
	}
	if err := canonicalKeys(m, known); err != nil {
		return Meta{}, []*lineError{err}, nil
	}
	if err := controlInValues(m); err != nil {
		return Meta{}, []*lineError{err}, nil
	}
	if m.toml != nil {
		// TOML's lines are found when asked for, and the TOML is not kept:
		// find now those of the fields the site later names in errors (an
		// alias or url two pages give).
		for _, key := range slices.Concat([]string{"aliases", "url", "slug", "translationKey", "image"}, taxonomies) {
			if _, ok := m.values[key]; ok {
				m.line(key)
			}
		}
	}
	d := &fieldDecoder{m: m, loc: loc, years: years, outputs: outputs}
	// A placeholder shows another language's page: its type's fields are not
	// required of it.
	untranslated := d.flag("untranslated")
	meta := Meta{
		Title:          d.str("title"),
		Description:    d.str("description"),
		Summary:        d.str("summary"),
		Author:         d.loose("author", ", ", "name", "displayName"),
		Image:          d.loose("image", ""),
		Slug:           d.str("slug"),
		URL:            d.str("url"),
		TranslationKey: d.str("translationKey"),
		Date:           d.date("date"),
		Lastmod:        d.date("lastmod"),
		PublishDate:    d.date("publishDate"),
		ExpiryDate:     d.date("expiryDate"),
		Draft:          d.boolean("draft"),
		Untranslated:   untranslated,
		Weight:         d.integer("weight"),
		Fallback:       d.flag("fallback"),
		Build:          d.build(),
		Cascade:        d.cascade(),
		Params:         d.params(),
		Aliases:        d.list("aliases"),
		Fields:         d.typedFields(t, page && !untranslated),
		Layout:         d.hugoText(t, "layout"),
		LayoutType:     d.hugoText(t, "type"),
		lines:          newKeyLines(m.lines),
		start:          m.start,
	}
	d.hugoFields(t)
	d.resources()
	d.fundingNotice()
	if n := distinct(meta.Aliases, MaxAliases); n > MaxAliases {
		d.fail("aliases", "%d aliases, more than the %d one page may have (each is a file of its own: 100,000 on one page took most of a minute to build); is a text pasted into the list? Many old addresses are better sent on by the web server's own redirects", n, MaxAliases)
		meta.Aliases = nil
	}
	for _, tax := range taxonomies {
		var vals []string
		if f := t.Field(tax); f != nil {
			switch x := meta.Fields[tax].(type) {
			case []string:
				vals = x
			case string:
				if x != "" {
					vals = []string{x}
				}
			}
		} else if tax == "author" {
			if _, many := d.m.values[tax].([]any); many {
				vals = d.list(tax) // each author a term
			} else if v := d.loose(tax, ", ", "name", "displayName"); v != "" {
				vals = []string{v} // the one author is the page's one term
			}
		} else {
			vals = d.list(tax)
		}
		if n := distinct(vals, MaxTerms); n > MaxTerms {
			d.fail(tax, "%d terms, more than the %d one page may name (each term is a page of its own, with its feeds: 100,000 tags on one page took seven minutes to build); is a text pasted into the list?", n, MaxTerms)
			continue
		}
		if len(vals) > 0 {
			// Terms repeat from page to page (a site's few dozen tags on
			// most of its pages): one copy of each for the whole build.
			for i, v := range vals {
				vals[i] = unique.Make(v).Value()
			}
			meta.Terms = append(meta.Terms, TaxonomyTerms{tax, vals})
		}
	}
	warns := append(append(unknownKeys(m, known, typed), d.warns...), m.warns...)
	// A misspelt draft: true would publish what its writer held back, which
	// no later build can take back from readers: an error, not a warning.
	for _, w := range warns {
		if v := m.values[w.misspelt]; w.key == "draft" && !meta.Draft && v != nil && v != false && !blank(v) {
			d.errs = append(d.errs, &lineError{line: w.line, msg: fmt.Sprintf("front matter: %q is not a field vestis reads, so the page would be published, not kept back as a draft; write draft: true", w.misspelt)})
		}
	}
	switch {
	case len(d.errs) > 0 || meta.Title != "" || meta.Untranslated || meta.Build.Render == "never": // a page never rendered shows no title
	case m.start == 0:
		// Hugo builds such a page; it is titled after its file (TitleFromName).
		warns = append(warns, &lineError{line: 1, msg: `the file has no front matter, so the page is titled after its file name; to title it, begin the file with a line "---", then "title: ...", then a line "---"`, untitled: true})
	default:
		misspelt := false
		for _, w := range unknownKeys(m, known, "") {
			if w.key == "title" && !hugo {
				return meta, []*lineError{{line: w.line, msg: "front matter: title is missing; " + strings.TrimPrefix(w.msg, "front matter: ")}}, nil
			}
			misspelt = misspelt || w.key == "title"
		}
		if misspelt {
			// Hugo publishes the page without its title (titel:, a
			// Dutch writer's): the warning of the misspelt key says
			// so, and the page is titled after its file.
			for _, w := range warns {
				if w.key == "title" && !w.untitled {
					w.home = w.msg // the home page is titled after the site
					w.msg, w.untitled = "front matter: title is missing, so the page is titled after its file name; "+strings.TrimPrefix(w.msg, "front matter: "), true
				}
			}
			break
		}
		warns = append(warns, &lineError{line: m.line("title"), msg: "front matter: title: is missing or empty, so the page is titled after its file name; give it a title", untitled: true})
	}
	slices.SortStableFunc(d.errs, func(a, b *lineError) int { return a.line - b.line })
	if meta.Lastmod.IsZero() {
		meta.Lastmod = meta.Date
	}
	if meta.PublishDate.IsZero() {
		meta.PublishDate = meta.Date
	}
	slices.SortStableFunc(warns, func(a, b *lineError) int { return a.line - b.line })
	// Hugo (0.123 on) reads a page's own params from a params map as well
	// as from top-level keys: .Params.contact is params: {contact: …} unless
	// a top-level contact is given.
	if nested, ok := meta.Params["params"].(map[string]any); ok {
		for k, v := range nested {
			if _, set := meta.Params[k]; !set {
				meta.Params[k] = v
			}
		}
	}
	return meta, d.errs, warns
}

// controlInValues finds a control character or U+FEFF that an escape wrote into a
// front matter text ("\e" in YAML, "\u001b" or "\ufeff" in TOML or JSON), which the scan
// of the file's bytes cannot see, at any depth of any field.
func controlInValues(m *matter) *lineError {
	var find func(v any) (rune, bool)
	find = func(v any) (rune, bool) {
		switch v := v.(type) {
		case string:
			if i := indexControl(v); i >= 0 {
				r, _ := utf8.DecodeRuneInString(v[i:])
				return r, true
			}
		case []any:
			for _, x := range v {
				if r, ok := find(x); ok {
					return r, true
				}
			}
		case map[string]any:
			for _, x := range v {
				if r, ok := find(x); ok {
					return r, true
				}
			}
		case []map[string]any: // TOML's arrays of tables
			for _, x := range v {
				if r, ok := find(x); ok {
					return r, true
				}
			}
		}
		return 0, false
	}
	for _, key := range slices.Sorted(maps.Keys(m.values)) {
		if r, ok := find(m.values[key]); ok {
			msg := fmt.Sprintf("front matter: %s: contains %s, which a web page may not hold; delete it", key, invisible(r))
			if r == '\ufeff' {
				msg = fmt.Sprintf("front matter: %s: contains %s, which makes this text another text that looks the same; delete it", key, invisible(r))
			}
			if esc, ok := shortEscapes[r]; ok && (m.toml == nil && !m.json || r == '\b' || r == '\f') { // TOML's and JSON's are \b and \f
				// LaTeX ("$\beta$") and Windows paths in double quotes.
				msg = fmt.Sprintf(`front matter: %s: %s inside double quotes is the escape of the invisible control character U+%04X, which a web page may not hold, not a backslash and a letter: to write a backslash, double it (\%s)`, key, esc, r, esc)
				if !m.json {
					msg += ", or put the value in single quotes"
				}
			}
			return &lineError{line: m.line(key), msg: msg}
		}
	}
	return nil
}

// shortEscapes are the escapes of double-quoted YAML text that write a
// control character with a backslash and one letter or digit.
var shortEscapes = map[rune]string{0x00: `\0`, 0x07: `\a`, 0x08: `\b`, 0x0B: `\v`, 0x0C: `\f`, 0x1B: `\e`}
