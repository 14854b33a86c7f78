package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/htmltext"
	"github.com/vestis-ssg/vestis/internal/parallel"
	"github.com/vestis-ssg/vestis/internal/search"
	"github.com/vestis-ssg/vestis/internal/site"
)

// A language's search index is written beside its search page, as the
// default theme's static/js/search.js reads it:
//
//	index.json     the manifest: the number of shards and pages, and each
//	               shard's first word ("from", null for an empty shard)
//	s/K.json       shard K: words to pages and scores (search.Index), a range
//	               of the sorted words, all shards about the same size
//	f/ID.json      page ID's fragment: title, address, dates, section, text
//
// Page ids are places in the language's pages sorted by address, which a
// live edit never changes (site.Patch keeps addresses), so a save rewrites
// only the shards that changed (and the manifest when a word moved to
// another shard) and the page's fragment.
const (
	searchManifest = "index.json"
	searchShards   = "s/"
	searchFrags    = "f/"
)

// searchFragment is the part of the index the browser fetches for a result
// it shows; short keys keep it small. appendJSON writes it.
type searchFragment struct {
	Title   string // "t"
	URL     string // "u"
	Date    string // "d", in the page's language, left out when empty
	ISODate string // "i", left out when empty
	Section string // "c", left out when empty
	Text    []byte // "x", for the excerpt around the words found; valid UTF-8, as htmltext writes it
	// Meta is the description and the fields of the page's type, which the
	// page shows beside its text: the excerpt when the text has no word
	// found. "m", left out when empty.
	Meta string
}

// appendJSON appends f as JSON and a newline, as a json.Encoder with HTML
// escaping off would write it with the keys above, but without reflection:
// a fragment holds a page's whole text.
func (f *searchFragment) appendJSON(b []byte) []byte {
	b = append(b, `{"t":`...)
	b = appendPlainJSONString(b, f.Title, false)
	b = append(b, `,"u":`...)
	b = appendPlainJSONString(b, f.URL, false)
	for _, o := range [...]struct{ key, v string }{{`,"d":`, f.Date}, {`,"i":`, f.ISODate}, {`,"c":`, f.Section}} {
		if o.v != "" {
			b = append(b, o.key...)
			b = appendPlainJSONString(b, o.v, false)
		}
	}
	b = append(b, `,"x":`...)
	b = appendPlainJSONString(b, f.Text, true)
	if f.Meta != "" {
		b = append(b, `,"m":`...)
		b = appendPlainJSONString(b, f.Meta, false)
	}
	return append(b, "}\n"...)
}

// appendPlainJSONString appends s as a JSON string as encoding/json writes it
// with HTML escaping off: control characters escaped, invalid UTF-8 as
// \ufffd, U+2028 and U+2029 escaped. valid tells that s is valid UTF-8
// (htmltext writes text so), whose runes need no decoding: only U+2028 and
// U+2029 (E2 80 A8, E2 80 A9) are escaped.
func appendPlainJSONString[T string | []byte](b []byte, s T, valid bool) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf || valid && c >= utf8.RuneSelf && c != 0xe2 {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		// At most 4 bytes as a string: no allocation for a []byte.
		r, n := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += n
			continue
		}
		i += n
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// searchPage is what a page gives its language's search index, kept while
// its sum and its section's title stay the same.
type searchPage struct {
	sum      uint64
	section  string
	doc      search.Doc
	fragment []byte
	// written: a streaming build wrote the fragment when the page was
	// rendered, and fragment is nil.
	written bool
	// indexed: a streaming build put doc into its language's Indexer when
	// the page was rendered, and doc is empty.
	indexed bool
}

// searchStore keeps each page's searchPage by RelPermalink (pages are new
// values after each assembly), and each language's index for Patch.
type searchStore struct {
	mu    sync.Mutex
	pages map[string]*searchPage
	langs map[string]*langSearch
	// emit, in a streaming build, writes a page's fragment as soon as keep
	// makes it, under the id frags gives by RelPermalink: a fragment holds
	// the page's whole text, which the build would otherwise hold for every
	// page until the end.
	emit  func(Output) error
	frags map[string]int
	// indexers, in a streaming build, take each page's words as keep makes
	// them, by language: the index holds postings, and no page's doc (its
	// words as text) is kept until every page is rendered.
	indexers map[string]*search.Indexer
}

