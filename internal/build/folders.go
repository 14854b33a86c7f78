package build

import (
	"errors"
	"io/fs"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// siteFolders are the folders of a site that vestis reads, and what for.
var siteFolders = []struct{ name, holds string }{
	{"content", "the pages"},
	{"layouts", "the site's own layouts"},
	{"i18n", "the interface messages"},
	{"static", "files copied as they are"},
	{"archetypes", "the front matter of new pages"},
}

// checkFolders reports a missing content/ and a site folder that is there but
// is not a folder (a file saved as "layouts", say), which would otherwise read
// as an empty folder and give puzzling errors about missing layouts or pages.
// Languages with folders of their own (contentDir) need no content/. A Hugo
// theme site.yaml names (hugoThemes) must be a folder of themes/.
func checkFolders(site fs.FS, cfg *config.Config) error {
	var errs diag.List
	own := cfg.ContentRoots()[0].Dir != "content"
	for _, f := range siteFolders {
		info, err := fs.Stat(site, f.name)
		var out *diag.Diagnostic
		switch {
		case errors.Is(err, fs.ErrNotExist) && f.name == "content" && !own:
			errs = append(errs, diag.Errorf("content", 0, "no such folder: a site keeps its pages in content/, beside site.yaml"))
		case errors.Is(err, fs.ErrNotExist):
		case errors.Is(err, sitefs.ErrOutside) && errors.As(err, &out):
			errs = append(errs, out)
		case err != nil:
			errs = append(errs, diag.Wrap(f.name, 0, err, "cannot read it: "+err.Error()))
		case !info.IsDir():
			errs = append(errs, diag.Errorf(f.name, 0, "is a file, but vestis reads %s from a folder of this name: remove or rename the file", f.holds))
		}
	}
	for _, name := range cfg.HugoThemes {
		dir := "themes/" + name
		if info, err := fs.Lstat(site, dir); err == nil && info.Mode()&fs.ModeSymlink != 0 {
			errs = append(errs, diag.Errorf(dir, 0, "a symbolic link; vestis publishes only the files inside the site, and this theme's static/ (hugoThemes) would be left out: replace the link with a copy of the theme, or remove %q from hugoThemes", name))
			continue
		}
		if info, err := fs.Stat(site, dir); err != nil || !info.IsDir() {
			errs = append(errs, diag.Errorf("site.yaml", cfg.HugoThemesLine, "hugoThemes: there is no folder %s, whose static/ files would be published (a git submodule not checked out? git submodule update --init); remove %q from hugoThemes, or add the theme", dir, name))
		}
	}
	return errs.Err()
}

// namedFolders are the folders of a site, besides content/ (which
// content.Load checks), whose files and folders checkSameNames compares.
var namedFolders = []string{"layouts", "data", "i18n", "static", "assets", "archetypes"}

// checkSameNames reports two files or folders of one folder of the site's
// layouts/, data/, i18n/, static/, assets/ or archetypes/ whose names differ
// only in letter case or in how their accents are stored
// (sitefs.SameNames): a checkout on macOS or Windows keeps one of the two,
// or mixes two folders, and builds another site than Linux (a partial
// Card.html beside card.html, a data file Kontakti.yaml beside
// kontakti.yaml, static/Img/ beside static/img/). Only the folders changes
// touch are walked again; all when full.
func checkSameNames(site fs.FS, changes *changeSet, full bool) error {
	var errs diag.List
	for _, dir := range namedFolders {
		if !full && !touches(changes, dir) {
			continue
		}
		errs = append(errs, sitefs.SameNames(site, dir)...)
	}
	return errs.Sort().Err()
}

// touches reports whether changes may have added a file or folder to dir.
func touches(c *changeSet, dir string) bool {
	switch dir {
	case "layouts":
		return c.layouts
	case "data":
		return c.data
	case "i18n":
		return c.i18n
	}
	return slices.ContainsFunc(c.copied, func(p string) bool { return strings.HasPrefix(p, dir+"/") })
}
