package build

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/diag"
)

// guarded is a folder of a site that an output folder must stay out of, and
// why, in the user's terms.
type guarded struct{ name, why string }

// guardedFolders are the folders vestis reads (themes/ too, where a Hugo
// theme's files are read from; data/ and assets/, which layouts and
// shortcodes read; reads, the folders of the site's configuration: a
// language's contentDir, contentMounts), and git's.
func guardedFolders(reads []string) []guarded {
	out := make([]guarded, 0, len(siteFolders)+4+len(reads))
	for _, f := range siteFolders {
		out = append(out, guarded{f.name, "which vestis reads"})
	}
	for _, r := range reads {
		r = filepath.Clean(filepath.FromSlash(r))
		if r != "." && !filepath.IsAbs(r) && !strings.HasPrefix(r, "..") {
			out = append(out, guarded{filepath.ToSlash(r), "which vestis reads (site.yaml names it)"})
		}
	}
	return append(out, guarded{"themes", "which vestis reads"}, guarded{"data", "which vestis reads"}, guarded{"assets", "which vestis reads"},
		guarded{".git", "where git keeps the site's history"})
}

// ConfigFolders are the folders of a site that its configuration says
// vestis reads, beyond the fixed ones (content/, layouts/, ...): each
// language's contentDir and contentMounts, for CheckDestination.
func ConfigFolders(cfg *config.Config) []string {
	var out []string
	for _, r := range cfg.ContentRoots() {
		out = append(out, r.Dir)
	}
	return out
}

// place says where a folder a flag names lies in relation to a site: the
// one guard that --destination and --cacheDir share (locate).
type place struct {
	// site: the folder is the site's folder; above: it contains the site.
	site, above bool
	// in is the guarded folder it is or lies inside, nil when none; exact
	// says it is that folder itself.
	in    *guarded
	exact bool
}

// locate finds where dir (resolved: symbolic links and ".." followed one
// element at a time, as the system does) lies in relation to the site at
// source: the site's folder, a folder the site holds that vestis reads (see
// guardedFolders; one the site does not have yet is found by its path, as
// written into it would be read by the next build), or a folder containing
// the site. Folders are compared as files (os.SameFile), so that no spelling
// of a path slips through. A site folder that cannot be read is no place.
func locate(source, dir string, reads []string) (place, error) {
	src, err := resolvePath(source)
	if err != nil {
		return place{}, nil // the build reports a site folder it cannot read
	}
	srcInfo, err := os.Stat(src)
	if err != nil {
		return place{}, nil
	}
	d, err := resolvePath(dir)
	if err != nil {
		return place{}, err
	}
	folders := guardedFolders(reads)
	infos := make([]fs.FileInfo, len(folders))
	for i, f := range folders {
		infos[i], _ = os.Stat(filepath.Join(src, f.name))
	}
	for p := d; ; p = filepath.Dir(p) {
		for i := range folders {
			if infos[i] == nil && p == filepath.Join(src, folders[i].name) {
				return place{in: &folders[i], exact: p == d}, nil
			}
		}
		if info, err := os.Stat(p); err == nil {
			if os.SameFile(info, srcInfo) {
				if p == d {
					return place{site: true}, nil
				}
				return place{}, nil // inside the site, in a folder vestis does not read
			}
			for i := range folders {
				if infos[i] != nil && os.SameFile(info, infos[i]) {
					return place{in: &folders[i], exact: p == d}, nil
				}
			}
		}
		if filepath.Dir(p) == p {
			break
		}
	}
	if info, err := os.Stat(d); err == nil && info.IsDir() {
		for p := filepath.Dir(src); ; p = filepath.Dir(p) {
			if pi, err := os.Stat(p); err == nil && os.SameFile(pi, info) {
				return place{above: true}, nil
			}
			if filepath.Dir(p) == p {
				break
			}
		}
	}
	return place{}, nil
}

