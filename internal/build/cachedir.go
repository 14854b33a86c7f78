package build

import (
	"os"
	"path/filepath"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// CheckCacheDir refuses a photo cache where its files would land among the
// user's: the site's folder itself, a folder vestis reads (content/, static/
// and the others, where resized photos would become part of the site), .git/,
// or the output folder dest (whose next build would delete them, or refuse to
// run); dest is "" when nothing is written (vestis serve). Elsewhere inside the
// site, say .cache/, is fine. name and destName are how the user named the
// cache and dest, for the message. It writes nothing.
func CheckCacheDir(source, cache, name, dest, destName string) error {
	if cache == "" {
		return nil
	}
	c, err := resolvePath(cache)
	if err != nil {
		return nil // the build reports a cache it cannot use
	}
	same := func(p, q string) bool { // both resolved: equal, or one folder by two names
		if p == q {
			return true
		}
		pi, err1 := os.Stat(p)
		qi, err2 := os.Stat(q)
		return err1 == nil && err2 == nil && os.SameFile(pi, qi)
	}
	src, _ := resolvePath(source)
	out := ""
	if dest != "" {
		out, _ = resolvePath(dest)
	}
	refuse := func(format string, args ...any) error {
		return diag.Errorf("", 0, "%s "+format, append([]any{name}, args...)...)
	}
	for p := c; ; p = filepath.Dir(p) {
		switch {
		case p == c && same(p, src):
			return refuse("is the site's folder: resized photos would be written among its files; choose a folder outside the site, or one such as .cache inside it")
		case out != "" && same(p, out):
			return refuse("is inside the output folder %s, which every build replaces; choose a folder outside it, such as .cache", destName)
		}
		for _, f := range guardedFolders(nil) {
			if same(p, filepath.Join(src, f.name)) {
				return refuse("is inside the site's %s/, %s; choose a folder outside it, such as .cache", f.name, f.why)
			}
		}
		if filepath.Dir(p) == p {
			return nil
		}
	}
}
