package archetype

import (
	"os"

	"errors"
	"github.com/vestis-ssg/vestis/internal/config"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"
)

var langs = []string{"lv", "en", "vi"}

func TestParseName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in     string
		bundle bool
		want   Name
	}{
		{"news/2024-01-22-strive-kick-off", false, Name{Section: "news", Dir: "news", Base: "2024-01-22-strive-kick-off"}},
		{"news/a", true, Name{Section: "news", Dir: "news", Base: "a", Bundle: true}},
		{"news/a.md", false, Name{Section: "news", Dir: "news", Base: "a"}},
		{"news/a.lv.md", false, Name{Section: "news", Dir: "news", Base: "a"}},
		{"news/a.vi", false, Name{Section: "news", Dir: "news", Base: "a"}},
		{"news/report.final.md", false, Name{Section: "news", Dir: "news", Base: "report.final"}},
		{"news/a.de.md", false, Name{Section: "news", Dir: "news", Base: "a.de"}},
		{"content/news/a.en.md", false, Name{Section: "news", Dir: "news", Base: "a"}},
		{"news/2024/a", false, Name{Section: "news", Dir: "news/2024", Base: "a"}},
		{"news/_index", false, Name{Section: "news", Dir: "news", Base: "_index"}},
		{"programs/Ārvalstu sadarbība", false, Name{Section: "programs", Dir: "programs", Base: "Ārvalstu sadarbība"}},
		{"news/a..b", false, Name{Section: "news", Dir: "news", Base: "a..b"}},
		{"news/lv.md", false, Name{Section: "news", Dir: "news", Base: "lv"}},
	}
	for _, tt := range tests {
		got, err := ParseName(tt.in, langs, tt.bundle)
		if err != nil {
			t.Errorf("ParseName(%q, %v): %v", tt.in, tt.bundle, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseName(%q, %v) (-want +got):\n%s", tt.in, tt.bundle, diff)
		}
	}
}

func TestParseNameErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in     string
		bundle bool
		want   string
	}{
		{"", false, "the name is empty"},
		{"  ", false, "the name is empty"},
		{"../news/a", false, `contains ".."`},
		{"news/../../a", false, `contains ".."`},
		{"news/..", false, `contains ".."`},
		{"/tmp/news/a", false, "absolute path"},
		{"C:/news/a", false, "absolute path"},
		{`news\a`, false, "backslash"},
		{`..\..\a`, false, "backslash"},
		{"news/" + strings.Repeat("a", 300), false, "a name of 300 bytes is too long: file systems allow 244"},
		{"a", false, "has no section"},
		{"a.lv.md", false, "has no section"},
		{"content/a", false, "has no section"},
		{"news/", false, "empty folder name"},
		{"news//a", false, "empty folder name"},
		{"./news/a", false, "empty folder name"},
		{"news/.hidden", false, "the build skips"},
		{".git/a", false, "the build skips"},
		{"news/a~", false, "the build skips"},
		{"news/.md", false, "the build skips"},
		{"news/index", false, "page bundle"},
		{"news/index.lv.md", true, "page bundle"},
		// The page's address would be a name Windows cannot hold: a new page
		// need not have one (a site that has one is warned about).
		{"news/con", false, `"con" is a name Windows cannot hold (CON, PRN, AUX, NUL`},
		{"news/Nul.lv.md", false, `"Nul.lv.md" is a name Windows cannot hold`},
		{"news/a:b", false, `"a:b" is a name Windows cannot hold (a name may not hold < > : " | ? * or \): the site would not build on Windows; choose another name`},
		{"news/what?.md", false, `"what?.md" is a name Windows cannot hold`},
		{"aux/a", false, `"aux" is a name Windows cannot hold`},
		{"news/a.", false, "a name may not end in a dot"},
		{"news/_index", true, "cannot be a bundle"},
		{"news/a\nb", false, "control character"},
		// An extension left on the name would stay in the file name and address.
		{"news/x.md.md", false, `vestis new adds the language and .md itself, so ".md" would stay in the file's name (x.md.lv.md) and in the page's address; write news/x`},
		{"news/2024/x.md.lv.md", false, `".md" would stay in the file's name (x.md.lv.md) and in the page's address; write news/2024/x`},
		{"news/x.markdown", false, `".markdown" would stay`},
		{"news/x.HTML.md", false, `".HTML" would stay`},
		{"news/x.en.lv.md", false, `".en" would stay in the file's name (x.en.lv.md)`},
	}
	for _, tt := range tests {
		_, err := ParseName(tt.in, langs, tt.bundle)
		var ne *NameError
		if !errors.As(err, &ne) {
			t.Errorf("ParseName(%q, %v) = %v, want a *NameError", tt.in, tt.bundle, err)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseName(%q, %v) = %q, want it to contain %q", tt.in, tt.bundle, err, tt.want)
		}
	}
}

