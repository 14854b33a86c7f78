package main

import (
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"github.com/vestis-ssg/vestis/internal/build"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/hugoimport"
)

// runImport brings a site made for another generator over: today Hugo's.
func runImport(args []string, stdout, stderr io.Writer) int {
	const use = "Usage: vestis import hugo [DIR] [flags]\n\n" +
		"Writes DIR/site.yaml (DIR defaults to the current folder) from the Hugo\n" +
		"configuration there, and prints what it could not carry over.\n\n"
	if len(args) == 0 || args[0] != "hugo" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprint(stdout, use)
			return exitOK
		}
		fmt.Fprint(stderr, "vestis import: name the generator the site was made for: hugo\n\n"+use)
		return exitUsage
	}
	fset := flag.NewFlagSet("vestis import hugo", flag.ContinueOnError)
	fset.SetOutput(stderr)
	fset.Usage = func() { fmt.Fprint(stderr, use); fset.PrintDefaults() }
	force := fset.Bool("force", false, "overwrite an existing site.yaml")
	rename := fset.Bool("rename-content", false, "move content kept in one folder per language into content/ as NAME.LANG.md")
	var dirs []string
	for rest := args[1:]; ; {
		if err := fset.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return exitOK
			}
			return exitUsage
		}
		if fset.NArg() == 0 {
			break
		}
		dirs = append(dirs, fset.Arg(0))
		rest = fset.Args()[1:]
	}
	dir := "."
	switch len(dirs) {
	case 0:
	case 1:
		dir = dirs[0]
	default:
		fmt.Fprintf(stderr, "vestis import hugo: unexpected argument %q\n", dirs[1])
		return exitUsage
	}
	show := func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }

	site := os.DirFS(dir)
	cfg, sources, err := hugoimport.Load(site)
	var d *diag.Diagnostic
	if errors.As(err, &d) && d.File != "" {
		// The file and line, as build prints them: hugo.toml:3: ...
		d.File = path.Join(filepath.ToSlash(dir), d.File)
		printError(stderr, d)
		return exitError
	}
	if err != nil {
		printError(stderr, fmt.Errorf("vestis import hugo: %s: %w", shownPath(dir), err))
		return exitError
	}
	res, err := hugoimport.ConvertSite(cfg, site)
	var setting *hugoimport.SettingError
	if errors.As(err, &setting) {
		// At their files and lines, in the files' order, as build
		// prints them: hugo.toml:3: ...
		n := setting.Notes
		hugoimport.Locate(site, sources, n)
		slices.SortStableFunc(n, func(a, b hugoimport.Note) int {
			return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
		})
		for _, note := range n {
			if note.File != "" {
				note.File = path.Join(filepath.ToSlash(dir), note.File)
			}
			fmt.Fprintln(stderr, note.String())
		}
		return exitError
	}
	if err != nil {
		fmt.Fprintf(stderr, "vestis import hugo: %v\n", err)
		return exitError
	}
	hugoimport.Locate(site, sources, res.Notes)
	if _, err := os.Lstat(show("site.yaml")); err == nil && !*force {
		fmt.Fprintf(stderr, "vestis import hugo: %s exists; run again with --force to overwrite it\n", show("site.yaml"))
		return exitError
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		fmt.Fprintf(stderr, "vestis import hugo: %v\n", err)
		return exitError
	}
	defer root.Close()
	// A theme's own example site reads the theme it is in: copied into
	// themes/NAME/, the site is converted again, as one with that theme.
	// The conversion reads each copied theme whole, from where it is.
	whole := themesFrom{site: site, themes: map[string]fs.FS{}}
	if name, from, err := copyDemoTheme(root, dir, cfg, site, stdout); err != nil {
		fmt.Fprintf(stderr, "vestis import hugo: %v\n", err)
		return exitError
	} else if name != "" {
		// The theme is in themes/ now: a themesDir "../.." of the
		// configuration (DoIt's) no longer says where it is.
		cfg = maps.Clone(cfg)
		delete(cfg, "themesdir")
		whole.themes[name] = from
		if res, err = hugoimport.ConvertSite(cfg, whole); err != nil {
			fmt.Fprintf(stderr, "vestis import hugo: %v\n", err)
			return exitError
		}
		hugoimport.Locate(site, sources, res.Notes)
	}
	// Modules vendored into _vendor/ (hugo mod vendor) are read as themes,
	// copied into themes/: the site is converted again with them.
	// So are modules Hugo reads from a folder named by go.mod's replace
	// (a theme's demo site's ../).
	vendored := hugoimport.VendoredModules(cfg, site)
	local := hugoimport.LocalModules(cfg, site, func(d string) (fs.FS, error) {
		return moduleFolder(dir, d)
	}, vendored)
	if mods := append(vendored, local...); len(mods) > 0 {
		if err := copyVendored(root, mods, stdout); err != nil {
			fmt.Fprintf(stderr, "vestis import hugo: %v\n", err)
			return exitError
		}
		cfg = hugoimport.WithVendored(cfg, mods)
		for _, m := range mods {
			whole.themes[m.Theme] = m.From
		}
		if res, err = hugoimport.ConvertSite(cfg, whole); err != nil {
			fmt.Fprintf(stderr, "vestis import hugo: %v\n", err)
			return exitError
		}
		hugoimport.Locate(site, sources, res.Notes)
	}
	// The files the site mounts elsewhere are copied there first, so that
	// the content moves and the checks below see them where Hugo does.
	if err := copyMounted(root, res.Copies, stdout); err != nil {
		fmt.Fprintf(stderr, "vestis import hugo: %v\n", err)
		return exitError
	}
	var moves []hugoimport.Move
	if res.ContentDirs != nil && *rename {
		if moves, err = hugoimport.PlanContent(site, res.ContentDirs, res.DefaultLanguage); err != nil {
			fmt.Fprintf(stderr, "vestis import hugo: %v; nothing written\n", err)
			return exitError
		}
	}
	siteYAML := res.SiteYAML
	if *rename && res.ContentDirs != nil {
		siteYAML = res.RenamedSiteYAML
	}
	if err := root.WriteFile("site.yaml", siteYAML, 0o644); err != nil {
		fmt.Fprintf(stderr, "vestis import hugo: %s: %v\n", show("site.yaml"), unwrapPath(err))
		return exitError
	}
	fmt.Fprintf(stdout, "wrote %s from %s\n", show("site.yaml"), summarize(sources))
	if err := applyMoves(root, moves, res.ContentDirs); err != nil {
		fmt.Fprintf(stderr, "vestis import hugo: %v\n", err)
		return exitError
	}
	if res.ContentDirs != nil {
		var list []string
		for _, lang := range slices.Sorted(maps.Keys(res.ContentDirs)) {
			list = append(list, lang+": "+res.ContentDirs[lang]+"/")
		}
		if *rename {
			var unread []string
			for _, m := range moves {
				if m.Unread {
					unread = append(unread, m.From)
				}
			}
			fmt.Fprintf(stdout, "content: moved %d files from one folder per language (%s) into content/ as NAME.LANG.md\n", len(moves)-len(unread), strings.Join(list, ", "))
			if len(unread) > 0 {
				fmt.Fprintf(stdout, "content: moved what no language of the Hugo site read (%s) to %s/\n", strings.Join(unread, ", "), hugoimport.UnreadDir)
			}
		} else {
			fmt.Fprintf(stdout, "content: one folder per language (%s), read where it is (contentDir in site.yaml); --force --rename-content would move the files into content/ as NAME.LANG.md instead\n", strings.Join(list, ", "))
		}
	}
	for _, code := range slices.Sorted(maps.Keys(res.Locales)) {
		from := "locale in site.yaml"
		if f := res.LocaleFrom[code]; f != "" {
			from = "locale in site.yaml, from " + f + "; change it there if that is not the language"
		}
		fmt.Fprintf(stdout, "languages: %q is not a language tag: its pages stay at /%s/ and in files named x.%s.md, as in Hugo, and are marked as %s in lang and hreflang (%s)\n", code, code, code, res.Locales[code], from)
	}
	copied, err := placeholders(root, res.ContentDirs, res.Themes, res.InlineShortcodes, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "vestis import hugo: %v\n", err)
		return exitError
	}
	if err := i18nFiles(root, res.Themes, res.Languages, stdout); err != nil {
		fmt.Fprintf(stderr, "vestis import hugo: %v\n", err)
		return exitError
	}
	if hooks := hugoimport.RenderHooks(whole, res.Themes); len(hooks) > 0 {
		fmt.Fprintf(stdout, "render hooks: vestis does not run Hugo's Markdown render hooks, so the pages' images, links, headings and code blocks are vestis's own Markdown (what a hook adds, a caption or a diagram drawn from a code block, is not there; the code shows as code): %s\n", strings.Join(hooks, ", "))
	}
	own := hugoimport.OwnShortcodes(root.FS(), vestis.Theme(), append(slices.Collect(maps.Values(res.ContentDirs)), "content"))
	if err := settleShortcodes(root, copied, own, stdout); err != nil {
		fmt.Fprintf(stderr, "vestis import hugo: %v\n", err)
		return exitError
	}
	if res, err = moveGenerated(root, cfg, site, res, *rename); err != nil {
		fmt.Fprintf(stderr, "vestis import hugo: %s: %v\n", show("site.yaml"), unwrapPath(err))
		return exitError
	}
	hugoimport.Locate(site, sources, res.Notes)
	checkHugoAddresses(root, res.KeepCase, stdout)
	noteLeftBuild(root, stdout)
	if len(res.Notes) > 0 {
		fmt.Fprintln(stdout, "not carried over:")
		for _, n := range res.Notes {
			fmt.Fprintf(stdout, "  %s\n", n)
		}
	}
	return exitOK
}

