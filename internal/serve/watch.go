package serve

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/vestis-ssg/vestis/internal/build"
	"github.com/vestis-ssg/vestis/internal/config"
)

// watched are the parts of a site that a save in triggers a rebuild, with
// the languages' own content folders and the Hugo themes' folders
// (isWatchedDir); assets/ holds photos that pages name as Hugo finds them
// there, and files shortcodes read (resources.Get), and data/ what they
// read as .Site.Data.
var watched = []string{"content", "layouts", "i18n", "static", "assets", "data"}

// themeDirs are the folders of a Hugo theme (themes/NAME/) that are watched:
// its static/ and assets/ are read as the site's (hugoThemes) and its
// partials run in shortcodes. The rest of a theme (its node_modules/, its
// example site) is not: it could hold more folders than the system lets a
// process watch. Its i18n/ and config/ are not read (the site's i18n/ and
// site.yaml are what they were), but a save there is said to be so
// (build.Result.NotRun), as is one of its hugo.toml (inTheme).
var themeDirs = []string{"static", "assets", "layouts", "data", "i18n", hugoConfigDir}

// isWatchedDir reports whether a top folder of the site is watched: one of
// watched, a language's own content folder (content.en/), whose name begins
// with content as site.yaml's contentDir must, or themes/ (in part).
func isWatchedDir(name string) bool {
	return slices.Contains(watched, name) || strings.HasPrefix(name, "content") || name == "themes" || name == hugoConfigDir
}

// hugoConfigDir is Hugo's configuration folder, watched as hugo.toml is:
// vestis does not read them, but a save of one is said to be so
// (build.Result.NotRun), where nothing would read as a missed save.
const hugoConfigDir = "config"

// watchedDirs are the site's watched folders: top folders, and those of its
// Hugo themes (themeDirs).
func watchedDirs(root string) []string {
	dirs := slices.Clone(watched)
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if e.IsDir() && e.Name() != "themes" && isWatchedDir(e.Name()) && !slices.Contains(dirs, e.Name()) {
			dirs = append(dirs, e.Name())
		}
	}
	for _, t := range themeNames(root) {
		for _, d := range themeDirs {
			dirs = append(dirs, path.Join("themes", t, d))
		}
	}
	return dirs
}

// themeNames are the names of the folders of themes/.
func themeNames(root string) []string {
	var names []string
	themes, _ := os.ReadDir(filepath.Join(root, "themes"))
	for _, t := range themes {
		if t.IsDir() && !strings.HasPrefix(t.Name(), ".") {
			names = append(names, t.Name())
		}
	}
	return names
}

// themeShells are the folders watched alone, without the folders below
// them: themes/ and each theme's folder, so that a theme, or a folder of
// one (themeDirs), made while serving is seen and watched too.
func themeShells(root string) []string {
	shells := []string{"themes"}
	for _, t := range themeNames(root) {
		shells = append(shells, path.Join("themes", t))
	}
	return shells
}

// inTheme says where the site-relative path rel is in themes/: a theme's
// folder or themes/ itself (shell), or in one of its watched folders
// (themeDirs, watched); neither for the rest of a theme (its
// node_modules/, its example site), which no build reads.
func inTheme(rel string) (shell, watched bool) {
	parts := strings.SplitN(rel, "/", 4)
	if parts[0] != "themes" {
		return false, false
	}
	if len(parts) <= 2 {
		return true, false
	}
	return false, slices.Contains(themeDirs, parts[2]) || len(parts) == 3 && config.HugoFile(parts[2])
}

// Watcher reports the site-relative paths of saved files, recursively under
// the watched folders (content/ and the languages' own content folders,
// layouts/, i18n/, static/, assets/, themes/), and site.yaml.
type Watcher struct {
	root string
	fs   *fsnotify.Watcher
	// also are folders outside the watched ones that shortcodes read (Also),
	// site-relative; each is watched without the folders below it.
	mu   sync.Mutex
	also map[string]bool
	// added are the folders Also began to watch, reported as changed by Run:
	// a file there may have been saved after the build read it.
	added chan string
	// folders are the site-relative folders ever watched (under mu): a
	// path removed is known as a folder by them (Folder).
	folders map[string]bool
}

// Folder reports whether the site-relative path rel was a folder the
// watcher watched: once removed, nothing else can tell (a folder removed
// empty is no save: Server.onlyFolders).
func (w *Watcher) Folder(rel string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.folders[rel]
}

