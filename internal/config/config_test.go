package config

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const valid = `baseURL: https://example.org/sub
title: Vēstis
defaultLanguage: lv
languages:
  en: {name: English, title: News, weight: 2}
  lv: {name: Latviešu, title: Vēstis, weight: 1}
  vi: {name: Tiếng Việt, weight: 3}
sections:
  news: {lv: jaunumi, en: news, vi: tin-tuc}
paginate: 5
taxonomies: [tags]
params:
  email: a@b.lv
`

func TestParseValid(t *testing.T) {
	c, err := Parse("site.yaml", []byte(valid))
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		BaseURL:                 "https://example.org/sub/",
		Title:                   "Vēstis",
		DefaultLanguage:         "lv",
		DefaultLanguageInSubdir: true,
		Languages: []Language{
			{Code: "lv", Name: "Latviešu", Title: "Vēstis", Weight: 1},
			{Code: "en", Name: "English", Title: "News", Weight: 2},
			{Code: "vi", Name: "Tiếng Việt", Title: "Vēstis", Weight: 3},
		},
		Sections: map[string]map[string]string{"news": {"lv": "jaunumi", "en": "news", "vi": "tin-tuc"}},
		// Each line is where an output at the segment is reported.
		SectionLines: map[string]map[string]int{"news": {"lv": 9, "en": 9, "vi": 9}},
		Paginate:     5,
		Taxonomies:   []string{"tags"},
		Minify:       true,
		FeedLimit:    20,
		Location:     time.UTC,
		Timeout:      DefaultTimeout,
		Years:        DefaultYears,
		Params:       map[string]any{"email": "a@b.lv"},
	}
	if diff := cmp.Diff(want, c, cmp.Comparer(func(a, b *time.Location) bool { return a.String() == b.String() })); diff != "" {
		t.Errorf("Parse (-want +got):\n%s", diff)
	}
	if got := c.Segment("news", "vi"); got != "tin-tuc" {
		t.Errorf("Segment(news, vi) = %q", got)
	}
	if got := c.Segment("programs", "vi"); got != "programs" {
		t.Errorf("Segment(programs, vi) = %q", got)
	}
}

