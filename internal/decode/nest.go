package decode

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Table is a decoded TOML table.
type Table struct {
	Values map[string]any
	md     toml.MetaData
	prims  map[string]toml.Primitive
	data   []byte // the text, for a value's words as written (CheckNumbers)
}

// TOML decodes data, a TOML table, after checking that it nests at most
// MaxDepth levels: the decoder is recursive and would overflow its stack on
// millions.
func TOML(data []byte) (*Table, error) {
	if err := tomlDepth(data); err != nil {
		return nil, err
	}
	t := &Table{Values: map[string]any{}, data: data}
	md, err := toml.Decode(string(data), &t.prims)
	if err == nil {
		t.md = md
		for k, p := range t.prims {
			var v any
			if err = t.md.PrimitiveDecode(p, &v); err != nil {
				break
			}
			t.Values[k] = local(v)
		}
	}
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			e := &Error{Line: perr.Position.Line, Col: perr.Position.Col, Msg: perr.Message}
			e.Key, e.First = tomlDuplicate(data, perr)
			switch num, day, key := tomlRange(data, perr), tomlDate(data, perr), tomlLetterKey(data, perr.Position.Start); {
			case e.Key != "":
				e.Col = 0 // the parser's column for a key given twice is not the key's
			case num != "":
				e.Msg = fmt.Sprintf("%s: %s is too large a number; write a smaller one", perr.LastKey, num)
			case day != "":
				e.Msg = perr.LastKey + ": " + day
			case key != "":
				e.Msg = fmt.Sprintf("a TOML key with letters other than A-Z, a-z, 0-9, - and _ is written in quotes: \"%s\"", key)
			}
			return nil, e
		}
		return nil, &Error{Msg: strings.TrimPrefix(err.Error(), "toml: ")}
	}
	return t, nil
}

// tomlRange returns the number perr stopped at when no int64 or float64
// holds it (weight = 99999999999999999999, 1e400), or "": the parser says
// it is "out of range for int64", which names no key and speaks Go.
func tomlRange(data []byte, perr toml.ParseError) string {
	start, end := perr.Position.Start, perr.Position.Start+perr.Position.Len
	if start < 0 || end > len(data) || start >= end {
		return ""
	}
	num := string(data[start:end])
	plain := strings.ReplaceAll(num, "_", "")
	_, ierr := strconv.ParseInt(plain, 0, 64)
	_, ferr := strconv.ParseFloat(plain, 64)
	if errors.Is(ierr, strconv.ErrRange) || errors.Is(ferr, strconv.ErrRange) {
		return num
	}
	return ""
}

// tomlDate says what is wrong with the date perr stopped at when it is
// one no calendar has (date = 2024-13-01, 2024-02-30, 25:00), or "": the
// parser says "invalid datetime", which names no key and not what is wrong.
func tomlDate(data []byte, perr toml.ParseError) string {
	start, end := perr.Position.Start, perr.Position.Start+perr.Position.Len
	if start < 0 || end > len(data) || start >= end {
		return ""
	}
	return ImpossibleDate(string(data[start:end]))
}

// tomlLetterKey returns the key that the TOML parser stopped in at byte
// off, when that key is written bare with a letter TOML allows only in
// quotes (krāsa = "zila", [params.valodā]), as writers of Latvian and
// Vietnamese do; else "". The line up to the key holds only what comes
// before a key: spaces, [ and keys followed by a dot.
func tomlLetterKey(data []byte, off int) string {
	if off < 0 || off >= len(data) {
		return ""
	}
	r, _ := utf8.DecodeRune(data[off:])
	if r < utf8.RuneSelf || !unicode.IsLetter(r) {
		return ""
	}
	bare := func(r rune) bool {
		return r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
	}
	start := off
	for start > 0 {
		r, size := utf8.DecodeLastRune(data[:start])
		if !bare(r) {
			break
		}
		start -= size
	}
	end := off
	for end < len(data) {
		r, size := utf8.DecodeRune(data[end:])
		if !bare(r) {
			break
		}
		end += size
	}
	lineStart := bytes.LastIndexByte(data[:start], '\n') + 1
	for _, c := range data[lineStart:start] {
		if !(c == ' ' || c == '\t' || c == '[' || c == '.' || c == '-' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return ""
		}
	}
	return string(data[start:end])
}

