package site

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"hash/maphash"
	"html/template"
	"path"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/markdown"
	"github.com/vestis-ssg/vestis/internal/store"
)

// Cache is the content store of a site that is assembled again and again, as
// the dev server does after each save: the Markdown conversions, by what
// they are made of (convKey), within one bound on their bytes
// (internal/store). A conversion is reused while every link in it still
// resolves to the same URL, every image it names is still published, its
// photos have the content they had and, for a body with shortcodes, the
// shortcodes and the page's fields they see are the same. A conversion the
// store let go is made again when it is asked for, with the same id.
//
// One Cache serves one configuration: site.yaml's Markdown settings, base
// URL and languages are not in the key, so a Builder starts a new one when
// site.yaml changes anything but titles and paginate (build's
// sameForConversions).
type Cache struct {
	store *store.Store[convKey, *conversion]
	seed  maphash.Seed
	made  atomic.Int64
	// claims are the last assembly's, whose size the next one's takes.
	claims atomic.Pointer[Claims]
	// slugs keeps Config.Slug of the names the last assemblies asked for.
	slugs atomic.Pointer[slugMemo]
	// texts finds the conversions the last assemblies used by their text
	// (textKeyOf), wherever their files were.
	texts atomic.Pointer[textMemo]
}

// textMemo finds a stored conversion by its text alone (textKeyOf), for a
// page whose file moved (a folder renamed at any depth, a page moved into
// another folder): its key (convKeyOf) names the file and the URL, so it
// missed, and a folder of 1,500 pages renamed converted every one again.
// Only conversions whose text does not depend on the file's place
// (conversion.placed) are kept here; the links they resolve are checked
// from the new place as for any stored conversion (Site.reusable). It keeps
// the store's keys of those the last full assembly used (last) and of those
// used since (cur), so a conversion no page has any more goes.
type textMemo struct {
	cur, last *sync.Map // textKey -> convKey
}

// startTexts begins an assembly's use of the texts kept (textMemo).
func (c *Cache) startTexts() {
	m := &textMemo{cur: new(sync.Map), last: new(sync.Map)}
	if old := c.texts.Load(); old != nil {
		m.last = old.cur
	}
	c.texts.Store(m)
}

// keepText records conv, used by a page, as one to find by its text.
func (c *Cache) keepText(conv *conversion) {
	if c == nil || conv.placed || conv.text == (convKey{}) {
		return
	}
	if m := c.texts.Load(); m != nil {
		m.cur.Store(conv.text, conv.key)
	}
}

// byText returns the stored conversion of the text k the last assemblies
// used, nil when there is none or the store let its HTML go.
func (c *Cache) byText(k convKey) *conversion {
	m := c.texts.Load()
	if m == nil || k == (convKey{}) {
		return nil
	}
	for _, memo := range []*sync.Map{m.cur, m.last} {
		if key, ok := memo.Load(k); ok {
			if conv := c.get(key.(convKey)); conv != nil && !conv.forgotten && !conv.placed {
				return conv
			}
		}
	}
	return nil
}

// slugMemo keeps the slugs of names (file names, folders, terms, titles)
// for one configuration: an assembly asks for one of each page's, as many
// as it has pages, and making them again was a twentieth of a rebuild at
// 10,000 files. It keeps those the last assembly asked for (last) and the
// ones this one asked for (cur), so a name no page has any more goes.
type slugMemo struct {
	cfg       *config.Config
	cur, last *sync.Map // name -> slug
}

// startSlugs begins an assembly's use of the slugs kept for cfg.
func (c *Cache) startSlugs(cfg *config.Config) {
	m := &slugMemo{cfg: cfg, cur: new(sync.Map), last: new(sync.Map)}
	if old := c.slugs.Load(); old != nil && old.cfg == cfg {
		m.last = old.cur
	}
	c.slugs.Store(m)
}

