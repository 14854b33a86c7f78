package build

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"

	"sync/atomic"

	"github.com/vestis-ssg/vestis/internal/card"
	"github.com/vestis-ssg/vestis/internal/parallel"
	"github.com/vestis-ssg/vestis/internal/render"
)

// makeCards draws the card outputs of outs in parallel and puts each into
// out. Pages whose cards show the same (card.Card.Key) share one drawing; a
// card the last build of a Builder drew, or the cache folder
// (Options.PhotoCache) holds, is not drawn again. all says that outs are
// every output of the build (not a patch's), so the cards kept for the next
// build are theirs. A build to disk keeps no card once it is written: at
// 100,000 pages they were 800 MB.
func (st *state) makeCards(outs []render.Output, out sink, all bool) error {
	groups := map[string][]int{}
	var keys []string
	for i, o := range outs {
		if o.Card == nil {
			continue
		}
		k := o.Card.Key()
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], i)
	}
	if len(keys) == 0 {
		return nil
	}
	bodies := make([][]byte, len(keys))
	errs := make([]error, len(keys))
	if st.opts.LazyCards && st.disk == nil {
		for k, key := range keys {
			if bodies[k] = st.cards[key]; bodies[k] == nil {
				bodies[k] = recipe(*outs[groups[key][0]].Card)
			}
		}
	} else {
		if st.drawer == nil {
			d, err := card.NewDrawer()
			if err != nil {
				return err
			}
			d.Count = st.opts.CardCount
			st.drawer = d
		}
		parallel.For(len(keys), func(_, k int) {
			if b, ok := st.cards[keys[k]]; ok {
				bodies[k] = b
				return
			}
			c := outs[groups[keys[k]][0]].Card
			bodies[k], errs[k] = st.drawer.Make(*c, card.Cache{Dir: st.opts.PhotoCache, ReadOnly: st.opts.PhotoCacheReadOnly})
			if errs[k] != nil {
				errs[k] = fmt.Errorf("%s: the sharing image: %w", outs[groups[keys[k]][0]].Path, errs[k])
				return
			}
			if st.disk != nil {
				errs[k] = putCard(out, outs, groups[keys[k]], bodies[k])
				bodies[k] = nil // written
			}
		})
	}
	if err := firstError(errs); err != nil {
		return err
	}
	if st.disk != nil {
		return nil
	}
	for k, key := range keys {
		if err := putCard(out, outs, groups[key], bodies[k]); err != nil {
			return err
		}
	}
	st.keepCards(keys, bodies, all)
	return nil
}

// putCard puts a card's body into out at each of its outputs, outs[i] for i in group.
func putCard(out sink, outs []render.Output, group []int, body []byte) error {
	for _, i := range group {
		if err := out.put(outs[i], body); err != nil {
			return err
		}
	}
	return nil
}

// keepCards keeps the cards' bodies (drawn, or recipes) by key for the next
// build of a Builder: those of every page, and those a patch made since, up
// to as many again. The same bodies are then the same slices, which the next
// build compares and minifies no more.
func (st *state) keepCards(keys []string, bodies [][]byte, all bool) {
	if all || len(st.cards) > 2*st.allCards+64 {
		st.cards, st.allCards = make(map[string][]byte, len(keys)), len(keys)
	}
	for k, key := range keys {
		st.cards[key] = bodies[k]
	}
}

// recipeMagic starts the stored body of a card that a build with
// Options.LazyCards did not draw; no PNG starts so (PNG's start with 0x89).
const recipeMagic = "vestis card\x00"

// recipe is the stored body of a card left for Cards to draw: what it shows.
func recipe(c card.Card) []byte {
	b, _ := json.Marshal(c) // strings only: it cannot fail
	return append([]byte(recipeMagic), b...)
}

// Cards draws, when they are served, the sharing cards that a build with
// Options.LazyCards stored as recipes: the dev server, whose first build and
// whose rebuild after a section's title is edited would otherwise draw every
// card (about 5 ms each) that nobody looks at. It keeps the cards it drew
// last and uses the cache folder as builds do. It is safe for concurrent use.
type Cards struct {
	cache  card.Cache
	count  *atomic.Int64
	mu     sync.Mutex
	drawer *card.Drawer
	kept   map[string][]byte // by card key
}

// keptCards is how many drawn cards Cards keeps in memory.
const keptCards = 64

// NewCards returns the drawer of o's lazy cards.
func NewCards(o Options) *Cards {
	return &Cards{cache: card.Cache{Dir: o.PhotoCache, ReadOnly: o.PhotoCacheReadOnly}, count: o.CardCount, kept: map[string][]byte{}}
}

// Body returns a stored body as it is served: the PNG of a card's recipe,
// any other body as it is.
func (c *Cards) Body(stored []byte) ([]byte, error) {
	rest, ok := bytes.CutPrefix(stored, []byte(recipeMagic))
	if !ok {
		return stored, nil
	}
	var cd card.Card
	if err := json.Unmarshal(rest, &cd); err != nil {
		return nil, fmt.Errorf("a sharing card's recipe: %w", err)
	}
	key := cd.Key()
	c.mu.Lock()
	if b, ok := c.kept[key]; ok {
		c.mu.Unlock()
		return b, nil
	}
	if c.drawer == nil {
		d, err := card.NewDrawer()
		if err != nil {
			c.mu.Unlock()
			return nil, err
		}
		d.Count = c.count
		c.drawer = d
	}
	d := c.drawer
	c.mu.Unlock()
	body, err := d.Make(cd, c.cache)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if len(c.kept) >= keptCards {
		clear(c.kept) // start over: the cards a browser asks for again come back
	}
	c.kept[key] = body
	c.mu.Unlock()
	return body, nil
}