// tomlDuplicate finds the key that perr, an error at a line of data, gives
// a second time, and the line of its first use; or "", 0 when the error is
// of another kind. The decoder says only "Key 'x' has already been
// defined.", without the first line; so the text before the error's line is
// decoded, and a key the failing line defines (the parser's LastKey, or for
// a table header such as [params] the line's own keys) that this text
// defines already is the one given twice.
func tomlDuplicate(data []byte, perr toml.ParseError) (string, int) {
	lines := bytes.SplitAfter(data, []byte("\n"))
	n := perr.Position.Line
	if n < 2 || n > len(lines) {
		return "", 0
	}
	before := &Table{Values: map[string]any{}}
	md, err := toml.Decode(string(bytes.Join(lines[:n-1], nil)), &before.prims)
	if err != nil {
		return "", 0
	}
	before.md = md
	// A line that is no TOML of its own ([a.š]) is a mistake of syntax,
	// whatever keys came before it.
	var v map[string]any
	lmd, err := toml.Decode(string(lines[n-1]), &v)
	if err != nil {
		return "", 0
	}
	var candidates [][]string
	if perr.LastKey != "" {
		candidates = append(candidates, strings.Split(perr.LastKey, "."))
	}
	for _, k := range lmd.Keys() {
		candidates = append(candidates, k)
	}
	// The deepest key defined already is the one given twice: [p.x] after
	// [p] and x = 1 gives p.x twice, not p.
	slices.SortStableFunc(candidates, func(a, b []string) int { return len(b) - len(a) })
	for _, key := range candidates {
		if first, found := before.lineAt(key); found && first > 0 {
			return strings.Join(key, "."), first
		}
	}
	return "", 0
}

// TimeOfDay is a TOML local time (10:00:00): a time of day with no date. It is
// kept apart from dates so that a date field given one is an error, not a day
// in the year 0.
type TimeOfDay string

// The decoder marks TOML dates and times written without an offset by these
// time zones (toml/internal/tz.go); it gives them the computer's offset.
const (
	localDatetime = "datetime-local"
	localDate     = "date-local"
	localTime     = "time-local"
)

// local turns a TOML date or date-time written without an offset into the
// text it was written as, so that vestis reads it in the site's time zone as it
// does YAML's, and a local time into a TimeOfDay, in v and what it holds.
func local(v any) any {
	switch v := v.(type) {
	case time.Time:
		switch v.Location().String() {
		case localTime:
			return TimeOfDay(v.Format("15:04:05.999999999"))
		case localDate:
			return v.Format(time.DateOnly)
		case localDatetime:
			return v.Format("2006-01-02T15:04:05.999999999")
		}
	case []any:
		for i := range v {
			v[i] = local(v[i])
		}
	case []map[string]any:
		for _, m := range v {
			local(m)
		}
	case map[string]any:
		for k := range v {
			v[k] = local(v[k])
		}
	}
	return v
}

// errProbe stops a decode to learn where the decoder is.
var errProbe = errors.New("probe")

type probe struct{}

func (probe) UnmarshalTOML(any) error { return errProbe }

// Line is the line of a top-level key, or 0. The decoder tells the position of
// a key only in an error, so Line decodes the key's value into a probe that
// fails; that takes time in the size of the text, so call it for keys to
// report, not for every key.
func (t *Table) Line(key string) int {
	p, ok := t.prims[key]
	if !ok {
		return 0
	}
	var perr toml.ParseError
	if errors.As(t.md.PrimitiveDecode(p, probe{}), &perr) {
		return perr.Position.Line
	}
	return 0
}

// LineAt is the line of a key at any depth, path as written (languages, fr,
// weight), or the line of the deepest of its tables found, or 0. In a list of
// tables ([[menu.main]]) it looks in the last one. As Line, it takes time in
// the size of the text: call it for keys to report.
func (t *Table) LineAt(path ...string) int {
	line, _ := t.lineAt(path)
	return line
}

