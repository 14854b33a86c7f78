package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

const goodSite = `baseURL: https://example.org/
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Vēstis, weight: 1}
  en: {name: English, title: News, weight: 2}
sections:
  news: {lv: jaunumi, en: news}
`

func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		bt.WriteFile(t, root, name, data)
	}
}

func tree(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(p)
			b.WriteString(p + "\n" + string(data) + "\n")
		}
		return nil
	})
	return b.String()
}

// TestBadInput breaks a good site in one way per case: vestis build must exit 1
// with the exact message, and leave public/ byte for byte as it was.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"YAML syntax", map[string]string{"content/news/x.md": "---\ntitle: A\ndate: x: y\n---\n"},
			`content/news/x.md:3: front matter: date: the value holds ": ", which YAML reads as the start of another key; put the whole value in quotes, as in date: "x: y"`},
		{"YAML flow syntax", map[string]string{"content/news/x.md": "---\ntitle: A\ntags: [a, b\n---\n"},
			"content/news/x.md:3: front matter: tags: the list opened with [ is not closed on this line: end it with ]"},
		{"YAML opened, TOML closed", map[string]string{"content/news/x.md": "---\ntitle: A\n+++\nText.\n"},
			`content/news/x.md:3: front matter: opened with "---" on line 1 but closed with "+++" here; open and close it with the same line (--- for YAML, +++ for TOML)`},
		{"TOML between YAML's lines", map[string]string{"content/news/x.md": "---\ntitle = \"A\"\n---\nText.\n"},
			`content/news/x.md:2: front matter: this is written as TOML (key = value) between --- lines, which hold YAML (key: value); put +++ lines around TOML, or write each line as key: value`},
		{"TOML syntax", map[string]string{"content/news/x.md": "+++\ntitle = \"A\"\ndate = \n+++\n"},
			"content/news/x.md:3:8: front matter: expected value but found '\\n' instead"},
		{"JSON syntax", map[string]string{"content/news/x.md": ";;;\n{\"title\": \"A\",\n \"date\" 1}\n;;;\n"},
			"content/news/x.md:3:9: front matter: invalid character '1' after object key"},
		{"YAML alias cycle", map[string]string{"content/news/x.md": "---\ntitle: A\nparams: &p [1, *p]\n---\n"},
			"content/news/x.md:3:16: front matter: alias *p is inside the value of its own anchor &p, so the value would never end"},
		{"YAML alias bomb", map[string]string{"content/news/x.md": "---\ntitle: A\n" + aliasBomb() + "---\n"},
			"content/news/x.md:8:20: front matter: aliases (*name) repeat the values of anchors (&name) too many times; write the values out, or use fewer aliases"},
		{"TOML key twice", map[string]string{"content/news/x.md": "+++\ntitle = \"A\"\ndate = 2024-05-19\n\ndate = 2024-05-20\n+++\n"},
			"content/news/x.md:5: front matter: date is given twice, on lines 3 and 5; keep one"},
		{"TOML nested 3 million levels", map[string]string{"content/news/x.md": "+++\ntitle = \"A\"\nx = " + strings.Repeat("[", 3_000_000) + strings.Repeat("]", 3_000_000) + "\n+++\n"},
			"content/news/x.md:3:205: front matter: lists and tables nest more than 200 levels deep"},
		{"JSON nested 3 million levels", map[string]string{"content/news/x.md": ";;;\n{\"title\": \"A\",\n\"x\": " + strings.Repeat("{\"a\":", 3_000_000) + "1" + strings.Repeat("}", 3_000_000) + "}\n;;;\n"},
			"content/news/x.md:3:1001: front matter: lists and tables nest more than 200 levels deep"},
		{"TOML time as expiry date", map[string]string{"content/news/x.md": "+++\ntitle = \"A\"\nexpiryDate = 10:00:00\n+++\n"},
			"content/news/x.md:3: front matter: expiryDate: want a date written year-month-day, as in 2024-05-19, got the time of day 10:00:00 with no date"},
		{"TOML time as publish date", map[string]string{"content/news/x.md": "+++\ntitle = \"A\"\n\npublishDate = 08:30:00\n+++\n"},
			"content/news/x.md:4: front matter: publishDate: want a date written year-month-day, as in 2024-05-19, got the time of day 08:30:00 with no date"},
		{"no closing delimiter", map[string]string{"content/news/x.md": "---\ntitle: A\n"},
			`content/news/x.md:1: front matter: no closing "---" line`},
		{"date", map[string]string{"content/news/x.md": "---\ntitle: A\ndate: next week\n---\n"},
			`content/news/x.md:3: front matter: date: cannot read "next week" as a date; write year-month-day, as in 2024-05-19`},
		{"tags not a list", map[string]string{"content/news/x.md": "---\ntitle: A\ntags: izglitiba, kultura\n---\n", "site.yaml": goodSite + "taxonomies: [tags]\n"},
			`content/news/x.md:3: front matter: tags: want a list such as [a, b], got "izglitiba, kultura"`},
		{"draft maybe", map[string]string{"content/news/x.md": "---\ntitle: A\ndraft: maybe\n---\n"},
			`content/news/x.md:3: front matter: draft: want true or false, got "maybe"`},
		{"no opening delimiter", map[string]string{"content/news/x.md": "title: A\n---\nTeksts.\n"},
			`content/news/x.md:1: the file has no front matter: begin it with a line "---"`},
		{"invalid UTF-8", map[string]string{"content/news/x.md": "---\ntitle: A\n---\nbad \xff byte\n"},
			"content/news/x.md:4: not valid UTF-8 text; save the file as UTF-8"},
		{"NUL byte", map[string]string{"content/news/x.md": "---\ntitle: A\n---\n\x00\n"},
			"content/news/x.md:4: contains a NUL byte; is this a binary file?"},
		// A photo saved under a page's name: its bytes hold carriage returns
		// and no line feed (once "lines end in CR only"), and are not UTF-8
		// before the first NUL, which alone says what it is.
		{"photo saved as a page", map[string]string{"content/news/x.md": "\x89PNG\r\x1a\r\xff\xd8\x00\x00\x00\rIHDR"},
			"content/news/x.md:1: contains a NUL byte; is this a binary file?"},
		{"photo with line feeds saved as a page", map[string]string{"content/news/x.md": "\x89PNG\r\n\x1a\n\xff\xd8\x00\x00\x00\rIHDR"},
			"content/news/x.md:3: contains a NUL byte; is this a binary file?"},
		// A wide header over many one-letter rows: goldmark fills each row to
		// the header's columns, gigabytes for a few megabytes of text.
		{"table of too many cells", map[string]string{"content/news/x.md": "---\ntitle: A\n---\nTeksts.\n\n" +
			strings.Repeat("| a ", 2001) + "|\n" + strings.Repeat("|---", 2001) + "|\n" + strings.Repeat("x\n", 999)},
			"content/news/x.md:6: this table would have 2001 columns and 1000 rows, 2001000 cells (every row gets as many cells as the header has columns), more than the 2000000 that vestis converts; split it into smaller tables, or put the data in a file to download\n"},
		// A list indented further on each line: goldmark's time grows with
		// the cube of the depth (1 MB, a thousand levels, took seconds; 9 MB
		// most of a minute).
		{"list nested a thousand levels", map[string]string{"content/news/x.md": "---\ntitle: A\n---\nTeksts.\n\n" + nestedList(1000)},
			"content/news/x.md:106: lists and block quotes nest more than 100 levels deep on this line (each -, *, + or 1. after another, each >, opens one more); a deeper text takes minutes to convert: write it with fewer levels\n"},
		{"quotes and lists nested on one line", map[string]string{"content/news/x.md": "---\ntitle: A\n---\nTeksts.\n\n" + strings.Repeat("> - ", 50_000) + "x\n"},
			"content/news/x.md:6: lists and block quotes nest more than 100 levels deep"},
		// A text doubled in a loop asked for a terabyte: 1.7 GB were taken
		// before the timeout. (Here it grows faster, so that the test
		// makes 10 MB at most: the text too large is refused before it is
		// made.)
		{"shortcode growing a text", map[string]string{
			"layouts/shortcodes/aug.html": "{{ $s := \"xx\" }}\n{{ range seq 40 }}{{ $s = replace $s \"x\" $s }}{{ end }}{{ len $s }}",
			"content/news/x.md":           "---\ntitle: A\n---\nTeksts.\n\n{{< aug >}}\n"},
			`content/news/x.md:6: shortcode "aug": layouts/shortcodes/aug.html:2:27: this makes a text longer than 64 MB, the most one value may hold (as much as a page may publish); does a loop make a text longer each turn, as {{ $s = print $s $s }} does?` + "\n"},
		{"layout growing a text", map[string]string{"layouts/news/single.html": "<p>\n{{ $s := \"x\" }}{{ range 40 }}{{ $s = print $s $s $s $s $s $s $s $s $s $s }}{{ end }}\n"},
			`layouts/news/single.html:2:38: rendering content/news/a.md: this makes a text longer than 64 MB, the most one value may hold (as much as a page may publish); does a loop make a text longer each turn, as {{ $s = print $s $s }} does?` + "\n"},
		{"YAML binary in front matter", map[string]string{"content/news/x.md": "---\ntitle: A\nparams:\n  logo: !!binary aGVsbG8=\n---\n"},
			"content/news/x.md:4:9: front matter: !!binary makes bytes, not text, and vestis reads only text here; put the file beside the page or in static/ and write its name instead\n"},
		{"YAML tag of its own in front matter", map[string]string{"content/news/x.md": "---\ntitle: !virsraksts A\n---\n"},
			"content/news/x.md:2:8: front matter: the tag !virsraksts is not one vestis reads"},
		{"YAML list as a key in site.yaml", map[string]string{"site.yaml": goodSite + "params:\n  ? [a, b]\n  : x\n"},
			"site.yaml:9: this key is a list; a key is a name: write it as one word or text, in quotes if it holds [ ] { } or :\n"},
		// A page's address is its slug, which leaves out a control
		// character; the file's name keeps it, garbled in every editor.
		{"page name with an escape", map[string]string{"content/news/zi\x1bna.md": "---\ntitle: X\n---\n"},
			`content/news/zi\x1bna.md: this file's name holds the invisible control character U+001B, which editors show as nothing or garbled, and no web address may hold; rename the file` + "\n"},
		{"layout name with a bell", map[string]string{"layouts/partials/x\a.html": "<b>\n"},
			`layouts/partials/x\a.html: this file's name holds the invisible control character U+0007`},
		{"shortcode name with a delete", map[string]string{"layouts/shortcodes/x\x7f.html": "<b>\n"},
			`layouts/shortcodes/x\x7f.html: this file's name holds the invisible control character U+007F`},
		{"data folder with a line break", map[string]string{"data/a\nb/x.yaml": "a: 1\n"},
			`data/a\nb: this folder's name holds the invisible control character U+000A`},
		{"vertical tab in front matter", map[string]string{"content/news/x.md": "---\ntitle: A\nauthor: B\vC\n---\nTeksts.\n"},
			"content/news/x.md:3: contains the invisible control character U+000B, which a web page may not hold (text pasted from a word processor brings them); delete it"},
		{"escape in a title", map[string]string{"content/news/x.md": "---\ntitle: \"A\x1b[31m\"\n---\n"},
			"content/news/x.md:2: contains the invisible control character U+001B"},
		{"escape written in YAML", map[string]string{"content/news/x.md": "---\ntitle: A\nparams: {note: \"x\\e[31m\"}\n---\n"},
			`content/news/x.md:3: front matter: params: \e inside double quotes is the escape of the invisible control character U+001B, which a web page may not hold, not a backslash and a letter: to write a backslash, double it (\\e), or put the value in single quotes`},
		{"LaTeX in a double-quoted YAML text", map[string]string{"content/news/x.md": "---\ntitle: A\nsummary: \"the $\\beta$ entropy\"\n---\n"},
			`content/news/x.md:3: front matter: summary: \b inside double quotes is the escape of the invisible control character U+0008, which a web page may not hold, not a backslash and a letter: to write a backslash, double it (\\b), or put the value in single quotes`},
		{"Windows path in a TOML text", map[string]string{"content/news/x.md": "+++\ntitle = \"A\"\nfile = \"C:\\files\"\n+++\n"},
			`content/news/x.md:3: front matter: file: \f inside double quotes is the escape of the invisible control character U+000C, which a web page may not hold, not a backslash and a letter: to write a backslash, double it (\\f), or put the value in single quotes`},
		{"escape written in TOML", map[string]string{"content/news/x.md": "+++\ntitle = \"A\\u0007\"\n+++\n"},
			"content/news/x.md:2: front matter: title: contains the invisible control character U+0007"},
		// A file's first character pasted into a title: it looks the
		// same, yet is another title, tag, address.
		{"byte order mark in a title", map[string]string{"content/news/x.md": "---\ntitle: Zi\ufeffņas\n---\n"},
			"content/news/x.md:2: contains the invisible byte order mark U+FEFF (the mark some editors put before a file's first letter; text pasted from such a file brings it), which makes this text another text that looks the same; delete it\n"},
		{"byte order mark written in TOML", map[string]string{"content/news/x.md": "+++\ntitle = \"A\"\ntags = [\"\\ufeffsports\"]\n+++\n"},
			"content/news/x.md:3: front matter: tags: contains the invisible byte order mark U+FEFF"},
		{"url over a list's page 2", map[string]string{"site.yaml": goodSite + "paginate: 1\n", "content/news/x.md": "---\ntitle: X\nurl: /lv/jaunumi/page/2/\n---\n"},
			`content/news/x.md:3: url "/lv/jaunumi/page/2/" is also the address of page 2 of the news list (lv); choose another url`},
		{"url where the sitemap is", map[string]string{"content/news/x.md": "---\ntitle: X\nurl: /sitemap.xml/\n---\n"},
			`content/news/x.md:3: url "/sitemap.xml/" needs /sitemap.xml to be a folder, but that is the address of the sitemap index; choose another url`},
		{"alias where a feed is", map[string]string{"content/news/x.md": "---\ntitle: X\naliases: [/lv/jaunumi/index.xml]\n---\n"},
			`content/news/x.md:3: aliases "/lv/jaunumi/index.xml/" needs /lv/jaunumi/index.xml to be a folder, but that is the address of the RSS feed of the news list (lv); change or remove the alias`},
		{"static file over a list", map[string]string{"static/lv/jaunumi/index.html": "<p>vecs</p>\n"},
			`static/lv/jaunumi/index.html: this file, copied to /lv/jaunumi/index.html, is also the address of the news list (lv); rename the file`},
		{"static file where a page needs a folder", map[string]string{"static/lv/jaunumi/a": "x\n"},
			`static/lv/jaunumi/a: this file, copied to /lv/jaunumi/a, is a file where content/news/a.md needs a folder; rename the file`},
		{"bundle file over its page", map[string]string{"content/news/b/index.md": "---\ntitle: B\n---\n", "content/news/b/index.html": "<p>vecs</p>\n"},
			`content/news/b/index.html: this file, copied to /lv/jaunumi/b/index.html, is also the address of content/news/b/index.md; rename the file`},
		{"slug too long", map[string]string{"content/news/x.md": "---\ntitle: X\nslug: " + strings.Repeat("garš-", 60) + "\n---\n"},
			`content/news/x.md:3: slug "garš-garš-garš-garš-garš-garš-gar…" makes a file name of 299 bytes; file systems hold at most 255; choose a shorter slug`},
		{"url too long", map[string]string{"content/news/x.md": "---\ntitle: X\nurl: /lv/" + strings.Repeat("a", 256) + "/\n---\n"},
			`content/news/x.md:3: url "/lv/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" makes a file name of 256 bytes; file systems hold at most 255; choose a shorter url`},
		{"file name not UTF-8", map[string]string{"content/news/caf\xe9.md": "---\ntitle: X\n---\n"},
			`content/news/caf\xe9.md: the file name is not valid UTF-8 (the bad bytes are shown as \x..); rename the file`},
		{"folder name not UTF-8", map[string]string{"content/news/b\xe9/index.md": "---\ntitle: X\n---\n"},
			`content/news/b\xe9: the folder name is not valid UTF-8 (the bad bytes are shown as \x..); rename the folder`},
		{"static name not UTF-8", map[string]string{"static/caf\xe9.txt": "x\n"},
			`static/caf\xe9.txt: the file name is not valid UTF-8 (the bad bytes are shown as \x..); rename the file`},
		{"static name with a line break", map[string]string{"static/new\nline.txt": "x\n"},
			`static/new\nline.txt: this file's name holds the control character U+000A (a line break), which no web address may hold; rename the file` + "\n"},
		{"bundle file name with a tab", map[string]string{"content/news/t/index.md": "---\ntitle: T\n---\n", "content/news/t/a\tb.pdf": "x"},
			`content/news/t/a\tb.pdf: this file's name holds the control character U+0009 (a tab), which no web address may hold; rename the file` + "\n"},
		{"url with a tab", map[string]string{"content/news/x.md": "---\ntitle: X\nurl: \"/a\\tb/\"\n---\n"},
			`content/news/x.md:3: url "/a\tb/" holds the control character U+0009 (a tab), which no web address may hold; choose another url` + "\n"},
		{"alias with a line break", map[string]string{"content/news/x.md": "---\ntitle: X\naliases: [\"/a\\nb/\"]\n---\n"},
			`content/news/x.md:3: aliases "/a\nb/" holds the control character U+000A (a line break), which no web address may hold; change or remove the alias` + "\n"},
		{"url over the manifest", map[string]string{"content/news/x.md": "---\ntitle: X\nurl: /.vestis-manifest\n---\n"},
			`content/news/x.md:3: url "/.vestis-manifest" needs /.vestis-manifest to be a folder, but that is the address of the list of the files a build wrote (.vestis-manifest); choose another url` + "\n"},
		{"alias into .git", map[string]string{"content/news/x.md": "---\ntitle: X\naliases: [/.Git/hooks/]\n---\n"},
			`content/news/x.md:3: aliases "/.Git/hooks/" needs /.git to be a folder, but that is the address of git's folder of a gh-pages worktree, which a build keeps as it is and never writes into; change or remove the alias` + "\n"},
		{"page's extension in capitals", map[string]string{"content/news/x.MD": "---\ntitle: X\n---\n"},
			"content/news/x.MD: vestis reads a page only from a name ending in .md in lower case (or .markdown, .html), so this file would not be published; rename it x.md\n"},
		// A section's segment that is a file vestis writes: one error at
		// site.yaml's line, not one without it (and one for each page).
		{"section at the sitemap's address", map[string]string{"site.yaml": strings.Replace(goodSite, "lv: jaunumi", "lv: sitemap.xml", 1)},
			"site.yaml:7: sections: news: lv: segment \"sitemap.xml\" needs /lv/sitemap.xml to be a folder, but that is the address of the sitemap (lv); choose another\n"},
		{"section at the feed's address", map[string]string{"site.yaml": strings.Replace(goodSite, "lv: jaunumi", "lv: index.xml", 1)},
			"site.yaml:7: sections: news: lv: segment \"index.xml\" needs /lv/index.xml to be a folder, but that is the address of the RSS feed of the home page (lv); choose another\n"},
		// Folders one on macOS and Windows: a checkout there mixes them.
		{"folders differing in letter case", map[string]string{"content/News/b.md": "---\ntitle: B\n---\n"},
			"content/news: this folder's name differs only in letter case from content/News: macOS and Windows keep the two as one folder, so a copy of the site there mixes their files and keeps one of two files of the same name; move the files of one into the other\n"},
		{"folders differing in how accents are stored", map[string]string{"content/news/zin\u0327as/b.md": "---\ntitle: B\n---\n", "content/news/ziņas/c.md": "---\ntitle: C\n---\n"},
			"content/news/ziņas: this folder's name looks the same as that of content/news/zin\u0327as, but its accents are stored differently (Unicode normalization): macOS keeps the two as one folder"},
		// The same in the site's other folders: a copy there keeps one of
		// two layouts, data files or messages, or mixes two static folders.
		{"partials differing in letter case", map[string]string{"layouts/partials/Card.html": "A", "layouts/partials/card.html": "B"},
			"layouts/partials/card.html: this file's name differs only in letter case from layouts/partials/Card.html: macOS and Windows keep the two as one file, so a copy of the site there has only one of the two files; rename or remove one\n"},
		{"data files differing in how accents are stored", map[string]string{"data/r\u012bga.yaml": "a: 1\n", "data/ri\u0304ga.yaml": "a: 2\n"},
			"data/rīga.yaml: this file's name looks the same as that of data/ri\u0304ga.yaml, but its accents are stored differently (Unicode normalization): macOS keeps the two as one file, so a copy of the site there has only one of the two files; rename or remove one\n"},
		{"static folders differing in letter case", map[string]string{"static/img/a.png": "a", "static/IMG/b.png": "b"},
			"static/img: this folder's name differs only in letter case from static/IMG: macOS and Windows keep the two as one folder, so a copy of the site there mixes their files"},
		{"an i18n file and a folder differing in letter case", map[string]string{"i18n/lv.yaml": "more: Vairāk\n", "i18n/LV.yaml/x": ""},
			"i18n/lv.yaml: this file's name differs only in letter case from i18n/LV.yaml: macOS and Windows cannot hold a file and a folder of one name, so a copy of the site there loses one of the two; rename one\n"},
		// Lines counted as an editor shows them: LF, CR LF and a lone CR
		// (old Mac programs', or one pasted in) each end a line.
		{"lines ending in CR only", map[string]string{"content/news/x.md": "---\rtitle: X\rdate: rīt\r---\rTeksts.\r"},
			"content/news/x.md:3: front matter: date: cannot read \"rīt\" as a date; write year-month-day, as in 2024-05-19\n"},
		{"a lone CR in the text", map[string]string{"content/news/x.md": "---\ntitle: X\n---\nRinda.\rVēl rinda.\n\n[saite](nav.md)\n"},
			"content/news/x.md:7: link to \"nav.md\": no such page (content/news/nav.md)\n"},
		{"layout lines ending in CR only", map[string]string{"layouts/news/single.html": "<h1>\r{{ .Page.Title }}\r{{ .Page.Nav }}</h1>\r"},
			"layouts/news/single.html:3:9: .Page.Nav: a page has no field Nav"},
		{"layout with CR LF and a lone CR", map[string]string{"layouts/news/single.html": "<h1>\r\n{{ .Page.Title }}\r{{ .Page.Nav }}</h1>\r\n"},
			"layouts/news/single.html:3:9: .Page.Nav"},
		// A template's text is published as written: an invisible
		// character in it is refused at its line and column.
		{"control character in a layout", map[string]string{"layouts/news/single.html": "<h1>\n  {{ .Page.Title }}\a ā</h1>\n"},
			"layouts/news/single.html:2:20: contains the invisible control character U+0007, which a web page may not hold (text pasted from a word processor brings them); delete it\n"},
		{"C1 control in a partial", map[string]string{"layouts/partials/x.html": "ā\u0085b"},
			"layouts/partials/x.html:1:2: contains the invisible control character U+0085, which a web page may not hold"},
		{"byte order mark inside a shortcode", map[string]string{"layouts/shortcodes/x.html": "a\n\ufeffb"},
			"layouts/shortcodes/x.html:2:1: contains the invisible byte order mark U+FEFF (the mark some editors put before a file's first letter; text pasted from such a file brings it), which shows as nothing in every page; delete it\n"},
		{"i18n lines ending in CR only", map[string]string{"i18n/lv.yaml": "more: Vairāk\rhome: Sākums\rmore: Vēl\r"},
			"i18n/lv.yaml:3: "},
		{"translationKey twice in one language", map[string]string{
			"content/news/x.lv.md": "---\ntitle: X\ntranslationKey: mit\n---\n",
			"content/news/y.lv.md": "---\ntitle: Y\n\ntranslationKey: mit\n---\n",
			"content/news/y.en.md": "---\ntitle: Y\ntranslationKey: mit\n---\n"},
			`content/news/y.lv.md:4: translationKey "mit" is also the key of content/news/x.lv.md:3, in the same language (lv); a key joins one page per language: give one of them another key`},
		// An archetype that writes its own key into every page it makes:
		// one mistake, said once with its places, each page told of the
		// first (not a chain of each naming the one before).
		{"translationKey of many pages in one language", sameKey(30),
			"translationKey \"mit\" is also the key of content/news/k00.lv.md:3, in the same language (lv); a key joins one page per language: give each page its own key; in 29 files:\n  content/news/k01.lv.md:3\n  content/news/k02.lv.md:3\n"},
		{"a thousand and one tags", map[string]string{"site.yaml": goodSite + "taxonomies: [tags]\n", "content/news/x.md": "---\ntitle: X\n\ntags: [" + strings.Repeat("birka, ", 5) + manyTags(1000) + "]\n---\n"},
			"content/news/x.md:4: front matter: tags: 1001 terms, more than the 1000 one page may name (each term is a page of its own, with its feeds: 100,000 tags on one page took seven minutes to build); is a text pasted into the list?\n"},
		{"a thousand and one aliases", map[string]string{"content/news/x.md": "---\ntitle: X\naliases: [/vecs/, /vecs/, " + manyAliases(1000) + "]\n---\n"},
			"content/news/x.md:3: front matter: aliases: 1001 aliases, more than the 1000 one page may have (each is a file of its own: 100,000 on one page took most of a minute to build); is a text pasted into the list? Many old addresses are better sent on by the web server's own redirects\n"},
		{"one image many pages name beside them", map[string]string{
			"content/news/b.md": "---\ntitle: B\n---\n![Logo](logo.png)\n",
			"content/news/c.md": "---\ntitle: C\n---\nTeksts.\n\n![Logo](logo.png)\n",
			"content/news/d.md": "---\ntitle: D\n---\n![Logo](logo.png)\n"},
			"image \"logo.png\" is not beside the pages that name it: put the image in static/ and write /logo.png, or make each page a folder with the page as its index file (index.md, index.en.md) and the image in it; in 3 files:\n" +
				"  content/news/b.md:4\n  content/news/c.md:6\n  content/news/d.md:4\n"},
		{"one page twice in the default language", map[string]string{"content/news/a.lv.md": "---\ntitle: A\nslug: cits\n---\n"},
			`content/news/a.md: this page and content/news/a.lv.md are both the lv version of news/a; rename one of them or give it a translationKey`},
		{"static files that differ in letter case", map[string]string{"static/img/logo.png": "a", "static/img/Logo.png": "b"},
			"static/img/logo.png: this file's name differs only in letter case from static/img/Logo.png: macOS and Windows keep the two as one file, so a copy of the site there has only one of the two files; rename or remove one\n"},
		{"url that differs in letter case from a page", map[string]string{"content/news/x.md": "---\ntitle: X\nurl: /lv/jaunumi/A/\n---\n"},
			`content/news/x.md:3: url "/lv/jaunumi/A/" differs only in letter case from /lv/jaunumi/a/index.html, the address of content/news/a.md; macOS and Windows would keep one of the two; choose another url`},
		{"tag too long", map[string]string{"site.yaml": goodSite + "taxonomies: [tags]\n", "content/news/x.md": "---\ntitle: X\ntags: [mit, " + "Ārvalstu " + strings.Repeat("a", 260) + "]\n---\n"},
			`content/news/x.md:3: tags "Ārvalstu aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" makes a file name of 269 bytes; file systems hold at most 255; shorten this name in tags`},
		{"section segment too long", map[string]string{"site.yaml": strings.Replace(goodSite, "lv: jaunumi", "lv: "+strings.Repeat("j", 256), 1)},
			`site.yaml:7: sections: news: lv: the segment is 256 bytes long; file systems hold file names of at most 255`},
		{"slug with ..", map[string]string{"content/news/x.md": "---\ntitle: X\nslug: ../../x\n---\n"},
			`content/news/x.md:3: front matter: slug: "../../x" would leave the site (no '..', '\' or scheme allowed)`},
		{"absolute url outside", map[string]string{"content/news/x.md": "---\ntitle: X\nurl: /../../etc/\n---\n"},
			`content/news/x.md:3: front matter: url: "/../../etc/" would leave the site`},
		{"alias with backslash", map[string]string{"content/news/x.md": "---\ntitle: X\naliases: ['a\\b']\n---\n"},
			`content/news/x.md:3: front matter: aliases: "a\\b" would leave the site`},
		{"alias with scheme", map[string]string{"content/news/x.md": "---\ntitle: X\naliases: [\"file:///etc/passwd\"]\n---\n"},
			`content/news/x.md:3: front matter: aliases: "file:///etc/passwd" would leave the site`},
		{"link to no page", map[string]string{"content/news/x.md": "---\ntitle: X\n---\nTeksts.\n\nSk. [citu ziņu](nav-tadas.md).\n"},
			`content/news/x.md:6: link to "nav-tadas.md": no such page (content/news/nav-tadas.md)`},
		{"link to a draft", map[string]string{"content/news/x.md": "---\ntitle: X\n---\n[melnraksts](d.md)\n", "content/news/d.md": "---\ntitle: D\ndraft: true\n---\n"},
			`content/news/x.md:4: link to "d.md": content/news/d.md is not published (draft, future or expired)`},
		{"template syntax", map[string]string{"layouts/news/single.html": "<p>\n{{ .Page.Title \n"},
			"layouts/news/single.html:3: unclosed action started at news/single.html:2"},
		{"template runtime", map[string]string{"layouts/news/single.html": "<p>\n{{ index .Page.Params.nope \"x\" }}\n"},
			`layouts/news/single.html:2:15: .Page.Params.nope is not there for content/news/a.md (a key its map does not hold, or a field its value does not have: check the name); a key a page may leave out is read with index, as in {{ with index .Page.Params "nope" }}...{{ end }}`},
		// A value that is there, of a kind the function refuses (a number
		// written in quotes, a text): not "is not there".
		{"a value of another kind given to a function", map[string]string{"data/d.yaml": "a: \"12\"\n", "layouts/news/single.html": "<p>\n{{ add .Site.Data.d.a 1 }}\n"},
			`layouts/news/single.html:2:13: {{ add .Site.Data.d.a 1 }}: .Site.Data.d.a is there for content/news/a.md, but is not of a kind add takes; check what it holds on that page (a text, a number, a list)` + "\n"},
		{"template nil map", map[string]string{"layouts/news/single.html": "<p>\n{{ with .Page.Params }}{{ index .title.x 1 }}{{ end }}\n"},
			`layouts/news/single.html:2:`},
		{"missing partial", map[string]string{"layouts/news/single.html": "<p>\n{{ template \"partials/nav.html\" . }}\n"},
			"layouts/news/single.html:2:13: rendering content/news/a.md: no such template \"partials/nav.html\"\n"},
		// A field no page has, in a branch no page takes yet: refused when
		// the layouts are read, with the name meant; it was published in
		// silence until a featured page came.
		{"a misspelt field in a branch no page takes", map[string]string{"layouts/news/single.html": "<h1>{{ .Page.Title }}</h1>\n{{ with index .Page.Params \"featured\" }}\n  <p>{{ $.Page.Sumary }}</p>\n{{ end }}\n"},
			"layouts/news/single.html:3:10: $.Page.Sumary: a page has no field Sumary; did you mean $.Page.Summary?\n"},
		{"a page's field on a layout's dot", map[string]string{"layouts/news/single.html": "<h1>{{ .Title }}</h1>\n"},
			"layouts/news/single.html:1:8: .Title: a layout's . (which holds .Page, .Site, .Pages and more) has no field Title; did you mean .Page.Title, .Site.Title or .Lang.Title?\n"},
		{"a field of a list", map[string]string{"layouts/news/single.html": "<p>\n{{ .Page.Translations.Title }}\n"},
			"layouts/news/single.html:2:9: .Page.Translations.Title: .Page.Translations is a list, which has no field Title; to show each item's, range over it: {{ range .Page.Translations }}{{ .Title }}{{ end }}\n"},
		// A layout that does not parse: the mistake in plain words, at
		// its column, not the parser's grammar ("unexpected \">\" in
		// operand", "unexpected {{end}}").
		{"a comparison written with >", map[string]string{"layouts/news/single.html": "<p>\n{{ if .Page.Weight > 3 }}x{{ end }}</p>\n"},
			"layouts/news/single.html:2:20: \">\" cannot be written inside {{ }}: a template compares with a word before the two values: gt A B for A > B (lt <, le <=, gt >, ge >=, eq ==, ne !=)\n"},
		{"an end too many in a partial", map[string]string{"layouts/partials/x.html": "<b>{{ with .Page.Title }}{{ . }}{{ end }}</b>\n{{ end }}\n"},
			"layouts/partials/x.html:2:1: {{ end }} here closes no block: remove it, or add before it the {{ if }}, {{ range }}, {{ with }}, {{ define }} or {{ block }} it was meant to close\n"},
		{"typographic quotes in a shortcode", map[string]string{"layouts/shortcodes/x.html": "<b>{{ .Get “a” }}</b>\n", "content/news/b.md": "---\ntitle: B\n---\n{{< x a=1 >}}\n"},
			"content/news/b.md:4: shortcode \"x\": layouts/shortcodes/x.html:1:12: “ is a typographic quote, which a word processor or phone puts for \": inside {{ }} write text between straight quotes, \"like this\"\n"},
		{"call of a value that is no function", map[string]string{"layouts/shortcodes/x.html": "<b>{{ call (.Get 0) }}</b>\n", "content/news/b.md": "---\ntitle: B\n---\n{{< x a >}}\n"},
			"content/news/b.md:4: shortcode \"x\": layouts/shortcodes/x.html:1:7: call runs a function kept in a value; this value is a text (\"a\"), not a function\n"},
		// A function a namespace of Hugo's does not have in shortcodes, or
		// given too few values: not "can't evaluate field FormatNumber in
		// type shortcode.langNS".
		{"a namespace's unknown function in a shortcode", map[string]string{"layouts/shortcodes/x.html": "<b>{{ strings.Titel (.Get 0) }}</b>\n", "content/news/b.md": "---\ntitle: B\n---\n{{< x a >}}\n"},
			"content/news/b.md:4: shortcode \"x\": layouts/shortcodes/x.html:1:7: strings.Titel is not one of the functions of Hugo's strings namespace that shortcodes have; did you mean strings.Title?\n"},
		{"a namespace's function given too few values", map[string]string{"layouts/shortcodes/x.html": "<b>{{ (.Get 0) | strings.Repeat }}</b>\n", "content/news/b.md": "---\ntitle: B\n---\n{{< x a >}}\n"},
			"content/news/b.md:4: shortcode \"x\": layouts/shortcodes/x.html:1:18: strings.Repeat takes 2 values, and is given 1\n"},
		{"an unknown function in a shortcode", map[string]string{"layouts/shortcodes/x.html": "<b>{{ uper (.Get 0) }}</b>\n", "content/news/b.md": "---\ntitle: B\n---\n{{< x a >}}\n"},
			"content/news/b.md:4: shortcode \"x\": layouts/shortcodes/x.html:1:7: function \"uper\" is not one shortcodes have: they have Go's template functions and the Hugo functions vestis knows (docs/templates.md); did you mean upper?\n"},
		{"Hugo's partial in a layout", map[string]string{"layouts/news/single.html": "<p>\n{{ partial \"nav.html\" . }}\n"},
			`layouts/news/single.html:2:4: function "partial" is not one of vestis layouts'; a layout calls a partial with {{ template "partials/nav.html" . }}, or partialCached "partials/nav.html" . KEY to render it once` + "\n"},
		{"Hugo function in a layout", map[string]string{"layouts/news/single.html": "<p>\n{{ .Page.Title | markdownify }}\n"},
			`layouts/news/single.html:2:18: function "markdownify" is not one of vestis layouts'; layouts have Go's template functions and add, default, delimit, dict, first,`},
		{"Hugo's site in a layout", map[string]string{"layouts/news/single.html": "<p>\n{{ site.Params.x }}\n"},
			`layouts/news/single.html:2:4: function "site" is not one of vestis layouts'; a layout reads the site as .Site, as in {{ .Site.Params.x }} ($.Site inside {{ with }} and {{ range }})` + "\n"},
		{"Hugo namespace in a layout", map[string]string{"layouts/news/single.html": "<p>\n{{ lang.FormatNumber 2 .Page.Weight }}\n"},
			`layouts/news/single.html:2:4: function "lang" is not one of vestis layouts'; layouts have Go's template functions and add, default,`},
		{"Hugo function in a partial a layout calls", map[string]string{
			"layouts/news/single.html": "<p>\n{{ template \"partials/x.html\" . }}\n", "layouts/partials/x.html": "<b>\n{{ .Page.Title | markdownify }}\n"},
			`layouts/partials/x.html:2:18: markdownify is a function of shortcodes and the partials they call, not of layouts, and layouts/news/single.html runs this partial; layouts have Go's template functions and add, default,`},
		// Found when the layouts load, on a branch no page takes, through a
		// partial of a partial: it failed on the first page that took it.
		{"Hugo namespace in a partial's partial no page reaches", map[string]string{
			"layouts/news/single.html": "<p>\n{{ if eq .Page.Title \"never\" }}{{ template \"partials/x.html\" . }}{{ end }}\n",
			"layouts/partials/x.html":  "{{ template \"partials/y.html\" . }}",
			"layouts/partials/y.html":  "<b>\n{{ lang.FormatNumber 2 1.5 }}\n"},
			`layouts/partials/y.html:2:4: lang is a function of shortcodes and the partials they call, not of layouts, and layouts/news/single.html runs this partial;`},
		// A partial that partialCached runs is checked with the value it is
		// given, before any page runs, as one template runs is.
		{"a mistake in a partial partialCached runs", map[string]string{
			"layouts/news/single.html": "<p>\n{{ partialCached \"partials/x.html\" . 1 }}\n", "layouts/partials/x.html": "<b>\n{{ .Page.Nav }}\n"},
			`layouts/partials/x.html:2:9: .Page.Nav: a page has no field Nav (docs/templates.md lists the fields of each value a layout meets)` + "\n"},
		{"a partial partialCached runs given the page", map[string]string{
			"layouts/news/single.html": "<p>\n{{ partialCached \"partials/x.html\" .Page 1 }}\n", "layouts/partials/x.html": "<b>\n{{ .Menu }}\n"},
			`layouts/partials/x.html:2:4: .Menu: a page has no field Menu (dot is a page here, given by the call at layouts/news/single.html:2) (docs/templates.md lists the fields of each value a layout meets)` + "\n"},
		// One found only at run time fails at its own line, naming the call.
		{"a run-time mistake in a partial partialCached runs", map[string]string{
			"layouts/news/single.html": "<p>\n{{ partialCached \"partials/x.html\" . 1 }}\n", "layouts/partials/x.html": "<b>\n{{ .Page.Params.nav }}\n"},
			`layouts/partials/x.html:2:9: .Page.Params.nav is not there for content/news/a.md (a key its map does not hold, or a field its value does not have: check the name); a key a page may leave out is read with index, as in {{ with index .Page.Params "nav" }}...{{ end }} (called at layouts/news/single.html:2:4)` + "\n"},
		{"Hugo's partial in a partial a layout calls", map[string]string{
			"layouts/news/single.html": "<p>\n{{ template \"partials/x.html\" . }}\n", "layouts/partials/x.html": "<b>\n{{ partial \"y.html\" . }}\n", "layouts/partials/y.html": "y\n"},
			`layouts/partials/x.html:2:4: partial is a function of shortcodes and the partials they call, not of layouts, and layouts/news/single.html runs this partial; a layout calls a partial with {{ template "partials/y.html" . }}, or partialCached "partials/y.html" . KEY to render it once` + "\n"},
		{"layout ends inside a quote", map[string]string{"layouts/news/single.html": "<p>\n<a href=\"{{ .Page.RelPermalink }}\n"},
			"layouts/news/single.html:2:1: rendering content/news/a.md: the tag, comment or script that begins here is never closed (a quote, > or --> missing?), so the rest of the file is read as part of it; close it\n"},
		{"partial ends inside a comment", map[string]string{"layouts/news/single.html": "<p>\n{{ template \"partials/x.html\" . }}\n", "layouts/partials/x.html": "<b>\n  <!-- {{ .Page.Title }}\n"},
			"layouts/partials/x.html:2:3: rendering content/news/a.md: the tag, comment or script that begins here is never closed (a quote, > or --> missing?), so the rest of the file is read as part of it; close it\n"},
		{"layout's branches end apart", map[string]string{"layouts/news/single.html": "<p>\n{{ if .Page.Title }}<a href=\"{{ end }}x\n"},
			"layouts/news/single.html:2:7: rendering content/news/a.md: the branches of this {{ if }}, {{ with }} or {{ range }} end in different places of the HTML (one inside a tag or a quoted attribute value, the other not); close the tag or quote in each branch\n"},
		{"layout's HTML malformed", map[string]string{"layouts/news/single.html": "<p>\n<a x'y=\"{{ .Page.Title }}\">\n"},
			"layouts/news/single.html:2:5: rendering content/news/a.md: this character cannot stand here inside a tag, whose attributes are written name=\"value\": a quote left open before it, or a value holding \" ' < = or ` without quotes around it, is the usual mistake\n"},
		{"shortcode ends inside a quote", map[string]string{"layouts/shortcodes/me.html": "<p>\n<a href=\"{{ .Get 0 }}\n", "content/news/b.md": "---\ntitle: B\n---\n{{< me x >}}\n"},
			"content/news/b.md:4: shortcode \"me\": layouts/shortcodes/me.html:2:1: the tag, comment or script that begins here is never closed (a quote, > or --> missing?), so the rest of the file is read as part of it; close it\n"},
		{"shortcode's branches end apart", map[string]string{"layouts/shortcodes/me.html": "<p>\n{{ if .Get 0 }}<a href=\"{{ end }}\n", "content/news/b.md": "---\ntitle: B\n---\n{{< me x >}}\n"},
			"content/news/b.md:4: shortcode \"me\": layouts/shortcodes/me.html:2:7: the branches of this {{ if }}"},
		{"T key missing everywhere", map[string]string{"layouts/news/single.html": "{{ .T \"nav\" }}\n"},
			`layouts/news/single.html:1:4: rendering content/news/a.md: no such i18n key "nav" in the site's or the default theme's i18n/lv.yaml` + "\n"},
		{"i18n syntax", map[string]string{"i18n/lv.yaml": "home: Sākums\nnav: [a, b\n"},
			"i18n/lv.yaml:2: a list begun with [ is not closed: end it with ], with commas between its items"},
		{"i18n alias cycle", map[string]string{"i18n/lv.yaml": "home: Sākums\nnav: &n\n  again: *n\n"},
			"i18n/lv.yaml:3: alias *n is inside the value of its own anchor &n, so the value would never end"},
		{"i18n alias bomb", map[string]string{"i18n/en.yaml": aliasBomb()},
			"i18n/en.yaml:6: aliases (*name) repeat the values of anchors (&name) too many times; write the values out, or use fewer aliases"},
		{"front matter image missing", map[string]string{"content/news/trip/index.md": "---\ntitle: T\nimage: missing.jpg\n---\n"},
			`content/news/trip/index.md:3: front matter: image "missing.jpg": there is no content/news/trip/missing.jpg; put the image there`},
		{"front matter image missing from static", map[string]string{"content/news/trip/index.md": "---\ntitle: T\nimage: /missing.jpg\n---\n"},
			`content/news/trip/index.md:3: front matter: image "/missing.jpg": there is no static/missing.jpg; put the image there, or beside the page and write "missing.jpg"`},
		{"image up out of the bundle", map[string]string{"content/news/trip/index.md": "---\ntitle: T\n---\nTeksts.\n\n![a](../missing.png)\n"},
			`content/news/trip/index.md:6: image "../missing.png": no file is published at /lv/jaunumi/missing.png; put the image beside the page, in content/news/trip/, and write "missing.png", or in static/ and write "/missing.png"`},
		{"image up out of the site", map[string]string{"content/news/x.md": "---\ntitle: X\n---\n![a](../../../../../etc/logo.svg)\n"},
			`content/news/x.md:4: image "../../../../../etc/logo.svg" leaves the site; put the image beside the page, or in static/ and write "/logo.svg"`},
		{"section page image missing", map[string]string{"content/news/_index.md": "---\ntitle: Jaunumi\n---\n![a](logo.png)\n"},
			`content/news/_index.md:4: image "logo.png": no file is published at /lv/jaunumi/logo.png; put the image in static/ and write "/logo.png"`},
		{"page image up and missing", map[string]string{"content/news/x.md": "---\ntitle: X\n---\n![a](../logo.png)\n"},
			`content/news/x.md:4: image "../logo.png": no file is published at /lv/jaunumi/logo.png; put the image in a folder content/news/x/ with the page as index.lv.md, and write "logo.png", or in static/ and write "/logo.png"`},
		{"static image missing", map[string]string{"content/news/x.md": "---\ntitle: X\n---\n![a](/img/logo.svg)\n"},
			`content/news/x.md:4: image "/img/logo.svg": there is no static/img/logo.svg; put the image there, or beside the page and write "logo.svg"`},
		{"site.yaml not UTF-8", map[string]string{"site.yaml": goodSite + "title: Caf\xe9\n"},
			"site.yaml:8: not valid UTF-8 text; save the file as UTF-8\n"},
		{"site.yaml binary", map[string]string{"site.yaml": goodSite + "\x00\x01\x02"},
			"site.yaml:8: contains a NUL byte; is this a binary file?\n"},
		{"i18n not UTF-8", map[string]string{"i18n/lv.yaml": "home: S\xe2kums\n"},
			"i18n/lv.yaml:1: not valid UTF-8 text; save the file as UTF-8\n"},
		{"layout not UTF-8", map[string]string{"layouts/news/single.html": "<p>\n\xff{{ .Page.Title }}\n"},
			"layouts/news/single.html:2: not valid UTF-8 text; save the file as UTF-8\n"},
		{"layout is a photo", map[string]string{"layouts/news/single.html": "\xff\xd8\xff\xe0\r\n\x00\x10JFIF"},
			"layouts/news/single.html:2: contains a NUL byte; is this a binary file?\n"},
		{"partial binary", map[string]string{"layouts/partials/x.html": "GIF89a\x00\x00"},
			"layouts/partials/x.html:1: contains a NUL byte; is this a binary file?\n"},
		{"shortcode not UTF-8", map[string]string{"layouts/shortcodes/me.html": "<b>\xe9</b>\n", "content/news/b.md": "---\ntitle: B\n---\n{{< me >}}\n"},
			"layouts/shortcodes/me.html:1: not valid UTF-8 text; save the file as UTF-8\n"},
		{"content in UTF-16", map[string]string{"content/news/x.md": utf16LE("---\ntitle: X\n---\nTeksts.\n")},
			"content/news/x.md:1: the file is saved as UTF-16 (\"Unicode\" in Notepad); save it as UTF-8\n"},
		// UTF-32's mark begins as UTF-16's: it is called by its name.
		{"content in UTF-32", map[string]string{"content/news/x.md": utf32LE("---\ntitle: X\n---\nTeksts.\n")},
			"content/news/x.md:1: the file is saved as UTF-32; save it as UTF-8\n"},
		{"data file binary", map[string]string{"data/team.toml": "name = \"A\"\n\x00\x01"},
			"data/team.toml:2: contains a NUL byte; is this a binary file?\n"},
		{"data file key twice", map[string]string{"data/team.yaml": "{\"name\": \"A\",\n \"name\": \"B\"}\n"},
			"data/team.yaml:2: name is given twice, on lines 1 and 2; keep one\n"},
		{"data file not UTF-8", map[string]string{"data/team.yaml": "name: Caf\xe9\n"},
			"data/team.yaml:1: not valid UTF-8 text; save the file as UTF-8\n"},
		{"site.yaml syntax", map[string]string{"site.yaml": goodSite + "title: [x\n"},
			"site.yaml:8: a list begun with [ is not closed: end it with ], with commas between its items"},
		{"site.yaml unknown key", map[string]string{"site.yaml": goodSite + "colour: red\n"},
			`site.yaml:8: unknown key "colour"`},
		{"site.yaml wrong type", map[string]string{"site.yaml": goodSite + "paginate: many\n"},
			`site.yaml:8: paginate: want a whole number, got "many"`},
		{"site.yaml nested wrong type", map[string]string{"site.yaml": strings.Replace(goodSite, "weight: 2", "weight: second", 1)},
			`site.yaml:5: languages: en: weight: want a whole number, got "second"`},
		{"site.yaml key twice", map[string]string{"site.yaml": goodSite + "baseURL: https://example.com/\n"},
			`site.yaml:8: baseURL is given twice, on lines 1 and 8; keep one`},
		{"site.yaml alias cycle", map[string]string{"site.yaml": goodSite + "params: &p\n  self: *p\n"},
			`site.yaml:9: alias *p is inside the value of its own anchor &p, so the value would never end`},
		{"site.yaml alias bomb", map[string]string{"site.yaml": goodSite + "params:\n" + strings.ReplaceAll("\n"+aliasBomb(), "\na", "\n  a")[1:]},
			`site.yaml:14: aliases (*name) repeat the values of anchors (&name) too many times; write the values out, or use fewer aliases`},
		{"base URL", map[string]string{"site.yaml": strings.Replace(goodSite, "https://example.org/", "example.org", 1)},
			`site.yaml:1: baseURL: "example.org" lacks the https:// an address begins with; write https://example.org`},
		{"segment collides", map[string]string{"site.yaml": goodSite + "  programs: {lv: jaunumi}\n"},
			`site.yaml:8: sections: programs: lv: segment "jaunumi" is already used by news`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			writeTree(t, root, map[string]string{
				"site.yaml":         goodSite,
				"content/news/a.md": "---\ntitle: A\n---\nTeksts.\n",
			})
			wantRefused(t, root, nil, func() { writeTree(t, root, tt.files) }, tt.want)
		})
	}
}

