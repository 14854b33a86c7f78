package main

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"vestis": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the CLI contract tests in testdata/script/*.txtar.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Values[serverKey{}] = &server{}
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"serve":      cmdServe,
			"stopserver": cmdStopServer,
			"httpget":    cmdHTTPGet,
			"snapshot":   snapshot,
			"stopbuild":  cmdStopBuild,
			"pages":      cmdPages,
		},
	})
}

type serverKey struct{}

// server is the `vestis serve` process a script started, and what it printed.
type server struct {
	cmd    *exec.Cmd
	exited chan struct{} // closed when cmd has exited and its output is read
	err    error         // cmd.Wait's, once exited is closed

	mu       sync.Mutex
	out      strings.Builder // stdout and stderr, in the order written
	ready    chan string     // receives the URL of "Serving at URL"
	readySet bool
}

// patience bounds waits for the server that would otherwise hang a broken
// test until go test's own timeout; nothing is asserted about time.
const patience = 2 * time.Minute

var servingAt = regexp.MustCompile(`(?m)^Serving at (http://\S+)`)

// cmdServe runs `vestis serve ARGS` in the background and waits until it says
// where it serves, setting $URL (without the final slash) and $PORT. What the
// server printed so far becomes the command's stderr. With !, the server must
// exit (with any status) instead of serving.
func cmdServe(ts *testscript.TestScript, neg bool, args []string) {
	s := ts.Value(serverKey{}).(*server)
	if s.cmd != nil {
		ts.Fatalf("serve: a server is running; stopserver first")
	}
	bin, err := exec.LookPath("vestis")
	ts.Check(err)
	cmd := exec.Command(bin, append([]string{"serve"}, args...)...)
	cmd.Dir = ts.MkAbs(".")
	cmd.Env = append(os.Environ(), "HOME="+ts.Getenv("HOME"), "TMPDIR="+ts.Getenv("TMPDIR"), "PATH="+ts.Getenv("PATH"))
	pr, pw := io.Pipe()
	cmd.Stdout, cmd.Stderr = pw, pw
	ts.Check(cmd.Start())
	*s = server{cmd: cmd, exited: make(chan struct{}), ready: make(chan string, 1)}
	read := make(chan struct{})
	go func() {
		defer close(read)
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			s.mu.Lock()
			s.out.WriteString(sc.Text() + "\n")
			if m := servingAt.FindStringSubmatch(sc.Text()); m != nil && !s.readySet {
				s.readySet = true
				s.ready <- m[1]
			}
			s.mu.Unlock()
		}
		io.Copy(io.Discard, pr)
	}()
	go func() {
		s.err = cmd.Wait()
		pw.Close()
		<-read
		close(s.exited)
	}()
	exited := s.exited
	ts.Defer(func() {
		cmd.Process.Kill()
		<-exited
	})
	select {
	case u := <-s.ready:
		if neg {
			ts.Fatalf("serve: the server serves at %s; want it to exit", u)
		}
		parsed, err := url.Parse(u)
		ts.Check(err)
		ts.Setenv("URL", strings.TrimSuffix(u, "/"))
		ts.Setenv("PORT", parsed.Port())
		fmt.Fprint(ts.Stderr(), s.output())
	case <-s.exited:
		fmt.Fprint(ts.Stderr(), s.output())
		s.cmd = nil
		if !neg {
			ts.Fatalf("serve: the server exited (%v) before serving", s.err)
		}
	case <-time.After(patience):
		ts.Fatalf("serve: the server did not start in %v", patience)
	}
}

func (s *server) output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.String()
}

// cmdStopServer sends the server SIGINT (or the signal named: INT, TERM) and
// waits for it to exit; all it printed becomes the command's stderr. The server
// must exit with status 0, or with another status under !.
func cmdStopServer(ts *testscript.TestScript, neg bool, args []string) {
	s := ts.Value(serverKey{}).(*server)
	if s.cmd == nil {
		ts.Fatalf("stopserver: no server is running")
	}
	sig := os.Signal(os.Interrupt)
	switch {
	case len(args) == 0 || slices.Equal(args, []string{"INT"}):
	case slices.Equal(args, []string{"TERM"}):
		sig = syscall.SIGTERM
	default:
		ts.Fatalf("usage: stopserver [INT|TERM]")
	}
	ts.Check(s.cmd.Process.Signal(sig))
	select {
	case <-s.exited:
	case <-time.After(patience):
		ts.Fatalf("stopserver: the server did not exit in %v after %v:\n%s", patience, sig, s.output())
	}
	s.cmd = nil
	fmt.Fprint(ts.Stderr(), s.output())
	if (s.err != nil) != neg {
		ts.Fatalf("stopserver: the server exited with %v", s.err)
	}
}

// cmdHTTPGet fetches a URL: httpget [-host HOST] [-header NAME:VALUE]... URL.
// Its stdout is the status line, the response's headers (sorted, one a line)
// and, after an empty line, the body; of an event stream, its first event.
func cmdHTTPGet(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! httpget")
	}
	var host string
	header := http.Header{}
	for len(args) > 1 && strings.HasPrefix(args[0], "-") {
		switch args[0] {
		case "-host":
			host = args[1]
		case "-header":
			k, v, ok := strings.Cut(args[1], ":")
			if !ok {
				ts.Fatalf("httpget: -header wants NAME:VALUE")
			}
			header.Add(k, strings.TrimSpace(v))
		default:
			ts.Fatalf("httpget: unknown flag %s", args[0])
		}
		args = args[2:]
	}
	if len(args) != 1 {
		ts.Fatalf("usage: httpget [-host HOST] [-header NAME:VALUE]... URL")
	}
	req, err := http.NewRequest("GET", args[0], nil)
	ts.Check(err)
	req.Header = header
	if host != "" {
		req.Host = host
	}
	client := &http.Client{
		Timeout:       patience,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Transport:     &http.Transport{DisableCompression: true},
	}
	resp, err := client.Do(req)
	ts.Check(err)
	defer resp.Body.Close()
	out := ts.Stdout()
	fmt.Fprintf(out, "%s %s\n", resp.Proto, resp.Status)
	names := make([]string, 0, len(resp.Header))
	for k := range resp.Header {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		for _, v := range resp.Header[k] {
			fmt.Fprintf(out, "%s: %s\n", k, v)
		}
	}
	fmt.Fprintln(out)
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() && sc.Text() != "" {
			fmt.Fprintln(out, sc.Text())
		}
		return
	}
	_, err = io.Copy(out, resp.Body)
	ts.Check(err)
}

// snapshot DIR FILE writes into FILE one line per entry under DIR, .git/ and
// hidden files included: its path, type, permissions, and the SHA-256 of a
// file's bytes or a link's target. Comparing two snapshots with cmp shows that
// a command changed nothing in DIR.
func snapshot(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: snapshot DIR FILE")
	}
	dir := ts.MkAbs(args[0])
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		info, err := d.Info()
		if err != nil {
			return err
		}
		var sum string
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			sum = "-> " + target
		case d.Type().IsRegular():
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			sum = fmt.Sprintf("%x", sha256.Sum256(data))
		}
		fmt.Fprintf(&b, "%s %v %s\n", filepath.ToSlash(rel), info.Mode(), sum)
		return nil
	})
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(b.String()), 0o644))
}

// cmdStopBuild runs `vestis build ARGS` in the site folder, waits until the
// build has written a file into the folder it builds in (.public.new-*
// beside public/), then sends it SIGINT (or the signal named: stopbuild TERM
// ARGS) and waits for it to exit. What it printed becomes the command's
// stderr, its exit status ("exit 130") the command's stdout. It must exit with a status other than 0 (use !): a build that
// finished before it was stopped fails the command.
func cmdStopBuild(ts *testscript.TestScript, neg bool, args []string) {
	sig := os.Signal(os.Interrupt)
	switch {
	case len(args) > 0 && args[0] == "INT":
		args = args[1:]
	case len(args) > 0 && args[0] == "TERM":
		sig, args = syscall.SIGTERM, args[1:]
	}
	bin, err := exec.LookPath("vestis")
	ts.Check(err)
	cmd := exec.Command(bin, append([]string{"build"}, args...)...)
	cmd.Dir = ts.MkAbs(".")
	cmd.Env = append(os.Environ(), "HOME="+ts.Getenv("HOME"), "TMPDIR="+ts.Getenv("TMPDIR"), "PATH="+ts.Getenv("PATH"))
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	ts.Check(cmd.Start())
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	writing := func() bool {
		dirs, _ := filepath.Glob(filepath.Join(cmd.Dir, ".*.new-*"))
		for _, d := range dirs {
			if entries, _ := os.ReadDir(d); len(entries) > 0 {
				return true
			}
		}
		return false
	}
	giveUp := time.After(patience)
	for !writing() {
		select {
		case err := <-exited:
			fmt.Fprint(ts.Stderr(), out.String())
			ts.Fatalf("stopbuild: the build ended (%v) before it was stopped", err)
		case <-giveUp:
			cmd.Process.Kill()
			ts.Fatalf("stopbuild: the build wrote nothing in %v", patience)
		case <-time.After(time.Millisecond):
		}
	}
	ts.Check(cmd.Process.Signal(sig))
	var werr error
	select {
	case werr = <-exited:
	case <-time.After(patience):
		cmd.Process.Kill()
		ts.Fatalf("stopbuild: the build did not stop in %v after %v:\n%s", patience, sig, out.String())
	}
	fmt.Fprint(ts.Stderr(), out.String())
	fmt.Fprintf(ts.Stdout(), "exit %d\n", cmd.ProcessState.ExitCode())
	if (werr != nil) != neg {
		ts.Fatalf("stopbuild: exit %v", werr)
	}
}

// cmdPages N DIR LANGS... writes N short pages into DIR in each language,
// for a site that takes a while to build.
func cmdPages(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 3 {
		ts.Fatalf("usage: pages N DIR LANG...")
	}
	n, err := strconv.Atoi(args[0])
	ts.Check(err)
	dir := ts.MkAbs(args[1])
	ts.Check(os.MkdirAll(dir, 0o755))
	for i := range n {
		for _, lang := range args[2:] {
			body := fmt.Sprintf("---\ntitle: Page %d\ndate: 2024-01-01\ntags: [t%d]\n---\n%s\n", i, i%50, strings.Repeat("Some words of text. ", 40))
			ts.Check(os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%04d.%s.md", i, lang)), []byte(body), 0o644))
		}
	}
}
