package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

// environment describes the machine and the run, so a table is never
// read without knowing where it came from.
func environment(cfg *config, load string, corpusBytes, corpusLines, plants int, took time.Duration) []string {
	return []string{
		fmt.Sprintf("Machine: %s, %d logical CPUs (GOMAXPROCS %d), %s RAM, %s/%s, %s",
			cpuModel(), runtime.NumCPU(), runtime.GOMAXPROCS(0), memTotal(), runtime.GOOS, runtime.GOARCH, runtime.Version()),
		fmt.Sprintf("Load average when the run started: %s", load),
		fmt.Sprintf("Run: %s, %d rounds of %s per logger benchmark, %d rounds of %s per engine benchmark, took %s",
			time.Now().UTC().Format("2006-01-02 15:04 MST"), cfg.rounds, cfg.benchtime, cfg.engineRounds, cfg.engineBenchtime, took.Round(time.Second)),
		fmt.Sprintf("Corpus: %d bytes, %d lines, %d planted findings (bench.NewCorpus(%d))", corpusBytes, corpusLines, plants, cfg.corpusSize),
	}
}

// procField returns the value of the first "name: value" line of a /proc
// file, or "".
func procField(path, name string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == name {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func cpuModel() string {
	if m := procField("/proc/cpuinfo", "model name"); m != "" {
		return m
	}
	return "unknown CPU"
}

func memTotal() string {
	var kb int64
	if _, err := fmt.Sscanf(procField("/proc/meminfo", "MemTotal"), "%d kB", &kb); err != nil {
		return "unknown"
	}
	return fmt.Sprintf("%.0f GiB", float64(kb)/(1<<20))
}

func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