// TestParseMisspeltLanguage: a language key in capitals is one mistake, one
// message that says how to write it, although the default language and the
// sections name it as it should be.
func TestParseMisspeltLanguage(t *testing.T) {
	yaml := "defaultLanguage: lv\nlanguages:\n  LV: {}\n  pt_BR: {}\nsections:\n  news: {lv: jaunumi, pt-br: noticias}\ntranslations:\n  fallbackOrder: {lv: [pt-br]}\n"
	_, err := Parse("site.yaml", []byte(yaml))
	want := `site.yaml:3: languages: "LV" is not a lower-case BCP 47 language tag; write "lv"` + "\n" +
		`site.yaml:4: languages: "pt_BR" is not a lower-case BCP 47 language tag; write "pt-br"`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v\nwant:\n%s", err, want)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"unknown key", "title: x\nlanguages: {lv: {}}\ncolour: red\n", `site.yaml:3: unknown key "colour"`},
		{"language twice, in capitals", "languages:\n  lv: {}\n  en: {}\n  LV: {}\nsections:\n  news: {lv: jaunumi, LV: x}\n", `site.yaml:4: languages: "LV" is "lv" again, written another way (line 2); keep one, written "lv"`},
		{"language twice, with an underscore", "languages:\n  pt-br: {}\n  pt_BR: {}\n", `site.yaml:3: languages: "pt_BR" is "pt-br" again, written another way (line 2); keep one, written "pt-br"`},
		{"unknown nested key", "languages:\n  lv: {name: L, flag: x}\n", `site.yaml:2: languages: lv: unknown key "flag"`},
		// The nearest known key is suggested: a key in other letter case
		// (Hugo's spelling), one letter wrong or two swapped, two wrong in a long key.
		{"key in other case", "languages: {lv: {}}\nbaseUrl: https://example.org/\n", `site.yaml:2: unknown key "baseUrl"; did you mean "baseURL"?`},
		{"letters swapped", "titel: x\nlanguages: {lv: {}}\n", `site.yaml:1: unknown key "titel"; did you mean "title"?`},
		{"two letters wrong", "languages: {lv: {}}\ntiemZon: Europe/Riga\n", `site.yaml:2: unknown key "tiemZon"; did you mean "timeZone"?`},
		// A setting of Hugo's says what vestis has instead, not "unknown
		// key" nor a vestis key spelt near it (theme: did you mean "home"?).
		{"Hugo's theme", "languages: {lv: {}}\ntheme: ananke\n", `site.yaml:2: theme is a setting of Hugo's, which vestis does not read: vestis uses its own default theme, which the site's layouts/ override (docs/templates.md); to build a Hugo site with its theme, run vestis import hugo in its folder`},
		{"Hugo's key in its case", "languages: {lv: {}}\nenableRobotsTXT: true\n", `site.yaml:2: enableRobotsTXT is a setting of Hugo's, which vestis does not read: vestis always writes a robots.txt`},
		{"Hugo's key for a vestis one", "languages: {lv: {}}\nDefaultContentLanguage: lv\n", `site.yaml:2: DefaultContentLanguage is a setting of Hugo's, which vestis does not read: vestis's is defaultLanguage: write defaultLanguage: lv`},
		{"Hugo's key nested is unknown", "languages:\n  lv: {theme: x}\n", `site.yaml:2: languages: lv: unknown key "theme"`},
		{"nested key misspelt", "languages:\n  lv: {name: L, titel: x}\n", `site.yaml:2: languages: lv: unknown key "titel"; did you mean "title"?`},
		{"bad default", "defaultLanguage: de\nlanguages: {lv: {}, en: {}}\n", `site.yaml:1: defaultLanguage: "de" is not in languages (en, lv)`},
		{"not a tag", "languages:\n  lv: {}\n  vn: {}\n", `site.yaml:3: languages: "vn" is not a language tag; did you mean "vi"?`},
		// A key that is no tag is an address with a locale, as a Hugo
		// site's cn.
		{"key without locale", "languages:\n  lv: {}\n  cn: {}\n", `site.yaml:3: languages: "cn" is not a language tag; did you mean "zh"? (or, to keep cn as the address of its pages, give its language tag as locale: cn: {locale: zh})`},
		{"locale not a tag", "languages:\n  lv: {}\n  cn:\n    locale: chinese\n", `site.yaml:4: languages: cn: locale: "chinese" is not a lower-case BCP 47 language tag`},
		{"key with an underscore, without locale", "languages:\n  lv: {}\n  zh_tw: {}\n", `site.yaml:3: languages: "zh_tw" is not a lower-case BCP 47 language tag; write "zh-tw" (or, to keep zh_tw as the address of its pages, give its language tag as locale: zh_tw: {locale: zh-tw})`},
		{"key not a segment", "languages:\n  lv: {}\n  C N: {locale: zh}\n", `site.yaml:3: languages: "C N" is not a lower-case BCP 47 language tag`},
		{"extended syntax not a list", "languages: {lv: {}}\nmarkdown:\n  extendedSyntax: ruby\n", `site.yaml:3: markdown: extendedSyntax: want a list of the parts of the LoveIt themes' Markdown (escape, fontawesome, fraction, ruby), got "ruby"`},
		{"extended syntax unknown part", "languages: {lv: {}}\nmarkdown:\n  extendedSyntax:\n    - ruby\n    - mark\n", `site.yaml:5: markdown: extendedSyntax: "mark" is not one of the parts of the LoveIt themes' Markdown; want escape, fontawesome, fraction, ruby`},
		{"typographer mark in HTML", "languages: {lv: {}}\nmarkdown:\n  typographer:\n    leftDoubleQuote: <b>\n", `site.yaml:4: markdown: typographer: leftDoubleQuote: "<b>" is HTML; write the mark itself`},
		{"typographer mark misspelt", "languages: {lv: {}}\nmarkdown:\n  typographer:\n    leftDoubleQoute: x\n", `site.yaml:4: markdown: typographer: unknown key "leftDoubleQoute"; did you mean "leftDoubleQuote"?`},
		{"extras unknown", "languages: {lv: {}}\nmarkdown: {extras: [mark, highlight]}\n", `site.yaml:2: markdown: extras: "highlight" is not one of Hugo's Markdown extras; want delete, insert, mark, subscript, superscript`},
		{"unknown error to ignore", "languages: {lv: {}}\nhugoIgnoreErrors: [error-remote-getjson, error-missing-instagram-accesstoken]\n", `site.yaml:2: hugoIgnoreErrors: "error-missing-instagram-accesstoken" is not an error vestis can ignore; it knows error-remote-getjson`},
		{"getenv not a pattern", "languages: {lv: {}}\ngetenv: [\"^HUGO_(\"]\n", `site.yaml:2: getenv: "^HUGO_(" is not a regular expression: error parsing regexp: missing closing ): ` + "`^HUGO_(`"},
		{"bad tag", "languages:\n  lv: {}\n  x_y: {}\n", `site.yaml:3: languages: "x_y" is not a lower-case BCP 47 language tag`},
		{"root", "languages:\n  lv: {}\n  root: {}\n", `site.yaml:3: languages: "root" names no language; a language code is a language's two- or three-letter code, then a region if needed, as lv, en, vi or pt-br`},
		{"undetermined", "languages:\n  lv: {}\n  und: {}\n", `site.yaml:3: languages: "und" names no language;`},
		{"private use", "languages:\n  lv: {}\n  x-foo: {}\n", `site.yaml:3: languages: "x-foo" names no language;`},
		{"grandfathered", "languages:\n  lv: {}\n  i-klingon: {}\n", `site.yaml:3: languages: "i-klingon" is an old form of a language code; write "tlh"`},
		{"old form with region", "languages:\n  lv: {}\n  zh-min-nan: {}\n", `site.yaml:3: languages: "zh-min-nan" is an old form of a language code; write "nan"`},
		{"disabled root", "languages: {lv: {}}\ndisabledLanguages: [root]\n", `site.yaml:2: disabledLanguages: "root" names no language;`},
		{"base URL", "baseURL: example.org\nlanguages: {lv: {}}\n", `site.yaml:1: baseURL: "example.org" lacks the https:// an address begins with; write https://example.org`},
		// A staging host's password would be published in every page.
		{"base URL with a password", "baseURL: https://editor:s3cret@example.org/lv/\nlanguages: {lv: {}}\n", `site.yaml:1: baseURL: "https://editor:s3cret@example.org/lv/" holds a user name or password, which every page's links, the feeds and the sitemaps would publish; write the address without it, as in https://example.org/lv/`},
		{"base URL with ..", "baseURL: https://example.org/a/../b/\nlanguages: {lv: {}}\n", `site.yaml:1: baseURL: "https://example.org/a/../b/" has an empty folder, "." or ".." in its path, which links would carry as written; write the path the site is published at, as in https://example.org/handbook/`},
		{"base URL with an empty folder", "baseURL: https://example.org//b/\nlanguages: {lv: {}}\n", `site.yaml:1: baseURL: "https://example.org//b/" has an empty folder`},
		{"yaml syntax", "title: [x\nlanguages: {lv: {}}\n", `site.yaml:`},
		{"segment is a language", "languages: {lv: {}, en: {}}\nsections:\n  news: {lv: en}\n", `site.yaml:3: sections: news: lv: segment "en" is also a language code`},
		{"segment collision", "languages: {lv: {}}\nsections:\n  news: {lv: x}\n  programs: {lv: x}\n", `site.yaml:4: sections: programs: lv: segment "x" is already used by news`},
		{"segment too long", "languages: {lv: {}}\nsections:\n  news: {lv: " + strings.Repeat("ā", 128) + "}\n", `site.yaml:3: sections: news: lv: the segment is 256 bytes long; file systems hold file names of at most 255`},
		{"segment unknown language", "languages: {lv: {}}\nsections:\n  news: {de: x}\n", `site.yaml:3: sections: news: language "de" is not in languages (lv)`},
		{"search page a section's segment", "languages: {lv: {}, en: {}}\nsections:\n  news: {en: news}\nsearchPage: news\n", `site.yaml:4: searchPage: segment "news" is already used by sections: news (en); give the search page another one`},
		// A section at another list's address by default: said at its
		// line, not by the build without one.
		{"section at the search page's address", "languages: {lv: {}}\nsections:\n  news: {lv: search}\n", `site.yaml:3: sections: news: lv: segment "search" is also the search page's address; choose another, or give the search page another with searchPage`},
		{"section at a taxonomy's address", "languages: {lv: {}}\ntaxonomies: [tags]\nsections:\n  news: {lv: tags}\n", `site.yaml:4: sections: news: lv: segment "tags" is also the address of the taxonomy tags; choose another`},
		{"search page the section search's segment", "languages: {en: {}}\nsections:\n  search: {en: find}\nsearchPage: {en: find}\n", `site.yaml:4: searchPage: en: segment "find" is already used by sections: search (en)`},
		{"search page a language", "languages: {lv: {}, en: {}}\nsearchPage: en\n", `site.yaml:2: searchPage: segment "en" is also a language code`},
		{"search page not a segment", "languages: {en: {}}\nsearchPage: {en: Find Here}\n", `site.yaml:2: searchPage: en: "Find Here" is not a URL segment`},
		{"search page unknown language", "languages: {en: {}}\nsearchPage: {de: suche}\n", `site.yaml:2: searchPage: language "de" is not in languages (en)`},
		{"search page a list", "languages: {en: {}}\nsearchPage: [a]\n", `site.yaml:2: searchPage: want text, got a list`},
		{"no languages", "title: x\n", `site.yaml:0`},
		{"time zone", "languages: {lv: {}}\ntimeZone: Riga\n", `site.yaml:2: timeZone: "Riga" is not a time zone name such as Europe/Riga`},
		{"timeout not a duration", "languages: {lv: {}}\ntimeout: soon\n", `site.yaml:2: timeout: "soon" is not a duration such as 30s or 2m`},
		// A timeout written right but past what Go's durations hold is said to
		// be too long, not "not a duration" (nor an overflow).
		{"timeout too long", "languages: {lv: {}}\ntimeout: 99999999h\n", `site.yaml:2: timeout: 99999999h is longer than vestis can wait (at most 2562047h, about 292 years); a page that takes more than a few minutes is stuck, so write a time such as 30s or 5m`},
		{"timeout too long in parts", "languages: {lv: {}}\ntimeout: 2562047h60m\n", `site.yaml:2: timeout: 2562047h60m is longer than vestis can wait`},
		{"timeout too many seconds", "languages: {lv: {}}\ntimeout: 9999999999\n", `site.yaml:2: timeout: 9999999999s is longer than vestis can wait`},
		{"timeout seconds past a number", "languages: {lv: {}}\ntimeout: 99999999999999999999\n", `site.yaml:2: timeout: 99999999999999999999 seconds is longer than vestis can wait`},
		{"timeout zero", "languages: {lv: {}}\ntimeout: 0s\n", `site.yaml:2: timeout: must be more than 0, not 0s`},
		{"timeout a list", "languages: {lv: {}}\ntimeout: [1]\n", `site.yaml:2: timeout: want text, got a list`},
		{"wrong type", "languages: {lv: {}}\npaginate: many\n", `site.yaml:2: paginate: want a whole number, got "many"`},
		{"weight not a number", "languages:\n  lv: {}\n  en:\n    weight: first\n", `site.yaml:4: languages: en: weight: want a whole number, got "first"`},
		{"heading IDs of another kind", "languages: {lv: {}}\nmarkdown:\n  headingIDs: blackfriday\n", `site.yaml:3: markdown: headingIDs: want vestis, github or github-ascii (Hugo's autoHeadingIDType), got "blackfriday"`},
		{"minify not a bool", "languages: {lv: {}}\nminify: sometimes\n", `site.yaml:2: minify: want true or false, got "sometimes"`},
		{"limit a float", "languages: {lv: {}}\nfeeds: {limit: 2.5}\n", `site.yaml:2: feeds: limit: want a whole number, got 2.5`},
		// A character a page may not hold, which every page and feed
		// would publish: at its line, written or as an escape.
		{"control character in a title", "languages: {lv: {title: \"V\\u0007ēstis\"}}\n", `site.yaml:1: languages: lv: title: contains the invisible control character U+0007, which a web page may not hold; delete it`},
		{"byte order mark in a param", "languages: {lv: {}}\nparams:\n  email: \"\ufeffa@b.lv\"\n", `site.yaml:3: params: email: contains the invisible byte order mark U+FEFF (the mark some editors put before a file's first letter; text pasted from such a file brings it), which a web page may not hold; delete it`},
		// A whole number no int holds is too large, not "not a whole number".
		{"paginate too large", "languages: {lv: {}}\npaginate: 1e22\n", `site.yaml:2: paginate: 1e22 is too large a number; write a whole number of at most 15 digits`},
		// 1e400 is a number no float holds, which YAML reads as text.
		{"paginate no float holds", "languages: {lv: {}}\npaginate: 1e400\n", `site.yaml:2: paginate: 1e400 is too large a number; write a whole number of at most 15 digits`},
		{"weight no float holds", "languages:\n  lv: {weight: -1.5e+400}\n", `site.yaml:2: languages: lv: weight: -1.5e+400 is too large a number; write a whole number of at most 15 digits`},
		// A param no page can show.
		{"param infinite", "languages: {lv: {}}\nparams:\n  a: {b: [1, .inf]}\n", `site.yaml:3: params: a: b: item 2: .inf is no number a page can show (it would print as +Inf); write a number, or put it in quotes to mean the text`},
		{"language param too large", "languages: {lv: {params: {n: 1e400}}}\n", `site.yaml:1: languages: lv: params: n: 1e400 is too large a number for a computer to hold, which a page would show as the text "1e400"; write a smaller number, or put it in quotes to mean the text`},
		{"paginate quoted", "languages: {lv: {}}\npaginate: \"1e400\"\n", `site.yaml:2: paginate: want a whole number, got "1e400"`},
		{"weight of too many digits", "languages:\n  lv: {weight: 99999999999999999999}\n", `site.yaml:2: languages: lv: weight: 99999999999999999999 is too large a number; write a whole number of at most 15 digits`},
		{"taxonomies not a list", "languages: {lv: {}}\ntaxonomies: tags\n", `site.yaml:2: taxonomies: want a list such as [a, b], got "tags"`},
		{"title a list", "languages: {lv: {}}\ntitle: [a]\n", `site.yaml:2: title: want text, got a list, [a]`},
		{"params not a map", "languages: {lv: {}}\nparams: [a]\n", `site.yaml:2: params: want keys with values (key: value), got a list`},
		{"languages a list", "languages: [lv, en]\n", `site.yaml:1: languages: want keys with values (key: value), got a list, [lv, en]`},
		{"not a map", "- a\n- b\n", `site.yaml:1: want keys with values (key: value), got a list`},
		{"key twice", "title: a\nlanguages: {lv: {}}\ntitle: b\n", `site.yaml:3: title is given twice, on lines 1 and 3; keep one`},
		{"alias cycle", "languages: {lv: {}}\nparams: &p\n  again: *p\n", `site.yaml:3: alias *p is inside the value of its own anchor &p, so the value would never end`},
		{"alias bomb", "languages: {lv: {}}\nparams:\n" + aliasBomb("  "), `site.yaml:8: aliases (*name) repeat the values of anchors (&name) too many times; write the values out, or use fewer aliases`},
		{"parser error line", "languages: {lv: {}}\ntitle: x\ntaxonomies: [a\n", `site.yaml:3: a list begun with [ is not closed: end it with ], with commas between its items`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("site.yaml", []byte(tt.yaml))
			if err == nil {
				t.Fatalf("Parse(%q) succeeded", tt.yaml)
			}
			if tt.name == "no languages" {
				if !strings.Contains(err.Error(), "languages: at least one language is needed") {
					t.Errorf("error = %v", err)
				}
				return
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v\nwant it to contain %s", err, tt.want)
			}
		})
	}
}

