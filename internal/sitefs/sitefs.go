// Package sitefs reads a site's own files safely. A site folder can hold
// anything a file system can: a named pipe that blocks whoever opens it, a
// link to /dev/zero that never ends, a link to a file outside the site. vestis
// opens only regular files, checked before they are opened, and reads settings
// files (site.yaml, i18n/, layouts/, archetypes/) only up to MaxSize.
package sitefs

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// MaxSize is the largest site.yaml, i18n, layout or archetype file vestis
// reads: such files are a few kilobytes, so a bigger one is a mistake (a photo
// saved under the wrong name, say) that would otherwise fill memory.
const MaxSize = 10 << 20

var (
	// ErrNotRegular is the cause of an error about a named pipe, device,
	// socket or (where links are refused) symbolic link.
	ErrNotRegular = errors.New("not a regular file")
	// ErrTooLarge is the cause of an error about a file over its size limit.
	ErrTooLarge = errors.New("file too large")
)

// Kind names what a file of this mode is, in a user's words.
func Kind(mode fs.FileMode) string {
	switch t := mode.Type(); {
	case t == 0:
		return "a file"
	case t&fs.ModeDir != 0:
		return "a folder"
	case t&fs.ModeSymlink != 0:
		return "a symbolic link"
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case t&fs.ModeSocket != 0:
		return "a socket"
	case t&fs.ModeDevice != 0:
		return "a device"
	default:
		return "a special file"
	}
}

// ErrDangling is the cause of Dangling's errors; it is an fs.ErrNotExist,
// for callers that look further when a file is not there, but one that
// reads a file whose absence lets another stand in (i18n/en.yaml over the
// default theme's) says it.
var ErrDangling = fmt.Errorf("a symbolic link to nothing: %w", fs.ErrNotExist)

// Dangling is the error for file, a symbolic link of fsys to nothing: the
// file it names was moved or deleted. Its cause is ErrDangling.
func Dangling(file string, fsys fs.FS) *diag.Diagnostic {
	to := ""
	if target, err := fs.ReadLink(fsys, file); err == nil {
		to = " to " + target
	}
	return &diag.Diagnostic{File: file, Err: ErrDangling,
		Msg: fmt.Sprintf("a symbolic link%s, which is not there (moved or deleted?); replace the link with a copy of the file, or remove it", to)}
}

// Looping is the error for file, a symbolic link that cannot be followed
// to a file: it leads to itself, or round a circle of links.
func Looping(file string) *diag.Diagnostic {
	return &diag.Diagnostic{File: file, Err: ErrOutside,
		Msg: "a symbolic link that cannot be followed (it leads to itself, or round a circle of links); replace it with a copy of the file, or remove it"}
}

// NotRegular is the error for file, which is of mode and so is not read.
func NotRegular(file string, mode fs.FileMode) *diag.Diagnostic {
	return &diag.Diagnostic{File: file, Err: ErrNotRegular,
		Msg: fmt.Sprintf("%s, not a regular file; vestis reads only regular files: replace it with a copy of the file, or remove it", Kind(mode))}
}

// ReadFile reads the regular file name of fsys, following symbolic links,
// after checking that it is one and, when limit > 0, that it has at most
// limit bytes. It never opens a named pipe or device. Errors about the file's
// kind and size are diagnostics naming it (causes ErrNotRegular, ErrTooLarge);
// others are fsys's, such as fs.ErrNotExist.
func ReadFile(fsys fs.FS, name string, limit int64) (data []byte, err error) {
	defer func() { err = Denied(name, err) }()
	info, err := fs.Stat(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		if l, lerr := fs.Lstat(fsys, name); lerr == nil && l.Mode()&fs.ModeSymlink != 0 {
			return nil, Dangling(name, fsys) // not "statat x: no such file or directory"
		}
	}
	if errors.Is(err, syscall.ELOOP) {
		return nil, Looping(name) // not "too many levels of symbolic links"
	}
	if err != nil {
		return nil, err
	}
	if err := check(name, info, limit); err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The file may have been replaced since Stat; its size may have grown.
	if info, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := check(name, info, limit); err != nil {
		return nil, err
	}
	r := io.Reader(f)
	size := info.Size()
	if limit > 0 {
		r = io.LimitReader(f, limit+1)
		size = min(size, limit)
	}
	data, err = readAll(r, size)
	if err != nil {
		return nil, err
	}
	if limit > 0 && int64(len(data)) > limit {
		return nil, tooLarge(name, limit)
	}
	return data, nil
}

