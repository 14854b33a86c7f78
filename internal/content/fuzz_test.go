package content

import (
	"bytes"
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/config"
)

// FuzzParse feeds arbitrary files to the content parser: it must return a page or
// errors with a line inside the file, and never panic or hang.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"---\ntitle: A\ndate: 2023-05-19\ntags: [a, b]\n---\nText.\n",
		"\ufeff---\r\ntitle: BOM un CRLF\r\n---\r\nTeksts.\r\n",
		"+++\ntitle = \"TOML\"\n+++\nx\n",
		";;;\n{\"title\": \"JSON\"}\n;;;\n",
		"{\n  \"title\": \"Bare JSON\",\n  \"tags\": [\"a\"]\n}\nText.\n",
		"{\"title\": \"never closed\"\n",
		"---\nuntranslated: 1\n---\n",
		"---\ntitle: [unclosed\n---\n",
		"---\ntitle: A\n",
		"---\ndate: next week\ntitle: x\n---\n",
		"---\ntags: education\ntitle: x\n---\n",
		"---\ndraft: maybe\ntitle: x\n---\n",
		"---\ntitle: \"\"\n---\n",
		"",
		"---\nevents: [{date: 2023-01-01}]\ntitle: x\n---\n",
		"---\ntitle: <script>alert('x')</script>\n---\n",
	} {
		f.Add([]byte(seed))
	}
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\ntaxonomies: [tags, funding]\n"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkSplit(t, data)
		checkPlain(t, data)
		if got, want := indexControl(data), bytes.IndexFunc(data, invisibleControl); got != want {
			t.Errorf("indexControl = %d, bytes.IndexFunc = %d", got, want)
		}
		p, errs := Parse("content/x.md", data, cfg)
		if p == nil && len(errs) == 0 {
			t.Fatal("no page and no error")
		}
		lines := strings.Count(string(data), "\n") + 2
		for _, e := range errs {
			if e.Line < 0 || e.Line > lines {
				t.Errorf("error line %d outside the file (%d lines): %v", e.Line, lines, e)
			}
			if e.File != "content/x.md" {
				t.Errorf("error names %q", e.File)
			}
		}
		if p != nil && p.Meta.Title == "" && !p.Meta.Untranslated && len(p.Warnings) == 0 {
			t.Errorf("a page without a title was accepted without a warning")
		}
	})
}