// aliasBomb is a "billion laughs" of ten lines, indented by indent.
func aliasBomb(indent string) string {
	var b strings.Builder
	b.WriteString(indent + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i <= 9; i++ {
		ref := fmt.Sprintf("*a%d", i-1)
		fmt.Fprintf(&b, "%sa%d: &a%d [%s]\n", indent, i, i, strings.Repeat(ref+", ", 9)+ref)
	}
	return b.String()
}

// TestParseMerge: "<<" merges a map into another; the map's own keys win.
func TestParseMerge(t *testing.T) {
	c, err := Parse("site.yaml", []byte("languages:\n  lv: &l {name: L, weight: 1}\n  en:\n    <<: *l\n    name: E\nparams:\n  base: &b {a: 1}\n  x:\n    <<: *b\n    c: 2\n"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Language{{Code: "en", Name: "E", Weight: 1}, {Code: "lv", Name: "L", Weight: 1}}, c.Languages); diff != "" {
		t.Errorf("languages (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]any{"base": map[string]any{"a": 1}, "x": map[string]any{"a": 1, "c": 2}}, c.Params); diff != "" {
		t.Errorf("params (-want +got):\n%s", diff)
	}
}

// TestParseManyParams reads a 10 MB site.yaml with 400,000 params. yaml.v3's
// Decode compared every key with every other, which took longer than go
// test's 10-minute limit; decoding from nodes is linear.
func TestParseManyParams(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB of YAML")
	}
	var b strings.Builder
	b.WriteString("languages: {lv: {}}\nparams:\n")
	for i := range 400_000 {
		fmt.Fprintf(&b, "  key%d: a value of some twenty bytes %d\n", i, i)
	}
	c, err := Parse("site.yaml", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Params) != 400_000 || c.Params["key399999"] != "a value of some twenty bytes 399999" {
		t.Errorf("got %d params, key399999 = %v", len(c.Params), c.Params["key399999"])
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(valid))
	f.Add([]byte("languages: {lv: {}}\n"))
	f.Add([]byte("\ufefftitle: x\r\nlanguages:\r\n  lv: {}\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("site.yaml", data)
		if err == nil && (len(c.Languages) == 0 || c.Language(c.DefaultLanguage) == nil) {
			t.Errorf("valid config without a default language: %+v", c)
		}
	})
}

func TestTimeout(t *testing.T) {
	tests := []struct {
		yaml string
		want time.Duration
	}{
		{"", DefaultTimeout},
		{"timeout: 5s\n", 5 * time.Second},
		{"timeout: 2m\n", 2 * time.Minute},
		{"timeout: 90\n", 90 * time.Second}, // a number is seconds, as in Hugo
		{"timeout: 10ms\n", 10 * time.Millisecond},
	}
	for _, tt := range tests {
		c, err := Parse("site.yaml", []byte("languages: {lv: {}}\n"+tt.yaml))
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.yaml, err)
		}
		if c.Timeout != tt.want {
			t.Errorf("Parse(%q).Timeout = %v, want %v", tt.yaml, c.Timeout, tt.want)
		}
	}
}

