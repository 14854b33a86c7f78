package site

import (
	"cmp"
	"errors"
	"fmt"
	"html"
	"html/template"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/htmltext"
	"github.com/vestis-ssg/vestis/internal/markdown"
	"github.com/vestis-ssg/vestis/internal/photo"
	"github.com/vestis-ssg/vestis/internal/shortcode"
)

// Shortcodes run the shortcodes of page bodies: a site's templates and its
// messages. A conversion that ran shortcodes is reused only with the very
// same *Shortcodes, so a build makes a new one whenever layouts, messages or
// site.yaml change.
type Shortcodes struct {
	Templates *shortcode.Templates
	// T returns message id in lang, with data as its fields (a map), or
	// reading the fields of data (any other value); a *NoMessage error for a
	// message no language has.
	T func(lang, id string, data any) (string, error)
}

// ShortcodeWarning is what a page's shortcodes said (Page.ShortcodeWarnings):
// Msg alone, and, when it is one of a kind that many calls make (a message
// no language has), Cause and Item, as diag.Diagnostic has them, so that
// the build says the kind once and lists the items.
type ShortcodeWarning struct {
	Msg, Cause, Item string
	// File and Line are where the shortcode that said it is, when known:
	// one said on many pages is one warning listing them.
	File string
	Line int
}

// NoMessage is the error of Shortcodes.T for a message no language has:
// Hugo's i18n gives nothing there, which themes' shortcodes rely on, so the
// page warns instead of failing (Page.ShortcodeWarnings). ID and Files, the
// files it was looked for in, when given, let the warnings about many such
// messages be one, listing them.
type NoMessage struct {
	Err       error
	ID, Files string
}

func (e *NoMessage) Error() string { return e.Err.Error() }
func (e *NoMessage) Unwrap() error { return e.Err }

// ShortcodePage is what a shortcode sees of a page as .Page: the page's own
// fields, and other pages through Hugo's methods (Pages, Parent, GetPage),
// each read recorded (pageReads); never a page's text, so that no shortcode
// can ask for the text it is part of.
type ShortcodePage struct {
	Kind, Lang, Section        string
	Title, Author, Image, Slug string
	// File is the page's content file, as Hugo's .File gives it; nil for a
	// page made without one (a term's, say).
	File *ShortcodeFile
	// Description is the front matter's.
	Description                string
	Date, Lastmod, PublishDate time.Time
	Weight                     int
	Draft                      bool
	Params                     map[string]any
	RelPermalink, Permalink    string
	// Resources are the files of the page's bundle, with Hugo's methods
	// (.GetMatch "*.jpg", and .Resize "700x" on a photo).
	Resources Resources

	siteParams   map[string]any
	renderString func(args ...any) (template.HTML, error)
	toc          func() (template.HTML, error)
	scratch      *shortcode.Scratch
	page         *Page
	reads        *pageReads
}

// Scratch is the page's scratch pad, shared by its shortcodes while its
// Markdown is converted (Hugo's .Page.Scratch).
func (p ShortcodePage) Scratch() *shortcode.Scratch { return p.scratch }

// Store is Scratch, by the name Hugo gives it since 0.112.
func (p ShortcodePage) Store() *shortcode.Scratch { return p.scratch }

// WithRenderString is the page as one shortcode's .Page, with RenderString
// (shortcode.RenderStringer).
func (p ShortcodePage) WithRenderString(render func(args ...any) (template.HTML, error)) any {
	p.renderString = render
	return p
}

// RenderString is Hugo's .Page.RenderString: Markdown, whose shortcodes run,
// rendered as part of the page (see shortcode.Call.RenderString).
func (p ShortcodePage) RenderString(args ...any) (template.HTML, error) {
	if p.renderString == nil {
		return "", errors.New("RenderString: only a shortcode's .Page has it")
	}
	return p.renderString(args...)
}

// TableOfContents is Hugo's .Page.TableOfContents in a shortcode of the
// page itself (Geekdoc's toc shortcode): the headings of the page's
// Markdown, as the page's own table of contents lists them, without what
// shortcodes write (they are running), as Hugo's leaves out the headings of
// {{< >}} shortcodes.
func (p ShortcodePage) TableOfContents() (template.HTML, error) {
	if p.toc == nil {
		return "", nil
	}
	return p.toc()
}

