package build_test

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestRebuildSiteFolder is the rebuild check for a real site: with
// VESTIS_REBUILD_SITE set to a site's folder (an imported Hugo site, say), it
// saves a copy's files one at a time as a writer would, a few of each kind
// (content, layouts, i18n, static, data, site.yaml), then edits the front
// matter of a sample of pages, adds a draft beside each and deletes it,
// renames their folders, and checks after each save that the rebuild is what
// a clean build gives (buildtest.Tree).
// Real sites found what the test sites did not: feeds minified twice, term
// translations that changed from build to build, the 404 page's links.
func TestRebuildSiteFolder(t *testing.T) {
	src := os.Getenv("VESTIS_REBUILD_SITE")
	if src == "" {
		t.Skip("set VESTIS_REBUILD_SITE to a site's folder to check rebuilds on it")
	}
	root := t.TempDir()
	if err := os.CopyFS(root, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	tr := bt.NewTreeAt(t, root, true)
	var files, pages []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(root, p)
		files = append(files, filepath.ToSlash(rel))
		if strings.HasPrefix(rel, "content") && strings.HasSuffix(rel, ".md") {
			pages = append(pages, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	saved := map[string]int{} // by kind: top folder and extension, or layouts' folder
	for _, f := range files {
		kind := strings.SplitN(f, "/", 2)[0] + path.Ext(f)
		if strings.HasPrefix(f, "layouts/") {
			kind = path.Dir(f)
		}
		if saved[kind] == 3 || strings.HasPrefix(f, ".") {
			continue
		}
		saved[kind]++
		data := tr.Read(f)
		edited := data + "x"
		switch {
		case strings.HasSuffix(f, ".md"):
			edited = data + "\n\nOne more paragraph, isn't it?\n"
		case strings.HasPrefix(f, "i18n/"):
			edited = strings.Replace(data, ": ", ": x ", 1)
		case f == "site.yaml":
			edited = strings.Replace(data, "title: ", "title: x ", 1)
		case strings.HasSuffix(f, ".json") || strings.HasSuffix(f, ".toml") || strings.HasSuffix(f, ".yaml"):
			edited = data + "\n"
		}
		tr.Rebuild("edit "+f, tr.Write(f, edited))
		tr.Rebuild("restore "+f, tr.Write(f, data))
		if strings.HasPrefix(f, "content") {
			tr.Rebuild("remove "+f, tr.Remove(f)...)
			tr.Rebuild("add "+f, tr.Write(f, data))
		}
	}
	field := func(name string) *regexp.Regexp { return regexp.MustCompile(`(?m)^` + name + `: *(.*)$`) }
	title, date, tags := field("title"), field("date"), field("tags")
	for i := 0; i < len(pages); i += len(pages)/12 + 1 {
		f := pages[i]
		data := tr.Read(f)
		if !strings.HasPrefix(data, "---\n") {
			continue
		}
		add := func(line string) string { return strings.Replace(data, "---\n", "---\n"+line+"\n", 1) }
		edits := [][2]string{
			{"draft", add("draft: true")}, {"slug", add(fmt.Sprintf("slug: x-%d", i))}, {"weight", add("weight: 1")},
			{"aliases", add(fmt.Sprintf("aliases: [/x-old-%d/]", i))}, {"url", add(fmt.Sprintf("url: /x-url-%d/", i))},
			{"description", add(`description: "It's <b> & more"`)}, {"translationKey", add("translationKey: x-shared")},
			{"summary divider", data + "\n\nFirst.\n\n<!--more-->\n\nRest.\n"},
		}
		if title.MatchString(data) {
			edits = append(edits, [2]string{"title", title.ReplaceAllLiteralString(data, `title: "Don't & <b>"`)})
		}
		if date.MatchString(data) {
			edits = append(edits, [2]string{"date", date.ReplaceAllLiteralString(data, "date: 2031-01-02")})
		}
		if tags.MatchString(data) {
			edits = append(edits, [2]string{"tags", tags.ReplaceAllString(data, "tags: [x-new, ${1}]")})
		}
		for _, e := range edits {
			tr.Rebuild(e[0]+" of "+f, tr.Write(f, e[1]))
			tr.Rebuild("restore "+f, tr.Write(f, data))
		}
		draft := path.Join(path.Dir(f), fmt.Sprintf("x-draft-%d.md", i)) // as vestis new writes one
		tr.Rebuild("new draft "+draft, tr.Write(draft, add("draft: true")))
		tr.Rebuild("delete "+draft, tr.Remove(draft)...)
		if dir := path.Dir(f); i%2 == 0 && dir != "content" && path.Dir(dir) != "." {
			tr.Rebuild("rename "+dir, tr.Rename(dir, dir+"-x")...)
			tr.Rebuild("rename back "+dir, tr.Rename(dir+"-x", dir)...)
		}
	}
}
