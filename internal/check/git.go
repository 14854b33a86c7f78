package check

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// GitModTimes returns the time of the last commit that changed each file of the
// site in root, when root is inside a git repository; files with uncommitted
// changes count from their modification time. It returns nil when git or the
// repository is missing.
func GitModTimes(root string) ModTimes {
	git := func(args ...string) ([]byte, error) {
		return exec.Command("git", append([]string{"-C", root}, args...)...).Output()
	}
	prefixOut, err := git("rev-parse", "--show-prefix")
	if err != nil {
		return nil
	}
	prefix := strings.TrimSpace(string(prefixOut))
	out, err := git("log", "--format=%x00%ct", "--name-only", "--relative", "--", ".")
	if err != nil {
		return nil
	}
	times := map[string]time.Time{}
	var current time.Time
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "\x00") {
			sec, _ := strconv.ParseInt(strings.TrimPrefix(line, "\x00"), 10, 64)
			current = time.Unix(sec, 0).UTC()
			continue
		}
		if line == "" {
			continue
		}
		if _, seen := times[line]; !seen {
			times[line] = current // log is newest first
		}
	}
	if status, err := git("status", "--porcelain", "--untracked-files=all", "--", "."); err == nil {
		for _, line := range strings.Split(string(status), "\n") {
			if len(line) < 4 {
				continue
			}
			name := strings.TrimPrefix(strings.TrimSpace(line[3:]), prefix)
			if info, err := os.Stat(filepath.Join(root, name)); err == nil {
				times[filepath.ToSlash(name)] = info.ModTime().UTC()
			}
		}
	}
	return func(file string) (time.Time, bool) {
		t, ok := times[file]
		return t, ok
	}
}