// TestByteOrderMarkInText: a byte order mark inside a page's text (two
// files pasted together) is left out of the page with a warning at its line,
// as control characters are; the file's own first one is no mark of a paste.
func TestByteOrderMarkInText(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"site.yaml":         goodSite,
		"content/news/a.md": "\ufeff---\ntitle: A\n---\nPirmā daļa.\n\n\ufeffOtrā daļa.\n",
	})
	var out, errb bytes.Buffer
	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	want := "warning: content/news/a.md:6: contains invisible characters (U+FEFF), which a web page may not hold " +
		"(formatting codes of a chat log, byte order marks of files pasted together, or text pasted from a word processor); they are left out of the page: delete them\n"
	if errb.String() != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", errb.String(), want)
	}
	page, err := os.ReadFile(filepath.Join(root, "public/lv/jaunumi/a/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(page, []byte("\ufeff")) || !bytes.Contains(page, []byte("<p>Otrā daļa.</p>")) {
		t.Errorf("the page holds the mark, or not the text:\n%s", page)
	}
}

// TestControlCharactersInText: invisible control characters in a page's
// text (IRC's formatting codes in a chat log, a vertical tab from a word
// processor, a C1 control) are left out of the page with one warning at the
// line of the first, as browsers show nothing for them and Hugo builds the
// page; --strict makes it an error.
func TestControlCharactersInText(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"site.yaml":         goodSite,
		"content/news/a.md": "---\ntitle: A\n---\nSarakste:\n\n[22:53] \x02bold\x02 un \x0312krāsa\x0f\vbeigas \u0085.\n",
	})
	var out, errb bytes.Buffer
	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	want := "warning: content/news/a.md:6: contains invisible control characters (U+0002, U+0003, U+000F, U+000B, U+0085), which a web page may not hold " +
		"(formatting codes of a chat log, or text pasted from a word processor); they are left out of the page: delete them\n"
	if errb.String() != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", errb.String(), want)
	}
	page, err := os.ReadFile(filepath.Join(root, "public/lv/jaunumi/a/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(page, []byte("[22:53] bold un 12krāsabeigas .")) {
		t.Errorf("the page's text is not the text without its control characters:\n%s", page)
	}
	errb.Reset()
	if code := run([]string{"build", "--source", root, "--quiet", "--strict", "--destination", "strict-out"}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "content/news/a.md:6: contains invisible control characters") {
		t.Errorf("--strict: exit %d, stderr:\n%s", code, errb.String())
	}
}

