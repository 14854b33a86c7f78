// Package serve is the development server: it builds the site into memory,
// serves it on a loopback address, watches the site's files, rebuilds after each
// save and tells open browser tabs over Server-Sent Events what changed.
package serve

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"maps"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/klauspost/compress/gzip"

	"github.com/vestis-ssg/vestis/internal/build"
	"github.com/vestis-ssg/vestis/internal/diag"
)

//go:embed live.js
var liveJS []byte

// Paths of the server's own endpoints; they never collide with built files,
// which cannot start with an underscore folder named _vestis.
const (
	eventsPath = "/_vestis/events"
	livePath   = "/_vestis/live.js"
)

// liveTag is the live-reload script's tag in a page served from
// generation gen (served.gen).
func liveTag(gen uint64) []byte {
	return []byte(`<script src="` + livePath + `" data-gen="` + strconv.FormatUint(gen, 10) + `" defer></script>`)
}

// Server serves the last good build and pushes build events to browsers.
type Server struct {
	builder *build.Builder
	log     io.Writer
	root    string // the site's folder, for git history
	hosts   hostPolicy
	bodies  *bodies
	// wait lets a save that failed to build settle (settle); tests replace it.
	wait func()

	served  atomic.Pointer[served]
	failure atomic.Pointer[string] // the current build error, nil when the last build succeeded
	// base is the path the site is served below, its baseURL's ("/",
	// "/handbook/"), as a build publishes it (build.Options.ServeURL).
	base atomic.Pointer[string]
	// preview answers for pages until the first build ends (start).
	preview atomic.Pointer[build.Preview]
	// firstDone is closed when the first build ended, well or not (firstOnce).
	firstDone chan struct{}
	firstOnce sync.Once

	mu       sync.Mutex
	clients  map[chan event]struct{}
	lastErr  string
	warnings map[string]bool // of the last good build
	// lineless counts the last good build's warnings by file and words,
	// without line and column (linelessKey).
	lineless map[string]int
	// warnedAt are the files of the last good build's warnings by movedKey,
	// wentAt those of the build before that are gone (keepGone).
	warnedAt, wentAt map[string][]string
	// hidden are the content files of the last good build that have no
	// page (Result.Hidden), nil before one: a save that hides pages it did
	// not touch (a cascade's draft: true) says why of them too.
	hidden map[string]bool
	// read are the stamps of the files the last rebuild was for, as they
	// were when it read them: events that come after a build for files it
	// read as they are now (git checkout removes a file and writes it
	// again, and the last events of it come once the build is done) are
	// that save's, not another.
	read map[string]stamp
	// folders are the saved paths that were folders when last stamped, so
	// that one removed is still known as a folder (onlyFolders).
	folders map[string]bool
	// wasFolder reports whether a path was a folder before the server
	// stamped it (one there at the start): the watcher's Folder, or nil.
	wasFolder func(string) bool
	// summaryDue says the site's summary (pages per language, those left
	// out) is still to be printed: the first build failed.
	summaryDue bool
}

// served is what the server serves: the files of the last good build, and
// the generation browser tabs know it by, one more at every build they are
// told of. A page carries its generation (liveTag), and a tab that connects
// to the events after a build it was not told of (it was loading the page
// the last build replaced) is told to reload: a save is never lost between
// a page's request and its tab's connection.
type served struct {
	files *build.Files
	gen   uint64
	// notes are what the build said of the save's pages it does not show
	// (Result.WhyNotBuilt): a tab told to reload because it missed the
	// build shows them, as the tabs told of it do.
	notes []string
	// text is what tabs show, in each language of the site (tabText).
	text *tabText
}

// gen is the generation of what is served: 0 before the first build is
// served and while the first build's files are those the tabs got from the
// preview.
func (s *Server) gen() uint64 {
	if sv := s.served.Load(); sv != nil {
		return sv.gen
	}
	return 0
}

type event struct {
	name string
	data []byte
}

// New returns a server for builder of the site in root; log receives build
// summaries and errors.
func New(builder *build.Builder, root string, log io.Writer) *Server {
	return &Server{builder: builder, root: root, log: log, hosts: loopbackHosts(), bodies: newBodies(), clients: map[chan event]struct{}{},
		wait: func() { time.Sleep(settle) }, firstDone: make(chan struct{})}
}

