package build

import (
	"bytes"
	"errors"
	"hash/maphash"
	"slices"
	"sync"
	"time"

	"github.com/vestis-ssg/vestis/internal/render"
	"github.com/vestis-ssg/vestis/internal/site"
)

// Builder builds a site again and again, as the dev server does after each save,
// and tells what changed between two builds.
type Builder struct {
	mu    sync.Mutex
	st    *state
	last  *Result
	dirty []string // changes not yet built successfully
	cards *Cards
}

// NewBuilder returns a builder for o. It keeps Markdown conversions and rendered
// pages between builds and redoes only what a change affects.
func NewBuilder(o Options) *Builder {
	return &Builder{st: newBuilderState(o), cards: NewCards(o)}
}

// Cards draws the sharing cards that the builder's results hold as recipes
// (Options.LazyCards) when they are served.
func (b *Builder) Cards() *Cards { return b.cards }

func newBuilderState(o Options) *state {
	return &state{opts: o, siteCache: site.NewCache(o.ContentBound), renderCache: render.NewCache(), sumSeed: maphash.MakeSeed()}
}

// Diff is what a rebuild changed in the output.
type Diff struct {
	Changed []string // written or rewritten paths, sorted
	Removed []string // paths the previous build had and this one has not, sorted
}

// Empty reports whether nothing changed.
func (d Diff) Empty() bool { return len(d.Changed) == 0 && len(d.Removed) == 0 }

// Rebuild builds the site after the files in changes (site-relative paths) were
// edited, added or removed; the first call builds everything. On an error the last
// good result stays current, and the changes are built again with the next call.
func (b *Builder) Rebuild(changes []string) (res *Result, d Diff, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	defer func() {
		if err != nil && errors.As(err, new(*BugError)) {
			b.st = newBuilderState(b.st.opts) // it may be half updated: start over
			res, d = b.last, Diff{}
		}
	}()
	defer recoverBug(&err) // the fast path's panics
	// After a failed build, what was loaded (the pages) may be ahead of the
	// model the fast path patches: only a full build brings them together.
	failed := len(b.dirty) > 0
	if len(changes) > 0 {
		b.st.started, b.st.startStatic = time.Time{}, nil // what Start loaded is out of date
	}
	b.dirty = append(b.dirty, changes...)
	var cs *changeSet
	if b.last != nil {
		c := classify(b.st.opts.Site, b.dirty, b.st.emptiedLoaded)
		cs = &c
	}
	fast := false
	if !failed {
		res, fast, err = b.st.patch(cs, b.last)
	}
	if !fast {
		res, err = b.st.build(cs)
	}
	if err != nil {
		return b.last, Diff{}, err
	}
	b.dirty = nil
	d = diff(b.last, res)
	b.last = res
	return res, d, nil
}

// Rendered is how many pages the last build executed templates for.
func (b *Builder) Rendered() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.st.renderCache.Rendered
}

// ReadLast calls f with the last good result, or nil, while no rebuild runs:
// a rebuild's fast path patches that result's site model in place, so a
// reader of the model (not of Files, which are never changed) must hold off.
func (b *Builder) ReadLast(f func(*Result)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	f(b.last)
}

// Last returns the last good result, or nil.
func (b *Builder) Last() *Result {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.last
}

func diff(old, cur *Result) Diff {
	var d Diff
	paths := cur.Paths
	if old != nil && cur.touched != nil {
		paths = slices.Compact(slices.Sorted(slices.Values(cur.touched)))
	}
	for _, p := range paths {
		if old == nil {
			d.Changed = append(d.Changed, p)
			continue
		}
		prev, ok := old.Files.Get(p)
		if body, _ := cur.Files.Get(p); !ok || !bytes.Equal(prev, body) {
			d.Changed = append(d.Changed, p)
		}
	}
	if old != nil && cur.touched != nil {
		d.Removed = slices.Clone(cur.removed)
	}
	if old != nil && cur.touched == nil {
		for _, p := range old.Paths {
			if _, ok := cur.Files.Get(p); !ok {
				d.Removed = append(d.Removed, p)
			}
		}
	}
	slices.Sort(d.Changed)
	slices.Sort(d.Removed)
	return d
}
