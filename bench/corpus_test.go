package bench

import (
	"crypto/sha256"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/logredact/logredact/patterns"
)

// testCorpusSize keeps the tests fast; the corpus is the same text at any
// size, only shorter.
const testCorpusSize = 1 << 20

var testCorpus = sync.OnceValue(func() *Corpus { return NewCorpus(testCorpusSize) })

// requiredDetectors must be in the catalog: the corpus plants values for
// them, and the engine must find every one.
var requiredDetectors = []string{"email", "credit-card", "us-ssn", "sensitive-key", "github-pat", "aws-access-key-id"}

func TestCorpusDeterministic(t *testing.T) {
	c := testCorpus()
	again := NewCorpus(testCorpusSize)
	if c.Text != again.Text {
		t.Fatal("two corpora of the same size differ")
	}
	if diff := cmp.Diff(c.Plants, again.Plants); diff != "" {
		t.Errorf("Plants mismatch (-first +second):\n%s", diff)
	}
	small := NewCorpus(testCorpusSize / 4)
	if !strings.HasPrefix(c.Text, small.Text) {
		t.Error("a smaller corpus is not a prefix of a larger one")
	}
	if diff := cmp.Diff(c.Plants[:len(small.Plants)], small.Plants); diff != "" {
		t.Errorf("smaller corpus' Plants mismatch (-larger +smaller):\n%s", diff)
	}
	// Figures are comparable between machines and releases only if the
	// corpus is: a change to the generator must change this digest
	// knowingly.
	const want = "e011ae464cc3cfaeb2087ebe4d8d39801d38c226acdd522cdecfb70144886b8b"
	if got := fmt.Sprintf("%x", sha256.Sum256([]byte(c.Text))); got != want {
		t.Errorf("NewCorpus(%d) digest = %s, want %s", testCorpusSize, got, want)
	}
}

func TestCorpusShape(t *testing.T) {
	c := testCorpus()
	if len(c.Text) < testCorpusSize {
		t.Errorf("len(Text) = %d, want at least %d", len(c.Text), testCorpusSize)
	}
	if n := strings.Count(c.Text, "\n"); n != c.Lines || !strings.HasSuffix(c.Text, "\n") {
		t.Errorf("Lines = %d, text has %d line breaks (ends in one: %v)", c.Lines, n, strings.HasSuffix(c.Text, "\n"))
	}
	// About one plant per PlantRate lines.
	if rate := c.Lines / max(len(c.Plants), 1); rate < PlantRate*2/3 || rate > PlantRate*3/2 {
		t.Errorf("one plant per %d lines (%d plants in %d lines), want about %d", rate, len(c.Plants), c.Lines, PlantRate)
	}
	kinds := map[string]int{}
	for i, p := range c.Plants {
		kinds[p.Detector]++
		if got := c.Text[p.Start : p.Start+len(p.Value)]; got != p.Value {
			t.Errorf("Plants[%d]: text at %d is %q, want %q", i, p.Start, got, p.Value)
		}
		if line := strings.Count(c.Text[:p.Start], "\n") + 1; line != p.Line {
			t.Errorf("Plants[%d] (%q): Line = %d, want %d", i, p.Value, p.Line, line)
		}
		if i > 0 && p.Start <= c.Plants[i-1].Start {
			t.Errorf("Plants[%d] is not after Plants[%d]", i, i-1)
		}
	}
	for _, id := range requiredDetectors {
		if kinds[id] == 0 {
			t.Errorf("no value planted for %s", id)
		}
	}
	// Every kind of line the corpus promises.
	for _, marker := range []string{`HTTP/1.1" `, "msg=", `{"level":`, "goroutine ", "\tat com.", "Traceback (most recent call last)"} {
		if !strings.Contains(c.Text, marker) {
			t.Errorf("corpus has no line with %q", marker)
		}
	}
}

func TestCorpusPlantsFound(t *testing.T) {
	c := testCorpus()
	e := patterns.Default()
	have := map[string]bool{}
	for _, d := range e.Detectors() {
		have[d.ID] = true
	}
	for _, id := range requiredDetectors {
		if !have[id] {
			t.Errorf("the catalog has no %s detector", id)
		}
	}
	fs := e.Find(c.Text)
	covered := make([]bool, len(c.Plants))
	for _, f := range fs {
		// Plants are sorted: find the first that ends after f starts.
		i := sort.Search(len(c.Plants), func(i int) bool { return c.Plants[i].Start+len(c.Plants[i].Value) > f.Start })
		if i < len(c.Plants) && f.Start <= c.Plants[i].Start && c.Plants[i].Start+len(c.Plants[i].Value) <= f.End {
			covered[i] = true
			continue
		}
		t.Errorf("finding %s %q on line %d is not a planted value: %q", f.DetectorID, c.Text[f.Start:f.End], lineOf(c, f.Start), lineAt(c, f.Start))
	}
	for i, p := range c.Plants {
		if !covered[i] {
			t.Errorf("planted %s %q on line %d not found: %q", p.Detector, p.Value, p.Line, lineAt(c, p.Start))
		}
	}
}

// lineOf returns the 1-based line that holds offset i.
func lineOf(c *Corpus, i int) int {
	return strings.Count(c.Text[:i], "\n") + 1
}

// lineAt returns the line that holds offset i, without its line break.
func lineAt(c *Corpus, i int) string {
	start := strings.LastIndexByte(c.Text[:i], '\n') + 1
	end := strings.IndexByte(c.Text[i:], '\n')
	if end < 0 {
		return c.Text[start:]
	}
	return c.Text[start : i+end]
}
