// Command corpus writes a generated benchmark site for vestis and for Hugo.
//
//	go run ./cmd/corpus -n 10000 -o DIR [-seed 1] [-force]
//
// N is the number of regular pages (content files other than _index). They are
// ceil(N/3) base names, each written as NAME.lv.md, NAME.en.md and NAME.vi.md
// (translations of each other); when N is not a multiple of 3 the last base name
// has only its first one or two languages (lv, then en), so the corpus holds
// exactly N regular pages. On top of them come 12 list pages: content/_index.LANG.md
// and content/SECTION/_index.LANG.md for the sections news (60 % of the base names),
// programs (20 %) and projects (20 %), all flat in content/SECTION/.
//
// Besides content/ the site gets site.yaml (vestis), i18n/LANG.yaml (display names
// of the tags, read by both vestis and Hugo), hugo.yaml and a Hugo theme in
// themes/corpus/ that renders the same page structure as vestis's default theme
// (vestis ignores themes/; a layouts/ folder in the site would override its theme).
// Hugo cannot translate section URL segments, so its URLs use the folder names:
// /lv/news/NAME/ where vestis writes /lv/jaunumi/NAME/.
//
// The output is deterministic: the same N and seed give byte-identical files.
// Everything random is drawn from math/rand/v2 PCG(seed, 2) in a fixed order
// before any file is written; each file's body comes from its own PCG stream, so
// the concurrent writers cannot change what is written.
//
// DIR must be empty or absent; with -force the corpus's own paths in it (content/,
// i18n/, themes/corpus/, site.yaml, hugo.yaml) are removed first and the rest is kept.
package main

import (
	"bytes"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/parallel"
)

// hugoTheme is the Hugo theme, written to DIR/themes/corpus/: layouts/, and in
// i18n/ and static/ copies of vestis's default theme (cmd/corpus may not import
// the root package, see layers_test.go). go generate refreshes the copies;
// corpus_test.go checks that they hold every message the layouts use.
//
//go:embed all:hugo
var hugoTheme embed.FS

var langs = [3]string{"lv", "en", "vi"}

const (
	lv = 0
	en = 1
	vi = 2
)

var sectionNames = []string{"news", "programs", "projects"}

// The corpus's dates lie in [firstDay, lastDay]; projects ending after statusCut are active.
var (
	firstDay  = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	lastDay   = time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	statusCut = lastDay
)

func main() {
	n := flag.Int("n", 1000, "number of regular pages (content files other than _index)")
	out := flag.String("o", "", "output folder (required; created; must be empty unless -force)")
	seed := flag.Uint64("seed", 1, "random seed")
	force := flag.Bool("force", false, "write into a non-empty folder, replacing the corpus's own files and folders there")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 || *n < 1 {
		fmt.Fprintln(os.Stderr, "usage: corpus -n N -o DIR [-seed S] [-force]   (N >= 1)")
		os.Exit(2)
	}
	count, err := generate(*out, *n, *seed, *force)
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d files into %s (%d regular pages, %d _index pages, site.yaml, hugo.yaml, i18n/, themes/corpus/)\n",
		count, *out, *n, 3*(1+len(sectionNames)))
}

// owned are the paths in DIR that the corpus writes; -force removes them first.
var owned = []string{"content", "i18n", "themes/corpus", "site.yaml", "hugo.yaml"}

// generate writes the corpus into dir and returns how many files it wrote.
func generate(dir string, n int, seed uint64, force bool) (int, error) {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return 0, err
	case len(entries) > 0 && !force:
		return 0, fmt.Errorf("%s is not empty; use -force to write into it anyway", dir)
	case len(entries) > 0:
		for _, p := range owned {
			if err := os.RemoveAll(filepath.Join(dir, filepath.FromSlash(p))); err != nil {
				return 0, err
			}
		}
	}
	files, err := corpusFiles(n, seed)
	if err != nil {
		return 0, err
	}
	dirs := map[string]bool{}
	for _, f := range files {
		dirs[path.Dir(f.path)] = true
	}
	for _, d := range slices.Sorted(maps.Keys(dirs)) {
		if err := os.MkdirAll(filepath.Join(dir, filepath.FromSlash(d)), 0o755); err != nil {
			return 0, err
		}
	}
	errs := make([]error, len(files))
	parallel.For(len(files), func(_, i int) {
		errs[i] = os.WriteFile(filepath.Join(dir, filepath.FromSlash(files[i].path)), files[i].body(), 0o644)
	})
	return len(files), errors.Join(errs...)
}

