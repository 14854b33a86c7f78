package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"unicode"
	"unicode/utf8"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
	"github.com/vestis-ssg/vestis/internal/check"
	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/memlimit"
	"github.com/vestis-ssg/vestis/internal/render"
	"github.com/vestis-ssg/vestis/internal/serve"
	"github.com/vestis-ssg/vestis/internal/sitefs"
)

const usage = `vestis builds multilingual static sites from Markdown.

Usage:
  vestis serve [flags]    serve the site on http://127.0.0.1:1313/ and rebuild on every save
  vestis build [flags]    build the site into public/
  vestis new SECTION/NAME [flags]   create a page in every language
  vestis check [flags]    find broken links, missing and stale translations, missing alt text
  vestis import hugo [DIR]   write site.yaml from a Hugo site's configuration
  vestis version          print the version

Run "vestis build -h" or "vestis serve -h" for the flags.
`

// exit codes
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "build":
		return runBuild(args[1:], stdout, stderr)
	case "serve", "server":
		return runServe(args[1:], stdout, stderr)
	case "new":
		return runNew(args[1:], stdout, stderr)
	case "check":
		return runCheck(args[1:], stdout, stderr)
	case "import":
		return runImport(args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "vestis", version())
		return exitOK
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "vestis: unknown command %q\n\n%s", args[0], usage)
	return exitUsage
}

func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

// siteFlags are the flags build and serve share.
type siteFlags struct {
	source, baseURL         string
	cacheDir                *string // nil: the user's cache folder
	drafts, future, expired bool
	strict, quiet           bool
	minify                  *bool
	root                    *sitefs.Root // the site folder, opened by parse; close it
}

// newSiteFlags makes the flag set of a subcommand that works on a site, with the
// flags build, serve and check share.
func newSiteFlags(name string, stderr io.Writer) (*flag.FlagSet, *siteFlags) {
	fset := flag.NewFlagSet(name, flag.ContinueOnError)
	fset.SetOutput(stderr)
	f := &siteFlags{}
	f.register(fset)
	return fset, f
}

func (f *siteFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.source, "source", ".", "the site's folder (with site.yaml and content/)")
	fs.StringVar(&f.source, "s", ".", "short for --source (as in Hugo)")
	fs.StringVar(&f.baseURL, "baseURL", "", "absolute URL the site is published at (overrides site.yaml)")
	fs.BoolVar(&f.drafts, "drafts", false, "include pages with draft: true")
	fs.BoolVar(&f.future, "future", false, "include pages whose publishDate is in the future")
	fs.BoolVar(&f.expired, "expired", false, "include pages whose expiryDate has passed")
	fs.BoolVar(&f.strict, "strict", false, "treat warnings (such as missing translations of messages) as errors")
	fs.BoolVar(&f.quiet, "quiet", false, "print nothing but errors and warnings")
	fs.Func("cacheDir", "folder that keeps resized photos between builds (default: vestis/photos in the user's cache folder; \"\" keeps none)", func(s string) error {
		f.cacheDir = &s
		return nil
	})
	fs.Func("minify", "minify HTML, CSS, JS, SVG, XML and JSON (default: site.yaml minify, else true)", func(s string) error {
		v, err := strconv.ParseBool(s)
		f.minify = &v
		return err
	})
}

// parseFlags parses a subcommand's flags, which take no further arguments. When
// ok is false the command ends with code: 0 after -h, 2 for a usage error.
func parseFlags(fset *flag.FlagSet, args []string, stderr io.Writer) (code int, ok bool) {
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	if fset.NArg() > 0 {
		fmt.Fprintf(stderr, "%s: unexpected argument %q\n", fset.Name(), fset.Arg(0))
		return exitUsage, false
	}
	return 0, true
}

