package store

import (
	"maps"
	"math"
	"slices"
	"testing"
)

// op is one call on a store of bound 1024: get, put (a value of size), retire,
// pass (StartPass), unused (RetireUnused).
type op struct {
	do   string
	key  string
	size int64
}

func TestStore(t *testing.T) {
	for _, c := range []struct {
		name string
		ops  []op
		held []string // keys held at the end, in any order
		size int64
	}{
		{"a value put is got", []op{{"put", "a", 100}, {"get", "a", 0}}, []string{"a"}, 100},
		{"a value put again replaces the first", []op{{"put", "a", 100}, {"put", "a", 300}}, []string{"a"}, 300},
		{"over the bound, the least recently put goes", []op{{"put", "a", 500}, {"put", "b", 500}, {"put", "c", 500}}, []string{"b", "c"}, 1000},
		{"a value got is the most recently used", []op{{"put", "a", 500}, {"put", "b", 500}, {"get", "a", 0}, {"put", "c", 500}}, []string{"a", "c"}, 1000},
		{"a value larger than the bound is not kept", []op{{"put", "a", 100}, {"put", "b", 2000}}, []string{"a"}, 100},
		{"a value put too large lets its earlier one go", []op{{"put", "a", 100}, {"put", "a", 2000}}, nil, 0},
		// 1024/16 = 64 bytes for values no longer in use.
		{"a retired value within the share stays", []op{{"put", "a", 10}, {"retire", "a", 0}}, []string{"a"}, 10},
		{"a retired value over the share goes", []op{{"put", "a", 100}, {"retire", "a", 0}}, nil, 0},
		{"retired values go before those in use", []op{{"put", "a", 10}, {"retire", "a", 0}, {"put", "b", 500}, {"put", "c", 520}}, []string{"b", "c"}, 1020},
		{"the least recently retired goes first", []op{{"put", "a", 30}, {"put", "b", 30}, {"put", "c", 30}, {"retire", "a", 0}, {"retire", "b", 0}, {"retire", "c", 0}}, []string{"b", "c"}, 60},
		{"a retired value got is in use again", []op{{"put", "a", 10}, {"retire", "a", 0}, {"get", "a", 0}, {"put", "b", 10}, {"retire", "b", 0}}, []string{"a", "b"}, 20},
		{"a pass retires what it did not use", []op{{"put", "a", 100}, {"put", "b", 60}, {"pass", "", 0}, {"get", "a", 0}, {"unused", "", 0}, {"put", "c", 10}, {"retire", "c", 0}}, []string{"a", "c"}, 110},
		{"a value put in a pass is in use", []op{{"pass", "", 0}, {"put", "a", 100}, {"unused", "", 0}}, []string{"a"}, 100},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := New[string, int64](1024)
			play(t, s, c.ops)
			var held []string
			for _, k := range []string{"a", "b", "c"} {
				if v, ok := s.Get(k); ok {
					held = append(held, k)
					if k == "a" && c.name == "a value put again replaces the first" && v != 300 {
						t.Errorf("Get(a) = %d, want the value put last", v)
					}
				}
			}
			if !slices.Equal(held, c.held) {
				t.Errorf("held %q, want %q", held, c.held)
			}
			if s.Len() != len(c.held) || s.Size() != c.size {
				t.Errorf("Len %d, Size %d; want %d, %d", s.Len(), s.Size(), len(c.held), c.size)
			}
		})
	}
}

// TestStoreShells: in a shrinking store, a value in use that the bound
// pushes out leaves its shell (here its size, negated), got until a whole
// value is put again, and gone once the value is no longer in use.
func TestStoreShells(t *testing.T) {
	for _, c := range []struct {
		name   string
		ops    []op
		want   map[string]int64 // what Get gives at the end: a value, a shell (< 0), or nothing (absent)
		shells int
	}{
		{"a value pushed out leaves its shell", []op{{"put", "a", 600}, {"put", "b", 600}}, map[string]int64{"a": -600, "b": 600}, 1},
		{"a value larger than the bound leaves its shell", []op{{"put", "a", 2000}}, map[string]int64{"a": -2000}, 1},
		{"a whole value put replaces the shell", []op{{"put", "a", 600}, {"put", "b", 600}, {"put", "a", 300}}, map[string]int64{"a": 300, "b": 600}, 0},
		{"a retired value leaves no shell", []op{{"put", "a", 100}, {"retire", "a", 0}}, map[string]int64{}, 0},
		{"retiring a shell drops it", []op{{"put", "a", 600}, {"put", "b", 600}, {"retire", "a", 0}}, map[string]int64{"b": 600}, 0},
		{"a shell got in a pass stays", []op{{"put", "a", 600}, {"put", "b", 600}, {"pass", "", 0}, {"get", "a", 0}, {"get", "b", 0}, {"unused", "", 0}}, map[string]int64{"a": -600, "b": 600}, 1},
		{"a shell a pass did not use goes", []op{{"put", "a", 600}, {"put", "b", 600}, {"pass", "", 0}, {"get", "b", 0}, {"unused", "", 0}}, map[string]int64{"b": 600}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := NewShrinking[string](1024, func(v int64) int64 { return -v })
			play(t, s, c.ops)
			got := map[string]int64{}
			for _, k := range []string{"a", "b"} {
				if v, ok := s.Get(k); ok {
					got[k] = v
				}
			}
			if !maps.Equal(got, c.want) {
				t.Errorf("held %v, want %v", got, c.want)
			}
			if s.Shells() != c.shells || s.Size() > s.Bound() {
				t.Errorf("%d shells, size %d; want %d, at most %d", s.Shells(), s.Size(), c.shells, s.Bound())
			}
		})
	}
}

func TestBound(t *testing.T) {
	for _, c := range []struct{ limit, want int64 }{
		{math.MaxInt64, DefaultBound},
		{0, DefaultBound},
		{1 << 30, 16 << 20},
		{1<<30 + 3<<30, 64 << 20},
	} {
		if got := Bound(c.limit); got != c.want {
			t.Errorf("Bound(%d) = %d, want %d", c.limit, got, c.want)
		}
	}
}

// TestStoreConcurrent gets, puts and retires from many goroutines (run with
// -race) and checks that the store stays within its bound.
func TestStoreConcurrent(t *testing.T) {
	s := New[int, int](4096)
	done := make(chan bool)
	for g := range 8 {
		go func() {
			for i := range 1000 {
				k := (g*31 + i) % 50
				s.Put(k, i, int64(10+k))
				s.Get(k + 1)
				if i%7 == 0 {
					s.Retire(k)
				}
			}
			done <- true
		}()
	}
	for range 8 {
		<-done
	}
	if s.Size() > s.Bound() {
		t.Errorf("Size %d over the bound %d", s.Size(), s.Bound())
	}
}

// play does ops on s; a get must find a value (the one put, or its shell).
func play(t *testing.T, s *Store[string, int64], ops []op) {
	t.Helper()
	for _, o := range ops {
		switch o.do {
		case "get":
			if v, ok := s.Get(o.key); !ok || v == 0 {
				t.Fatalf("Get(%q) = %d, %v; want the value put", o.key, v, ok)
			}
		case "put":
			s.Put(o.key, o.size, o.size)
		case "retire":
			s.Retire(o.key)
		case "pass":
			s.StartPass()
		case "unused":
			s.RetireUnused()
		}
	}
}
