// Package config reads site.yaml strictly into a Config: defaults, then parse, then
// validate, with every error naming site.yaml's line.
package config

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"net/url"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/vestis-ssg/vestis/internal/decode"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/sitefs"
	"github.com/vestis-ssg/vestis/internal/slug"
)

// Config is a validated site.yaml.
type Config struct {
	BaseURL         string
	Title           string
	DefaultLanguage string
	// DefaultLanguageInSubdir puts the default language under /LANG/ as the
	// others (the default); false puts it at the site root (/), as Hugo does
	// unless told otherwise.
	DefaultLanguageInSubdir bool
	// Languages are ordered by weight, then code.
	Languages []Language
	// DisabledLanguages are languages the site has files in but does not
	// publish (Hugo's disableLanguages): a content file in one is not read.
	DisabledLanguages []string
	Sections          map[string]map[string]string // section or taxonomy key -> lang -> URL segment
	// SearchPage is the URL segment of the search page per language, set
	// apart from sections.search so that a site with a section of its own
	// named search (an imported Hugo site's content/search/) can keep it
	// at /search/ and still have a search page: without it, sections.search
	// names both, as it did before searchPage existed.
	SearchPage map[string]string
	// Permalinks are the address patterns of a section's pages, below their
	// language's root: the first makes the address, the others are former
	// patterns whose addresses redirect to it.
	Permalinks map[string][]string
	Paginate   int
	Taxonomies []string
	Markdown   Markdown
	Minify     bool
	// HugoLayouts: layouts/ holds a Hugo site's templates, which vestis
	// cannot run: it reads only layouts/shortcodes/ there (Hugo shortcodes
	// mostly run as they are), and renders pages with its default theme.
	HugoLayouts bool
	// HugoThemes are the Hugo themes the site was made with (Hugo's theme),
	// folders of themes/: vestis does not run their layouts, but publishes
	// the files of their static/ (and finds pages' images in their assets/)
	// below the site's own and its default theme's, as Hugo publishes a
	// theme's static/ below the site's; the first theme named wins.
	HugoThemes []string
	// HugoOutputFormats are the output formats a Hugo site defines itself
	// (Hugo's outputFormats), in lower case, which its pages' outputs may
	// name as they may name Hugo's own; vestis makes none of them.
	HugoOutputFormats []string
	// RemoteDataOptional: an address on the internet given to getJSON or
	// getCSV gives nothing, with a warning, not an error (Hugo's ignoreErrors
	// ["error-remote-getjson"], site.yaml's hugoIgnoreErrors): the site
	// said that a fetch that fails is not its mistake, and vestis fetches
	// nothing.
	RemoteDataOptional bool
	// Getenv are the environment variables Hugo's getenv and os.Getenv may
	// read in shortcodes and partials, as regular expressions a name must
	// match (Hugo's security.funcs.getenv): by default HUGO_ ones and CI, as
	// in Hugo, so that no other variable of the machine (a token, a
	// password) is published by a theme that prints one. Reading another
	// is an error, as in Hugo. nil is the default.
	Getenv []*regexp.Regexp
	// HugoTermAddresses: each term page is also at the address Hugo gave it,
	// which keeps the letters of every script and slashes (/tags/dzīve/,
	// /tags/gnu/linux/), as a redirect to vestis's (/tags/dzive/).
	HugoTermAddresses bool
	// HugoAddresses: the names of files, folders, slugs and terms become
	// address segments as Hugo makes them (letters of every script and dots
	// kept: /de/über-straße/, /3.1-view-metrics/), not transliterated.
	HugoAddresses bool
	// KeepCase: addresses keep the letter case of those names
	// (/categories/Example/), as Hugo's disablePathToLower.
	KeepCase bool
	// UglyURLs: regular pages are files (/posts/a.html), as Hugo's
	// uglyURLs makes them, so that links written for them (b.html from
	// a.html) lead where they did; list pages keep their folders
	// (/posts/, where Hugo has /posts.html).
	UglyURLs bool
	// RemovePathAccents: with HugoAddresses, addresses drop the accents of
	// letters (/de/ankundigung/ for Ankündigung), as Hugo's removePathAccents.
	RemovePathAccents bool
	// FeedLimit is the most items an RSS or Atom feed lists.
	FeedLimit int
	// HomeFeed are the sections whose pages the home page's feeds list
	// (site.yaml feeds: home); empty: every page.
	HomeFeed []string
	// Translations configures pages shown in a language they lack.
	Translations Translations
	// Location is site.yaml's timeZone (default UTC): dates written without a time
	// zone are in it.
	Location *time.Location
	// Timeout bounds the time one page may take to convert its Markdown or run
	// its layout (site.yaml timeout, as Hugo's; default 30s), so that a layout
	// that loops without end, or Markdown that takes the converter too long,
	// fails with the page's name instead of hanging the build.
	Timeout time.Duration
	// Years are the years a date in front matter is expected in (site.yaml
	// years, default 1900 to 2100): a date outside them, such as 0024-05-19
	// or 20224-05-19, is most likely a typo and is warned of.
	Years Years
	// Organization publishes the site (footer, JSON-LD); nil: params.organization.
	Organization *Organization
	// Footer are the footer's links: an accessibility statement, a privacy notice.
	Footer []FooterLink
	// Funding is the funding acknowledgement of every page, SectionFunding
	// that of a section's pages instead.
	Funding        *Funding
	SectionFunding map[string]*Funding
	Params         map[string]any
	// Types are the content types (site.yaml types), in site.yaml's order;
	// TypeOf gives a section's.
	Types []*Type
	// Home are the blocks of the home page (site.yaml home); nil: one block
	// of each section.
	Home []*Block
	// Menu lists the sections of the main navigation, in order ("search"
	// for the search page); nil: every section, then search.
	Menu []string
	// MenuLine, HomeFeedLine and HugoThemesLine are the lines of menu,
	// feeds: home and hugoThemes in site.yaml, for errors about the
	// sections and folders they name.
	MenuLine, HomeFeedLine, HugoThemesLine int
	// SectionLines are the lines of the segments sections gives, by key
	// and language (SectionLine).
	SectionLines map[string]map[string]int
}

// SectionLine is the line of site.yaml that gives the section (or
// taxonomy) key its segment in lang, or 0 when site.yaml gives it none: an
// output at that address is reported there.
func (c *Config) SectionLine(key, lang string) int {
	return c.SectionLines[c.SectionKey(key)][lang]
}

// Language is one of the site's languages.
type Language struct {
	Code   string
	Name   string
	Title  string
	Weight int
	// RTL: the language is written right to left (Hebrew, Arabic, Persian...).
	RTL bool
	// ContentDir is the folder of the language's pages, relative to the
	// site: "" for content (the default), or a folder of its own (Hugo's contentDir,
	// content/fr), whose files need no language in their names.
	ContentDir string
	// ContentMounts are folders of the site read as more of the language's
	// pages, each at a path below its content folder (Hugo's module mounts
	// with a target below content: content/en/docs/latest at docs): folder ->
	// path. A mount inside another content folder is left out of that one.
	ContentMounts map[string]string
	// Params are the language's own params (Hugo's languages.X.params),
	// which a shortcode of its pages reads as .Site.Params over the site's,
	// and as .Site.Language.Params.
	Params map[string]any
	// Permalinks, when set, are the language's own address patterns, which
	// replace the site's Permalinks for its pages, as Hugo's
	// languages.X.permalinks do (a section they do not name gets vestis's
	// addresses): the French posts at /fr/billets/:slug/ while the English
	// ones are at /posts/:year/:slug/.
	Permalinks map[string][]string
	// Tag is the language's BCP 47 tag, which pages, feeds and sitemaps
	// name it by (lang, hreflang) and its sorting follows, when site.yaml
	// gives one as locale; "" for the code. A Hugo site's language
	// key need not be a tag (cn, whose pages are at /cn/ and named
	// x.cn.md): its locale (zh-cn) is the tag, and the key its address.
	Tag string
}

