package build

import (
	"bytes"
	"sync"

	"github.com/klauspost/compress/gzip"
)

// Gzipper compresses bodies fast and the same way every time, with pooled
// writers (a compressor's tables are large: one per page would be costly).
// The dev server's builder keeps its pages so (Options.GzipPages), and the
// server compresses them again once it has added its live-reload script.
// Its zero value is ready to use.
type Gzipper struct{ pool sync.Pool }

// Compress returns b compressed at gzip's best speed.
func (g *Gzipper) Compress(b []byte) []byte {
	z, _ := g.pool.Get().(*zipper)
	if z == nil {
		z = &zipper{}
		z.w, _ = gzip.NewWriterLevel(&z.out, gzip.BestSpeed)
	}
	defer g.pool.Put(z)
	z.out.Reset()
	z.w.Reset(&z.out)
	z.w.Write(b)
	z.w.Close()
	return bytes.Clone(z.out.Bytes())
}

// zipper is a gzip writer with its output buffer.
type zipper struct {
	out bytes.Buffer
	w   *gzip.Writer
}
