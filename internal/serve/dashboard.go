package serve

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"strings"
	"time"

	"github.com/vestis-ssg/vestis/internal/build"
	"github.com/vestis-ssg/vestis/internal/check"
	"github.com/vestis-ssg/vestis/internal/locale"
)

const dashboardPath = "/_vestis/translations"

var dashboardTmpl = template.Must(template.New("dashboard").Parse(`<!DOCTYPE html>
<html lang="{{.UI}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{{.T "title"}} · vestis</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a;background:#fff}
header{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline;justify-content:space-between}
h1{margin:.5rem 0}
.ui ul,.langs{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
a{color:#0b3d91}
a[aria-current]{font-weight:700;color:#1a1a1a;text-decoration:none}
.note{background:#fff4e0;border-left:4px solid #8a4b00;padding:.5rem .75rem}
section{margin-top:2rem}
h2{border-bottom:2px solid #ddd;padding-bottom:.25rem}
ol{padding:0;list-style:none}
li.work{border:1px solid #ddd;border-radius:6px;padding:.75rem 1rem;margin:0 0 1rem}
h3{margin:0 0 .25rem;font-size:1.05rem;overflow-wrap:anywhere}
.state{display:inline-block;font-size:.8rem;font-weight:700;text-transform:uppercase;padding:0 .4rem;border-radius:4px;margin-right:.4rem;vertical-align:.1rem}
.missing .state{background:#a31515;color:#fff}.stale .state{background:#8a4b00;color:#fff}
p{margin:.35rem 0}
code,pre{font:.85rem/1.4 ui-monospace,monospace;overflow-wrap:anywhere}
pre{background:#f3f1ec;padding:.5rem .75rem;white-space:pre-wrap;margin:.35rem 0}
.changes{margin:.35rem 0 0;padding:0;list-style:none}
.changes li{border-left:3px solid #8a4b00;padding:.15rem .6rem;margin:.4rem 0;background:#faf8f3}
.changes .line{display:block;color:#555;font-size:.8rem}
</style>
</head>
<body>
<header>
<h1>{{.T "title"}}</h1>
<nav class="ui" aria-label="{{.T "uiLanguage"}}"><ul>
{{- range .UIs}}<li><a href="?ui={{.Code}}" lang="{{.Code}}" hreflang="{{.Code}}"{{if .Current}} aria-current="true"{{end}}>{{.Name}}</a></li>{{end -}}
</ul></nav>
</header>
<main>
<p>{{.T "intro"}}</p>
{{- if not .Git}}
<p class="note" role="note">{{.T "noGit"}}</p>
{{- end}}
<nav aria-label="{{.T "languages"}}"><ul class="langs">
{{- range .Langs}}<li><a href="#lang-{{.Lang}}">{{.Name}}</a>: {{$.Count "pages" (len .Items)}}</li>{{end -}}
</ul></nav>
{{- range $l := .Langs}}
<section id="lang-{{$l.Lang}}" aria-labelledby="h-{{$l.Lang}}">
<h2 id="h-{{$l.Lang}}"><span lang="{{$l.Lang}}">{{$l.Name}}</span> ({{$l.Lang}})</h2>
{{- if not $l.Items}}
<p>{{$.T "nothing"}}</p>
{{- else}}
<p>{{$.Count "pages" (len $l.Items)}}, {{$.Count "words" $l.Words}} {{$.T "toTranslate"}}</p>
<ol>
{{- range $it := $l.Items}}
<li class="work {{.State}}">
<h3><span class="state">{{$.T .State}}</span> <a href="{{.SourceURL}}" lang="{{.SourceLang}}">{{.Title}}</a></h3>
{{- if eq .State "missing"}}
<p>{{if .Held}}<code>{{.File}}</code> {{$.T (print "held." .Held)}}{{else}}{{$.T "create"}} <code>{{.File}}</code> {{$.T "from"}}{{end}} <code>{{.Source}}</code> ({{$.Count "words" .Words}}).
{{- with .Fallback}} <a href="{{.}}">{{$.T "fallback"}}</a>{{end}}</p>
{{- with .New}}
<pre>{{.}}</pre>
{{- end}}
{{- else}}
<p>{{$.T "update"}} <a href="{{.URL}}"><code>{{.File}}</code></a>: {{$.Behind .Behind}} {{$.T "behind"}} <code>{{.Source}}</code>.</p>
{{- with .Changes}}
<p>{{if .Since}}{{$.T "changedSince"}} <code>{{.Since}}</code>{{else}}{{$.T "changedAll"}}{{end}}: {{$.Count "paragraphs" (len .Paragraphs)}}{{if .Removed}}, {{$.Count "removed" .Removed}}{{end}}.</p>
<ul class="changes">
{{- range .Paragraphs}}
<li><span class="line">{{$.T "line"}} {{.Line}}</span> <span lang="{{$it.SourceLang}}">{{.Text}}</span></li>
{{- end}}
</ul>
{{- else}}
<p>{{$.Count "words" .Words}} {{$.T "wholePage"}}</p>
{{- end}}
{{- end}}
{{- with .TranslationKey}}
<p>{{$.T "key"}} <code>translationKey: {{.}}</code></p>
{{- end}}
</li>
{{- end}}
</ol>
{{- end}}
</section>
{{- end}}
</main>
<script src="/_vestis/live.js" defer></script>
</body>
</html>
`))

