package bench

import (
	"io"
	"strings"
	"sync/atomic"
	"testing"
)

// Case is one benchmark body with its sub-benchmark name. The go test
// benchmarks run it with [testing.B.Run]; the report command runs it with
// [testing.Benchmark].
type Case struct {
	Name string
	F    func(b *testing.B)
}

// Event selects what a per-event benchmark logs.
type Event int

// The standard workload's events.
const (
	// Clean logs the CLEAN event on every iteration.
	Clean Event = iota
	// Dirty logs the DIRTY event on every iteration.
	Dirty
	// Mixed logs nine CLEAN events, then one DIRTY event, and repeats.
	Mixed
)

// String returns "Clean", "Dirty" or "Mixed", the benchmark's name.
func (e Event) String() string {
	switch e {
	case Clean:
		return "Clean"
	case Dirty:
		return "Dirty"
	}
	return "Mixed"
}

// dirtyAt reports whether iteration i of ev logs the DIRTY event.
func (e Event) dirtyAt(i uint64) bool {
	switch e {
	case Clean:
		return false
	case Dirty:
		return true
	}
	return i%10 == 9
}

// EventCases returns one case per configuration of [Loggers], each logging
// ev to [io.Discard] once per iteration and reporting allocations.
func EventCases(ev Event) []Case {
	var cs []Case
	for _, l := range Loggers(io.Discard) {
		cs = append(cs, Case{Name: l.Name, F: func(b *testing.B) {
			b.ReportAllocs()
			var i uint64
			for b.Loop() {
				l.Log(ev.dirtyAt(i))
				i++
			}
		}})
	}
	return cs
}

// ParallelCases returns, for each logger, the plain and the redacted
// configuration logging the mixed stream from [testing.B.RunParallel]
// goroutines, one per GOMAXPROCS, all through one shared logger.
func ParallelCases() []Case {
	var cs []Case
	for _, l := range Loggers(io.Discard) {
		if strings.HasSuffix(l.Name, HandRoll) {
			continue
		}
		cs = append(cs, Case{Name: l.Name, F: func(b *testing.B) {
			b.ReportAllocs()
			var seq atomic.Uint64
			b.RunParallel(func(pb *testing.PB) {
				// Each goroutine starts at a different point of the
				// stream, so DIRTY events do not all coincide.
				i := seq.Add(3)
				for pb.Next() {
					l.Log(Mixed.dirtyAt(i))
					i++
				}
			})
		}})
	}
	return cs
}
