package hugoimport

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// I18nFile is a message file the import writes: Hugo reads i18n/LANG.toml
// and i18n/LANG.json as well as YAML, vestis reads i18n/LANG.yaml.
type I18nFile struct {
	From, To string
	Data     []byte
}

// I18nFiles converts the site's i18n/LANG.toml, .json and .yml message
// files into the i18n/LANG.yaml vestis reads, the messages unchanged; a
// language that has an i18n/LANG.yaml already is left as it is.
func I18nFiles(fsys fs.FS) ([]I18nFile, error) {
	entries, err := fs.ReadDir(fsys, "i18n")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []I18nFile
	taken := map[string]bool{}
	for _, e := range entries {
		if path.Ext(e.Name()) == ".yaml" {
			taken[strings.ToLower(e.Name())] = true
		}
	}
	// .toml before .json before .yml, as Hugo reads them, when a
	// language has several.
	order := map[string]int{".toml": 1, ".json": 2, ".yml": 3}
	slices.SortStableFunc(entries, func(a, b fs.DirEntry) int { return order[path.Ext(a.Name())] - order[path.Ext(b.Name())] })
	for _, e := range entries {
		ext := path.Ext(e.Name())
		if e.IsDir() || order[ext] == 0 {
			continue
		}
		to := strings.ToLower(strings.TrimSuffix(e.Name(), ext)) + ".yaml"
		if taken[to] {
			continue
		}
		from := path.Join("i18n", e.Name())
		m, err := readFile(fsys, from)
		if err != nil {
			return nil, err
		}
		data, err := yaml.Marshal(m)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", from, err)
		}
		header := fmt.Sprintf("# Written by vestis import hugo from %s, which Hugo read; vestis reads this file.\n", from)
		out = append(out, I18nFile{From: from, To: path.Join("i18n", to), Data: append([]byte(header), data...)})
		taken[to] = true
	}
	return out, nil
}