// readAll reads r to its end into a buffer of size bytes and one more, the
// size the file had when it was opened, so that a file that did not change is
// read in one buffer and one read past its end: io.ReadAll's growing buffer
// costs reading the site's content again in copies and garbage.
func readAll(r io.Reader, size int64) ([]byte, error) {
	const minRead = 512
	data := make([]byte, 0, max(size+1, minRead))
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if len(data) == cap(data) { // the file grew since it was opened
			data = append(data, 0)[:len(data)]
		}
	}
}

func check(name string, info fs.FileInfo, limit int64) error {
	if !info.Mode().IsRegular() {
		return NotRegular(name, info.Mode())
	}
	if limit > 0 && info.Size() > limit {
		return tooLarge(name, limit)
	}
	return nil
}

func tooLarge(name string, limit int64) *diag.Diagnostic {
	return &diag.Diagnostic{File: name, Err: ErrTooLarge,
		Msg: fmt.Sprintf("larger than %d MB, which is more than such a file can need; is it the right file?", limit>>20)}
}

// Regular checks, without following symbolic links, that name in fsys is a
// regular file and that no folder on its way is a link: a file to publish as
// it is (static/, a bundle's file) must be inside the site. The error is a
// diagnostic naming the file (cause ErrNotRegular), or fsys's.
func Regular(fsys fs.FS, name string) error {
	parts := strings.Split(name, "/")
	for i := range parts {
		p := path.Join(parts[:i+1]...)
		info, err := fs.Lstat(fsys, p)
		if err != nil {
			return Denied(p, err)
		}
		last := i == len(parts)-1
		if info.Mode()&fs.ModeSymlink != 0 {
			return LinkRefused(p)
		}
		if !last && !info.IsDir() || last && !info.Mode().IsRegular() {
			return NotRegular(p, info.Mode())
		}
	}
	return nil
}

// LinkRefused is the error for a symbolic link where vestis publishes files
// as they are: it could point outside the site, or at a device.
func LinkRefused(file string) *diag.Diagnostic {
	return &diag.Diagnostic{File: file, Err: ErrNotRegular,
		Msg: "a symbolic link; vestis does not follow links here, so that nothing outside the site is published: copy the file instead"}
}

// ErrDenied is the cause of an error about a file or folder that the user
// running vestis may not read.
var ErrDenied = errors.New("permission denied")

// Denied is err, or for a permission error a diagnostic naming name in a
// user's words ("open content/a.md: permission denied" said it twice and
// not what to do).
func Denied(name string, err error) error {
	if err == nil || !errors.Is(err, fs.ErrPermission) {
		return err
	}
	var d *diag.Diagnostic
	if errors.As(err, &d) {
		return err
	}
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path != "" {
		name = pe.Path // a folder on the way
	}
	return &diag.Diagnostic{File: name, Err: fmt.Errorf("%w: %w", ErrDenied, err),
		Msg: "vestis may not read this (permission denied): let your user read it, as chmod a+r does for a file and chmod a+rx for a folder"}
}

// ReadText is ReadFile for a file of text that people write (site.yaml, an
// i18n file, a layout, a shortcode, an archetype): the text it holds, as
// UTF-8 without a byte order mark, or a diagnostic at the line where it
// stops being text (Text).
func ReadText(fsys fs.FS, name string, limit int64) ([]byte, error) {
	data, err := ReadFile(fsys, name, limit)
	if err != nil {
		return nil, err
	}
	return Text(name, data)
}

// ErrNotText is the cause of an error about a file that is not UTF-8 text.
var ErrNotText = errors.New("not UTF-8 text")

