package render

import (
	"html/template"
	"strings"

	"github.com/vestis-ssg/vestis/internal/site"
)

// Organization is who publishes the site, in the view's language. PhoneURL
// is the tel: link of Phone (html/template refuses a tel: it did not make).
type Organization struct {
	Name, Address, Email, Phone string
	PhoneURL                    template.URL
}

// Organization is site.yaml's organization in the view's language; without
// one, params.organization and params.email, as sites had them before; nil
// when the site names none.
func (v *View) Organization() *Organization {
	cfg, lang := v.Site.Config, v.Lang.Code
	var o Organization
	if c := cfg.Organization; c != nil {
		o = Organization{Name: c.Name.In(lang, cfg.DefaultLanguage), Address: c.Address.In(lang, cfg.DefaultLanguage), Email: c.Email, Phone: c.Phone}
	} else {
		o.Name, _ = v.Site.Params["organization"].(string)
		o.Email, _ = v.Site.Params["email"].(string)
	}
	if o == (Organization{}) {
		return nil
	}
	if o.Phone != "" {
		o.PhoneURL = template.URL("tel:" + strings.Map(func(r rune) rune {
			if r == '+' || '0' <= r && r <= '9' {
				return r
			}
			return -1
		}, o.Phone))
	}
	return &o
}

// FooterLink is a link of the footer. Lang (a language tag) is set when it leads to a page in
// another language, as the page has no version in this one; TitleLang when
// its title is in another language than the view's: such a page's, or a
// fallback page's, whose title is its original's.
type FooterLink struct {
	Title, URL, Lang, TitleLang string
}

// FooterLinks are site.yaml's footer links in the view's language.
func (v *View) FooterLinks() []FooterLink {
	cfg, lang := v.Site.Config, v.Lang.Code
	var links []FooterLink
	for _, l := range cfg.Footer {
		if l.URL != "" {
			links = append(links, FooterLink{Title: l.Title.In(lang, cfg.DefaultLanguage), URL: l.URL})
			continue
		}
		p := v.Site.FooterPage(l.Page, lang)
		if p == nil {
			continue
		}
		link := FooterLink{Title: p.Title, URL: p.RelPermalink}
		if len(l.Title) > 0 {
			link.Title = l.Title.In(lang, cfg.DefaultLanguage)
		}
		switch {
		case p.Lang != lang:
			link.Lang, link.TitleLang = cfg.Tag(p.Lang), cfg.Tag(p.Lang)
		case p.FallbackOf != nil && len(l.Title) == 0:
			link.TitleLang = cfg.Tag(p.FallbackOf.Lang)
		}
		links = append(links, link)
	}
	return links
}

// footerPages are the pages the footer links show, for signatures.
func footerPages(s *site.Site, lang string) []*site.Page {
	var pages []*site.Page
	for _, l := range s.Config.Footer {
		if p := s.FooterPage(l.Page, lang); l.Page != "" && p != nil {
			pages = append(pages, p)
		}
	}
	return pages
}

// Funding is a funding acknowledgement: an emblem and a statement.
type Funding struct {
	Emblem, Statement, Alt string
}

// Funding is the acknowledgement of the view's page: the page's own (front
// matter fundingNotice: {emblem, statement, alt}; false hides any), else its
// section's (site.yaml sectionFunding), else the site's (funding); nil when
// there is none. One marked: true shows only where fundingNotice: true.
func (v *View) Funding() *Funding {
	var f Funding
	marked := false
	switch own := param(v.Page, "fundingNotice").(type) {
	case bool:
		if !own {
			return nil
		}
		marked = true
	case map[string]any:
		f.Emblem, _ = own["emblem"].(string)
		f.Statement, _ = own["statement"].(string)
		f.Alt, _ = own["alt"].(string)
	}
	if f.Emblem == "" || f.Statement == "" {
		cfg, lang := v.Site.Config, v.Lang.Code
		c := cfg.FundingOf(v.Page.Section)
		if c == nil || c.Marked && !marked {
			return nil
		}
		f = Funding{Emblem: c.Emblem, Statement: c.Statement.In(lang, cfg.DefaultLanguage), Alt: c.Alt.In(lang, cfg.DefaultLanguage)}
	}
	if strings.HasPrefix(f.Emblem, "/") {
		f.Emblem = v.Site.RelURL(f.Emblem)
	}
	return &f
}

// param is a front matter field layouts read from .Params, written in any
// case; nil when the page has none, or its file cannot be read again.
func param(p *site.Page, name string) any {
	if !p.HasParam(name) {
		return nil // without reading Params, which a lean site dropped
	}
	params, _ := p.Params()
	if v, ok := params[name]; ok {
		return v
	}
	for k, v := range params {
		if strings.EqualFold(k, name) {
			return v
		}
	}
	return nil
}
