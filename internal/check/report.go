package check

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/vestis-ssg/vestis/internal/site"
)

// Failed reports whether the problems should fail a CI job; with warnOnly,
// translation problems do not, and a missing translation whose readers get
// a fallback page never does: the site asked for fallback pages.
func (r *Report) Failed(warnOnly bool) bool {
	for _, p := range r.Problems {
		if p.Fallback != "" {
			continue
		}
		if !warnOnly || !p.IsTranslation() {
			return true
		}
	}
	return false
}

// WriteText writes the problems as a table grouped by file.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	file := ""
	for _, p := range r.Problems {
		if p.File != file {
			if file != "" {
				fmt.Fprintln(tw)
			}
			file = p.File
			fmt.Fprintln(tw, file)
		}
		where := p.Page
		if where == "" {
			where = "-"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", p.Kind, p.Lang, where, p.Msg)
	}
	if len(r.Problems) > 0 {
		fmt.Fprintln(tw)
	}
	fmt.Fprintf(tw, "%s in %s\n", count(len(r.Problems), "problem"), count(r.Pages, "page"))
	return tw.Flush()
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if r.Problems == nil {
		r.Problems = []Problem{}
	}
	return enc.Encode(r)
}

// WriteText writes the worklist for a translator: per language, each page
// to create or update, with the command that creates it or the paragraphs
// changed in its source.
func (w *Worklist) WriteText(out io.Writer) error {
	bw := bufio.NewWriter(out)
	if !w.Git {
		fmt.Fprintln(bw, "The site is not in a git repository: stale translations are found by lastmod, and what changed in their sources is not known.")
		fmt.Fprintln(bw)
	}
	for _, l := range w.Langs {
		if len(l.Items) == 0 {
			fmt.Fprintf(bw, "%s (%s): nothing to translate\n\n", l.Lang, l.Name)
			continue
		}
		fmt.Fprintf(bw, "%s (%s): %s, %s to translate\n", l.Lang, l.Name, count(len(l.Items), "page"), count(l.Words, "word"))
		for _, it := range l.Items {
			switch it.State {
			case Missing:
				todo := "create it from"
				switch it.Held {
				case site.Draft:
					todo = "a draft, not published: finish it from"
				case site.Future:
					todo = "written, dated later and not published yet; its source is"
				case site.Expired:
					todo = "written, expired and not published; its source is"
				}
				fmt.Fprintf(bw, "  missing  %s: %s %s (%q, %s)", it.File, todo, it.Source, it.Title, count(it.Words, "word"))
				if it.Fallback != "" {
					fmt.Fprintf(bw, "; readers get the fallback page %s", it.Fallback)
				}
				fmt.Fprintln(bw)
				if it.New != "" {
					fmt.Fprintf(bw, "           %s\n", it.New)
				}
			case Stale:
				fmt.Fprintf(bw, "  stale    %s: %s behind %s", it.File, humanDuration(it.Behind), it.Source)
				if it.Changes == nil {
					fmt.Fprintf(bw, " (%s)\n", count(it.Words, "word"))
					break
				}
				since := "since it was written"
				if it.Changes.Since != "" {
					since = "since " + it.Changes.Since
				}
				fmt.Fprintf(bw, "; %s changed %s (%s)", count(len(it.Changes.Paragraphs), "paragraph"), since, count(it.Words, "word"))
				if it.Changes.Removed > 0 {
					fmt.Fprintf(bw, ", %d removed", it.Changes.Removed)
				}
				fmt.Fprintln(bw)
				for _, p := range it.Changes.Paragraphs {
					fmt.Fprintf(bw, "           %s:%d: %s\n", it.Source, p.Line, strings.ReplaceAll(p.Text, "\n", " "))
				}
			}
			if it.TranslationKey != "" {
				fmt.Fprintf(bw, "           with translationKey: %s\n", it.TranslationKey)
			}
		}
		fmt.Fprintln(bw)
	}
	return bw.Flush()
}

// WriteJSON writes the worklist as indented JSON.
func (w *Worklist) WriteJSON(out io.Writer) error {
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	for i := range w.Langs {
		if w.Langs[i].Items == nil {
			w.Langs[i].Items = []Work{}
		}
	}
	return enc.Encode(w)
}