// streamedPage stands in the store for every page whose fragment a
// streaming build wrote and whose words it indexed: such a store lasts one
// build, so nothing it would keep of each page is read again.
var streamedPage = &searchPage{written: true, indexed: true}

// langSearch is a language's index: the pages by id and its shards.
type langSearch struct {
	ids   map[string]int // RelPermalink -> id
	index *search.Index
	// pages are what the index holds of each page, by id, and shards its
	// shards as written: the next full render updates them where pages
	// changed, rather than indexing every page again.
	pages  []*searchPage
	shards [][]byte
}

// sameIDs reports whether pages, by id, are the pages ls indexes.
func (ls *langSearch) sameIDs(pages []*site.Page) bool {
	if ls == nil || len(ls.pages) != len(pages) {
		return false
	}
	for id, p := range pages {
		if i, ok := ls.ids[p.RelPermalink]; !ok || i != id {
			return false
		}
	}
	return true
}

// renumber brings ls to pages after pages came or went, which moved the ids
// of those after them, and to sps, what each page gives the index now. It
// reports false, changing nothing, when the pages that stay are in another
// order or the index needs another number of shards: it is made afresh.
func (ls *langSearch) renumber(pages []*site.Page, sps []*searchPage) bool {
	if ls == nil || search.Shards(len(pages)) != ls.index.Len() {
		return false
	}
	to := make([]int, len(ls.pages)) // old id -> new id, -1 for a page gone
	for i := range to {
		to[i] = -1
	}
	from := make([]int, len(pages)) // new id -> old id, -1 for a new page
	last := -1
	for id, p := range pages {
		old, ok := ls.ids[p.RelPermalink]
		from[id] = -1
		if !ok {
			continue
		}
		if old <= last {
			return false
		}
		last, to[old], from[id] = old, id, old
	}
	ls.index.Renumber(to)
	was := ls.pages
	ls.pages = make([]*searchPage, len(pages))
	ls.ids = make(map[string]int, len(pages))
	var changes []search.Change
	for id, p := range pages {
		ls.ids[p.RelPermalink] = id
		if from[id] >= 0 {
			ls.pages[id] = was[from[id]]
		}
		if c, ok := ls.put(id, sps[id]); ok {
			changes = append(changes, c)
		}
	}
	ls.index.UpdateAll(changes) // the shards cut once, not once a page
	ls.encodeAll()
	return true
}

// update puts sp in place of page id's entry and returns the shards that changed.
func (ls *langSearch) update(id int, sp *searchPage) []int {
	c, ok := ls.put(id, sp)
	if !ok {
		return nil
	}
	return ls.index.Update(c.ID, c.Old, c.New)
}

// put puts sp in place of page id's entry and returns the change the index
// is to make, none when sp is the entry already.
func (ls *langSearch) put(id int, sp *searchPage) (search.Change, bool) {
	old := ls.pages[id]
	ls.pages[id] = sp
	if old == sp {
		return search.Change{}, false
	}
	c := search.Change{ID: id, New: sp.doc}
	if old != nil {
		c.Old = old.doc
	}
	return c, true
}

// encode writes the shards ks again.
func (ls *langSearch) encode(ks []int) {
	for _, k := range ks {
		ls.shards[k] = ls.index.AppendShard(nil, k)
	}
}

// encodeAll encodes every shard afresh.
func (ls *langSearch) encodeAll() {
	ls.shards = make([][]byte, ls.index.Len())
	for k := range ls.shards {
		ls.shards[k] = ls.index.AppendShard(nil, k)
	}
}

// searchManifestJSON is index.json.
type searchManifestJSON struct {
	Shards int       `json:"shards"`
	Pages  int       `json:"pages"`
	From   []*string `json:"from"`
}

// manifest is the language's index.json: shards, pages, and each shard's
// first word, null for an empty one.
func (ls *langSearch) manifest() []byte {
	m := searchManifestJSON{Shards: ls.index.Len(), Pages: len(ls.pages)}
	for _, w := range ls.index.From() {
		if w == "" {
			m.From = append(m.From, nil)
		} else {
			m.From = append(m.From, &w)
		}
	}
	b, err := json.Marshal(m)
	if err != nil {
		panic(err) // strings and numbers only
	}
	return append(b, '\n')
}

func newSearchStore() *searchStore {
	return &searchStore{pages: map[string]*searchPage{}, langs: map[string]*langSearch{}}
}

