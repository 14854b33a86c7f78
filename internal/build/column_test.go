package build_test

import (
	"regexp"
	"strconv"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestColumnsCountFromOne: every column vestis prints counts from 1, as
// editors and Go's own tools do, whatever kind of file the mistake is in
// (text/template counts its columns from 0). Each case has its mistake at a
// known line and column: the message names that line, and a column, when it
// names one, is that column.
func TestColumnsCountFromOne(t *testing.T) {
	t.Parallel()
	page := "-- content/a.lv.md --\n---\ntitle: A\n---\nTeksts.\n"
	withPage := func(files string) string { return siteYAML + plainLayouts + page + files }
	tests := []struct {
		name      string
		site      string
		file      string
		line, col int // of the mistake
	}{
		{"layout: unknown function", withPage("-- layouts/_default/single.html --\n<p>\n<p>{{ .Page.Title | nosuch }}</p>\n"),
			"layouts/_default/single.html", 2, 21},
		{"layout: if never closed", withPage("-- layouts/_default/single.html --\n<p>\n<p>{{ if .Title }}</p>\n<p>x</p>\n"),
			"layouts/_default/single.html", 2, 10},
		{"layout: a loop that never ends", withPage("-- layouts/_default/single.html --\n{{define \"main\"}}\n<p>{{ range 99999999999 }}x{{end}}</p>{{end}}\n"),
			"layouts/_default/single.html", 2, 13},
		{"layout: executing", withPage("-- layouts/_default/single.html --\n{{define \"main\"}}\n<p>{{ .Page.Nosuch }}</p>{{end}}\n"),
			"layouts/_default/single.html", 2, 12}, // at .Nosuch, the field it cannot read
		{"layout: syntax", withPage("-- layouts/_default/single.html --\n<p>\n<p>{{ .Title ) }}</p>\n"),
			"layouts/_default/single.html", 2, 14}, // the ) at fault
		{"layout: end too many", withPage("-- layouts/_default/single.html --\n<p>\n<p>{{ end }}</p>\n"),
			"layouts/_default/single.html", 2, 4},
		{"shortcode: if never closed", siteYAML + plainLayouts + "-- content/a.lv.md --\n---\ntitle: A\n---\nTeksts {{< x >}}.\n-- layouts/shortcodes/x.html --\n<p>\n{{ with .Get 0 }}\n",
			"layouts/shortcodes/x.html", 2, 9},
		{"front matter: YAML", siteYAML + plainLayouts + "-- content/a.lv.md --\n---\ntitle: A\n  tags: x\n---\nTeksts.\n",
			"content/a.lv.md", 3, 7},
		{"front matter: TOML", siteYAML + plainLayouts + "-- content/a.lv.md --\n+++\ntitle = \"A\"\ndate = [1,\n+++\nTeksts.\n",
			"content/a.lv.md", 3, 11},
		{"front matter: JSON", siteYAML + plainLayouts + "-- content/a.lv.md --\n{\n\"title\": \"A\",\n\"date\": 'x'\n}\nTeksts.\n",
			"content/a.lv.md", 3, 9},
		{"Markdown: shortcode", siteYAML + plainLayouts + "-- content/a.lv.md --\n---\ntitle: A\n---\nTeksts {{< x a=\"b >}}.\n",
			"content/a.lv.md", 4, 16}, // the quote never closed
		{"i18n", withPage("-- i18n/lv.yaml --\na: b\nc: [d\n"), "i18n/lv.yaml", 2, 4},
		{"data: YAML", withPage("-- data/x.yaml --\na: b\n  c: d\n"), "data/x.yaml", 2, 4},
		{"data: TOML", withPage("-- data/x.toml --\na = 1\nb = [1,\n"), "data/x.toml", 2, 8},
		{"site.yaml", "-- site.yaml --\nbaseURL: https://example.org/\n  title: x\n" + plainLayouts + page, "site.yaml", 2, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			msg := bt.Fail(t, tt.site)
			at := regexp.MustCompile(`(?m)(?:^|: )` + regexp.QuoteMeta(tt.file) + `:(\d+)(?::(\d+))?: `).FindStringSubmatch(msg)
			if at == nil {
				t.Fatalf("the error does not name %s:\n%s", tt.file, msg)
			}
			if line, _ := strconv.Atoi(at[1]); line != tt.line {
				t.Errorf("line %d, want %d:\n%s", line, tt.line, msg)
			}
			if col, _ := strconv.Atoi(at[2]); at[2] != "" && col != tt.col {
				t.Errorf("column %d, want %d (counted from 1):\n%s", col, tt.col, msg)
			}
		})
	}
}

