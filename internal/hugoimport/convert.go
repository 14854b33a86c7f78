package hugoimport

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/vestis-ssg/vestis/internal/config"
)

// Note is one thing the import could not carry over, or did differently, and
// what to do about it.
type Note struct {
	Key string // the Hugo setting, as a dotted path: "theme", "languages.fr.params"
	Msg string
	// File and Line are where the setting is, for notes that ask for it
	// (at: the setting's keys), once Locate has found it.
	File string
	Line int
	at   []string
}

// SettingError is the Hugo settings that stop the import: vestis cannot
// carry them over in any form (languages whose names are no language
// codes), all of them, so that one run names each. Locate finds their files
// and lines as notes'.
type SettingError struct{ Notes []Note }

func (e *SettingError) Error() string {
	lines := make([]string, len(e.Notes))
	for i, n := range e.Notes {
		lines[i] = n.String()
	}
	return strings.Join(lines, "\n")
}

func (n Note) String() string {
	switch {
	case n.File != "" && n.Line > 0:
		return fmt.Sprintf("%s:%d: %s: %s", n.File, n.Line, n.Key, n.Msg)
	case n.File != "":
		return fmt.Sprintf("%s: %s: %s", n.File, n.Key, n.Msg)
	}
	return n.Key + ": " + n.Msg
}

// Result is what an import makes of a Hugo configuration.
type Result struct {
	// SiteYAML is the text of the new site.yaml; config.Parse accepts it.
	// With ContentDirs, it reads the languages' folders in place (contentDir);
	// RenamedSiteYAML is the one for after PlanContent's moves.
	SiteYAML, RenamedSiteYAML []byte
	// Notes are sorted by key.
	Notes []Note
	// ContentDirs maps each language to its own content folder, relative to
	// the site, when the Hugo site keeps one folder per language (contentDir);
	// nil when all languages share content/ with NAME.LANG.md files.
	ContentDirs map[string]string
	// DefaultLanguage is the site's default language.
	DefaultLanguage string
	// KeepCase: Hugo's disablePathToLower, addresses keep the case of file
	// and term names (keepCase in site.yaml).
	KeepCase bool
	// Languages are the site's language codes, sorted; Themes the Hugo
	// themes of themes/ it uses (hugoThemes in site.yaml), the first first.
	Languages, Themes []string
	// InlineShortcodes: Hugo's configuration runs inline shortcodes
	// (enableInlineShortcodes, or security.enableInlineShortcodes); without
	// it Hugo shows nothing where the content has one.
	InlineShortcodes bool
	// Locales are the tags of the languages whose Hugo key is no tag (cn:
	// zh-cn), which site.yaml gives as their locale; LocaleFrom says where
	// a tag no languageCode gave comes from (`its languageName "Deutsch"`).
	Locales, LocaleFrom map[string]string
	// Copies are the site's files to copy where its Hugo module mounts
	// show them (a note says which), before its content is read.
	Copies []Copy
}

// siteFile is site.yaml as the import writes it, in the order of the README's
// reference.
type siteFile struct {
	BaseURL                 string                       `yaml:"baseURL,omitempty"`
	Title                   string                       `yaml:"title,omitempty"`
	DefaultLanguage         string                       `yaml:"defaultLanguage"`
	DefaultLanguageInSubdir bool                         `yaml:"defaultLanguageInSubdir"`
	TimeZone                string                       `yaml:"timeZone,omitempty"`
	Timeout                 string                       `yaml:"timeout,omitempty"`
	Languages               map[string]language          `yaml:"languages"`
	DisabledLanguages       []string                     `yaml:"disabledLanguages,flow,omitempty"`
	Sections                map[string]map[string]string `yaml:"sections,omitempty"`
	SearchPage              string                       `yaml:"searchPage,omitempty"`
	Permalinks              map[string]patterns          `yaml:"permalinks,omitempty"`
	Paginate                int                          `yaml:"paginate,omitempty"`
	Taxonomies              []string                     `yaml:"taxonomies,flow"`
	Markdown                *markdown                    `yaml:"markdown,omitempty"`
	HugoLayouts             bool                         `yaml:"hugoLayouts,omitempty"`
	HugoThemes              []string                     `yaml:"hugoThemes,flow,omitempty"`
	HugoOutputFormats       []string                     `yaml:"hugoOutputFormats,flow,omitempty"`
	HugoIgnoreErrors        []string                     `yaml:"hugoIgnoreErrors,flow,omitempty"`
	Getenv                  *[]string                    `yaml:"getenv,flow,omitempty"` // [] allows none
	Feeds                   *feeds                       `yaml:"feeds,omitempty"`
	HugoAddresses           bool                         `yaml:"hugoAddresses,omitempty"`
	KeepCase                bool                         `yaml:"keepCase,omitempty"`
	UglyURLs                bool                         `yaml:"uglyURLs,omitempty"`
	RemovePathAccents       bool                         `yaml:"removePathAccents,omitempty"`
	Params                  map[string]any               `yaml:"params,omitempty"`
}

// patterns are a section's permalinks: one is written as text, more as
// [NEW, OLD...].
type patterns []string

// MarshalYAML writes one pattern as text and more as a one-line list.
func (p patterns) MarshalYAML() (any, error) {
	if len(p) == 1 {
		return p[0], nil
	}
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, s := range p {
		n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: s})
	}
	return n, nil
}

type language struct {
	Name          string            `yaml:"name,omitempty"`
	Title         string            `yaml:"title,omitempty"`
	Weight        int               `yaml:"weight,omitempty"`
	ContentDir    string            `yaml:"contentDir,omitempty"`
	ContentMounts map[string]string `yaml:"contentMounts,omitempty"`
	// Locale is the language's tag when its Hugo key is none (cn, whose
	// languageCode is zh-CN).
	Locale string         `yaml:"locale,omitempty"`
	Params map[string]any `yaml:"params,omitempty"`
	// Permalinks are Hugo's languages.X.permalinks, which replace the
	// site's for the language's pages.
	Permalinks map[string]patterns `yaml:"permalinks,omitempty"`
}

// feeds are site.yaml's feeds: limit, Hugo's rssLimit.
type feeds struct {
	Limit int `yaml:"limit,omitempty"`
}

type markdown struct {
	Unsafe    bool `yaml:"unsafe,omitempty"`
	HardWraps bool `yaml:"hardWraps,omitempty"`
	Emoji     bool `yaml:"emoji,omitempty"`
	// Typographer is written only when Hugo's is off (false): with
	// hugoAddresses vestis writes typographic quotes, as Hugo does by
	// default; or when the site gives marks of its own (a map of Hugo's
	// names: leftDoubleQuote: „).
	Typographer any `yaml:"typographer,omitempty"`
	// ExtendedSyntax: the parts of a LoveIt-family theme's Markdown the
	// site uses (extendedSyntax).
	ExtendedSyntax []string `yaml:"extendedSyntax,flow,omitempty"`
	// Extras are Hugo's extras the site turns on (extras).
	Extras []string `yaml:"extras,flow,omitempty"`
	// Strikethrough is written only when Hugo's is off.
	Strikethrough *bool `yaml:"strikethrough,omitempty"`
}