// watching records the folder dir as watched (Folder).
func (w *Watcher) watching(dir string) {
	rel, err := filepath.Rel(w.root, dir)
	if err != nil {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.folders == nil {
		w.folders = map[string]bool{}
	}
	w.folders[filepath.ToSlash(rel)] = true
}

// Also watches the folders of the site that the pages' shortcodes read files
// of (code/, a readDir's folder), each without the folders below it, when
// they are not below the watched ones already: a save there rebuilds the
// pages that show it. A folder newly watched is reported as changed once, for
// a save made between the build's read and the watch.
func (w *Watcher) Also(dirs []string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, dir := range dirs {
		top, _, _ := strings.Cut(dir, "/")
		if dir == "." || isWatchedDir(top) || w.also[dir] {
			continue
		}
		if err := w.fs.Add(filepath.Join(w.root, filepath.FromSlash(dir))); err != nil {
			continue // not there (yet): the shortcode's error says so
		}
		if w.also == nil {
			w.also = map[string]bool{}
		}
		w.also[dir] = true
		select {
		case w.added <- dir:
		default: // Run is behind: the folder is reported with the next batch's saves, if any
		}
	}
}

// watchedAlso reports whether dir is one of the folders Also watches.
func (w *Watcher) watchedAlso(dir string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.also[dir]
}

// ErrWatchLimit is wrapped when the system's limit of watched folders is reached.
var ErrWatchLimit = errors.New("the inotify watch limit is reached")

// NewWatcher watches the site in root.
func NewWatcher(root string) (*Watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, watchError(err)
	}
	w := &Watcher{root: root, fs: fw, added: make(chan string, 64)}
	if err := w.add(root, false); err != nil {
		fw.Close()
		return nil, err
	}
	for _, dir := range watchedDirs(root) {
		if err := w.add(filepath.Join(root, dir), true); err != nil && !errors.Is(err, fs.ErrNotExist) {
			fw.Close()
			return nil, err
		}
	}
	for _, dir := range themeShells(root) {
		if err := w.add(filepath.Join(root, dir), false); err != nil && !errors.Is(err, fs.ErrNotExist) {
			fw.Close()
			return nil, err
		}
	}
	return w, nil
}

func watchError(err error) error {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("%w (fs.inotify.max_user_watches); raise it with: sudo sysctl fs.inotify.max_user_watches=524288 (and add the line fs.inotify.max_user_watches=524288 to /etc/sysctl.conf to keep it)", ErrWatchLimit)
	case errors.Is(err, syscall.EMFILE):
		return fmt.Errorf("%w (fs.inotify.max_user_instances); raise it with: sudo sysctl fs.inotify.max_user_instances=1024", ErrWatchLimit)
	}
	return err
}

// add watches dir, and with recursive every folder below it.
func (w *Watcher) add(dir string, recursive bool) error {
	if !recursive {
		if err := w.fs.Add(dir); err != nil {
			return watchError(err)
		}
		w.watching(dir)
		return nil
	}
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") && !(filepath.Base(filepath.Dir(p)) == "static" && build.PublishedHidden(d.Name())) {
			return filepath.SkipDir
		}
		if err := w.fs.Add(p); err != nil {
			return fmt.Errorf("watch %s: %w", p, watchError(err))
		}
		w.watching(p)
		return nil
	})
}