// lineAt is LineAt, and whether the whole path was found.
func (t *Table) lineAt(path []string) (line int, found bool) {
	if len(path) == 0 {
		return 0, false
	}
	p, ok := t.prims[path[0]]
	if !ok {
		return 0, false
	}
	line = t.Line(path[0])
	for _, key := range path[1:] {
		var list []toml.Primitive
		if t.md.PrimitiveDecode(p, &list) == nil && len(list) > 0 {
			p = list[len(list)-1] // a list of tables: the last, being written
		}
		var sub map[string]toml.Primitive
		if t.md.PrimitiveDecode(p, &sub) != nil {
			return line, false
		}
		if p, ok = sub[key]; !ok {
			return line, false
		}
		var perr toml.ParseError
		if errors.As(t.md.PrimitiveDecode(p, probe{}), &perr) {
			line = perr.Position.Line
		}
	}
	return line, true
}

// JSON decodes data, a JSON object, into a map whose numbers are int when
// whole and float64 otherwise, after checking that it nests at most MaxDepth
// levels. lines holds the line of each key of the object.
func JSON(data []byte) (values map[string]any, lines map[string]int, err error) {
	o, err := JSONObject(data)
	if err != nil {
		return nil, nil, err
	}
	return o.Values, o.Lines, nil
}

// Object is a decoded JSON object (JSONObject).
type Object struct {
	Values map[string]any
	// Lines holds the line of each key.
	Lines map[string]int
	// Numbers holds the numbers of the top-level keys as written (1e300),
	// which Values holds as a computer writes them again (1e+300).
	Numbers map[string]string
}

// JSONObject is JSON, keeping the top-level numbers as written.
func JSONObject(data []byte) (*Object, error) {
	if err := jsonDepth(data); err != nil {
		return nil, err
	}
	values, err := jsonValues(data)
	if err != nil {
		return nil, err
	}
	lines, err := jsonLines(data)
	if err != nil {
		return nil, err
	}
	// A number no float64 holds (1e400) was kept as its text in silence.
	if err := checkNumbersValue(values, topLine(lines), nil); err != nil {
		return nil, err
	}
	o := &Object{Values: values, Lines: lines, Numbers: map[string]string{}}
	for k, v := range values {
		if n, ok := v.(json.Number); ok {
			o.Numbers[k] = n.String()
		}
		values[k] = numbers(v)
	}
	return o, nil
}

// jsonLines finds the line of each key of the object in data, valid JSON,
// and refuses a key given twice in any object, at any depth (params, a list
// of links), which encoding/json would let the last value win silently (TOML
// refuses it too; YAML front matter keeps the last with a warning, see
// YAMLLastWins). A nested key is named by its path: params.color,
// links[1].title.
func jsonLines(data []byte) (map[string]int, error) {
	lines := map[string]int{}
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		object bool
		seen   map[string]int // an object's keys and their lines
		name   string         // the path of this value, for messages
		key    string         // an object's last key
		index  int            // a list's next index
		// wantKey says that an object's next token is a key.
		wantKey bool
	}
	var stack []*frame
	// child is the path of the value that comes next in the innermost frame.
	child := func() string {
		if len(stack) == 0 {
			return ""
		}
		f := stack[len(stack)-1]
		if f.object {
			if f.name == "" {
				return f.key
			}
			return f.name + "." + f.key
		}
		f.index++
		return fmt.Sprintf("%s[%d]", f.name, f.index-1)
	}
	line, off := 1, 0 // lines are counted on from the last key, so it stays linear
	for {
		expectKey := len(stack) > 0 && stack[len(stack)-1].wantKey && dec.More()
		tok, err := dec.Token()
		if err != nil {
			break
		}
		if expectKey {
			key, ok := tok.(string)
			if !ok {
				break
			}
			// The offset is the end of the key, which cannot span lines.
			end := int(dec.InputOffset())
			line += bytes.Count(data[off:end], []byte("\n"))
			off = end
			f := stack[len(stack)-1]
			if first, dup := f.seen[key]; dup {
				name := key
				if f.name != "" {
					name = f.name + "." + key
				}
				return nil, &Error{Line: line, Key: name, First: first}
			}
			f.seen[key] = line
			f.key, f.wantKey = key, false
			if len(stack) == 1 {
				lines[key] = line
			}
			continue
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &frame{object: true, seen: map[string]int{}, name: child(), wantKey: true})
			continue
		case json.Delim('['):
			stack = append(stack, &frame{name: child()})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				return lines, nil
			}
		default:
			child() // a list counts its items
		}
		// A value ended: its object's next token is a key.
		if len(stack) == 0 {
			break
		}
		if f := stack[len(stack)-1]; f.object {
			f.wantKey = true
		}
	}
	return lines, nil
}

