package site

import (
	"bytes"
	"cmp"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// MaxSegment is the longest file or folder name, in bytes, that the common
// file systems (ext4, APFS, NTFS in UTF-16 units) hold.
const MaxSegment = 255

// ClaimKind says what chose an output's path, which decides whom a collision
// is reported to and what they can do about it.
type ClaimKind int

const (
	// Generated outputs (lists, feeds, sitemaps, ...) have no file of their own.
	Generated ClaimKind = iota
	// PageFile is a page whose address comes from its file's name and folder.
	PageFile
	// Copy is a file copied as it is: a static file or a bundle's file.
	Copy
	// Field is an address a front matter field chose: url, slug or aliases.
	Field
)

// Claim is one output path and what makes it.
type Claim struct {
	// Path is the output file, relative to the output root, forward slashes.
	Path string
	Kind ClaimKind
	// File (site-relative) and Line are where the path was chosen; empty for
	// Generated claims.
	File string
	Line int
	// Field and Value are the front matter field and its value, for Field claims.
	Field, Value string
	// What names the output for a reader when File does not say it all:
	// "page 2 of the news list (lv)". In a claim that PageClaim made for a
	// further output of a page, it is only what the output is of the page
	// ("page 2 of"): the page is named when a message needs it (see of).
	What string
	// Shared outputs are the same output whichever source claims them (a
	// resized photo, named by its content): a second Shared claim of the path
	// with the same What is not a collision.
	Shared bool
	// of is the page a further output is of (PageClaim with what): its
	// description is joined to What only for a message, not stored in
	// each of the site's hundreds of thousands of claims.
	of *Page
}

// what is the full What: with the page's description for a further output
// of a page.
func (c Claim) what() string {
	if c.of == nil {
		return c.What
	}
	return c.What + " " + cmp.Or(Describe(c.of), c.of.File)
}

// same reports whether a and b are the same claim, as messages show them.
func same(a, b Claim) bool {
	if a.of == b.of {
		return a == b
	}
	a.What, b.What, a.of, b.of = a.what(), b.what(), nil, nil
	return a == b
}

// Claims is the registry of every path a build writes. Each output claims its
// path before anything is written; a second claim of a path, or of a path that
// another output needs as a folder, is an error naming both sources. Paths are
// compared without regard to letter case and Unicode normalization, as macOS
// and Windows compare file names: there one output would replace the other.
// It is safe for concurrent use.
type Claims struct {
	mu sync.Mutex
	// files maps the folded path of each claimed file to its claim in list.
	files map[string]int32
	// dirs maps every folder an output needs (folded) to that output's claim in list.
	dirs map[string]int32
	// list are the claims, as kept: a build holds one for each file it
	// writes until its end (300,000 at 100,000 pages), and a map of whole
	// Claims was a tenth of what such a build held.
	list []keptClaim
	errs diag.List
	// warns are the names only some file systems hold, by the path up to
	// the name: one each, from the claim that best says what to change (a
	// page's own rather than its sharing image's in the same folder).
	warns map[string]windowsWarning
}

type windowsWarning struct {
	d    *diag.Diagnostic
	rank int
}

// keptClaim is a Claim as Claims keeps it, in 72 bytes rather than 112:
// the field and value of the few Field claims apart, line and kind smaller.
type keptClaim struct {
	path, file, what string
	of               *Page
	field            *fieldValue
	line             int32
	kind             uint8
	shared           bool
}

// fieldValue are a Field claim's Field and Value.
type fieldValue struct{ field, value string }

func (c Claim) kept() keptClaim {
	k := keptClaim{path: c.Path, file: c.File, what: c.What, of: c.of, line: int32(c.Line), kind: uint8(c.Kind), shared: c.Shared}
	if c.Field != "" || c.Value != "" {
		k.field = &fieldValue{c.Field, c.Value}
	}
	return k
}

func (k keptClaim) claim() Claim {
	c := Claim{Path: k.path, Kind: ClaimKind(k.kind), File: k.file, Line: int(k.line), What: k.what, Shared: k.shared, of: k.of}
	if k.field != nil {
		c.Field, c.Value = k.field.field, k.field.value
	}
	return c
}

// NewClaims returns an empty registry.
func NewClaims() *Claims {
	return &Claims{files: map[string]int32{}, dirs: map[string]int32{}}
}

// newClaimsLike returns an empty registry sized for as many paths as last
// holds (nil: none): a rebuild claims about as many as the build before, and
// growing maps of tens of thousands of paths step by step was a tenth of
// the claims' cost.
func newClaimsLike(last *Claims) *Claims {
	if last == nil {
		return NewClaims()
	}
	last.mu.Lock()
	files, dirs := len(last.files), len(last.dirs)
	last.mu.Unlock()
	return &Claims{files: make(map[string]int32, files), dirs: make(map[string]int32, dirs), list: make([]keptClaim, 0, files)}
}

// fold is the key under which a file system that ignores letter case and
// normalization stores p.
func fold(p string) string { return strings.ToLower(norm.NFC.String(p)) }

// Add claims c.Path for c. A problem is kept for Err.
func (r *Claims) Add(c Claim) {
	if d := c.checkPath(); d != nil {
		r.mu.Lock()
		r.errs = append(r.errs, d)
		r.mu.Unlock()
		return
	}
	if d, upTo := c.windowsName(runtime.GOOS == "windows"); d != nil {
		r.mu.Lock()
		if d.Severity == diag.Error {
			r.errs = append(r.errs, d)
			r.mu.Unlock()
			return
		}
		w := windowsWarning{d: d}
		if c.File != "" {
			w.rank++
		}
		if c.fix(false) != "" {
			w.rank += 2
		}
		if prev, ok := r.warns[upTo]; !ok || w.rank > prev.rank || w.rank == prev.rank && d.Error() < prev.d.Error() {
			if r.warns == nil {
				r.warns = map[string]windowsWarning{}
			}
			r.warns[upTo] = w // whichever order the claims come in
		}
		r.mu.Unlock()
	}
	key := fold(c.Path)
	r.mu.Lock()
	defer r.mu.Unlock()
	if i, ok := r.files[key]; ok {
		switch prev := r.list[i].claim(); {
		case prev.Shared && c.Shared && prev.what() == c.what():
			if c.File < prev.File { // which source names it does not depend on the order of claims
				r.list[i] = c.kept()
			}
		case !same(prev, c): // the very same claim twice is one output
			r.errs = append(r.errs, collision(prev, c))
		}
		return
	}
	if i, ok := r.dirs[key]; ok {
		r.errs = append(r.errs, collision(r.list[i].claim(), c))
		return
	}
	// The folders key needs, longest first, down to one some output needs
	// already: dirs holds every folder's parents too, and no folder is a
	// file (a claim that would make one is refused), so the shorter ones
	// need no look-up. At most one of them can be a file.
	known := strings.LastIndexByte(key, '/')
	for ; known >= 0; known = strings.LastIndexByte(key[:known], '/') {
		if _, ok := r.dirs[key[:known]]; ok {
			break
		}
		if i, ok := r.files[key[:known]]; ok {
			r.errs = append(r.errs, collision(r.list[i].claim(), c))
			return
		}
	}
	n := int32(len(r.list))
	r.list = append(r.list, c.kept())
	r.files[key] = n
	for i := strings.LastIndexByte(key, '/'); i > known; i = strings.LastIndexByte(key[:i], '/') {
		r.dirs[key[:i]] = n
	}
}

// Remove gives up the claim of the file p (a list's last page that a save
// made unneeded), with the folders no other claimed file is in. The claim's
// place in the list stays, unused, until the next build starts a registry.
func (r *Claims) Remove(p string) {
	key := fold(p)
	r.mu.Lock()
	defer r.mu.Unlock()
	n, ok := r.files[key]
	if !ok {
		return
	}
	delete(r.files, key)
	var dirs []string // the folders that p's claim needed first
	for d, i := range r.dirs {
		if i == n {
			dirs = append(dirs, d)
		}
	}
	if len(dirs) == 0 {
		return
	}
	for f, i := range r.files {
		if len(dirs) == 0 {
			break
		}
		dirs = slices.DeleteFunc(dirs, func(d string) bool {
			if strings.HasPrefix(f, d) && len(f) > len(d) && f[len(d)] == '/' {
				r.dirs[d] = i // another output still needs it
				return true
			}
			return false
		})
	}
	for _, d := range dirs {
		delete(r.dirs, d)
	}
}

// Err returns the problems found so far, sorted, or nil.
func (r *Claims) Err() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.errs.Sort().Err()
}

