//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestBadFiles puts files that are not what they seem into a good site: links
// out of the site or to a device, named pipes, a huge layout. vestis build must
// exit 1 with one message naming the file, never hang or fill memory, and
// leave public/ byte for byte as it was.
func TestBadFiles(t *testing.T) {
	fifo := func(name string) func(t *testing.T, root string) {
		return func(t *testing.T, root string) {
			p := filepath.Join(root, name)
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.Remove(p)
			if err := syscall.Mkfifo(p, 0o644); err != nil {
				t.Skip("no named pipes:", err)
			}
		}
	}
	link := func(name, target string) func(t *testing.T, root string) {
		return func(t *testing.T, root string) {
			p := filepath.Join(root, name)
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.Remove(p)
			if target == "" { // a file outside the site
				target = filepath.Join(t.TempDir(), "secret.txt")
				os.WriteFile(target, []byte("secret"), 0o644)
			}
			if err := os.Symlink(target, p); err != nil {
				t.Skip("no symbolic links:", err)
			}
		}
	}
	file := func(name string) func(t *testing.T, root string) {
		return func(t *testing.T, root string) {
			p := filepath.Join(root, name)
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, []byte("k: v\n"), 0o644); err != nil {
				t.Skip("no such file names here:", err)
			}
		}
	}
	notUTF8 := func(what string) string {
		return ": this " + what + "'s name is not valid UTF-8 text (the bytes that are not are shown as \\x..): a zip made on another system or an old program saved it in another encoding; rename the " + what
	}
	const (
		linkMsg    = ": a symbolic link; vestis does not follow links here, so that nothing outside the site is published: copy the file instead"
		fifoMsg    = ": a named pipe (FIFO), not a regular file; vestis reads only regular files: replace it with a copy of the file, or remove it"
		dirLinkMsg = ": a symbolic link to a folder; vestis does not go into linked folders here, so its files would be left out: replace the link with the folder (links to files are followed)"
		outMsg     = ": a symbolic link that leads outside the site folder; vestis reads only files inside the site, so that nothing else is published: copy the file (or folder) into the site instead"
	)
	tests := []struct {
		name  string
		setup func(t *testing.T, root string)
		want  string
	}{
		{"static link out of the site", link("static/secret.txt", ""), "static/secret.txt" + linkMsg},
		{"static link to /dev/zero", link("static/zero.bin", "/dev/zero"), "static/zero.bin" + linkMsg},
		{"static folder link", link("static/etc", "/etc"), "static/etc" + linkMsg},
		{"static folder is a link", func(t *testing.T, root string) {
			os.RemoveAll(filepath.Join(root, "static"))
			link("static", "/etc")(t, root)
		}, "static" + outMsg},
		{"content folder is a link", func(t *testing.T, root string) {
			elsewhere := t.TempDir()
			writeTree(t, elsewhere, map[string]string{"news/a.md": "---\ntitle: A\n---\n"})
			os.RemoveAll(filepath.Join(root, "content"))
			link("content", elsewhere)(t, root)
		}, "content" + outMsg},
		{"content subfolder link", link("content/news/elsewhere", "/etc"), "content/news/elsewhere" + outMsg},
		{"content file link", link("content/news/secret.md", ""), "content/news/secret.md" + outMsg},
		// Inside the site, content/ and static/ still take no links (a page
		// would have two files, a file two addresses).
		{"content file link inside", link("content/news/b.md", "a.md"), "content/news/b.md: symbolic links are not followed in content/; copy the file instead"},
		{"content folder link inside", link("content/more", "news"), "content/more: symbolic links are not followed in content/; copy the folder instead"},
		{"static link inside", link("static/robots2.txt", "robots.txt"), "static/robots2.txt" + linkMsg},
		{"static named pipe", fifo("static/pipe.txt"), "static/pipe.txt" + fifoMsg},
		{"content named pipe", fifo("content/news/pipe.md"), "content/news/pipe.md" + fifoMsg},
		{"bundle named pipe", func(t *testing.T, root string) {
			writeTree(t, root, map[string]string{"content/news/trip/index.md": "---\ntitle: T\n---\n"})
			fifo("content/news/trip/foto.jpg")(t, root)
		}, "content/news/trip/foto.jpg" + fifoMsg},
		{"site.yaml named pipe", fifo("site.yaml"), "site.yaml" + fifoMsg},
		{"site.yaml link to /dev/zero", link("site.yaml", "/dev/zero"), "site.yaml" + outMsg},
		{"site.yaml link out of the site", link("site.yaml", ""), "site.yaml" + outMsg},
		{"i18n link out of the site", link("i18n/lv.yaml", ""), "i18n/lv.yaml" + outMsg},
		{"i18n folder link out of the site", link("i18n", "/etc"), "i18n" + outMsg},
		{"data link out of the site", link("data/secret.yaml", ""), "data/secret.yaml" + outMsg},
		{"data folder link out of the site", link("data/etc", "/etc"), "data/etc" + outMsg},
		{"layout link out of the site", link("layouts/news/single.html", ""), "layouts/news/single.html" + outMsg},
		{"layouts folder link out of the site", link("layouts/news", "/etc"), "layouts/news" + outMsg},
		{"partials folder link out of the site", link("layouts/partials", "/etc"), "layouts/partials" + outMsg},
		{"shortcode link out of the site", link("layouts/shortcodes/x.html", ""), "layouts/shortcodes/x.html" + outMsg},
		// A link to a folder inside the site was passed over: its layouts
		// left out, and the default theme's partials hidden.
		{"partials folder link inside", func(t *testing.T, root string) {
			writeTree(t, root, map[string]string{"shared/parts/x.html": "<p>x</p>"})
			link("layouts/partials", "../shared/parts")(t, root)
		}, "layouts/partials" + dirLinkMsg},
		{"data folder link inside", func(t *testing.T, root string) {
			writeTree(t, root, map[string]string{"shared/data/x.yaml": "k: v\n"})
			link("data/more", "../shared/data")(t, root)
		}, "data/more" + dirLinkMsg},
		{"site.yaml named pipe inside a link", func(t *testing.T, root string) {
			fifo("pipes/site.yaml")(t, root)
			os.Remove(filepath.Join(root, "site.yaml"))
			link("site.yaml", "pipes/site.yaml")(t, root)
		}, "site.yaml" + fifoMsg},
		{"i18n named pipe", fifo("i18n/lv.yaml"), "i18n/lv.yaml" + fifoMsg},
		{"layout named pipe", fifo("layouts/news/single.html"), "layouts/news/single.html" + fifoMsg},
		{"layout link to /dev/zero", link("layouts/news/single.html", "/dev/zero"), "layouts/news/single.html" + outMsg},
		// A name that is not UTF-8 (a zip from another system): Go's file
		// system cannot open it ("stat ...: invalid argument").
		{"layout named in Latin-1", file("layouts/news/zi\xf1a.html"), `layouts/news/zi\xf1a.html` + notUTF8("file")},
		{"partials folder named in Latin-1", file("layouts/partials/zi\xf1a/x.html"), `layouts/partials/zi\xf1a` + notUTF8("folder")},
		{"shortcode named in Latin-1", file("layouts/shortcodes/zi\xf1a.html"), `layouts/shortcodes/zi\xf1a.html` + notUTF8("file")},
		{"data file named in Latin-1", file("data/zi\xf1a.yaml"), `data/zi\xf1a.yaml` + notUTF8("file")},
		{"static folder named in Latin-1", file("static/zi\xf1a/x.css"), `static/zi\xf1a` + notUTF8("folder")},
		{"huge content file", func(t *testing.T, root string) {
			// A sparse file, as a disk image renamed by mistake: 5 GB were read
			// into memory before the NUL in it was seen.
			p := filepath.Join(root, "content/news/big.md")
			if err := os.WriteFile(p, nil, 0o644); err != nil || os.Truncate(p, 5<<30) != nil {
				t.Skip("no sparse file")
			}
		}, "content/news/big.md: larger than 256 MB, which is more than such a file can need; is it the right file?"},
		{"huge layout", func(t *testing.T, root string) {
			writeTree(t, root, map[string]string{"layouts/news/single.html": strings.Repeat("<p>x</p>\n", 11<<20/9)})
		}, "layouts/news/single.html: larger than 10 MB, which is more than such a file can need; is it the right file?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			writeTree(t, root, map[string]string{
				"site.yaml":         goodSite,
				"content/news/a.md": "---\ntitle: A\n---\nTeksts.\n",
				"static/robots.txt": "User-agent: *\n",
			})
			wantRefused(t, root, nil, func() { tt.setup(t, root) }, tt.want+"\n")
		})
	}
}