// start loads the site and assembles it (Builder.Start), so that pages are
// answered, each rendered alone, until the first build (the next Rebuild)
// has rendered them all. A load error is printed, as a build's is.
func (s *Server) start() error {
	pv, err := s.builder.Start()
	if err != nil {
		fmt.Fprintf(s.log, "%s\n", err)
		return err
	}
	s.preview.Store(pv)
	return nil
}

// settle is how long a save that fails to build is given to finish.
const settle = 50 * time.Millisecond

// merge is the difference of two rebuilds, a then b: what b wrote or
// removed is as b says, the rest as a says.
func merge(a, b build.Diff) build.Diff {
	keep := func(list, wrote, removed []string) []string {
		return slices.DeleteFunc(slices.Clone(list), func(p string) bool {
			return slices.Contains(wrote, p) || slices.Contains(removed, p)
		})
	}
	changed := slices.Concat(b.Changed, keep(a.Changed, nil, b.Removed))
	removed := slices.Concat(b.Removed, keep(a.Removed, b.Changed, nil))
	slices.Sort(changed)
	slices.Sort(removed)
	return build.Diff{Changed: slices.Compact(changed), Removed: slices.Compact(removed)}
}

// unshown reports whether err is not the failure the browsers show already:
// a save's new mistake, wherever the build finds it (in the saved file, or
// in a page whose shortcode or a layout whose partial it is).
func (s *Server) unshown(err error) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return err.Error() != s.lastErr
}

// newWarning reports whether warnings has one the last good build did not
// have (fresh).
func (s *Server) newWarning(warnings diag.List) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.fresh(warnings)) > 0
}

// fresh are the warnings of warnings that the last good build did not
// have, under a file's name that it had or that moved: a warning of a file
// whose folder was renamed, the same message at the same line of a file of
// the same name where a file it warned of is gone, is no new mistake; nor
// is one at another line of the same file, in the same words, which lines
// written or removed above it moved, as long as the file has no more of
// them than before (a second mistake of the same words is new). The
// caller holds s.mu.
func (s *Server) fresh(warnings diag.List) diag.List {
	// spare are the last build's warnings by linelessKey not found again
	// as they were: those a line above them moved.
	spare := map[string]int{}
	maps.Copy(spare, s.lineless)
	for _, w := range warnings {
		if s.warnings[w.Error()] {
			spare[linelessKey(w)]--
		}
	}
	var out diag.List
	for _, w := range warnings {
		switch k := linelessKey(w); {
		case s.warnings[w.Error()] || s.moved(w):
		case spare[k] > 0:
			spare[k]--
		default:
			out = append(out, w)
		}
	}
	return out
}

// linelessKey is a warning without its line and column.
func linelessKey(w *diag.Diagnostic) string {
	return fmt.Sprintf("%s:%d:%s", w.File, w.Severity, w.Msg)
}

// moved reports whether the last good build had the warning w of a file of
// its name, now gone: the file was moved with its folder.
func (s *Server) moved(w *diag.Diagnostic) bool {
	if w.File == "" {
		return false
	}
	k := movedKey(w)
	for _, was := range slices.Concat(s.warnedAt[k], s.wentAt[k]) {
		if was != w.File && missing(s.root, was) {
			return true
		}
	}
	return false
}

// maxGoneWarned bounds the warned files gone that keepGone keeps.
const maxGoneWarned = 256

// keepGone keeps in wentAt the files of before, the last good build's
// warnedAt, that are gone, up to maxGoneWarned in order of key, for one
// build: a folder moved in two builds (to the trash and back, a move
// between disks that copies, then deletes) has its warnings known at the
// second, when the build between had none of its files. Only for one: a
// bundle's index.lv.md is one of many of that name.
func (s *Server) keepGone(before map[string][]string) {
	s.wentAt = map[string][]string{}
	kept := 0
	for _, k := range slices.Sorted(maps.Keys(before)) {
		for _, f := range before[k] {
			if kept == maxGoneWarned {
				return
			}
			if missing(s.root, f) {
				s.wentAt[k] = append(s.wentAt[k], f)
				kept++
			}
		}
	}
}

