// Package hugoimport turns a Hugo site's configuration into a site.yaml, and
// says what it could not carry over. It reads and returns values; cmd/vestis
// writes the files, so that nothing is written outside the site's folder and
// an existing site.yaml is never overwritten without being asked.
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
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/sitefs"
	"go.yaml.in/yaml/v3"
)

// rootFiles are the names Hugo looks for at the site's root, first found
// wins, as in Hugo.
var rootFiles = []string{"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"}

// configDir is the folder of Hugo's split configuration, its default
// environment.
const configDir = "config/_default"

// configDirs are the folders of the split configuration read, the first
// found wins: the production environment's, which hugo, building a site to
// publish, adds to the default (a site's real baseURL is often there, the
// default's being for its authors' machines), and the default's.
var configDirs = []string{"config/production", configDir}

// Load reads a Hugo site's configuration from fsys: the first of rootFiles
// and the files of config/production/ and config/_default/ and their folders, merged as Hugo merges them (a file
// params.toml holds the key params; menus.en.toml is languages.en.menus;
// languages.en.toml is languages.en). Keys are lower-cased, as Hugo does, but
// not those below params, which layouts read as written. sources lists the
// files read.
func Load(fsys fs.FS) (cfg map[string]any, sources []string, err error) {
	cfg = map[string]any{}
	for _, name := range rootFiles {
		m, line, err := readFile(fsys, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		if err := checkKinds(name, m, line); err != nil {
			return nil, nil, err
		}
		merge(cfg, lower(m, false).(map[string]any))
		sources = append(sources, name)
		break
	}
	// Hugo reads the folders below too (config/_default/languages/languages.yaml),
	// each file by its own name, as if it were at the top.
	for _, dir := range configDirs {
		if err := loadDir(fsys, dir, cfg, &sources); err != nil {
			return nil, nil, err
		}
	}
	if len(sources) == 0 {
		return nil, nil, fmt.Errorf("no Hugo configuration: none of %s, nor %s/", strings.Join(rootFiles, ", "), configDir)
	}
	return cfg, sources, nil
}

// loadDir merges the files of dir, a folder of the split configuration,
// into cfg, where cfg does not set their keys already, and adds them to
// sources.
func loadDir(fsys fs.FS, dir string, cfg map[string]any, sources *[]string) error {
	err := fs.WalkDir(fsys, dir, func(name string, e fs.DirEntry, err error) error {
		if err != nil {
			if name == dir && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipDir
			}
			return err
		}
		ext := path.Ext(e.Name())
		if e.IsDir() || !slices.Contains([]string{".toml", ".yaml", ".yml", ".json"}, ext) {
			return nil
		}
		m, line, err := readFile(fsys, name)
		if err != nil {
			return err
		}
		nested, prefix := nest(strings.ToLower(strings.TrimSuffix(e.Name(), ext)), m)
		inFile := func(path []string) int {
			if len(path) <= len(prefix) {
				return 0
			}
			return line(path[len(prefix):])
		}
		if err := checkKinds(name, nested, inFile); err != nil {
			return err
		}
		merge(cfg, lower(nested, false).(map[string]any))
		*sources = append(*sources, name)
		return nil
	})
	if err != nil {
		var d *diag.Diagnostic
		if errors.As(err, &d) {
			return err
		}
		return fmt.Errorf("%s: %w", dir, err)
	}
	return nil
}

// nest places the values of a file of config/_default/ named stem where Hugo
// puts them, and says where: the keys above the file's own.
func nest(stem string, m map[string]any) (map[string]any, []string) {
	if stem == "hugo" || stem == "config" {
		return m, nil
	}
	key, lang, _ := strings.Cut(stem, ".")
	if key == "menu" {
		key = "menus"
	}
	if lang == "" {
		return map[string]any{key: m}, []string{key}
	}
	if key != "languages" {
		return map[string]any{"languages": map[string]any{lang: map[string]any{key: m}}}, []string{"languages", lang, key}
	}
	return map[string]any{"languages": map[string]any{lang: m}}, []string{"languages", lang}
}

// readFile decodes one configuration file by its extension, through
// internal/decode. line finds the line of a key, its path as written (0 when
// unknown; in JSON, the line of its top-level key).
func readFile(fsys fs.FS, name string) (m map[string]any, line func(path []string) int, err error) {
	// As text, as site.yaml is read: UTF-16 made UTF-8, lines ending as an
	// editor shows them (a hugo.toml whose lines ended in CR was "TOML
	// files cannot contain control characters: '0x0d'").
	data, err := sitefs.ReadText(fsys, name, sitefs.MaxSize)
	var d *diag.Diagnostic
	if errors.As(err, &d) {
		return nil, nil, d
	}
	if err != nil {
		return nil, nil, err
	}
	line = func([]string) int { return 0 }
	switch path.Ext(name) {
	case ".toml":
		var t *decode.Table
		if t, err = decode.TOML(data); err == nil {
			m, line = t.Values, func(path []string) int { return t.LineAt(path...) }
		}
	case ".json":
		var lines map[string]int
		if m, lines, err = decode.JSON(data); err == nil {
			line = func(path []string) int { return lines[path[0]] }
		}
	default:
		n, yerr := decode.YAML(data)
		err = yerr
		if err == nil && n != nil {
			var v any
			if v, err = decode.Value(n); err == nil {
				var ok bool
				if m, ok = v.(map[string]any); !ok {
					return nil, nil, diag.Errorf(name, n.Line, "want keys with values at the top")
				}
				line = func(path []string) int { return yamlLine(n, path) }
			}
		}
	}
	if err != nil {
		var de *decode.Error
		if errors.As(err, &de) {
			return nil, nil, diag.Wrap(name, de.Line, err, de.Text(0)) // Text: the line is the diagnostic's
		}
		return nil, nil, diag.Wrap(name, 0, err, "")
	}
	return m, line, nil
}