// searchPages returns the pages of language lang's search index, by id: its
// regular pages other than fallbacks and those another page's output
// replaces (Site.Yielded: what a search would lead to is not their text),
// sorted by address.
func searchPages(s *site.Site, lang string) []*site.Page {
	t := s.Tree(lang)
	if t.Search == nil {
		return nil
	}
	var pages []*site.Page
	for _, p := range t.Home.Pages {
		if p.FallbackOf == nil && !s.Yielded(p) {
			pages = append(pages, p)
		}
	}
	slices.SortFunc(pages, func(a, b *site.Page) int { return strings.Compare(a.RelPermalink, b.RelPermalink) })
	return pages
}

// searchDir is where language lang's index is written, relative to the output root.
func searchDir(s *site.Site, lang string) string {
	return strings.TrimPrefix(s.Tree(lang).Search.URLPath, "/")
}

// fragmentPath is the output path of the search fragment of the page with id
// in language lang's index.
func fragmentPath(s *site.Site, lang string, id int) string {
	return searchDir(s, lang) + searchFrags + strconv.Itoa(id) + ".json"
}

// claimSearch claims the files of language lang's search index.
func claimSearch(s *site.Site, lang string) {
	c := s.Claims()
	dir := searchDir(s, lang)
	c.Add(site.Claim{Path: dir + searchManifest, What: fmt.Sprintf("the search index (%s)", lang)})
	pages := searchPages(s, lang)
	for k := range search.Shards(len(pages)) {
		c.Add(site.Claim{Path: dir + searchShards + strconv.Itoa(k) + ".json", What: fmt.Sprintf("a shard of the search index (%s)", lang)})
	}
	for id, p := range pages {
		c.Add(site.PageClaim(p, dir+searchFrags+strconv.Itoa(id)+".json", "the search fragment of"))
	}
}

// claimSearchGrown claims the files language lang's search index has
// that it had not when it was claimed: the fragments and shards of pages
// that joined the site since (Patch), each id's claim naming the page it
// had then.
func claimSearchGrown(s *site.Site, lang string) {
	if s.Tree(lang).Search == nil {
		return
	}
	c := s.Claims()
	dir := searchDir(s, lang)
	pages := searchPages(s, lang)
	for k := range search.Shards(len(pages)) {
		if p := dir + searchShards + strconv.Itoa(k) + ".json"; !claimed(c, p) {
			c.Add(site.Claim{Path: p, What: fmt.Sprintf("a shard of the search index (%s)", lang)})
		}
	}
	for id := len(pages) - 1; id >= 0; id-- {
		p := dir + searchFrags + strconv.Itoa(id) + ".json"
		if claimed(c, p) {
			break
		}
		c.Add(site.PageClaim(pages[id], p, "the search fragment of"))
	}
}

// sizes is how many pages and shards each language's index has.
func (st *searchStore) sizes() map[string][2]int {
	m := map[string][2]int{}
	for lang, ls := range st.langs {
		m[lang] = [2]int{len(ls.pages), len(ls.shards)}
	}
	return m
}

// shrunk gives up the files of the search indexes that had the sizes
// before and have fewer pages or shards now (pages left the site: Patch):
// their claims, and them as outputs gone.
func (st *searchStore) shrunk(s *site.Site, before map[string][2]int) []Output {
	var gone []Output
	for _, l := range s.Languages {
		ls, was := st.langs[l.Code], before[l.Code]
		if ls == nil {
			continue
		}
		dir := searchDir(s, l.Code)
		var paths []string
		for id := len(ls.pages); id < was[0]; id++ {
			paths = append(paths, dir+searchFrags+strconv.Itoa(id)+".json")
		}
		for k := len(ls.shards); k < was[1]; k++ {
			paths = append(paths, dir+searchShards+strconv.Itoa(k)+".json")
		}
		for _, p := range paths {
			s.Claims().Remove(p)
			gone = append(gone, Output{Path: p})
		}
	}
	return gone
}

// claimed reports whether c has a claim of path p.
func claimed(c *site.Claims, p string) bool {
	_, ok := c.Of(p)
	return ok
}