// Param is Hugo's .Page.Param: the page's front matter param key, else
// site.yaml's; nil when neither has it. The key may be a dotted path
// ("social.mastodon") and is matched in any letter case, as Hugo lowercases
// param names.
func (p ShortcodePage) Param(key string) any {
	if v, ok := lookupParam(p.Params, key); ok {
		return v
	}
	v, _ := lookupParam(p.siteParams, key)
	return v
}

// lookupParam finds a dotted key in nested maps, each name in any letter case.
func lookupParam(params map[string]any, key string) (any, bool) {
	var v any = params
	for name := range strings.SplitSeq(key, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		x, ok := m[name]
		if !ok {
			// The first key in sort order, so that Title and title give one answer.
			found := ""
			for k := range m {
				if strings.EqualFold(k, name) && (!ok || k < found) {
					found, ok = k, true
				}
			}
			x = m[found]
		}
		if !ok {
			return nil, false
		}
		v = x
	}
	return v, true
}

// ShortcodeSite is .Site in a shortcode.
type ShortcodeSite struct {
	Title, BaseURL, DefaultLanguage string
	Params                          map[string]any
	Language                        *ShortcodeLanguage
	Languages                       []*ShortcodeLanguage

	prefix string // LanguagePrefix
	reads  *pageReads
}

// IsMultiLingual, LanguageCode, LanguagePrefix and IsServer are Hugo's
// .Site fields of those names, which themes' shortcodes and partials read:
// whether the site has more than one language, the page's language's tag,
// the path of its home below the site's root without the trailing slash
// ("" at the root, "/fr"), and false, as a build is never Hugo's server.
func (s ShortcodeSite) IsMultiLingual() bool { return len(s.Languages) > 1 }
func (s ShortcodeSite) LanguageCode() string {
	if s.Language == nil {
		return ""
	}
	return s.Language.Locale()
}
func (s ShortcodeSite) LanguagePrefix() string { return s.prefix }
func (s ShortcodeSite) IsServer() bool         { return false }

// Param is Hugo's .Site.Param: a site param by a dotted key, in any letter
// case; nil when there is none.
func (s ShortcodeSite) Param(key string) any {
	v, _ := lookupParam(s.Params, key)
	return v
}

// shortcodeSite is .Site for a shortcode of a page in lang, its reads
// recorded in reads; its title is the language's, as Hugo's .Site.Title is.
func (s *Site) shortcodeSite(lang string, reads *pageReads) ShortcodeSite {
	title := s.Title
	if l := s.Config.Language(lang); l != nil && l.Title != "" {
		title = l.Title
	}
	return ShortcodeSite{Title: title, BaseURL: s.BaseURL, DefaultLanguage: s.DefaultLanguage, Params: s.langParams(lang),
		Language: s.shortcodeLanguage(lang), Languages: s.shortcodeLangs, reads: reads,
		prefix: strings.TrimSuffix(s.Config.LangRoot(lang), "/")}
}

// langParams are the site's params as a shortcode of a page in lang sees
// them, as Hugo's .Site.Params: the language's own (languages.X.params)
// over the site's, keys in lower case (LowerKeys).
func (s *Site) langParams(lang string) map[string]any {
	out := LowerKeys(s.Params)
	if l := s.Config.Language(lang); l != nil && len(l.Params) > 0 {
		if out == nil {
			out = map[string]any{}
		}
		mergeData(out, LowerKeys(l.Params))
	}
	return out
}

// mergeData puts src's keys into dst, src winning, maps merged key by key.
func mergeData(dst, src map[string]any) {
	for k, v := range src {
		if a, ok := dst[k].(map[string]any); ok {
			if b, ok := v.(map[string]any); ok {
				mergeData(a, b)
				continue
			}
		}
		dst[k] = v
	}
}

// LowerKeys is a copy of params with every map key in lower case, at any
// depth, as Hugo keeps params: a Hugo theme reads .Site.Params.Author.name
// for author: {name: ...} (its templates' names are lowered too).
func LowerKeys(params map[string]any) map[string]any {
	if params == nil {
		return nil
	}
	out := make(map[string]any, len(params))
	for k, v := range params {
		out[strings.ToLower(k)] = lowerValue(v)
	}
	return out
}

