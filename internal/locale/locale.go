// Package locale holds the site's translated messages (i18n/<lang>.yaml through
// go-i18n with CLDR plural rules) and formats dates in each language.
package locale

import (
	"cmp"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/decode"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// Locale holds the messages of every language of a site.
type Locale struct {
	defLang    string
	localizers map[string]*i18n.Localizer
	// keys records which message IDs each language defines.
	keys map[string]map[string]bool
	// fallback names, for a language without messages, the one it uses.
	fallback map[string]string
	// fillIn names, for a language whose messages are only the site's own
	// (the default theme has no file for it: a Hugo site's fr.yaml holds its
	// theme's messages, not vestis's), the language whose messages stand in
	// for those it lacks.
	fillIn map[string]string
	// fillInLocalizer gives the messages of fallbackLang, for fillIn.
	fillInLocalizer *i18n.Localizer
	// memo keeps messages without data and formatted dates: layouts ask for the
	// same few thousand times per build.
	memo sync.Map // memoKey -> string
	// sums are a sum of the messages each language's pages may show (Sum).
	sums map[string]uint64
}

type memoKey struct {
	lang, id string
	count    any
	// day is a date's year, month and day: all a date form shows, so that
	// the pages of one day share their dates whatever their times.
	day [3]int
}

// Warning is a problem that does not stop a build unless it is strict.
type Warning struct {
	File string
	Line int
	Msg  string
	// Lang and Key name a message missing in a language; Key is empty when the
	// whole file is missing.
	Lang, Key string
	// Plural lists the plural categories the message lacks; when set, the
	// message exists but is incomplete.
	Plural []string
	// Fallback is the language whose message a missing Key shows instead.
	Fallback string
	// Form is a plural form message Key has that its language does not
	// (few in Latvian); when set, the message exists.
	Form string
	// Theme marks a missing Key that is one of the default theme's own
	// words (a button, a label), missing because the theme has no messages
	// in Lang at all, not a key of the site's own i18n files: Brief says
	// these in one note for all such languages.
	Theme bool
}

// missing reports whether w is about a message Key that a file lacks.
func (w Warning) missing() bool { return w.Key != "" && w.Plural == nil && w.Form == "" }

func (w Warning) String() string {
	if w.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Msg)
	}
	return w.File + ": " + w.Msg
}

// maxListed is how many missing messages of one file Brief lists one by one.
const maxListed = 5

// Brief is ws for a build's output: more than maxListed messages missing in
// one file are one warning that counts them and names the first (a Hugo
// site's own i18n files lack most of the theme's messages); vestis check
// lists each.
func Brief(ws []Warning) []Warning {
	missing := map[string][]string{}
	var themeLangs, themeFallbacks []string
	themeAt := -1 // where the theme's note goes: at its first word
	for i, w := range ws {
		switch {
		case w.missing() && w.Theme:
			themeLangs = append(themeLangs, w.Lang)
			themeFallbacks = append(themeFallbacks, w.Fallback)
			if themeAt < 0 {
				themeAt = i
			}
		case w.missing():
			missing[w.File] = append(missing[w.File], w.Key)
		}
	}
	var out []Warning
	for i, w := range ws {
		keys := missing[w.File]
		switch {
		case w.missing() && w.Theme:
			if i == themeAt {
				out = append(out, themeNote(path.Dir(w.File), themeLangs, themeFallbacks))
			}
		case !w.missing() || len(keys) <= maxListed:
			out = append(out, w)
		case w.Key == keys[0]:
			out = append(out, Warning{File: w.File, Lang: w.Lang, Msg: fmt.Sprintf("%d keys are missing (%s, …), so %s pages show those messages in %s; vestis check lists them all",
				len(keys), strings.Join(keys[:maxListed], ", "), w.Lang, w.Fallback)})
		}
	}
	return out
}

