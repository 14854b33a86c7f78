package build_test

import (
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestRebuildRandomEdits applies seeded random sequences of every kind of edit a
// user makes while vestis serve runs, and checks after each that the rebuild
// gives what a clean build of the same tree gives (buildtest.Tree.Rebuild).
// A step that breaks the site (a linked page deleted) must fail in both; the
// steps after it must build again in both.
func TestRebuildRandomEdits(t *testing.T) {
	seeds, steps := []uint64{1, 2, 3}, 120
	if testing.Short() {
		seeds, steps = seeds[:1], 40
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			s := newRandomSite(t, seed)
			failed := 0
			for step := range steps {
				// One save at a time, or (as the watcher coalesces a burst) a few.
				var what []string
				var changes []string
				for range 1 + max(0, s.rng.IntN(8)-5) {
					s.step++
					w, c := s.edit()
					what, changes = append(what, w), append(changes, c...)
				}
				if err := s.tree.Rebuild(fmt.Sprintf("seed %d step %d: %s", seed, step, strings.Join(what, "; ")), changes...); err != nil {
					failed++
					t.Logf("step %d %s: %v", step, what, err)
				}
			}
			// Most steps must build, or the test would check little but errors.
			t.Logf("%d of %d steps failed to build", failed, steps)
			if failed > steps/4 {
				t.Errorf("%d of %d steps failed to build; the edits should mostly keep the site whole", failed, steps)
			}
		})
	}
}

// TestRebuildRandomSaves is TestRebuildRandomEdits with only the saves an
// editor makes most (text, title, date, tags, weight, status), one or a few
// at a time: most take the fast path, each compared with a clean build.
func TestRebuildRandomSaves(t *testing.T) {
	seed, steps := uint64(5), 80 // this seed found terms dated wrongly after a date edit, at step 24
	if testing.Short() {
		steps = 40
	}
	s := newRandomSite(t, seed)
	s.saves = true
	patched := 0
	for step := range steps {
		var what, changes []string
		for range 1 + max(0, s.rng.IntN(6)-4) {
			s.step++
			w, c := s.edit()
			what, changes = append(what, w), append(changes, c...)
		}
		if err := s.tree.Rebuild(fmt.Sprintf("seed %d step %d: %s", seed, step, strings.Join(what, "; ")), changes...); err != nil {
			t.Fatalf("step %d %s: %v", step, what, err)
		}
		if build.Patched(s.tree.Builder.Last()) {
			patched++
		}
	}
	// A new tag, a date that moves a page to another list page, or a status
	// that adds a calendar take the full path; most saves do not.
	t.Logf("%d of %d steps patched", patched, steps)
	if patched < steps/4 {
		t.Errorf("%d of %d steps took the fast path; most of these saves should", patched, steps)
	}
}

// TestRebuildRandomJoins is TestRebuildRandomEdits with pages that come
// and go: new pages in each language, drafts made public and back, pages
// deleted and restored, between saves of text and fields, one or a few at
// a time, each compared with a clean build, with fallback pages (even seeds)
// and without. The site's shortcodes read no other page, so that a page
// beside others of its folder joins and leaves the site on the fast path
// (site.Join, site.Leave).
func TestRebuildRandomJoins(t *testing.T) {
	seeds, steps := []uint64{7, 8, 9, 10}, 60
	if testing.Short() {
		seeds, steps = seeds[:2], 30
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			s := newRandomSite(t, seed)
			s.joins = true
			s.fallback = seed%2 == 0 // a page alone in its language has fallback pages in the others
			for _, p := range s.pages {
				p.body = strings.ReplaceAll(p.body, "{{< saraksts >}}", "")
			}
			if err := s.tree.Rebuild("no shortcode reads pages", s.sync()...); err != nil {
				t.Fatal(err)
			}
			joined, left, translated, moved := 0, 0, 0, 0
			for step := range steps {
				var what, changes []string
				for range 1 + max(0, s.rng.IntN(6)-4) {
					s.step++
					w, c := s.edit()
					what, changes = append(what, w), append(changes, c...)
				}
				if err := s.tree.Rebuild(fmt.Sprintf("seed %d step %d: %s", seed, step, strings.Join(what, "; ")), changes...); err != nil {
					t.Logf("step %d %s: %v", step, what, err)
				}
				kind := func(prefixes ...string) bool {
					return build.Patched(s.tree.Builder.Last()) && slices.ContainsFunc(what, func(w string) bool {
						return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(w, p) })
					})
				}
				if kind("add ", "draft: false") {
					joined++
				}
				if kind("delete ", "draft: true") {
					left++
				}
				if kind("add translation ", "delete translation ") {
					translated++
				}
				if kind("slug ", "translationKey ", "rename ", "move ") {
					moved++
				}
			}
			// A page in a new folder, the last page of a section or tag
			// take the full path; most others do not.
			t.Logf("%d of %d steps joined pages on the fast path, %d took pages out, %d added or deleted translations, %d moved pages", joined, steps, left, translated, moved)
			if joined == 0 || left == 0 || translated == 0 || moved == 0 {
				t.Errorf("no page joined, left or moved on the fast path, or no translation")
			}
		})
	}
}

