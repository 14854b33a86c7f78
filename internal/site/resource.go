package site

import (
	"cmp"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"mime"
	"path"
	"regexp"
	"strings"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/htmltext"
	"github.com/vestis-ssg/vestis/internal/photo"
	"github.com/vestis-ssg/vestis/internal/shortcode"
)

// Resources are a page's bundle files as Hugo's templates know them,
// .Page.Resources in a shortcode: a list with Hugo's methods to find files
// (GetMatch, Match, ByType, Get), each file a *ResourceFile.
type Resources []*ResourceFile

// ResourceFile is a file of a page's bundle, or a resized variant of one
// of its photos, with Hugo's methods: .Name, .RelPermalink, .Width,
// .Resize "700x" and so on. Resizing goes through the site's photo
// resizer, as a Markdown image's does: the variant is written once, to
// photos/, named by the photo's content and the size asked for.
type ResourceFile struct {
	res Resource
	env *resourceEnv
	// set is the photo's, once read; variant, when set, is the resized copy
	// this value stands for.
	set     *photo.Set
	variant *photo.Variant
	// page: a Markdown file of the bundle (Page.Contents), one of Hugo's
	// resources of kind "page": its front matter gives .Title and .Params,
	// its text .Content; it has no address.
	page bool
	// parsed is the page resource's file, once read.
	parsed *content.Page
}

// resourceEnv is what the files of one page's conversion share: the page,
// and the photos its shortcodes resized, which the build then makes.
type resourceEnv struct {
	s      *Site
	p      *Page
	photos *[]Photo
	// links are the conversion's: a file's Content read is recorded there.
	links map[string]string
	// warn tells the page what was not done to a photo (process); nil
	// where nothing is said.
	warn func(msg string)
}

// resourcesOf are p's bundle files for its shortcodes; what they resize is
// added to photos.
func (s *Site) resourcesOf(p *Page, photos *[]Photo, links map[string]string, warn func(string)) Resources {
	env := &resourceEnv{s: s, p: p, photos: photos, links: links, warn: warn}
	out := make(Resources, 0, len(p.Resources)+len(p.Contents))
	for _, r := range p.Resources {
		out = append(out, &ResourceFile{res: r, env: env})
	}
	for _, r := range p.Contents {
		out = append(out, &ResourceFile{res: r, env: env, page: true})
	}
	return out
}

// Get is the file of that name (a path below the bundle's folder), or nil.
func (rs Resources) Get(name string) *ResourceFile {
	name = path.Clean(strings.TrimPrefix(name, "/"))
	for _, r := range rs {
		if strings.EqualFold(r.res.Name, name) || strings.EqualFold(r.res.Written, name) {
			return r
		}
	}
	return nil
}

// GetMatch is the first file, by name, whose name matches the glob pattern
// (as Hugo's: no case, * within a folder, ** across folders, {a,b}), or nil.
func (rs Resources) GetMatch(pattern string) (*ResourceFile, error) {
	m, err := rs.Match(pattern)
	if err != nil || len(m) == 0 {
		return nil, err
	}
	return m[0], nil
}

// Match are the files whose names match the glob pattern, by name.
func (rs Resources) Match(pattern string) (Resources, error) {
	re, err := globRE(pattern)
	if err != nil {
		return nil, err
	}
	var out Resources
	for _, r := range rs {
		if re.MatchString(strings.ToLower(r.res.Name)) {
			out = append(out, r)
		}
	}
	return out, nil
}

// ByType are the files of a media main type: "image", "application", "text", ...
func (rs Resources) ByType(typ string) Resources {
	var out Resources
	for _, r := range rs {
		if r.ResourceType() == typ {
			out = append(out, r)
		}
	}
	return out
}

