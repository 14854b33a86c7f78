package shortcode

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// Hugo's set functions on lists, which themes' shortcodes and partials call
// (one theme checks every shortcode's parameters with complement). Items are
// compared as eq compares them (1 and int64 1 are one item). Each result is
// a list of the type of the list its items come from, so that a list of
// pages stays one, with its methods.

// intersect is the items of a that b holds too, in a's order, each once;
// nothing when either is nil.
func intersect(a, b any) (any, error) {
	if isNil(a) || isNil(b) {
		return []any{}, nil
	}
	va, err := setList("intersect", a)
	if err != nil {
		return nil, err
	}
	lb, err := setItems("intersect", b)
	if err != nil {
		return nil, err
	}
	out := reflect.MakeSlice(va.Type(), 0, va.Len())
	var kept []any
	for i := range va.Len() {
		x := va.Index(i)
		if member(lb, x.Interface()) && !member(kept, x.Interface()) {
			kept = append(kept, x.Interface())
			out = reflect.Append(out, x)
		}
	}
	return out.Interface(), nil
}

// symdiff is the items of a that b lacks, then those of b that a lacks; a
// list of a's type when b is of it too.
func symdiff(a, b any) (any, error) {
	va, err := setList("symdiff", a)
	if err != nil {
		return nil, err
	}
	vb, err := setList("symdiff", b)
	if err != nil {
		return nil, err
	}
	typ := va.Type()
	if vb.Type() != typ {
		typ = reflect.TypeFor[[]any]()
	}
	la, lb := listOf(va.Interface()), listOf(vb.Interface())
	out := reflect.MakeSlice(typ, 0, len(la)+len(lb))
	for _, side := range []struct {
		v     reflect.Value
		other []any
	}{{va, lb}, {vb, la}} {
		for i := range side.v.Len() {
			x := side.v.Index(i)
			if member(side.other, x.Interface()) {
				continue
			}
			if typ.Elem().Kind() == reflect.Interface {
				x = reflect.ValueOf(x.Interface())
				if !x.IsValid() {
					x = reflect.Zero(typ.Elem())
				}
			}
			out = reflect.Append(out, x)
		}
	}
	return out.Interface(), nil
}

// complement is Hugo's complement SET... LIST: the items of LIST, the last
// argument, that are in none of the lists before it (or equal to none of the
// single values among them).
func complement(args ...any) (any, error) {
	if len(args) < 2 {
		return nil, fmt.Errorf("complement: want one list or value or more, then the list to take items from, got %d arguments", len(args))
	}
	universe, err := setList("complement", args[len(args)-1])
	if err != nil {
		return nil, err
	}
	var drop []any
	for _, a := range args[:len(args)-1] {
		if items := listOf(a); items != nil || reflect.ValueOf(a).Kind() == reflect.Slice {
			drop = append(drop, items...)
		} else {
			drop = append(drop, a)
		}
	}
	out := reflect.MakeSlice(universe.Type(), 0, universe.Len())
	for i := range universe.Len() {
		if x := universe.Index(i); !member(drop, x.Interface()) {
			out = reflect.Append(out, x)
		}
	}
	return out.Interface(), nil
}

// setList is list as a slice (an array copied into one), or an error naming
// the function when it is no list.
func setList(name string, list any) (reflect.Value, error) {
	v := reflect.ValueOf(list)
	switch {
	case list == nil:
		return reflect.ValueOf([]any{}), nil
	case v.Kind() == reflect.Slice:
		return v, nil
	case v.Kind() == reflect.Array:
		return reflect.ValueOf(listOf(list)), nil
	}
	return reflect.Value{}, fmt.Errorf("%s: %s is not a list", name, diag.KindOf(list))
}

// setItems is the items of list, or an error naming the function.
func setItems(name string, list any) ([]any, error) {
	v, err := setList(name, list)
	if err != nil {
		return nil, err
	}
	return listOf(v.Interface()), nil
}

// member reports whether list holds an item equal to x.
func member(list []any, x any) bool {
	return slices.ContainsFunc(list, func(y any) bool { return equal(x, y) })
}