// themeNote is the one warning for the default theme's words missing in
// langs, languages it has no messages for, which show in fallbacks instead
// (both as many as the words; sorted and made unique here).
func themeNote(dir string, langs, fallbacks []string) Warning {
	langs = slices.Compact(slices.Sorted(slices.Values(langs)))
	fallbacks = slices.Compact(slices.Sorted(slices.Values(fallbacks)))
	file := path.Join(dir, "LANG.yaml")
	if len(langs) == 1 {
		file = path.Join(dir, langs[0]+".yaml")
	}
	return Warning{File: dir, Lang: strings.Join(langs, ", "), Msg: fmt.Sprintf("the default theme has no messages in %s, so its own words (buttons, labels, dates) show in %s on those pages; to translate them, add the default theme's %s.yaml messages to %s",
		strings.Join(langs, ", "), strings.Join(fallbacks, " or "), fallbacks[0], file)}
}

// bundleTags are the tags go-i18n keeps the messages of cfg's languages
// under, by key: each language's tag, unless CLDR has no plural rules for
// it (Chamorro's ch, Limburgish's li), whose messages go-i18n refuses ("no
// plural rule registered"): then an artificial language (art), counted as
// English, as Hugo does for such languages, with a private-use region of
// its own (art-XA, art-XB ...), as go-i18n's matcher tells tags apart by
// region, not by private-use subtags.
func bundleTags(cfg *config.Config) map[string]language.Tag {
	out := map[string]language.Tag{}
	var regions []string // user-assigned ISO 3166 codes
	for c := 'A'; c <= 'Z'; c++ {
		regions = append(regions, "X"+string(c))
	}
	for c := 'M'; c <= 'Z'; c++ {
		regions = append(regions, "Q"+string(c))
	}
	next := 0
	for _, lang := range cfg.LanguageCodes() {
		t := language.Make(cfg.Tag(lang))
		// Adding no messages fails only where go-i18n has no plural rule.
		if i18n.NewBundle(t).AddMessages(t) != nil && next < len(regions) {
			t = language.Make("art-" + regions[next])
			next++
		}
		out[lang] = t
	}
	return out
}