// rpage is a content file of the random site, written from these fields.
type rpage struct {
	id        int
	path      string // content/news/a.lv.md
	title     string
	date      string
	draft     bool
	tags      []string
	slug      string
	key       string // translationKey
	weight    int
	status    string
	deadline  string
	body      string
	image     bool   // shows the bundle's foto.svg
	links     []int  // ids of the pages the body links to
	gone      bool   // deleted, to be restored at the next step
	protected bool   // _index pages: never deleted or renamed
	list      string // build: {list: ...}: "", never or local
	fallback  bool   // fallback: true
	cascade   string // the cascade of an _index page, as written
}

// lang is the page's language, from its file name.
func (p *rpage) lang() string {
	name := strings.TrimSuffix(path.Base(p.path), ".md")
	return name[strings.LastIndex(name, ".")+1:]
}

// base is the page's file name without language and extension.
func (p *rpage) base() string {
	name := strings.TrimSuffix(path.Base(p.path), ".md")
	return name[:strings.LastIndex(name, ".")]
}

// randomSite is a site model that random edits change; sync writes what changed
// into the tree.
type randomSite struct {
	t        *testing.T
	rng      *rand.Rand
	tree     *bt.Tree
	theme    fs.FS
	step     int
	pages    []*rpage
	nextID   int
	raw      map[string]string // other files: bundle files, layouts, i18n, static
	paginate int
	titles   map[string]string            // language -> title
	segments map[string]map[string]string // section -> language -> URL segment
	written  map[string]string            // what the tree has, by path
	restore  *rpage                       // a page deleted at the last step
	// saves makes edit choose only what an editor saves most, which the
	// fast path (Site.Patch) takes: text, title, date, tags, weight, status.
	saves bool
	// joins makes edit choose pages that come and go (new pages, drafts
	// made public and back, pages deleted) and saves of text and fields.
	joins bool
	// fallback is site.yaml's translations.fallback.
	fallback bool
}

var (
	randomLangs    = []string{"lv", "en", "vi"}
	randomSections = []string{"news", "programs", "projects"}
	randomTitles   = []string{"Ārvalstu sadarbība", "Đổi mới sáng tạo", "MIT J-WEL", "Erasmus+ projekts", "Jauns virsraksts"}
	randomTags     = []string{"mit", "erasmus", "stem", "innovation"}
	// randomBodies have what minifying changes where it stands (entities, runs
	// of space), what a summary keeps of a paragraph (a link, a break), and a
	// link to a file of static/ that comes and goes.
	randomBodies = []string{"Teksts %d.", "Don't miss it: R&D %d, \"MIT\"  and <J-WEL>.",
		"Ievads %d ar [saiti](https://example.org/)  un   atstarpēm\nnākamajā rindā.", "Đổi mới %d — *nhấn mạnh*.", "Plāns %d: [PDF](/files/plans.pdf)."}
)