// rescan drops the watches of folders that are gone and adds a watch to
// every folder of the watched trees. A renamed folder keeps its watch in the
// kernel, still reported under its old path, and adding the new path gets that
// same watch back: only dropping it first makes saves below the folder come
// under their new names.
func (w *Watcher) rescan() {
	for _, p := range w.fs.WatchList() {
		if info, err := os.Stat(p); err != nil || !info.IsDir() {
			_ = w.fs.Remove(p)
		}
	}
	for _, dir := range watchedDirs(w.root) {
		_ = w.add(filepath.Join(w.root, dir), true)
	}
	for _, dir := range themeShells(w.root) {
		_ = w.add(filepath.Join(w.root, dir), false)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for dir := range w.also {
		_ = w.fs.Add(filepath.Join(w.root, filepath.FromSlash(dir)))
	}
}

// watched reports whether path is a folder the watcher watched: only the
// rename or removal of one needs the trees watched again. It asks the
// watcher's own record (Folder), not fsnotify's list of watches: fsnotify
// drops a moved folder's watch when the folder's own event comes, which it
// may read before the parent's event of the move is handled here; the
// rescan was then skipped, the folders below kept their watches under the
// old names, and a folder moved to the trash and back under another name
// reported its saves under the name it had before (the page stayed stale).
func (w *Watcher) watched(path string) bool {
	rel, err := filepath.Rel(w.root, path)
	return err == nil && w.Folder(filepath.ToSlash(rel))
}

// relevant turns an event into site-relative paths, none when it does not
// concern the site. A new folder is watched, and its files are reported.
func (w *Watcher) relevant(ev fsnotify.Event) []string {
	rel, err := filepath.Rel(w.root, ev.Name)
	if err != nil || strings.HasPrefix(rel, "..") {
		return nil
	}
	rel = filepath.ToSlash(rel)
	top, _, nested := strings.Cut(rel, "/")
	shell, inThemeDir := inTheme(rel)
	switch {
	case w.watchedAlso(path.Dir(rel)):
	case !nested && rel != "site.yaml" && !config.HugoFile(rel) && !isWatchedDir(top):
		return nil
	case nested && !isWatchedDir(top):
		return nil
	case nested && top == "themes" && !shell && !inThemeDir:
		return nil // a theme's node_modules/, its example site
	}
	if build.Unread(rel) {
		return nil
	}
	if ev.Has(fsnotify.Create) {
		if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
			return append(w.watchNew(rel), rel)
		}
	}
	return []string{rel}
}

// watchNew watches the new folder rel and returns the files in it that
// the watch covers: the whole tree, but of themes/ or a new theme only the
// theme's folders (themeDirs), below a watch of the theme's folder alone.
func (w *Watcher) watchNew(rel string) []string {
	var trees []string
	switch shell, _ := inTheme(rel); {
	case rel == "themes":
		_ = w.add(filepath.Join(w.root, rel), false)
		for _, t := range themeNames(w.root) {
			trees = append(trees, w.watchTheme(path.Join(rel, t))...)
		}
	case shell:
		trees = w.watchTheme(rel)
	default:
		trees = []string{rel}
	}
	var out []string
	for _, tree := range trees {
		dir := filepath.Join(w.root, filepath.FromSlash(tree))
		_ = w.add(dir, true)
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if r, err := filepath.Rel(w.root, p); err == nil {
					out = append(out, filepath.ToSlash(r))
				}
			}
			return nil
		})
	}
	return out
}

// watchTheme watches the theme folder rel alone and returns its watched
// folders (themeDirs) that are there.
func (w *Watcher) watchTheme(rel string) []string {
	_ = w.add(filepath.Join(w.root, filepath.FromSlash(rel)), false)
	var trees []string
	for _, d := range themeDirs {
		if info, err := os.Stat(filepath.Join(w.root, filepath.FromSlash(rel), d)); err == nil && info.IsDir() {
			trees = append(trees, path.Join(rel, d))
		}
	}
	return trees
}

// Run sends batches of changed paths to changes until done is closed. Events
// closer together than quiet are one batch; a batch naming a file that is
// gone waits a little longer for it (Grace).
func (w *Watcher) Run(done <-chan struct{}, quiet time.Duration, changes chan<- []string, errs chan<- error) {
	events := make(chan string)
	go func() {
		defer close(events)
		for {
			select {
			case <-done:
				return
			case ev, ok := <-w.fs.Events:
				if !ok {
					return
				}
				if (ev.Has(fsnotify.Rename) || ev.Has(fsnotify.Remove)) && w.watched(ev.Name) {
					// A moved folder loses its watch, or keeps one under its old
					// name: watch the trees again. Only for a folder: a
					// rescan walks every watched tree, and one per file of a
					// git checkout stalled the reading of events long
					// enough to split its burst into several rebuilds.
					w.rescan()
				}
				for _, p := range w.relevant(ev) {
					events <- p
				}
			case dir := <-w.added:
				events <- dir
			case err, ok := <-w.fs.Errors:
				if !ok {
					return
				}
				errs <- watchError(err)
			}
		}
	}()
	gone := func(p string) bool { return missing(w.root, p) }
	writing := func(p string) bool { return saving(filepath.Join(w.root, filepath.FromSlash(p))) }
	Debounce(events, quiet, MaxQuiet, Grace, gone, writing, changes)
}