// movedKey is a warning without its file's folder.
func movedKey(w *diag.Diagnostic) string {
	return fmt.Sprintf("%s:%d:%d:%d:%s", path.Base(w.File), w.Line, w.Col, w.Severity, w.Msg)
}

// readFolders are the folders the last good build's shortcodes read files
// of (Site.ReadFolders), for the watcher.
func (s *Server) readFolders() []string {
	var dirs []string
	s.builder.ReadLast(func(r *build.Result) {
		if r != nil && r.Site != nil {
			dirs = r.Site.ReadFolders()
		}
	})
	return dirs
}

// Rebuild rebuilds after changes and tells browsers. It returns the build error.
func (s *Server) Rebuild(changes []string) error {
	start := time.Now()
	saved := s.stamps(changes)
	// A folder made or removed empty is no save (onlyFolders): it says
	// nothing unless it changes what is published, as late events do.
	folders := s.onlyFolders(changes, saved)
	echo := len(changes) > 0
	for i, p := range changes {
		if was, ok := s.read[p]; !ok || was != saved[i] {
			echo = false
		}
	}
	echo = echo || folders
	read := saved // the stamps of the files as the last build below read them
	res, diff, err := s.builder.Rebuild(changes)
	switch {
	case len(changes) == 0:
	case err != nil && s.unshown(err):
		// An editor that empties a file and then writes it can be caught in
		// between, and what the half-written file breaks may be reported at
		// another file (a layout calling a partial cut before its define, a
		// page using a half-written shortcode): read the saved files again
		// once they had time to settle before showing a mistake that may not
		// be there. A failure already shown (a broken link elsewhere that
		// the save did not fix) is shown again at once. So is one whose
		// saved files are as they were before the build read them: built
		// again, it would fail the same way, after as long again (a page
		// whose shortcode loops without end took twice site.yaml's timeout
		// to be shown, a large site's mistake two full builds).
		//
		// Files that the build found saved, deleted or renamed while it read
		// them (the later saves of one burst: sed -i on several pages, "save
		// all", git checkout) are no mistake either: they are built again as
		// saved once the burst settled.
		s.wait()
		s.waitEmptied(changes)
		s.waitWritten(changes)
		if during := build.SavedDuring(err); len(during) > 0 {
			changes = append(slices.Clone(changes), during...)
			read = s.stamps(changes)
			res, diff, err = s.builder.Rebuild(during)
		} else if now := s.stamps(changes); !slices.Equal(saved, now) {
			read = now
			res, diff, err = s.builder.Rebuild(nil)
		}
	case err == nil && s.newWarning(res.Warnings):
		// The same for a new warning (an empty file is a page without a
		// title): the files are read again as saved once more, their outputs
		// kept in the difference browsers are told of.
		s.wait()
		s.waitEmptied(changes)
		s.waitWritten(changes)
		var again build.Diff
		read = s.stamps(changes)
		res, again, err = s.builder.Rebuild(changes)
		diff = merge(diff, again)
	}
	res, diff, read, err = s.settled(changes, read, res, diff, err)
	s.read = make(map[string]stamp, len(changes))
	for i, p := range changes {
		s.read[p] = read[i]
	}
	return s.report(changes, start, res, diff, err, echo)
}

// maxAgain bounds the builds settled makes for one save: a file written
// without end (a log) is built as it was at the last.
const maxAgain = 2

// settled builds changes again while their files are not as they were
// stamped, read, before the last build: a file saved while the build read it
// (an editor that empties it, then writes, with the build between the two)
// may have been read as either, and its late events, naming it as it is
// now, would build it again with a line of their own ("no file changed").
// The builds' differences are merged into one, the save's one line.
func (s *Server) settled(changes []string, read []stamp, res *build.Result, diff build.Diff, err error) (*build.Result, build.Diff, []stamp, error) {
	for range maxAgain {
		s.waitWritten(changes)
		now := s.stamps(changes)
		if len(changes) == 0 || slices.Equal(read, now) {
			break
		}
		read = now
		var again build.Diff
		failed := err != nil
		res, again, err = s.builder.Rebuild(changes)
		if failed {
			diff = again
		} else {
			diff = merge(diff, again)
		}
	}
	return res, diff, read, err
}