func newRandomSite(t *testing.T, seed uint64) *randomSite {
	s := &randomSite{
		t: t, rng: rand.New(rand.NewPCG(seed, 15)), theme: vestis.Theme(),
		raw: map[string]string{
			"content/news/2024/d1/foto.svg": `<svg xmlns="http://www.w3.org/2000/svg"/>` + "\n",
			"static/css/extra.css":          "body{}\n",
			// A shortcode that shows other pages, whose conversion depends on them.
			"layouts/shortcodes/saraksts.html": `<p class="saraksts">{{ range .Page.Pages.ByTitle }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}` +
				`{{ with .Page.Parent }}^{{ .Title }}{{ end }}{{ with site.GetPage "/news/b" }} b: {{ .Title }} {{ .Date.Year }}{{ end }}</p>` + "\n",
		},
		paginate: 2,
		titles:   map[string]string{"lv": "Vēstis", "en": "News", "vi": "Tin tức"},
		segments: map[string]map[string]string{
			"news":     {"lv": "jaunumi", "en": "news", "vi": "tin-tuc"},
			"programs": {"lv": "programmas", "en": "programs", "vi": "chuong-trinh"},
			"projects": {"lv": "projekti", "en": "projects", "vi": "du-an"},
		},
	}
	// Cards that show what a listed page leads to: its section, translations
	// and fallback page, which a list's own pages do not show.
	s.raw["layouts/partials/card.html"] = strings.Replace(s.themeFile("layouts/partials/card.html"), "</article>",
		`<p class="near">{{ with $p.Parent }}{{ .Title }}{{ end }}{{ range $p.Translations }} {{ .Lang }}: {{ .Title }}{{ end }}`+
			`{{ with $p.FallbackIn "vi" }} vi: {{ .RelPermalink }}{{ end }}</p></article>`, 1)
	// Every page shows what a layout can reach from its view without the
	// site's whole page list: a save must render again each page that shows it.
	s.raw["layouts/partials/funding.html"] = s.themeFile("layouts/partials/funding.html") + probeLayout
	for _, lang := range randomLangs {
		s.add(&rpage{path: "content/_index." + lang + ".md", title: "Sākums " + lang, body: "Sveiki.", protected: true})
	}
	for _, sec := range randomSections {
		for _, lang := range randomLangs[:2] {
			body := ""
			if sec == "news" {
				body = "{{< saraksts >}}"
			}
			s.add(&rpage{path: "content/" + sec + "/_index." + lang + ".md", title: sec + " " + lang, body: body, protected: true})
		}
	}
	// A subsection, which edits may rename, move or delete like any page.
	s.add(&rpage{path: "content/news/2024/_index.lv.md", title: "Gads 2024", body: "Šī gada ziņas.\n\n{{< saraksts >}}"})
	s.add(&rpage{path: "content/news/2024/_index.en.md", title: "Year 2024"})
	b := s.add(&rpage{path: "content/news/b.lv.md", title: "Otrā ziņa", date: "2024-02-01", tags: []string{"mit"}, body: "Otrais teksts."})
	c := s.add(&rpage{path: "content/news/2024/c.lv.md", title: "Trešā ziņa", date: "2024-03-01", tags: []string{"stem"}, body: "Trešais teksts."})
	d := s.add(&rpage{path: "content/news/2024/d1/index.lv.md", title: "Ar attēlu", date: "2024-04-01", image: true, body: "Bilde.", links: []int{c.id}})
	s.add(&rpage{path: "content/news/2024/d1/index.en.md", title: "With a picture", date: "2024-04-01", image: true, body: "Picture."})
	s.add(&rpage{path: "content/news/a.lv.md", title: "Pirmā ziņa", date: "2024-01-01", tags: []string{"mit", "erasmus"}, body: "Teksts.", links: []int{b.id, d.id}})
	s.add(&rpage{path: "content/news/a.en.md", title: "First news", date: "2024-01-01", tags: []string{"mit"}, body: "Text."})
	s.add(&rpage{path: "content/news/a.vi.md", title: "Tin đầu tiên", date: "2024-01-01", body: "Nội dung."})
	p := s.add(&rpage{path: "content/programs/p.lv.md", title: "Programma", date: "2023-03-01", status: "open", deadline: "2024-07-01", body: "Apraksts.", links: []int{b.id}})
	s.add(&rpage{path: "content/programs/p.en.md", title: "Programme", date: "2023-03-01", status: "open", deadline: "2024-07-01", body: "About."})
	s.add(&rpage{path: "content/programs/q.lv.md", title: "Vecā programma", date: "2022-03-01", status: "closed", body: "Beigusies.", weight: 2})
	s.add(&rpage{path: "content/projects/x.lv.md", title: "Projekts", date: "2023-05-01", status: "active", body: "Projekts ar [plānu](/files/plans.pdf).", links: []int{p.id}})
	s.add(&rpage{path: "content/projects/x.vi.md", title: "Dự án", date: "2023-05-01", status: "active", body: "Dự án."})
	s.written = s.files()
	var archive strings.Builder
	for _, name := range slices.Sorted(maps.Keys(s.written)) {
		fmt.Fprintf(&archive, "-- %s --\n%s", name, s.written[name])
	}
	s.tree = bt.NewTree(t, archive.String(), true)
	if home := string(s.tree.Builder.Last().Files.Map()["lv/index.html"]); !strings.Contains(home, `class="probe"`) || !strings.Contains(home, `lt: First news`) {
		t.Fatalf("lv/index.html shows no probe of the pages it lists:\n%s", home)
	}
	return s
}

