//go:build !unix

package testutil

import (
	"testing"
	"time"
)

// CPUTime is 0 where the process's CPU time is not at hand: benchmarks then
// report a CPU time of 0.
func CPUTime(testing.TB) time.Duration { return 0 }
