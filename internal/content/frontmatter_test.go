package content

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/vestis-ssg/vestis/internal/config"
)

// TestHostileFrontMatter: front matter that would crash, hang or silently
// mislead gets one error at its line in the .md file.
func TestHostileFrontMatter(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	laughs := "---\ntitle: A\n" + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 1; i <= 9; i++ {
		ref := "*a" + string(rune('0'+i-1))
		laughs += "a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [" + strings.Repeat(ref+", ", 9) + ref + "]\n"
	}
	laughs += "---\n"
	tests := []struct {
		name, in, want string
	}{
		{"alias cycle", "---\ntitle: A\na: &a [1, *a]\n---\n",
			"content/x.md:3:11: front matter: alias *a is inside the value of its own anchor &a, so the value would never end"},
		{"alias cycle in a map", "\n---\ntitle: A\nparams: &p\n  self: *p\n---\n",
			"content/x.md:5:9: front matter: alias *p is inside the value of its own anchor &p, so the value would never end"},
		{"billion laughs", laughs,
			"content/x.md:8:20: front matter: aliases (*name) repeat the values of anchors (&name) too many times; write the values out, or use fewer aliases"},
		{"deep YAML", "---\ntitle: A\nx: " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n---\n",
			"content/x.md:3:203: front matter: lists and maps are nested more than 200 levels deep here (each [, { or deeper indentation inside another is a level); a bracket may be left open, or the text pasted into itself"},
		{"YAML deeper than its parser goes, never closed", "---\ntitle: A\nparams:\n  x: " + strings.Repeat("[", 20_000) + "\n---\n",
			"content/x.md:4:206: front matter: lists and maps are nested more than 200 levels deep here (each [, { or deeper indentation inside another is a level); a bracket may be left open, or the text pasted into itself"},
		{"deep TOML", "+++\ntitle = \"A\"\nx = " + strings.Repeat("[", 3_000_000) + strings.Repeat("]", 3_000_000) + "\n+++\n",
			"content/x.md:3:205: front matter: lists and tables nest more than 200 levels deep"},
		{"deep JSON", ";;;\n{\"title\": \"A\",\n\"x\": " + strings.Repeat("[", 3_000_000) + strings.Repeat("]", 3_000_000) + "}\n;;;\n",
			"content/x.md:3:205: front matter: lists and tables nest more than 200 levels deep"},
		{"50 MB title", "---\ntitle: " + strings.Repeat("a", 50<<20) + "\n---\n",
			"content/x.md:2: front matter: title: 51200 KB of text, more than the 1024 KB a field may have; put long text in the page's body"},
		{"JSON key twice", "{\n\"title\": \"A\",\n\"title\": \"B\"\n}\n",
			"content/x.md:3: front matter: title is given twice, on lines 2 and 3; keep one"},
		{"YAML unclosed list", "---\ntitle: A\ntags: [a, b\n---\n",
			`content/x.md:3: front matter: tags: the list opened with [ is not closed on this line: end it with ], or, for a text that starts with [, put the whole value in quotes, as in title: "[Draft] News"`},
		{"YAML list closed with }", "---\ntitle: A\nparams: {a: [b}\n---\n",
			`content/x.md:3: front matter: params: the list opened with [ is not closed on this line: end it with ], or, for a text that starts with [, put the whole value in quotes, as in title: "[Draft] News"`},
		{"YAML parser error", "---\ntitle: A\n- b\n---\n",
			"content/x.md:3: front matter: this list item (- ...) follows other keys: a list's items go right below their key's line, as under tags:, with no other key between"},
		{"TOML local time as expiry date", "+++\ntitle = \"A\"\n\nexpiryDate = 10:00:00\n+++\n",
			"content/x.md:4: front matter: expiryDate: want a date written year-month-day, as in 2024-05-19, got the time of day 10:00:00 with no date"},
		{"TOML local time as date", "+++\ntitle = \"A\"\ndate = 07:30:00\n+++\n",
			"content/x.md:3: front matter: date: want a date written year-month-day, as in 2024-05-19, got the time of day 07:30:00 with no date"},
		{"TOML bool as lastmod", "+++\ntitle = \"A\"\n# x\nlastmod = true\n+++\n",
			"content/x.md:4: front matter: lastmod: want a date written year-month-day, as in 2024-05-19, got true"},
		{"JSON local time text", ";;;\n{\"title\": \"A\",\n\"expiryDate\": \"10:00\"}\n;;;\n",
			`content/x.md:3: front matter: expiryDate: cannot read "10:00" as a date; write year-month-day, as in 2024-05-19`},
		// A number no page can show, in a param or a field of any format,
		// quoted as written: a template printed +Inf, NaN or 1e400.
		{"YAML infinite param", "---\ntitle: A\nparams:\n  x: [1, .Inf]\n---\n",
			"content/x.md:4:10: front matter: params: x: item 2: .Inf is no number a page can show (it would print as +Inf); write a number, or put it in quotes to mean the text"},
		{"YAML NaN title", "---\ntitle: .nan\n---\n",
			"content/x.md:2:8: front matter: title: .nan is no number a page can show (it would print as NaN); write a number, or put it in quotes to mean the text"},
		{"YAML number too large", "---\ntitle: A\nx: -1e400\n---\n",
			`content/x.md:3:4: front matter: x: -1e400 is too large a number for a computer to hold, which a page would show as the text "-1e400"; write a smaller number, or put it in quotes to mean the text`},
		{"YAML merged infinity", "---\ntitle: A\nd: &d {x: -.inf}\n<<: *d\n---\n",
			"content/x.md:3:11: front matter: d: x: -.inf is no number a page can show (it would print as -Inf)"},
		{"TOML infinite param", "+++\ntitle = \"A\"\n[params]\nx = +inf # inf\n+++\n",
			"content/x.md:4:5: front matter: params: x: +inf is no number a page can show (it would print as +Inf); write a number, or put it in quotes to mean the text"},
		{"TOML NaN", "+++\ntitle = \"A\"\nx = [\n  nan,\n]\n+++\n",
			"content/x.md:4:3: front matter: x: item 1: nan is no number a page can show (it would print as NaN)"},
		{"JSON number too large", "{\"title\": \"A\",\n\"x\": 1e400}\n",
			`content/x.md:2: front matter: x: 1e400 is too large a number for a computer to hold, which a page would show as the text "1e400"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, errs := Parse("content/x.md", []byte(tt.in), cfg)
			if p != nil || len(errs) != 1 {
				t.Fatalf("Parse = %v, %v; want one error", p, errs)
			}
			if got := errs[0].Error(); !strings.HasPrefix(got, tt.want) {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestNumbersAsWritten: a number in a text field is the text as written
// (title: 007 was "7", code: 1e300 "1e+300"), and a message quotes a
// number as written, not as Go writes it again.
func TestNumbersAsWritten(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ in, title string }{
		{"---\ntitle: 007\n---\n", "007"},
		{"---\ntitle: 2024.10\n---\n", "2024.10"},
		{"---\ntitle: 1e300\n---\n", "1e300"},
		{"+++\ntitle = 1e300\n+++\n", "1e300"},
		{"+++\ntitle = 0x1F # a comment\n+++\n", "0x1F"},
		{"{\"title\": 1.50}\n", "1.50"},
	} {
		p, errs := Parse("content/x.md", []byte(tt.in), cfg)
		if len(errs) > 0 {
			t.Errorf("%q: %v", tt.in, errs)
			continue
		}
		if p.Meta.Title != tt.title {
			t.Errorf("%q: title %q, want %q", tt.in, p.Meta.Title, tt.title)
		}
	}
	for in, want := range map[string]string{
		"---\ntitle: A\nweight: 1e300\n---\n":                "content/x.md:3: front matter: weight: 1e300 is too large a number",
		"---\ntitle: A\nweight: 99999999999999999999\n---\n": "content/x.md:3: front matter: weight: 99999999999999999999 is too large a number",
		"+++\ntitle = \"A\"\nweight = 1E300\n+++\n":          "content/x.md:3: front matter: weight: 1E300 is too large a number",
		"{\"title\": \"A\",\n\"weight\": 1e300}\n":           "content/x.md:2: front matter: weight: 1e300 is too large a number",
	} {
		_, errs := Parse("content/x.md", []byte(in), cfg)
		if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), want) {
			t.Errorf("%q: errors %v, want %s", in, errs, want)
		}
	}
}

// TestTOMLDatesInSiteZone: a TOML date without an offset is a day in the
// site's time zone, as a YAML one is, not in the computer's.
func TestTOMLDatesInSiteZone(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\ntimeZone: Europe/Riga\n"))
	if err != nil {
		t.Fatal(err)
	}
	p, errs := Parse("content/x.md", []byte("+++\ntitle = \"A\"\ndate = 2024-05-19\npublishDate = 2024-05-19T10:00:00\n+++\n"), cfg)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if got := p.Meta.Date.Format("2006-01-02 15:04 MST"); got != "2024-05-19 00:00 EEST" {
		t.Errorf("date = %s, want 2024-05-19 00:00 EEST", got)
	}
	if got := p.Meta.PublishDate.Format("2006-01-02 15:04 MST"); got != "2024-05-19 10:00 EEST" {
		t.Errorf("publishDate = %s, want 2024-05-19 10:00 EEST", got)
	}
}

// TestScalarsAsHugoReadsThem: values some editors quote or write alone
// (weight: "3", draft: "false", aliases: /old/, tags: riga) are read as
// Hugo reads them; a list written as "a, b" and text that is no number or
// yes-or-no stay errors.
func TestScalarsAsHugoReadsThem(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\ntaxonomies: [tags]\n"))
	if err != nil {
		t.Fatal(err)
	}
	p, errs := Parse("content/x.md", []byte("---\ntitle: A\nweight: \" 3\"\ndraft: \"False\"\naliases: /old/\ntags: riga\n---\n"), cfg)
	if len(errs) > 0 {
		t.Fatalf("Parse: %v", errs)
	}
	for _, fm := range []string{"---\ntitle: A\ndate: 1700000000\n---\n", "{\"title\": \"A\", \"date\": 1700000000}\n", "+++\ntitle = \"A\"\ndate = 1700000000\n+++\n"} {
		q, errs := Parse("content/x.md", []byte(fm), cfg)
		if want := time.Unix(1700000000, 0); len(errs) > 0 || !q.Meta.Date.Equal(want) {
			t.Errorf("%q: date %v, errors %v; want %v (seconds since 1970, as Hugo reads them)", fm, q.Meta.Date, errs, want)
		}
	}
	if m := p.Meta; m.Weight != 3 || m.Draft || len(m.Aliases) != 1 || m.Aliases[0] != "/old/" || len(m.Terms.Of("tags")) != 1 || m.Terms.Of("tags")[0] != "riga" {
		t.Errorf("weight %d, draft %v, aliases %q, tags %q; want 3, false, [/old/], [riga]", m.Weight, m.Draft, m.Aliases, m.Terms.Of("tags"))
	}
	for in, want := range map[string]string{
		"weight: \"3.5\"":   `content/x.md:3: front matter: weight: want a whole number, got "3.5"`,
		"draft: \"maybe\"":  `content/x.md:3: front matter: draft: want true or false, got "maybe"`,
		"tags: riga, cēsis": `content/x.md:3: front matter: tags: want a list such as [a, b], got "riga, cēsis"`,
		// params: is where Hugo reads a page's own fields from; anything but
		// a map was silently no field at all.
		"params: zila":   `content/x.md:3: front matter: params: want a map of the page's own fields, such as params: {color: blue}, got "zila"`,
		"params: [a, b]": `content/x.md:3: front matter: params: want a map of the page's own fields, such as params: {color: blue}, got a list, [a, b]`,
	} {
		_, errs := Parse("content/x.md", []byte("---\ntitle: A\n"+in+"\n---\n"), cfg)
		if len(errs) != 1 || errs[0].Error() != want {
			t.Errorf("%s: errors %v, want %s", in, errs, want)
		}
	}
}

// TestEmptyFieldsAsHugoReadsThem: a field left empty by a content editor
// (weight: "", date: "", draft: "", as Forestry writes them; summary: [],
// as a theme's archetype leaves it) is a field not given, as in Hugo: the
// page builds, without error or warning, and keeps its title and text.
func TestEmptyFieldsAsHugoReadsThem(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\ntaxonomies: [tags]\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, fm := range []string{
		"---\ntitle: A\nweight: ''\ndate: ''\nlastmod: \" \"\npublishDate: ''\nexpiryDate: ''\ndraft: ''\nheadless: ''\n---\nText\n",
		"---\ntitle: A\nsummary: []\ndescription: {}\n---\nText\n",
		"+++\ntitle = \"A\"\nweight = \"\"\ndate = \"\"\ndraft = \"\"\n+++\nText\n",
		"{\"title\": \"A\", \"weight\": \"\", \"date\": \"\", \"draft\": \"\"}\nText\n",
	} {
		p, errs := Parse("content/x.md", []byte(fm), cfg)
		if len(errs) > 0 {
			t.Errorf("%q: errors %v, want none", fm, errs)
			continue
		}
		if len(p.Warnings) > 0 {
			t.Errorf("%q: warnings %v, want none", fm, p.Warnings)
		}
		if m := p.Meta; m.Title != "A" || m.Summary != "" || m.Description != "" || m.Weight != 0 || m.Draft || !m.Date.IsZero() || !m.Lastmod.IsZero() || !m.PublishDate.IsZero() || !m.ExpiryDate.IsZero() {
			t.Errorf("%q: title %q, weight %d, draft %v, dates %v %v %v %v; want A, 0, false and no dates", fm, m.Title, m.Weight, m.Draft, m.Date, m.Lastmod, m.PublishDate, m.ExpiryDate)
		}
	}
}

// TestYAMLKeyTwice: a YAML front matter key given twice is read as Hugo
// reads it, the last value winning, with a warning at the line of each
// later one that names both lines; in TOML, which Hugo refuses too, it
// stays an error.
func TestYAMLKeyTwice(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	p, errs := Parse("content/x.md", []byte("---\ntitle: First\ndate: 2024-05-19\nparams: {a: 1, a: 2}\ntitle: Second\ntitle: Third\n---\nText\n"), cfg)
	if len(errs) > 0 {
		t.Fatalf("errors %v, want none", errs)
	}
	if p.Meta.Title != "Third" || p.Meta.Params["params"].(map[string]any)["a"] != 2 {
		t.Errorf("title %q, params %v; want the last values, Third and a: 2", p.Meta.Title, p.Meta.Params["params"])
	}
	var got []string
	for _, w := range p.Warnings {
		got = append(got, w.Error())
	}
	want := []string{
		"content/x.md:4: front matter: a is given twice, both on line 4; the last is used, as in Hugo: delete the other",
		"content/x.md:5: front matter: title is given twice, on lines 2 and 5; the last is used, as in Hugo: delete the other",
		"content/x.md:6: front matter: title is given twice, on lines 5 and 6; the last is used, as in Hugo: delete the other",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	_, errs = Parse("content/x.md", []byte("+++\ntitle = \"A\"\ntitle = \"B\"\n+++\n"), cfg)
	if len(errs) != 1 {
		t.Errorf("TOML key twice: errors %v, want one", errs)
	}
}

// TestDatesAsHugoReadsThem: every date form Hugo 0.111 reads is read to the
// same instant; a number Hugo reads as a date no reader means (a year alone
// is 1970-01-01 00:33:42 there) is read as what it says, or left out, with
// a warning naming the line and the value, never an error.
func TestDatesAsHugoReadsThem(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	plus1 := time.FixedZone("", 3600)
	tests := []struct {
		value string // as written in YAML
		want  time.Time
		warn  string // the warning, "" for none
	}{
		{`"Mon, 02 Jan 2006 15:04:05 -0700"`, time.Date(2006, 1, 2, 15, 4, 5, 0, time.FixedZone("", -7*3600)), ""},
		{`"Mon, 02 Jan 2006 15:04:05 UTC"`, time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC), ""},
		{`"2006-01-02 15:04:05 +01:00"`, time.Date(2006, 1, 2, 15, 4, 5, 0, plus1), ""},
		{`"2006-01-02 15:04:05 +0100"`, time.Date(2006, 1, 2, 15, 4, 5, 0, plus1), ""},
		{`"2006-01-02 15:04:05+0100"`, time.Date(2006, 1, 2, 15, 4, 5, 0, plus1), ""},
		{`"2006-01-02T15:04:05+0100"`, time.Date(2006, 1, 2, 15, 4, 5, 0, plus1), ""},
		{`"2006-01-02 15:04:05Z"`, time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC), ""},
		{`"2006-01-02T15:04:05.123Z"`, time.Date(2006, 1, 2, 15, 4, 5, 123e6, time.UTC), ""},
		{`"2006-01-02 15:04"`, time.Date(2006, 1, 2, 15, 4, 0, 0, time.UTC), ""},
		{`"02 Jan 2006"`, time.Date(2006, 1, 2, 0, 0, 0, 0, time.UTC), ""},
		{`"Monday, 02-Jan-06 15:04:05 UTC"`, time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC), ""},
		{`"Mon Jan  2 15:04:05 2006"`, time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC), ""},
		{`"02 Jan 06 15:04 +0100"`, time.Date(2006, 1, 2, 15, 4, 0, 0, plus1), ""},
		{`1700000000`, time.Unix(1700000000, 0), ""},
		{`1.7e9`, time.Unix(1700000000, 0), ""},
		{`2022`, time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC),
			"content/x.md:3: front matter: date: 2022 is a year alone, read as 1 January 2022; write the day, as in 2022-05-19 (Hugo reads the number as seconds since 1970: 1970-01-01 00:33:42)"},
		{`"2022"`, time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC),
			"content/x.md:3: front matter: date: 2022 is a year alone, read as 1 January 2022; write the day, as in 2022-05-19 (Hugo reads the number as seconds since 1970: 1970-01-01 00:33:42)"},
		{`20220519`, time.Date(2022, 5, 19, 0, 0, 0, 0, time.UTC),
			"content/x.md:3: front matter: date: 20220519 is read as 2022-05-19; write it so, with dashes (Hugo reads the number as seconds since 1970: 1970-08-23 00:48:39)"},
		{`1700000000000`, time.UnixMilli(1700000000000),
			"content/x.md:3: front matter: date: 1700000000000 is read as milliseconds since 1970, 2023-11-14 22:13:20; write the date, as in 2023-11-14 (Hugo reads the number as seconds, which puts it in the year 55840)"},
		{`0`, time.Time{},
			"content/x.md:3: front matter: date: 0 is not a date, so it is left out; write year-month-day, as in 2024-05-19 (Hugo reads the number as seconds since 1970: 1970-01-01 00:00:00)"},
		{`-5`, time.Time{},
			"content/x.md:3: front matter: date: -5 is not a date, so it is left out; write year-month-day, as in 2024-05-19 (Hugo reads the number as seconds since 1970: 1969-12-31 23:59:55)"},
		{`2022.5`, time.Time{},
			"content/x.md:3: front matter: date: 2022.5 is not a date, so it is left out; write year-month-day, as in 2024-05-19"},
		{`99999999999999999999`, time.Time{},
			"content/x.md:3: front matter: date: 99999999999999999999 is not a date, so it is left out; write year-month-day, as in 2024-05-19"},
		// A year outside the site's (1900 to 2100 unless site.yaml years says
		// otherwise) is most likely a typo: the page is dated, and warned of.
		{`0000-01-01`, time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC),
			"content/x.md:3: front matter: date: 0000-01-01 is in the year 0, outside the years 1900 to 2100 that this site's dates are in, so it is most likely a typo; check the year (if it is right, widen years in site.yaml, as in years: {from: 0, to: 2100})"},
		{`"0024-05-19"`, time.Date(24, 5, 19, 0, 0, 0, 0, time.UTC),
			"content/x.md:3: front matter: date: 0024-05-19 is in the year 24, outside the years 1900 to 2100 that this site's dates are in, so it is most likely a typo; check the year (if it is right, widen years in site.yaml, as in years: {from: 24, to: 2100})"},
		{`2204-05-19`, time.Date(2204, 5, 19, 0, 0, 0, 0, time.UTC),
			"content/x.md:3: front matter: date: 2204-05-19 is in the year 2204, outside the years 1900 to 2100 that this site's dates are in, so it is most likely a typo; check the year (if it is right, widen years in site.yaml, as in years: {from: 1900, to: 2204})"},
		{`1900-01-01`, time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), ""},
		{`2100-12-31T23:00:00Z`, time.Date(2100, 12, 31, 23, 0, 0, 0, time.UTC), ""},
		{`20221340`, time.Time{},
			"content/x.md:3: front matter: date: 20221340 is not a date, so it is left out; write year-month-day, as in 2024-05-19 (Hugo reads the number as seconds since 1970: 1970-08-23 01:02:20)"},
	}
	for _, tt := range tests {
		for _, key := range []string{"date", "lastmod", "publishDate", "expiryDate"} {
			p, errs := Parse("content/x.md", []byte("---\ntitle: A\n"+key+": "+tt.value+"\n---\n"), cfg)
			if len(errs) > 0 {
				t.Errorf("%s: %s: errors %v, want none", key, tt.value, errs)
				continue
			}
			got := map[string]time.Time{"date": p.Meta.Date, "lastmod": p.Meta.Lastmod, "publishDate": p.Meta.PublishDate, "expiryDate": p.Meta.ExpiryDate}[key]
			if !got.Equal(tt.want) {
				t.Errorf("%s: %s = %v, want %v", key, tt.value, got, tt.want)
			}
			var warns []string
			for _, w := range p.Warnings {
				warns = append(warns, w.Error())
			}
			want := strings.ReplaceAll(tt.warn, "date: ", key+": ")
			if want == "" && len(warns) > 0 || want != "" && (len(warns) != 1 || warns[0] != want) {
				t.Errorf("%s: %s: warnings %q, want %q", key, tt.value, warns, want)
			}
		}
	}
}