// TestCheckLanguageCodeValid: codes of languages, with a region or script,
// stay accepted beside the refusals of TestParseErrors.
func TestCheckLanguageCodeValid(t *testing.T) {
	for _, code := range []string{"lv", "en", "vi", "pt-br", "en-us", "sr-latn", "zh-hant-tw", "tl", "fil", "yue", "es-419"} {
		if err := CheckLanguageCode(code); err != nil {
			t.Errorf("CheckLanguageCode(%q) = %v", code, err)
		}
	}
}

// TestSearchSegment: the search page's address is searchPage's, one for
// every language or one a language, else sections.search's, which then also
// names a section search; with searchPage, sections.search moves only the
// section.
func TestSearchSegment(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, yaml      string
		search, section string // of lang en
		searchLv        string
	}{
		{"default", "languages: {lv: {}, en: {}}\n", "search", "search", "search"},
		{"sections.search names both", "languages: {lv: {}, en: {}}\nsections:\n  search: {lv: meklet, en: find}\n", "find", "find", "meklet"},
		{"one for every language", "languages: {lv: {}, en: {}}\nsearchPage: site-search\n", "site-search", "search", "site-search"},
		{"one a language", "languages: {lv: {}, en: {}}\nsearchPage: {lv: meklet}\n", "search", "search", "meklet"},
		{"apart from the section", "languages: {lv: {}, en: {}}\nsections:\n  search: {en: lookup}\nsearchPage: {en: find}\n", "find", "lookup", "search"},
	}
	for _, tt := range tests {
		c, err := Parse("site.yaml", []byte(tt.yaml))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := c.SearchSegment("en"); got != tt.search {
			t.Errorf("%s: SearchSegment(en) = %q, want %q", tt.name, got, tt.search)
		}
		if got := c.SearchSegment("lv"); got != tt.searchLv {
			t.Errorf("%s: SearchSegment(lv) = %q, want %q", tt.name, got, tt.searchLv)
		}
		if got := c.Segment("search", "en"); got != tt.section {
			t.Errorf("%s: Segment(search, en) = %q, want %q", tt.name, got, tt.section)
		}
	}
}

