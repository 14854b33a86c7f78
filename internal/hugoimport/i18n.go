package hugoimport

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/decode"
	"github.com/vestis-ssg/vestis/internal/sitefs"
	"go.yaml.in/yaml/v3"
)

// I18nFile is a message file the import writes: Hugo reads i18n/LANG.toml
// and i18n/LANG.json as well as YAML, vestis reads i18n/LANG.yaml.
type I18nFile struct {
	From, To string
	Data     []byte
	// Added is how many messages of From were added to the site's own To,
	// which it lacked; 0 when To is written from From.
	Added int
}

// I18nFiles converts the site's i18n/LANG.toml, .json and .yml message
// files into the i18n/LANG.yaml vestis reads, the messages unchanged; a
// language that has an i18n/LANG.yaml already is left as it is. The
// messages of the Hugo themes named (themes/NAME/i18n/, the first theme's
// over the next's) come with them, the site's winning, as Hugo merges them,
// for the site's languages: a theme's shortcodes ask for them; to a
// language's i18n/LANG.yaml of the site's own, the themes' messages it
// lacks are added (addMessages). A theme's file that cannot be read is
// skipped, with why.
func I18nFiles(fsys fs.FS, themes, langs []string) (out []I18nFile, skipped []string, err error) {
	dirs := []string{"i18n"}
	for _, name := range themes {
		dirs = append(dirs, path.Join("themes", name, "i18n"))
	}
	taken := map[string]string{} // lang.yaml: the site's file of that name, in its letter case
	if entries, err := fs.ReadDir(fsys, "i18n"); err == nil {
		for _, e := range entries {
			if path.Ext(e.Name()) == ".yaml" {
				taken[strings.ToLower(e.Name())] = e.Name()
			}
		}
	}
	// Each language's files, the site's first, then each theme's; within a
	// folder .toml before .json before .yml (before .yaml, in a theme), as
	// Hugo reads them when a language has several.
	order := map[string]int{".toml": 1, ".json": 2, ".yml": 3, ".yaml": 4}
	files := map[string][]string{}
	for i, dir := range dirs {
		if i > 0 {
			if theme := path.Dir(dir); isLink(fsys, theme) {
				skipped = append(skipped, fmt.Sprintf("%s: %s is a symbolic link; vestis reads a theme only inside the site: replace the link with a copy of the theme", dir, theme))
				continue
			}
		}
		entries, err := fs.ReadDir(fsys, dir)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil && i > 0 {
			skipped = append(skipped, fmt.Sprintf("%s: %v", dir, err)) // a theme's folder stops no import
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		slices.SortStableFunc(entries, func(a, b fs.DirEntry) int { return order[path.Ext(a.Name())] - order[path.Ext(b.Name())] })
		for _, e := range entries {
			ext := path.Ext(e.Name())
			lang := strings.ToLower(strings.TrimSuffix(e.Name(), ext))
			site := i == 0
			if e.IsDir() || order[ext] == 0 || site && ext == ".yaml" || !site && !slices.Contains(langs, lang) {
				continue
			}
			files[lang] = append(files[lang], path.Join(dir, e.Name()))
		}
	}
	for _, lang := range slices.Sorted(maps.Keys(files)) {
		to := lang + ".yaml"
		if name, ok := taken[to]; ok {
			var below []string // the themes' files: the site's others are not read beside its YAML
			for _, f := range files[lang] {
				if strings.HasPrefix(f, "themes/") {
					below = append(below, f)
				}
			}
			f, ok, err := addMessages(fsys, path.Join("i18n", name), below)
			if err != nil {
				skipped = append(skipped, err.Error()) // a theme's file stops no import
			}
			if ok {
				out = append(out, f)
			}
			continue
		}
		merged := map[string]any{}
		var from []string
		for _, file := range files[lang] {
			m, err := readMessages(fsys, file)
			if err != nil && strings.HasPrefix(file, "themes/") {
				skipped = append(skipped, fmt.Sprintf("%s: %v", file, err)) // a theme's file stops no import
				continue
			}
			if err != nil {
				return nil, nil, err
			}
			added := false
			for k, v := range m {
				if _, ok := merged[k]; !ok {
					merged[k], added = v, true
				}
			}
			if added {
				from = append(from, file)
			}
		}
		if len(from) == 0 {
			continue
		}
		data, err := yaml.Marshal(merged)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", from[0], err)
		}
		header := fmt.Sprintf("# Written by vestis import hugo from %s, which Hugo read; vestis reads this file.\n", strings.Join(from, ", "))
		out = append(out, I18nFile{From: strings.Join(from, ", "), To: path.Join("i18n", to), Data: append([]byte(header), data...)})
	}
	return out, skipped, nil
}