// Load reads dir/<lang>.yaml for every language of cfg from each layer in turn,
// the default theme first and the site last, so that a site's file overrides single
// messages of the theme; a regional language (en-us) reads its base
// language's files (en.yaml) first. A key that the default language has and another language
// lacks is a warning; that language falls back to the default language's message.
// A language with no file in any layer (the theme has lv, en and vi) falls
// back to English, with one warning naming the file it lacks.
func Load(layers []fs.FS, dir string, cfg *config.Config) (*Locale, []Warning, error) {
	// A language's plural rules and its localizer go by its tag (a Hugo
	// site's cn, whose locale is zh-cn, has Chinese rules), its files and
	// messages by its key.
	tags := bundleTags(cfg)
	tagOf := func(lang string) language.Tag {
		if t, ok := tags[lang]; ok {
			return t
		}
		return language.Make(cfg.Tag(lang)) // the fallback language, not the site's
	}
	// formsOf is the tag whose plural forms lang's messages have: English's
	// for a language counted as English.
	formsOf := func(lang string) string {
		if b, _ := tagOf(lang).Base(); b.String() == "art" {
			return "en"
		}
		return cfg.Tag(lang)
	}
	defTag := tagOf(cfg.DefaultLanguage)
	bundle := i18n.NewBundle(defTag)
	l := &Locale{defLang: cfg.DefaultLanguage, localizers: map[string]*i18n.Localizer{}, keys: map[string]map[string]bool{}, fallback: map[string]string{}, fillIn: map[string]string{}}
	themed := map[string]bool{}   // languages the default theme (the first of several layers) has a file for
	siteKeys := map[string]bool{} // ids the site's own files (not the default theme's) define, in any language
	var errs []error
	var warnings []Warning
	read := map[string]map[string]uint64{} // each language's messages by id: a sum of each as read
	var loadFile func(lang, file string) bool
	load := func(lang string) (found bool) {
		l.keys[lang] = map[string]bool{}
		files := []string{path.Join(dir, lang+".yaml")}
		if base, _, ok := strings.Cut(lang, "-"); ok {
			// A regional language (en-us, pt-br) has its base language's
			// messages (the theme's en.yaml) where its own files lack them,
			// not the default language's.
			files = []string{path.Join(dir, base+".yaml"), files[0]}
		}
		for _, file := range files {
			if loadFile(lang, file) {
				found = true
			}
		}
		return found
	}
	loadFile = func(lang, file string) (found bool) {
		msgs := map[string]*i18n.Message{}
		lines := map[string]int{}
		for i, layer := range layers {
			data, err := sitefs.ReadText(layer, file, sitefs.MaxSize)
			if errors.Is(err, fs.ErrNotExist) && !errors.Is(err, sitefs.ErrDangling) {
				continue
			}
			if err != nil {
				errs = append(errs, err)
				continue
			}
			found = true
			if i == 0 && len(layers) > 1 {
				themed[lang] = true
			}
			if read[lang] == nil {
				read[lang] = map[string]uint64{}
			}
			root, parsed, err := parseMessages(file, data)
			if err == nil {
				err = bundle.AddMessages(tagOf(lang), ownForms(formsOf(lang), parsed)...)
			}
			if err != nil {
				errs = append(errs, err)
				continue
			}
			for _, m := range parsed {
				l.keys[lang][m.ID] = true
				msgs[m.ID] = m
				h := fnv.New64a()
				fmt.Fprintf(h, "%#v", *m)
				read[lang][m.ID] = h.Sum64() // the file read last (the site's, a regional one) gives it
				if i > 0 || len(layers) == 1 {
					siteKeys[m.ID] = true
				}
			}
			for id, line := range keyLines(root) {
				lines[id] = line
			}
		}
		for _, e := range checkMessages(file, msgs, lines) {
			errs = append(errs, e)
		}
		for _, w := range slices.Concat(pluralWarnings(formsOf(lang), file, msgs, lines), extraFormWarnings(formsOf(lang), file, msgs, lines), emptyWarnings(file, msgs, lines, siteKeys)) {
			w.Lang = lang
			warnings = append(warnings, w)
		}
		return found
	}
	for _, lang := range cfg.LanguageCodes() {
		switch {
		case !load(lang):
			l.fallback[lang] = fallbackLang
		case len(layers) > 1 && !themed[lang] && lang != fallbackLang:
			l.fillIn[lang] = fallbackLang
		}
	}
	if (len(l.fallback) > 0 || len(l.fillIn) > 0) && l.keys[fallbackLang] == nil {
		load(fallbackLang) // the theme's English, for languages it has no file for
	}
	for _, lang := range cfg.LanguageCodes() {
		if fb := l.fallback[lang]; fb != "" {
			warnings = append(warnings, Warning{File: path.Join(dir, lang+".yaml"), Lang: lang,
				Msg: fmt.Sprintf("missing; the interface of %s pages is in %s until you add this file with its messages (copy the default theme's %s.yaml)", lang, fb, fb)})
			l.localizers[lang] = i18n.NewLocalizer(bundle, fb) // not lang: go-i18n would match it, and find nothing
		} else {
			l.localizers[lang] = i18n.NewLocalizer(bundle, tagOf(lang).String())
		}
	}
	if len(l.fillIn) > 0 {
		l.fillInLocalizer = i18n.NewLocalizer(bundle, fallbackLang)
	}
	if len(errs) > 0 {
		return nil, nil, errors.Join(errs...)
	}
	for _, lang := range cfg.LanguageCodes() {
		if l.fallback[lang] != "" {
			continue
		}
		// The ids lang should have: the default language's and, for a
		// language the theme has no messages for, the theme's English.
		want := map[string]bool{}
		if lang != l.defLang {
			maps.Copy(want, l.keys[l.defLang])
		}
		fb := l.fillIn[lang]
		if fb != "" {
			maps.Copy(want, l.keys[fb])
		}
		for _, id := range slices.Sorted(maps.Keys(want)) {
			if l.keys[lang][id] {
				continue
			}
			w := Warning{File: path.Join(dir, lang+".yaml"), Lang: lang, Key: id, Fallback: l.defLang}
			if !l.keys[l.defLang][id] {
				w.Fallback = fb
			}
			switch {
			case fb != "" && !siteKeys[id]:
				// One of the theme's words, in a language it does not know.
				w.Theme = true
				w.Msg = fmt.Sprintf("key %q is missing (the default theme has no %s.yaml); falls back to %s", id, lang, w.Fallback)
			default:
				w.Msg = fmt.Sprintf("key %q is missing; falls back to %s", id, w.Fallback)
			}
			warnings = append(warnings, w)
		}
	}
	l.sums = map[string]uint64{}
	for _, lang := range cfg.LanguageCodes() {
		h := fnv.New64a()
		fmt.Fprintf(h, "%s\x00%s\x00", l.fallback[lang], l.fillIn[lang])
		for _, from := range l.sources(lang, cfg) {
			own := from == lang || cfg.Tag(from) == cfg.Tag(lang)
			for _, id := range slices.Sorted(maps.Keys(read[from])) {
				// Another language's message is lang's only where lang has
				// none of its own: the default language's edit of a message
				// every language has renders the default language's pages.
				if own || !l.keys[lang][id] {
					fmt.Fprintf(h, "%s\x00%s\x00%d\x00", from, id, read[from][id])
				}
			}
		}
		l.sums[lang] = h.Sum64()
	}
	warnings = append(warnings, unread(layers[len(layers)-1], dir, cfg, l.keys)...)
	return l, append(warnings, l.checkUses(dir, cfg)...), nil
}

