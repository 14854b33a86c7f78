package content

import (
	"slices"
	"strings"
)

// FieldValues are a page's typed fields (Meta.Fields) as a build keeps them
// once it has assembled the site and only renders: a slice sorted by name,
// the items of an objects field slices too. A map of a few fields is about
// 340 bytes however few it holds, and a programme's timeline a map for each
// event: at 100,000 pages the maps were 60 MB that the collector marked on
// every cycle, about 10 % of all a build kept. Map gives the maps back for
// a layout that reads them.
type FieldValues []FieldValue

// FieldValue is one field's value: as Meta.Fields holds it, but an objects
// field's items ([]map[string]any), which are []FieldValues.
type FieldValue struct {
	Name  string
	Value any
}

// PackFields returns fields as FieldValues: nil for nil, empty (allocating
// nothing) for an empty map, so that Map gives back what it was given.
func PackFields(fields map[string]any) FieldValues {
	if fields == nil {
		return nil
	}
	out := make(FieldValues, 0, len(fields))
	for name, v := range fields {
		if items, ok := v.([]map[string]any); ok {
			packed := make([]FieldValues, len(items))
			for i, item := range items {
				packed[i] = PackFields(item)
			}
			v = packed
		}
		out = append(out, FieldValue{name, v})
	}
	slices.SortFunc(out, func(a, b FieldValue) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Get returns the value of the field name as Meta.Fields holds it (an
// objects field's items made into maps again).
func (f FieldValues) Get(name string) (any, bool) {
	i, ok := slices.BinarySearchFunc(f, name, func(v FieldValue, name string) int { return strings.Compare(v.Name, name) })
	if !ok {
		return nil, false
	}
	return unpack(f[i].Value), true
}

// Map returns the fields as Meta.Fields holds them: a new map on each call.
func (f FieldValues) Map() map[string]any {
	if f == nil {
		return nil
	}
	m := make(map[string]any, len(f))
	for _, v := range f {
		m[v.Name] = unpack(v.Value)
	}
	return m
}

func unpack(v any) any {
	packed, ok := v.([]FieldValues)
	if !ok {
		return v
	}
	items := make([]map[string]any, len(packed))
	for i, item := range packed {
		items[i] = item.Map()
	}
	return items
}
