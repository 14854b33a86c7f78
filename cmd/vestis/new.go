package main

import (
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vestis-ssg/vestis/internal/archetype"
	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// runNew creates a page in every language of the site from the section's archetype.
func runNew(args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("vestis new", flag.ContinueOnError)
	fset.SetOutput(stderr)
	fset.Usage = func() {
		fmt.Fprint(stderr, "Usage: vestis new SECTION/NAME [flags]\n\n"+
			"Creates content/SECTION/NAME.LANG.md in every language of site.yaml from\n"+
			"archetypes/SECTION.md, else archetypes/default.md, else a built-in archetype.\n\n")
		fset.PrintDefaults()
	}
	title := fset.String("title", "", "the page's title in every language (default: the name in words)")
	source := fset.String("source", ".", "the site's folder (with site.yaml and content/)")
	bundle := fset.Bool("bundle", false, "make a page bundle: content/SECTION/NAME/index.LANG.md")
	only := fset.String("lang", "", "write only these languages' files, separated by commas (a missing translation: --lang en)")
	// Flags may come before or after the name.
	var names []string
	for rest := args; ; {
		if err := fset.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return exitOK
			}
			return exitUsage
		}
		if fset.NArg() == 0 {
			break
		}
		names = append(names, fset.Arg(0))
		rest = fset.Args()[1:]
	}
	switch len(names) {
	case 0:
		fmt.Fprintln(stderr, "vestis new: missing the page's name: vestis new SECTION/NAME [flags], such as news/2024-01-22-kick-off")
		return exitUsage
	case 1:
	default:
		fmt.Fprintf(stderr, "vestis new: unexpected argument %q\n", names[1])
		return exitUsage
	}

	// A control character the build refuses in a page (pasted from a
	// terminal, say) would make a page that does not build.
	if i := strings.IndexFunc(*title, func(r rune) bool {
		return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r <= 0x9f || r == '\ufeff'
	}); i >= 0 {
		r, _ := utf8.DecodeRuneInString((*title)[i:])
		what := fmt.Sprintf("the invisible control character U+%04X", r)
		if r == '\ufeff' {
			what = "the invisible byte order mark U+FEFF (pasted from a file whose first character it was)"
		}
		fmt.Fprintf(stderr, "vestis new: --title: contains %s, which a web page may not hold; delete it\n", what)
		return exitUsage
	}

	// Links out of the folder are refused (sitefs.Root); a folder that is
	// missing is said by what reads site.yaml.
	var site fs.FS = os.DirFS(*source)
	if r, err := sitefs.OpenRoot(*source); err == nil {
		defer r.Close()
		site = r
	}
	cfg, err := config.Load(site, "site.yaml")
	if err != nil {
		printError(stderr, err)
		return exitError
	}
	langs := cfg.LanguageCodes()
	name, err := archetype.ParseName(names[0], langs, *bundle)
	if *only != "" {
		var chosen []string
		for _, l := range strings.Split(*only, ",") {
			l = strings.TrimSpace(l)
			if !slices.Contains(langs, l) {
				fmt.Fprintf(stderr, "vestis new: --lang: %q is not a language of site.yaml (%s)\n", l, strings.Join(langs, ", "))
				return exitUsage
			}
			if !slices.Contains(chosen, l) {
				chosen = append(chosen, l)
			}
		}
		langs = chosen
	}
	if err != nil {
		fmt.Fprintln(stderr, "vestis new:", err)
		return exitUsage
	}
	name.Folders = ownFolders(cfg)
	// show turns a site-relative path into the path the user knows the file by.
	show := func(p string) string { return filepath.Join(*source, filepath.FromSlash(p)) }

	// A folder or file whose name differs only in letter case (or in how
	// its accents are stored) from one that is there: macOS and Windows
	// take the two for one, and the build refuses two such folders.
	for _, p := range name.Conflicts(langs) {
		if !slices.Contains(langs, cfg.DefaultLanguage) && !hasLangSuffix(p, langs) {
			continue // as below
		}
		if have, want := twinOf(site, p); have != "" {
			how := "only in letter case"
			if norm.NFC.String(have) == norm.NFC.String(want) {
				how = "only in how its accents are stored (Unicode normalization)"
			}
			fmt.Fprintf(stderr, "vestis new: %q: %s differs %s from %s, which is there: macOS and Windows keep the two as one (the build refuses two such folders, and two such pages are one address); write the name as %s has it\n",
				names[0], show(want), how, show(have), show(have))
			fmt.Fprintln(stderr, "vestis new: no files created")
			return exitError
		}
	}
	// A language whose page is there keeps it; the others get theirs, in
	// the form the page has (a bundle's translations are bundle files).
	all := cfg.LanguageCodes()
	var missing, kept, there []string // there: of every language, for the page's form
	for _, l := range all {
		var have []string
		for _, p := range name.Conflicts([]string{l}) {
			if l != cfg.DefaultLanguage && !hasLangSuffix(p, all) && !inFolder(p, name.Folders) {
				continue // content/news/a.md is the default language's page
			}
			_, err := os.Lstat(show(p))
			switch {
			case err == nil:
				have = append(have, p)
			case errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR):
				// free; a file where a folder should be is reported when writing
			default:
				fmt.Fprintf(stderr, "%s: %v\n", show(p), unwrapPath(err))
				return exitError
			}
		}
		there = append(there, have...)
		switch {
		case !slices.Contains(langs, l):
		case len(have) == 0:
			missing = append(missing, l)
		default:
			kept = append(kept, have...)
		}
	}
	if len(missing) == 0 {
		for _, p := range kept {
			fmt.Fprintf(stderr, "%s already exists\n", show(p))
		}
		fmt.Fprintln(stderr, "vestis new: no files created")
		return exitError
	}
	if len(there) > 0 {
		name.Bundle = slices.ContainsFunc(there, func(p string) bool { return archetype.IsBundle(p, cfg) })
	}
	langs = missing
	// A name that makes the address of another page of its folder (ā.md
	// beside a.md, "A b.md" beside a-b.md): the build would publish one.
	for i, p := range name.Paths(langs) {
		if other := name.SameAddress(site, cfg, langs[i], p); other != "" {
			fmt.Fprintf(stderr, "vestis new: %q: %s would have the address of %s, which is there (both names make %q in the address): the build would publish only one of the two; choose another name\n",
				names[0], show(p), show(other), cfg.Slug(name.Base))
			fmt.Fprintln(stderr, "vestis new: no files created")
			return exitError
		}
	}

	files, err := archetype.Render(site, name, archetype.Options{
		Title:     *title,
		Languages: langs,
		Now:       time.Now().In(cfg.Location), // today where the site is
		Type:      cfg.TypeOf(name.Section),
		Config:    cfg,
		Timeout:   cfg.Timeout,
	})
	if err != nil {
		printError(stderr, err)
		return exitError
	}
	if trouble := addedTrouble(site, files); len(trouble) > 0 {
		for _, t := range trouble {
			fmt.Fprintf(stderr, "vestis new: %s\n", t)
		}
		fmt.Fprintln(stderr, "vestis new: with the new pages, the build would say so (their address comes from their name, or from a slug or url of the archetype's front matter); mend the archetype, or choose another name")
		fmt.Fprintln(stderr, "vestis new: no files created")
		return exitError
	}
	sectionDir := path.Join(cmp.Or(name.Folders[langs[0]], "content"), name.Section)
	_, err = fs.Stat(site, sectionDir)
	newSection := errors.Is(err, fs.ErrNotExist)
	if err := writeNew(*source, files); err != nil {
		fmt.Fprintln(stderr, err)
		fmt.Fprintln(stderr, "vestis new: no files created")
		return exitError
	}
	for _, f := range files {
		fmt.Fprintln(stdout, show(f.Path))
	}
	for _, p := range kept {
		fmt.Fprintf(stderr, "vestis new: note: %s is there already and was left as it is\n", show(p))
	}
	if newSection {
		fmt.Fprintf(stderr, "vestis new: note: %s is a new section; check its name if you meant an existing one\n", show(sectionDir))
	}
	if len(files) > 0 && bytes.Contains(files[0].Data, []byte("\ndraft: true\n")) {
		fmt.Fprintln(stderr, "vestis new: note: the pages are drafts: vestis serve --drafts shows them; delete the line draft: true to publish them")
	}
	return exitOK
}