// slug is s.Config.Slug(name), kept in the site's Cache.
func (s *Site) slug(name string) string {
	var m *slugMemo
	if s.cache != nil {
		m = s.cache.slugs.Load()
	}
	if m == nil || m.cfg != s.Config {
		return s.Config.Slug(name)
	}
	if v, ok := m.cur.Load(name); ok {
		return v.(string)
	}
	v, ok := m.last.Load(name)
	if !ok {
		v = s.Config.Slug(name)
	}
	m.cur.Store(name, v)
	return v.(string)
}

// convKey names a conversion by what it is made of: the SHA-256 of the
// body's sum and of what the conversion reads of its page (convKeyOf).
type convKey [sha256.Size]byte

// convResult is what a conversion keeps of its markdown.Result: the
// result's lists of problems are the conversion's own fields, in the file's
// lines, and a conversion is kept for every page rendered until the build's
// end (96 bytes less for each of them).
type convResult struct {
	HTML, Summary, TableOfContents template.HTML
	WordCount                      int
}

type conversion struct {
	res convResult // Summary is final: front matter summary or from the body
	key convKey
	// text is the key of its text alone (textKeyOf); placed, that what it
	// shows depends on where its file is besides the links reusable
	// checks: an image or photo (resolved from the file's folder or
	// bundle), an address link (../x/, resolved from the file's folder),
	// shortcodes (they see the page), bundle files, or a summary whose
	// relative URLs were rebased on the page's URL.
	text        convKey
	placed      bool
	description string
	photos      []Photo
	links       map[string]string // link as written -> linkTarget
	localLinks  []LocalLink       // links to addresses no page has
	images      []string          // local images as written, each published when converted
	// id identifies what the conversion shows, in page sums: conversions
	// that show the same have the same id, in one Cache.
	id    uint64
	noAlt []ImageWithoutAlt
	// warned are what its shortcodes said (Page.ShortcodeWarnings).
	warned      []ShortcodeWarning
	droppedHTML []int
	topHeadings []int
	// removedLinks are the links left out (Page.RemovedLinks).
	removedLinks []markdown.RemovedLink
	// missingImages are the images published as written, with no file
	// (Page.MissingImages).
	missingImages []MissingImage
	// forgotten: res.HTML was dropped (Page.ForgetContent).
	forgotten bool
	// hasShortcodes: the body or the front matter's summary or description
	// has shortcodes, run by shortcodes (nil when the site ran none) for a
	// page whose fields they see sum to shortcodePage; the conversion is
	// reused only with the same.
	hasShortcodes bool
	shortcodes    *Shortcodes
	shortcodePage [sha256.Size]byte
	// read are the addresses of the other pages its shortcodes read
	// (pageReads), for Patch.
	read []string
}

// conversionOverhead is what a conversion holds besides its HTML, table of
// contents, summary and description, as the store counts it.
const conversionOverhead = 512

// size is what the store counts for conv.
func (conv *conversion) size() int64 {
	r := &conv.res
	return int64(len(r.HTML)+len(r.TableOfContents)+len(r.Summary)+len(conv.description)) + conversionOverhead
}

// NewCache returns an empty content store that holds at most bound bytes;
// 0 takes the bound of the process's memory policy (store.MemoryBound).
func NewCache(bound int64) *Cache {
	if bound <= 0 {
		bound = store.MemoryBound()
	}
	return &Cache{store: store.NewShrinking[convKey](bound, (*conversion).shell), seed: maphash.MakeSeed()}
}

// shell is conv without its HTML and table of contents, what the store keeps
// of a conversion in use that its bound pushes out: the next assembly reuses
// it (a page's sum needs its id, lists its summary) and a page rendered again
// converts its body again (Page.full).
func (conv *conversion) shell() *conversion {
	if conv.forgotten {
		return conv
	}
	r := *conv
	r.res.HTML, r.res.TableOfContents, r.forgotten = "", "", true
	return &r
}

// Len is the number of conversions the cache holds.
func (c *Cache) Len() int { return c.store.Len() }