func jsonValues(data []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var values map[string]any
	if err := dec.Decode(&values); err != nil {
		var serr *json.SyntaxError
		var terr *json.UnmarshalTypeError
		switch {
		case errors.As(err, &serr):
			if e := jsonMistake(data, int(serr.Offset)-1); e != nil {
				return nil, e
			}
			line, col := position(data, int(serr.Offset)-1) // Offset is just past the byte that stopped it
			return nil, &Error{Line: line, Col: col, Msg: err.Error()}
		case errors.As(err, &terr):
			line, col := position(data, int(terr.Offset))
			return nil, &Error{Line: line, Col: col, Msg: "want an object of \"key\": value pairs, got " + terr.Value}
		}
		return nil, &Error{Msg: err.Error()}
	}
	if values == nil {
		values = map[string]any{}
	}
	return values, nil
}

// numbers replaces the json.Numbers in v by int or float64.
func numbers(v any) any {
	switch v := v.(type) {
	case json.Number:
		if i, err := v.Int64(); err == nil {
			return int(i)
		}
		if f, err := v.Float64(); err == nil {
			return f
		}
		return v.String()
	case []any:
		for i := range v {
			v[i] = numbers(v[i])
		}
	case map[string]any:
		for k := range v {
			v[k] = numbers(v[k])
		}
	}
	return v
}

// position is the line and column (from 1) of byte offset off in data; the
// column counts characters, as an editor shows it ("Jānis" is five).
func position(data []byte, off int) (line, col int) {
	off = max(0, min(off, len(data)))
	before := data[:off]
	line = 1 + bytes.Count(before, []byte("\n"))
	col = 1 + utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
	return line, col
}

func tooDeep(data []byte, off int) error {
	line, col := position(data, off)
	return &Error{Line: line, Col: col, Msg: fmt.Sprintf("lists and tables nest more than %d levels deep", MaxDepth)}
}

// jsonDepth finds the first [ or { more than MaxDepth levels deep, outside
// strings.
func jsonDepth(data []byte) error {
	depth := 0
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '"':
			for i++; i < len(data) && data[i] != '"'; i++ {
				if data[i] == '\\' {
					i++
				}
			}
		case '[', '{':
			if depth++; depth > MaxDepth {
				return tooDeep(data, i)
			}
		case ']', '}':
			depth = max(0, depth-1) // a stray bracket must not make room for deeper nesting
		}
	}
	return nil
}

// tomlDepth finds the first array or inline table more than MaxDepth levels
// deep, counting the parts of dotted keys (a.b.c = 1, [a.b.c]) as levels,
// outside strings and comments.
func tomlDepth(data []byte) error {
	depth := 0   // open [ and { of values
	dots := 0    // dots since the last key boundary
	header := -1 // depth of the table header [a.b] this line opens, or -1
	lineStart := true
	for i := 0; i < len(data); i++ {
		c := data[i]
		if lineStart && c != ' ' && c != '\t' {
			lineStart = false
			if c == '[' && depth == 0 {
				header = 0
			}
		}
		switch c {
		case '\n':
			lineStart, dots, header = true, 0, -1
		case '#':
			for i < len(data) && data[i] != '\n' {
				i++
			}
			i--
		case '"', '\'':
			i = skipTOMLString(data, i)
		case '.':
			dots++
		case '=':
			if depth+dots+1 > MaxDepth {
				return tooDeep(data, i)
			}
			dots = 0
		case '[', '{':
			if header >= 0 {
				if header++; header <= 2 {
					continue
				}
				// [[[ opens no table: the decoder says so; the brackets
				// from here on count as those of values.
				header = -1
			}
			if depth++; depth > MaxDepth {
				return tooDeep(data, i)
			}
			dots = 0
		case ']', '}':
			if header >= 0 {
				if dots+1 > MaxDepth {
					return tooDeep(data, i)
				}
				continue
			}
			depth = max(0, depth-1)
			dots = 0
		case ',':
			dots = 0
		}
	}
	return nil
}