// yamlLine is the line of the key at path in n, or of the deepest of its
// maps found.
func yamlLine(n *yaml.Node, path []string) int {
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	line := 0
	for _, key := range path {
		for n.Kind == yaml.AliasNode {
			n = n.Alias
		}
		if n.Kind != yaml.MappingNode {
			return line
		}
		found := false
		for i := 0; i+1 < len(n.Content); i += 2 {
			if decode.Key(n.Content[i]) == key {
				line, n, found = n.Content[i].Line, n.Content[i+1], true
			}
		}
		if !found {
			return line
		}
	}
	return line
}

// lower lower-cases the keys of maps in v, except below params (keep).
// Keys that differ only in letter case are one key, as Hugo reads them: their
// tables merged (hs3.pl's empty [Menu] beside its [[menu.Main]] entries), else
// the first in sort order, so that every import of a site writes the same.
func lower(v any, keep bool) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for _, k := range slices.Sorted(maps.Keys(v)) {
			lk := k
			if !keep {
				lk = strings.ToLower(k)
			}
			x := lower(v[k], keep || lk == "params")
			cur, seen := out[lk]
			if !seen {
				out[lk] = x
				continue
			}
			cm, ok1 := cur.(map[string]any)
			xm, ok2 := x.(map[string]any)
			if ok1 && ok2 {
				merge(cm, xm)
			}
		}
		return out
	case []map[string]any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = lower(x, keep)
		}
		return out
	case []any:
		for i, x := range v {
			v[i] = lower(x, keep)
		}
		return v
	}
	return v
}

// merge adds src's keys to dst, maps merged key by key; dst's values win,
// so the first file read wins, as the root file does in Hugo.
func merge(dst, src map[string]any) {
	for k, v := range src {
		cur, ok := dst[k]
		if !ok {
			dst[k] = v
			continue
		}
		cm, ok1 := cur.(map[string]any)
		sm, ok2 := v.(map[string]any)
		if ok1 && ok2 {
			merge(cm, sm)
		}
	}
}

// Locate gives each note the file and line of its setting: the first of
// sources, the files Load read in its order, that sets it, as the first
// file read wins there; the setting is the note's at, else its Key read
// as a path of keys (enablegitinfo, languages.en.copyright), which is then
// written as the file writes it (enableGitInfo), so that the reader finds
// it. A note whose setting no file gives a line keeps its file, or none.
func Locate(fsys fs.FS, sources []string, notes []Note) {
	for i := range notes {
		keys := notes[i].at
		if keys == nil && !strings.ContainsAny(notes[i].Key, "*/ ") {
			keys = strings.Split(notes[i].Key, ".")
		}
		if keys == nil {
			continue
		}
		for _, src := range sources {
			if line, written, ok := lineIn(fsys, src, keys); ok {
				notes[i].File, notes[i].Line = src, line
				if notes[i].at == nil && len(written) == len(keys) {
					notes[i].Key = strings.Join(written, ".")
				}
				break
			}
		}
	}
}

// lineIn is the line of the setting at keys (lower case) in the
// configuration file name, and its keys as the file writes them, ok when
// the file sets it; the line is 0 when the file is the setting itself
// (config/_default/module.toml for module), and the keys the file's
// prefix (module) with those written below it.
func lineIn(fsys fs.FS, name string, keys []string) (line int, written []string, ok bool) {
	m, lineOf, err := readFile(fsys, name)
	if err != nil {
		return 0, nil, false
	}
	var prefix []string
	if strings.HasPrefix(name, "config/") {
		base := path.Base(name)
		_, prefix = nest(strings.ToLower(strings.TrimSuffix(base, path.Ext(base))), m)
	}
	if len(prefix) > len(keys) || !slices.Equal(prefix, keys[:len(prefix)]) {
		return 0, nil, false
	}
	// The keys as the file writes them (Module, imports), found in any
	// letter case, as Load lowers them.
	written = slices.Clone(prefix)
	var v any = m
	for _, k := range keys[len(prefix):] {
		mm, _ := v.(map[string]any)
		found := ""
		for _, key := range slices.Sorted(maps.Keys(mm)) {
			if strings.EqualFold(key, k) {
				found = key
				break
			}
		}
		if found == "" {
			return 0, nil, false
		}
		written, v = append(written, found), mm[found]
	}
	if len(written) == len(prefix) {
		return 0, written, true
	}
	return lineOf(written[len(prefix):]), written, true
}
