package build

import (
	"cmp"
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
