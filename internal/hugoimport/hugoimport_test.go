package hugoimport

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/vestis-ssg/vestis/internal/config"
)

// site makes an fs.FS of a txtar archive.
func site(t *testing.T, archive string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, f := range txtar.Parse([]byte(archive)).Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return fsys
}

func TestConvert(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		archive   string
		want      string   // the site.yaml, without its first comment line
		wantNotes []string // keys of the notes
		wantDirs  map[string]string
	}{
		{
			name: "toml, languages, default at the root, Hugo's default taxonomies",
			archive: `
-- hugo.toml --
baseURL = "https://example.org/"
title = "Example"
defaultContentLanguage = "lv"
theme = "ananke"
Paginate = 5
[languages.lv]
languageName = "Latviešu"
weight = 1
[languages.vi]
languageName = "Tiếng Việt"
title = "Ví dụ"
weight = 2
[languages.vi.params]
intro = "Xin chào"
[params]
mainSections = ["news"]
[permalinks]
news = "/:year/:month/:slug/"
[uglyURLs]
news = true
docs = true
`,
			want: `baseURL: https://example.org/
title: Example
defaultLanguage: lv
defaultLanguageInSubdir: false
languages:
  lv:
    name: Latviešu
    weight: 1
  vi:
    name: Tiếng Việt
    title: Ví dụ
    weight: 2
    params:
      intro: Xin chào
permalinks:
  news: ['/:year/:month/:slug/', '/:year/:month/:slug.html']
paginate: 5
taxonomies: [categories, tags]
hugoAddresses: true
params:
  mainSections:
    - news
`,
			wantNotes: []string{"languages.*.params", "theme", "uglyurls.docs", "uglyurls.news"},
		},
		{
			// The environment variables Hugo lets shortcodes read are
			// site.yaml's getenv; Hugo's "none" allows none.
			name: "security.funcs.getenv",
			archive: `
-- hugo.toml --
baseURL = "https://example.org/"
[security.funcs]
getenv = ["^HUGO_", "^BRANCH$"]
`,
			want: `baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {}
taxonomies: [categories, tags]
getenv: [^HUGO_, ^BRANCH$]
hugoAddresses: true
`,
			wantNotes: []string{"security"},
		},
		{
			name: "security.funcs.getenv none",
			archive: `
-- hugo.yaml --
baseURL: https://example.org/
security: {funcs: {getenv: none}}
`,
			want: `baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {}
taxonomies: [categories, tags]
getenv: []
hugoAddresses: true
`,
			wantNotes: []string{"security"},
		},
		{
			// Hugo writes 'quotes' as typographic ones unless its
			// typographer is off: then vestis's is off too.
			name: "typographer off",
			archive: `
-- hugo.toml --
baseURL = "https://example.org/"
[markup.goldmark.extensions.typographer]
disable = true
`,
			want: `baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {}
taxonomies: [categories, tags]
markdown:
  typographer: false
hugoAddresses: true
`,
			wantNotes: []string{"markup"},
		},
		{
			name: "typographer off, as Hugo before 0.112 wrote it",
			archive: `
-- hugo.yaml --
baseURL: https://example.org/
markup: {goldmark: {extensions: {typographer: false}, renderer: {unsafe: true}}}
`,
			want: `baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {}
taxonomies: [categories, tags]
markdown:
  unsafe: true
  typographer: false
hugoAddresses: true
`,
			wantNotes: []string{"markup"},
		},
		{
			name: "typographer on, as by default",
			archive: `
-- hugo.yaml --
baseURL: https://example.org/
markup: {goldmark: {extensions: {typographer: {disable: false}}}}
`,
			want: `baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {}
taxonomies: [categories, tags]
hugoAddresses: true
`,
			wantNotes: []string{"markup"},
		},
		{
			name: "config folder, menus, pagerSize, unsafe, disabled kinds, unknown token",
			archive: `
-- config/_default/hugo.yaml --
baseURL: https://example.org/
defaultContentLanguage: en
defaultContentLanguageInSubdir: true
disableKinds: [taxonomy, term, RSS]
pagination: {pagerSize: 7}
markup: {goldmark: {renderer: {unsafe: true, hardWraps: true}}}
permalinks:
  page:
    posts: /:monthname/:slug/
    docs: /docs/:filename/
-- config/_default/languages.en.toml --
title = "Site"
contentDir = "content/en"
-- config/_default/languages.toml --
[de]
title = "Seite"
contentDir = "content/de"
-- config/_default/menus.en.toml --
[[main]]
name = "Blog"
url = "/blog/"
-- config/_default/params.json --
{"Color": "red"}
`,
			want: `baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: true
languages:
  de:
    title: Seite
    contentDir: content/de
  en:
    title: Site
    contentDir: content/en
permalinks:
  docs: /docs/:filename/
paginate: 7
taxonomies: []
markdown:
  unsafe: true
  hardWraps: true
hugoAddresses: true
params:
  Color: red
  menus:
    en:
      main:
        - name: Blog
          url: /blog/
`,
			wantNotes: []string{"disablekinds", "markup", "menus", "permalinks.page.posts"},
			wantDirs:  map[string]string{"de": "content/de", "en": "content/en"},
		},
		{
			// hugo builds for production: config/production/ over
			// config/_default/, where sites keep their real baseURL.
			name: "production environment over the default",
			archive: `
-- config/_default/hugo.toml --
baseURL = "http://localhost:1313/"
title = "Dev"
paginate = 3
-- config/production/hugo.toml --
baseURL = "https://example.org/"
-- config/production/params.toml --
analytics = "UA-1"
-- config/staging/hugo.toml --
baseURL = "https://staging.example.org/"
`,
			want: `baseURL: https://example.org/
title: Dev
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {}
paginate: 3
taxonomies: [categories, tags]
hugoAddresses: true
params:
  analytics: UA-1
`,
		},
		{
			name:      "contentDir content for every language is no folder of its own",
			wantNotes: []string{"baseurl"},
			archive: `-- config.yaml --
languages:
  lv: {contentDir: content, weight: 1}
  en: {contentDir: content/, weight: 2}
`,
			want: `defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en:
    weight: 2
  lv:
    weight: 1
taxonomies: [categories, tags]
hugoAddresses: true
`,
		},
		{
			name: "content folders mounted per language",
			archive: `-- hugo.toml --
defaultContentLanguage = "vi"
[languages.vi]
weight = 1
[languages.en]
weight = 2
[languages.lv]
weight = 3
[[module.mounts]]
source = "assets"
target = "assets"
[[module.mounts]]
source = "content/vi"
target = "content"
lang = "vi"
[[module.mounts]]
source = "./content/en/"
target = "content"
[module.mounts.sites.matrix]
languages = ["en"]
`,
			want: `defaultLanguage: vi
defaultLanguageInSubdir: false
languages:
  en:
    weight: 2
    contentDir: content/en
  lv:
    weight: 3
  vi:
    weight: 1
    contentDir: content/vi
taxonomies: [categories, tags]
hugoAddresses: true
`,
			wantNotes: []string{"baseurl", "module"},
			wantDirs:  map[string]string{"en": "content/en", "lv": "content", "vi": "content/vi"},
		},
		{
			name: "a mount repeated for each language is one note",
			archive: `-- hugo.toml --
[languages.en]
weight = 1
[languages.zh]
weight = 2
[languages.uk]
weight = 3
[[module.mounts]]
source = "content/en"
target = "content"
lang = "en"
[[module.mounts]]
source = "content/zh"
target = "content"
lang = "zh"
[[module.mounts]]
source = "content/uk"
target = "content"
lang = "uk"
[[module.mounts]]
source = "content/en/docs"
target = "content/docs"
[module.mounts.sites.matrix]
languages = ["zh"]
[[module.mounts]]
source = "content/en/docs"
target = "content/docs"
[module.mounts.sites.matrix]
languages = ["uk"]
`,
			want: `defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en:
    weight: 1
    contentDir: content/en
    contentMounts:
      content/en/docs: docs
  uk:
    weight: 3
    contentDir: content/uk
  zh:
    weight: 2
    contentDir: content/zh
taxonomies: [categories, tags]
hugoAddresses: true
`,
			wantNotes: []string{"baseurl", "module", "module.mounts"},
			wantDirs:  map[string]string{"en": "content/en", "uk": "content/uk", "zh": "content/zh"},
		},
		{
			name: "mounts of folders at their own names need no note; one elsewhere does",
			archive: `-- hugo.toml --
[[module.mounts]]
source = "static"
target = "static"
[[module.mounts]]
source = "node_modules/icons"
target = "static/icons"
`,
			want: `defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {}
taxonomies: [categories, tags]
hugoAddresses: true
`,
			wantNotes: []string{"baseurl", "module"},
		},
		{
			name: "a second language reading the folder of the default one is left out",
			archive: `-- hugo.toml --
defaultContentLanguage = "nl"
[languages.nl]
contentDir = "content/nl"
weight = 1
[languages.nl2]
contentDir = "content/nl/"
weight = 2
[languages.fr]
contentDir = "content/fr"
weight = 3
[[module.mounts]]
source = "layouts"
target = "layouts"
`,
			want: `defaultLanguage: nl
defaultLanguageInSubdir: false
languages:
  fr:
    weight: 3
    contentDir: content/fr
  nl:
    weight: 1
    contentDir: content/nl
taxonomies: [categories, tags]
hugoAddresses: true
`,
			wantNotes: []string{"baseurl", "languages.nl2"},
			wantDirs:  map[string]string{"fr": "content/fr", "nl": "content/nl"},
		},
		{
			name: "disabled languages, a host per language",
			archive: `
-- hugo.toml --
baseURL = "https://example.org/"
defaultContentLanguage = "en"
disableLanguages = ["de"]
[languages.en]
baseURL = "https://en.example.org/"
weight = 1
[languages.ru]
baseURL = "https://ru.example.org/"
weight = 2
[languages.de]
weight = 3
[languages.fr]
disabled = true
`,
			want: `baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en:
    weight: 1
  ru:
    weight: 2
disabledLanguages: [de, fr]
taxonomies: [categories, tags]
hugoAddresses: true
`,
			wantNotes: []string{"disableLanguages", "languages.*.baseURL"},
		},
		{
			name: "a host per language, no baseURL of the site's own",
			archive: `
-- hugo.toml --
defaultContentLanguage = "en"
[languages.en]
baseURL = "https://en.example.org/"
weight = 1
[languages.ru]
baseURL = "https://ru.example.org/"
weight = 2
`,
			want: `baseURL: https://en.example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en:
    weight: 1
  ru:
    weight: 2
taxonomies: [categories, tags]
hugoAddresses: true
`,
			wantNotes: []string{"languages.*.baseURL"},
		},
		{
			name: "uglyURLs for the whole site: pages keep their .html addresses",
			archive: `
-- hugo.toml --
baseURL = "https://example.org/"
uglyURLs = true
`,
			want: `baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {}
taxonomies: [categories, tags]
hugoAddresses: true
uglyURLs: true
`,
		},
		{
			name:      "permalinks per language: each language's own, which replace the site's as in Hugo",
			wantNotes: []string{"baseurl"},
			archive: `
-- hugo.toml --
defaultContentLanguage = "fr"
[permalinks]
posts = "/p/:slug/"
news = "/n/:slug/"
[languages.en]
weight = 2
[languages.en.permalinks]
posts = "/:year/:slug/"
[languages.fr]
weight = 1
[languages.fr.permalinks]
posts = "/articles/:slug/"
docs = "/docs/:slug/"
[languages.de]
weight = 3
`,
			want: `defaultLanguage: fr
defaultLanguageInSubdir: false
languages:
  de:
    weight: 3
  en:
    weight: 2
    permalinks:
      posts: /:year/:slug/
  fr:
    weight: 1
    permalinks:
      docs: /docs/:slug/
      posts: /articles/:slug/
permalinks:
  news: /n/:slug/
  posts: /p/:slug/
taxonomies: [categories, tags]
hugoAddresses: true
`,
		},
		{
			name:      "the site's contentDir is every language's",
			wantNotes: []string{"baseurl"},
			archive: `
-- config/_default/hugo.yaml --
contentDir: content/en/
-- config/_default/languages.yaml --
en: {weight: 1}
`,
			want: `defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en:
    weight: 1
    contentDir: content/en
taxonomies: [categories, tags]
hugoAddresses: true
`,
			wantDirs: map[string]string{"en": "content/en"},
		},
		{
			name:      "config files in folders of config/_default, each read by its own name, as Hugo reads them",
			wantNotes: []string{"baseurl"},
			archive: `
-- config/_default/config.toml --
title = "Falco"
-- config/_default/languages/languages.yaml --
en: {weight: 1}
-- config/_default/module/module.yaml --
mounts:
  - {source: content/en, target: content, lang: en}
`,
			want: `title: Falco
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en:
    weight: 1
    contentDir: content/en
taxonomies: [categories, tags]
hugoAddresses: true
`,
			// The mount is the language's contentDir, which the import's
			// content line names: no note of the module.
			wantDirs: map[string]string{"en": "content/en"},
		},
		{
			// Hugo reads the content mount, not contentDir: content/en/ is
			// a section of content/ (checked with Hugo 0.111).
			name: "a mount of content replaces the languages' contentDir",
			archive: `-- hugo.toml --
[languages.en]
weight = 1
contentDir = "content/en"
[[module.mounts]]
source = "content"
target = "content"
`,
			want: `defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en:
    weight: 1
taxonomies: [categories, tags]
hugoAddresses: true
`,
			wantNotes: []string{"baseurl", "languages.en.contentdir"},
		},
		{
			name:      "taxonomies per language, the same in both",
			wantNotes: []string{"baseurl"},
			archive: `-- config.yml --
defaultContentLanguage: fa
languages:
  en: {weight: 1, taxonomies: {tag: tags, series: series}}
  fa: {weight: 2, taxonomies: {tag: tags, series: series}}
`,
			want: `defaultLanguage: fa
defaultLanguageInSubdir: false
languages:
  en:
    weight: 1
  fa:
    weight: 2
taxonomies: [series, tags]
hugoAddresses: true
`,
		},
		{
			name: "taxonomies of one language only: every language gets all",
			archive: `-- config.yml --
languages:
  en: {weight: 1}
  fa: {weight: 2, taxonomies: {series: series}}
`,
			want: `defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en:
    weight: 1
  fa:
    weight: 2
taxonomies: [categories, series, tags]
hugoAddresses: true
`,
			wantNotes: []string{"baseurl", "languages.*.taxonomies"},
		},
		{
			name:      "one language, nothing else",
			wantNotes: []string{"baseurl"},
			archive:   "-- config.yaml --\ntitle: Solo\n",
			want: `title: Solo
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {}
taxonomies: [categories, tags]
hugoAddresses: true
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			cfg, _, err := Load(site(t, tt.archive))
			if err != nil {
				t.Fatal(err)
			}
			res, err := Convert(cfg)
			if err != nil {
				t.Fatal(err)
			}
			_, got, _ := strings.Cut(string(res.SiteYAML), "\n")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("site.yaml (-want +got):\n%s", diff)
			}
			var keys []string
			for _, n := range res.Notes {
				keys = append(keys, n.Key)
			}
			if diff := cmp.Diff(tt.wantNotes, keys); diff != "" {
				t.Errorf("notes (-want +got):\n%s\n%q", diff, res.Notes)
			}
			if diff := cmp.Diff(tt.wantDirs, res.ContentDirs); diff != "" {
				t.Errorf("content folders (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ archive, want string }{
		{"-- site.yaml --\ntitle: x\n", "no Hugo configuration"},
		{"-- hugo.toml --\ntitle = \n", "hugo.toml:1"},
		{"-- config/_default/params.yaml --\n- a\n", "config/_default/params.yaml:1: want keys with values"},
	}
	for _, tt := range tests {
		_, _, err := Load(site(t, tt.archive))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Load(%q) = %v, want an error with %q", tt.archive, err, tt.want)
		}
	}
}

func TestConvertRefusesUnknownDefault(t *testing.T) {
	t.Parallel()
	cfg, _, err := Load(site(t, "-- hugo.toml --\ndefaultContentLanguage = \"fr\"\n[languages.en]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Convert(cfg); err == nil || !strings.Contains(err.Error(), `"fr" is not one of the languages (en)`) {
		t.Errorf("Convert = %v, want the default language refused", err)
	}
}

func TestPlanContent(t *testing.T) {
	t.Parallel()
	fsys := site(t, `
-- content/en/_index.md --
-- content/en/blog/a.md --
-- content/en/blog/b/index.markdown --
-- content/en/blog/b/photo.webp --
-- content/de/blog/a.md --
-- content/de/blog/b/index.md --
-- content/de/blog/b/photo.webp --
-- content/de/blog/c.de.md --
-- content/de/stats.html --
-- content/uz/about.md --
`)
	got, err := PlanContent(fsys, map[string]string{"en": "content/en", "de": "content/de"}, "en")
	if err != nil {
		t.Fatal(err)
	}
	want := []Move{
		{From: "content/en/_index.md", To: "content/_index.en.md"},
		{From: "content/en/blog/a.md", To: "content/blog/a.en.md"},
		{From: "content/en/blog/b/index.markdown", To: "content/blog/b/index.en.md"},
		{From: "content/en/blog/b/photo.webp", To: "content/blog/b/photo.webp"},
		{From: "content/de/blog/a.md", To: "content/blog/a.de.md"},
		{From: "content/de/blog/b/index.md", To: "content/blog/b/index.de.md"},
		{From: "content/de/blog/b/photo.webp", To: "content/blog/b/photo.de.webp"},
		{From: "content/de/blog/c.de.md", To: "content/blog/c.de.md"},
		{From: "content/de/stats.html", To: "content/stats.de.html"},
		{From: "content/uz", To: "hugo-unread/uz", Unread: true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PlanContent (-want +got):\n%s", diff)
	}

	fsys["content/blog/a.en.md"] = &fstest.MapFile{}
	if _, err := PlanContent(fsys, map[string]string{"en": "content/en", "de": "content/de"}, "en"); err == nil || !strings.Contains(err.Error(), "content/en/blog/a.md would become content/blog/a.en.md, which exists") {
		t.Errorf("PlanContent over an existing file = %v, want it refused", err)
	}
}

// TestConvertSiteOwnSearch: a Hugo site with a search page of its own (as
// Docsy's content/en/search.md) keeps it at /search/; vestis's search page
// moves, and the report says so. Without one, nothing moves.
func TestConvertSiteOwnSearch(t *testing.T) {
	t.Parallel()
	const config = `-- hugo.toml --
defaultContentLanguage = "en"
[languages.en]
contentDir = "content/en"
[languages.no]
contentDir = "content/no"
`
	for _, tt := range []struct {
		name, archive string
		want          string // searchPage in site.yaml, "" for none
	}{
		{"search.md", config + "-- content/en/search.md --\n-- content/en/_index.md --\n", "site-search"},
		{"search folder", config + "-- content/no/search/_index.md --\n", "site-search"},
		{"none", config + "-- content/en/searching.md --\n-- content/en/docs/search.md --\n", ""},
		// The first free address: the site has pages at the next ones too.
		{"site-search taken", config + "-- content/en/search/_index.md --\n-- content/en/site-search.md --\n-- content/no/site-search-2/_index.md --\n", "site-search-3"},
	} {
		fsys := site(t, tt.archive)
		cfg, _, err := Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		res, err := ConvertSite(cfg, fsys)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if _, after, ok := strings.Cut(string(res.SiteYAML), "\nsearchPage: "); ok {
			got, _, _ = strings.Cut(after, "\n")
		}
		noted := slices.ContainsFunc(res.Notes, func(n Note) bool { return n.Key == "content/search" })
		if got != tt.want || noted != (tt.want != "") {
			t.Errorf("%s: searchPage %q, noted %v, want %q:\n%s", tt.name, got, noted, tt.want, res.SiteYAML)
		}
		if strings.Contains(string(res.SiteYAML), "\nsections:") {
			t.Errorf("%s: sections written; the site's own section search would move with the search page:\n%s", tt.name, res.SiteYAML)
		}
	}
}

func TestHugoPath(t *testing.T) {
	t.Parallel()
	tests := []struct {
		root, dir, slug, base, want string
		keepCase                    bool
	}{
		{"/", "blog", "", "first-post", "/blog/first-post/", false},
		{"/", "docs/Getting Started", "", "Intro", "/docs/Getting-Started/Intro/", true},
		{"/de/", "", "Über Straße", "x", "/de/über-straße/", false},
		{"/vi/", "tin tức", "", "Đầu Tiên", "/vi/tin-tức/đầu-tiên/", false},
		{"/", "Docs/Guide", "", "", "/docs/guide/", false},
		{"/fr/", "", "", "", "/fr/", false},
		{"/", "", "v1.2 (beta)!", "x", "/v1.2-beta/", false},
		// A file's and a folder's name have a hyphen for each space, a slug
		// one for a run of them, as Hugo's addresses have.
		{"/", "My  Sec & X", "", "c  & d", "/my--sec--x/c---d/", false},
		{"/", "My  Sec & X", "Show & Tell", "c  & d", "/my--sec--x/show-tell/", false},
		// A slug written as a path is joined to the folders, as Hugo joins it.
		{"/", "", "/about/Our Team", "x", "/about/our-team/", false},
		{"/vi/", "notes", "2024/plan/", "x", "/vi/notes/2024/plan/", false},
	}
	for _, tt := range tests {
		if got := HugoPath(tt.root, tt.dir, tt.slug, tt.base, tt.keepCase); got != tt.want {
			t.Errorf("HugoPath(%q, %q, %q, %q) = %q, want %q", tt.root, tt.dir, tt.slug, tt.base, got, tt.want)
		}
	}
}

func TestPlanContentBesideContent(t *testing.T) {
	t.Parallel()
	fsys := site(t, `
-- content.en/_index.md --
-- content.en/docs/a.md --
-- content.zh/docs/a.md --
`)
	got, err := PlanContent(fsys, map[string]string{"en": "content.en", "zh": "content.zh"}, "en")
	if err != nil {
		t.Fatal(err)
	}
	want := []Move{
		{From: "content.en/_index.md", To: "content/_index.en.md"},
		{From: "content.en/docs/a.md", To: "content/docs/a.en.md"},
		{From: "content.zh/docs/a.md", To: "content/docs/a.zh.md"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PlanContent (-want +got):\n%s", diff)
	}
}

// TestConvertSiteThemeStatic: the theme named, a folder of themes/, is
// site.yaml's hugoThemes, whose static/ files vestis publishes as Hugo does;
// the theme's note counts them, and names a theme vestis cannot read (outside
// the site, in another themesDir, or not there), and a theme that is a Hugo
// module as one, read from the folder go.mod's replace names or downloaded.
func TestConvertSiteThemeStatic(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ name, archive, want, themes string }{
		{"static files", "-- hugo.toml --\ntheme = \"kalns\"\n-- themes/kalns/static/images/kalns.jpg --\n-- themes/kalns/static/css/a.css --\n-- themes/other/static/x.png --\n",
			"the files of themes/kalns/static/ (2) are published at the site's root", "hugoThemes: [kalns]\n"},
		{"none", "-- hugo.toml --\ntheme = \"kalns\"\n-- themes/kalns/layouts/index.html --\n", "", "hugoThemes: [kalns]\n"},
		{"a path out of the site", "-- hugo.toml --\ntheme = \"../kalns\"\n-- themes/kalns/static/a.css --\n",
			"the theme's folder ../kalns/ is not a folder themes/NAME of the site", ""},
		{"another themesDir", "-- hugo.toml --\ntheme = \"kalns\"\nthemesDir = \"../..\"\n",
			"the theme's folder ../../kalns/ is not a folder themes/NAME of the site", ""},
		{"its own pages", "-- hugo.toml --\ntheme = \"kalns\"\n-- themes/kalns/content/posts/a.md --\n-- themes/kalns/content/posts/b.md --\n-- themes/kalns/content/posts/c.png --\n",
			"themes/kalns/content/ (2 pages), which Hugo publishes as the site's own, is not read", "hugoThemes: [kalns]\n"},
		{"not checked out", "-- hugo.toml --\ntheme = [\"kalns\", \"upe\"]\n-- themes/kalns/static/a.css --\n",
			"there is no folder themes/upe/ (perhaps a git submodule not checked out", "hugoThemes: [kalns]\n"},
		{"a module read from a folder", "-- hugo.toml --\ntheme = \"example.org/paints/kalns\"\n-- go.mod --\nmodule example.org/site\n\nreplace example.org/paints/kalns => ../\n",
			"the theme is the Hugo module example.org/paints/kalns, which Hugo reads from ../ (go.mod's replace), and vestis reads no modules", ""},
		{"a module downloaded", "-- hugo.toml --\ntheme = \"example.org/paints/kalns\"\n",
			"the theme is the Hugo module example.org/paints/kalns, which Hugo downloads, and vestis reads no modules", ""},
	} {
		fsys := site(t, tt.archive)
		cfg, _, err := Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		res, err := ConvertSite(cfg, fsys)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(res.Notes, func(n Note) bool { return n.Key == "theme" })
		if i < 0 {
			t.Fatalf("%s: no note on the theme: %q", tt.name, res.Notes)
		}
		if msg := res.Notes[i].Msg; tt.want == "" && strings.Contains(msg, "static/") || !strings.Contains(msg, tt.want) {
			t.Errorf("%s: theme note %q, want %q in it", tt.name, msg, tt.want)
		}
		if got := strings.Contains(string(res.SiteYAML), "hugoThemes"); tt.themes == "" && got || !strings.Contains(string(res.SiteYAML), tt.themes) {
			t.Errorf("%s: site.yaml has not %q:\n%s", tt.name, tt.themes, res.SiteYAML)
		}
		if slices.ContainsFunc(res.Notes, func(n Note) bool { return n.Key == "themesdir" }) {
			t.Errorf("%s: themesDir has a note of its own: %q", tt.name, res.Notes)
		}
	}
}

// TestConvertFeedLimitAndPublishDir: Hugo's rssLimit is feeds.limit;
// publishDir public is where vestis writes anyway, another is a note; Hugo's
// log filters (ignoreLogs) need no note.
func TestConvertFeedLimitAndPublishDir(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, archive, yaml string
		publishNote         bool
	}{
		{"rssLimit", "-- hugo.toml --\nrssLimit = 5\npublishDir = \"public\"\nignoreLogs = [\"warning-goldmark-raw-html\"]\n", "feeds:\n  limit: 5\n", false},
		{"no limit", "-- hugo.toml --\nrssLimit = -1\npublishDir = \"docs\"\n", "", true},
	} {
		fsys := site(t, tt.archive)
		cfg, _, err := Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		res, err := ConvertSite(cfg, fsys)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(res.SiteYAML); tt.yaml != "" && !strings.Contains(got, tt.yaml) || tt.yaml == "" && strings.Contains(got, "feeds") {
			t.Errorf("%s: site.yaml\n%s\nwant %q", tt.name, got, tt.yaml)
		}
		if slices.ContainsFunc(res.Notes, func(n Note) bool { return n.Key == "rsslimit" || n.Key == "ignorelogs" }) {
			t.Errorf("%s: rssLimit has a note: %q", tt.name, res.Notes)
		}
		if got := slices.ContainsFunc(res.Notes, func(n Note) bool { return n.Key == "publishdir" }); got != tt.publishNote {
			t.Errorf("%s: a note on publishDir is %v, want %v: %q", tt.name, got, tt.publishNote, res.Notes)
		}
	}
}

// TestConvertSubMount: a folder Hugo mounts below content/ for a language
// (Hinode's content/en/docs/latest at content/docs) is that language's
// contentMounts, read in place, and where its files move with
// --rename-content; a folder whose name does not begin with content is a
// note.
func TestConvertSubMount(t *testing.T) {
	t.Parallel()
	cfg, _, err := Load(site(t, `
-- hugo.toml --
defaultContentLanguage = "en"
[languages.en]
weight = 1
[languages.fr]
weight = 2
[[module.mounts]]
source = "content/en/docs/v2"
target = "content/docs"
lang = "en"
[[module.mounts]]
source = "content/en"
target = "content"
lang = "en"
[[module.mounts]]
source = "content/fr"
target = "content"
lang = "fr"
[[module.mounts]]
source = "uploads"
target = "content/uploads"
lang = "en"
`))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Convert(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range res.Notes {
		if n.Key == "module.mounts" {
			got = append(got, n.Msg)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "Hugo mounts uploads at content/uploads") {
		t.Errorf("module.mounts notes %q, want one naming uploads", got)
	}
	for name, tc := range map[string]struct{ yaml, want string }{
		"in place": {string(res.SiteYAML), "  en:\n    weight: 1\n    contentDir: content/en\n    contentMounts:\n      content/en/docs/v2: docs\n"},
		"renamed":  {string(res.RenamedSiteYAML), "  en:\n    weight: 1\n    contentMounts:\n      content/docs/v2: docs\n"},
	} {
		if !strings.Contains(tc.yaml, tc.want) {
			t.Errorf("%s: site.yaml has not\n%s\nit is:\n%s", name, tc.want, tc.yaml)
		}
		if _, err := config.Parse("site.yaml", []byte(tc.yaml)); err != nil {
			t.Errorf("%s: site.yaml: %v", name, err)
		}
	}
}

// TestConvertBaseURL: a baseURL Hugo builds with that is no absolute URL is
// taken as https://HOST/ when it is a host name, else left out, with a note,
// where the import stopped.
func TestConvertBaseURL(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"example.org":             "baseURL: https://example.org/\n",
		"example.org/blog/":       "baseURL: https://example.org/blog/\n",
		"https://example.org/":    "baseURL: https://example.org/\n",
		"localhost":               "defaultLanguage",
		"ftp://example.org/files": "defaultLanguage",
	} {
		cfg, _, err := Load(site(t, "-- hugo.toml --\nbaseURL = \""+in+"\"\n"))
		if err != nil {
			t.Fatal(err)
		}
		res, err := Convert(cfg)
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		_, got, _ := strings.Cut(string(res.SiteYAML), "\n")
		if !strings.HasPrefix(got, want) {
			t.Errorf("%s: site.yaml begins\n%s\nwant %q", in, got, want)
		}
		if notes := len(res.Notes); (in == "https://example.org/") != (notes == 0) {
			t.Errorf("%s: notes %q", in, res.Notes)
		}
	}
}

// TestLoadWrongKinds: a key of Hugo's configuration holding a value of the
// wrong kind is one error at its file and line, in each format and in
// config/_default/'s files. The import used to write a list as its Go text
// ("[a]"), drop a table given as text, or pass a number on to site.yaml,
// whose error then named site.yaml's line, not the Hugo file's.
func TestLoadWrongKinds(t *testing.T) {
	t.Parallel()
	tests := []struct{ archive, want string }{
		{"-- hugo.toml --\nbaseURL = \"https://x.org/\"\ntitle = [\"a\"]\n", "hugo.toml:2: title: want a text, got a list"},
		{"-- hugo.toml --\ndefaultContentLanguage = 3\n", "hugo.toml:1: defaultContentLanguage: want a text, got the number 3"},
		{"-- hugo.toml --\n\nparams = \"x\"\n", "hugo.toml:2: params: want keys with values (a table), got the text \"x\""},
		{"-- hugo.toml --\n[languages]\nen = 5\n", "hugo.toml:2: languages.en: want keys with values (a table), got the number 5"},
		{"-- hugo.toml --\n[languages.fr]\ntitle = \"F\"\nweight = \"heavy\"\n", "hugo.toml:3: languages.fr.weight: want a whole number, got the text \"heavy\""},
		{"-- hugo.yaml --\nlanguages:\n  fr:\n    title: F\n    weight: [1]\n", "hugo.yaml:4: languages.fr.weight: want a whole number, got a list"},
		{"-- hugo.json --\n{\"title\": \"T\",\n \"paginate\": \"ten\"}\n", "hugo.json:2: paginate: want a whole number, got the text \"ten\""},
		// Lines ending in CR only, as an editor shows them: at line 2, not
		// TOML's "cannot contain control characters: '0x0d'".
		{"-- hugo.toml --\ntitle = \"T\"\rpaginate = \"ten\"\r", "hugo.toml:2: paginate: want a whole number, got the text \"ten\""},
		// A whole number too large to hold: too large, not "not a whole number".
		{"-- hugo.yaml --\ntitle: T\npaginate: 1e22\n", "hugo.yaml:2: paginate: 1e+22 is too large a number; write a whole number of at most 15 digits"},
		{"-- hugo.toml --\ntitle = \"T\"\nrssLimit = 99999999999999999999\n", "hugo.toml:2: rssLimit: 99999999999999999999 is too large a number; write a smaller one"},
		{"-- config/_default/languages.toml --\n[fr]\ntitle = \"F\"\ndisabled = 1\n", "config/_default/languages.toml:3: languages.fr.disabled: want true or false, got the number 1"},
		{"-- config/_default/pagination.yaml --\npagerSize: many\n", "config/_default/pagination.yaml:1: pagination.pagerSize: want a whole number, got the text \"many\""},
		{"-- hugo.yaml --\ntitle: a\ntitle: b\n", "hugo.yaml:2: title is given twice, on lines 1 and 2; keep one"},
	}
	for _, tt := range tests {
		_, _, err := Load(site(t, tt.archive))
		if err == nil || err.Error() != tt.want {
			t.Errorf("Load(%q) = %v, want %s", tt.archive, err, tt.want)
		}
	}
	// What Hugo casts is kept: a weight as text, a bool as text, a timeout as a number.
	if _, _, err := Load(site(t, "-- hugo.toml --\ntimeout = 60\n[languages.fr]\nweight = \"2\"\ndisabled = \"false\"\n")); err != nil {
		t.Errorf("Load = %v, want no error", err)
	}
}

// TestRemoteModules: modules that Hugo downloads (module.imports whose path
// is no folder of themes/) are one note, at the file and line that import
// them, saying that what they give is missing; a module in themes/ is not
// one of them, and mounts at their own names add no note.
func TestRemoteModules(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ name, archive, want string }{
		{"hugo.toml", "-- hugo.toml --\ntitle = \"Docs\"\n\n[module]\n  [[module.mounts]]\n    source = \"static\"\n    target = \"static\"\n  [[module.imports]]\n    path = \"github.com/example/docs-theme\"\n",
			"hugo.toml:7: module.imports: github.com/example/docs-theme: Hugo downloads this module from the internet (it is not in this folder), and vestis downloads nothing: what it gives (layouts, partials, shortcodes, assets, data, i18n) is missing;"},
		{"module.yaml", "-- config/_default/hugo.yaml --\ntitle: Blog\n-- config/_default/module.yaml --\n# modules\nmounts:\n  - source: layouts\n    target: layouts\nimports:\n  - path: github.com/example/forms\n  - path: github.com/example/seo\n",
			"config/_default/module.yaml:5: module.imports: github.com/example/forms, github.com/example/seo: Hugo downloads these modules from the internet (they are not in this folder), and vestis downloads nothing: what they give"},
		{"config.json", "-- config.json --\n{\n  \"title\": \"x\",\n  \"module\": {\"imports\": [{\"path\": \"github.com/example/a\"}]}\n}\n",
			"config.json:3: module.imports: github.com/example/a: Hugo downloads this module"},
	} {
		fsys := site(t, tt.archive)
		cfg, sources, err := Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		res, err := ConvertSite(cfg, fsys)
		if err != nil {
			t.Fatal(err)
		}
		Locate(fsys, sources, res.Notes)
		var got []string
		for _, n := range res.Notes {
			if strings.HasPrefix(n.Key, "module") {
				got = append(got, n.String())
			}
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], tt.want) {
			t.Errorf("%s: module notes\n%q\nwant one starting with\n%q", tt.name, got, tt.want)
		}
	}
}

// TestLocalModuleNotRemote: a module found in themes/ gets the note on
// modules, not the one on downloads.
func TestLocalModuleNotRemote(t *testing.T) {
	t.Parallel()
	fsys := site(t, "-- hugo.toml --\n[[module.imports]]\npath = \"kalns\"\n-- themes/kalns/layouts/index.html --\n")
	cfg, sources, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ConvertSite(cfg, fsys)
	if err != nil {
		t.Fatal(err)
	}
	Locate(fsys, sources, res.Notes)
	var keys []string
	for _, n := range res.Notes {
		keys = append(keys, n.Key)
	}
	if diff := cmp.Diff([]string{"baseurl", "module"}, keys); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
}

// TestMissingShortcodesNewerThemeFolder: a theme that keeps its shortcodes
// in layouts/_shortcodes/ (Hugo 0.146 on, as hugo-coder does) is read as
// one in layouts/shortcodes/: its notice is the one the content means, not
// vestis's own; Hugo's own figure stays vestis's.
func TestMissingShortcodesNewerThemeFolder(t *testing.T) {
	t.Parallel()
	fsys := site(t, "-- content/a.md --\n---\ntitle: A\n---\n{{< notice example >}}x{{< /notice >}} {{< figure src=\"a.png\" >}}\n"+
		"-- themes/coder/layouts/_shortcodes/notice.html --\n<div>{{ .Inner }}</div>\n-- themes/coder/layouts/_shortcodes/figure.html --\n<img>\n")
	theme := site(t, "-- layouts/shortcodes/notice.html --\nx\n-- layouts/shortcodes/figure.html --\nx\n")
	var got []string
	for _, sc := range MissingShortcodes(fsys, theme, []string{"content"}) {
		got = append(got, sc.Name)
	}
	if diff := cmp.Diff([]string{"notice"}, got); diff != "" {
		t.Errorf("MissingShortcodes (-want +got):\n%s", diff)
	}
	// The site's own layouts/_shortcodes/ has it: nothing is missing.
	fsys["layouts/_shortcodes/notice.html"] = fsys["themes/coder/layouts/_shortcodes/notice.html"]
	if got := MissingShortcodes(fsys, theme, []string{"content"}); len(got) != 0 {
		t.Errorf("MissingShortcodes with the site's layouts/_shortcodes/notice.html = %v, want none", got)
	}
}

// TestLoadKeysInAnyCase: keys that differ only in letter case ([Menu] and
// [[menu.Main]], as hs3.pl writes them) are one key with both tables'
// entries, the same in every load (map order once chose one of them).
func TestLoadKeysInAnyCase(t *testing.T) {
	t.Parallel()
	fsys := site(t, "-- config.toml --\n[Menu]\n[[menu.Main]]\nidentifier = \"about\"\nweight = 1\n[[menu.sitemap]]\nname = \"Privacy\"\n")
	for range 20 {
		cfg, _, err := Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		menu, _ := cfg["menu"].(map[string]any)
		if len(menu) != 2 || menu["main"] == nil || menu["sitemap"] == nil {
			t.Fatalf("menu = %v, want main and sitemap", menu)
		}
	}
}

// TestReplacedModules: a module that go.mod, or Hugo's module.replacements,
// replaces with a folder on this computer (a theme's demo site reading the
// theme from ../) is not said to be downloaded: the note names the folder,
// and a module that is downloaded keeps its own note.
func TestReplacedModules(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ name, archive string }{
		{"go.mod", "-- hugo.toml --\n[[module.imports]]\npath = \"github.com/example/kalns\"\n[[module.imports]]\npath = \"github.com/example/upe\"\n" +
			"-- go.mod --\nmodule github.com/example/demo\n\ngo 1.22\n\nreplace github.com/example/kalns v1.2.0 => ../ // the theme itself\n\nrequire github.com/example/kalns v1.2.0 // indirect\n"},
		{"go.mod block", "-- hugo.toml --\n[[module.imports]]\npath = \"github.com/example/kalns\"\n[[module.imports]]\npath = \"github.com/example/upe\"\n" +
			"-- go.mod --\nmodule github.com/example/demo\n\nreplace (\n\tgithub.com/example/kalns => ../\n\tgithub.com/example/other => github.com/example/fork v1.0.0\n)\n"},
		{"module.replacements", "-- hugo.toml --\n[module]\nreplacements = \"github.com/example/kalns -> ../\"\n[[module.imports]]\npath = \"github.com/example/kalns\"\n[[module.imports]]\npath = \"github.com/example/upe\"\n"},
	} {
		fsys := site(t, tt.archive)
		cfg, sources, err := Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		res, err := ConvertSite(cfg, fsys)
		if err != nil {
			t.Fatal(err)
		}
		Locate(fsys, sources, res.Notes)
		var got []string
		for _, n := range res.Notes {
			if n.Key == "module.imports" {
				got = append(got, n.String())
			}
		}
		want := []string{
			"hugo.toml:", "module.imports: github.com/example/kalns (from ../): Hugo reads this module from a folder on this computer",
			"module.imports: github.com/example/upe: Hugo downloads this module from the internet",
		}
		if len(got) != 2 || !strings.Contains(got[0], want[1]) || !strings.Contains(got[1], want[2]) || !strings.HasPrefix(got[0], want[0]) {
			t.Errorf("%s: module notes\n%q\nwant one with %q, then one with %q", tt.name, got, want[1], want[2])
		}
	}
}

// TestThemeWithoutContent: a Hugo theme's own folder (theme.toml, no
// content/) is said to be a theme, with its example site named, in one
// note, not only the build's "content: no such folder"; a site with pages
// gets no such note.
func TestThemeWithoutContent(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, archive, want string
	}{
		{"theme with an example site", "-- hugo.toml --\n-- theme.toml --\nname = \"Lark\"\n-- exampleSite/hugo.toml --\n", "import its example site instead (vestis import hugo exampleSite)"},
		{"theme alone", "-- hugo.toml --\n-- theme.toml --\nname = \"Lark\"\n", "import a site that uses the theme"},
		{"theme with pages", "-- hugo.toml --\n-- theme.toml --\n-- content/_index.md --\n", ""},
	} {
		fsys := site(t, tt.archive)
		cfg, _, err := Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		res, err := ConvertSite(cfg, fsys)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, n := range res.Notes {
			if n.Key == "content" {
				got = n.Msg
			}
		}
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) || tt.want != "" && !strings.Contains(got, "is a Hugo theme (theme.toml)") {
			t.Errorf("%s: note %q, want one with %q", tt.name, got, tt.want)
		}
	}
}

// TestConvertMountsOutside: module mounts of folders outside the site
// (../translations/zh, ../sdk/..., git submodules of a docs repository) are
// not read as folders of the site of the same name: a language whose pages
// Hugo mounts from there keeps a folder of its own, with a note, rather than
// the others' pages or an invalid contentDir, and the other mounts are one
// note.
func TestConvertMountsOutside(t *testing.T) {
	t.Parallel()
	fsys := site(t, `
-- hugo.toml --
defaultContentLanguage = "en"
[languages.en]
weight = 1
contentDir = "content/en"
[languages.zh]
weight = 2
contentDir = "content/zh"
[[module.mounts]]
source = "content/en"
target = "content"
lang = "en"
[[module.mounts]]
source = "../translations/zh/docs"
target = "content"
lang = "zh"
[[module.mounts]]
source = "../sdk/python/docs"
target = "content/sdks/python"
lang = "en"
[[module.mounts]]
source = "../sdk/go/docs"
target = "content/sdks/go"
lang = "en"
[[module.mounts]]
source = "../sdk/js/docs"
target = "content/sdks/js"
lang = "en"
[[module.mounts]]
source = "../translations/zh/sdk"
target = "content/sdks"
lang = "zh"
-- content/en/_index.md --
`)
	cfg, _, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ConvertSite(cfg, fsys)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := config.Parse("site.yaml", res.SiteYAML); err != nil {
		t.Fatalf("site.yaml: %v\n%s", err, res.SiteYAML)
	}
	if want := "  zh:\n    weight: 2\n    contentDir: content/zh\n"; !strings.Contains(string(res.SiteYAML), want) {
		t.Errorf("site.yaml has not\n%s\nit is:\n%s", want, res.SiteYAML)
	}
	var mounts, zh []string
	for _, n := range res.Notes {
		switch n.Key {
		case "module.mounts":
			mounts = append(mounts, n.Msg)
		case "languages.zh", "languages.zh.contentdir":
			zh = append(zh, n.Msg)
		}
	}
	if want := "Hugo reads its pages from ../translations/zh/docs (module.mounts), outside the site's folder, which vestis does not read: copy them into content/zh/ to publish them"; len(zh) != 1 || zh[0] != want {
		t.Errorf("zh notes %q, want\n%s", zh, want)
	}
	if want := "Hugo mounts ../sdk/python/docs at content/sdks/python, ../sdk/go/docs at content/sdks/go, ../sdk/js/docs at content/sdks/js and 1 more, outside the site's folder"; len(mounts) != 1 || !strings.HasPrefix(mounts[0], want) {
		t.Errorf("module.mounts notes %q, want one beginning\n%s", mounts, want)
	}
}

// TestConvertOutputFormats: the output formats a Hugo site defines
// (outputFormats) become site.yaml's hugoOutputFormats, in lower case, so
// that pages naming them in outputs are not warned of as formats Hugo lacks.
func TestConvertOutputFormats(t *testing.T) {
	t.Parallel()
	fsys := site(t, "-- hugo.toml --\n[outputFormats.SearchIndex]\nmediaType = \"application/json\"\nbaseName = \"search\"\n[outputFormats.llms]\nmediaType = \"text/plain\"\n")
	cfg, _, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ConvertSite(cfg, fsys)
	if err != nil {
		t.Fatal(err)
	}
	if want := "hugoOutputFormats: [llms, searchindex]\n"; !strings.Contains(string(res.SiteYAML), want) {
		t.Errorf("site.yaml has not %q:\n%s", want, res.SiteYAML)
	}
}

// TestConvertIgnoreErrors: Hugo's ignoreErrors naming error-remote-getjson
// (jx-docs', whose contributors shortcode fetches from GitHub) becomes
// site.yaml's hugoIgnoreErrors, so that such a getJSON gives nothing with a
// warning, and the site, which reads it, loads; other ids are not carried.
func TestConvertIgnoreErrors(t *testing.T) {
	t.Parallel()
	fsys := site(t, "-- hugo.toml --\nignoreErrors = [\"error-remote-getjson\", \"error-missing-instagram-accesstoken\"]\n")
	cfg, _, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ConvertSite(cfg, fsys)
	if err != nil {
		t.Fatal(err)
	}
	if want := "hugoIgnoreErrors: [error-remote-getjson]\n"; !strings.Contains(string(res.SiteYAML), want) {
		t.Errorf("site.yaml has not %q:\n%s", want, res.SiteYAML)
	}
	c, err := config.Parse("site.yaml", res.SiteYAML)
	if err != nil || !c.RemoteDataOptional {
		t.Errorf("site.yaml read: RemoteDataOptional %v, error %v", c != nil && c.RemoteDataOptional, err)
	}
}

// TestConvertSiteExtendedSyntax: a site whose theme makes the LoveIt
// family's Markdown HTML gets markdown.extendedSyntax with the parts the
// theme has a partial for and params.page turns on (the site's, else the
// theme's own configuration's); the escape comes with the theme's partial;
// a theme without those partials, or a site that turns them off, gets none.
func TestConvertSiteExtendedSyntax(t *testing.T) {
	t.Parallel()
	const loveit = `-- themes/lovely/layouts/partials/function/ruby.html --
-- themes/lovely/layouts/partials/function/fraction.html --
-- themes/lovely/layouts/_partials/function/fontawesome.html --
-- themes/lovely/layouts/partials/function/escape.html --
-- themes/lovely/hugo.toml --
[params.page]
  ruby = true
  fraction = false
`
	for _, tt := range []struct{ name, archive, want string }{
		{"the site's settings", "-- hugo.toml --\ntheme = \"lovely\"\n[params.page]\n  ruby = true\n  fraction = true\n  fontAwesome = true\n" + loveit,
			"extendedSyntax: [escape, fontawesome, fraction, ruby]"},
		{"the theme's settings below the site's", "-- hugo.toml --\ntheme = \"lovely\"\n[params.page]\n  fontawesome = true\n" + loveit,
			"extendedSyntax: [escape, fontawesome, ruby]"},
		{"turned off", "-- hugo.toml --\ntheme = \"lovely\"\n[params.page]\n  ruby = false\n" + loveit,
			"extendedSyntax: [escape]"},
		{"a theme that dropped a partial", "-- hugo.toml --\ntheme = \"lovely\"\n[params.page]\n  fontawesome = true\n-- themes/lovely/layouts/partials/function/ruby.html --\n",
			""},
		{"another theme", "-- hugo.toml --\ntheme = \"kalns\"\n[params.page]\n  ruby = true\n-- themes/kalns/layouts/index.html --\n",
			""},
	} {
		fsys := site(t, tt.archive)
		cfg, _, err := Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		res, err := ConvertSite(cfg, fsys)
		if err != nil {
			t.Fatal(err)
		}
		got := string(res.SiteYAML)
		if tt.want == "" && strings.Contains(got, "extendedSyntax") || !strings.Contains(got, tt.want) {
			t.Errorf("%s: site.yaml wants %q:\n%s", tt.name, tt.want, got)
		}
		if _, err := config.Parse("site.yaml", res.SiteYAML); err != nil {
			t.Errorf("%s: site.yaml does not read: %v", tt.name, err)
		}
	}
}

// TestConvertExtras: Hugo's goldmark extras the site turns on, and its
// strikethrough turned off, are carried over as markdown.extras and
// markdown.strikethrough, so that ++new++ and ==key== are <ins> and <mark>
// as Hugo makes them, not text.
func TestConvertExtras(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ name, toml, want, not string }{
		{"some on", "[markup.goldmark.extensions.extras]\ninsert.enable = true\nmark.enable = true\nsubscript.enable = false\n", "extras: [insert, mark]", "strikethrough"},
		{"subscripts, strikethrough off", "[markup.goldmark.extensions]\nstrikethrough = false\n[markup.goldmark.extensions.extras]\ndelete = {enable = true}\nsubscript = {enable = true}\n", "extras: [delete, subscript]\n  strikethrough: false", ""},
		{"none", "[markup.goldmark.extensions]\nstrikethrough = true\n", "", "markdown"},
	} {
		fsys := site(t, "-- hugo.toml --\n"+tt.toml)
		cfg, _, err := Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Convert(cfg)
		if err != nil {
			t.Fatal(err)
		}
		got := string(res.SiteYAML)
		if !strings.Contains(got, tt.want) || tt.not != "" && strings.Contains(got, tt.not) {
			t.Errorf("%s: site.yaml wants %q, not %q:\n%s", tt.name, tt.want, tt.not, got)
		}
		if _, err := config.Parse("site.yaml", res.SiteYAML); err != nil {
			t.Errorf("%s: site.yaml does not read: %v", tt.name, err)
		}
	}
}

// TestConvertTypographerMarks: Hugo's typographer marks other than its
// defaults are carried over as markdown.typographer's, so that „quotes“ stay
// as the site's Hugo writes them.
func TestConvertTypographerMarks(t *testing.T) {
	t.Parallel()
	fsys := site(t, "-- hugo.toml --\n[markup.goldmark.extensions.typographer]\nleftDoubleQuote = '&bdquo;'\nrightDoubleQuote = '&ldquo;'\nellipsis = '&hellip;'\n")
	cfg, _, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Convert(cfg)
	if err != nil {
		t.Fatal(err)
	}
	got := string(res.SiteYAML)
	if !strings.Contains(got, "leftDoubleQuote: '&bdquo;'") || !strings.Contains(got, "rightDoubleQuote: '&ldquo;'") || strings.Contains(got, "ellipsis") {
		t.Errorf("site.yaml lacks the marks, or has Hugo's default ellipsis:\n%s", got)
	}
	c, err := config.Parse("site.yaml", res.SiteYAML)
	if err != nil {
		t.Fatalf("site.yaml does not read: %v", err)
	}
	if !c.Markdown.Typographer || c.Markdown.Marks["leftDoubleQuote"] != "&bdquo;" {
		t.Errorf("site.yaml reads as typographer %v, marks %v", c.Markdown.Typographer, c.Markdown.Marks)
	}
}

// TestConvertSiteThemePagerSize: a theme whose layouts give .Paginate its
// page size (bilberry's site param with a default) makes paginate that
// size, as Hugo's list pages have it: the site's param, else the layout's
// default, else its number; a call in a comment, or none, leaves the
// site's own paginate.
func TestConvertSiteThemePagerSize(t *testing.T) {
	t.Parallel()
	const list = "-- themes/berry/layouts/_default/list.html --\n{{ define \"main\" }}{{ $p := .Paginate (where .Data.Pages \"Type\" \"ne\" \"page\") (index .Site.Params \"paginate\" | default 7) }}{{ range $p.Pages }}{{ .Title }}{{ end }}{{ end }}\n"
	for _, tt := range []struct {
		name, archive string
		want          int
	}{
		{"the site's param", "-- hugo.toml --\ntheme = \"berry\"\npaginate = 20\n[params]\npaginate = 5\n" + list, 5},
		{"the layout's default", "-- hugo.toml --\ntheme = \"berry\"\npaginate = 20\n" + list, 7},
		{"a variable, default first", "-- hugo.toml --\ntheme = \"berry\"\n[params]\nperPage = 4\n-- themes/berry/layouts/index.html --\n{{ $n := default 9 site.Params.perPage }}{{ $p := .Paginate .Site.RegularPages $n }}\n", 4},
		{"a number", "-- hugo.toml --\ntheme = \"berry\"\n-- themes/berry/layouts/index.html --\n{{ range (.Paginate .Site.RegularPages 3).Pages }}{{ end }}\n", 3},
		{"in a comment", "-- hugo.toml --\ntheme = \"berry\"\npaginate = 20\n-- themes/berry/layouts/index.html --\n{{/* .Paginate .Pages 3 */}}{{ range .Paginator.Pages }}{{ end }}\n", 20},
	} {
		fsys := site(t, tt.archive)
		cfg, _, err := Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		res, err := ConvertSite(cfg, fsys)
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("paginate: %d\n", tt.want); !strings.Contains(string(res.SiteYAML), want) {
			t.Errorf("%s: site.yaml lacks %q:\n%s", tt.name, want, res.SiteYAML)
		}
	}
}

// TestRenderHooks: the render hooks of the site and of its themes, in
// Hugo's folders, are named, the site's first; other templates are not.
func TestRenderHooks(t *testing.T) {
	for _, tt := range []struct {
		name, archive string
		themes        []string
		want          []string
	}{
		{"none", `
-- layouts/shortcodes/render-image.html --
-- layouts/_default/single.html --
`, nil, nil},
		{"the site's and the theme's", `
-- layouts/_default/_markup/render-link.html --
-- themes/book/layouts/_markup/render-image.html --
-- themes/book/layouts/_markup/render-codeblock-mermaid.html --
-- themes/book/layouts/docs/_markup/render-heading.html --
-- themes/book/layouts/_markup/notes.txt --
-- themes/other/layouts/_markup/render-image.html --
`, []string{"book"}, []string{"layouts/_default/_markup/render-link.html", "themes/book/layouts/_markup/render-codeblock-mermaid.html",
			"themes/book/layouts/_markup/render-image.html", "themes/book/layouts/docs/_markup/render-heading.html"}},
	} {
		if got := RenderHooks(site(t, tt.archive), tt.themes); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