// file is one output file: its slash-separated path in DIR and its content,
// computed by the writer that writes it.
type file struct {
	path string
	body func() []byte
}

func static(p string, b []byte) file { return file{p, func() []byte { return b }} }

// corpusFiles plans the corpus and lists its files.
func corpusFiles(n int, seed uint64) ([]file, error) {
	pages := plan(n, seed)
	var files []file
	for _, p := range pages {
		for l := range p.langs {
			files = append(files, file{p.file(l), func() []byte { return p.render(l, pages) }})
		}
	}
	for l := range langs {
		files = append(files, static("content/_index."+langs[l]+".md", homeIndex(l)))
		for i, s := range sectionNames {
			files = append(files, static("content/"+s+"/_index."+langs[l]+".md", sectionIndex(s, i+1, l)))
		}
		files = append(files, static("i18n/"+langs[l]+".yaml", tagMessages(l)))
	}
	files = append(files, static("site.yaml", []byte(siteYAML)), static("hugo.yaml", []byte(hugoYAML)))

	// The Hugo theme: hugo/layouts, with vestis's default theme's messages and
	// static files, so both generators use the same text, CSS and icon.
	err := fs.WalkDir(hugoTheme, "hugo", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := hugoTheme.ReadFile(p)
		files = append(files, static("themes/corpus/"+strings.TrimPrefix(p, "hugo/"), b))
		return err
	})
	if err != nil {
		return nil, err
	}
	theme := vestis.Theme()
	for _, top := range []string{"i18n", "static"} {
		err := fs.WalkDir(theme, top, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := fs.ReadFile(theme, p)
			files = append(files, static("themes/corpus/"+p, b))
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}

// page is the plan of one base name: everything its translations share.
type page struct {
	idx     int
	name    string
	section string
	langs   int // the first langs languages of lv, en, vi exist
	date    time.Time
	title   tr
	tags    []int
	seed    uint64 // of the body text
	link    int    // index of the page linked from the body, or -1
	heads   []int  // indices into headings
	table   bool

	// news
	location, author int
	// programs
	status   string
	deadline time.Time
	elig     int
	events   []event
	// projects
	code        string
	funding     int
	partners    []int // the first is the coordinator
	start, end  time.Time
	projectDone bool
}

type event struct {
	date  time.Time
	title int
}

// plan draws the whole corpus from PCG(seed, 2), in index order.
func plan(n int, seed uint64) []*page {
	r := rand.New(rand.NewPCG(seed, 2))
	bases := (n + 2) / 3
	// Sections: exact shares, shuffled.
	nProg := (bases*20 + 50) / 100
	nProj := (bases*20 + 50) / 100
	nNews := bases - nProg - nProj
	secs := make([]string, 0, bases)
	for i, c := range []int{nNews, nProg, nProj} {
		for range c {
			secs = append(secs, sectionNames[i])
		}
	}
	r.Shuffle(len(secs), func(i, j int) { secs[i], secs[j] = secs[j], secs[i] })

	width := len(strconv.Itoa(bases))
	days := int(lastDay.Sub(firstDay).Hours()/24) + 1
	full := n / 3 // base names that exist in all three languages
	pages := make([]*page, bases)
	for i := range bases {
		p := &page{idx: i, section: secs[i], langs: 3, link: -1}
		if i == bases-1 && n%3 != 0 {
			p.langs = n % 3
		}
		p.date = firstDay.AddDate(0, 0, r.IntN(days))
		p.tags = pick(r, len(tagPool), 2+r.IntN(3))
		p.seed = r.Uint64()
		if full > 1 || (full == 1 && i != 0) {
			for p.link = r.IntN(full); p.link == i; p.link = r.IntN(full) {
			}
		}
		p.heads = pick(r, len(headings), 2+r.IntN(3))
		p.table = r.IntN(5) == 0
		topic := topics[r.IntN(len(topics))]
		switch p.section {
		case "news":
			org, act := orgs[r.IntN(len(orgs))], newsActions[r.IntN(len(newsActions))]
			for l := range langs {
				p.title[l] = org[l] + " " + fmt.Sprintf(act[l], topic[l])
			}
			p.location, p.author = r.IntN(len(locations)), r.IntN(len(authors))
		case "programs":
			kind := programKinds[r.IntN(len(programKinds))]
			for l := range langs {
				p.title[l] = upperFirst(fmt.Sprintf(kind[l], topic[l], p.date.Year()))
			}
			p.status = []string{"open", "upcoming", "closed", "closed", "closed"}[r.IntN(5)]
			p.deadline = p.date.AddDate(0, 0, 14+r.IntN(107))
			p.elig = r.IntN(len(eligibilities))
			d := p.date
			for _, t := range slices.Sorted(slices.Values(pick(r, len(eventTitles), 3+r.IntN(4)))) {
				d = d.AddDate(0, 0, 1+r.IntN(40))
				p.events = append(p.events, event{d, t})
			}
		case "projects":
			kind, place := projectKinds[r.IntN(len(projectKinds))], places[r.IntN(len(places))]
			for l := range langs {
				p.title[l] = upperFirst(fmt.Sprintf(kind[l], topic[l], place[l]))
			}
			p.funding = r.IntN(len(fundings))
			p.code = projectCode(r, p.funding, p.date.Year())
			p.partners = pick(r, len(orgs), 2+r.IntN(4))
			p.start = p.date
			p.end = p.start.AddDate(1+r.IntN(4), 0, -1)
			p.projectDone = p.end.Before(statusCut)
		}
		name := slugify(p.title[en], 6)
		if p.section == "news" {
			name = p.date.Format("2006-01-02") + "-" + name
		}
		p.name = fmt.Sprintf("%s-%0*d", name, width, i+1)
		pages[i] = p
	}
	return pages
}

// pick returns k distinct numbers of [0, n) in drawn order.
func pick(r *rand.Rand, n, k int) []int {
	k = min(k, n)
	out := make([]int, 0, k)
	for len(out) < k {
		if v := r.IntN(n); !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

func projectCode(r *rand.Rand, funding, year int) string {
	switch fundings[funding][en] {
	case "ERDF":
		return fmt.Sprintf("1.1.1.%d/%02d/I/%03d", 1+r.IntN(9), year%100, r.IntN(1000))
	case "Erasmus+ CBHE", "Erasmus+ KA2":
		return fmt.Sprintf("101%06d", r.IntN(1000000))
	case "European Social Fund":
		return fmt.Sprintf("8.2.%d.0/%02d/I/%03d", 1+r.IntN(4), year%100, r.IntN(1000))
	case "Latvian Council of Science":
		return fmt.Sprintf("lzp-%d/1-%04d", year, r.IntN(10000))
	case "Horizon Europe":
		return fmt.Sprintf("HE-%09d", r.IntN(1000000000))
	}
	return fmt.Sprintf("RRF-%d-%05d", year, r.IntN(100000))
}

func (p *page) file(l int) string {
	return "content/" + p.section + "/" + p.name + "." + langs[l] + ".md"
}

// render writes the page in language l.
func (p *page) render(l int, pages []*page) []byte {
	r := rand.New(rand.NewPCG(p.seed, uint64(l)))
	var b bytes.Buffer
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %s\n", q(p.title[l]))
	fmt.Fprintf(&b, "date: %s\n", day(p.date))
	tags := make([]string, len(p.tags))
	for i, t := range p.tags {
		tags[i] = tagPool[t].Key
	}
	fmt.Fprintf(&b, "tags: [%s]\n", strings.Join(tags, ", "))
	fmt.Fprintf(&b, "summary: %s\n", q(sentence(r, l, 12+r.IntN(9), false)))
	switch p.section {
	case "news":
		fmt.Fprintf(&b, "location: %s\n", q(locations[p.location][l]))
		fmt.Fprintf(&b, "author: %s\n", q(authors[p.author]))
	case "programs":
		fmt.Fprintf(&b, "status: %s\n", p.status)
		fmt.Fprintf(&b, "deadline: %s\n", day(p.deadline))
		fmt.Fprintf(&b, "applyURL: %s\n", q("https://apply.example.com/"+p.name+"/"))
		fmt.Fprintf(&b, "eligibility: %s\n", q(eligibilities[p.elig][l]))
		b.WriteString("events:\n")
		for _, e := range p.events {
			fmt.Fprintf(&b, "  - {date: %s, title: %s}\n", day(e.date), q(eventTitles[e.title][l]))
		}
	case "projects":
		fmt.Fprintf(&b, "code: %s\n", q(p.code))
		fmt.Fprintf(&b, "funding: %s\n", q(fundings[p.funding][l]))
		b.WriteString("partners:\n")
		for _, o := range p.partners {
			fmt.Fprintf(&b, "  - %s\n", q(orgs[o][l]))
		}
		fmt.Fprintf(&b, "coordinator: %s\n", q(orgs[p.partners[0]][l]))
		fmt.Fprintf(&b, "start: %s\n", day(p.start))
		fmt.Fprintf(&b, "end: %s\n", day(p.end))
		status := "active"
		if p.projectDone {
			status = "completed"
		}
		fmt.Fprintf(&b, "status: %s\n", status)
	}
	b.WriteString("---\n\n")
	p.body(&b, r, l, pages)
	return norm.NFC.Bytes(b.Bytes())
}

// body writes about 500 words of Markdown: an introduction, 2-4 headed parts
// with paragraphs, a bulleted list, sometimes a table, and one link to another
// page of the corpus.
func (p *page) body(b *bytes.Buffer, r *rand.Rand, l int, pages []*page) {
	target := 470 + r.IntN(61)
	paras := 1 // the introduction
	parts := make([]int, len(p.heads))
	for i := range parts {
		parts[i] = 1 + r.IntN(2)
		paras += parts[i]
	}
	fixed := 0
	list := make([]string, 3+r.IntN(3))
	for i := range list {
		list[i] = sentence(r, l, 4+r.IntN(6), true)
		fixed += len(strings.Fields(list[i]))
	}
	var table []string
	if p.table {
		table = append(table, "| "+tableHeads[l]+" |", "|---|---|---|")
		d := p.date
		for range 3 + r.IntN(3) {
			d = d.AddDate(0, 0, 1+r.IntN(30))
			row := fmt.Sprintf("| %s | %s | %s |", day(d), eventTitles[r.IntN(len(eventTitles))][l], locations[r.IntN(len(locations))][l])
			fixed += len(strings.Fields(row)) - 6
			table = append(table, row)
		}
	}
	var link string
	if p.link >= 0 {
		t := pages[p.link]
		link = fmt.Sprintf("%s [%s](../%s/%s.%s.md).", readMore[l], t.title[l], t.section, t.name, langs[l])
		fixed += len(strings.Fields(link))
	}
	per := max(20, (target-fixed)/paras)

	paragraph := func(extra string) {
		words := 0
		var s []string
		for words < per {
			x := sentence(r, l, 8+r.IntN(11), true)
			words += len(strings.Fields(x))
			s = append(s, x)
		}
		if extra != "" {
			s = append(s, extra)
		}
		b.WriteString(strings.Join(s, " "))
		b.WriteString("\n\n")
	}
	paragraph("")
	for i, h := range p.heads {
		fmt.Fprintf(b, "## %s\n\n", headings[h][l])
		for j := range parts[i] {
			extra := ""
			if i == len(p.heads)-1 && j == parts[i]-1 {
				extra = link
			}
			paragraph(extra)
		}
		if i == 0 {
			for _, it := range list {
				fmt.Fprintf(b, "- %s\n", strings.TrimSuffix(it, "."))
			}
			b.WriteString("\n")
		}
		if i == len(p.heads)-1 && table != nil {
			b.WriteString(strings.Join(table, "\n"))
			b.WriteString("\n")
		}
	}
	// One trailing newline.
	for bytes.HasSuffix(b.Bytes(), []byte("\n\n")) {
		b.Truncate(b.Len() - 1)
	}
}

// sentence makes a sentence of about n words of language l, with Markdown
// emphasis, strong emphasis and external links when markup is true.
func sentence(r *rand.Rand, l, n int, markup bool) string {
	vocab := words[l]
	var toks []string
	for count := 0; count < n; {
		w := vocab[r.IntN(len(vocab))]
		toks = append(toks, w)
		count += strings.Count(w, " ") + 1
	}
	toks[0] = upperFirst(toks[0])
	if markup && len(toks) > 4 {
		switch k := r.IntN(10); {
		case k < 2:
			i := 1 + r.IntN(len(toks)-1)
			toks[i] = "*" + toks[i] + "*"
		case k < 4:
			i := 1 + r.IntN(len(toks)-2)
			toks[i] = "**" + toks[i]
			toks[i+1] += "**"
		case k < 5:
			i := 1 + r.IntN(len(toks)-2)
			toks[i] = "[" + toks[i]
			toks[i+1] += "](" + links[r.IntN(len(links))] + ")"
		}
	}
	if len(toks) > 8 && r.IntN(3) == 0 {
		i := 3 + r.IntN(len(toks)-5)
		if !strings.HasSuffix(toks[i], ")") && !strings.HasSuffix(toks[i], "*") {
			toks[i] += ","
		}
	}
	return strings.Join(toks, " ") + "."
}

func homeIndex(l int) []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %s\n", q(siteTitles[l]))
	fmt.Fprintf(&b, "date: %s\n", day(lastDay))
	fmt.Fprintf(&b, "description: %s\n", q(homeDescription[l]))
	b.WriteString("---\n\n")
	r := rand.New(rand.NewPCG(uint64(l), 3))
	for i := range 3 {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(sentence(r, l, 14, true))
	}
	b.WriteString("\n")
	return norm.NFC.Bytes(b.Bytes())
}

func sectionIndex(s string, weight, l int) []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %s\n", q(sectionTitles[s][l]))
	fmt.Fprintf(&b, "date: %s\n", day(lastDay))
	fmt.Fprintf(&b, "description: %s\n", q(sectionDescriptions[s][l]))
	fmt.Fprintf(&b, "weight: %d\n", weight)
	b.WriteString("---\n\n")
	b.WriteString(sectionDescriptions[s][l])
	b.WriteString("\n")
	return norm.NFC.Bytes(b.Bytes())
}

// tagMessages is i18n/LANG.yaml: the display names of the tags.
func tagMessages(l int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Generated by cmd/corpus: display names of the corpus's tags (%s).\n", langs[l])
	b.WriteString("term:\n  tags:\n")
	for _, t := range tagPool {
		fmt.Fprintf(&b, "    %s: %s\n", t.Key, q(t.Name[l]))
	}
	return norm.NFC.Bytes(b.Bytes())
}

func day(t time.Time) string { return t.Format("2006-01-02") }

// q quotes s as a YAML double-quoted string.
func q(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func upperFirst(s string) string {
	c, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(c)) + s[size:]
}

// slugify makes an ASCII file name of the first max words of s.
func slugify(s string, maxWords int) string {
	var b strings.Builder
	for _, c := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case c == 'đ':
			b.WriteRune('d')
		case c < utf8.RuneSelf && (unicode.IsLetter(c) || unicode.IsDigit(c)):
			b.WriteRune(c)
		case unicode.Is(unicode.Mn, c):
		default:
			b.WriteRune(' ')
		}
	}
	f := strings.Fields(b.String())
	return strings.Join(f[:min(len(f), maxWords)], "-")
}