// keep records, while a streaming build renders page p and still has its
// HTML, what p gives the search index, so that the index made after every
// page need not convert p again. A page new to the store gives its words
// straight to its language's Indexer: no doc is made of them.
func (st *searchStore) keep(s *site.Site, env *Env, p *site.Page, v *View) error {
	if p.Kind != site.KindPage || p.FallbackOf != nil || s.Tree(p.Lang).Search == nil {
		return nil
	}
	id, ok := st.frags[p.RelPermalink]
	if st.emit == nil || !ok { // !ok: not in the index, which leaves it out
		_, err := st.page(s, env, p)
		return err
	}
	section := sectionTitle(s, p)
	st.mu.Lock()
	sp, kept := st.pages[p.RelPermalink]
	st.mu.Unlock()
	switch {
	case kept && sp.sum == p.Sum() && sp.section == section:
		if sp.written {
			return nil
		}
		if err := st.emit(Output{Path: fragmentPath(s, p.Lang, id), Body: sp.fragment, Compact: true}); err != nil {
			return err
		}
		st.indexers[p.Lang].Add(id, sp.doc)
	default:
		buf := searchBufs.Get().(*searchBuf)
		defer buf.put()
		fragment, text, err := searchText(s, env, p, v, section, buf, true)
		if err != nil {
			return err
		}
		if err := st.emit(Output{Path: fragmentPath(s, p.Lang, id), Body: fragment, Compact: true}); err != nil {
			return err
		}
		st.indexers[p.Lang].AddText(id, text)
	}
	st.mu.Lock()
	st.pages[p.RelPermalink] = streamedPage
	st.mu.Unlock()
	return nil
}

// streamFragments makes keep write each page's fragment (see searchStore.emit).
func (st *searchStore) streamFragments(s *site.Site, emit func(Output) error) {
	st.emit, st.frags, st.indexers = emit, map[string]int{}, map[string]*search.Indexer{}
	for _, l := range s.Languages {
		if s.Tree(l.Code).Search == nil {
			continue
		}
		st.indexers[l.Code] = &search.Indexer{}
		for id, p := range searchPages(s, l.Code) {
			st.frags[p.RelPermalink] = id
		}
	}
}

// page returns what p gives its language's index, from the store when its sum
// and section's title did not change.
func (st *searchStore) page(s *site.Site, env *Env, p *site.Page) (*searchPage, error) {
	section := sectionTitle(s, p)
	st.mu.Lock()
	sp, ok := st.pages[p.RelPermalink]
	st.mu.Unlock()
	if ok && sp.sum == p.Sum() && sp.section == section {
		return sp, nil
	}
	buf := searchBufs.Get().(*searchBuf)
	defer buf.put()
	fragment, text, err := searchText(s, env, p, nil, section, buf, false)
	if err != nil {
		return nil, err
	}
	sp = &searchPage{sum: p.Sum(), section: section, doc: search.NewDoc(text), fragment: fragment}
	st.mu.Lock()
	st.pages[p.RelPermalink] = sp
	st.mu.Unlock()
	return sp, nil
}

// searchText returns p's fragment and its text for the index, read into
// buf; p's section has the title section, and v, when not nil, is the view
// p's layout rendered (searchMeta). With passing, the fragment is written
// into buf too, for a caller that hands it on before it gives buf back (a
// streaming build writes it at once): a new one at each page was 2 % of
// what a build of 10,000 pages allocates.
func searchText(s *site.Site, env *Env, p *site.Page, v *View, section string, buf *searchBuf, passing bool) ([]byte, search.Text, error) {
	body, err := p.Content()
	if err != nil {
		return nil, search.Text{}, err
	}
	buf.text, buf.heads = htmltext.AppendSplit(buf.text[:0], buf.heads[:0], string(body))
	meta, err := searchMeta(s, env, p, v)
	if err != nil {
		return nil, search.Text{}, err
	}
	f := searchFragment{Title: p.Title, URL: p.RelPermalink, ISODate: isoDate(p.Date), Section: section, Text: buf.text, Meta: meta}
	if env != nil && env.Locale != nil {
		if f.Date, err = env.Locale.FormatDate(p.Lang, p.Date, "long"); err != nil {
			return nil, search.Text{}, fmt.Errorf("%s: %w", p.File, err)
		}
	}
	var fragment []byte
	if passing {
		fragment = f.appendJSON(buf.fragment[:0])
		buf.fragment = fragment
	} else {
		// The fragment may be kept (the dev server keeps every page's): room
		// for its fields and a few escapes, not a pooled buffer.
		n := len(f.Title) + len(f.URL) + len(f.Date) + len(f.ISODate) + len(f.Section) + len(f.Text) + len(f.Meta)
		fragment = f.appendJSON(make([]byte, 0, n+n/64+64))
	}
	return fragment, search.Text{Title: p.Title, Body: buf.text, Headings: buf.heads, More: meta}, nil
}

