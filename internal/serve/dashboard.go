package serve

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"time"

	"github.com/vestis-ssg/vestis/internal/build"
	"github.com/vestis-ssg/vestis/internal/check"
)

const dashboardPath = "/_vestis/translations"

var dashboardTmpl = template.Must(template.New("dashboard").Funcs(template.FuncMap{
	"behind": func(d time.Duration) string {
		if days := int(d.Hours() / 24); days >= 1 {
			return fmt.Sprintf("%d d", days)
		}
		return fmt.Sprintf("%d h", int(d.Hours()))
	},
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Translations · vestis</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f1ec}
.current{color:#1b5e20}.source{color:#0b3d91}.missing{color:#a31515;font-weight:600}.stale{color:#8a4b00;font-weight:600}
code{font-size:.85em;color:#555}
.summary{margin:1rem 0 2rem}
</style>
</head>
<body>
<main>
<h1>Translations</h1>
<p class="summary">{{.Missing}} missing and {{.Stale}} stale translations, {{.Words}} words to translate. The same rules as <code>vestis check</code>; this page follows every save.</p>
{{range .Sections}}
<h2>{{if .Name}}{{.Name}}{{else}}(home){{end}}</h2>
<table>
<thead><tr><th scope="col">Page</th>{{range $.Langs}}<th scope="col">{{.}}</th>{{end}}</tr></thead>
<tbody>
{{range .Groups}}<tr>
<th scope="row">{{.Lead.Title}}<br><code>{{.Lead.File}}</code></th>
{{range .Langs}}<td class="{{.State}}">
{{- if .Page}}<a href="{{.Page.RelPermalink}}">{{.State}}</a>{{else}}{{.State}}{{end}}
{{- if eq .State "stale"}}, {{behind .Behind}} behind{{end}}
{{- if .Words}}<br>{{.Words}} words{{end}}
{{- if .Page}}<br><code>{{.Page.File}}</code>{{end}}</td>
{{end}}</tr>
{{end}}</tbody>
</table>
{{end}}
</main>
<script src="/_vestis/live.js" defer></script>
</body>
</html>
`))

type dashboardSection struct {
	Name   string
	Groups []check.Group
}

// dashboard shows, per section and page, which translations exist, which are
// missing and which are stale. It is served only by the dev server. The page
// is made inside ReadLast: the groups point into the model, whose pages a
// rebuild's fast path changes in place (a saved title), so reading them after
// ReadLast returned would race with the next rebuild.
func (s *Server) dashboard(w http.ResponseWriter, r *http.Request) {
	if s.firstBuild(r) == nil && r.Context().Err() != nil {
		return // given up while the first build ran
	}
	modTimes := check.GitModTimes(s.root) // runs git: not while holding up rebuilds
	var page bytes.Buffer
	var err error
	built := false
	s.builder.ReadLast(func(res *build.Result) {
		if res == nil {
			return
		}
		built = true
		err = dashboardTmpl.Execute(&page, newDashboardData(res, modTimes))
	})
	if !built {
		http.Error(w, "the site has not been built yet", http.StatusServiceUnavailable)
		return
	}
	if err != nil {
		fmt.Fprintf(s.log, "translations page: %v\n", err)
		http.Error(w, "the translations page failed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(page.Bytes())
}

// dashboardData is what the dashboard shows of a build.
type dashboardData struct {
	Langs                 []string
	Sections              []dashboardSection
	Missing, Stale, Words int
}

func newDashboardData(res *build.Result, modTimes check.ModTimes) dashboardData {
	var data dashboardData
	for _, l := range res.Site.Languages {
		data.Langs = append(data.Langs, l.Name)
	}
	for _, g := range check.Translations(res.Site, modTimes) {
		if n := len(data.Sections); n == 0 || data.Sections[n-1].Name != g.Section {
			data.Sections = append(data.Sections, dashboardSection{Name: g.Section})
		}
		sec := &data.Sections[len(data.Sections)-1]
		sec.Groups = append(sec.Groups, g)
		for _, c := range g.Langs {
			switch c.State {
			case check.Missing:
				data.Missing++
			case check.Stale:
				data.Stale++
			}
			data.Words += c.Words
		}
	}
	return data
}
