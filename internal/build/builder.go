package build

import (
	"bytes"
	"slices"
	"sync"
)

// Builder builds a site again and again, as the dev server does after each save,
// and tells what changed between two builds.
type Builder struct {
	opts Options
	mu   sync.Mutex
	last *Result
}

// NewBuilder returns a builder for o.
func NewBuilder(o Options) *Builder { return &Builder{opts: o} }

// Diff is what a rebuild changed in the output.
type Diff struct {
	Changed []string // written or rewritten paths, sorted
	Removed []string // paths the previous build had and this one has not, sorted
}

// Empty reports whether nothing changed.
func (d Diff) Empty() bool { return len(d.Changed) == 0 && len(d.Removed) == 0 }

// Rebuild builds the site after the files in changes (site-relative paths) were
// edited, added or removed. On an error the last good result stays current.
func (b *Builder) Rebuild(changes []string) (*Result, Diff, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	res, err := Build(b.opts)
	if err != nil {
		return b.last, Diff{}, err
	}
	d := diff(b.last, res)
	b.last = res
	return res, d, nil
}

// Last returns the last good result, or nil.
func (b *Builder) Last() *Result {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.last
}

func diff(old, cur *Result) Diff {
	var d Diff
	for _, p := range cur.Paths {
		if old == nil {
			d.Changed = append(d.Changed, p)
			continue
		}
		if prev, ok := old.Files[p]; !ok || !bytes.Equal(prev, cur.Files[p]) {
			d.Changed = append(d.Changed, p)
		}
	}
	if old != nil {
		for _, p := range old.Paths {
			if _, ok := cur.Files[p]; !ok {
				d.Removed = append(d.Removed, p)
			}
		}
	}
	slices.Sort(d.Changed)
	slices.Sort(d.Removed)
	return d
}
