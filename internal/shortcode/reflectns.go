package shortcode

import "reflect"

// reflectNS is Hugo's reflect namespace, with which themes tell a map from
// a list in data they decode (Hextra's jupyter shortcode reads a notebook).
type reflectNS struct{}

// IsMap reports whether v is a map.
func (reflectNS) IsMap(v any) bool { return v != nil && reflect.ValueOf(v).Kind() == reflect.Map }

// IsSlice reports whether v is a list (a slice or an array).
func (reflectNS) IsSlice(v any) bool {
	if v == nil {
		return false
	}
	k := reflect.ValueOf(v).Kind()
	return k == reflect.Slice || k == reflect.Array
}
