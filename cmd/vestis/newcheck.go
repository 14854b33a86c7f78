package main

import (
	"errors"
	"io/fs"

	"github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/archetype"
	"github.com/vestis-ssg/vestis/internal/build"
)

// addedTrouble is what the build would make of files, the pages vestis new
// is about to write, that it does not make of the site without them: the
// errors they cause, and the warnings of a page left out, a new one or
// one that was there, for another's address. Names alone cannot tell: a
// slug or url in the archetype's front matter gives the address. Nothing
// when the site does not load as it is, which vestis build says.
func addedTrouble(site fs.FS, files []archetype.File) []string {
	o := build.Options{Site: site, Theme: vestis.Theme(), Drafts: true, Future: true, Expired: true}
	before, err := build.Model(o)
	if err != nil {
		return nil
	}
	added := map[string][]byte{}
	for _, f := range files {
		added[f.Path] = f.Data
	}
	after, err := build.ModelWith(o, added)
	if err != nil {
		var out []string
		for _, e := range leaves(err) {
			out = append(out, e.Error())
		}
		return out
	}
	had, has := map[string]bool{}, map[string]bool{}
	for _, p := range before.Pages {
		had[p.File] = true
	}
	for _, p := range after.Pages {
		has[p.File] = true
	}
	left := map[string]bool{} // files with a page no more, or none
	for f := range had {
		left[f] = f != "" && !has[f]
	}
	for f := range added {
		left[f] = !has[f]
	}
	old := map[string]bool{}
	for _, w := range before.Warnings() {
		old[w.Error()] = true
	}
	var out []string
	for _, w := range after.Warnings() {
		if left[w.File] && !old[w.Error()] {
			out = append(out, w.Error())
		}
	}
	return out
}

// leaves are the errors err joins, each of them, or err.
func leaves(err error) []error {
	var j interface{ Unwrap() []error }
	if !errors.As(err, &j) {
		return []error{err}
	}
	var out []error
	for _, e := range j.Unwrap() {
		out = append(out, leaves(e)...)
	}
	return out
}
