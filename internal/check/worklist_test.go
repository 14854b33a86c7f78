package check

import (
	"reflect"
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/site"
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

// TestWorklistTextHeld: a translation that exists as a draft (or outside its
// dates) is to be finished, not created, and gets no vestis new line.
func TestWorklistTextHeld(t *testing.T) {
	item := func(held, cmd string) Work {
		return Work{State: Missing, Title: "Tikai latviski", Source: "content/news/b.lv.md", File: "content/news/b.en.md", Words: 5, Held: held, New: cmd}
	}
	for _, tt := range []struct {
		item Work
		want string
	}{
		{item("", "vestis new news/b --lang en"), "  missing  content/news/b.en.md: create it from content/news/b.lv.md (\"Tikai latviski\", 5 words)\n           vestis new news/b --lang en\n"},
		{item(site.Draft, ""), "  missing  content/news/b.en.md: a draft, not published: finish it from content/news/b.lv.md (\"Tikai latviski\", 5 words)\n"},
		{item(site.Future, ""), "  missing  content/news/b.en.md: written, dated later and not published yet; its source is content/news/b.lv.md (\"Tikai latviski\", 5 words)\n"},
	} {
		w := &Worklist{Git: true, Langs: []LangWork{{Lang: "en", Name: "English", Items: []Work{tt.item}, Words: 5}}}
		var b strings.Builder
		if err := w.WriteText(&b); err != nil {
			t.Fatal(err)
		}
		want := "en (English): 1 page, 5 words to translate\n" + tt.want + "\n"
		if b.String() != want {
			t.Errorf("held %q:\n got %q\nwant %q", tt.item.Held, b.String(), want)
		}
	}
}
