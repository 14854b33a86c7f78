package hugoimport

import (
	"errors"
	"github.com/vestis-ssg/vestis/internal/diag"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/vestis-ssg/vestis/internal/shortcode"
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// Shortcode is a shortcode the content uses that no template provides: in a
// Hugo site, one of the theme's, which the import does not carry over.
type Shortcode struct {
	Name string
	// Uses is how many times the content uses it, in Files files.
	Uses, Files int
	// Inner: some use of it has a closing tag, so it has inner text.
	Inner bool
	// First is where it is first used, as FILE:LINE.
	First string
}

// MissingShortcodes lists, sorted by name, the shortcodes that the content
// files under dirs use and that neither the site's layouts/shortcodes/ (or
// _shortcodes/) nor theme (vestis's own) has. A file whose shortcodes cannot be read is left
// for the build to report.
//
// A shortcode of vestis's own that is not Hugo's (notice) but that the Hugo
// site's theme (themes/*/layouts/shortcodes/ or _shortcodes/) defines is
// listed too: the
// content means the theme's, whose arguments vestis's may not take.
func MissingShortcodes(site, theme fs.FS, dirs []string) []Shortcode {
	names := func(fsys fs.FS, dir string) map[string]bool {
		out := map[string]bool{}
		fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
				out[strings.TrimSuffix(strings.TrimPrefix(p, dir+"/"), ".html")] = true
			}
			return nil
		})
		return out
	}
	have := names(site, "layouts/shortcodes")
	maps.Copy(have, names(site, "layouts/_shortcodes")) // Hugo 0.146's folder, which vestis reads too
	// A placeholder an earlier import wrote, as it wrote it, is missing
	// still: importing again once the theme or its modules are there (a
	// submodule checked out, hugo mod vendor) puts the theme's in its place.
	for name := range have {
		if isPlaceholder(site, name) {
			delete(have, name)
		}
	}
	themes, _ := fs.Glob(site, "themes/*/layouts/shortcodes")
	newer, _ := fs.Glob(site, "themes/*/layouts/_shortcodes") // Hugo 0.146 on
	themes = append(themes, newer...)
	hugoTheme := map[string]bool{}
	for _, dir := range themes {
		maps.Copy(hugoTheme, names(site, dir))
	}
	for name := range names(theme, "layouts/shortcodes") {
		if !hugoTheme[name] || hugoBuiltins[name] {
			have[name] = true
		}
	}
	// Hugo (0.146 on) finds a shortcode's template whatever the letter
	// case it is written in (relRef is relref), and so does vestis.
	folded := map[string]bool{}
	for name := range have {
		folded[strings.ToLower(name)] = true
	}
	return uses(site, dirs, func(name string) bool {
		return !have[name] && !folded[strings.ToLower(name)] && !strings.Contains(name, "..") && !path.IsAbs(name) && !IsInline(name)
	})
}

// IsInline reports whether a shortcode's name is an inline shortcode's
// (NAME.inline): its template is written in the page, between its tags, and
// no theme has it; Hugo runs it only when its configuration enables inline
// shortcodes, and shows nothing otherwise. A placeholder that showed its
// inner text would publish the template as the page's text.
func IsInline(name string) bool {
	return strings.HasSuffix(name, ".inline")
}

// InlineShortcodes lists, sorted by name, the inline shortcodes the content
// files under dirs use (IsInline), which vestis does not run.
func InlineShortcodes(site fs.FS, dirs []string) []Shortcode {
	return uses(site, dirs, IsInline)
}

// OwnShortcodes lists, sorted by name, the uses in the content files under
// dirs of vestis's own shortcodes that Hugo lacks (notice) and that the
// site's layouts/shortcodes/ does not define: in a Hugo site they may mean a
// shortcode of a module the import cannot bring, whose arguments vestis's
// does not take (settleShortcodes finds out).
func OwnShortcodes(site, theme fs.FS, dirs []string) []Shortcode {
	mine := map[string]bool{}
	for _, dir := range []string{"layouts/shortcodes", "layouts/_shortcodes"} {
		entries, _ := fs.ReadDir(site, dir)
		for _, e := range entries {
			mine[strings.ToLower(strings.TrimSuffix(e.Name(), ".html"))] = true
		}
	}
	own := map[string]bool{}
	entries, _ := fs.ReadDir(theme, "layouts/shortcodes")
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".html")
		if !e.IsDir() && !hugoBuiltins[name] && !mine[strings.ToLower(name)] {
			own[name] = true
		}
	}
	return uses(site, dirs, func(name string) bool { return own[name] })
}