// TestDestinationControl: a --destination pasted with a control character
// is refused, quoted, before any work; it was built into a folder no one can
// type, and its name written raw to the terminal.
func TestDestinationControl(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"site.yaml": goodSite, "content/news/a.md": "---\ntitle: A\n---\n"})
	var out, errb bytes.Buffer
	code := run([]string{"build", "--source", root, "--quiet", "--destination", filepath.Join(root, "out\x1b[2J")}, &out, &errb)
	want := `out\x1b[2J" holds the invisible control character U+001B, most likely pasted with the name; type the folder's name again`
	if code != 1 || !strings.Contains(errb.String(), want) {
		t.Errorf("exit %d, stderr:\n%s\nwant it to contain:\n%s", code, errb.String(), want)
	}
	if entries, _ := os.ReadDir(root); len(entries) != 2 {
		t.Errorf("the build wrote into the site folder: %v", entries)
	}
}

// wantRefused builds the site in root, which must build, then breaks it and
// builds again with the same flags (after --source and --quiet): the build
// must exit 1 with want in its errors, and leave public/ byte for byte as it
// was and no working folder behind. It returns the errors.
func wantRefused(t *testing.T, root string, flags []string, breakSite func(), want string) string {
	t.Helper()
	args := append([]string{"build", "--source", root, "--quiet"}, flags...)
	var out, errb bytes.Buffer
	if code := run(args, &out, &errb); code != 0 {
		t.Fatalf("good build: exit %d\n%s", code, errb.String())
	}
	before := tree(t, filepath.Join(root, "public"))
	breakSite()
	errb.Reset()
	if code := run(args, &out, &errb); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errb.String(), want) {
		t.Errorf("stderr:\n%s\nwant it to contain:\n%s", errb.String(), want)
	}
	if after := tree(t, filepath.Join(root, "public")); after != before {
		t.Errorf("public/ changed after a failed build")
	}
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".public") {
			t.Errorf("the failed build left %s behind", e.Name())
		}
	}
	return errb.String()
}