func TestPaths(t *testing.T) {
	t.Parallel()
	n := Name{Section: "news", Dir: "news/2024", Base: "a"}
	if diff := cmp.Diff([]string{"content/news/2024/a.lv.md", "content/news/2024/a.en.md"}, n.Paths([]string{"lv", "en"})); diff != "" {
		t.Errorf("Paths (-want +got):\n%s", diff)
	}
	n.Bundle = true
	if diff := cmp.Diff([]string{"content/news/2024/a/index.lv.md"}, n.Paths([]string{"lv"})); diff != "" {
		t.Errorf("bundle Paths (-want +got):\n%s", diff)
	}
	want := []string{
		"content/news/2024/a.lv.md", "content/news/2024/a.en.md", "content/news/2024/a.md",
		"content/news/2024/a/index.lv.md", "content/news/2024/a/index.en.md", "content/news/2024/a/index.md",
	}
	if diff := cmp.Diff(want, n.Conflicts([]string{"lv", "en"})); diff != "" {
		t.Errorf("Conflicts (-want +got):\n%s", diff)
	}
}

// TestPathsInLanguageFolders: a language with a content folder of its own
// (Hugo's contentDir: content/de) gets its file there, named as Hugo names
// it, without the language: vestis new wrote content/news/a.de.md, which
// no build reads, so the page never came.
func TestPathsInLanguageFolders(t *testing.T) {
	t.Parallel()
	n := Name{Section: "news", Dir: "news", Base: "a", Folders: map[string]string{"de": "content/de", "fr": "content/fr"}}
	if diff := cmp.Diff([]string{"content/de/news/a.md", "content/fr/news/a.md", "content/news/a.en.md"}, n.Paths([]string{"de", "fr", "en"})); diff != "" {
		t.Errorf("Paths (-want +got):\n%s", diff)
	}
	want := []string{
		"content/de/news/a.md", "content/de/news/a.de.md", "content/de/news/a/index.md", "content/de/news/a/index.de.md",
	}
	if diff := cmp.Diff(want, n.Conflicts([]string{"de"})); diff != "" {
		t.Errorf("Conflicts (-want +got):\n%s", diff)
	}
	n.Bundle = true
	if diff := cmp.Diff([]string{"content/de/news/a/index.md"}, n.Paths([]string{"de"})); diff != "" {
		t.Errorf("bundle Paths (-want +got):\n%s", diff)
	}
}

