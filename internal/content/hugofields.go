package content

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/config"
)

// hugoKind checks the value of a front matter field of Hugo's that vestis
// does not read itself (layouts may, through .Params): "" when the value is
// of a shape Hugo reads, else what is wrong with it, in a writer's words
// ("want ..., got ...").
type hugoKind func(v any) string

// hugoFieldKinds are the front matter fields Hugo and its common themes
// read that vestis leaves to layouts, each with the shape Hugo wants. A
// value of another shape (menu: 5, outputs: [nonsense]) was kept in silence
// and did nothing; it is now a warning at its line, as the page still
// builds: vestis does not act on these fields. Keys are in lower case, as
// Hugo reads front matter keys without regard to case.
var hugoFieldKinds = map[string]hugoKind{
	"outputs":       func(v any) string { return outputsKind(v, nil) },
	"images":        filesKind("a list of image files, such as images: [photo.jpg]"),
	"videos":        filesKind("a list of video files, such as videos: [film.mp4]"),
	"audio":         filesKind("a list of audio files, such as audio: [talk.mp3]"),
	"keywords":      textsKind("a list of words, such as keywords: [education, research]"),
	"series":        textsKind("a list of series names, such as series: [Lectures]"),
	"authors":       authorsKind,
	"menu":          menuKind,
	"menus":         menuKind,
	"layout":        textKind("the name of a layout, such as layout: wide"),
	"type":          textKind("the name of a content type, such as type: news"),
	"linktitle":     textKind("a short title for menus and links, such as linkTitle: About"),
	"markup":        markupKind,
	"iscjklanguage": boolKind,
	"sitemap":       sitemapKind,
}

// hugoOutputs are the output formats Hugo defines itself, in lower case.
var hugoOutputs = []string{"amp", "calendar", "css", "csv", "html", "json", "markdown", "robots", "rss", "sitemap", "sitemapindex", "webappmanifest"}

// hugoMarkups are the names Hugo reads in markup:, in lower case.
var hugoMarkups = []string{"goldmark", "markdown", "md", "html", "htm", "asciidocext", "asciidoc", "adoc", "ad", "pandoc", "pdc", "rst", "org"}

// markdownMarkups are the markups vestis converts as Hugo does: Markdown.
var markdownMarkups = []string{"goldmark", "markdown", "md"}

// sitemapFreqs are the values of a sitemap's changefreq (sitemaps.org).
var sitemapFreqs = []string{"always", "hourly", "daily", "weekly", "monthly", "yearly", "never"}

func isText(v any) bool {
	switch v.(type) {
	case string, int, int64, uint64, float64:
		return true
	}
	return false
}

func textKind(want string) hugoKind {
	return func(v any) string {
		if isText(v) {
			return ""
		}
		return wantGot(want, v)
	}
}

// wantGot is the message that v is not what a field wants.
func wantGot(want string, v any) string {
	return fmt.Sprintf("want %s, got %s", want, describe(v))
}

// textsKind is text or a list of texts: Hugo reads one text as a list of one.
func textsKind(want string) hugoKind {
	return func(v any) string {
		if isText(v) {
			return ""
		}
		// An item left empty (a lone -) is none, as in Hugo.
		if items, ok := v.([]any); ok && !slices.ContainsFunc(items, func(x any) bool { return x != nil && !isText(x) }) {
			return ""
		}
		return wantGot(want, v)
	}
}

// filesKind is a file name or a list of them: text, never a number (images: 5).
func filesKind(want string) hugoKind {
	return func(v any) string {
		if _, ok := v.(string); ok {
			return ""
		}
		items, ok := v.([]any)
		if !ok {
			return wantGot(want, v)
		}
		if i := slices.IndexFunc(items, func(x any) bool { _, s := x.(string); return x != nil && !s }); i >= 0 {
			// Which item, and what it is: "got a list" alone read as if a
			// list were wrong (zzo's gallery gives maps of image and caption).
			return fmt.Sprintf("want %s, got a list whose item %d is %s", want, i+1, describe(items[i]))
		}
		return ""
	}
}

