package build

import (
	"io"
	"os"
	"path/filepath"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// CheckCacheDir refuses a photo cache where its files would land among the
// user's: the site's folder itself or a folder containing it, a folder vestis
// reads (content/, static/ and the others, reads too: the content folders
// site.yaml names, see ConfigFolders; where resized photos would become part
// of the site), .git/, or the output folder dest (whose next build would
// delete them, or refuse to run); dest is "" when nothing is written (vestis
// serve). It shares locate with CheckDestination. Elsewhere inside the site,
// say .cache/, is fine. name and destName are how the user named the cache
// and dest, for the message. It writes nothing.
func CheckCacheDir(source, cache, name, dest, destName string, reads ...string) error {
	if cache == "" {
		return nil
	}
	refuse := func(format string, args ...any) error {
		return diag.Errorf("", 0, "%s "+format, append([]any{name}, args...)...)
	}
	at, err := locate(source, cache, reads)
	if err != nil {
		return nil // the build reports a cache it cannot use
	}
	switch {
	case at.site:
		return refuse("is the site's folder: resized photos would be written among its files; choose a folder outside the site, or one such as .cache inside it")
	case at.above:
		return refuse("contains the site's folder: resized photos would be written beside its files; choose a folder of its own, such as .cache inside the site")
	case at.in != nil:
		return refuse("is inside the site's %s/, %s; choose a folder outside it, such as .cache", at.in.name, at.in.why)
	}
	if dest != "" && inside(cache, dest) {
		return refuse("is inside the output folder %s, which every build replaces; choose a folder outside it, such as .cache", destName)
	}
	return nil
}

// inside reports whether dir is folder or lies inside it, both resolved
// and compared as files.
func inside(dir, folder string) bool {
	d, err := resolvePath(dir)
	if err != nil {
		return false
	}
	f, err := resolvePath(folder)
	if err != nil {
		return false
	}
	fInfo, ferr := os.Stat(f)
	for p := d; ; p = filepath.Dir(p) {
		if p == f {
			return true
		}
		if ferr == nil {
			if pi, err := os.Stat(p); err == nil && os.SameFile(pi, fInfo) {
				return true
			}
		}
		if filepath.Dir(p) == p {
			return false
		}
	}
}

// CheckProfile refuses a file to write a profile into (--cpuprofile,
// --memprofile) that holds something else: a file there already that is no
// profile (site.yaml, a page: it would be overwritten before the build
// began), a file in a folder vestis reads (locate) or in the output folder
// dest, which the build replaces. name is how the user named it.
func CheckProfile(source, file, name, dest, destName string, reads ...string) error {
	refuse := func(format string, args ...any) error {
		return diag.Errorf("", 0, "%s "+format, append([]any{name}, args...)...)
	}
	if info, err := os.Stat(file); err == nil {
		if !info.Mode().IsRegular() {
			return refuse("is not a file; choose a new file name, such as cpu.pprof")
		}
		if info.Size() > 0 {
			f, err := os.Open(file)
			if err != nil {
				return refuse("cannot be read: %v", err)
			}
			magic := make([]byte, 2)
			_, err = io.ReadFull(f, magic)
			f.Close()
			if err != nil || magic[0] != 0x1f || magic[1] != 0x8b { // a profile is gzip-compressed
				return refuse("is a file that is not a profile; writing the profile would overwrite it; choose a new file name, such as cpu.pprof")
			}
		}
	}
	at, err := locate(source, filepath.Dir(file), reads)
	if err != nil {
		return nil // os.Create reports it
	}
	if at.in != nil {
		return refuse("is inside the site's %s/, %s; choose a file outside it, such as cpu.pprof", at.in.name, at.in.why)
	}
	if dest != "" && inside(filepath.Dir(file), dest) {
		return refuse("is inside the output folder %s, which the build replaces; choose a file outside it, such as cpu.pprof", destName)
	}
	return nil
}
