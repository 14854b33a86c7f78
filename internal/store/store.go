// Package store keeps values that are costly to make and can be made again,
// such as the HTML of a page's converted Markdown, within one bound on the
// bytes they hold. Least recently used values go first, and values that
// nothing uses any more (a page's text before a save) go before those in use:
// they are kept only in a small share of the bound, so that a file restored
// to its earlier text finds its value while memory stays flat over any
// number of saves.
package store

import (
	"container/list"
	"math"
	"runtime/debug"
	"sync"
)

// DefaultBound is the bound of a process without a soft memory limit: what
// Bound gives for a limit of 1 GiB.
const DefaultBound = 16 << 20

// retiredShare is the share of the bound (1/retiredShare) that values no
// longer in use may hold.
const retiredShare = 16

// Bound is the bound of a store in a process whose soft memory limit
// (debug.SetMemoryLimit) is limit bytes: 1/64 of it. What a store keeps
// can be made again, so it takes a small part: the dev server's memory is
// mostly its rendered pages and its model.
// math.MaxInt64, Go's default (no limit), gives DefaultBound.
func Bound(limit int64) int64 {
	if limit <= 0 || limit == math.MaxInt64 {
		return DefaultBound
	}
	return limit / 64
}

// MemoryBound is the bound that the process's soft memory limit gives
// (Bound), so that every command sharing that limit shares this policy.
func MemoryBound() int64 { return Bound(debug.SetMemoryLimit(-1)) }

// Store holds values by key within a bound on their sizes. It is safe for
// concurrent use.
type Store[K comparable, V any] struct {
	mu      sync.Mutex
	bound   int64
	entries map[K]*list.Element
	// shrink, when not nil, makes the shell a value in use leaves when the
	// bound pushes it out (NewShrinking); shells are those left, with the
	// pass that last used each.
	shrink func(V) V
	shells map[K]shell[V]
	// live and retired are the entries in use and those no longer used,
	// the most recently used first.
	live, retired list.List
	size          int64 // of every entry
	retiredSize   int64
	pass          uint64
}

type entry[K comparable, V any] struct {
	key     K
	val     V
	size    int64
	pass    uint64 // the last pass that used it
	retired bool
}

type shell[V any] struct {
	val  V
	pass uint64
}

// New returns an empty store that holds at most bound bytes.
func New[K comparable, V any](bound int64) *Store[K, V] {
	return &Store[K, V]{bound: bound, entries: map[K]*list.Element{}}
}

// NewShrinking returns an empty store that holds at most bound bytes, where
// a value in use that the bound pushes out (or that is larger than the
// bound) leaves shrink(value) behind, uncounted: what identifies the value,
// without the bytes that can be made again. Get returns the shell until Put
// stores a whole value again, and a shell goes as soon as its value is no
// longer in use (Retire, RetireUnused), so shells are at most one per value
// in use. Without them a site larger than the bound would make every value
// again in each pass over it (the dev server's full rebuilds converted the
// whole site's Markdown again), only to learn what the shell says.
func NewShrinking[K comparable, V any](bound int64, shrink func(V) V) *Store[K, V] {
	s := New[K, V](bound)
	s.shrink, s.shells = shrink, map[K]shell[V]{}
	return s
}

// Bound is how many bytes the store may hold.
func (s *Store[K, V]) Bound() int64 { return s.bound }

// Shells is the number of shells held (NewShrinking).
func (s *Store[K, V]) Shells() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.shells)
}

// Len is the number of values held, shells aside.
func (s *Store[K, V]) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.entries)
}

// Size is the sum of the sizes of the values held.
func (s *Store[K, V]) Size() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.size
}

// Get returns the value of k, or its shell, and whether the store holds
// one. A value got is in use again, and the most recently used.
func (s *Store[K, V]) Get(k K) (V, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	el, ok := s.entries[k]
	if !ok {
		if sh, ok := s.shells[k]; ok {
			sh.pass = s.pass
			s.shells[k] = sh
			return sh.val, true
		}
		var zero V
		return zero, false
	}
	e := el.Value.(*entry[K, V])
	s.use(el, e)
	return e.val, true
}

// Put stores v, of size bytes, as the value of k, in use and the most
// recently used, and lets the least recently used values go while the store
// holds more than its bound. A value larger than the bound is not kept.
func (s *Store[K, V]) Put(k K, v V, size int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if el, ok := s.entries[k]; ok {
		s.remove(el)
	}
	delete(s.shells, k)
	if size > s.bound {
		if s.shrink != nil {
			s.shells[k] = shell[V]{s.shrink(v), s.pass}
		}
		return
	}
	e := &entry[K, V]{key: k, val: v, size: size, pass: s.pass}
	s.entries[k] = s.live.PushFront(e)
	s.size += size
	s.evict()
}

// Retire says that the value of k is no longer in use (the page it was made
// for changed): it stays, if there is room among the values no longer in
// use, until it is used again or others push it out.
func (s *Store[K, V]) Retire(k K) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.shells, k)
	if el, ok := s.entries[k]; ok {
		s.retire(el)
		s.evict()
	}
}

// StartPass begins a pass over what is in use, such as an assembly of the
// whole site: RetireUnused then retires the values that the pass did not
// get or put.
func (s *Store[K, V]) StartPass() {
	s.mu.Lock()
	s.pass++
	s.mu.Unlock()
}

// RetireUnused retires the values in use that the pass StartPass began did
// not get or put.
func (s *Store[K, V]) RetireUnused() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for el := s.live.Front(); el != nil; {
		next := el.Next()
		if el.Value.(*entry[K, V]).pass != s.pass {
			s.retire(el)
		}
		el = next
	}
	for k, sh := range s.shells {
		if sh.pass != s.pass {
			delete(s.shells, k)
		}
	}
	s.evict()
}

func (s *Store[K, V]) use(el *list.Element, e *entry[K, V]) {
	e.pass = s.pass
	if !e.retired {
		s.live.MoveToFront(el)
		return
	}
	s.retired.Remove(el)
	s.retiredSize -= e.size
	e.retired = false
	s.entries[e.key] = s.live.PushFront(e)
}

func (s *Store[K, V]) retire(el *list.Element) {
	e := el.Value.(*entry[K, V])
	if e.retired {
		return
	}
	s.live.Remove(el)
	e.retired = true
	s.entries[e.key] = s.retired.PushFront(e)
	s.retiredSize += e.size
}

func (s *Store[K, V]) remove(el *list.Element) {
	e := el.Value.(*entry[K, V])
	if e.retired {
		s.retired.Remove(el)
		s.retiredSize -= e.size
	} else {
		s.live.Remove(el)
	}
	s.size -= e.size
	delete(s.entries, e.key)
}

// evict lets values go, least recently used first, until those no longer
// in use fit in their share and all fit in the bound.
func (s *Store[K, V]) evict() {
	for s.retiredSize > s.bound/retiredShare || s.size > s.bound {
		el := s.retired.Back()
		if el == nil {
			el = s.live.Back()
		}
		if el == nil {
			return
		}
		if e := el.Value.(*entry[K, V]); !e.retired && s.shrink != nil {
			s.shells[e.key] = shell[V]{s.shrink(e.val), e.pass}
		}
		s.remove(el)
	}
}
