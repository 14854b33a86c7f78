package serve

import (
	"path/filepath"
	"time"

	"golang.org/x/sys/unix"

	"github.com/vestis-ssg/vestis/internal/build"
)

// beingWritten reports whether a program holds the regular file name open
// for writing: an editor or a shell that writes a save in parts, with a
// pause between them, has not finished it, and a build of it would show
// the half it wrote (a front matter without its closing line, a page cut
// short). Linux refuses a read lease on a file open for writing (EAGAIN),
// which tells without reading the other programs' files; the lease is let
// go at once. Any other answer (a file of another owner, a file system
// without leases) reports false: the save is built as it is.
func beingWritten(name string) bool {
	var st unix.Stat_t
	if err := unix.Lstat(name, &st); err != nil || st.Mode&unix.S_IFMT != unix.S_IFREG {
		return false // a FIFO would block the open; a link or folder is no save in parts
	}
	fd, err := unix.Open(name, unix.O_RDONLY|unix.O_NONBLOCK|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0)
	if err != nil {
		return false
	}
	defer unix.Close(fd)
	if _, err := unix.FcntlInt(uintptr(fd), unix.F_SETLEASE, unix.F_RDLCK); err != nil {
		return err == unix.EAGAIN
	}
	_, _ = unix.FcntlInt(uintptr(fd), unix.F_SETLEASE, unix.F_UNLCK)
	return false
}

// beingReplaced reports whether the file name is gone while an editor saves
// it: a backup of it (build.Backups) was made, or renamed to, within
// MaxWriting. Vim and Emacs rename the page to a.md~ and then write a new
// a.md; when a loaded computer pauses longer than Grace between the two, a
// build of the page gone showed the tab the 404 page, and a second build
// the save. A rename sets the backup's time of change (ctime), not its time
// of modification, so a backup left from an older save (Emacs keeps them)
// does not hold back the build of a page deleted on purpose.
func beingReplaced(name string) bool {
	if err := unix.Lstat(name, new(unix.Stat_t)); err != unix.ENOENT {
		return false
	}
	dir, base := filepath.Split(name)
	for _, b := range build.Backups(base) {
		var st unix.Stat_t
		if unix.Lstat(filepath.Join(dir, b), &st) != nil || st.Mode&unix.S_IFMT != unix.S_IFREG {
			continue
		}
		if time.Since(time.Unix(st.Ctim.Unix())) < MaxWriting {
			return true
		}
	}
	return false
}
