package check

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
)

// Failed reports whether the problems should fail a CI job; with warnOnly,
// translation problems do not.
func (r *Report) Failed(warnOnly bool) bool {
	for _, p := range r.Problems {
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