// TestSymlinksInContent refuses symbolic links, which could point outside the
// site or loop.
func TestSymlinksInContent(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"site.yaml": goodSite, "content/news/a.md": "---\ntitle: A\n---\n"})
	outside := filepath.Join(t.TempDir(), "secret.md")
	os.WriteFile(outside, []byte("---\ntitle: Secret\n---\n"), 0o644)
	if err := os.Symlink(outside, filepath.Join(root, "content/news/secret.md")); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	if err := os.Symlink(filepath.Join(root, "content"), filepath.Join(root, "content/news/loop")); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"build", "--source", root}, &out, &errb); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"content/news/secret.md: a symbolic link that leads outside the site folder;", "content/news/loop: symbolic links are not followed in content/; copy the folder instead"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr:\n%s\nwant %q", errb.String(), want)
		}
	}
}

// TestLargeFile builds a 10 MB page. How long that takes is not the
// point (under the race detector, on a loaded machine, it can pass the
// default 30 s), so the site gives each page ten minutes.
func TestLargeFile(t *testing.T) {
	root := t.TempDir()
	var body strings.Builder
	body.WriteString("---\ntitle: Liels\n---\n")
	for body.Len() < 10<<20 {
		body.WriteString("## Sadaļa\n\nGarš teksts ar **treknu** un [saiti](https://example.org/) rindkopā, kas atkārtojas.\n\n- punkts\n- vēl viens\n\n")
	}
	writeTree(t, root, map[string]string{"site.yaml": goodSite + "timeout: 10m\n", "content/news/big.md": body.String()})
	var out, errb bytes.Buffer
	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	info, err := os.Stat(filepath.Join(root, "public/lv/jaunumi/big/index.html"))
	if err != nil || info.Size() < 5<<20 {
		t.Errorf("big page not written: %v", err)
	}
}