// skipTOMLString returns the offset of the last byte of the string that
// starts at data[i]: "basic", 'literal', """multi-line""" or ”'multi-line”'.
// A one-line string ends at its line's end even if unclosed: the decoder
// reports that.
func skipTOMLString(data []byte, i int) int {
	q := data[i]
	triple := bytes.HasPrefix(data[i:], []byte{q, q, q})
	if triple {
		i += 2
	}
	for j := i + 1; j < len(data); j++ {
		switch {
		case data[j] == '\\' && q == '"':
			j++
		case data[j] == '\n' && !triple:
			return j - 1
		case data[j] == q && !triple:
			return j
		case data[j] == q && bytes.HasPrefix(data[j:], []byte{q, q, q}):
			// up to two more quotes may belong to the string: """a""""".
			j += 2
			for j+1 < len(data) && data[j+1] == q {
				j++
			}
			return j
		}
	}
	return len(data)
}

// Data decodes a data file's text by its name's extension ext (".toml",
// ".json", any other is YAML), into Go values as Value gives them; nil for a
// text holding no document. JSON is read as JSON, not as the YAML it mostly
// is: YAML would take a comma after the last item, comments, single quotes
// and text after the value, which Hugo and every other JSON reader refuse.
// Errors are *Error where the decoders give a line.
func Data(data []byte, ext string) (any, error) {
	switch strings.ToLower(ext) {
	case ".toml":
		t, err := TOML(data)
		if err != nil {
			return nil, err
		}
		line := func(path []string) int { return t.LineAt(path...) }
		if err := checkInvisibleValue(t.Values, line); err != nil {
			return nil, err
		}
		if err := t.CheckNumbers(); err != nil {
			return nil, err
		}
		return t.Values, nil
	case ".json":
		v, err := jsonData(data)
		if err != nil {
			return nil, err
		}
		lines, _ := jsonLines(data)
		if err := checkInvisibleValue(v, topLine(lines)); err != nil {
			return nil, err
		}
		return v, nil
	}
	n, err := YAML(data)
	if err != nil || n == nil {
		return nil, err
	}
	if err := CheckInvisible(n); err != nil {
		return nil, err
	}
	if err := CheckNumbers(n); err != nil {
		return nil, err
	}
	return Value(n)
}

// jsonData decodes one JSON value of any kind (an object, a list, a text)
// filling data but for space, as decoded by JSON: within MaxDepth, no key
// twice in an object, numbers int when whole. Empty text is nil, as Hugo
// reads an empty data file.
func jsonData(data []byte) (any, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil
	}
	if err := jsonDepth(data); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		// YAML begins as JSON cannot: with a key, or a list's "- ".
		if first := bytes.TrimLeft(data, " \t\r\n"); bytes.IndexByte([]byte(`{["-0123456789tfn`), first[0]) < 0 || bytes.HasPrefix(first, []byte("- ")) || bytes.HasPrefix(first, []byte("-\n")) {
			line, col := position(data, len(data)-len(first))
			return nil, &Error{Line: line, Col: col, Msg: "this file is named .json but does not begin as JSON does, with { or [; if it is YAML, name it .yaml"}
		}
		return nil, jsonError(data, err)
	}
	if end := int(dec.InputOffset()); len(bytes.TrimSpace(data[end:])) > 0 {
		rest := end + len(data[end:]) - len(bytes.TrimLeft(data[end:], " \t\r\n"))
		line, col := position(data, rest)
		return nil, &Error{Line: line, Col: col, Msg: "the JSON value has ended, yet more text follows; a file holds one value: put the items in one list [...] or object {...}"}
	}
	lines, err := jsonLines(data)
	if err != nil {
		return nil, err
	}
	if err := checkNumbersValue(v, topLine(lines), nil); err != nil {
		return nil, err
	}
	return numbers(v), nil
}

// topLine gives, for a path of a JSON value, the line of its top-level
// key in lines (jsonLines), or 0.
func topLine(lines map[string]int) func(path []string) int {
	return func(path []string) int {
		if len(path) == 0 {
			return 0
		}
		return lines[path[0]]
	}
}

