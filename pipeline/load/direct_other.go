//go:build !linux

package load

import (
	"errors"
	"os"
)

// oDirect is 0 where direct I/O is not used: files go through the page
// cache.
const oDirect = 0

func setDirect(f *os.File, on bool) error {
	if on {
		return errors.New("direct I/O is not supported here")
	}
	return nil
}
