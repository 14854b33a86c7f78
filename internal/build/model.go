package build

import (
	"cmp"
	"testing/fstest"
	"time"

	"github.com/vestis-ssg/vestis/internal/site"
)

// Model loads the site and assembles its model, converting and rendering
// nothing: what tools that read the pages' addresses need (vestis import
// hugo), of a site whose layouts or shortcodes may not work yet.
func Model(o Options) (s *site.Site, err error) {
	defer recoverBug(&err)
	st := &state{opts: o}
	if err := st.load(nil); err != nil {
		return nil, err
	}
	return site.Assemble(st.cfg, st.pages, st.md, site.Options{Drafts: o.Drafts, Future: o.Future, Expired: o.Expired,
		Now: cmp.Or(o.Now, time.Now()), Label: st.loc.Label, Lazy: true, ReadBody: st.readBody})
}

// ModelWith is Model of the site with files added over its own (path ->
// data, site-relative): a tool about to write them (vestis new) sees what the
// build will make of them first, without writing.
func ModelWith(o Options, added map[string][]byte) (*site.Site, error) {
	top := fstest.MapFS{}
	for p, data := range added {
		top[p] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	o.Site = overlay{top: top, bottom: o.Site}
	return Model(o)
}