// copyMounted copies the files a Hugo module mount shows elsewhere to
// that place (the conversion's note says which mount). A file already there
// is kept: the same file is left as it is, and one that differs is the
// site's own, named on stdout, never overwritten.
func copyMounted(root *os.Root, copies []hugoimport.Copy, stdout io.Writer) error {
	var kept []string
	for _, c := range copies {
		data, err := root.ReadFile(c.From)
		if err != nil {
			return fmt.Errorf("%s: %w", c.From, unwrapPath(err))
		}
		if old, err := root.ReadFile(c.To); err == nil {
			if !bytes.Equal(old, data) {
				kept = append(kept, c.To)
			}
			continue
		}
		if err := root.MkdirAll(path.Dir(c.To), 0o755); err != nil {
			return fmt.Errorf("%s: %w", path.Dir(c.To), unwrapPath(err))
		}
		if err := root.WriteFile(c.To, data, 0o644); err != nil {
			return fmt.Errorf("%s: %w", c.To, unwrapPath(err))
		}
	}
	if len(kept) > 0 {
		fmt.Fprintf(stdout, "module.mounts: kept %s, which the site has already: the mounted file of that name differs (compare them)\n", summarizeList(kept))
	}
	return nil
}

// themesFrom is the site's files, with the folders of themes/ the import
// copied a theme into (a theme's example site's, a module's) read whole
// from where the theme is: the conversion then finds in them what a theme
// checked out into themes/ has beside the files copied (the list layouts
// that give .Paginate its number of pages).
type themesFrom struct {
	site   fs.FS
	themes map[string]fs.FS // by the name of their folder of themes/
}