// Warnings are the names claimed that only some file systems hold, sorted:
// one for each such name (and the folder it is in).
func (r *Claims) Warnings() diag.List {
	r.mu.Lock()
	defer r.mu.Unlock()
	var l diag.List
	for _, w := range r.warns {
		l = append(l, w.d)
	}
	return l.Sort()
}

// Of returns the claim of the file p, if any.
func (r *Claims) Of(p string) (Claim, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	i, ok := r.files[fold(p)]
	if !ok {
		return Claim{}, false
	}
	c := r.list[i].claim()
	return c, c.Path == p
}

// collision reports two claims that cannot both be written, to the one whose
// source a user can change: a front matter field first, then a file.
func collision(a, b Claim) *diag.Diagnostic {
	r, o := b, a
	if rank(a) > rank(b) || rank(a) == rank(b) && cmp.Or(strings.Compare(a.File, b.File), a.Line-b.Line) > 0 {
		r, o = a, b
	}
	rp, op := fold(r.Path), fold(o.Path)
	var msg string
	switch {
	case r.Path == o.Path:
		msg = fmt.Sprintf("%s is also the address of %s", r.subject(true), o.phrase())
	case rp == op && strings.ToLower(r.Path) == strings.ToLower(o.Path):
		msg = fmt.Sprintf("%s differs only in letter case from %s, the address of %s; macOS and Windows would keep one of the two",
			r.subject(true), "/"+o.Path, o.phrase())
	case rp == op:
		msg = fmt.Sprintf("%s looks the same as %s, the address of %s, but its letters are encoded differently (Unicode normalization); macOS would keep one of the two",
			r.subject(true), "/"+o.Path, o.phrase())
	case strings.HasPrefix(rp, op+"/"): // r needs o's file as a folder
		msg = fmt.Sprintf("%s needs %s to be a folder, but that is the address of %s", r.subject(true), address(o.Path), o.phrase())
	default: // r's file is a folder that o needs
		msg = fmt.Sprintf("%s is a file where %s needs a folder", r.subject(true), o.phrase())
	}
	if fix := r.fix(false); fix != "" {
		msg += "; " + fix
	}
	return diag.Errorf(printable(r.File), r.Line, "%s", msg)
}

