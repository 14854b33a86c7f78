// Package content reads the Markdown files of content/ into pages: the file name
// gives language, section and translation base; the front matter is decoded and typed
// with the line of every field kept for error messages.
package content

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/parallel"
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// Kind of content page.
const (
	KindHome    = "home"
	KindSection = "section"
	KindPage    = "page"
)

// Page is one content file.
type Page struct {
	File    string // site-relative path with forward slashes: content/news/a.lv.md
	Lang    string
	Kind    string
	Section string // first folder under content/, "" for the home page
	// Key groups translations: the folder plus base name, or translationKey.
	Key string
	// Dir is the folder of the page's file relative to content/.
	Dir string
	// Base is the file or bundle name used as the default slug.
	Base string
	// Resources are the other files of a bundle, relative to its folder, those
	// of its subfolders included (images/x.webp), sorted; ResourceName says
	// which language's page each is for. Its Markdown files (IsContentResource)
	// are not published: they are Hugo's resources of kind "page".
	Resources []string
	Meta      Meta
	// Body is the Markdown after the front matter; nil in pages from Load and
	// Update, which ReadBody reads again when needed.
	Body     []byte
	BodyLine int
	// Warnings are mistakes that do not stop a build, such as a misspelt field.
	Warnings []*Error
	// fileWarns are the Warnings about the file rather than its front matter
	// (its name, its characters), which a cascaded copy keeps.
	fileWarns []*Error
	// Untitled: the file gives no title; Meta.Title is made of its name.
	Untitled bool
	// untitledWarn is the warning in Warnings that the file gives no
	// title, nil when there is none, and untitledHome what it says on a
	// home page, "" to drop it (dropHomeWarning).
	untitledWarn *Error
	untitledHome string
	// own is the page as its file says, when this is a copy with values
	// from a cascade (Cascades).
	own *Page
	// bodyLen and bodySum identify Body, for ReadBody and for the
	// conversions of it that a content store keeps (BodySum).
	bodyLen int
	bodySum [sha256.Size]byte
	// metaSum identifies the front matter (MetaSum).
	metaSum uint64
	// typ is the type the front matter was decoded as (nil: generic), for
	// ReadParams.
	typ *config.Type
	// paramKeys are the keys of Meta.Params once DropParams dropped them.
	paramKeys []string
}

// DropParams drops the page's front matter map (Meta.Params) and its typed
// fields (Meta.Fields), for a build that renders each page once and keeps
// no model (vestis build): the map is a third of what such a build holds,
// and layouts rarely read it; ReadParams reads it again. The keys stay (HasParam): the pages of a site write few
// sets of keys, and keys holds each set once, by its keys joined with NUL.
// The page's own page, when it is a cascade's copy, drops its map too.
func (p *Page) DropParams(keys map[string][]string) {
	if p.Meta.Params == nil {
		return
	}
	set := slices.Sorted(maps.Keys(p.Meta.Params))
	joined := strings.Join(set, "\x00")
	if kept, ok := keys[joined]; ok {
		set = kept
	} else {
		keys[joined] = set
	}
	p.paramKeys = set
	p.Meta.Params = nil
	// The typed fields go too: the site's pages keep them packed
	// (site.Page.Fields), and a map of them is about 340 bytes.
	p.Meta.Fields = nil
	// The lines' keys are the map's keys, each page's own strings: the
	// lines take the set's, so that the page's go with its map.
	p.Meta.lines = p.Meta.lines.over(set)
	if p.own != nil {
		p.own.DropParams(keys)
	}
}

// HasParam reports whether the page's front matter map holds key, in any
// letter case, whether or not DropParams dropped it.
func (p *Page) HasParam(key string) bool {
	if p.Meta.Params == nil {
		return slices.ContainsFunc(p.paramKeys, func(k string) bool { return strings.EqualFold(k, key) })
	}
	return hasKey(p.Meta.Params, key)
}

// ReadParams returns the page's front matter map (Meta.Params): read from
// its file again when DropParams dropped it. It fails when the file changed
// since it was loaded.
func ReadParams(fsys fs.FS, p *Page, cfg *config.Config) (map[string]any, error) {
	if p.Meta.Params != nil || p.paramKeys == nil {
		return p.Meta.Params, nil
	}
	own := p
	if p.own != nil {
		own = p.own
	}
	data, err := sitefs.ReadFile(fsys, p.File, MaxFile)
	if err != nil {
		return nil, gone(err)
	}
	data = sitefs.Lines(bytes.TrimPrefix(data, bom)) // as readFile did
	if len(data) < own.bodyLen || textSum(0, data[:len(data)-own.bodyLen]) != own.metaSum {
		return nil, ErrChanged
	}
	q, errs := ParseAs(p.File, data, cfg, own.typ)
	if len(errs) == 0 && p.Meta.Inherited != nil {
		q, errs = inherit(q, p.Meta.Inherited, nil, cfg)
	}
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return q.Meta.Params, nil
}

// ReadBody reads a page's Markdown body from its file again, for a build that
// dropped Body to save memory. It fails when the file changed since it was loaded.
func ReadBody(fsys fs.FS, p *Page) ([]byte, error) {
	data, err := sitefs.ReadFile(fsys, p.File, MaxFile)
	if err != nil {
		return nil, gone(err)
	}
	data = sitefs.Lines(bytes.TrimPrefix(data, bom)) // as readFile did
	if indexControl(data) >= 0 {
		data, _ = dropControls(data) // as readFile did
	}
	if len(data) < p.bodyLen || sha256.Sum256(data[len(data)-p.bodyLen:]) != p.bodySum {
		return nil, ErrChanged
	}
	return data[len(data)-p.bodyLen:], nil
}