// Size is the bytes the cache counts for what it holds, at most its Bound.
func (c *Cache) Size() int64 { return c.store.Size() }

// Shells is the number of conversions in use of which the cache holds only a
// shell (conversion.shell).
func (c *Cache) Shells() int { return c.store.Shells() }

// Bound is the most bytes the cache holds.
func (c *Cache) Bound() int64 { return c.store.Bound() }

// Made is how many Markdown bodies were converted for sites using the cache.
func (c *Cache) Made() int64 { return c.made.Load() }

func (c *Cache) get(k convKey) *conversion {
	if c == nil {
		return nil
	}
	conv, _ := c.store.Get(k)
	return conv
}

// put keeps conv, a conversion with its HTML.
func (c *Cache) put(conv *conversion) {
	if c != nil {
		c.store.Put(conv.key, conv, conv.size())
	}
}

// retire says that no page uses the conversion of k any more.
func (c *Cache) retire(k convKey) {
	if c != nil {
		c.store.Retire(k)
	}
}

// idOf is the id of what conv shows.
func (c *Cache) idOf(conv *conversion) uint64 {
	var h maphash.Hash
	h.SetSeed(c.seed)
	r := &conv.res
	for _, s := range []string{string(r.HTML), string(r.TableOfContents), string(r.Summary), conv.description} {
		writeUint(&h, uint64(len(s)))
		h.WriteString(s)
	}
	writeUint(&h, uint64(r.WordCount))
	for _, ph := range conv.photos {
		h.WriteString(ph.File)
		h.WriteByte(0)
		h.WriteString(ph.Set.Key())
		h.WriteByte(0)
		if ph.Cover {
			h.WriteByte(1)
		}
	}
	for _, l := range conv.localLinks {
		fmt.Fprintf(&h, "%q %q %d\x00", l.Dest, l.Path, l.Line)
	}
	for _, m := range conv.missingImages {
		fmt.Fprintf(&h, "%q %d\x00", m.Dest, m.Line)
	}
	for _, lines := range [][]int{conv.droppedHTML, conv.topHeadings} {
		writeUint(&h, uint64(len(lines)))
		for _, l := range lines {
			writeUint(&h, uint64(l))
		}
	}
	for _, n := range conv.noAlt {
		fmt.Fprintf(&h, "%q %d\x00", n.Dest, n.Line)
	}
	for _, r := range conv.removedLinks {
		fmt.Fprintf(&h, "removed %q %q %d %v\x00", r.Dest, r.Scheme, r.Line, r.Kept)
	}
	return h.Sum64()
}

// convKeyOf names the conversion of p's content file as p shows it: its
// body's sum and what the conversion reads of the page besides the links it
// resolves (checked when it is reused): the file (its folder, its kind of
// text, the lines reported), the page's language, kind, URL (the summary's
// relative URLs are rebased on it), bundle files, and the front matter's
// image, summary and description.
func convKeyOf(p *Page) convKey {
	cp := p.src
	sum := cp.BodySum()
	// One write of the whole input: the hash's small writes, and strings
	// copied into byte slices for them, were a third of its cost.
	var buf [512]byte
	b := append(buf[:0], sum[:]...)
	b = binary.LittleEndian.AppendUint64(b, uint64(cp.BodyLine))
	for _, s := range []string{cp.File, p.Lang, p.Kind, p.RelPermalink, cp.Meta.Image, cp.Meta.Summary, cp.Meta.Description, extendedKey(p)} {
		b = appendString(b, s)
	}
	for _, list := range [][]Resource{p.Resources, p.Contents} {
		b = binary.LittleEndian.AppendUint64(b, uint64(len(list)))
		for _, r := range list {
			b = appendString(b, r.Src)
			b = appendString(b, r.Name)
		}
	}
	return sha256.Sum256(b)
}

