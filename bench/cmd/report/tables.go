package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"

	"github.com/logredact/logredact/bench"
)

// table is one section of the report, rendered as text or Markdown.
type table struct {
	title  string
	note   string
	header []string
	rows   [][]string
}

// tables turns the measured groups into the report's tables, in section
// order; work, if not nil, follows the engine table.
func tables(gs []*group, work *bench.EngineWork) []table {
	bySection := map[string][]*group{}
	for _, g := range gs {
		bySection[g.section] = append(bySection[g.section], g)
	}
	var ts []table
	for _, sec := range []string{secClean, secDirty, secMixed} {
		if g := bySection[sec]; g != nil {
			ts = append(ts, eventTable(sec, g))
		}
	}
	if g := bySection[secParallel]; g != nil {
		ts = append(ts, parallelTable(g))
	}
	if g := bySection[secEngine]; g != nil {
		ts = append(ts, engineTable(g[0]))
	}
	if work != nil {
		ts = append(ts, workTable(*work))
	}
	if g := bySection[secGrowth]; g != nil {
		ts = append(ts, growthTable(g))
	}
	if g := bySection[secCommand]; g != nil {
		ts = append(ts, commandTable(g[0]))
	}
	if g := bySection[secCollector]; g != nil {
		ts = append(ts, collectorTable(g))
	}
	return ts
}

var eventTitles = map[string]string{
	secClean: "CLEAN event (nothing to redact)",
	secDirty: "DIRTY event (six sensitive values)",
	secMixed: "Mixed stream (nine CLEAN events to one DIRTY)",
}

func eventTable(sec string, gs []*group) table {
	t := table{
		title: eventTitles[sec],
		note:  "Median ns/op of each configuration; ratios are medians of the per-round ratios.",
		header: []string{"logger", "plain ns/op", "+redact ns/op", "redact / plain", "+regexp ns/op", "regexp / plain",
			"regexp / redact", "allocs/op plain, redact, regexp", "B/op plain, redact, regexp"},
	}
	for _, g := range gs {
		p, r, h := g.find(g.label+bench.Plain), g.find(g.label+bench.Redact), g.find(g.label+bench.HandRoll)
		if p < 0 || r < 0 || h < 0 {
			continue
		}
		t.rows = append(t.rows, []string{
			g.label, ns(g.stat(p, nsOf)), ns(g.stat(r, nsOf)), times(g.ratio(r, p)),
			ns(g.stat(h, nsOf)), times(g.ratio(h, p)), times(g.ratio(h, r)),
			triple(g, allocsOf, p, r, h), triple(g, bytesOf, p, r, h),
		})
	}
	return t
}

func parallelTable(gs []*group) table {
	t := table{
		title:  "Parallel mixed stream, one shared logger, all cores (b.RunParallel)",
		note:   "ns/op is wall time divided by events logged by all goroutines.",
		header: []string{"logger", "plain ns/op", "+redact ns/op", "redact / plain", "allocs/op plain, redact", "B/op plain, redact"},
	}
	for _, g := range gs {
		p, r := g.find(g.label+bench.Plain), g.find(g.label+bench.Redact)
		if p < 0 || r < 0 {
			continue
		}
		t.rows = append(t.rows, []string{
			g.label, ns(g.stat(p, nsOf)), ns(g.stat(r, nsOf)), times(g.ratio(r, p)),
			triple(g, allocsOf, p, r), triple(g, bytesOf, p, r),
		})
	}
	return t
}

func engineTable(g *group) table {
	t := table{
		title: "Engine throughput over the corpus",
		note: fmt.Sprintf("logredact: the whole catalog; regexp: the same detectors as one Go regexp alternation; gitleaks: v8 detector, default rules; "+
			"indexbyte: one bytes.IndexByte pass, the floor; byteloop: one table load per byte in a Go loop, the floor without SIMD. regexp and gitleaks scan the first %d KiB of the corpus, the others all of it.", bench.SlowScanBytes>>10),
		header: []string{"engine", "MB/s", "time per MB / logredact's", "B/op", "allocs/op"},
	}
	base := g.find(bench.EngineLogredact)
	for i, c := range g.cases {
		if c.Name == bench.EngineCall {
			continue // a call, not a throughput: see the targets
		}
		rel := "-"
		if i != base && base >= 0 {
			rel = times(g.speedup(base, i))
		}
		t.rows = append(t.rows, []string{
			c.Name, mbps(g.stat(i, mbpsOf)), rel,
			fmt.Sprintf("%.0f", g.stat(i, bytesOf)), fmt.Sprintf("%.0f", g.stat(i, allocsOf)),
		})
	}
	return t
}