// emptiedWaits bounds the settles waitEmptied waits for a file left empty:
// one emptied on purpose is reported half a second after the save.
const emptiedWaits = 10

// waitEmptied waits, a settle at a time, while one of the saved files
// changes is empty: an editor that empties a file and writes it after a
// pause longer than a settle (a slow disk, a large file, a save over the
// network, a shell's "sed ... > site.yaml", which empties the file again
// before sed writes) was caught in between, and the overlay flashed "at
// least one language is needed" for site.yaml, or "the file has no front
// matter".
func (s *Server) waitEmptied(changes []string) {
	for range emptiedWaits {
		if !slices.ContainsFunc(s.stamps(changes), emptied) {
			return
		}
		s.wait()
	}
}

// waitWritten waits, a settle at a time up to MaxWriting, while a program
// still holds one of the saved files changes open for writing
// (beingWritten): the watcher waited for it before the build, but a file
// can be opened after the build began (Vim writes its new file after
// renaming the old one away, and a build may catch it gone), and reading it
// again now would read half a save and show its mistake.
func (s *Server) waitWritten(changes []string) {
	writing := func(p string) bool { return saving(filepath.Join(s.root, filepath.FromSlash(p))) }
	for range int(MaxWriting / settle) {
		if !slices.ContainsFunc(changes, writing) {
			return
		}
		s.wait()
	}
}

// emptied reports whether a stamp is of an empty file.
func emptied(st stamp) bool { return st.size == 0 && !st.missing && !st.dir }

// stamp is what a saved file's size and time of change say of its text:
// a file being written has another (an editor empties it, then writes).
type stamp struct {
	size, modTime int64 // modTime in nanoseconds since 1970
	missing, dir  bool
}

// onlyFolders reports whether changes, stamped saved, are all folders: made
// (a file manager's new folder, mkdir -p), or removed after a save named
// them as folders or the watcher watched them (wasFolder). The watcher names a folder made with the files in it, so
// a folder moved in with its pages is no such change. It records the
// folders for a later removal.
func (s *Server) onlyFolders(changes []string, saved []stamp) bool {
	if s.folders == nil {
		s.folders = map[string]bool{}
	}
	only := len(changes) > 0
	for i, p := range changes {
		switch {
		case saved[i].dir:
			s.folders[p] = true
		case saved[i].missing && (s.folders[p] || s.wasFolder != nil && s.wasFolder(p)):
		default:
			only = false
		}
	}
	return only
}

// stamps are the stamps of the saved files changes, in their order.
func (s *Server) stamps(changes []string) []stamp {
	out := make([]stamp, len(changes))
	for i, p := range changes {
		info, err := os.Lstat(filepath.Join(s.root, filepath.FromSlash(p)))
		if err != nil {
			out[i].missing = true
			continue
		}
		out[i] = stamp{size: info.Size(), modTime: info.ModTime().UnixNano(), dir: info.IsDir()}
	}
	return out
}

// built is the outcome of a build that is not reported yet.
type built struct {
	start time.Time
	res   *build.Result
	diff  build.Diff
	err   error
}

// buildFirst runs the first build, after start, and reports nothing: what
// is reported depends on the saves made while it ran (finishFirst).
func (s *Server) buildFirst() built {
	start := time.Now()
	res, diff, err := s.builder.Rebuild(nil)
	return built{start, res, diff, err}
}

// finishFirst reports the first build b, then builds the files saved while
// it ran. When b failed and files were saved, it reports only the build with
// them: the build may have read a file as it was being written, or a file
// that the save then fixed. A file b found changed while it read it is
// among them, whether or not the watcher named it yet (it waits for a file
// still being written).
func (s *Server) finishFirst(b built, saved []string) error {
	saved = append(saved, build.SavedDuring(b.err)...)
	slices.Sort(saved)
	saved = slices.Compact(saved)
	if b.err != nil && len(saved) > 0 {
		return s.Rebuild(saved)
	}
	err := s.report(nil, b.start, b.res, b.diff, b.err, false)
	if len(saved) > 0 {
		return s.Rebuild(saved)
	}
	return err
}