// advice says, for Hugo settings vestis has no equivalent of, what to do.
var advice = map[string]string{
	"theme":           "the theme's layouts are not carried over: vestis uses its own default theme; write what you need as layouts/ (see docs/templates.md)",
	"outputs":         "vestis makes HTML pages, RSS and Atom feeds of each list, sitemaps and a search index; other output formats are not made",
	"outputformats":   "vestis makes HTML pages, RSS and Atom feeds of each list, sitemaps and a search index; other output formats are not made",
	"mediatypes":      "vestis has fixed media types; left out",
	"uglyurls":        "pages keep their a/b.html addresses (uglyURLs in site.yaml)",
	"module":          "Hugo's module settings other than imports and mounts (proxies, replacements, a mount's includeFiles or excludeFiles) have no equivalent: vestis reads no modules, reads content folders where they are (contentDir, contentMounts) and copies other folders the site mounts where Hugo shows them",
	"build":           "Hugo's build options (buildStats, cache busters) have no equivalent; left out",
	"security":        "vestis has no security policy settings but getenv (security.funcs.getenv, carried over): raw HTML in Markdown is kept only with markdown: {unsafe: true}, and shortcodes fetch nothing from the internet and run no programs",
	"server":          "Hugo's server headers and redirects are not read; set headers at your web server",
	"imaging":         "vestis resizes photos to its own sizes; left out",
	"minify":          "vestis minifies by default (site.yaml minify: false turns it off); Hugo's minifier options are left out",
	"markup":          "only markup.goldmark.renderer.unsafe and hardWraps, whether the typographer and strikethrough are on and the extras are carried over (as markdown.unsafe, markdown.hardWraps, markdown.typographer, markdown.strikethrough and markdown.extras); vestis's Markdown is goldmark with GFM, footnotes, definition lists and Hugo's typographic quotes",
	"related":         "vestis has no related-content settings; left out",
	"sitemap":         "vestis writes sitemaps of its own; left out",
	"services":        "analytics and other services go in your layouts; left out",
	"privacy":         "left out; vestis's default theme loads nothing from other sites",
	"frontmatter":     "vestis reads date, publishDate, lastmod and expiryDate from front matter as written; left out",
	"caches":          "vestis keeps its own photo cache (--cacheDir); left out",
	"disablekinds":    "vestis makes every kind of page; only taxonomy and term are honoured (as no taxonomies)",
	"summarylength":   "vestis's summary is the first paragraph (or front matter summary); left out",
	"canonifyurls":    "vestis writes root-relative links; left out",
	"relativeurls":    "vestis writes root-relative links; left out",
	"enablerobotstxt": "vestis always writes a robots.txt that allows every page and names the sitemap; a static/robots.txt replaces it",
	"googleanalytics": "analytics go in your layouts; left out",
	"builddrafts":     "vestis builds drafts only when asked: vestis build --drafts (serve too)",
	"buildfuture":     "vestis builds pages dated later only when asked: vestis build --future (serve too)",
	"buildexpired":    "vestis builds expired pages only when asked: vestis build --expired (serve too)",
	"outputformat":    "left out",
	"publishdir":      "vestis writes into public/; vestis build --dest DIR writes elsewhere",
}

// silent are Hugo settings vestis has no use for and need no action.
var silent = map[string]bool{
	"languagecode": true, "enableemoji": true, // enableEmoji: markdown.emoji "enablegitinfo": true, "pluralizelisttitles": true,
	"hascjklanguage": true, "enablemissingtranslationplaceholders": true, "title": true,
	"baseurl": true, "defaultcontentlanguage": true, "defaultcontentlanguageinsubdir": true,
	"languages": true, "taxonomies": true, "paginate": true, "pagination": true, "permalinks": true,
	"themesdir": true, "rsslimit": true, // read with theme, and as feeds.limit
	"ignorelogs": true, "ignoreerrors": true, // Hugo's own log and error filters
	"params": true, "menus": true, "menu": true, "timezone": true, "disablepathtolower": true, "timeout": true, "contentdir": true, "disablekinds": true, "uglyurls": true,
	"disablelanguages": true, "removepathaccents": true,
}

// plurals are the plural names of a Hugo taxonomies map (singular: plural),
// sorted.
func plurals(t map[string]any) []string {
	out := []string{}
	for _, k := range slices.Sorted(maps.Keys(t)) {
		if plural := str(t[k]); plural != "" {
			out = append(out, plural)
		}
	}
	slices.Sort(out)
	return out
}

// Convert makes a site.yaml of cfg, a configuration Load read.
func Convert(cfg map[string]any) (*Result, error) { return convert(cfg, nil) }

// ConvertSite is Convert for the site in fsys, whose content it looks at
// too: a page of its own where vestis makes one (content/search.md, as Docsy
// sites have, or a section content/search/) keeps its address, and
// vestis's page moves to a free one (searchPage). taken are the keys of
// Generated whose address the caller found a page of the site at by other
// means (a slug or a permalink pattern: Stack's content/page/search/ with
// slug: search), which move too.
func ConvertSite(cfg map[string]any, fsys fs.FS, taken ...string) (*Result, error) {
	return convert(cfg, fsys, taken...)
}

// generated are the top-level addresses vestis makes pages at (its search
// page), each with the first address it moves to when the site has a page
// of its own there; the key is also the address.
var generated = map[string]string{"search": "site-search"}

// Generated are the top-level addresses of the pages vestis makes in each
// language (search), sorted.
func Generated() []string { return slices.Sorted(maps.Keys(generated)) }

// contentFolders are the folders the site's pages are in: the languages'
// content folders dirs, and content/ (after --rename-content the pages are
// there).
func contentFolders(dirs map[string]string) []string {
	return slices.Compact(slices.Sorted(slices.Values(append(slices.Collect(maps.Values(dirs)), "content"))))
}

// hasPage reports whether one of folders has a page or a folder named
// name, the top-level address name of a language.
func hasPage(fsys fs.FS, folders []string, name string) bool {
	for _, d := range folders {
		entries, _ := fs.ReadDir(fsys, d)
		if slices.ContainsFunc(entries, func(e fs.DirEntry) bool {
			stem, _, _ := strings.Cut(e.Name(), ".")
			return stem == name && (e.IsDir() || isContent(e.Name()) || path.Ext(e.Name()) == ".html")
		}) {
			return true
		}
	}
	return false
}

// ownPages reports which of the generated addresses the content folders
// dirs, or content/, have a page or a folder at.
func ownPages(fsys fs.FS, dirs map[string]string) []string {
	var out []string
	for _, key := range Generated() {
		if hasPage(fsys, contentFolders(dirs), key) {
			out = append(out, key)
		}
	}
	return out
}

// freeAddress is the first of first, first-2, first-3 ... that no page or
// folder of the content folders dirs has.
func freeAddress(fsys fs.FS, dirs map[string]string, first string) string {
	addr := first
	for i := 2; hasPage(fsys, contentFolders(dirs), addr); i++ {
		addr = fmt.Sprintf("%s-%d", first, i)
	}
	return addr
}