// rank orders claims by how likely their source is what the user would
// change: a front matter field, a copied file, site.yaml's address of the
// search page (rather than the folder of content/ named like it), a page's
// file, a section's segment in site.yaml, a generated output.
func rank(c Claim) int {
	switch {
	case c.Field == searchField:
		return 2*int(Copy) - 1
	case c.Kind == Field && strings.HasPrefix(c.Field, sectionsField):
		// A section's list at site.yaml's segment: before a generated
		// output (the sitemap, a feed), which no one names, but after a
		// page's own file or a copied file, which are more likely what
		// is in the way, as they were before the list was so named.
		return 2*int(PageFile) - 1
	}
	return 2 * int(c.Kind)
}

// address shows an output path as the address a browser asks for.
func address(p string) string {
	if p == "index.html" || strings.HasSuffix(p, "/index.html") {
		p = strings.TrimSuffix(p, "index.html")
	}
	return "/" + p
}

// subject names c as the one reported: by its field, else by its address.
func (c Claim) subject(withAddress bool) string {
	at := ""
	if withAddress {
		at = " " + address(c.Path)
	}
	switch {
	case c.Kind == Field && strings.HasPrefix(c.Field, sectionsField):
		return fmt.Sprintf("%s: segment %q", c.Field, shorten(c.Value))
	}
	switch c.Kind {
	case Field:
		return fmt.Sprintf("%s %q", c.Field, shorten(c.Value))
	case PageFile:
		return "its address" + at
	case Copy:
		if withAddress {
			return "this file, copied to /" + c.Path + ","
		}
		return "this file's name"
	}
	if c.File != "" { // a resized photo
		return c.what() + " this file" + strings.Replace(at, " ", ", at ", 1)
	}
	return c.what() + at
}