// Lang, LanguageName and LanguageDirection are Hugo's names of the code, the
// name and the direction ("ltr", "rtl"), for Hugo themes' shortcodes; Locale,
// Label and Direction are the names Hugo 0.158 gave them (Locale is the
// language's tag).
func (l Language) Lang() string         { return l.Code }
func (l Language) LanguageName() string { return l.Name }
func (l Language) LanguageDirection() string {
	if l.RTL {
		return "rtl"
	}
	return "ltr"
}
func (l Language) Locale() string    { return cmp.Or(l.Tag, l.Code) }
func (l Language) Label() string     { return l.Name }
func (l Language) Direction() string { return l.LanguageDirection() }

// Translations is site.yaml's translations: fallback pages for untranslated ones.
type Translations struct {
	// Fallback renders a page missing in a language from another language's text.
	Fallback bool
	// FallbackOrder lists per language where to take the text from, first found
	// wins; unlisted languages take the default language, then the others by weight.
	FallbackOrder map[string][]string
	// ListFallbacks shows fallback pages in lists, marked.
	ListFallbacks bool
}

// PermalinksOf are the address patterns of the pages of section in language
// lang: the language's own permalinks when it has them, else the site's.
func (c *Config) PermalinksOf(section, lang string) []string {
	for i := range c.Languages {
		if c.Languages[i].Code == lang && c.Languages[i].Permalinks != nil {
			return c.Languages[i].Permalinks[section]
		}
	}
	return c.Permalinks[section]
}

// FallbackSources is the order in which lang takes text from other languages.
func (c *Config) FallbackSources(lang string) []string {
	if order, ok := c.Translations.FallbackOrder[lang]; ok {
		return order
	}
	out := []string{c.DefaultLanguage}
	for _, l := range c.Languages {
		if l.Code != lang && l.Code != c.DefaultLanguage {
			out = append(out, l.Code)
		}
	}
	return out
}

// Markdown holds the Markdown options of site.yaml.
type Markdown struct {
	// Unsafe keeps raw HTML in Markdown; it is dropped by default.
	Unsafe bool
	// HardWraps makes every line end inside a paragraph a line break, as
	// Hugo's markup.goldmark.renderer.hardWraps.
	HardWraps bool
	// Emoji turns :smile: in the text into its emoji, as Hugo's enableEmoji.
	Emoji bool
	// HeadingIDs is how heading IDs are made of their text: "" (vestis's,
	// transliterated), or Hugo's "github" or "github-ascii", so that links
	// to #anchors written for a Hugo site keep working; "github", Hugo's
	// default, unless site.yaml says otherwise, with hugoAddresses.
	HeadingIDs string
	// Typographer writes typographic quotes, dashes and ellipses ('s as
	// &rsquo;s, -- as &ndash;, ... as &hellip;), as Hugo's goldmark does by
	// default: on with hugoAddresses unless site.yaml says otherwise, as a
	// Hugo site's text is published with them; off for vestis's own sites,
	// whose languages quote otherwise („Latvian“).
	Typographer bool
	// Marks are the typographer's own marks, by Hugo's names
	// (TypographerMarks: leftDoubleQuote: „), in place of goldmark's,
	// which are English (“ ”): as Hugo's
	// markup.goldmark.extensions.typographer settings. A mark is text or a
	// character reference (&bdquo;), written into the HTML as it is.
	Marks map[string]string
	// ExtendedSyntax names the parts of the extended Markdown of the
	// LoveIt family of Hugo themes (LoveIt, DoIt, FixIt) that the site's
	// text is written in, sorted: "escape", "fontawesome", "fraction",
	// "ruby" (ExtendedSyntaxParts). Their layouts make it HTML, which
	// vestis does not run; without it "[GFM]^(GitHub flavored Markdown)"
	// would be published as typed.
	ExtendedSyntax []string
	// Extras names Hugo's Markdown extras that are on, sorted
	// (MarkdownExtras): ++inserted++, ==marked==, H~2~O, x^2^, ~~deleted~~,
	// as Hugo's markup.goldmark.extensions.extras, which themes (FixIt)
	// and sites turn on.
	Extras []string
	// NoStrikethrough turns GFM's ~~struck through~~ off (site.yaml's
	// strikethrough: false, as Hugo's extensions.strikethrough: a site
	// whose H~2~O is a subscript turns it off).
	NoStrikethrough bool
}

// TypographerMarks are the marks markdown.typographer may give, Hugo's names.
var TypographerMarks = []string{"apostrophe", "ellipsis", "emDash", "enDash", "leftAngleQuote", "leftDoubleQuote", "leftSingleQuote", "rightAngleQuote", "rightDoubleQuote", "rightSingleQuote"}

// ExtendedSyntaxParts are the words markdown.extendedSyntax takes.
var ExtendedSyntaxParts = []string{"escape", "fontawesome", "fraction", "ruby"}

// MarkdownExtras are the words markdown.extras takes, Hugo's names.
var MarkdownExtras = []string{"delete", "insert", "mark", "subscript", "superscript"}

// headingIDs is the way heading IDs are made that markdown.headingIDs
// (written: "", vestis, github, github-ascii) asks for: a site with Hugo's
// addresses has Hugo's anchors too, unless it says vestis.
func headingIDs(written string, hugoAddresses bool) string {
	switch {
	case written == "vestis":
		return ""
	case written == "" && hugoAddresses:
		return "github"
	}
	return written
}

// Error is a problem in site.yaml at a line.
type Error = diag.Diagnostic

// rawLanguage is a language as site.yaml writes it.
type rawLanguage struct {
	Name          string
	Title         string
	Locale        string
	Weight        int
	ContentDir    string
	ContentMounts map[string]string
	Params        map[string]any
	Permalinks    map[string][]string
}

// raw is site.yaml as written, before defaults and validation; reader
// (node.go) fills it.
type raw struct {
	BaseURL                 string
	Title                   string
	DefaultLanguage         string
	DefaultLanguageInSubdir *bool
	Languages               map[string]rawLanguage
	DisabledLanguages       []string
	Sections                map[string]map[string]string
	SearchPage              map[string]string // lang -> segment
	SearchPageAll           string            // one segment for every language
	Permalinks              map[string][]string
	Paginate                *int
	Taxonomies              []string
	Markdown                struct {
		Unsafe         bool
		HardWraps      bool
		Emoji          bool
		HeadingIDs     string
		Typographer    *bool
		Marks          map[string]string
		ExtendedSyntax []string
		Extras         []string
		Strikethrough  *bool
	}
	Minify            *bool
	HugoLayouts       bool
	HugoThemes        []string
	HugoOutputFormats []string
	HugoIgnoreErrors  []string
	Getenv            []string
	HugoTermAddresses bool
	HugoAddresses     bool
	KeepCase          bool
	UglyURLs          bool
	RemovePathAccents bool
	Feeds             struct {
		Limit *int
		Home  []string
	}
	Translations struct {
		Fallback      bool
		FallbackOrder map[string][]string
		ListFallbacks bool
	}
	Params         map[string]any
	Organization   *Organization
	Footer         []FooterLink
	Funding        *Funding
	SectionFunding map[string]*Funding
	TimeZone       string
	Timeout        string
	Years          struct{ From, To *int }
	Types          []*Type
	Home           []*Block
	Menu           []string
}