func lowerValue(v any) any {
	switch v := v.(type) {
	case map[string]any:
		return LowerKeys(v)
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = lowerValue(x)
		}
		return out
	}
	return v
}

// ShortcodeLanguage is a language as a shortcode sees it: site.yaml's
// fields (.Code, .Name, .Title, .Weight), Hugo's names for them
// (config.Language's .Lang, .LanguageName, .LanguageDirection, and
// .LanguageCode), and its params with their keys in lower case.
type ShortcodeLanguage struct {
	config.Language
	// Params are the language's own params, keys in lower case.
	Params map[string]any
}

// String is the language's code, as a Hugo language prints ({{ .Language }},
// an errorf's %q).
func (l *ShortcodeLanguage) String() string { return l.Code }

// LanguageCode is Hugo's .LanguageCode: the language's tag (its locale,
// zh-cn for a key cn), which Hugo's languageCode was.
func (l ShortcodeLanguage) LanguageCode() string { return l.Locale() }

// shortcodeLanguage is the language of code as shortcodes see it; nil for
// none. Each language is one value for the whole site, as in Hugo, so that a
// shortcode finds a page's translation in a language with eq (eq $lang
// .Language compares them as they are).
func (s *Site) shortcodeLanguage(code string) *ShortcodeLanguage {
	for _, l := range s.shortcodeLangs {
		if l.Code == code {
			return l
		}
	}
	return nil
}

// newShortcodeLanguages makes the site's languages as shortcodes see them,
// in site.yaml's order.
func newShortcodeLanguages(ls []config.Language) []*ShortcodeLanguage {
	out := make([]*ShortcodeLanguage, len(ls))
	for i, l := range ls {
		out[i] = &ShortcodeLanguage{Language: l, Params: LowerKeys(l.Params)}
	}
	return out
}