// CheckDestination refuses an output folder that a build would replace with
// the site's files while it holds what the user needs: the site's folder
// itself, a folder that contains it, a folder inside content/, layouts/,
// static/, i18n/, archetypes/, themes/, data/, assets/, a folder in reads
// (see ConfigFolders) or .git/ (whether or not the site has it yet), the user's home folder or one that contains it, or something that
// is not a folder (see locate). name is how the user named dest (say
// "--destination content/out"), for the message.
// It writes nothing, and is meant to run before any work.
func CheckDestination(source, dest, name string, reads ...string) error {
	refuse := func(format string, args ...any) error {
		return diag.Errorf("", 0, "%s "+format, append([]any{name}, args...)...)
	}
	cannot := func(err error) error {
		return diag.Wrap("", 0, err, name+" cannot be used: "+err.Error())
	}
	if i := strings.IndexFunc(dest, unicode.IsControl); i >= 0 {
		// Pasted with it: a folder no one can type, whose name a terminal
		// shows as nothing or garbled.
		r, _ := utf8.DecodeRuneInString(dest[i:])
		return refuse("holds the invisible control character U+%04X, most likely pasted with the name; type the folder's name again", r)
	}
	if info, err := os.Lstat(dest); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		if _, err := os.Stat(dest); errors.Is(err, fs.ErrNotExist) {
			target, _ := os.Readlink(dest)
			return refuse("is a symbolic link to %s, which does not exist; create that folder, or choose another, such as public", target)
		}
	}
	at, err := locate(source, dest, reads)
	if err != nil {
		return cannot(err)
	}
	switch {
	case at.site:
		return refuse("is the site's folder itself; vestis would replace the whole site with its output; choose a folder inside it that vestis does not read, such as public")
	case at.in != nil && at.exact:
		return refuse("is the site's %s/, %s; choose a folder outside it, such as public", at.in.name, at.in.why)
	case at.in != nil:
		return refuse("is inside %s/, %s; choose a folder outside it, such as public", at.in.name, at.in.why)
	}
	d, err := resolvePath(dest)
	if err != nil {
		return cannot(err)
	}
	info, err := os.Stat(d)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return cannot(err)
	}
	if !info.IsDir() {
		return refuse("is a file, not a folder; vestis would delete it; choose a folder, such as public")
	}
	if at.above {
		return refuse("contains the site's folder; vestis would replace the whole site with its output; choose a folder inside the site that vestis does not read, such as public")
	}
	// dest is, or contains, the user's home folder: never a site's output,
	// and --clean would delete everything in it.
	if home, err := os.UserHomeDir(); err == nil {
		if h, err := resolvePath(home); err == nil {
			for p := h; ; p = filepath.Dir(p) {
				if pi, err := os.Stat(p); err == nil && os.SameFile(pi, info) {
					if p == h {
						return refuse("is your home folder; vestis would replace everything in it with the site; choose a folder of its own, such as public in the site's folder")
					}
					return refuse("contains your home folder; vestis would replace everything in it with the site; choose a folder of its own, such as public in the site's folder")
				}
				if filepath.Dir(p) == p {
					break
				}
			}
		}
	}
	return nil
}

// resolvePath makes p absolute and resolves its symbolic links and ".." one
// element at a time, as the system does: "link/.." is the folder above the
// link's target, not the folder holding the link. The part of p that does not
// exist yet is joined as written.
func resolvePath(p string) (string, error) {
	sep := string(filepath.Separator)
	if !filepath.IsAbs(p) {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		p = wd + sep + p // not filepath.Join, which would clean ".." away
	}
	vol := filepath.VolumeName(p)
	cur := vol + sep
	exists := true
	for _, elem := range strings.Split(filepath.ToSlash(p[len(vol):]), "/") {
		switch elem {
		case "", ".":
			continue
		case "..":
			cur = filepath.Dir(cur)
			continue
		}
		next := filepath.Join(cur, elem)
		if exists {
			_, err := os.Lstat(next)
			switch {
			case err == nil:
				r, err := filepath.EvalSymlinks(next)
				if err != nil {
					return "", err
				}
				cur = r
				continue
			case errors.Is(err, fs.ErrNotExist):
				exists = false
			default:
				return "", fmt.Errorf("%s: %w", next, err)
			}
		}
		cur = next
	}
	return cur, nil
}
