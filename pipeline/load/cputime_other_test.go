//go:build !unix

package load

import (
	"testing"
	"time"
)

// cpuTime is 0 where the process's CPU time is not at hand: the benchmarks
// then report a CPU time of 0.
func cpuTime(*testing.B) time.Duration { return 0 }
