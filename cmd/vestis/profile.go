package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"sync"
	"syscall"

	"github.com/vestis-ssg/vestis/internal/build"
)

// profileFlags are --cpuprofile and --memprofile, which build and serve
// share: a user who finds a build or a save slow sends us the files.
type profileFlags struct {
	cpu, mem *string
}

func addProfileFlags(fset *flag.FlagSet, what string) profileFlags {
	return profileFlags{
		cpu: fset.String("cpuprofile", "", "write a CPU profile (pprof) of the "+what+" to this file"),
		mem: fset.String("memprofile", "", "write a heap profile (pprof) to this file at the end"),
	}
}

// check refuses a profile's file that holds something else (build.CheckProfile).
func (p profileFlags) check(source, dest, destName string, reads []string) error {
	for _, f := range []struct{ flag, file string }{{"--cpuprofile", *p.cpu}, {"--memprofile", *p.mem}} {
		if f.file == "" {
			continue
		}
		if err := build.CheckProfile(source, f.file, f.flag+" "+shownPath(f.file), dest, destName, reads...); err != nil {
			return err
		}
	}
	return nil
}

// profiling is the profiles being taken; stop writes them, once.
type profiling struct {
	cpu     *os.File
	mem     string
	once    sync.Once
	signals chan os.Signal
}

// start begins the CPU profile. The profiles are written by stop, and also
// when the process is interrupted (Ctrl+C, SIGTERM) before it returns: a
// build stopped because it seems to hang is the one worth profiling. The
// process then exits with the status a shell gives one the signal ended
// (130 for Ctrl+C), the output folder untouched as before (serve handles
// its own first Ctrl+C and returns, which writes them too).
func (p profileFlags) start(catchSignals bool) (*profiling, error) {
	pr := &profiling{mem: *p.mem}
	if *p.cpu != "" {
		f, err := os.Create(*p.cpu)
		if err != nil {
			return nil, fmt.Errorf("--cpuprofile: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return nil, fmt.Errorf("--cpuprofile %s: %w", shownPath(*p.cpu), err)
		}
		pr.cpu = f
	}
	if catchSignals && (pr.cpu != nil || pr.mem != "") {
		pr.signals = make(chan os.Signal, 1)
		signal.Notify(pr.signals, os.Interrupt, syscall.SIGTERM)
		go func() {
			sig, ok := <-pr.signals
			if !ok {
				return
			}
			pr.stop(io.Discard)
			code := exitError
			if n, ok := sig.(syscall.Signal); ok {
				code = 128 + int(n) // as a shell reports a process the signal ended
			}
			os.Exit(code)
		}()
	}
	return pr, nil
}

// stop ends the CPU profile and writes the heap profile, saying on w what
// could not be written.
func (pr *profiling) stop(w io.Writer) {
	pr.once.Do(func() {
		if pr.signals != nil {
			signal.Stop(pr.signals)
		}
		if pr.cpu != nil {
			pprof.StopCPUProfile()
			if err := pr.cpu.Close(); err != nil {
				fmt.Fprintln(w, "vestis: --cpuprofile:", err)
			}
		}
		if pr.mem != "" {
			f, err := os.Create(pr.mem)
			if err == nil {
				err = pprof.WriteHeapProfile(f)
				if cerr := f.Close(); err == nil {
					err = cerr
				}
			}
			if err != nil {
				fmt.Fprintln(w, "vestis: --memprofile:", err)
			}
		}
	})
}