// TestLanguageLocale: a language key that is no tag (a Hugo site's cn or
// zh_tw) is taken with the tag its locale gives, which Tag and RTL follow;
// a tag keeps itself as its tag.
func TestLanguageLocale(t *testing.T) {
	cfg, err := Parse("site.yaml", []byte("languages:\n  en: {}\n  cn: {locale: zh-cn}\n  zh_tw: {locale: zh-tw}\n  fa_ir: {locale: fa}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for code, want := range map[string]string{"en": "en", "cn": "zh-cn", "zh_tw": "zh-tw", "fa_ir": "fa"} {
		if got := cfg.Tag(code); got != want {
			t.Errorf("Tag(%q) = %q, want %q", code, got, want)
		}
	}
	if l := cfg.Language("fa_ir"); l == nil || !l.RTL {
		t.Errorf("fa_ir (locale fa) is not right to left: %+v", l)
	}
}

// TestExtendedSyntax: markdown.extendedSyntax is read sorted, each part once,
// in any order and case of writing the list.
func TestExtendedSyntax(t *testing.T) {
	for _, c := range []struct {
		yaml string
		want []string
	}{
		{"", nil},
		{"markdown: {extendedSyntax: [ruby, escape, ruby, fontawesome, fraction]}\n", []string{"escape", "fontawesome", "fraction", "ruby"}},
	} {
		cfg, err := Parse("site.yaml", []byte("languages: {lv: {}}\n"+c.yaml))
		if err != nil {
			t.Fatalf("%q: %v", c.yaml, err)
		}
		if diff := cmp.Diff(c.want, cfg.Markdown.ExtendedSyntax); diff != "" {
			t.Errorf("%q: ExtendedSyntax (-want +got):\n%s", c.yaml, diff)
		}
	}
}

// TestCheckBaseURL: a site's address that no page could link with is
// refused saying what is wrong with it, where every such address was "not
// an absolute http(s) URL".
func TestCheckBaseURL(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"https://example.org/", ""},
		{"HTTP://Example.org:8080/handbook/", ""},
		{"https://ēxample.lv/", ""},
		{"http://[2001:db8::1]:80/", ""},
		{"/", ""},
		{"https://exa mple.org/", `"https://exa mple.org/" holds a space (character 12), which an address cannot hold; delete it, or write it as %20`},
		{"https://example.org/\u00a0", `"https://example.org/\u00a0" holds a space U+00A0 (character 21)`},
		{"https://example.org/\x01/", `"https://example.org/\x01/" holds the invisible character U+0001 (character 21)`},
		{"https://example.org/ā%zz/", `"https://example.org/ā%zz/" holds "%zz" (character 22), which is no escape: in an address % is followed by two of 0-9 and A-F, as in %20 for a space; write %25 for a % sign`},
		{"https://example.org/%2", `holds "%2" (character 21), which is no escape`},
		{"example.org/lv/", `"example.org/lv/" lacks the https:// an address begins with; write https://example.org/lv/`},
		{"localhost:1313", `"localhost:1313" lacks the https:// an address begins with; write https://localhost:1313`},
		{"//example.org/", `"//example.org/" lacks the https: its address begins with; write https://example.org/`},
		{"/handbook/", `"/handbook/" is a folder, not the site's whole address; write the address with its host, as in https://example.org/handbook/`},
		{"ftp://example.org/", `"ftp://example.org/" begins with ftp://, which is not a web address`},
		{"mailto:a@example.org", `"mailto:a@example.org" begins with mailto:, which is not a web address`},
		{"https:///lv/", `"https:///lv/" has no host name after https://`},
		{"https://[::1/", `"https://[::1/" opens a [ in its host name that it does not close`},
		{"https://[::1]x/", `"https://[::1]x/" has "x" after the ] of its host name`},
		{"https://example.org:99999/", `"https://example.org:99999/" has the port "99999", which no server has: a port is a number from 1 to 65535`},
		{"https://example.org:http/", `has the port "http", which no server has`},
		{"https://exa<mple.org/", `"https://exa<mple.org/" has "<" in its host name "exa<mple.org", which a host name cannot hold`},
		{"https://example.org/?lang=lv", `"https://example.org/?lang=lv" ends with "?lang=lv", which a site's address cannot hold`},
		{"https://example.org/#top", `ends with "#top"`},
	} {
		err := CheckBaseURL(tt.in)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("CheckBaseURL(%q) = %v, want no error", tt.in, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("CheckBaseURL(%q) = %v\nwant %s", tt.in, err, tt.want)
		}
	}
}

// TestFooterLinkInWords: a footer link to a web address no browser could
// follow, or with an empty title (a link with no words), is refused at its
// line, where both were published.
func TestFooterLinkInWords(t *testing.T) {
	for footer, want := range map[string]string{
		`[{url: "https://a b/", title: x}]`:           `site.yaml:2: footer: url: "https://a b/" holds a space (character 10)`,
		`[{url: "https://a.org:0/", title: x}]`:       `site.yaml:2: footer: url: "https://a.org:0/" has the port "0", which no server has`,
		`[{url: "https://a.org/", title: ""}]`:        `site.yaml:2: footer: the link to https://a.org/ needs a title`,
		`[{url: "https://a.org/", title: {lv: " "}}]`: `site.yaml:2: footer: the link to https://a.org/ needs a title`,
		`[{url: "https://a.org/?q=1#x", title: x}]`:   ``,
	} {
		_, err := Parse("site.yaml", []byte("languages: {lv: {}}\nfooter: "+footer+"\n"))
		switch {
		case want == "" && err != nil:
			t.Errorf("footer: %s: %v, want no error", footer, err)
		case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
			t.Errorf("footer: %s: %v\nwant %s", footer, err, want)
		}
	}
}