func convert(cfg map[string]any, fsys fs.FS, taken ...string) (*Result, error) {
	res := &Result{}
	note := func(key, format string, args ...any) {
		res.Notes = append(res.Notes, Note{Key: key, Msg: fmt.Sprintf(format, args...)})
	}
	out := siteFile{
		BaseURL:         str(cfg["baseurl"]),
		Title:           str(cfg["title"]),
		DefaultLanguage: strings.ToLower(str(cfg["defaultcontentlanguage"])),
		TimeZone:        str(cfg["timezone"]),
		Languages:       map[string]language{},
	}
	if out.DefaultLanguage == "" {
		out.DefaultLanguage = "en"
	}
	// Hugo puts the default language at the root unless told otherwise.
	out.DefaultLanguageInSubdir, _ = cfg["defaultcontentlanguageinsubdir"].(bool)
	if t, ok := cfg["timeout"]; ok {
		out.Timeout = fmt.Sprint(t)
		if _, err := config.ParseTimeout(out.Timeout); err != nil {
			note("timeout", "%v; left out, so a page may take the default 30s", err)
			out.Timeout = ""
		}
	}

	params, _ := cfg["params"].(map[string]any)
	if params != nil {
		params = maps.Clone(params)
	}
	menus := map[string]any{}
	if m := menusOf(cfg); len(m) > 0 {
		menus[out.DefaultLanguage] = m
	}
	rootDir := str(cfg["contentdir"])
	dirs := map[string]string{}
	langParams := map[string][]string{} // param -> languages that set it

	langs, _ := cfg["languages"].(map[string]any)
	// Hugo's disabled languages: their files are not read (disabledLanguages).
	disabled := map[string]bool{}
	if list, ok := cfg["disablelanguages"].([]any); ok {
		for _, v := range list {
			disabled[strings.ToLower(str(v))] = true
		}
	}
	var hosts []string                           // languages with a baseURL of their own
	langPerm := map[string]map[string]patterns{} // languages.X.permalinks
	langTax := map[string][]string{}             // languages.X.taxonomies, plural names
	for _, code := range slices.Sorted(maps.Keys(langs)) {
		l, _ := langs[code].(map[string]any)
		key := "languages." + code
		if b, _ := l["disabled"].(bool); b || disabled[code] {
			disabled[code] = true
			continue
		}
		if u := str(l["baseurl"]); u != "" && u != out.BaseURL {
			hosts = append(hosts, code+" "+u)
		}
		lang := language{Title: str(l["title"]), Weight: integer(l["weight"])}
		lang.Name = str(l["languagename"])
		if lang.Name == "" {
			lang.Name = str(l["label"])
		}
		if p, ok := l["params"].(map[string]any); ok && len(p) > 0 {
			lang.Params = p
		}
		out.Languages[code] = lang
		if d := strings.Trim(str(l["contentdir"]), "/"); d != "" {
			dirs[code] = d
		}
		if m := menusOf(l); len(m) > 0 {
			menus[code] = m
		}
		if p, ok := l["params"].(map[string]any); ok && len(p) > 0 {
			for k := range p {
				langParams[k] = append(langParams[k], code)
			}
		}
		if pl, ok := l["permalinks"]; ok {
			langPerm[code] = permalinks(pl, func(k, format string, args ...any) { note(key+"."+k, format, args...) })
		}
		if t, ok := l["taxonomies"].(map[string]any); ok {
			langTax[code] = plurals(t)
		}
		for _, k := range slices.Sorted(maps.Keys(l)) {
			switch k {
			case "title", "weight", "languagename", "label", "contentdir", "menus", "menu", "params", "disabled",
				"languagecode", "locale", "languagedirection", "baseurl", "permalinks", "taxonomies":
			default:
				note(key+"."+k, "a per-language Hugo setting vestis does not have; left out")
			}
		}
	}
	for _, m := range mirrorLanguages(dirs, out.DefaultLanguage) {
		delete(out.Languages, m.code)
		delete(dirs, m.code)
		delete(menus, m.code)
		delete(langPerm, m.code)
		delete(langTax, m.code)
		note("languages."+m.code, "reads the same folder as %s (%s/), whose pages Hugo gives to %s, so %s has only its home and lists (and pages named x.%s.md there, which vestis does not read); left out", m.of, dirs[m.of], m.of, m.code, m.code)
	}
	var stop []Note
	for _, code := range slices.Sorted(maps.Keys(out.Languages)) {
		err := config.CheckLanguageCode(code)
		if err == nil {
			continue
		}
		// Hugo takes any key (cn), which is the address of the
		// language's pages and in its files' names: it stays so, and
		// its languageCode (zh-CN), else the tag the key is a common
		// slip for (cn for zh), is its locale.
		l, _ := langs[code].(map[string]any)
		tag := localeOf(code, str(l["locale"]), str(l["languagecode"]), code)
		from := ""
		if tag == "" {
			tag, from = derivedLocale(code, l)
		}
		if tag == "" || !config.LanguageKey(code) {
			hint := "set its languageCode to its language tag (zh-CN for a key cn)"
			if !config.LanguageKey(code) {
				hint = "rename this language in the Hugo configuration (lower-case letters, digits, hyphens and underscores)"
			}
			stop = append(stop, Note{Key: "languages." + code, at: []string{"languages", code},
				Msg: fmt.Sprintf("%s, then import again: %v, and vestis needs a language's tag to mark its pages' language (lang, hreflang)", hint, err)})
			continue
		}
		lang := out.Languages[code]
		lang.Locale = tag
		out.Languages[code] = lang
		if res.Locales == nil {
			res.Locales, res.LocaleFrom = map[string]string{}, map[string]string{}
		}
		res.Locales[code] = tag
		if from != "" {
			res.LocaleFrom[code] = from
		}
	}
	if stop != nil {
		return nil, &SettingError{stop}
	}
	if len(disabled) > 0 {
		out.DisabledLanguages = slices.Sorted(maps.Keys(disabled))
		note("disableLanguages", "disabled in Hugo: %s, left out of languages and written as disabledLanguages; as in Hugo, their files (x.%s.md) are not read", strings.Join(out.DisabledLanguages, ", "), out.DisabledLanguages[0])
	}
	if l, _ := langs[out.DefaultLanguage].(map[string]any); out.BaseURL == "" && str(l["baseurl"]) != "" {
		// No baseURL of the site's own: the default language's host is it.
		out.BaseURL = str(l["baseurl"])
		hosts = slices.DeleteFunc(hosts, func(h string) bool { return h == out.DefaultLanguage+" "+out.BaseURL })
	}
	out.BaseURL = baseURL(out.BaseURL, note)
	if len(hosts) > 0 {
		where := "at the site's root"
		if out.DefaultLanguageInSubdir {
			where = "at /" + out.DefaultLanguage + "/"
		}
		note("languages.*.baseURL", "vestis publishes every language under the one baseURL (%s), the default language %s and the others at /LANG/; its links, sitemaps, hreflang and feeds use that address; a host of their own left out: %s",
			out.BaseURL, where, strings.Join(hosts, ", "))
	}
	if len(langParams) > 0 {
		var list []string
		for _, k := range slices.Sorted(maps.Keys(langParams)) {
			if len(langParams[k]) == len(langs) {
				list = append(list, k)
			} else {
				list = append(list, fmt.Sprintf("%s (%s)", k, strings.Join(langParams[k], " ")))
			}
		}
		note("languages.*.params", "carried over as languages.X.params, which shortcodes read as Hugo's do (.Site.Params, the language's over the site's, and .Site.Language.Params); vestis's own theme shows none of them: text it should show in each language goes in i18n/LANG.yaml (in every language unless named): %s", strings.Join(list, ", "))
	}
	if len(out.Languages) == 0 {
		out.Languages[out.DefaultLanguage] = language{}
	}
	if _, ok := out.Languages[out.DefaultLanguage]; !ok {
		return nil, fmt.Errorf("defaultContentLanguage %q is not one of the languages (%s)", out.DefaultLanguage, strings.Join(slices.Sorted(maps.Keys(out.Languages)), ", "))
	}
	mounts := map[string]map[string]string{} // language -> folder -> path below its content
	for _, m := range contentSubMounts(cfg) {
		lang := cmp.Or(strings.ToLower(m.lang), out.DefaultLanguage)
		if _, ok := out.Languages[lang]; ok && fsys != nil && !strings.HasPrefix(m.source, "content") {
			continue // copied below the language's content folder, or said to be outside the site (mountCopies)
		}
		if _, ok := out.Languages[lang]; !ok || !strings.HasPrefix(m.source, "content") || !fs.ValidPath(m.source) || mounts[lang][m.source] != "" {
			note("module.mounts", "Hugo mounts %s at %s; vestis reads folders where they are, so the addresses of its pages follow %[1]s, not %[2]s: to keep Hugo's, move the files to the folder the mount names (in the language's folder)", m.source, m.target)
			continue
		}
		if mounts[lang] == nil {
			mounts[lang] = map[string]string{}
		}
		mounts[lang][m.source] = strings.TrimPrefix(m.target, "content/")
	}
	if root, byLang := contentMounts(cfg); root != "" || len(byLang) > 0 {
		if root != "" {
			rootDir = root
		}
		// Mounts of content replace the languages' contentDir, as in Hugo
		// (Doks's content at content, beside contentDir = "content/en"
		// for a folder it does not have).
		outside := outsideContentMounts(cfg)
		for _, code := range slices.Sorted(maps.Keys(out.Languages)) {
			// A language whose pages Hugo mounts from outside the site
			// (../translations/zh, a git submodule): vestis reads none
			// of them, and keeps the language to its own folder rather
			// than give it the others' pages.
			if src := cmp.Or(outside[code], outside[""]); src != "" && byLang[code] == "" {
				d := cmp.Or(dirs[code], "content/"+code)
				dirs[code] = d
				note("languages."+code, "Hugo reads its pages from %s (module.mounts), outside the site's folder, which vestis does not read: copy them into %s/ to publish them", src, d)
				continue
			}
			if _, ok := dirs[code]; !ok {
				continue
			}
			if byLang[code] == "" && dirs[code] != cmp.Or(root, "content") {
				note("languages."+code+".contentdir", "%s/ is not read: module.mounts mount %s/ at content instead, which Hugo reads, and so does vestis", dirs[code], cmp.Or(root, "content"))
			}
			delete(dirs, code)
		}
		for code, d := range byLang {
			if _, ok := out.Languages[code]; ok {
				dirs[code] = d
			}
		}
	}
	root := path.Clean("/" + rootDir)[1:]
	if root == "" {
		root = "content"
	}
	// A contentDir of the site's own is every language's that has none.
	readable := fs.ValidPath(root) && strings.HasPrefix(root, "content")
	if len(dirs) > 0 || root != "content" && readable {
		res.ContentDirs = map[string]string{}
		for code := range out.Languages {
			d, ok := dirs[code]
			if !ok {
				d = root
			}
			res.ContentDirs[code] = d
		}
		if !slices.ContainsFunc(slices.Collect(maps.Values(res.ContentDirs)), func(d string) bool { return d != "content" }) {
			res.ContentDirs = nil // every language reads content/
		}
	}
	if !readable {
		note("contentdir", "vestis reads content/ (or a folder whose name begins with content): rename %s/ to content/", root)
	}
	if len(menus) > 0 {
		if params == nil {
			params = map[string]any{}
		}
		params["menus"] = menus
		note("menus", "vestis's menu is the home page and the sections by weight; Hugo's menus are kept in params.menus (language -> menu -> entries) for your layouts")
	}

	// Taxonomies: Hugo's default is tags and categories; disableKinds may turn
	// them off.
	out.Taxonomies = []string{"categories", "tags"}
	if t, ok := cfg["taxonomies"].(map[string]any); ok {
		out.Taxonomies = plurals(t)
	}
	if len(langTax) > 0 {
		// A language's taxonomies replace the site's in Hugo; vestis has one
		// list for every language: all of them, so that no term page is lost.
		union := map[string]bool{}
		same := true
		for code := range out.Languages {
			list, own := langTax[code]
			if !own {
				list = out.Taxonomies
			}
			same = same && slices.Equal(list, langTax[slices.Sorted(maps.Keys(langTax))[0]])
			for _, t := range list {
				union[t] = true
			}
		}
		out.Taxonomies = slices.Sorted(maps.Keys(union))
		if !same {
			note("languages.*.taxonomies", "vestis has one list of taxonomies for every language: all the languages' (%s) are carried over, so a language may have a taxonomy page Hugo did not make", strings.Join(out.Taxonomies, ", "))
		}
	}
	if kinds, ok := cfg["disablekinds"].([]any); ok {
		var other []string
		for _, k := range kinds {
			if s := strings.ToLower(str(k)); s == "taxonomy" || s == "term" {
				out.Taxonomies = []string{}
			} else {
				other = append(other, s)
			}
		}
		if len(other) > 0 {
			note("disablekinds", "vestis makes every kind of page; %s not turned off (taxonomy and term are, as taxonomies: [])", strings.Join(other, ", "))
		}
	}

	if n := integer(cfg["rsslimit"]); n > 0 {
		out.Feeds = &feeds{Limit: n}
	}
	out.Paginate = integer(cfg["paginate"])
	if p, ok := cfg["pagination"].(map[string]any); ok {
		if n := integer(p["pagersize"]); n > 0 {
			out.Paginate = n
		}
		if s := str(p["path"]); s != "" && s != "page" {
			note("pagination.path", "vestis's further pages are at page/N/; the old %s/N/ addresses are not redirected", s)
		}
	}

	// Pages and terms keep Hugo's addresses: the letters of every script and
	// dots (/tags/dzīve/, /3.1-setup/), and with disablePathToLower the case.
	out.HugoAddresses = true
	out.KeepCase, _ = cfg["disablepathtolower"].(bool)
	out.RemovePathAccents, _ = cfg["removepathaccents"].(bool)
	if fsys != nil && hugoLayouts(fsys) {
		out.HugoLayouts = true
		note("layouts", "the site's own Hugo layouts are not read (hugoLayouts: true in site.yaml): vestis renders pages with its default theme and runs layouts/shortcodes/; to write vestis layouts, move the Hugo ones away and remove hugoLayouts")
	}
	if fsys != nil {
		own := ownPages(fsys, res.ContentDirs)
		for _, key := range taken {
			if _, ok := generated[key]; ok && !slices.Contains(own, key) {
				own = append(own, key)
			}
		}
		slices.Sort(own)
		if slices.Contains(own, "search") {
			out.SearchPage = freeAddress(fsys, res.ContentDirs, generated["search"])
			note("content/search", "the site has a page of its own at /search/, where vestis makes its search page; vestis's is at /%s/ (searchPage in site.yaml)", out.SearchPage)
		}
	}
	out.Permalinks = permalinks(cfg["permalinks"], note)
	languagePermalinks(out.Languages, langPerm)
	out.UglyURLs = ugly(cfg["uglyurls"], out.Permalinks, note)
	for _, code := range slices.Sorted(maps.Keys(out.Languages)) {
		if perm := out.Languages[code].Permalinks; perm != nil {
			ugly(cfg["uglyurls"], perm, func(string, string, ...any) {}) // the site's notes say it once
		}
	}

	if mk, ok := cfg["markup"].(map[string]any); ok {
		if g, ok := mk["goldmark"].(map[string]any); ok {
			if r, ok := g["renderer"].(map[string]any); ok {
				u, _ := r["unsafe"].(bool)
				w, _ := r["hardwraps"].(bool)
				if u || w {
					out.Markdown = &markdown{Unsafe: u, HardWraps: w}
				}
			}
			if typographerOff(g) {
				if out.Markdown == nil {
					out.Markdown = &markdown{}
				}
				out.Markdown.Typographer = false // Hugo's 'quotes' stay as typed
			} else if m := typographerMarks(g); m != nil {
				if out.Markdown == nil {
					out.Markdown = &markdown{}
				}
				out.Markdown.Typographer = m // „quotes“ as the site's Hugo writes them
			}
			if list, strike := goldmarkExtras(g); list != nil || !strike {
				if out.Markdown == nil {
					out.Markdown = &markdown{}
				}
				out.Markdown.Extras = list
				if !strike {
					out.Markdown.Strikethrough = new(false)
				}
			}
		}
	}
	if e, _ := cfg["enableemoji"].(bool); e {
		if out.Markdown == nil {
			out.Markdown = &markdown{}
		}
		out.Markdown.Emoji = true // :smile: in the text is its emoji, as in Hugo
	}
	out.Params = params
	if sec, ok := cfg["security"].(map[string]any); ok {
		// The environment variables shortcodes may read (getenv), as
		// Hugo lets them.
		if funcs, ok := sec["funcs"].(map[string]any); ok {
			if list := getenvPatterns(funcs["getenv"]); list != nil {
				out.Getenv = &list
			}
		}
	}

	if fsys != nil {
		res.Copies = mountCopies(fsys, cfg, res.ContentDirs, out.DefaultLanguage, slices.Sorted(maps.Keys(out.Languages)), note)
		themeWithoutContent(fsys, res.ContentDirs, note)
	}
	// The one error Hugo lets a site ignore that vestis meets: a remote
	// getJSON that fails, which offline is every one.
	if ids, ok := cfg["ignoreerrors"].([]any); ok && slices.ContainsFunc(ids, func(id any) bool { return strings.EqualFold(str(id), "error-remote-getjson") }) {
		out.HugoIgnoreErrors = []string{"error-remote-getjson"}
	}
	for _, k := range slices.Sorted(maps.Keys(cfg)) {
		if silent[k] {
			continue
		}
		if a, ok := advice[k]; ok {
			if k == "theme" && fsys != nil {
				var static string
				out.HugoThemes, static = themeStatic(fsys, cfg["theme"], str(cfg["themesdir"]), localReplacements(fsys, cfg))
				a += static
			}
			if k == "outputformats" {
				// Pages may name them in outputs, as Hugo's own.
				if m, ok := cfg[k].(map[string]any); ok {
					for _, name := range slices.Sorted(maps.Keys(m)) {
						out.HugoOutputFormats = append(out.HugoOutputFormats, strings.ToLower(name))
					}
				}
			}
			if k == "publishdir" && path.Clean(str(cfg[k])) == "public" {
				continue // where vestis writes too
			}
			if k == "module" {
				res.Notes = append(res.Notes, moduleNotes(fsys, cfg)...)
				if plainModule(cfg[k], remoteModules(fsys, cfg), fsys != nil) {
					continue // every folder is read where it is
				}
			}
			note(k, "%s", a)
			continue
		}
		note(k, "a Hugo setting vestis does not have; left out")
	}
	if fsys != nil {
		params, _ := cfg["params"].(map[string]any)
		// A theme's layouts that give .Paginate its size are what
		// Hugo's list pages show, whatever paginate says.
		if n := themePagerSize(fsys, out.HugoThemes, params); n > 0 {
			out.Paginate = n
		}
		if parts := extendedSyntax(fsys, out.HugoThemes, params); parts != nil {
			// The theme's own Markdown, which its layouts make HTML.
			if out.Markdown == nil {
				out.Markdown = &markdown{}
			}
			slices.Sort(parts)
			out.Markdown.ExtendedSyntax = parts
		}
	}
	slices.SortStableFunc(res.Notes, func(a, b Note) int { return strings.Compare(a.Key, b.Key) })
	res.Notes = uniqueNotes(res.Notes)

	var err error
	for code, l := range out.Languages {
		// After --rename-content, a folder mounted from inside the
		// language's folder is where its files moved (content/en/docs/v2
		// is content/docs/v2).
		for src, at := range mounts[code] {
			if d := res.ContentDirs[code]; d != "" && d != "content" {
				if rest, ok := strings.CutPrefix(src, d+"/"); ok {
					src = path.Join("content", rest)
				}
			}
			if l.ContentMounts == nil {
				l.ContentMounts = map[string]string{}
			}
			l.ContentMounts[src] = at
		}
		out.Languages[code] = l
	}
	if res.RenamedSiteYAML, err = encodeSite(out); err != nil {
		return nil, err
	}
	res.SiteYAML = res.RenamedSiteYAML
	if res.ContentDirs != nil || len(mounts) > 0 {
		// Read in place: each language's folder is its contentDir, and
		// the folders mounted are where they are.
		for code, l := range out.Languages {
			if d := res.ContentDirs[code]; d != "" && d != "content" {
				l.ContentDir = d
			}
			if len(mounts[code]) > 0 {
				l.ContentMounts = mounts[code]
			}
			out.Languages[code] = l
		}
		if res.SiteYAML, err = encodeSite(out); err != nil {
			return nil, err
		}
	}
	res.DefaultLanguage = out.DefaultLanguage
	res.KeepCase = out.KeepCase
	res.InlineShortcodes, _ = cfg["enableinlineshortcodes"].(bool)
	if sec, ok := cfg["security"].(map[string]any); ok && !res.InlineShortcodes {
		res.InlineShortcodes, _ = sec["enableinlineshortcodes"].(bool)
	}
	res.Languages, res.Themes = slices.Sorted(maps.Keys(out.Languages)), out.HugoThemes
	return res, nil
}

