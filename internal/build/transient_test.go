package build_test

import (
	"path"
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestTransientFilesUnread: files that editors and saving libraries leave
// beside a saved page or stylesheet (a backup, a swap file, a temporary
// file about to be renamed over the original) are neither pages nor
// published files of a clean build, while real files shaped a little like
// them are published. build.Unread, which the dev server's watcher asks,
// says the same of each: so a save of one rebuilds nothing, and what the
// server shows after it is what a clean build makes.
func TestTransientFilesUnread(t *testing.T) {
	t.Parallel()
	names := map[string]bool{ // name -> published
		"index.lv.md.2845307511": false, "a.lv.md~": false, "#a.lv.md#": false,
		"a.lv.md.tmp.4021": false, "a.lv.md___jb_tmp___": false, "a.lv.md.crswap": false,
		"4913": false, "~$plan.docx": false, ".a.lv.md.swp": false, "a.lv.md.sb-5f2a11c0-Xy8Q": false,
		"photo.jpg.2": false, "font.woff2.9": false, "report.pdf.4410": false,
		"plan.2024.pdf": true, "report.2024": true, "1200": true, "tool-1.2.3": true,
	}
	var b strings.Builder
	b.WriteString(siteYAML + plainLayouts + "-- content/docs/_index.lv.md --\n---\ntitle: Dokumenti\n---\n")
	for name := range names {
		b.WriteString("-- content/docs/" + name + " --\n---\ntitle: Pagaidu\n---\nTeksts.\n")
		b.WriteString("-- static/css/" + name + " --\nbody{}\n")
	}
	site := bt.Run(t, b.String())
	for name, want := range names {
		for _, src := range []string{"content/docs/" + name, "static/css/" + name} {
			got := false
			for out := range site.Result.Files.Map() {
				if strings.HasSuffix(out, path.Join(path.Base(path.Dir(src)), name)) {
					got = true
				}
			}
			if got != want {
				t.Errorf("%s published: %v, want %v", src, got, want)
			}
			if unread := build.Unread(src); unread == want {
				t.Errorf("build.Unread(%q) = %v, want %v", src, unread, !want)
			}
		}
	}
	if len(site.Result.Files.Map()) == 0 {
		t.Fatal("nothing built")
	}
}

// TestTransientFilesUnreadEverywhere: a saving library's temporary copy of
// a data file, a layout, a message file or a stylesheet, half written (here
// not valid at all), is read by no reader of the site: the build neither
// fails nor warns, and build.Unread says so to the watcher, whatever the
// folder, one rule for every kind of file.
func TestTransientFilesUnreadEverywhere(t *testing.T) {
	t.Parallel()
	broken := map[string]string{
		"data/people.json.123":                    "{\"a\": [",
		"data/people.csv.77":                      "a,\"b\n",
		"data/people.yaml.tmp.4":                  "a: [",
		"layouts/_default/single.html.tmp.4":      "{{ if }",
		"layouts/_default/single.html.2845307511": "{{ end }}",
		"layouts/partials/x.html~":                "{{ range }}",
		"i18n/lv.yaml.93":                         "- id: [",
		"i18n/en.yaml.tmp.a9F":                    "x: {",
		"site.yaml.4411":                          "baseURL: [",
		"assets/main.scss.8812":                   "body {",
	}
	var b strings.Builder
	b.WriteString(siteYAML + plainLayouts + "-- data/people.json --\n{\"a\": [1]}\n-- content/docs/_index.lv.md --\n---\ntitle: Dokumenti\n---\n")
	for name, text := range broken {
		b.WriteString("-- " + name + " --\n" + text + "\n")
	}
	site := bt.Run(t, b.String())
	if len(site.Result.Warnings) > 0 {
		t.Errorf("warnings from temporary files:\n%v", site.Result.Warnings)
	}
	for name := range broken {
		if !build.Unread(name) {
			t.Errorf("build.Unread(%q) = false, want true", name)
		}
	}
}