func growthTable(gs []*group) table {
	t := table{
		title:  "Growth: throughput with the first n detectors (ID order)",
		note:   fmt.Sprintf("regexp scans the first %d KiB of the corpus, logredact all of it.", bench.SlowScanBytes>>10),
		header: []string{"detectors", "logredact MB/s", "regexp MB/s", "logredact is faster by"},
	}
	for _, g := range gs {
		t.rows = append(t.rows, []string{g.label, mbps(g.stat(0, mbpsOf)), mbps(g.stat(1, mbpsOf)), times(g.speedup(0, 1))})
	}
	return t
}

func workTable(w bench.EngineWork) table {
	t := table{
		title: "Engine work over the corpus",
		note: "Counted, not timed, so the same on every machine: the positions the engine's prefilter hands to its matchers " +
			"(Engine.PrefilterStats), and the findings that come out.",
		header: []string{"count", "total", "per KB"},
	}
	t.rows = append(t.rows,
		[]string{"prefilter candidates", strconv.Itoa(w.Candidates), perKB(w.PerKB(w.Candidates))},
		[]string{"findings", strconv.Itoa(w.Findings), perKB(w.PerKB(w.Findings))},
	)
	return t
}

func commandTable(g *group) table {
	t := table{
		title: "The logredact command filtering the corpus",
		note: "cmd/logredact built with go build, reading the corpus from a file and writing to /dev/null; one process per operation, " +
			"start-up included. 1 CPU: GOMAXPROCS=1 and -j 1; all CPUs: GOMAXPROCS and -j set to the number of logical CPUs.",
		header: []string{"run", "MB/s", "over 1 CPU"},
	}
	one := g.find(bench.CommandOneCPU)
	for i, c := range g.cases {
		rel := "-"
		if i != one && one >= 0 {
			rel = times(g.speedup(i, one))
		}
		t.rows = append(t.rows, []string{commandRuns[c.Name], mbps(g.stat(i, mbpsOf)), rel})
	}
	return t
}

func collectorTable(gs []*group) table {
	t := table{
		title: "The Collector processor, per log record",
		note: "The otelredact module's benchmarks, built with go test -c and run as a process per case: each operation copies a batch of 100 records " +
			"of the event (the message as body, the fields as attributes) and sends the copy through the processor. copy: the copy alone; " +
			"passthrough: the Collector's processor helper around a function that does nothing; redactionprocessor: the contrib processor with six " +
			"blocked_values regexps. Own cost: time minus the copy's. B/op and allocs/op are per batch.",
		header: []string{"event", "copy ns", "passthrough ns", "redactionprocessor ns", "logredact ns", "logredact / passthrough",
			"redactionprocessor / logredact", "the same, own cost", "allocs/op passthrough, logredact"},
	}
	for _, g := range gs {
		c, p, x, l := g.find(bench.CollectorCopy), g.find(bench.CollectorPassthrough), g.find(bench.CollectorContrib), g.find(bench.CollectorLogredact)
		if c < 0 || p < 0 || x < 0 || l < 0 {
			continue
		}
		t.rows = append(t.rows, []string{
			g.label, ns(g.stat(c, nsOf)), ns(g.stat(p, nsOf)), ns(g.stat(x, nsOf)), ns(g.stat(l, nsOf)),
			times(g.ratio(l, p)), times(g.ratio(x, l)), times(g.ownRatio(x, l, c)), triple(g, allocsOf, p, l),
		})
	}
	return t
}

var commandRuns = map[string]string{
	bench.CommandOneCPU:  "1 CPU",
	bench.CommandAllCPUs: fmt.Sprintf("all CPUs (%d)", runtime.NumCPU()),
}

func nsOf(s sample) float64     { return s.ns }
func bytesOf(s sample) float64  { return s.bytes }
func allocsOf(s sample) float64 { return s.allocs }
func mbpsOf(s sample) float64   { return s.mbps }

// triple formats the medians of f for cases is, "a, b, c".
func triple(g *group, f func(sample) float64, is ...int) string {
	parts := make([]string, len(is))
	for k, i := range is {
		parts[k] = fmt.Sprintf("%.0f", g.stat(i, f))
	}
	return strings.Join(parts, ", ")
}

func ns(v float64) string {
	if v < 100 {
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%.0f", v)
}

func mbps(v float64) string {
	if v < 10 {
		return fmt.Sprintf("%.2f", v)
	}
	return fmt.Sprintf("%.0f", v)
}

// perKB keeps two significant digits of rates well below one per KB.
func perKB(v float64) string {
	switch {
	case v == 0:
		return "0"
	case v < 1:
		return strconv.FormatFloat(v, 'g', 2, 64)
	case v < 10:
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%.0f", v)
}

func times(v float64) string {
	if v < 10 {
		return fmt.Sprintf("%.2fx", v)
	}
	return fmt.Sprintf("%.0fx", v)
}
