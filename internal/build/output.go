package build

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/diag"
)

// ManifestName is the file in the output folder that lists, one a line and
// sorted, the files vestis wrote there. The next build replaces those and
// refuses to delete anything else.
const ManifestName = ".vestis-manifest"

const manifestHeader = "# files vestis wrote; the next build replaces them and keeps nothing else (README: Safety)\n"

// Prefixes of the folders vestis makes inside an output folder that is a
// mount point, for the new and the old contents.
const (
	newInside = ".vestis-new-"
	oldInside = ".vestis-old-"
)

// errNoExchange says that the file system cannot swap two folders in one step.
var errNoExchange = errors.New("exchange not supported")

// Output is where BuildInto writes, and what it may replace there.
type Output struct {
	// Dir is the output folder. A symbolic link is written through: its
	// target gets the new files.
	Dir string
	// Name is how messages name Dir, with forward slashes: as the user gave
	// it, relative to the site's folder. Dir when empty.
	Name string
	// Clean lets a build delete files in Dir that vestis did not write.
	Clean bool
	// Keep are names of files or folders at the top of Dir that a build
	// leaves as they are, besides .git and lost+found, which are always kept.
	Keep []string
	// Stop, when closed (Ctrl+C), stops the build before the next file it
	// would write, removes what it wrote and leaves Dir as it was; a build
	// already replacing Dir finishes. BuildInto then returns a StoppedError.
	Stop <-chan struct{}
}

// StoppedError is the error of a build stopped through Output.Stop.
type StoppedError struct{ Dir string }

func (e *StoppedError) Error() string {
	return "the build was stopped before it finished; " + e.Dir + "/ is as it was before"
}

// name is how messages name the output folder.
func (o Output) name() string {
	if o.Name != "" {
		return o.Name
	}
	return filepath.ToSlash(o.Dir)
}

// file names a path inside the output folder for a message.
func (o Output) file(rel string) string {
	return path.Join(o.name(), rel)
}

// kept reports whether the top-level name is kept as it is: .git, Keep, and
// lost+found, which the root of a file system (a volume mounted as the output)
// has and which only its owner may read.
func (o Output) kept(name string) bool {
	return name == ".git" || name == "lost+found" || slices.Contains(o.Keep, name)
}

// ownInside reports whether a top-level name inside the output folder is one
// of vestis's own working folders.
func ownInside(name string) bool {
	return strings.HasPrefix(name, newInside) || strings.HasPrefix(name, oldInside)
}

// prepare resolves the output folder, removes what killed builds left, and
// refuses a folder that holds files vestis did not write, unless Clean.
// It returns the folder to write, with its symbolic links resolved.
func (o Output) prepare() (string, error) {
	dir, err := resolvePath(o.Dir)
	if err != nil {
		return "", diag.Wrap(o.name(), 0, err, "cannot be used as the output folder: "+err.Error())
	}
	// A swap of contents that was killed midway leaves the old and the new
	// entries mixed: what either manifest lists is vestis's.
	also := o.removeLeftovers(dir)
	info, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return dir, nil
	}
	if err != nil {
		return "", diag.Wrap(o.name(), 0, err, "cannot be used as the output folder: "+err.Error())
	}
	if !info.IsDir() {
		return "", diag.Errorf(o.name(), 0, "is a file, not a folder; vestis would delete it; choose a folder, such as public")
	}
	if o.Clean {
		if err := o.checkEarlierBuild(dir, also); err != nil {
			return "", err
		}
		return dir, o.checkReplaceable(dir)
	}
	return dir, o.checkOwned(dir, also)
}

// checkReplaceable refuses, before any work, an output folder whose old
// files this process could not delete once the new tree is in place: a folder
// in it owned by another user (a build once run with sudo) or a read-only file
// system. Otherwise the build would succeed, swap, and leave the old tree
// beside the output with a system error.
func (o Output) checkReplaceable(dir string) error {
	var problem error
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		if rel != "." && !strings.Contains(rel, string(filepath.Separator)) && (o.kept(rel) || ownInside(rel)) {
			return fs.SkipDir
		}
		problem = o.folderProblem(p, filepath.ToSlash(rel))
		if problem != nil {
			return fs.SkipAll
		}
		return nil
	})
	return problem
}