// shortcodeEnv is what p's shortcodes may use. Images they resize are added
// to photos and imageDests, pages their refs find to links, what they warn
// about (warnf, a message no language has) to warned, once each. showing
// are the pages whose text p's is made for (pageReads.showing).
func (s *Site) shortcodeEnv(p *Page, body []byte, links map[string]string, photos *[]Photo, imageDests *[]string, missing *[]MissingImage, warned *[]ShortcodeWarning, md func(src string, line int, inline bool) (template.HTML, error), showing []*Page) (*shortcode.Env, error) {
	cp := p.src
	params := p.params
	if m := p.readParams.Load(); m != nil {
		params = *m
	} else if params == nil && s.readParams != nil {
		// Read for this conversion, which is the page's one, and not kept.
		var err error
		if params, err = s.readParams(cp); err != nil {
			return nil, err
		}
	}
	warn := func(w ShortcodeWarning) {
		if !slices.Contains(*warned, w) {
			*warned = append(*warned, w)
		}
	}
	reads := &pageReads{s: s, from: p, links: links, photos: photos, showing: showing, warn: func(msg string) { warn(ShortcodeWarning{Msg: msg}) },
		unsupported: func(what string) { warn(ShortcodeWarning{Msg: what, File: cp.File}) }}
	reads.envFor = func(q *Page, body []byte) (*shortcode.Env, error) {
		// An included page's shortcodes run for p's text.
		return s.shortcodeEnv(q, body, links, photos, imageDests, missing, warned, md, append(slices.Clone(showing), p))
	}
	sp := ShortcodePage{Kind: p.Kind, Lang: p.Lang, Section: p.Section, File: fileOf(p), Title: p.Title, Author: p.Author,
		Image: p.Image, Slug: p.Slug, Date: p.Date, Lastmod: p.Lastmod, PublishDate: p.PublishDate, Weight: p.Weight,
		Draft: p.Draft, Params: LowerKeys(params), RelPermalink: p.RelPermalink, Permalink: p.Permalink, Resources: s.resourcesOf(p, photos, links, reads.warn),
		Description: p.frontDescription(), siteParams: s.langParams(p.Lang), scratch: shortcode.NewScratch(), page: p, reads: reads}
	site := s.shortcodeSite(p.Lang, reads)
	env := &shortcode.Env{File: cp.File, FirstLine: cp.BodyLine, Page: sp, Site: site, Limit: 64<<20 + 4*len(body), Markdown: md,
		RelURL: s.RelURL, AbsURL: s.AbsURL, LangRoot: s.Config.LangRoot(p.Lang), RemoteDataOptional: s.Config.RemoteDataOptional}
	env.Now = func() time.Time {
		links[readPrefix+readNow+"\x00"+p.URLPath+"\x00"] = s.now.Format(time.RFC3339Nano)
		return s.now
	}
	env.Warn = func(at shortcode.Position, msg string) {
		warn(ShortcodeWarning{Msg: msg, File: at.Filename, Line: at.LineNumber})
	}
	if s.shortcodes.T != nil {
		env.T = func(id string, data any) (string, error) {
			msg, err := s.shortcodes.T(p.Lang, id, data)
			var none *NoMessage
			if errors.As(err, &none) {
				// Hugo's i18n gives nothing, which themes' shortcodes rely
				// on: {{ default .name (i18n .key) }}.
				w := ShortcodeWarning{Msg: fmt.Sprintf("shortcodes: %v; i18n and T give nothing there, as Hugo's do", err)}
				if none.ID != "" {
					// A theme's shortcode asks for a key per icon, per
					// language: one warning, listing the keys.
					w.Cause = "shortcodes ask for i18n keys that neither the site's nor the default theme's i18n files have; i18n and T give nothing there, as Hugo's do; add the keys to the files named"
					w.Item = fmt.Sprintf("%q (%s)", none.ID, none.Files)
				}
				warn(w)
				return "", nil
			}
			return msg, err
		}
	}
	env.Ref = func(dest, lang string, abs bool) (string, error) { return s.refURL(p, dest, lang, abs, links) }
	env.Assets = func(pattern string, match bool) ([]shortcode.AssetFile, error) {
		files, srcs, err := s.assets(pattern, match)
		if err != nil {
			return nil, err
		}
		arg := assetArg(pattern, match)
		links[readPrefix+readAsset+"\x00"+p.URLPath+"\x00"+arg] = assetValue(files, srcs)
		return files, nil
	}
	env.ReadDir = func(dir string) ([]fs.FileInfo, error) {
		clean, infos, err := s.listDir(dir)
		if err != nil {
			return nil, fmt.Errorf("readDir %q: %w", dir, err)
		}
		links[readPrefix+readDir+"\x00"+p.URLPath+"\x00"+clean] = dirValue(infos)
		return infos, nil
	}
	env.ReadFile = func(name string) (string, error) {
		clean, file, data, err := s.siteFile(name, p.Lang)
		if errors.Is(err, fs.ErrNotExist) {
			// Go's words: "lstat x.txt: file does not exist".
			return "", &noFileError{name: name}
		}
		if err != nil {
			return "", fmt.Errorf("readFile %q: %w", name, err)
		}
		links[readPrefix+readFile+"\x00"+p.URLPath+"\x00"+clean] = fileValue(file, data, nil)
		return string(data), nil
	}
	env.Getenv = func(name string) (string, error) {
		if !s.Config.MayGetenv(name) {
			return "", fmt.Errorf("getenv %q: site.yaml's getenv does not allow this environment variable to be read (it allows %s), so that pages never show what the machine that builds them holds unless meant to; to read it, add a pattern for it: getenv: [%s]", name, s.Config.GetenvPatterns(), strings.TrimPrefix(s.Config.GetenvPatterns()+", ", "none, ")+"^"+regexp.QuoteMeta(name)+"$")
		}
		v := s.env(name)
		links[readPrefix+readEnv+"\x00"+p.URLPath+"\x00"+name] = v
		return v, nil
	}
	env.FileExists = func(name string) (bool, error) {
		clean, exists, err := s.fileExists(name, p.Lang)
		if err != nil {
			return false, fmt.Errorf("fileExists %q: %w", name, err)
		}
		links[readPrefix+readExists+"\x00"+p.URLPath+"\x00"+clean] = strconv.FormatBool(exists)
		return exists, nil
	}
	env.Image = func(name string, at shortcode.Position, dest string) (*shortcode.Image, error) {
		if dest == "" {
			return nil, errors.New("image: no file named")
		}
		if strings.Contains(dest, "://") || strings.HasPrefix(dest, "//") || strings.HasPrefix(dest, "data:") {
			return &shortcode.Image{Src: dest}, nil
		}
		if is := s.imageIssue(p, dest); is.msg != "" {
			if s.Config.HugoAddresses && missing != nil {
				// As a Markdown image of such a site: Hugo publishes
				// the page, its figure the address as written.
				*missing = append(*missing, MissingImage{Dest: dest, File: at.Filename, Line: at.LineNumber,
					Msg: fmt.Sprintf("shortcode %q: %s", name, is.msg), Cause: is.cause, Item: is.item, problem: is.msg})
				return &shortcode.Image{Src: dest}, nil
			}
			return nil, &imageError{is}
		}
		*imageDests = append(*imageDests, dest)
		file := s.photoFile(p, dest)
		if file == "" || s.photo == nil {
			if u, ok := s.besideURL(p, dest, links); ok {
				return &shortcode.Image{Src: u}, nil
			}
			return &shortcode.Image{Src: dest}, nil
		}
		set, err := s.photo(file)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("image %q: there is no %s", dest, file)
		}
		if err != nil {
			return nil, fmt.Errorf("image %q: %w", dest, err)
		}
		*photos = append(*photos, Photo{File: file, Set: set})
		return &shortcode.Image{Src: s.PhotoURL(set.Default().Name), Srcset: set.Srcset(s.PhotoURL("")), Sizes: "(max-width: 46rem) 100vw, 46rem",
			Width: set.Width, Height: set.Height}, nil
	}
	env.AssetPhoto = func(file, op, spec string) (*shortcode.Image, error) {
		if s.photo == nil || !photo.Readable(file) {
			return nil, nil
		}
		set, err := s.photo(file)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		if op != "" {
			v, err := set.Process(op, spec)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", file, err)
			}
			*photos = append(*photos, Photo{File: file, Set: set.With([]photo.Variant{v})})
			return &shortcode.Image{Src: s.PhotoURL(v.Name), Width: v.Width, Height: v.Height}, nil
		}
		*photos = append(*photos, Photo{File: file, Set: set})
		return &shortcode.Image{Src: s.PhotoURL(set.Default().Name), Srcset: set.Srcset(s.PhotoURL("")), Sizes: "(max-width: 46rem) 100vw, 46rem",
			Width: set.Width, Height: set.Height}, nil
	}
	env.Multilingual = len(s.Languages) > 1
	return env, nil
}

