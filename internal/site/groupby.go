package site

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/vestis-ssg/vestis/internal/content"
)

// Hugo's grouping of a list of pages, which themes' shortcodes call to show
// an archive by year or a list by section: {{ range .Pages.GroupBy
// "Section" }}{{ .Key }}{{ range .Pages }}...{{ end }}{{ end }}.

// PageGroup is one group of pages (Hugo's PageGroup): the value they share
// and the pages, in the list's order (by date for the date groups). The
// pages are embedded, as Hugo's are, so that a group sorts as a list does
// (.ByTitle on a group, as Geekdoc's toc-tree calls it).
type PageGroup struct {
	Key any
	Pages
}

// Pages is ShortcodePages by the name a group's field has in Hugo's
// templates ({{ range .Pages }} in a group).
type Pages = ShortcodePages

// PagesGroup is the groups of a list of pages, in order (Hugo's PagesGroup).
type PagesGroup []PageGroup

// Reverse is the groups in reverse order.
func (g PagesGroup) Reverse() PagesGroup {
	out := slices.Clone(g)
	slices.Reverse(out)
	return out
}

// Len is the number of groups.
func (g PagesGroup) Len() int { return len(g) }

// descending reads a grouping's optional order, "asc" or "desc" (Hugo's
// "rev" and "reverse" too, which turn the default around), for method name;
// it reports whether the groups go from the greatest key down.
func descending(name string, byDefault bool, order []string) (bool, error) {
	if len(order) > 1 {
		return false, fmt.Errorf("%s: want one order, asc or desc, got %d", name, len(order))
	}
	if len(order) == 0 {
		return byDefault, nil
	}
	switch strings.ToLower(order[0]) {
	case "asc":
		return false, nil
	case "desc":
		return true, nil
	case "rev", "reverse":
		return !byDefault, nil
	}
	return false, fmt.Errorf("%s: order %q is neither asc nor desc", name, order[0])
}

// GroupBy groups the pages by a field or method of a page ("Section",
// "Type", "Kind"), keys in ascending order unless order is "desc"; each
// group keeps the list's order. A name a page lacks is an error.
func (ps ShortcodePages) GroupBy(key string, order ...string) (PagesGroup, error) {
	desc, err := descending("GroupBy", false, order)
	if err != nil {
		return nil, err
	}
	return ps.groupByValue(desc, func(p ShortcodePage) (any, bool, error) {
		v, err := pageValue(p, key)
		if err != nil {
			return nil, false, fmt.Errorf("GroupBy %q: %w", key, err)
		}
		return v, true, nil
	})
}

// groupByValue groups the pages by the value each gives (pages that give
// none are left out), keys ascending unless desc; each group keeps the
// list's order. A page (Parent, FirstSection) groups by the page, a time by
// its instant.
func (ps ShortcodePages) groupByValue(desc bool, value func(ShortcodePage) (any, bool, error)) (PagesGroup, error) {
	type group struct {
		key   any
		text  string
		pages ShortcodePages
	}
	var groups []*group
	byID := map[any]*group{}
	for _, p := range ps {
		v, ok, err := value(p)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		id := v
		switch x := v.(type) {
		case *ShortcodePage:
			if x != nil {
				id = x.page
			}
		case time.Time:
			id = x.UnixNano()
		}
		if id != nil && !reflect.TypeOf(id).Comparable() {
			return nil, fmt.Errorf("%s gives a list or a map, which pages cannot be grouped by", pageName(p))
		}
		g := byID[id]
		if g == nil {
			g = &group{key: v, text: fmt.Sprint(v)}
			byID[id] = g
			groups = append(groups, g)
		}
		g.pages = append(g.pages, p)
	}
	slices.SortStableFunc(groups, func(a, b *group) int {
		c := compareKeys(a.key, b.key, a.text, b.text)
		if desc {
			return -c
		}
		return c
	})
	out := make(PagesGroup, len(groups))
	for i, g := range groups {
		out[i] = PageGroup{Key: g.key, Pages: g.pages}
	}
	return out, nil
}

// pageValue is a page's field or method called name, as GroupBy reads it.
func pageValue(p ShortcodePage, name string) (any, error) {
	v := reflect.ValueOf(p)
	if m := v.MethodByName(name); m.IsValid() && name != "" {
		t := m.Type()
		errType := reflect.TypeFor[error]()
		if t.NumIn() != 0 || t.NumOut() == 0 || t.NumOut() > 2 || t.NumOut() == 2 && t.Out(1) != errType || t.Out(0) == errType {
			return nil, fmt.Errorf("%s is a method of a page that pages cannot be grouped by", name)
		}
		out := m.Call(nil)
		if len(out) == 2 && !out[1].IsNil() {
			return nil, out[1].Interface().(error)
		}
		return out[0].Interface(), nil
	}
	if f, ok := v.Type().FieldByName(name); ok && f.IsExported() {
		return v.FieldByIndex(f.Index).Interface(), nil
	}
	return nil, fmt.Errorf("a page has no field or method %s (names are written as Hugo's: Section, Kind, Title, Weight)", name)
}