// sources are the languages whose files lang's messages may come from: its
// own, the default language's, the English that stands in for either
// (fallback, fillIn), and any language of the same tag, whose messages
// go-i18n holds together.
func (l *Locale) sources(lang string, cfg *config.Config) []string {
	from := []string{lang, l.defLang, l.fallback[lang], l.fillIn[lang], l.fallback[l.defLang], l.fillIn[l.defLang]}
	for _, other := range cfg.LanguageCodes() {
		if cfg.Tag(other) == cfg.Tag(lang) {
			from = append(from, other)
		}
	}
	slices.Sort(from)
	return slices.Compact(from)
}

// Sum is a sum of the messages lang's pages may show: its own, and those of
// the languages it falls back to (sources) that it lacks. It is the same
// while none of them changed, whatever else the message files do.
func (l *Locale) Sum(lang string) uint64 { return l.sums[lang] }

// unread warns of the site's message files of its languages that vestis
// does not read, as Hugo does: lv.yml, lv.toml, lv.json, LV.yaml, and a
// file named with a common slip for a language's code (vn.yaml for vi). Their
// messages would be missing with no word of why (a theme's stand in). The
// files of languages the site does not have, none of which is read (a
// theme's thirty copied in, de.yaml kept from a language dropped), are one
// warning for them all. loaded are the languages whose files were read.
func unread(site fs.FS, dir string, cfg *config.Config, loaded map[string]map[string]bool) []Warning {
	entries, err := fs.ReadDir(site, dir)
	if err != nil {
		return nil
	}
	langs := map[string]bool{}
	for _, code := range cfg.LanguageCodes() {
		langs[code] = true
		if base, _, ok := strings.Cut(code, "-"); ok {
			langs[base] = true
		}
	}
	var out []Warning
	var others []string // files of languages the site does not have
	for _, e := range entries {
		name := e.Name()
		ext := path.Ext(name)
		lang := strings.TrimSuffix(name, ext)
		want := strings.ToLower(lang) + ".yaml"
		if lower := strings.ToLower(lang); !e.IsDir() && !langs[lower] && loaded[lower] == nil && isMessageFile(ext) {
			if slip, ok := config.LanguageSlip(lower); !ok || !langs[slip] { // vn.yaml for vi is said below
				others = append(others, name)
				continue
			}
		}
		if slip, ok := config.LanguageSlip(strings.ToLower(lang)); ok && langs[slip] && !e.IsDir() && !langs[strings.ToLower(lang)] {
			// vn.yaml for vi: the language's messages would be missing
			// with no word of why.
			out = append(out, Warning{File: path.Join(dir, name), Lang: slip,
				Msg: fmt.Sprintf("%s is not a language code of this site, so this file is not read; %s's messages are read from %s: rename it %s.yaml", strings.ToLower(lang), slip, path.Join(dir, slip+".yaml"), slip)})
			continue
		}
		if e.IsDir() || !langs[strings.ToLower(lang)] || name == want {
			continue
		}
		var msg string
		switch strings.ToLower(ext) {
		case ".yaml", ".yml":
			if _, err := fs.Stat(site, path.Join(dir, want)); err == nil && ext == ".yaml" {
				continue // a file system that ignores letter case reads VI.yaml as vi.yaml
			}
			msg = fmt.Sprintf("vestis reads %s's messages from %s only, so this file is not read; rename it %s", strings.ToLower(lang), path.Join(dir, want), want)
		case ".toml", ".json":
			// After vestis import hugo, which wrote the YAML file from this
			// one, Hugo's file stays for Hugo: nothing to say while the
			// YAML file holds each of its messages as written.
			differ, ok := convertedDiffers(site, path.Join(dir, name), path.Join(dir, want))
			switch {
			case !ok:
				msg = fmt.Sprintf("vestis reads %s's messages from %s (YAML) only, so this file is not read; vestis import hugo writes %s from it", strings.ToLower(lang), path.Join(dir, want), want)
			case len(differ) == 0:
				continue
			default:
				msg = fmt.Sprintf("%s lacks or words differently %s of this file (%s), which vestis does not read: copy %s there", path.Join(dir, want), oneOrMany(len(differ), "a message", "messages"), summarize(differ), oneOrMany(len(differ), "it", "them"))
			}
		default:
			continue
		}
		out = append(out, Warning{File: path.Join(dir, name), Lang: strings.ToLower(lang), Msg: msg})
	}
	if len(others) > 0 {
		var codes []string
		for _, name := range others {
			codes = append(codes, strings.ToLower(strings.TrimSuffix(name, path.Ext(name))))
		}
		slices.Sort(codes)
		codes = slices.Compact(codes)
		out = append(out, Warning{File: dir, Msg: fmt.Sprintf("%s %s not read: %s %s of this site (site.yaml languages: %s); to use %s, add %s to site.yaml, or delete %s",
			summarize(others), oneOrMany(len(others), "is", "are"), summarize(codes), oneOrMany(len(codes), "is not a language", "are not languages"),
			strings.Join(cfg.LanguageCodes(), ", "), oneOrMany(len(others), "its messages", "a file's messages"),
			oneOrMany(len(others), "the language", "its language"), oneOrMany(len(others), "the file", "the files"))})
	}
	return out
}