// report tells the terminal and browsers how the build after changes went,
// and serves its files when it succeeded. The first build reported ends the
// preview's answers (start); the first that succeeds prints the site's
// summary. echo says that changes are the late events of the last save,
// built already: a build that changes nothing then says nothing, the save
// having had its line.
func (s *Server) report(changes []string, start time.Time, res *build.Result, diff build.Diff, err error, echo bool) error {
	first := s.preview.Load() != nil
	defer s.firstOnce.Do(func() {
		s.preview.Store(nil) // the build's files, or its error, are what is served now
		close(s.firstDone)
	})
	if err != nil {
		s.summaryDue = s.summaryDue || first
		msg := err.Error()
		// The overlay and the page served while nothing builds say what
		// the terminal says: one mistake made in many places said once.
		shown := groupedText(err)
		s.failure.Store(&shown)
		s.mu.Lock()
		repeated := msg == s.lastErr
		s.lastErr = msg
		s.mu.Unlock()
		switch {
		case !repeated:
			fmt.Fprintf(s.log, "%s\n", shown)
		case len(changes) > 0 && !echo:
			// The save was seen: say so, as the saves that build do,
			// rather than nothing, which reads as a save the server missed.
			what := "the mistake above is"
			if n := len(diag.Flatten(err).Unique()); n > 1 {
				what = fmt.Sprintf("the %d mistakes above are", n)
			}
			fmt.Fprintf(s.log, "rebuilt in %d ms: %s still there\n", time.Since(start).Milliseconds(), what)
		}
		s.broadcast(event{"failure", s.failureData(shown)})
		return err
	}
	files := res.Files
	if res.Config != nil {
		s.setBase(res.Config.BaseURL)
	}
	// Tabs are told of this build (below) unless it is the first, made
	// without saves: they show what the preview rendered, which the build
	// made again.
	told := !first || len(changes) > 0
	gen := s.gen()
	if told {
		gen++
	}
	hid := s.hid(changes, res.Hidden())
	notes := res.WhyNotBuilt(hid, "vestis serve")
	text := newTabText(res, hid, "vestis serve")
	s.served.Store(&served{files: files, gen: gen, notes: notes, text: text})
	s.bodies.forget(files)
	hadFailure := s.failure.Swap(nil) != nil
	s.mu.Lock()
	s.lastErr = ""
	s.mu.Unlock()
	said := hadFailure // whether the terminal says something of this save
	if hadFailure {
		fmt.Fprintln(s.log, "fixed: the site builds again")
	}
	if s.logNewWarnings(res.Warnings) {
		said = true
	}
	if first || s.summaryDue {
		// The site's summary once, at the first build that succeeds: at
		// start, or after a start that failed, at the save that fixed it.
		s.summaryDue = false
		res.WriteSummary(s.log, "vestis serve")
	}
	for _, line := range notes {
		fmt.Fprintln(s.log, line)
		said = true
	}
	if len(changes) > 0 && diff.Empty() {
		for _, line := range res.NotRun(changes) {
			fmt.Fprintln(s.log, line)
			said = true
		}
	}
	switch {
	case len(changes) > 0 && !diff.Empty():
		noun := "files"
		if len(diff.Changed) == 1 {
			noun = "file"
		}
		fmt.Fprintf(s.log, "rebuilt in %d ms: %d %s changed, %d removed\n", time.Since(start).Milliseconds(), len(diff.Changed), noun, len(diff.Removed))
	case len(changes) > 0 && !said && !echo:
		// A save that changes nothing published (a comment in a layout,
		// a file saved unchanged) is seen too: a line says so, where
		// nothing reads as a save the server missed.
		fmt.Fprintf(s.log, "rebuilt in %d ms: no file changed\n", time.Since(start).Milliseconds())
	}
	if !told {
		return nil
	}
	gone := s.gone(changes)
	data, _ := json.Marshal(map[string]any{"changed": orEmpty(diff.Changed), "removed": orEmpty(diff.Removed), "notes": orEmpty(notes),
		"gone": orEmpty(gone), "text": text.withGone(res, gone)})
	s.broadcast(event{"built", data})
	return nil
}