// probeLayout shows the fields of the pages a view reaches: its own page,
// the pages it lists, their neighbours and terms, the menu and the sections
// it asks for.
const probeLayout = `{{- $v := . -}}
<div class="probe">
{{ .Page.Title }} {{ .Page.Date }} {{ .Page.Lastmod }} {{ .Page.Summary }}
{{- range .Page.Translations }} t: {{ .Title }} {{ .Lastmod }} {{ with .Parent }}{{ .Title }}{{ end }}{{ end }}
{{- with .Page.Parent }} p: {{ .Title }} {{ .Lastmod }}{{ range .Sections }} s: {{ .Title }}{{ end }}{{ range .Translations }} pt: {{ .Title }}{{ end }}{{ end }}
{{- range .Pages }} l: {{ .Title }} {{ .Date }} {{ .Lastmod }} {{ .Weight }}{{ range .Translations }} lt: {{ .Title }}{{ end }}{{ with .Parent }} lp: {{ .Title }}{{ end }}{{ range .Terms "tags" }} lg: {{ .Name }} {{ .Count }}{{ end }}{{ end }}
{{- range .Page.Ancestors }} a: {{ .Title }} {{ .Lastmod }}{{ end }}
{{- range .Page.Terms "tags" }} g: {{ .Name }} {{ .Count }} {{ .Page.Title }}{{ end }}
{{- range .Page.Sections }} ss: {{ .Title }} {{ .Lastmod }}{{ end }}
{{- with .Page.FallbackOf }} f: {{ .Title }}{{ end }}
{{- range .Site.Languages }}{{ with $v.Page.Translation .Code }} tr: {{ .Title }}{{ end }}{{ with $v.Page.FallbackIn .Code }} fb: {{ .RelPermalink }}{{ end }}{{ end }}
{{- range .Section "news" }} n: {{ .Title }}{{ end }}
{{- range .Menu }} m: {{ .Title }}{{ end }}
</div>
`

func (s *randomSite) add(p *rpage) *rpage {
	p.id = s.nextID
	s.nextID++
	s.pages = append(s.pages, p)
	return p
}

// files is the whole site as it should be on disk.
func (s *randomSite) files() map[string]string {
	m := map[string]string{"site.yaml": s.siteYAML()}
	for name, data := range s.raw {
		m[name] = data
	}
	for _, p := range s.pages {
		if !p.gone {
			m[p.path] = s.render(p)
		}
	}
	return m
}

func (s *randomSite) siteYAML() string {
	var b strings.Builder
	b.WriteString("baseURL: https://example.org/\ntitle: Vēstis\ndefaultLanguage: lv\nlanguages:\n")
	names := map[string]string{"lv": "Latviešu", "en": "English", "vi": "Tiếng Việt"}
	for i, lang := range randomLangs {
		fmt.Fprintf(&b, "  %s: {name: %s, title: %q, weight: %d}\n", lang, names[lang], s.titles[lang], i+1)
	}
	b.WriteString("sections:\n")
	for _, sec := range randomSections {
		seg := s.segments[sec]
		fmt.Fprintf(&b, "  %s: {lv: %s, en: %s, vi: %s}\n", sec, seg["lv"], seg["en"], seg["vi"])
	}
	fmt.Fprintf(&b, "paginate: %d\ntaxonomies: [tags]\n", s.paginate)
	if s.fallback {
		b.WriteString("translations: {fallback: true, fallbackOrder: {vi: [en, lv]}}\n")
	}
	b.WriteString(bt.ExampleTypes)
	return b.String()
}