// dashboardMessages are the dashboard's own words in each language it
// speaks; a plural message has a form per CLDR category, with %d.
var dashboardMessages = map[string]map[string]string{
	"en": {
		"title": "Translations", "uiLanguage": "Language of this page", "languages": "Languages",
		"intro":        "What each language needs: pages to translate and translations whose source changed, the most behind first. The same rules as vestis check --translations; this page updates on every save.",
		"noGit":        "The site is not in a git repository: stale translations are found by lastmod, and what changed in their sources cannot be shown.",
		"nothing":      "Nothing to translate.",
		"toTranslate":  "to translate",
		"missing":      "missing",
		"stale":        "stale",
		"create":       "Create",
		"from":         "from",
		"update":       "Update",
		"behind":       "behind",
		"changedSince": "Changed in the source since",
		"changedAll":   "The source is newer than every version before the translation",
		"line":         "line",
		"wholePage":    "in the whole page; what changed is not known.",
		"key":          "Add",
		"fallback":     "What readers get meanwhile",
		"held.draft":   "is a draft, not published: finish translating it from",
		"held.future":  "is written, dated later and not published yet; its source is",
		"held.expired": "is written but has expired and is not published; its source is",
		"pages.one":    "%d page", "pages.other": "%d pages",
		"words.one": "%d word", "words.other": "%d words",
		"paragraphs.one": "%d paragraph", "paragraphs.other": "%d paragraphs",
		"removed.one": "%d removed", "removed.other": "%d removed",
		"days.one": "%d day", "days.other": "%d days",
		"hours.one": "%d hour", "hours.other": "%d hours",
		"minutes.one": "%d minute", "minutes.other": "%d minutes",
	},
	"lv": {
		"title": "Tulkojumi", "uiLanguage": "Šīs lapas valoda", "languages": "Valodas",
		"intro":        "Kas katrai valodai vajadzīgs: tulkojamās lapas un tulkojumi, kuru avots ir mainījies, visvairāk atpalikušie vispirms. Tie paši noteikumi kā vestis check --translations; lapa atjaunojas pēc katras saglabāšanas.",
		"noGit":        "Vietne nav git repozitorijā: novecojušie tulkojumi atrasti pēc lastmod, un nav zināms, kas to avotos mainījies.",
		"nothing":      "Nav ko tulkot.",
		"toTranslate":  "jātulko",
		"missing":      "trūkst",
		"stale":        "novecojis",
		"create":       "Izveidojiet",
		"from":         "no",
		"update":       "Atjauniniet",
		"behind":       "aiz avota",
		"changedSince": "Avotā mainīts kopš",
		"changedAll":   "Avots ir jaunāks par visām versijām pirms tulkojuma",
		"line":         "rinda",
		"wholePage":    "visā lapā; kas mainījies, nav zināms.",
		"key":          "Norādiet",
		"fallback":     "Ko lasītāji pa to laiku redz",
		"held.draft":   "ir melnraksts, nav publicēts: pabeidziet tulkot no",
		"held.future":  "ir uzrakstīts, bet datēts vēlāk un vēl nav publicēts; avots ir",
		"held.expired": "ir uzrakstīts, bet beidzies un nav publicēts; avots ir",
		// Latvian counts take the nominative: "1 lapa", "21 lapa", "10 lapas",
		// so CLDR's "zero" (10, 11, 20) falls back to "other".
		"pages.one": "%d lapa", "pages.other": "%d lapas",
		"words.one": "%d vārds", "words.other": "%d vārdi",
		"paragraphs.one": "%d rindkopa", "paragraphs.other": "%d rindkopas",
		"removed.one": "%d izņemta", "removed.other": "%d izņemtas",
		"days.one": "%d diena", "days.other": "%d dienas",
		"hours.one": "%d stunda", "hours.other": "%d stundas",
		"minutes.one": "%d minūte", "minutes.other": "%d minūtes",
	},
	"vi": {
		"title": "Bản dịch", "uiLanguage": "Ngôn ngữ của trang này", "languages": "Ngôn ngữ",
		"intro":        "Những việc cần làm cho từng ngôn ngữ: các trang cần dịch và các bản dịch có bản gốc đã thay đổi, trang chậm nhất ở trên cùng. Cùng quy tắc với vestis check --translations; trang này cập nhật sau mỗi lần lưu.",
		"noGit":        "Trang web không nằm trong kho git: bản dịch cũ được xác định theo lastmod, và không thể biết bản gốc đã thay đổi những gì.",
		"nothing":      "Không có gì cần dịch.",
		"toTranslate":  "cần dịch",
		"missing":      "chưa có",
		"stale":        "đã cũ",
		"create":       "Tạo",
		"from":         "từ",
		"update":       "Cập nhật",
		"behind":       "sau bản gốc",
		"changedSince": "Bản gốc đã thay đổi từ",
		"changedAll":   "Bản gốc mới hơn mọi phiên bản trước bản dịch",
		"line":         "dòng",
		"wholePage":    "trong cả trang; không biết phần nào đã thay đổi.",
		"key":          "Thêm",
		"fallback":     "Bạn đọc hiện thấy gì",
		"held.draft":   "là bản nháp, chưa đăng: hãy dịch tiếp từ",
		"held.future":  "đã viết nhưng có ngày đăng sau nên chưa đăng; bản gốc là",
		"held.expired": "đã viết nhưng đã hết hạn nên không đăng; bản gốc là",
		"pages.other":  "%d trang", "words.other": "%d từ", "paragraphs.other": "%d đoạn", "removed.other": "%d đoạn đã xóa",
		"days.other": "%d ngày", "hours.other": "%d giờ", "minutes.other": "%d phút",
	},
}

