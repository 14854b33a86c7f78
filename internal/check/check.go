// Package check finds what an editor should fix before readers see it: broken
// links and anchors, missing and stale translations, i18n messages missing in a
// language, and images without alt text. It reads a build made in memory.
package check

import (
	"bytes"
	"cmp"
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/vestis-ssg/vestis/internal/build"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/site"
)

// Kinds of problems.
const (
	BrokenLink         = "broken-link"
	BrokenAnchor       = "broken-anchor"
	MissingTranslation = "missing-translation"
	StaleTranslation   = "stale-translation"
	MissingMessage     = "missing-i18n-key"
	IncompletePlural   = "incomplete-plural"
	ExtraPlural        = "extra-plural-form"
	MissingAlt         = "image-without-alt"
	DroppedHTML        = "html-left-out"
	HeadingOne         = "heading-one"
	// BuildError is an error that stopped the build, so that nothing else
	// was checked.
	BuildError = "build-error"
)

// Problem is one finding.
type Problem struct {
	Kind string `json:"kind"`
	// File is the content, layout or i18n file to fix, site-relative; for a
	// generated page, its output path.
	File string `json:"file"`
	Line int    `json:"line,omitempty"`
	Lang string `json:"lang"`
	// Page is the URL path of the page where the problem shows, if any.
	Page string `json:"page,omitempty"`
	// Target is the broken link, the missing key or the source of a stale translation.
	Target string `json:"target,omitempty"`
	Msg    string `json:"message"`
	// Behind is how much older a stale translation is than its source.
	Behind time.Duration `json:"behindSeconds,omitempty"`
	// Fallback is the address of the fallback page that readers get where a
	// translation is missing (translations.fallback): work to do, not a
	// failure.
	Fallback string `json:"fallback,omitempty"`
}

// IsTranslation reports whether the problem is about translations, which
// --warn-only reports without failing.
func (p Problem) IsTranslation() bool {
	return p.Kind == MissingTranslation || p.Kind == StaleTranslation || p.Kind == MissingMessage || p.Kind == IncompletePlural || p.Kind == ExtraPlural
}

// Report is everything check found, sorted by file.
type Report struct {
	Problems []Problem `json:"problems"`
	// Pages counts the HTML pages checked.
	Pages int `json:"pages"`
}

// ModTimes gives the time a site file last changed (its last git commit), or
// false when unknown; nil means "use lastmod from front matter only".
type ModTimes func(file string) (time.Time, bool)

// BuildFailed is the report of a build that failed with err: each of its
// errors a problem, at its file and line, so that a CI script reading the
// JSON report learns why nothing else was checked.
func BuildFailed(err error) *Report {
	r := &Report{}
	for _, d := range diag.Flatten(err) {
		r.Problems = append(r.Problems, Problem{Kind: BuildError, File: d.File, Line: d.Line, Msg: d.Msg})
	}
	return r
}

// Run checks a build result.
func Run(res *build.Result, modTimes ModTimes) *Report {
	r := &Report{}
	r.links(res)
	r.markdown(res.Site)
	r.translations(res.Site, modTimes)
	themeWords := map[string]int{} // lang -> the default theme's words it lacks
	var themeLangs []Problem       // one a language, its message written below
	for _, w := range res.MessageWarnings {
		switch {
		case w.Theme:
			// One problem a language: its file lacks all of the theme's
			// words, which a list of them says no better.
			if themeWords[w.Lang]++; themeWords[w.Lang] == 1 {
				themeLangs = append(themeLangs, Problem{Kind: MissingMessage, File: w.File, Lang: w.Lang, Target: w.Fallback})
			}
		case len(w.Plural) > 0:
			r.add(Problem{Kind: IncompletePlural, File: w.File, Line: w.Line, Lang: w.Lang, Target: w.Key,
				Msg: fmt.Sprintf("line %d: message %q lacks the plural forms %s", w.Line, w.Key, strings.Join(w.Plural, ", "))})
		case w.Form != "":
			r.add(Problem{Kind: ExtraPlural, File: w.File, Line: w.Line, Lang: w.Lang, Target: w.Key,
				Msg: fmt.Sprintf("line %d: message %q has the plural form %s, which %s does not have", w.Line, w.Key, w.Form, w.Lang)})
		case w.Key != "":
			r.add(Problem{Kind: MissingMessage, File: w.File, Lang: w.Lang, Target: w.Key,
				Msg: fmt.Sprintf("message %q is missing in %s", w.Key, w.Lang)})
		}
	}
	for _, p := range themeLangs {
		fb := p.Target
		p.Target = ""
		p.Msg = fmt.Sprintf("the default theme has no messages in %s: its %d words (buttons, labels, dates) show in %s; add its %s.yaml messages to this file, translated", p.Lang, themeWords[p.Lang], fb, fb)
		r.add(p)
	}
	r.dropEchoes(res)
	slices.SortStableFunc(r.Problems, func(a, b Problem) int {
		return cmp.Or(strings.Compare(a.File, b.File), strings.Compare(a.Kind, b.Kind), strings.Compare(a.Lang, b.Lang),
			strings.Compare(a.Page, b.Page), strings.Compare(a.Target, b.Target))
	})
	r.Problems = slices.Compact(r.Problems)
	return r
}