// BodySum is the SHA-256 of the page's Markdown body, whether or not Body
// is kept: a body restored to earlier text has the sum it had.
func (p *Page) BodySum() [sha256.Size]byte {
	if p.Body != nil && (p.bodySum == [sha256.Size]byte{} || p.bodyLen != len(p.Body)) {
		return sha256.Sum256(p.Body) // a page made without Parse
	}
	return p.bodySum // loaded with Body, which nothing changes: every full rebuild asks for every page's
}

// MetaSum identifies the page's front matter: the text of the file above
// its body, and the values it inherits from a cascade. The pages of a file
// saved with the same front matter have the same sum.
func (p *Page) MetaSum() uint64 { return p.metaSum }

// BodySize is the length in bytes of the page's Markdown body, whether or not
// Body is kept: it sets bounds on what rendering the page may write.
func (p *Page) BodySize() int { return max(p.bodyLen, len(p.Body)) }

// textSum mixes text into sum (FNV-1a, 64 bits).
func textSum(sum uint64, text []byte) uint64 {
	h := fnv.New64a()
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], sum)
	h.Write(b[:])
	h.Write(text)
	return h.Sum64()
}

// Error is a problem in a content file, at a line when known.
type Error = diag.Diagnostic

// Load reads every page under dir in fsys. All errors are returned together,
// sorted by file and line.
func Load(fsys fs.FS, dir string, cfg *config.Config) ([]*Page, error) {
	return Update(fsys, dir, cfg, nil, nil)
}

// Update reads the pages under dir again after the files in changed (paths
// relative to fsys) were saved: a page of prev whose file did not change is kept
// as it is, so work done for it can be reused; every other file is parsed.
// The pages keep no Body: a build reads each body again (ReadBody) when it
// converts it, rather than holding every file of the site.
func Update(fsys fs.FS, dir string, cfg *config.Config, prev []*Page, changed []string) ([]*Page, error) {
	if out, ok := updateFiles(fsys, dir, cfg, prev, changed); ok {
		return out, nil
	}
	return updateAll(fsys, dir, cfg, prev, changed)
}

