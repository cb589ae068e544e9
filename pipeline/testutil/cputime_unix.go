//go:build unix

package testutil

import (
	"syscall"
	"testing"
	"time"
)

// CPUTime is the user and system CPU time of the process so far, for
// benchmarks that report CPU time beside the wall clock (steadier when other
// work shares the machine).
func CPUTime(b testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
