package render

import (
	"strings"
	"time"

	"golang.org/x/text/language"

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
	Title, Description, Type, URL, Image, Locale string
	AlternateLocales                             []string
	SiteName                                     string
}

// OpenGraph describes the page for social networks.
func (v *View) OpenGraph() OpenGraph {
	p := v.Page
	og := OpenGraph{Title: p.Title, Description: p.Description(), Type: "website", URL: v.Canonical,
		Locale: OGLocale(v.Lang.Code), SiteName: v.Lang.Title}
	if p.Kind == site.KindPage && p.Section == "news" {
		og.Type = "article"
	}
	if p.Kind == site.KindHome {
		og.Title = v.Lang.Title
	}
	og.Image = v.imageURL()
	for _, t := range p.Translations {
		if t.FallbackOf == nil {
			og.AlternateLocales = append(og.AlternateLocales, OGLocale(t.Lang))
		}
	}
	return og
}

// imageURL is the absolute URL of the page's front matter image: beside the page
// for a bundle's file, else under the site root.
func (v *View) imageURL() string {
	if c := v.Page.Cover(); c != nil {
		return v.Site.AbsURL(v.Page.URLPath + c.Set.Largest().Name)
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
	return v.Site.AbsURL(v.Page.URLPath + img)
}

// StructuredData is the page's schema.org description as JSON-LD: html/template
// encodes it as JSON inside <script type="application/ld+json">, so front matter
// text stays inside its strings.
func (v *View) StructuredData() map[string]any {
	p := v.Page
	org := map[string]any{"@type": "Organization", "name": orgName(v)}
	var graph []any
	switch {
	case p.Kind == site.KindHome:
		graph = append(graph, map[string]any{"@type": "WebSite", "name": v.Lang.Title, "url": p.Permalink, "inLanguage": v.Lang.Code, "publisher": org})
	case p.Kind == site.KindPage && p.Section == "news":
		a := map[string]any{"@type": "NewsArticle", "headline": p.Title, "description": p.Description(), "inLanguage": textLang(p),
			"mainEntityOfPage": v.Canonical, "url": p.Permalink, "publisher": org,
			"datePublished": isoDate(p.Date), "dateModified": isoDate(p.Lastmod)}
		if p.Author != "" {
			a["author"] = map[string]any{"@type": "Person", "name": p.Author}
		} else {
			a["author"] = org
		}
		if img := v.imageURL(); img != "" {
			a["image"] = img
		}
		graph = append(graph, a)
	case p.Kind == site.KindPage && p.Section == "programs":
		prog := map[string]any{"@type": "EducationalOccupationalProgram", "name": p.Title, "description": p.Description(),
			"url": p.Permalink, "inLanguage": textLang(p), "provider": org}
		if !p.Deadline.IsZero() {
			prog["applicationDeadline"] = isoDate(p.Deadline)
		}
		if p.ApplyURL != "" {
			prog["potentialAction"] = map[string]any{"@type": "ApplyAction", "target": p.ApplyURL}
		}
		var events []any
		for _, e := range p.Events {
			events = append(events, map[string]any{"@type": "Event", "name": e.Title, "startDate": isoDate(e.Date), "organizer": org})
		}
		if len(events) > 0 {
			prog["event"] = events
		}
		graph = append(graph, prog)
	case p.Kind == site.KindPage && p.Section == "projects":
		proj := map[string]any{"@type": "Project", "name": p.Title, "description": p.Description(), "url": p.Permalink}
		if p.Code != "" {
			proj["identifier"] = p.Code
		}
		if p.Funding != "" {
			proj["funder"] = map[string]any{"@type": "Organization", "name": p.Funding}
		}
		var members []any
		for _, m := range p.Partners {
			members = append(members, map[string]any{"@type": "Organization", "name": m})
		}
		if len(members) > 0 {
			proj["member"] = members
		}
		if !p.Start.IsZero() {
			proj["foundingDate"] = isoDate(p.Start)
		}
		if !p.End.IsZero() {
			proj["dissolutionDate"] = isoDate(p.End)
		}
		graph = append(graph, proj)
	case p.Kind == site.KindPage:
		graph = append(graph, map[string]any{"@type": "WebPage", "name": p.Title, "url": p.Permalink, "inLanguage": textLang(p)})
	}
	graph = append(graph, v.breadcrumbs())
	return map[string]any{"@context": "https://schema.org", "@graph": graph}
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