// TestAuthorAsThemesWriteIt: an author given as text, as a list of names or
// as a map with a name (themes read .Params.author.name) is the page's
// author, the field kept in its params as written; a map without a name is
// no author; with an author taxonomy a list makes one term per name.
func TestAuthorAsThemesWriteIt(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\ntaxonomies: [author]\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		fm, want, terms, warning string
	}{
		{fm: "author: Anna Bērziņa", want: "Anna Bērziņa", terms: "Anna Bērziņa"},
		{fm: "author: [Anna, Jānis]", want: "Anna, Jānis", terms: "Anna|Jānis"},
		{fm: "author:\n  name: Anna\n  image: anna.png", want: "Anna", terms: "Anna"},
		{fm: "author:\n  image: anna.png"}, // no name: no author, the map kept
	} {
		p, errs := Parse("content/x.md", []byte("---\ntitle: A\n"+tc.fm+"\n---\nText\n"), cfg)
		if len(errs) > 0 {
			t.Errorf("%q: errors %v, want none", tc.fm, errs)
			continue
		}
		if p.Meta.Author != tc.want {
			t.Errorf("%q: author %q, want %q", tc.fm, p.Meta.Author, tc.want)
		}
		var terms []string
		for _, tt := range p.Meta.Terms {
			terms = append(terms, tt.Names...)
		}
		if got := strings.Join(terms, "|"); got != tc.terms {
			t.Errorf("%q: terms %q, want %q", tc.fm, got, tc.terms)
		}
		if p.Meta.Params["author"] == nil {
			t.Errorf("%q: the author is not kept in the params", tc.fm)
		}
		var warned []string
		for _, w := range p.Warnings {
			warned = append(warned, w.Error())
		}
		if got := strings.Join(warned, "\n"); tc.warning == "" && got != "" || !strings.Contains(got, tc.warning) {
			t.Errorf("%q: warnings %q, want %q", tc.fm, got, tc.warning)
		}
	}
}