// expandShortcodes runs the shortcodes of body; nil when it has none (or the
// site runs none). Errors are at their lines of p's file.
func (s *Site) expandShortcodes(p *Page, body []byte, timeout time.Duration, errs *errorList,
	links map[string]string, photos *[]Photo, imageDests *[]string, missing *[]MissingImage, warned *[]ShortcodeWarning, removed *[]markdown.RemovedLink, md func(src string, line int, inline bool) (template.HTML, error), showing []*Page) *shortcode.Expanded {
	if s.shortcodes == nil || s.shortcodes.Templates == nil || !shortcode.Has(body) {
		return nil
	}
	cp := p.src
	items, err := shortcode.Parse(body)
	if err != nil {
		var perr *shortcode.Error
		if errors.As(err, &perr) {
			errs.addAt(cp.File, cp.BodyLine-1+perr.Line, perr.Col, "%s", perr.Message(cp.BodyLine-1))
		} else {
			errs.add(cp.File, cp.BodyLine, "%v", err)
		}
		return nil
	}
	*removed = append(*removed, dangerousArgs(items, cp.BodyLine-1)...)
	env, err := s.shortcodeEnv(p, body, links, photos, imageDests, missing, warned, md, showing)
	if err != nil {
		errs.addCause(cp.File, 0, err, "%v", err)
		return nil
	}
	if sp, ok := env.Page.(ShortcodePage); ok {
		sp.toc = sync.OnceValues(func() (template.HTML, error) { return s.tableOfContents(items) })
		env.Page = sp
	}
	exp, runErrs := s.shortcodes.Templates.ExpandWithin(timeout, body, items, env)
	for _, err := range runErrs {
		var rerr *shortcode.RunError
		if errors.As(err, &rerr) {
			errs.addCause(cp.File, cp.BodyLine-1+rerr.Line, rerr, "shortcode %q: %s%s", rerr.Name, rerr.Where(), rerr.Msg)
			groupImage(*errs, rerr)
			continue
		}
		errs.add(cp.File, 0, "%v", err)
	}
	return exp
}