// hugoFiles are the names Hugo's configuration file may have, beside
// site.yaml.
var hugoFiles = []string{"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"}

// HugoFile reports whether name, relative to the site's folder, is a file
// of Hugo's configuration, which vestis import hugo reads and vestis does
// not: hugo.toml and the other names of its file, and the files of its
// configuration folder (config/_default/params.toml).
func HugoFile(name string) bool {
	if slices.Contains(hugoFiles, name) {
		return true
	}
	rest, ok := strings.CutPrefix(name, "config/")
	return ok && slices.Contains([]string{".toml", ".yaml", ".yml", ".json"}, path.Ext(rest))
}

// Load reads and validates the config file name in fsys.
func Load(fsys fs.FS, name string) (*Config, error) {
	data, err := sitefs.ReadText(fsys, name, sitefs.MaxSize)
	var d *diag.Diagnostic
	if errors.As(err, &d) {
		return nil, d
	}
	if errors.Is(err, fs.ErrNotExist) {
		// A Hugo site not yet imported: its configuration is beside.
		for _, hugo := range hugoFiles {
			if _, err := fs.Stat(fsys, path.Join(path.Dir(name), hugo)); err == nil {
				return nil, &Error{File: name, Msg: "not found, but " + hugo + " is: this looks like a Hugo site; run vestis import hugo to write site.yaml from its configuration"}
			}
		}
		return nil, &Error{File: name, Msg: "not found; run vestis in the site's folder or name it with --source"}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, errors.Unwrap(err))
	}
	return Parse(name, data)
}

// Parse decodes site.yaml data; file is the name used in errors.
func Parse(file string, data []byte) (*Config, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	r := &reader{file: file, data: data, lines: map[string]int{}}
	root, err := decode.YAML(data)
	if err == nil {
		err = decode.CheckInvisible(root) // a title's U+0007 broke every feed's XML
	}

	if err != nil {
		return nil, r.decodeError(err)
	}
	c := &raw{}
	if root != nil {
		c = r.read(root)
	}
	if len(r.errs) > 0 {
		return nil, errors.Join(r.errs...)
	}
	return validate(file, c, r.lines)
}

// maxSegment is the longest file name, in bytes, that common file systems hold.
const maxSegment = 255

// Years is a span of years, both included.
type Years struct{ From, To int }

// Contains reports whether year is in y.
func (y Years) Contains(year int) bool { return y.From <= year && year <= y.To }

// DefaultYears are the years of dates a site.yaml without years expects:
// a program's news, calls and events, not a historical archive.
var DefaultYears = Years{From: 1900, To: 2100}

// DefaultTimeout is the timeout of a site.yaml without one, Hugo's default.
const DefaultTimeout = 30 * time.Second

// parseTimeout reads site.yaml's timeout: a duration ("30s", "2m") or, as in
// Hugo, a whole number of seconds.
// ParseTimeout is parseTimeout, for vestis import hugo to check a Hugo
// timeout before writing it.
func ParseTimeout(s string) (time.Duration, error) { return parseTimeout(s) }

func parseTimeout(s string) (time.Duration, error) {
	n, err := strconv.Atoi(s)
	switch {
	case err == nil:
		s = strconv.Itoa(n) + "s"
	case errors.Is(err, strconv.ErrRange):
		return 0, timeoutTooLong(s + " seconds")
	}
	d, err := time.ParseDuration(s)
	if err != nil && durationForm.MatchString(s) {
		return 0, timeoutTooLong(s) // 99999999h: written right, but past what a time.Duration holds
	}
	if err != nil {
		return 0, fmt.Errorf("%q is not a duration such as 30s or 2m", s)
	}
	if d <= 0 {
		return 0, fmt.Errorf("must be more than 0, not %s", s)
	}
	return d, nil
}

// durationForm is how a duration is written (1h30m, 2.5s), whatever its
// size: one that time.ParseDuration refuses in this form is too long for it.
var durationForm = regexp.MustCompile(`^[-+]?(([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+$`)

// timeoutTooLong is the error of a timeout, written as written, longer than
// the longest a time.Duration holds (about 292 years).
func timeoutTooLong(written string) error {
	return fmt.Errorf("%s is longer than vestis can wait (at most 2562047h, about 292 years); a page that takes more than a few minutes is stuck, so write a time such as 30s or 5m", written)
}

var segmentPattern = regexp.MustCompile(`^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}._-]*$`)

