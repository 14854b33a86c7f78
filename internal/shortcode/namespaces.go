package shortcode

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"html/template"
	"math"
	"reflect"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// Hugo's pure functions and namespaces that themes' shortcodes and partials
// call, found by parsing the shortcodes and partials of DoIt, Hextra,
// Congo, LoveIt, Toha, Hugo Book and Falco's site and listing what vestis
// lacked: text (substr, truncate, chomp), sums (md5, crypto.SHA1), math,
// time.Format and templates.Exists.

// Chomp is s without its trailing line ends.
func (stringsNS) Chomp(s any) string { return strings.TrimRight(toText(s), "\r\n") }

// ContainsNonSpace reports whether s has a character that is not space.
func (stringsNS) ContainsNonSpace(s any) bool {
	return strings.ContainsFunc(toText(s), func(r rune) bool { return !unicode.IsSpace(r) })
}

// CountRunes is the number of characters of s that are not space.
func (stringsNS) CountRunes(s any) int {
	n := 0
	for _, r := range toText(s) {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// CountWords is the number of words of s.
func (stringsNS) CountWords(s any) int { return len(strings.Fields(toText(s))) }

// Substr is Hugo's substr: the characters of s from start (from the end
// when negative), length of them (to the end when not given or negative
// from the end).
func (stringsNS) Substr(s, start any, length ...any) (string, error) {
	r := []rune(toText(s))
	from, err := toInt(start)
	if err != nil {
		return "", fmt.Errorf("substr: start: %w", err)
	}
	n := int64(len(r))
	if from < 0 {
		from = max(0, n+from)
	}
	from = min(from, n)
	to := n
	if len(length) > 0 {
		l, err := toInt(length[0])
		if err != nil {
			return "", fmt.Errorf("substr: length: %w", err)
		}
		if l < 0 {
			to = max(from, n+l)
		} else {
			to = min(n, from+l)
		}
	}
	return string(r[from:to]), nil
}

// SliceString is Hugo's slicestr: the characters of s from start to end
// (not included).
func (stringsNS) SliceString(s, start any, end ...any) (string, error) {
	r := []rune(toText(s))
	from, err := toInt(start)
	if err != nil || from < 0 || from > int64(len(r)) {
		return "", fmt.Errorf("slicestr: start %v is out of the text's %d characters", start, len(r))
	}
	to := int64(len(r))
	if len(end) > 0 {
		if to, err = toInt(end[0]); err != nil || to < from || to > int64(len(r)) {
			return "", fmt.Errorf("slicestr: end %v is out of the text's %d characters", end[0], len(r))
		}
	}
	return string(r[from:to]), nil
}

// Truncate is Hugo's truncate: s cut at a word boundary to at most size
// characters, ending with the ellipsis (" …" unless given).
func (stringsNS) Truncate(size any, args ...any) (template.HTML, error) {
	n, err := toInt(size)
	if err != nil || n < 0 {
		return "", fmt.Errorf("truncate: %v is not a length", size)
	}
	if len(args) == 0 || len(args) > 2 {
		return "", errors.New("truncate: want a length, then the text (and an ellipsis before it)")
	}
	ellipsis, text := " …", args[len(args)-1]
	if len(args) == 2 {
		ellipsis = toText(args[0])
	}
	_, isHTML := text.(template.HTML)
	s := toText(text)
	if !isHTML {
		s = template.HTMLEscapeString(s)
	}
	if utf8.RuneCountInString(toText(text)) <= int(n) {
		return template.HTML(s), nil
	}
	r := []rune(toText(text))[:n]
	cut := string(r)
	if i := strings.LastIndexFunc(cut, unicode.IsSpace); i > 0 {
		cut = cut[:i]
	}
	if !isHTML {
		cut = template.HTMLEscapeString(cut)
	}
	return template.HTML(strings.TrimRightFunc(cut, unicode.IsSpace) + ellipsis), nil
}

// mathNS is Hugo's math namespace.
type mathNS struct{}

func (mathNS) Add(a, b any) (any, error) { return arith('+', a, b) }
func (mathNS) Sub(a, b any) (any, error) { return arith('-', a, b) }
func (mathNS) Mul(a, b any) (any, error) { return arith('*', a, b) }
func (mathNS) Div(a, b any) (any, error) { return arith('/', a, b) }

// Min and Max are the least and the greatest of numbers (or lists of them).
func (mathNS) Min(nums ...any) (float64, error) { return pick("math.Min", nums, math.Min) }
func (mathNS) Max(nums ...any) (float64, error) { return pick("math.Max", nums, math.Max) }

func pick(name string, nums []any, f func(a, b float64) float64) (float64, error) {
	var all []any
	for _, n := range nums {
		if l := listOf(n); l != nil {
			all = append(all, l...)
		} else {
			all = append(all, n)
		}
	}
	if len(all) == 0 {
		return 0, fmt.Errorf("%s: no numbers", name)
	}
	out := math.NaN()
	for i, n := range all {
		x, err := toFloat(n)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", name, err)
		}
		if i == 0 {
			out = x
		} else {
			out = f(out, x)
		}
	}
	return out, nil
}

func (mathNS) Round(n any) (float64, error) { return unary(n, math.Round) }
func (mathNS) Floor(n any) (float64, error) { return unary(n, math.Floor) }
func (mathNS) Ceil(n any) (float64, error)  { return unary(n, math.Ceil) }
func (mathNS) Abs(n any) (float64, error)   { return unary(n, math.Abs) }
func (mathNS) Sqrt(n any) (float64, error)  { return unary(n, math.Sqrt) }
func (mathNS) Log(n any) (float64, error)   { return unary(n, math.Log) }

// Pow is a to the power b.
func (mathNS) Pow(a, b any) (float64, error) {
	x, err := toFloat(a)
	if err != nil {
		return 0, err
	}
	y, err := toFloat(b)
	if err != nil {
		return 0, err
	}
	return math.Pow(x, y), nil
}

// Mod is the remainder of a divided by b, whole numbers.
func (mathNS) Mod(a, b any) (int64, error) { return mod("math.Mod", a, b) }

// ModBool is Hugo's modBool: whether a divides by b with nothing left
// (docsy's contributors shortcode starts a row every third one).
func (mathNS) ModBool(a, b any) (bool, error) {
	m, err := mod("math.ModBool", a, b)
	return m == 0, err
}

func unary(n any, f func(float64) float64) (float64, error) {
	x, err := toFloat(n)
	if err != nil {
		return 0, err
	}
	return f(x), nil
}

// cryptoNS is Hugo's crypto namespace: sums of text, in hex.
type cryptoNS struct{}

// HMAC is Hugo's crypto.HMAC (hmac).
func (cryptoNS) HMAC(hashName, key, message any, encoding ...any) (string, error) {
	return hmacOf(hashName, key, message, encoding...)
}

func (cryptoNS) MD5(s any) string {
	sum := md5.Sum([]byte(toText(s)))
	return hex.EncodeToString(sum[:])
}

func (cryptoNS) SHA1(s any) string {
	sum := sha1.Sum([]byte(toText(s)))
	return hex.EncodeToString(sum[:])
}

func (cryptoNS) SHA256(s any) string {
	sum := sha256.Sum256([]byte(toText(s)))
	return hex.EncodeToString(sum[:])
}

// FNV32a is the 32-bit FNV-1a sum of s, as a number.
func (cryptoNS) FNV32a(s any) uint32 {
	h := fnv.New32a()
	h.Write([]byte(toText(s)))
	return h.Sum32()
}

// encodingNS is Hugo's encoding namespace.
type encodingNS struct{}

func (encodingNS) Jsonify(args ...any) (template.HTML, error) {
	if len(args) == 0 {
		return "", errors.New("encoding.Jsonify: want a value")
	}
	b, err := json.Marshal(args[len(args)-1])
	return template.HTML(b), err
}

func (encodingNS) Base64Encode(s any) string {
	return base64.StdEncoding.EncodeToString([]byte(toText(s)))
}

func (encodingNS) Base64Decode(s any) (string, error) {
	b, err := base64.StdEncoding.DecodeString(toText(s))
	if err != nil {
		return "", fmt.Errorf("encoding.Base64Decode: %w", err)
	}
	return string(b), nil
}

// timeNS is Hugo's time namespace, without Now (now is the build's time,
// which the shortcode's page knows).
type timeNS struct{}

// Format is a date (a time, or text Hugo reads as one) in Go's layout.
func (timeNS) Format(layout, v any) (string, error) {
	t, err := toTime(v)
	if err != nil {
		return "", fmt.Errorf("time.Format: %w", err)
	}
	return t.Format(toText(layout)), nil
}

// AsTime is a date written as text, as a time.
func (timeNS) AsTime(v any) (time.Time, error) { return toTime(v) }

// ParseDuration is Go's time.ParseDuration ("1h30m").
func (timeNS) ParseDuration(s any) (time.Duration, error) {
	d, err := time.ParseDuration(toText(s))
	if err != nil {
		// Its one error, for any text not a duration, speaks Go ("time:
		// invalid duration").
		return 0, &plainError{msg: fmt.Sprintf("time.ParseDuration: %q is not a duration; write a number and a unit (h, m, s, ms), as in 1h30m, 90s or 250ms", toText(s)), err: err}
	}
	return d, nil
}

// dateLayouts are the forms of dates written as text that toTime reads.
var dateLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123, "02 Jan 2006"}

