package render

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"html/template"
	"math/rand/v2"
	"reflect"
	"strings"

	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/nobreak"
	"github.com/vestis-ssg/vestis/internal/valuesize"
)

// Funcs are the pure helpers of layouts, for shortcode templates.
func Funcs() template.FuncMap { return funcs() }

// funcs are the pure helpers every layout may call. Everything that depends on
// the language or the site is a method of View instead.
func funcs() template.FuncMap {
	fm := template.FuncMap{
		"safeHTML": func(s any) template.HTML { return template.HTML(fmt.Sprint(s)) }, // Hugo takes any value
		"dict":     dict,
		"slice":    func(items ...any) []any { return items },
		"len":      length,
		"index":    index,
		"first":    first,
		"where":    where,
		"add":      func(a, b int) int { return a + b },
		"sub":      func(a, b int) int { return a - b },
		"default": func(fallback, v any) any {
			if v == nil || reflect.ValueOf(v).IsZero() {
				return fallback
			}
			return v
		},
		"lower": strings.ToLower,
		"upper": strings.ToUpper,
		"join":  valuesize.Join,
		// Hugo's string helpers, which its shortcodes call.
		"trim":    func(s any, cutset string) string { return strings.Trim(fmt.Sprint(s), cutset) },
		"split":   func(s any, sep string) []string { return strings.Split(fmt.Sprint(s), sep) },
		"delimit": delimit,
		"md5":     func(s any) string { sum := md5.Sum([]byte(fmt.Sprint(s))); return hex.EncodeToString(sum[:]) },
		"shuffle": shuffle,
		// nobreak keeps short hyphenated names and codes ("MIT J-WEL",
		// "COVID-19") whole at the end of a line: a span of class "nobr".
		"nobreak": nobreak.HTML,
		// text/template's call, its refusals in plain words.
		"call": diag.Call,
	}
	// print, printf and println refuse a text too large, and the check of
	// the values layouts keep (valuesize.Guard).
	for name, f := range valuesize.Funcs() {
		fm[name] = f
	}
	return fm
}

// funcTypes are the types of the functions layouts call, whose
// arguments typecheck checks before any page runs (add "a" 1).
func funcTypes() map[string]reflect.Type {
	types := map[string]reflect.Type{
		"partialCached": reflect.TypeOf(func(string, any, ...any) (template.HTML, error) { return "", nil }),
	}
	for name, f := range funcs() {
		types[name] = reflect.TypeOf(f)
	}
	return types
}

// delimit joins the items of a list, each as fmt.Sprint writes it, with sep
// (and last before the last item, when given, as Hugo's third argument).
func delimit(list any, sep string, last ...string) (string, error) {
	v := reflect.ValueOf(list)
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return "", fmt.Errorf("delimit: %s is not a list", diag.KindOf(list))
	}
	if len(last) > 1 {
		return "", fmt.Errorf("delimit: want a list, a separator and at most a last separator, got %d separators", 1+len(last))
	}
	parts := make([]string, v.Len())
	for i := range v.Len() {
		parts[i] = fmt.Sprint(v.Index(i).Interface())
	}
	if len(last) == 1 && len(parts) > 1 {
		// Hugo's third argument: the separator before the last item ("a, b and c").
		n := len(parts)
		joined, err := valuesize.Join(parts[:n-1], sep)
		if err != nil {
			return "", err
		}
		return valuesize.Join([]string{joined, parts[n-1]}, last[0])
	}
	return valuesize.Join(parts, sep)
}

// shuffle is Hugo's shuffle, reproducible: the order is drawn from a
// generator seeded by the list's items, so that two builds of the same site
// are byte for byte the same.
func shuffle(list any) (any, error) {
	v := reflect.ValueOf(list)
	if v.Kind() != reflect.Slice {
		return nil, fmt.Errorf("shuffle: %s is not a list", diag.KindOf(list))
	}
	out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
	reflect.Copy(out, v)
	h := fnv.New64a()
	fmt.Fprint(h, list)
	r := rand.New(rand.NewPCG(h.Sum64(), 0))
	r.Shuffle(out.Len(), reflect.Swapper(out.Interface()))
	return out.Interface(), nil
}

func dict(pairs ...any) (map[string]any, error) {
	if len(pairs)%2 != 0 {
		return nil, fmt.Errorf("dict: want key, value pairs, got %d arguments", len(pairs))
	}
	m := make(map[string]any, len(pairs)/2)
	for i := 0; i < len(pairs); i += 2 {
		path, err := dictKey(pairs[i])
		if err != nil {
			return nil, err
		}
		// A key of several names (split "params.author" ".") is a path
		// of maps, as Hugo's dict makes it: {params: {author: value}}.
		at := m
		for _, k := range path[:len(path)-1] {
			next, ok := at[k].(map[string]any)
			if !ok {
				next = map[string]any{}
				at[k] = next
			}
			at = next
		}
		at[path[len(path)-1]] = pairs[i+1]
	}
	return m, nil
}

// dictKey is a key of dict: a text, or a list of texts (a path).
func dictKey(k any) ([]string, error) {
	switch k := k.(type) {
	case string:
		return []string{k}, nil
	case []string:
		if len(k) > 0 {
			return k, nil
		}
	case []any:
		path := make([]string, len(k))
		for i, x := range k {
			s, ok := x.(string)
			if !ok {
				return nil, fmt.Errorf("dict: key %v is not a text nor a list of texts", k)
			}
			path[i] = s
		}
		if len(path) > 0 {
			return path, nil
		}
	}
	return nil, fmt.Errorf("dict: key %v is not a text nor a list of texts", k)
}

func first(n int, list any) (any, error) {
	v := reflect.ValueOf(list)
	if v.Kind() != reflect.Slice {
		return nil, fmt.Errorf("first: %s is not a list", diag.KindOf(list))
	}
	return v.Slice(0, min(max(n, 0), v.Len())).Interface(), nil
}

// where keeps the items of list whose field (or zero-argument method) equals value.
func where(list any, field string, value any) (any, error) {
	v := reflect.ValueOf(list)
	if v.Kind() != reflect.Slice {
		return nil, fmt.Errorf("where: %T is not a list", list)
	}
	out := reflect.MakeSlice(v.Type(), 0, v.Len())
	for i := range v.Len() {
		item := v.Index(i)
		got, err := fieldOf(item, field)
		if err != nil {
			return nil, fmt.Errorf("where: %w", err)
		}
		if fmt.Sprint(got) == fmt.Sprint(value) {
			out = reflect.Append(out, item)
		}
	}
	return out.Interface(), nil
}

func fieldOf(v reflect.Value, name string) (any, error) {
	if m := v.MethodByName(name); m.IsValid() && m.Type().NumIn() == 0 && m.Type().NumOut() >= 1 {
		return m.Call(nil)[0].Interface(), nil
	}
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if v.Kind() == reflect.Struct {
		if f := v.FieldByName(name); f.IsValid() {
			return f.Interface(), nil
		}
	}
	if v.Kind() == reflect.Map {
		if f := v.MapIndex(reflect.ValueOf(name)); f.IsValid() {
			return f.Interface(), nil
		}
		return nil, nil
	}
	return nil, fmt.Errorf("%s has no field %q", v.Type(), name)
}