// updateAll is Update reading every folder.
func updateAll(fsys fs.FS, dir string, cfg *config.Config, prev []*Page, changed []string) ([]*Page, error) {
	keep := make(map[string]*Page, len(prev))
	for _, p := range prev {
		if p.own != nil {
			p = p.own
		}
		keep[p.File] = p
	}
	for _, c := range changed {
		delete(keep, c)
	}
	type job struct {
		file      string
		resources []string
	}
	var jobs []job
	var errs []*Error
	var badNames diag.List
	bundles := map[string]bool{} // folders holding an index.*.md (or .html)
	mdIndex := map[string]bool{} // folders holding a Markdown index
	files := map[string][]string{}
	// folds are the folders, to find two of one folder whose names
	// differ only in letter case (News and news) or in how their accents
	// are stored (Ziņas saved on macOS, NFD, and typed, NFC): macOS and
	// Windows keep them as one folder, so a checkout there mixes their
	// files and builds another site. Two such files are one address, which
	// the claims report.
	var folds sitefs.Folds
	// The languages' own folders (contentDir), when they have them; dir else.
	roots := []string{dir}
	if dir == "content" {
		roots = roots[:0]
		for _, r := range cfg.ContentRoots() {
			roots = append(roots, r.Dir)
		}
	}
	for _, dir := range roots {
		// WalkDir follows a link given as its root: check dir itself.
		if info, err := fs.Lstat(fsys, dir); err == nil && info.Mode()&fs.ModeSymlink != 0 {
			return nil, JoinErrors([]*Error{{File: dir, Msg: "symbolic links are not followed in content/; copy the folder instead"}})
		}
	}
	walk := func(dir string) error {
		if len(roots) > 1 {
			if _, err := fs.Stat(fsys, dir); errors.Is(err, fs.ErrNotExist) {
				return nil // a language with no pages yet
			}
		}
		return fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				msg := err.Error()
				var denied *diag.Diagnostic
				if errors.As(sitefs.Denied(p, err), &denied) {
					msg = denied.Msg // a folder vestis may not read
				}
				errs = append(errs, &Error{File: p, Msg: msg})
				return nil
			}
			if p != dir && d.IsDir() && slices.Contains(roots, p) {
				return fs.SkipDir // another language's folder, read as its own
			}
			name := d.Name()
			if p != dir && (strings.HasPrefix(name, ".") || sitefs.Transient(name)) {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				what := "file"
				info, err := fs.Stat(fsys, p)
				var out *diag.Diagnostic
				if errors.Is(err, sitefs.ErrOutside) && errors.As(err, &out) {
					errs = append(errs, &Error{File: p, Msg: out.Msg}) // as for every folder of the site
					return nil
				}
				if err == nil && info.IsDir() {
					what = "folder"
				}
				errs = append(errs, &Error{File: p, Msg: "symbolic links are not followed in content/; copy the " + what + " instead"})
				return nil
			}
			if !utf8.ValidString(name) {
				// fs.FS cannot open it, nor could a URL name it.
				what := "file"
				if d.IsDir() {
					what = "folder"
				}
				badNames = append(badNames, diag.Errorf(escape(p), 0, "the %s name is not valid UTF-8 (the bad bytes are shown as \\x..); rename the %s", what, what))
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if msg, bad := sitefs.SourceName(name, "folder"); bad && p != dir {
					badNames = append(badNames, diag.Errorf(sitefs.Printable(p), 0, "%s", msg))
					return fs.SkipDir
				}
				if p != dir {
					folds.Add(p, true)
				}
				return nil
			}
			if !d.Type().IsRegular() { // a named pipe would block the build that opens it
				errs = append(errs, &Error{File: p, Msg: sitefs.NotRegular(p, d.Type()).Msg})
				return nil
			}
			if InDisabledLanguage(name, cfg.DisabledLanguages) {
				return nil
			}
			parent := path.Dir(p)
			files[parent] = append(files[parent], name)
			if isIndex(name) && !slices.Contains(roots, parent) {
				// (index.md at the top of content/ is read as the home
				// page, not as a bundle of the whole site: see parseFile.)
				bundles[parent] = true
				if !IsHTML(name) {
					mdIndex[parent] = true
				}
			}
			return nil
		})
	}
	for _, dir := range roots {
		if err := walk(dir); err != nil {
			return nil, err
		}
	}
	badNames = append(badNames, folds.Diagnostics()...)
	folders := slices.Sorted(mapKeys(files))
	// A bundle's files include those of its subfolders (images/x.webp), as
	// in Hugo, but not of a bundle below it.
	nested := map[string][]string{} // bundle folder -> files of its subfolders, relative to it
	for _, folder := range folders {
		if b := bundleAbove(folder, bundles); b != "" {
			for _, name := range files[folder] {
				nested[b] = append(nested[b], path.Join(strings.TrimPrefix(folder, b+"/"), name))
			}
		}
	}
	for _, folder := range folders {
		if bundleAbove(folder, bundles) != "" {
			continue // its files are the bundle's (nested); its Markdown is content of the bundle's, not pages
		}
		// In a bundle, only the index is a page, as in Hugo, where the
		// bundle's other Markdown files are resources of kind "page" that
		// the page's templates may read (a headless bundle of a home page's
		// parts, a glossary's terms) and are not published, and an .html file
		// is one of its files (a page with its HTML demo). Beside a Markdown
		// index, index.html is such a file too.
		page := func(name string) bool {
			if !bundles[folder] {
				return IsPageFile(name)
			}
			return isIndex(name) && (!IsHTML(name) || !mdIndex[folder])
		}
		if !bundles[folder] { // in a bundle, such a file is one of its files
			for _, name := range files[folder] {
				if format := OtherFormat(name); format != "" {
					errs = append(errs, &Error{File: path.Join(folder, name), Msg: fmt.Sprintf("a page written in %s, which Hugo converts "+
						"and vestis does not (it reads Markdown and HTML); convert it to Markdown, or move it to static/ to publish the file as it is", format)})
				}
				// x.MD (saved so on Windows) is no page, and would vanish from the site without a word.
				if ext := path.Ext(name); !IsPageFile(name) && IsPageFile(strings.ToLower(name)) {
					errs = append(errs, &Error{File: path.Join(folder, name), Msg: fmt.Sprintf("vestis reads a page only from a name ending in .md in lower case "+
						"(or .markdown, .html), so this file would not be published; rename it %s", strings.TrimSuffix(name, ext)+strings.ToLower(ext))})
				}
			}
		}
		var resources []string
		if bundles[folder] {
			for _, name := range files[folder] {
				if !page(name) {
					resources = append(resources, name)
				}
			}
			resources = append(resources, nested[folder]...)
			slices.Sort(resources)
		}
		for _, name := range files[folder] {
			if page(name) && !undeclaredIndexBeside(name, files[folder], cfg) {
				jobs = append(jobs, job{file: path.Join(folder, name), resources: resources})
			}
		}
	}

	pages := make([]*Page, len(jobs))
	pageErrs := make([][]*Error, len(jobs))
	parallel.For(len(jobs), func(_, i int) {
		if p, ok := keep[jobs[i].file]; ok && slices.Equal(p.Resources, jobs[i].resources) {
			pages[i] = p
			return
		}
		pages[i], pageErrs[i] = loadFile(fsys, dir, jobs[i].file, jobs[i].resources, cfg)
		if pages[i] != nil {
			pages[i].Body = nil
		}
	})
	for _, e := range pageErrs {
		errs = append(errs, e...)
	}
	out := pages[:0]
	for _, p := range pages {
		if p != nil {
			out = append(out, p)
		}
	}
	out, cerrs := Cascades(out, prev, cfg)
	errs = append(errs, cerrs...)
	if len(errs) > 0 || len(badNames) > 0 {
		return out, errors.Join(JoinErrors(errs), badNames.Sort().Err())
	}
	return out, nil
}