func (r *Report) add(p Problem) { r.Problems = append(r.Problems, p) }

// markdown reports what content pages' Markdown loses on the way to HTML: raw
// HTML when it is not allowed, alt text of images written ![](photo.jpg), whose
// alt="" tells screen readers to skip them, and the page's one <h1> (# Title).
func (r *Report) markdown(s *site.Site) {
	for _, p := range s.Pages {
		if p.File == "" || p.FallbackOf != nil {
			continue
		}
		for _, line := range p.DroppedHTML() {
			r.add(Problem{Kind: DroppedHTML, File: p.File, Line: line, Lang: p.Lang, Page: p.URLPath,
				Msg: fmt.Sprintf("line %d: HTML in Markdown is left out of the page; write it in Markdown, or set markdown: {unsafe: true} in site.yaml", line)})
		}
		for _, line := range p.TopHeadings() {
			r.add(Problem{Kind: HeadingOne, File: p.File, Line: line, Lang: p.Lang, Page: p.URLPath,
				Msg: fmt.Sprintf("line %d: a level-one heading (# ...) in the text; the title is the page's one, so start headings at ##", line)})
		}
		for _, img := range p.ImagesWithoutAlt() {
			r.add(Problem{Kind: MissingAlt, File: p.File, Line: img.Line, Lang: p.Lang, Page: p.URLPath, Target: img.Dest,
				Msg: fmt.Sprintf("line %d: image %q has no alt text; write what it shows between the brackets: ![...](%s)", img.Line, img.Dest, img.Dest)})
		}
	}
}

// dropEchoes removes problems of generated pages (lists, home) that repeat a
// problem of a content file: a summary shown in a list carries its page's links,
// and the fix belongs in the content file.
func (r *Report) dropEchoes(res *build.Result) {
	fromContent := map[string]bool{}
	for _, p := range r.Problems {
		if strings.HasPrefix(p.File, "content") { // content/, or a language's content.en/
			fromContent[p.Kind+"\x00"+p.Target] = true
		}
	}
	r.Problems = slices.DeleteFunc(r.Problems, func(p Problem) bool {
		return !strings.HasPrefix(p.File, "content") && strings.HasSuffix(p.File, ".html") && fromContent[p.Kind+"\x00"+p.Target]
	})
}

// pageFiles maps output paths of HTML pages to their pages.
func pageFiles(s *site.Site) map[string]*site.Page {
	m := map[string]*site.Page{}
	for _, p := range s.Pages {
		m[p.OutputPath()] = p
	}
	return m
}

