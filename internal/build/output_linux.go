package build

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// exchange swaps the folders a and b in one step (renameat2 with
// RENAME_EXCHANGE), so that there is no moment without b, even if vestis is
// killed. It returns errNoExchange when the file system cannot do it.
func exchange(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	if errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EOPNOTSUPP) {
		return errNoExchange
	}
	if err != nil {
		return &os.LinkError{Op: "exchange", Old: a, New: b, Err: err}
	}
	return nil
}

// mountPoint reports whether dir is the root of a mount (a Docker volume, a
// bind mount): a folder that cannot be renamed or replaced, only its contents.
// It compares the mount IDs of dir and its parent, which tells bind mounts of
// the same device apart, and the devices when the kernel has no mount IDs.
func mountPoint(dir, parent string) bool {
	var a, b unix.Statx_t
	const mask = unix.STATX_MNT_ID | unix.STATX_BASIC_STATS
	if unix.Statx(unix.AT_FDCWD, dir, unix.AT_SYMLINK_NOFOLLOW, mask, &a) != nil ||
		unix.Statx(unix.AT_FDCWD, parent, 0, mask, &b) != nil {
		return false
	}
	if a.Mask&b.Mask&unix.STATX_MNT_ID != 0 && a.Mnt_id != b.Mnt_id {
		return true
	}
	return a.Dev_major != b.Dev_major || a.Dev_minor != b.Dev_minor
}

// claim locks the folder dir for this process (flock), so that another build
// does not take it for a leftover; ok is false when another process holds it.
// The kernel drops the lock when the process ends, killed or not.
func claim(dir string) (release func(), ok bool) {
	f, err := os.Open(dir)
	if err != nil {
		return func() {}, false
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		f.Close()
		return func() {}, false
	}
	return func() { f.Close() }, true
}
