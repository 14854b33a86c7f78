package shortcode

import (
	"errors"
	"fmt"
	"net/url"
	"reflect"
)

// URLsNS is Hugo's urls namespace in a shortcode or partial (urls.Parse is
// $.URLs.Parse, callT): addresses made as the page's (RelURL, Ref) and pure
// helpers on addresses.
type URLsNS struct{ c *Call }

// URLs is Hugo's urls namespace, for the shortcode's page.
func (c *Call) URLs() URLsNS { return URLsNS{c: c} }

// Parse is Hugo's urls.Parse: Go's url.URL (.IsAbs, .Path, .Host,
// .RawQuery, .Fragment, .Query, ...).
func (URLsNS) Parse(s any) (*url.URL, error) {
	u, err := url.Parse(fmt.Sprint(s))
	if err != nil {
		return nil, addressError("urls.Parse", fmt.Sprint(s), err)
	}
	return u, nil
}

// JoinPath is Hugo's urls.JoinPath: the elements (or one list of them)
// joined to the first's path, ./ and ../ resolved.
func (URLsNS) JoinPath(elements ...any) (string, error) {
	if len(elements) == 1 {
		if v := reflect.ValueOf(elements[0]); v.Kind() == reflect.Slice || v.Kind() == reflect.Array {
			elements = listOf(elements[0])
		}
	}
	if len(elements) == 0 {
		return "", nil
	}
	parts := make([]string, len(elements))
	for i, e := range elements {
		parts[i] = fmt.Sprint(e)
	}
	out, err := url.JoinPath(parts[0], parts[1:]...)
	if err != nil {
		return "", addressError("urls.JoinPath", parts[0], err)
	}
	return out, nil
}

// Ref is Hugo's urls.Ref: the absolute URL of a page (a path, or a dict of
// path and lang), found from the shortcode's page, whatever page is given.
func (u URLsNS) Ref(page, target any) (string, error) { return u.c.refFunc(target, true) }

// RelRef is Ref's root-relative URL.
func (u URLsNS) RelRef(page, target any) (string, error) { return u.c.refFunc(target, false) }

// RelURL, AbsURL, RelLangURL and AbsLangURL are Hugo's functions of the
// same names.
func (u URLsNS) RelURL(s any) string     { return u.c.RelURL(fmt.Sprint(s)) }
func (u URLsNS) AbsURL(s any) string     { return u.c.AbsURL(fmt.Sprint(s)) }
func (u URLsNS) RelLangURL(s any) string { return u.c.RelLangURL(fmt.Sprint(s)) }
func (u URLsNS) AbsLangURL(s any) string { return u.c.AbsLangURL(fmt.Sprint(s)) }

// URLize and Anchorize are Hugo's urlize and anchorize.
func (URLsNS) URLize(s any) string    { return urlize(s) }
func (URLsNS) Anchorize(s any) string { return urlize(s) }

// PathEscape and PathUnescape escape a path segment as Go's url package does.
func (URLsNS) PathEscape(s any) string { return url.PathEscape(fmt.Sprint(s)) }
func (URLsNS) PathUnescape(s any) (string, error) {
	out, err := url.PathUnescape(fmt.Sprint(s))
	if err != nil {
		return "", addressError("urls.PathUnescape", fmt.Sprint(s), err)
	}
	return out, nil
}

// HugoNS is Hugo's hugo namespace in a shortcode or partial (hugo.Version
// is $.Hugo.Version, callT): hugoNS's answers, and IsMultilingual, which
// the site says.
type HugoNS struct {
	hugoNS
	c *Call
}

// Hugo is Hugo's hugo namespace, for the shortcode's site.
func (c *Call) Hugo() HugoNS { return HugoNS{c: c} }

// IsMultilingual reports whether the site has more than one language.
func (h HugoNS) IsMultilingual() bool { return h.c != nil && h.c.env != nil && h.c.env.Multilingual }

// Sites is Hugo's hugo.Sites: the site in each language, the default
// language's first, as the shortcode's site gives them (its .Sites).
func (h HugoNS) Sites() (any, error) {
	if h.c != nil {
		if m := reflect.ValueOf(h.c.Site).MethodByName("Sites"); m.IsValid() && m.Type().NumIn() == 0 && m.Type().NumOut() == 1 {
			return m.Call(nil)[0].Interface(), nil
		}
	}
	return nil, errors.New("hugo.Sites: this site has no sites in other languages here")
}

// Data is Hugo's hugo.Data, the data folder's values (.Site.Data, as
// newer Hugo names it): what the shortcode's site gives, its read recorded
// as .Site.Data's is.
func (h HugoNS) Data() (any, error) {
	if h.c == nil {
		return nil, nil
	}
	d, ok := h.c.Site.(interface{ Data() map[string]any })
	if !ok {
		return nil, errors.New("hugo.Data: this site has no data folder values here")
	}
	return d.Data(), nil
}