func validate(file string, r *raw, lines map[string]int) (*Config, error) {
	var errs []error
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	c := &Config{
		BaseURL:         r.BaseURL,
		Title:           r.Title,
		DefaultLanguage: r.DefaultLanguage,
		Sections:        r.Sections,
		Paginate:        10,
		Taxonomies:      r.Taxonomies,
		Markdown: Markdown{Unsafe: r.Markdown.Unsafe, HardWraps: r.Markdown.HardWraps, Emoji: r.Markdown.Emoji, HeadingIDs: headingIDs(r.Markdown.HeadingIDs, r.HugoAddresses),
			Typographer: r.Markdown.Typographer != nil && *r.Markdown.Typographer || r.Markdown.Typographer == nil && r.HugoAddresses,
			Marks:       r.Markdown.Marks, ExtendedSyntax: r.Markdown.ExtendedSyntax, Extras: r.Markdown.Extras, NoStrikethrough: r.Markdown.Strikethrough != nil && !*r.Markdown.Strikethrough},
		Minify: true,
		Params: r.Params,
		Types:  r.Types,
		Home:   r.Home,
		Menu:   r.Menu,
	}
	c.DefaultLanguageInSubdir = r.DefaultLanguageInSubdir == nil || *r.DefaultLanguageInSubdir
	for _, key := range sortedKeys(r.Permalinks) {
		for _, pattern := range r.Permalinks[key] {
			if err := checkPermalink(pattern); err != nil {
				fail(lineOf(lines, "permalinks", key), "permalinks: %s: %v", key, err)
			}
		}
	}
	c.Permalinks = r.Permalinks
	for _, code := range sortedKeys(r.Languages) {
		perm := r.Languages[code].Permalinks
		for _, key := range sortedKeys(perm) {
			for _, pattern := range perm[key] {
				if err := checkPermalink(pattern); err != nil {
					fail(lineOf(lines, "languages", code, "permalinks", key), "languages: %s: permalinks: %s: %v", code, key, err)
				}
			}
		}
	}
	c.Organization, c.Footer, c.Funding, c.SectionFunding = r.Organization, r.Footer, r.Funding, r.SectionFunding
	checkInstitution(c, fail, lines)
	c.Years = DefaultYears
	if r.Years.From != nil {
		c.Years.From = *r.Years.From
	}
	if r.Years.To != nil {
		c.Years.To = *r.Years.To
	}
	if c.Years.From > c.Years.To {
		fail(lineOf(lines, "years"), "years: from (%d) is after to (%d); give the first and the last year the site's dates are in", c.Years.From, c.Years.To)
	}
	if r.Paginate != nil {
		c.Paginate = *r.Paginate
		if c.Paginate < 1 {
			fail(lineOf(lines, "paginate"), "paginate: must be at least 1, not %d", c.Paginate)
		}
	}
	if r.Minify != nil {
		c.Minify = *r.Minify
	}
	c.HugoLayouts = r.HugoLayouts
	if r.Getenv != nil {
		c.Getenv = []*regexp.Regexp{} // getenv: [] allows none
	}
	for _, pattern := range r.Getenv {
		re, err := regexp.Compile(pattern)
		if err != nil {
			fail(lineOf(lines, "getenv"), "getenv: %q is not a regular expression: %v", pattern, err)
			continue
		}
		c.Getenv = append(c.Getenv, re)
	}
	for _, name := range r.HugoThemes {
		if name == "" || name == "." || name == ".." || strings.ContainsAny(name, "/\\") {
			fail(lineOf(lines, "hugoThemes"), "hugoThemes: %q is not the name of a folder of themes/", name)
			continue
		}
		c.HugoThemes = append(c.HugoThemes, name)
	}
	for _, id := range r.HugoIgnoreErrors {
		if strings.ToLower(strings.TrimSpace(id)) != "error-remote-getjson" {
			fail(lineOf(lines, "hugoIgnoreErrors"), "hugoIgnoreErrors: %q is not an error vestis can ignore; it knows error-remote-getjson (getJSON and getCSV of an address on the internet give nothing)", id)
			continue
		}
		c.RemoteDataOptional = true
	}
	for _, name := range r.HugoOutputFormats {
		c.HugoOutputFormats = append(c.HugoOutputFormats, strings.ToLower(strings.TrimSpace(name)))
	}
	c.HugoTermAddresses = r.HugoTermAddresses
	c.HugoAddresses, c.KeepCase, c.RemovePathAccents, c.UglyURLs = r.HugoAddresses, r.KeepCase, r.RemovePathAccents, r.UglyURLs
	c.Translations = Translations{Fallback: r.Translations.Fallback, FallbackOrder: r.Translations.FallbackOrder, ListFallbacks: r.Translations.ListFallbacks}
	// misspelt are the language keys refused below, which the rest of
	// site.yaml may name as they should be: one mistake is one message.
	misspelt := map[string]bool{}
	for code, l := range r.Languages {
		if CheckLanguageCode(code) != nil && (l.Locale == "" || !languageKey.MatchString(code)) {
			misspelt[normalLangCode(code)] = true
		}
	}
	for _, lang := range sortedKeys(c.Translations.FallbackOrder) {
		line := lineOf(lines, "translations", "fallbackOrder", lang)
		if _, ok := r.Languages[lang]; !ok && !misspelt[normalLangCode(lang)] {
			fail(line, "translations: fallbackOrder: language %q is not in languages (%s)", lang, strings.Join(sortedKeys(r.Languages), ", "))
		}
		for _, src := range c.Translations.FallbackOrder[lang] {
			if _, ok := r.Languages[src]; !ok && !misspelt[normalLangCode(src)] || src == lang {
				fail(line, "translations: fallbackOrder: %s: %q is not another language of the site", lang, src)
			}
		}
	}
	c.Location = time.UTC
	if r.TimeZone != "" {
		loc, err := time.LoadLocation(r.TimeZone)
		if err != nil || r.TimeZone == "Local" {
			fail(lineOf(lines, "timeZone"), "timeZone: %q is not a time zone name such as Europe/Riga or Asia/Ho_Chi_Minh", r.TimeZone)
		} else {
			c.Location = loc
		}
	}
	c.Timeout = DefaultTimeout
	if r.Timeout != "" {
		d, err := parseTimeout(r.Timeout)
		if err != nil {
			fail(lineOf(lines, "timeout"), "timeout: %v", err)
		} else {
			c.Timeout = d
		}
	}
	c.FeedLimit = 20
	c.HomeFeed = r.Feeds.Home
	if r.Feeds.Limit != nil {
		c.FeedLimit = *r.Feeds.Limit
		if c.FeedLimit < 1 {
			fail(lineOf(lines, "feeds", "limit"), "feeds: limit: must be at least 1, not %d", c.FeedLimit)
		}
	}
	if c.Params == nil {
		c.Params = map[string]any{}
	}
	if c.Sections == nil {
		c.Sections = map[string]map[string]string{}
	}
	if c.BaseURL == "" {
		c.BaseURL = "/"
	}
	if err := CheckBaseURL(c.BaseURL); err != nil {
		fail(lineOf(lines, "baseURL"), "baseURL: %v", err)
	}
	c.BaseURL = strings.TrimSuffix(c.BaseURL, "/") + "/"

	if len(r.Languages) == 0 {
		fail(lineOf(lines, "languages"), "languages: at least one language is needed")
	}
	codes := make([]string, 0, len(r.Languages))
	for code := range r.Languages {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	mounted := map[string]string{} // a folder of contentMounts -> the language that mounts it
	for _, code := range codes {
		l := r.Languages[code]
		tag := code
		if l.Locale != "" {
			if err := CheckLanguageCode(l.Locale); err != nil {
				fail(lineOf(lines, "languages", code, "locale"), "languages: %s: locale: %v", code, err)
				continue
			}
			tag = l.Locale
		}
		if n := normalLangCode(code); n != code && hasKey(r.Languages, n) {
			// Hugo reads keys in any case, so LV beside lv is one language twice.
			fail(lineOf(lines, "languages", code), "languages: %q is %q again, written another way (line %d); keep one, written %q", code, n, lineOf(lines, "languages", n), n)
			continue
		}
		if err := CheckLanguageCode(code); err != nil && (l.Locale == "" || !languageKey.MatchString(code)) {
			msg := err.Error()
			if l.Locale == "" && languageKey.MatchString(code) {
				tag := cmp.Or(commonSlips[code], "zh-cn")
				if n := normalLangCode(code); CheckLanguageCode(n) == nil {
					tag = n // zh_tw: zh-tw
				}
				msg += fmt.Sprintf(" (or, to keep %s as the address of its pages, give its language tag as locale: %s: {locale: %s})", code, code, tag)
			}
			fail(lineOf(lines, "languages", code), "languages: %s", msg)
			continue
		}
		if l.Name == "" {
			l.Name = Autonym(tag)
		}
		if l.Title == "" {
			l.Title = c.Title
		}
		dir := ""
		if l.ContentDir != "" {
			dir = path.Clean(strings.TrimSuffix(l.ContentDir, "/"))
			if !fs.ValidPath(dir) || dir == "." || !strings.HasPrefix(dir, "content") {
				fail(lineOf(lines, "languages", code, "contentDir"), "languages: %s: contentDir: %q is not a folder of the site whose name begins with content (content/%s, content.%s)", code, l.ContentDir, code, code)
			}
		}
		var mounts map[string]string
		for _, src := range slices.Sorted(maps.Keys(l.ContentMounts)) {
			at := l.ContentMounts[src]
			line := lineOf(lines, "languages", code, "contentMounts", src)
			dir := path.Clean(strings.TrimSuffix(src, "/"))
			at = strings.Trim(path.Clean("/"+strings.TrimSpace(at)), "/")
			switch {
			case !fs.ValidPath(dir) || dir == "." || !strings.HasPrefix(dir, "content"):
				fail(line, "languages: %s: contentMounts: %q is not a folder of the site whose name begins with content (content/%s/docs)", code, src, code)
				continue
			case at == "" || !fs.ValidPath(at):
				fail(line, "languages: %s: contentMounts: %s: want the path below the language's content where its pages go (docs, or docs/latest), got %q", code, src, l.ContentMounts[src])
				continue
			case dir == cmp.Or(path.Clean(strings.TrimSuffix(l.ContentDir, "/")), "content"):
				fail(line, "languages: %s: contentMounts: %s is the language's own content folder", code, src)
				continue
			}
			if other, ok := mounted[dir]; ok {
				fail(line, "languages: %s: contentMounts: %s is mounted by %s too; a folder's pages are one language's (name the files x.%s.md to read them as the other's)", code, src, other, code)
				continue
			}
			mounted[dir] = code
			if mounts == nil {
				mounts = map[string]string{}
			}
			mounts[dir] = at
		}
		c.Languages = append(c.Languages, Language{Code: code, Name: l.Name, Title: l.Title, Weight: l.Weight, RTL: rightToLeft(tag), ContentDir: dir, ContentMounts: mounts, Params: l.Params, Permalinks: l.Permalinks, Tag: l.Locale})
	}
	for _, l := range c.Languages {
		if other, ok := mounted[cmp.Or(l.ContentDir, "content")]; ok {
			fail(lineOf(lines, "languages", other, "contentMounts"), "languages: %s: contentMounts: %s is the content folder of %s; mount a folder of its own", other, cmp.Or(l.ContentDir, "content"), l.Code)
		}
	}
	slices.SortStableFunc(c.Languages, func(a, b Language) int {
		if a.Weight != b.Weight {
			return cmp.Compare(a.Weight, b.Weight)
		}
		return strings.Compare(a.Code, b.Code)
	})
	for i, code := range r.DisabledLanguages {
		line := lineOf(lines, "disabledLanguages")
		switch err := CheckLanguageCode(code); {
		case err != nil:
			fail(line, "disabledLanguages: %v", err)
		case hasKey(r.Languages, code):
			fail(line, "disabledLanguages: %q is also in languages; remove it from one of them", code)
		case slices.Contains(r.DisabledLanguages[:i], code):
			fail(line, "disabledLanguages: %q is listed twice", code)
		}
	}
	c.DisabledLanguages = r.DisabledLanguages
	if c.DefaultLanguage == "" && len(c.Languages) > 0 {
		c.DefaultLanguage = c.Languages[0].Code
	}
	if _, ok := r.Languages[c.DefaultLanguage]; !ok && len(r.Languages) > 0 && !misspelt[normalLangCode(c.DefaultLanguage)] {
		fail(lineOf(lines, "defaultLanguage"), "defaultLanguage: %q is not in languages (%s)", c.DefaultLanguage, strings.Join(codes, ", "))
	}
	if c.Title == "" {
		if l, ok := r.Languages[c.DefaultLanguage]; ok {
			c.Title = l.Title
		}
	}

	seen := map[string]string{}
	keys := make([]string, 0, len(c.Sections))
	for k := range c.Sections {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	c.SectionLines = map[string]map[string]int{}
	for _, key := range keys {
		for _, lang := range sortedKeys(c.Sections[key]) {
			seg := c.Sections[key][lang]
			line := lineOf(lines, "sections", key, lang)
			if c.SectionLines[key] == nil {
				c.SectionLines[key] = map[string]int{}
			}
			c.SectionLines[key][lang] = line
			if _, ok := r.Languages[lang]; !ok {
				if !misspelt[normalLangCode(lang)] {
					fail(line, "sections: %s: language %q is not in languages (%s)", key, lang, strings.Join(codes, ", "))
				}
				continue
			}
			if !segmentPattern.MatchString(seg) {
				fail(line, "sections: %s: %s: %q is not a URL segment (lower-case letters, digits, '-', '_', '.')", key, lang, seg)
				continue
			}
			if len(seg) > maxSegment {
				errs = append(errs, diag.Errorf(file, line, "sections: %s: %s: the segment is %d bytes long; file systems hold file names of at most %d", key, lang, len(seg), maxSegment))
				continue
			}
			if _, isLang := r.Languages[seg]; isLang {
				fail(line, "sections: %s: %s: segment %q is also a language code", key, lang, seg)
			}
			if other, dup := seen[lang+"/"+seg]; dup {
				fail(line, "sections: %s: %s: segment %q is already used by %s", key, lang, seg, other)
			}
			seen[lang+"/"+seg] = key
		}
	}
	// checkSearch reports what is wrong with seg as the search page's
	// segment in langs, at line, under the name where.
	checkSearch := func(where string, line int, seg string, langs []string) bool {
		switch {
		case !segmentPattern.MatchString(seg):
			fail(line, "%s: %q is not a URL segment (lower-case letters, digits, '-', '_', '.')", where, seg)
		case len(seg) > maxSegment:
			fail(line, "%s: the segment is %d bytes long; file systems hold file names of at most %d", where, len(seg), maxSegment)
		case slices.Contains(codes, seg):
			fail(line, "%s: segment %q is also a language code", where, seg)
		default:
			for _, lang := range langs {
				if other, dup := seen[lang+"/"+seg]; dup {
					fail(line, "%s: segment %q is already used by sections: %s (%s); give the search page another one", where, seg, other, lang)
					return false
				}
			}
			return true
		}
		return false
	}
	if seg := r.SearchPageAll; seg != "" && checkSearch("searchPage", lineOf(lines, "searchPage"), seg, codes) {
		c.SearchPage = map[string]string{}
		for _, lang := range codes {
			c.SearchPage[lang] = seg
		}
	}
	for _, lang := range sortedKeys(r.SearchPage) {
		line := lineOf(lines, "searchPage", lang)
		if _, ok := r.Languages[lang]; !ok {
			if !misspelt[normalLangCode(lang)] {
				fail(line, "searchPage: language %q is not in languages (%s)", lang, strings.Join(codes, ", "))
			}
			continue
		}
		if seg := r.SearchPage[lang]; checkSearch("searchPage: "+lang, line, seg, []string{lang}) {
			if c.SearchPage == nil {
				c.SearchPage = map[string]string{}
			}
			c.SearchPage[lang] = seg
		}
	}
	for i, t := range c.Taxonomies {
		if !segmentPattern.MatchString(t) {
			fail(lineOf(lines, "taxonomies"), "taxonomies: %q is not a valid key", t)
		}
		if slices.Contains(c.Taxonomies[:i], t) {
			fail(lineOf(lines, "taxonomies"), "taxonomies: %q is listed twice", t)
		}
	}
	// A section's segment that is another list's address by default (a
	// taxonomy's, the search page's, when site.yaml gives them none: those
	// it gives are compared above): the section list and that list were one
	// address, which the build reported with neither file nor line.
	for _, key := range keys {
		for _, lang := range sortedKeys(c.Sections[key]) {
			seg := c.Sections[key][lang]
			if _, ok := r.Languages[lang]; !ok {
				continue
			}
			_, ownSearch := c.Sections["search"][lang] // else said above
			if _, given := c.SearchPage[lang]; !given && !ownSearch && seg == c.SearchSegment(lang) {
				fail(lineOf(lines, "sections", key, lang), "sections: %s: %s: segment %q is also the search page's address; choose another, or give the search page another with searchPage", key, lang, seg)
			}
			for _, tax := range c.Taxonomies {
				if _, given := c.Sections[tax][lang]; !given && seg == c.Segment(tax, lang) {
					fail(lineOf(lines, "sections", key, lang), "sections: %s: %s: segment %q is also the address of the taxonomy %s; choose another", key, lang, seg, tax)
				}
			}
		}
	}
	c.checkHome(c.Home, fail, false)
	checkMenu(c.Menu, lineOf(lines, "menu"), fail)
	c.MenuLine, c.HomeFeedLine, c.HugoThemesLine = lineOf(lines, "menu"), lineOf(lines, "feeds", "home"), lineOf(lines, "hugoThemes")
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return c, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// CheckBaseURL reports whether s is an absolute http(s) URL or "/", saying
// what is wrong in a writer's words (CheckWebAddress), or that it has a
// query or fragment, a user name or password, or an empty folder.
func CheckBaseURL(s string) error {
	if s == "/" {
		return nil
	}
	if err := CheckWebAddress(s); err != nil {
		return err
	}
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("%q is not a web address such as https://example.org/", s)
	}
	if u.RawQuery != "" || u.ForceQuery || u.Fragment != "" {
		at := strings.IndexAny(s, "?#")
		return fmt.Errorf("%q ends with %q, which a site's address cannot hold: the pages' addresses are made by adding to it; delete it", s, s[at:])
	}
	if u.User != nil {
		// Every page's links, feeds and sitemaps are made of it: a staging
		// host's password would be published on each.
		return fmt.Errorf("%q holds a user name or password, which every page's links, the feeds and the sitemaps would publish; write the address without it, as in %s", s, (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path}).String())
	}
	folders := strings.TrimSuffix(strings.TrimPrefix(u.Path, "/"), "/")
	for seg := range strings.SplitSeq(folders, "/") {
		if folders != "" && (seg == "" || seg == "." || seg == "..") {
			return fmt.Errorf("%q has an empty folder, \".\" or \"..\" in its path, which links would carry as written; write the path the site is published at, as in https://example.org/handbook/", s)
		}
	}
	return nil
}

// CheckWebAddress reports whether s is a whole http(s) address, saying what
// is wrong in a writer's words: a space or an invisible character, a % that
// escapes nothing, a missing https://, another scheme, no host, a port no
// server has. The address is read character by character first, since
// url.Parse says only "invalid URL escape" and takes a port of 99999.
func CheckWebAddress(s string) error {
	if err := baseURLCharacters(s); err != nil {
		return err
	}
	scheme, rest, ok := strings.Cut(s, "://")
	switch {
	case strings.HasPrefix(s, "//"):
		return fmt.Errorf("%q lacks the https: its address begins with; write https:%s", s, s)
	case strings.HasPrefix(s, "/"):
		return fmt.Errorf("%q is a folder, not the site's whole address; write the address with its host, as in https://example.org%s", s, s)
	case !ok || strings.ContainsAny(scheme, "/?#"):
		if other, after, found := strings.Cut(s, ":"); found && isWord(other) && !strings.HasPrefix(after, "/") && !isPort(after) {
			return fmt.Errorf("%q begins with %s:, which is not a web address; a site's address begins with https:// (or http://)", s, other)
		}
		return fmt.Errorf("%q lacks the https:// an address begins with; write https://%s", s, s)
	case !strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https"):
		return fmt.Errorf("%q begins with %s://, which is not a web address; a site's address begins with https:// (or http://)", s, scheme)
	}
	host := rest
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	if at := strings.LastIndex(host, "@"); at >= 0 {
		host = host[at+1:]
	}
	if host == "" {
		return fmt.Errorf("%q has no host name after %s://, as example.org in https://example.org/", s, scheme)
	}
	name, port := host, ""
	if strings.HasPrefix(host, "[") {
		end := strings.Index(host, "]")
		if end < 0 {
			return fmt.Errorf("%q opens a [ in its host name that it does not close; write the address as in https://[2001:db8::1]/", s)
		}
		after := host[end+1:]
		name = host[:end+1]
		if after != "" && !strings.HasPrefix(after, ":") {
			return fmt.Errorf("%q has %q after the ] of its host name; write the address as in https://[2001:db8::1]:8080/", s, after)
		}
		port = strings.TrimPrefix(after, ":")
	} else if i := strings.LastIndex(host, ":"); i >= 0 {
		name, port = host[:i], host[i+1:]
	}
	if n, err := strconv.Atoi(port); port != "" && (err != nil || n < 1 || n > 65535) {
		return fmt.Errorf("%q has the port %q, which no server has: a port is a number from 1 to 65535", s, port)
	}
	if !strings.HasPrefix(name, "[") {
		for _, r := range name {
			if r < utf8.RuneSelf && !(r == '-' || r == '.' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
				return fmt.Errorf("%q has %q in its host name %q, which a host name cannot hold (letters, digits, -, _ and .)", s, string(r), name)
			}
		}
	}
	if _, err := url.Parse(s); err != nil {
		return fmt.Errorf("%q is not a web address such as https://example.org/", s)
	}
	return nil
}

// baseURLCharacters refuses, in a site's address, a character no address
// holds as written (a space, an invisible control character) and a % not
// followed by two hexadecimal digits, each at its character.
func baseURLCharacters(s string) error {
	for i, r := range []rune(s) {
		switch {
		case r == ' ':
			return fmt.Errorf("%q holds a space (character %d), which an address cannot hold; delete it, or write it as %%20", s, i+1)
		case unicode.IsControl(r) || r == utf8.RuneError || r == '\ufeff':
			return fmt.Errorf("%q holds the invisible character U+%04X (character %d), which an address cannot hold; delete it", s, r, i+1)
		case unicode.IsSpace(r):
			return fmt.Errorf("%q holds a space U+%04X (character %d), which an address cannot hold; delete it", s, r, i+1)
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && (i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2])) {
			esc := s[i:min(i+3, len(s))]
			return fmt.Errorf("%q holds %q (character %d), which is no escape: in an address %% is followed by two of 0-9 and A-F, as in %%20 for a space; write %%25 for a %% sign", s, esc, utf8.RuneCountInString(s[:i])+1)
		}
	}
	return nil
}