func TestWords(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"2024-01-22-strive-kick-off": "2024 01 22 strive kick off",
		"kick_off--now":              "kick off now",
		"Ārvalstu sadarbība":         "Ārvalstu sadarbība",
	} {
		if got := Words(in); got != want {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}

// frontMatter decodes the YAML front matter of page.
func frontMatter(t *testing.T, page []byte) map[string]any {
	t.Helper()
	s, ok := strings.CutPrefix(string(page), "---\n")
	if !ok {
		t.Fatalf("no front matter in\n%s", page)
	}
	block, _, ok := strings.Cut(s, "\n---\n")
	if !ok {
		t.Fatalf("front matter not closed in\n%s", page)
	}
	var m map[string]any
	if err := yaml.Unmarshal([]byte(block), &m); err != nil {
		t.Fatalf("front matter: %v\n%s", err, page)
	}
	return m
}

func TestRender(t *testing.T) {
	t.Parallel()
	now := time.Date(2024, 1, 22, 23, 30, 0, 0, time.FixedZone("EET", 2*3600))
	day := time.Date(2024, 1, 22, 0, 0, 0, 0, time.UTC)
	site := fstest.MapFS{
		"archetypes/events.md":  {Data: []byte("---\ntitle: {{ quote .Title }}\nplace: {{ .Section }}/{{ .Name }}\n---\nText in {{ .Lang }}.\n")},
		"archetypes/default.md": {Data: []byte("---\ntitle: {{ quote .Title }}\nkind: site-default\ndraft: false\n---\n")},
	}
	bare := fstest.MapFS{}
	site_, err := os.ReadFile("../../site.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Parse("site.yaml", append(site_, `  events:
    sections: [events]
    fields:
      start: {kind: datetime, required: true}
      venue: {kind: text, required: true}
      audience: {kind: enum, values: [staff, public], required: true}
      online: {kind: bool}
`...))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		site  fstest.MapFS
		page  string
		title string
		want  map[string]any // fields the lv file must have
		body  string         // text the lv file must contain
	}{
		{
			name: "built-in news", site: bare, page: "news/2024-01-22-strive-kick-off", title: `STRIVE: "kick-off"`,
			want: map[string]any{"title": `STRIVE: "kick-off"`, "date": day, "draft": true, "description": "", "tags": []any{},
				"location": "", "contact": "", "source": ""},
			body: "contact: \"\"              # email\n",
		},
		{
			name: "built-in programs", site: bare, page: "programs/p",
			want: map[string]any{"title": "p", "draft": true, "status": "", "applyURL": "", "deadline": nil, "eligibility": "", "events": []any{}},
			body: "# one of open, upcoming, closed\n",
		},
		{
			name: "built-in projects", site: bare, page: "projects/strive",
			want: map[string]any{"title": "strive", "draft": true, "code": "", "funding": "", "partners": []any{}, "coordinator": "",
				"start": nil, "end": nil, "status": ""},
		},
		{
			name: "required fields", site: bare, page: "events/talk",
			want: map[string]any{"title": "talk", "start": now.Format(time.DateOnly) + "T09:00", "venue": "", "audience": "staff", "online": false},
			body: "venue: \"\"                # text; required\n",
		},
		{
			name: "built-in default", site: bare, page: "events/2024-05-01-open-day",
			want: map[string]any{"title": "2024 05 01 open day", "date": day, "draft": true, "tags": []any{}},
		},
		{
			name: "site section archetype, draft added", site: site, page: "events/a", title: "Atvērto durvju diena",
			want: map[string]any{"title": "Atvērto durvju diena", "place": "events/a", "draft": true},
			body: "Text in lv.",
		},
		{
			name: "site default before built-in section", site: site, page: "news/a",
			want: map[string]any{"title": "a", "kind": "site-default", "draft": false},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			n, err := ParseName(tt.page, langs, false)
			if err != nil {
				t.Fatal(err)
			}
			files, err := Render(tt.site, n, Options{Title: tt.title, Languages: langs, Now: now, Type: cfg.TypeOf(n.Section)})
			if err != nil {
				t.Fatal(err)
			}
			var paths []string
			for _, f := range files {
				paths = append(paths, f.Path)
			}
			if diff := cmp.Diff(n.Paths(langs), paths); diff != "" {
				t.Errorf("paths (-want +got):\n%s", diff)
			}
			got := frontMatter(t, files[0].Data)
			for k, want := range tt.want {
				if diff := cmp.Diff(want, got[k]); diff != "" {
					t.Errorf("%s: %s (-want +got):\n%s", files[0].Path, k, diff)
				}
			}
			if !strings.Contains(string(files[0].Data), tt.body) {
				t.Errorf("%s does not contain %q:\n%s", files[0].Path, tt.body, files[0].Data)
			}
		})
	}
}

func TestRenderLanguages(t *testing.T) {
	t.Parallel()
	site := fstest.MapFS{"archetypes/news.md": {Data: []byte("---\ntitle: {{ .Lang }}\n---\n")}}
	n := Name{Section: "news", Dir: "news", Base: "a", Bundle: true}
	files, err := Render(site, n, Options{Languages: langs, Now: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range files {
		if want := "content/news/a/index." + langs[i] + ".md"; f.Path != want {
			t.Errorf("file %d: path %s, want %s", i, f.Path, want)
		}
		if want := "---\ntitle: " + langs[i] + "\ndraft: true\n---\n"; string(f.Data) != want {
			t.Errorf("%s = %q, want %q", f.Path, f.Data, want)
		}
	}
}

func TestEnsureDraft(t *testing.T) {
	t.Parallel()
	d := Data{Title: "A", Date: "2024-01-22"}
	tests := []struct{ in, want string }{
		{"---\ntitle: A\n---\nText\n", "---\ntitle: A\ndraft: true\n---\nText\n"},
		{"---\r\ntitle: A\r\n---\r\n", "---\r\ntitle: A\r\ndraft: true\n---\r\n"},
		{"---\ntitle: A\ndraft: false\n---\n", "---\ntitle: A\ndraft: false\n---\n"},
		{"---\ntitle: A\nparams:\n  draft: 1\n---\n", "---\ntitle: A\nparams:\n  draft: 1\ndraft: true\n---\n"},
		{"---\ntitle: A\n", "---\ntitle: A\n"}, // not closed: left for the build to report
		{"+++\ntitle = \"A\"\n+++\n", "+++\ntitle = \"A\"\ndraft = true\n+++\n"},
		{"{\"title\": \"A\"}\n", "{\"draft\": true,\"title\": \"A\"}\n"},
		{"{ }\n", "{\"draft\": true }\n"},
		{"{\"draft\": false}\n", "{\"draft\": false}\n"},
		{"Just text.\n", "---\ntitle: \"A\"\ndate: 2024-01-22\ndraft: true\n---\n\nJust text.\n"},
	}
	for _, tt := range tests {
		if got := string(ensureDraft([]byte(tt.in), d)); got != tt.want {
			t.Errorf("ensureDraft(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestArchetypeErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		site fstest.MapFS
		want string
	}{
		{"parse", fstest.MapFS{"archetypes/news.md": {Data: []byte("---\ntitle: {{ .Title\n---\n")}}, "archetypes/news.md:3: "},
		{"unknown field", fstest.MapFS{"archetypes/news.md": {Data: []byte("---\ntitle: x\nx: {{ .Colour }}\n---\n")}}, "archetypes/news.md:3:7: "},
		{"unknown function", fstest.MapFS{"archetypes/default.md": {Data: []byte("{{ urlize .Title }}")}}, `archetypes/default.md:1:4: function "urlize" is not one archetypes have: they have Go's template functions and humanize, lower, now, quote, replace, title, trim, upper`},
		{"a function misspelt", fstest.MapFS{"archetypes/default.md": {Data: []byte("---\ntitle: {{ humanise .Name }}\n---\n")}}, `archetypes/default.md:2:11: function "humanise" is not one archetypes have: they have Go's template functions and humanize, lower, now, quote, replace, title, trim, upper; did you mean humanize?`},
		{"a comparison written with ==", fstest.MapFS{"archetypes/news.md": {Data: []byte("---\ntitle: x\n{{ if .Name == \"x\" }}draft: false{{ end }}\n---\n")}}, `archetypes/news.md:3:13: "==" cannot be written inside {{ }}: a template compares with a word before the two values: eq A B for A == B`},
		{"front matter that is not YAML", fstest.MapFS{"archetypes/news.md": {Data: []byte("---\ntitle: {{ .Title }}\ntags: [a\n---\n")}},
			"archetypes/news.md:3: the front matter it writes does not read as YAML (a list begun with [ is not closed: end it with ], with commas between its items), so the new page would not build; mend the archetype"},
		{"front matter that is not TOML", fstest.MapFS{"archetypes/news.md": {Data: []byte("+++\ntitle = {{ .Title }}\n+++\n")}},
			"archetypes/news.md:2: the front matter it writes does not read as TOML ("},
	}
	for _, tt := range tests {
		n := Name{Section: "news", Dir: "news", Base: "a"}
		_, err := Render(tt.site, n, Options{Languages: langs, Now: time.Now()})
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: Render error %v, want it to start with %q", tt.name, err, tt.want)
		}
	}
}