// TestAllErrorsShown breaks many pages at once, each its own way: every
// error is printed, with the right count, so that nothing has to be fixed
// blind. The same mistake on every page is one message (diag.Grouped).
func TestAllErrorsShown(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{"site.yaml": goodSite}
	const n = 45
	for i := range n {
		files[fmt.Sprintf("content/news/p%02d.md", i)] = fmt.Sprintf("---\ntitle: A\ndate: next week %d\n---\n", i)
	}
	writeTree(t, root, files)
	var out, errb bytes.Buffer
	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSuffix(errb.String(), "\n"), "\n")
	if len(lines) != n+1 {
		t.Fatalf("stderr has %d lines, want %d errors and a count:\n%s", len(lines), n, errb.String())
	}
	for i := range n {
		want := fmt.Sprintf(`content/news/p%02d.md:3: front matter: date: cannot read "next week %d"`, i, i)
		if !strings.HasPrefix(lines[i], want) {
			t.Errorf("line %d = %q, want it to start with %q", i+1, lines[i], want)
		}
	}
	if want := fmt.Sprintf("vestis: %d errors", n); lines[n] != want {
		t.Errorf("last line = %q, want %q", lines[n], want)
	}

	for i := range n {
		writeTree(t, root, map[string]string{fmt.Sprintf("content/news/p%02d.md", i): "---\ntitle: A\ndate: next week\n---\n"})
	}
	errb.Reset()
	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	want := `front matter: date: cannot read "next week" as a date; write year-month-day, as in 2024-05-19; in 45 files:
  content/news/p00.md:3
  content/news/p01.md:3
  content/news/p02.md:3
  content/news/p03.md:3
  content/news/p04.md:3
  content/news/p05.md:3
  content/news/p06.md:3
  content/news/p07.md:3
  content/news/p08.md:3
  content/news/p09.md:3
  and 35 more
vestis: 45 errors
`
	if errb.String() != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", errb.String(), want)
	}
}

