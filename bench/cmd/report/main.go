// Command report runs the bench module's benchmarks in-process and reports
// what logredact costs beside the plain loggers, the hand-rolled regexp
// approach, Go's regexp and gitleaks.
//
// Usage, from the bench directory:
//
//	go run ./cmd/report [-long] [-readme] [flags]
//
// Each group of related benchmarks (a logger plain, with logredact and with
// hand-rolled regexps; the engines over the corpus; the logredact command
// on one core and on all; the Collector processors on one event) is run in
// turn, for several rounds, alternating the order within a group from
// round to round. Ratios are taken within each round and the report gives their
// median, so load from other processes on a shared machine mostly cancels
// out.
//
// The table goes to standard output, progress to standard error. The same
// table as Markdown, and a chart (PNG and SVG), are written to the -out
// directory. With -readme, README.md's results section and results.png
// beside it are replaced as well.
//
// The default budget takes under three minutes on two cores; -long runs
// more rounds, each longer.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/logredact/logredact/bench"
)

// config is what the flags select.
type config struct {
	rounds          int
	benchtime       time.Duration
	engineRounds    int
	engineBenchtime time.Duration
	corpusSize      int
	sections        map[string]bool
	out             string
	readme          bool
}

func main() {
	testing.Init()
	cfg, err := parseFlags(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(2)
	}
	if err := run(cfg); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

func parseFlags(args []string) (*config, error) {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	long := fs.Bool("long", false, "longer run: 10 rounds of 1s per logger benchmark, 5 rounds of 1s per engine benchmark")
	rounds := fs.Int("rounds", 5, "rounds of each per-event group")
	benchtime := fs.Duration("benchtime", 100*time.Millisecond, "time per per-event benchmark run")
	engineRounds := fs.Int("engine-rounds", 3, "rounds of the engine and growth groups")
	engineBenchtime := fs.Duration("engine-benchtime", 200*time.Millisecond, "time per engine benchmark run (a slower engine runs once)")
	corpus := fs.Int("corpus", bench.DefaultCorpusSize, "corpus size in bytes")
	sections := fs.String("sections", strings.Join(allSections, ","), "comma-separated sections to run")
	out := fs.String("out", "out", "directory for the Markdown table and the chart")
	readme := fs.Bool("readme", false, "also write the results into README.md and results.png in the current directory")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	cfg := &config{
		rounds: *rounds, benchtime: *benchtime,
		engineRounds: *engineRounds, engineBenchtime: *engineBenchtime,
		corpusSize: *corpus, out: *out, readme: *readme,
		sections: map[string]bool{},
	}
	if *long {
		// Explicit flags still win over -long.
		set := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
		for name, apply := range map[string]func(){
			"rounds":           func() { cfg.rounds = 10 },
			"benchtime":        func() { cfg.benchtime = time.Second },
			"engine-rounds":    func() { cfg.engineRounds = 5 },
			"engine-benchtime": func() { cfg.engineBenchtime = time.Second },
		} {
			if !set[name] {
				apply()
			}
		}
	}
	for _, s := range strings.Split(*sections, ",") {
		s = strings.TrimSpace(s)
		if !contains(allSections, s) {
			return nil, fmt.Errorf("unknown section %q (have %s)", s, strings.Join(allSections, ", "))
		}
		cfg.sections[s] = true
	}
	if cfg.rounds < 1 || cfg.engineRounds < 1 || cfg.corpusSize < 1<<10 || cfg.benchtime <= 0 || cfg.engineBenchtime <= 0 {
		return nil, fmt.Errorf("rounds must be at least 1, times positive and the corpus at least 1 KiB")
	}
	return cfg, nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}