// Text returns data, the contents of file, as UTF-8 text without a byte
// order mark, its lines ending in LF (Lines): a file saved as UTF-16 with its mark (as Windows Notepad saves
// "Unicode") or as UTF-32 with its mark is converted. A file that is not valid UTF-8, or holds a NUL
// byte (a photo saved under a layout's name, say), is a diagnostic at the
// line of the first bad byte: its bytes would otherwise pass into every page
// (a layout), or stop a YAML parser with a message about "octets".
func Text(file string, data []byte) ([]byte, error) {
	// UTF-32's little-endian mark begins with UTF-16's: it is tried first,
	// or the file would be read as UTF-16 with a NUL after every letter.
	switch {
	case bytes.HasPrefix(data, utf32LE):
		data = fromUTF32(data[4:], binary.LittleEndian)
	case bytes.HasPrefix(data, utf32BE):
		data = fromUTF32(data[4:], binary.BigEndian)
	case bytes.HasPrefix(data, utf16LE):
		data = fromUTF16(data[2:], binary.LittleEndian)
	case bytes.HasPrefix(data, utf16BE):
		data = fromUTF16(data[2:], binary.BigEndian)
	}
	data = Lines(bytes.TrimPrefix(data, []byte("\ufeff")))
	// NUL first: a binary file is not UTF-8 either, and its NUL says what
	// it is.
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, &diag.Diagnostic{File: file, Line: 1 + bytes.Count(data[:i], []byte("\n")), Err: ErrNotText,
			Msg: "contains a NUL byte; is this a binary file?"}
	}
	if !utf8.Valid(data) {
		return nil, &diag.Diagnostic{File: file, Line: InvalidUTF8Line(data), Err: ErrNotText,
			Msg: "not valid UTF-8 text; save the file as UTF-8"}
	}
	return data, nil
}

// Lines returns data with every line ending in LF: CR LF and a lone CR
// (old Mac programs', or one pasted into a file) end a line too, as editors
// show them, and as YAML and CommonMark read them. Every line number vestis
// reports counts LFs, so a file with a lone CR had every later problem
// reported a line too early, and a layout whose lines all end in CR every
// problem at line 1. A browser and an XML reader make the same change to
// what they read, so no page differs for it. data is returned as it is when
// it holds no CR, else changed in place.
func Lines(data []byte) []byte {
	i := bytes.IndexByte(data, '\r')
	if i < 0 {
		return data
	}
	out := data[:i]
	for ; i < len(data); i++ {
		switch c := data[i]; {
		case c != '\r':
			out = append(out, c)
		case i+1 < len(data) && data[i+1] == '\n':
			// CR LF: the LF is appended next.
		default:
			out = append(out, '\n')
		}
	}
	return out
}

// fromUTF16 converts UTF-16 text in the byte order order to UTF-8; an odd
// last byte and unpaired surrogates become U+FFFD.
func fromUTF16(data []byte, order binary.ByteOrder) []byte {
	units := make([]uint16, len(data)/2)
	for i := range units {
		units[i] = order.Uint16(data[2*i:])
	}
	out := make([]byte, 0, len(data))
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	if len(data)%2 == 1 {
		out = utf8.AppendRune(out, utf8.RuneError)
	}
	return out
}

// fromUTF32 converts UTF-32 text in the byte order order to UTF-8; last
// bytes short of four and values that are no character become U+FFFD.
func fromUTF32(data []byte, order binary.ByteOrder) []byte {
	out := make([]byte, 0, len(data)/2)
	for ; len(data) >= 4; data = data[4:] {
		out = utf8.AppendRune(out, rune(order.Uint32(data))) // AppendRune writes U+FFFD for a bad one
	}
	if len(data) > 0 {
		out = utf8.AppendRune(out, utf8.RuneError)
	}
	return out
}

// The byte order marks of UTF-16 and UTF-32, little- and big-endian.
var (
	utf16LE, utf16BE = []byte{0xff, 0xfe}, []byte{0xfe, 0xff}
	utf32LE, utf32BE = []byte{0xff, 0xfe, 0, 0}, []byte{0, 0, 0xfe, 0xff}
)

