package bench

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestCommandRedactsCorpus checks that the command benchmarks time real
// work: the built command, run as they run it, masks every value planted
// in the corpus and keeps every line.
func TestCommandRedactsCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	dir := t.TempDir()
	bin, err := BuildCommand(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := NewCorpus(testCorpusSize / 4)
	if _, err := CommandCases(bin, c, dir); err != nil {
		t.Fatal(err)
	}
	for _, procs := range []string{"1", "2"} {
		cmd := exec.Command(bin, "-j", procs, dir+"/corpus.log")
		cmd.Env = append(os.Environ(), "GOMAXPROCS="+procs)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("-j %s: %v", procs, err)
		}
		if n := strings.Count(string(out), "\n"); n != c.Lines {
			t.Errorf("-j %s wrote %d lines, want %d", procs, n, c.Lines)
		}
		for _, p := range c.Plants {
			if strings.Contains(string(out), p.Value) {
				t.Errorf("-j %s left %s %q in its output", procs, p.Detector, p.Value)
			}
		}
	}
	if err := runCommand(bin, "1", dir+"/corpus.log"); err != nil {
		t.Error(err)
	}
}
