package build

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/site"
)

// WriteSummary writes a line per language with its pages and the content pages
// not built (drafts, pages scheduled for later, expired ones), then the command,
// such as "vestis build", with the flags that build them too: a writer who
// cannot find a new page learns why.
func (r *Result) WriteSummary(w io.Writer, command string) {
	type held struct {
		drafts, future, expired int
		due                     time.Time // the first publication date of the future pages
	}
	byLang := map[string]*held{}
	flags := map[string]bool{}
	if r.Site != nil {
		for _, nb := range r.Site.NotBuilt {
			h := byLang[nb.Lang]
			if h == nil {
				h = &held{}
				byLang[nb.Lang] = h
			}
			switch nb.Reason {
			case site.Draft:
				h.drafts++
			case site.Future:
				h.future++
				if h.due.IsZero() || nb.Date.Before(h.due) {
					h.due = nb.Date
				}
			case site.Expired:
				h.expired++
			}
			flags[nb.Reason] = true
		}
	}
	for _, l := range r.Config.Languages {
		line := fmt.Sprintf("%s: %s", l.Code, plural(r.PagesByLang[l.Code], "page", "pages"))
		if h := byLang[l.Code]; h != nil {
			var parts []string
			if h.drafts > 0 {
				parts = append(parts, plural(h.drafts, "draft", "drafts"))
			}
			switch {
			case h.future == 1:
				parts = append(parts, "1 scheduled for "+h.due.Format("2006-01-02"))
			case h.future > 1:
				parts = append(parts, fmt.Sprintf("%d scheduled from %s", h.future, h.due.Format("2006-01-02")))
			}
			if h.expired > 0 {
				parts = append(parts, fmt.Sprintf("%d expired", h.expired))
			}
			line += " (not built: " + strings.Join(parts, ", ") + ")"
		}
		fmt.Fprintln(w, line)
	}
	var names []string
	for _, reason := range []string{site.Draft, site.Future, site.Expired} {
		if flags[reason] {
			names = append(names, flagFor[reason])
		}
	}
	if len(names) > 0 {
		fmt.Fprintf(w, "to build them too: %s %s\n", command, strings.Join(names, " "))
	}
}

// WhyNotBuilt says, for each of files that is a content page left out, why and
// how to show it: which flag of command builds it, or which front matter (its
// own, or the cascade's at file:line that gave it) to change. More than
// manyNotBuilt pages left out for one reason and from one place (a folder of
// drafts moved or checked out at once, a cascade's draft: true) are one line
// that names the first: a line each would bury what else the save said. The
// lines are English, as the terminal says them; WhyNotBuiltIn says them in a
// page's language.
func (r *Result) WhyNotBuilt(files []string, command string) []string {
	return r.WhyNotBuiltIn("", files, command)
}

// WhyNotBuiltIn is WhyNotBuilt in language lang, through the site's messages
// (NoteMessages), so that the dev server's note in a Latvian tab is Latvian;
// English where lang is "" or has no such message.
func (r *Result) WhyNotBuiltIn(lang string, files []string, command string) []string {
	if r.Site == nil {
		return nil
	}
	type why struct{ reason, from string }
	byReason := map[why][]site.NotBuilt{}
	var order []why
	add := func(w why, nb site.NotBuilt) {
		if byReason[w] == nil {
			order = append(order, w)
		}
		byReason[w] = append(byReason[w], nb)
	}
	for _, nb := range r.Site.NotBuilt {
		if slices.Contains(files, nb.File) {
			add(why{nb.Reason, nb.From}, nb)
		}
	}
	for _, f := range r.Site.NeverRenderedFiles() {
		if slices.Contains(files, f) {
			from, _ := r.Site.NeverRendered(f)
			add(why{neverRendered, from}, site.NotBuilt{File: f})
		}
	}
	rank := map[string]int{site.Draft: 0, site.Future: 1, site.Expired: 2, neverRendered: 3}
	slices.SortStableFunc(order, func(a, b why) int {
		if c := cmp.Compare(rank[a.reason], rank[b.reason]); c != 0 {
			return c
		}
		return strings.Compare(a.from, b.from)
	})
	say := func(id string, data map[string]any) string { return r.Note(lang, id, data) }
	var lines []string
	for _, w := range order {
		held := byReason[w]
		many := len(held) > manyNotBuilt
		data := map[string]any{"Command": command, "Flag": flagFor[w.reason], "From": w.from, "Cause": ""}
		if w.from != "" {
			data["Cause"] = say("vestisNoteFromCascade", data)
		}
		// how is what shows the pages: the flag, or the place to change.
		how := "vestisNoteHowFlag"
		switch {
		case w.reason == site.Draft && w.from != "":
			how = "vestisNoteHowDraftCascade"
		case w.reason == site.Draft:
			how = "vestisNoteHowDraft"
		case w.reason == neverRendered && w.from != "":
			how = "vestisNoteHowNeverCascade"
		case w.reason == neverRendered && many:
			how = "vestisNoteHowNeverMany"
		case w.reason == neverRendered:
			how = "vestisNoteHowNever"
		}
		data["How"] = say(how, data)
		says := map[string]string{site.Draft: "vestisNoteDraft", site.Future: "vestisNoteFuture",
			site.Expired: "vestisNoteExpired", neverRendered: "vestisNoteNever"}[w.reason]
		if many {
			data["File"], data["More"] = held[0].File, len(held)-1
			lines = append(lines, say(says+"Many", data))
			continue
		}
		for _, nb := range held {
			data["File"], data["Date"] = nb.File, nb.Date.Format("2006-01-02")
			lines = append(lines, say(says, data))
		}
	}
	return lines
}