// dashboardUI is the language of the dashboard's own words: the ui query
// parameter, else the first of the browser's languages it speaks, else English.
func dashboardUI(r *http.Request) string {
	if ui := r.URL.Query().Get("ui"); dashboardMessages[ui] != nil {
		return ui
	}
	for _, part := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		tag, _, _ := strings.Cut(strings.TrimSpace(part), ";")
		base, _, _ := strings.Cut(strings.ToLower(tag), "-")
		if dashboardMessages[base] != nil {
			return base
		}
	}
	return "en"
}

// dashboard shows translators their worklist: per language, the pages to
// translate and the translations whose source changed, with what changed. It
// is served only by the dev server. The worklist is made inside ReadLast, as
// the model's pages change in place on a rebuild's fast path; it copies what
// it shows, so git runs after ReadLast, not while holding up rebuilds.
func (s *Server) dashboard(w http.ResponseWriter, r *http.Request) {
	if s.firstBuild(r) == nil && r.Context().Err() != nil {
		return // given up while the first build ran
	}
	hist := check.GitHistory(s.root)
	var modTimes check.ModTimes
	if hist != nil {
		modTimes = hist.ModTimes()
	}
	var list *check.Worklist
	s.builder.ReadLast(func(res *build.Result) {
		if res != nil {
			list = check.NewWorklist(res.Site, modTimes)
		}
	})
	if list == nil {
		http.Error(w, "the site has not been built yet", http.StatusServiceUnavailable)
		return
	}
	list.AddChanges(hist)
	var page bytes.Buffer
	if err := dashboardTmpl.Execute(&page, newDashboardData(list, dashboardUI(r))); err != nil {
		fmt.Fprintf(s.log, "translations page: %v\n", err)
		http.Error(w, "the translations page failed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Vary", "Accept-Language")
	w.Write(page.Bytes())
}

// dashboardData is what the dashboard shows, in the language UI.
type dashboardData struct {
	*check.Worklist
	UI  string
	UIs []dashboardUILink
}

// dashboardUILink is a link of the dashboard's language chooser.
type dashboardUILink struct {
	Code, Name string
	Current    bool
}

func newDashboardData(list *check.Worklist, ui string) dashboardData {
	d := dashboardData{Worklist: list, UI: ui}
	for _, l := range []struct{ code, name string }{{"lv", "Latviešu"}, {"en", "English"}, {"vi", "Tiếng Việt"}} {
		d.UIs = append(d.UIs, dashboardUILink{Code: l.code, Name: l.name, Current: l.code == ui})
	}
	return d
}

// T is the dashboard's message key in its language.
func (d dashboardData) T(key string) string {
	if m, ok := dashboardMessages[d.UI][key]; ok {
		return m
	}
	return dashboardMessages["en"][key]
}

// Count is the plural message key for n in the dashboard's language.
func (d dashboardData) Count(key string, n int) string {
	msgs := dashboardMessages[d.UI]
	form, ok := msgs[key+"."+locale.Category(d.UI, n)]
	if !ok {
		form = msgs[key+".other"]
	}
	return fmt.Sprintf(form, n)
}

// Behind is a duration in days, else hours, else minutes.
func (d dashboardData) Behind(t time.Duration) string {
	switch days := int(t.Hours() / 24); {
	case days >= 1:
		return d.Count("days", days)
	case t >= time.Hour:
		return d.Count("hours", int(t.Hours()))
	}
	return d.Count("minutes", max(1, int(t.Minutes())))
}
