package content

import (
	"strings"
	"testing"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/diag"
)

// TestFieldOfWrongKind gives every front matter field vestis reads, and
// every field of Hugo's it knows of, a value of the wrong kind (or a value
// it does not have): each is an error at its line when the page cannot be
// built as written, else a warning at its line, never accepted in silence.
func TestFieldOfWrongKind(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {en: {}}\ntaxonomies: [tags, categories]\nfunding: {emblem: /eu.svg, statement: Funded}\n"))
	if err != nil {
		t.Fatal(err)
	}
	const (
		isErr  = diag.Error
		isWarn = diag.Warning
	)
	tests := []struct {
		front string
		sev   diag.Severity
		want  string
	}{
		{"title: [A, B]", isErr, "title: want text, got a list"},
		{"description: {a: 1}", isErr, "description: want text, got a map"},
		{"summary: true", isErr, "summary: want text, got true"},
		{"author: true", isErr, "author: want text, got true"},
		{"image: true", isErr, "image: want text, got true"},
		{"slug: {a: 1}", isErr, "slug: want text, got a map"},
		{"url: [a]", isErr, "url: want text, got a list"},
		{"translationKey: [a]", isErr, "translationKey: want text, got a list"},
		{"date: tomorrow", isErr, `date: cannot read "tomorrow" as a date`},
		{"lastmod: [1]", isErr, "lastmod: want a date written year-month-day, as in 2024-05-19, got a list"},
		{"publishDate: {a: 1}", isErr, "publishDate: want a date"},
		{"expiryDate: 5", isWarn, "expiryDate: 5 is not a date, so it is left out"},
		{"draft: maybe", isErr, `draft: want true or false, got "maybe"`},
		{"weight: 1.5", isWarn, "weight: 1.5 is not a whole number, so it is read as 1, as Hugo reads it"},
		// A whole number no int holds is too large, not "not a whole number".
		{"weight: 1e300", isErr, "weight: 1e300 is too large a number; write a whole number of at most 15 digits"},
		{"weight: 99999999999999999999", isErr, "weight: 99999999999999999999 is too large a number; write a whole number of at most 15 digits"},
		{"weight: \"99999999999999999999\"", isErr, "weight: 99999999999999999999 is too large a number; write a whole number of at most 15 digits"},
		{"weight: -.inf", isErr, "weight: -.inf is no number a page can show (it would print as -Inf)"},
		{"aliases: {a: 1}", isErr, "aliases: want a list such as [a, b], got a map"},
		{"untranslated: maybe", isErr, `untranslated: want true or false, got "maybe"`},
		{"fallback: [x]", isErr, "fallback: want true or false, got a list"},
		{"build: 5", isErr, "build: want a map such as {render: never, list: never}, got 5"},
		{"_build: {render: sometimes}", isErr, `_build: render: want one of always, never, link, got "sometimes"`},
		{"headless: maybe", isErr, `headless: want true or false, got "maybe"`},
		{"cascade: 5", isErr, "cascade: want a map of front matter fields, or a list of them, got 5"},
		{"fundingNotice: 5", isErr, "fundingNotice: want true, false, or the page's own acknowledgement"},
		{"fundingNotice: {emblem: /a.svg, statment: Funded}", isErr, `fundingNotice: "statment" is not part of an acknowledgement`},
		{"params: 5", isErr, "params: want a map of the page's own fields"},
		{"tags: 5", isErr, "tags: want a list such as [a, b], got 5"},
		{"categories: [{a: 1}]", isErr, "categories: want a list of text, got an item that is a map"},
		// An empty item is left out, as in Hugo, and said: a tag meant may be missing.
		{"tags: [\"\"]", isWarn, "tags: item 1 of 1 is empty, so it is left out; write a word there or delete it"},
		{"tags: [x, null]", isWarn, "tags: item 2 of 2 is empty, so it is left out"},
		{"categories: [null, \" \", y]", isWarn, "categories: items 1, 2 of 3 are empty, so they are left out; write a word there or delete them"},
		{"aliases: [\"\"]", isWarn, "aliases: item 1 of 1 is empty"},
		{"resources: 5", isErr, "resources: want a list of the bundle's files"},
		{"resources: [{title: A}]", isErr, "resources: item 1: want src"},
		{"outputs: [nonsense]", isWarn, `outputs: want output formats Hugo has (amp, calendar, css, csv, html, json, markdown, robots, rss, sitemap, sitemapindex, webappmanifest) or the site defines in site.yaml's hugoOutputFormats, got "nonsense"`},
		{"outputs: 5", isWarn, "outputs: want a list of output formats, such as outputs: [html, rss], got 5"},
		{"images: 5", isWarn, ""},
		{"images: [{a: 1}]", isWarn, "images: want a list of image files, such as images: [photo.jpg], got a list whose item 1 is a map"},
		{"audio: [a.mp3, [b.mp3]]", isWarn, "audio: want a list of audio files, such as audio: [talk.mp3], got a list whose item 2 is a list"},
		{"videos: {a: 1}", isWarn, "videos: want a list of video files"},
		{"audio: true", isWarn, "audio: want a list of audio files"},
		{"keywords: {a: 1}", isWarn, "keywords: want a list of words"},
		{"series: [[a]]", isWarn, "series: want a list of series names"},
		{"authors: true", isWarn, "authors: want a list of names"},
		{"menu: 5", isWarn, "menu: want the name of a menu, a list of them, or a map such as menu: {main: {weight: 2}}, got 5"},
		{"menus: {main: 5}", isWarn, "menus: main: want a map of the entry's settings, such as {weight: 2, name: Short}, got 5"},
		{"layout: [wide]", isWarn, "layout: want the name of a layout, such as layout: wide, got a list"},
		{"type: {a: 1}", isWarn, "type: want the name of a content type"},
		{"linkTitle: [a]", isWarn, "linkTitle: want a short title"},
		{"markup: 5", isWarn, "markup: want the name of a markup"},
		{"markup: textile", isWarn, `markup: want one of the markups Hugo has`},
		{"markup: pandoc", isWarn, "markup: vestis converts every page as Markdown, not as pandoc; write the page in Markdown and remove markup"},
		{"isCJKLanguage: maybe", isWarn, `isCJKLanguage: want true or false, got "maybe"`},
		{"sitemap: 5", isWarn, "sitemap: want a map such as sitemap: {changefreq: monthly, priority: 0.5}, got 5"},
		{"sitemap: {changefreq: often}", isWarn, `sitemap: changefreq: want one of always, hourly, daily, weekly, monthly, yearly, never, got "often"`},
		{"sitemap: {priority: 5}", isWarn, "sitemap: priority: want a number from 0 to 1, such as 0.5, got 5"},
		{"sitemap: {disabled: true}", isWarn, `sitemap: "disabled" is not a sitemap setting`},
	}
	// Every field has a row: a field added to Fields or hugoFieldKinds
	// without one fails here.
	fields := append([]string{"params", "tags", "resources"}, Fields...)
	for k := range hugoFieldKinds {
		fields = append(fields, k)
	}
	for _, f := range fields {
		found := false
		for _, tt := range tests {
			if strings.EqualFold(strings.SplitN(tt.front, ":", 2)[0], f) {
				found = true
			}
		}
		if !found {
			t.Errorf("no row gives %s a value of the wrong kind", f)
		}
	}
	for _, tt := range tests {
		key := strings.SplitN(tt.front, ":", 2)[0]
		if tt.want == "" {
			tt.want = key + ": want "
		}
		file := "content/news/a.md"
		p, errs := ParseAs(file, []byte("---\ntitle: A\n"+tt.front+"\nother: 1\n---\nText.\n"), cfg, cfg.TypeOf("news"))
		// Page warnings carry no severity of their own: being in Warnings
		// is what makes them one.
		var got []*Error
		for _, e := range errs {
			got = append(got, &Error{File: e.File, Line: e.Line, Msg: e.Msg, Severity: diag.Error})
		}
		if p != nil {
			for _, w := range p.Warnings {
				got = append(got, &Error{File: w.File, Line: w.Line, Msg: w.Msg, Severity: diag.Warning})
			}
		}
		var match *Error
		for _, e := range got {
			if strings.Contains(e.Msg, tt.want) {
				match = e
			}
		}
		switch {
		case match == nil:
			t.Errorf("%s: no message says %q; got %v", tt.front, tt.want, got)
		case match.Severity != tt.sev:
			t.Errorf("%s: an %s, want a %s: %s", tt.front, match.Severity, tt.sev, match.Msg)
		case match.Line != 3 || match.File != file:
			t.Errorf("%s: at %s:%d, want %s:3: %s", tt.front, match.File, match.Line, file, match.Msg)
		case !strings.HasPrefix(match.Msg, "front matter: "+key+": "):
			t.Errorf("%s: %q does not begin with the field", tt.front, match.Msg)
		}
	}
}

