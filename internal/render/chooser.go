package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"

	"github.com/vestis-ssg/vestis/internal/site"
)

var chooserTmpl = template.Must(template.New("chooser").Parse(`<!DOCTYPE html>
<html lang="{{.Default.Lang}}"{{if .Default.RTL}} dir="rtl"{{end}}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<link rel="canonical" href="{{.Canonical}}">
{{range .Links}}<link rel="alternate" hreflang="{{.Lang}}" href="{{.Permalink}}">
{{end}}<link rel="alternate" hreflang="x-default" href="{{.Canonical}}">
<script>
(function () {
  var sites = {{.Map}}, langs = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < langs.length; i++) {
    var code = String(langs[i]).toLowerCase(), base = code.split("-")[0];
    var url = sites[code] || sites[base];
    if (url) { location.replace(url); return; }
  }
  location.replace({{.Default.URL}});
})();
</script>
<noscript><meta http-equiv="refresh" content="0; url={{.Default.URL}}"></noscript>
<style>
body{margin:0;font:1.125rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;background:#fbfaf7;color:#1b2430}
main{max-width:32rem;margin:12vh auto;padding:0 1.25rem}
h1{margin:0 0 1.5rem;color:#17365d;font-size:1.75rem;line-height:1.2}
ul{margin:0;padding:0;list-style:none;display:grid;gap:.75rem}
a{display:block;padding:.9rem 1.1rem;border:1px solid #ddd6c8;border-inline-start:4px solid #b5541c;border-radius:.5rem;background:#fff;color:#1a4d8f;font-weight:700;text-decoration:none}
a:hover{border-color:#1a4d8f}
a:focus-visible{outline:3px solid #1a4d8f;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>{{.Title}}</h1>
<ul>
{{range .Links}}<li><a href="{{.URL}}" hreflang="{{.Lang}}" lang="{{.Lang}}"{{if .RTL}} dir="rtl"{{end}}>{{.Name}}</a></li>
{{end}}</ul>
</main>
</body>
</html>
`))

type chooserLink struct {
	Lang, Name, URL, Permalink string
	RTL                        bool
}

// languageChooser is /index.html: it sends a browser to the language it prefers,
// else to the default language, and lists every language for everyone else.
func languageChooser(s *site.Site) (Output, error) {
	data := struct {
		Title, Canonical string
		Default          chooserLink
		Links            []chooserLink
		Map              template.JS
	}{Title: s.Title, Canonical: s.AbsURL("/")}
	urls := map[string]string{}
	for _, l := range s.Languages {
		home := s.Tree(l.Code).Home
		link := chooserLink{Lang: l.Locale(), Name: l.Name, URL: home.RelPermalink, Permalink: home.Permalink, RTL: l.RTL}
		data.Links = append(data.Links, link)
		urls[l.Code] = home.RelPermalink
		if l.Code == s.DefaultLanguage {
			data.Default = link
		}
	}
	m, err := json.Marshal(urls)
	if err != nil {
		return Output{}, fmt.Errorf("language chooser: %w", err)
	}
	data.Map = template.JS(m)
	var buf bytes.Buffer
	if err := chooserTmpl.Execute(&buf, data); err != nil {
		return Output{}, fmt.Errorf("language chooser: %w", err)
	}
	return Output{Path: "index.html", Body: buf.Bytes()}, nil
}