// TestColumnsCountCharacters: every column vestis prints counts characters,
// not bytes, so that the Latvian (2 bytes a letter) and Vietnamese (3) text
// before a mistake does not move it to the right of where an editor shows
// it; and every mistake in a layout or a shortcode gets a column, the
// parser's too, which text/template gives only a line. Each case has "ĀĒ
// Việt" (7 characters, 12 bytes) or more before its mistake.
func TestColumnsCountCharacters(t *testing.T) {
	t.Parallel()
	page := "-- content/a.lv.md --\n---\ntitle: A\n---\nTeksts.\n"
	withPage := func(files string) string { return siteYAML + plainLayouts + page + files }
	layout := func(text string) string { return withPage("-- layouts/_default/single.html --\n<p>\n" + text + "\n") }
	withBody := func(body, files string) string {
		return siteYAML + plainLayouts + "-- content/a.lv.md --\n---\ntitle: A\n---\n" + body + "\n" + files
	}
	tests := []struct {
		name      string
		site      string
		file      string
		line, col int // of the mistake
	}{
		{"layout: unknown function", layout("ĀĒ Việt {{ .Page.Title | nosuch }}"), "layouts/_default/single.html", 2, 26},
		{"layout: if never closed", layout("ĀĒ Việt {{ if .Title }}x"), "layouts/_default/single.html", 2, 15},
		{"layout: a loop that never ends", withPage("-- layouts/_default/single.html --\n{{define \"main\"}}\nĀĒ Việt {{ range 99999999999 }}x{{end}}{{end}}\n"),
			"layouts/_default/single.html", 2, 18},
		{"layout: executing", withPage("-- layouts/_default/single.html --\n{{define \"main\"}}\nĀĒ Việt {{ .Page.Nosuch }}{{end}}\n"),
			"layouts/_default/single.html", 2, 17},
		{"layout: syntax", layout("ĀĒ Việt {{ .Title ) }}"), "layouts/_default/single.html", 2, 19}, // the )
		{"layout: end too many", layout("ĀĒ Việt {{ .Title }} ŗ {{ end }}"), "layouts/_default/single.html", 2, 24},
		{"layout: else alone", layout("ĀĒ Việt {{ else }}"), "layouts/_default/single.html", 2, 9},
		{"shortcode: end too many", withBody("Teksts {{< x >}}.", "-- layouts/shortcodes/x.html --\n<p>\nĀĒ Việt {{ end }}\n"),
			"layouts/shortcodes/x.html", 2, 9},
		{"shortcode: executing", withBody("Teksts {{< x >}}.", "-- layouts/shortcodes/x.html --\n<p>\nĀĒ Việt {{ .Nosuch }}\n"),
			"layouts/shortcodes/x.html", 2, 12},
		{"data: JSON", withPage("-- data/x.json --\n{\"a\": \"ĀĒ Việt\", \"b\": x}\n"), "data/x.json", 1, 23}, // the x
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			msg := bt.Fail(t, tt.site)
			at := regexp.MustCompile(`(?m)(?:^|: )` + regexp.QuoteMeta(tt.file) + `:(\d+):(\d+): `).FindStringSubmatch(msg)
			if at == nil {
				t.Fatalf("the error does not name %s with a line and a column:\n%s", tt.file, msg)
			}
			if line, _ := strconv.Atoi(at[1]); line != tt.line {
				t.Errorf("line %d, want %d:\n%s", line, tt.line, msg)
			}
			if col, _ := strconv.Atoi(at[2]); col != tt.col {
				t.Errorf("column %d, want %d (in characters):\n%s", col, tt.col, msg)
			}
		})
	}
}