// twinOf returns, for p, a path below content/ to create, the first name of
// it that differs from a name already there only in letter case or in how
// its accents are stored: have is the path there, want the path p has.
// Both are "" when there is none.
func twinOf(site fs.FS, p string) (have, want string) {
	fold := func(s string) string { return strings.ToLower(norm.NFC.String(s)) }
	segs := strings.Split(p, "/")
	for i := 1; i < len(segs); i++ {
		dir := path.Join(segs[:i]...)
		entries, err := fs.ReadDir(site, dir)
		if err != nil {
			return "", "" // a folder still to make: nothing below it is there
		}
		for _, e := range entries {
			if e.Name() != segs[i] && fold(e.Name()) == fold(segs[i]) {
				return path.Join(dir, e.Name()), path.Join(dir, segs[i])
			}
		}
	}
	return "", ""
}

// writeNew writes files into the site folder source, creating their folders. A
// file that already exists is never overwritten (O_EXCL): then the files written
// so far are removed again, so that either all files are created or none.
func writeNew(source string, files []archetype.File) (err error) {
	root, err := os.OpenRoot(source)
	if err != nil {
		return err
	}
	defer root.Close()
	for _, f := range files {
		if link := linkOnTheWay(root, path.Dir(f.Path)); link != "" {
			return fmt.Errorf("%s: a symbolic link; vestis new writes only inside the site's folder, and the build does not follow links in content/: replace the link with the folder",
				filepath.Join(source, filepath.FromSlash(link)))
		}
	}
	var written []string
	defer func() {
		if err != nil {
			for _, p := range written {
				root.Remove(p)
			}
		}
	}()
	for _, f := range files {
		show := filepath.Join(source, filepath.FromSlash(f.Path))
		if err := root.MkdirAll(path.Dir(f.Path), 0o755); err != nil {
			return fmt.Errorf("%s: %w", filepath.Dir(show), unwrapPath(err))
		}
		w, err := root.OpenFile(f.Path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s already exists", show)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", show, unwrapPath(err))
		}
		written = append(written, f.Path)
		_, err = w.Write(f.Data)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("%s: %w", show, unwrapPath(err))
		}
	}
	return nil
}

