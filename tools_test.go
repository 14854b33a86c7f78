package vestis_test

import (
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
)

// skipped counts the tests of this run skipped for a missing tool, by the
// message saying which tool and how to get it. TestMain prints the counts at
// the end: `go test ./...` shows no output of a package that passes, so a
// developer without chromium would otherwise see "ok" and believe the browser
// tests ran.
var skipped = struct {
	sync.Mutex
	by map[string]int
}{by: map[string]int{}}

// need finds a tool the test needs: it skips with a message when absent, and
// fails under CI=true, where .ci/run installs it.
func need(t *testing.T, what, found, install string) {
	t.Helper()
	if found != "" {
		return
	}
	msg := fmt.Sprintf("%s not found; %s", what, install)
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	skipped.Lock()
	skipped.by[msg]++
	skipped.Unlock()
	t.Skip(msg)
}

func TestMain(m *testing.M) {
	code := m.Run()
	if len(skipped.by) > 0 {
		out, done := summaryOutput()
		writeSkipSummary(out, skipped.by)
		done()
	}
	os.Exit(code)
}

// summaryOutput is where the summary of skipped tests is seen: with -v, the
// test's output; else the terminal, as go test keeps the output of a passing
// package to itself; without a terminal (CI, an editor), the test's output,
// which go test shows when the package fails or is tested on its own (go test
// in its folder).
func summaryOutput() (io.Writer, func()) {
	if !testing.Verbose() {
		if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
			return tty, func() { tty.Close() }
		}
	}
	return os.Stderr, func() {}
}

// writeSkipSummary writes how many tests were skipped and, per missing tool,
// how many and how to install it.
func writeSkipSummary(w io.Writer, by map[string]int) {
	total := 0
	for _, n := range by {
		total += n
	}
	noun := "tests"
	if total == 1 {
		noun = "test"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "vestis: %d %s skipped for missing tools (CI=true makes them fail):\n", total, noun)
	for _, msg := range slices.Sorted(maps.Keys(by)) {
		fmt.Fprintf(&b, "  %d: %s\n", by[msg], msg)
	}
	io.WriteString(w, b.String())
}

// TestSkipSummary runs tests that need chromium, axe-core and the W3C checker
// in a test binary of their own that cannot find any of them: they are skipped,
// and the summary at the end counts them and says what to install.
func TestSkipSummary(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.v", "-test.run=^(TestBrowserLiveReload|TestBrowserAccessibility|TestW3CValidator)$")
	cmd.Env = append(os.Environ(), "PATH=", "CI=", "VESTIS_CHROMIUM=", "VESTIS_AXE_JS=", "VESTIS_VNU_JAR=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	want := "PASS\n" +
		"vestis: 3 tests skipped for missing tools (CI=true makes them fail):\n" +
		"  1: axe-core (VESTIS_AXE_JS) not found; run: npm install axe-core and set VESTIS_AXE_JS to node_modules/axe-core/axe.min.js (.ci/run does)\n" +
		"  1: chromium not found; install it with: apt-get install chromium, or set VESTIS_CHROMIUM to its path\n" +
		"  1: the W3C checker (VESTIS_VNU_JAR) not found; run: npm install vnu-jar and set VESTIS_VNU_JAR to node_modules/vnu-jar/build/dist/vnu.jar (.ci/run does)\n"
	if !strings.HasSuffix(string(out), want) {
		t.Errorf("output ends:\n%s\nwant it to end:\n%s", out[max(0, len(out)-len(want)-200):], want)
	}
}