func (t themesFrom) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if rest, ok := strings.CutPrefix(name, "themes/"); ok {
		theme, sub, _ := strings.Cut(rest, "/")
		if from, ok := t.themes[theme]; ok {
			return from.Open(cmp.Or(sub, "."))
		}
	}
	return t.site.Open(name)
}

// copyDemoTheme copies the theme a theme's example site is in (the folder
// above dir: hugoimport.DemoTheme) into dir's themes/NAME/, a file already
// there kept, and says so; it returns the theme's name and folder, "" and
// nil when it copied none.
func copyDemoTheme(root *os.Root, dir string, cfg map[string]any, site fs.FS, stdout io.Writer) (string, fs.FS, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", nil, err
	}
	parent := os.DirFS(filepath.Dir(abs))
	name, files := hugoimport.DemoTheme(cfg, site, parent)
	if name == "" || len(files) == 0 {
		return "", nil, nil
	}
	if err := copyTheme(root, parent, "..", name, files); err != nil {
		return "", nil, err
	}
	fmt.Fprintf(stdout, "theme: the site is the example site of the theme %s, the folder it is in (../), which Hugo reads with --themesDir ../..: copied its static/, assets/, data/, i18n/, shortcodes and partials (%d files) into themes/%s/, and nothing else of it (vestis runs no other Hugo layouts)\n", name, len(files), name)
	return name, parent, nil
}

