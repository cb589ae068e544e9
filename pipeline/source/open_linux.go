//go:build linux

package source

import (
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync/atomic"

	"golang.org/x/sys/unix"
)

// rootFD is a second handle on the raw root, for openFast: an O_PATH
// descriptor of the same folder os.OpenRoot opened.
type rootFD struct {
	fd  int         // -1 when there is none
	off atomic.Bool // openat2 is not available (old kernel, seccomp)
}

func openRootFD(real string) *rootFD {
	fd, err := unix.Open(real, unix.O_PATH|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		fd = -1
	}
	return &rootFD{fd: fd}
}

func (r *rootFD) close() {
	if r.fd >= 0 {
		unix.Close(r.fd)
		r.fd = -1
	}
}

// openBeneath opens path read-only with openat2 beneath the root, not
// following a symlink as its last component nor any magic link, with the
// extra flags. ok is false when it does not succeed; when openat2 is not
// available here (ENOSYS, or EPERM under a seccomp filter) the root stops
// trying it.
func (r *rootFD) openBeneath(path string, flags uint64) (fd int, ok bool) {
	if r == nil || r.fd < 0 || r.off.Load() {
		return -1, false
	}
	how := unix.OpenHow{
		Flags:   unix.O_RDONLY | unix.O_CLOEXEC | unix.O_NOFOLLOW | flags,
		Resolve: unix.RESOLVE_BENEATH | unix.RESOLVE_NO_MAGICLINKS,
	}
	fd, err := unix.Openat2(r.fd, path, &how)
	if err != nil {
		if err == unix.ENOSYS || err == unix.EPERM {
			r.off.Store(true)
		}
		return -1, false
	}
	return fd, true
}

// openFast opens target, a path under the root, for reading in one
// openat2 call that the kernel keeps beneath the root (RESOLVE_BENEATH: no
// "..", absolute path or symlink leads out of it) and that does not follow
// a symlink in the last component, and checks with fstat that it is a
// regular file (O_NONBLOCK, so that opening a named pipe does not wait for
// a writer). It opens only what os.Root.Open would open the same way,
// with a third of the system calls: os.Root walks the path one folder at a
// time, and os.File asks for the file's flags and registers it with the
// poller, which a regular file refuses. The file is read with plain read
// calls.
//
// ok is false whenever it does not succeed, whatever the reason: the
// caller then opens target the ordinary way, which gives the error.
func (r *rootFD) openFast(target string) (f io.ReadCloser, size int64, ok bool) {
	// O_NONBLOCK so that a named pipe put in a file's place does not block
	// the open; it has no effect on reading a regular file
	fd, ok := r.openBeneath(target, unix.O_NONBLOCK)
	if !ok {
		return nil, 0, false
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil || st.Mode&unix.S_IFMT != unix.S_IFREG {
		unix.Close(fd)
		return nil, 0, false
	}
	return &fdFile{fd: fd}, st.Size, true
}

// isRegularFast reports whether rel, a path under the root, is a regular
// file and not a symlink, with one fstatat relative to the root: the lstat
// of the absolute path that resolve does otherwise walks every folder from
// "/" again. It reports false whenever that is not known to be so (error,
// symlink, anything else, no handle); the caller then looks the ordinary
// way.
func (r *rootFD) isRegularFast(rel string) bool {
	if r == nil || r.fd < 0 || rel == "" || rel[0] == '/' { // fstatat would ignore the root for an absolute path
		return false
	}
	var st unix.Stat_t
	err := unix.Fstatat(r.fd, rel, &st, unix.AT_SYMLINK_NOFOLLOW)
	return err == nil && st.Mode&unix.S_IFMT == unix.S_IFREG
}

// fdFile is an open regular file read with plain read calls.
type fdFile struct{ fd int }

// Read reads as os.File.Read does, but returns the bare errno: the callers
// strip the *fs.PathError of os.File's errors anyway (see cause).
func (f *fdFile) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for {
		n, err := unix.Read(f.fd, p)
		switch {
		case err == unix.EINTR:
			continue
		case err == unix.EAGAIN:
			// O_NONBLOCK has no effect on a regular file on local file
			// systems; should one honour it, read blocking from here on
			if unix.SetNonblock(f.fd, false) == nil {
				continue
			}
			return 0, err
		case err != nil:
			return 0, err
		case n == 0:
			return 0, io.EOF
		}
		return n, nil
	}
}

func (f *fdFile) Close() error {
	if f.fd < 0 {
		return nil
	}
	err := unix.Close(f.fd)
	f.fd = -1
	return err
}

// readDirFast lists the folder dir under the root, as os.Root's FS does
// (entries sorted by name), but without an lstat of every entry: a folder
// opened through os.Root is read with one lstatat per entry, as its entries'
// types cannot be trusted to the kernel's record of them there, while these
// come from the folder's own record (d_type) and are lstat'ed only where
// the file system does not keep it. The folder is opened with openat2
// beneath the root, not following a symlink as its last component; ok is
// false when that does not succeed, and the caller then lists the folder
// the ordinary way, which gives the error.
func (r *rootFD) readDirFast(dir string) (entries []fs.DirEntry, ok bool, err error) {
	fd, ok := r.openBeneath(dir, unix.O_DIRECTORY)
	if !ok {
		return nil, false, nil
	}
	f := os.NewFile(uintptr(fd), dir)
	defer f.Close()
	entries, err = f.ReadDir(-1)
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return entries, true, err
}