func boolKind(v any) string {
	switch v := v.(type) {
	case bool:
		return ""
	case string:
		if s := strings.ToLower(strings.TrimSpace(v)); s == "true" || s == "false" {
			return ""
		}
	}
	return wantGot("true or false", v)
}

// authorsKind: names, or maps of a name and more, as themes write them.
func authorsKind(v any) string {
	if isText(v) {
		return ""
	}
	if items, ok := v.([]any); ok && !slices.ContainsFunc(items, func(x any) bool {
		_, m := asMap(x)
		return !isText(x) && !m
	}) {
		return ""
	}
	return wantGot("a list of names, such as authors: [Anna Ozola]", v)
}

// menuKind: a menu's name, a list of them, or a map of menus, each with
// nothing or a map of its entry's settings (menu: {main: {weight: 2}}).
func menuKind(v any) string {
	const want = "the name of a menu, a list of them, or a map such as menu: {main: {weight: 2}}"
	if _, ok := v.(string); ok {
		return ""
	}
	if items, ok := v.([]any); ok {
		if slices.ContainsFunc(items, func(x any) bool { _, s := x.(string); return !s }) {
			return wantGot(want, v)
		}
		return ""
	}
	m, ok := asMap(v)
	if !ok {
		return wantGot(want, v)
	}
	for _, name := range slices.Sorted(maps.Keys(m)) {
		if _, entry := asMap(m[name]); !entry && m[name] != nil {
			return fmt.Sprintf("%s: want a map of the entry's settings, such as {weight: 2, name: Short}, got %s", name, describe(m[name]))
		}
	}
	return ""
}

// outputsKind checks outputs: Hugo's output formats, or those the site
// defines (custom).
func outputsKind(v any, custom []string) string {
	const want = "a list of output formats, such as outputs: [html, rss]"
	items, ok := v.([]any)
	if s, text := v.(string); text {
		items, ok = []any{s}, true
	}
	if !ok {
		return wantGot(want, v)
	}
	for _, it := range items {
		s, ok := it.(string)
		if !ok {
			return wantGot(want, v)
		}
		if name := strings.ToLower(strings.TrimSpace(s)); !slices.Contains(hugoOutputs, name) && !slices.Contains(custom, name) {
			return fmt.Sprintf("want output formats Hugo has (%s) or the site defines in site.yaml's hugoOutputFormats, got %q", strings.Join(slices.Concat(hugoOutputs, custom), ", "), s)
		}
	}
	return ""
}

func markupKind(v any) string {
	s, ok := v.(string)
	if !ok {
		return wantGot("the name of a markup, such as markup: markdown", v)
	}
	s = strings.ToLower(strings.TrimSpace(s))
	if !slices.Contains(hugoMarkups, s) {
		return fmt.Sprintf("want one of the markups Hugo has (%s), got %q", strings.Join(hugoMarkups, ", "), s)
	}
	if !slices.Contains(markdownMarkups, s) {
		return fmt.Sprintf("vestis converts every page as Markdown, not as %s; write the page in Markdown and remove markup", s)
	}
	return ""
}

func sitemapKind(v any) string {
	m, ok := asMap(v)
	if !ok {
		return wantGot("a map such as sitemap: {changefreq: monthly, priority: 0.5}", v)
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		x := m[k]
		switch strings.ToLower(k) {
		case "changefreq":
			if s, ok := x.(string); !ok || !slices.Contains(sitemapFreqs, strings.ToLower(strings.TrimSpace(s))) {
				return fmt.Sprintf("changefreq: want one of %s, got %s", strings.Join(sitemapFreqs, ", "), describe(x))
			}
		case "priority":
			var p float64
			switch n := x.(type) {
			case int:
				p = float64(n)
			case int64:
				p = float64(n)
			case float64:
				p = n
			default:
				return fmt.Sprintf("priority: want a number from 0 to 1, such as 0.5, got %s", describe(x))
			}
			if p < 0 || p > 1 {
				return fmt.Sprintf("priority: want a number from 0 to 1, such as 0.5, got %s", describe(x))
			}
		case "disable":
			if w := boolKind(x); w != "" {
				return "disable: " + w
			}
		case "filename":
			if !isText(x) {
				return fmt.Sprintf("filename: want a file name, such as sitemap.xml, got %s", describe(x))
			}
		default:
			return fmt.Sprintf("%q is not a sitemap setting; the settings are changefreq, priority, disable and filename", k)
		}
	}
	return ""
}

