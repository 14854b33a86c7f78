package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestMountPointDestination builds into a public/ that is a mount point, as a
// Docker volume is: a folder that cannot be renamed, only its contents. The
// build must succeed, twice, replace the contents, keep .git, leave public/
// mounted and leave no working folder. It needs the right to mount (root in a
// container); elsewhere it is skipped.
func TestMountPointDestination(t *testing.T) {
	for _, kind := range []string{"tmpfs", "bind"} {
		t.Run(kind, func(t *testing.T) {
			root := t.TempDir()
			writeTree(t, root, map[string]string{
				"site.yaml":         goodSite,
				"content/news/a.md": "---\ntitle: A\n---\nPirmā ziņa.\n",
				"volume/.git/HEAD":  "ref: refs/heads/gh-pages\n",
			})
			public := filepath.Join(root, "public")
			os.Mkdir(public, 0o755)
			var err error
			if kind == "tmpfs" {
				err = syscall.Mount("vestis-test", public, "tmpfs", 0, "")
			} else { // the same file system: only the mount ID tells
				err = syscall.Mount(filepath.Join(root, "volume"), public, "", syscall.MS_BIND, "")
			}
			if err != nil {
				t.Skip("cannot mount here:", err)
			}
			t.Cleanup(func() { syscall.Unmount(public, 0) })
			if kind == "tmpfs" {
				// A file system's root has lost+found, which is not vestis's.
				writeTree(t, public, map[string]string{".git/HEAD": "ref: refs/heads/gh-pages\n", "lost+found/#12": "x"})
			}
			var out, errb bytes.Buffer
			if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
				t.Fatalf("first build: exit %d\n%s", code, errb.String())
			}
			writeTree(t, root, map[string]string{"content/news/a.md": "---\ntitle: A\n---\nOtrā ziņa.\n"})
			if code := run([]string{"build", "--source", root, "--quiet"}, &out, &errb); code != 0 {
				t.Fatalf("second build: exit %d\n%s", code, errb.String())
			}
			page, err := os.ReadFile(filepath.Join(public, "lv/jaunumi/a/index.html"))
			if err != nil || !strings.Contains(string(page), "Otrā ziņa") {
				t.Errorf("the page was not replaced: %v\n%s", err, page)
			}
			if head, err := os.ReadFile(filepath.Join(public, ".git/HEAD")); string(head) != "ref: refs/heads/gh-pages\n" {
				t.Errorf(".git/HEAD = %q, %v; want it kept", head, err)
			}
			if _, err := os.Stat(filepath.Join(public, "lost+found/#12")); kind == "tmpfs" && err != nil {
				t.Errorf("lost+found was not kept: %v", err)
			}
			entries, _ := os.ReadDir(public)
			for _, e := range entries {
				if strings.HasPrefix(e.Name(), ".vestis-new-") || strings.HasPrefix(e.Name(), ".vestis-old-") {
					t.Errorf("the build left %s in public/", e.Name())
				}
			}
			entries, _ = os.ReadDir(root)
			for _, e := range entries {
				if strings.HasPrefix(e.Name(), ".public") {
					t.Errorf("the build left %s beside public/", e.Name())
				}
			}
			// Still mounted: a file written into public/ is in the volume.
			if kind == "bind" {
				if _, err := os.Stat(filepath.Join(root, "volume/lv/jaunumi/a/index.html")); err != nil {
					t.Errorf("public/ is no longer the volume: %v", err)
				}
			} else {
				const tmpfsMagic = 0x01021994
				var fs syscall.Statfs_t
				if err := syscall.Statfs(public, &fs); err != nil || fs.Type != tmpfsMagic {
					t.Errorf("public/ is no longer the tmpfs mount: %v", err)
				}
			}
		})
	}
}
