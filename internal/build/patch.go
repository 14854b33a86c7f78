package build

import (
	"bytes"
	"maps"
	"reflect"
	"strings"
	"time"

	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/render"
	"github.com/vestis-ssg/vestis/internal/site"
)

// patch is the fast path of a rebuild: when only the Markdown bodies of
// published pages changed (their front matter is exactly as before), the site's
// structure is the same, so the pages are converted again in place and only the
// outputs that show them are rendered again. ok is false when the fast path does
// not apply and a full rebuild is needed.
func (st *state) patch(changes *changeSet, last *Result) (res *Result, ok bool, err error) {
	if last == nil || st.site == nil || changes == nil || changes.config || changes.layouts || changes.i18n || len(changes.content) == 0 {
		return nil, false, nil
	}
	start := time.Now()
	type edit struct {
		page *site.Page
		cp   *content.Page
	}
	var edits []edit
	for _, file := range changes.copied {
		if !strings.HasSuffix(file, ".md") || !strings.HasPrefix(file, "content/") {
			return nil, false, nil // a bundle's image or a static file
		}
	}
	for _, file := range changes.content {
		p := st.site.PageByFile(file)
		if p == nil {
			return nil, false, nil
		}
		old := p.ContentFile()
		cp, err := content.LoadFile(st.opts.Site, "content", file, old.Resources, st.cfg)
		if err != nil {
			return nil, false, nil // a full rebuild reports it with every other error
		}
		if !sameStructure(old, cp) || len(p.Photos()) > 0 || bytes.Contains(cp.Body, []byte("![")) || bytes.Contains(cp.Body, []byte("<img")) {
			return nil, false, nil // photos to make: the full path does that
		}
		edits = append(edits, edit{p, cp})
	}
	changed := make([]*site.Page, 0, len(edits))
	for _, e := range edits {
		pages, err := st.site.Patch(e.page, e.cp)
		if err != nil {
			st.site = nil // the model is half patched: rebuild it next time
			return nil, true, err
		}
		for i, cp := range st.pages {
			if cp.File == e.cp.File {
				st.pages[i] = e.cp
			}
		}
		changed = append(changed, pages...)
	}
	outs, err := render.Patch(st.site, st.tpl, st.env(), st.renderCache, changed)
	if err != nil {
		st.site = nil
		return nil, true, err
	}
	res = &Result{Config: last.Config, Site: st.site, Files: maps.Clone(last.Files), Paths: last.Paths,
		Warnings: last.Warnings, MessageWarnings: last.MessageWarnings, PagesByLang: last.PagesByLang}
	var paths []string // the feeds; pages come minified
	res.touched = make([]string, 0, len(outs))
	for _, o := range outs {
		res.Files[o.Path] = o.Body
		res.touched = append(res.touched, o.Path)
		if o.Page == nil && !o.Compact {
			paths = append(paths, o.Path)
		}
	}
	if st.minify() {
		if err := st.minifyPaths(res, paths); err != nil {
			return nil, true, err
		}
	}
	res.Duration = time.Since(start)
	return res, true, nil
}

// sameStructure reports whether two versions of a content file differ at most in
// their Markdown body.
func sameStructure(a, b *content.Page) bool {
	return a.Kind == b.Kind && a.Lang == b.Lang && a.Key == b.Key && a.Dir == b.Dir && a.Base == b.Base &&
		reflect.DeepEqual(a.Resources, b.Resources) && reflect.DeepEqual(a.Meta, b.Meta)
}