// phrase names c as the other party of a collision.
func (c Claim) phrase() string {
	what := c.what()
	if c.File == "" || c.Field == searchField || strings.HasPrefix(c.Field, sectionsField) {
		return what // a list, named by what it is
	}
	loc := printable(c.File)
	if c.Line > 0 {
		loc += ":" + strconv.Itoa(c.Line)
	}
	if c.Kind == Field {
		loc += fmt.Sprintf(" (%s %q)", c.Field, shorten(c.Value))
	}
	if strings.HasSuffix(what, " of") {
		return what + " " + loc
	}
	if what != "" {
		return what + ", " + loc
	}
	return loc
}

// fix says what the user can change: to end a collision, or (shorter) to
// shorten a name.
func (c Claim) fix(shorter bool) string {
	switch {
	case c.Kind == Field && c.Field == "aliases":
		return "change or remove the alias"
	case c.Kind == Field && c.Field == searchField:
		return "give the search page another address in site.yaml, as in searchPage: find"
	case c.Kind == Field && strings.HasPrefix(c.Field, sectionsField):
		return "choose another"
	case c.Kind == Field && c.Field != "url" && c.Field != "slug" && shorter: // a taxonomy
		return "shorten this name in " + c.Field
	case c.Kind == Field && c.Field != "url" && c.Field != "slug":
		return "change this name in " + c.Field
	case c.Kind == Field && shorter:
		return "choose a shorter " + c.Field
	case c.Kind == Field:
		return "choose another " + c.Field
	case c.Kind == PageFile && shorter:
		return "rename the file or give the page a shorter slug"
	case c.Kind == PageFile:
		return "rename the file or give the page a slug"
	case c.Kind == Copy || c.File != "":
		return "rename the file"
	}
	return ""
}

// checkPath refuses a path that no file system can hold: a name longer than
// MaxSegment bytes, bytes that are not UTF-8, or a control character.
func (c Claim) checkPath() *diag.Diagnostic {
	switch {
	case !utf8.ValidString(c.File):
		return diag.Errorf(printable(c.File), 0, "the file name is not valid UTF-8 (the bad bytes are shown as \\x..); rename the file")
	case !utf8.ValidString(c.Path):
		return diag.Errorf(printable(c.File), c.Line, "the address %q is not valid UTF-8; %s", c.Path, c.fix(false))
	}
	// A line break or tab in a file name (a file saved by a script, a url
	// written "/a\tb/") would be published as it is: no link can name it,
	// and the list of files written (.vestis-manifest), one a line, breaks.
	if i := strings.IndexFunc(c.Path, isControl); i >= 0 {
		r, _ := utf8.DecodeRuneInString(c.Path[i:])
		return diag.Errorf(printable(c.File), c.Line, "%s holds the control character U+%04X%s, which no web address may hold; %s", c.subject(false), r, controlName[r], c.fix(false))
	}
	for seg := range strings.SplitSeq(c.Path, "/") {
		if len(seg) > MaxSegment {
			name := "a file name"
			if c.Kind != Field {
				name = fmt.Sprintf("the file name %q", shorten(seg))
			}
			msg := fmt.Sprintf("%s makes %s of %d bytes; file systems hold at most %d", c.subject(false), name, len(seg), MaxSegment)
			if fix := c.fix(true); fix != "" {
				msg += "; " + fix
			}
			return diag.Errorf(printable(c.File), c.Line, "%s", msg)
		}
	}
	return nil
}

