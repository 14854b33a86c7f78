package shortcode

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"mime"
	"path"
	"strings"
	texttemplate "text/template"
)

// AssetFile is a file of assets/ (the site's, or a Hugo theme's): its path
// below assets/ and its bytes.
type AssetFile struct {
	Name, Src string // Src: the file's path from the site's folder
	Data      []byte
}

// maxInline is the largest file of assets/ a shortcode may link to: vestis
// publishes such a file inside the page that links to it, as a data:
// address, so a large one would weigh on every page that shows it.
const maxInline = 128 << 10

// Resource is a file of assets/ as Hugo's resources.Get gives it to a
// shortcode or partial: its .Name, .Content, .MediaType and an address
// (.RelPermalink, .Permalink). The address is a data: address holding the
// file: vestis builds offline and writes no file a template asks for while
// it runs, so the page carries it (up to maxInline).
type Resource struct {
	name string
	data []byte
	// src is the file's path from the site's folder, and photo publishes
	// it as a resized photo; both unset for a resource made in a template.
	src   string
	photo func(file, op, spec string) (*Image, error)
	// copy is set on a photo's resized copy (.Resize, .Process, ...): what
	// it shows.
	copy *Image
	// scaled: the copy is the whole photo, scaled (Resize, Fit).
	scaled bool
	// integrity is set by fingerprint: Hugo's .Data.Integrity.
	integrity string
	// warn tells the page what was not done to the photo (resized).
	warn func(msg string)
}

// Name is the file's path below assets/, as Hugo names it.
func (r *Resource) Name() string { return r.name }

// Title is the Name, as Hugo's is for a file without front matter resources.
func (r *Resource) Title() string { return r.name }

// Content is the file's text.
func (r *Resource) Content() (string, error) { return string(r.data), nil }

// MediaType is the file's media type, from its extension.
func (r *Resource) MediaType() ResourceMediaType {
	t := mime.TypeByExtension(path.Ext(r.name))
	if t == "" {
		t = "application/octet-stream"
	}
	t, _, _ = strings.Cut(t, ";")
	main, sub, _ := strings.Cut(t, "/")
	return ResourceMediaType{Type: t, MainType: main, SubType: sub}
}

// ResourceType is the main part of the media type ("image", "text").
func (r *Resource) ResourceType() string { return r.MediaType().MainType }

// Data holds what fingerprint adds: Integrity, for a script's integrity
// attribute.
func (r *Resource) Data() map[string]any {
	if r.integrity == "" {
		return map[string]any{}
	}
	return map[string]any{"Integrity": r.integrity}
}

// RelPermalink is the file's address: for a photo (JPEG, PNG), that of its
// copy resized as the page's photos are; else a data: address that holds it,
// which html/template may put in a src attribute, as it holds the site's own
// file.
func (r *Resource) RelPermalink() (template.URL, error) {
	if r.src != "" && r.photo != nil {
		img, err := r.shown()
		if err != nil {
			return "", err
		}
		if img != nil {
			return template.URL(img.Src), nil
		}
	}
	if len(r.data) > maxInline {
		return "", fmt.Errorf("assets/%s is %d KiB: vestis shows a file of assets/ that a shortcode links to inside the page, up to %d KiB; move it to static/ and link to it with relURL", r.name, len(r.data)>>10, maxInline>>10)
	}
	return template.URL("data:" + r.MediaType().Type + ";base64," + base64.StdEncoding.EncodeToString(r.data)), nil
}

// Width and Height are a photo's, as shown at RelPermalink; 0 for a file
// that is no photo.
func (r *Resource) Width() (int, error) {
	img, err := r.shown()
	if img == nil {
		return 0, err
	}
	return img.Width, nil
}

func (r *Resource) Height() (int, error) {
	img, err := r.shown()
	if img == nil {
		return 0, err
	}
	return img.Height, nil
}

func (r *Resource) shown() (*Image, error) {
	if r.copy != nil {
		return r.copy, nil
	}
	if r.src == "" || r.photo == nil {
		return nil, nil
	}
	return r.photo(r.src, "", "")
}

// Resize, Fit, Fill and Crop are Hugo's image methods on a photo of
// assets/ (JPEG, PNG, WebP): the copy they ask for, published with the
// page's photos, as a bundle's photo's are.
func (r *Resource) Resize(spec string) (*Resource, error) { return r.resized("Resize", spec) }
func (r *Resource) Fit(spec string) (*Resource, error)    { return r.resized("Fit", spec) }
func (r *Resource) Fill(spec string) (*Resource, error)   { return r.resized("Fill", spec) }
func (r *Resource) Crop(spec string) (*Resource, error)   { return r.resized("Crop", spec) }