// neverRendered is WhyNotBuilt's reason for a page with build: {render:
// never}, which no flag shows.
const neverRendered = "never"

// Hidden are the content files of r's site that have no page of their own:
// those left out (a draft, a page dated later, an expired one) and those
// never rendered. The dev server tells a save's pages that it hid from the
// others by them (a cascade's draft: true hides pages that were not saved).
func (r *Result) Hidden() map[string]bool {
	if r == nil || r.Site == nil {
		return nil
	}
	out := map[string]bool{}
	for _, nb := range r.Site.NotBuilt {
		out[nb.File] = true
	}
	for _, f := range r.Site.NeverRenderedFiles() {
		out[f] = true
	}
	return out
}

// manyNotBuilt is how many pages left out for one reason WhyNotBuilt names
// a line each: those vestis new writes in three languages.
const manyNotBuilt = 3

// flagFor is the flag that builds the pages left out for a reason.
var flagFor = map[string]string{site.Draft: "--drafts", site.Future: "--future", site.Expired: "--expired"}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// NotRun says, of files, those that are Hugo templates vestis does not
// run: a save of one changes no page, and the author who edited it would
// otherwise see nothing and not know why. Of a site's layouts/ with
// hugoLayouts, vestis runs only the shortcodes and the partials they call;
// of a Hugo theme's layouts, only the partials. So for a file of Hugo's
// configuration (config.HugoFile, a theme's too), whose place site.yaml
// took, and a Hugo theme's messages, whose place the site's i18n/ took: a
// save of one says where to make the change. Files saved at once for one
// reason (a theme's shortcodes saved together, a git checkout of a theme)
// are one line naming them, or the first and how many more: a line each
// buried what else the save said.
func (r *Result) NotRun(files []string) []string {
	type why struct{ one, many string }
	var (
		order  []why
		byWhy  = map[why][]string{}
		layout = func(which, runs string) why {
			return why{
				"vestis does not run this Hugo layout (" + which + "the pages use vestis's theme; " + runs + "), so no page changed",
				"vestis does not run these Hugo layouts (" + which + "the pages use vestis's theme; " + runs + "), so no page changed",
			}
		}
		hugoConfig  = "which vestis does not read: site.yaml is the site's (vestis import hugo wrote it from Hugo's); make the change there"
		themeConfig = why{"a Hugo theme's configuration, " + hugoConfig, "Hugo themes' configuration, " + hugoConfig}
		themeI18n   = "which vestis does not read: the site's messages are in i18n/ (vestis import hugo wrote them from the theme's); make the change there"
	)
	for _, f := range files {
		var w why
		switch parts := strings.SplitN(f, "/", 4); {
		case r.Config != nil && r.Config.HugoLayouts && strings.HasPrefix(f, "layouts/") && !hugoRun(strings.TrimPrefix(f, "layouts/"), true):
			w = layout("site.yaml hugoLayouts: ", "of layouts/ it runs shortcodes and the partials they call")
		case config.HugoFile(f):
			w = why{"Hugo's configuration, " + hugoConfig, "Hugo's configuration, " + hugoConfig}
		case parts[0] != "themes":
		case len(parts) == 4 && parts[2] == "layouts" && !hugoRun(parts[3], false):
			w = layout("", "of a Hugo theme's layouts it runs the partials shortcodes call")
		case len(parts) >= 3 && config.HugoFile(strings.Join(parts[2:], "/")):
			w = themeConfig
		case len(parts) == 4 && parts[2] == "i18n":
			w = why{"a Hugo theme's messages, " + themeI18n, "Hugo themes' messages, " + themeI18n}
		}
		if w.one == "" {
			continue
		}
		if byWhy[w] == nil {
			order = append(order, w)
		}
		byWhy[w] = append(byWhy[w], f)
	}
	var lines []string
	for _, w := range order {
		switch held := byWhy[w]; {
		case len(held) == 1:
			lines = append(lines, held[0]+": "+w.one)
		case len(held) <= manyNotBuilt:
			lines = append(lines, strings.Join(held[:len(held)-1], ", ")+" and "+held[len(held)-1]+": "+w.many)
		default:
			lines = append(lines, fmt.Sprintf("%s and %d more files: %s", held[0], len(held)-1, w.many))
		}
	}
	return lines
}

// hugoRun reports whether vestis runs the Hugo template at rel, relative
// to layouts/: a partial, which shortcodes call, or with shortcodes a
// shortcode.
func hugoRun(rel string, shortcodes bool) bool {
	dirs := []string{"partials/", "_partials/"}
	if shortcodes {
		dirs = append(dirs, "shortcodes/", "_shortcodes/")
	}
	return slices.ContainsFunc(dirs, func(d string) bool { return strings.HasPrefix(rel, d) })
}
