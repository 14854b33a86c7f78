package render

import (
	"fmt"
	"reflect"
	"time"
)

// length is text/template's len, which says a mistake in Go's words ("len
// of type int"); this one says what len counts and what the value is.
func length(v reflect.Value) (int, error) {
	v, isNil := indirect(v)
	if isNil {
		return 0, fmt.Errorf("len of nothing: the value is not there (nil); check it with {{ with }} first")
	}
	switch v.Kind() {
	case reflect.Array, reflect.Chan, reflect.Map, reflect.Slice, reflect.String:
		return v.Len(), nil
	}
	return 0, fmt.Errorf("len counts the items of a list or a map, or the bytes of a text, and this value is %s", valueWords(v))
}

// index is text/template's index, with its mistakes in a site author's
// words: an item past a list's end ("index out of range: 5"), a key of the
// wrong kind ("value has type int; should be string"), a value that holds
// no items.
func index(item reflect.Value, keys ...reflect.Value) (reflect.Value, error) {
	item = indirectInterface(item)
	if !item.IsValid() {
		return reflect.Value{}, fmt.Errorf("index of nothing: the value is not there (nil), perhaps as a key before it is not there; check it with {{ with }} first")
	}
	for _, key := range keys {
		key = indirectInterface(key)
		var isNil bool
		if item, isNil = indirect(item); isNil {
			return reflect.Value{}, fmt.Errorf("index of nothing: the value is not there (nil); check it with {{ with }} first")
		}
		switch item.Kind() {
		case reflect.Array, reflect.Slice, reflect.String:
			i, ok := intOf(key)
			if !ok {
				return reflect.Value{}, fmt.Errorf("index: the items of a list are numbered from 0, as in index .Pages 0; %s is no such number", valueWords(key))
			}
			if i < 0 || i >= int64(item.Len()) {
				return reflect.Value{}, fmt.Errorf("index %d: the list holds %s, numbered from 0; check its length first, as in {{ if gt (len LIST) %d }}", i, items(item.Len()), i)
			}
			item = item.Index(int(i))
		case reflect.Map:
			k, ok := mapKey(key, item.Type().Key())
			if !ok {
				return reflect.Value{}, fmt.Errorf("index: a key of this map is %s, not %s", typeWords(item.Type().Key()), valueWords(key))
			}
			if x := item.MapIndex(k); x.IsValid() {
				item = x
			} else {
				item = reflect.Zero(item.Type().Elem())
			}
		case reflect.Invalid:
			return reflect.Value{}, fmt.Errorf("index of nothing: the value is not there (nil), perhaps as a key before it is not there; check it with {{ with }} first")
		default:
			return reflect.Value{}, fmt.Errorf("index reads an item of a list or a map, and this value is %s", valueWords(item))
		}
	}
	return item, nil
}

// items says n items in words.
func items(n int) string {
	if n == 1 {
		return "1 item"
	}
	return fmt.Sprintf("%d items", n)
}

// intOf is key as a whole number, when it is one.
func intOf(key reflect.Value) (int64, bool) {
	switch key.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return key.Int(), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if key.Uint() > 1<<62 {
			return -1, true
		}
		return int64(key.Uint()), true
	}
	return 0, false
}

// mapKey is key as a key of type t, as text/template takes it: a value of
// the type, or a whole number for a map numbered so.
func mapKey(key reflect.Value, t reflect.Type) (reflect.Value, bool) {
	switch {
	case !key.IsValid():
		switch t.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan:
			return reflect.Zero(t), true
		}
		return reflect.Value{}, false
	case key.Type().AssignableTo(t):
		return key, true
	}
	if _, ok := intOf(key); ok && key.Type().ConvertibleTo(t) {
		if _, ok := intOf(reflect.Zero(t)); ok {
			return key.Convert(t), true
		}
	}
	return reflect.Value{}, false
}

// indirect follows pointers from v; isNil when one is nil.
func indirect(v reflect.Value) (rv reflect.Value, isNil bool) {
	for ; v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface; v = v.Elem() {
		if v.IsNil() {
			return v, true
		}
	}
	return v, false
}

// indirectInterface is the value v holds, when v is an interface.
func indirectInterface(v reflect.Value) reflect.Value {
	switch {
	case v.Kind() != reflect.Interface:
		return v
	case v.IsNil():
		return reflect.Value{}
	}
	return v.Elem()
}

// valueWords says what a value is, for a message: its kind in words and,
// for a short one, the value.
func valueWords(v reflect.Value) string {
	if !v.IsValid() {
		return "nothing (nil)"
	}
	w := typeWords(v.Type())
	switch v.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return fmt.Sprintf("%s (%v)", w, v)
	case reflect.String:
		if s := v.String(); len(s) <= 40 {
			return fmt.Sprintf("%s (%q)", w, s)
		}
	}
	return w
}

// typeWords says what a value of type t is.
func typeWords(t reflect.Type) string {
	for _, t := range []reflect.Type{t, reflect.PointerTo(t)} {
		if w, ok := viewNames[t]; ok {
			return w
		}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return typeWords(t.Elem())
	case reflect.String:
		return "a text"
	case reflect.Bool:
		return "yes or no"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Map:
		return "a map"
	case reflect.Struct:
		if t == reflect.TypeFor[time.Time]() {
			return "a date"
		}
		return "a " + t.Name()
	}
	return "a " + t.Kind().String()
}