// updateFiles is Update without reading every folder, when the changed
// paths are page files saved, added or deleted in folders that held pages
// before and stay as they were (no bundle, no index file, no folder that came
// or went): each is read again or dropped, and put in its place in Update's
// order (folders in byte order, then names): a new draft at 10,000 pages
// rebuilt in 29 ms, most of it the walk, and now in 4 ms. Paths the walk leaves out (hidden, an editor's
// temporary files, a disabled language's) change nothing. ok is false, and
// Update reads every folder, for anything else, and for a file with a
// mistake: the walk reports it with every other one.
func updateFiles(fsys fs.FS, dir string, cfg *config.Config, prev []*Page, changed []string) (out []*Page, ok bool) {
	if len(prev) == 0 || len(changed) == 0 {
		return nil, false
	}
	roots := []string{dir}
	if dir == "content" {
		roots = roots[:0]
		for _, r := range cfg.ContentRoots() {
			roots = append(roots, r.Dir)
		}
	}
	own := make([]*Page, len(prev))
	held := map[string]bool{} // folders of pages that are no index: no bundle's
	for i, p := range prev {
		if p.own != nil {
			p = p.own
		}
		own[i] = p
		if name := path.Base(p.File); !isIndex(name) {
			held[path.Dir(p.File)] = true
		}
	}
	gone := map[string]bool{}
	var came []*Page
	for _, file := range slices.Compact(slices.Sorted(slices.Values(changed))) {
		folder, name := path.Dir(file), path.Base(file)
		if !slices.ContainsFunc(roots, func(r string) bool { return strings.HasPrefix(file, r+"/") }) {
			continue // outside every content folder: never read
		}
		if !held[folder] || !utf8.ValidString(file) {
			return nil, false // a new folder, a bundle's
		}
		if strings.HasPrefix(name, ".") || sitefs.Transient(name) {
			continue // not read by the walk either
		}
		info, err := fs.Lstat(fsys, file)
		missing := errors.Is(err, fs.ErrNotExist)
		switch {
		case missing:
			if _, err := fs.Stat(fsys, folder); err != nil || slices.ContainsFunc(own, func(p *Page) bool { return strings.HasPrefix(p.File, file+"/") }) {
				return nil, false // a folder of pages went, or the folder of this file
			}
		case err != nil || !info.Mode().IsRegular():
			return nil, false // a folder, a link or a pipe: the walk reads or reports it
		}
		if InDisabledLanguage(name, cfg.DisabledLanguages) {
			continue
		}
		if !IsPageFile(name) {
			if OtherFormat(name) != "" || IsPageFile(strings.ToLower(name)) {
				return nil, false // the walk's errors
			}
			continue // a file beside pages, copied as it is
		}
		if isIndex(name) {
			return nil, false // a bundle made or unmade
		}
		if missing {
			gone[file] = true
			continue
		}
		p, errs := loadFile(fsys, dir, file, nil, cfg)
		if len(errs) > 0 || p == nil {
			return nil, false
		}
		p.Body = nil
		gone[file] = true // its old version, if any
		came = append(came, p)
	}
	out = slices.DeleteFunc(own, func(p *Page) bool { return gone[p.File] })
	for _, p := range came {
		i, _ := slices.BinarySearchFunc(out, p, walkOrder)
		out = slices.Insert(out, i, p)
	}
	out, errs := Cascades(out, prev, cfg)
	if len(errs) > 0 {
		return nil, false
	}
	return out, true
}

// walkOrder is the order Update gives pages: by folder, then by name.
func walkOrder(a, b *Page) int {
	return cmp.Or(strings.Compare(path.Dir(a.File), path.Dir(b.File)), strings.Compare(path.Base(a.File), path.Base(b.File)))
}

// Arrived reads the site's pages again after the files named in files came
// or went, when they only add or remove pages: every other page stays the
// very same (no bundle gains or loses a file, no cascade changes). pages are
// the site's content files as Update left them; next are them after the
// change, in Update's order, came the new pages and went the pages of the
// files that went. ok is false when anything else changed, a file that came
// is a bundle's, or a file has a mistake: Update reads them all again then,
// and reports it.
func Arrived(fsys fs.FS, dir string, cfg *config.Config, pages []*Page, files []string) (next, came, went []*Page, ok bool) {
	next, err := Update(fsys, dir, cfg, pages, files)
	if err != nil {
		return nil, nil, nil, false
	}
	kept := 0
	for _, p := range pages {
		if slices.Contains(files, p.File) {
			went = append(went, p)
		}
	}
	for _, p := range next {
		for kept < len(pages) && slices.Contains(went, pages[kept]) {
			kept++
		}
		switch {
		case kept < len(pages) && p == pages[kept]:
			kept++
		case slices.Contains(files, p.File) && !slices.ContainsFunc(went, func(q *Page) bool { return q.File == p.File }):
			came = append(came, p)
		default:
			return nil, nil, nil, false
		}
	}
	for kept < len(pages) && slices.Contains(went, pages[kept]) {
		kept++
	}
	return next, came, went, kept == len(pages) && len(came)+len(went) == len(files)
}

// IsContentResource reports whether a bundle's file (a name of
// Page.Resources) is Markdown: one of Hugo's resources of kind "page", which
// templates read (.Resources.ByType "page") and which is not published.
func IsContentResource(name string) bool { return IsPageFile(name) && !IsHTML(name) }

// bundleAbove is the leaf bundle folder (one with an index file) that
// folder is a subfolder of, "" when there is none.
func bundleAbove(folder string, bundles map[string]bool) string {
	for dir := path.Dir(folder); dir != "." && dir != "/" && dir != ""; dir = path.Dir(dir) {
		if bundles[dir] {
			return dir
		}
		if !strings.Contains(dir, "/") {
			break
		}
	}
	return ""
}

