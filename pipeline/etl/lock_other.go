//go:build !unix

package etl

import (
	"errors"
	"os"
)

// Without flock(2) there is no lock: runs into the same folder are not
// kept apart.
var errWouldBlock = errors.New("would block")

func tryLock(*os.File) error { return nil }

func unlock(*os.File) {}
