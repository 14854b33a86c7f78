package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// nobody is the user the tests below build as: the kernel's overflow user,
// which owns nothing in the site unless the test gives it.
const nobody = 65534

// asNobody returns a command that runs vestis with args as the user nobody:
// this test binary (testscript's Main runs vestis when argv[0] is "vestis"),
// copied where that user may run it. Only root may do this; elsewhere the
// test is skipped.
func asNobody(t *testing.T, args ...string) func() (code int, stderr string) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root, to run vestis as another user")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := openTempDir(t)
	copyFile(t, exe, filepath.Join(bin, "vestis"))
	return func() (int, string) {
		cmd := exec.Command(filepath.Join(bin, "vestis"), args...)
		cmd.Args[0] = "vestis"
		cmd.Env = []string{"HOME=/nonexistent", "PATH=/usr/bin:/bin"}
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
		var errb bytes.Buffer
		cmd.Stderr = &errb
		err := cmd.Run()
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode(), errb.String()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0, errb.String()
	}
}

// openTempDir is a t.TempDir that other users may enter.
func openTempDir(t *testing.T) string {
	dir := t.TempDir()
	os.Chmod(filepath.Dir(dir), 0o755)
	os.Chmod(dir, 0o755)
	return dir
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// chownTree gives dir and everything in it to uid.
func chownTree(t *testing.T, dir string, uid int) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil {
			os.Lchown(p, uid, uid)
		}
		return nil
	})
}

// TestOutputOfAnotherUser builds, as a user, a site whose previous output
// (or a folder of it) belongs to another user, as after one build run with
// sudo: the build could swap its tree in but never delete the old one, and
// used to leave .public.new-NNN beside public/ with the system's unlinkat
// text. Now it is refused before any work, in words naming the folder and
// what to change, with the old output untouched and nothing left.
func TestOutputOfAnotherUser(t *testing.T) {
	for _, folder := range []string{"public", "public/lv"} {
		t.Run(folder, func(t *testing.T) {
			root := openTempDir(t)
			writeTree(t, root, map[string]string{"site.yaml": goodSite, "content/news/a.md": "---\ntitle: A\n---\nPirmā ziņa.\n"})
			var out, errb bytes.Buffer
			if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
				t.Fatalf("first build: exit %d\n%s", code, errb.String())
			}
			// Everything is the user's but the folder root's build made.
			chownTree(t, root, nobody)
			chownTree(t, filepath.Join(root, folder), 0)
			writeTree(t, root, map[string]string{"content/news/a.md": "---\ntitle: A\n---\nOtrā ziņa.\n"})
			os.Lchown(filepath.Join(root, "content/news/a.md"), nobody, nobody)
			before := tree(t, filepath.Join(root, "public"))

			code, stderr := asNobody(t, "build", "--source", root)()
			if code != 1 {
				t.Errorf("exit %d, want 1\n%s", code, stderr)
			}
			want := folder + ": this folder of the previous output belongs to another user (as after a build run with sudo) and may not be changed by the user who runs vestis, " +
				"so the build could not replace it; give public/ back to this user (sudo chown -R USER public) or delete it, then build again\n"
			if stderr != want {
				t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
			}
			if after := tree(t, filepath.Join(root, "public")); after != before {
				t.Error("the previous output changed")
			}
			entries, _ := os.ReadDir(root)
			for _, e := range entries {
				if strings.HasPrefix(e.Name(), ".public") {
					t.Errorf("the build left %s beside public/", e.Name())
				}
			}
		})
	}
}

// TestOutputInFolderNotWritable builds, as a user, into a public/ that does
// not exist yet, in a site folder that user may not write: the message says
// which folder's rights to change, not the system's mkdir text.
func TestOutputInFolderNotWritable(t *testing.T) {
	root := openTempDir(t)
	writeTree(t, root, map[string]string{"site.yaml": goodSite, "content/news/a.md": "---\ntitle: A\n---\nPirmā ziņa.\n"})
	build := asNobody(t, "build", "--source", root)
	code, stderr := build()
	if code != 1 {
		t.Errorf("exit %d, want 1\n%s", code, stderr)
	}
	want := "public: vestis may not create folders in " + root + " (permission denied), where it writes the new build before it replaces public/; " +
		"make that folder writable for the user who runs vestis, or choose another output folder with --destination\n"
	if stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
	}
	if entries, _ := os.ReadDir(root); len(entries) != 2 {
		t.Errorf("the site folder holds %d entries, want site.yaml and content/ only", len(entries))
	}
}