// jsonError is err, encoding/json's, at its line and column, in a writer's
// words where jsonMistake knows them.
func jsonError(data []byte, err error) error {
	var serr *json.SyntaxError
	switch {
	case errors.As(err, &serr):
		if e := jsonMistake(data, int(serr.Offset)-1); e != nil {
			return e
		}
		line, col := position(data, int(serr.Offset)-1) // Offset is just past the byte that stopped it
		return &Error{Line: line, Col: col, Msg: strings.TrimPrefix(err.Error(), "json: ")}
	case errors.Is(err, io.ErrUnexpectedEOF):
		line, col := position(data, len(bytes.TrimRight(data, " \t\r\n")))
		return &Error{Line: line, Col: col, Msg: "the file ends before the JSON does: a ] or } is missing"}
	}
	return &Error{Msg: err.Error()}
}

// jsonMistake says in a writer's words the mistakes people make most in
// JSON, found from where the decoder stopped (at byte bad) and what comes
// before it: a comma after the last item, a comma left out, a text in single
// quotes. nil for other errors, which keep the decoder's words.
func jsonMistake(data []byte, bad int) *Error {
	if bad < 0 || bad >= len(data) {
		return nil
	}
	// Scan to bad as the decoder did, knowing for the innermost object or
	// list where it is: prev is the last byte of the token before bad, and
	// key says that token was an object's key.
	type level struct {
		object, keyNext bool
	}
	var stack []level
	prev, key := -1, false
	for i := 0; i < bad; i++ {
		switch c := data[i]; c {
		case ' ', '\t', '\r', '\n':
			continue
		case '"':
			j := i + 1
			for j < bad && data[j] != '"' {
				if data[j] == '\\' {
					j++
				}
				j++
			}
			if j >= bad {
				return nil // the decoder stopped inside this text: not a mistake between items
			}
			key = len(stack) > 0 && stack[len(stack)-1].object && stack[len(stack)-1].keyNext
			if key {
				stack[len(stack)-1].keyNext = false
			}
			i, prev = j, j
			continue
		case '{', '[':
			stack = append(stack, level{object: c == '{', keyNext: c == '{'})
		case '}', ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case ',':
			if len(stack) > 0 && stack[len(stack)-1].object {
				stack[len(stack)-1].keyNext = true
			}
		}
		prev, key = i, false
	}
	if prev < 0 {
		return nil
	}
	c, p := data[bad], data[prev]
	switch {
	case c == '#' || c == '/' && bad+1 < len(data) && (data[bad+1] == '/' || data[bad+1] == '*'):
		line, col := position(data, bad)
		return &Error{Line: line, Col: col, Msg: "JSON has no comments: remove this one"}
	case (c == ']' || c == '}') && p == ',':
		line, col := position(data, prev)
		what := "list"
		if c == '}' {
			what = "object"
		}
		return &Error{Line: line, Col: col, Msg: "this comma is the last thing in its " + what + "; JSON allows no comma after the last item: remove it"}
	case c == '\'':
		line, col := position(data, bad)
		text, _, _ := bytes.Cut(data[bad+1:], []byte("'"))
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			text = text[:i]
		}
		return &Error{Line: line, Col: col, Msg: fmt.Sprintf("JSON puts texts and keys in double quotes (%q), not single ones", text)}
	case !key && p != ',' && p != ':' && p != '[' && p != '{' && bytes.IndexByte([]byte(`"{[-0123456789tfn`), c) >= 0:
		// A value ended, and another begins with no comma between.
		pl, pc := position(data, prev)
		line, col := position(data, bad)
		if line != pl {
			return &Error{Line: pl, Col: pc, Msg: "a comma is missing at the end of this line: JSON separates items with commas"}
		}
		end := bad + 1
		for end < len(data) && end-bad < 20 && bytes.IndexByte([]byte(" \t\r\n,:]}"), data[end]) < 0 {
			end++
		}
		return &Error{Line: line, Col: col, Msg: fmt.Sprintf("a comma is missing before %s: JSON separates items with commas", data[bad:end])}
	}
	return nil
}