// folderProblem is the error that the folder p of the old output (rel inside
// it) may not be changed by this process, or nil.
func (o Output) folderProblem(p, rel string) error {
	err := changeable(p)
	if err == nil {
		return nil
	}
	name := o.file(rel)
	if rel == "." {
		name = o.name()
	}
	if readOnlyFS(err) {
		return diag.Wrap(name, 0, err, "is on a read-only file system, so vestis cannot replace the previous output; choose a folder on a writable disk with --destination")
	}
	return diag.Wrap(name, 0, err, fmt.Sprintf("this folder of the previous output belongs to another user (as after a build run with sudo) and may not be changed by the user who runs vestis, so the build could not replace it; "+
		"give %s/ back to this user (sudo chown -R USER %s) or delete it, then build again", o.name(), o.name()))
}

// checkEarlierBuild refuses --clean on a folder that is neither an output of
// vestis (it has a manifest) nor an earlier build of a site (an index.html at
// its top, as every site has, vestis's, Hugo's or Jekyll's), unless it holds
// nothing but what a build keeps: --clean deletes everything in it, and a
// destination mistyped (~/Documents, /etc) is someone's files.
func (o Output) checkEarlierBuild(dir string, also map[string]bool) error {
	if wrote, err := readManifest(dir); err != nil || wrote != nil || also != nil {
		return nil // an output of vestis; a manifest it cannot read is refused later
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	mine, site := true, false
	for _, e := range entries {
		switch name := e.Name(); {
		case name == "index.html" || name == "index.htm":
			site = true
		case !o.kept(name) && !ownInside(name):
			mine = false
		}
	}
	if site {
		return o.checkNoSources(dir)
	}
	if mine {
		return nil
	}
	return diag.Errorf(o.name(), 0, "has no %s and no index.html at its top, so it is not an earlier build of a site, and --clean would delete everything in it; "+
		"empty it yourself if nothing in it is needed, or choose another folder, such as public", ManifestName)
}

// sourceFolders are top-level folders of a site's sources (vestis's, Hugo's,
// Jekyll's, a Node project's) that no build of a site publishes.
var sourceFolders = map[string]bool{"content": true, "layouts": true, "archetypes": true, "themes": true, "i18n": true, "node_modules": true, "_posts": true, "_layouts": true}

// sourceFiles are names of the configuration of a site or project that no
// build of a site publishes.
var sourceFiles = map[string]bool{"site.yaml": true, "hugo.toml": true, "hugo.yaml": true, "hugo.json": true, "config.toml": true, "config.yaml": true,
	"_config.yml": true, "package.json": true, "go.mod": true}

// checkNoSources refuses --clean on a folder with an index.html but no
// manifest that holds what a build never writes: Markdown, a site's or a
// project's configuration, or a site's source folders. Such a folder is a
// hand-made site or a site's sources (an index.html at the top of a
// project), not an earlier build, and --clean would delete it all.
func (o Output) checkNoSources(dir string) error {
	found := ""
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == dir {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		top := !strings.Contains(rel, "/")
		if top && (o.kept(rel) || ownInside(rel)) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		ext := strings.ToLower(path.Ext(d.Name()))
		switch {
		case d.IsDir() && top && sourceFolders[d.Name()],
			!d.IsDir() && (ext == ".md" || ext == ".markdown" || top && sourceFiles[d.Name()]):
			found = rel
			return fs.SkipAll
		}
		return nil
	})
	if found == "" {
		return nil
	}
	return diag.Errorf(o.file(found), 0, "is part of a site's sources, which no build writes: %s/ has no %s and is not an earlier build, and --clean would delete everything in it; "+
		"empty it yourself if nothing in it is needed, or choose another folder, such as public", o.name(), ManifestName)
}

// readManifest returns the paths the manifest in dir lists; nil when there is
// no manifest.
func readManifest(dir string) (map[string]bool, error) {
	data, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	wrote := map[string]bool{}
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSuffix(line, "\n")
		if line != "" && !strings.HasPrefix(line, "#") {
			wrote[line] = true
		}
	}
	return wrote, nil
}