// permalinks converts Hugo's permalinks: SECTION: PATTERN, or (Hugo 0.120+)
// page: {SECTION: PATTERN}. Patterns with tokens vestis lacks are left out.
func permalinks(v any, note func(key, format string, args ...any)) map[string]patterns {
	m, _ := v.(map[string]any)
	out := map[string]patterns{}
	add := func(key, section string, p any) {
		pattern := str(p)
		if !strings.HasPrefix(pattern, "/") {
			pattern = "/" + pattern
		}
		for _, tok := range permalinkToken(pattern) {
			if !slices.Contains(config.PermalinkTokens, tok) {
				note(key, "%q uses %s, which vestis lacks (it has %s); the section keeps vestis's addresses: add the old ones as aliases", pattern, tok, strings.Join(config.PermalinkTokens, " "))
				return
			}
		}
		out[section] = patterns{pattern}
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		switch sub := m[k].(type) {
		case map[string]any:
			if k != "page" {
				note("permalinks."+k, "vestis's permalinks are for pages only; the %s addresses keep vestis's form", k)
				continue
			}
			for _, s := range slices.Sorted(maps.Keys(sub)) {
				add("permalinks.page."+s, s, sub[s])
			}
		default:
			add("permalinks."+k, k, sub)
		}
	}
	return out
}