// dangerousArgs are the arguments of the shortcodes of items (inner ones
// too) whose text is an address that a link of the page would leave out
// (javascript:, data:; markdown.DangerousAddress), with their lines in the
// file (offset added): html/template puts #ZgotmplZ in a link in its place.
func dangerousArgs(items []shortcode.Item, offset int) []markdown.RemovedLink {
	var out []markdown.RemovedLink
	for _, it := range items {
		sc := it.Shortcode
		if sc == nil {
			continue
		}
		for _, a := range sc.Args {
			v, ok := a.Value.(string)
			if !ok {
				continue
			}
			if scheme, bad := markdown.DangerousAddress(v); bad {
				out = append(out, markdown.RemovedLink{Dest: v, Scheme: scheme, Line: offset + sc.Line, Shortcode: sc.Name, Arg: a.Name})
			}
		}
		out = append(out, dangerousArgs(sc.Inner, offset)...)
	}
	return out
}

// tableOfContents is the table of contents of a page's Markdown, items as
// shortcode.Parse read it, with its shortcodes left out.
func (s *Site) tableOfContents(items []shortcode.Item) (template.HTML, error) {
	var text []byte
	for _, it := range items {
		text = append(text, it.Text...)
	}
	res, err := s.md.Convert(text, nil, nil)
	if err != nil {
		return "", fmt.Errorf("TableOfContents: %w", err)
	}
	return res.TableOfContents, nil
}

// frontMatterShortcodes runs the shortcodes of front matter summary and
// description, which would otherwise show their syntax in lists, feeds and
// meta tags: the summary as Markdown (Inline), the description as text.
func (s *Site) frontMatterShortcodes(p *Page, conv *conversion, showing []*Page) []*content.Error {
	cp := p.src
	if s.shortcodes == nil || s.shortcodes.Templates == nil {
		return nil
	}
	var errs errorList
	if conv.links == nil {
		conv.links = map[string]string{}
	}
	run := func(field, text string) (string, *shortcode.Expanded) {
		if !shortcode.Has([]byte(text)) {
			return "", nil
		}
		conv.hasShortcodes, conv.shortcodes = true, s.shortcodes
		line := cp.Meta.Line(field)
		items, err := shortcode.Parse([]byte(text))
		if err != nil {
			var perr *shortcode.Error
			if errors.As(err, &perr) {
				errs.add(cp.File, line, "front matter: %s: %s", field, perr.Message(line-1))
			}
			return "", nil
		}
		env, err := s.shortcodeEnv(p, []byte(text), conv.links, &conv.photos, &conv.images, &conv.missingImages, &conv.warned, nil, showing)
		if err != nil {
			errs.addCause(cp.File, line, err, "%v", err)
			return "", nil
		}
		env.FirstLine = line
		exp, runErrs := s.shortcodes.Templates.ExpandWithin(cmp.Or(s.Config.Timeout, config.DefaultTimeout), []byte(text), items, env)
		for _, err := range runErrs {
			var rerr *shortcode.RunError
			if errors.As(err, &rerr) {
				errs.addCause(cp.File, line, rerr, "front matter: %s: shortcode %q: %s%s", field, rerr.Name, rerr.Where(), rerr.Msg)
				groupImage(errs, rerr)
				continue
			}
			errs.add(cp.File, line, "front matter: %s: %v", field, err)
		}
		if len(runErrs) > 0 {
			return "", nil
		}
		return string(exp.Markdown), exp
	}
	if md, exp := run("summary", cp.Meta.Summary); exp != nil {
		inline, err := s.md.InlineWithin(cmp.Or(s.Config.Timeout, config.DefaultTimeout), md)
		var h string
		if err == nil {
			h, err = exp.Restore(string(inline))
		}
		if err != nil {
			errs.add(cp.File, cp.Meta.Line("summary"), "front matter: summary: %v", err)
		}
		conv.res.Summary = template.HTML("<p>" + h + "</p>")
	}
	if text, exp := run("description", cp.Meta.Description); exp != nil {
		h, err := exp.Restore(html.EscapeString(text))
		if err != nil {
			errs.add(cp.File, cp.Meta.Line("description"), "front matter: description: %v", err)
		}
		conv.description = htmltext.Text(h)
	}
	return errs
}

