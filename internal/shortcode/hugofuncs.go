package shortcode

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"html/template"
	"maps"
	"math"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/valuesize"
)

// maxSeq is the longest list seq makes, as Hugo bounds it.
const maxSeq = 2000

// hugoFuncs are the pure functions of Hugo's templates that sites' own
// shortcodes call (counted in the shortcodes of real Hugo sites), so that such
// a shortcode runs as written instead of failing to parse. warned collects
// what warnf and warnidf say.
func hugoFuncs(warned *warnings) template.FuncMap {
	return template.FuncMap{
		"warnf": func(format string, args ...any) string {
			warned.add(fmt.Sprintf(format, args...))
			return ""
		},
		"warnidf": func(id, format string, args ...any) string {
			warned.add(fmt.Sprintf(format, args...))
			return ""
		},
		"erroridf": func(id, format string, args ...any) (string, error) {
			return "", fmt.Errorf(format, args...)
		},
		"replace":        stringsNS{}.Replace,
		"replaceRE":      replaceRE,
		"findRE":         findRE,
		"findRESubmatch": findRESubmatch,
		"in":             in,
		"eq":             eq,
		"ne":             func(a, b any) bool { return !eq(a, b) },
		"lt":             func(a, b any) (bool, error) { c, err := compare("lt", a, b); return c < 0, err },
		"le":             func(a, b any) (bool, error) { c, err := compare("le", a, b); return c <= 0, err },
		"gt":             func(a, b any) (bool, error) { c, err := compare("gt", a, b); return c > 0, err },
		"ge":             func(a, b any) (bool, error) { c, err := compare("ge", a, b); return c >= 0, err },
		"cond":           func(c bool, a, b any) any { return map[bool]any{true: a, false: b}[c] },
		"int":            named("int", toInt),
		"float":          named("float", toFloat),
		"string":         func(v any) string { return fmt.Sprint(v) },
		"hasPrefix":      func(s, prefix any) bool { return strings.HasPrefix(fmt.Sprint(s), fmt.Sprint(prefix)) },
		"hasSuffix":      func(s, suffix any) bool { return strings.HasSuffix(fmt.Sprint(s), fmt.Sprint(suffix)) },
		"add":            func(a, b any) (any, error) { return arith('+', a, b) },
		"sub":            func(a, b any) (any, error) { return arith('-', a, b) },
		"mul":            func(a, b any) (any, error) { return arith('*', a, b) },
		"div":            func(a, b any) (any, error) { return arith('/', a, b) },
		"mod":            func(a, b any) (int64, error) { return mod("mod", a, b) },
		"modBool":        func(a, b any) (bool, error) { m, err := mod("modBool", a, b); return m == 0, err },
		"urlize":         urlize,
		"anchorize":      urlize,
		"safeJS":         func(s any) template.JS { return template.JS(fmt.Sprint(s)) },
		"safeURL":        func(s any) template.URL { return template.URL(fmt.Sprint(s)) },
		"safeHTMLAttr":   func(s any) template.HTMLAttr { return template.HTMLAttr(fmt.Sprint(s)) },
		"safeCSS":        func(s any) template.CSS { return template.CSS(fmt.Sprint(s)) },
		"htmlEscape":     func(s any) string { return html.EscapeString(fmt.Sprint(s)) },
		"htmlUnescape":   func(s any) string { return html.UnescapeString(fmt.Sprint(s)) },
		"plainify":       plainify,
		"title":          title,
		"humanize":       humanize,
		"seq":            seq,
		"jsonify": func(v any) (template.HTML, error) {
			b, err := json.Marshal(v)
			if err == nil {
				err = valuesize.Texts(len(b))
			}
			return template.HTML(b), err
		},
		"isset":      isset,
		"uniq":       uniq,
		"first":      first,
		"sort":       sortList,
		"querify":    querify,
		"merge":      merge,
		"hugo":       func() hugoNS { return hugoNS{} },
		"where":      where,
		"last":       last,
		"after":      after,
		"append":     appendItems,
		"union":      union,
		"intersect":  intersect,
		"symdiff":    symdiff,
		"complement": complement,
		// i18n and T are calls of the shortcode's .T once parsed (callT);
		// these only let the templates parse.
		"i18n":       pageFunc("i18n"),
		"T":          pageFunc("T"),
		"site":       pageFunc("site"),
		"relURL":     pageFunc("relURL"),
		"absURL":     pageFunc("absURL"),
		"relLangURL": pageFunc("relLangURL"),
		"absLangURL": pageFunc("absLangURL"),
		"ref":        pageFunc("ref"),
		"relref":     pageFunc("relref"),
		"readDir":    pageFunc("readDir"),
		"readFile":   pageFunc("readFile"),
		"getJSON":    pageFunc("getJSON"),
		"getCSV":     pageFunc("getCSV"),
		"images":     pageFunc("images"),
		"fileExists": pageFunc("fileExists"),
		"os":         pageFunc("os"),
		"getenv":     pageFunc("getenv"),
		"now":        pageFunc("now"),
		"newScratch": NewScratch,
		"strings":    func() stringsNS { return stringsNS{} },
		"math":       func() mathNS { return mathNS{} },
		"crypto":     func() cryptoNS { return cryptoNS{} },
		"encoding":   func() encodingNS { return encodingNS{} },
		"time":       timeFunc,
		"md5":        cryptoNS{}.MD5,
		"sha1":       cryptoNS{}.SHA1,
		"sha256":     cryptoNS{}.SHA256,
		"substr":     stringsNS{}.Substr,
		"slicestr":   stringsNS{}.SliceString,
		"truncate":   stringsNS{}.Truncate,
		"chomp":      stringsNS{}.Chomp,
		"countwords": stringsNS{}.CountWords,
		"countrunes": stringsNS{}.CountRunes,
		"dateFormat": dateFormat,
		"index":      index,
		"page":       pageFunc("page"),
		"transform":  func() transformNS { return transformNS{} },
		"path":       func() pathNS { return pathNS{} },
	}
}