// uses counts, sorted by name, the uses of the shortcodes named for which
// keep is true in the content files under dirs. A file whose shortcodes
// cannot be read is left for the build to report.
func uses(site fs.FS, dirs []string, keep func(name string) bool) []Shortcode {
	found := map[string]*Shortcode{}
	seen := map[string]bool{}
	for _, dir := range slices.Compact(slices.Sorted(slices.Values(dirs))) {
		fs.WalkDir(site, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !isContent(p) || seen[p] {
				return nil
			}
			seen[p] = true
			data, err := sitefs.ReadFile(site, p, 256<<20) // never a named pipe, /dev/zero or a disk image
			if err != nil || !shortcode.Has(data) {
				return nil
			}
			items, err := shortcode.Parse(data)
			if err != nil {
				return nil
			}
			inFile := map[string]bool{}
			var walk func([]shortcode.Item)
			walk = func(items []shortcode.Item) {
				for _, it := range items {
					sc := it.Shortcode
					if sc == nil {
						continue
					}
					walk(sc.Inner)
					if !keep(sc.Name) {
						continue
					}
					m := found[sc.Name]
					if m == nil {
						m = &Shortcode{Name: sc.Name, First: p + ":" + strconv.Itoa(sc.Line)}
						found[sc.Name] = m
					}
					m.Uses++
					m.Inner = m.Inner || sc.Closed
					if !inFile[sc.Name] {
						inFile[sc.Name] = true
						m.Files++
					}
				}
			}
			walk(items)
			return nil
		})
	}
	var out []Shortcode
	for _, name := range slices.Sorted(maps.Keys(found)) {
		out = append(out, *found[name])
	}
	return out
}

// hugoBuiltins are the shortcodes Hugo has itself, which vestis runs as Hugo
// does; a theme that has its own of one means much the same.
var hugoBuiltins = map[string]bool{
	"comment": true, "details": true, "figure": true, "gist": true, "highlight": true, "instagram": true,
	"param": true, "qr": true, "ref": true, "relref": true, "tweet": true, "twitter": true, "twitter_simple": true,
	"vimeo": true, "vimeo_simple": true, "x": true, "x_simple": true, "youtube": true,
}

// isPlaceholder reports whether layouts/shortcodes/NAME.html is a
// Placeholder as the import wrote it, not edited since.
func isPlaceholder(site fs.FS, name string) bool {
	data, err := fs.ReadFile(site, path.Join("layouts/shortcodes", name+".html"))
	if err != nil {
		return false
	}
	s := string(data)
	return s == Placeholder(Shortcode{Name: name}) || s == Placeholder(Shortcode{Name: name, Inner: true})
}

// Placeholder is the text of layouts/shortcodes/NAME.html that stands for a
// missing shortcode until it is written: it shows the inner text, if any,
// rendered as the page's Markdown (as themes' shortcodes mostly do with
// markdownify), so that no page shows shortcode or Markdown syntax or loses
// its text.
func Placeholder(sc Shortcode) string {
	body := ""
	if sc.Inner {
		body = "{{ .Markdownify .Inner }}"
	}
	return "{{/* A placeholder written by vestis import hugo for the shortcode \"" + sc.Name +
		"\" of the Hugo site's theme: it shows its inner text. Write what it should show (see docs/templates.md). */}}" + body + "\n"
}

// InlineOff is the text of layouts/shortcodes/NAME.inline.html for an
// inline shortcode of a Hugo site whose configuration does not run them:
// it shows nothing, as Hugo does there.
func InlineOff(name string) string {
	return "{{/* Written by vestis import hugo: the content uses the inline shortcode \"" + name +
		"\", whose template is written in the page, and the Hugo configuration does not enable inline shortcodes, so Hugo shows nothing there, nor does this. To show what it was meant to, write its template here as layouts/shortcodes/" +
		strings.TrimSuffix(name, ".inline") + ".html and the pages as {{< " + strings.TrimSuffix(name, ".inline") + " >}}. */}}\n"
}

// ThemeShortcode is the template of shortcode name in the first of the Hugo
// themes named (themes/NAME/layouts/shortcodes/, or _shortcodes/) that has
// it, its name in any letter case as Hugo finds it; "" when none has. It is
// a regular file (a named pipe would block whoever reads it).
func ThemeShortcode(site fs.FS, themes []string, name string) string {
	for _, theme := range themes {
		for _, dir := range []string{"layouts/shortcodes", "layouts/_shortcodes"} {
			dir = path.Join("themes", theme, dir)
			if p := path.Join(dir, name+".html"); fs.ValidPath(p) && isFile(site, p) {
				return p
			}
			entries, _ := fs.ReadDir(site, dir)
			for _, e := range entries {
				if p := path.Join(dir, e.Name()); strings.EqualFold(e.Name(), name+".html") && isFile(site, p) {
					return p
				}
			}
		}
	}
	return ""
}

func isFile(fsys fs.FS, p string) bool {
	info, err := fs.Stat(fsys, p)
	return err == nil && info.Mode().IsRegular()
}

// FailedShortcodes are the shortcodes that failed where a page used them in
// the build that returned err, by their name in lower case: each with its
// first error.
func FailedShortcodes(err error) map[string]*diag.Diagnostic {
	failed := map[string]*diag.Diagnostic{}
	var list diag.List
	if !errors.As(err, &list) {
		return failed
	}
	for _, d := range list {
		var rerr *shortcode.RunError
		if errors.As(d, &rerr) && failed[strings.ToLower(rerr.Name)] == nil {
			failed[strings.ToLower(rerr.Name)] = d
		}
	}
	return failed
}