// Process is Hugo's .Process: the operation named first ("resize 800x
// webp q75"); without one, a copy at the photo's own width.
func (r *Resource) Process(spec string) (*Resource, error) {
	word, rest, _ := strings.Cut(strings.TrimSpace(spec), " ")
	if op, ok := map[string]string{"resize": "Resize", "fit": "Fit", "fill": "Fill", "crop": "Crop"}[strings.ToLower(word)]; ok {
		return r.resized(op, rest)
	}
	w, err := r.Width()
	if err != nil {
		return nil, err
	}
	return r.resized("Resize", fmt.Sprintf("%dx %s", w, spec))
}

func (r *Resource) resized(op, spec string) (*Resource, error) {
	if r.copy != nil {
		if !r.scaled || op == "Crop" {
			if r.warn != nil {
				r.warn(CopyNotProcessed("assets/"+r.name, op))
			}
			return r, nil
		}
		// A copy only scaled: resizing, fitting or filling it makes what
		// the same of the original makes, from more pixels.
		o := *r
		o.copy, o.scaled = nil, false
		r = &o
	}
	var img *Image
	var err error
	if r.src != "" && r.photo != nil {
		img, err = r.photo(r.src, op, spec)
	}
	if err != nil {
		return nil, err
	}
	if img == nil {
		return nil, fmt.Errorf("%s %q: assets/%s is no photo vestis resizes (JPEG, PNG, WebP)", op, spec, r.name)
	}
	c := *r
	c.copy = img
	if op == "Resize" || op == "Fit" {
		// Its shape kept to within a pixel, against the original's.
		if o, err := r.shown(); err == nil && o != nil {
			d := img.Width*o.Height - img.Height*o.Width
			c.scaled = max(d, -d) <= max(o.Width, o.Height)
		}
	}
	return &c, nil
}

// CopyNotProcessed is the warning that the copy of the photo file (a path
// from the site's folder) is shown as it is, without what op (Crop, Fill,
// ...) asked of it: a copy cut already (Crop, Fill) or cropped once more
// would be cut from the pixels of the copy, which vestis does not keep,
// and any other cut would be another picture than the one asked. The page
// shows the copy, at its own size, as a filter vestis does not apply
// leaves a photo (ApplyFilters): a faithful page, which a failed build is
// not. It names no size, so that a page says it once for each photo and
// kind of processing.
func CopyNotProcessed(file, op string) string {
	return fmt.Sprintf("images: %s is shown as its resized copy, without the .%s asked of that copy: vestis crops, and fits or fills a copy cut already, only from the original photo; to show it, call .%s on the original (.Resources.Get or resources.Get)", file, op, op)
}

// Permalink is RelPermalink: a data: address is the same from anywhere.
func (r *Resource) Permalink() (template.URL, error) { return r.RelPermalink() }

func (r *Resource) String() string { return r.name }

// ResourceMediaType is Hugo's media type of a resource: .Type
// ("image/svg+xml"), .MainType, .SubType.
type ResourceMediaType struct{ Type, MainType, SubType string }

func (m ResourceMediaType) String() string { return m.Type }

// minifyResource is Hugo's minify (resources.Minify) of a resource: JSON is
// compacted; other files stay as they are (the page they are shown in is
// minified as a whole).
func minifyResource(r *Resource) (*Resource, error) {
	if r == nil {
		return nil, errors.New("minify: no file (resources.Get found none)")
	}
	if r.MediaType().SubType != "json" {
		return r, nil
	}
	var b bytes.Buffer
	if err := json.Compact(&b, r.data); err != nil {
		return nil, fmt.Errorf("minify: assets/%s: %w", r.name, err)
	}
	return &Resource{name: r.name, data: b.Bytes(), integrity: r.integrity, src: r.src, photo: r.photo}, nil
}

// fingerprint is Hugo's fingerprint (resources.Fingerprint): the file's
// SHA-256 as .Data.Integrity; its address holds the file itself already.
func fingerprint(r *Resource, algo ...string) (*Resource, error) {
	if r == nil {
		return nil, errors.New("fingerprint: no file (resources.Get found none)")
	}
	if len(algo) > 0 && algo[0] != "sha256" {
		return nil, fmt.Errorf("fingerprint: %q: vestis makes sha256 only", algo[0])
	}
	sum := sha256.Sum256(r.data)
	return &Resource{name: r.name, data: r.data, integrity: "sha256-" + base64.StdEncoding.EncodeToString(sum[:]), src: r.src, photo: r.photo}, nil
}

// ResourcesNS is Hugo's resources namespace in a shortcode or partial
// (resources.Get is $.Resources.Get, callT): the files of assets/, found
// from the page being built.
type ResourcesNS struct{ c *Call }

// Resources is Hugo's resources namespace, for the shortcode's page.
func (c *Call) Resources() ResourcesNS { return ResourcesNS{c: c} }