// toTime is v as a time: a time.Time, text in one of dateLayouts, or, as
// Hugo reads one, a whole number: seconds since 1970 (a Unix time, time (int
// .start)), in UTC, so that a build shows the same on every computer.
func toTime(v any) (time.Time, error) {
	switch t := v.(type) {
	case time.Time:
		return t, nil
	case *time.Time:
		if t != nil {
			return *t, nil
		}
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		n, err := toInt(t)
		if err != nil {
			return time.Time{}, err
		}
		return time.Unix(n, 0).UTC(), nil
	}
	s := toText(v)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (write it as 2006-01-02)", s)
}

// timeFunc is Hugo's time: the namespace (time.Format), or, given a date
// written as text, that date (time "2024-06-01").
func timeFunc(args ...any) (any, error) {
	if len(args) == 0 {
		return timeNS{}, nil
	}
	return toTime(args[0])
}

// dateFormat is Hugo's dateFormat LAYOUT DATE.
func dateFormat(layout, v any) (string, error) {
	t, err := toTime(v)
	if err != nil {
		return "", fmt.Errorf("dateFormat: %w", err) // named as written, not as time.Format
	}
	return t.Format(toText(layout)), nil
}

// templatesNS is Hugo's templates namespace.
type templatesNS struct{ t *Templates }

