package serve_test

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// gitSite is a site of three languages in a git repository: a page whose
// Latvian source changed after its English and Vietnamese translations, and
// a page only in Latvian.
func gitSite(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	git := func(date string, args ...string) { bt.Git(t, root, date, args...) }
	git("2024-01-01T10:00:00Z", "init", "-q")
	bt.WriteFile(t, root, "site.yaml", strings.Replace(testSite, "sections:", "  vi: {name: Tiếng Việt, title: Tin tức, weight: 3}\nsections:", 1)+"translations:\n  fallback: true\n")
	bt.WriteFile(t, root, "content/news/a.lv.md", "---\ntitle: Pirmā\ndate: 2024-01-01\n---\nPirmā rindkopa.\n\nOtrā rindkopa.\n")
	bt.WriteFile(t, root, "content/news/a.en.md", "---\ntitle: First\ndate: 2024-01-01\n---\nFirst paragraph.\n\nSecond paragraph.\n")
	git("2024-01-01T10:00:00Z", "add", "-A")
	git("2024-01-01T10:00:00Z", "commit", "-q", "-m", "first")
	bt.WriteFile(t, root, "content/news/a.vi.md", "---\ntitle: Thứ nhất\ndate: 2024-01-01\n---\nĐoạn một.\n\nĐoạn hai.\n")
	git("2024-01-05T10:00:00Z", "add", "-A")
	git("2024-01-05T10:00:00Z", "commit", "-q", "-m", "vi")
	bt.WriteFile(t, root, "content/news/a.lv.md", "---\ntitle: Pirmā\ndate: 2024-01-01\n---\nPirmā rindkopa.\n\nOtrā rindkopa, nu ar jaunu teikumu.\n\nTrešā rindkopa ir jauna.\n")
	bt.WriteFile(t, root, "content/news/b.lv.md", "---\ntitle: Tikai latviski\ndate: 2024-02-01\n---\nViens divi trīs četri pieci.\n")
	git("2024-02-01T10:00:00Z", "add", "-A")
	git("2024-02-01T10:00:00Z", "commit", "-q", "-m", "lv")
	return root
}

// TestTranslationWorklist checks what a translator sees at
// /_vestis/translations: per language only what needs work, the missing page
// with the file to create and its vestis new line, the stale ones most
// behind first with the source's changed paragraphs, in the language picked.
func TestTranslationWorklist(t *testing.T) {
	s := startIn(t, gitSite(t))
	code, body := s.get("/_vestis/translations?ui=en")
	if code != 200 {
		t.Fatalf("dashboard = %d:\n%s", code, body)
	}
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if len(bt.Find(doc, "section", "id=lang-lv")) != 1 || len(bt.Find(doc, "li", "class=work")) != 0 {
		t.Errorf("no section of the source language, or a work item without a state")
	}
	if items := bt.Find(bt.Find(doc, "section", "id=lang-lv")[0], "li"); len(items) != 0 {
		t.Errorf("the Latvian source has work: %d items", len(items))
	}
	for _, tt := range []struct {
		lang  string
		items []string // each item's text must hold these, in this order
	}{
		{"en", []string{
			"missing Tikai latviski Create content/news/b.en.md from content/news/b.lv.md (5 words)",
			"stale Pirmā Update content/news/a.en.md: 31 days behind content/news/a.lv.md",
		}},
		{"vi", []string{
			"missing Tikai latviski Create content/news/b.vi.md",
			"stale Pirmā Update content/news/a.vi.md: 27 days behind content/news/a.lv.md",
		}},
	} {
		sec := bt.Find(doc, "section", "id=lang-"+tt.lang)
		if len(sec) != 1 {
			t.Fatalf("no section for %s", tt.lang)
		}
		items := bt.Find(sec[0], "li", "class")
		var work []*html.Node
		for _, it := range items {
			if strings.HasPrefix(bt.Attr(it, "class"), "work ") {
				work = append(work, it)
			}
		}
		if len(work) != len(tt.items) {
			t.Fatalf("%s: %d items, want %d", tt.lang, len(work), len(tt.items))
		}
		for i, want := range tt.items {
			if got := strings.Join(strings.Fields(bt.Text(work[i])), " "); !strings.HasPrefix(got, want) {
				t.Errorf("%s item %d:\n got %q\nwant %q...", tt.lang, i, got, want)
			}
		}
		missing, stale := work[0], work[1]
		if pre := bt.Find(missing, "pre"); len(pre) != 1 || bt.Text(pre[0]) != "vestis new news/b --lang "+tt.lang+" --title 'Tikai latviski'" {
			t.Errorf("%s: the missing page's vestis new line is %v", tt.lang, pre)
		}
		if a := bt.Find(missing, "a", "href=/"+tt.lang+"/news/b/"); len(a) != 1 || bt.Text(a[0]) != "What readers get meanwhile" {
			t.Errorf("%s: the missing page does not link to the fallback page readers get", tt.lang)
		}
		var changed []string
		for _, ul := range bt.Find(stale, "ul", "class=changes") {
			for _, li := range bt.Find(ul, "span", "lang=lv") {
				changed = append(changed, bt.Text(li))
			}
		}
		if want := []string{"Otrā rindkopa, nu ar jaunu teikumu.", "Trešā rindkopa ir jauna."}; strings.Join(changed, "|") != strings.Join(want, "|") {
			t.Errorf("%s: the changed paragraphs are %q, want %q", tt.lang, changed, want)
		}
		if got := bt.Text(stale); !strings.Contains(got, "2 paragraphs, 1 removed") || !strings.Contains(got, "line 7") {
			t.Errorf("%s: the stale item does not count the changes and lines: %q", tt.lang, got)
		}
		for _, p := range []string{"Pirmā rindkopa.", "date: 2024-01-01"} {
			if strings.Contains(bt.Text(stale), p) {
				t.Errorf("%s: the stale item shows %q, which did not change", tt.lang, p)
			}
		}
	}

	// The translator's language: Latvian words, with Latvian plural forms.
	_, body = s.get("/_vestis/translations?ui=lv")
	doc, _ = html.Parse(strings.NewReader(body))
	if got := bt.Attr(bt.Find(doc, "html")[0], "lang"); got != "lv" {
		t.Errorf("?ui=lv: <html lang=%q>", got)
	}
	text := strings.Join(strings.Fields(bt.Text(doc)), " ")
	for _, want := range []string{"Tulkojumi", "Izveidojiet content/news/b.en.md no content/news/b.lv.md (5 vārdi)", "31 diena aiz avota", "2 rindkopas, 1 izņemta"} {
		if !strings.Contains(text, want) {
			t.Errorf("?ui=lv lacks %q:\n%s", want, text)
		}
	}

	// It follows saves: a translation written is no longer work.
	bt.WriteFile(t, s.root, "content/news/b.en.md", "---\ntitle: Only in Latvian\ndate: 2024-02-01\n---\nOne two.\n")
	waitFor(t, func() bool {
		_, body := s.get("/_vestis/translations?ui=en")
		return !strings.Contains(body, "content/news/b.en.md from")
	})
}

