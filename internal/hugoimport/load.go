// Package hugoimport turns a Hugo site's configuration into a site.yaml, and
// says what it could not carry over. It reads and returns values; cmd/vestis
// writes the files, so that nothing is written outside the site's folder and
// an existing site.yaml is never overwritten without being asked.
package hugoimport

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/decode"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// rootFiles are the names Hugo looks for at the site's root, first found
// wins, as in Hugo.
var rootFiles = []string{"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"}

// configDir is the folder of Hugo's split configuration; only its default
// environment is read, as a production build would add to it.
const configDir = "config/_default"

// Load reads a Hugo site's configuration from fsys: the first of rootFiles
// and the files of config/_default/ and its folders, merged as Hugo merges them (a file
// params.toml holds the key params; menus.en.toml is languages.en.menus;
// languages.en.toml is languages.en). Keys are lower-cased, as Hugo does, but
// not those below params, which layouts read as written. sources lists the
// files read.
func Load(fsys fs.FS) (cfg map[string]any, sources []string, err error) {
	cfg = map[string]any{}
	for _, name := range rootFiles {
		m, err := readFile(fsys, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		merge(cfg, lower(m, false).(map[string]any))
		sources = append(sources, name)
		break
	}
	// Hugo reads the folders below too (config/_default/languages/languages.yaml),
	// each file by its own name, as if it were at the top.
	err = fs.WalkDir(fsys, configDir, func(name string, e fs.DirEntry, err error) error {
		if err != nil {
			if name == configDir && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipDir
			}
			return err
		}
		ext := path.Ext(e.Name())
		if e.IsDir() || !slices.Contains([]string{".toml", ".yaml", ".yml", ".json"}, ext) {
			return nil
		}
		m, err := readFile(fsys, name)
		if err != nil {
			return err
		}
		merge(cfg, lower(nest(strings.ToLower(strings.TrimSuffix(e.Name(), ext)), m), false).(map[string]any))
		sources = append(sources, name)
		return nil
	})
	if err != nil {
		var d *diag.Diagnostic
		if errors.As(err, &d) {
			return nil, nil, err
		}
		return nil, nil, fmt.Errorf("%s: %w", configDir, err)
	}
	if len(sources) == 0 {
		return nil, nil, fmt.Errorf("no Hugo configuration: none of %s, nor %s/", strings.Join(rootFiles, ", "), configDir)
	}
	return cfg, sources, nil
}

// nest places the values of a file of config/_default/ named stem where Hugo
// puts them.
func nest(stem string, m map[string]any) map[string]any {
	if stem == "hugo" || stem == "config" {
		return m
	}
	key, lang, _ := strings.Cut(stem, ".")
	if key == "menu" {
		key = "menus"
	}
	if lang == "" {
		return map[string]any{key: m}
	}
	if key != "languages" {
		m = map[string]any{key: m}
	}
	return map[string]any{"languages": map[string]any{lang: m}}
}

// readFile decodes one configuration file by its extension, through
// internal/decode.
func readFile(fsys fs.FS, name string) (map[string]any, error) {
	data, err := sitefs.ReadFile(fsys, name, sitefs.MaxSize)
	var d *diag.Diagnostic
	if errors.As(err, &d) {
		return nil, d
	}
	if err != nil {
		return nil, err
	}
	var m map[string]any
	switch path.Ext(name) {
	case ".toml":
		var t *decode.Table
		if t, err = decode.TOML(data); err == nil {
			m = t.Values
		}
	case ".json":
		m, _, err = decode.JSON(data)
	default:
		n, yerr := decode.YAML(data)
		err = yerr
		if err == nil && n != nil {
			var v any
			if v, err = decode.Value(n); err == nil {
				var ok bool
				if m, ok = v.(map[string]any); !ok {
					return nil, diag.Errorf(name, n.Line, "want keys with values at the top")
				}
			}
		}
	}
	if err != nil {
		var de *decode.Error
		if errors.As(err, &de) {
			return nil, diag.Wrap(name, de.Line, err, de.Msg)
		}
		return nil, diag.Wrap(name, 0, err, "")
	}
	return m, nil
}

// lower lower-cases the keys of maps in v, except below params (keep).
func lower(v any, keep bool) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			lk := k
			if !keep {
				lk = strings.ToLower(k)
			}
			out[lk] = lower(x, keep || lk == "params")
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