// copyTheme copies files of the folder from (shown as shown in errors) into
// themes/NAME/, a file already there kept.
func copyTheme(root *os.Root, from fs.FS, shown, name string, files []string) error {
	for _, f := range files {
		data, err := fs.ReadFile(from, f)
		if err != nil {
			return fmt.Errorf("%s: %w", path.Join(shown, f), unwrapPath(err))
		}
		to := path.Join("themes", name, f)
		if _, err := root.Stat(to); err == nil {
			continue
		}
		if err := root.MkdirAll(path.Dir(to), 0o755); err != nil {
			return fmt.Errorf("%s: %w", path.Dir(to), unwrapPath(err))
		}
		if err := root.WriteFile(to, data, 0o644); err != nil {
			return fmt.Errorf("%s: %w", to, unwrapPath(err))
		}
	}
	return nil
}

// copyVendored copies what vestis reads of each module of _vendor/, or of
// a folder go.mod's replace names, into themes/NAME/
// (hugoimport.VendoredModules, LocalModules), and says so.
func copyVendored(root *os.Root, mods []hugoimport.VendoredModule, stdout io.Writer) error {
	for _, replaced := range []bool{false, true} {
		var names []string
		n := 0
		for _, m := range mods {
			if m.Replaced != replaced {
				continue
			}
			if err := copyTheme(root, m.From, m.Dir, m.Theme, m.Files); err != nil {
				return err
			}
			if m.Enclosing {
				names = append(names, fmt.Sprintf("%s from %s as themes/%s/ (the module of %s/go.mod: the site is in the theme's folder)", m.Path, m.Dir, m.Theme, m.Dir))
			} else if replaced {
				names = append(names, fmt.Sprintf("%s from %s as themes/%s/", m.Path, m.Dir, m.Theme))
			} else {
				names = append(names, fmt.Sprintf("%s as themes/%s/", m.Path, m.Theme))
			}
			n += len(m.Files)
		}
		if len(names) == 0 {
			continue
		}
		where := "in _vendor/ (hugo mod vendor)"
		if replaced {
			where = "that Hugo reads from folders on this computer (a replace in go.mod or module.replacements)"
		}
		fmt.Fprintf(stdout, "modules: the Hugo modules %s are read as Hugo themes: copied their static/, assets/, data/, i18n/, shortcodes and partials (%d files) into themes/, and nothing else of them (vestis runs no other Hugo layouts, and reads no module's own mounts): %s\n", where, n, strings.Join(names, ", "))
	}
	return nil
}

// moduleFolder is the files of the folder d, named as a Hugo site's go.mod
// or module.replacements names it: relative to the site's folder dir
// (../, a theme's demo site's), or absolute.
func moduleFolder(dir, d string) (fs.FS, error) {
	if !filepath.IsAbs(d) {
		d = filepath.Join(dir, filepath.FromSlash(d))
	}
	info, err := os.Stat(d)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", d)
	}
	return os.DirFS(d), nil
}

