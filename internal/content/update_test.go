package content

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/vestis-ssg/vestis/internal/config"
)

// TestUpdateFilesAsWalk: after each of a seeded run of random saves (pages
// edited, added and deleted in old and new folders, bundles made and
// unmade, cascades changed, files beside pages, editors' temporary files,
// folders moved to the trash),
// Update gives what reading every folder gives, and it reads only the saved
// files for most of them.
func TestUpdateFilesAsWalk(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}, en: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	page := func(title string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\n---\nTeksts.\n")}
	}
	fsys := fstest.MapFS{
		"content/_index.md":           page("Sākums"),
		"content/about.md":            page("Par"),
		"content/news/_index.md":      {Data: []byte("---\ntitle: Jaunumi\ncascade:\n  color: red\n---\n")},
		"content/news/a.md":           page("A"),
		"content/news/a.en.md":        page("A en"),
		"content/news/b.md":           page("B"),
		"content/news-old/c.md":       page("C"),
		"content/news/x/index.md":     page("X"),
		"content/news/x/photo.jpg":    {Data: []byte("jpg")},
		"content/programs/p1.md":      page("P1"),
		"content/programs/deep/p2.md": page("P2"),
	}
	pages, err := Load(fsys, "content", cfg)
	if err != nil {
		t.Fatal(err)
	}
	folders := []string{"content", "content/news", "content/news-old", "content/news/x", "content/programs", "content/programs/deep", "content/new"}
	names := []string{"a.md", "a.en.md", "b.md", "d.md", "e.lv.md", "b-c.md", "b.md.md", "f.md~", ".g.md", "h.txt"}
	rare := []string{"index.md", "_index.md", "i.org", "J.MD"} // bundles, lists, mistakes
	rng := rand.New(rand.NewPCG(7, 7))
	fast := 0
	const steps = 400
	var changed []string  // as a Builder names them: those of failed updates too
	var mistakes []string // files made with a mistake, deleted the step after
	for step := range steps {
		for _, file := range mistakes {
			delete(fsys, file)
			changed = append(changed, file)
		}
		mistakes = nil
		if rng.IntN(15) == 0 { // a folder moved to the trash: named alone
			folder := folders[1+rng.IntN(len(folders)-1)]
			for file := range fsys {
				if strings.HasPrefix(file, folder+"/") {
					delete(fsys, file)
				}
			}
			changed = append(changed, folder)
		}
		for range 1 + rng.IntN(3) {
			name := names[rng.IntN(len(names))]
			if rng.IntN(10) == 0 {
				name = rare[rng.IntN(len(rare))]
			}
			file := folders[rng.IntN(len(folders))] + "/" + name
			changed = append(changed, file)
			if name == "i.org" || name == "J.MD" {
				mistakes = append(mistakes, file)
			}
			switch rng.IntN(4) {
			case 0:
				delete(fsys, file)
			case 1:
				fsys[file] = &fstest.MapFile{Data: []byte(fmt.Sprintf("---\ntitle: T%d\ncascade:\n  color: c%d\n---\n", step, step))}
			default:
				fsys[file] = page(fmt.Sprintf("T%d", step))
			}
		}
		want, wantErr := updateAll(fsys, "content", cfg, pages, changed)
		got, ok := updateFiles(fsys, "content", cfg, pages, changed)
		if !ok {
			if wantErr == nil {
				pages, changed = want, nil
			}
			continue
		}
		fast++
		if wantErr != nil {
			t.Fatalf("step %d (%v): read only the saved files, where reading every folder fails: %v", step, changed, wantErr)
		}
		if diff := cmp.Diff(summary(want), summary(got)); diff != "" {
			t.Fatalf("step %d (%v): pages (-every folder +saved files):\n%s", step, changed, diff)
		}
		pages, changed = got, nil
	}
	t.Logf("%d of %d fast", fast, steps)
	if fast < steps/4 {
		t.Errorf("only %d of %d saves read just the saved files", fast, steps)
	}
}

// summary is what a test compares of pages: file, kind, language, title,
// files and inherited values, in order.
func summary(pages []*Page) []string {
	var out []string
	for _, p := range pages {
		out = append(out, fmt.Sprintf("%s %s %s %q %v %v", p.File, p.Kind, p.Lang, p.Meta.Title, p.Resources, p.Meta.Inherited))
	}
	return out
}
