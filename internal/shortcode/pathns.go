package shortcode

import (
	"fmt"
	"path"
	"strings"
)

// pathNS is Hugo's path namespace: {{ path.Ext .Name }}, path.Join, ... on
// slash-separated paths.
type pathNS struct{}

func (pathNS) Base(p any) string  { return path.Base(slashed(p)) }
func (pathNS) Dir(p any) string   { return path.Dir(slashed(p)) }
func (pathNS) Ext(p any) string   { return path.Ext(slashed(p)) }
func (pathNS) Clean(p any) string { return path.Clean(slashed(p)) }

// BaseName is the last element without its extension.
func (pathNS) BaseName(p any) string {
	b := path.Base(slashed(p))
	return strings.TrimSuffix(b, path.Ext(b))
}

// Split is the path's folder and file, as Hugo's gives them (.Dir, .File).
func (pathNS) Split(p any) DirFile {
	dir, file := path.Split(slashed(p))
	return DirFile{Dir: dir, File: file}
}

// DirFile is what path.Split gives.
type DirFile struct{ Dir, File string }

// Join joins its arguments, texts or lists of texts, into one path.
func (pathNS) Join(elems ...any) string {
	var parts []string
	for _, e := range elems {
		if list := listOf(e); list != nil {
			for _, x := range list {
				parts = append(parts, slashed(x))
			}
			continue
		}
		parts = append(parts, slashed(e))
	}
	return path.Join(parts...)
}

// slashed is p as text with forward slashes.
func slashed(p any) string { return strings.ReplaceAll(fmt.Sprint(p), `\`, "/") }
