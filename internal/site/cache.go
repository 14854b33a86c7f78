package site

import (
	"hash/maphash"
	"sync"
	"sync/atomic"

	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/markdown"
)

// Cache keeps Markdown conversions between assemblies of the same site, as the
// dev server makes them after each save. A conversion is reused when the content
// page is the same value (its file did not change) and every link in it still
// resolves to the same URL.
type Cache struct {
	mu      sync.Mutex
	entries map[convKey]*conversion
	next    atomic.Uint64
	seed    maphash.Seed
}

// convKey names a conversion: a content page as rendered in a language (its
// own, or another's for a fallback page, where links lead to that language).
type convKey struct {
	cp   *content.Page
	lang string
}

type conversion struct {
	res markdown.Result // Summary is final: front matter summary or from the body
	// base is the page URL the summary's relative URLs were resolved against
	// (rebaseURLs); the conversion is reused only at the same URL.
	base        string
	description string
	photos      []Photo
	links       map[string]string // link as written -> linkTarget
	localLinks  []LocalLink       // links to addresses no page has
	images      []string          // local images as written, each published when converted
	id          uint64            // identifies this conversion in page sums
	noAlt       []ImageWithoutAlt
	droppedHTML []int
	topHeadings []int
	// forgotten: res.HTML was dropped (Page.ForgetContent).
	forgotten bool
	// hasShortcodes: the body has shortcodes, run by shortcodes (nil when
	// the site ran none); the conversion is reused only with the same.
	hasShortcodes bool
	shortcodes    *Shortcodes
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{entries: map[convKey]*conversion{}, seed: maphash.MakeSeed()}
}

// Len is the number of conversions the cache holds.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}

func (c *Cache) get(k convKey) *conversion {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.entries[k]
}

// replace puts rest, a conversion without its HTML, where old was; rest keeps
// old's id, so page sums stay the same.
func (c *Cache) replace(k convKey, old, rest *conversion) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries[k] == old {
		c.entries[k] = rest
	}
}

func (c *Cache) put(k convKey, conv *conversion) {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.entries[k] = conv
	c.mu.Unlock()
}

// forget drops the conversion of k.
func (c *Cache) forget(k convKey) {
	if c == nil {
		return
	}
	c.mu.Lock()
	delete(c.entries, k)
	c.mu.Unlock()
}

// keepOnly drops the entries of pages that are gone.
func (c *Cache) keepOnly(pages []*content.Page) {
	if c == nil {
		return
	}
	live := make(map[*content.Page]bool, len(pages))
	for _, p := range pages {
		live[p] = true
	}
	c.mu.Lock()
	for k := range c.entries {
		if !live[k.cp] {
			delete(c.entries, k)
		}
	}
	c.mu.Unlock()
}

// Sum identifies what a page shows itself: two assemblies give a page the same
// sum when its front matter, body, links and URL are the same. Renderers use it
// to skip pages whose inputs did not change.
func (p *Page) Sum() uint64 { return p.sum }

// SumWithoutLastmod is Sum without the page's date of change. A list page's
// date of change moves with any page it lists; a view that does not show it
// need not be rendered again when only it moved.
func (p *Page) SumWithoutLastmod() uint64 { return p.sumRest }

func (s *Site) seed() maphash.Seed {
	if s.cache != nil {
		return s.cache.seed
	}
	return s.fallbackSeed
}

// setSum computes a page's sum from its conversion (content pages) or from its
// generated fields.
func (s *Site) setSum(p *Page, convID uint64) {
	var h maphash.Hash
	h.SetSeed(s.seed())
	writeUint(&h, convID)
	for _, v := range []string{p.Kind, p.Lang, p.Section, p.Title, p.URLPath, p.Slug, p.Taxonomy, p.Description()} {
		h.WriteString(v)
		h.WriteByte(0)
	}
	for _, a := range p.Aliases {
		h.WriteString(a)
		h.WriteByte(0)
	}
	p.sumRest = h.Sum64()
	h.WriteString(p.Lastmod.String())
	p.sum = h.Sum64()
}

func writeUint(h *maphash.Hash, v uint64) {
	var b [8]byte
	for i := range b {
		b[i] = byte(v >> (8 * i))
	}
	h.Write(b[:])
}