// isMessageFile reports whether ext is that of a file of messages, in
// vestis's format or Hugo's.
func isMessageFile(ext string) bool {
	switch strings.ToLower(ext) {
	case ".yaml", ".yml", ".toml", ".json":
		return true
	}
	return false
}

// convertedDiffers compares the messages of a Hugo message file (TOML or
// JSON) with those of the YAML file beside it, which vestis reads: ok is
// false when the YAML file is not there (or either cannot be read, which
// the build reports elsewhere); differ are the ids of from that the YAML
// file lacks or holds with another text, sorted.
func convertedDiffers(site fs.FS, from, yamlFile string) (differ []string, ok bool) {
	src, err := sitefs.ReadText(site, from, sitefs.MaxSize)
	if err != nil {
		return nil, false
	}
	dst, err := sitefs.ReadText(site, yamlFile, sitefs.MaxSize)
	if err != nil {
		return nil, false
	}
	a, err := decode.Data(src, path.Ext(from))
	if err != nil {
		return nil, false
	}
	b, err := decode.Data(dst, ".yaml")
	if err != nil {
		return nil, false
	}
	have, _ := b.(map[string]any)
	switch v := a.(type) {
	case map[string]any:
		for id, text := range v {
			if other, ok := have[id]; !ok || fmt.Sprint(other) != fmt.Sprint(text) {
				differ = append(differ, id)
			}
		}
	case []any: // go-i18n's older list of {id, translation}
		for _, item := range v {
			entry, _ := item.(map[string]any)
			id, _ := entry["id"].(string)
			if other, ok := have[id]; !ok || fmt.Sprint(other) != fmt.Sprint(entry["translation"]) {
				differ = append(differ, id)
			}
		}
	default:
		return nil, false
	}
	slices.Sort(differ)
	return differ, true
}

