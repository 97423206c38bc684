package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/logredact/logredact/bench"
)

// Sections of the report, in the order they run.
const (
	secClean     = "clean"
	secDirty     = "dirty"
	secMixed     = "mixed"
	secParallel  = "parallel"
	secEngine    = "engine"
	secGrowth    = "growth"
	secCommand   = "command"
	secCollector = "collector"
)

var allSections = []string{secClean, secDirty, secMixed, secParallel, secEngine, secGrowth, secCommand, secCollector}

// group is benchmarks that are compared with each other: they run one
// after the other in every round, so that they see the same machine.
type group struct {
	section string
	// label names the group within its section: a logger, or a detector
	// count.
	label     string
	cases     []bench.Case
	rounds    int
	benchtime time.Duration
	// samples[i][r] is case i in round r.
	samples [][]sample
}

// sample is one testing.Benchmark result, per operation.
type sample struct {
	ns, bytes, allocs, mbps float64
}

// groups builds every group of the selected sections; tmp holds what the
// command section builds and reads.
func groups(cfg *config, corpus *bench.Corpus, tmp string) ([]*group, error) {
	var gs []*group
	for _, ev := range []bench.Event{bench.Clean, bench.Dirty, bench.Mixed} {
		sec := strings.ToLower(ev.String())
		if cfg.sections[sec] {
			gs = append(gs, byLogger(sec, bench.EventCases(ev), cfg)...)
		}
	}
	if cfg.sections[secParallel] {
		gs = append(gs, byLogger(secParallel, bench.ParallelCases(), cfg)...)
	}
	if cfg.sections[secEngine] {
		cs, err := bench.EngineCases(corpus)
		if err != nil {
			return nil, err
		}
		gs = append(gs, &group{section: secEngine, cases: cs, rounds: cfg.engineRounds, benchtime: cfg.engineBenchtime})
	}
	if cfg.sections[secGrowth] {
		cs, err := bench.GrowthCases(corpus)
		if err != nil {
			return nil, err
		}
		// Cases come in pairs: the engine and the regexp of one size.
		for i := 0; i+1 < len(cs); i += 2 {
			label := cs[i].Name[strings.IndexByte(cs[i].Name, '/')+1:]
			gs = append(gs, &group{section: secGrowth, label: label, cases: cs[i : i+2], rounds: cfg.engineRounds, benchtime: cfg.engineBenchtime})
		}
	}
	if cfg.sections[secCommand] {
		fmt.Fprintln(os.Stderr, "building", bench.CommandPackage)
		bin, err := bench.BuildCommand(tmp)
		if err != nil {
			return nil, fmt.Errorf("%v (run the report from the bench directory)", err)
		}
		cs, err := bench.CommandCases(bin, corpus, tmp)
		if err != nil {
			return nil, err
		}
		gs = append(gs, &group{section: secCommand, cases: cs, rounds: cfg.engineRounds, benchtime: cfg.engineBenchtime})
	}
	if cfg.sections[secCollector] {
		fmt.Fprintln(os.Stderr, "building the benchmarks in", bench.CollectorDir)
		bin, err := bench.BuildCollectorBench(tmp)
		if err != nil {
			return nil, fmt.Errorf("%v (run the report from the bench directory)", err)
		}
		for _, ev := range []bench.Event{bench.Clean, bench.Dirty} {
			gs = append(gs, &group{section: secCollector, label: strings.ToUpper(ev.String()), cases: bench.CollectorCases(bin, ev, cfg.engineBenchtime),
				rounds: cfg.engineRounds, benchtime: cfg.engineBenchtime})
		}
	}
	return gs, nil
}

// byLogger splits cases named "<logger>[+variant]" into one group per
// logger, keeping their order, so the plain logger comes first.
func byLogger(section string, cs []bench.Case, cfg *config) []*group {
	var gs []*group
	index := map[string]*group{}
	for _, c := range cs {
		logger, _, _ := strings.Cut(c.Name, "+")
		g := index[logger]
		if g == nil {
			g = &group{section: section, label: logger, rounds: cfg.rounds, benchtime: cfg.benchtime}
			index[logger] = g
			gs = append(gs, g)
		}
		g.cases = append(g.cases, c)
	}
	return gs
}