// TestYearsOfTheSite: site.yaml years widens the years a date is expected
// in (an archive of older programs), for the built-in dates and a type's date
// fields alike; a span that ends before it begins is an error at its line.
func TestYearsOfTheSite(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\nyears: {from: 1850}\ntypes:\n  events:\n    sections: [events]\n    fields:\n      start: {kind: date}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ file, text, warn string }{
		{"content/x.md", "---\ntitle: A\ndate: 1861-03-01\n---\n", ""},
		{"content/x.md", "---\ntitle: A\ndate: 1849-12-31\n---\n",
			"content/x.md:3: front matter: date: 1849-12-31 is in the year 1849, outside the years 1850 to 2100 that this site's dates are in, so it is most likely a typo; check the year (if it is right, widen years in site.yaml, as in years: {from: 1849, to: 2100})"},
		{"content/events/e.md", "---\ntitle: A\nstart: 0202-06-01\n---\n",
			"content/events/e.md:3: front matter: start: 0202-06-01 is in the year 202, outside the years 1850 to 2100 that this site's dates are in, so it is most likely a typo; check the year (if it is right, widen years in site.yaml, as in years: {from: 202, to: 2100})"},
	} {
		var ty *config.Type
		if strings.HasPrefix(tt.file, "content/events/") {
			ty = cfg.TypeOf("events")
		}
		p, errs := ParseAs(tt.file, []byte(tt.text), cfg, ty)
		if len(errs) > 0 {
			t.Errorf("%q: errors %v, want none", tt.text, errs)
			continue
		}
		var warns []string
		for _, w := range p.Warnings {
			warns = append(warns, w.Error())
		}
		if tt.warn == "" && len(warns) > 0 || tt.warn != "" && (len(warns) != 1 || warns[0] != tt.warn) {
			t.Errorf("%q: warnings %q, want %q", tt.text, warns, tt.warn)
		}
	}
	_, err = config.Parse("site.yaml", []byte("languages: {lv: {}}\nyears: {from: 2100, to: 1900}\n"))
	if want := "site.yaml:2: years: from (2100) is after to (1900); give the first and the last year the site's dates are in"; err == nil || err.Error() != want {
		t.Errorf("years backwards: error %v, want %q", err, want)
	}
}

