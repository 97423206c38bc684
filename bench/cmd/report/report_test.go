package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/logredact/logredact/bench"
)

func TestMedian(t *testing.T) {
	tests := []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
	}
	for _, tt := range tests {
		if got := median(tt.in); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestSplice(t *testing.T) {
	doc := "# T\n\n" + markBegin + "\nold\n" + markEnd + "\ntail\n"
	got, err := splice([]byte(doc), "new")
	if err != nil {
		t.Fatal(err)
	}
	want := "# T\n\n" + markBegin + "\nnew\n" + markEnd + "\ntail\n"
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("splice mismatch (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"no markers", markEnd + markBegin, markBegin + " only"} {
		if _, err := splice([]byte(bad), "x"); err == nil {
			t.Errorf("splice(%q) succeeded, want an error", bad)
		}
	}
}

func TestParseFlags(t *testing.T) {
	tests := []struct {
		args []string
		want string // rounds benchtime engineRounds engineBenchtime sections
		err  bool
	}{
		{args: nil, want: "5 100ms 3 200ms clean,collector,command,dirty,engine,growth,mixed,parallel"},
		{args: []string{"-long"}, want: "10 1s 5 1s clean,collector,command,dirty,engine,growth,mixed,parallel"},
		{args: []string{"-long", "-rounds", "3"}, want: "3 1s 5 1s clean,collector,command,dirty,engine,growth,mixed,parallel"},
		{args: []string{"-sections", "engine, clean"}, want: "5 100ms 3 200ms clean,engine"},
		{args: []string{"-sections", "cpu"}, err: true},
		{args: []string{"-rounds", "0"}, err: true},
		{args: []string{"extra"}, err: true},
	}
	for _, tt := range tests {
		cfg, err := parseFlags(tt.args)
		if tt.err {
			if err == nil {
				t.Errorf("parseFlags(%q) succeeded, want an error", tt.args)
			}
			continue
		}
		if err != nil {
			t.Errorf("parseFlags(%q): %v", tt.args, err)
			continue
		}
		var secs []string
		for _, s := range allSections {
			if cfg.sections[s] {
				secs = append(secs, s)
			}
		}
		sort.Strings(secs)
		got := strings.Join([]string{strconv.Itoa(cfg.rounds), cfg.benchtime.String(), strconv.Itoa(cfg.engineRounds), cfg.engineBenchtime.String(), strings.Join(secs, ",")}, " ")
		if got != tt.want {
			t.Errorf("parseFlags(%q) = %s, want %s", tt.args, got, tt.want)
		}
	}
}

// fakeGroups are measured groups with known samples, two rounds each.
func fakeGroups() []*group {
	ev := func(sec, logger string, plain, redact, regexp [2]float64) *group {
		g := &group{section: sec, label: logger, rounds: 2}
		for _, v := range []struct {
			name string
			ns   [2]float64
		}{{logger + bench.Plain, plain}, {logger + bench.Redact, redact}, {logger + bench.HandRoll, regexp}} {
			g.cases = append(g.cases, bench.Case{Name: v.name})
			g.samples = append(g.samples, []sample{{ns: v.ns[0]}, {ns: v.ns[1]}})
		}
		return g
	}
	engine := &group{section: secEngine, rounds: 2}
	for _, e := range []struct {
		name string
		mbps float64
	}{{bench.EngineLogredact, 800}, {bench.EngineRegexp, 4}, {bench.EngineGitleaks, 10}, {bench.EngineFloor, 20000}} {
		engine.cases = append(engine.cases, bench.Case{Name: e.name})
		engine.samples = append(engine.samples, []sample{{ns: 1e6, mbps: e.mbps}, {ns: 1e6, mbps: e.mbps}})
	}
	command := &group{section: secCommand, rounds: 2}
	for _, c := range []struct {
		name string
		mbps [2]float64
	}{{bench.CommandOneCPU, [2]float64{100, 50}}, {bench.CommandAllCPUs, [2]float64{180, 100}}} {
		command.cases = append(command.cases, bench.Case{Name: c.name})
		command.samples = append(command.samples, []sample{{ns: 1e6, mbps: c.mbps[0]}, {ns: 1e6, mbps: c.mbps[1]}})
	}
	collector := func(label string, cp, pass, contrib, lr [2]float64) *group {
		g := &group{section: secCollector, label: label, rounds: 2}
		for _, c := range []struct {
			name string
			ns   [2]float64
		}{{bench.CollectorCopy, cp}, {bench.CollectorPassthrough, pass}, {bench.CollectorContrib, contrib}, {bench.CollectorLogredact, lr}} {
			g.cases = append(g.cases, bench.Case{Name: c.name})
			g.samples = append(g.samples, []sample{{ns: c.ns[0], allocs: 1000}, {ns: c.ns[1], allocs: 1000}})
		}
		return g
	}
	return []*group{
		ev(secClean, "zap", [2]float64{100, 200}, [2]float64{110, 250}, [2]float64{3000, 5000}),
		ev(secDirty, "zap", [2]float64{100, 100}, [2]float64{300, 100}, [2]float64{2000, 2000}),
		engine,
		command,
		collector("CLEAN", [2]float64{200, 200}, [2]float64{300, 250}, [2]float64{12000, 12000}, [2]float64{330, 300}),
		collector("DIRTY", [2]float64{400, 400}, [2]float64{500, 500}, [2]float64{30000, 40000}, [2]float64{1400, 2400}),
	}
}

func TestParseBenchLine(t *testing.T) {
	out := "goos: linux\ngoarch: amd64\npkg: github.com/logredact/logredact/otelredact\ncpu: AMD EPYC\n" +
		"BenchmarkClean/logredact-2         \t   13206\t     88170 ns/op\t       881.7 ns/record\t   13696 B/op\t    1005 allocs/op\nPASS\n"
	got, err := bench.ParseBenchLine(out)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"ns/op": 88170, "ns/record": 881.7, "B/op": 13696, "allocs/op": 1005}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ParseBenchLine mismatch (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"PASS\n", "BenchmarkA-2 1 5 ns/op\nBenchmarkB-2 1 6 ns/op\n", "BenchmarkA-2 1 five ns/op\n"} {
		if _, err := bench.ParseBenchLine(bad); err == nil {
			t.Errorf("ParseBenchLine(%q) succeeded, want an error", bad)
		}
	}
}