var siteYAML = `# Generated by cmd/corpus: the benchmark corpus for vestis (Hugo reads hugo.yaml).
baseURL: https://example.org/
title: Izglītības inovāciju vēstis
defaultLanguage: lv
languages:
  lv: {name: Latviešu, title: Izglītības inovāciju vēstis, weight: 1}
  en: {name: English, title: Education Innovation News, weight: 2}
  vi: {name: Tiếng Việt, title: Tin tức đổi mới giáo dục, weight: 3}
sections:
  news: {lv: jaunumi, en: news, vi: tin-tuc}
  programs: {lv: programmas, en: programs, vi: chuong-trinh}
  projects: {lv: projekti, en: projects, vi: du-an}
  tags: {lv: birkas, en: tags, vi: the}
paginate: 10
taxonomies: [tags]
markdown: {unsafe: false}
feeds: {home: [news]}
params:
  organization: Izglītības inovāciju laboratorija
  email: innovationeducation@example.org
` + vestis.ExampleTypes()

// hugoYAML is the same site for Hugo 0.111: translations by file name, every
// language in its own folder, the theme of themes/corpus. Hugo keeps the folder
// names as URL segments (/lv/news/...), and has no Atom feed: RSS for the home
// page and sections, like vestis's feeds; none for taxonomies and terms.
const hugoYAML = `# Generated by cmd/corpus: the benchmark corpus for Hugo 0.111 (vestis reads site.yaml).
baseURL: https://example.org/
title: Izglītības inovāciju vēstis
theme: corpus
defaultContentLanguage: lv
defaultContentLanguageInSubdir: true
paginate: 10
enableRobotsTXT: true
taxonomies:
  tag: tags
outputs:
  home: [HTML, RSS]
  section: [HTML, RSS]
  taxonomy: [HTML]
  term: [HTML]
markup:
  goldmark:
    renderer:
      unsafe: false
  tableOfContents:
    startLevel: 2
    endLevel: 4
languages:
  lv: {languageName: Latviešu, title: Izglītības inovāciju vēstis, weight: 1}
  en: {languageName: English, title: Education Innovation News, weight: 2}
  vi: {languageName: Tiếng Việt, title: Tin tức đổi mới giáo dục, weight: 3}
params:
  organization: Izglītības inovāciju laboratorija
  email: innovationeducation@example.org
`
