package bench

import (
	"sync"
	"testing"
)

// The benchmarks are named scenario first (BenchmarkClean/zap,
// BenchmarkClean/zap+redact, ...), so benchstat lines up the loggers of
// one scenario.

func runCases(b *testing.B, cs []Case) {
	for _, c := range cs {
		b.Run(c.Name, c.F)
	}
}

func BenchmarkClean(b *testing.B) { runCases(b, EventCases(Clean)) }

func BenchmarkDirty(b *testing.B) { runCases(b, EventCases(Dirty)) }

func BenchmarkMixed(b *testing.B) { runCases(b, EventCases(Mixed)) }

func BenchmarkParallel(b *testing.B) { runCases(b, ParallelCases()) }

var benchCorpus = sync.OnceValue(func() *Corpus { return NewCorpus(DefaultCorpusSize) })

func BenchmarkEngine(b *testing.B) {
	cs, err := EngineCases(benchCorpus())
	if err != nil {
		b.Fatal(err)
	}
	runCases(b, cs)
}

func BenchmarkGrowth(b *testing.B) {
	cs, err := GrowthCases(benchCorpus())
	if err != nil {
		b.Fatal(err)
	}
	runCases(b, cs)
}

func BenchmarkCommand(b *testing.B) {
	dir := b.TempDir()
	bin, err := BuildCommand(dir)
	if err != nil {
		b.Fatal(err)
	}
	cs, err := CommandCases(bin, benchCorpus(), dir)
	if err != nil {
		b.Fatal(err)
	}
	runCases(b, cs)
}
