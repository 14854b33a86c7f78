package render

import (
	"fmt"
	"reflect"
)

// maxKeyValues is the most values one key of partialCached may hold, maps'
// and lists' items counted at every depth: a key tells outputs apart (a
// page's address, a language), and is printed whole to be compared. A dict
// that holds itself again at each level (dict "a" $x "b" $x) prints
// exponentially long: 30 levels held the build until its timeout and half
// a gigabyte.
const maxKeyValues = 100_000

// keyTooLarge is the error for a key of partialCached that holds more than
// maxKeyValues values, nil else. It counts what fmt prints: the items of
// maps, lists and the fields of a struct, through pointers only at the
// top, as fmt prints a pointer below it as its address.
func keyTooLarge(name string, key any) error {
	left := maxKeyValues
	var walk func(v reflect.Value, top bool) bool
	walk = func(v reflect.Value, top bool) bool {
		left--
		if left < 0 {
			return false
		}
		switch v.Kind() {
		case reflect.Interface:
			if !v.IsNil() {
				return walk(v.Elem(), top)
			}
		case reflect.Pointer:
			if top && !v.IsNil() {
				return walk(v.Elem(), false)
			}
		case reflect.Map:
			for it := v.MapRange(); it.Next(); {
				if !walk(it.Key(), false) || !walk(it.Value(), false) {
					return false
				}
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				if !walk(v.Index(i), false) {
					return false
				}
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if !walk(v.Field(i), false) {
					return false
				}
			}
		}
		return true
	}
	if walk(reflect.ValueOf(key), true) {
		return nil
	}
	return fmt.Errorf("partialCached %q: a key holds more than %d values (a dict or list that holds another, again and again?); a key is a text or a number that tells the partial's outputs apart, such as .Page.RelPermalink or .Page.Lang", name, maxKeyValues)
}