// pageFunc stands for a function of pageFuncs where callT did not turn it
// into the method of the shortcode's Call: in a partial, or called from a
// function's result.
func pageFunc(name string) func(...any) (string, error) {
	return func(...any) (string, error) {
		return "", fmt.Errorf("%s: call it in the shortcode itself: a partial does not know the page; give the partial what it needs", name)
	}
}

// warnings are the distinct messages of warnf, in the order first said. It
// is safe for concurrent use.
type warnings struct {
	mu   sync.Mutex
	list []string
	seen map[string]bool
}

func (w *warnings) add(msg string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.seen == nil {
		w.seen = map[string]bool{}
	}
	if !w.seen[msg] {
		w.seen[msg] = true
		w.list = append(w.list, msg)
	}
}

func (w *warnings) all() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.list)
}

// mod is the remainder of a divided by b, whole numbers; name is the
// function's, for the error.
func mod(name string, a, b any) (int64, error) {
	x, err := toInt(a)
	if err != nil {
		return 0, err
	}
	y, err := toInt(b)
	if err != nil || y == 0 {
		return 0, cmpErr(err, fmt.Errorf("%s: division by zero", name))
	}
	return x % y, nil
}

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// in reports whether list (a slice, array or map's values) holds v, or,
// for a string, whether it contains v.
func in(list, v any) bool {
	if s, ok := list.(string); ok {
		return strings.Contains(s, fmt.Sprint(v))
	}
	for _, item := range listOf(list) {
		if fmt.Sprint(item) == fmt.Sprint(v) {
			return true
		}
	}
	return false
}

// listOf is the items of a slice or array, or nil.
func listOf(list any) []any {
	v := reflect.ValueOf(list)
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return nil
	}
	out := make([]any, v.Len())
	for i := range out {
		out[i] = v.Index(i).Interface()
	}
	return out
}

func toInt(v any) (int64, error) {
	switch n := v.(type) {
	case int:
		return int64(n), nil
	case int64:
		return n, nil
	case uint64:
		if n > math.MaxInt64 {
			return 0, fmt.Errorf("%d is too large", n)
		}
		return int64(n), nil
	case float64:
		if math.IsNaN(n) || math.Abs(n) > math.MaxInt64 {
			return 0, fmt.Errorf("%v is not a whole number in range", n)
		}
		return int64(n), nil
	case bool:
		if n {
			return 1, nil
		}
		return 0, nil
	case nil:
		return 0, nil
	}
	s := strings.TrimSpace(fmt.Sprint(v))
	if i, err := strconv.ParseInt(s, 0, 64); err == nil {
		return i, nil
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return toInt(f)
	}
	return 0, fmt.Errorf("cannot read %q as a number", s)
}

