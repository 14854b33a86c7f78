package sitefs

import (
	"io/fs"
	"path"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// Folds collects the files and folders of a walk by their folder and their
// name as macOS and Windows compare names: in any letter case, and with
// accents stored either way (Unicode NFC and NFD). Two names of one folder
// that compare equal so are one file or folder there, where Linux keeps
// two: a checkout on macOS or Windows mixes two folders' files and keeps
// one of two files, and builds another site than Linux does.
type Folds struct {
	byKey map[string][]folded
}

type folded struct {
	path string
	dir  bool
}

// Add records the file or folder p (dir says which).
func (f *Folds) Add(p string, dir bool) {
	if f.byKey == nil {
		f.byKey = map[string][]folded{}
	}
	key := path.Dir(p) + "/" + strings.ToLower(norm.NFC.String(path.Base(p)))
	f.byKey[key] = append(f.byKey[key], folded{p, dir})
}

// Diagnostics reports each name that compares equal to another of its
// folder (Folds), at the names after the first in sorted order, naming the
// first: one error for each name a copy on macOS or Windows would lose.
func (f *Folds) Diagnostics() diag.List {
	var out diag.List
	for _, same := range f.byKey {
		if len(same) < 2 {
			continue
		}
		slices.SortFunc(same, func(a, b folded) int { return strings.Compare(a.path, b.path) })
		first := Printable(same[0].path)
		for _, o := range same[1:] {
			what := "file"
			if o.dir {
				what = "folder"
			}
			// What a copy on macOS or Windows makes of the two.
			// (keep is said of macOS and Windows, keeps of macOS alone.)
			keep, keeps, one := "keep", "keeps", "the two as one "+what+", so a copy of the site there has only one of the two files; rename or remove one"
			switch {
			case o.dir != same[0].dir:
				keep, keeps, one = "cannot hold", "cannot hold", "a file and a folder of one name, so a copy of the site there loses one of the two; rename one"
			case o.dir:
				one = "the two as one folder, so a copy of the site there mixes their files and keeps one of two files of the same name; move the files of one into the other"
			}
			if norm.NFC.String(o.path) == norm.NFC.String(same[0].path) {
				out = append(out, diag.Errorf(Printable(o.path), 0, "this %s's name looks the same as that of %s, but its accents are stored differently (Unicode normalization): macOS %s %s", what, first, keeps, one))
				continue
			}
			out = append(out, diag.Errorf(Printable(o.path), 0, "this %s's name differs only in letter case from %s: macOS and Windows %s %s", what, first, keep, one))
		}
	}
	return out.Sort()
}

// SameNames is the Folds diagnostics of the folder dir of fsys and every
// folder below it: hidden files and folders and editors' temporary files
// (Transient), which vestis does not read, are left out, as are what cannot
// be read, which the folder's reader reports. A missing dir has none.
func SameNames(fsys fs.FS, dir string) diag.List {
	var f Folds
	fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p == dir {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") || Transient(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		f.Add(p, d.IsDir())
		return nil
	})
	return f.Diagnostics()
}