// groupedText is err as the terminal shows it, as vestis build prints it:
// one line a problem, those of one mistake made in many places said once
// (diag.Grouped).
func groupedText(err error) string {
	var lines []string
	for _, d := range diag.Flatten(err).Unique().Grouped() {
		lines = append(lines, d.Error())
	}
	return strings.Join(lines, "\n")
}

// hid returns the content files a save of changes hid: those saved, but
// for those moved with their folder (movedHidden), and those shown by the
// last good build and hidden by this one (pages below a list page whose
// cascade the save made draft: true, or render: never). It keeps hidden
// for the next save.
func (s *Server) hid(changes []string, hidden map[string]bool) []string {
	s.mu.Lock()
	before := s.hidden
	s.hidden = hidden
	s.mu.Unlock()
	if before == nil || len(changes) == 0 {
		return changes
	}
	files := slices.DeleteFunc(slices.Clone(changes), func(f string) bool { return hidden[f] && s.movedHidden(f, before) })
	saved := len(files)
	for f := range hidden {
		if !before[f] && !slices.Contains(changes, f) {
			files = append(files, f)
		}
	}
	slices.Sort(files[saved:])
	return files
}

// movedHidden reports whether the content file f, hidden, was hidden by the
// last good build too under another folder (before), a file of its name
// that is gone: a folder renamed with a draft in it is no draft made, and
// its note was said at the old name.
func (s *Server) movedHidden(f string, before map[string]bool) bool {
	for g := range before {
		if g != f && path.Base(g) == path.Base(f) && missing(s.root, g) {
			return true
		}
	}
	return false
}

// gone are the saved files of changes that are not there: deleted, or
// renamed away by an editor that writes the new file after a while (Vim,
// Emacs; longer than Grace on a slow disk). A tab whose page went with
// them waits a little for the file to come back before it shows the 404
// page (live.js).
func (s *Server) gone(changes []string) []string {
	var out []string
	for _, p := range changes {
		if missing(s.root, p) {
			out = append(out, p)
		}
	}
	return out
}

// logNewWarnings prints the warnings the last build did not have, so that a
// misspelt field shows once, when it is saved, not after every save, nor
// when its file moves with its folder (fresh). It reports whether it
// printed any.
func (s *Server) logNewWarnings(warnings diag.List) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	fresh := s.fresh(warnings)
	before := s.warnedAt
	s.warnings = map[string]bool{}
	s.lineless = map[string]int{}
	s.warnedAt = map[string][]string{}
	for _, w := range warnings {
		s.warnings[w.Error()] = true
		s.lineless[linelessKey(w)]++
		if w.File != "" {
			k := movedKey(w)
			s.warnedAt[k] = append(s.warnedAt[k], w.File)
		}
	}
	s.keepGone(before)
	// One mistake made on many pages is one message, as vestis build says it.
	for _, w := range fresh.Grouped() {
		fmt.Fprintf(s.log, "warning: %s\n", w)
	}
	return len(fresh) > 0
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func (s *Server) broadcast(e event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for c := range s.clients {
		select {
		case c <- e:
		default: // a slow client misses an event rather than stall rebuilds
		}
	}
}

