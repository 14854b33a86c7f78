package render

import (
	"hash/maphash"
	"html/template"
	"math"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"text/template/parse"

	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/site"
)

// keptPartials holds, across the passes of one Cache, what partialCached
// made from pages: a card of a press release is the same in the next pass
// while the page's sum is, although the list showing it is rendered again
// because another page joined it. Only partials that read nothing but their
// pages' own fields and the view's helpers are kept (pageLocal), and each
// output is kept with the digest of its data (dataDigest): the pages' sums.
type keptPartials struct {
	seed maphash.Seed
	mu   sync.RWMutex
	m    map[string]keptPartial // by partialCached's key
	// made counts the keepable outputs executed, not taken from m.
	made atomic.Int64
}

type keptPartial struct {
	digest uint64
	html   template.HTML
}

func newKeptPartials() *keptPartials {
	return &keptPartials{seed: maphash.MakeSeed(), m: map[string]keptPartial{}}
}

func (k *keptPartials) get(key string, digest uint64) (template.HTML, bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	e, ok := k.m[key]
	return e.html, ok && e.digest == digest
}

// put keeps h; the map holds one entry per key, so a page saved a thousand
// times takes one entry, and it starts over past limit entries (pages gone).
func (k *keptPartials) put(key string, digest uint64, h template.HTML, limit int) {
	k.made.Add(1)
	k.mu.Lock()
	defer k.mu.Unlock()
	if _, ok := k.m[key]; !ok && len(k.m) >= limit {
		k.m = map[string]keptPartial{}
	}
	k.m[key] = keptPartial{digest, h}
}

// len is the number of outputs kept.
func (k *keptPartials) len() int {
	k.mu.RLock()
	defer k.mu.RUnlock()
	return len(k.m)
}

// reaching are the names of fields and methods through which a template
// reaches beyond the pages it was given and the language of the view: other
// pages (lists, translations, sections, terms and their counts), menus,
// feeds and addresses of the view's page. A page's own fields, its text and
// the view's formatting helpers (T, Date, SortFields, ...) are not among them.
var reaching = map[string]bool{
	"Ancestors": true, "Translations": true, "Translation": true, "IsTranslated": true,
	"FallbackIn": true, "Pages": true, "Sections": true, "Parent": true,
	"Term": true, "Terms": true, "TermNamed": true, "Count": true, "Resources": true,
	"Cover": true, "Site": true, "Paginator": true, "Menu": true, "LanguageLinks": true,
	"Alternates": true, "Feeds": true, "Canonical": true, "Breadcrumbs": true,
	"CalendarURL": true, "FooterLinks": true, "Funding": true, "HomeBlocks": true,
	"NotFoundElsewhere": true, "OpenGraph": true, "StructuredData": true,
	"SectionPage": true, "TaxonomyPage": true, "Tree": true, "SectionPages": true,
	"PageByFile": true,
}

// pageLocal reports whether the template tree, and the templates of set and
// partials it calls, name nothing in reaching, call .Section with an
// argument (the view's list of a section, not a page's section's name), or
// call a partial whose name is not written out.
func pageLocal(set plan, tree *parse.Tree, seen map[string]bool) bool {
	if seen[tree.ParseName+"\x00"+tree.Name] {
		return true
	}
	seen[tree.ParseName+"\x00"+tree.Name] = true
	ok := true
	callee := func(name string) {
		t := set[name]
		if t == nil {
			t = set["partials/"+name]
		}
		if t == nil || !pageLocal(set, t, seen) {
			ok = false
		}
	}
	diag.Inspect(tree.Root, func(node parse.Node) {
		if !ok {
			return
		}
		switch x := node.(type) {
		case *parse.FieldNode:
			ok = !slices.ContainsFunc(x.Ident, isReaching)
		case *parse.VariableNode:
			ok = !slices.ContainsFunc(x.Ident[1:], isReaching)
		case *parse.ChainNode:
			ok = !slices.ContainsFunc(x.Field, isReaching)
		case *parse.TemplateNode:
			callee(x.Name)
		case *parse.CommandNode:
			if len(x.Args) > 1 && lastName(x.Args[0]) == "Section" {
				ok = false
			}
			if id, isID := x.Args[0].(*parse.IdentifierNode); isID && id.Ident == "partialCached" {
				if len(x.Args) < 2 {
					ok = false
				} else if s, isStr := x.Args[1].(*parse.StringNode); !isStr {
					ok = false
				} else {
					callee(s.Text)
				}
			}
		}
	})
	return ok
}

func isReaching(name string) bool { return reaching[name] }

// lastName is the last field or method name of a command's first word.
func lastName(n parse.Node) string {
	var names []string
	switch x := n.(type) {
	case *parse.FieldNode:
		names = x.Ident
	case *parse.VariableNode:
		names = x.Ident[1:]
	case *parse.ChainNode:
		names = x.Field
	}
	if len(names) == 0 {
		return ""
	}
	return names[len(names)-1]
}

// dataDigest sums what partialCached's data holds: each page's sum, the
// language of a view, and plain values, in maps by sorted key. ok is false
// for data of any other kind, or a view given as dot, whose menus and lists
// a partial may read: such an output is not kept.
func (k *keptPartials) dataDigest(data any) (digest uint64, ok bool) {
	if _, isView := data.(*View); isView {
		return 0, false
	}
	var h maphash.Hash
	h.SetSeed(k.seed)
	ok = digestValue(&h, data)
	return h.Sum64(), ok
}

func digestValue(h *maphash.Hash, v any) bool {
	switch x := v.(type) {
	case nil:
		h.WriteByte(0)
	case *site.Page:
		if x == nil {
			h.WriteByte(0)
			return true
		}
		h.WriteByte(1)
		writeUint(h, x.Sum())
	case *View:
		h.WriteByte(2)
		h.WriteString(x.Lang.Code)
	case string:
		h.WriteByte(3)
		h.WriteString(x)
	case template.HTML:
		h.WriteByte(4)
		h.WriteString(string(x))
	case int:
		h.WriteByte(5)
		h.WriteString(strconv.Itoa(x))
	case bool:
		h.WriteByte(6)
		h.WriteString(strconv.FormatBool(x))
	case float64:
		h.WriteByte(7)
		writeUint(h, math.Float64bits(x))
	case map[string]any:
		h.WriteByte(8)
		keys := make([]string, 0, len(x))
		for key := range x {
			keys = append(keys, key)
		}
		slices.Sort(keys)
		for _, key := range keys {
			h.WriteString(key)
			h.WriteByte(0)
			if !digestValue(h, x[key]) {
				return false
			}
		}
	default:
		return false
	}
	h.WriteByte(0)
	return true
}

func writeUint(h *maphash.Hash, v uint64) {
	var b [8]byte
	for i := range b {
		b[i] = byte(v >> (8 * i))
	}
	h.Write(b[:])
}
