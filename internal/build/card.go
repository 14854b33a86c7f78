package build

import (
	"fmt"

	"github.com/vestis-ssg/vestis/internal/card"
	"github.com/vestis-ssg/vestis/internal/parallel"
	"github.com/vestis-ssg/vestis/internal/render"
)

// makeCards draws the card outputs in parallel, filling their bodies. Pages
// whose cards show the same (card.Card.Key) share one drawing; a card the
// last build of a Builder drew, or the cache folder (Options.PhotoCache)
// holds, is not drawn again. all says that outs are every output of the
// build (not a patch's), so the cards kept for the next build are theirs.
func (st *state) makeCards(outs []render.Output, all bool) error {
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
	if st.drawer == nil {
		d, err := card.NewDrawer()
		if err != nil {
			return err
		}
		d.Count = st.opts.CardCount
		st.drawer = d
	}
	bodies := make([][]byte, len(keys))
	errs := make([]error, len(keys))
	parallel.For(len(keys), func(_, k int) {
		if b, ok := st.cards[keys[k]]; ok {
			bodies[k] = b
			return
		}
		c := outs[groups[keys[k]][0]].Card
		bodies[k], errs[k] = st.drawer.Make(*c, card.Cache{Dir: st.opts.PhotoCache, ReadOnly: st.opts.PhotoCacheReadOnly})
		if errs[k] != nil {
			errs[k] = fmt.Errorf("%s: the sharing image: %w", outs[groups[keys[k]][0]].Path, errs[k])
		}
	})
	for k, key := range keys {
		if errs[k] != nil {
			return errs[k]
		}
		for _, i := range groups[key] {
			outs[i].Body = bodies[k]
		}
	}
	if st.sink != nil {
		return nil
	}
	// A Builder keeps the cards of its last build for the next: those of
	// every page, and those a patch drew since, up to as many again.
	if all || len(st.cards) > 2*st.allCards+64 {
		st.cards, st.allCards = make(map[string][]byte, len(keys)), len(keys)
	}
	for k, key := range keys {
		st.cards[key] = bodies[k]
	}
	return nil
}
