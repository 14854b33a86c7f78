package shortcode

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"regexp/syntax"
)

// plainError is an error of a function a shortcode called, said in a site
// author's words; Err keeps Go's, for errors.Is and As.
type plainError struct {
	msg string
	err error
}

func (e *plainError) Error() string { return e.msg }
func (e *plainError) Unwrap() error { return e.err }

// addressError says why fn could not read s as an address, from the kind
// of url's error: Go's words ("parse \"http://[::1\": missing ']' in
// host") name neither the mistake nor its fix.
func addressError(fn, s string, err error) error {
	var esc url.EscapeError
	var host url.InvalidHostError
	var msg string
	switch {
	case errors.As(err, &esc):
		msg = fmt.Sprintf("%s: %q holds %q, a %% sign not followed by two hexadecimal digits (0-9, A-F); write a %% sign itself as %%25", fn, s, string(esc))
	case errors.As(err, &host):
		msg = fmt.Sprintf("%s: the host of %q (the part after //) holds %q, which a host may not", fn, s, string(host))
	default:
		msg = fmt.Sprintf("%s: %q is not an address that can be read; check its brackets [ ], its colons and its %% signs, as in https://example.org/path?q=1", fn, s)
	}
	return &plainError{msg: msg, err: err}
}

// regexpError says why fn could not read pattern, from the code of
// regexp's error, where Go's words are "error parsing regexp: missing
// closing ): `(`".
func regexpError(fn, pattern string, err error) error {
	var serr *syntax.Error
	if !errors.As(err, &serr) {
		return &plainError{msg: fmt.Sprintf("%s: %q is not a pattern that can be read", fn, pattern), err: err}
	}
	why := map[syntax.ErrorCode]string{
		syntax.ErrMissingParen:          "a ( is not closed with ), or a ) has no (; write \\( or \\) for the character itself",
		syntax.ErrUnexpectedParen:       "a ) has no ( before it; write \\) for the character itself",
		syntax.ErrMissingBracket:        "a [ is not closed with ]; write \\[ for the character itself",
		syntax.ErrMissingRepeatArgument: "*, + or ? follows nothing it could repeat; write \\*, \\+ or \\? for the character itself",
		syntax.ErrInvalidRepeatOp:       "two of *, + and ? stand together; write \\*, \\+ or \\? for the character itself",
		syntax.ErrInvalidRepeatSize:     "a {n,m} count is not one that can be read, or is above 1000",
		syntax.ErrTrailingBackslash:     "it ends with a \\ that escapes nothing; write \\\\ for a \\ itself",
		syntax.ErrInvalidEscape:         "a \\ is followed by a letter that makes no escape; write \\\\ for a \\ itself",
		syntax.ErrInvalidCharRange:      "a range such as [z-a] goes backwards",
		syntax.ErrInvalidPerlOp:         "(? is followed by something Go's patterns do not have (such as a look-ahead (?= or (?!)",
		syntax.ErrInvalidNamedCapture:   "a named group (?P<name>...) has a name that cannot be read",
		syntax.ErrNestingDepth:          "groups nest too deep",
		syntax.ErrLarge:                 "it is too large",
	}[serr.Code]
	if why == "" {
		why = "it cannot be read"
	}
	return &plainError{msg: fmt.Sprintf("%s: the pattern %q: %s (at %q)", fn, pattern, why, serr.Expr), err: err}
}

// base64Error says where s stops being base64.
func base64Error(s string, err error) error {
	var at base64.CorruptInputError
	if errors.As(err, &at) && int(at) < len(s) {
		return &plainError{msg: fmt.Sprintf("base64Decode: the text is not base64 (letters, digits, + and /, ending with up to two =): %q at byte %d cannot stand there", s[at:at+1], int(at)+1), err: err}
	}
	return &plainError{msg: "base64Decode: the text is not base64 (letters, digits, + and /, ending with up to two =)", err: err}
}
