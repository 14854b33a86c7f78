package shortcode

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"html/template"
	"reflect"
	"strings"
	"time"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// Hugo's namespaced names of the functions the set has under their short
// names (collections.Where is where, compare.Default is default,
// cast.ToInt is int, fmt.Printf is printf), which themes' partials call in
// either form: each method calls the set's own function, so that both
// forms do the same. And the functions of those namespaces themes call
// that the set lacked: apply, keyVals, group, collections.Reverse,
// safeJSStr, duration and hmac.

// funcsOf calls the functions of a Templates' set by name.
type funcsOf struct{ t *Templates }

// call calls the set's function name with args, as a template would.
func (f funcsOf) call(name string, args ...any) (any, error) {
	v := tryFunc(f.t.pure, name, args)
	return v.Value, v.Err
}

// collectionsNS is Hugo's collections namespace.
type collectionsNS struct{ funcsOf }

func (n collectionsNS) After(args ...any) (any, error)      { return n.call("after", args...) }
func (n collectionsNS) Append(args ...any) (any, error)     { return n.call("append", args...) }
func (n collectionsNS) Apply(args ...any) (any, error)      { return n.call("apply", args...) }
func (n collectionsNS) Complement(args ...any) (any, error) { return n.call("complement", args...) }
func (n collectionsNS) Delimit(args ...any) (any, error)    { return n.call("delimit", args...) }
func (n collectionsNS) Dictionary(args ...any) (any, error) { return n.call("dict", args...) }
func (n collectionsNS) First(args ...any) (any, error)      { return n.call("first", args...) }
func (n collectionsNS) Group(args ...any) (any, error)      { return n.call("group", args...) }
func (n collectionsNS) In(args ...any) (any, error)         { return n.call("in", args...) }
func (n collectionsNS) Index(args ...any) (any, error)      { return n.call("index", args...) }
func (n collectionsNS) Intersect(args ...any) (any, error)  { return n.call("intersect", args...) }
func (n collectionsNS) IsSet(args ...any) (any, error)      { return n.call("isset", args...) }
func (n collectionsNS) KeyVals(args ...any) (any, error)    { return n.call("keyVals", args...) }
func (n collectionsNS) Last(args ...any) (any, error)       { return n.call("last", args...) }
func (n collectionsNS) Merge(args ...any) (any, error)      { return n.call("merge", args...) }
func (n collectionsNS) Querify(args ...any) (any, error)    { return n.call("querify", args...) }
func (n collectionsNS) Seq(args ...any) (any, error)        { return n.call("seq", args...) }
func (n collectionsNS) Shuffle(args ...any) (any, error)    { return n.call("shuffle", args...) }
func (n collectionsNS) Slice(args ...any) (any, error)      { return n.call("slice", args...) }
func (n collectionsNS) Sort(args ...any) (any, error)       { return n.call("sort", args...) }
func (n collectionsNS) SymDiff(args ...any) (any, error)    { return n.call("symdiff", args...) }
func (n collectionsNS) Union(args ...any) (any, error)      { return n.call("union", args...) }
func (n collectionsNS) Uniq(args ...any) (any, error)       { return n.call("uniq", args...) }
func (n collectionsNS) Where(args ...any) (any, error)      { return n.call("where", args...) }

// Reverse is Hugo's collections.Reverse: the items of a list (an array or
// a slice) in the reverse order, in a new list.
func (collectionsNS) Reverse(list any) (any, error) {
	v := reflect.ValueOf(list)
	if !v.IsValid() {
		return nil, nil
	}
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return nil, fmt.Errorf("collections.Reverse: want a list, got %s", diag.KindOf(list))
	}
	out := reflect.MakeSlice(reflect.SliceOf(v.Type().Elem()), v.Len(), v.Len())
	for i := range v.Len() {
		out.Index(v.Len() - 1 - i).Set(v.Index(i))
	}
	return out.Interface(), nil
}

// compareNS is Hugo's compare namespace.
type compareNS struct{ funcsOf }

func (n compareNS) Conditional(args ...any) (any, error) { return n.call("cond", args...) }
func (n compareNS) Default(args ...any) (any, error)     { return n.call("default", args...) }
func (n compareNS) Eq(args ...any) (any, error)          { return n.call("eq", args...) }
func (n compareNS) Ne(args ...any) (any, error)          { return n.call("ne", args...) }
func (n compareNS) Ge(args ...any) (any, error)          { return n.call("ge", args...) }
func (n compareNS) Gt(args ...any) (any, error)          { return n.call("gt", args...) }
func (n compareNS) Le(args ...any) (any, error)          { return n.call("le", args...) }
func (n compareNS) Lt(args ...any) (any, error)          { return n.call("lt", args...) }

// castNS is Hugo's cast namespace.
type castNS struct{ funcsOf }

func (n castNS) ToInt(v any) (any, error)    { return n.call("int", v) }
func (n castNS) ToFloat(v any) (any, error)  { return n.call("float", v) }
func (n castNS) ToString(v any) (any, error) { return n.call("string", v) }

// fmtNS is Hugo's fmt namespace.
type fmtNS struct{ funcsOf }

