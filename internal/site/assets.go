package site

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/shortcode"
)

// Hugo's resources.Get finds files in assets/: the site's, then the
// theme's. A shortcode that reads one makes its page's conversion depend on
// the file, so each read is kept among the conversion's links (readAsset),
// its value the files' names and sums, and read again as other reads are.

// readAsset is the read of files of assets/: its argument is "get:" or
// "match:" and the path or glob asked for.
const readAsset = "asset"

// maxAssetFiles bounds the files a glob of assets/ looks at.
const maxAssetFiles = 20_000

// assetDirs are the folders Hugo finds assets in, the site's first.
func (s *Site) assetDirs() []string {
	dirs := []string{"assets"}
	for _, name := range s.Config.HugoThemes {
		dirs = append(dirs, "themes/"+name+"/assets")
	}
	return dirs
}

// assets finds the files of assets/ at a path, or those a glob matches,
// each path once (the site's over a theme's), sorted by path.
func (s *Site) assets(pattern string, match bool) ([]shortcode.AssetFile, []string, error) {
	if s.readDir == nil || s.readFile == nil {
		return nil, nil, errors.New("resources: the site's assets/ is not at hand here")
	}
	clean := path.Clean(strings.TrimPrefix(strings.ReplaceAll(pattern, "\\", "/"), "/"))
	if !match {
		if !fs.ValidPath(clean) || clean == "." {
			return nil, nil, nil // Hugo finds nothing, which with can test
		}
		for _, dir := range s.assetDirs() {
			data, err := s.readFile(dir + "/" + clean)
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, nil, fmt.Errorf("resources.Get %q: %w", pattern, err)
			}
			return []shortcode.AssetFile{{Name: clean, Src: dir + "/" + clean, Data: data}}, []string{dir + "/" + clean}, nil
		}
		return nil, nil, nil
	}
	re, err := globRE(pattern)
	if err != nil {
		return nil, nil, fmt.Errorf("resources.GetMatch: %w", err)
	}
	seen := map[string]string{}
	n := 0
	for _, dir := range s.assetDirs() {
		var walk func(rel string) error
		walk = func(rel string) error {
			entries, err := s.readDir(path.Join(dir, rel))
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					return nil
				}
				return err
			}
			for _, e := range entries {
				if n++; n > maxAssetFiles {
					return fmt.Errorf("more than %d files in the assets folders", maxAssetFiles)
				}
				name := path.Join(rel, e.Name())
				if e.IsDir() {
					if err := walk(name); err != nil {
						return err
					}
					continue
				}
				if _, ok := seen[name]; !ok && e.Type().IsRegular() && re.MatchString(strings.ToLower(name)) {
					seen[name] = path.Join(dir, name)
				}
			}
			return nil
		}
		if err := walk(""); err != nil {
			return nil, nil, fmt.Errorf("resources.Match %q: %w", pattern, err)
		}
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range seen {
			if !yield(k) {
				return
			}
		}
	})
	files := make([]shortcode.AssetFile, 0, len(names))
	srcs := make([]string, 0, len(names))
	for _, name := range names {
		data, err := s.readFile(seen[name])
		if err != nil {
			return nil, nil, fmt.Errorf("resources.Match %q: %w", pattern, err)
		}
		files = append(files, shortcode.AssetFile{Name: name, Src: seen[name], Data: data})
		srcs = append(srcs, seen[name])
	}
	return files, srcs, nil
}

// assetValue is what a read of assets/ records: each file's source and sum.
func assetValue(files []shortcode.AssetFile, srcs []string) string {
	var b strings.Builder
	for i, f := range files {
		sum := sha256.Sum256(f.Data)
		fmt.Fprintf(&b, "%s %s\n", srcs[i], hex.EncodeToString(sum[:12]))
	}
	return b.String()
}

// assetArg is a read's argument: how it looked and for what.
func assetArg(pattern string, match bool) string {
	if match {
		return "match:" + pattern
	}
	return "get:" + pattern
}

// assetAgain is what the read of assets/ arg gives now.
func (s *Site) assetAgain(arg string) string {
	how, pattern, _ := strings.Cut(arg, ":")
	files, srcs, err := s.assets(pattern, how == "match")
	if err != nil {
		return "\x00gone"
	}
	return assetValue(files, srcs)
}