func (s *randomSite) render(p *rpage) string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %q\n", p.title)
	if p.date != "" {
		fmt.Fprintf(&b, "date: %s\n", p.date)
	}
	if p.draft {
		b.WriteString("draft: true\n")
	}
	if len(p.tags) > 0 {
		fmt.Fprintf(&b, "tags: [%s]\n", strings.Join(p.tags, ", "))
	}
	if p.slug != "" {
		fmt.Fprintf(&b, "slug: %s\n", p.slug)
	}
	if p.key != "" {
		fmt.Fprintf(&b, "translationKey: %s\n", p.key)
	}
	if p.weight != 0 {
		fmt.Fprintf(&b, "weight: %d\n", p.weight)
	}
	if p.status != "" {
		fmt.Fprintf(&b, "status: %s\n", p.status)
	}
	if p.deadline != "" {
		fmt.Fprintf(&b, "deadline: %s\n", p.deadline)
	}
	if p.list != "" {
		fmt.Fprintf(&b, "build: {list: %s}\n", p.list)
	}
	if p.fallback {
		b.WriteString("fallback: true\n")
	}
	if p.cascade != "" {
		fmt.Fprintf(&b, "cascade: %s\n", p.cascade)
	}
	fmt.Fprintf(&b, "---\n%s\n", p.body)
	if p.image {
		b.WriteString("\n![foto](foto.svg)\n")
	}
	for _, id := range p.links {
		// A link to a page that is not published fails the build for
		// good: the user makes the page a draft and drops the links to it.
		if q := s.byID(id); q != nil && !q.draft && q.date <= bt.Now.Format(time.DateOnly) {
			rel, err := filepath.Rel(path.Dir(p.path), q.path)
			if err != nil {
				s.t.Fatal(err)
			}
			fmt.Fprintf(&b, "\nSaite uz [%s](%s).\n", q.base(), filepath.ToSlash(rel))
		}
	}
	return b.String()
}

func (s *randomSite) byID(id int) *rpage {
	for _, p := range s.pages {
		if p.id == id {
			return p
		}
	}
	return nil
}

// sync writes and removes what differs between the model and the tree, and
// returns those paths with extra, the changes the tree already has.
func (s *randomSite) sync(extra ...string) []string {
	want := s.files()
	changes := extra
	for name, data := range want {
		if old, ok := s.written[name]; !ok || old != data {
			s.tree.Write(name, data)
			changes = append(changes, name)
		}
	}
	for name := range s.written {
		if _, ok := want[name]; !ok {
			changes = append(changes, s.tree.Remove(name)...)
		}
	}
	s.written = want
	slices.Sort(changes)
	return slices.Compact(changes)
}

// pick returns a random page that ok accepts, or nil.
func (s *randomSite) pick(ok func(*rpage) bool) *rpage {
	var c []*rpage
	for _, p := range s.pages {
		if !p.gone && ok(p) {
			c = append(c, p)
		}
	}
	if len(c) == 0 {
		return nil
	}
	return c[s.rng.IntN(len(c))]
}

// anyPage accepts every page, for pick.
func anyPage(*rpage) bool { return true }

// regular accepts the pages that edits may delete, rename or date: not the
// _index pages, which the site needs.
func regular(p *rpage) bool { return !p.protected }

// linkTarget returns a random page that from may link to: another page in its language.
func (s *randomSite) linkTarget(from *rpage) *rpage {
	return s.pick(func(q *rpage) bool { return q != from && q.lang() == from.lang() })
}

// date returns a random date of front matter.
func (s *randomSite) date() string {
	// Now is 2024-06-01: some dates are in the future, and those pages are hidden.
	return fmt.Sprintf("20%d-%02d-%02d", 22+s.rng.IntN(3), 1+s.rng.IntN(12), 1+s.rng.IntN(28))
}

// drop removes p from the model, and every link to it.
func (s *randomSite) drop(p *rpage) {
	s.pages = slices.DeleteFunc(s.pages, func(q *rpage) bool { return q == p })
	for _, q := range s.pages {
		q.links = slices.DeleteFunc(q.links, func(id int) bool { return id == p.id })
	}
}

// move renames a file or folder of the tree from old to new, and every path
// of the model below it.
func (s *randomSite) move(old, new string) []string {
	changes := s.tree.Rename(old, new)
	re := func(p string) (string, bool) {
		if p == old || strings.HasPrefix(p, old+"/") {
			return new + strings.TrimPrefix(p, old), true
		}
		return p, false
	}
	for _, p := range s.pages {
		p.path, _ = re(p.path)
	}
	for _, m := range []map[string]string{s.raw, s.written} {
		for k, v := range m {
			if n, ok := re(k); ok {
				delete(m, k)
				m[n] = v
			}
		}
	}
	return changes
}

