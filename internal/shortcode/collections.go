package shortcode

import (
	"cmp"
	"errors"
	"fmt"
	"html/template"
	"net/url"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// Hugo's sort and where, which sites' shortcodes call on lists of data
// (.Site.Data, front matter lists) and of pages: a KEY names what each item
// is compared by, "value" (or none) the item itself, "a.b" a path through
// maps, fields and methods (Title, Params.x).

// sortList is Hugo's sort COLLECTION [KEY] [ORDER]: a list, or a map's
// values, sorted by KEY, ascending unless ORDER is "desc". A map without KEY
// is sorted by its keys. The sort is stable, and a list keeps its type.
func sortList(list any, args ...any) (any, error) {
	if len(args) > 2 {
		return nil, fmt.Errorf("sort: want a list, a key and an order, got %d arguments", len(args)+1)
	}
	key, order := "value", "asc"
	if len(args) > 0 {
		key = fmt.Sprint(args[0])
	}
	if len(args) > 1 {
		order = strings.ToLower(fmt.Sprint(args[1]))
	}
	if order != "asc" && order != "desc" {
		return nil, fmt.Errorf("sort: order %q is neither asc nor desc", order)
	}
	v := reflect.ValueOf(list)
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	type item struct {
		v   reflect.Value
		key any
	}
	var items []item
	switch v.Kind() {
	case reflect.Invalid:
		return []any{}, nil
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			x := v.Index(i)
			items = append(items, item{x, lookup(x, key)})
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			x := v.MapIndex(k)
			by := lookup(x, key)
			if len(args) == 0 {
				by = k.Interface()
			}
			items = append(items, item{x, by})
		}
		slices.SortFunc(items, func(a, b item) int { return order3(a.key, b.key) }) // a start that does not depend on Go's map order
	default:
		return nil, fmt.Errorf("sort: %s is not a list or a map", diag.KindOf(list))
	}
	slices.SortStableFunc(items, func(a, b item) int {
		c := order3(a.key, b.key)
		if order == "desc" {
			return -c
		}
		return c
	})
	out := reflect.MakeSlice(reflect.SliceOf(reflect.TypeFor[any]()), 0, len(items))
	if v.Kind() == reflect.Slice {
		out = reflect.MakeSlice(v.Type(), 0, len(items))
	}
	for _, it := range items {
		out = reflect.Append(out, it.v)
	}
	return out.Interface(), nil
}

// order3 orders a and b as lt does (numbers as numbers, times as times, else
// as text); values it cannot compare are ordered as their text.
func order3(a, b any) int {
	if c, err := compare("sort", a, b); err == nil {
		return c
	}
	return cmp.Compare(fmt.Sprint(a), fmt.Sprint(b))
}

// lookup follows key ("value", or a path "a.b", a leading dot allowed)
// from v, through maps, fields and zero-argument methods; nil where the path
// ends.
func lookup(v reflect.Value, key string) any {
	key = strings.TrimPrefix(key, ".")
	if key == "value" || key == "" {
		if !v.IsValid() {
			return nil
		}
		return v.Interface()
	}
	for part := range strings.SplitSeq(key, ".") {
		v = step(v, part)
		if !v.IsValid() {
			return nil
		}
	}
	return v.Interface()
}

// step is the value of name in v: a map's key (as written, else in lower
// case, as Hugo's front matter keys are), or a field or zero-argument method
// (Title for title).
func step(v reflect.Value, name string) reflect.Value {
	for v.IsValid() && (v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer) {
		if m := v.MethodByName(exported(name)); m.IsValid() {
			return call(m)
		}
		if v.IsNil() {
			return reflect.Value{}
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		return v
	}
	if m := v.MethodByName(exported(name)); m.IsValid() {
		return call(m)
	}
	switch v.Kind() {
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			return reflect.Value{}
		}
		for _, k := range []string{name, strings.ToLower(name)} {
			if x := v.MapIndex(reflect.ValueOf(k).Convert(v.Type().Key())); x.IsValid() {
				return x
			}
		}
	case reflect.Struct:
		if f := v.FieldByName(exported(name)); f.IsValid() && f.CanInterface() {
			return f
		}
	}
	return reflect.Value{}
}

// call calls a method that takes nothing and gives a value (and perhaps an
// error, then ignored: the path ends).
func call(m reflect.Value) reflect.Value {
	t := m.Type()
	if t.NumIn() != 0 || t.NumOut() == 0 || t.NumOut() > 2 {
		return reflect.Value{}
	}
	out := m.Call(nil)
	if len(out) == 2 && !out[1].IsNil() {
		return reflect.Value{}
	}
	return out[0]
}

func exported(name string) string {
	r, n := utf8.DecodeRuneInString(name)
	return string(unicode.ToUpper(r)) + name[n:]
}

