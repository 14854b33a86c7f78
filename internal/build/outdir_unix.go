//go:build unix

package build

import (
	"errors"
	"io"
	"io/fs"
	"os"

	"golang.org/x/sys/unix"
)

// topFolder is the handle on the output folder root: a descriptor of its
// own, opened through the root, so that closing it leaves the root open. If
// the root cannot be opened so, writes go through os.Root.
func topFolder(root *os.Root) folder {
	f, err := root.Open(".")
	if err != nil {
		return keptRoot{rootFolder{root}}
	}
	defer f.Close()
	fd, err := unix.FcntlInt(f.Fd(), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return keptRoot{rootFolder{root}}
	}
	return folderFD{fd: fd, name: root.Name()}
}

// folderFD is an open folder as its descriptor. Names are one path element
// (outDir's clean paths) and no symbolic link is followed (O_NOFOLLOW): the
// output folder is one the build made, so nothing in it is a link.
type folderFD struct {
	fd   int
	name string // for errors
}

func (f folderFD) err(op, name string, err error) error {
	return &fs.PathError{Op: op, Path: f.name + "/" + name, Err: err}
}

func (f folderFD) mkdir(name string) error {
	err := ignoringEINTR(func() error { return unix.Mkdirat(f.fd, name, 0o755) })
	if err != nil && !errors.Is(err, unix.EEXIST) {
		return f.err("mkdir", name, err)
	}
	return nil
}

func (f folderFD) sub(name string) (folder, error) {
	fd, err := f.openat(name, unix.O_RDONLY|unix.O_DIRECTORY, 0)
	if err != nil {
		return nil, f.err("open", name, err)
	}
	return folderFD{fd: fd, name: f.name + "/" + name}, nil
}

func (f folderFD) openat(name string, flags int, mode uint32) (fd int, err error) {
	err = ignoringEINTR(func() error {
		fd, err = unix.Openat(f.fd, name, flags|unix.O_NOFOLLOW|unix.O_CLOEXEC, mode)
		return err
	})
	return fd, err
}

func (f folderFD) create(name string) (*os.File, error) {
	fd, err := f.openat(name, unix.O_WRONLY|unix.O_CREAT|unix.O_TRUNC, 0o644)
	if err != nil {
		return nil, f.err("open", name, err)
	}
	return os.NewFile(uintptr(fd), f.name+"/"+name), nil
}

func (f folderFD) write(name string, body []byte) error {
	fd, err := f.openat(name, unix.O_WRONLY|unix.O_CREAT|unix.O_TRUNC, 0o644)
	if err != nil {
		return f.err("open", name, err)
	}
	for len(body) > 0 && err == nil {
		var n int
		switch n, err = unix.Write(fd, body); {
		case err == unix.EINTR:
			err = nil
		case err == nil && n == 0:
			err = io.ErrShortWrite
		}
		body = body[max(n, 0):]
	}
	if err != nil {
		unix.Close(fd)
		return f.err("write", name, err)
	}
	if err := unix.Close(fd); err != nil {
		return f.err("close", name, err)
	}
	return nil
}

func (f folderFD) close() error { return unix.Close(f.fd) }

// ignoringEINTR runs call again while a signal interrupts it.
func ignoringEINTR(call func() error) error {
	for {
		if err := call(); err != unix.EINTR {
			return err
		}
	}
}