// TestArchetypeBounds: an archetype that would loop for hours, or write
// without end until memory runs out, is an error naming it, and vestis new
// ends.
func TestArchetypeBounds(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src string
		timeout   time.Duration
		want      string
	}{
		{"range over a huge constant", "---\ntitle: x\n---\n{{ range 100000000000 }}{{ end }}\n", 0,
			"archetypes/news.md:4:10: range over 100000000000: a loop of more than 1000000 times would run for hours; range over a list, or a smaller number"},
		{"loop that writes", "---\ntitle: x\n---\n{{ $n := 1000000 }}{{ range $n }}{{ range $n }}xxxxxxxxxx{{ end }}{{ end }}\n", 0,
			"archetypes/news.md: the page it writes passed 10 MB; does a range loop without end?"},
		{"loop that writes nothing", "---\ntitle: x\n---\n{{ $n := 1000000 }}{{ range $n }}{{ range $n }}{{ end }}{{ end }}\n", time.Millisecond,
			"archetypes/news.md: writing the page took longer than 1ms; does a range loop without end? (see site.yaml timeout)"},
	}
	for _, tt := range tests {
		n := Name{Section: "news", Dir: "news", Base: "a"}
		site := fstest.MapFS{"archetypes/news.md": {Data: []byte(tt.src)}}
		_, err := Render(site, n, Options{Languages: langs, Now: time.Now(), Timeout: tt.timeout})
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: Render error %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestBuiltinsParse(t *testing.T) {
	t.Parallel()
	for _, section := range []string{"news", "other"} {
		a, err := Load(fstest.MapFS{}, section)
		if err != nil {
			t.Fatalf("%s: %v", section, err)
		}
		want := "built-in archetype default.md"
		if a.File != want {
			t.Errorf("Load(%q).File = %q, want %q", section, a.File, want)
		}
	}
}

// TestArchetypeWouldNotBuild: an archetype whose pages the build would
// refuse (front matter never closed, a value of the wrong kind, a field the
// section's type lacks) is an error naming the archetype and its line, and
// no page is written: vestis new wrote pages that then stopped the build.
func TestArchetypeWouldNotBuild(t *testing.T) {
	t.Parallel()
	cfg, err := config.Parse("site.yaml", []byte("languages:\n  lv: {}\n  en: {}\nsections:\n  news: {lv: jaunumi, en: news}\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, src, want string }{
		{"not closed", "---\ntitle: x\n",
			`archetypes/news.md:1: the page it writes would not build (front matter: no closing "---" line); mend the archetype`},
		{"draft not a boolean", "---\ntitle: x\ndate: \"{{ .Date }}\"\ndraft: maybe\n---\n",
			`archetypes/news.md:4: the page it writes would not build (front matter: draft: want true or false, got "maybe"); mend the archetype`},
		{"date not a date", "---\ntitle: x\ndate: soon\n---\n",
			`archetypes/news.md:3: the page it writes would not build (front matter: date: cannot read "soon" as a date; write year-month-day, as in 2024-05-19); mend the archetype`},
	}
	for _, tt := range tests {
		n := Name{Section: "news", Dir: "news", Base: "a"}
		site := fstest.MapFS{"archetypes/news.md": {Data: []byte(tt.src)}}
		_, err := Render(site, n, Options{Languages: cfg.LanguageCodes(), Now: time.Now(), Config: cfg, Type: cfg.TypeOf("news")})
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: Render error %v, want %q", tt.name, err, tt.want)
		}
	}
}

// TestHugoArchetypes: an imported Hugo site keeps its archetypes, which
// title a new page with Hugo's functions and fields (replace, title,
// humanize, .TranslationBaseName, .File.ContentBaseName): each writes the
// title Hugo's would, so vestis new works on the site as hugo new did.
func TestHugoArchetypes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		archetype, page, want string
	}{
		{`title: "{{ replace .Name "-" " " | title }}"`, "post/2024-05-01-open-day", "2024 05 01 Open Day"},
		{`title: "{{ replace .TranslationBaseName "-" " " | title }}"`, "post/open-day", "Open Day"},
		{`title: "{{ replace .File.ContentBaseName "-" " " | title }}"`, "post/open-day", "Open Day"},
		{`title: "{{ .Name | humanize | title }}"`, "docs/getting_started", "Getting Started"},
		{`title: "{{ replace .TranslationBaseName "-" " " | humanize }}"`, "micro/open-day-news", "Open day news"},
		{`title: "{{ .Name | lower }} {{ .Type | upper }}"`, "post/Open", "open POST"},
		{`title: "{{ .File.BaseFileName }} {{ .Section }}"`, "post/a", "a.lv post"},
		{`title: "{{ with now }}{{ if .Unix }}ok{{ end }}{{ end }}"`, "post/a", "ok"},
	}
	for _, tt := range tests {
		t.Run(tt.archetype, func(t *testing.T) {
			t.Parallel()
			n, err := ParseName(tt.page, langs, false)
			if err != nil {
				t.Fatal(err)
			}
			site := fstest.MapFS{"archetypes/default.md": {Data: []byte("---\n" + tt.archetype + "\ndate: {{ .Date }}\ndraft: true\n---\n")}}
			files, err := Render(site, n, Options{Languages: langs, Now: time.Now()})
			if err != nil {
				t.Fatal(err)
			}
			if got := frontMatter(t, files[0].Data)["title"]; got != tt.want {
				t.Errorf("title = %q, want %q", got, tt.want)
			}
		})
	}
}
