package shortcode

import (
	"fmt"
	"html/template"
	"reflect"
)

// Hugo's template functions take any value where they want text and make
// it text (cast.ToString: nil is "", a number its digits), so that themes
// call {{ lower .value }} with whatever a dict or a front matter field
// holds, unset included. Go's executor refuses to pass nil or a number to a
// string parameter; loosen gives each function of a FuncMap that has string
// parameters a twin that takes any there and converts as Hugo does.

// loosen returns fm with each function that has string parameters wrapped
// (looseFunc); the others are kept as they are.
func loosen(fm template.FuncMap) template.FuncMap {
	out := make(template.FuncMap, len(fm))
	for name, f := range fm {
		out[name] = looseFunc(f)
	}
	return out
}

var (
	stringType = reflect.TypeFor[string]()
	anyType    = reflect.TypeFor[any]()
)

// looseFunc is f with its string parameters (a variadic ...string too)
// taking any value, made text by toText; f itself when it has none.
func looseFunc(f any) any {
	v := reflect.ValueOf(f)
	t := v.Type()
	if t.Kind() != reflect.Func {
		return f
	}
	in := make([]reflect.Type, t.NumIn())
	loose := make([]bool, t.NumIn())
	any := false
	for i := range in {
		p := t.In(i)
		switch {
		case p == stringType:
			in[i], loose[i], any = anyType, true, true
		case t.IsVariadic() && i == t.NumIn()-1 && p.Elem() == stringType:
			in[i], loose[i], any = reflect.SliceOf(anyType), true, true
		default:
			in[i] = p
		}
	}
	if !any {
		return f
	}
	out := make([]reflect.Type, t.NumOut())
	for i := range out {
		out[i] = t.Out(i)
	}
	ft := reflect.FuncOf(in, out, t.IsVariadic())
	return reflect.MakeFunc(ft, func(args []reflect.Value) []reflect.Value {
		conv := make([]reflect.Value, len(args))
		for i, a := range args {
			switch {
			case !loose[i]:
				conv[i] = a
			case a.Kind() == reflect.Slice: // the variadic ...any
				s := make([]string, a.Len())
				for j := range s {
					s[j] = toText(a.Index(j).Interface())
				}
				conv[i] = reflect.ValueOf(s)
			default:
				conv[i] = reflect.ValueOf(toText(a.Interface()))
			}
		}
		if t.IsVariadic() {
			return v.CallSlice(conv)
		}
		return v.Call(conv)
	}).Interface()
}

// toText is a value as Hugo's functions read text: nil is "", text of any
// kind (template.HTML, a named string) itself, anything else as fmt prints it.
func toText(v any) string {
	if v == nil {
		return ""
	}
	if s, ok := v.(string); ok {
		return s
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.String {
		return rv.String()
	}
	return fmt.Sprint(v)
}