// summarize names up to three of list, then how many more.
func summarize(list []string) string {
	if len(list) <= 3 {
		return strings.Join(list, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(list[:3], ", "), len(list)-3)
}

// oneOrMany is one or many, by n.
func oneOrMany(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// checkUses warns, once per language, of the messages site.yaml names (a
// home block's heading, a field's label, an enum value) that the language
// lacks, and the default language too: its pages show a stand-in.
func (l *Locale) checkUses(dir string, cfg *config.Config) []Warning {
	var out []Warning
	for _, lang := range cfg.LanguageCodes() {
		var missing []string
		seen := map[string]bool{}
		for _, u := range cfg.MessageUses() {
			if seen[u.ID] || l.has(lang, u.ID) {
				continue
			}
			seen[u.ID] = true
			missing = append(missing, fmt.Sprintf("%s (site.yaml:%d; pages show %s)", u.ID, u.Line, u.Default))
		}
		if len(missing) > 0 {
			out = append(out, Warning{File: path.Join(dir, lang+".yaml"), Lang: lang,
				Msg: "no message for what site.yaml names: " + strings.Join(missing, ", ")})
		}
	}
	return out
}

// fallbackLang is the language of messages for a language no file has.
const fallbackLang = "en"

// has reports whether lang has message id, or the language it falls back to.
func (l *Locale) has(lang, id string) bool {
	return l.keys[lang][id] || l.keys[l.defLang][id] || l.keys[l.fallback[lang]][id] || l.keys[l.fillIn[lang]][id] || l.keys[l.fillIn[l.defLang]][id]
}

// Source is the language whose text T gives for message id in lang: lang
// itself, or the language that stands in for it (the theme's English for a
// language without messages, or for a message the site's file lacks; the
// default language for a message missing in lang). Layouts mark such text
// with its language, so that a screen reader reads it in the right voice and
// an English phrase on a right-to-left page keeps its punctuation in place.
func (l *Locale) Source(lang, id string) string {
	if fb := l.fallback[lang]; fb != "" {
		return fb
	}
	if l.keys[lang][id] {
		return lang
	}
	if fb := cmp.Or(l.fillIn[lang], l.fillIn[l.defLang]); fb != "" && !l.keys[l.defLang][id] && l.keys[fb][id] {
		return fb
	}
	if fb := l.fallback[l.defLang]; fb != "" {
		return fb
	}
	return l.defLang
}

// Label returns message id in lang (or the default language) when a file defines
// it. Sites use it to name sections, taxonomies and terms: section.news,
// taxonomy.tags, term.tags.mit-j-wel.
func (l *Locale) Label(lang, id string) (string, bool) {
	if !l.has(lang, id) {
		return "", false
	}
	s, err := l.T(lang, id, nil, nil)
	return s, err == nil && s != ""
}

// parseMessages reads a message file with decode.YAML, which bounds aliases
// and nesting and reads many keys in linear time, instead of letting go-i18n
// call yaml.Unmarshal; errors are at their line of file.
func parseMessages(file string, data []byte) (*yaml.Node, []*i18n.Message, error) {
	root, err := decode.YAML(data)
	if err == nil {
		err = decode.CheckInvisible(root) // a message's U+0007 broke the pages' XML
	}
	if err != nil {
		return nil, nil, fileError(file, err)
	}
	if root == nil {
		return nil, nil, nil
	}
	if err := checkShape(file, root); err != nil {
		return nil, nil, err
	}
	value, err := decode.Value(root)
	if err != nil {
		return nil, nil, fileError(file, err)
	}
	// A message named translation (Hugo reads it as any other) would be
	// read by go-i18n as the file's one message: it is given another
	// name, which no key of the file has, and named back.
	renamed := map[string]string{}
	if m, ok := value.(map[string]any); ok {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if _, isMap := m[k].(map[string]any); isMap && strings.EqualFold(k, "translation") {
				tmp := k + "\x00"
				for m[tmp] != nil {
					tmp += "\x00"
				}
				m[tmp], renamed[tmp] = m[k], k
				delete(m, k)
			}
		}
	}
	msgs, err := i18n.ParseMessageBytes(data, func(_ []byte, v any) error {
		*v.(*any) = value
		return nil
	})
	if err != nil {
		return nil, nil, diag.Wrap(file, root.Line, err, "")
	}
	for _, m := range msgs {
		if k, ok := renamed[m.ID]; ok {
			m.ID = k
		}
	}
	for _, m := range msgs {
		for _, form := range []*string{&m.Zero, &m.One, &m.Two, &m.Few, &m.Many, &m.Other} {
			*form = dotToCount(*form, m.LeftDelim, m.RightDelim)
		}
	}
	return root, msgs, nil
}

// fileError is an error of package decode at its line of file.
func fileError(file string, err error) error {
	var derr *decode.Error
	if errors.As(err, &derr) {
		return &diag.Diagnostic{File: file, Line: derr.Line, Msg: derr.Text(0), Err: err}
	}
	return diag.Wrap(file, 0, err, "")
}

// ErrMissingKey is returned for a message ID that no language defines.
var ErrMissingKey = errors.New("no such i18n key")

// MissingKeyError is the error of a message ID that no language defines
// (errors.Is ErrMissingKey): ID and Files, the files it was looked for in,
// as values, so that a warning about many such keys can say them as one
// mistake and list the keys (diag.List.Grouped).
type MissingKeyError struct {
	ID    string
	Files string // "i18n/vi.yaml or i18n/en.yaml"
}

func (e *MissingKeyError) Error() string {
	return fmt.Sprintf("%v %q in the site's or the default theme's %s", ErrMissingKey, e.ID, e.Files)
}

func (e *MissingKeyError) Unwrap() error { return ErrMissingKey }

// T returns message id in lang. count, when not nil, chooses the plural form and is
// {{.Count}} in the message; data adds template fields.
func (l *Locale) T(lang, id string, count any, data map[string]any) (string, error) {
	if data != nil {
		return l.localize(lang, id, count, data)
	}
	key := memoKey{lang: lang, id: id, count: count}
	if s, ok := l.memo.Load(key); ok {
		return s.(string), nil
	}
	s, err := l.localize(lang, id, count, nil)
	if err == nil {
		l.memo.Store(key, s)
	}
	return s, err
}

// TValue returns message id in lang, its template reading the fields of
// value, as Hugo's i18n gives a message the page (or any value that is not a
// number) a layout passes it: {{ .Title }}, {{ .Site.Title }}.
func (l *Locale) TValue(lang, id string, value any) (string, error) {
	return l.localizeData(lang, id, nil, value)
}

// localize is T without the memo: data and count are the message's fields.
func (l *Locale) localize(lang, id string, count any, data map[string]any) (string, error) {
	td := map[string]any{}
	for k, v := range data {
		td[k] = v
	}
	if count != nil {
		td["Count"] = count
	}
	return l.localizeData(lang, id, count, td)
}

// localizeData returns message id in lang, count choosing its plural form
// and td being what its template reads.
func (l *Locale) localizeData(lang, id string, count, td any) (string, error) {
	loc, ok := l.localizers[lang]
	if !ok {
		return "", fmt.Errorf("language %q has no messages", lang)
	}
	if !l.has(lang, id) {
		files := "i18n/" + lang + ".yaml"
		if lang != l.defLang {
			files += " or i18n/" + l.defLang + ".yaml"
		}
		return "", &MissingKeyError{ID: id, Files: files}
	}
	if fb := cmp.Or(l.fillIn[lang], l.fillIn[l.defLang]); fb != "" && !l.keys[lang][id] && !l.keys[l.defLang][id] && l.keys[fb][id] {
		loc = l.fillInLocalizer // the theme's message, which the site's own file lacks
	}
	msg, err := loc.Localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: count, TemplateData: td})
	var nf *i18n.MessageNotFoundErr
	if errors.As(err, &nf) {
		err = nil // fell back to the default language, reported when loading
	}
	if err != nil && msg != "" && strings.Contains(err.Error(), "has no plural form") {
		// go-i18n's rules ask Vietnamese for a "one" form that CLDR's grammar does
		// not have, and ownForms left out; it has used the "other" form, which
		// is right.
		err = nil
	}
	if err != nil {
		return msg, fmt.Errorf("i18n key %q in %s: %w", id, lang, err)
	}
	return msg, nil
}