// TestStaticHidden: hidden files and folders of static/ (a .git folder, macOS's
// .DS_Store) are not published, but for .well-known/, .htaccess and .nojekyll
// at its top; the rest is, byte for byte.
func TestStaticHidden(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"site.yaml":            goodSite,
		"content/news/a.md":    "---\ntitle: A\n---\n",
		"static/.git/config":   "[remote \"origin\"]\n\turl = https://user:token@example.org/x.git\n",
		"static/.DS_Store":     "junk",
		"static/css/.hidden":   "junk",
		"static/css/extra.css": "p{color:red}",
		// What a site puts in static/ on purpose, as in Hugo, which
		// publishes every hidden file.
		"static/.well-known/security.txt": "Contact: mailto:sec@example.org\n",
		"static/.htaccess":                "ErrorDocument 404 /404.html\n",
		"static/.nojekyll":                "",
		"static/css/.well-known/x.txt":    "junk",
	})
	video := make([]byte, 3<<20+7) // copied as it is, streamed
	for i := range video {
		video[i] = byte(i * 7 / 3)
	}
	writeTree(t, root, map[string]string{"static/media/talk.mp4": string(video)})
	var out, errb bytes.Buffer
	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d\n%s", code, errb.String())
	}
	if got, err := os.ReadFile(filepath.Join(root, "public/media/talk.mp4")); err != nil || !bytes.Equal(got, video) {
		t.Errorf("public/media/talk.mp4 is not the file of static/ (%v)", err)
	}
	for _, p := range []string{".well-known/security.txt", ".htaccess", ".nojekyll"} {
		if _, err := os.Stat(filepath.Join(root, "public", p)); err != nil {
			t.Errorf("public/%s was not published: %v", p, err)
		}
	}
	for _, p := range []string{".git/config", ".DS_Store", "css/.hidden", "css/.well-known/x.txt"} {
		if _, err := os.Lstat(filepath.Join(root, "public", p)); err == nil {
			t.Errorf("public/%s was published", p)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "public/css/extra.css")); err != nil {
		t.Errorf("public/css/extra.css: %v", err)
	}
}

