package build

import (
	"bytes"
	"fmt"
	"path"
	"sync"

	"github.com/tdewolff/minify/v2"

	"github.com/vestis-ssg/vestis/internal/compact"
)

// minifier is the one place where outputs are minified, by the build's sink
// (diskSink, memSink) or by the dev server's preview (Preview.Output). Each
// output passes through it once; outputs that vestis writes compact already
// (render.Output.Compact: sitemaps, the search index, images) do not pass at
// all. Its buffers are pooled: a minified body is most often written or
// copied and forgotten. It is safe for concurrent use.
type minifier struct {
	m    *minify.M
	bufs sync.Pool
}

var mediaTypes = map[string]string{
	".html": "text/html", ".css": "text/css", ".js": "application/javascript",
	".svg": "image/svg+xml", ".xml": "application/xml", ".json": "application/json",
}

// minifies reports whether an output at path p is minified, by its extension.
func minifies(p string) bool { return mediaTypes[path.Ext(p)] != "" }

func newMinifier() *minifier { return &minifier{m: compact.New()} }

// with calls use with body minified as the output at p is (body itself when
// its kind is not minified). The bytes use sees are valid during the call
// only. The minifier reads its input in place and changes it (it shortens
// entities and runs of space where they stand), so it reads a pooled copy:
// body is never changed, whoever else keeps it (the render cache's feeds, a
// copied file's cached bytes).
func (mi *minifier) with(p string, body []byte, use func([]byte) error) error {
	mt := mediaTypes[path.Ext(p)]
	if mt == "" {
		return use(body)
	}
	in, out := mi.buffer(len(body)), mi.buffer(len(body))
	defer mi.bufs.Put(in)
	defer mi.bufs.Put(out)
	in.Write(body)
	// A Buffer, not a Reader: the minifier reads its bytes in place.
	if err := mi.m.Minify(mt, out, in); err != nil {
		return fmt.Errorf("minify %s: %w", p, err)
	}
	return use(out.Bytes())
}

// buffer is an empty pooled buffer with room for n bytes.
func (mi *minifier) buffer(n int) *bytes.Buffer {
	buf, _ := mi.bufs.Get().(*bytes.Buffer)
	if buf == nil {
		buf = new(bytes.Buffer)
	}
	buf.Reset()
	buf.Grow(n)
	return buf
}

// bytes returns body minified as the output at p is, in memory of its own;
// body itself when its kind is not minified.
func (mi *minifier) bytes(p string, body []byte) ([]byte, error) {
	if !minifies(p) {
		return body, nil
	}
	var out []byte
	err := mi.with(p, body, func(b []byte) error {
		out = bytes.Clone(b) // kept: no spare capacity
		return nil
	})
	return out, err
}