// TestHugoFieldsAsHugoReadsThem: Hugo's fields written in shapes Hugo
// reads give no message.
func TestHugoFieldsAsHugoReadsThem(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {en: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, front := range []string{
		"outputs: [HTML, rss]", "outputs: json", "images: [a.jpg, b.jpg]", "images: a.jpg", "keywords: [a, 2024]",
		"authors: [Anna, {name: Jānis}]", "menu: main", "menu: [main, footer]", "menus: {main: {weight: 2}, footer: null}",
		"layout: wide", "type: docs", "linkTitle: 2024", "markup: Markdown", "isCJKLanguage: false",
		"sitemap: {changefreq: Weekly, priority: 0.8, disable: false, filename: a.xml}",
		"series: [null, Lectures]", "keywords: [null]", "images: [null, a.jpg]",
		"resources: [{src: 'images/*.jpg', title: Photo}]", "fundingNotice: false", "fundingNotice: {emblem: /a.svg, statement: Funded, alt: Flag}",
	} {
		p, errs := ParseAs("content/a.md", []byte("---\ntitle: A\n"+front+"\n---\n"), cfg, nil)
		if len(errs) > 0 || len(p.Warnings) > 0 {
			t.Errorf("%s: %v %v", front, errs, p.Warnings)
		}
	}
}

// TestOutputsTheSiteDefines: outputs may name an output format the Hugo
// site defines itself (its outputFormats, which the import writes into
// site.yaml's hugoOutputFormats), in any letter case, as Hugo's own; one
// the site does not define is still warned of, naming those it does.
func TestOutputsTheSiteDefines(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {en: {}}\nhugoOutputFormats: [SearchIndex, llms]\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, front := range []string{"outputs: [html, searchindex]", "outputs: [SearchIndex]", "outputs: LLMS"} {
		p, errs := ParseAs("content/a.md", []byte("---\ntitle: A\n"+front+"\n---\n"), cfg, nil)
		if len(errs) > 0 || len(p.Warnings) > 0 {
			t.Errorf("%s: %v %v", front, errs, p.Warnings)
		}
	}
	p, _ := ParseAs("content/a.md", []byte("---\ntitle: A\noutputs: [html, serchindex]\n---\n"), cfg, nil)
	if want := `front matter: outputs: want output formats Hugo has (amp, calendar, css, csv, html, json, markdown, robots, rss, sitemap, sitemapindex, webappmanifest, searchindex, llms) or the site defines in site.yaml's hugoOutputFormats, got "serchindex"`; p == nil || len(p.Warnings) != 1 || p.Warnings[0].Msg != want {
		t.Errorf("warnings %v, want %q", p.Warnings, want)
	}
}

// TestShortMisspelling: a short key one letter from a built-in field is
// named with the field (titl, dat, slg were ignored in silence, being under
// five letters), a site's own short params are left alone, and a misspelt
// draft: true, which would publish the page, is an error.
func TestShortMisspelling(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {en: {}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ front, warn, err string }{
		{"titl: A", `front matter: "titl" is not a field vestis reads; did you mean "title"?`, ""},
		{"dat: 2024-05-19", `front matter: "dat" is not a field vestis reads; did you mean "date"?`, ""},
		{"slg: a", `front matter: "slg" is not a field vestis reads; did you mean "slug"?`, ""},
		{"draf: false", `front matter: "draf" is not a field vestis reads; did you mean "draft"?`, ""},
		{"draf: true", "", `front matter: "draf" is not a field vestis reads, so the page would be published, not kept back as a draft; write draft: true`},
		{"Drafts: yes", "", `front matter: "Drafts" is not a field vestis reads, so the page would be published, not kept back as a draft; write draft: true`},
		{"img: a.jpg", "", ""},
		{"toc: true", "", ""},
		{"tag: a", "", ""},
		{"data: 1", "", ""},
	}
	for _, tt := range tests {
		p, errs := ParseAs("content/a.md", []byte("---\ntitle: A\n"+tt.front+"\n---\n"), cfg, nil)
		var gotErr, gotWarn string
		if len(errs) > 0 {
			gotErr = errs[0].Error()
		} else if len(p.Warnings) > 0 {
			gotWarn = p.Warnings[0].Error()
		}
		wantErr, wantWarn := tt.err, tt.warn
		if wantErr != "" {
			wantErr = "content/a.md:3: " + wantErr
		}
		if wantWarn != "" {
			wantWarn = "content/a.md:3: " + wantWarn
		}
		if gotErr != wantErr || gotWarn != wantWarn {
			t.Errorf("%s: error %q, warning %q; want %q and %q", tt.front, gotErr, gotWarn, wantErr, wantWarn)
		}
	}
}

// TestKeyInOtherScript: a front matter key written in a script other than
// Latin (translated with the page's text: दिनांक for date) is a warning at
// its line, whose Cause is the key's, so that a site says it once for every
// page with it; the page had lost its date in silence. Keys in Latin
// letters and the English names stay silent.
func TestKeyInOtherScript(t *testing.T) {
	cfg, err := config.Parse("site.yaml", []byte("languages: {en: {}, hi: {}}\ntaxonomies: [tags]\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ front, key string }{
		{"दिनांक: 2024-05-19", "दिनांक"},
		{"标题: A", "标题"},
		{"заголовок: A", "заголовок"},
		{"टैग_2: [a]", "टैग_2"},
		{"couleur: bleu", ""},
		{"date: 2024-05-19", ""},
		{"ħelp_2: x", ""},
		{"42: x", ""},
	} {
		p, errs := ParseAs("content/a.hi.md", []byte("---\ntitle: A\n"+tt.front+"\n---\n"), cfg, nil)
		if len(errs) > 0 {
			t.Fatalf("%s: %v", tt.front, errs)
		}
		if tt.key == "" {
			if len(p.Warnings) > 0 {
				t.Errorf("%s: warnings %v, want none", tt.front, p.Warnings)
			}
			continue
		}
		want := `front matter: "` + tt.key + `" is not a field vestis reads: field names stay in English`
		if len(p.Warnings) != 1 || p.Warnings[0].Line != 3 || !strings.HasPrefix(p.Warnings[0].Msg, want) || p.Warnings[0].Cause != p.Warnings[0].Msg {
			t.Errorf("%s: warnings %v, want one at line 3 beginning %q, its message its cause", tt.front, p.Warnings, want)
		}
	}
}
