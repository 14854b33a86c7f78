package shortcode

import (
	"fmt"
	"reflect"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// langNS is Hugo's lang namespace in shortcodes and partials: lang.Merge,
// with which multilingual themes fill a language's list with what another
// language has (Falco's glossary partial). It is pure: the language of a
// message is the page's, which .T and i18n know.
type langNS struct{}

// MergeKeyer is an item of a list that lang.Merge compares by a key of its
// own: a page by its translation key, a bundle's file by its name.
type MergeKeyer interface{ MergeKey() string }

// Merge is Hugo's lang.Merge FROM TO ({{ $pages | lang.Merge $other }}): the
// list TO, then the items of FROM that TO has none of the same key of
// (MergeKeyer, else a Name method, else the item as text), in their order.
// Either list may be nil (no items); other values are an error.
func (langNS) Merge(from, to any) (any, error) {
	if isNil(to) {
		return from, nil
	}
	tv := reflect.ValueOf(to)
	if tv.Kind() != reflect.Slice {
		return nil, fmt.Errorf("lang.Merge: want two lists, got %s", diag.KindOf(to))
	}
	if isNil(from) {
		return to, nil
	}
	fv := reflect.ValueOf(from)
	if fv.Kind() != reflect.Slice {
		return nil, fmt.Errorf("lang.Merge: want two lists, got %s", diag.KindOf(from))
	}
	out := reflect.MakeSlice(tv.Type(), 0, tv.Len()+fv.Len())
	have := map[string]bool{}
	for i := range tv.Len() {
		have[mergeKey(tv.Index(i))] = true
		out = reflect.Append(out, tv.Index(i))
	}
	elem := tv.Type().Elem()
	for i := range fv.Len() {
		item := fv.Index(i)
		if item.Kind() == reflect.Interface && !item.IsNil() {
			item = item.Elem()
		}
		k := mergeKey(item)
		if have[k] {
			continue
		}
		if !item.Type().AssignableTo(elem) {
			return nil, fmt.Errorf("lang.Merge: a list of %s cannot take an item of %s", elem, item.Type())
		}
		have[k] = true
		out = reflect.Append(out, item)
	}
	return out.Interface(), nil
}

// mergeKey is what lang.Merge compares an item by.
func mergeKey(v reflect.Value) string {
	if !v.IsValid() || !v.CanInterface() {
		return ""
	}
	switch x := v.Interface().(type) {
	case MergeKeyer:
		return x.MergeKey()
	case interface{ Name() string }:
		return x.Name()
	default:
		return fmt.Sprint(x)
	}
}

func isNil(v any) bool {
	if v == nil {
		return true
	}
	switch rv := reflect.ValueOf(v); rv.Kind() {
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface:
		return rv.IsNil()
	}
	return false
}