// linkOnTheWay is the first folder of dir (content/news/2024) that is a
// symbolic link in root, "" when none is: os.Root refuses one that leads out
// of the site only as "path escapes from parent".
func linkOnTheWay(root *os.Root, dir string) string {
	p := ""
	for _, part := range strings.Split(dir, "/") {
		p = path.Join(p, part)
		info, err := root.Lstat(p)
		if err != nil {
			return ""
		}
		if info.Mode()&fs.ModeSymlink != 0 {
			return p
		}
	}
	return ""
}

// unwrapPath drops the *fs.PathError wrapper, whose path the message already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ownFolders are the content folders of the languages that have one to
// themselves (site.yaml contentDir: content/de), by language: a new page's
// file goes there, as the build reads it, not to content/.
func ownFolders(cfg *config.Config) map[string]string {
	readers := map[string]int{}
	for _, l := range cfg.Languages {
		readers[cmp.Or(l.ContentDir, "content")]++
	}
	folders := map[string]string{}
	for _, l := range cfg.Languages {
		if l.ContentDir != "" && l.ContentDir != "content" && readers[l.ContentDir] == 1 {
			folders[l.Code] = l.ContentDir
		}
	}
	return folders
}

// inFolder reports whether p is in one of folders.
func inFolder(p string, folders map[string]string) bool {
	for _, dir := range folders {
		if strings.HasPrefix(p, dir+"/") {
			return true
		}
	}
	return false
}

// hasLangSuffix reports whether the content file p is named for one of langs
// (a.en.md, index.en.md), not for the default language (a.md).
func hasLangSuffix(p string, langs []string) bool {
	stem := strings.TrimSuffix(path.Base(p), path.Ext(p))
	ext := path.Ext(stem)
	return ext != "" && slices.Contains(langs, ext[1:])
}