// windowsName says when c's path has a name Windows cannot hold
// (sitefs.WindowsRefuses): an error on Windows, where writing it would fail
// or write another name (Windows drops a trailing dot), and a warning
// elsewhere. Hugo publishes such names, real sites have them (an event
// titled "P.I.W.O." makes a folder ending in a dot), and the static hosts
// they are published to hold them; only a colleague building the site on
// Windows, or copying its output there, would lose the file.
func (c Claim) windowsName(onWindows bool) (d *diag.Diagnostic, upTo string) {
	end := 0
	for seg := range strings.SplitSeq(c.Path, "/") {
		end += len(seg) + 1
		why := sitefs.WindowsRefuses(seg)
		if why == "" {
			continue
		}
		msg := fmt.Sprintf("%s makes the name %q, which Windows cannot hold (%s)", c.subject(true), seg, why)
		fix := c.fix(false)
		if onWindows {
			if fix != "" {
				msg += "; " + fix
			}
			return diag.Errorf(printable(c.File), c.Line, "%s", msg), c.Path[:end-1]
		}
		msg += ": the site builds here, but not on Windows, and a copy of its output there loses the file"
		if fix != "" {
			msg += "; to publish it from Windows too, " + fix
		}
		return diag.Warnf(printable(c.File), c.Line, "%s", msg), c.Path[:end-1]
	}
	return nil, ""
}

