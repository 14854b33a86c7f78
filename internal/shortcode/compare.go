package shortcode

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// Hugo's comparisons differ from Go's templates': numbers of any type compare
// as numbers, and lt, le, gt and ge read a string that holds a number as the
// number, so that a shortcode's argument depth="3" compares with a count.

// number is v as a float when it is a number, or a time (its Unix
// nanoseconds), or, when strs, a string holding a number.
func number(v any, strs bool) (float64, bool) {
	if t, ok := v.(time.Time); ok {
		return float64(t.UnixNano()), true
	}
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(r.Int()), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return float64(r.Uint()), true
	case reflect.Float32, reflect.Float64:
		return r.Float(), true
	case reflect.String:
		if strs {
			f, err := strconv.ParseFloat(strings.TrimSpace(r.String()), 64)
			return f, err == nil
		}
	}
	return 0, false
}

// eq is Hugo's eq: a equals one of bs. Numbers compare as numbers, strings
// (and template.HTML and the like) as strings, times as instants, anything
// else as Go's == would, without failing on values Go cannot compare.
func eq(a any, bs ...any) bool {
	for _, b := range bs {
		if equal(a, b) {
			return true
		}
	}
	return false
}

func equal(a, b any) bool {
	if x, ok := number(a, false); ok {
		y, ok := number(b, false)
		return ok && x == y
	}
	ra, rb := reflect.ValueOf(a), reflect.ValueOf(b)
	if ra.Kind() == reflect.String && rb.Kind() == reflect.String {
		return ra.String() == rb.String()
	}
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	if ra.Type() == rb.Type() && ra.Comparable() {
		return ra.Equal(rb)
	}
	return reflect.DeepEqual(a, b)
}

// compare orders a and b for lt, le, gt and ge (the function named): as
// numbers when both are (or hold) numbers, else as strings.
func compare(name string, a, b any) (int, error) {
	x, okx := number(a, true)
	y, oky := number(b, true)
	if okx && oky {
		switch {
		case x < y:
			return -1, nil
		case x > y:
			return 1, nil
		}
		return 0, nil
	}
	ra, rb := reflect.ValueOf(a), reflect.ValueOf(b)
	if ra.Kind() == reflect.String && rb.Kind() == reflect.String {
		return strings.Compare(ra.String(), rb.String()), nil
	}
	return 0, fmt.Errorf("%s: cannot compare %s and %s", name, diag.KindOf(a), diag.KindOf(b))
}
