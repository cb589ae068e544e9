//go:build !linux

package source

import (
	"io"
	"io/fs"
)

// rootFD is the Linux fast path of opening files (open_linux.go); here it
// does nothing and every file is opened through os.Root.
type rootFD struct{}

func openRootFD(string) *rootFD { return nil }

func (*rootFD) close() {}

func (*rootFD) isRegularFast(string) bool { return false }

func (*rootFD) openFast(string) (io.ReadCloser, int64, bool) { return nil, 0, false }

func (*rootFD) readDirFast(string) ([]fs.DirEntry, bool, error) { return nil, false, nil }
