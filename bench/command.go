package bench

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
)

// Names of the command benchmarks.
const (
	CommandOneCPU  = "1cpu"
	CommandAllCPUs = "allcpus"
)

// CommandPackage is the import path of the logredact command.
const CommandPackage = "github.com/logredact/logredact/cmd/logredact"

// BuildCommand builds the logredact command into dir and returns the
// binary's path. It runs the go command in the current directory, which
// must be inside the bench module: the command is a package main, so it
// cannot be called in-process, and the binary users run is what should be
// measured.
func BuildCommand(dir string) (string, error) {
	bin := filepath.Join(dir, "logredact")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	cmd := exec.Command("go", "build", "-o", bin, CommandPackage)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build %s: %v\n%s", CommandPackage, err, stderr.Bytes())
	}
	return bin, nil
}

// CommandCases returns the throughput of the command at bin filtering c,
// read from a file written into dir, to the null device, each reporting
// MB/s of the corpus:
//   - "1cpu": GOMAXPROCS=1 and -j 1, one core doing everything;
//   - "allcpus": GOMAXPROCS and -j set to the number of logical CPUs.
//
// Each operation is one run of the process, so start-up and reading the
// file (from the page cache after the first run) are counted, as they are
// for anyone who runs the command over a file.
func CommandCases(bin string, c *Corpus, dir string) ([]Case, error) {
	input := filepath.Join(dir, "corpus.log")
	if err := os.WriteFile(input, []byte(c.Text), 0o644); err != nil {
		return nil, err
	}
	n := int64(len(c.Text))
	run := func(procs int) func(b *testing.B) {
		p := strconv.Itoa(procs)
		return func(b *testing.B) {
			b.SetBytes(n)
			for b.Loop() {
				if err := runCommand(bin, p, input); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	return []Case{
		{Name: CommandOneCPU, F: run(1)},
		{Name: CommandAllCPUs, F: run(runtime.NumCPU())},
	}, nil
}

// runCommand filters input with procs goroutines on procs threads,
// discarding the output.
func runCommand(bin, procs, input string) error {
	cmd := exec.Command(bin, "-j", procs, input)
	// A GOMAXPROCS inherited from the caller's environment would
	// otherwise decide the all-cores run; a later entry wins.
	cmd.Env = append(os.Environ(), "GOMAXPROCS="+procs)
	// A nil Stdout is the null device.
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s -j %s %s: %v\n%s", bin, procs, input, err, stderr.Bytes())
	}
	return nil
}