// languagePermalinks carries Hugo's languages.X.permalinks over as the
// languages' own permalinks in site.yaml, which replace the site's for their
// pages as in Hugo (a section they do not name gets the default addresses).
func languagePermalinks(langs map[string]language, langPerm map[string]map[string]patterns) {
	for code, perm := range langPerm {
		if l, ok := langs[code]; ok && len(perm) > 0 {
			l.Permalinks = perm
			langs[code] = l
		}
	}
}

// ugly carries Hugo's uglyURLs (true, or per section) over. For the whole
// site it is site.yaml's uglyURLs, which it returns: pages keep their
// a/b.html addresses. By section, a section with a permalink pattern keeps
// it, and its .html form, Hugo's address, becomes a former address that
// redirects; a section without one gets a note.
func ugly(v any, perm map[string]patterns, note func(key, format string, args ...any)) bool {
	switch v := v.(type) {
	case bool:
		return v
	case map[string]any:
		for _, sec := range slices.Sorted(maps.Keys(v)) {
			if on, _ := v[sec].(bool); !on {
				continue
			}
			if p, ok := perm[sec]; ok && strings.HasSuffix(p[0], "/") {
				perm[sec] = append(p, strings.TrimSuffix(p[0], "/")+".html")
				note("uglyurls."+sec, "vestis gives %s's pages folder addresses (%s); their .html addresses redirect there (permalinks)", sec, p[0])
				continue
			}
			note("uglyurls."+sec, "vestis makes folder addresses (/a/b/); the old %s/b.html addresses are not redirected: add them as aliases in the pages' front matter", sec)
		}
	}
	return false
}

