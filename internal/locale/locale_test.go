package locale

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/vestis-ssg/vestis/internal/config"
)

func testConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Parse("site.yaml", []byte("defaultLanguage: lv\nlanguages:\n  lv: {weight: 1}\n  en: {weight: 2}\n  vi: {weight: 3}\n"))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

var files = fstest.MapFS{
	"i18n/lv.yaml": {Data: []byte(`
pages:
  zero: "{{.Count}} lapu"
  one: "{{.Count}} lapa"
  other: "{{.Count}} lapas"
greeting: "Sveiki, {{.Name}}!"
onlyLatvian: "Tikai latviski"
`)},
	"i18n/en.yaml": {Data: []byte(`
pages:
  one: "{{.Count}} page"
  other: "{{.Count}} pages"
greeting: "Hello, {{.Name}}!"
`)},
	"i18n/vi.yaml": {Data: []byte(`
pages:
  other: "{{.Count}} trang"
greeting: "Xin chào, {{.Name}}!"
onlyLatvian: "Chỉ tiếng Latvia"
`)},
}

func TestPlurals(t *testing.T) {
	l, warnings, err := Load([]fs.FS{files}, "i18n", testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0].String(), `i18n/en.yaml: key "onlyLatvian" is missing; falls back to lv`) {
		t.Errorf("warnings = %v", warnings)
	}
	tests := []struct {
		lang  string
		count int
		want  string
	}{
		{"lv", 0, "0 lapu"}, {"lv", 1, "1 lapa"}, {"lv", 2, "2 lapas"}, {"lv", 10, "10 lapu"},
		{"lv", 11, "11 lapu"}, {"lv", 19, "19 lapu"}, {"lv", 21, "21 lapa"}, {"lv", 22, "22 lapas"},
		{"lv", 30, "30 lapu"}, {"lv", 101, "101 lapa"}, {"lv", 111, "111 lapu"},
		{"en", 0, "0 pages"}, {"en", 1, "1 page"}, {"en", 11, "11 pages"}, {"en", 21, "21 pages"},
		{"vi", 0, "0 trang"}, {"vi", 1, "1 trang"}, {"vi", 21, "21 trang"},
	}
	for _, tt := range tests {
		got, err := l.T(tt.lang, "pages", tt.count, nil)
		if err != nil || got != tt.want {
			t.Errorf("T(%s, pages, %d) = %q, %v; want %q", tt.lang, tt.count, got, err, tt.want)
		}
	}
	if got, _ := l.T("en", "onlyLatvian", nil, nil); got != "Tikai latviski" {
		t.Errorf("fallback to the default language = %q", got)
	}
	if got, _ := l.T("vi", "greeting", nil, map[string]any{"Name": "Mai"}); got != "Xin chào, Mai!" {
		t.Errorf("template data = %q", got)
	}
	if _, err := l.T("en", "nothing", nil, nil); err == nil {
		t.Errorf("a key no language has gave no error")
	}
}