// globRE is Hugo's glob pattern as a regular expression, lower case.
func globRE(pattern string) (*regexp.Regexp, error) {
	var b strings.Builder
	b.WriteString("^")
	p := strings.ToLower(strings.TrimPrefix(pattern, "/"))
	depth := 0
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '*' && i+1 < len(p) && p[i+1] == '*':
			b.WriteString(".*")
			i++
		case c == '*':
			b.WriteString("[^/]*")
		case c == '?':
			b.WriteString("[^/]")
		case c == '{':
			b.WriteString("(?:")
			depth++
		case c == '}' && depth > 0:
			b.WriteString(")")
			depth--
		case c == ',' && depth > 0:
			b.WriteString("|")
		case c == '[':
			j := strings.IndexByte(p[i:], ']')
			if j < 0 {
				return nil, fmt.Errorf("pattern %q: a [ without ]", pattern)
			}
			class := p[i+1 : i+j]
			if strings.HasPrefix(class, "!") {
				class = "^" + class[1:]
			}
			b.WriteString("[" + strings.ReplaceAll(class, `\`, `\\`) + "]")
			i += j
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	if depth > 0 {
		return nil, fmt.Errorf("pattern %q: a { without }", pattern)
	}
	b.WriteString("$")
	re, err := regexp.Compile(b.String())
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %w", pattern, err)
	}
	return re, nil
}

// Name is the file's name below its bundle's folder (images/a.jpg), as
// Hugo's .Name without resources metadata; a resized copy keeps the name.
func (r *ResourceFile) Name() string { return r.res.Name }

// Content is the file's text (Hugo's .Content of a resource that is not a
// page), as a shortcode shows a file of code kept in the bundle; of a
// bundle's Markdown file (kind "page"), its text as HTML. The read is
// recorded, so that a rebuild converts the page again when the file changes.
func (r *ResourceFile) Content() (any, error) {
	if r.page {
		return r.pageContent()
	}
	if m := r.MediaType(); r.variant != nil || m.MainType == "image" && !strings.HasPrefix(m.SubType, "svg") {
		return "", fmt.Errorf("%s: an image has no text to show", r.res.Name)
	}
	s := r.env.s
	_, file, data, err := s.siteFile(r.res.Src, "")
	if err != nil {
		return "", fmt.Errorf("%s: %w", r.res.Name, err)
	}
	if r.env.links != nil {
		r.env.links[readPrefix+readFile+"\x00"+r.env.p.URLPath+"\x00"+r.res.Src] = fileValue(file, data, nil)
	}
	return string(data), nil
}

// Title is the title the page's front matter resources give the file (the
// first entry whose src matches it with a title), else its name, as Hugo's.
func (r *ResourceFile) Title() (string, error) {
	if r.page {
		cp, err := r.pageFile()
		if err != nil {
			return "", err
		}
		return cp.Meta.Title, nil
	}
	entries, err := r.metadata()
	if err != nil {
		return "", err
	}
	for _, e := range entries {
		if t, ok := e["title"].(string); ok && t != "" {
			return t, nil
		}
	}
	return r.res.Name, nil
}

// Params are the params the page's front matter resources give the file:
// of every entry whose src matches it, the first value of each key, as
// Hugo's; an empty map when none does.
func (r *ResourceFile) Params() (map[string]any, error) {
	if r.page {
		cp, err := r.pageFile()
		if err != nil {
			return nil, err
		}
		return LowerKeys(cp.Meta.Params), nil
	}
	entries, err := r.metadata()
	if err != nil {
		return nil, err
	}
	out := map[string]any{}
	for _, e := range entries {
		params, _ := e["params"].(map[string]any)
		for k, v := range params {
			if _, set := out[strings.ToLower(k)]; !set {
				out[strings.ToLower(k)] = v
			}
		}
	}
	return out, nil
}

// metadata are the entries of the page's front matter resources (Hugo's
// resources metadata: src, a glob of bundle file names, then title, params)
// that match the file, in their order.
func (r *ResourceFile) metadata() ([]map[string]any, error) {
	if r.env == nil || r.env.p == nil {
		return nil, nil
	}
	params, err := r.env.p.Params()
	if err != nil {
		return nil, err
	}
	list, _ := params["resources"].([]any)
	var out []map[string]any
	for _, item := range list {
		e, ok := item.(map[string]any)
		if !ok {
			continue
		}
		src, _ := e["src"].(string)
		if src == "" {
			continue
		}
		re, err := globRE(src)
		if err != nil {
			return nil, fmt.Errorf("front matter resources: src %w", err)
		}
		if re.MatchString(strings.ToLower(r.res.Name)) {
			out = append(out, e)
		}
	}
	return out, nil
}

// MediaType is the file's media type, such as image/jpeg.
func (r *ResourceFile) MediaType() MediaType {
	if r.page {
		return MediaType{Type: "text/markdown", MainType: "text", SubType: "markdown"}
	}
	t, _, _ := strings.Cut(mime.TypeByExtension(strings.ToLower(path.Ext(r.res.Name))), ";")
	if t == "" {
		t = "application/octet-stream"
	}
	main, sub, _ := strings.Cut(t, "/")
	return MediaType{Type: t, MainType: main, SubType: sub}
}

// MediaType is a media type as Hugo's templates read one: {{ .MediaType }}
// is image/png, .MainType image, .SubType png.
type MediaType struct{ Type, MainType, SubType string }

func (m MediaType) String() string { return m.Type }

// ResourceType is the main part of the media type: "image" for a photo.
func (r *ResourceFile) ResourceType() string {
	if r.page {
		return "page"
	}
	return r.MediaType().MainType
}

// RelPermalink is the file's root-relative address: beside the page, or
// in photos/ for a resized copy.
func (r *ResourceFile) RelPermalink() (string, error) {
	if r == nil {
		return "", errMissing
	}
	if r.page {
		return "", nil // not published, as Hugo's resources of kind "page"
	}
	return r.env.s.RelURL(r.sitePath()), nil
}

// Permalink is the file's absolute address.
func (r *ResourceFile) Permalink() (string, error) {
	if r == nil {
		return "", errMissing
	}
	if r.page {
		return "", nil
	}
	return r.env.s.AbsURL(r.sitePath()), nil
}

// errMissing is what a template that uses a file .Resources.GetMatch did
// not find is told (Hugo's would stop at a nil pointer).
var errMissing = errors.New("no such file in the page's folder (.Resources.GetMatch or .Get found none)")

func (r *ResourceFile) sitePath() string {
	if r.variant != nil {
		return PhotoDir + r.variant.Name
	}
	return r.env.p.ResourcePath(r.res)
}

// Width is the photo's width in pixels, as shown.
func (r *ResourceFile) Width() (int, error) {
	if r.variant != nil {
		return r.variant.Width, nil
	}
	set, err := r.photo()
	if err != nil {
		return 0, err
	}
	return set.Width, nil
}

// Height is the photo's height in pixels, as shown.
func (r *ResourceFile) Height() (int, error) {
	if r.variant != nil {
		return r.variant.Height, nil
	}
	set, err := r.photo()
	if err != nil {
		return 0, err
	}
	return set.Height, nil
}

// Resize scales the photo: "700x" (700 pixels wide), "x300", "700x300".
func (r *ResourceFile) Resize(spec string) (*ResourceFile, error) { return r.process("Resize", spec) }

// Fit scales the photo down to fit in a box: "800x600".
func (r *ResourceFile) Fit(spec string) (*ResourceFile, error) { return r.process("Fit", spec) }

// Fill scales the photo to cover a box and cuts what is outside: "600x400 TopLeft".
func (r *ResourceFile) Fill(spec string) (*ResourceFile, error) { return r.process("Fill", spec) }

// Crop cuts a part of the photo without scaling it: "400x400 Center".
func (r *ResourceFile) Crop(spec string) (*ResourceFile, error) { return r.process("Crop", spec) }

// Filter is Hugo's .Filter: the photo with image filters applied, of which
// vestis applies Process (shortcode.ApplyFilters).
func (r *ResourceFile) Filter(filters ...any) (any, error) { return shortcode.ApplyFilters(r, filters) }

// Process is Hugo's .Process: the operation named first, then its spec
// ("resize 800x webp q75", "fill 600x400 TopLeft"); a spec without an
// operation (a format or quality alone, "webp q75") is a copy at the
// photo's own size.
func (r *ResourceFile) Process(spec string) (*ResourceFile, error) {
	word, rest, _ := strings.Cut(strings.TrimSpace(spec), " ")
	ops := map[string]string{"resize": "Resize", "fit": "Fit", "fill": "Fill", "crop": "Crop"}
	if op, ok := ops[strings.ToLower(word)]; ok {
		return r.process(op, rest)
	}
	if r == nil {
		return nil, fmt.Errorf("Process %q: %w", spec, errMissing)
	}
	w, err := r.Width()
	if err != nil {
		return nil, err
	}
	return r.process("Resize", fmt.Sprintf("%dx %s", w, spec))
}

// process makes the variant op asks for, and has the build write it.
func (r *ResourceFile) process(op, spec string) (*ResourceFile, error) {
	if r == nil {
		return nil, fmt.Errorf("%s %q: %w", op, spec, errMissing)
	}
	if r.variant != nil {
		if !r.scaledCopy() || op == "Crop" {
			if r.env.warn != nil {
				r.env.warn(shortcode.CopyNotProcessed(r.res.Src, op))
			}
			return r, nil
		}
		// A copy only scaled, as a whole: resizing, fitting or filling it
		// makes what the same of the original makes (Hugo's docs resize a
		// photo for their examples, then process it), from more pixels.
		r = &ResourceFile{res: r.res, env: r.env, set: r.set}
	}
	set, err := r.photo()
	if err != nil {
		return nil, err
	}
	if r.env.photos == nil {
		return nil, fmt.Errorf("%s %q: %s: photos are not resized here", op, spec, r.res.Name)
	}
	v, err := set.Process(op, spec)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", r.res.Name, err)
	}
	*r.env.photos = append(*r.env.photos, Photo{File: r.res.Src, Set: set.With([]photo.Variant{v})})
	return &ResourceFile{res: r.res, env: r.env, set: set, variant: &v}, nil
}

// scaledCopy reports whether the photo is a copy of the original only
// scaled (Resize, Fit), its shape kept to within a pixel: not cut.
func (r *ResourceFile) scaledCopy() bool {
	v, set := r.variant, r.set
	if v == nil || set == nil || v.Crop || v.Cut || set.Width == 0 || set.Height == 0 {
		return false
	}
	// v.Width/v.Height against set.Width/set.Height, rounded to a pixel.
	d := v.Width*set.Height - v.Height*set.Width
	return max(d, -d) <= max(set.Width, set.Height)
}

// photo reads the file as a photo, and records it for the conversion (an
// edited photo converts the page again).
func (r *ResourceFile) photo() (*photo.Set, error) {
	if r == nil {
		return nil, errMissing
	}
	if r.set != nil {
		return r.set, nil
	}
	if r.env.s.photo == nil || r.env.photos == nil {
		return nil, fmt.Errorf("%s: photos are not read in this build", r.res.Name)
	}
	if ext := strings.ToLower(path.Ext(r.res.Name)); !photo.Readable(r.res.Name) && ext != ".gif" {
		return nil, fmt.Errorf("%s: vestis resizes JPEG, PNG, GIF and WebP photos, not %s files", r.res.Name, ext)
	}
	set, err := r.env.s.photo(r.res.Src)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("there is no %s", r.res.Src)
	}
	if err != nil {
		return nil, err
	}
	r.set = set
	*r.env.photos = append(*r.env.photos, Photo{File: r.res.Src, Set: set.With(nil)})
	return set, nil
}

// MergeKey is what lang.Merge compares a bundle's file by: its name.
func (r *ResourceFile) MergeKey() string { return r.res.Name }

// pageFile reads a page resource's file (front matter and Markdown), once,
// and records the read for the conversion, as Content records a file's.
func (r *ResourceFile) pageFile() (*content.Page, error) {
	if r.parsed != nil {
		return r.parsed, nil
	}
	s := r.env.s
	_, file, data, err := s.siteFile(r.res.Src, "")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", r.res.Src, err)
	}
	if r.env.links != nil {
		r.env.links[readPrefix+readFile+"\x00"+r.env.p.URLPath+"\x00"+r.res.Src] = fileValue(file, data, nil)
	}
	cp, errs := content.Parse(r.res.Src, data, s.Config)
	if len(errs) > 0 {
		return nil, content.JoinErrors(errs)
	}
	r.parsed = cp
	return cp, nil
}

// pageContent is a page resource's Markdown as HTML. Its shortcodes are not
// run: a shortcode that shows it shows the text of its own page.
func (r *ResourceFile) pageContent() (template.HTML, error) {
	cp, err := r.pageFile()
	if err != nil {
		return "", err
	}
	if shortcode.Has(cp.Body) {
		return "", fmt.Errorf("%s: the text of a bundle's Markdown file is shown without running shortcodes, and this one has some; move them to the page that shows it", r.res.Src)
	}
	res, err := r.env.s.md.ConvertWithin(cmp.Or(r.env.s.Config.Timeout, config.DefaultTimeout), cp.Body, nil, nil)
	if err != nil {
		return "", fmt.Errorf("%s: %w", r.res.Src, err)
	}
	return res.HTML, nil
}

// Plain is a page resource's text without markup.
func (r *ResourceFile) Plain() (string, error) {
	h, err := r.Content()
	if err != nil {
		return "", err
	}
	if html, ok := h.(template.HTML); ok {
		return htmltext.Text(string(html)), nil
	}
	return fmt.Sprint(h), nil
}