// refPrefix starts the key under which a conversion remembers what a ref
// shortcode found (linkTarget finds it again): no link written in Markdown
// starts with a NUL.
const refPrefix = "\x00ref\x00"

// refLink is the key of a ref to target in lang.
func refLink(target, lang string) string { return refPrefix + lang + "\x00" + target }

// refURL is the URL (abs: absolute, else root-relative) of the page dest
// names from p (refPage), its #fragment kept, recorded in the conversion's
// links, which a rebuild resolves again from p.
func (s *Site) refURL(p *Page, dest, lang string, abs bool, links map[string]string) (string, error) {
	target, frag, _ := strings.Cut(dest, "#")
	if target == "" {
		return "#" + frag, nil
	}
	found, err := s.refPage(p, target, lang)
	if err != nil {
		return "", fmt.Errorf("ref %q: %w", dest, err)
	}
	links[refLink(target, lang)] = found.RelPermalink
	u := found.RelPermalink
	if abs {
		u = found.Permalink
	}
	if frag != "" {
		u += "#" + frag
	}
	return u, nil
}

// refPage is the page a ref or relref shortcode of page p names: a file
// relative to p (from a bundle's index, relative to the bundle's folder or,
// as Hugo looks first, to the folder that holds it: "other-post/index.md"
// from post/a/index.md is post/other-post/index.md), else from content/,
// else, as Hugo finds it, a file or bundle name alone ("omemo", "omemo.md")
// anywhere in the site; in p's language, or in lang when it is given
// (Hugo's lang="en"), where a page p's language lacks is looked for too.
func (s *Site) refPage(p *Page, target, lang string) (*Page, error) {
	found, err := s.resolvePage(p, target)
	if err != nil && !strings.HasPrefix(target, "/") && !strings.HasPrefix(target, "..") && strings.HasPrefix(path.Base(p.File), "index.") {
		if up, err2 := s.resolvePage(p, "../"+target); err2 == nil {
			found, err = up, nil
		}
	}
	if err != nil && lang != "" && lang != p.Lang {
		if t := s.trees[lang]; t != nil && t.Home != nil && t.Home != p {
			if there, err2 := s.refPage(t.Home, target, ""); err2 == nil && there.Lang == lang {
				return there, nil
			}
		}
	}
	if err != nil && !strings.HasPrefix(target, "/") {
		if again, err2 := s.resolvePage(p, "/"+target); err2 == nil {
			found, err = again, nil
		} else if !strings.Contains(target, "/") {
			if named, err3 := s.pageNamed(p, target); named != nil || err3 != nil {
				found, err = named, err3
			}
		}
	}
	if err != nil && !strings.HasPrefix(target, ".") {
		if q := s.pageFolded(p, target); q != nil {
			found, err = q, nil
		}
	}
	if err != nil || lang == "" || lang == p.Lang {
		return found, err
	}
	if s.Config.Language(lang) == nil {
		return nil, fmt.Errorf("lang %q is not a language of site.yaml", lang)
	}
	if t := inLanguage(found, lang); t.Lang == lang {
		return t, nil
	}
	return nil, fmt.Errorf("%s has no %s translation", found.File, lang)
}