// escape shows a file name that is not UTF-8 with its bad bytes escaped.
func escape(name string) string {
	q := strconv.Quote(name)
	return q[1 : len(q)-1]
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// JoinErrors sorts errors by file and line; nil when there are none.
func JoinErrors(errs []*Error) error {
	return diag.List(errs).Sort().Err()
}

var bom = []byte("\ufeff")

// plainText reports whether data is text a content file may hold: valid
// UTF-8 without NUL, invisible control characters or U+FEFF (indexControl). It makes
// one pass, eight bytes at a time over printable ASCII, where the checks that
// name a problem make three; loadFile runs those only when it says no.
func plainText(data []byte) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for len(data) > 0 {
		if len(data) >= 8 {
			// With no high bit set, a byte is 0x20 or more when adding 0x60 sets
			// its high bit, and is not 0x7f when adding 1 does not; no sum
			// carries into the next byte.
			w := binary.LittleEndian.Uint64(data)
			if w&highs == 0 && (w+0x60*ones)&highs == highs && (w+ones)&highs == 0 {
				data = data[8:]
				continue
			}
		}
		c := data[0]
		switch {
		case c >= 0x20 && c < 0x7f, c == '\t', c == '\n', c == '\r':
			data = data[1:]
			continue
		case c < 0x80, c == 0xc2 && len(data) > 1 && data[1] < 0xa0:
			return false // NUL, a C0 or C1 control, DEL (C2 80-C2 9F are C1)
		}
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 || r == '\ufeff' {
			return false
		}
		data = data[size:]
	}
	return true
}

// indexControl is sitefs.IndexControl: the index of the first control
// character or U+FEFF past the start that a content file may not hold, or -1.
func indexControl[T ~string | ~[]byte](s T) int { return sitefs.IndexControl(s) }

// invisible names r, a character indexControl finds, for a message.
func invisible(r rune) string { return sitefs.Invisible(r) }

// LoadFile reads and parses one content file of dir (file is relative to fsys),
// with the resources of its bundle.
func LoadFile(fsys fs.FS, dir, file string, resources []string, cfg *config.Config) (*Page, error) {
	p, errs := loadFile(fsys, dir, file, resources, cfg)
	if len(errs) > 0 {
		return nil, JoinErrors(errs)
	}
	return p, nil
}

// undeclaredIndexBeside reports whether name is a list's or bundle's index
// in a language the site lacks (_index.fr.md) beside one of the same kind in
// a language it has: Hugo 0.111 builds the one and leaves the other out, as
// vestis does. Alone, it is an error (loadFile).
func undeclaredIndexBeside(name string, siblings []string, cfg *config.Config) bool {
	kind, lang, ok := indexName(name)
	if _, known := langOf(cfg.LanguageCodes(), lang); !ok || lang == "" || known {
		return false
	}
	return slices.ContainsFunc(siblings, func(other string) bool {
		k, l, ok := indexName(other)
		_, known := langOf(cfg.LanguageCodes(), l)
		return ok && k == kind && (l == "" || known)
	})
}

// indexName splits an index file's name (_index.lv.md, index.md) into its
// kind and language ("" when it names none).
func indexName(name string) (kind, lang string, ok bool) {
	stem, ok := TrimExt(name)
	if !ok {
		return "", "", false
	}
	kind, lang, _ = strings.Cut(stem, ".")
	return kind, lang, kind == "_index" || kind == "index"
}