func (n fmtNS) Print(args ...any) (any, error)    { return n.call("print", args...) }
func (n fmtNS) Printf(args ...any) (any, error)   { return n.call("printf", args...) }
func (n fmtNS) Println(args ...any) (any, error)  { return n.call("println", args...) }
func (n fmtNS) Errorf(args ...any) (any, error)   { return n.call("errorf", args...) }
func (n fmtNS) Erroridf(args ...any) (any, error) { return n.call("erroridf", args...) }
func (n fmtNS) Warnf(args ...any) (any, error)    { return n.call("warnf", args...) }
func (n fmtNS) Warnidf(args ...any) (any, error)  { return n.call("warnidf", args...) }

// apply is Hugo's apply: the function of the set named fname called for
// each item of list, with args where "." stands for the item. A function
// that knows the page (relLangURL) is not one of the set's: Call.Apply
// calls those.
func (f funcsOf) apply(list any, fname string, args ...any) ([]any, error) {
	return applyWith(list, fname, args, func(args []any) (any, error) {
		if _, ok := f.t.pure[fname]; !ok || fname == "apply" {
			return nil, fmt.Errorf("apply: %q is not a function apply can call", fname)
		}
		return f.call(fname, args...)
	})
}

// applyWith runs call for each item of list with args, "." replaced by
// the item, and gives the results in a list.
func applyWith(list any, fname string, args []any, call func([]any) (any, error)) ([]any, error) {
	v := reflect.ValueOf(list)
	if !v.IsValid() {
		return nil, nil
	}
	if v.Kind() == reflect.Map {
		return nil, fmt.Errorf("apply: want a list, got a map")
	}
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return nil, fmt.Errorf("apply: want a list, got %s", diag.KindOf(list))
	}
	out := make([]any, 0, v.Len())
	for i := range v.Len() {
		item := v.Index(i).Interface()
		in := make([]any, len(args))
		for j, a := range args {
			if s, ok := a.(string); ok && s == "." {
				in[j] = item
			} else {
				in[j] = a
			}
		}
		r, err := call(in)
		if err != nil {
			return nil, fmt.Errorf("apply %s: %w", fname, err)
		}
		out = append(out, r)
	}
	return out, nil
}

// KeyValues is what Hugo's keyVals makes: a key and its values.
type KeyValues struct {
	Key    any
	Values []any
}

// String is Hugo's: the key and the values.
func (k KeyValues) String() string { return fmt.Sprintf("%v: %v", k.Key, k.Values) }

// keyVals is Hugo's keyVals.
func keyVals(key any, values ...any) KeyValues { return KeyValues{Key: key, Values: values} }

// PageGroup is what Hugo's group makes of a list of pages: a key and the
// pages.
type PageGroup struct {
	Key   any
	Pages any
}

// group is Hugo's group: {{ $pages | group "key" }}.
func group(key, pages any) (PageGroup, error) {
	if v := reflect.ValueOf(pages); v.IsValid() && v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return PageGroup{}, fmt.Errorf("group: want a list of pages, got %s", diag.KindOf(pages))
	}
	return PageGroup{Key: key, Pages: pages}, nil
}

// safeJSStr is Hugo's safeJSStr: text a template puts inside a JavaScript
// string as it is.
func safeJSStr(s any) template.JSStr { return template.JSStr(toText(s)) }

// durationUnits are the units of Hugo's duration.
var durationUnits = map[string]time.Duration{
	"ns": time.Nanosecond, "nanosecond": time.Nanosecond,
	"us": time.Microsecond, "µs": time.Microsecond, "microsecond": time.Microsecond,
	"ms": time.Millisecond, "millisecond": time.Millisecond,
	"s": time.Second, "second": time.Second,
	"m": time.Minute, "minute": time.Minute,
	"h": time.Hour, "hour": time.Hour,
}

// duration is Hugo's duration (time.Duration): n of unit ("s", "minute").
func duration(unit, n any) (time.Duration, error) {
	u, ok := durationUnits[toText(unit)]
	if !ok {
		return 0, fmt.Errorf("duration: %q is not a unit; write ns, us, ms, s, m or h", toText(unit))
	}
	x, err := toFloat(n)
	if err != nil {
		return 0, fmt.Errorf("duration: %w", err)
	}
	return time.Duration(x * float64(u)), nil
}

// hmacOf is Hugo's hmac (crypto.HMAC): the keyed sum of message with the
// hash named (md5, sha1, sha256, sha512), in hex, or as bytes with
// "binary".
func hmacOf(hashName, key, message any, encoding ...any) (string, error) {
	var h func() hash.Hash
	switch strings.ToLower(toText(hashName)) {
	case "md5":
		h = md5.New
	case "sha1":
		h = sha1.New
	case "sha256":
		h = sha256.New
	case "sha512":
		h = sha512.New
	default:
		return "", fmt.Errorf("hmac: %q is not a hash; write md5, sha1, sha256 or sha512", toText(hashName))
	}
	m := hmac.New(h, []byte(toText(key)))
	m.Write([]byte(toText(message)))
	sum := m.Sum(nil)
	enc := "hex"
	if len(encoding) > 0 {
		enc = toText(encoding[0])
	}
	switch enc {
	case "hex":
		return hex.EncodeToString(sum), nil
	case "binary":
		return string(sum), nil
	}
	return "", fmt.Errorf("hmac: %q is not an encoding; write hex or binary", enc)
}
