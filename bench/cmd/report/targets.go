package main

import (
	"fmt"

	"github.com/logredact/logredact/bench"
)

// The library's performance targets. They are reported, never asserted:
// a benchmark on a shared machine is evidence, not a test.
var (
	cleanBudget = map[string]float64{"slog": 1.10, "zap": 1.15, "zerolog": 1.40}
	dirtyBudget = map[string]float64{"slog": 2, "zap": 2, "zerolog": 3}
)

const (
	minHandRolledSpeedup = 5    // logredact vs hand-rolled regexps, per DIRTY event
	minEngineMBps        = 1000 // whole catalog over the corpus
	minEngineOverLoop    = 0.45 // whole catalog, over a byte loop on the same text
	minEngineSpeedup     = 100  // vs the regexp alternation and gitleaks
	maxGrowthFall        = 0.20 // MB/s lost from one detector to all of them
	minCommandMBps       = 500  // the command filtering the corpus on one core
	maxCallNs            = 20   // one engine call on a 20-byte clean value
	maxCollectorClean    = 1.2  // the processor over passthrough, per CLEAN record
	minCollectorSpeedup  = 20   // the contrib redactionprocessor over the processor, per DIRTY record
)

// targetTable compares the measurements with the targets.
func targetTable(gs []*group) table {
	t := table{
		title:  "Targets",
		header: []string{"target", "measured", "met"},
	}
	add := func(name string, measured string, ok bool) {
		met := "yes"
		if !ok {
			met = "**no**"
		}
		t.rows = append(t.rows, []string{name, measured, met})
	}
	for _, g := range gs {
		switch g.section {
		case secClean, secDirty:
			p, r, h := g.find(g.label+bench.Plain), g.find(g.label+bench.Redact), g.find(g.label+bench.HandRoll)
			if p < 0 || r < 0 {
				continue
			}
			ratio := g.ratio(r, p)
			if g.section == secClean {
				add(fmt.Sprintf("CLEAN %s+redact at most %.2fx plain", g.label, cleanBudget[g.label]), times(ratio), ratio <= cleanBudget[g.label])
				extra := g.stat(r, allocsOf) - g.stat(p, allocsOf)
				add(fmt.Sprintf("CLEAN %s+redact: no extra allocation", g.label), fmt.Sprintf("%+.0f allocs/op", extra), extra <= 0)
				continue
			}
			add(fmt.Sprintf("DIRTY %s+redact at most %.0fx plain", g.label, dirtyBudget[g.label]), times(ratio), ratio <= dirtyBudget[g.label])
			if h >= 0 {
				sp := g.ratio(h, r)
				add(fmt.Sprintf("DIRTY %s: logredact at least %dx faster than hand-rolled regexps", g.label, minHandRolledSpeedup), times(sp), sp >= minHandRolledSpeedup)
			}
		case secEngine:
			e := g.find(bench.EngineLogredact)
			if e < 0 {
				continue
			}
			mb := g.stat(e, mbpsOf)
			add(fmt.Sprintf("engine, whole catalog, at least %d MB/s", minEngineMBps), mbps(mb)+" MB/s", mb >= minEngineMBps)
			if l := g.find(bench.EngineByteLoop); l >= 0 {
				r := mb / g.stat(l, mbpsOf)
				add(fmt.Sprintf("engine, whole catalog, at least %.2fx a byte loop", minEngineOverLoop), times(r), r >= minEngineOverLoop)
			}
			if c := g.find(bench.EngineCall); c >= 0 {
				n := g.stat(c, nsOf)
				add(fmt.Sprintf("engine, one call on a 20-byte clean value, at most %d ns", maxCallNs), ns(n)+" ns", n <= maxCallNs)
				a := g.stat(c, allocsOf)
				add("engine, one call on a 20-byte clean value: no allocation", fmt.Sprintf("%.0f allocs/op", a), a == 0)
			}
			for _, other := range []string{bench.EngineRegexp, bench.EngineGitleaks} {
				if o := g.find(other); o >= 0 {
					sp := g.speedup(e, o)
					add(fmt.Sprintf("engine at least %dx faster than %s", minEngineSpeedup, other), times(sp), sp >= minEngineSpeedup)
				}
			}
		}
	}
	var growth []*group
	for _, g := range gs {
		if g.section == secGrowth {
			growth = append(growth, g)
		}
	}
	if len(growth) >= 2 {
		// Each growth group holds the engine (case 0) and the regexp of
		// one catalog size, smallest first.
		first, last := growth[0], growth[len(growth)-1]
		fall := 1 - last.stat(0, mbpsOf)/first.stat(0, mbpsOf)
		add(fmt.Sprintf("growth, %s to %s detectors: MB/s falls by at most %.0f%%", first.label, last.label, 100*maxGrowthFall), fmt.Sprintf("%.0f%%", 100*fall), fall <= maxGrowthFall)
	}
	for _, g := range gs {
		if g.section != secCollector {
			continue
		}
		p, x, l := g.find(bench.CollectorPassthrough), g.find(bench.CollectorContrib), g.find(bench.CollectorLogredact)
		switch {
		case g.label == "CLEAN" && p >= 0 && l >= 0:
			r := g.ratio(l, p)
			add(fmt.Sprintf("Collector processor, CLEAN record at most %.1fx passthrough", maxCollectorClean), times(r), r <= maxCollectorClean)
		case g.label == "DIRTY" && x >= 0 && l >= 0:
			sp := g.ratio(x, l)
			add(fmt.Sprintf("Collector processor, DIRTY record at least %dx faster than redactionprocessor", minCollectorSpeedup), times(sp), sp >= minCollectorSpeedup)
		}
	}
	for _, g := range gs {
		if g.section == secCommand {
			if c := g.find(bench.CommandOneCPU); c >= 0 {
				mb := g.stat(c, mbpsOf)
				add(fmt.Sprintf("command, one core, at least %d MB/s", minCommandMBps), mbps(mb)+" MB/s", mb >= minCommandMBps)
			}
		}
	}
	return t
}