// links checks every href and src of every HTML page, and alt on images.
func (r *Report) links(res *build.Result) {
	pages := pageFiles(res.Site)
	ids := map[string]map[string]bool{}
	docs := map[string]*html.Node{}
	for _, p := range res.Paths {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		doc, err := html.Parse(bytes.NewReader(res.Files.Map()[p]))
		if err != nil {
			continue
		}
		docs[p] = doc
		ids[p] = map[string]bool{}
		walk(doc, func(n *html.Node) {
			if id := attr(n, "id"); id != "" {
				ids[p][id] = true
			}
			if n.Data == "a" && attr(n, "name") != "" {
				ids[p][attr(n, "name")] = true
			}
		})
	}
	base, _ := url.Parse(res.Config.BaseURL)
	for _, p := range res.Paths {
		doc := docs[p]
		if doc == nil || isRedirect(doc) {
			continue
		}
		r.Pages++
		page := pages[p]
		file, lang := p, strings.Split(p, "/")[0]
		if page != nil {
			lang = page.Lang
			if page.File != "" {
				file = page.File
			}
		}
		urlPath := "/" + strings.TrimSuffix(p, "index.html")
		walk(doc, func(n *html.Node) {
			var ref string
			switch n.Data {
			case "a", "link":
				ref = attr(n, "href")
			case "img", "script", "source", "iframe":
				ref = attr(n, "src")
			}
			if n.Data == "img" {
				if _, ok := attrOK(n, "alt"); !ok {
					r.add(Problem{Kind: MissingAlt, File: file, Lang: lang, Page: urlPath, Target: attr(n, "src"),
						Msg: fmt.Sprintf("image %q has no alt text", attr(n, "src"))})
				}
			}
			if ref == "" || n.Data == "link" && attr(n, "rel") == "alternate" && attr(n, "hreflang") == "" && attr(n, "type") == "" {
				return
			}
			target, frag, internal := resolve(base, p, ref)
			if !internal {
				return
			}
			if _, ok := res.Files.Map()[target]; !ok && res.Files.Map()[target+"/index.html"] != nil {
				target += "/index.html" // /about for /about/, as a web server redirects it (Hugo sites write it so)
			}
			if _, ok := res.Files.Map()[target]; !ok {
				r.add(Problem{Kind: BrokenLink, File: file, Lang: lang, Page: urlPath, Target: ref,
					Msg: fmt.Sprintf("link to %s: no such page or file", ref)})
				return
			}
			if frag != "" && strings.HasSuffix(target, ".html") && !ids[target][frag] {
				r.add(Problem{Kind: BrokenAnchor, File: file, Lang: lang, Page: urlPath, Target: ref,
					Msg: fmt.Sprintf("link to %s: the page has no id %q", ref, frag)})
			}
		})
	}
}

// resolve maps a link on the page at output path from to an output file and a
// fragment; internal is false for links that leave the site.
func resolve(base *url.URL, from, ref string) (file, frag string, internal bool) {
	u, err := url.Parse(ref)
	if err != nil || u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return "", "", false
	}
	if u.Host != "" && (base == nil || u.Host != base.Host) {
		return "", "", false
	}
	p := u.Path
	basePath := "/"
	if base != nil && base.Path != "" {
		basePath = base.Path
	}
	switch {
	case p == "":
		p = "/" + from
	case strings.HasPrefix(p, "/"):
		if !strings.HasPrefix(p, basePath) {
			return "", "", false
		}
		p = "/" + strings.TrimPrefix(p, basePath)
	default:
		dir := path.Dir("/" + from)
		trailing := strings.HasSuffix(p, "/")
		p = path.Join(dir, p)
		if trailing && p != "/" { // ../ from /fr/ is the root, not //
			p += "/"
		}
	}
	if strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	return strings.TrimPrefix(p, "/"), u.Fragment, true
}

func isRedirect(doc *html.Node) bool {
	found := false
	walk(doc, func(n *html.Node) {
		if n.Data == "meta" && strings.EqualFold(attr(n, "http-equiv"), "refresh") {
			found = true
		}
	})
	return found
}