func TestTables(t *testing.T) {
	work := &bench.EngineWork{Bytes: 4 << 20, Candidates: 1 << 20, Findings: 140}
	ts := append([]table{targetTable(fakeGroups())}, tables(fakeGroups(), work)...)
	var got [][]string
	for _, tb := range ts {
		got = append(got, []string{"## " + tb.title})
		got = append(got, tb.rows...)
	}
	want := [][]string{
		{"## Targets"},
		// Ratios are per round, then the median: (1.1 + 1.25) / 2.
		{"CLEAN zap+redact at most 1.15x plain", "1.18x", "**no**"},
		{"CLEAN zap+redact: no extra allocation", "+0 allocs/op", "yes"},
		{"DIRTY zap+redact at most 2x plain", "2.00x", "yes"},
		{"DIRTY zap: logredact at least 5x faster than hand-rolled regexps", "13x", "yes"},
		{"engine, whole catalog, at least 1000 MB/s", "800 MB/s", "**no**"},
		{"engine at least 100x faster than regexp", "200x", "yes"},
		{"engine at least 100x faster than gitleaks", "80x", "**no**"},
		// (330/300 + 300/250) / 2 = 1.15; (30000/1400 + 40000/2400) / 2 = 19.05.
		{"Collector processor, CLEAN record at most 1.2x passthrough", "1.15x", "yes"},
		{"Collector processor, DIRTY record at least 20x faster than redactionprocessor", "19x", "**no**"},
		{"command, one core, at least 500 MB/s", "75 MB/s", "**no**"},
		{"## " + eventTitles[secClean]},
		{"zap", "150", "180", "1.18x", "4000", "28x", "24x", "0, 0, 0", "0, 0, 0"},
		{"## " + eventTitles[secDirty]},
		{"zap", "100", "200", "2.00x", "2000", "20x", "13x", "0, 0, 0", "0, 0, 0"},
		{"## Engine throughput over the corpus"},
		{"logredact", "800", "-", "0", "0"},
		{"regexp", "4.00", "200x", "0", "0"},
		{"gitleaks", "10", "80x", "0", "0"},
		{"indexbyte", "20000", "0.04x", "0", "0"},
		{"## Engine work over the corpus"},
		{"prefilter candidates", "1048576", "256"},
		{"findings", "140", "0.034"},
		{"## The logredact command filtering the corpus"},
		{"1 CPU", "75", "-"},
		// Per round, then the median: (1.8 + 2.0) / 2.
		{fmt.Sprintf("all CPUs (%d)", runtime.NumCPU()), "140", "1.90x"},
		{"## The Collector processor, per log record"},
		// Own cost: (11800/130 + 11800/100) / 2 = 104; (29600/1000 + 39600/2000) / 2 = 24.7.
		{"CLEAN", "200", "275", "12000", "315", "1.15x", "38x", "104x", "1000, 1000"},
		{"DIRTY", "400", "500", "35000", "1900", "3.80x", "19x", "25x", "1000, 1000"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tables mismatch (-want +got):\n%s", diff)
	}
	md := markdown([]string{"Machine: test"}, ts, "chart.png")
	for _, s := range []string{"- Machine: test\n", "### Targets\n", "| target | measured | met |\n| :--- | ---: | ---: |\n", "![", "(chart.png)"} {
		if !strings.Contains(md, s) {
			t.Errorf("markdown lacks %q:\n%s", s, md)
		}
	}
}

func TestWriteCharts(t *testing.T) {
	dir := t.TempDir()
	png, svg := filepath.Join(dir, "c.png"), filepath.Join(dir, "c.svg")
	if err := writeCharts(fakeGroups(), png, svg); err != nil {
		t.Fatalf("writeCharts: %v", err)
	}
	for path, magic := range map[string]string{png: "\x89PNG", svg: "<?xml"} {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), magic) {
			t.Errorf("%s starts with %q, want %q", filepath.Base(path), b[:min(len(b), 8)], magic)
		}
	}
	// Without any measurement the chart is still drawn.
	if err := writeCharts(nil, png, svg); err != nil {
		t.Errorf("writeCharts(nil): %v", err)
	}
}

