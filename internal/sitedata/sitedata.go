// Package sitedata reads a site's data folder, Hugo's data/: YAML, JSON and
// TOML files whose values templates and shortcodes read as .Site.Data, by
// folder and file name (data/events/2024.yaml is .Site.Data.events.2024).
package sitedata

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/vestis-ssg/vestis/internal/decode"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// Data is what a data folder holds.
type Data struct {
	// Values are the files' values by folder and file name; a file's
	// name without its extension is its key.
	Values map[string]any
	// Sum changes whenever a file of the folder changes: a conversion that
	// read the data is made again then.
	Sum string
	// Warnings name the files left out: a second file for one key
	// (data/x.json beside data/x.yaml), as Hugo leaves it out too.
	Warnings []*diag.Diagnostic
}

// exts are the kinds of file read, as Hugo reads them; other files are left out.
var exts = []string{".yaml", ".yml", ".json", ".toml"}

// unread are the kinds of data file Hugo reads (XML) or that are written
// as data (CSV) that vestis does not read: each is a warning.
var unread = []string{".xml", ".csv"}

// Load reads the data folder dir of fsys; a missing folder is no data. Every
// file that cannot be read or decoded is an error naming it and, when known,
// the line.
func Load(fsys fs.FS, dir string) (*Data, error) {
	d := &Data{Values: map[string]any{}}
	h := sha256.New()
	var errs []error
	byKey := map[string]string{} // the file that gave each key
	err := fs.WalkDir(fsys, dir, func(name string, e fs.DirEntry, err error) error {
		if err != nil {
			if name == dir && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipDir
			}
			if errors.Is(err, sitefs.ErrOutside) {
				errs = append(errs, err)
				return nil
			}
			return err
		}
		if err := sitefs.WalkLink(fsys, name, e); err != nil {
			errs = append(errs, err)
			return nil
		}
		if err := sitefs.WalkName(name, e); err != nil {
			errs = append(errs, err)
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if what := map[bool]string{true: "folder", false: "file"}[e.IsDir()]; name != dir {
			if msg, _ := sitefs.SourceName(e.Name(), what); msg != "" {
				d.Warnings = append(d.Warnings, diag.Warnf(name, 0, "%s", msg))
			}
		}
		if strings.HasPrefix(e.Name(), ".") && name != dir {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !e.IsDir() && slices.Contains(unread, strings.ToLower(path.Ext(name))) {
			// Hugo reads XML data files; a layout that reads .Site.Data.x
			// would find nothing, with no word of why.
			key := strings.TrimSuffix(strings.TrimPrefix(name, dir+"/"), path.Ext(name))
			d.Warnings = append(d.Warnings, diag.Warnf(name, 0, "left out: vestis reads data files written in YAML, JSON or TOML, so .Site.Data.%s is not this file; write it in one of those",
				strings.ReplaceAll(key, "/", ".")))
			return nil
		}
		if e.IsDir() || !slices.Contains(exts, strings.ToLower(path.Ext(name))) {
			return nil
		}
		v, data, err := readFile(fsys, name)
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		h.Write([]byte(name + "\x00"))
		h.Write(data)
		h.Write([]byte{0})
		// Its key as typed (NFC): a name macOS saved (NFD) is found by
		// .Site.Data.ziņas written in a layout, as on macOS itself.
		key := norm.NFC.String(strings.TrimSuffix(strings.TrimPrefix(name, dir+"/"), path.Ext(name)))
		if first, ok := byKey[key]; ok {
			d.Warnings = append(d.Warnings, diag.Warnf(name, 0, "left out: %s gives .Site.Data.%s already; keep one of the two files",
				first, strings.ReplaceAll(key, "/", ".")))
			return nil
		}
		byKey[key] = name
		keys := strings.Split(key, "/")
		if err := put(d.Values, keys, v); err != nil {
			errs = append(errs, diag.Errorf(name, 0, "%v", err))
		}
		return nil
	})
	if err != nil && !errors.Is(err, fs.SkipDir) {
		return nil, err
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	d.Sum = hex.EncodeToString(h.Sum(nil)[:16])
	return d, nil
}

// put sets the value at keys below m, making the maps of folders on the way.
// A file beside a folder of the same name (data/a.yaml, data/a/) gives its
// keys to the folder's map, as Hugo's do.
func put(m map[string]any, keys []string, v any) error {
	for _, k := range keys[:len(keys)-1] {
		next, ok := m[k].(map[string]any)
		if !ok {
			if m[k] != nil {
				return errors.New("a folder beside a file of the same name whose value is not a map of keys")
			}
			next = map[string]any{}
			m[k] = next
		}
		m = next
	}
	last := keys[len(keys)-1]
	old, isMap := m[last].(map[string]any)
	vm, vIsMap := v.(map[string]any)
	switch {
	case m[last] == nil:
		m[last] = v
	case isMap && vIsMap:
		for k, x := range vm {
			if _, taken := old[k]; !taken {
				old[k] = x
			}
		}
	default:
		return errors.New("a folder beside a file of the same name whose value is not a map of keys")
	}
	return nil
}

// readFile decodes one data file by its extension; it returns the value and
// the text it was decoded from.
func readFile(fsys fs.FS, name string) (any, []byte, error) {
	data, err := sitefs.ReadText(fsys, name, sitefs.MaxSize)
	if err != nil {
		var d *diag.Diagnostic
		if errors.As(err, &d) {
			return nil, nil, d
		}
		return nil, nil, diag.Wrap(name, 0, err, "")
	}
	v, err := decode.Data(data, path.Ext(name))
	if err != nil {
		var de *decode.Error
		if errors.As(err, &de) {
			d := diag.Wrap(name, de.Line, err, de.Text(0)) // Text: Msg is empty for a key given twice
			if de.First == 0 {                             // a key given twice names lines, not a column
				d.Col = de.Col
			}
			return nil, nil, d
		}
		return nil, nil, diag.Wrap(name, 0, err, "")
	}
	return v, data, nil
}

// Over is the data of layers, the first's values over the later's, maps
// merged key by key: a site's data/ over its Hugo theme's, as Hugo merges
// them. Its Sum changes with any layer's.
func Over(layers ...*Data) *Data {
	out := &Data{Values: map[string]any{}}
	h := sha256.New()
	for i := len(layers) - 1; i >= 0; i-- {
		over(out.Values, layers[i].Values)
		h.Write([]byte(layers[i].Sum + "\x00"))
		out.Warnings = append(out.Warnings, layers[i].Warnings...)
	}
	out.Sum = hex.EncodeToString(h.Sum(nil)[:16])
	return out
}

// over puts src's keys into dst, src's winning, maps merged key by key.
func over(dst, src map[string]any) {
	for k, v := range src {
		if a, ok := dst[k].(map[string]any); ok {
			if b, ok := v.(map[string]any); ok {
				merged := make(map[string]any, len(a)+len(b))
				over(merged, a)
				over(merged, b)
				dst[k] = merged
				continue
			}
		}
		dst[k] = v
	}
}