// where is Hugo's where COLLECTION KEY [OPERATOR] MATCH: the items of a list
// whose KEY matches, by = (the default), !=, <, <=, >, >=, in, "not in",
// intersect or like (a regular expression). The list keeps its type.
func where(list any, key string, args ...any) (any, error) {
	op, match := "=", any(nil)
	switch len(args) {
	case 1:
		match = args[0]
	case 2:
		op, match = strings.ToLower(strings.TrimSpace(fmt.Sprint(args[0]))), args[1]
	default:
		return nil, fmt.Errorf("where: want a list, a key, perhaps an operator, and a value")
	}
	var re *regexp.Regexp
	if op == "like" {
		var err error
		if re, err = regexp.Compile(fmt.Sprint(match)); err != nil {
			return nil, regexpError("where: like", fmt.Sprint(match), err)
		}
	}
	v := reflect.ValueOf(list)
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if v.Kind() == reflect.Invalid {
		return []any{}, nil
	}
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return nil, fmt.Errorf("where: the values it goes over are %s, not a list", diag.Kind(v))
	}
	out := reflect.MakeSlice(reflect.SliceOf(reflect.TypeFor[any]()), 0, v.Len())
	if v.Kind() == reflect.Slice {
		out = reflect.MakeSlice(v.Type(), 0, v.Len())
	}
	for i := range v.Len() {
		x := v.Index(i)
		ok, err := matches(lookup(x, key), op, match, re)
		if err != nil {
			return nil, fmt.Errorf("where: %w", err)
		}
		if ok {
			out = reflect.Append(out, x)
		}
	}
	return out.Interface(), nil
}

// matches reports whether got stands in relation op to want.
func matches(got any, op string, want any, re *regexp.Regexp) (bool, error) {
	switch op {
	case "=", "==", "eq":
		return eq(got, want), nil
	case "!=", "<>", "ne":
		return !eq(got, want), nil
	case "<", "lt", "<=", "le", ">", "gt", ">=", "ge":
		if got == nil || want == nil {
			return false, nil
		}
		c, err := compare(op, got, want)
		if err != nil {
			return false, nil // not comparable: not matched, as in Hugo
		}
		switch op {
		case "<", "lt":
			return c < 0, nil
		case "<=", "le":
			return c <= 0, nil
		case ">", "gt":
			return c > 0, nil
		}
		return c >= 0, nil
	case "in", "not in":
		found := in(want, got)
		return found == (op == "in"), nil
	case "intersect":
		for _, g := range listOf(got) {
			if in(want, g) {
				return true, nil
			}
		}
		return false, nil
	case "like":
		return got != nil && re.MatchString(fmt.Sprint(got)), nil
	}
	return false, fmt.Errorf("no operator %q; use =, !=, <, <=, >, >=, in, not in, intersect or like", op)
}

// querify is Hugo's querify: a URL's query made of keys and values, given in
// turn or as one list; keys sorted, as Go's url.Values writes them.
func querify(args ...any) (string, error) {
	if len(args) == 1 {
		if list := listOf(args[0]); list != nil {
			args = list
		}
	}
	if len(args)%2 != 0 {
		return "", errors.New("querify: want keys and values in pairs")
	}
	q := url.Values{}
	for i := 0; i < len(args); i += 2 {
		q.Add(fmt.Sprint(args[i]), fmt.Sprint(args[i+1]))
	}
	return q.Encode(), nil
}

// merge is Hugo's merge: maps merged from left to right, a later value
// winning, maps below the same key merged in turn; keys are matched without
// case, as Hugo's are. The maps given are not changed.
func merge(maps ...any) (map[string]any, error) {
	if len(maps) < 2 {
		return nil, errors.New("merge: want two maps or more")
	}
	out := map[string]any{}
	for i, m := range maps {
		if i < len(maps)-1 && isNil(m) {
			continue // nothing to merge, as Hugo's merge skips it: merge ($.Scratch.Get "unset") $m
		}
		src, ok := stringMap(m)
		if !ok {
			return nil, fmt.Errorf("merge: argument %d is %s, not a map", i+1, diag.KindOf(m))
		}
		mergeInto(out, src)
	}
	return out, nil
}

// mergeInto copies src into dst, merging the maps both have below one key.
func mergeInto(dst, src map[string]any) {
	for k, v := range src {
		key := k
		for dk := range dst {
			if strings.EqualFold(dk, k) {
				key = dk
				break
			}
		}
		sub, isMap := stringMap(v)
		old, oldMap := stringMap(dst[key])
		if isMap && oldMap {
			merged := map[string]any{}
			mergeInto(merged, old)
			mergeInto(merged, sub)
			dst[key] = merged
			continue
		}
		if key != k {
			delete(dst, key)
		}
		dst[k] = v
	}
}

// stringMap is v as a map of text keys: a map[string]any, or any map whose
// keys are text.
func stringMap(v any) (map[string]any, bool) {
	if m, ok := v.(map[string]any); ok {
		return m, true
	}
	r := reflect.ValueOf(v)
	if r.Kind() != reflect.Map || r.Type().Key().Kind() != reflect.String {
		return nil, false
	}
	out := make(map[string]any, r.Len())
	for _, k := range r.MapKeys() {
		out[k.String()] = r.MapIndex(k).Interface()
	}
	return out, true
}

// hugoNS is Hugo's hugo namespace, as themes ask it which Hugo builds them:
// vestis answers as the Hugo it follows (0.111.3, extended), building for
// production.
type hugoNS struct{}

func (hugoNS) Version() string          { return "0.111.3" }
func (hugoNS) GoVersion() string        { return runtime.Version() }
func (hugoNS) Environment() string      { return "production" }
func (hugoNS) IsProduction() bool       { return true }
func (hugoNS) IsDevelopment() bool      { return false }
func (hugoNS) IsServer() bool           { return false }
func (hugoNS) IsExtended() bool         { return true }
func (hugoNS) Generator() template.HTML { return `<meta name="generator" content="vestis">` }