// aliasBomb is a "billion laughs": YAML of a few hundred bytes whose aliases
// expand to ten billion values, on lines 1 to 10.
func aliasBomb() string {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i <= 9; i++ {
		ref := fmt.Sprintf("*a%d", i-1)
		fmt.Fprintf(&b, "a%d: &a%d [%s]\n", i, i, strings.Repeat(ref+", ", 9)+ref)
	}
	return b.String()
}

// utf16LE is s as Windows Notepad saves "Unicode": UTF-16, little-endian, with
// a byte order mark.
func utf16LE(s string) string {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

// utf32LE is s in UTF-32, little-endian, with a byte order mark.
func utf32LE(s string) string {
	b := []byte{0xff, 0xfe, 0, 0}
	for _, r := range s {
		b = binary.LittleEndian.AppendUint32(b, uint32(r))
	}
	return string(b)
}

// TestUTF16Settings builds a site whose site.yaml, i18n file and layout are
// saved as UTF-16, as Windows Notepad saves "Unicode", or as UTF-32: each is
// read as the text it holds, not as bytes with NULs between the letters.
func TestUTF16Settings(t *testing.T) {
	for name, enc := range map[string]func(string) string{"UTF-16": utf16LE, "UTF-32": utf32LE} {
		t.Run(name, func(t *testing.T) { testUnicodeSettings(t, enc) })
	}
}

func testUnicodeSettings(t *testing.T, enc func(string) string) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"site.yaml":                enc(goodSite),
		"content/news/a.md":        "---\ntitle: Ābols\n---\nTeksts.\n",
		"i18n/lv.yaml":             enc("more: Lasīt vairāk\n"),
		"layouts/news/single.html": enc("<h1>{{ .Page.Title }} — {{ .T \"more\" }}</h1>\n"),
	})
	var out, errb bytes.Buffer
	if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d\n%s", code, errb.String())
	}
	got, err := os.ReadFile(filepath.Join(root, "public/lv/jaunumi/a/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "<h1>Ābols — Lasīt vairāk</h1>"; !strings.Contains(string(got), want) {
		t.Errorf("the page is\n%q\nwant it to hold %q", got, want)
	}
}