// TestTranslationWorklistWithoutGit: outside a git repository the dashboard
// says that what changed cannot be known.
func TestTranslationWorklistWithoutGit(t *testing.T) {
	s := start(t)
	_, body := s.get("/_vestis/translations")
	doc, _ := html.Parse(strings.NewReader(body))
	notes := bt.Find(doc, "p", "role=note")
	if len(notes) != 1 || !strings.Contains(bt.Text(notes[0]), "not in a git repository") {
		t.Errorf("no note that the site is not in git: %v", notes)
	}
}

// TestTranslationWorklistDraft: a translation written but still a draft is
// missing for readers, but the worklist says to finish it, not to create it
// with vestis new (which would refuse: the file exists).
func TestTranslationWorklistDraft(t *testing.T) {
	root := t.TempDir()
	bt.WriteFile(t, root, "site.yaml", testSite)
	bt.WriteFile(t, root, "content/news/b.lv.md", "---\ntitle: Tikai latviski\ndate: 2024-02-01\n---\nViens divi trīs četri pieci.\n")
	bt.WriteFile(t, root, "content/news/b.en.md", "---\ntitle: Only in Latvian\ndate: 2024-02-01\ndraft: true\n---\nOne two.\n")
	s := startIn(t, root)
	for ui, want := range map[string]string{
		"en": "missing Tikai latviski content/news/b.en.md is a draft, not published: finish translating it from content/news/b.lv.md (5 words).",
		"lv": "trūkst Tikai latviski content/news/b.en.md ir melnraksts, nav publicēts: pabeidziet tulkot no content/news/b.lv.md (5 vārdi).",
	} {
		_, body := s.get("/_vestis/translations?ui=" + ui)
		doc, err := html.Parse(strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		sec := bt.Find(doc, "section", "id=lang-en")
		if len(sec) != 1 {
			t.Fatalf("%s: no section for en", ui)
		}
		items := bt.Find(sec[0], "li", "class=work missing")
		if len(items) != 1 {
			t.Fatalf("%s: %d missing items, want 1:\n%s", ui, len(items), body)
		}
		if got := strings.Join(strings.Fields(bt.Text(items[0])), " "); got != want {
			t.Errorf("%s:\n got %q\nwant %q", ui, got, want)
		}
		if pre := bt.Find(items[0], "pre"); len(pre) != 0 {
			t.Errorf("%s: a vestis new line for a file that exists: %q", ui, bt.Text(pre[0]))
		}
	}
}
