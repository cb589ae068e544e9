package etl

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// ErrLocked reports that another run holds the lock on the output folder.
// The run that gets it has changed nothing.
var ErrLocked = errors.New("another run holds the lock on the output folder")

// LockFile is the lock file in the output folder. A run holds an exclusive
// flock(2) on it from start to end; the kernel drops the lock when the
// process ends, however it ends, so a file left by a killed run never blocks
// the next one. The file holds the pid and start time of the run that holds
// it, for the message of a run that finds it locked.
const LockFile = ".lock"

// outLock is a held lock on an output folder.
type outLock struct{ f *os.File }

// lockOut takes the lock on the output folder out, which must exist. When
// another process holds it, lockOut returns an error wrapping ErrLocked at
// once, without waiting and without writing anything.
func lockOut(out string) (*outLock, error) {
	path := filepath.Join(out, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if err := tryLock(f); err != nil {
		f.Close()
		if errors.Is(err, errWouldBlock) {
			holder := "another process"
			if b, rerr := os.ReadFile(path); rerr == nil && len(b) > 0 {
				holder = strings.TrimSpace(string(b))
			}
			return nil, fmt.Errorf("%s is in use by %s (lock file %s): %w", out, holder, path, ErrLocked)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	// Only the holder writes the file.
	if err := f.Truncate(0); err == nil {
		fmt.Fprintf(f, "pid %d, started %s\n", os.Getpid(), time.Now().UTC().Format(time.RFC3339))
	}
	return &outLock{f: f}, nil
}

// release drops the lock. The file stays: removing it would race with a
// run that has just opened it.
func (l *outLock) release() {
	if l == nil || l.f == nil {
		return
	}
	unlock(l.f)
	l.f.Close()
	l.f = nil
}