// TestThemeMessages checks the default theme's messages: every key in every
// language, and the date forms each language's readers expect.
func TestThemeMessages(t *testing.T) {
	l, warnings, err := Load([]fs.FS{os.DirFS("../..")}, "i18n", testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warnings {
		t.Errorf("theme i18n: %s", w)
	}
	for lang := range l.keys {
		for id := range l.keys["lv"] {
			if !l.keys[lang][id] {
				t.Errorf("i18n/%s.yaml lacks %q", lang, id)
			}
		}
		for id := range l.keys[lang] {
			if !l.keys["lv"][id] {
				t.Errorf("i18n/%s.yaml has %q that lv.yaml lacks", lang, id)
			}
		}
	}
	day := time.Date(2023, 5, 19, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ lang, form, want string }{
		{"lv", Long, "2023. gada 19. maijā"},
		{"en", Long, "19 May 2023"},
		{"vi", Long, "ngày 19 tháng 5 năm 2023"},
		{"lv", Short, "19.05.2023."},
		{"vi", Short, "19/05/2023"},
	} {
		got, err := l.FormatDate(tt.lang, day, tt.form)
		if err != nil || got != tt.want {
			t.Errorf("FormatDate(%s, %s) = %q, %v; want %q", tt.lang, tt.form, got, err, tt.want)
		}
	}
}

func TestLoadError(t *testing.T) {
	bad := fstest.MapFS{"i18n/lv.yaml": {Data: []byte("a: b\nc: [\n")}}
	_, _, err := Load([]fs.FS{bad}, "i18n", testConfig(t))
	if err == nil || !strings.HasPrefix(err.Error(), "i18n/lv.yaml:") {
		t.Errorf("error = %v, want one naming i18n/lv.yaml and its line", err)
	}
}

func TestLayersAndLabels(t *testing.T) {
	theme := fstest.MapFS{"i18n/lv.yaml": {Data: []byte("home: Sākums\nmore: Vairāk\n")}, "i18n/en.yaml": {Data: []byte("home: Home\nmore: More\n")}}
	site := fstest.MapFS{"i18n/lv.yaml": {Data: []byte("home: Mājas\nterm:\n  tags:\n    mit-j-wel: MIT J-WEL laboratorija\n")}}
	cfg, err := config.Parse("site.yaml", []byte("languages:\n  lv: {weight: 1}\n  en: {weight: 2}\n"))
	if err != nil {
		t.Fatal(err)
	}
	l, _, err := Load([]fs.FS{theme, site}, "i18n", cfg)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := l.T("lv", "home", nil, nil); got != "Mājas" {
		t.Errorf("the site's message = %q, want Mājas", got)
	}
	if got, _ := l.T("lv", "more", nil, nil); got != "Vairāk" {
		t.Errorf("the theme's message = %q, want Vairāk", got)
	}
	if got, ok := l.Label("lv", "term.tags.mit-j-wel"); !ok || got != "MIT J-WEL laboratorija" {
		t.Errorf("Label(term.tags.mit-j-wel) = %q, %v", got, ok)
	}
	if _, ok := l.Label("lv", "term.tags.other"); ok {
		t.Errorf("Label of an undefined id reported found")
	}
}

func TestCategories(t *testing.T) {
	for lang, want := range map[string]string{"lv": "zero one other", "en": "one other", "vi": "other", "ru": "one few many other"} {
		if got := strings.Join(Categories(lang), " "); got != want {
			t.Errorf("Categories(%s) = %q, want %q", lang, got, want)
		}
	}
}

// TestForms: the plural forms a language has at all, fractions and a
// million included, beside those whole numbers need (TestCategories).
func TestForms(t *testing.T) {
	for lang, want := range map[string]string{"lv": "zero one other", "en": "one other", "vi": "other", "cs": "one few many other", "fr": "one many other", "ru": "one few many other", "pt-br": "one many other", "ar": "zero one two few many other"} {
		if got := strings.Join(Forms(lang), " "); got != want {
			t.Errorf("Forms(%s) = %q, want %q", lang, got, want)
		}
	}
}

// TestExtraPluralForms: a form the language does not have is a warning at
// its line that names the forms the language has; go-i18n kept it with no
// word, and its text never showed where the writer meant it to.
func TestExtraPluralForms(t *testing.T) {
	for _, tc := range []struct{ lang, yaml, want string }{
		{"lv", "pages:\n  zero: \"{{.Count}} lapu\"\n  one: \"{{.Count}} lapa\"\n  few: \"{{.Count}} lapas\"\n  other: \"{{.Count}} lapas\"\n",
			`i18n/lv.yaml:4: key "pages": lv has no plural form few, only zero, one, other; its text is never shown: remove few: or move its text to one of those`},
		{"vi", "pages:\n  one: \"{{.Count}} trang\"\n  other: \"{{.Count}} trang\"\n",
			`i18n/vi.yaml:2: key "pages": vi has no plural form one, only other; its text is never shown: remove one: or move its text to one of those`},
		{"en", "nav:\n  pages:\n    zero: \"no pages\"\n    one: \"{{.Count}} page\"\n    two: \"a pair\"\n    other: \"{{.Count}} pages\"\n",
			`i18n/en.yaml:3: key "nav.pages": en has no plural form zero, only one, other; its text is never shown: remove zero: or move its text to one of those` + "\n" +
				`i18n/en.yaml:5: key "nav.pages": en has no plural form two, only one, other; its text is never shown: remove two: or move its text to one of those`},
		{"en", "pages:\n  one: \"{{.Count}} page\"\n  other: \"{{.Count}} pages\"\n", ""},
	} {
		cfg, err := config.Parse("site.yaml", []byte("languages:\n  "+tc.lang+": {}\n"))
		if err != nil {
			t.Fatal(err)
		}
		_, warnings, err := Load([]fs.FS{fstest.MapFS{"i18n/" + tc.lang + ".yaml": {Data: []byte(tc.yaml)}}}, "i18n", cfg)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, w := range warnings {
			got = append(got, w.String())
		}
		if diff := cmp.Diff(tc.want, strings.Join(got, "\n")); diff != "" {
			t.Errorf("%s %q: warnings (-want +got):\n%s", tc.lang, tc.yaml, diff)
		}
	}
}

func TestIncompletePlurals(t *testing.T) {
	files := fstest.MapFS{
		"i18n/lv.yaml": {Data: []byte("home: Sākums\npages:\n  one: \"{{.Count}} lapa\"\n  other: \"{{.Count}} lapas\"\n")},
		"i18n/en.yaml": {Data: []byte("home: Home\npages:\n  one: \"{{.Count}} page\"\n  other: \"{{.Count}} pages\"\n")},
		"i18n/vi.yaml": {Data: []byte("home: Trang chủ\npages:\n  other: \"{{.Count}} trang\"\n")},
	}
	_, warnings, err := Load([]fs.FS{files}, "i18n", testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range warnings {
		got = append(got, w.String())
	}
	want := []string{`i18n/lv.yaml:2: key "pages" lacks the plural forms zero that lv needs (zero, one, other)`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPluralsByLanguageTag: a language whose key is no language tag (a
// Hugo site's cz, cn) has the plural rules of its locale: Czech's few for 3
// pages, a warning where its message lacks few, which names the file by the
// key; and its messages are found (the key alone matched none, and its
// pages showed the default language's words).
func TestPluralsByLanguageTag(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("defaultLanguage: en\nlanguages:\n  en: {weight: 1}\n  cz: {weight: 2, locale: cs}\n  cn: {weight: 3, locale: zh-cn}\n"))
	if err != nil {
		t.Fatal(err)
	}
	files := fstest.MapFS{
		"i18n/en.yaml": {Data: []byte("home: Home\npages:\n  one: \"{{.Count}} page\"\n  other: \"{{.Count}} pages\"\n")},
		"i18n/cz.yaml": {Data: []byte("home: Domů\npages:\n  one: \"{{.Count}} stránka\"\n  few: \"{{.Count}} stránky\"\n  other: \"{{.Count}} stránek\"\n")},
		"i18n/cn.yaml": {Data: []byte("home: 首页\npages:\n  one: \"{{.Count}} 页\"\n  other: \"{{.Count}} 页\"\n")},
	}
	l, warnings, err := Load([]fs.FS{files}, "i18n", cfg)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range warnings {
		got = append(got, w.String())
	}
	want := []string{`i18n/cn.yaml:3: key "pages": zh-cn has no plural form one, only other`}
	if len(got) != 1 || !strings.HasPrefix(got[0], want[0]) {
		t.Errorf("warnings:\n%s\nwant one starting:\n%s", strings.Join(got, "\n"), want[0])
	}
	for _, tt := range []struct {
		lang  string
		count int
		want  string
	}{{"cz", 3, "3 stránky"}, {"cz", 5, "5 stránek"}, {"cz", 1, "1 stránka"}, {"cn", 1, "1 页"}, {"en", 3, "3 pages"}} {
		if msg, err := l.T(tt.lang, "pages", tt.count, nil); err != nil || msg != tt.want {
			t.Errorf("T(%s, pages, %d) = %q, %v; want %q", tt.lang, tt.count, msg, err, tt.want)
		}
	}
	if msg, _ := l.T("cn", "home", nil, nil); msg != "首页" {
		t.Errorf("T(cn, home) = %q, want 首页", msg)
	}
}

// TestLatvianMonthCases checks every month in every case, and a date message of
// a site's own that uses the genitive.
func TestLatvianMonthCases(t *testing.T) {
	site := fstest.MapFS{"i18n/lv.yaml": {Data: []byte(`dateMeeting: "{{.Day}}. {{.MonthGenitive}} sēde"` + "\ndateTable: \"{{.MonthNominative}} {{.Year}}\"\n")}}
	l, _, err := Load([]fs.FS{os.DirFS("../.."), site}, "i18n", testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	nom := strings.Fields("janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris decembris")
	gen := strings.Fields("janvāra februāra marta aprīļa maija jūnija jūlija augusta septembra oktobra novembra decembra")
	dat := strings.Fields("janvārim februārim martam aprīlim maijam jūnijam jūlijam augustam septembrim oktobrim novembrim decembrim")
	loc := strings.Fields("janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī")
	for m := 1; m <= 12; m++ {
		day := time.Date(2023, time.Month(m), 19, 0, 0, 0, 0, time.UTC)
		for _, tt := range []struct{ form, want string }{
			{Long, "2023. gada 19. " + loc[m-1]},
			{"dateMeeting", "19. " + gen[m-1] + " sēde"},
			{"dateTable", nom[m-1] + " 2023"},
			// A period: "no 2023. gada 19. maija līdz 2023. gada 19. jūnijam".
			{"dateFrom", "2023. gada 19. " + gen[m-1]},
			{"dateTo", "2023. gada 19. " + dat[m-1]},
			// A month alone, as a programme's step dated "May": "2023. gada maijā".
			{"dateMonth", "2023. gada " + loc[m-1]},
		} {
			if got, err := l.FormatDate("lv", day, tt.form); err != nil || got != tt.want {
				t.Errorf("FormatDate(lv, month %d, %s) = %q, %v; want %q", m, tt.form, got, err, tt.want)
			}
		}
		if got, _ := l.FormatDate("vi", day, Long); got != fmt.Sprintf("ngày 19 tháng %d năm 2023", m) {
			t.Errorf("FormatDate(vi, month %d) = %q", m, got)
		}
	}
	if _, err := l.FormatDate("lv", time.Now(), "nav"); err == nil {
		t.Errorf("an unknown date form gave no error")
	}
}

// TestMessageTemplates refuses, when the file is loaded, a message that only a
// layout asking for it would find broken or endless, and accepts what
// Hugo's messages hold: fields of the data a layout passes (the page's),
// conditions and the template's built-in functions.
func TestMessageTemplates(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"a: b\nmore: \"{{ .Count \"\n", "i18n/lv.yaml:2: more: cannot read its {{ }}: this {{ is not closed: end it with }}"},
		{"more: \"{{ range 100000000000 }}x{{ end }}\"\n", "i18n/lv.yaml:1: more: {{range 100000000000}}x{{end}} is a loop, which a message may not hold; loops belong in layouts"},
		{"more: \"{{ if .Count }}{{ range .List }}x{{ end }}{{ end }}\"\n", "i18n/lv.yaml:1: more: {{range .List}}x{{end}} is a loop, which a message may not hold; loops belong in layouts"},
		{"more: \"{{ template \\\"x\\\" }}\"\n", "i18n/lv.yaml:1: more: {{template \"x\"}} calls a template, which a message has none of"},
		{"more: \"{{ nosuch .Count }}\"\n", "i18n/lv.yaml:1: more: cannot read its {{ }}: \"nosuch\" is not a function a message may call: messages have Go's template functions alone (printf, eq, ne, lt, gt, len, index, and, or, not)"},
		{"more: \"{{ if .Count > 1 }}lapas{{ end }}\"\n", "i18n/lv.yaml:1: more: cannot read its {{ }}: \">\" cannot be written inside {{ }}: a template compares with a word before the two values: gt A B for A > B (lt <, le <=, gt >, ge >=, eq ==, ne !=)"},
		// A form without its left delimiter is text, not parsed; one with
		// delimiters of its own is read with them.
		{"more:\n  other: \"[[ range 100000000000 ]]x[[ end ]]\"\n  leftDelim: \"[[\"\n  rightDelim: \"]]\"\n", "i18n/lv.yaml:1: more: {{range 100000000000}}x{{end}} is a loop, which a message may not hold; loops belong in layouts"},
		{"more: \"Vēl }} {{ .Count }}\"\n", ""},
		{"more: \"Vēl }} lapas\"\n", ""},
		{"more:\n  few: x\n", "i18n/lv.yaml:1: more: has plural forms but no \"other\", the form every language falls back to"},
		// A message of notes alone had empty text on every page.
		{"home:\n  description: the home link\n", "i18n/lv.yaml:2: home: has a note for translators but no text; write the text too, as in home: {other: ..., description: ...}"},
		{"nav:\n  home: {hash: x}\n", "i18n/lv.yaml:2: nav: home: has a note for translators but no text; write the text too, as in home: {other: ..., hash: ...}"},
		{"home:\n  description: the home link\n  translation: Sākums\n", ""},
		{"more: \"Vēl {{ .Count }} no {{.Total}}\"\n", ""},
		{"more: \"{{ .Count.Name }}\"\n", ""},
		{"contribute: \"Palīdziet {{ .Site.Title }} tapt labākam\"\n", ""},
		{"more: \"{{ if gt .Count 1 }}{{ .Count }} lapas{{ else }}viena lapa{{ end }}\"\n", ""},
		{"more: \"{{ with .Author }}{{ . | printf \\\"%s\\\" }}{{ end }}\"\n", ""},
	} {
		_, _, err := Load([]fs.FS{fstest.MapFS{"i18n/lv.yaml": {Data: []byte(tc.yaml)}}}, "i18n", testConfig(t))
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("Load(%q):\n got %q\nwant %q", tc.yaml, got, tc.want)
		}
	}
}

// TestHostileMessageFiles: a message file that would crash, hang or take
// minutes is one error at its line, counted from 1.
func TestHostileMessageFiles(t *testing.T) {
	bomb := "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 1; i <= 9; i++ {
		ref := fmt.Sprintf("*a%d", i-1)
		bomb += fmt.Sprintf("a%d: &a%d [%s]\n", i, i, strings.Repeat(ref+", ", 9)+ref)
	}
	for _, tc := range []struct{ yaml, want string }{
		{"home: Sākums\nnav: &n\n  again: *n\n", "i18n/lv.yaml:3: alias *n is inside the value of its own anchor &n, so the value would never end"},
		{bomb, "i18n/lv.yaml:6: aliases (*name) repeat the values of anchors (&name) too many times; write the values out, or use fewer aliases"},
		{"home: Sākums\nnav: [a, b\n", "i18n/lv.yaml:2: a list begun with [ is not closed: end it with ], with commas between its items"},
		{"home: Sākums\nmore:\n  one: x\n other: y\n", "i18n/lv.yaml:4: this line does not line up with the keys above it: check the spaces at its start (a key starts where the keys above it start)"},
		{"home: Sākums\nnav: x: y\n", `i18n/lv.yaml:2: nav: the value holds ": ", which YAML reads as the start of another key; put the whole value in quotes, as in nav: "x: y"`},
		{"home: \"Sākums\" lapa\nmore: x\n", "i18n/lv.yaml:1: home: text follows the closing quote; put the whole value inside the quotes, as in title: \"Riga: news (updated)\""},
		{"home: Sākums\n\nhome: Mājas\n", "i18n/lv.yaml:3: home is given twice, on lines 1 and 3; keep one"},
		// A key inside a group and a dotted key are one id to go-i18n.
		{"nav:\n  home: Sākums\nnav.home: Mājas\n", "i18n/lv.yaml:3: the message nav.home is given twice, on lines 2 and 3 (a key inside a group is its name and the group's joined with a dot); keep one"},
		{"nav.more:\n  one: vēl\n  other: vēl\nnav:\n  more: Vairāk\n", "i18n/lv.yaml:5: the message nav.more is given twice, on lines 1 and 5 (a key inside a group is its name and the group's joined with a dot); keep one"},
		// go-i18n's list form keeps the last of two with one id.
		{"- id: home\n  translation: Sākums\n- id: more\n  translation: Vairāk\n- id: home\n  translation: Mājas\n", "i18n/lv.yaml:5: id home is given twice, on lines 1 and 5; keep one"},
		{"home: " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n", "i18n/lv.yaml:1: lists and maps are nested more than 200 levels deep here (each [, { or deeper indentation inside another is a level); a bracket may be left open, or the text pasted into itself"},
	} {
		_, _, err := Load([]fs.FS{fstest.MapFS{"i18n/lv.yaml": {Data: []byte(tc.yaml)}}}, "i18n", testConfig(t))
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("Load(%.60q):\n got %q\nwant %q", tc.yaml, got, tc.want)
		}
	}
}

// TestMessageShapes: a value that is not text where a message belongs is an
// error naming its key and line, not go-i18n's "unsupported file format int",
// nor a message with the made-up id "".
func TestMessageShapes(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"home: 5\n", `i18n/lv.yaml:1: home: want text, got the number 5; write it in quotes, as "5"`},
		{"home: x\nyes: true\n", `i18n/lv.yaml:2: yes: want text, got true or false (true); write it in quotes, as "true"`},
		{"home: x\nmore: [a, b]\n", "i18n/lv.yaml:2: more: want text, or plural forms such as one: ... and other: ..., got a list, [a, b]"},
		{"home: [1]\n", "i18n/lv.yaml:1: home: want text, or plural forms such as one: ... and other: ..., got a list, [1]"},
		{"home: [" + strings.Repeat("abcdefghij, ", 10) + "]\n", "i18n/lv.yaml:1: home: want text, or plural forms such as one: ... and other: ..., got a list, [abcdefghij, abcdefghij, abcdefghij, abc..."},
		{"home: {other: {a: 1}}\n", "i18n/lv.yaml:1: home: other: holds a map, {a: 1}, where a plural form belongs; write the text itself, as in other: Citi"},
		{"nav:\n  home:\n    translation:\n      a: 1\n", "i18n/lv.yaml:3: nav: home: translation: holds a map, {a: 1}, where a message's text belongs; write the text itself, as in translation: Citi"},
		{"more:\n  one: x\n  other: 2.5\n", `i18n/lv.yaml:3: more: other: want text, got the number 2.5; write it in quotes, as "2.5"`},
		{"- a\n- b\n", "i18n/lv.yaml:1: want messages written key: text, or a list of messages each with an id: and a translation:, got a list of text"},
		{"- id: home\n  translation: x\n- translation: y\n", "i18n/lv.yaml:3: this message of the list has no id:; give it one, as in - id: home"},
		{"Sākums\n", "i18n/lv.yaml:1: want messages written key: text, got text"},
		{"- id: home\n  translation: Mājas\n", ""},
		{"home: Mājas\n\"\": Sākums\n", `i18n/lv.yaml:2: a key is empty ("": ...); name the message before its colon, as in home: Sākums`},
		{"nav:\n  home: Mājas\n  \"\": x\n", `i18n/lv.yaml:3: nav: a key is empty ("": ...); name the message before its colon, as in home: Sākums`},
		{"pages:\n  id: lapas\n  one: lapa\n  other: lapas\n", `i18n/lv.yaml:2: pages: id: would rename this message to "lapas"; a message is named by the key above it, so remove id:`},
		{"nav:\n  pages:\n    ID: x\n    other: lapas\n", `i18n/lv.yaml:3: nav: pages: ID: would rename this message to "x"; a message is named by the key above it, so remove ID:`},
		{"other: Citi\n", `i18n/lv.yaml:1: other cannot name a message: go-i18n reads other: as a plural form; rename it (for example otherText)`},
		{"home: Mājas\ndescription: Vietne\n", `i18n/lv.yaml:2: description cannot name a message: go-i18n reads description: as a note for translators; rename it (for example descriptionText)`},
		{"home: Mājas\nid: x\n", `i18n/lv.yaml:2: id cannot name a message: go-i18n reads id: as a message's id; rename it (for example idText)`},
		{"home: Mājas\nleftDelim: x\n", `i18n/lv.yaml:2: leftDelim cannot name a message: go-i18n reads leftDelim: as a message's {{ }} delimiters; rename it (for example leftDelimText)`},
		{"nav:\n  home: Mājas\n  other: Citi\n", `i18n/lv.yaml:3: nav: other: is a plural form, but home: beside it (line 2) names a message; keys of one map are either a message's plural forms (zero, one, two, few, many, other) or names of messages, so rename the one that does not belong`},
		{"other:\n  one: x\n  other: y\n", ""},
		// A character a page may not hold, in a message.
		{"home: Sākums\nmore: \"Vai\\u0007rāk\"\n", `i18n/lv.yaml:2: more: contains the invisible control character U+0007, which a web page may not hold; delete it`},
		// A plural form without text, or given twice in two letter cases.
		{"items:\n  one: lieta\n  other:\n", `i18n/lv.yaml:3: items: other: want the text of this plural form, as beside it one: has, got nothing`},
		{"items:\n  one: [lieta]\n  other: lietas\n", `i18n/lv.yaml:2: items: one: want the text of this plural form, as beside it other: has, got a list, [lieta]`},
		{"items:\n  zero: a\n  one: b\n  other: c\n  Other: d\n", `i18n/lv.yaml:5: items: Other: is given twice, as other: on line 4 too (letter case aside, as go-i18n reads them); keep one`},
		{"pages:\n  description: lapu skaits\n  one: lapa\n  other: lapas\n", ""},
		{"nav:\n  home: Mājas\n  other:\n", ""},
		{"home: Mājas\nday: 2024-01-02\nempty:\nmore:\n  one: x\n  other: y\n", ""},
	} {
		_, _, err := Load([]fs.FS{fstest.MapFS{"i18n/lv.yaml": {Data: []byte(tc.yaml)}}}, "i18n", testConfig(t))
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("Load(%q):\n got %q\nwant %q", tc.yaml, got, tc.want)
		}
	}
}