// ServeHTTP serves the built site, the live-reload script and the event stream,
// to requests for an allowed Host only (see hostPolicy).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.hosts.allows(r.Host) {
		http.Error(w, fmt.Sprintf("vestis serve answers only for localhost and this computer's addresses, not for host %q", r.Host), http.StatusForbidden)
		return
	}
	switch r.URL.Path {
	case eventsPath:
		s.events(w, r)
		return
	case dashboardPath:
		s.dashboard(w, r)
		return
	case livePath:
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		http.ServeContent(w, r, livePath, time.Time{}, bytes.NewReader(liveJS))
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if base := s.basePath(); base != "/" {
		rest, ok := strings.CutPrefix(r.URL.Path, base)
		switch {
		case !ok && (r.URL.Path == "/" || r.URL.Path+"/" == base):
			http.Redirect(w, r, base, http.StatusFound)
			return
		case !ok:
			http.Error(w, fmt.Sprintf("%s is outside the site, which is served below %s (the path of its baseURL)", r.URL.Path, base), http.StatusNotFound)
			return
		}
		r = r.Clone(r.Context())
		r.URL.Path = "/" + rest
	}
	sv := s.served.Load()
	if sv == nil && s.fromPreview(w, r) {
		return
	}
	if sv == nil {
		sv = s.firstBuild(r)
	}
	if sv == nil {
		s.notBuilt(w, r)
		return
	}
	files := sv.files
	has := func(name string) bool { _, ok := files.Get(name); return ok }
	name, redirect := resolve(has, r.URL.Path)
	if redirect != "" {
		http.Redirect(w, r, s.under(redirect), http.StatusMovedPermanently)
		return
	}
	status := http.StatusOK
	body, ok := files.Get(name)
	if !ok {
		status = http.StatusNotFound
		name = notFoundPage(has, r.URL.Path)
		body, _ = files.Get(name)
	}
	s.send(w, r, status, name, body, sv.gen)
}

// basePath is the path the site is served below: "/" unless its baseURL
// has a path.
func (s *Server) basePath() string {
	if b := s.base.Load(); b != nil {
		return *b
	}
	return "/"
}

// setBase serves the site below the path of baseURL.
func (s *Server) setBase(baseURL string) {
	p := "/"
	if u, err := url.Parse(baseURL); err == nil && strings.Trim(u.Path, "/") != "" {
		p = "/" + strings.Trim(u.Path, "/") + "/"
	}
	s.base.Store(&p)
}

// under is the address of the site's path p (from its root) as served,
// below the base path.
func (s *Server) under(p string) string {
	return s.basePath() + strings.TrimPrefix(p, "/")
}

// send sends body, the output name, with its content type; a page carries
// gen, the generation of the files it is from.
func (s *Server) send(w http.ResponseWriter, r *http.Request, status int, name string, body []byte, gen uint64) {
	body, err := s.builder.Cards().Body(body) // a sharing card is drawn when asked for
	if err != nil {
		http.Error(w, name+": "+err.Error(), http.StatusInternalServerError)
		return
	}
	ctype := contentTypes[path.Ext(name)]
	if ctype == "" {
		ctype = mime.TypeByExtension(path.Ext(name))
	}
	if ctype == "" {
		ctype = http.DetectContentType(body)
	}
	s.bodies.send(w, r, status, name, ctype, body, gen)
}

// fromPreview answers r from the preview of the site, before the first build
// has rendered it: a page is rendered alone, a copied file read. It reports
// false for what only the build makes (feeds, photos, redirects), for a path
// that nothing has, and for an output that fails to render, which the build
// will report: the request then waits for the build.
func (s *Server) fromPreview(w http.ResponseWriter, r *http.Request) bool {
	pv := s.preview.Load()
	if pv == nil {
		return false
	}
	name, redirect := resolve(pv.Has, r.URL.Path)
	if redirect != "" {
		http.Redirect(w, r, s.under(redirect), http.StatusMovedPermanently)
		return true
	}
	body, ok, err := pv.Output(name)
	if !ok || err != nil {
		return false
	}
	s.send(w, r, http.StatusOK, name, body, 0)
	return true
}

// firstBuild waits for the first build to end and returns its files, nil
// when it failed or the request was given up.
func (s *Server) firstBuild(r *http.Request) *served {
	select {
	case <-s.firstDone:
		return s.served.Load()
	case <-r.Context().Done():
		return nil
	}
}

// notBuilt answers while no build has succeeded: with the error, and the
// live-reload script, which shows it in the overlay and reloads the page
// once a save makes the site build.
func (s *Server) notBuilt(w http.ResponseWriter, r *http.Request) {
	msg := "the site has not been built yet"
	if f := s.failure.Load(); f != nil {
		msg = "the site does not build:\n\n" + *f
	}
	page := "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>vestis: the site does not build</title></head><body><pre>" +
		html.EscapeString(msg) + "</pre>" + string(liveTag(s.gen())) + "</body></html>\n"
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusServiceUnavailable)
	io.WriteString(w, page)
}

