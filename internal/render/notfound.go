package render

// NotFoundText is a 404 page's message in another language.
type NotFoundText struct {
	Lang, Title, Text, BackHome, Home string
}

// NotFoundElsewhere is the 404 message in each other language of the site,
// with a link to that language's home page: a reader who followed a wrong
// address may not read the language of the page that answers, and the root
// 404.html answers for every language.
func (v *View) NotFoundElsewhere() ([]NotFoundText, error) {
	var out []NotFoundText
	for _, l := range v.Site.Languages {
		if l.Code == v.Lang.Code {
			continue
		}
		t := NotFoundText{Lang: l.Code, Home: v.Site.Tree(l.Code).Home.RelPermalink}
		for _, m := range []struct {
			dst *string
			id  string
		}{{&t.Title, "notFoundTitle"}, {&t.Text, "notFoundText"}, {&t.BackHome, "backHome"}} {
			s, err := v.env.Locale.T(l.Code, m.id, nil, nil)
			if err != nil {
				return nil, err
			}
			*m.dst = s
		}
		out = append(out, t)
	}
	return out, nil
}
