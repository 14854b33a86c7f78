package render

import (
	"cmp"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/vestis-ssg/vestis/internal/card"
	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/site"
)

// ogLocales are the Open Graph locales of common site languages; others get
// their likeliest region.
var ogLocales = map[string]string{"lv": "lv_LV", "en": "en_GB", "vi": "vi_VN", "et": "et_EE", "lt": "lt_LT", "ru": "ru_RU", "de": "de_DE", "fr": "fr_FR"}

// OGLocale is the Open Graph locale of a language code: lv -> lv_LV.
func OGLocale(code string) string {
	if l, ok := ogLocales[code]; ok {
		return l
	}
	tag := language.Make(code)
	base, _ := tag.Base()
	region, _ := tag.Region()
	return base.String() + "_" + region.String()
}

// OpenGraph is what the Open Graph and Twitter card meta tags of a page say.
type OpenGraph struct {
	Title, Description, Type, URL, Locale string
	AlternateLocales                      []string
	SiteName                              string
	// Image is the absolute URL of the page's sharing image, of ImageWidth x
	// ImageHeight pixels, whose text alternative is ImageAlt; ImageType is
	// its media type.
	Image, ImageType, ImageAlt string
	ImageWidth, ImageHeight    int
}

// OpenGraph describes the page for social networks.
func (v *View) OpenGraph() OpenGraph {
	p := v.Page
	og := OpenGraph{Title: p.Title, Description: p.Description(), Type: "website", URL: v.Canonical,
		Locale: OGLocale(v.Lang.Locale()), SiteName: v.Lang.Title}
	if t := p.Type(); p.Kind == site.KindPage && t.OpenGraph != "" {
		og.Type = t.OpenGraph
	}
	if p.Kind == site.KindHome {
		og.Title = v.Lang.Title
	}
	if hasCard(p) {
		out := cardOutput(v.Site, p)
		og.Image = v.Site.AbsURL("/" + out.Path)
		og.ImageType = mediaType(out.Path)
		og.ImageWidth, og.ImageHeight = card.Width, card.Height
		og.ImageAlt = og.Title
	}
	for _, t := range p.Translations {
		if t.FallbackOf == nil {
			og.AlternateLocales = append(og.AlternateLocales, OGLocale(v.Site.Config.Tag(t.Lang)))
		}
	}
	return og
}

// mediaType is the media type of a sharing image's file.
func mediaType(name string) string {
	if strings.HasSuffix(name, ".png") {
		return "image/png"
	}
	return "image/jpeg"
}

// imageURL is the absolute URL of the page's front matter image: beside the page
// for a bundle's file, else under the site root.
func (v *View) imageURL() string {
	if c := v.Page.Cover(); c != nil {
		return v.Site.AbsURL("/" + site.PhotoDir + c.Set.Largest().Name)
	}
	img := v.Page.Image
	switch {
	case img == "":
		return ""
	case strings.Contains(img, "://"):
		return img
	case strings.HasPrefix(img, "/"):
		return v.Site.AbsURL(img)
	}
	return v.Site.AbsURL("/" + v.Page.FilesDir() + img) // a bundle file, beside the page
}

// StructuredData is the page's schema.org description as JSON-LD: html/template
// encodes it as JSON inside <script type="application/ld+json">, so front matter
// text stays inside its strings.
func (v *View) StructuredData() LD {
	p := v.Page
	org := map[string]any{"@type": "Organization", "name": orgName(v)}
	var graph []any
	switch {
	case p.Kind == site.KindHome:
		graph = append(graph, map[string]any{"@type": "WebSite", "name": v.Lang.Title, "url": p.Permalink, "inLanguage": v.Lang.Locale(), "publisher": org})
	case p.Kind == site.KindPage:
		graph = append(graph, v.typedData(org))
	}
	graph = append(graph, v.breadcrumbs())
	return LD{"@context": "https://schema.org", "@graph": graph}
}

// breadcrumbs lists the way from the home page to the page.
func (v *View) breadcrumbs() map[string]any {
	var chain []*site.Page
	for p := v.Page; p != nil; p = p.Parent {
		chain = append(chain, p)
	}
	if home := v.Site.Tree(v.Lang.Code).Home; chain[len(chain)-1] != home {
		chain = append(chain, home)
	}
	var items []any
	for i := len(chain) - 1; i >= 0; i-- {
		p := chain[i]
		name := p.Title
		if p.Kind == site.KindHome {
			name = v.Lang.Title
		}
		items = append(items, map[string]any{"@type": "ListItem", "position": len(items) + 1, "name": name, "item": p.Permalink})
	}
	return map[string]any{"@type": "BreadcrumbList", "itemListElement": items}
}