// manifest is the text of the manifest of paths.
func manifest(paths []string) []byte {
	var b strings.Builder
	b.WriteString(manifestHeader)
	for _, p := range paths {
		b.WriteString(p)
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// checkOwned refuses an output folder that holds a file (or link) that its
// manifest does not list, or any file when it has no manifest: a build
// replaces the whole folder, and that file may be the user's. It names the
// first such file in path order.
func (o Output) checkOwned(dir string, also map[string]bool) error {
	wrote, err := readManifest(dir)
	if err != nil {
		return diag.Wrap(o.file(ManifestName), 0, err, "cannot read it: "+err.Error())
	}
	if also != nil {
		if wrote == nil {
			wrote = map[string]bool{}
		}
		maps.Copy(wrote, also)
	}
	foreign := ""
	var stuck error
	if stuck = o.folderProblem(dir, "."); stuck != nil {
		return stuck
	}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if rel == "." {
			return nil
		}
		if !strings.Contains(rel, "/") && (o.kept(rel) || rel == ManifestName || d.IsDir() && ownInside(rel)) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if stuck = o.folderProblem(p, rel); stuck != nil {
				return fs.SkipAll
			}
			return nil
		}
		if wrote[rel] {
			return nil
		}
		foreign = rel
		return fs.SkipAll
	})
	if err != nil {
		var pe *fs.PathError
		name := o.name()
		if errors.As(err, &pe) {
			if rel, rerr := filepath.Rel(dir, pe.Path); rerr == nil {
				name = o.file(filepath.ToSlash(rel))
			}
		}
		return diag.Wrap(name, 0, err, "cannot read it to see whether vestis wrote it: "+err.Error())
	}
	if stuck != nil {
		return stuck
	}
	if foreign == "" {
		return nil
	}
	top, _, _ := strings.Cut(foreign, "/")
	if wrote == nil {
		return diag.Errorf(o.file(foreign), 0, "%s/ has no %s listing the files vestis wrote, so this file may be yours, and a build replaces everything in %s/; move your files out of it, keep this one with --keep %s, or, if the rest is only an earlier build, run vestis build --clean once",
			o.name(), ManifestName, o.name(), top)
	}
	return diag.Errorf(o.file(foreign), 0, "vestis did not write this file, and a build replaces everything in %s/; move it out, keep it with --keep %s, or run vestis build --clean to delete it",
		o.name(), top)
}

// leftover reports whether name, in the folder that holds the output folder
// base, is a build folder of vestis (".public.new-123"), and whether it is the
// old tree of a swap (".public.new-123.old").
func leftover(name, base string) (ok, old bool) {
	rest, found := strings.CutPrefix(name, "."+base+".new-")
	if !found {
		return false, false
	}
	rest, old = strings.CutSuffix(rest, ".old")
	if rest == "" || strings.Trim(rest, "0123456789") != "" {
		return false, false
	}
	return true, old
}

// removeLeftovers removes the folders that killed builds left beside the
// output folder dir and inside it, except those a running build holds (see
// claim). It first puts back what belongs to the user: the old tree, when a
// build was killed between the two renames of a swap and dir is missing, and
// kept files (.git, Keep) that were waiting in an old tree to be moved back.
// A folder that still holds such a file is left alone. It returns what the
// manifests of the leftovers inside dir list: after a swap of contents killed
// midway, dir holds some of their files.
func (o Output) removeLeftovers(dir string) (listed map[string]bool) {
	parent, base := filepath.Dir(dir), filepath.Base(dir)
	var found []string
	if entries, err := os.ReadDir(parent); err == nil {
		for _, e := range entries {
			if ok, _ := leftover(e.Name(), base); ok && e.IsDir() {
				found = append(found, filepath.Join(parent, e.Name()))
			}
		}
	}
	if entries, err := os.ReadDir(dir); err == nil {
		for _, e := range entries {
			if ownInside(e.Name()) && e.IsDir() {
				found = append(found, filepath.Join(dir, e.Name()))
			}
		}
	}
	// An old tree first: it is the output as it was.
	slices.SortFunc(found, func(a, b string) int {
		return cmpBool(strings.HasSuffix(b, ".old"), strings.HasSuffix(a, ".old"))
	})
	for _, f := range found {
		release, ok := claim(f)
		if !ok {
			continue
		}
		if _, old := leftover(filepath.Base(f), base); old {
			if _, err := os.Lstat(dir); errors.Is(err, fs.ErrNotExist) && os.Rename(f, dir) == nil {
				release()
				continue
			}
		}
		if filepath.Dir(f) == dir {
			if m, err := readManifest(f); err == nil && m != nil {
				if listed == nil {
					listed = map[string]bool{}
				}
				maps.Copy(listed, m)
			}
		}
		if o.moveKept(f, dir) {
			removeTree(f)
		}
		release()
	}
	return listed
}

