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
	slices.SortStableFunc(pages, func(a, b *Page) int {
		if a.Weight != b.Weight {
			switch {
			case a.Weight == 0:
				return 1
			case b.Weight == 0:
				return -1
			}
			return a.Weight - b.Weight
		}
		for _, k := range t.Sort {
			if c := compareKey(t, k, a, b); c != 0 {
				return c
			}
		}
		return cmp.Or(b.Date.Compare(a.Date), strings.Compare(a.Title, b.Title), strings.Compare(a.File, b.File))
	})
}

// compareKey compares a and b by one sort key.
func compareKey(t *config.Type, k config.SortKey, a, b *Page) int {
	va, oka := sortValue(t, k.By, a)
	vb, okb := sortValue(t, k.By, b)
	switch {
	case !oka && !okb:
		return 0
	case !oka:
		return 1
	case !okb:
		return -1
	}
	var c int
	switch x := va.(type) {
	case time.Time:
		c = x.Compare(vb.(time.Time))
	case string:
		c = strings.Compare(x, vb.(string))
	case int:
		c = cmp.Compare(x, vb.(int))
	case float64:
		c = cmp.Compare(x, vb.(float64))
	case bool:
		c = cmp.Compare(boolInt(x), boolInt(vb.(bool)))
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
	v, ok := p.Fields[name]
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