// TestUnreadFiles: a site's message file of one of its languages that
// vestis does not read (Hugo's .yml, .toml and .json, a name in capitals)
// is a warning naming it, not messages silently missing; the files of
// languages the site does not have are one warning for them all.
func TestUnreadFiles(t *testing.T) {
	site := fstest.MapFS{
		"i18n/lv.yml":   {Data: []byte("home: Mājas\n")},
		"i18n/en.toml":  {Data: []byte("home = \"Home\"\n")},
		"i18n/VI.yaml":  {Data: []byte("home: Nhà\n")},
		"i18n/de.yml":   {Data: []byte("home: Haus\n")}, // not a language of the site
		"i18n/notes.md": {Data: []byte("x\n")},
		"i18n/vn.yaml":  {Data: []byte("home: Trang chủ\n")}, // vi's, named by a common slip
		"i18n/es.yaml":  {Data: []byte("home: Casa\n")},      // a theme's language: no slip
		"i18n/lv.yaml":  {Data: []byte("more: Vairāk\n")},
	}
	_, warnings, err := Load([]fs.FS{site}, "i18n", testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range warnings {
		if strings.Contains(w.Msg, "not read") {
			got = append(got, w.String())
		}
	}
	want := []string{
		"i18n/VI.yaml: vestis reads vi's messages from i18n/vi.yaml only, so this file is not read; rename it vi.yaml",
		"i18n/en.toml: vestis reads en's messages from i18n/en.yaml (YAML) only, so this file is not read; vestis import hugo writes en.yaml from it",
		"i18n/lv.yml: vestis reads lv's messages from i18n/lv.yaml only, so this file is not read; rename it lv.yaml",
		"i18n/vn.yaml: vn is not a language code of this site, so this file is not read; vi's messages are read from i18n/vi.yaml: rename it vi.yaml",
		// One warning for every file of a language the site does not have.
		"i18n: de.yml, es.yaml are not read: de, es are not languages of this site (site.yaml languages: lv, en, vi); to use a file's messages, add its language to site.yaml, or delete the files",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}

// TestManyMessages loads a message file with 50,000 keys, which go-i18n's
// yaml.Unmarshal, comparing every key with every other, took half a minute
// for; site.yaml's TestParseManyParams is the one that fails by time.
func TestManyMessages(t *testing.T) {
	if testing.Short() {
		t.Skip("1 MB of YAML")
	}
	var b strings.Builder
	for i := range 50_000 {
		fmt.Fprintf(&b, "key%d: Ziņa numur %d\n", i, i)
	}
	l, _, err := Load([]fs.FS{fstest.MapFS{"i18n/lv.yaml": {Data: []byte(b.String())}}}, "i18n", testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := l.T("lv", "key49999", nil, nil); got != "Ziņa numur 49999" {
		t.Errorf("key49999 = %q", got)
	}
}

// TestMissingKeyNamesEachFileOnce: the default language's file is named once.
func TestMissingKeyNamesEachFileOnce(t *testing.T) {
	l, _, err := Load([]fs.FS{fstest.MapFS{"i18n/lv.yaml": {Data: []byte("home: Sākums\n")}}}, "i18n", testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, want string }{
		{"lv", `no such i18n key "nav" in the site's or the default theme's i18n/lv.yaml`},
		{"en", `no such i18n key "nav" in the site's or the default theme's i18n/en.yaml or i18n/lv.yaml`},
	} {
		_, err := l.T(tc.lang, "nav", nil, nil)
		if err == nil || err.Error() != tc.want || !errors.Is(err, ErrMissingKey) {
			t.Errorf("T(%s, nav) = %v, want %s", tc.lang, err, tc.want)
		}
	}
}

// TestBrief: a file missing many messages is one warning that counts them;
// a few are listed one by one, and other warnings stay as they are.
func TestBrief(t *testing.T) {
	var ws []Warning
	for _, k := range []string{"a", "b", "c", "d", "e", "f"} {
		ws = append(ws, Warning{File: "i18n/fa.yaml", Lang: "fa", Key: k, Fallback: "en", Msg: "key " + k + " is missing"})
	}
	ws = append(ws,
		Warning{File: "i18n/ja.yaml", Lang: "ja", Key: "a", Fallback: "en", Msg: "key a is missing"},
		Warning{File: "i18n/de.yaml", Lang: "de", Msg: "missing"},
		Warning{File: "i18n/fa.yaml", Line: 3, Lang: "fa", Key: "n", Plural: []string{"few"}, Msg: "plural"})
	var got []string
	for _, w := range Brief(ws) {
		got = append(got, w.String())
	}
	want := []string{
		"i18n/fa.yaml: 6 keys are missing (a, b, c, d, e, …), so fa pages show those messages in en; vestis check lists them all",
		"i18n/ja.yaml: key a is missing",
		"i18n/de.yaml: missing",
		"i18n/fa.yaml:3: plural",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Brief (-want +got):\n%s", diff)
	}
}

// TestRegionalLanguage: a language with a region (en-us, as Hugo sites
// name theirs) whose own file has a few messages shows the theme's
// messages of its base language (en) for the rest, not the default
// language's, with no warning of missing keys.
func TestRegionalLanguage(t *testing.T) {
	theme := fstest.MapFS{"i18n/vi.yaml": {Data: []byte("home: Trang chủ\nmore: Đọc tiếp\n")}, "i18n/en.yaml": {Data: []byte("home: Home\nmore: Read more\n")}}
	site := fstest.MapFS{"i18n/en-us.yaml": {Data: []byte("more: Keep reading\n")}, "i18n/pt-br.yaml": {Data: []byte("home: Início\n")}}
	cfg, err := config.Parse("site.yaml", []byte("defaultLanguage: vi\nlanguages:\n  vi: {weight: 1}\n  en-us: {weight: 2}\n  pt-br: {weight: 3}\n"))
	if err != nil {
		t.Fatal(err)
	}
	l, warns, err := Load([]fs.FS{theme, site}, "i18n", cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ lang, id, want string }{
		{"en-us", "home", "Home"},
		{"en-us", "more", "Keep reading"},
		{"vi", "more", "Đọc tiếp"},
		{"pt-br", "home", "Início"},
		{"pt-br", "more", "Đọc tiếp"}, // no pt.yaml: the default language's
	} {
		if got, _ := l.T(tt.lang, tt.id, nil, nil); got != tt.want {
			t.Errorf("T(%s, %s) = %q, want %q", tt.lang, tt.id, got, tt.want)
		}
	}
	for _, w := range warns {
		if w.Lang == "en-us" {
			t.Errorf("warning for en-us: %s", w)
		}
	}
}

// TestSiteOnlyLanguageFillsIn: a language whose only file is the site's own
// (a Hugo site's fr.yaml with its theme's messages; the default theme has
// no French) has the site's messages, and the theme's English for the rest,
// with warnings that say so, instead of failing where a layout asks.
func TestSiteOnlyLanguageFillsIn(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("defaultLanguage: fr\nlanguages:\n  fr: {weight: 1}\n  de: {weight: 2}\n  lv: {weight: 3}\n"))
	if err != nil {
		t.Fatal(err)
	}
	theme := fstest.MapFS{
		"i18n/en.yaml": {Data: []byte("skip: Skip to content\nsearch: Search\n")},
		"i18n/lv.yaml": {Data: []byte("skip: Pāriet uz saturu\nsearch: Meklēt\n")},
	}
	site := fstest.MapFS{
		"i18n/fr.yaml": {Data: []byte("readMore: Lire la suite\n")},
		"i18n/de.yaml": {Data: []byte("readMore: Weiterlesen\n")},
	}
	l, warnings, err := Load([]fs.FS{theme, site}, "i18n", cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, id, want string }{
		{"fr", "readMore", "Lire la suite"},
		{"fr", "skip", "Skip to content"},
		{"de", "readMore", "Weiterlesen"},
		{"de", "search", "Search"},
		{"lv", "skip", "Pāriet uz saturu"},
		{"lv", "readMore", "Lire la suite"},
	} {
		if got, err := l.T(tc.lang, tc.id, nil, nil); err != nil || got != tc.want {
			t.Errorf("T(%s, %s) = %q, %v; want %q", tc.lang, tc.id, got, err, tc.want)
		}
	}
	var got []string
	for _, w := range warnings {
		if strings.Contains(w.Msg, "the default theme has no") {
			got = append(got, w.String())
		}
	}
	want := []string{
		`i18n/fr.yaml: key "search" is missing (the default theme has no fr.yaml); falls back to en`,
		`i18n/fr.yaml: key "skip" is missing (the default theme has no fr.yaml); falls back to en`,
		`i18n/de.yaml: key "search" is missing (the default theme has no de.yaml); falls back to en`,
		`i18n/de.yaml: key "skip" is missing (the default theme has no de.yaml); falls back to en`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestExtraPluralFormNotShown: what pages show agrees with the warning. A
// Vietnamese message with one: (which CLDR does not give vi, though
// go-i18n's rules would choose it for 0 and 1) shows other: for every
// count; an English zero: is not shown for 0.
func TestExtraPluralFormNotShown(t *testing.T) {
	for _, tc := range []struct {
		lang, yaml string
		count      int
		want       string
	}{
		{"vi", "pages:\n  one: \"một trang\"\n  other: \"{{.Count}} trang\"\n", 1, "1 trang"},
		{"vi", "pages:\n  one: \"một trang\"\n  other: \"{{.Count}} trang\"\n", 0, "0 trang"},
		{"vi", "pages:\n  one: \"một trang\"\n  other: \"{{.Count}} trang\"\n", 2, "2 trang"},
		{"en", "pages:\n  zero: \"no pages\"\n  one: \"one page\"\n  other: \"{{.Count}} pages\"\n", 0, "0 pages"},
		{"en", "pages:\n  zero: \"no pages\"\n  one: \"one page\"\n  other: \"{{.Count}} pages\"\n", 1, "one page"},
		{"lv", "pages:\n  zero: \"{{.Count}} lapu\"\n  one: \"{{.Count}} lapa\"\n  few: \"dažas lapas\"\n  other: \"{{.Count}} lapas\"\n", 21, "21 lapa"},
		{"lv", "pages:\n  zero: \"{{.Count}} lapu\"\n  one: \"{{.Count}} lapa\"\n  few: \"dažas lapas\"\n  other: \"{{.Count}} lapas\"\n", 3, "3 lapas"},
	} {
		cfg, err := config.Parse("site.yaml", []byte("languages:\n  "+tc.lang+": {}\n"))
		if err != nil {
			t.Fatal(err)
		}
		loc, _, err := Load([]fs.FS{fstest.MapFS{"i18n/" + tc.lang + ".yaml": {Data: []byte(tc.yaml)}}}, "i18n", cfg)
		if err != nil {
			t.Fatal(err)
		}
		got, err := loc.T(tc.lang, "pages", tc.count, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("%s T(pages, %d) = %q, want %q", tc.lang, tc.count, got, tc.want)
		}
	}
}

// TestThemeWordsOneNote: in languages the default theme has no messages
// for, its own words are one note for all of them in a build, not a
// count of keys per file (an imported site in de, fr and it got "166 keys
// are missing" three times); a key of the site's own i18n files that a
// language lacks is still named, whichever language is the default.
func TestThemeWordsOneNote(t *testing.T) {
	theme := fstest.MapFS{
		"i18n/en.yaml": {Data: []byte("skip: Skip to content\nsearch: Search\nnext: Next\nprev: Previous\nmenu: Menu\nclose: Close\nopen: Open\n")},
		"i18n/lv.yaml": {Data: []byte("skip: Pāriet uz saturu\nsearch: Meklēt\nnext: Nākamā\nprev: Iepriekšējā\nmenu: Izvēlne\nclose: Aizvērt\nopen: Atvērt\n")},
	}
	site := fstest.MapFS{
		"i18n/en.yaml": {Data: []byte("workshops: Workshops\n")},
		"i18n/de.yaml": {Data: []byte("workshops: Werkstätten\ncontact: Kontakt\n")},
		"i18n/fr.yaml": {Data: []byte("workshops: Ateliers\n")},
		"i18n/it.yaml": {Data: []byte("more: Altro\n")},
	}
	for _, tc := range []struct {
		name, def string
		want      []string
	}{
		{"theme's language the default", "en", []string{
			"i18n: the default theme has no messages in de, fr, it, so its own words (buttons, labels, dates) show in en on those pages; to translate them, add the default theme's en.yaml messages to i18n/LANG.yaml",
			`i18n/it.yaml: key "workshops" is missing; falls back to en`,
		}},
		{"unknown language the default", "de", []string{
			`i18n/en.yaml: key "contact" is missing; falls back to de`,
			"i18n: the default theme has no messages in de, fr, it, so its own words (buttons, labels, dates) show in en on those pages; to translate them, add the default theme's en.yaml messages to i18n/LANG.yaml",
			`i18n/fr.yaml: key "contact" is missing; falls back to de`,
			`i18n/it.yaml: key "contact" is missing; falls back to de`,
			`i18n/it.yaml: key "workshops" is missing; falls back to de`,
		}},
	} {
		cfg, err := config.Parse("site.yaml", []byte("defaultLanguage: "+tc.def+"\nlanguages:\n  en: {weight: 1}\n  de: {weight: 2}\n  fr: {weight: 3}\n  it: {weight: 4}\n"))
		if err != nil {
			t.Fatal(err)
		}
		l, warnings, err := Load([]fs.FS{theme, site}, "i18n", cfg)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := l.T("it", "next", nil, nil); got != "Next" {
			t.Errorf("%s: T(it, next) = %q, want the theme's English", tc.name, got)
		}
		var got []string
		for _, w := range Brief(warnings) {
			if w.Key != "" || strings.Contains(w.Msg, "missing") || strings.Contains(w.Msg, "theme") {
				got = append(got, w.String())
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: Brief (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestConvertedFilesSilent: a Hugo message file beside the YAML file that
// vestis import hugo wrote from it is Hugo's, kept for Hugo: no warning
// while the YAML file holds each of its messages as written (plural forms,
// go-i18n's older list too); a message added or changed in it since is
// named, as vestis does not read it.
func TestConvertedFilesSilent(t *testing.T) {
	site := fstest.MapFS{
		"i18n/en.toml": {Data: []byte("home = \"Home\"\n[posts]\none = \"one post\"\nother = \"{{ .Count }} posts\"\n")},
		"i18n/en.yaml": {Data: []byte("# Written by vestis import hugo\nhome: Home\nposts:\n  one: one post\n  other: \"{{ .Count }} posts\"\nextra: From the theme\n")},
		"i18n/lv.json": {Data: []byte(`[{"id": "home", "translation": "Sākums"}, {"id": "more", "translation": "Vairāk"}]`)},
		"i18n/lv.yaml": {Data: []byte("home: Sākums\nmore: Lasīt vairāk\n")},
		"i18n/vi.toml": {Data: []byte("home = \"Trang chủ\"\nabout = \"Giới thiệu\"\ncontact = \"Liên hệ\"\nnews = \"Tin tức\"\n")},
		"i18n/vi.yaml": {Data: []byte("home: Trang chủ\n")},
	}
	_, warnings, err := Load([]fs.FS{site}, "i18n", testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range warnings {
		if strings.Contains(w.Msg, "not read") {
			got = append(got, w.String())
		}
	}
	want := []string{
		"i18n/lv.json: i18n/lv.yaml lacks or words differently a message of this file (more), which vestis does not read: copy it there",
		"i18n/vi.toml: i18n/vi.yaml lacks or words differently messages of this file (about, contact, news), which vestis does not read: copy them there",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}

// TestMessageNamedTranslation: a message named translation, its text below
// it (translation: {other: ...}), is a message as any other, as Hugo reads
// it (sofastack's site has one), not "translation cannot name a message";
// translation: with text alone at the top of a file stays that error, and a
// list's translation: is still each message's text.
func TestMessageNamedTranslation(t *testing.T) {
	files := fstest.MapFS{"i18n/lv.yaml": {Data: []byte("home: Sākums\ntranslation:\n  other: Tulkojums\nnext: Tālāk\n")}}
	l, _, err := Load([]fs.FS{files}, "i18n", testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"translation": "Tulkojums", "home": "Sākums", "next": "Tālāk"} {
		if got, err := l.T("lv", id, nil, nil); got != want || err != nil {
			t.Errorf("T(lv, %s) = %q, %v; want %q", id, got, err, want)
		}
	}
	_, _, err = Load([]fs.FS{fstest.MapFS{"i18n/lv.yaml": {Data: []byte("home: Sākums\ntranslation: Tulkojums\n")}}}, "i18n", testConfig(t))
	if want := "i18n/lv.yaml:2: translation cannot name a message"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("translation: with text: error %v, want %q", err, want)
	}
}

// TestEmptyMessages: a message of the site's with no text in any form is
// said at its line, in each way of writing it; the theme's empty messages
// are not the site's to fix, and a message given text is not said.
func TestEmptyMessages(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"home: Home\nmore: \"\"\n", `i18n/en.yaml:2: key "more" has no text, so pages show nothing where it goes; write its text, or delete the key to have the default theme's`},
		{"more:\n", `i18n/en.yaml:1: key "more" has no text`},
		{"nav:\n  more: {one: \"\", other: \"\"}\n", `i18n/en.yaml:2: key "nav.more" has no text`},
		{"- id: home\n  translation: Home\n- id: more\n", `i18n/en.yaml:3: key "more" has no text`},
		{"more: \" \"\n", ""},
		{"home: Home\n", ""},
	} {
		cfg, err := config.Parse("site.yaml", []byte("languages:\n  en: {}\n"))
		if err != nil {
			t.Fatal(err)
		}
		theme := fstest.MapFS{"i18n/en.yaml": {Data: []byte("more: Read more\nblank: \"\"\n")}}
		site := fstest.MapFS{"i18n/en.yaml": {Data: []byte(tc.yaml)}}
		_, warnings, err := Load([]fs.FS{theme, site}, "i18n", cfg)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, w := range warnings {
			if strings.Contains(w.Msg, "no text") {
				got = append(got, w.String())
			}
		}
		if joined := strings.Join(got, "\n"); tc.want == "" && joined != "" || !strings.HasPrefix(joined, tc.want) {
			t.Errorf("%q: warnings %q, want %q", tc.yaml, joined, tc.want)
		}
	}
}

// TestLanguageWithoutPluralRules: a language CLDR has no plural rules for
// (Chamorro's ch, Limburgish's li, as a Hugo site names its country sites)
// has its messages, its counts chosen as English's, as Hugo chooses them,
// where the messages were refused with "no plural rule registered for ch".
func TestLanguageWithoutPluralRules(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("defaultLanguage: en\nlanguages:\n  en: {weight: 1}\n  ch: {weight: 2}\n  li: {weight: 3}\n"))
	if err != nil {
		t.Fatal(err)
	}
	files := fstest.MapFS{
		"i18n/en.yaml": {Data: []byte("home: Home\npages:\n  one: \"{{.Count}} page\"\n  other: \"{{.Count}} pages\"\n")},
		"i18n/ch.yaml": {Data: []byte("home: Startseite\npages:\n  one: \"{{.Count}} Seite\"\n  other: \"{{.Count}} Seiten\"\n")},
		"i18n/li.yaml": {Data: []byte("home: Thoes\npages:\n  one: \"{{.Count}} pagina\"\n  other: \"{{.Count}} pagina's\"\n")},
	}
	l, _, err := Load([]fs.FS{files}, "i18n", cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lang, id string
		count    any
		want     string
	}{{"ch", "home", nil, "Startseite"}, {"ch", "pages", 1, "1 Seite"}, {"ch", "pages", 3, "3 Seiten"}, {"li", "home", nil, "Thoes"}, {"li", "pages", 2, "2 pagina's"}, {"en", "pages", 1, "1 page"}} {
		if msg, err := l.T(tt.lang, tt.id, tt.count, nil); err != nil || msg != tt.want {
			t.Errorf("T(%s, %s, %v) = %q, %v; want %q", tt.lang, tt.id, tt.count, msg, err, tt.want)
		}
	}
}