func toFloat(v any) (float64, error) {
	switch n := v.(type) {
	case int:
		return float64(n), nil
	case int64:
		return float64(n), nil
	case float64:
		return n, nil
	case nil:
		return 0, nil
	}
	s := strings.TrimSpace(fmt.Sprint(v))
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("cannot read %q as a number", s)
	}
	return f, nil
}

// named is Hugo's function name, f, whose errors begin with name.
func named[T any](name string, f func(any) (T, error)) func(any) (T, error) {
	return func(v any) (T, error) {
		x, err := f(v)
		if err != nil {
			return x, fmt.Errorf("%s: %w", name, err)
		}
		return x, nil
	}
}

// arith is Hugo's add, sub, mul and div of numbers: whole numbers stay
// whole, else floats.
func arith(op rune, a, b any) (any, error) {
	_, af := a.(float64)
	_, bf := b.(float64)
	if !af && !bf {
		x, err1 := toInt(a)
		y, err2 := toInt(b)
		if err1 == nil && err2 == nil {
			switch {
			case op == '*':
				return x * y, nil
			case op == '+':
				return x + y, nil
			case op == '-':
				return x - y, nil
			case y == 0:
				return nil, errors.New("div: division by zero")
			default:
				return x / y, nil
			}
		}
	}
	name := map[rune]string{'+': "add", '-': "sub", '*': "mul", '/': "div"}[op]
	x, err := toFloat(a)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	y, err := toFloat(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	switch op {
	case '*':
		return x * y, nil
	case '+':
		return x + y, nil
	case '-':
		return x - y, nil
	}
	if y == 0 {
		return nil, errors.New("div: division by zero")
	}
	return x / y, nil
}

// urlize is Hugo's urlize and anchorize as most sites see them: lower case,
// spaces as hyphens, what is neither a letter, a digit, '-' nor '_' left out.
func urlize(s any) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(fmt.Sprint(s))) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			b.WriteRune(r)
		case unicode.IsSpace(r):
			b.WriteByte('-')
		}
	}
	return b.String()
}