// TestNewTitleControl: vestis new refuses a --title with a control character
// that the build would then refuse in the page it wrote (pasted from a
// terminal, say), and writes nothing.
func TestNewTitleControl(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"site.yaml": goodSite, "content/news/a.md": "---\ntitle: A\n---\n"})
	var out, errb bytes.Buffer
	code := run([]string{"new", "news/b", "--source", root, "--title", "Ziņa\x1b[31m"}, &out, &errb)
	if want := "vestis new: --title: contains the invisible control character U+001B, which a web page may not hold; delete it\n"; code != exitUsage || errb.String() != want {
		t.Errorf("exit %d, stderr %q; want %d, %q", code, errb.String(), exitUsage, want)
	}
	if _, err := os.Stat(filepath.Join(root, "content/news/b.lv.md")); err == nil {
		t.Errorf("vestis new wrote the page")
	}
	// A byte order mark, which the build refuses in front matter too.
	errb.Reset()
	code = run([]string{"new", "news/c", "--source", root, "--title", "\ufeffZiņa"}, &out, &errb)
	if want := "vestis new: --title: contains the invisible byte order mark U+FEFF (pasted from a file whose first character it was), which a web page may not hold; delete it\n"; code != exitUsage || errb.String() != want {
		t.Errorf("exit %d, stderr %q; want %d, %q", code, errb.String(), exitUsage, want)
	}
}