// permalinkToken finds the :words of a pattern, as config does, without
// the slice that may follow one (:sections[1:]).
func permalinkToken(pattern string) []string {
	var toks []string
	for _, m := range config.PermalinkToken.FindAllStringSubmatch(pattern, -1) {
		toks = append(toks, strings.TrimSuffix(m[0], m[1]))
	}
	return toks
}

// menusOf is the menus of m, a configuration or a language of it; Hugo
// reads menu as menus.
func menusOf(m map[string]any) map[string]any {
	out := map[string]any{}
	for _, k := range []string{"menu", "menus"} {
		if mm, ok := m[k].(map[string]any); ok {
			merge(out, mm)
		}
	}
	return out
}

func str(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}

func integer(v any) int {
	switch v := v.(type) {
	case int:
		return v
	case int64:
		return int(v)
	case float64:
		return int(v)
	}
	return 0
}

// encodeSite writes out as site.yaml, which must be one vestis reads: a
// failure is a value the import let through, named by config's error.
func encodeSite(out siteFile) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("# Written by vestis import hugo; see docs/migrating-from-hugo.md.\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(out); err != nil {
		return nil, fmt.Errorf("writing site.yaml: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("writing site.yaml: %w", err)
	}
	if _, err := config.Parse("site.yaml", buf.Bytes()); err != nil {
		return nil, fmt.Errorf("the site.yaml made from the Hugo configuration is not valid: %w", err)
	}
	return buf.Bytes(), nil
}

// hugoLayouts reports whether layouts/ holds templates other than
// shortcodes: the Hugo site's own, which vestis cannot run.
func hugoLayouts(fsys fs.FS) bool {
	found := false
	fs.WalkDir(fsys, "layouts", func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil || found:
			return fs.SkipAll
		case d.IsDir() && p == "layouts/shortcodes":
			return fs.SkipDir
		case !d.IsDir():
			found = true
		}
		return nil
	})
	return found
}

// baseURL is Hugo's baseURL as vestis takes it: an absolute http(s) URL or
// "/". Hugo builds with others too, making addresses from them as they are
// written; a host name alone (example.org) is taken as https://example.org/,
// anything else left out (vestis's "/"), each with a note.
func baseURL(u string, note func(key, format string, args ...any)) string {
	if u == "" {
		// Often given on the command line (hugo --baseURL, a CI workflow).
		note("baseurl", "the Hugo configuration gives none (a workflow may give it as hugo --baseURL): set baseURL in site.yaml, or run vestis build --baseURL, to the address the site is published at; feeds, sitemaps and language links need it, and images written with its path (/handbook/img/...) are found only with it")
		return u
	}
	if config.CheckBaseURL(u) == nil {
		return u
	}
	if host, _, _ := strings.Cut(u, "/"); strings.Contains(host, ".") && !strings.ContainsAny(u, ":?# ") {
		if fixed := "https://" + strings.TrimSuffix(u, "/") + "/"; config.CheckBaseURL(fixed) == nil {
			note("baseurl", "%q has no scheme; written as %s", u, fixed)
			return fixed
		}
	}
	note("baseurl", "%v; left out, so links are written from the site's root (/): set baseURL in site.yaml to the address the site is published at", config.CheckBaseURL(u))
	return ""
}

// subMount is a module mount that puts a folder somewhere below content/
// (Hugo's target content/docs), for the language lang ("" for the files'
// own).
type subMount struct{ source, target, lang string }

// contentSubMounts are the module mounts that put a folder somewhere below
// content/, which vestis reads as the language's contentMounts.
func contentSubMounts(cfg map[string]any) []subMount {
	module, _ := cfg["module"].(map[string]any)
	mounts, _ := module["mounts"].([]any)
	var out []subMount
	for _, m := range mounts {
		mount, _ := m.(map[string]any)
		source := mountSource(str(mount["source"]))
		target := strings.Trim(path.Clean("/"+str(mount["target"])), "/")
		if strings.HasPrefix(target, "content/") && source != "" && !strings.Contains(source, "://") && source != target {
			out = append(out, subMount{source, target, str(mount["lang"])})
		}
	}
	return out
}

// outsideContentMounts are the module mounts at content/ of a folder outside
// the site (../translations/zh), which vestis cannot read, by language ("" for
// every language's): the first of each.
func outsideContentMounts(cfg map[string]any) map[string]string {
	out := map[string]string{}
	for _, m := range siteMounts(cfg) {
		if m.target == "content" && !fs.ValidPath(m.source) {
			if _, ok := out[m.lang]; !ok {
				out[m.lang] = m.source
			}
		}
	}
	return out
}

// contentMounts reads the module mounts that put a folder of the site at
// content/ (Hugo's module.mounts, source "content/en", target "content"): one
// with a language (lang = "en", or sites.matrix.languages = ["en"], as
// multilingual sites mount a folder per language) gives that language's
// content folder; one without gives every language's (root).
func contentMounts(cfg map[string]any) (root string, byLang map[string]string) {
	module, _ := cfg["module"].(map[string]any)
	mounts, _ := module["mounts"].([]any)
	for _, m := range mounts {
		mount, _ := m.(map[string]any)
		source := mountSource(str(mount["source"]))
		if strings.Trim(str(mount["target"]), "/") != "content" || source == "" || strings.Contains(source, "://") || !fs.ValidPath(source) {
			continue // outside the site: said by outsideContentMounts
		}
		var langs []string
		if l := str(mount["lang"]); l != "" {
			langs = append(langs, l)
		}
		sites, _ := mount["sites"].(map[string]any)
		matrix, _ := sites["matrix"].(map[string]any)
		switch l := matrix["languages"].(type) {
		case []any:
			for _, x := range l {
				langs = append(langs, str(x))
			}
		case string:
			langs = append(langs, l)
		}
		if len(langs) == 0 || slices.ContainsFunc(langs, func(l string) bool { return strings.Contains(l, "*") }) {
			root = source // every language's
			continue
		}
		if byLang == nil {
			byLang = map[string]string{}
		}
		for _, l := range langs {
			byLang[strings.ToLower(l)] = source
		}
	}
	return root, byLang
}

