package build

import (
	"maps"
	"sync"
)

// Files are a build's outputs by path, never changed once a build returned
// them: a dev server reads one while the next is made. A rebuild that
// renders a few outputs again (the fast path) gives the outputs it made
// over the last result's, sharing the thousands it did not touch: copying
// a map of every output was a tenth of a save's work at 10,000 files, and
// grew with the site.
type Files struct {
	base map[string][]byte // a full build's, shared by the results patched from it
	top  map[string][]byte // made since base, over it; nil for a full build
	gone map[string]bool   // base's outputs that saves since removed
	once sync.Once
	all  map[string][]byte // Map's
}

// newFiles returns the Files of a full build.
func newFiles(m map[string][]byte) *Files { return &Files{base: m} }

// Get returns the body of the output at p.
func (f *Files) Get(p string) ([]byte, bool) {
	if f == nil {
		return nil, false
	}
	if body, ok := f.top[p]; ok {
		return body, true
	}
	if f.gone[p] {
		return nil, false
	}
	body, ok := f.base[p]
	return body, ok
}

// Map returns the outputs as one map, which the caller must not change.
// It is made on the first call for patched Files (in time proportional to
// the site), so a server, which looks up a path at a time, uses Get.
func (f *Files) Map() map[string][]byte {
	if f == nil {
		return nil
	}
	if f.top == nil && f.gone == nil {
		return f.base
	}
	f.once.Do(func() { f.all = f.flat() })
	return f.all
}

// flat is base with top's outputs in place.
func (f *Files) flat() map[string][]byte {
	m := make(map[string][]byte, len(f.base)+len(f.top))
	maps.Copy(m, f.base)
	for p := range f.gone {
		delete(m, p)
	}
	maps.Copy(m, f.top)
	return m
}

// over returns f with the outputs of made in place and those of removed
// taken out, f itself unchanged. The outputs made and removed since the
// last full build are kept apart until they are an eighth of the site, then
// merged into a new base: a save copies what the saves before it made, not
// the site.
func (f *Files) over(made map[string][]byte, removed []string) *Files {
	top := make(map[string][]byte, len(f.top)+len(made))
	maps.Copy(top, f.top)
	var gone map[string]bool
	if len(f.gone)+len(removed) > 0 {
		gone = make(map[string]bool, len(f.gone)+len(removed))
		maps.Copy(gone, f.gone)
	}
	for _, p := range removed {
		delete(top, p)
		gone[p] = true
	}
	for p, body := range made {
		top[p] = body
		delete(gone, p)
	}
	next := &Files{base: f.base, top: top, gone: gone}
	if (len(top)+len(gone))*8 > len(f.base) {
		next = newFiles(next.flat())
	}
	return next
}