// summarizeList names up to three of list, then how many more.
func summarizeList(list []string) string {
	if len(list) <= 3 {
		return strings.Join(list, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(list[:3], ", "), len(list)-3)
}

// applyMoves renames the files of the content conversion inside root, then
// removes the language folders left empty.
func applyMoves(root *os.Root, moves []hugoimport.Move, dirs map[string]string) error {
	for _, m := range moves {
		if err := root.MkdirAll(path.Dir(m.To), 0o755); err != nil {
			return fmt.Errorf("%s: %w", path.Dir(m.To), unwrapPath(err))
		}
		if err := root.Rename(m.From, m.To); err != nil {
			return fmt.Errorf("moving %s to %s: %w", m.From, m.To, unwrapPath(err))
		}
	}
	if len(moves) == 0 {
		return nil
	}
	for _, d := range dirs {
		removeEmpty(root, d)
	}
	return nil
}

// removeEmpty removes dir and the folders below it that hold nothing.
func removeEmpty(root *os.Root, dir string) {
	entries, err := fs.ReadDir(root.FS(), dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.IsDir() {
			removeEmpty(root, path.Join(dir, e.Name()))
		}
	}
	if dir != "content" {
		root.Remove(dir) // fails, as it should, when something is left
	}
}

// summarize names the configuration files read, a folder's files as one.
func summarize(sources []string) string {
	var out []string
	n := map[string]int{}
	for _, s := range sources {
		d := path.Dir(s)
		if d == "." {
			out = append(out, s)
			continue
		}
		if n[d] == 0 {
			out = append(out, d+"/")
		}
		n[d]++
	}
	for i, s := range out {
		if c := n[strings.TrimSuffix(s, "/")]; c > 0 {
			out[i] = fmt.Sprintf("%s (%d files)", s, c)
		}
	}
	return strings.Join(out, ", ")
}

// i18nFiles writes i18n/LANG.yaml for each message file Hugo reads in
// another format (i18n/vi.toml), which vestis does not read, with the
// messages of the Hugo themes.
func i18nFiles(root *os.Root, themes, langs []string, stdout io.Writer) error {
	files, skipped, err := hugoimport.I18nFiles(root.FS(), themes, langs)
	if err != nil {
		return err
	}
	for _, s := range skipped {
		fmt.Fprintf(stdout, "i18n: left out %s\n", s)
	}
	for _, f := range files {
		if err := root.MkdirAll(path.Dir(f.To), 0o755); err != nil {
			return fmt.Errorf("%s: %w", path.Dir(f.To), unwrapPath(err))
		}
		if err := root.WriteFile(f.To, f.Data, 0o644); err != nil {
			return fmt.Errorf("%s: %w", f.To, unwrapPath(err))
		}
		if f.Added > 0 {
			fmt.Fprintf(stdout, "i18n: added to %s the messages of %s it lacked (%d), as Hugo reads a theme's messages below the site's\n", f.To, f.From, f.Added)
			continue
		}
		fmt.Fprintf(stdout, "i18n: wrote %s from %s (vestis reads messages from YAML files only)\n", f.To, f.From)
	}
	return nil
}

// placeholders writes layouts/shortcodes/NAME.html for each shortcode the
// content uses that neither vestis nor the site has: the Hugo theme's own
// template when the theme (one of themes) has it, which vestis may run as
// Hugo does (settleShortcodes tries), else a placeholder that shows the inner
// text, so that the site builds and no page shows shortcode syntax. It
// returns the shortcodes copied from a theme.
func placeholders(root *os.Root, dirs map[string]string, themes []string, inline bool, stdout io.Writer) ([]hugoimport.Shortcode, error) {
	missing := hugoimport.MissingShortcodes(root.FS(), vestis.Theme(), append(slices.Collect(maps.Values(dirs)), "content"))
	var copied, placed []hugoimport.Shortcode
	for _, sc := range missing {
		data := []byte(hugoimport.Placeholder(sc))
		if src := hugoimport.ThemeShortcode(root.FS(), themes, sc.Name); src != "" {
			b, err := root.ReadFile(src)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", src, unwrapPath(err))
			}
			data = b
			copied = append(copied, sc)
		} else {
			placed = append(placed, sc)
		}
		if err := writeShortcode(root, sc.Name, data); err != nil {
			return nil, err
		}
	}
	if len(copied) > 0 {
		fmt.Fprintf(stdout, "shortcodes: %d the content uses are the Hugo theme's: copied into layouts/shortcodes/, to run as Hugo runs them:\n", len(copied))
		for _, sc := range copied {
			fmt.Fprintf(stdout, "  layouts/shortcodes/%s.html (%s)\n", sc.Name, usesIn(sc.Uses, sc.Files))
		}
	}
	if len(placed) > 0 {
		fmt.Fprintf(stdout, "shortcodes: %d the content uses are neither vestis's nor in layouts/shortcodes/ (the theme's, not carried over); placeholders that show their inner text were written, to be replaced by what they should show:\n", len(placed))
		for _, sc := range placed {
			fmt.Fprintf(stdout, "  layouts/shortcodes/%s.html (%s)\n", sc.Name, usesIn(sc.Uses, sc.Files))
		}
	}
	// An inline shortcode: where the Hugo configuration does not run them,
	// Hugo shows nothing, and so does the file written; where it does,
	// vestis cannot, and the build says so at each use.
	for _, sc := range hugoimport.InlineShortcodes(root.FS(), append(slices.Collect(maps.Values(dirs)), "content")) {
		base := strings.TrimSuffix(sc.Name, ".inline")
		if !inline {
			if err := writeShortcode(root, sc.Name, []byte(hugoimport.InlineOff(sc.Name))); err != nil {
				return nil, err
			}
			fmt.Fprintf(stdout, "shortcodes: %s is an inline shortcode (its template written in the page), used %d times in %d files, first at %s; the Hugo configuration does not enable inline shortcodes, so Hugo shows nothing there: layouts/shortcodes/%s.html, which shows nothing, was written; to show what it was meant to, write the template as layouts/shortcodes/%s.html and the pages as {{< %s >}}\n",
				sc.Name, sc.Uses, sc.Files, sc.First, sc.Name, base, base)
			continue
		}
		fmt.Fprintf(stdout, "shortcodes: %s is an inline shortcode (its template written in the page), used %d times in %d files, first at %s, which Hugo runs (enableInlineShortcodes) and vestis does not: write the template as layouts/shortcodes/%s.html and the pages as {{< %s >}}\n",
			sc.Name, sc.Uses, sc.Files, sc.First, base, base)
	}
	return copied, nil
}

