package site

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/vestis-ssg/vestis/internal/config"
)

// sortPages orders a list by its type's sort keys (site.yaml types): weight
// first when set, then the type's keys, then date (newest first), title and
// file, so that the order is total. A page without a key's value comes after
// those with one; an enum sorts in the order of its values.
func sortPages(t *config.Type, pages []*Page) {
	if len(t.Sort) == 0 {
		slices.SortStableFunc(pages, func(a, b *Page) int { return comparePages(t, a, b, nil, nil) })
		return
	}
	// Each page's values of the sort keys are taken once, not at every
	// comparison: a list of thousands sorts in a live rebuild.
	keyed := make([]keyedPage, len(pages))
	for i, p := range pages {
		keyed[i] = keyedPage{p, make([]keyValue, len(t.Sort))}
		for j, k := range t.Sort {
			v := &keyed[i].values[j]
			v.v, v.ok = sortValue(t, k.By, p)
		}
	}
	slices.SortStableFunc(keyed, func(a, b keyedPage) int { return comparePages(t, a.p, b.p, a.values, b.values) })
	for i, k := range keyed {
		pages[i] = k.p
	}
}

// placePages orders a list that was sorted before the pages moved changed
// (those of them it holds, appended or in their old places): it takes them out
// and puts each back where sortPages would, by binary search, rather than
// sorting the whole list again.
// A page that ties with a neighbour (the order is total but for equal files)
// sorts the list afresh, as a stable sort's answer then depends on the order
// before. It returns the list, which may have moved.
func placePages(t *config.Type, pages []*Page, moved []*Page) []*Page {
	var held []*Page
	pages = slices.DeleteFunc(pages, func(p *Page) bool {
		if slices.Contains(moved, p) {
			held = append(held, p)
			return true
		}
		return false
	})
	values := func(p *Page) []keyValue {
		vs := make([]keyValue, len(t.Sort))
		for j, k := range t.Sort {
			vs[j].v, vs[j].ok = sortValue(t, k.By, p)
		}
		return vs
	}
	for _, m := range held {
		vm := values(m)
		cmpTo := func(p *Page) int { return comparePages(t, m, p, vm, values(p)) }
		i, _ := slices.BinarySearchFunc(pages, m, func(p, _ *Page) int { return -cmpTo(p) })
		if i > 0 && cmpTo(pages[i-1]) == 0 || i < len(pages) && cmpTo(pages[i]) == 0 {
			pages = slices.Insert(pages, i, m)
			sortPages(t, pages)
			continue
		}
		pages = slices.Insert(pages, i, m)
	}
	return pages
}

// keyedPage is a page with its values of its type's sort keys.
type keyedPage struct {
	p      *Page
	values []keyValue
}

// keyValue is a page's value of a sort key, and whether it has one.
type keyValue struct {
	v  any
	ok bool
}

// comparePages orders a and b as sortPages does, by their values va and vb
// of t's sort keys.
func comparePages(t *config.Type, a, b *Page, va, vb []keyValue) int {
	if a.Weight != b.Weight {
		switch {
		case a.Weight == 0:
			return 1
		case b.Weight == 0:
			return -1
		}
		return cmp.Compare(a.Weight, b.Weight)
	}
	for i, k := range t.Sort {
		if c := compareValues(k, va[i], vb[i]); c != 0 {
			return c
		}
	}
	return cmp.Or(b.Date.Compare(a.Date), strings.Compare(a.Title, b.Title), strings.Compare(a.File, b.File), strings.Compare(a.URLPath, b.URLPath))
}

// compareKey compares a and b by one sort key.
func compareKey(t *config.Type, k config.SortKey, a, b *Page) int {
	var va, vb keyValue
	va.v, va.ok = sortValue(t, k.By, a)
	vb.v, vb.ok = sortValue(t, k.By, b)
	return compareValues(k, va, vb)
}

// compareValues compares two pages' values of sort key k: a page without a
// value comes after those with one.
func compareValues(k config.SortKey, a, b keyValue) int {
	switch {
	case !a.ok && !b.ok:
		return 0
	case !a.ok:
		return 1
	case !b.ok:
		return -1
	}
	var c int
	switch x := a.v.(type) {
	case time.Time:
		c = x.Compare(b.v.(time.Time))
	case string:
		c = strings.Compare(x, b.v.(string))
	case int:
		c = cmp.Compare(x, b.v.(int))
	case float64:
		c = cmp.Compare(x, b.v.(float64))
	case bool:
		c = cmp.Compare(boolInt(x), boolInt(b.v.(bool)))
	}
	if k.Desc {
		return -c
	}
	return c
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sortValue is p's value of field name, comparable with another page's of the
// same type, and whether it has one: an enum's value is its place in the list.
func sortValue(t *config.Type, name string, p *Page) (any, bool) {
	switch name {
	case "date":
		return p.Date, !p.Date.IsZero()
	case "lastmod":
		return p.Lastmod, !p.Lastmod.IsZero()
	case "publishDate":
		return p.PublishDate, !p.PublishDate.IsZero()
	case "expiryDate":
		return p.ExpiryDate, !p.ExpiryDate.IsZero()
	case "title":
		return p.Title, true
	case "weight":
		return p.Weight, true
	}
	v, ok := p.Field(name)
	if !ok {
		return nil, false
	}
	if t, ok := config.TimeOf(v); ok {
		return t, true
	}
	if f := t.Field(name); f != nil && f.Kind == config.KindEnum {
		s, _ := v.(string)
		return slices.Index(f.Values, s), true
	}
	return v, true
}

// sameRank reports whether two versions of a page of type t take the same
// place in every list: sortPages compares only these fields (and the file).
func sameRank(t *config.Type, a, b *Page) bool {
	if a.Weight != b.Weight || !a.Date.Equal(b.Date) || a.Title != b.Title {
		return false
	}
	for _, k := range t.Sort {
		_, oka := sortValue(t, k.By, a)
		_, okb := sortValue(t, k.By, b)
		if oka != okb || oka && compareKey(t, k, a, b) != 0 {
			return false
		}
	}
	return true
}