// plainify is Hugo's plainify: the text without its HTML tags.
func plainify(s any) string {
	var b strings.Builder
	inTag := false
	for _, r := range fmt.Sprint(s) {
		switch {
		case r == '<':
			inTag = true
		case r == '>' && inTag:
			inTag = false
		case !inTag:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// title is Hugo's title: each word's first letter in upper case.
func title(s any) string {
	words := strings.Fields(fmt.Sprint(s))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// humanize is Hugo's humanize: its words (split at spaces, - and _, and
// where a lower-case letter meets a capital, as in "contentTypes") in lower
// case with the first capitalized: "my-first_post" and "myFirstPost" are
// "My first post". A whole number is an ordinal: 52 is "52nd".
func humanize(s any) string {
	text := fmt.Sprint(s)
	if _, err := strconv.Atoi(text); err == nil {
		return ordinal(text)
	}
	var words []string
	var word strings.Builder
	prev := ' '
	for _, r := range text {
		switch {
		case r == '-' || r == '_' || unicode.IsSpace(r):
			words = append(words, word.String())
			word.Reset()
		case unicode.IsUpper(r) && !unicode.IsUpper(prev) && word.Len() > 0:
			words = append(words, word.String())
			word.Reset()
			word.WriteRune(r)
		default:
			word.WriteRune(r)
		}
		prev = r
	}
	words = slices.DeleteFunc(append(words, word.String()), func(w string) bool { return w == "" })
	t := strings.ToLower(strings.Join(words, " "))
	r, n := utf8.DecodeRuneInString(t)
	if n == 0 {
		return t
	}
	return string(unicode.ToUpper(r)) + t[n:]
}

// ordinal is a whole number written with its English ordinal suffix, as
// Hugo's humanize writes one: 1st, 2nd, 3rd, 4th, 11th, 21st.
func ordinal(n string) string {
	d := strings.TrimPrefix(n, "-")
	switch {
	case strings.HasSuffix(d, "11"), strings.HasSuffix(d, "12"), strings.HasSuffix(d, "13"):
		return n + "th"
	case strings.HasSuffix(d, "1"):
		return n + "st"
	case strings.HasSuffix(d, "2"):
		return n + "nd"
	case strings.HasSuffix(d, "3"):
		return n + "rd"
	}
	return n + "th"
}

// seq is Hugo's seq: seq LAST, seq FIRST LAST, seq FIRST INCREMENT LAST.
func seq(args ...any) ([]int, error) {
	n := make([]int64, len(args))
	for i, a := range args {
		v, err := toInt(a)
		if err != nil {
			return nil, fmt.Errorf("seq: %w", err)
		}
		n[i] = v
	}
	first, step, last := int64(1), int64(1), int64(0)
	switch len(n) {
	case 1:
		last = n[0]
		if last < 0 {
			first, step = -1, -1
		}
	case 2:
		first, last = n[0], n[1]
		if last < first {
			step = -1
		}
	case 3:
		first, step, last = n[0], n[1], n[2]
	default:
		return nil, fmt.Errorf("seq: want 1 to 3 numbers, got %d", len(n))
	}
	if step == 0 || (last-first)/step < 0 {
		return nil, nil
	}
	if (last-first)/step >= maxSeq {
		return nil, fmt.Errorf("seq: more than %d numbers", maxSeq)
	}
	var out []int
	for i := first; (step > 0 && i <= last) || (step < 0 && i >= last); i += step {
		out = append(out, int(i))
	}
	return out, nil
}

// isset reports whether a map has a key, or a list an index.
func isset(c, key any) bool {
	v := reflect.ValueOf(c)
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Map:
		k := reflect.ValueOf(key)
		if !k.IsValid() || !k.Type().AssignableTo(v.Type().Key()) {
			return false
		}
		return v.MapIndex(k).IsValid()
	case reflect.Slice, reflect.Array:
		i, err := toInt(key)
		return err == nil && i >= 0 && i < int64(v.Len())
	}
	return false
}

func uniq(list any) (any, error) {
	items := listOf(list)
	if items == nil && list != nil {
		return nil, fmt.Errorf("uniq: %s is not a list", diag.KindOf(list))
	}
	v := reflect.ValueOf(list)
	if v.Kind() != reflect.Slice {
		v = reflect.ValueOf(items) // an array
	}
	seen := map[string]bool{}
	out := reflect.MakeSlice(v.Type(), 0, len(items)) // a list of pages stays one, with its methods
	for i, it := range items {
		k := fmt.Sprintf("%T\x00%v", it, it)
		if !seen[k] {
			seen[k] = true
			out = reflect.Append(out, v.Index(i))
		}
	}
	return out.Interface(), nil
}

// union is the items of a and then of b, each once; a list of the type both
// are, when they are of one type.
func union(a, b any) (any, error) {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if va.Kind() == reflect.Slice && vb.Kind() == reflect.Slice && va.Type() == vb.Type() {
		return uniq(reflect.AppendSlice(reflect.AppendSlice(reflect.MakeSlice(va.Type(), 0, va.Len()+vb.Len()), va), vb).Interface())
	}
	return uniq(append(listOf(a), listOf(b)...))
}

// first, last and after are Hugo's: the first n items of a list (or bytes
// of a string), its last n, and those after the first n. n is any number
// (add gives int64, a parameter a string), and the list keeps its type, so
// that a list of pages is one still.
func first(n any, list any) (any, error) {
	return cut("first", n, list, func(k, l int) (int, int) { return 0, k })
}

func last(n any, list any) (any, error) {
	return cut("last", n, list, func(k, l int) (int, int) { return l - k, l })
}

func after(n any, list any) (any, error) {
	return cut("after", n, list, func(k, l int) (int, int) { return k, l })
}

// cut slices list from and to where bounds puts them, given n bounded to
// the list's length.
func cut(name string, n any, list any, bounds func(k, l int) (int, int)) (any, error) {
	k, err := toInt(n)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	v := reflect.ValueOf(list)
	switch v.Kind() {
	case reflect.Slice, reflect.Array, reflect.String:
	case reflect.Invalid:
		return nil, nil
	default:
		return nil, fmt.Errorf("%s: %s is not a list", name, diag.KindOf(list))
	}
	if v.Kind() == reflect.Array {
		v = reflect.ValueOf(listOf(list))
	}
	l := v.Len()
	from, to := bounds(int(min(max(k, 0), int64(l))), l)
	return v.Slice(from, to).Interface(), nil
}

// appendItems is Hugo's append: append ITEM... LIST, the list last; a
// single list as the item appends its items.
func appendItems(args ...any) (any, error) {
	if len(args) < 2 {
		return nil, errors.New("append: want the items, then the list")
	}
	list := args[len(args)-1]
	if list != nil && listOf(list) == nil {
		return nil, fmt.Errorf("append: %s is not a list", diag.KindOf(list))
	}
	items := args[:len(args)-1]
	if len(items) == 1 && listOf(items[0]) != nil {
		items = listOf(items[0])
	}
	have := listOf(list)
	if err := valuesize.Items(len(have) + len(items)); err != nil {
		return nil, err
	}
	return append(have, items...), nil
}

// Scratch is Hugo's newScratch: a map a template writes to as it runs.
type Scratch struct {
	mu     sync.Mutex
	values map[string]any
}

// NewScratch returns an empty Scratch.
func NewScratch() *Scratch { return &Scratch{values: map[string]any{}} }

// Set stores v under key.
func (s *Scratch) Set(key string, v any) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.values[key] = v
	return ""
}

// Get returns what is stored under key, or nil.
func (s *Scratch) Get(key string) any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.values[key]
}

// Add adds v to what key holds: a number to a number, text to text, an
// item or list to a list.
func (s *Scratch) Add(key string, v any) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch old := s.values[key].(type) {
	case nil:
		s.values[key] = v
	case string:
		if err := valuesize.Texts(len(old) + valuesize.TextLen(v)); err != nil {
			return "", err
		}
		s.values[key] = old + fmt.Sprint(v)
	case []any:
		more := listOf(v)
		if more == nil {
			more = []any{v}
		}
		if err := valuesize.Items(len(old) + len(more)); err != nil {
			return "", err
		}
		s.values[key] = append(old, more...)
	default:
		sum, err := sumOf(old, v)
		if err != nil {
			return "", err
		}
		s.values[key] = sum
	}
	return "", nil
}

