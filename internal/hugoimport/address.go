package hugoimport

import (
	"strings"

	"github.com/vestis-ssg/vestis/internal/slug"
)

// Urlize is a path segment as Hugo makes it of a slug (slug.Hugo): lower
// case unless keepCase (Hugo's disablePathToLower), letters of every script
// kept ("Über Straße" is über-straße).
func Urlize(s string, keepCase bool) string { return slug.Hugo(s, keepCase) }

// WithoutAccents is an address as Hugo's removePathAccents makes it: its
// letters without their accents (ankundigung for ankündigung).
func WithoutAccents(s string) string { return slug.RemoveAccents(s) }

// HugoPath is the address Hugo gives a page without url or a permalink
// pattern: below the language's root (root, "/" or "/fr/"), the folders of
// its file (dir, relative to content/) and, for a regular page, its slug
// (a path of segments too, urlized: see Urlize) or else its file's
// (bundle's) name base, whose spaces are each a hyphen, as the folders'
// are (slug.HugoName: "a  b.md" is a--b, slug: a  b is a-b).
func HugoPath(root, dir, slugged, base string, keepCase bool) string {
	var segs []string
	for _, s := range strings.Split(dir, "/") {
		if s != "" {
			segs = append(segs, slug.HugoName(s, keepCase))
		}
	}
	if slugged == "" && base != "" {
		segs = append(segs, slug.HugoName(base, keepCase))
	}
	for _, s := range strings.Split(slugged, "/") { // a slug written as a path (/about/team)
		if s != "" {
			segs = append(segs, Urlize(s, keepCase))
		}
	}
	if len(segs) == 0 {
		return root
	}
	return root + strings.Join(segs, "/") + "/"
}