// TestImportBadFiles: vestis import hugo reads a Hugo site it did not make,
// which may hold named pipes and links to devices among its content, its
// message files and its theme's shortcodes. It must end, never wait on a pipe
// or read /dev/zero to the end of memory, and name a file it needs and
// cannot read.
func TestImportBadFiles(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"hugo.toml":             "baseURL = \"https://example.org/\"\ntheme = \"t\"\ndefaultContentLanguage = \"en\"\n[languages.en]\nweight = 1\n[languages.vi]\nweight = 2\n",
		"content/posts/a.md":    "---\ntitle: A\n---\n{{< box >}}x{{< /box >}}\n",
		"i18n/en.yaml":          "more: More\n",
		"themes/t/i18n/en.yaml": "more: More\n",
		"themes/t/theme.toml":   "name = \"t\"\n",
	})
	for _, name := range []string{"content/posts/pipe.md", "i18n/vi.toml", "themes/t/layouts/shortcodes/box.html"} {
		os.MkdirAll(filepath.Join(root, filepath.Dir(name)), 0o755)
		if err := syscall.Mkfifo(filepath.Join(root, name), 0o644); err != nil {
			t.Skip("no named pipes:", err)
		}
	}
	if err := os.Symlink("/dev/zero", filepath.Join(root, "content/posts/zero.md")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	var out, errb bytes.Buffer
	code := run([]string{"import", "hugo", root}, &out, &errb)
	t.Logf("exit %d\n%s%s", code, out.String(), errb.String())
	if strings.Contains(errb.String(), "goroutine") {
		t.Fatalf("import panicked")
	}
	if want := "i18n/vi.toml: a named pipe (FIFO), not a regular file"; !strings.Contains(errb.String(), want) {
		t.Errorf("import does not say %q", want)
	}
}