// hugoFields warns of Hugo's fields (hugoFieldKinds) given a value of a
// shape Hugo does not read, unless the page's type declares the field as
// its own (then typedFields checks it).
func (d *fieldDecoder) hugoFields(t *config.Type) {
	for _, key := range slices.Sorted(maps.Keys(d.m.values)) {
		kind, ok := hugoFieldKinds[strings.ToLower(key)]
		if !ok || d.m.values[key] == nil || t.Field(key) != nil {
			continue
		}
		if strings.EqualFold(key, "outputs") {
			kind = func(v any) string { return outputsKind(v, d.outputs) }
		}
		if msg := kind(d.m.values[key]); msg != "" {
			d.warns = append(d.warns, &lineError{line: d.m.line(key), msg: "front matter: " + key + ": " + msg})
		}
	}
}

// hugoText is the text of Hugo's field key, written in any case, or "":
// when the field is not text (hugoFields warns of it) or the page's type
// declares a field of that name, which is then its own.
func (d *fieldDecoder) hugoText(t *config.Type, key string) string {
	for _, k := range slices.Sorted(maps.Keys(d.m.values)) { // Layout before layout, whatever the map's order
		if v := d.m.values[k]; strings.EqualFold(k, key) && isText(v) && t.Field(k) == nil {
			return strings.TrimSpace(fmt.Sprint(v))
		}
	}
	return ""
}

// resources checks Hugo's resources, which vestis reads to title and name a
// bundle's files: a list of maps, each with the src of the files it is for.
// Another shape was skipped in silence, and the files kept their names.
func (d *fieldDecoder) resources() {
	v, ok := d.m.values["resources"]
	if !ok || v == nil {
		return
	}
	const want = "a list of the bundle's files, each a map such as {src: photo.jpg, title: The square}"
	items, ok := v.([]any)
	if !ok {
		d.fail("resources", "want %s, got %s", want, describe(v))
		return
	}
	for i, it := range items {
		m, ok := asMap(it)
		if !ok {
			d.fail("resources", "item %d: want a map such as {src: photo.jpg, title: The square}, got %s", i+1, describe(it))
			return
		}
		if s, ok := m["src"].(string); !ok || strings.TrimSpace(s) == "" {
			d.fail("resources", "item %d: want src, the name of the file (or a pattern such as images/*.jpg) that the item is for", i+1)
			return
		}
	}
}

// fundingNotice checks site.yaml funding's field: true or false (whether
// the page shows the site's acknowledgement), or the page's own, a map of
// emblem, statement and alt. Another value showed the site's in silence.
func (d *fieldDecoder) fundingNotice() {
	v, ok := d.m.values["fundingNotice"]
	if !ok || v == nil {
		return
	}
	const want = "true, false, or the page's own acknowledgement, such as {emblem: /img/eu.svg, statement: Funded by ..., alt: EU emblem}"
	if _, ok := v.(bool); ok {
		return
	}
	m, ok := asMap(v)
	if !ok {
		d.fail("fundingNotice", "%s", wantGot(want, v))
		return
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		switch k {
		case "emblem", "statement", "alt":
			if _, ok := m[k].(string); !ok {
				d.fail("fundingNotice", "%s: want text, got %s", k, describe(m[k]))
			}
		default:
			d.fail("fundingNotice", "%q is not part of an acknowledgement; write emblem, statement and alt", k)
		}
	}
}