// defaultJSONLD is the JSON-LD of a page whose type maps no fields: its
// name, address, language and description, and the dates of its type's
// first calendar entry of the page's own fields (an event's start and end).
func defaultJSONLD(t *config.Type) []config.Property {
	props := []config.Property{{Name: "name", From: "title"}, {Name: "url", From: "@permalink"}, {Name: "inLanguage", From: "@language"}, {Name: "description", From: "@description"}}
	if t.Calendar == nil {
		return props
	}
	for _, e := range t.Calendar.Entries {
		if e.Each == "" {
			props = append(props, config.Property{Name: "startDate", From: e.Start})
			if e.End != "" {
				props = append(props, config.Property{Name: "endDate", From: e.End})
			}
			break
		}
	}
	return props
}

// typedData is a page's own JSON-LD object: its type's schema.org type
// (WebPage by default) with the properties the type maps from its fields
// (site.yaml types: jsonld). Empty values are left out.
func (v *View) typedData(org map[string]any) map[string]any {
	t := v.Page.Type()
	props := t.JSONLD
	if len(props) == 0 {
		props = defaultJSONLD(t)
	}
	out := map[string]any{"@type": cmp.Or(t.Schema, "WebPage")}
	for _, prop := range props {
		if val := v.ldProperty(t, prop, nil, org); val != nil {
			out[prop.Name] = val
		}
	}
	return out
}

// ldProperty is one property's value: its source's (or Else's), wrapped in
// objects of type As, or made of an objects field's items; nil when empty.
func (v *View) ldProperty(t *config.Type, prop config.Property, item map[string]any, org map[string]any) any {
	val := v.ldSource(t, prop.From, item, org)
	if val == nil && prop.Else != "" {
		val = v.ldSource(t, prop.Else, item, org)
	}
	if val == nil {
		return nil
	}
	wrap := func(x any) any {
		if _, isObject := x.(map[string]any); isObject || prop.As == "" {
			return x
		}
		return map[string]any{"@type": prop.As, cmp.Or(prop.Key, "name"): x}
	}
	switch x := val.(type) {
	case []string:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = wrap(s)
		}
		return out
	case []map[string]any:
		var fields []*config.Field
		if f := t.Field(prop.From); f != nil {
			fields = f.Fields
		}
		out := make([]any, 0, len(x))
		for _, it := range x {
			obj := map[string]any{}
			if prop.As != "" {
				obj["@type"] = prop.As
			}
			for _, sub := range prop.Items {
				if val := v.ldProperty(t, sub, typedItem(fields, it), org); val != nil {
					obj[sub.Name] = val
				}
			}
			out = append(out, obj)
		}
		return out
	}
	return wrap(val)
}

// typedItem is an objects field's item with its dates written as JSON-LD
// writes them.
func typedItem(fields []*config.Field, it map[string]any) map[string]any {
	out := make(map[string]any, len(it))
	for _, f := range fields {
		if x, ok := it[f.Name]; ok {
			out[f.Name] = ldValue(f.Kind, x)
		}
	}
	return out
}

// ldValue writes a field's value for JSON-LD: a date as 2006-01-02, a date
// and time in RFC 3339; nil when empty.
func ldValue(kind config.Kind, x any) any {
	switch x := x.(type) {
	case time.Time:
		if kind == config.KindDateTime {
			return x.Format(time.RFC3339)
		}
		if s := isoDate(x); s != "" {
			return s
		}
		return nil
	case config.PartialDate:
		return x.String()
	case string:
		if x == "" {
			return nil
		}
	case []string:
		if len(x) == 0 {
			return nil
		}
	case []map[string]any:
		if len(x) == 0 {
			return nil
		}
	}
	return x
}

// ldSource is the value of a property's source: a field of the item, one of
// the page's built-in or declared fields, or what the site and the page say
// (@organization, @permalink, ...); nil when empty.
func (v *View) ldSource(t *config.Type, name string, item map[string]any, org map[string]any) any {
	p := v.Page
	str := func(s string) any {
		if s == "" {
			return nil
		}
		return s
	}
	switch name {
	case "@organization":
		return org
	case "@permalink":
		return str(p.Permalink)
	case "@canonical":
		return str(v.Canonical)
	case "@language":
		return str(v.Site.Config.Tag(textLang(p)))
	case "@description":
		return str(p.Description())
	case "@image":
		return str(v.imageURL())
	}
	if item != nil {
		return item[name]
	}
	switch name {
	case "title":
		return str(p.Title)
	case "description":
		return str(p.Description())
	case "author":
		return str(p.Author)
	case "image":
		return str(v.imageURL())
	case "date":
		return ldValue(config.KindDate, p.Date)
	case "lastmod":
		return ldValue(config.KindDate, p.Lastmod)
	case "publishDate":
		return ldValue(config.KindDate, p.PublishDate)
	case "expiryDate":
		return ldValue(config.KindDate, p.ExpiryDate)
	}
	if f := t.Field(name); f != nil {
		return ldValue(f.Kind, pageField(p, name))
	}
	return nil
}

func orgName(v *View) string {
	if o := v.Organization(); o != nil && o.Name != "" {
		return o.Name
	}
	return v.Lang.Title
}

// textLang is the language of a page's text: a fallback page shows another's.
func textLang(p *site.Page) string {
	if p.FallbackOf != nil {
		return p.FallbackOf.Lang
	}
	return p.Lang
}

func isoDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