// loadFile reads and parses one content file; file is relative to fsys.
func loadFile(fsys fs.FS, dir, file string, resources []string, cfg *config.Config) (p *Page, errs []*Error) {
	fail := func(line int, msg string) (*Page, []*Error) {
		return nil, []*Error{{File: file, Line: line, Msg: msg}}
	}
	// The page's address is its slug, which leaves out what the file's name
	// may not hold: only the name itself says it.
	nameMsg, nameBad := sitefs.SourceName(path.Base(file), "file")
	if nameBad {
		return nil, []*Error{{File: sitefs.Printable(file), Msg: nameMsg}}
	}
	if nameMsg != "" {
		defer func() {
			if p != nil {
				p.warnFile(&Error{File: file, Msg: nameMsg})
			}
		}()
	}
	// So are the folders it is in below dir (Load skips those whose names
	// are bad): each page of one says it, and the build says it once.
	if rel, ok := strings.CutPrefix(path.Dir(file), dir+"/"); ok {
		defer func() {
			if p == nil {
				return
			}
			at := dir
			for _, seg := range strings.Split(rel, "/") {
				at += "/" + seg
				if msg, _ := sitefs.SourceName(seg, "folder"); msg != "" {
					p.warnFile(&Error{File: at, Msg: msg})
				}
			}
		}()
	}
	root := config.ContentRoot{Dir: dir, Lang: cfg.DefaultLanguage}
	if r, ok := cfg.ContentRootOf(file); ok && dir == "content" {
		// A language's own folder, or one mounted: its files need no
		// language in their names.
		root = r
	}
	defLang := root.Lang
	name, err := ParseFilename(file, cfg.LanguageCodes(), defLang)
	if err != nil {
		return fail(0, err.Error())
	}
	if name.Undeclared != "" && (strings.HasPrefix(name.Base, "_index.") || strings.HasPrefix(name.Base, "index.")) {
		// A list's or bundle's file in a language the site lacks, with none
		// in a language it has beside it (undeclaredIndexBeside): a page
		// named "_index.ru" is no better than none.
		return nil, []*Error{{File: file, Msg: fmt.Sprintf("language %q is not in site.yaml languages (%s), so the file is not read; add %[1]s to languages, or remove the file", name.Undeclared, strings.Join(cfg.LanguageCodes(), ", "))}}
	}
	if name.Recased != "" {
		p, errs := readFile(fsys, root, file, name, resources, cfg)
		if p != nil {
			rename := strings.TrimSuffix(path.Base(file), "."+name.Recased+path.Ext(file)) + "." + name.Lang + path.Ext(file)
			p.warnFile(&Error{File: file, Msg: fmt.Sprintf("the language %q is written %q in the file's name; the file is read as a page of %[1]s, where Hugo, which reads a file's language in lower case only, leaves it out: rename it %[3]s",
				name.Lang, name.Recased, rename),
				// One mistake in every file of the language: said once (diag.Grouped).
				Cause: fmt.Sprintf("the language %q is written %q in these files' names; they are read as pages of %[1]s, where Hugo, which reads a file's language in lower case only, leaves them out: rename them", name.Lang, name.Recased),
				Item:  "rename it " + rename})
		}
		return p, errs
	}
	if name.Undeclared != "" {
		p, errs := readFile(fsys, root, file, name, resources, cfg)
		if p != nil {
			p.warnFile(&Error{File: file, Msg: fmt.Sprintf("language %q is not in site.yaml languages (%s): "+
				"as in Hugo, the file is a page of %s named %s; add %s to languages, or rename the file",
				name.Undeclared, strings.Join(cfg.LanguageCodes(), ", "), name.Lang, name.Base, name.Undeclared)})
		}
		return p, errs
	}
	return readFile(fsys, root, file, name, resources, cfg)
}

// ErrGone is the error for a content file listed when its folder was read
// and no longer there when read itself: deleted or renamed during the build
// (a save by renaming, a git checkout). The file is named by the caller.
var ErrGone = errors.New("the file went away during the build (deleted or renamed); build again")

// ErrChanged is the error for a content file read again during the build
// (its body or front matter map, dropped to save memory) whose text is not
// what the build read first: saved meanwhile. The file is named by the
// caller.
var ErrChanged = errors.New("the file changed during the build; build again")

// gone is err, or ErrGone when err says the file is not there: the folder
// listing had it, so "no such file" would read as vestis's own mistake.
func gone(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return ErrGone
	}
	return err
}

// MaxFile is the largest content file vestis reads: far above what a page
// can be (its Markdown may have 32 MiB, markdown.MaxBody), and below what
// would fill memory (a disk image or sparse file saved as a page).
const MaxFile = 256 << 20

// readFile reads and checks the text of a content file, and parses it.
func readFile(fsys fs.FS, root config.ContentRoot, file string, name Name, resources []string, cfg *config.Config) (*Page, []*Error) {
	fail := func(line int, msg string) (*Page, []*Error) {
		return nil, []*Error{{File: file, Line: line, Msg: msg}}
	}
	data, err := sitefs.ReadFile(fsys, file, MaxFile)
	var d *diag.Diagnostic
	if errors.As(err, &d) {
		return fail(0, d.Msg)
	}
	if err != nil {
		return nil, []*Error{{File: file, Msg: gone(err).Error(), Err: gone(err)}}
	}
	data = bytes.TrimPrefix(data, bom)
	// A binary file (a photo or a program saved under a page's name) is
	// named by its NUL bytes, which no text holds, before anything about
	// its lines or its UTF-8: its bytes say nothing else true. UTF-16 and UTF-32 text
	// holds NULs too, and is told first.
	switch sitefs.Unicode(data) {
	case "UTF-16":
		return fail(1, `the file is saved as UTF-16 ("Unicode" in Notepad); save it as UTF-8`)
	case "UTF-32":
		return fail(1, `the file is saved as UTF-32; save it as UTF-8`)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fail(1+bytes.Count(data[:i], []byte("\n")), "contains a NUL byte; is this a binary file?")
	}
	// A lone CR ends a line, as an editor shows it (old Mac programs ended
	// every line so): line numbers count LFs, and front matter is found by
	// them.
	data = sitefs.Lines(data)
	if IsHTML(file) && RawHTML(data) {
		return nil, nil // published as it is, at its place (a loose file), as Hugo does
	}
	if plainText(data) {
		return parseFile(file, root, name, data, resources, cfg)
	}
	if !utf8.Valid(data) {
		return fail(sitefs.InvalidUTF8Line(data), "not valid UTF-8 text; save the file as UTF-8")
	}
	i := indexControl(data)
	if i < 0 {
		return parseFile(file, root, name, data, resources, cfg)
	}
	line := 1 + bytes.Count(data[:i], []byte("\n"))
	if _, body := split(data); i < len(data)-len(body) {
		r, _ := utf8.DecodeRune(data[i:])
		if r == '\ufeff' {
			return fail(line, fmt.Sprintf("contains %s, which makes this text another text that looks the same; delete it", invisible(r)))
		}
		return fail(line, fmt.Sprintf("contains %s, which a web page may not hold (text pasted from a word processor brings them); delete it", invisible(r)))
	}
	// In the text: formatting codes of a chat log (IRC's bold, U+0002) or
	// of a word processor, which browsers do not show and Hugo passes on.
	data, found := dropControls(data)
	p, errs := parseFile(file, root, name, data, resources, cfg)
	if p != nil {
		codes := make([]string, len(found))
		for j, r := range found {
			codes[j] = fmt.Sprintf("U+%04X", r)
		}
		what, from := "invisible control characters", "formatting codes of a chat log, or text pasted from a word processor"
		if slices.Contains(found, '\ufeff') {
			what, from = "invisible characters", "formatting codes of a chat log, byte order marks of files pasted together, or text pasted from a word processor"
		}
		p.warnFile(&Error{File: file, Line: line, Msg: fmt.Sprintf("contains %s (%s), which a web page may not hold "+
			"(%s); they are left out of the page: delete them", what, strings.Join(codes, ", "), from)})
	}
	return p, errs
}

