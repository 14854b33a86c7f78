//go:build unix

package build

import (
	"errors"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// errNotOwned says that a folder may not be changed by the user who runs
// vestis, who does not own it either and so cannot make it writable.
var errNotOwned = errors.New("not writable, and owned by another user")

// changeable reports why the entries of the folder dir may not be added,
// renamed or deleted by this process, or nil when they may. A folder that is
// only read-only by its mode but owned by this user is changeable, as
// removeTree makes it writable first; one owned by another user (left by a
// build run with sudo) or on a read-only file system is not.
func changeable(dir string) error {
	err := unix.Faccessat(unix.AT_FDCWD, dir, unix.W_OK|unix.X_OK, unix.AT_EACCESS)
	if err == nil {
		return nil
	}
	if errors.Is(err, unix.EROFS) {
		return unix.EROFS
	}
	if !errors.Is(err, unix.EACCES) && !errors.Is(err, unix.EPERM) {
		return nil // not a question of rights: let the build meet it
	}
	info, serr := os.Lstat(dir)
	if serr != nil {
		return nil
	}
	if st, ok := info.Sys().(*syscall.Stat_t); ok && int(st.Uid) == os.Geteuid() {
		return nil
	}
	return errNotOwned
}

// readOnlyFS reports whether err says the file system may not be written.
func readOnlyFS(err error) bool { return errors.Is(err, unix.EROFS) }