// textKeyOf names the conversion of p's content file by its text alone,
// what convKeyOf has but the file's folder and the page's URL and bundle
// files: its body's sum and first line, the file's kind of text (its
// extension), the page's language and kind, and the front matter's image,
// summary and description. It is the zero key for a page with bundle
// files, whose conversion is placed.
func textKeyOf(p *Page) convKey {
	cp := p.src
	if len(p.Resources) > 0 || len(p.Contents) > 0 {
		return convKey{}
	}
	sum := cp.BodySum()
	var buf [512]byte
	b := append(buf[:0], "text\x00"...)
	b = append(b, sum[:]...)
	b = binary.LittleEndian.AppendUint64(b, uint64(cp.BodyLine))
	for _, s := range []string{path.Ext(cp.File), p.Lang, p.Kind, cp.Meta.Image, cp.Meta.Summary, cp.Meta.Description, extendedKey(p)} {
		b = appendString(b, s)
	}
	return sha256.Sum256(b)
}

// extendedKey is the extended syntax of p's text (Site.extendedOf), which
// its front matter may change, for the keys of its conversion.
func extendedKey(p *Page) string {
	if p.site == nil || p.site.md == nil {
		return ""
	}
	return fmt.Sprint(p.site.extendedOf(p))
}

// appendString appends s with its length before it, as writeString writes it.
func appendString(b []byte, s string) []byte {
	return append(binary.LittleEndian.AppendUint64(b, uint64(len(s))), s...)
}

// shortcodePageSum sums what a shortcode sees of p (ShortcodePage), its
// bundle files aside, which convKeyOf has.
func shortcodePageSum(p *Page) [sha256.Size]byte {
	h := sha256.New()
	for _, s := range []string{p.Kind, p.Lang, p.Section, p.File, p.Title, p.Author, p.Image, p.Slug, p.RelPermalink, p.Permalink, p.frontDescription()} {
		writeString(h, s)
	}
	for _, t := range []time.Time{p.Date, p.Lastmod, p.PublishDate} {
		writeString(h, t.Format(time.RFC3339Nano))
	}
	fmt.Fprintf(h, "%d %t %#v", p.Weight, p.Draft, p.params)     // fmt prints maps in key order
	for _, list := range [][]Resource{p.Resources, p.Contents} { // .Resources (their files' own reads are recorded apart)
		writeLen(h, len(list))
		for _, r := range list {
			writeString(h, r.Src)
		}
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

func writeLen(h hash.Hash, n int) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(n))
	h.Write(b[:])
}

func writeString(h hash.Hash, s string) {
	writeLen(h, len(s))
	h.Write([]byte(s))
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

// setSum computes a page's sum from its conversion and front matter (content
// pages) or from its generated fields.
func (s *Site) setSum(p *Page, convID uint64) {
	var h maphash.Hash
	h.SetSeed(s.seed())
	writeUint(&h, convID)
	if p.src != nil {
		writeUint(&h, p.src.MetaSum()) // the fields a layout may show (Params, Fields, dates, ...)
	}
	for _, v := range []string{p.Kind, p.Lang, p.Section, p.Title, p.URLPath, p.Slug, p.Taxonomy, p.Description()} {
		h.WriteString(v)
		h.WriteByte(0)
	}
	for _, a := range p.Aliases {
		h.WriteString(a)
		h.WriteByte(0)
	}
	p.sumRest = h.Sum64()
	writeTime(&h, p.Lastmod)
	p.sum = h.Sum64()
}

// writeTime writes t as a layout may show it: its instant, offset and
// zone's name, without formatting it (a rebuild sums every page).
func writeTime(h *maphash.Hash, t time.Time) {
	var buf [32]byte
	b, err := t.AppendBinary(buf[:0])
	if err != nil { // an offset Go cannot encode
		b = append(buf[:0], t.String()...)
	}
	h.Write(b)
	name, _ := t.Zone()
	h.WriteString(name)
}

func writeUint(h *maphash.Hash, v uint64) {
	var b [8]byte
	for i := range b {
		b[i] = byte(v >> (8 * i))
	}
	h.Write(b[:])
}