// parse parses the flags of a site command, then makes sure --source names a
// folder, so that a mistyped one is said in those words rather than as a
// missing site.yaml.
func (f *siteFlags) parse(fset *flag.FlagSet, args []string, stderr io.Writer) (code int, ok bool) {
	if code, ok := parseFlags(fset, args, stderr); !ok {
		return code, false
	}
	info, err := os.Stat(f.source)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		fmt.Fprintf(stderr, "%s: --source %s: no such folder\n", fset.Name(), shownPath(f.source))
		return exitError, false
	case err != nil:
		fmt.Fprintf(stderr, "%s: --source %s: %v\n", fset.Name(), shownPath(f.source), err)
		return exitError, false
	case !info.IsDir():
		fmt.Fprintf(stderr, "%s: --source %s is a file; name the site's folder, the one with site.yaml\n", fset.Name(), shownPath(f.source))
		return exitError, false
	}
	if f.root, err = sitefs.OpenRoot(f.source); err != nil {
		fmt.Fprintf(stderr, "%s: --source %s: %v\n", fset.Name(), shownPath(f.source), err)
		return exitError, false
	}
	return 0, true
}

// close releases the site folder parse opened.
func (f *siteFlags) close() {
	if f.root != nil {
		f.root.Close()
	}
}

func (f *siteFlags) options() build.Options {
	cache := ""
	if f.cacheDir != nil {
		cache = *f.cacheDir
	} else if dir, err := os.UserCacheDir(); err == nil {
		cache = filepath.Join(dir, "vestis", "photos") // outside the output, shared by builds
	}
	return build.Options{
		PhotoCache: cache,
		Site:       f.root, // links out of the site are refused, in every folder
		Theme:      vestis.Theme(),
		BaseURL:    f.baseURL,
		Drafts:     f.drafts, Future: f.future, Expired: f.expired,
		Minify: f.minify,
		Strict: f.strict,
		Getenv: os.Getenv,
	}
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fset, f := newSiteFlags("vestis build", stderr)
	dest := fset.String("destination", "public", "output folder, relative to --source unless absolute")
	fset.StringVar(dest, "d", "public", "short for --destination (as in Hugo)")
	profiles := addProfileFlags(fset, "build")
	metrics := fset.Bool("templateMetrics", false, "print how often each layout ran and how long it took")
	clean := fset.Bool("clean", false, "delete files in the destination that vestis did not write (it refuses to otherwise)")
	var keep []string
	fset.Func("keep", "a file or folder at the top of the destination to keep as it is, such as CNAME; repeat it or separate names with commas (.git is always kept)", func(s string) error {
		for name := range strings.SplitSeq(s, ",") {
			if name == "" || name == "." || name == ".." || strings.ContainsAny(name, `/\`) {
				return fmt.Errorf("%q is not a name at the top of the destination, such as CNAME or .well-known", name)
			}
			keep = append(keep, name)
		}
		return nil
	})
	if code, ok := f.parse(fset, args, stderr); !ok {
		return code
	}
	defer f.close()
	out := *dest
	if !filepath.IsAbs(out) {
		// Not filepath.Join, which would read "link/.." as the site's folder
		// and not as the folder above the link's target.
		out = f.source + string(filepath.Separator) + out
	}
	// The content folders site.yaml names are guarded too; a site.yaml that
	// does not load is reported by the build.
	var reads []string
	if cfg, err := config.Load(f.root, "site.yaml"); err == nil {
		reads = build.ConfigFolders(cfg)
	}
	if err := build.CheckDestination(f.source, out, "--destination "+shownPath(*dest), reads...); err != nil {
		fmt.Fprintln(stderr, "vestis:", err)
		return exitError
	}
	if f.cacheDir != nil {
		if err := build.CheckCacheDir(f.source, *f.cacheDir, "--cacheDir "+shownPath(*f.cacheDir), out, shownPath(*dest), reads...); err != nil {
			fmt.Fprintln(stderr, "vestis:", err)
			return exitError
		}
	}
	if err := profiles.check(f.source, out, shownPath(*dest), reads); err != nil {
		fmt.Fprintln(stderr, "vestis:", err)
		return exitError
	}
	// The build returns on Ctrl+C (catchStop), and the profiles are
	// written then.
	prof, err := profiles.start(false)
	if err != nil {
		printError(stderr, err)
		return exitError
	}
	defer prof.stop(stderr)
	o := f.options()
	if *metrics {
		o.TemplateMetrics = &render.Metrics{}
		defer o.TemplateMetrics.WriteTable(stdout)
	}
	memlimit.Set(f.source)
	collectLess()
	in := catchStop()
	defer in.release()
	res, err := build.BuildInto(o, build.Output{Dir: out, Name: filepath.ToSlash(filepath.Clean(*dest)), Clean: *clean, Keep: keep, Stop: in.stop})
	if stopped := new(build.StoppedError); errors.As(err, &stopped) {
		fmt.Fprintln(stderr, "vestis build:", err)
		return in.code()
	}
	if err != nil {
		printError(stderr, err)
		return exitError
	}
	for _, w := range res.Warnings.Grouped() {
		fmt.Fprintln(stderr, "warning:", w)
	}
	if !f.quiet {
		res.WriteSummary(stdout, "vestis build")
		fmt.Fprintf(stdout, "built %d files into %s in %d ms\n", len(res.Paths), filepath.Clean(out), res.Duration.Milliseconds())
	}
	return exitOK
}

// interrupt is the first Ctrl+C (SIGINT) or SIGTERM a build gets, which
// stops it (build.Output.Stop) so that it leaves the output as it was and
// nothing of its own beside it; a second one ends the process at once.
type interrupt struct {
	stop    chan struct{} // closed on the first signal
	sig     os.Signal     // the first signal, set before stop is closed
	sigs    chan os.Signal
	done    chan struct{}
	release func()
}

// catchStop catches the signals that stop a build until release.
func catchStop() *interrupt {
	in := &interrupt{stop: make(chan struct{}), sigs: make(chan os.Signal, 1), done: make(chan struct{})}
	signal.Notify(in.sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case in.sig = <-in.sigs:
			signal.Stop(in.sigs) // the next one ends the process
			close(in.stop)
		case <-in.done:
		}
	}()
	in.release = sync.OnceFunc(func() {
		signal.Stop(in.sigs)
		close(in.done)
	})
	return in
}

// code is the exit status of a build the signal stopped, as a shell reports
// a process the signal ended (130 for Ctrl+C).
func (in *interrupt) code() int {
	<-in.stop
	if n, ok := in.sig.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return exitError
}

// shownPath is a path as the user typed it, quoted when it would not read as
// one (empty, or with spaces).
func shownPath(p string) string {
	if p == "" || strings.ContainsAny(p, " \t\n\"'") || strings.IndexFunc(p, unicode.IsControl) >= 0 || !utf8.ValidString(p) {
		return strconv.Quote(p)
	}
	return p
}

// collectLess lets the heap of vestis build grow to five times what is live
// below the memory limit (GOGC=400, unless GOGC is set). A build keeps little
// once a page is written, so the collector's work is mostly marking what the
// next pages allocate: at 10,000 files GOGC=200 took 12 % less CPU than Go's
// default for a third more memory, and GOGC=400 takes 5 % less again (14.2 s
// of CPU against 15.0 s, peak 480-500 MB against 350-380 MB, where the
// limit stops it), at 1,000 files 6 % less (1.50 s against 1.61 s, 106-114 MB
// against 84-94 MB); alternating runs, 2026-12-02. The limit bounds large
// sites as before. The dev server, which keeps its model, and check keep
// Go's default.
func collectLess() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
}

// printError prints every problem in err, one a line, and how many there are
// when there are several. None is left out: a writer fixing a site's worth of
// mistakes needs to see them all, and layouts' errors are grouped already.
// The same problem found more than once (a page's, once per language that
// shows it) is printed once.
func printError(w io.Writer, err error) {
	list := diag.Flatten(err).Unique()
	for _, d := range list.Grouped() {
		fmt.Fprintln(w, d)
	}
	if len(list) > 1 {
		fmt.Fprintf(w, "vestis: %d errors\n", len(list))
	}
}

func runServe(args []string, stdout, stderr io.Writer) int {
	fset, f := newSiteFlags("vestis serve", stderr)
	port := fset.Int("port", 1313, "port to listen on (0 picks a free one)")
	bind := fset.String("bind", "127.0.0.1", "address to listen on; the default serves this computer only")
	profiles := addProfileFlags(fset, "server, written when it stops")
	if code, ok := f.parse(fset, args, stderr); !ok {
		return code
	}
	defer f.close()
	if *port < 0 || *port > 65535 {
		fmt.Fprintf(stderr, "vestis serve: --port %d: want a port from 0 to 65535\n", *port)
		return exitUsage
	}
	// The content folders site.yaml names are guarded too, as in build.
	var reads []string
	if cfg, err := config.Load(f.root, "site.yaml"); err == nil {
		reads = build.ConfigFolders(cfg)
	}
	if f.cacheDir != nil {
		if err := build.CheckCacheDir(f.source, *f.cacheDir, "--cacheDir "+shownPath(*f.cacheDir), "", "", reads...); err != nil {
			fmt.Fprintln(stderr, "vestis:", err)
			return exitError
		}
	}
	if err := profiles.check(f.source, "", "", reads); err != nil {
		fmt.Fprintln(stderr, "vestis:", err)
		return exitError
	}
	// The server returns on the first Ctrl+C, and the profiles are written
	// then; a second one ends it at once, without them.
	prof, err := profiles.start(false)
	if err != nil {
		printError(stderr, err)
		return exitError
	}
	defer prof.stop(stderr)
	o := f.options()
	memlimit.Set(f.source)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// After the first Ctrl+C, a second one ends the process at once, should the
	// first build or the shutdown take long.
	context.AfterFunc(ctx, stop)
	addr := net.JoinHostPort(*bind, strconv.Itoa(*port))
	err = serve.Serve(ctx, serve.Options{
		Root:  f.source,
		Addr:  addr,
		Build: o,
		Log:   stderr,
	})
	var dnsErr *net.DNSError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, syscall.EADDRINUSE):
		fmt.Fprintf(stderr, "vestis serve: %s is in use, perhaps by another vestis serve; stop it, or choose another port with --port\n", addr)
	case errors.Is(err, syscall.EADDRNOTAVAIL), errors.As(err, &dnsErr):
		fmt.Fprintf(stderr, "vestis serve: --bind %s: not a name or address of this computer (%v)\n", *bind, err)
	default:
		printError(stderr, err)
	}
	return exitError
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fset, f := newSiteFlags("vestis check", stderr)
	format := fset.String("format", "text", "output format: text or json")
	warnOnly := fset.Bool("warn-only", false, "report missing and stale translations without failing")
	worklist := fset.Bool("translations", false, "list, per language, the pages to translate or update, with what changed in their sources (exit status 0)")
	if code, ok := f.parse(fset, args, stderr); !ok {
		return code
	}
	defer f.close()
	if *format != "text" && *format != "json" {
		fmt.Fprintln(stderr, "vestis check: usage: vestis check [--format text|json] [--warn-only] [--translations] [flags]")
		return exitUsage
	}
	o := f.options()
	memlimit.Set(f.source)
	off := false
	o.Minify = &off
	o.PhotoCacheReadOnly = true // check writes nothing, not even resized photos
	o.LazyCards = true          // and reads no sharing card's pixels
	res, err := build.Build(o)
	if err != nil {
		printError(stderr, err)
		switch {
		case *format == "json" && *worklist:
			check.WorklistFailed(err).WriteJSON(stdout)
		case *format == "json":
			check.BuildFailed(err).WriteJSON(stdout)
		}
		return exitError
	}
	if *worklist {
		hist := check.GitHistory(f.source)
		var modTimes check.ModTimes
		if hist != nil {
			modTimes = hist.ModTimes()
		}
		w := check.NewWorklist(res.Site, modTimes)
		w.AddChanges(hist)
		if *format == "json" {
			err = w.WriteJSON(stdout)
		} else {
			err = w.WriteText(stdout)
		}
		if err != nil {
			printError(stderr, err)
			return exitError
		}
		return exitOK
	}
	report := check.Run(res, check.GitModTimes(f.source))
	if *format == "json" {
		err = report.WriteJSON(stdout)
	} else {
		err = report.WriteText(stdout)
	}
	if err != nil {
		printError(stderr, err)
		return exitError
	}
	if report.Failed(*warnOnly) {
		return exitError
	}
	return exitOK
}