// shorten cuts a long value for a message.
func shorten(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	i := max
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

// printable shows a file name that is not UTF-8, or holds a control
// character, with those bytes escaped as in a Go string.
func printable(name string) string {
	if utf8.ValidString(name) && !strings.ContainsFunc(name, isControl) {
		return name
	}
	q := strconv.Quote(name)
	return q[1 : len(q)-1]
}

// PageClaim is the claim of out, an output of p: its own file, or (with what,
// say "page 2 of") a further output named after it. A page's own file is
// reported to its url or slug field when it has one, else to its file.
func PageClaim(p *Page, out, what string) Claim {
	if what != "" {
		return Claim{Path: out, What: what, of: p}
	}
	c := Claim{Path: out, What: Describe(p)}
	if p.Kind == KindSearch {
		// Its address is site.yaml's (searchPage), which a folder of
		// content/ named like it (content/search/, a Hugo theme's search
		// page) takes too: the collision is said there, with what to write.
		c.Kind, c.File, c.Field, c.Value = Field, "site.yaml", searchField, p.URLPath
		return c
	}
	if p.Kind == KindTerm {
		// A term's list is where its name was written first (by file).
		var first *Page
		for _, q := range p.Term.Pages {
			if q.src != nil && (first == nil || q.File < first.File) {
				first = q
			}
		}
		if first != nil {
			c.Kind, c.File, c.Line = Field, first.File, first.src.Meta.Line(p.Taxonomy)
			c.Field, c.Value = p.Taxonomy, p.Term.Name
		}
		return c
	}
	if p.FallbackOf != nil || p.src == nil {
		return c
	}
	c.File = p.File
	switch m := &p.src.Meta; {
	case m.URL != "":
		c.Kind, c.Field, c.Value, c.Line = Field, "url", m.URL, m.Line("url")
	case m.Slug != "" && p.Kind == KindPage:
		c.Kind, c.Field, c.Value, c.Line = Field, "slug", m.Slug, m.Line("slug")
	default:
		c.Kind = PageFile
	}
	return c
}

// searchField names the search page's address in a claim's message.
const searchField = "the search page's address"

// sectionsField begins the field of a claim of a section's list at the
// segment site.yaml gives it: "sections: news: lv".
const sectionsField = "sections: "

// Describe names a page for a message about its outputs: "the news list (lv)";
// "" for a regular page, which its file names.
func Describe(p *Page) string {
	switch {
	case p.FallbackOf != nil:
		return fmt.Sprintf("the %s fallback page of %s", p.Lang, p.FallbackOf.File)
	case p.Kind == KindHome:
		return fmt.Sprintf("the home page (%s)", p.Lang)
	case p.Kind == KindSection:
		return fmt.Sprintf("the %s list (%s)", p.Section, p.Lang)
	case p.Kind == KindTaxonomy:
		return fmt.Sprintf("the %s list (%s)", p.Taxonomy, p.Lang)
	case p.Kind == KindTerm:
		return fmt.Sprintf("the list of %s %q (%s)", p.Taxonomy, shorten(p.Term.Name), p.Lang)
	case p.Kind == Kind404:
		return fmt.Sprintf("the 404 page (%s)", p.Lang)
	case p.Kind == KindSearch:
		return fmt.Sprintf("the search page (%s)", p.Lang)
	}
	return ""
}

// yieldToLists leaves out of pages, which are sorted by address, each
// regular page whose url field claims the address of a list page of the site
// (a home page, a section's, a taxonomy's or a term's). Hugo 0.111 writes
// both there, the list mostly last; vestis publishes the list, always, and
// warns at the page's url line naming both. The page stays in the lists that
// show it, linking to its address, as in Hugo. With Hugo's addresses
// (hugo), a page whose address comes from its file's name yields too (Hugo
// publishes the section content/about/ over content/about.md, and the
// imported site must build); elsewhere that is a claims error. It returns the
// pages kept and those left out.
func yieldToLists(pages []*Page, hugo bool) (kept []*Page, left map[*Page]bool, warns diag.List) {
	isList := func(p *Page) bool {
		switch p.Kind {
		case KindHome, KindSection, KindTaxonomy, KindTerm:
			return p.FallbackOf == nil
		}
		return false
	}
	kept = pages[:0:0]
	for i := 0; i < len(pages); {
		j := i + 1
		for j < len(pages) && pages[j].URLPath == pages[i].URLPath {
			j++
		}
		at := pages[i:j]
		list := slices.IndexFunc(at, isList)
		for _, p := range at {
			if list < 0 || p.Kind != KindPage || p.FallbackOf != nil || p.src == nil || p.src.Meta.URL == "" && !hugo {
				kept = append(kept, p)
				continue
			}
			if left == nil {
				left = map[*Page]bool{}
			}
			left[p] = true
			if p.src.Meta.URL == "" {
				warns = append(warns, diag.Warnf(p.File, 0, "its address %s is also the address of %s, which is published there; this page is not (Hugo writes one over the other): rename the file or give the page a slug",
					p.URLPath, PageClaim(at[list], "", "").phrase()))
				continue
			}
			warns = append(warns, diag.Warnf(p.File, p.src.Meta.Line("url"), "url %q is also the address of %s, which is published there; this page is not (Hugo writes one over the other): choose another url",
				p.src.Meta.URL, PageClaim(at[list], "", "").phrase()))
		}
		i = j
	}
	return kept, left, warns
}

// isControl reports whether r is a C0 or C1 control character, or DEL.
func isControl(r rune) bool { return r < 0x20 || r >= 0x7f && r <= 0x9f }

// controlName names the control characters people type, for a message.
var controlName = map[rune]string{'\n': " (a line break)", '\r': " (a carriage return)", '\t': " (a tab)"}

// yieldTranslations leaves out of pages, which are sorted by address, the
// translations that share one address through their url fields: url:
// /patterns written in every language's file, as Hugo sites do for a page
// whose address has no language (a redirect). Hugo uses a url with a leading
// slash as written in every language and writes the languages' pages over
// one another, the heaviest language's last; vestis publishes the page of
// the language that comes first (the default language, then the others in
// site.yaml's order), and the others link to its address, as in Hugo. Only
// where a page left out would lose text (a body that is not the published
// page's, nor empty) is there a message: a warning with Hugo's addresses
// (hugo), as the imported site must build as Hugo builds it; elsewhere such
// a page is kept, and claiming the address is the error. body reads a page's
// Markdown. It returns the pages kept and those left out.
func yieldTranslations(pages []*Page, cfg *config.Config, body func(*content.Page) []byte) (kept []*Page, left map[*Page]bool, warns diag.List) {
	rank := func(lang string) int {
		if lang == cfg.DefaultLanguage {
			return -1
		}
		return slices.IndexFunc(cfg.Languages, func(l config.Language) bool { return l.Code == lang })
	}
	kept = pages[:0:0]
	for i := 0; i < len(pages); {
		j := i + 1
		for j < len(pages) && pages[j].URLPath == pages[i].URLPath {
			j++
		}
		at := pages[i:j]
		i = j
		first, ok := sharedByTranslations(at, rank)
		if !ok {
			kept = append(kept, at...)
			continue
		}
		var lost []*Page
		for _, p := range at {
			if p != first && !sameText(body(first.src), body(p.src)) {
				lost = append(lost, p)
			}
		}
		for _, p := range at {
			switch {
			case p == first:
				kept = append(kept, p)
			case slices.Contains(lost, p) && !cfg.HugoAddresses:
				kept = append(kept, p) // claiming the address is the error
			default:
				if left == nil {
					left = map[*Page]bool{}
				}
				left[p] = true
			}
		}
		if !cfg.HugoAddresses {
			continue
		}
		for _, p := range lost {
			warns = append(warns, diag.Warnf(p.File, p.src.Meta.Line("url"),
				"url %q is also the address of its %s translation %s, which is published there; this page's text is not (Hugo writes one language over the other): to publish each language at its own address, write the url without its leading slash (%s), which puts it below the language's folder",
				p.src.Meta.URL, first.Lang, printable(first.File), strings.TrimLeft(p.src.Meta.URL, "/")))
		}
	}
	return kept, left, warns
}

// sharedByTranslations reports whether the pages at, of one address, are
// pages of one translation group in as many languages, each given the
// address by its url field, and returns the one of the language ranked first.
func sharedByTranslations(at []*Page, rank func(lang string) int) (first *Page, ok bool) {
	if len(at) < 2 {
		return nil, false
	}
	langs := make(map[string]bool, len(at))
	for _, p := range at {
		if p.Kind != KindPage || p.FallbackOf != nil || p.src == nil || p.src.Meta.URL == "" || p.key != at[0].key || langs[p.Lang] {
			return nil, false
		}
		langs[p.Lang] = true
		if first == nil || rank(p.Lang) < rank(first.Lang) {
			first = p
		}
	}
	return first, true
}

// sameText reports whether a page of Markdown other shows nothing that a
// page of Markdown published does not: other is empty, or the same text.
func sameText(published, other []byte) bool {
	return len(bytes.TrimSpace(other)) == 0 || bytes.Equal(bytes.TrimSpace(published), bytes.TrimSpace(other))
}

// Free reports whether claiming c would take a path no output has, in no
// folder an output is, with no problem of its own: a page that joins the
// site without a full rebuild (Site.Join) claims only such a path.
func (r *Claims) Free(c Claim) bool {
	if c.checkPath() != nil || windowsProblem(c) {
		return false
	}
	key := fold(c.Path)
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.files[key]; ok {
		return false
	}
	if _, ok := r.dirs[key]; ok {
		return false
	}
	for i := strings.LastIndexByte(key, '/'); i >= 0; i = strings.LastIndexByte(key[:i], '/') {
		if _, ok := r.files[key[:i]]; ok {
			return false
		}
	}
	return true
}

// windowsProblem reports whether c's path has a name Windows cannot hold,
// which Add would warn of or refuse.
func windowsProblem(c Claim) bool {
	d, _ := c.windowsName(runtime.GOOS == "windows")
	return d != nil
}
