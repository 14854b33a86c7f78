package hugoimport

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Urlize is a path segment as Hugo makes it of a file name or slug: lower
// case (unless keepCase: Hugo's disablePathToLower), spaces as hyphens,
// letters of every script kept (Hugo does not transliterate: "Über Straße"
// is über-straße, where vestis writes uber-strasse), and punctuation other
// than - . _ left out.
func Urlize(s string, keepCase bool) string {
	var b strings.Builder
	for _, r := range norm.NFC.String(strings.TrimSpace(s)) {
		switch {
		case unicode.IsLetter(r) && !keepCase:
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			b.WriteRune(r)
		case r == '-' || r == '.' || r == '_':
			b.WriteRune(r)
		case unicode.IsSpace(r):
			b.WriteByte('-')
		}
	}
	return b.String()
}

// HugoPath is the address Hugo gives a page without url or a permalink
// pattern: below the language's root (root, "/" or "/fr/"), the folders of
// its file (dir, relative to content/) and, for a regular page, its slug or
// its file's (bundle's) name, each urlized (keepCase: see Urlize).
func HugoPath(root, dir, name string, keepCase bool) string {
	var segs []string
	for _, s := range strings.Split(dir, "/") {
		if s != "" {
			segs = append(segs, Urlize(s, keepCase))
		}
	}
	if name != "" {
		segs = append(segs, Urlize(name, keepCase))
	}
	if len(segs) == 0 {
		return root
	}
	return root + strings.Join(segs, "/") + "/"
}

// AddAlias adds alias to the front matter of a content file (data) that has
// no aliases: a line after the opening --- (YAML) or +++ (TOML). A file with
// aliases of its own, or with JSON front matter, is left for the user, with
// an error saying so.
func AddAlias(data []byte, alias string) ([]byte, error) {
	line, _, _ := bytes.Cut(data, []byte("\n"))
	var add string
	switch strings.TrimRight(string(line), "\r \t") {
	case "---":
		add = "aliases: [" + strconv.Quote(alias) + "]"
		if hasKey(data, "---", "aliases:") {
			return nil, fmt.Errorf("it has aliases of its own: add %q to them", alias)
		}
	case "+++":
		add = "aliases = [" + strconv.Quote(alias) + "]"
		if hasKey(data, "+++", "aliases") {
			return nil, fmt.Errorf("it has aliases of its own: add %q to them", alias)
		}
	default:
		return nil, fmt.Errorf("its front matter is not YAML or TOML: add aliases: [%q] to it", alias)
	}
	out := make([]byte, 0, len(data)+len(add)+1)
	out = append(out, data[:len(line)+1]...)
	out = append(out, add...)
	out = append(out, '\n')
	return append(out, data[len(line)+1:]...), nil
}

// hasKey reports whether the front matter between the delimiter lines has a
// line starting with key (in any case), at the top level.
func hasKey(data []byte, delim, key string) bool {
	lines := strings.Split(string(data), "\n")
	for _, l := range lines[1:] {
		if strings.TrimRight(l, "\r \t") == delim {
			return false
		}
		if len(l) > 0 && l[0] != ' ' && l[0] != '\t' && strings.HasPrefix(strings.ToLower(l), key) {
			return true
		}
	}
	return false
}
