// Package vestis holds the default theme, embedded into the binary: the layouts,
// messages and static files that a site without its own uses.
package vestis

import (
	"embed"
	"io/fs"
	"strings"
)

// layouts/_default and the shortcodes' helper templates are named on their own:
// go:embed skips names starting with "_".
//
//go:embed layouts layouts/_default layouts/shortcodes/_video.html layouts/shortcodes/_post.html i18n static
var theme embed.FS

// Theme returns the default theme as a file system with layouts/, i18n/ and static/.
func Theme() fs.FS { return theme }

//go:embed site.yaml
var exampleConfig string

// ExampleTypes returns the types block of the example site's site.yaml, its
// last key, for test sites and generated corpora with pages of its sections.
func ExampleTypes() string {
	_, types, ok := strings.Cut(exampleConfig, "\ntypes:\n")
	if !ok {
		panic("site.yaml has no types block")
	}
	return "types:\n" + types
}