// edit makes one random edit and returns what it was and the changed paths.
func (s *randomSite) edit() (string, []string) {
	if p := s.restore; p != nil {
		s.restore = nil
		p.gone = false
		return "restore " + p.path, s.sync()
	}
	n := s.step
	for {
		kind := s.rng.IntN(30)
		switch {
		case s.saves:
			kind = []int{0, 1, 2, 3, 5, 8, 9}[s.rng.IntN(7)]
		case s.joins:
			kind = []int{0, 2, 3, 4, 5, 6, 7, 10, 10, 10, 11, 12, 13, 14, 25, 26}[s.rng.IntN(16)]
		}
		switch kind {
		case 0, 1:
			p := s.pick(anyPage)
			p.body = fmt.Sprintf(randomBodies[s.rng.IntN(len(randomBodies))], n)
			if q := s.linkTarget(p); q != nil && s.rng.IntN(3) == 0 {
				p.links = append(p.links, q.id)
			}
			return "body " + p.path, s.sync()
		case 2:
			p := s.pick(anyPage)
			p.title = fmt.Sprintf("%s %d", randomTitles[s.rng.IntN(len(randomTitles))], n)
			return "title " + p.path, s.sync()
		case 3:
			p := s.pick(regular)
			p.date = s.date()
			return "date " + p.path, s.sync()
		case 4:
			p := s.pick(regular)
			p.draft = !p.draft
			return fmt.Sprintf("draft: %v %s", p.draft, p.path), s.sync()
		case 5:
			p := s.pick(regular)
			switch {
			case len(p.tags) > 0 && s.rng.IntN(2) == 0:
				p.tags = p.tags[:len(p.tags)-1]
			case s.rng.IntN(3) == 0:
				p.tags = append(p.tags, fmt.Sprintf("jauna-%d", n))
			default:
				if tag := randomTags[s.rng.IntN(len(randomTags))]; !slices.Contains(p.tags, tag) {
					p.tags = append(p.tags, tag)
				}
			}
			return fmt.Sprintf("tags %v %s", p.tags, p.path), s.sync()
		case 6:
			p := s.pick(regular)
			p.slug = ""
			if s.rng.IntN(2) == 0 {
				p.slug = fmt.Sprintf("adrese-%d", n)
			}
			return fmt.Sprintf("slug %q %s", p.slug, p.path), s.sync()
		case 7:
			p := s.pick(regular)
			// A key joins one page per language: join a page whose group has none in p's.
			switch q := s.pick(func(q *rpage) bool { return regular(q) && q.key != "" && !s.keyed(q.key, p.lang(), p) }); {
			case p.key != "" && s.rng.IntN(2) == 0:
				p.key = ""
			case q != nil:
				p.key = q.key
			default:
				p.key = fmt.Sprintf("key-%d", n)
			}
			return fmt.Sprintf("translationKey %q %s", p.key, p.path), s.sync()
		case 8:
			p := s.pick(anyPage) // an _index page's weight orders the menu
			p.weight = s.rng.IntN(4)
			return fmt.Sprintf("weight %d %s", p.weight, p.path), s.sync()
		case 9:
			p := s.pick(func(p *rpage) bool { return regular(p) && strings.HasPrefix(p.path, "content/programs/") })
			if p == nil {
				continue
			}
			p.status = []string{"open", "upcoming", "closed", ""}[s.rng.IntN(4)]
			p.deadline = ""
			if s.rng.IntN(3) > 0 {
				p.deadline = s.date()
			}
			return fmt.Sprintf("status %q deadline %q %s", p.status, p.deadline, p.path), s.sync()
		case 10:
			dir := path.Dir(s.pick(func(p *rpage) bool { return !strings.HasPrefix(path.Base(p.path), "index.") }).path)
			if s.rng.IntN(3) == 0 && strings.Count(dir, "/") < 3 {
				dir += fmt.Sprintf("/mape-%d", n)
			}
			lang := randomLangs[s.rng.IntN(len(randomLangs))]
			p := s.add(&rpage{path: fmt.Sprintf("%s/jauna-%d.%s.md", dir, n, lang), title: fmt.Sprintf("Jauna %d", n), date: s.date(), body: "Jauns."})
			if q := s.linkTarget(p); q != nil {
				p.links = []int{q.id}
			}
			return "add " + p.path, s.sync()
		case 11:
			// Not the last page of a bundle: its files would be left without one.
			p := s.pick(func(p *rpage) bool { return regular(p) && !strings.HasPrefix(path.Base(p.path), "index.") })
			if p == nil {
				continue
			}
			s.drop(p)
			return "delete " + p.path, s.sync()
		case 12:
			p := s.pick(regular)
			var missing []string
			for _, lang := range randomLangs {
				if !s.exists(s.translationPath(p, lang)) {
					missing = append(missing, lang)
				}
			}
			if len(missing) == 0 {
				continue
			}
			lang := missing[s.rng.IntN(len(missing))]
			q := *p
			q.path, q.links, q.tags, q.title = s.translationPath(p, lang), nil, slices.Clone(p.tags), fmt.Sprintf("%s (%s)", p.title, lang)
			if s.keyed(q.key, lang, nil) {
				q.key = ""
			}
			s.add(&q)
			return "add translation " + q.path, s.sync()
		case 13:
			p := s.pick(func(p *rpage) bool {
				if !regular(p) {
					return false
				}
				for _, lang := range randomLangs {
					if lang != p.lang() && s.exists(s.translationPath(p, lang)) {
						return true
					}
				}
				return false
			})
			if p == nil {
				continue
			}
			s.drop(p)
			return "delete translation " + p.path, s.sync()
		case 14:
			p := s.pick(func(p *rpage) bool { return regular(p) && !strings.HasPrefix(path.Base(p.path), "index.") })
			if p == nil {
				continue
			}
			old := p.path
			new := fmt.Sprintf("%s/%s-%d.%s.md", path.Dir(old), p.base(), n, p.lang())
			changes := s.move(old, new)
			return "rename " + old + " to " + new, s.sync(changes...)
		case 15:
			var dirs []string
			for _, p := range s.pages {
				for d := path.Dir(p.path); strings.Count(d, "/") >= 1; d = path.Dir(d) {
					if !slices.Contains(dirs, d) {
						dirs = append(dirs, d)
					}
				}
			}
			if len(dirs) == 0 {
				continue
			}
			slices.Sort(dirs)
			old := dirs[s.rng.IntN(len(dirs))]
			new := fmt.Sprintf("%s-%d", old, n)
			changes := s.move(old, new)
			return "rename folder " + old + " to " + new, s.sync(changes...)
		case 16:
			p := s.pick(func(p *rpage) bool { return regular(p) && s.linked(p) })
			if p == nil {
				continue
			}
			p.gone = true
			s.restore = p
			return "delete linked page " + p.path, s.sync()
		case 17:
			return "layout", s.override("layouts/news/single.html", `<article class="wrap article press-release">`, fmt.Sprintf(`<article class="wrap article press-release v%d">`, n))
		case 18:
			return "partial", s.override("layouts/partials/tags.html", `<section class="tags"`, fmt.Sprintf(`<section class="tags v%d"`, n))
		case 19:
			lang := randomLangs[s.rng.IntN(len(randomLangs))]
			name := "i18n/" + lang + ".yaml"
			data := s.themeFile(name)
			i := strings.Index(data, "\nhome: ")
			j := i + 1 + strings.Index(data[i+1:], "\n")
			return "i18n " + lang, s.override(name, data[i:j], fmt.Sprintf("\nhome: \"Home %d\"", n))
		case 20:
			// A style sheet, a file a page links to, one in a new folder:
			// saved with other text, saved new or deleted.
			name := []string{"static/css/extra.css", "static/files/plans.pdf", "static/docs/2024/a.txt"}[s.rng.IntN(3)]
			if _, ok := s.raw[name]; ok && s.rng.IntN(3) == 0 {
				delete(s.raw, name)
			} else {
				s.raw[name] = fmt.Sprintf("body{margin:%dpx}\n", n)
			}
			return "static " + name, s.sync()
		case 21:
			s.paginate = 1 + s.rng.IntN(4)
			return fmt.Sprint("site.yaml paginate ", s.paginate), s.sync()
		case 22:
			lang := randomLangs[s.rng.IntN(len(randomLangs))]
			s.titles[lang] = fmt.Sprintf("%s %d", randomTitles[s.rng.IntN(len(randomTitles))], n)
			return "site.yaml title of " + lang, s.sync()
		case 23:
			sec := randomSections[s.rng.IntN(len(randomSections))]
			lang := randomLangs[s.rng.IntN(len(randomLangs))]
			s.segments[sec][lang] = fmt.Sprintf("%s-%d", sec[:4], n)
			return fmt.Sprintf("site.yaml segment of %s in %s", sec, lang), s.sync()
		case 24:
			var files []string
			for name := range s.raw {
				if strings.HasPrefix(name, "content/") {
					files = append(files, name)
				}
			}
			if len(files) == 0 {
				continue
			}
			slices.Sort(files)
			name := files[s.rng.IntN(len(files))]
			s.raw[name] = fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg"><rect width="%d" height="1"/></svg>`+"\n", n)
			return "bundle file " + name, s.sync()
		case 25:
			p := s.pick(func(p *rpage) bool { return regular(p) && !strings.HasPrefix(path.Base(p.path), "index.") })
			// Into the folder of another page, not a bundle's.
			q := s.pick(func(q *rpage) bool {
				return !strings.HasPrefix(path.Base(q.path), "index.") && path.Dir(q.path) != path.Dir(p.path)
			})
			if q == nil {
				continue
			}
			old := p.path
			new := fmt.Sprintf("%s/%s-%d.%s.md", path.Dir(q.path), p.base(), n, p.lang())
			if strings.Split(old, "/")[1] != strings.Split(new, "/")[1] {
				p.status, p.deadline = "", "" // another section's type has other statuses
			}
			changes := s.move(old, new)
			return "move " + old + " to " + new, s.sync(changes...)
		case 26:
			p := s.pick(func(p *rpage) bool { return regular(p) && !strings.HasPrefix(path.Base(p.path), "index.") })
			lang := randomLangs[s.rng.IntN(len(randomLangs))]
			if lang == p.lang() || s.exists(s.translationPath(p, lang)) {
				continue
			}
			if s.keyed(p.key, lang, p) {
				p.key = ""
			}
			old := p.path
			changes := s.move(old, s.translationPath(p, lang))
			return "rename " + old + " to " + p.path, s.sync(changes...)
		case 27: // Hugo's build options: in no list, or in its section's only
			p := s.pick(regular)
			p.list = []string{"", "never", "local"}[s.rng.IntN(3)]
			return "build list " + p.list + " " + p.path, s.sync()
		case 28: // fallback pages asked for by a page or a section
			p := s.pick(anyPage)
			p.fallback = !p.fallback
			return fmt.Sprintf("fallback %v %s", p.fallback, p.path), s.sync()
		case 29: // a cascade from a section or the home page
			p := s.pick(func(p *rpage) bool { return p.protected })
			if p == nil {
				continue
			}
			p.cascade = []string{"", fmt.Sprintf("{weight: %d}", n), "{build: {list: local}}",
				fmt.Sprintf("{_target: {kind: page, lang: %s}, tags: [stem]}", randomLangs[s.rng.IntN(len(randomLangs))])}[s.rng.IntN(4)]
			return "cascade " + p.cascade + " " + p.path, s.sync()
		}
	}
}