// TestYesNoWords: the words YAML 1.1 reads as booleans (draft: no, as an
// NGO's site wrote ten of its posts, headless: yes) are read as Hugo's YAML
// reads them, not an error stopping the build; other words stay errors.
func TestYesNoWords(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		draft string
		want  bool
	}{
		{"no", false}, {"No", false}, {"NO", false}, {"n", false}, {"off", false}, {"Off", false}, {"false", false},
		{"yes", true}, {"Yes", true}, {"YES", true}, {"y", true}, {"on", true}, {"ON", true}, {"true", true},
	} {
		p, errs := Parse("content/x.md", []byte("---\ntitle: A\ndraft: "+tt.draft+"\n---\n"), cfg)
		if len(errs) > 0 || p.Meta.Draft != tt.want {
			t.Errorf("draft: %s: draft %v, errors %v; want %v", tt.draft, p.Meta.Draft, errs, tt.want)
		}
	}
	for _, in := range []string{"draft: nope", "draft: yEs", "draft: 2", `draft: "maybe"`, "draft = 'maybe'"} {
		if strings.Contains(in, "=") {
			in = "+++\n" + in + "\n+++\n"
		} else {
			in = "---\ntitle: A\n" + in + "\n---\n"
		}
		if _, errs := Parse("content/x.md", []byte(in), cfg); len(errs) != 1 || !strings.Contains(errs[0].Error(), "draft: want true or false") {
			t.Errorf("%s: errors %v, want one that asks for true or false", in, errs)
		}
	}
}