// Get is the file of assets/ at name (the site's, else a Hugo theme's), or
// nil when there is none, as in Hugo.
func (ns ResourcesNS) Get(name any) (any, error) {
	files, err := ns.find(fmt.Sprint(name), false)
	if err != nil || len(files) == 0 {
		return nil, err
	}
	return files[0], nil
}

// GetMatch is the first file of assets/ whose path matches a glob
// ("icons/*.svg", "**.json"), or nil.
func (ns ResourcesNS) GetMatch(pattern any) (any, error) {
	files, err := ns.find(fmt.Sprint(pattern), true)
	if err != nil || len(files) == 0 {
		return nil, err
	}
	return files[0], nil
}

// Match is every file of assets/ whose path matches a glob, by path.
func (ns ResourcesNS) Match(pattern any) ([]*Resource, error) {
	return ns.find(fmt.Sprint(pattern), true)
}

func (ns ResourcesNS) find(pattern string, match bool) ([]*Resource, error) {
	if ns.c == nil || ns.c.env == nil || ns.c.env.Assets == nil {
		return nil, errors.New("resources: the site's assets/ is not at hand here")
	}
	files, err := ns.c.env.Assets(pattern, match)
	if err != nil {
		return nil, err
	}
	out := make([]*Resource, len(files))
	for i, f := range files {
		out[i] = &Resource{name: f.Name, data: f.Data, src: f.Src, photo: ns.c.env.AssetPhoto, warn: ns.c.warn}
	}
	return out, nil
}

// GetRemote is refused: vestis builds from the site's files alone, and a
// build that fetched would change with the network.
func (ResourcesNS) GetRemote(url any, _ ...any) (any, error) {
	return nil, fmt.Errorf("resources.GetRemote %q: vestis builds offline and fetches nothing; save the file in assets/ and read it with resources.Get", fmt.Sprint(url))
}

// FromString is a resource made of text, named name.
func (ResourcesNS) FromString(name, text any) *Resource {
	return &Resource{name: strings.TrimPrefix(fmt.Sprint(name), "/"), data: []byte(fmt.Sprint(text))}
}

// Minify is Hugo's resources.Minify (minify).
func (ResourcesNS) Minify(r *Resource) (*Resource, error) { return minifyResource(r) }

// Fingerprint is Hugo's resources.Fingerprint (fingerprint).
func (ResourcesNS) Fingerprint(r *Resource, algo ...string) (*Resource, error) {
	return fingerprint(r, algo...)
}

// Concat joins resources' texts into one named name (Hugo's
// resources.Concat).
func (ResourcesNS) Concat(name any, list []*Resource) (*Resource, error) {
	var b bytes.Buffer
	for _, r := range list {
		if r == nil {
			return nil, errors.New("resources.Concat: a file of the list is missing")
		}
		b.Write(r.data)
	}
	return &Resource{name: fmt.Sprint(name), data: b.Bytes()}, nil
}

// maxExecuted is the most text a resource executed as a template may make.
const maxExecuted = 4 << 20

// ExecuteAsTemplate is Hugo's resources.ExecuteAsTemplate: the resource's
// text run as a Go text template with data as dot, the pure functions of
// shortcodes at hand, giving a resource named target.
func (ns ResourcesNS) ExecuteAsTemplate(target any, data any, r *Resource) (*Resource, error) {
	if r == nil {
		return nil, errors.New("resources.ExecuteAsTemplate: no file (resources.Get found none)")
	}
	if ns.c == nil || ns.c.x == nil {
		return nil, errors.New("resources.ExecuteAsTemplate: not in a shortcode")
	}
	tmpl, err := texttemplate.New(r.name).Funcs(texttemplate.FuncMap(ns.c.x.t.pure)).Option("missingkey=zero").Parse(string(r.data))
	if err != nil {
		return nil, fmt.Errorf("resources.ExecuteAsTemplate: %w", err)
	}
	var b strings.Builder
	if err := tmpl.Execute(&limitWriter{w: &b, left: maxExecuted, file: r.name}, data); err != nil {
		return nil, fmt.Errorf("resources.ExecuteAsTemplate: %w", err)
	}
	return &Resource{name: strings.TrimPrefix(fmt.Sprint(target), "/"), data: []byte(b.String())}, nil
}

// ToCSS, PostCSS and Babel are Hugo Pipes that vestis does not run.
func (ResourcesNS) ToCSS(...any) (any, error)   { return nil, pipesError("ToCSS") }
func (ResourcesNS) PostCSS(...any) (any, error) { return nil, pipesError("PostCSS") }
func (ResourcesNS) Babel(...any) (any, error)   { return nil, pipesError("Babel") }

func pipesError(name string) error {
	return fmt.Errorf("resources.%s: a Hugo Pipes step that vestis does not run; make the file with Hugo once and keep it in static/", name)
}
