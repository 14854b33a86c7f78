package content_test

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
)

// TestReadBody: the body read again equals the body loaded, and a file saved
// in between is refused, so a build never mixes two versions of a page.
func TestReadBody(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	file := "content/news/a.md"
	fsys := fstest.MapFS{file: {Data: []byte("\ufeff---\ntitle: A\n---\n# Virsraksts\n\nTeksts.\n")}}
	p, err := content.LoadFile(fsys, "content", file, nil, cfg)
	if err != nil {
		t.Fatal(err)
	}
	body, err := content.ReadBody(fsys, p)
	if err != nil {
		t.Fatal(err)
	}
	if string(body) != string(p.Body) || !strings.HasPrefix(string(body), "# Virsraksts") {
		t.Errorf("ReadBody = %q, loaded body %q", body, p.Body)
	}
	fsys[file].Data = []byte("---\ntitle: A\n---\n# Virsraksts\n\nCits teksts.\n")
	if _, err := content.ReadBody(fsys, p); err == nil || !strings.Contains(err.Error(), "changed during the build") {
		t.Errorf("ReadBody after an edit: err = %v", err)
	}
}

// TestReadParams: a page whose front matter map was dropped reads it again
// from its file as it was loaded (keys as canonical, a nested params map and
// a cascade's values included), knows its keys without reading it and the
// line of each (pages with the same keys at other lines keep their own), and
// refuses a file whose front matter was saved in between.
func TestReadParams(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"content/_index.md":      {Data: []byte("---\ntitle: Sākums\ncascade:\n  color: red\n---\n")},
		"content/news/a.md":      {Data: []byte("---\nTitle: A\nroom: top\nparams: {phone: \"+371\"}\n---\nTeksts.\n")},
		"content/news/b.md":      {Data: []byte("+++\ntitle = \"B\"\nrooms = [1, 2]\n+++\nTeksts.\n")},
		"content/news/plain.md":  {Data: []byte("Teksts bez galvas.\n")},
		"content/news/own.md":    {Data: []byte("---\ntitle: Own\ncolor: blue\n---\nTeksts.\n")},
		"content/news/turned.md": {Data: []byte("---\n\ncolor: green\ntitle: Turned\n---\nTeksts.\n")},
		"content/news/other.txt": {Data: []byte("x")},
	}
	pages, err := content.Load(fsys, "content", cfg)
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string][]string{}
	for _, p := range pages {
		want := p.Meta.Params
		lines := map[string]int{"nowhere": p.Meta.Line("nowhere")}
		for k := range want {
			lines[k] = p.Meta.Line(k)
		}
		p.DropParams(keys)
		for k, line := range lines {
			if got := p.Meta.Line(k); got != line {
				t.Errorf("%s: Line(%q) = %d after DropParams, %d before", p.File, k, got, line)
			}
		}
		if p.Meta.Params != nil {
			t.Fatalf("%s: Params kept after DropParams", p.File)
		}
		for k := range want {
			if !p.HasParam(strings.ToUpper(k)) {
				t.Errorf("%s: HasParam(%q) = false", p.File, strings.ToUpper(k))
			}
		}
		if p.HasParam("fundingNotice") {
			t.Errorf("%s: HasParam(fundingNotice) = true", p.File)
		}
		got, err := content.ReadParams(fsys, p, cfg)
		if err != nil {
			t.Fatalf("%s: %v", p.File, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: ReadParams (-loaded +read):\n%s", p.File, diff)
		}
	}
	for _, p := range pages {
		if p.File == "content/news/a.md" && (p.Meta.Inherited["color"] != "red" || !p.HasParam("color") || !p.HasParam("phone")) {
			t.Errorf("a.md: inherited %v; HasParam(color) %v, HasParam(phone) %v", p.Meta.Inherited, p.HasParam("color"), p.HasParam("phone"))
		}
		if p.File == "content/news/a.md" {
			fsys[p.File].Data = []byte("---\ntitle: A\nroom: bottom\n---\nTeksts.\n")
			if _, err := content.ReadParams(fsys, p, cfg); err == nil || !strings.Contains(err.Error(), "changed during the build") {
				t.Errorf("ReadParams after an edit: err = %v", err)
			}
		}
	}
}

// vanishing is a site whose files named in gone were deleted after the
// folder was listed: listed, but not there to open or stat.
type vanishing struct {
	fstest.MapFS
	gone map[string]bool
}

func (v vanishing) Open(name string) (fs.File, error) {
	if v.gone[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return v.MapFS.Open(name)
}

func (v vanishing) Stat(name string) (fs.FileInfo, error) {
	if v.gone[name] {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrNotExist}
	}
	return v.MapFS.Stat(name)
}

// TestFileDeletedDuringBuild: a file deleted between the listing of its
// folder and its reading (a save, a git checkout while vestis builds) is one
// error naming it and saying what to do, not "stat content/x.md: no such
// file or directory" after its own name; read again later (its body or front
// matter), the same.
func TestFileDeletedDuringBuild(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {lv: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	const want = "content/news/b.md: the file went away during the build (deleted or renamed); build again"
	site := fstest.MapFS{
		"content/news/a.md": {Data: []byte("---\ntitle: A\n---\nTeksts.\n")},
		"content/news/b.md": {Data: []byte("---\ntitle: B\n---\nTeksts.\n")},
	}
	_, err = content.Load(vanishing{site, map[string]bool{"content/news/b.md": true}}, "content", cfg)
	if err == nil || err.Error() != want {
		t.Errorf("Load error:\n%v\nwant:\n%s", err, want)
	}
	p, err := content.LoadFile(site, "content", "content/news/b.md", nil, cfg)
	if err != nil {
		t.Fatal(err)
	}
	gone := vanishing{site, map[string]bool{"content/news/b.md": true}}
	if _, err := content.ReadBody(gone, p); err == nil || "content/news/b.md: "+err.Error() != want {
		t.Errorf("ReadBody error %v, want %q", err, want)
	}
}
