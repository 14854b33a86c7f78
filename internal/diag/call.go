package diag

import (
	"fmt"
	"reflect"
)

// Call is text/template's call, which layouts and shortcodes have in its
// place: its refusals say in plain words what the value called is and
// what the function takes, where text/template's say "non-function $f of
// type []interface {}" and "wrong number of args for $f: got 1 want 2".
func Call(fn reflect.Value, args ...reflect.Value) (reflect.Value, error) {
	fn = indirectValue(fn)
	if !fn.IsValid() || fn.Kind() != reflect.Func || fn.IsNil() {
		return reflect.Value{}, fmt.Errorf("call runs a function kept in a value; this value is %s, not a function", Kind(fn))
	}
	typ := fn.Type()
	if n := typ.NumOut(); n == 0 || n > 2 || n == 2 && typ.Out(1) != errorType {
		return reflect.Value{}, fmt.Errorf("call runs a function that gives one value (and maybe an error); this one gives %d", typ.NumOut())
	}
	fixed := typ.NumIn()
	if typ.IsVariadic() {
		fixed--
	}
	if len(args) < fixed || !typ.IsVariadic() && len(args) > fixed {
		values := "values"
		if fixed == 1 {
			values = "value"
		}
		return reflect.Value{}, fmt.Errorf("call: the function takes %d %s after it, and is given %d", fixed, values, len(args))
	}
	argv := make([]reflect.Value, len(args))
	for i, a := range args {
		want := typ.In(min(i, typ.NumIn()-1))
		if i >= fixed {
			want = want.Elem()
		}
		a = indirectValue(a)
		switch {
		case !a.IsValid():
			switch want.Kind() {
			case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan:
				a = reflect.Zero(want)
			default:
				return reflect.Value{}, fmt.Errorf("call: value %d given to the function is nothing, where it takes %s", i+1, typeKind(want))
			}
		case a.Type().AssignableTo(want):
		case a.CanConvert(want) && numeric(a.Kind()) && numeric(want.Kind()):
			a = a.Convert(want)
		default:
			return reflect.Value{}, fmt.Errorf("call: value %d given to the function is %s, where it takes %s", i+1, Kind(a), typeKind(want))
		}
		argv[i] = a
	}
	return safeCall(fn, argv)
}

// safeCall calls fn with args, its panic an error, as text/template does.
func safeCall(fn reflect.Value, args []reflect.Value) (v reflect.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", r)
			}
		}
	}()
	out := fn.Call(args)
	if len(out) == 2 && !out[1].IsNil() {
		return out[0], out[1].Interface().(error)
	}
	return out[0], nil
}

var errorType = reflect.TypeFor[error]()

// indirectValue is v through its interfaces.
func indirectValue(v reflect.Value) reflect.Value {
	for v.IsValid() && v.Kind() == reflect.Interface {
		if v.IsNil() {
			return reflect.Value{}
		}
		v = v.Elem()
	}
	return v
}

func numeric(k reflect.Kind) bool {
	return k >= reflect.Int && k <= reflect.Float64
}

// Kind says what v is, in a site author's words: "a whole number (3)",
// "a text ("abc")", "a list", "nothing".
func Kind(v reflect.Value) string {
	v = indirectValue(v)
	for v.IsValid() && v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return "nothing"
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		return "nothing"
	}
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		if len(s) > 40 {
			s = s[:40] + "…"
		}
		return fmt.Sprintf("a text (%q)", s)
	case reflect.Bool:
		return fmt.Sprintf("%v", v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return fmt.Sprintf("a whole number (%v)", v.Interface())
	case reflect.Float32, reflect.Float64:
		return fmt.Sprintf("a number (%v)", v.Float())
	}
	return typeKind(v.Type())
}

// typeKind says what a value of type t is, in a site author's words.
func typeKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a text"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Map:
		return "a map"
	case reflect.Func:
		return "a function"
	case reflect.Interface:
		return "any value"
	case reflect.Pointer:
		return typeKind(t.Elem())
	}
	return "a " + t.Name()
}

// KindOf is Kind of the value v, for messages that name what a function
// was given where Go's %T would name its type ("[]interface {}").
func KindOf(v any) string { return Kind(reflect.ValueOf(v)) }
