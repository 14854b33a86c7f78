package main

import (
	"bytes"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
)

// readTree reads every file under dir, by slash-separated relative path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func gen(t *testing.T, n int) (string, map[string][]byte) {
	t.Helper()
	dir := t.TempDir()
	count, err := generate(dir, n, 1, false)
	if err != nil {
		t.Fatal(err)
	}
	files := readTree(t, dir)
	if count != len(files) {
		t.Errorf("generate reported %d files, wrote %d", count, len(files))
	}
	return dir, files
}

func TestDeterministic(t *testing.T) {
	_, a := gen(t, 30)
	_, b := gen(t, 30)
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for p, x := range a {
		if y, ok := b[p]; !ok {
			t.Errorf("%s: missing in the second run", p)
		} else if !bytes.Equal(x, y) {
			t.Errorf("%s: differs between runs", p)
		}
	}
}

var mdLink = regexp.MustCompile(`\]\(([^)\s]+\.md)\)`)

func TestContent(t *testing.T) {
	for _, n := range []int{30, 31, 32} {
		_, files := gen(t, n)
		regular := map[string]int{}
		for p, b := range files {
			if !strings.HasPrefix(p, "content/") {
				continue
			}
			if !norm.NFC.IsNormal(b) {
				t.Errorf("%s: not in Unicode NFC", p)
			}
			parts := strings.SplitN(string(b), "---\n", 3)
			if len(parts) != 3 || parts[0] != "" {
				t.Errorf("%s: no YAML front matter between --- lines", p)
				continue
			}
			var fm map[string]any
			if err := yaml.Unmarshal([]byte(parts[1]), &fm); err != nil {
				t.Errorf("%s: front matter: %v", p, err)
				continue
			}
			if s, _ := fm["title"].(string); s == "" {
				t.Errorf("%s: no title", p)
			}
			if strings.Contains(p, "/_index.") || strings.HasPrefix(p, "content/_index.") {
				continue
			}
			section := strings.Split(p, "/")[1]
			regular[section]++
			want := map[string][]string{
				"news":     {"date", "tags", "summary", "location", "author"},
				"programs": {"date", "tags", "summary", "status", "deadline", "applyURL", "eligibility", "events"},
				"projects": {"date", "tags", "summary", "code", "funding", "partners", "coordinator", "start", "end", "status"},
			}[section]
			if want == nil {
				t.Errorf("%s: unexpected section %q", p, section)
			}
			for _, k := range want {
				if fm[k] == nil {
					t.Errorf("%s: no %s", p, k)
				}
			}
			if tags, _ := fm["tags"].([]any); len(tags) < 2 || len(tags) > 4 {
				t.Errorf("%s: %d tags, want 2-4", p, len(tags))
			}
			links := mdLink.FindAllStringSubmatch(parts[2], -1)
			if len(links) != 1 {
				t.Errorf("%s: %d links to other pages, want 1", p, len(links))
			}
			lang := strings.Split(path.Base(p), ".")[1]
			for _, m := range links {
				target := path.Join(path.Dir(p), m[1])
				if _, ok := files[target]; !ok {
					t.Errorf("%s: link to %s: no such file", p, m[1])
				}
				if !strings.HasSuffix(target, "."+lang+".md") {
					t.Errorf("%s: link to %s: another language", p, m[1])
				}
				if target == p {
					t.Errorf("%s: links to itself", p)
				}
			}
			if words := len(strings.Fields(parts[2])); words < 400 || words > 650 {
				t.Errorf("%s: %d words of body, want about 500", p, words)
			}
		}
		total := regular["news"] + regular["programs"] + regular["projects"]
		if total != n {
			t.Errorf("n=%d: %d regular pages %v", n, total, regular)
		}
		bases := (n + 2) / 3
		if want := (bases*20 + 50) / 100; regular["programs"] < 3*want-2 || regular["projects"] < 3*want-2 {
			t.Errorf("n=%d: sections %v, want about 60/20/20 %%", n, regular)
		}
	}
}

// TestBuild builds the corpus with vestis: no error, no warning.
func TestBuild(t *testing.T) {
	for _, n := range []int{30, 31} {
		dir, _ := gen(t, n)
		res, err := build.Build(build.Options{Site: os.DirFS(dir), Theme: vestis.Theme()})
		if err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		if len(res.Warnings) > 0 {
			t.Errorf("n=%d: warnings:\n%s", n, res.Warnings)
		}
		for _, l := range langs {
			if res.PagesByLang[l] == 0 {
				t.Errorf("n=%d: no pages in %s: %v", n, l, res.PagesByLang)
			}
		}
	}
}

func TestNonEmpty(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := generate(dir, 6, 1, false); err == nil {
		t.Fatal("wrote into a non-empty folder without -force")
	}
	if _, err := generate(dir, 9, 1, true); err != nil {
		t.Fatal(err)
	}
	// A second -force run with a smaller N leaves no page of the first.
	if _, err := generate(dir, 6, 1, true); err != nil {
		t.Fatal(err)
	}
	files := readTree(t, dir)
	pages := 0
	for p := range files {
		if strings.HasPrefix(p, "content/") && !strings.Contains(p, "_index.") {
			pages++
		}
	}
	if pages != 6 {
		t.Errorf("%d regular pages after -force with n=6, want 6", pages)
	}
	if _, ok := files["keep.txt"]; !ok {
		t.Error("-force removed a file the corpus does not own")
	}
}

var i18nCall = regexp.MustCompile(`i18n "([^"]+)"`)

// TestHugoTheme: every message the Hugo layouts use is in the default theme's
// messages, which the corpus gives Hugo, in every language.
func TestHugoTheme(t *testing.T) {
	used := map[string]bool{}
	err := fs.WalkDir(hugoTheme, "hugo/layouts", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := hugoTheme.ReadFile(p)
		for _, m := range i18nCall.FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(used) < 20 {
		t.Fatalf("found only %d messages in the layouts", len(used))
	}
	for _, l := range langs {
		b, err := fs.ReadFile(vestis.Theme(), "i18n/"+l+".yaml")
		if err != nil {
			t.Fatal(err)
		}
		var msgs map[string]any
		if err := yaml.Unmarshal(b, &msgs); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		for k := range used {
			if _, ok := msgs[k]; !ok {
				t.Errorf("i18n/%s.yaml: no message %q, which the Hugo layouts use", l, k)
			}
		}
	}
}

// TestTypes: the corpus declares the example site's content types, so that
// its pages are checked and its calendars made as the example site's.
func TestTypes(t *testing.T) {
	data, err := os.ReadFile("../../site.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	if !strings.HasSuffix(siteYAML, s[strings.Index(s, "\ntypes:\n")+1:]) {
		t.Error("siteYAML does not end with the example site's types; copy them over")
	}
}
