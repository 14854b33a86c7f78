package site

import (
	"bytes"
	"html/template"
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// rebaseURLs makes the relative URLs of a summary (src, srcset, href, poster)
// root-relative to base, the folder of the page it comes from: a summary is
// shown on list pages, the home page and cards, where "foto-960w-….jpg" would
// point into the list's own folder. Fragment-only links and URLs with a scheme
// or a leading slash stay as they are. It works on the tokens of the HTML and
// copies the tokens it does not change byte for byte.
func rebaseURLs(h template.HTML, base string) template.HTML {
	b, err := url.Parse(base)
	if err != nil || h == "" {
		return h
	}
	var out bytes.Buffer
	changed := false
	z := html.NewTokenizer(strings.NewReader(string(h)))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			out.Write(z.Raw())
			continue
		}
		raw := bytes.Clone(z.Raw())
		tok := z.Token()
		touched := false
		for i, a := range tok.Attr {
			var v string
			switch a.Key {
			case "src", "href", "poster":
				v = rebase(b, a.Val)
			case "srcset":
				v = rebaseSrcset(b, a.Val)
			default:
				continue
			}
			if v != a.Val {
				tok.Attr[i].Val, touched = v, true
			}
		}
		if touched {
			out.WriteString(tok.String())
			changed = true
		} else {
			out.Write(raw)
		}
	}
	if !changed {
		return h
	}
	return template.HTML(out.String())
}

// rebase resolves a relative reference against base; anything else, and a
// reference that does not parse, is returned as it is.
func rebase(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "#") || strings.HasPrefix(ref, "/") {
		return ref
	}
	u, err := url.Parse(ref)
	if err != nil || u.Scheme != "" || u.Host != "" {
		return ref
	}
	return base.ResolveReference(u).String()
}

// rebaseSrcset rebases each candidate of a srcset ("a.jpg 480w, b.jpg 960w").
func rebaseSrcset(base *url.URL, set string) string {
	parts := strings.Split(set, ",")
	for i, p := range parts {
		fields := strings.Fields(p)
		if len(fields) == 0 {
			continue
		}
		fields[0] = rebase(base, fields[0])
		parts[i] = strings.Join(fields, " ")
	}
	return strings.Join(parts, ", ")
}