// TestQuotedYesNo: a yes-or-no field of Hugo's written as text in quotes
// (YAML "yes", or any TOML or JSON text) is read as Hugo reads it, through
// Go's strconv.ParseBool: "true", "t" and "1" are yes, every other text no,
// "yes" and "on" too, which Hugo publishes; those get a warning at their
// line, as the writer surely meant yes. 1 and 0 are numbers Hugo reads too.
func TestQuotedYesNo(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		file    string
		draft   bool
		warning string
	}{
		{"---\ntitle: A\ndraft: \"yes\"\n---\n", false, `content/x.md:3: front matter: draft: "yes" in quotes is text, which reads as no, as in Hugo; to say yes, write draft: true without quotes`},
		{"---\ntitle: A\ndraft: 'On'\n---\n", false, `draft: "On" in quotes is text`},
		{"---\ntitle: A\ndraft: \"no\"\n---\n", false, ""},
		{"---\ntitle: A\ndraft: \"true\"\n---\n", true, ""},
		{"---\ntitle: A\ndraft: \"t\"\n---\n", true, ""},
		{"---\ntitle: A\ndraft: \"1\"\n---\n", true, ""},
		{"---\ntitle: A\ndraft: \"FALSE\"\n---\n", false, ""},
		{"---\ntitle: A\ndraft: 1\n---\n", true, ""},
		{"---\ntitle: A\ndraft: 0\n---\n", false, ""},
		{"---\ntitle: A\nheadless: \"yes\"\n---\n", false, `headless: "yes" in quotes is text`},
		{"+++\ntitle = \"A\"\ndraft = \"yes\"\n+++\n", false, `content/x.md:3: front matter: draft: "yes" in quotes is text`},
		{"+++\ntitle = \"A\"\ndraft = \"true\"\n+++\n", true, ""},
		{"{\"title\": \"A\",\n\"draft\": \"on\"}\n", false, `draft: "on" in quotes is text`},
	} {
		p, errs := Parse("content/x.md", []byte(tt.file), cfg)
		if len(errs) > 0 || p.Meta.Draft != tt.draft {
			t.Errorf("%q: draft %v, errors %v; want %v", tt.file, p.Meta.Draft, errs, tt.draft)
			continue
		}
		var warns []string
		for _, w := range p.Warnings {
			warns = append(warns, w.Error())
		}
		got := strings.Join(warns, "\n")
		if tt.warning == "" && got != "" || !strings.Contains(got, tt.warning) {
			t.Errorf("%q: warnings %q, want %q", tt.file, got, tt.warning)
		}
		if strings.Contains(tt.file, "headless") && p.Meta.Build.Render != "always" {
			t.Errorf("%q: render %q, want always (not headless, as in Hugo)", tt.file, p.Meta.Build.Render)
		}
	}
}

