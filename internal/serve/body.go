package serve

import (
	"bytes"
	"hash/maphash"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vestis-ssg/vestis/internal/build"
)

// bodies sends the files of a build: through http.ServeContent, so that Range
// requests (a video in Safari), If-None-Match and Content-Length work, with an
// ETag per content.
type bodies struct {
	seed  maphash.Seed
	zips  build.Gzipper
	mu    sync.Mutex
	etags map[string]etag // by file name
}

// etag is the tag of a large body, kept while the build serves the very same
// slice, so that a video is hashed once and not on every Range request.
type etag struct {
	data *byte
	n    int
	tag  string
}

// bigBody is the size from which a body's tag is kept rather than recomputed.
const bigBody = 64 << 10

func newBodies() *bodies {
	return &bodies{seed: maphash.MakeSeed(), etags: map[string]etag{}}
}

// tag returns the strong ETag of stored, the file name's body as the build keeps it.
func (b *bodies) tag(name string, stored []byte) string {
	if len(stored) < bigBody {
		return b.sum(stored)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if e, ok := b.etags[name]; ok && e.data == &stored[0] && e.n == len(stored) {
		return e.tag
	}
	t := b.sum(stored)
	b.etags[name] = etag{&stored[0], len(stored), t}
	return t
}

func (b *bodies) sum(data []byte) string {
	return strconv.FormatUint(maphash.Bytes(b.seed, data), 36)
}

// forget drops the kept tags of bodies that files no longer has, so that an
// old version of a large file is not kept alive by its tag.
func (b *bodies) forget(files *build.Files) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for name, e := range b.etags {
		if body, _ := files.Get(name); len(body) != e.n || &body[0] != e.data {
			delete(b.etags, name)
		}
	}
}

// send answers r with the file name of the build, whose body the build keeps as
// stored, with status. Pages get the live-reload script (of generation
// gen), and are sent
// gzip-compressed when the client accepts it; they are made for each request
// and never stored by the browser, so they need neither ETags nor ranges.
// Other files go through http.ServeContent, for ranges and ETags.
func (b *bodies) send(w http.ResponseWriter, r *http.Request, status int, name, ctype string, stored []byte, gen uint64) {
	h := w.Header()
	h.Set("Content-Type", ctype)
	body := stored
	page := strings.HasPrefix(ctype, "text/html")
	if page {
		// Not stored at all: a page restored from the back-forward cache
		// would miss the saves made since.
		h.Set("Cache-Control", "no-store")
		html, err := gunzipPage(stored)
		if err != nil {
			http.Error(w, name+": "+err.Error(), http.StatusInternalServerError)
			return
		}
		body = injectLive(html, gen)
		h.Add("Vary", "Accept-Encoding")
		if acceptsGzip(r.Header.Get("Accept-Encoding")) {
			body = b.zips.Compress(body)
			h.Set("Content-Encoding", "gzip")
		}
	} else {
		h.Set("Cache-Control", "no-cache") // ask every time; an unchanged file is a 304
	}
	if page || status != http.StatusOK {
		h.Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(status)
		if r.Method != http.MethodHead {
			w.Write(body)
		}
		return
	}
	h.Set("ETag", `"`+b.tag(name, stored)+`"`)
	// No Last-Modified: a build has no file times, and a time of one second's
	// resolution would call a file saved twice in a second unchanged.
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(body))
}

// acceptsGzip reports whether an Accept-Encoding header value accepts gzip:
// named with a q-value above 0, or matched by * when gzip is not named.
func acceptsGzip(header string) bool {
	star := false
	for part := range strings.SplitSeq(header, ",") {
		coding, params, _ := strings.Cut(part, ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding != "gzip" && coding != "x-gzip" && coding != "*" {
			continue
		}
		ok := true
		for p := range strings.SplitSeq(params, ";") {
			k, v, _ := strings.Cut(p, "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				ok = err == nil && q > 0
			}
		}
		if coding == "*" {
			star = ok
			continue
		}
		return ok
	}
	return star
}
