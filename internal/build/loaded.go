package build

import (
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// loadedFolders are the folders of the site that a save in loads again as a
// whole (layouts, messages, data), and those of its Hugo themes.
var loadedFolders = []string{"layouts", "i18n", "data", "themes/*/layouts", "themes/*/data"}

// inLoadedFolder reports whether the site's path p is in, or is, one of
// loadedFolders.
func inLoadedFolder(p string) bool {
	for _, pattern := range loadedFolders {
		n := strings.Count(pattern, "/") + 1
		parts := strings.SplitN(p, "/", n+1)
		if len(parts) < n {
			continue
		}
		if ok, _ := path.Match(pattern, strings.Join(parts[:n], "/")); ok {
			return true
		}
	}
	return false
}

// loadedFiles are the paths of the files below the site's loadedFolders,
// sorted: what a load of layouts, messages and data may read, and the
// folders there that are no plain folder (a name the load warns of). They
// are listed before the load reads them, so that a file the load read is
// among them (one made while it ran is named by a save of its own).
func loadedFiles(fsys fs.FS) []string {
	files := []string{} // not nil: none found (emptiedLoaded)
	for _, pattern := range loadedFolders {
		dirs, _ := fs.Glob(fsys, pattern)
		for _, dir := range dirs {
			_ = fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
				if err == nil && (!d.IsDir() || !plainFolder(fsys, p)) {
					files = append(files, p)
				}
				return nil
			})
		}
	}
	slices.Sort(files)
	return files
}

// emptiedLoaded reports whether the site's path p, in a loaded folder,
// is gone and held none of the files listed at the last load of layouts,
// messages and data (loaded): an empty folder removed (rmdir
// layouts/partials/cards, a file manager's delete), or a file made and
// removed since, changes nothing, where it loaded the layouts again and
// rebuilt the site. Nothing is known before the first load.
func (st *state) emptiedLoaded(p string) bool {
	if st.loaded == nil || !inLoadedFolder(p) {
		return false
	}
	if _, err := fs.Lstat(st.opts.Site, p); !errors.Is(err, fs.ErrNotExist) {
		return false
	}
	if _, found := slices.BinarySearch(st.loaded, p); found {
		return false
	}
	i, _ := slices.BinarySearch(st.loaded, p+"/")
	return i == len(st.loaded) || !strings.HasPrefix(st.loaded[i], p+"/")
}