func TestByLogger(t *testing.T) {
	cfg := &config{rounds: 2, benchtime: time.Millisecond}
	gs := byLogger(secClean, bench.EventCases(bench.Clean), cfg)
	var got []string
	for _, g := range gs {
		var names []string
		for _, c := range g.cases {
			names = append(names, c.Name)
		}
		got = append(got, g.label+": "+strings.Join(names, " "))
	}
	want := []string{"slog: slog slog+redact slog+regexp", "zap: zap zap+redact zap+regexp", "zerolog: zerolog zerolog+redact zerolog+regexp"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("byLogger mismatch (-want +got):\n%s", diff)
	}
}

func TestWorkTable(t *testing.T) {
	w := bench.EngineWork{Bytes: 2048, Candidates: 7, Findings: 1}
	got := workTable(w).rows
	want := [][]string{{"prefilter candidates", "7", "3.5"}, {"findings", "1", "0.5"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("workTable mismatch (-want +got):\n%s", diff)
	}
}

// TestReadmeKeepsHandWrittenSections checks that -readme, which replaces
// only the text between the markers, leaves the sections written by hand
// around them, whose figures the report does not produce.
func TestReadmeKeepsHandWrittenSections(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", readmeMD))
	if err != nil {
		t.Fatal(err)
	}
	got, err := splice(doc, "figures")
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"## Methodology", "## Where the time goes", "## Reproduce"} {
		if !strings.Contains(string(got), "\n"+h+"\n") {
			t.Errorf("README.md after -readme lacks %q", h)
		}
	}
}
