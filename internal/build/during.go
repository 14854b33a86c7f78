package build

import (
	"errors"
	"slices"

	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/diag"
)

// SavedDuring returns the files that err says were saved, deleted or
// renamed while the build read them (content.ErrChanged, content.ErrGone),
// sorted: no mistake of the author's, but the later saves of one burst (sed
// -i on several pages, an editor's "save all", git checkout) read half-way.
// The dev server builds them again as saved rather than show the error.
// It returns nil when err holds none.
func SavedDuring(err error) []string {
	var files []string
	for _, d := range diag.Flatten(err) {
		if !errors.Is(d, content.ErrChanged) && !errors.Is(d, content.ErrGone) {
			continue
		}
		// The file is the innermost diagnostic's that names one: a layout's
		// error wraps the page's.
		at := d
		for at.File == "" {
			var inner *diag.Diagnostic
			if !errors.As(at.Err, &inner) {
				break
			}
			at = inner
		}
		if at.File != "" {
			files = append(files, at.File)
		}
	}
	slices.Sort(files)
	return slices.Compact(files)
}
