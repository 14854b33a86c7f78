package buildtest

import (
	"os"
	"os/exec"
	"testing"
)

// Git runs git in root as of date (RFC 3339, for the author and committer
// dates), so that tests make a history with known times; it skips the test
// when git is missing.
func Git(t testing.TB, root, date string, args ...string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not found")
	}
	cmd := exec.Command("git", append([]string{"-C", root}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date,
		"GIT_AUTHOR_NAME=vestis", "GIT_AUTHOR_EMAIL=vestis@example.org",
		"GIT_COMMITTER_NAME=vestis", "GIT_COMMITTER_EMAIL=vestis@example.org",
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}
