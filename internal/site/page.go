package site

import (
	"html/template"
	"time"

	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/photo"
)

// Kinds of pages.
const (
	KindHome     = "home"
	KindSection  = "section"
	KindPage     = "page"
	KindTaxonomy = "taxonomy"
	KindTerm     = "term"
	Kind404      = "404"
	KindSearch   = "search"
)

// Page is a page of the built site as templates see it. Fields follow
// docs/templates.md; every exported field is part of the template contract.
type Page struct {
	Kind    string
	Lang    string
	Section string
	// File is the source file, site-relative; empty for generated pages.
	File string

	Title, Description, Author, Image string
	Summary, Content, TableOfContents template.HTML
	WordCount, ReadingTime            int

	Date, Lastmod, PublishDate, ExpiryDate time.Time
	Draft                                  bool
	Weight                                 int
	Slug                                   string
	Aliases                                []string
	Params                                 map[string]any

	// URLPath is the root-relative path without the base URL's path: /lv/jaunumi/x/.
	URLPath      string
	RelPermalink string
	Permalink    string

	Translations []*Page
	Pages        []*Page
	// Parent is the page above in the tree: the section of a page, the taxonomy
	// of a term, the home page of a section or taxonomy; nil for the home page.
	Parent *Page

	Location, Contact, Source     string
	Status, ApplyURL, Eligibility string
	Deadline                      time.Time
	Events                        []content.Event
	Code, Funding, Coordinator    string
	Partners                      []string
	Start, End                    time.Time

	// Resources are a bundle's files, copied beside the page's output.
	Resources []Resource
	// Photos are the photos the page shows, resized beside it.
	Photos []Photo
	// Taxonomy is set on taxonomy and term pages.
	Taxonomy string
	// Term is set on term pages.
	Term *Term
	// FallbackOf is set on a fallback page: the original page whose text it
	// shows in a language the page has no translation in.
	FallbackOf *Page

	key       string
	terms     map[string][]*Term
	src       *content.Page
	sum       uint64
	fallbacks []*Page
}

// FallbackIn returns the fallback page that shows p in lang, or nil.
func (p *Page) FallbackIn(lang string) *Page {
	for _, f := range p.fallbacks {
		if f.Lang == lang {
			return f
		}
	}
	return nil
}

// Resource is a file of a page bundle.
type Resource struct {
	Src  string // site-relative source path
	Name string // file name beside the page output
}

// Photo is a photo a page shows, from its Markdown or its front matter image.
type Photo struct {
	File string // site-relative source
	Set  *photo.Set
	// Cover: the front matter image, for social cards and structured data.
	Cover bool
}

// Cover returns the front matter image's photo, or nil.
func (p *Page) Cover() *Photo {
	for i := range p.Photos {
		if p.Photos[i].Cover {
			return &p.Photos[i]
		}
	}
	return nil
}

// Terms returns the page's terms of taxonomy, or on a taxonomy page all its terms.
func (p *Page) Terms(taxonomy string) []*Term { return p.terms[taxonomy] }

// ContentFile is the content file the page comes from, nil for generated pages.
func (p *Page) ContentFile() *content.Page { return p.src }

// IsTranslated reports whether the page exists in lang.
func (p *Page) IsTranslated(lang string) bool {
	if p.Lang == lang {
		return true
	}
	for _, t := range p.Translations {
		if t.Lang == lang {
			return true
		}
	}
	return false
}

// Translation returns the page in lang, or nil.
func (p *Page) Translation(lang string) *Page {
	if p.Lang == lang {
		return p
	}
	for _, t := range p.Translations {
		if t.Lang == lang {
			return t
		}
	}
	return nil
}

// Term is one value of a taxonomy in one language.
type Term struct {
	Taxonomy string
	Name     string
	Slug     string
	Page     *Page
	Pages    []*Page
}

// Count is the number of pages with the term.
func (t *Term) Count() int { return len(t.Pages) }

// RelPermalink is the term page's URL.
func (t *Term) RelPermalink() string { return t.Page.RelPermalink }

// OutputPath is the file a page is written to, relative to the output root.
func (p *Page) OutputPath() string {
	return OutputPath(p.URLPath)
}

// OutputPath turns a URL path into a file path: /lv/x/ -> lv/x/index.html.
func OutputPath(urlPath string) string {
	if urlPath == "" || urlPath[len(urlPath)-1] == '/' {
		return urlPath[min(1, len(urlPath)):] + "index.html"
	}
	return urlPath[1:]
}
