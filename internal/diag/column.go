package diag

import (
	"strconv"
	"strings"
	"text/template/parse"
	"unicode/utf8"
)

// CharColumn is the column, in characters from 1, of byteCol, a column of
// line (both from 1) of text counted in bytes, as text/template counts them:
// every column vestis prints counts characters, as editors do, so that the
// Latvian or Vietnamese letters before a mistake (two or three bytes each)
// do not push it to the right. A place outside text is returned as it is.
func CharColumn(text string, line, byteCol int) int {
	if byteCol <= 0 || line <= 0 {
		return byteCol
	}
	start, ok := lineStart(text, line)
	if !ok {
		return byteCol
	}
	end := start + byteCol - 1
	if end > len(text) {
		return byteCol
	}
	return utf8.RuneCountInString(text[start:end]) + 1
}

// ParseColumn is the column, in characters from 1, of the action where a
// template file's parse fails with msg on line (text/template's parser says
// only the line: "unexpected {{end}}", "unexpected right paren"); 0 when it
// cannot be found. It asks the parser, not the text: parsing a part of the
// text fails with the same message exactly when the part holds the whole
// action at fault, so a binary search over the line's ends finds where that
// action ends, and the action is the one whose {{ ends there.
func ParseColumn(name, text string, line int, msg string) int {
	start, ok := lineStart(text, line)
	if !ok {
		return 0
	}
	end := len(text)
	if i := strings.IndexByte(text[start:], '\n'); i >= 0 {
		end = start + i
	}
	fails := func(n int) bool {
		err := parseTemplate(name, text[:n], map[string]*parse.Tree{})
		return err != nil && strings.HasSuffix(err.Error(), ":"+strconv.Itoa(line)+": "+msg)
	}
	if !fails(end) {
		return 0
	}
	lo, hi := start, end // fails(hi); the action ends after lo
	for lo < hi {
		mid := lo + (hi-lo)/2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	open := strings.LastIndex(text[start:hi], "{{")
	if open < 0 {
		return 0
	}
	return utf8.RuneCountInString(text[start:start+open]) + 1
}

// lineStart is the offset in text of line (from 1); ok is false when text
// has fewer lines.
func lineStart(text string, line int) (start int, ok bool) {
	for l := 1; l < line; l++ {
		i := strings.IndexByte(text[start:], '\n')
		if i < 0 {
			return 0, false
		}
		start += i + 1
	}
	return start, true
}

// parseTemplate parses text as the template file name, into trees, as the
// layouts' parser does but without knowing their functions.
func parseTemplate(name, text string, trees map[string]*parse.Tree) error {
	t := parse.New(name)
	t.Mode = parse.SkipFuncCheck | parse.ParseComments
	_, err := t.Parse(text, "", "", trees)
	return err
}