// saving reports whether a program is still saving the file name: it
// holds it open for writing (beingWritten), or renamed it to its backup
// and has not written the new one yet (beingReplaced). The watcher holds a
// batch of saves while one is, and so does the server before it reads the
// saves again (Server.waitWritten).
func saving(name string) bool { return beingWritten(name) || beingReplaced(name) }

// missing reports whether the site-relative path p is no file or folder
// under root.
func missing(root, p string) bool {
	_, err := os.Lstat(filepath.Join(root, filepath.FromSlash(p)))
	return errors.Is(err, fs.ErrNotExist)
}

// MaxQuiet is the longest quiet a burst of saves waits for (Debounce): a
// git checkout or stash pop of many files, or a folder copied in, writes
// them one after another with pauses between that a loaded computer makes
// longer than Quiet, and each pause ended a batch: 2 to 10 rebuilds in a
// row, each reloading the open tab, for what is one change.
const MaxQuiet = 100 * time.Millisecond

// Grace is how long a batch of saves that names a file no longer there
// waits for it to come back. Vim and Emacs save by renaming the file away
// (a.md to a.md~) and writing a new one, IntelliJ by renaming its temporary
// file over it; when the two steps fall into two batches, the build between
// them has the page gone, and the open tab reloads to the 404 page, or
// another language's version, before it reloads again. A file that stays
// gone (a page deleted, a folder renamed) is built without after Grace.
const Grace = 50 * time.Millisecond

// MaxWriting is the longest a batch of saves waits for a file that a program
// still holds open for writing (Debounce): a save written in two parts with
// a pause between (a slow disk, a save over the network, a shell writing
// with two commands) is built once it is whole, and a file written without
// end (a log) is built as it is after this long.
const MaxWriting = 2 * time.Second

// Close stops watching.
func (w *Watcher) Close() error { return w.fs.Close() }

// Debounce collects paths from in until none came for a quiet time, then
// sends them, each once and in order of arrival, as one batch. The quiet
// time grows with the burst, the different paths that came with no pause of
// maxQuiet between them: quiet after its first path, quiet times the square
// of their number after that (20 ms for two, 45 for three), up to maxQuiet. So a save
// of one file is sent after quiet, and a burst of many (a git checkout)
// waits out the pauses between its files and is one batch, as Hugo's and
// watchexec's watchers wait out bursts; only a pause after its first file
// longer than quiet can split it, in two. When the batch names a path that gone reports,
// it waits grace once more for the path to come back (or for other saves),
// and sends the batch then. While a path of the batch is still open for
// writing (writing: the save is being written, in parts, or its file is
// gone beside a backup just made, beingReplaced), the batch waits,
// quiet at a time, up to MaxWriting. It returns when in is closed.
func Debounce(in <-chan string, quiet, maxQuiet, grace time.Duration, gone, writing func(string) bool, out chan<- []string) {
	var batch []string
	seen := map[string]bool{}
	waited := false            // the batch waited its grace
	var writeWait time.Time    // when the batch began to wait for a file being written
	burst := map[string]bool{} // the paths since the last pause of maxQuiet
	var last time.Time
	timer := time.NewTimer(quiet)
	timer.Stop()
	for {
		select {
		case p, ok := <-in:
			if !ok {
				if len(batch) > 0 {
					out <- batch
				}
				return
			}
			if time.Since(last) >= maxQuiet {
				clear(burst)
			}
			last = time.Now()
			if !seen[p] {
				seen[p] = true
				batch = append(batch, p)
			}
			// Saves of one file, however often (an editor saving as one
			// types), are not a burst: each is sent after quiet.
			burst[p] = true
			n := time.Duration(len(burst))
			timer.Reset(max(quiet, min(maxQuiet, quiet*n*n)))
		case <-timer.C:
			if len(batch) > 0 && !waited && slices.ContainsFunc(batch, gone) {
				waited = true
				timer.Reset(grace)
				continue
			}
			if len(batch) > 0 && (writeWait.IsZero() || time.Since(writeWait) < MaxWriting) && slices.ContainsFunc(batch, writing) {
				if writeWait.IsZero() {
					writeWait = time.Now()
				}
				timer.Reset(quiet)
				continue
			}
			if len(batch) > 0 {
				out <- batch
				batch, seen, waited, writeWait = nil, map[string]bool{}, false, time.Time{}
			}
		}
	}
}