// searchBuf is what searchStore.page reads a page's text into, kept from
// page to page in searchBufs.
type searchBuf struct {
	text     []byte
	heads    []htmltext.Span
	fragment []byte // see searchText's passing
}

var searchBufs = sync.Pool{New: func() any { return new(searchBuf) }}

// put gives buf back to searchBufs, unless a page of unusual size grew it.
func (buf *searchBuf) put() {
	if cap(buf.text) <= 1<<20 && cap(buf.fragment) <= 1<<20 {
		searchBufs.Put(buf)
	}
}

// searchMeta is the text of p's front matter description and of the fields
// of its type that hold text, as the page shows them ("Funding: ERDF"),
// parted by " · ". Addresses and dates are left out: their parts are not
// words a reader looks for. The fields are v's when v is p's view (its
// layout made them), else a view's of its own.
func searchMeta(s *site.Site, env *Env, p *site.Page, v *View) (string, error) {
	var parts []string
	if d := p.ContentFile(); d != nil && d.Meta.Description != "" {
		parts = append(parts, p.Description())
	}
	if env == nil || env.Locale == nil {
		return strings.Join(parts, " · "), nil
	}
	if v == nil || v.Page != p {
		v = &View{Site: s, Lang: s.Tree(p.Lang).Lang, Page: p, env: env}
	}
	fields, err := v.Fields()
	if err != nil {
		return "", fmt.Errorf("%s: %w", p.File, err)
	}
	var text func(f FieldView) string
	text = func(f FieldView) string {
		switch {
		case f.Kind == string(config.KindURL) || f.Kind == string(config.KindEmail):
			return ""
		case f.Text != "":
			return f.Text
		case len(f.List) > 0:
			return strings.Join(f.List, ", ")
		}
		var items []string
		for _, it := range f.Items {
			var sub []string
			for _, g := range it {
				if t := text(g); t != "" {
					sub = append(sub, t)
				}
			}
			if len(sub) > 0 {
				items = append(items, strings.Join(sub, ", "))
			}
		}
		return strings.Join(items, "; ")
	}
	for _, f := range fields {
		if t := text(f); t != "" {
			parts = append(parts, f.Label+": "+t)
		}
	}
	return strings.Join(parts, " · "), nil
}

// sectionTitle is the title of p's section in p's language, which results show.
func sectionTitle(s *site.Site, p *site.Page) string {
	for _, sec := range s.Tree(p.Lang).Sections {
		if sec.Section == p.Section {
			return sec.Title
		}
	}
	return ""
}

// searchIndexes makes every language's search index. The store keeps what
// each page gave, for the next render and for Patch; pages no longer in the
// site leave it. A language whose pages kept their addresses (and so their
// ids) has its index updated where pages changed; else it is made anew.
func searchIndexes(s *site.Site, env *Env, st *searchStore) ([]Output, error) {
	var outs []Output
	err := searchIndexesTo(s, env, st, func(o ...Output) error { outs = append(outs, o...); return nil })
	return outs, err
}