// Exists reports whether there is a template of that name, as Hugo names
// them: "partials/x.html" (or "_partials/x.html") a partial, "shortcodes/x.html"
// a shortcode; other layouts are vestis's, which Hugo's templates do not see.
func (ns templatesNS) Exists(name any) bool {
	n := toText(name)
	for _, p := range []string{"partials/", "_partials/"} {
		if rest, ok := strings.CutPrefix(n, p); ok {
			_, found := ns.t.partials[partialKey(rest)]
			return found
		}
	}
	for _, p := range []string{"shortcodes/", "_shortcodes/"} {
		if rest, ok := strings.CutPrefix(n, p); ok {
			return ns.t.set.Lookup(rest) != nil
		}
	}
	return ns.t.set.Lookup(n) != nil
}

// index is Hugo's index, which themes call with the keys as one list too
// (index $data (split "a.b" ".")): each key in turn, a map's by its key (a
// missing one gives nil), a list's or a text's by position; nil gives nil,
// as Hugo's does, where Go's builtin index stops.
func index(item any, keys ...any) (any, error) {
	if len(keys) == 1 {
		if k := reflect.ValueOf(keys[0]); k.Kind() == reflect.Slice || k.Kind() == reflect.Array {
			keys = listOf(keys[0])
		}
	}
	v := reflect.ValueOf(item)
	for _, key := range keys {
		for v.IsValid() && (v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer) {
			if v.IsNil() {
				return nil, nil
			}
			v = v.Elem()
		}
		if !v.IsValid() {
			return nil, nil
		}
		switch v.Kind() {
		case reflect.Map:
			k := reflect.ValueOf(key)
			if !k.IsValid() {
				return nil, nil
			}
			if !k.Type().AssignableTo(v.Type().Key()) {
				if !k.Type().ConvertibleTo(v.Type().Key()) || !basicKind(k.Kind()) {
					return nil, fmt.Errorf("index: the key %s cannot be a key of this map, whose keys are each %s", diag.KindOf(key), diag.Kind(reflect.Zero(v.Type().Key())))
				}
				k = k.Convert(v.Type().Key())
			}
			v = v.MapIndex(k)
		case reflect.Slice, reflect.Array, reflect.String:
			i, err := toInt(key)
			if err != nil {
				return nil, fmt.Errorf("index: the items of a list are numbered from 0, as in index .Params.tags 0; %s is no such number", diag.KindOf(key))
			}
			if i < 0 || i >= int64(v.Len()) {
				return nil, nil // as Hugo's index: nothing, which with and if test (a second part of "a#b" a split may not have)
			}
			v = v.Index(int(i))
		default:
			return nil, fmt.Errorf("index: cannot index a %s", v.Type())
		}
	}
	if !v.IsValid() {
		return nil, nil
	}
	return v.Interface(), nil
}
