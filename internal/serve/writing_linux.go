package serve

import (
	"golang.org/x/sys/unix"
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