// cmpBool orders false before true, for slices.SortFunc.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// moveKept moves the kept files at the top of from into to, where to lacks
// them; it reports whether from holds none any more.
func (o Output) moveKept(from, to string) bool {
	entries, err := os.ReadDir(from)
	if err != nil {
		return false
	}
	clear := true
	for _, e := range entries {
		if !o.kept(e.Name()) {
			continue
		}
		dst := filepath.Join(to, e.Name())
		if _, err := os.Lstat(dst); err == nil || os.Rename(filepath.Join(from, e.Name()), dst) != nil {
			clear = false
		}
	}
	return clear
}

// removeTree removes dir and everything in it, making its folders writable
// first when it has to: an old output whose folders were made read-only is
// still vestis's to remove.
func removeTree(dir string) error {
	if os.RemoveAll(dir) == nil {
		return nil
	}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			if info, err := d.Info(); err == nil {
				os.Chmod(p, info.Mode().Perm()|0o700)
			}
		}
		return nil
	})
	return os.RemoveAll(dir)
}

// newFolder makes the empty folder a build writes into: beside dir, so that it
// can be swapped in by renaming, or inside dir when dir is a mount point, which
// cannot be renamed and may be another file system than its parent, or when
// vestis may not write beside dir.
func (o Output) newFolder(dir string) (tmp string, inside bool, err error) {
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", false, o.cannotCreate(err)
	}
	info, err := os.Stat(dir)
	isDir := err == nil && info.IsDir()
	if isDir && mountPoint(dir, parent) {
		tmp, err = os.MkdirTemp(dir, newInside)
		inside = true
	} else {
		tmp, err = os.MkdirTemp(parent, "."+filepath.Base(dir)+".new-")
		if errors.Is(err, fs.ErrPermission) && isDir {
			// The output may be written but not the folder that holds it
			// (/var/www/site): swap its contents instead.
			tmp, err = os.MkdirTemp(dir, newInside)
			inside = true
			if errors.Is(err, fs.ErrPermission) {
				return "", false, diag.Wrap(o.name(), 0, err, fmt.Sprintf("vestis may not create folders in %s, beside %s/, nor in %s/ itself (permission denied), where it writes the new build before it replaces the old one; "+
					"make one of them writable for the user who runs vestis, or choose another output folder with --destination", filepath.ToSlash(parent), o.name(), o.name()))
			}
		}
	}
	if err != nil {
		return "", false, o.cannotCreate(err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return "", false, o.cannotCreate(err)
	}
	return tmp, inside, nil
}

// cannotCreate is the error that the folder a build writes into could not be
// made: in words when the system said why (rights, a read-only disk), naming
// the folder whose rights to change.
func (o Output) cannotCreate(err error) error {
	var pe *fs.PathError
	folder := ""
	if errors.As(err, &pe) {
		folder = filepath.ToSlash(filepath.Dir(pe.Path))
	}
	switch {
	case readOnlyFS(err):
		return diag.Wrap(o.name(), 0, err, "is on a read-only file system, so vestis cannot write the build; choose a folder on a writable disk with --destination")
	case errors.Is(err, fs.ErrPermission) && folder != "":
		return diag.Wrap(o.name(), 0, err, fmt.Sprintf("vestis may not create folders in %s (permission denied), where it writes the new build before it replaces %s/; "+
			"make that folder writable for the user who runs vestis, or choose another output folder with --destination", folder, o.name()))
	case errors.Is(err, fs.ErrNotExist) && folder != "":
		// /proc/x: a folder that cannot be made where files cannot be.
		return diag.Wrap(o.name(), 0, err, fmt.Sprintf("vestis cannot create folders in %s (the system says no such folder can be made there), where it writes the new build before it replaces %s/; choose another output folder with --destination", folder, o.name()))
	}
	return diag.Wrap(o.name(), 0, err, "cannot create the folder the build is written into: "+err.Error())
}

// checkKept refuses a build that writes a file or folder at the top of the
// output that is also kept there: one of them would be lost.
func (o Output) checkKept(tmp, dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil // no old output, nothing kept
	}
	for _, e := range entries {
		if !o.kept(e.Name()) {
			continue
		}
		if _, err := os.Lstat(filepath.Join(tmp, e.Name())); err == nil {
			return diag.Errorf(o.file(e.Name()), 0, "is kept (--keep), but the build also writes %s (from static/ or a page); keep one of them", e.Name())
		}
	}
	return nil
}