// translations reports pages missing in a language and translations older than
// the default language's page, from the same table as the dashboard.
func (r *Report) translations(s *site.Site, modTimes ModTimes) {
	held := heldFiles(s)
	for _, g := range Translations(s, modTimes) {
		for _, c := range g.Langs {
			switch c.State {
			case Missing:
				p := Problem{Kind: MissingTranslation, File: g.Lead.File, Lang: c.Lang, Page: g.Lead.URLPath,
					Msg: fmt.Sprintf("no %s (%s) translation", c.Name, c.Lang)}
				file := translationFile(cmp.Or(g.Source, g.Lead).File, c.Lang, s.Config.LanguageCodes())
				if why := heldWhy[held[file]]; why != "" {
					p.Msg = fmt.Sprintf("no %s (%s) translation published: %s %s", c.Name, c.Lang, file, why)
				}
				if fb := g.Lead.FallbackIn(c.Lang); fb != nil {
					p.Fallback = fb.URLPath
					p.Msg += fmt.Sprintf("; readers get the fallback page %s", fb.URLPath)
				}
				r.add(p)
			case Stale:
				r.add(Problem{Kind: StaleTranslation, File: c.Page.File, Lang: c.Lang, Page: c.Page.URLPath, Target: g.Source.File, Behind: c.Behind,
					Msg: fmt.Sprintf("older than %s by %s; update it", g.Source.File, humanDuration(c.Behind))})
			}
		}
	}
}

// heldWhy says why a translation that exists is not published, by
// site.NotBuilt's reason.
var heldWhy = map[string]string{
	site.Draft:   "is a draft (draft: true)",
	site.Future:  "is dated later (publishDate or date)",
	site.Expired: "has expired (expiryDate)",
}

// States of a page in a language.
const (
	Current = "current"
	Missing = "missing"
	Stale   = "stale"
	Source  = "source"
)

// Group is a page and its translations: a row of the translation dashboard.
type Group struct {
	Section string
	// Lead is the page in the first language that has it; Source the page in the
	// default language, nil when there is none.
	Lead, Source *site.Page
	Langs        []Cell
}

// Cell is a group's page in one language.
type Cell struct {
	Lang, Name string
	State      string
	Page       *site.Page // nil when missing
	// Behind is how much older a stale translation is than the source.
	Behind time.Duration
	// Words is how many words there are to translate: the source's, when the page
	// is missing or stale.
	Words int
}

// Translations lists every content page with its state in each language, by
// section and lead file.
func Translations(s *site.Site, modTimes ModTimes) []Group {
	order := map[string]int{}
	for i, l := range s.Languages {
		order[l.Code] = i
	}
	var groups []Group
	for _, p := range s.Pages {
		if p.File == "" || p.FallbackOf != nil {
			continue
		}
		lead := p
		for _, t := range p.Translations {
			if order[t.Lang] < order[lead.Lang] {
				lead = t
			}
		}
		if lead != p {
			continue
		}
		g := Group{Section: p.Section, Lead: p, Source: p.Translation(s.DefaultLanguage)}
		srcTime, srcKnown := time.Time{}, false
		if g.Source != nil {
			srcTime, srcKnown = changed(g.Source, modTimes)
		}
		words := lead.WordCount()
		if g.Source != nil {
			words = g.Source.WordCount()
		}
		for _, l := range s.Languages {
			c := Cell{Lang: l.Code, Name: l.Name, Page: p.Translation(l.Code)}
			switch {
			case c.Page == nil:
				c.State, c.Words = Missing, words
			case c.Page == g.Source:
				c.State = Source
			default:
				c.State = Current
				if t, ok := changed(c.Page, modTimes); ok && srcKnown && t.Before(srcTime) {
					c.State, c.Behind, c.Words = Stale, srcTime.Sub(t), words
				}
			}
			g.Langs = append(g.Langs, c)
		}
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b Group) int {
		return cmp.Or(strings.Compare(a.Section, b.Section), strings.Compare(a.Lead.File, b.Lead.File))
	})
	return groups
}

// changed is when a page's file last changed: its git commit time when known,
// else its lastmod.
func changed(p *site.Page, modTimes ModTimes) (time.Time, bool) {
	if modTimes != nil {
		if t, ok := modTimes(p.File); ok {
			return t, true
		}
	}
	return p.Lastmod, !p.Lastmod.IsZero()
}

func humanDuration(d time.Duration) string {
	days := int(d.Hours() / 24)
	switch {
	case days >= 2:
		return fmt.Sprintf("%d days", days)
	case d >= time.Hour:
		return count(int(d.Hours()), "hour")
	}
	return count(max(1, int(d.Minutes())), "minute")
}

// count is "1 hour", "2 hours".
func count(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

func walk(n *html.Node, f func(*html.Node)) {
	if n.Type == html.ElementNode {
		f(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}