// themeStatic returns the Hugo themes named that are folders of themes/,
// for site.yaml's hugoThemes (vestis publishes the files of their static/, as
// Hugo does), and what the theme's note says of them: how many files their
// static/ folders hold, and which themes are elsewhere (Hugo's themesDir, a
// theme named by a path such as ../theme, a folder that is not there), whose
// files vestis does not read; "" when there is nothing to say. A theme named
// by a module path (github.com/x/theme) is a Hugo module, which Hugo reads
// from the folder go.mod's replace names (replaced, by module path: ../ in
// a theme's own example site) or downloads; the note says which.
func themeStatic(fsys fs.FS, theme any, themesDir string, replaced map[string]string) ([]string, string) {
	var names []string
	switch t := theme.(type) {
	case string:
		names = []string{t}
	case []any:
		for _, v := range t {
			names = append(names, str(v))
		}
	}
	var themes, dirs, elsewhere, missing, contents, modules []string
	n := 0
	for _, name := range names {
		if name == "" {
			continue
		}
		if isModulePath(name) {
			if dir, ok := replaced[name]; ok {
				modules = append(modules, fmt.Sprintf("%s, which Hugo reads from %s (go.mod's replace)", name, dir))
			} else {
				modules = append(modules, fmt.Sprintf("%s, which Hugo downloads", name))
			}
			continue
		}
		root := path.Join(cmp.Or(themesDir, "themes"), name)
		if strings.HasPrefix(name, ".") || path.IsAbs(name) {
			root = path.Clean(name) // a folder of its own, from the site's (a monorepo's ../theme)
		}
		if root != path.Join("themes", name) || strings.ContainsAny(name, "/\\") || !fs.ValidPath(root) {
			elsewhere = append(elsewhere, root+"/")
			continue
		}
		if slices.Contains(themes, name) {
			continue
		}
		if info, err := fs.Stat(fsys, root); err != nil || !info.IsDir() {
			missing = append(missing, root+"/")
			continue
		}
		themes = append(themes, name)
		dir := path.Join(root, "static")
		found := 0
		fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				found++
			}
			return nil
		})
		if found > 0 {
			dirs = append(dirs, dir+"/")
			n += found
		}
		pages := 0
		fs.WalkDir(fsys, path.Join(root, "content"), func(p string, d fs.DirEntry, err error) error {
			if _, ok := contentExts[path.Ext(p)]; err == nil && !d.IsDir() && ok {
				pages++
			}
			return nil
		})
		if pages > 0 {
			contents = append(contents, fmt.Sprintf("%s/content/ (%d pages)", root, pages))
		}
	}
	var say string
	if len(contents) > 0 {
		say += fmt.Sprintf("; %s, which Hugo publishes as the site's own, %s not read: copy into content/ those you want", strings.Join(contents, ", "), map[bool]string{true: "is", false: "are"}[len(contents) == 1])
	}
	if len(elsewhere) > 0 {
		say += fmt.Sprintf("; the theme's folder %s is not a folder themes/NAME of the site, which is all vestis reads: its static/ files and content/ pages (which Hugo publishes) and its shortcodes are not read; copy those the site needs into static/, content/ and layouts/shortcodes/", strings.Join(elsewhere, ", "))
	}
	if len(modules) > 0 {
		say += fmt.Sprintf("; the theme is the Hugo module %s, and vestis reads no modules, only a theme in a folder themes/NAME of the site: its static/ files, content/ pages and shortcodes are not read; to have them, run hugo mod vendor in this folder (Hugo downloads it into _vendor/), then vestis import hugo --force, which reads it from there, or copy the theme's folder into themes/NAME and write theme: NAME in the Hugo configuration, then import again", strings.Join(modules, "; the Hugo module "))
	}
	if len(missing) > 0 {
		say += fmt.Sprintf("; there is no folder %s (perhaps a git submodule not checked out: git submodule update --init, then import again to publish its static/)", strings.Join(missing, ", "))
	}
	if n == 0 {
		return themes, say
	}
	return themes, say + fmt.Sprintf("; the files of %s (%d) are published at the site's root, as Hugo publishes them (hugoThemes in site.yaml), the site's static/ and the default theme's winning where both have a file", strings.Join(dirs, ", "), n)
}

// mirror is a Hugo language that reads the folder of another (of): the
// same pages again, at other addresses.
type mirror struct{ code, of string }

// mirrorLanguages are the languages whose contentDir, a folder of its own,
// another language reads too (CorrelAid's "de2" beside "de", both
// content/de): Hugo gives the folder's pages to one of them, and the other
// has none but its home and lists. Of each group the default language is
// kept, else the first by name that is a language tag, else the first.
// Languages that share content/ itself split its files by their names
// (x.lv.md), as vestis does too.
func mirrorLanguages(dirs map[string]string, def string) []mirror {
	byDir := map[string][]string{}
	for _, code := range slices.Sorted(maps.Keys(dirs)) {
		byDir[dirs[code]] = append(byDir[dirs[code]], code)
	}
	var out []mirror
	for _, d := range slices.Sorted(maps.Keys(byDir)) {
		codes := byDir[d]
		if len(codes) < 2 || path.Clean(d) == "content" {
			continue
		}
		keep := codes[0]
		if i := slices.IndexFunc(codes, func(c string) bool { return c == def }); i >= 0 {
			keep = codes[i]
		} else if i := slices.IndexFunc(codes, func(c string) bool { return config.CheckLanguageCode(c) == nil }); i >= 0 {
			keep = codes[i]
		}
		for _, c := range codes {
			if c != keep {
				out = append(out, mirror{code: c, of: keep})
			}
		}
	}
	return out
}