// Unicode names the encoding other than UTF-8 that data's byte order mark
// says it is in, "UTF-16" or "UTF-32", or is "" when data has no such mark.
func Unicode(data []byte) string {
	switch {
	case bytes.HasPrefix(data, utf32LE), bytes.HasPrefix(data, utf32BE):
		return "UTF-32"
	case bytes.HasPrefix(data, utf16LE), bytes.HasPrefix(data, utf16BE):
		return "UTF-16"
	}
	return ""
}

// InvalidUTF8Line is the line (from 1) of the first byte of data that is not
// valid UTF-8.
func InvalidUTF8Line(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return line
}

// WindowsRefuses says why Windows cannot hold a file or folder named seg, or
// "". The same site then builds on Linux and macOS, and fails on a
// colleague's Windows computer, or its output loses the file when copied
// there: such an output is an error on Windows and a warning elsewhere (the
// site's claims), and vestis new makes no page of such a name.
func WindowsRefuses(seg string) string {
	if strings.ContainsAny(seg, `<>:"|?*\`) {
		return `a name may not hold < > : " | ? * or \`
	}
	if strings.HasSuffix(seg, ".") || strings.HasSuffix(seg, " ") {
		return "a name may not end in a dot or a space"
	}
	stem, _, _ := strings.Cut(seg, ".")
	stem = strings.TrimRight(stem, " ")
	fold := func(name string) bool { return strings.EqualFold(stem[:3], name) } // every output path's every name comes here: no copies
	switch {
	case len(stem) == 3 && (fold("con") || fold("prn") || fold("aux") || fold("nul")),
		len(stem) == 4 && (fold("com") || fold("lpt")) && stem[3] >= '1' && stem[3] <= '9':
		return "CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9 name devices there, with any extension"
	}
	return ""
}

// SourceName says what is wrong with the name (one segment) of a file or
// folder of the site that is kept under that name in the site's source
// only (a page's file, whose address is its slug; a layout, a data file):
// a control character or bytes that are not UTF-8 (bad is true: an error) or a name Windows cannot hold
// (a warning: the site then builds on Linux, and a colleague cannot check
// it out or open it on Windows). what is "file" or "folder". A name that
// is published as it is (a static file) is the claims' to check.
func SourceName(name, what string) (msg string, bad bool) {
	if !utf8.ValidString(name) {
		// A zip made on another system, or an old program, wrote it in
		// another encoding; Go's file system refuses to open it ("invalid
		// argument").
		return fmt.Sprintf("this %s's name is not valid UTF-8 text (the bytes that are not are shown as \\x..): a zip made on another system or an old program saved it in another encoding; rename the %[1]s", what), true
	}
	if i := strings.IndexFunc(name, isControl); i >= 0 {
		r, _ := utf8.DecodeRuneInString(name[i:])
		return fmt.Sprintf("this %s's name holds the invisible control character U+%04X, which editors show as nothing or garbled, and no web address may hold; rename the %[1]s", what, r), true
	}
	if why := WindowsRefuses(name); why != "" {
		return fmt.Sprintf("Windows cannot hold this %s's name (%s), so the site cannot be checked out or edited there; rename it %q", what, why, WindowsName(name)), false
	}
	return "", false
}

// isControl reports whether r is a control character: C0, DEL or C1.
func isControl(r rune) bool { return r < 0x20 || r >= 0x7f && r < 0xa0 }

// WindowsName is name changed so that Windows holds it: each of
// < > : " | ? * \ made a hyphen, the dots and spaces at its end dropped,
// and a device's name (aux, CON) given "-1" after it.
func WindowsName(name string) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"|?*\`, r) {
			return '-'
		}
		return r
	}, name)
	name = strings.TrimRight(name, ". ")
	if WindowsRefuses(name) != "" { // a device's name
		stem, ext, dot := strings.Cut(name, ".")
		name = strings.TrimRight(stem, " ") + "-1"
		if dot {
			name += "." + ext
		}
	}
	if name == "" {
		return "-"
	}
	return name
}

// Printable is a path as a message shows it: a control character written
// as Go writes it in a quoted text (\t, \x1b), so that it neither breaks
// the line nor is sent to the terminal.
func Printable(p string) string {
	if strings.IndexFunc(p, isControl) < 0 && utf8.ValidString(p) {
		return p
	}
	q := strconv.Quote(p)
	return q[1 : len(q)-1]
}