// override edits the site's copy of a theme file, replacing old by new, or
// (one time in three) removes it, so that the theme's file is used again.
func (s *randomSite) override(name, old, new string) []string {
	if _, ok := s.raw[name]; ok && s.rng.IntN(3) == 0 {
		delete(s.raw, name)
		return s.sync()
	}
	data := s.themeFile(name)
	if !strings.Contains(data, old) {
		s.t.Fatalf("the theme's %s does not contain %q", name, old)
	}
	s.raw[name] = strings.Replace(data, old, new, 1)
	return s.sync()
}

func (s *randomSite) themeFile(name string) string {
	data, err := fs.ReadFile(s.theme, name)
	if err != nil {
		s.t.Fatal(err)
	}
	return string(data)
}

func (s *randomSite) translationPath(p *rpage, lang string) string {
	return fmt.Sprintf("%s/%s.%s.md", path.Dir(p.path), p.base(), lang)
}

func (s *randomSite) exists(name string) bool {
	return s.pick(func(p *rpage) bool { return p.path == name }) != nil
}

// keyed reports whether a page other than except in lang has the translationKey key.
func (s *randomSite) keyed(key, lang string, except *rpage) bool {
	for _, q := range s.pages {
		if q != except && q.key == key && q.lang() == lang {
			return true
		}
	}
	return false
}

// linked reports whether another page links to p.
func (s *randomSite) linked(p *rpage) bool {
	for _, q := range s.pages {
		if q != p && !q.gone && slices.Contains(q.links, p.id) {
			return true
		}
	}
	return false
}