// writeShortcode writes layouts/shortcodes/NAME.html.
func writeShortcode(root *os.Root, name string, data []byte) error {
	file := path.Join("layouts/shortcodes", name+".html")
	if err := root.MkdirAll(path.Dir(file), 0o755); err != nil {
		return fmt.Errorf("%s: %w", path.Dir(file), unwrapPath(err))
	}
	if err := root.WriteFile(file, data, 0o644); err != nil {
		return fmt.Errorf("%s: %w", file, unwrapPath(err))
	}
	return nil
}

// settleShortcodes builds the imported site in memory and puts a placeholder
// in place of each shortcode copied from the theme that fails where a page
// uses it (a function, method or file vestis lacks), naming its first error,
// so that the site builds; so it does for each of vestis's own shortcodes
// that Hugo lacks (own, notice) that fails there: the content means a
// shortcode of the Hugo site's, from a module the import cannot bring, with
// other arguments. What else fails is the build's to report.
func settleShortcodes(root *os.Root, copied, own []hugoimport.Shortcode, stdout io.Writer) error {
	if len(copied)+len(own) == 0 {
		return nil
	}
	_, err := build.Build(build.Options{Site: root.FS(), Theme: vestis.Theme(), LazyCards: true})
	failed := hugoimport.FailedShortcodes(err)
	for i, sc := range slices.Concat(copied, own) {
		d := failed[strings.ToLower(sc.Name)]
		if d == nil {
			continue
		}
		if err := writeShortcode(root, sc.Name, []byte(hugoimport.Placeholder(sc))); err != nil {
			return err
		}
		whose := "the theme's " + sc.Name + " does not run in vestis"
		if i >= len(copied) {
			whose = "vestis's own " + sc.Name + " does not take what the content gives it, which means a shortcode of the Hugo site's (a module's or a theme's) of that name"
		}
		fmt.Fprintf(stdout, "shortcodes: %s (%s); a placeholder that shows its inner text was written in its place\n", whose, d)
	}
	return nil
}

// noteLeftBuild says, once, when public/ holds files that no vestis build
// wrote (no manifest lists them: a Hugo build left there), that vestis
// build will refuse to replace them, and what to do, so that the user
// learns it from the import's report rather than from the first build.
func noteLeftBuild(root *os.Root, stdout io.Writer) {
	entries, err := fs.ReadDir(root.FS(), "public")
	if err != nil || len(entries) == 0 {
		return
	}
	if _, err := root.Stat(path.Join("public", build.ManifestName)); err == nil {
		return
	}
	fmt.Fprintf(stdout, "public/: holds files no vestis build wrote (a Hugo build, say), which vestis build will not replace, so that none of yours is lost; if it is only an earlier build, run vestis build --clean once (it deletes them), or build elsewhere with --destination DIR\n")
}

// usesIn says how often a shortcode is used, and in how many files, in
// words that count: "1 use in 1 file", "3 uses in 2 files".
func usesIn(uses, files int) string {
	word := func(n int, one string) string {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %ss", n, one)
	}
	return word(uses, "use") + " in " + word(files, "file")
}