// contentTypes are the types of outputs that machines' MIME tables may lack.
var contentTypes = map[string]string{
	".ics":  "text/calendar; charset=utf-8",
	".xml":  "application/xml; charset=utf-8",
	".json": "application/json; charset=utf-8",
	".svg":  "image/svg+xml",
}

// resolve maps a URL path to an output (has tells which exist): pretty URLs to index.html, and
// a folder without its slash to a redirect. Anything outside the site is not found.
func resolve(has func(name string) bool, urlPath string) (name, redirect string) {
	clean := path.Clean("/" + urlPath)
	name = strings.TrimPrefix(clean, "/")
	if strings.HasSuffix(urlPath, "/") || name == "" {
		return strings.TrimPrefix(name+"/index.html", "/"), ""
	}
	if has(name) {
		return name, ""
	}
	if has(name + "/index.html") {
		return name, clean + "/"
	}
	return name, ""
}

// notFoundPage is the 404 page of the language the path is in, else /404.html.
func notFoundPage(has func(string) bool, urlPath string) string {
	lang, _, _ := strings.Cut(strings.TrimPrefix(path.Clean("/"+urlPath), "/"), "/")
	if lang != "" && has(lang+"/404.html") {
		return lang + "/404.html"
	}
	return "404.html"
}

// gunzipPage returns a page that the builder keeps compressed (build.Options
// GzipPages) as HTML, and any other page as it is. It reads with the gzip
// package the builder writes with (klauspost/compress, whose inflate is also
// faster than the standard library's): one implementation for both ways.
func gunzipPage(body []byte) ([]byte, error) {
	if !bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
		return body, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// injectLive adds the live-reload script of generation gen before </body>,
// or at the end.
func injectLive(body []byte, gen uint64) []byte {
	tag := liveTag(gen)
	i := bytes.LastIndex(body, []byte("</body>"))
	if i < 0 {
		return append(bytes.Clone(body), tag...)
	}
	out := make([]byte, 0, len(body)+len(tag))
	out = append(out, body[:i]...)
	out = append(out, tag...)
	return append(out, body[i:]...)
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	c := make(chan event, 16)
	s.mu.Lock()
	s.clients[c] = struct{}{}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.clients, c)
		s.mu.Unlock()
	}()
	fmt.Fprint(w, "retry: 500\n\n")
	if msg := s.failure.Load(); msg != nil {
		writeEvent(w, event{"failure", s.failureData(*msg)})
	}
	// A tab whose page is of an earlier generation missed a build while it
	// loaded (its client is registered above, so no later one is missed).
	// It reloads with the build's notes: a tab reloading for the build
	// before (a translation's link came back) lost the note of a page made
	// a draft just after.
	if gen := r.URL.Query().Get("gen"); gen != "" && gen != strconv.FormatUint(s.gen(), 10) {
		var notes []string
		var text *tabText
		if sv := s.served.Load(); sv != nil {
			notes, text = sv.notes, sv.text
		}
		data, _ := json.Marshal(map[string]any{"notes": orEmpty(notes), "text": text})
		writeEvent(w, event{"stale", data})
	}
	flusher.Flush()
	keepAlive := time.NewTicker(15 * time.Second)
	defer keepAlive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case e := <-c:
			writeEvent(w, e)
			flusher.Flush()
		case <-keepAlive.C:
			fmt.Fprint(w, ": keep-alive\n\n")
			flusher.Flush()
		}
	}
}

// failureData is the failure event of the build error shown, with the
// words of the overlay in the languages of the last good build's site.
func (s *Server) failureData(shown string) []byte {
	var text *tabText
	if sv := s.served.Load(); sv != nil {
		text = sv.text
	}
	data, _ := json.Marshal(map[string]any{"error": shown, "text": text})
	return data
}

func writeEvent(w io.Writer, e event) {
	fmt.Fprintf(w, "event: %s\ndata: %s\n\n", e.name, e.data)
}