// searchIndexesTo is searchIndexes handing each language's files to add as
// soon as they are made.
func searchIndexesTo(s *site.Site, env *Env, st *searchStore, add func(...Output) error) error {
	prev, prevLangs := st.pages, st.langs
	st.pages = make(map[string]*searchPage, len(prev))
	st.langs = map[string]*langSearch{}
	for _, l := range s.Languages {
		pages := searchPages(s, l.Code)
		if s.Tree(l.Code).Search == nil {
			continue
		}
		sps := make([]*searchPage, len(pages))
		errs := make([]error, len(pages))
		indexer := st.indexers[l.Code] // a streaming build's, with the pages rendered
		parallel.For(len(pages), func(_, i int) {
			p := pages[i]
			if sp, ok := prev[p.RelPermalink]; ok {
				if sp.indexed {
					sps[i] = sp
					return
				}
				st.mu.Lock()
				st.pages[p.RelPermalink] = sp
				st.mu.Unlock()
			}
			sps[i], errs[i] = st.page(s, env, p)
			if errs[i] == nil && indexer != nil {
				indexer.Add(i, sps[i].doc)
			}
		})
		if err := errors.Join(errs...); err != nil {
			return fmt.Errorf("search index %s: %w", l.Code, err)
		}
		ls := prevLangs[l.Code]
		if ls.sameIDs(pages) {
			var changed []int
			for id, sp := range sps {
				changed = append(changed, ls.update(id, sp)...)
			}
			slices.Sort(changed)
			ls.encode(slices.Compact(changed))
		} else if !ls.renumber(pages, sps) {
			ls = &langSearch{ids: make(map[string]int, len(pages)), pages: sps}
			docs := make([]search.Doc, len(pages))
			for id, sp := range sps {
				docs[id] = sp.doc
				ls.ids[pages[id].RelPermalink] = id
			}
			if indexer != nil {
				ls.index = indexer.Index(search.Shards(len(pages)))
			} else {
				ls.index = search.NewIndex(docs, search.Shards(len(pages)))
			}
			ls.encodeAll()
		}
		st.langs[l.Code] = ls
		dir := searchDir(s, l.Code)
		var outs []Output
		for id, sp := range sps {
			if !sp.written {
				outs = append(outs, Output{Path: dir + searchFrags + strconv.Itoa(id) + ".json", Body: sp.fragment, Compact: true})
			}
		}
		outs = append(outs, Output{Path: dir + searchManifest, Body: ls.manifest(), Compact: true})
		for k, body := range ls.shards {
			outs = append(outs, Output{Path: dir + searchShards + strconv.Itoa(k) + ".json", Body: body, Compact: true})
		}
		if err := add(outs...); err != nil {
			return err
		}
		if indexer != nil {
			ls.shards = nil // written; a streaming build keeps no index
		}
	}
	return nil
}

// patchSearch brings the search indexes up to date after site.Patch changed
// pages: the fragments of the pages whose fragment changed and the shards of
// the words whose postings changed. Addresses did not change, so neither did
// the ids. A changed regular page is the only page of its index to look at;
// a changed section or home page (whose title the pages' fragments may
// show) has every page of its language looked at.
func patchSearch(s *site.Site, env *Env, st *searchStore, changed []*site.Page) ([]Output, error) {
	todo := map[string][]*site.Page{} // by language
	all := map[string]bool{}
	for _, p := range changed {
		switch {
		case st.langs[p.Lang] == nil || p.FallbackOf != nil:
		case p.Kind == site.KindPage:
			todo[p.Lang] = append(todo[p.Lang], p)
		default:
			all[p.Lang] = true
		}
	}
	for lang := range all {
		todo[lang] = nil
		for _, p := range s.Tree(lang).Home.Pages {
			if p.FallbackOf == nil {
				todo[lang] = append(todo[lang], p)
			}
		}
	}
	var outs []Output
	for _, l := range s.Languages {
		pages, ok := todo[l.Code]
		if !ok {
			continue
		}
		ls := st.langs[l.Code]
		dir := searchDir(s, l.Code)
		var shards []int
		from := ls.index.From()
		for _, p := range pages {
			id, ok := ls.ids[p.RelPermalink]
			if !ok {
				return nil, errors.New("render: the search index does not match the site")
			}
			st.mu.Lock()
			old := st.pages[p.RelPermalink]
			st.mu.Unlock()
			if old != nil && old.sum == p.Sum() && old.section == sectionTitle(s, p) {
				continue
			}
			sp, err := st.page(s, env, p)
			if err != nil {
				return nil, fmt.Errorf("search index %s: %w", l.Code, err)
			}
			if old == nil || !bytes.Equal(old.fragment, sp.fragment) {
				outs = append(outs, Output{Path: dir + searchFrags + strconv.Itoa(id) + ".json", Body: sp.fragment, Compact: true})
			}
			shards = append(shards, ls.update(id, sp)...)
		}
		if !slices.Equal(from, ls.index.From()) {
			outs = append(outs, Output{Path: dir + searchManifest, Body: ls.manifest(), Compact: true})
		}
		slices.Sort(shards)
		shards = slices.Compact(shards)
		ls.encode(shards)
		for _, k := range shards {
			outs = append(outs, Output{Path: dir + searchShards + strconv.Itoa(k) + ".json", Body: ls.shards[k], Compact: true})
		}
	}
	return outs, nil
}
