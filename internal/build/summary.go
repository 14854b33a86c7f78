package build

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

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
// which flag of command builds it. More than manyNotBuilt pages left out for
// one reason (a folder of drafts moved or checked out at once) are one line
// that names the first: a line each would bury what else the save said.
func (r *Result) WhyNotBuilt(files []string, command string) []string {
	if r.Site == nil {
		return nil
	}
	byReason := map[string][]site.NotBuilt{}
	for _, nb := range r.Site.NotBuilt {
		if slices.Contains(files, nb.File) {
			byReason[nb.Reason] = append(byReason[nb.Reason], nb)
		}
	}
	var lines []string
	for _, reason := range []string{site.Draft, site.Future, site.Expired} {
		held := byReason[reason]
		if len(held) > manyNotBuilt {
			why := map[string]string{
				site.Draft:   "are drafts, not shown: remove draft: true, or run",
				site.Future:  "are dated later, not shown before then: run",
				site.Expired: "have expired, not shown: run",
			}[reason]
			lines = append(lines, fmt.Sprintf("%s and %d more pages %s %s %s", held[0].File, len(held)-1, why, command, flagFor[reason]))
			continue
		}
		for _, nb := range held {
			why := map[string]string{
				site.Draft:   "is a draft, not shown: remove draft: true, or run",
				site.Future:  "is dated " + nb.Date.Format("2006-01-02") + ", not shown before then: run",
				site.Expired: "has expired, not shown: run",
			}[reason]
			lines = append(lines, fmt.Sprintf("%s %s %s %s", nb.File, why, command, flagFor[reason]))
		}
	}
	return lines
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

// NotRun says, for each of files that is a Hugo template vestis does not
// run, that it is not: a save of one changes no page, and the author who
// edited it would otherwise see nothing and not know why. Of a site's
// layouts/ with hugoLayouts, vestis runs only the shortcodes and the
// partials they call; of a Hugo theme's layouts, only the partials.
func (r *Result) NotRun(files []string) []string {
	var lines []string
	for _, f := range files {
		switch {
		case r.Config != nil && r.Config.HugoLayouts && strings.HasPrefix(f, "layouts/") && !hugoRun(strings.TrimPrefix(f, "layouts/"), true):
			lines = append(lines, f+": vestis does not run this Hugo layout (site.yaml hugoLayouts: the pages use vestis's theme; of layouts/ it runs shortcodes and the partials they call), so no page changed")
		case strings.HasPrefix(f, "themes/"):
			parts := strings.SplitN(f, "/", 4)
			if len(parts) == 4 && parts[2] == "layouts" && !hugoRun(parts[3], false) {
				lines = append(lines, f+": vestis does not run this Hugo layout (the pages use vestis's theme; of a Hugo theme's layouts it runs the partials shortcodes call), so no page changed")
			}
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
