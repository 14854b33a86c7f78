package content

import (
	"testing"

	"github.com/vestis-ssg/vestis/internal/config"
)

// TestBareJSONFrontMatter: front matter written as Hugo writes JSON, an object
// at the top of the file with no delimiter lines, is read, with the lines of
// its keys and of its errors in the .md file.
func TestBareJSONFrontMatter(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\ntaxonomies: [tags]\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in            string
		title, body, tag    string
		bodyLine, titleLine int
		wantErr             string
	}{
		{name: "object on its own lines", in: "{\n  \"title\": \"A {brace} \\\" in text\",\n  \"tags\": [\"x\"]\n}\nText.\n",
			title: `A {brace} " in text`, body: "Text.\n", tag: "x", bodyLine: 5, titleLine: 2},
		{name: "after blank lines, body on the same line", in: "\n\n{\"title\": \"B\"} Text.\n",
			title: "B", body: " Text.\n", bodyLine: 3, titleLine: 3},
		{name: "no body", in: "{\"title\": \"C\"}", title: "C", body: "", bodyLine: 1, titleLine: 1},
		{name: "never closed", in: "\n{\"title\": \"D\"\n\nText.\n", wantErr: "content/x.md:2: front matter: the JSON object that begins the file is never closed with a matching }"},
		{name: "syntax error at its line", in: "{\n\"title\": \"E\",\n\"tags\": [x]\n}\n", wantErr: "content/x.md:3:10: front matter: invalid character 'x' looking for beginning of value"},
		{name: "missing title at the object", in: "\n{\"slug\": \"f\"}\n", wantErr: "content/x.md:2: front matter: title: is missing or empty, so the page is titled after its file name; give it a title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, errs := Parse("content/x.md", []byte(tt.in), cfg)
			if tt.wantErr != "" && p != nil {
				errs = p.Warnings // a warning, the page being built
			}
			if tt.wantErr != "" {
				if len(errs) != 1 || errs[0].Error() != tt.wantErr {
					t.Fatalf("errors %v, want %s", errs, tt.wantErr)
				}
				return
			}
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			if p.Meta.Title != tt.title || string(p.Body) != tt.body || p.BodyLine != tt.bodyLine || p.Meta.Line("title") != tt.titleLine {
				t.Errorf("title %q, body %q at line %d, title at line %d; want %q, %q, %d, %d",
					p.Meta.Title, p.Body, p.BodyLine, p.Meta.Line("title"), tt.title, tt.body, tt.bodyLine, tt.titleLine)
			}
			if tt.tag != "" && (len(p.Meta.Terms.Of("tags")) != 1 || p.Meta.Terms.Of("tags")[0] != tt.tag) {
				t.Errorf("tags %v, want [%s]", p.Meta.Terms.Of("tags"), tt.tag)
			}
		})
	}
}

// TestFieldLinesInEveryFormat: the lines of the fields the site names in
// its errors after loading (two pages giving one alias or url) are the
// lines they are written on, in YAML, TOML and JSON front matter alike.
func TestFieldLinesInEveryFormat(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\ntaxonomies: [tags]\n"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"yaml": "---\ntitle: A\nslug: a\nurl: /a/\naliases: [/b/]\ntranslationKey: k\nimage: a.png\ntags: [x]\n---\n",
		"toml": "+++\ntitle = \"A\"\nslug = \"a\"\nurl = \"/a/\"\naliases = [\"/b/\"]\ntranslationKey = \"k\"\nimage = \"a.png\"\ntags = [\"x\"]\n+++\n",
		"json": "{\n\"title\": \"A\",\n\"slug\": \"a\",\n\"url\": \"/a/\",\n\"aliases\": [\"/b/\"],\n\"translationKey\": \"k\",\n\"image\": \"a.png\",\n\"tags\": [\"x\"]\n}\n",
	}
	for format, in := range files {
		p, errs := Parse("content/x.md", []byte(in), cfg)
		if len(errs) > 0 {
			t.Fatalf("%s: %v", format, errs)
		}
		for key, want := range map[string]int{"slug": 3, "url": 4, "aliases": 5, "translationKey": 6, "image": 7, "tags": 8} {
			if got := p.Meta.Line(key); got != want {
				t.Errorf("%s: %s at line %d, want %d", format, key, got, want)
			}
		}
	}
}