func sumOf(a, b any) (any, error) {
	x, err1 := toInt(a)
	y, err2 := toInt(b)
	_, af := a.(float64)
	_, bf := b.(float64)
	if err1 == nil && err2 == nil && !af && !bf {
		return x + y, nil
	}
	f, err := toFloat(a)
	if err != nil {
		return nil, err
	}
	g, err := toFloat(b)
	if err != nil {
		return nil, err
	}
	return f + g, nil
}

// SetInMap stores v under key in the map m names.
func (s *Scratch) SetInMap(m, key string, v any) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	inner, _ := s.values[m].(map[string]any)
	if inner == nil {
		inner = map[string]any{}
		s.values[m] = inner
	}
	inner[key] = v
	return ""
}

// DeleteInMap removes key from the map m names, if it holds one.
func (s *Scratch) DeleteInMap(m, key string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if inner, ok := s.values[m].(map[string]any); ok {
		delete(inner, key)
	}
	return ""
}

// GetSortedMapValues is the values of the map m names, sorted by their
// keys; nil when m holds no map.
func (s *Scratch) GetSortedMapValues(m string) []any {
	s.mu.Lock()
	defer s.mu.Unlock()
	inner, ok := s.values[m].(map[string]any)
	if !ok {
		return nil
	}
	out := make([]any, 0, len(inner))
	for _, k := range slices.Sorted(maps.Keys(inner)) {
		out = append(out, inner[k])
	}
	return out
}

// Delete removes key.
func (s *Scratch) Delete(key string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.values, key)
	return ""
}

// Values is everything stored.
func (s *Scratch) Values() map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.values
}

// stringsNS is Hugo's strings namespace: {{ strings.TrimPrefix "a" "ab" }}.
type stringsNS struct{}

func (stringsNS) Contains(s, sub any) bool { return strings.Contains(fmt.Sprint(s), fmt.Sprint(sub)) }
func (stringsNS) ContainsAny(s, chars any) bool {
	return strings.ContainsAny(fmt.Sprint(s), fmt.Sprint(chars))
}
func (stringsNS) HasPrefix(s, p any) bool    { return strings.HasPrefix(fmt.Sprint(s), fmt.Sprint(p)) }
func (stringsNS) HasSuffix(s, p any) bool    { return strings.HasSuffix(fmt.Sprint(s), fmt.Sprint(p)) }
func (stringsNS) TrimPrefix(p, s any) string { return strings.TrimPrefix(fmt.Sprint(s), fmt.Sprint(p)) }
func (stringsNS) TrimSuffix(p, s any) string { return strings.TrimSuffix(fmt.Sprint(s), fmt.Sprint(p)) }
func (stringsNS) TrimSpace(s any) string     { return strings.TrimSpace(fmt.Sprint(s)) }
func (stringsNS) TrimLeft(cut, s any) string { return strings.TrimLeft(fmt.Sprint(s), fmt.Sprint(cut)) }
func (stringsNS) TrimRight(cut, s any) string {
	return strings.TrimRight(fmt.Sprint(s), fmt.Sprint(cut))
}
func (stringsNS) Trim(s, cut any) string    { return strings.Trim(fmt.Sprint(s), fmt.Sprint(cut)) }
func (stringsNS) ToLower(s any) string      { return strings.ToLower(fmt.Sprint(s)) }
func (stringsNS) ToUpper(s any) string      { return strings.ToUpper(fmt.Sprint(s)) }
func (stringsNS) Title(s any) string        { return title(s) }
func (stringsNS) Count(sub, s any) int      { return strings.Count(fmt.Sprint(s), fmt.Sprint(sub)) }
func (stringsNS) RuneCount(s any) int       { return utf8.RuneCountInString(fmt.Sprint(s)) }
func (stringsNS) Split(s, sep any) []string { return strings.Split(fmt.Sprint(s), fmt.Sprint(sep)) }