// TestYAMLMergeKey: a front matter map merged with "<<" (defaults written
// once behind an anchor) gives the page the keys it does not write itself,
// as Hugo's YAML reads them, so that a merged draft: true keeps the page
// back; the page's own keys win wherever the "<<" stands, and a merge of
// what is no map is an error at its line.
func TestYAMLMergeKey(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, fm     string
		draft        bool
		weight       int
		title, wrong string
	}{
		{"merged draft", "title: A\n<<: {draft: true, weight: 3}\n", true, 3, "A", ""},
		{"own keys win, after", "<<: {draft: true, title: B}\ntitle: A\ndraft: false\n", false, 0, "A", ""},
		{"own keys win, before", "title: A\ndraft: false\n<<: {draft: true}\n", false, 0, "A", ""},
		{"a list of maps, the first wins", "title: A\n<<: [{weight: 1}, {weight: 2, draft: true}]\n", true, 1, "A", ""},
		{"through an anchor", "title: A\ndefaults: &d {draft: true}\n<<: *d\n", true, 0, "A", ""},
		{"a YAML word merged", "title: A\n<<: {draft: yes}\n", true, 0, "A", ""},
		{"a YAML word merged from a list", "title: A\n<<: [{weight: 2}, {draft: on}]\n", true, 2, "A", ""},
		{"no map", "title: A\n<<: 5\n", false, 0, "", "content/x.md:3:5: front matter: <<: want a map or a list of maps to merge"},
		{"a typo merged", "title: A\n<<: {draftt: true}\n", false, 0, "", "content/x.md:3: front matter: \"draftt\" is not a field"},
	}
	for _, tt := range tests {
		p, errs := Parse("content/x.md", []byte("---\n"+tt.fm+"---\nTeksts.\n"), cfg)
		if tt.wrong != "" {
			if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), tt.wrong) {
				t.Errorf("%s: errors %v, want one starting %q", tt.name, errs, tt.wrong)
			}
			continue
		}
		if len(errs) > 0 {
			t.Errorf("%s: errors %v", tt.name, errs)
			continue
		}
		if p.Meta.Draft != tt.draft || p.Meta.Weight != tt.weight || p.Meta.Title != tt.title {
			t.Errorf("%s: draft %v, weight %d, title %q; want %v, %d, %q", tt.name, p.Meta.Draft, p.Meta.Weight, p.Meta.Title, tt.draft, tt.weight, tt.title)
		}
		if _, ok := p.Meta.Params["<<"]; ok {
			t.Errorf("%s: \"<<\" is a field of the page", tt.name)
		}
	}
}