// isWord reports whether s is letters only, as a scheme (mailto) is.
func isWord(s string) bool {
	return s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

// isPort reports whether s begins with digits up to a / or its end: the
// port of example.org:8080/ written without https://.
func isPort(s string) bool {
	digits, _, _ := strings.Cut(s, "/")
	return digits != "" && strings.Trim(digits, "0123456789") == ""
}

// isHex reports whether c is a hexadecimal digit.
func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// CheckLanguageCode reports whether code is a well-formed BCP 47 tag written in
// lower case (it becomes a URL segment) that names one language, suggesting
// the usual code for common slips. Tags BCP 47 allows but that name no
// language are refused: root and und (undetermined), private use (x-foo), and
// old registered forms (i-klingon, zh-min-nan), which x/text reads as another
// code (tlh, nan) than the one written, so pages would say one language and
// the address another.
func CheckLanguageCode(code string) error {
	if hint, ok := commonSlips[code]; ok {
		return fmt.Errorf("%q is not a language tag; did you mean %q?", code, hint)
	}
	tag, err := language.Raw.Parse(code)
	if err != nil || code != strings.ToLower(code) || strings.Contains(code, "_") {
		if n := normalLangCode(code); n != code && CheckLanguageCode(n) == nil {
			return fmt.Errorf("%q is not a lower-case BCP 47 language tag; write %q", code, n)
		}
		return fmt.Errorf("%q is not a lower-case BCP 47 language tag (for example lv, en, vi, pt-br)", code)
	}
	if base, conf := tag.Base(); conf == language.No || base == (language.Base{}) || tag.IsRoot() {
		return fmt.Errorf("%q names no language; a language code is a language's two- or three-letter code, then a region if needed, as lv, en, vi or pt-br", code)
	}
	if canon := strings.ToLower(tag.String()); canon != code {
		return fmt.Errorf("%q is an old form of a language code; write %q", code, canon)
	}
	return nil
}

// languageKey is what a language's code may be when site.yaml gives its tag
// as locale: a lower-case segment of an address and of file names (x.cn.md).
var languageKey = regexp.MustCompile(`^[a-z0-9]+([-_][a-z0-9]+)*$`)

// defaultGetenv are the environment variables shortcodes may read when
// site.yaml names none: Hugo's default security.funcs.getenv.
var defaultGetenv = []*regexp.Regexp{regexp.MustCompile("^HUGO_"), regexp.MustCompile("^CI$")}

// getenv is Getenv, or its default.
func (c *Config) getenv() []*regexp.Regexp {
	if c.Getenv == nil {
		return defaultGetenv
	}
	return c.Getenv
}

// MayGetenv reports whether shortcodes may read the environment variable
// name (getenv).
func (c *Config) MayGetenv(name string) bool {
	for _, re := range c.getenv() {
		if re.MatchString(name) {
			return true
		}
	}
	return false
}

// GetenvPatterns are the patterns of Getenv, for messages: "^HUGO_, ^CI$",
// or "none".
func (c *Config) GetenvPatterns() string {
	var list []string
	for _, re := range c.getenv() {
		list = append(list, re.String())
	}
	if len(list) == 0 {
		return "none"
	}
	return strings.Join(list, ", ")
}

// LanguageKey reports whether code may name a language whose tag site.yaml
// gives as its locale.
func LanguageKey(code string) bool { return languageKey.MatchString(code) }

// Tag is the BCP 47 tag of the language with code: its locale, else the
// code itself.
func (c *Config) Tag(code string) string {
	if l := c.Language(code); l != nil {
		return l.Locale()
	}
	return code
}

// normalLangCode is code as CheckLanguageCode wants it: lower case, with
// hyphens (LV -> lv, pt_BR -> pt-br).
func normalLangCode(code string) string {
	return strings.ReplaceAll(strings.ToLower(code), "_", "-")
}

// LanguageSlip is the language code that code is a common slip for (vn
// for vi, lat for lv), for a "did you mean" in messages about file names.
func LanguageSlip(code string) (string, bool) {
	s, ok := commonSlips[code]
	return s, ok
}

var commonSlips = map[string]string{"cn": "zh", "vn": "vi", "lat": "lv", "eng": "en", "ua": "uk", "cz": "cs", "gr": "el", "jp": "ja", "kr": "ko", "dk": "da", "se": "sv"}

// Language returns the language with code, or nil.
func (c *Config) Language(code string) *Language {
	for i := range c.Languages {
		if c.Languages[i].Code == code {
			return &c.Languages[i]
		}
	}
	return nil
}

// Segment is the URL segment of a section or taxonomy key in lang: the configured
// one, else the key as a segment (lower-cased, as page slugs are).
func (c *Config) Segment(key, lang string) string {
	key = c.SectionKey(key)
	if s, ok := c.Sections[key][lang]; ok {
		return s
	}
	key = slug.Unescape(key)
	if c.HugoAddresses || c.KeepCase {
		return cmp.Or(c.Slug(key), key)
	}
	return cmp.Or(slug.Path(key), key)
}

// SectionKey is the section or taxonomy of site.yaml (sections, types,
// taxonomies) that the content folder name names: name itself, or the one
// equal to it once both have their accents stored the same way (Unicode
// normalization: macOS saves a folder's ņ as n and a combining cedilla,
// NFD, and an editor types it as one character, NFC), else name. Taken for
// two names, the folder's pages were a section of their own, at an address
// made of the folder's name, without the type and addresses site.yaml gives.
func (c *Config) SectionKey(name string) string {
	if norm.NFC.IsNormalString(name) && norm.NFD.IsNormalString(name) {
		return name // no accents to store two ways (ASCII), or the key as written
	}
	if _, ok := c.Sections[name]; ok || slices.Contains(c.Taxonomies, name) {
		return name
	}
	want := norm.NFC.String(name)
	keys := slices.Sorted(maps.Keys(c.Sections))
	keys = append(keys, c.Taxonomies...)
	for _, t := range c.Types {
		keys = append(keys, t.Sections...)
	}
	for _, key := range keys {
		if key != name && norm.NFC.String(key) == want {
			return key
		}
	}
	return name
}

// SearchSegment is the URL segment of lang's search page: searchPage's,
// else sections.search's (which also names a section search, if the site
// has one), else "search".
func (c *Config) SearchSegment(lang string) string {
	if s, ok := c.SearchPage[lang]; ok {
		return s
	}
	return c.Segment("search", lang)
}

// Slug is the address segment of a file's, folder's or term's name:
// vestis's slug (lower case, transliterated), or Hugo's with hugoAddresses
// (keepCase keeps the letters' case either way). %-escapes are decoded
// first (slug.Unescape): a%20c.md is the page a-c, not a-20c.
func (c *Config) Slug(name string) string {
	name = slug.Unescape(name)
	if c.HugoAddresses {
		return c.hugoSlug(slug.HugoName, name)
	}
	if c.KeepCase {
		return slug.KeepCase(name)
	}
	return slug.Make(name)
}

// hugoSlug is Hugo's segment of name as hugo makes it (slug.HugoName for
// a file's, folder's or term's name, slug.Hugo for a slug), cleaned: a term
// written a/../b is a/b, and none leaves its folder.
func (c *Config) hugoSlug(hugo func(string, bool) string, name string) string {
	s := hugo(name, c.KeepCase)
	if c.RemovePathAccents {
		s = slug.RemoveAccents(s)
	}
	return strings.Trim(path.Clean("/"+s), "/")
}

// SlugAsWritten is Slug for a slug written in front matter: dots and
// underscores kept, %-escapes decoded.
func (c *Config) SlugAsWritten(name string) string {
	name = slug.Unescape(name)
	if c.HugoAddresses {
		return c.hugoSlug(slug.Hugo, name)
	}
	if c.KeepCase {
		return slug.PathKeepCase(name)
	}
	return slug.Path(name)
}

// rightToLeft reports whether a language's usual script is written right to left.
// RightToLeft reports whether the language code is written right to left.
func RightToLeft(code string) bool { return rightToLeft(code) }

func rightToLeft(code string) bool {
	script, _ := language.Make(code).Script()
	switch script.String() {
	case "Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr", "Mend":
		return true
	}
	return false
}

// PermalinkTokens are the words a permalink pattern may hold, as Hugo's.
// :sections may be sliced, as in Hugo: :sections[1:], :sections[last].
var PermalinkTokens = []string{":year", ":month", ":day", ":section", ":sections", ":slug", ":title", ":filename", ":translationKey",
	":slugorfilename", ":slugorcontentbasename", ":contentbasename"}

// PermalinkToken matches a token of a permalink pattern, with the slice
// that may follow it (:sections[1:]) as its first group.
var PermalinkToken = regexp.MustCompile(`:[A-Za-z]+(\[[^\]]*\])?`)

// SliceSections applies a slice of Hugo's permalinks, "[1:]", "[:last]",
// "[0]", "[last]" (in brackets, "" for none), to a page's sections: one
// index or a range, each end a number or last (the last section's index).
func SliceSections(slice string, sections []string) ([]string, error) {
	if slice == "" {
		return sections, nil
	}
	inner, ok := strings.CutPrefix(slice, "[")
	if inner, ok = strings.CutSuffix(inner, "]"); !ok {
		return nil, fmt.Errorf("%s is not a slice such as [1:], [:last] or [0]", slice)
	}
	index := func(s string, def int) (int, bool) {
		switch s = strings.TrimSpace(s); s {
		case "":
			return def, true
		case "last":
			return len(sections) - 1, true
		}
		n, err := strconv.Atoi(s)
		return n, err == nil && n >= 0
	}
	from, to, isRange := strings.Cut(inner, ":")
	a, okA := index(from, 0)
	if !isRange {
		if !okA || from == "" {
			return nil, fmt.Errorf("%s is not a slice such as [1:], [:last] or [0]", slice)
		}
		if a < 0 || a >= len(sections) {
			return nil, nil
		}
		return sections[a : a+1], nil
	}
	b, okB := index(to, len(sections))
	if !okA || !okB {
		return nil, fmt.Errorf("%s is not a slice such as [1:], [:last] or [0]", slice)
	}
	a, b = max(a, 0), min(b, len(sections))
	if a >= b {
		return nil, nil
	}
	return sections[a:b], nil
}

// checkPermalink reports what is wrong with a permalink pattern.
func checkPermalink(pattern string) error {
	if !strings.HasPrefix(pattern, "/") {
		return fmt.Errorf("%q must start with /", pattern)
	}
	for _, m := range PermalinkToken.FindAllStringSubmatch(pattern, -1) {
		tok := strings.TrimSuffix(m[0], m[1])
		if !slices.Contains(PermalinkTokens, tok) {
			return fmt.Errorf("%q: unknown %s; use %s", pattern, tok, strings.Join(PermalinkTokens, ", "))
		}
		if m[1] != "" && tok != ":sections" {
			return fmt.Errorf("%q: only :sections takes a slice (%s)", pattern, m[1])
		}
		if _, err := SliceSections(m[1], nil); err != nil {
			return fmt.Errorf("%q: %v", pattern, err)
		}
	}
	if !slices.ContainsFunc(PermalinkTokens[5:], func(tok string) bool { return strings.Contains(pattern, tok) }) {
		return fmt.Errorf("%q names no page: put :slug, :title, :filename or :translationKey in it", pattern)
	}
	if strings.Contains(pattern, "..") || strings.ContainsAny(pattern, `\?#`) {
		return fmt.Errorf("%q has a character not allowed in a path", pattern)
	}
	return nil
}

// LangRoot is the root-relative folder of a language's pages: /lv/, or / for
// the default language at the site root.
func (c *Config) LangRoot(lang string) string {
	if lang == c.DefaultLanguage && !c.DefaultLanguageInSubdir {
		return "/"
	}
	return "/" + lang + "/"
}

// Disabled reports whether lang is one of DisabledLanguages.
func (c *Config) Disabled(lang string) bool { return slices.Contains(c.DisabledLanguages, lang) }

// hasKey reports whether m has key.
func hasKey[V any](m map[string]V, key string) bool {
	_, ok := m[key]
	return ok
}

// LanguageCodes lists the codes in weight order.
func (c *Config) LanguageCodes() []string {
	codes := make([]string, len(c.Languages))
	for i, l := range c.Languages {
		codes[i] = l.Code
	}
	return codes
}

// ContentRoot is a folder vestis reads pages from.
type ContentRoot struct {
	Dir string
	// Lang is the language of the files whose names carry none: the one
	// language that reads Dir, else the default language.
	Lang string
	// At is where Dir's pages are below the language's content, for a
	// folder mounted there (ContentMounts); "" for a content folder.
	At string
}

// Path is the path below the language's content of file, a file of r's
// folder: its path in the folder, below At.
func (r ContentRoot) Path(file string) string {
	return path.Join(r.At, strings.TrimPrefix(strings.TrimPrefix(file, r.Dir), "/"))
}

// ContentRoots are the folders of the languages' pages (content, or each
// language's contentDir), sorted; a folder inside another is read as its
// own, not as a section of the outer one.
func (c *Config) ContentRoots() []ContentRoot {
	readers := map[string][]string{}
	for _, l := range c.Languages {
		dir := cmp.Or(l.ContentDir, "content")
		readers[dir] = append(readers[dir], l.Code)
	}
	if len(readers) == 0 {
		return []ContentRoot{{Dir: "content", Lang: c.DefaultLanguage}}
	}
	var roots []ContentRoot
	for _, dir := range sortedKeys(readers) {
		lang := c.DefaultLanguage
		if len(readers[dir]) == 1 {
			lang = readers[dir][0]
		}
		roots = append(roots, ContentRoot{Dir: dir, Lang: lang})
	}
	for _, l := range c.Languages {
		for dir, at := range l.ContentMounts {
			if _, ok := readers[dir]; !ok {
				roots = append(roots, ContentRoot{Dir: dir, Lang: l.Code, At: at})
			}
		}
	}
	slices.SortFunc(roots, func(a, b ContentRoot) int {
		return cmp.Or(strings.Compare(a.Dir, b.Dir), strings.Compare(a.Lang, b.Lang))
	})
	return slices.CompactFunc(roots, func(a, b ContentRoot) bool { return a.Dir == b.Dir })
}

// ContentRootOf is the content folder that file (site-relative) is in, the
// innermost; ok is false when it is in none.
func (c *Config) ContentRootOf(file string) (root ContentRoot, ok bool) {
	for _, r := range c.ContentRoots() {
		if strings.HasPrefix(file, r.Dir+"/") && len(r.Dir) >= len(root.Dir) {
			root, ok = r, true
		}
	}
	return root, ok
}

// MountedFiles are the files of the site that p, a path below lang's
// content (docs/setup.md), names in the folders mounted there
// (ContentMounts): content/en/docs/latest/setup.md for content/en/docs/latest
// mounted at docs. The language's content folder's own is ContentDir's.
func (c *Config) MountedFiles(lang, p string) []string {
	l := c.Language(lang)
	if l == nil {
		return nil
	}
	p = strings.Trim(path.Clean("/"+p), "/")
	var out []string
	for _, dir := range slices.Sorted(maps.Keys(l.ContentMounts)) {
		at := l.ContentMounts[dir]
		if rest, ok := strings.CutPrefix(p, at); ok && (rest == "" || rest[0] == '/') {
			out = append(out, path.Join(dir, rest))
		}
	}
	return out
}

// ContentDir is the folder of lang's pages.
func (c *Config) ContentDir(lang string) string {
	if l := c.Language(lang); l != nil && l.ContentDir != "" {
		return l.ContentDir
	}
	return "content"
}