// dropControls returns data without the control characters indexControl
// finds, and which ones it held, in order, each once. data is not changed.
func dropControls(data []byte) ([]byte, []rune) {
	out := make([]byte, 0, len(data))
	var found []rune
	for {
		i := indexControl(data)
		if i < 0 {
			return append(out, data...), found
		}
		r, size := utf8.DecodeRune(data[i:])
		if !slices.Contains(found, r) {
			found = append(found, r)
		}
		out = append(out, data[:i]...)
		data = data[i+size:]
	}
}

// parseFile parses the text of a content file that loadFile read and checked.
func parseFile(file string, root config.ContentRoot, name Name, data []byte, resources []string, cfg *config.Config) (*Page, []*Error) {
	rel := root.Path(file)
	var t *config.Type
	if section, _, nested := strings.Cut(rel, "/"); nested && !name.Index {
		t = cfg.TypeOf(section)
	}
	p, errs := ParseAs(file, data, cfg, t)
	if len(errs) > 0 {
		return nil, errs
	}
	p.typ = t
	p.Lang = name.Lang
	p.Dir = path.Dir(rel)
	if p.Dir == "." {
		p.Dir = ""
	}
	if name.Leaf && p.Dir == "" {
		// index.md at the top of content/: Hugo 0.111 makes it a bundle
		// that holds the whole site, one page at the home page's address
		// with every other page its file, published nowhere. What its
		// author meant is the home page, as _index.md.
		base := path.Base(file)
		p.warnFile(&Error{File: file, Msg: fmt.Sprintf("read as the home page, as if named _%s; "+
			"Hugo reads index.md at the top of content/ as a bundle holding every other page of the site, "+
			"and publishes none of them: rename it to _%[1]s", base)})
		name.Leaf, name.Index, name.Base = false, true, "_index"
	}
	switch {
	case name.Index && p.Dir == "":
		p.Kind, p.Base = KindHome, ""
	case name.Index:
		p.Kind, p.Base = KindSection, path.Base(p.Dir)
	case name.Leaf:
		p.Kind, p.Base = KindPage, path.Base(p.Dir)
		p.Dir = path.Dir(p.Dir)
		if p.Dir == "." {
			p.Dir = ""
		}
		p.Resources = resources
	default:
		p.Kind, p.Base = KindPage, name.Base
	}
	// The first folder above the file, or above a bundle's folder: a bundle
	// at the top (content/about/index.lv.md) is a page of no section.
	// Named as site.yaml names it when only the way its accents are stored
	// differs (a folder saved on macOS): the page's folders are where it is
	// in the site, as site.yaml and links name them; its File is where it is
	// on disk.
	top, rest, _ := strings.Cut(p.Dir, "/")
	if key := cfg.SectionKey(top); key != top {
		p.Dir = strings.TrimSuffix(key+"/"+rest, "/")
	}
	p.Section, _, _ = strings.Cut(p.Dir, "/")
	p.nameTitle(cfg)
	p.Key = path.Join(p.Dir, name.Base)
	if name.Leaf {
		p.Key = path.Join(p.Dir, p.Base)
	}
	if p.Meta.TranslationKey != "" {
		p.Key = "key:" + p.Meta.TranslationKey
	}
	return p, nil
}

// warnFile adds a warning about the file itself (warnFile's fileWarns).
func (p *Page) warnFile(e *Error) {
	p.Warnings = append(p.Warnings, e)
	p.fileWarns = append(p.fileWarns, e)
}

// RawHTML reports whether data, an .html content file's, has no front
// matter: Hugo publishes such a file as it is, at its place below the
// language's root, and so does vestis (it is no page; Load leaves it out).
func RawHTML(data []byte) bool {
	m, _, _, err := splitMatter(bytes.TrimPrefix(data, bom))
	return err == nil && m.start == 0
}

// Parse decodes a content file's front matter and keeps its Markdown body,
// as a page of the generic type. The file name is used in errors only; Lang,
// Kind and the rest are set by Load.
func Parse(file string, data []byte, cfg *config.Config) (*Page, []*Error) {
	return ParseAs(file, data, cfg, nil)
}