// runAll runs the groups' rounds, reporting progress on standard error.
func runAll(gs []*group) error {
	total, done := 0, 0
	for _, g := range gs {
		total += len(g.cases) * g.rounds
	}
	start := time.Now()
	for _, g := range gs {
		g.samples = make([][]sample, len(g.cases))
		if err := flag.Set("test.benchtime", g.benchtime.String()); err != nil {
			return err
		}
		for r := range g.rounds {
			for k := range g.cases {
				// Alternate the order so that neither case always
				// runs first in a warm or a cold moment.
				i := k
				if r%2 == 1 {
					i = len(g.cases) - 1 - k
				}
				c := g.cases[i]
				res := testing.Benchmark(c.F)
				done++
				if res.N == 0 {
					return fmt.Errorf("benchmark %s/%s failed", g.section, c.Name)
				}
				s := toSample(res)
				g.samples[i] = append(g.samples[i], s)
				fmt.Fprintf(os.Stderr, "[%3d/%d %5.0fs] %-8s %-22s round %d/%d  %s\n",
					done, total, time.Since(start).Seconds(), g.section, c.Name, r+1, g.rounds, s)
			}
		}
	}
	return nil
}

func toSample(r testing.BenchmarkResult) sample {
	// Whole bytes and allocations per op, as go test prints them: a
	// GC's stray allocation over thousands of ops is not an allocation
	// per event.
	ns := float64(r.T.Nanoseconds()) / float64(r.N)
	if v, ok := r.Extra["ns/op"]; ok {
		ns = v // measured by another process (the Collector's benchmarks)
	}
	s := sample{
		ns:     ns,
		bytes:  float64(r.AllocedBytesPerOp()),
		allocs: float64(r.AllocsPerOp()),
	}
	if r.Bytes > 0 && r.T > 0 {
		s.mbps = float64(r.Bytes) * float64(r.N) / 1e6 / r.T.Seconds()
	}
	return s
}

func (s sample) String() string {
	out := fmt.Sprintf("%12.0f ns/op %8.0f B/op %6.0f allocs/op", s.ns, s.bytes, s.allocs)
	if s.mbps > 0 {
		out += fmt.Sprintf(" %10.2f MB/s", s.mbps)
	}
	return out
}

// median returns the median of xs, or 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if n := len(s); n%2 == 1 {
		return s[n/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// stat is the median over rounds of case i's field f.
func (g *group) stat(i int, f func(sample) float64) float64 {
	xs := make([]float64, len(g.samples[i]))
	for r, s := range g.samples[i] {
		xs[r] = f(s)
	}
	return median(xs)
}

// ratio is the median over rounds of case i's ns/op divided by case j's
// in the same round.
func (g *group) ratio(i, j int) float64 {
	xs := make([]float64, len(g.samples[i]))
	for r := range g.samples[i] {
		xs[r] = g.samples[i][r].ns / g.samples[j][r].ns
	}
	return median(xs)
}

// ownRatio is ratio for the cases' own cost: the median over rounds of
// case i's ns/op less case base's, over case j's less case base's.
func (g *group) ownRatio(i, j, base int) float64 {
	xs := make([]float64, len(g.samples[i]))
	for r := range g.samples[i] {
		b := g.samples[base][r].ns
		xs[r] = (g.samples[i][r].ns - b) / (g.samples[j][r].ns - b)
	}
	return median(xs)
}

// speedup is the median over rounds of case i's MB/s divided by case j's
// in the same round: for cases that scan different amounts of text, the
// ratio of their ns/op would mean nothing.
func (g *group) speedup(i, j int) float64 {
	xs := make([]float64, len(g.samples[i]))
	for r := range g.samples[i] {
		xs[r] = g.samples[i][r].mbps / g.samples[j][r].mbps
	}
	return median(xs)
}

// find returns the index of the case named name, or -1.
func (g *group) find(name string) int {
	for i, c := range g.cases {
		if c.Name == name {
			return i
		}
	}
	return -1
}