// TestImpossibleDays: a date no calendar has is an error that says what is
// wrong with it (the days of that month, the month), not only that it
// cannot be read.
func TestImpossibleDays(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ date, want string }{
		{"2024-02-30", `content/x.md:3: front matter: date: cannot read "2024-02-30" as a date: February 2024 has 29 days`},
		{"2023-02-29", `content/x.md:3: front matter: date: cannot read "2023-02-29" as a date: February 2023 has 28 days`},
		{"2024-04-31T09:30:00", `content/x.md:3: front matter: date: cannot read "2024-04-31T09:30:00" as a date: April 2024 has 30 days`},
		{"2024-13-01", `content/x.md:3: front matter: date: cannot read "2024-13-01" as a date: there is no month 13; write year-month-day, as in 2024-05-19`},
		{"10000-01-01", `content/x.md:3: front matter: date: cannot read "10000-01-01" as a date: the year 10000 has more than four digits`},
		// The time of day after a good date: what is wrong with it, not
		// "write year-month-day", which it is.
		{"2024-05-01T24:00:00", `content/x.md:3: front matter: date: cannot read "2024-05-01T24:00:00" as a date: there is no hour 24; hours are 00 to 23 (the day's last minute is 23:59, its end 00:00 of the next day)`},
		{"2024-05-01 10:60", `content/x.md:3: front matter: date: cannot read "2024-05-01 10:60" as a date: there is no minute 60; minutes are 00 to 59`},
		{"2024-05-01T23:59:60Z", `content/x.md:3: front matter: date: cannot read "2024-05-01T23:59:60Z" as a date: there is no second 60; seconds are 00 to 59`},
		{"2024-05-01T10:00:00+25:00", `content/x.md:3: front matter: date: cannot read "2024-05-01T10:00:00+25:00" as a date: there is no time zone +25:00; zones are at most 14 hours from UTC: write it as in +03:00, or leave it out for the site's timeZone`},
		{"2024-05-01 10:00:00 +0399", `content/x.md:3: front matter: date: cannot read "2024-05-01 10:00:00 +0399" as a date: there is no time zone +0399; zones are at most 14 hours from UTC: write it as in +03:00, or leave it out for the site's timeZone`},
		// Offsets Go reads (up to 23:59) that no zone has.
		{"2024-05-01T10:00:00+15:00", `content/x.md:3: front matter: date: cannot read "2024-05-01T10:00:00+15:00" as a date: there is no time zone +15:00; zones are at most 14 hours from UTC: write it as in +03:00, or leave it out for the site's timeZone`},
		{"'2024-05-01 10:00:00 -2359'", `content/x.md:3: front matter: date: cannot read "2024-05-01 10:00:00 -2359" as a date: there is no time zone -23:59; zones are at most 14 hours from UTC: write it as in +03:00, or leave it out for the site's timeZone`},
		{"2024-05-01T9.30", `content/x.md:3: front matter: date: cannot read "2024-05-01T9.30" as a date; write year-month-day, as in 2024-05-19`},
	} {
		_, errs := Parse("content/x.md", []byte("---\ntitle: A\ndate: "+tt.date+"\n---\n"), cfg)
		if len(errs) != 1 || errs[0].Error() != tt.want {
			t.Errorf("date: %s: errors %v, want %q", tt.date, errs, tt.want)
		}
	}
	if p, errs := Parse("content/x.md", []byte("---\ntitle: A\ndate: 2024-05-01T10:00:00+14:00\n---\n"), cfg); len(errs) > 0 || p.Meta.Date.UTC().Day() != 30 || p.Meta.Date.UTC().Hour() != 20 {
		t.Errorf("+14:00, Kiribati's: errors %v, date %v", errs, p.Meta.Date)
	}
	if p, errs := Parse("content/x.md", []byte("---\ntitle: A\ndate: 2024-02-29\n---\n"), cfg); len(errs) > 0 || p.Meta.Date.Day() != 29 {
		t.Errorf("2024-02-29: errors %v, date %v", errs, p.Meta.Date)
	}
}

// TestFrontMatterErrorColumns checks that a mistake the parser places at a
// character (of syntax, or a value no page can show) is reported at its line
// and column, in each format; one found in a field's type has a line only.
func TestFrontMatterErrorColumns(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, in, want string }{
		{"YAML value", "---\ntitle: A\nweight:  .inf\n---\n", "content/x.md:3:10: front matter: weight: .inf is no number"},
		{"YAML syntax", "---\ntitle: A\n  bad: [x\n---\n", "content/x.md:3:"},
		{"TOML syntax", "+++\ntitle = \"A\"\nweight = = 3\n+++\n", "content/x.md:3:10: front matter: "},
		{"JSON syntax", "{\n\"title\": \"A\",\n\"weight\":  x}\n", "content/x.md:3:12: front matter: "},
		{"type of a field", "---\ntitle: A\nweight: [1]\n---\n", "content/x.md:3: front matter: weight"},
	} {
		_, errs := Parse("content/x.md", []byte(tt.in), cfg)
		if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), tt.want) {
			t.Errorf("%s: errors %v, want one starting %q", tt.name, errs, tt.want)
		}
	}
}
