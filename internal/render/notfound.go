package render

import "slices"

// NotFoundText is a 404 page's message in another language, Lang its tag.
type NotFoundText struct {
	Lang, Title, Text, BackHome, Home string
}

// NotFoundElsewhere is the 404 message in each other language of the site,
// with a link to that language's home page: a reader who followed a wrong
// address may not read the language of the page that answers, and the root
// 404.html answers for every language. A language whose messages are the
// words the page shows already (languages without them of their own take the
// theme's English: i2p.net's twelve) is left out, not repeated.
func (v *View) NotFoundElsewhere() ([]NotFoundText, error) {
	texts := func(code string) (t NotFoundText, err error) {
		for _, m := range []struct {
			dst *string
			id  string
		}{{&t.Title, "notFoundTitle"}, {&t.Text, "notFoundText"}, {&t.BackHome, "backHome"}} {
			if *m.dst, err = v.env.Locale.T(code, m.id, nil, nil); err != nil {
				return t, err
			}
		}
		return t, nil
	}
	own, err := texts(v.Lang.Code)
	if err != nil {
		return nil, err
	}
	shown := []NotFoundText{own}
	var out []NotFoundText
	for _, l := range v.Site.Languages {
		if l.Code == v.Lang.Code {
			continue
		}
		t, err := texts(l.Code)
		if err != nil {
			return nil, err
		}
		if slices.Contains(shown, t) {
			continue
		}
		shown = append(shown, t)
		t.Lang, t.Home = l.Locale(), v.Site.Tree(l.Code).Home.RelPermalink
		out = append(out, t)
	}
	return out, nil
}