// pageNamed is the page, in from's language when it has one, whose file or
// bundle (or section folder) has name, without language and extension,
// anywhere in the site; nil when there is none, an error naming them when
// pages that are not translations of each other have it. A name in other
// letter case (ref "Kubernetes" for the folder kubernetes) finds the page
// when none has the name as written, as Hugo's lookups ignore case.
func (s *Site) pageNamed(from *Page, name string) (*Page, error) {
	stem, _ := content.TrimExt(name)
	if i := strings.LastIndexByte(stem, '.'); i >= 0 && s.Config.Language(stem[i+1:]) != nil {
		stem = stem[:i]
	}
	groups := s.pagesNamed(stem, func(a, b string) bool { return a == b })
	if len(groups) == 0 {
		groups = s.pagesNamed(stem, strings.EqualFold)
	}
	if len(groups) == 0 {
		return nil, nil
	}
	if len(groups) > 1 {
		var pages []*Page
		for _, q := range groups {
			pages = append(pages, inLanguage(q, from.Lang))
		}
		slices.SortFunc(pages, func(a, b *Page) int { return strings.Compare(a.File, b.File) })
		files := make([]string, len(pages))
		for i, q := range pages {
			files[i] = q.File
		}
		return nil, fmt.Errorf("%q names several pages (%s); write the path from the language's content folder, as in /%s", name,
			strings.Join(files, ", "), strings.TrimPrefix(pages[0].File, s.Config.ContentDir(pages[0].Lang)+"/"))
	}
	for _, q := range groups {
		return inLanguage(q, from.Lang), nil
	}
	return nil, nil
}

// pageFolded is the page of from's language at the path target names from
// the content folder in other letter case (/functions/images/filter for
// functions/images/Filter.md), as Hugo's lookups ignore case; nil when there
// is none, or more than one.
func (s *Site) pageFolded(from *Page, target string) *Page {
	want, _, _ := strings.Cut(strings.Trim(target, "/"), "#")
	if stem, ok := content.TrimExt(want); ok {
		want = stem
	}
	if i := strings.LastIndexByte(want, '.'); i >= 0 && s.Config.Language(want[i+1:]) != nil {
		want = want[:i]
	}
	var found *Page
	for _, q := range s.byFile {
		if q.src == nil || q.Lang != from.Lang {
			continue
		}
		at := path.Join(q.src.Dir, q.src.Base)
		if q.src.Kind != KindPage { // a list's _index: its folder
			at = q.src.Dir
		}
		if !strings.EqualFold(at, want) {
			continue
		}
		if found != nil && found != q {
			return nil // two pages: the path names neither
		}
		found = q
	}
	return found
}

// pagesNamed are the pages whose file or bundle (or section folder) is
// named stem, as same compares names, one of each group of translations.
func (s *Site) pagesNamed(stem string, same func(a, b string) bool) map[string]*Page {
	groups := map[string]*Page{}
	for _, q := range s.byFile {
		if q.src == nil {
			continue
		}
		key := q.src.Base
		if key == "_index" {
			key = path.Base(q.src.Dir)
		}
		if !same(key, stem) {
			continue
		}
		if g := groups[q.src.Key]; g == nil || q.File < g.File {
			groups[q.src.Key] = q
		}
	}
	return groups
}

// imageError is a shortcode's image (.Image) that is not published, with
// the cause it may share with other images (imageIssue).
type imageError struct{ is imageIssue }

func (e *imageError) Error() string { return e.is.msg }

// groupImage gives the last of errs, made of rerr, the cause and item of
// the image rerr failed on, when many images share its cause (a base URL
// without their path): a hundred figures are then one message.
func groupImage(errs errorList, rerr *shortcode.RunError) {
	var ie *imageError
	if last := errs[len(errs)-1]; errors.As(rerr, &ie) && ie.is.cause != "" {
		last.Cause, last.Item = ie.is.cause, fmt.Sprintf("shortcode %q: %s", rerr.Name, ie.is.item)
	}
}

// noFileError is readFile's error for a file the site does not have, in
// a site author's words where Go's are "lstat x.txt: file does not
// exist"; it is an fs.ErrNotExist.
type noFileError struct{ name string }

func (e *noFileError) Error() string {
	return fmt.Sprintf("readFile: there is no file %q in the site's folder (the folder of site.yaml) or in the page's language's content folder", e.name)
}

func (e *noFileError) Is(target error) bool { return target == fs.ErrNotExist }