// addMessages is the site's message file site with the messages of the
// files below it (a theme's i18n/LANG.*, which Hugo merges below the
// site's) that it lacks added at its end, in its own form (a map of ids, or
// a list of entries), so that the site's text stays as written; ok is
// false when it lacks none, or cannot be read (the build says why). An
// error names a file below it that cannot be read.
func addMessages(fsys fs.FS, site string, below []string) (f I18nFile, ok bool, err error) {
	data, rerr := sitefs.ReadText(fsys, site, sitefs.MaxSize)
	have, merr := readMessages(fsys, site)
	if rerr != nil || merr != nil {
		return I18nFile{}, false, nil
	}
	has := func(id string) bool {
		for k := range have {
			if strings.EqualFold(k, id) { // Hugo's ids are in any case
				return true
			}
		}
		return false
	}
	missing := map[string]any{}
	var from []string
	for _, file := range below {
		m, merr := readMessages(fsys, file)
		if merr != nil {
			err = fmt.Errorf("%s: %w", file, merr)
			continue
		}
		n := len(missing)
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if _, dup := missing[k]; !dup && !has(k) {
				missing[k] = m[k]
			}
		}
		if len(missing) > n {
			from = append(from, file)
		}
	}
	if len(missing) == 0 {
		return I18nFile{}, false, err
	}
	var v any = missing
	if list, _ := messageList(data); list {
		var entries []map[string]any
		for _, k := range slices.Sorted(maps.Keys(missing)) {
			entries = append(entries, map[string]any{"id": k, "translation": missing[k]})
		}
		v = entries
	}
	added, merr := yaml.Marshal(v)
	if merr != nil {
		return I18nFile{}, false, fmt.Errorf("%s: %w", from[0], merr)
	}
	out := append([]byte{}, data...)
	if len(out) > 0 && out[len(out)-1] != '\n' {
		out = append(out, '\n')
	}
	out = fmt.Appendf(out, "# Added by vestis import hugo from %s, which Hugo reads below this file.\n", strings.Join(from, ", "))
	out = append(out, added...)
	return I18nFile{From: strings.Join(from, ", "), To: site, Data: out, Added: len(missing)}, true, err
}

// messageList reports whether a YAML message file is go-i18n's list of
// entries (- id: ...) rather than a map of ids.
func messageList(data []byte) (bool, error) {
	n, err := decode.YAML(data)
	if err != nil || n == nil {
		return false, err
	}
	v, err := decode.Value(n)
	_, list := v.([]any)
	return list, err
}

// readMessages reads a message file: a map of ids, or go-i18n's older list of
// entries with an id and a translation (Hugo reads both).
func readMessages(fsys fs.FS, file string) (map[string]any, error) {
	m, _, err := readFile(fsys, file)
	if err == nil || path.Ext(file) == ".toml" {
		return m, err
	}
	data, rerr := sitefs.ReadText(fsys, file, sitefs.MaxSize)
	if rerr != nil {
		return nil, err
	}
	n, yerr := decode.YAML(data) // JSON is YAML too
	if yerr != nil || n == nil {
		return nil, err
	}
	v, verr := decode.Value(n)
	list, ok := v.([]any)
	if verr != nil || !ok {
		return nil, err
	}
	out := map[string]any{}
	for _, item := range list {
		entry, ok := item.(map[string]any)
		id, idOK := entry["id"].(string)
		if !ok || !idOK || entry["translation"] == nil {
			return nil, err
		}
		out[id] = entry["translation"]
	}
	return out, nil
}

// isLink reports whether name in fsys is a symbolic link.
func isLink(fsys fs.FS, name string) bool {
	info, err := fs.Lstat(fsys, name)
	return err == nil && info.Mode()&fs.ModeSymlink != 0
}
