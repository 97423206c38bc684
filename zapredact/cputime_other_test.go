//go:build !unix

package zapredact_test

import "time"

// cpuTime is not measured on this platform; benchmarks then report wall
// time alone.
func cpuTime() time.Duration { return 0 }