// swap puts the new tree tmp in place of dir and removes the old one. A kept
// file (.git, Keep) of the old dir is moved into the new one.
//
// When tmp is beside dir, the two folders are exchanged in one step where the
// system can (Linux), so that dir is always either the complete old or the
// complete new tree, even if vestis is killed; elsewhere dir is renamed aside
// first, and a build killed between the two renames leaves the old tree, which
// the next build puts back. Kept files are moved into the new tree right after
// the exchange; a build killed in that moment leaves them in the old tree,
// from which the next build moves them back before removing it.
//
// When tmp is inside dir (a mount point), dir itself cannot be replaced: its
// entries are moved into an old folder inside it, then the new ones in, each by
// one rename. A failure moves everything back; a build killed during those
// renames, which take milliseconds, can leave part of the old and part of the
// new top-level entries: the next build takes what the manifests of both list
// for vestis's (see removeLeftovers), and replaces them. A kept file is never
// moved.
func (o Output) swap(tmp, dir string, inside bool) error {
	if inside {
		return o.swapContents(tmp, dir)
	}
	if err := o.checkKept(tmp, dir); err != nil {
		removeTree(tmp)
		return err
	}
	if _, err := os.Lstat(dir); errors.Is(err, fs.ErrNotExist) {
		if err := os.Rename(tmp, dir); err != nil {
			removeTree(tmp)
			return fmt.Errorf("replace %s: %w", o.name(), err)
		}
		return nil
	}
	// Hold the old tree too, so that another build does not remove it as a
	// leftover while kept files wait in it.
	release, _ := claim(dir)
	defer release()
	old := tmp // after an exchange, tmp holds the old tree
	err := exchange(tmp, dir)
	if errors.Is(err, errNoExchange) {
		old, err = renameTwice(tmp, dir)
	}
	if err != nil {
		removeTree(tmp)
		return fmt.Errorf("replace %s: %w", o.name(), err)
	}
	if !o.moveKept(old, dir) {
		return diag.Errorf(o.name(), 0, "could not move the kept files (such as .git) into the new output; they are in %s", filepath.ToSlash(old))
	}
	if err := removeTree(old); err != nil {
		return notRemoved(old, err)
	}
	return nil
}

// notRemoved is the warning that the previous output, already replaced, could
// not be removed: the build succeeded, and the user may delete it.
func notRemoved(dir string, err error) *diag.Diagnostic {
	why := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) && errors.Is(err, fs.ErrPermission) {
		why = "vestis may not delete " + filepath.ToSlash(pe.Path) + " (permission denied)"
	}
	d := diag.Wrap(filepath.ToSlash(dir), 0, err, "the previous output could not be removed ("+why+"); the new one is in place; delete this folder")
	d.Severity = diag.Warning
	return d
}

// renameTwice swaps the folders tmp and dir by renaming dir aside, then tmp
// to dir, and returns where the old tree is. A failure puts dir back.
func renameTwice(tmp, dir string) (old string, err error) {
	old = tmp + ".old"
	if err := os.Rename(dir, old); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.Rename(old, dir)
		return "", err
	}
	return old, nil
}

// swapContents replaces the entries of dir, a mount point, by those of tmp,
// a folder inside it; see swap.
func (o Output) swapContents(tmp, dir string) error {
	fail := func(err error) error {
		removeTree(tmp)
		return fmt.Errorf("replace the contents of %s: %w", o.name(), err)
	}
	if err := o.checkKept(tmp, dir); err != nil {
		removeTree(tmp)
		return err
	}
	old, err := os.MkdirTemp(dir, oldInside)
	if err != nil {
		return fail(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		os.Remove(old)
		return fail(err)
	}
	var moved []string
	back := func() {
		for _, name := range moved {
			os.Rename(filepath.Join(old, name), filepath.Join(dir, name))
		}
		os.Remove(old)
	}
	for _, e := range entries {
		name := e.Name()
		if o.kept(name) || filepath.Join(dir, name) == tmp || filepath.Join(dir, name) == old {
			continue
		}
		if err := os.Rename(filepath.Join(dir, name), filepath.Join(old, name)); err != nil {
			back()
			return fail(err)
		}
		moved = append(moved, name)
	}
	news, err := os.ReadDir(tmp)
	if err != nil {
		back()
		return fail(err)
	}
	var in []string
	for _, e := range news {
		if err := os.Rename(filepath.Join(tmp, e.Name()), filepath.Join(dir, e.Name())); err != nil {
			for _, name := range in {
				os.Rename(filepath.Join(dir, name), filepath.Join(tmp, name))
			}
			back()
			return fail(err)
		}
		in = append(in, e.Name())
	}
	os.Remove(tmp)
	if err := removeTree(old); err != nil {
		return notRemoved(old, err)
	}
	return nil
}