// Date forms for FormatDate.
const (
	Long  = "long"
	Short = "short"
)

// Month name cases: the messages monthNominative1..12, monthGenitive1..12,
// monthDative1..12 and monthLocative1..12 (Latvian "maijs", "maija", "maijam",
// "maijā": a date range reads "no 19. maija līdz 4. jūnijam").
var monthCases = []string{"Nominative", "Genitive", "Dative", "Locative"}

// FormatDate formats t in lang with a date message: dateLong for form "long",
// dateShort for "short", or the message named by form (say "dateMeeting", for
// "19. maija sēde"). The message's fields are .Day .Day2 .Month .Month2 .Year,
// .MonthName (message month1..month12, the case dateLong wants) and
// .MonthNominative, .MonthGenitive, .MonthDative and .MonthLocative.
func (l *Locale) FormatDate(lang string, t time.Time, form string) (string, error) {
	var id string
	switch form {
	case Long, "":
		id = "dateLong"
	case Short:
		id = "dateShort"
	default:
		if !l.keys[lang][form] && !l.keys[l.defLang][form] {
			return "", fmt.Errorf("date form %q: want %q, %q or the name of a date message in i18n/%s.yaml", form, Long, Short, lang)
		}
		id = form
	}
	if t.IsZero() {
		return "", nil
	}
	y, m, d := t.Date()
	key := memoKey{lang: lang, id: id, day: [3]int{y, int(m), d}}
	if s, ok := l.memo.Load(key); ok {
		return s.(string), nil
	}
	month, err := l.T(lang, "month"+strconv.Itoa(int(t.Month())), nil, nil)
	if err != nil {
		month = t.Month().String()
	}
	data := map[string]any{
		"Day": t.Day(), "Day2": fmt.Sprintf("%02d", t.Day()),
		"Month": int(t.Month()), "Month2": fmt.Sprintf("%02d", int(t.Month())),
		"Year": t.Year(), "MonthName": month,
	}
	for _, c := range monthCases {
		name, err := l.T(lang, "month"+c+strconv.Itoa(int(t.Month())), nil, nil)
		if err != nil {
			name = month
		}
		data["Month"+c] = name
	}
	s, err := l.T(lang, id, nil, data)
	if errors.Is(err, ErrMissingKey) {
		s, err = t.Format("2006-01-02"), nil
	}
	if err == nil {
		l.memo.Store(key, s)
	}
	return s, err
}