// Replace is strings.Replace s old new [limit].
func (stringsNS) Replace(s, old, new any, limit ...any) (string, error) {
	n, err := limitArg("replace", limit)
	if err != nil {
		return "", err
	}
	return valuesize.Replace(fmt.Sprint(s), fmt.Sprint(old), fmt.Sprint(new), n)
}

// limitArg is the optional limit of replace, replaceRE and findRE: any
// number, -1 (no limit) when not given.
func limitArg(name string, limit []any) (int, error) {
	if len(limit) == 0 {
		return -1, nil
	}
	n, err := toInt(limit[0])
	if err != nil || n > math.MaxInt32 || n < math.MinInt32 {
		return 0, fmt.Errorf("%s: %v is not a limit", name, limit[0])
	}
	return int(n), nil
}

// FirstUpper is s with its first letter in upper case.
func (stringsNS) FirstUpper(s any) string {
	t := fmt.Sprint(s)
	r, n := utf8.DecodeRuneInString(t)
	if n == 0 {
		return t
	}
	return string(unicode.ToUpper(r)) + t[n:]
}

// Repeat is s n times, at most 1 MB of it.
func (stringsNS) Repeat(count, s any) (string, error) {
	k, err := toInt(count)
	if err != nil || k > math.MaxInt32 {
		return "", fmt.Errorf("strings.Repeat: %v is not a count", count)
	}
	n, t := int(k), fmt.Sprint(s)
	if n < 0 || n > 0 && len(t) > (1<<20)/n {
		return "", fmt.Errorf("strings.Repeat: %d times %d bytes is too long", n, len(t))
	}
	return strings.Repeat(t, n), nil
}

// replaceRE, findRE and findRESubmatch are Hugo's functions of those names
// (and strings.ReplaceRE, strings.FindRE, strings.FindRESubmatch).
func replaceRE(pattern, repl string, s any, limit ...any) (string, error) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return "", regexpError("replaceRE", pattern, err)
	}
	n, err := limitArg("replaceRE", limit)
	if err != nil {
		return "", err
	}
	text := fmt.Sprint(s)
	size := len(text)
	var tooLong error
	out := re.ReplaceAllStringFunc(text, func(m string) string {
		if n == 0 || tooLong != nil {
			return m
		}
		n--
		r := re.ReplaceAllString(m, repl)
		if size += len(r) - len(m); size > valuesize.Max {
			tooLong = valuesize.Texts(size)
			return m
		}
		return r
	})
	return out, tooLong
}

func findRE(pattern string, s any, limit ...any) ([]string, error) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil, regexpError("findRE", pattern, err)
	}
	n, err := limitArg("findRE", limit)
	if err != nil {
		return nil, err
	}
	return re.FindAllString(fmt.Sprint(s), n), nil
}

func findRESubmatch(pattern string, s any, limit ...any) ([][]string, error) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil, regexpError("findRESubmatch", pattern, err)
	}
	n, err := limitArg("findRESubmatch", limit)
	if err != nil {
		return nil, err
	}
	return re.FindAllStringSubmatch(fmt.Sprint(s), n), nil
}

func (stringsNS) ReplaceRE(pattern, repl, s any, limit ...any) (string, error) {
	return replaceRE(toText(pattern), toText(repl), s, limit...)
}
func (stringsNS) FindRE(pattern, s any, limit ...any) ([]string, error) {
	return findRE(toText(pattern), s, limit...)
}
func (stringsNS) FindRESubmatch(pattern, s any, limit ...any) ([][]string, error) {
	return findRESubmatch(toText(pattern), s, limit...)
}