// TestCheckJSONBuildError: vestis check --format json on a site that does
// not build still writes JSON, each error a problem of kind build-error with
// its file and line, for the CI script that reads it; so does the
// translators' worklist (--translations), with no languages.
func TestCheckJSONBuildError(t *testing.T) {
	for _, args := range [][]string{{"check"}, {"check", "--translations"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			root := t.TempDir()
			writeTree(t, root, map[string]string{"site.yaml": goodSite, "content/news/a.md": "---\ntitle: A\ndate: next week\n---\n"})
			var out, errb bytes.Buffer
			if code := run(append(args, "--source", root, "--format", "json"), &out, &errb); code != exitError {
				t.Errorf("exit %d, want %d", code, exitError)
			}
			var report struct {
				Problems []struct {
					Kind, File, Message string
					Line                int
				}
				Languages []any
			}
			if err := json.Unmarshal(out.Bytes(), &report); err != nil {
				t.Fatalf("stdout is not JSON (%v):\n%s", err, out.String())
			}
			want := `{build-error content/news/a.md front matter: date: cannot read "next week" as a date; write year-month-day, as in 2024-05-19 3}`
			if len(report.Problems) != 1 || fmt.Sprint(report.Problems[0]) != want {
				t.Errorf("problems %v, want [%s]", report.Problems, want)
			}
			if len(report.Languages) != 0 {
				t.Errorf("languages %v, want none", report.Languages)
			}
			if !strings.Contains(errb.String(), "content/news/a.md:3: front matter: date") {
				t.Errorf("stderr does not name the error:\n%s", errb.String())
			}
		})
	}
}

// TestHugoSiteWithoutSiteYAML: vestis build in a Hugo site that was not
// imported says so first, before anything about the Hugo build in public/,
// and changes nothing.
func TestHugoSiteWithoutSiteYAML(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"hugo.toml":          "baseURL = \"https://example.org/\"\n",
		"content/posts/a.md": "---\ntitle: A\n---\n",
		"public/index.html":  "<p>Hugo's</p>\n",
		"public/.DS_Store":   "junk",
	})
	before := tree(t, root)
	var out, errb bytes.Buffer
	code := run([]string{"build", "--source", root}, &out, &errb)
	if want := "site.yaml: not found, but hugo.toml is: this looks like a Hugo site; run vestis import hugo to write site.yaml from its configuration\n"; code != exitError || errb.String() != want {
		t.Errorf("exit %d, stderr:\n%s\nwant:\n%s", code, errb.String(), want)
	}
	if tree(t, root) != before {
		t.Errorf("the site's folder changed")
	}
}

// nestedList is a list of n items, each one level deeper than the one
// before.
func nestedList(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat("  ", i) + "- punkts\n")
	}
	return b.String()
}

// sameKey is n pages of one language, all with the translationKey mit.
func sameKey(n int) map[string]string {
	files := map[string]string{}
	for i := range n {
		files[fmt.Sprintf("content/news/k%02d.lv.md", i)] = "---\ntitle: K\ntranslationKey: mit\n---\n"
	}
	return files
}

// manyTags is n different tags, as a YAML flow list's items.
// manyAliases is n different old addresses, as a list's items.
func manyAliases(n int) string {
	aliases := make([]string, n)
	for i := range aliases {
		aliases[i] = fmt.Sprintf("/vecs/%d/", i)
	}
	return strings.Join(aliases, ", ")
}

func manyTags(n int) string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = fmt.Sprintf("birka%d", i)
	}
	return strings.Join(tags, ", ")
}