// compareKeys orders two group keys: numbers as numbers, times as times,
// true after false, anything else by its text (atext, btext).
func compareKeys(a, b any, atext, btext string) int {
	if x, ok := a.(time.Time); ok {
		if y, ok := b.(time.Time); ok {
			return x.Compare(y)
		}
	}
	ra, rb := reflect.ValueOf(a), reflect.ValueOf(b)
	if ra.IsValid() && rb.IsValid() {
		switch {
		case ra.CanInt() && rb.CanInt():
			return cmp.Compare(ra.Int(), rb.Int())
		case ra.CanFloat() && rb.CanFloat():
			return cmp.Compare(ra.Float(), rb.Float())
		case ra.CanUint() && rb.CanUint():
			return cmp.Compare(ra.Uint(), rb.Uint())
		case ra.Kind() == reflect.Bool && rb.Kind() == reflect.Bool:
			return cmp.Compare(boolInt(ra.Bool()), boolInt(rb.Bool()))
		}
	}
	return strings.Compare(atext, btext)
}

// GroupByDate groups the pages by their date written in format, a Go time
// layout ("2006" for years, "2006-01" for months), newest first unless
// order is "asc"; each group's pages are in date order too.
func (ps ShortcodePages) GroupByDate(format string, order ...string) (PagesGroup, error) {
	return ps.groupByTime("GroupByDate", format, order, func(p ShortcodePage) time.Time { return p.Date })
}

// GroupByPublishDate is GroupByDate by the date of publication.
func (ps ShortcodePages) GroupByPublishDate(format string, order ...string) (PagesGroup, error) {
	return ps.groupByTime("GroupByPublishDate", format, order, func(p ShortcodePage) time.Time { return p.PublishDate })
}

// GroupByLastmod is GroupByDate by the date of the last change.
func (ps ShortcodePages) GroupByLastmod(format string, order ...string) (PagesGroup, error) {
	return ps.groupByTime("GroupByLastmod", format, order, func(p ShortcodePage) time.Time { return p.Lastmod })
}

// GroupByParamDate is GroupByDate by a date of the front matter's params
// ("event.date" for one inside another); pages without it are left out, and
// a value that is no date is an error naming the page.
func (ps ShortcodePages) GroupByParamDate(key, format string, order ...string) (PagesGroup, error) {
	dates := map[*Page]time.Time{}
	var with ShortcodePages
	for _, p := range ps {
		v := paramValue(p, key)
		if v == nil {
			continue
		}
		t, err := paramDate(v)
		if err != nil {
			return nil, fmt.Errorf("GroupByParamDate %q: %s of %s: %w", key, key, pageName(p), err)
		}
		dates[p.page] = t
		with = append(with, p)
	}
	return with.groupByTime("GroupByParamDate", format, order, func(p ShortcodePage) time.Time { return dates[p.page] })
}

// groupByTime is the date groupings (method name): the pages sorted by the
// time date gives, newest first unless order is "asc", each run of pages
// whose time reads the same in format one group.
func (ps ShortcodePages) groupByTime(name, format string, order []string, date func(ShortcodePage) time.Time) (PagesGroup, error) {
	desc, err := descending(name, true, order)
	if err != nil {
		return nil, err
	}
	if format == "" {
		return nil, fmt.Errorf("%s: want a date format, such as \"2006\" for years or \"2006-01\" for months", name)
	}
	sorted := ps.sorted(func(a, b ShortcodePage) int { return date(a).Compare(date(b)) })
	if desc {
		slices.Reverse(sorted)
	}
	var out PagesGroup
	for _, p := range sorted {
		key := date(p).Format(format)
		if len(out) == 0 || out[len(out)-1].Key != key {
			out = append(out, PageGroup{Key: key})
		}
		out[len(out)-1].Pages = append(out[len(out)-1].Pages, p)
	}
	return out, nil
}

// GroupByParam groups the pages by a param of their front matter
// ("event.city" for one inside another), keys in ascending order unless
// order is "desc"; pages without it are left out.
func (ps ShortcodePages) GroupByParam(key string, order ...string) (PagesGroup, error) {
	desc, err := descending("GroupByParam", false, order)
	if err != nil {
		return nil, err
	}
	groups, err := ps.groupByValue(desc, func(p ShortcodePage) (any, bool, error) {
		v := paramValue(p, key)
		return v, v != nil, nil
	})
	if err != nil {
		return nil, fmt.Errorf("GroupByParam %q: %w", key, err)
	}
	return groups, nil
}

// paramValue is the page's param key (lower case, as Hugo's; a dotted key
// goes into maps); nil when it has none.
func paramValue(p ShortcodePage, key string) any {
	var v any = p.Params
	for part := range strings.SplitSeq(strings.ToLower(strings.TrimPrefix(key, ".")), ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		if v, ok = m[part]; !ok {
			return nil
		}
	}
	return v
}

// paramDate reads a param's value as a date: a front matter date, or text
// written as front matter dates are.
func paramDate(v any) (time.Time, error) {
	switch v := v.(type) {
	case time.Time:
		return v, nil
	case string:
		for _, layout := range content.DateLayouts {
			if t, err := time.Parse(layout, strings.TrimSpace(v)); err == nil {
				return t, nil
			}
		}
		return time.Time{}, fmt.Errorf("cannot read %q as a date; write year-month-day, as in 2024-05-19", v)
	}
	return time.Time{}, fmt.Errorf("want a date written year-month-day, as in 2024-05-19, got %v", v)
}

// pageName names a page for a message: its file, else its address.
func pageName(p ShortcodePage) string {
	if p.File != nil {
		return p.File.Filename
	}
	return p.RelPermalink
}
