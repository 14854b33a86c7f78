package check

import (
	"reflect"
	"testing"
)

func TestChangedParagraphs(t *testing.T) {
	before := "---\ntitle: A\ndate: 2024-01-01\n---\nOne.\n\nTwo\nlines.\n\nThree.\n"
	for _, tt := range []struct {
		name, now string
		want      []Paragraph
		removed   int
	}{
		{"same", before, nil, 0},
		{"a paragraph changed", "---\ntitle: A\ndate: 2024-01-01\n---\nOne.\n\nTwo\nlines, more.\n\nThree.\n",
			[]Paragraph{{Line: 7, Text: "Two\nlines, more."}}, 1},
		{"a title changed, a paragraph added", "---\ntitle: B\ndate: 2024-01-01\n---\nOne.\n\nTwo\nlines.\n\nThree.\n\nFour.\n",
			[]Paragraph{{Line: 2, Text: "title: B"}, {Line: 12, Text: "Four."}}, 1},
		{"a paragraph removed", "---\ntitle: A\ndate: 2024-01-01\n---\nOne.\n\nThree.\n", nil, 1},
		{"moved is not changed", "---\ntitle: A\ndate: 2024-01-01\n---\nThree.\n\nOne.\n\nTwo\nlines.\n", nil, 0},
		{"TOML", "+++\ntitle = \"A\"\n+++\nOne.\n", []Paragraph{{Line: 2, Text: `title = "A"`}}, 4},
	} {
		got, removed := changedParagraphs([]byte(before), []byte(tt.now))
		if !reflect.DeepEqual(got, tt.want) || removed != tt.removed {
			t.Errorf("%s: changedParagraphs = %+v, %d removed; want %+v, %d", tt.name, got, removed, tt.want, tt.removed)
		}
	}
}

func TestTranslationFile(t *testing.T) {
	langs := []string{"lv", "en", "vi"}
	for _, tt := range []struct{ source, lang, want string }{
		{"content/news/a.lv.md", "en", "content/news/a.en.md"},
		{"content/news/a.md", "vi", "content/news/a.vi.md"},
		{"content/news/b/index.lv.md", "en", "content/news/b/index.en.md"},
		{"content/news/_index.lv.md", "en", "content/news/_index.en.md"},
		{"content/v1.2.lv.html", "en", "content/v1.2.en.html"},
		{"content/v1.2.md", "en", "content/v1.2.en.md"},
	} {
		if got := translationFile(tt.source, tt.lang, langs); got != tt.want {
			t.Errorf("translationFile(%q, %q) = %q, want %q", tt.source, tt.lang, got, tt.want)
		}
	}
}

func TestShellQuote(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"news/a-b_c.d", "news/a-b_c.d"},
		{"Tikai latviski", "'Tikai latviski'"},
		{"It's", `'It'\''s'`},
		{"", "''"},
		{"$(rm -rf /)", "'$(rm -rf /)'"},
	} {
		if got := shellQuote(tt.in); got != tt.want {
			t.Errorf("shellQuote(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
