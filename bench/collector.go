package bench

import (
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Names of the Collector processor benchmarks, as the otelredact module's
// bench_test.go names them.
const (
	CollectorCopy        = "copy"
	CollectorPassthrough = "passthrough"
	CollectorContrib     = "redactionprocessor"
	CollectorLogredact   = "logredact"
)

// CollectorDir is the otelredact module, from the bench directory. It is a
// module of its own, with the Collector's dependencies, so its benchmarks
// are built there and run as a process, not linked into this module.
const CollectorDir = "../otelredact"

// BuildCollectorBench compiles the otelredact module's tests into dir and
// returns the test binary's path.
func BuildCollectorBench(dir string) (string, error) {
	bin, err := filepath.Abs(filepath.Join(dir, "otelredact.test"))
	if err != nil {
		return "", err
	}
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	cmd := exec.Command("go", "test", "-c", "-o", bin, ".")
	cmd.Dir = CollectorDir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go test -c in %s: %v\n%s", CollectorDir, err, stderr.Bytes())
	}
	return bin, nil
}

// CollectorCases returns, for ev (Clean or Dirty), the otelredact
// module's benchmarks of one batch of 100 records through each
// processor: "copy" (copying the batch alone), "passthrough" (the
// Collector's processor helper around a function that does nothing),
// "redactionprocessor" (the contrib processor) and "logredact". Each
// operation runs bin for that benchmark alone, for benchtime, and reports
// what it measured through b.ReportMetric: "ns/op" is the benchmark's
// ns/record, "B/op" and "allocs/op" are per batch.
func CollectorCases(bin string, ev Event, benchtime time.Duration) []Case {
	top := "BenchmarkClean"
	if ev == Dirty {
		top = "BenchmarkDirty"
	}
	var cs []Case
	for _, name := range []string{CollectorCopy, CollectorPassthrough, CollectorContrib, CollectorLogredact} {
		pattern := "^" + top + "$/^" + regexp.QuoteMeta(name) + "$"
		cs = append(cs, Case{Name: name, F: func(b *testing.B) {
			// One run of the process measures for benchtime, so the
			// testing package calls this once.
			m, err := runCollectorBench(bin, pattern, benchtime)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(m["ns/record"], "ns/op")
			b.ReportMetric(m["B/op"], "B/op")
			b.ReportMetric(m["allocs/op"], "allocs/op")
		}})
	}
	return cs
}

// runCollectorBench runs the benchmark that pattern selects in bin and
// returns its metrics.
func runCollectorBench(bin, pattern string, benchtime time.Duration) (map[string]float64, error) {
	cmd := exec.Command(bin, "-test.run", "^$", "-test.bench", pattern, "-test.benchtime", benchtime.String())
	cmd.Dir = CollectorDir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s -test.bench %s: %v\n%s%s", bin, pattern, err, stdout.Bytes(), stderr.Bytes())
	}
	m, err := ParseBenchLine(stdout.String())
	if err != nil {
		return nil, fmt.Errorf("%s -test.bench %s: %v", bin, pattern, err)
	}
	if _, ok := m["ns/record"]; !ok {
		return nil, fmt.Errorf("%s -test.bench %s: no ns/record in\n%s", bin, pattern, stdout.Bytes())
	}
	return m, nil
}

// ParseBenchLine returns the metrics of the one result line in out, the
// output of a test binary that ran one benchmark: each value by its unit.
func ParseBenchLine(out string) (map[string]float64, error) {
	var m map[string]float64
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		if m != nil {
			return nil, fmt.Errorf("more than one benchmark result:\n%s", out)
		}
		// f[1] is the iteration count, then value and unit pairs.
		m = map[string]float64{}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				return nil, fmt.Errorf("benchmark line %q: %v", line, err)
			}
			m[f[i+1]] = v
		}
	}
	if m == nil {
		return nil, fmt.Errorf("no benchmark result in:\n%s", out)
	}
	return m, nil
}
