package hugoimport

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
)

// Move is one file or folder the content conversion renames, both paths
// relative to the site's folder.
type Move struct {
	From, To string
	// Unread: From is a folder of content/ that no language read in Hugo
	// (a language not in the configuration, translation sources); it moves
	// to UnreadDir, so that vestis does not take it for a section.
	Unread bool
}

// UnreadDir is where the conversion puts what Hugo did not read of content/.
const UnreadDir = "hugo-unread"

// contentExts are the extensions of the content files that carry a language:
// Markdown, whose .markdown becomes .md (the name vestis reads), and HTML.
var contentExts = map[string]string{".md": ".md", ".markdown": ".md", ".html": ".html"}

// PlanContent lists the moves that turn one content folder per language
// (dirs, from Result.ContentDirs) into content/ with NAME.LANG.md files:
// content/fr/blog/a.md becomes content/blog/a.fr.md, and a bundle's files
// move beside its index; a resource that several languages have under the
// same name is kept as NAME.LANG.EXT for all languages but the first (the
// default language, then by code). What content/ holds besides the
// languages' folders, which Hugo did not read, moves to UnreadDir. It reads
// only names; a target that
// already exists, or that two files would share, is an error, and then
// nothing should move.
func PlanContent(fsys fs.FS, dirs map[string]string, defLang string) ([]Move, error) {
	langs := slices.Sorted(maps.Keys(dirs))
	slices.SortStableFunc(langs, func(a, b string) int {
		switch {
		case a == defLang:
			return -1
		case b == defLang:
			return 1
		}
		return 0
	})
	// A language's folder may hold another's (content/ and content/fr/).
	others := map[string]bool{}
	for _, d := range dirs {
		others[d] = true
	}
	var moves []Move
	taken := map[string]string{} // target -> source
	for _, lang := range langs {
		dir := dirs[lang]
		err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if p != dir && others[p] {
					return fs.SkipDir
				}
				return nil
			}
			rel := strings.TrimPrefix(p, dir+"/")
			to := path.Join("content", target(rel, lang))
			if _, dup := taken[to]; dup && !isContent(rel) {
				to = path.Join("content", suffixed(rel, lang))
			}
			if prev, dup := taken[to]; dup {
				return fmt.Errorf("%s and %s would both become %s", prev, p, to)
			}
			taken[to] = p
			if to == p {
				return nil
			}
			if _, err := fs.Stat(fsys, to); err == nil {
				return fmt.Errorf("%s would become %s, which exists", p, to)
			}
			moves = append(moves, Move{From: p, To: to})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("content of %s (%s): %w", lang, dir, err)
		}
	}
	if !others["content"] {
		entries, err := fs.ReadDir(fsys, "content")
		if err != nil && !errors.Is(err, fs.ErrNotExist) { // content.en/, content.fr/ beside no content/
			return nil, err
		}
		for _, e := range entries {
			p := path.Join("content", e.Name())
			if others[p] || slices.ContainsFunc(langs, func(l string) bool { return strings.HasPrefix(dirs[l], p+"/") }) {
				continue
			}
			if _, taken := taken[p]; taken {
				return nil, fmt.Errorf("%s is not a language's folder, and a file would become it", p)
			}
			to := path.Join(UnreadDir, e.Name())
			if _, err := fs.Stat(fsys, to); err == nil {
				return nil, fmt.Errorf("%s would move to %s, which exists", p, to)
			}
			moves = append(moves, Move{From: p, To: to, Unread: true})
		}
	}
	return moves, nil
}

func isContent(name string) bool {
	_, ok := contentExts[path.Ext(name)]
	return ok
}

// target is where a content folder's file rel goes in content/: a Markdown
// file gets the language in its name (unless it has one); others keep theirs.
func target(rel, lang string) string {
	ext := path.Ext(rel)
	newExt, ok := contentExts[ext]
	if !ok {
		return rel
	}
	stem := strings.TrimSuffix(rel, ext)
	if strings.HasSuffix(stem, "."+lang) {
		return stem + newExt
	}
	return stem + "." + lang + newExt
}

// suffixed is rel with the language before its extension: photo.fr.webp.
func suffixed(rel, lang string) string {
	ext := path.Ext(rel)
	return strings.TrimSuffix(rel, ext) + "." + lang + ext
}
