package build

import (
	"cmp"
	"errors"
	"io/fs"
	"maps"
	"mime"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/parallel"
	"github.com/vestis-ssg/vestis/internal/photo"
	"github.com/vestis-ssg/vestis/internal/render"
	"github.com/vestis-ssg/vestis/internal/site"
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

// patch is the fast path of a rebuild: when only content files of published
// pages changed, and each keeps its place in the site (site.Patch: address,
// translations, photos, publication, and terms that stay) and the values its
// list pages' cascades give the pages below (a saved page takes those of the
// list pages above it, which stay as they were), the site's
// structure is the same, so the pages are changed in the model and only the outputs that show them are
// rendered again. ok is false when the fast path does not apply and a full
// rebuild is needed; the model is then as it was, or dropped (st.site nil)
// when a burst's later save did not fit after earlier ones were put in.
func (st *state) patch(changes *changeSet, last *Result) (res *Result, ok bool, err error) {
	if last == nil || st.site == nil || changes == nil || changes.config || changes.layouts || changes.i18n || changes.data || len(changes.content)+len(changes.copied) == 0 {
		return nil, false, nil
	}
	start := time.Now()
	var resaved []render.Output // copied files saved with other bytes: copied again
	var copiedCame, copiedWent []render.Output
	for _, file := range changes.copied {
		if st.folder(file) || st.emptiedLoaded(file) {
			continue // a new folder, whose files the save names too; an empty one removed
		}
		if _, inContent := st.cfg.ContentRootOf(file); (!strings.HasSuffix(file, ".md") || !inContent) && !st.gone(file) {
			if outs, ok := st.resaved(file); ok {
				resaved = append(resaved, outs...)
				continue
			}
			out, came, ok := st.staticArrived(file)
			switch {
			case !ok:
				return nil, false, nil // a bundle's image, a static image that came or went
			case out.Src == "": // a file the build leaves out
			case came:
				copiedCame = append(copiedCame, out)
			default:
				copiedWent = append(copiedWent, out)
			}
		}
	}
	if !st.freeCopies(copiedCame) {
		return nil, false, nil // a page's address, or a file's as a folder
	}
	type edit struct {
		page       *site.Page      // nil: a page left out of the site (site.NotBuilt)
		old, cp    *content.Page   // the file before and after the save
		came, went []*content.Page // or: new and deleted files, all of pages left out of the site
	}
	var edits []edit
	var arrived []string // files of pages that came or went
	pages := st.pages
	for _, file := range slices.Compact(slices.Sorted(slices.Values(changes.content))) {
		if st.gone(file) || st.folder(file) {
			continue
		}
		p := st.site.PageByFile(file)
		var old *content.Page
		switch i := slices.IndexFunc(st.pages, func(cp *content.Page) bool { return cp.File == file }); {
		case st.goneFile(file) || i < 0 && p == nil: // a deleted file, or a new one
			arrived = append(arrived, file)
			continue
		case p != nil:
			old = p.ContentFile()
		default:
			old = st.pages[i]
		}
		cp, err := content.LoadFile(st.opts.Site, "content", file, old.Resources, st.cfg)
		if err != nil {
			return nil, false, nil // a full rebuild reports it with every other error
		}
		cp, errs := content.CascadeSaved(cp, st.pages, st.cfg)
		if len(errs) > 0 {
			return nil, false, nil
		}
		edits = append(edits, edit{page: p, old: old, cp: cp})
	}
	if len(arrived) > 0 {
		var came, went []*content.Page
		var ok bool
		if pages, came, went, ok = content.Arrived(st.opts.Site, "content", st.cfg, st.pages, arrived); !ok {
			return nil, false, nil
		}
		edits = append(edits, edit{came: came, went: went})
	}
	// The saves of a burst (a translation saved with its original, a git
	// checkout, the files of each language `vestis new` writes) are put in
	// one after the other; outputs are rendered once.
	pages = slices.Clone(pages) // st.pages stays as it was if a save does not fit
	var patched site.Patched
	for i, e := range edits {
		var p site.Patched
		var ok bool
		var err error
		switch {
		case e.old == nil:
			if ok = st.site.ArriveHeld(e.came, e.went, pages); !ok {
				p, ok, err = st.join(e.came, e.went, pages)
			}
		case e.page == nil:
			if ok = st.site.PatchHeld(e.old, e.cp); !ok {
				p, ok, err = st.join([]*content.Page{e.cp}, nil, pages) // a draft made public
			}
		default:
			if p, ok, err = st.site.Patch(e.page, e.cp, render.SameOutputs); !ok && err == nil {
				if p, ok = st.site.Leave(e.page, e.cp, pages, render.NoCalendar); !ok { // made a draft
					p, ok = st.move(e.page, e.cp, pages)
				}
			}
		}
		if i > 0 && (!ok || err != nil) {
			st.site = nil // patched in part: assemble it again, now or after the error
		}
		if err != nil && len(edits) > 1 {
			// The other pages of the save may have mistakes too: the full
			// rebuild reports them all, as a clean build does (a git checkout
			// of pages each with a missing image showed the first alone).
			return nil, false, nil
		}
		if !ok || err != nil {
			return nil, ok, err
		}
		patched = patched.Join(p)
		if e.old != nil {
			for i, cp := range pages {
				if cp.File == e.cp.File {
					pages[i] = e.cp
				}
			}
		}
	}
	if !st.site.Relink(&patched) {
		st.site = nil
		return nil, false, nil
	}
	st.pages = pages
	if !st.arriveCopied(copiedCame, copiedWent) {
		st.site = nil
		return nil, false, nil
	}
	mem := st.newMemSink(map[string][]byte{}, 0)
	var outs, gone []render.Output
	st.renderCache.Rendered = 0
	if len(edits) > 0 || len(resaved) == 0 {
		if outs, gone, err = render.Patch(st.site, st.tpl, st.env(mem), st.renderCache, patched); err != nil {
			st.site = nil // the model is patched, its outputs are not: assemble it again next time
			return nil, true, err
		}
	}
	st.filesMu.Lock()
	for _, o := range slices.Concat(resaved, copiedWent) {
		delete(st.files, o.Src) // read again
	}
	st.filesMu.Unlock()
	resaved = slices.Concat(resaved, copiedCame)
	errs := make([]error, len(outs)+len(resaved))
	parallel.For(len(outs)+len(resaved), func(_, i int) {
		switch {
		case i >= len(outs):
			errs[i] = mem.copy(resaved[i-len(outs)])
		case outs[i].Card == nil:
			errs[i] = mem.put(outs[i], outs[i].Body)
		}
	})
	if err := firstError(errs); err != nil {
		st.site = nil
		return nil, true, err
	}
	if err := st.makeCards(outs, mem, false); err != nil {
		st.site = nil
		return nil, true, err
	}
	mem.remember()
	links := patchLinkWarnings(st.site, last.links, slices.Concat(patched.Pages, patched.Came), patched.Went)
	if len(copiedCame)+len(copiedWent) > 0 {
		links = linkWarnings(st.site, st.site.Pages) // links to the file's address, from any page
	}
	gone = append(gone, copiedWent...)
	touched := mem.order
	if touched == nil {
		touched = []string{} // nothing rendered (a draft saved): nothing differs
	}
	res = &Result{Config: last.Config, Site: st.site, Files: last.Files.over(mem.files, outputPaths(gone)), Paths: last.Paths, touched: touched, links: links,
		Warnings: slices.Concat(st.warnings(), st.site.Warnings(), links, st.shortcodeWarnings(st.site), st.site.Claims().Warnings()), MessageWarnings: neededMessages(st.warns, st.pages, last.Config), PagesByLang: last.PagesByLang, Locale: st.loc}
	res.outputsCame(last, slices.Concat(outs, copiedCame), gone)
	res.Duration = time.Since(start)
	return res, true, nil
}

// resaved returns the outputs copied from file, a file published as it is
// (static/, a loose file of content/) and saved with other bytes, when
// nothing else shows them: it is no image (a page may show its size or a
// copy made of it), no page file (an .html file given front matter is a
// page), and no shortcode or Hugo layout reads it. A file no
// output is copied from (shadowed by the site's own, new, or gone) is not
// one: the list of copied files changes, or nothing does.
func (st *state) resaved(file string) ([]render.Output, bool) {
	if st.copied == nil || content.IsPageFile(path.Base(file)) || photo.Readable(file) || strings.HasPrefix(mime.TypeByExtension(path.Ext(file)), "image/") || st.shortcodesRead(file) ||
		sitefs.Regular(st.opts.Site, file) != nil {
		return nil, false
	}
	var outs []render.Output
	for _, o := range st.copied {
		if o.Src == file {
			outs = append(outs, o)
		}
	}
	return outs, len(outs) > 0
}

// staticArrived returns the output of file, a file of static/ that came
// (came) or went since the last build, when nothing else in the site
// changes with it: it is no image (a page may show its size), no shortcode
// reads it, and it is no link nor in one (which the build refuses). Links to
// its address are checked again (linkWarnings). out is empty for a file the
// build leaves out (staticSkipped). ok is false for any other save.
func (st *state) staticArrived(file string) (out render.Output, came, ok bool) {
	if st.copied == nil || !strings.HasPrefix(file, "static/") || photo.Readable(file) || strings.HasPrefix(mime.TypeByExtension(path.Ext(file)), "image/") || st.shortcodesRead(file) {
		return render.Output{}, false, false
	}
	i := slices.IndexFunc(st.copied, func(o render.Output) bool { return o.Src == file })
	info, err := fs.Lstat(st.fsys, file)
	switch {
	case errors.Is(err, fs.ErrNotExist) && i >= 0:
		return st.copied[i], false, true
	case err != nil || i >= 0 || !info.Mode().IsRegular():
		return render.Output{}, false, false
	}
	for dir := path.Dir(file); ; dir = path.Dir(dir) {
		info, err := fs.Lstat(st.fsys, dir)
		if _, bad := sitefs.SourceName(path.Base(dir), "folder"); err != nil || !info.IsDir() || bad {
			return render.Output{}, false, false // a link the build refuses, a name it warns of
		}
		if dir == "static" {
			break
		}
	}
	for p := file; p != "static"; p = path.Dir(p) {
		if staticSkipped(p) {
			return render.Output{}, true, true
		}
	}
	return render.Output{Path: strings.TrimPrefix(file, "static/"), Src: file}, true, true
}

// freeCopies reports whether the addresses of files that came in static/
// are free (site.Claims.Free): no output is at or above one.
func (st *state) freeCopies(came []render.Output) bool {
	return !slices.ContainsFunc(came, func(o render.Output) bool {
		return !st.site.Claims().Free(site.Claim{Path: st.site.CopiedPath(o.Path), Kind: site.Copy, File: o.Src})
	})
}

// arriveCopied puts the files of static/ that came into the list of copied
// files and the site's claims, and takes out those that went, as a full
// build would list and claim them; it changes the outputs' addresses to
// CopiedPath's. ok is false when two that came clash (one at the other's
// folder): the caller builds in full, which says so.
func (st *state) arriveCopied(came, went []render.Output) (ok bool) {
	claims := st.site.Claims()
	for i, o := range went {
		st.copied = slices.DeleteFunc(st.copied, func(c render.Output) bool { return c.Src == o.Src })
		went[i].Path = st.site.CopiedPath(o.Path)
		claims.Remove(went[i].Path)
	}
	for i, o := range came {
		at, _ := slices.BinarySearchFunc(st.copied, o, func(c, o render.Output) int {
			if !strings.HasPrefix(c.Src, "static/") {
				return 1 // the loose files of content/ follow static/'s
			}
			return walkOrder(c.Src, o.Src)
		})
		st.copied = slices.Insert(st.copied, at, o)
		came[i].Path = st.site.CopiedPath(o.Path)
		claims.Add(site.Claim{Path: came[i].Path, Kind: site.Copy, File: o.Src})
	}
	return claims.Err() == nil
}

// walkOrder compares two slash paths in the order fs.WalkDir visits them:
// name by name, a folder's files before the names that follow the folder's.
func walkOrder(a, b string) int {
	for {
		an, arest, amore := strings.Cut(a, "/")
		bn, brest, bmore := strings.Cut(b, "/")
		if c := strings.Compare(an, bn); c != 0 || !amore || !bmore {
			return cmp.Or(c, cmp.Compare(len(arest), len(brest))) // a folder after the file of its name
		}
		a, b = arest, brest
	}
}

// join puts the pages of came, new to the site, into the model
// (site.Join) and takes out those of went, deleted files (site.Leave). ok
// is false when one does not fit; the model is then as it was, or dropped
// (st.site nil) when others were put in or taken out before it.
func (st *state) join(came, went, pages []*content.Page) (patched site.Patched, ok bool, err error) {
	for i, cp := range went {
		p := st.site.PageByFile(cp.File)
		var q site.Patched
		if p != nil {
			q, ok = st.site.Leave(p, nil, pages, render.NoCalendar)
		}
		if !ok {
			if i > 0 {
				st.site = nil
			}
			return site.Patched{}, false, nil
		}
		patched = patched.Join(q)
	}
	for i, cp := range came {
		p, ok, err := st.site.Join(cp, pages, render.NoCalendar)
		if err != nil && len(came) > 1 {
			// The pages come one by one: a link to one of those still to
			// come (a git checkout of pages that link each other) is no
			// mistake, and the full rebuild, which has them all, says
			// those that are.
			ok, err = false, nil
		}
		if !ok || err != nil {
			if i+len(went) > 0 {
				st.site = nil
			}
			return site.Patched{}, ok, err
		}
		patched = patched.Join(p)
	}
	return patched, true, nil
}

// move puts cp, a saved file of page p that moves the page (another slug,
// address or translationKey), into the model (site.Move). ok is false when
// it does not fit; the model is then as it was, or dropped (st.site nil)
// when it was changed in part.
func (st *state) move(p *site.Page, cp *content.Page, pages []*content.Page) (patched site.Patched, ok bool) {
	patched, ok, dropped := st.site.Move(p, cp, pages, render.NoCalendar)
	if dropped {
		st.site = nil
	}
	return patched, ok
}

// gone reports whether file, a path a save named, is no file now and gave
// the last build nothing: the temporary file of a program that writes the
// new text beside the old and renames it over (sed -i, gedit), which came
// and went in a folder of pages or static files. A file that was published
// (copied, or a bundle's), a folder that held such files or pages (moved to
// the trash, it is named alone, without its files), a path in a folder the
// shortcodes read, or a page file (left to the pages' own checks) is not
// gone.
func (st *state) gone(file string) bool {
	_, inContent := st.cfg.ContentRootOf(file)
	if st.copied == nil || content.IsPageFile(path.Base(file)) || !inContent && !strings.HasPrefix(file, "static/") {
		return false
	}
	if _, err := fs.Lstat(st.fsys, file); !errors.Is(err, fs.ErrNotExist) { // the site's, its themes'
		return false
	}
	return !st.held(file) && !st.shortcodesRead(file)
}

// folder reports whether the site's path is a folder, new since the last
// build, whose files no shortcode reads: the watcher names a new folder
// with its files, which are the change; a folder a shortcode reads is
// named when any of its files may have changed (serve's Also). A page,
// copied file or bundle's file replaced by a folder of its name is not
// one: what it published is gone, which a full rebuild finds (taken for a
// new folder, the page was served on). Nor is a symbolic link to a
// folder, which the full rebuild refuses (taken for a new folder, the link
// was never reported).
func (st *state) folder(file string) bool {
	info, err := fs.Lstat(st.opts.Site, file)
	return err == nil && info.IsDir() && !st.shortcodesRead(file) && !st.held(file)
}

// held reports whether the last build read file, or a file below the
// folder file, or a copied folder above it: a page's file, a bundle's file
// or a copied one (static/, a loose file of content/).
func (st *state) held(file string) bool {
	at := func(p string) bool {
		return p == file || strings.HasPrefix(p, file+"/") || strings.HasPrefix(file, p+"/")
	}
	return slices.ContainsFunc(st.pages, func(cp *content.Page) bool {
		if at(cp.File) {
			return true
		}
		dir := path.Dir(cp.File)
		if !at(dir) {
			return false // the bundle's files are all below it
		}
		return slices.ContainsFunc(cp.Resources, func(r string) bool { return at(dir + "/" + r) })
	}) || slices.ContainsFunc(st.copied, func(o render.Output) bool { return at(o.Src) })
}

// shortcodesRead reports whether the pages' shortcodes read files at p: in
// it, below it or in a folder above it.
func (st *state) shortcodesRead(p string) bool {
	return slices.ContainsFunc(st.site.ReadFolders(), func(dir string) bool {
		return dir == p || strings.HasPrefix(dir, p+"/") || strings.HasPrefix(p, dir+"/")
	})
}

// goneFile reports whether the site's file is no more.
func (st *state) goneFile(file string) bool {
	_, err := fs.Lstat(st.opts.Site, file)
	return errors.Is(err, fs.ErrNotExist)
}

// outputPaths are the paths of outs.
func outputPaths(outs []render.Output) []string {
	var paths []string
	for _, o := range outs {
		paths = append(paths, o.Path)
	}
	return paths
}

// outputsCame counts, in a patched result, the outputs of made that last did
// not have and takes out those of gone (a term's list shown on more or
// fewer list pages): its Paths, its HTML pages by language and the paths a
// server is told are removed.
func (r *Result) outputsCame(last *Result, made, gone []render.Output) {
	var came []render.Output
	for _, o := range made {
		if _, ok := last.Files.Get(o.Path); !ok {
			came = append(came, o)
		}
	}
	if len(came)+len(gone) == 0 {
		return
	}
	r.PagesByLang = maps.Clone(last.PagesByLang)
	r.removed = outputPaths(gone)
	paths := slices.DeleteFunc(slices.Clone(last.Paths), func(p string) bool { return slices.Contains(r.removed, p) })
	for _, o := range gone {
		if isPage(r.Config, o) {
			r.PagesByLang[o.Page.Lang]--
		}
	}
	for _, o := range came {
		paths = append(paths, o.Path)
		if isPage(r.Config, o) {
			r.PagesByLang[o.Page.Lang]++
		}
	}
	slices.Sort(paths)
	r.Paths = slices.Compact(paths)
}