// remoteModules are the paths of Hugo's module.imports that are not
// folders of the site's themes folder (where Hugo finds a module by its path
// before it downloads one): github.com/gethinode/hinode.
func remoteModules(fsys fs.FS, cfg map[string]any) []string {
	module, _ := cfg["module"].(map[string]any)
	imports, _ := module["imports"].([]any)
	themes := cmp.Or(str(cfg["themesdir"]), "themes")
	var out []string
	for _, x := range imports {
		imp, _ := x.(map[string]any)
		p := str(imp["path"])
		if p == "" || slices.Contains(out, p) {
			continue
		}
		if dir := path.Join(themes, p); fsys != nil && fs.ValidPath(dir) {
			if info, err := fs.Stat(fsys, dir); err == nil && info.IsDir() {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// localReplacements are the modules Hugo reads from a folder on this
// computer instead of downloading them, by module path: go.mod's replace
// directives with a local path (a theme's demo site's
// "replace github.com/x/theme => ../", as Hugo Theme Stack's has) and
// Hugo's module.replacements ("github.com/x/theme -> ../theme").
func localReplacements(fsys fs.FS, cfg map[string]any) map[string]string {
	out := map[string]string{}
	local := func(dir string) bool {
		return dir == "." || dir == ".." || strings.HasPrefix(dir, "./") || strings.HasPrefix(dir, "../") || strings.HasPrefix(dir, "/")
	}
	module, _ := cfg["module"].(map[string]any)
	var pairs []string
	switch r := module["replacements"].(type) {
	case string:
		pairs = strings.Split(r, ",")
	case []any:
		for _, v := range r {
			pairs = append(pairs, str(v))
		}
	}
	for _, pair := range pairs {
		if from, to, ok := strings.Cut(pair, "->"); ok && local(strings.TrimSpace(to)) {
			out[strings.TrimSpace(from)] = strings.TrimSpace(to)
		}
	}
	if fsys == nil {
		return out
	}
	data, err := fs.ReadFile(fsys, "go.mod")
	if err != nil {
		return out
	}
	block := false
	for line := range strings.Lines(string(data)) {
		line, _, _ = strings.Cut(line, "//")
		fields := strings.Fields(line)
		switch {
		case len(fields) == 0:
			continue
		case block && fields[0] == ")":
			block = false
			continue
		case !block && fields[0] == "replace" && len(fields) == 2 && fields[1] == "(":
			block = true
			continue
		case !block && fields[0] == "replace":
			fields = fields[1:]
		case !block:
			continue
		}
		// module [version] => path [version]
		if i := slices.Index(fields, "=>"); i >= 1 && i+1 < len(fields) && local(fields[i+1]) {
			out[fields[0]] = fields[i+1]
		}
	}
	return out
}

// plural is one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// plainModule reports whether Hugo's module setting only imports modules
// Hugo downloads or reads from a folder (remote, which the notes of
// moduleNotes name) and mounts folders of the site that the import reads
// in place (content folders, a folder at its own name) or, when copied
// (copies: the conversion sees the site's folder), copies where they are
// mounted, with notes of their own: there is nothing more to say. Other
// settings (proxies, replacements, a mount's includeFiles, a theme's
// module in themes/) get the module's general note.
func plainModule(v any, remote []string, copies bool) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	for k := range m {
		if k != "mounts" && k != "hugoversion" && k != "imports" {
			return false // proxies, replacements
		}
	}
	imports, _ := m["imports"].([]any)
	for _, x := range imports {
		imp, _ := x.(map[string]any)
		if !slices.Contains(remote, str(imp["path"])) {
			return false // a theme's module, in themes/: the note says it is not read
		}
		for k := range imp {
			if k != "path" && k != "mounts" {
				return false // disable, ignoreConfig, version
			}
		}
	}
	mounts, _ := m["mounts"].([]any)
	for _, x := range mounts {
		mount, _ := x.(map[string]any)
		target := path.Clean(strings.Trim(str(mount["target"]), "/"))
		top, _, _ := strings.Cut(target, "/")
		own := path.Clean(strings.Trim(str(mount["source"]), "/")) == target
		if !slices.Contains(mountTargets, top) || !own && top != "content" && !copies {
			return false
		}
		for k := range mount {
			if k != "source" && k != "target" && k != "lang" {
				return false // includeFiles, excludeFiles change what is read
			}
		}
	}
	return true
}

// isModulePath reports whether a theme's name is a Hugo module's path
// (github.com/x/theme: a host with a dot, then a path), not a folder of
// themes/.
func isModulePath(name string) bool {
	host, rest, ok := strings.Cut(name, "/")
	return ok && rest != "" && strings.Contains(host, ".") && !strings.HasPrefix(name, ".")
}

// localeOf is the language tag of a Hugo language whose key is not one:
// the first of its locale, languageCode and key that is a tag written as
// Hugo's may be (zh-CN, zh_TW as zh-cn, zh-tw), else the tag the key is a
// common slip for (cn for zh); "" when there is none.
func localeOf(key string, codes ...string) string {
	for _, c := range codes {
		c = strings.ToLower(strings.ReplaceAll(c, "_", "-"))
		if c != "" && config.CheckLanguageCode(c) == nil {
			return c
		}
	}
	if s, ok := config.LanguageSlip(key); ok {
		return s
	}
	return ""
}

// derivedLocale is the tag of a Hugo language whose key is no tag and
// which gives no languageCode, and where it comes from: its params'
// bcp47Lang (as themes that need a tag read it), else its name or key as
// the language's name in itself (languageName "Deutsch", key english).
func derivedLocale(key string, l map[string]any) (tag, from string) {
	if p, ok := l["params"].(map[string]any); ok {
		for k, v := range p {
			if strings.EqualFold(k, "bcp47lang") {
				if tag := localeOf("", str(v)); tag != "" {
					return tag, "its params.bcp47Lang"
				}
			}
		}
	}
	for _, name := range []string{str(l["languagename"]), str(l["label"])} {
		if tag := config.AutonymCode(name); tag != "" {
			return tag, fmt.Sprintf("its languageName %q", name)
		}
	}
	if tag := config.AutonymCode(key); tag != "" {
		return tag, "its name"
	}
	return "", ""
}

// getenvPatterns are Hugo's security.funcs.getenv (a pattern or a list of
// them; "none" allows none) as site.yaml's getenv; nil when not given.
func getenvPatterns(v any) []string {
	var list []string
	switch v := v.(type) {
	case string:
		list = []string{v}
	case []any:
		for _, p := range v {
			list = append(list, str(p))
		}
	default:
		return nil
	}
	if slices.Equal(list, []string{"none"}) {
		return []string{}
	}
	return list
}

// uniqueNotes is notes with each said once: a mount repeated for each
// language (opentelemetry.io mounts its English docs into ten languages)
// gives the same note ten times.
func uniqueNotes(notes []Note) []Note {
	type key struct{ key, msg, at string }
	seen := map[key]bool{}
	return slices.DeleteFunc(notes, func(n Note) bool {
		k := key{n.Key, n.Msg, strings.Join(n.at, "\x00")}
		if seen[k] {
			return true
		}
		seen[k] = true
		return false
	})
}

// goldmarkExtras are the names of Hugo's extras (extensions.extras.NAME.enable)
// a Hugo configuration's goldmark settings turn on, sorted, nil for none,
// and whether GFM's strikethrough stays on (extensions.strikethrough is not
// false).
func goldmarkExtras(goldmark map[string]any) ([]string, bool) {
	ext, _ := goldmark["extensions"].(map[string]any)
	strike, ok := ext["strikethrough"].(bool)
	strike = strike || !ok
	all, _ := ext["extras"].(map[string]any)
	var list []string
	for _, name := range []string{"delete", "insert", "mark", "subscript", "superscript"} {
		if x, _ := all[name].(map[string]any); x != nil {
			if on, _ := x["enable"].(bool); on {
				list = append(list, name)
			}
		}
	}
	return list, strike
}

// hugoMarks are Hugo's typographer marks by their names, with Hugo's
// defaults, which goldmark's are too.
var hugoMarks = map[string]string{
	"apostrophe": "&rsquo;", "ellipsis": "&hellip;", "emDash": "&mdash;", "enDash": "&ndash;",
	"leftAngleQuote": "&laquo;", "leftDoubleQuote": "&ldquo;", "leftSingleQuote": "&lsquo;",
	"rightAngleQuote": "&raquo;", "rightDoubleQuote": "&rdquo;", "rightSingleQuote": "&rsquo;",
}

// typographerMarks are the marks a Hugo configuration's typographer settings
// give (extensions.typographer.leftDoubleQuote ...) other than Hugo's
// defaults, by their names as site.yaml writes them; nil for none.
func typographerMarks(goldmark map[string]any) map[string]string {
	ext, _ := goldmark["extensions"].(map[string]any)
	t, _ := ext["typographer"].(map[string]any)
	var out map[string]string
	for name, def := range hugoMarks {
		m, ok := t[strings.ToLower(name)].(string)
		if !ok || m == "" || m == def {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		out[name] = m
	}
	return out
}

// typographerOff reports whether a Hugo configuration's goldmark settings
// turn the typographer off: extensions.typographer is false (Hugo before
// 0.112) or has disable: true.
func typographerOff(goldmark map[string]any) bool {
	ext, _ := goldmark["extensions"].(map[string]any)
	switch t := ext["typographer"].(type) {
	case bool:
		return !t
	case map[string]any:
		off, _ := t["disable"].(bool)
		return off
	}
	return false
}