// TestImportThemeLink: a Hugo theme that is a symbolic link out of the site
// (themes/t -> a checkout elsewhere) is named in what the import says, and
// its files are not read; the import does not fail with "path escapes from
// parent".
func TestImportThemeLink(t *testing.T) {
	root, elsewhere := t.TempDir(), t.TempDir()
	writeTree(t, elsewhere, map[string]string{"i18n/en.yaml": "more: More\n"})
	writeTree(t, root, map[string]string{
		"hugo.toml":          "baseURL = \"https://example.org/\"\ntheme = \"t\"\n",
		"content/posts/a.md": "---\ntitle: A\n---\nText.\n",
	})
	os.MkdirAll(filepath.Join(root, "themes"), 0o755)
	if err := os.Symlink(elsewhere, filepath.Join(root, "themes/t")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	var out, errb bytes.Buffer
	code := run([]string{"import", "hugo", root}, &out, &errb)
	all := out.String() + errb.String()
	if code != 0 || strings.Contains(all, "escapes") {
		t.Errorf("exit %d\n%s", code, all)
	}
	if want := "i18n: left out themes/t/i18n: themes/t is a symbolic link; vestis reads a theme only inside the site: replace the link with a copy of the theme"; !strings.Contains(all, want) {
		t.Errorf("import does not say %q:\n%s", want, all)
	}
}

// TestNewThroughLink: vestis new does not write through a symbolic link in
// content/ (the build would not read the page there), and says which link,
// not "path escapes from parent".
func TestNewThroughLink(t *testing.T) {
	root, elsewhere := t.TempDir(), t.TempDir()
	writeTree(t, root, map[string]string{"site.yaml": goodSite, "content/_index.md": "---\ntitle: S\n---\n"})
	if err := os.Symlink(elsewhere, filepath.Join(root, "content/news")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	var out, errb bytes.Buffer
	code := run([]string{"new", "news/b", "--source", root}, &out, &errb)
	want := filepath.Join(root, "content/news") + ": a symbolic link; vestis new writes only inside the site's folder, and the build does not follow links in content/: replace the link with the folder\nvestis new: no files created\n"
	if code != exitError || errb.String() != want {
		t.Errorf("exit %d, stderr:\n%s\nwant:\n%s", code, errb.String(), want)
	}
	if entries, _ := os.ReadDir(elsewhere); len(entries) > 0 {
		t.Errorf("vestis new wrote %s through the link", entries[0].Name())
	}
}

// TestLinksInside: a link from one file of the site to another (a layout, a
// message file, a data file, a shortcode, an archetype kept in a shared
// folder) is followed, as before links out of the site were refused.
func TestLinksInside(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"site.yaml":                  goodSite,
		"content/news/a.md":          "---\ntitle: A\n---\nText {{< sc >}}.\n",
		"content/news/a.en.md":       "---\ntitle: A\n---\nText.\n",
		"shared/single.html":         "{{ define \"main\" }}<p>shared {{ .Page.Title }} {{ .T \"hello\" }} {{ .Site.Data.x.k }}</p>{{ .Page.Content }}{{ end }}",
		"shared/lv.yaml":             "hello: Sveiki\n",
		"shared/x.yaml":              "k: from-data\n",
		"shared/sc.html":             "from-shortcode",
		"shared/archetype.md":        "---\ntitle: \"{{ .Title }}\"\nsubtitle: shared\n---\n",
		"layouts/news/.keep":         "",
		"layouts/shortcodes/.keep":   "",
		"i18n/.keep":                 "",
		"data/.keep":                 "",
		"archetypes/.keep":           "",
		"content/news/.placeholder~": "",
	})
	for link, target := range map[string]string{
		"layouts/news/single.html":   "../../shared/single.html",
		"i18n/lv.yaml":               "../shared/lv.yaml",
		"data/x.yaml":                "../shared/x.yaml",
		"layouts/shortcodes/sc.html": "../../shared/sc.html",
		"archetypes/default.md":      "../shared/archetype.md",
	} {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Skip("no symbolic links:", err)
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
		t.Fatalf("build: exit %d\n%s", code, errb.String())
	}
	page, err := os.ReadFile(filepath.Join(root, "public/lv/jaunumi/a/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"shared A Sveiki from-data", "from-shortcode"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("public/lv/jaunumi/a/index.html lacks %q:\n%s", want, page)
		}
	}
	if code := run([]string{"new", "news/b", "--source", root, "--lang", "lv"}, &out, &errb); code != 0 {
		t.Fatalf("new: exit %d\n%s", code, errb.String())
	}
	if b, err := os.ReadFile(filepath.Join(root, "content/news/b.lv.md")); err != nil || !strings.Contains(string(b), "subtitle: shared") {
		t.Errorf("vestis new did not use the linked archetype: %s (%v)", b, err)
	}
}
