package hugoimport

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// kind is what a key of Hugo's configuration holds.
type kind int

const (
	kindText   kind = iota // a string
	kindNumber             // a whole number (or a string of digits, as Hugo casts it)
	kindBool               // true or false (or the text "true" or "false")
	kindTable              // keys with values
	kindList               // a list
	kindTextOrList
	kindTextOrNumber
	kindBoolOrTable // uglyURLs: for the whole site, or by section
)

func (k kind) String() string {
	return [...]string{"a text", "a whole number", "true or false", "keys with values (a table)", "a list", "a text or a list", "a text or a number", "true or false, or keys with values (a table)"}[k]
}

// maxWhole is the largest whole number a float64 holds exactly, 2^53, above
// every number of 15 digits.
const maxWhole = 1 << 53

// accepts says whether v, as a decoder gave it, is of kind k.
func (k kind) accepts(v any) bool {
	switch k {
	case kindText:
		_, ok := v.(string)
		return ok
	case kindNumber:
		switch v := v.(type) {
		case int, int64:
			return true
		case float64:
			return v == math.Trunc(v) && math.Abs(v) <= maxWhole
		case string:
			_, err := strconv.Atoi(strings.TrimSpace(v))
			return err == nil
		}
	case kindBool:
		switch v := v.(type) {
		case bool:
			return true
		case string:
			return v == "true" || v == "false"
		}
	case kindTable:
		_, ok := v.(map[string]any)
		return ok
	case kindList:
		switch v.(type) {
		case []any, []map[string]any:
			return true
		}
	case kindTextOrList:
		return kindText.accepts(v) || kindList.accepts(v)
	case kindTextOrNumber:
		return kindText.accepts(v) || kindNumber.accepts(v)
	case kindBoolOrTable:
		return kindBool.accepts(v) || kindTable.accepts(v)
	}
	return false
}

// keyKinds are the keys of Hugo's configuration the import reads, lower-case,
// "*" for any key (a language code), and what each must hold. A value of
// another kind is an error at its line: the import used to turn a list into
// its Go text ("[a b]"), drop a table given as text, or pass a number on to
// site.yaml, whose error then named site.yaml's line and not the Hugo file's.
var keyKinds = map[string]kind{
	"baseurl":                        kindText,
	"title":                          kindText,
	"defaultcontentlanguage":         kindText,
	"defaultcontentlanguageinsubdir": kindBool,
	"timezone":                       kindText,
	"timeout":                        kindTextOrNumber,
	"contentdir":                     kindText,
	"themesdir":                      kindText,
	"theme":                          kindTextOrList,
	"params":                         kindTable,
	"languages":                      kindTable,
	"languages.*":                    kindTable,
	"languages.*.title":              kindText,
	"languages.*.languagename":       kindText,
	"languages.*.label":              kindText,
	"languages.*.baseurl":            kindText,
	"languages.*.contentdir":         kindText,
	"languages.*.weight":             kindNumber,
	"languages.*.disabled":           kindBool,
	"languages.*.params":             kindTable,
	"languages.*.taxonomies":         kindTable,
	"languages.*.permalinks":         kindTable,
	"disablelanguages":               kindList,
	"disablekinds":                   kindList,
	"taxonomies":                     kindTable,
	"permalinks":                     kindTable,
	"paginate":                       kindNumber,
	"pagination":                     kindTable,
	"pagination.pagersize":           kindNumber,
	"rsslimit":                       kindNumber,
	"uglyurls":                       kindBoolOrTable,
	"enableemoji":                    kindBool,
	"removepathaccents":              kindBool,
	"disablepathtolower":             kindBool,
	"markup":                         kindTable,
	"module":                         kindTable,
}

// checkKinds checks the keys of keyKinds in m, the values of one file put
// where Hugo puts them (nest), and returns an error at the first of the wrong
// kind, at the line line gives for its path as written.
func checkKinds(file string, m map[string]any, line func(path []string) int) error {
	return walkKinds(m, nil, nil, file, line)
}

func walkKinds(m map[string]any, lower, written []string, file string, line func(path []string) int) error {
	for _, k := range slices.Sorted(maps.Keys(m)) {
		v := m[k]
		lk := append(append([]string(nil), lower...), strings.ToLower(k))
		wk := append(append([]string(nil), written...), k)
		want, known := kindOf(lk)
		if !known {
			continue
		}
		if !want.accepts(v) {
			if f, ok := v.(float64); ok && (want == kindNumber || want == kindTextOrNumber) && (math.IsInf(f, 0) || f == math.Trunc(f)) {
				// 1e22: a whole number, but "want a whole number" would say
				// it is not (site.yaml says the same).
				return diag.Errorf(file, line(wk), "%s: %v is too large a number; write a whole number of at most 15 digits", strings.Join(wk, "."), f)
			}
			return diag.Errorf(file, line(wk), "%s: want %s, got %s", strings.Join(wk, "."), want, describe(v))
		}
		if sub, ok := v.(map[string]any); ok && lk[0] != "params" {
			if err := walkKinds(sub, lk, wk, file, line); err != nil {
				return err
			}
		}
	}
	return nil
}

// kindOf is the kind of the key at path (lower-case), matching keyKinds'
// "*" with any key.
func kindOf(path []string) (kind, bool) {
	if k, ok := keyKinds[strings.Join(path, ".")]; ok {
		return k, true
	}
	if len(path) >= 2 && path[0] == "languages" {
		p := append([]string{"languages", "*"}, path[2:]...)
		k, ok := keyKinds[strings.Join(p, ".")]
		return k, ok
	}
	return 0, false
}

// describe says what v is, for a message.
func describe(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("the text %q", v)
	case bool:
		return fmt.Sprintf("%t", v)
	case int, int64, float64:
		return fmt.Sprintf("the number %v", v)
	case map[string]any:
		return "keys with values (a table)"
	case []any, []map[string]any:
		return "a list"
	case nil:
		return "nothing"
	}
	return fmt.Sprintf("%v", v)
}
