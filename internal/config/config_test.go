package config

import (
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
		BaseURL:         "https://example.org/sub/",
		Title:           "Vēstis",
		DefaultLanguage: "lv",
		Languages: []Language{
			{Code: "lv", Name: "Latviešu", Title: "Vēstis", Weight: 1},
			{Code: "en", Name: "English", Title: "News", Weight: 2},
			{Code: "vi", Name: "Tiếng Việt", Title: "Vēstis", Weight: 3},
		},
		Sections:   map[string]map[string]string{"news": {"lv": "jaunumi", "en": "news", "vi": "tin-tuc"}},
		Paginate:   5,
		Taxonomies: []string{"tags"},
		Minify:     true,
		FeedLimit:  20,
		Location:   time.UTC,
		Params:     map[string]any{"email": "a@b.lv"},
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

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"unknown key", "title: x\nlanguages: {lv: {}}\ncolour: red\n", `site.yaml:3: unknown key "colour"`},
		{"unknown nested key", "languages:\n  lv: {name: L, flag: x}\n", `site.yaml:2: unknown key "flag"`},
		{"bad default", "defaultLanguage: de\nlanguages: {lv: {}, en: {}}\n", `site.yaml:1: defaultLanguage: "de" is not in languages (en, lv)`},
		{"not a tag", "languages:\n  lv: {}\n  vn: {}\n", `site.yaml:3: languages: "vn" is not a language tag; did you mean "vi"?`},
		{"bad tag", "languages:\n  lv: {}\n  x_y: {}\n", `site.yaml:3: languages: "x_y" is not a lower-case BCP 47 language tag`},
		{"base URL", "baseURL: example.org\nlanguages: {lv: {}}\n", `site.yaml:1: baseURL: "example.org" is not an absolute http(s) URL`},
		{"yaml syntax", "title: [x\nlanguages: {lv: {}}\n", `site.yaml:`},
		{"segment is a language", "languages: {lv: {}, en: {}}\nsections:\n  news: {lv: en}\n", `site.yaml:3: sections: news: lv: segment "en" is also a language code`},
		{"segment collision", "languages: {lv: {}}\nsections:\n  news: {lv: x}\n  programs: {lv: x}\n", `site.yaml:4: sections: programs: lv: segment "x" is already used by news`},
		{"segment unknown language", "languages: {lv: {}}\nsections:\n  news: {de: x}\n", `site.yaml:3: sections: news: language "de" is not in languages (lv)`},
		{"no languages", "title: x\n", `site.yaml:0`},
		{"time zone", "languages: {lv: {}}\ntimeZone: Riga\n", `site.yaml:2: timeZone: "Riga" is not a time zone name such as Europe/Riga`},
		{"wrong type", "languages: {lv: {}}\npaginate: many\n", `site.yaml:2: cannot unmarshal !!str ` + "`many`" + ` into int`},
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