// ParseAs is Parse for a page of type t, whose fields it checks; nil is a
// list page's file (_index), which is checked as the generic type.
func ParseAs(file string, data []byte, cfg *config.Config, t *config.Type) (*Page, []*Error) {
	m, body, bodyLine, err := splitMatter(data)
	if err != nil {
		var le *lineError
		if errors.As(err, &le) {
			return nil, []*Error{{File: file, Line: le.line, Col: le.col, Msg: le.msg}}
		}
		return nil, []*Error{{File: file, Msg: "front matter: " + err.Error()}}
	}
	if IsHTML(file) && m.start == 0 {
		// Hugo copies such a file as it is; vestis copies files from static/.
		return nil, []*Error{{File: file, Msg: fmt.Sprintf("an HTML file without front matter is not a page; to publish it as it is (as Hugo does), move it to %s, "+
			"or add front matter (a title) to make it a page", path.Join("static", strings.TrimPrefix(file, "content/")))}}
	}
	closing := 0
	if m.start == 0 {
		closing = openingMissing(body)
	}
	if closing > 0 && !cfg.HugoAddresses {
		return nil, []*Error{{File: file, Line: 1, Msg: `the file has no front matter: begin it with a line "---", then "title: ..." and more, then a line "---"`}}
	}
	meta, lerrs, lwarns := decodeMeta(m, t, t != nil, cfg.Taxonomies, cfg.Location, cfg.Years, cfg.HugoOutputFormats, cfg.HugoAddresses)
	if len(lerrs) > 0 {
		return nil, fileErrors(file, lerrs)
	}
	if closing > 0 {
		// An imported Hugo site: Hugo published this file as text, and so
		// does vestis, saying what the lines were meant to be.
		for _, w := range lwarns {
			if w.untitled {
				w.untitled = false // a home page says it too: its lines are shown
				w.msg = fmt.Sprintf(`lines 1 to %d look like front matter without its opening line "---", so they are published as text, as Hugo publishes them, and the page is titled after its file name; to make them front matter, add a line "---" before line 1`, closing)
			}
		}
	}
	// The body is the end of data; slicing data lets the parser's copy go.
	body = data[len(data)-len(body):]
	p := &Page{File: file, Meta: meta, Body: body, BodyLine: bodyLine, Warnings: fileErrors(file, lwarns),
		bodyLen: len(body), bodySum: sha256.Sum256(body), metaSum: textSum(0, data[:len(data)-len(body)])}
	if i := slices.IndexFunc(lwarns, func(w *lineError) bool { return w.untitled }); i >= 0 {
		p.untitledWarn, p.untitledHome = p.Warnings[i], lwarns[i].home
	}
	return p, nil
}

func fileErrors(file string, les []*lineError) []*Error {
	var errs []*Error
	for _, le := range les {
		errs = append(errs, &Error{File: file, Line: le.line, Col: le.col, Msg: le.msg, Cause: le.cause})
	}
	return errs
}

// openingMissing returns the line of the closing "---" (or "+++") of a file
// without front matter that begins with what is front matter but for its
// opening line (a "key: value" or "key = value" line), or 0. Hugo shows it
// as text: in a vestis site it is a mistake to point out, not a page to
// build; an imported Hugo site builds it as Hugo did, with a warning.
func openingMissing(body []byte) int {
	first, rest, _ := bytes.Cut(body, []byte("\n"))
	if !frontMatterLine.Match(bytes.TrimRight(first, "\r")) {
		return 0
	}
	n := 1
	for line := range bytes.Lines(rest) {
		n++
		if l := string(bytes.TrimRight(line, "\r\n")); l == "---" || l == "+++" {
			return n
		}
	}
	return 0
}

var frontMatterLine = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*[ \t]*[:=]([ \t]|$)`)

// dropHomeWarning removes the warning that a home page has no title: it is
// titled after its language's site title (nameTitle), as in Hugo, whose
// sites often give the home page's _index file only a menu entry or params.
// A misspelt title ("titel") is still pointed out, as on any page.
func (p *Page) dropHomeWarning() {
	if p.Kind != KindHome || p.untitledWarn == nil {
		return
	}
	i := slices.Index(p.Warnings, p.untitledWarn)
	if i < 0 {
		return
	}
	if p.untitledHome == "" {
		p.Warnings = slices.Delete(p.Warnings, i, i+1)
		return
	}
	w := *p.untitledWarn
	w.Msg = p.untitledHome
	p.Warnings[i], p.untitledWarn = &w, &w
}

// nameTitle titles a page that has no title (Hugo builds it, and themes show
// the file's name): a regular page after its file or bundle name
// ("create-a-site" is "Create a site"), a section after its folder, the home
// page after its language's site title, so that no page has an empty <title>
// or heading. Placeholders (untranslated) take their source's title.
func (p *Page) nameTitle(cfg *config.Config) {
	if p.Meta.Title != "" || p.Meta.Untranslated {
		return
	}
	p.Untitled = true
	if p.Kind == KindHome {
		p.dropHomeWarning()
		if l := cfg.Language(p.Lang); l != nil && l.Title != "" {
			p.Meta.Title = l.Title
		} else {
			p.Meta.Title = cfg.Title
		}
		return
	}
	p.Meta.Title = TitleFromName(p.Base)
}

// TitleFromName makes a title of a file or folder name: dashes and
// underscores become spaces, and the first letter is upper case.
func TitleFromName(name string) string {
	t := strings.TrimSpace(strings.NewReplacer("-", " ", "_", " ").Replace(name))
	r, size := utf8.DecodeRuneInString(t)
	if size == 0 {
		return name
	}
	return string(unicode.ToUpper(r)) + t[size:]
}
