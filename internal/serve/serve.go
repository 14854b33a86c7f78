package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/vestis-ssg/vestis/internal/build"
	"github.com/vestis-ssg/vestis/internal/memlimit"
)

// Options configure Serve.
type Options struct {
	// Root is the site's folder on disk.
	Root string
	// Addr is host:port to listen on; port 0 picks a free port.
	Addr  string
	Build build.Options
	// Log receives the URL, build summaries and errors.
	Log io.Writer
	// Ready, when set, receives the base URL once the server listens.
	Ready func(url string)
}

// Quiet is how long the watcher waits after the last event of a burst.
const Quiet = 5 * time.Millisecond

// idle is how long after the last rebuild the server gives the memory its
// rebuilds no longer use back to the system: while the author reads the
// page, not while they type. The collector alone lets the heap grow to twice
// what is live before it runs, and keeps what it frees.
const idle = 2 * time.Second

// Serve builds the site, serves it and rebuilds after each save until ctx ends.
// It listens once the site is loaded (Builder.Start), answering with pages
// rendered one by one while the first build renders the whole site behind.
// A site that does not load ends Serve; a build error, the first build's
// included, is shown in the terminal and in the browser, and the last good
// site stays served, if there is one.
func Serve(ctx context.Context, o Options) error {
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", o.Addr, err)
	}
	defer ln.Close()
	url := "http://" + browsable(ln.Addr()) + "/"
	o.Build.ServeURL = url
	o.Build.GzipPages = true // a fifth of the memory; pages are unpacked when served
	o.Build.LazyCards = true // drawn when asked for: a title edit draws nothing
	builder := build.NewBuilder(o.Build)
	srv := New(builder, o.Root, o.Log)
	var public bool
	srv.hosts, public = hostsFor(ln.Addr())
	if err := srv.start(); err != nil {
		return errors.New("the site does not build; fix the errors above and start again")
	}
	if pv := srv.preview.Load(); pv != nil && pv.BaseURL() != "" {
		// A site published below a path is served below it, as built.
		srv.setBase(pv.BaseURL())
		url = pv.BaseURL()
	}
	w, err := NewWatcher(o.Root)
	if err != nil {
		return err
	}
	defer w.Close()
	srv.wasFolder = w.Folder

	// Cancelling base ends the event streams, so that Shutdown does not wait for them.
	base, endStreams := context.WithCancel(context.Background())
	defer endStreams()
	httpSrv := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second,
		BaseContext: func(net.Listener) context.Context { return base }}
	served := make(chan error, 1)
	go func() { served <- httpSrv.Serve(ln) }()
	if public {
		bind, _, _ := net.SplitHostPort(o.Addr)
		fmt.Fprintf(o.Log, "note: listening on %s, so the site and the /_vestis/ pages can be reached from other computers on the network; --bind 127.0.0.1 serves this computer only\n", bind)
	}
	fmt.Fprintf(o.Log, "Serving at %s (press Ctrl+C to stop)\n", url)
	if o.Ready != nil {
		o.Ready(url)
	}

	first := make(chan built, 1)
	go func() { first <- srv.buildFirst() }()

	done := make(chan struct{})
	changes := make(chan []string)
	watchErrs := make(chan error, 1)
	go w.Run(done, Quiet, changes, watchErrs)
	defer close(done)
	var saved []string // during the first build
	release := time.NewTimer(idle)
	release.Stop()
	defer release.Stop()
	for {
		select {
		case <-ctx.Done():
			endStreams()
			shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			httpSrv.Shutdown(shutdown)
			if first != nil {
				<-first // as before the server listened: a build is not left running
			}
			return nil
		case err := <-served:
			return err
		case err := <-watchErrs:
			fmt.Fprintf(o.Log, "watch: %v\n", err)
		case b := <-first:
			first = nil
			srv.finishFirst(b, saved)
			saved = nil
			w.Also(srv.readFolders())
			// The first build's garbage is large; give it back before serving for
			// hours, and let the heap grow from what is left (memlimit.Fit).
			debug.FreeOSMemory()
			memlimit.Fit()
		case batch := <-changes:
			if first != nil {
				saved = append(saved, batch...) // built after the first build, with it
				continue
			}
			srv.Rebuild(batch)
			w.Also(srv.readFolders())
			release.Reset(idle)
		case <-release.C:
			go func() { // saves go on being rebuilt meanwhile
				debug.FreeOSMemory()
				memlimit.Fit()
			}()
		}
	}
}

// browsable is the host:port of addr for a browser on this computer: a server
// listening on every address (0.0.0.0 or ::) is reached at 127.0.0.1, as
// browsers refuse or mishandle the unspecified address.
func browsable(addr net.Addr) string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok || !tcp.IP.IsUnspecified() {
		return addr.String()
	}
	return net.JoinHostPort("127.0.0.1", strconv.Itoa(tcp.Port))
}
