package patterns

import (
	"strings"
	"testing"

	"github.com/logredact/logredact/patterns/internal/pairscan"
)

// TestPrefilterStats checks the candidate count on an engine whose only
// anchors are one detector's keywords: nothing where no keyword occurs,
// one candidate per keyword occurrence, and the default engine's anchors
// (an '@', a digit run) counted too.
func TestPrefilterStats(t *testing.T) {
	e, err := New(WithDetectors("github-pat"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"request completed in 12 ms for alice@example.com", 0},
		{"ghp_ once", 1},
		{"ghp_ and again ghp_, twice", 2},
	} {
		if n := e.PrefilterStats(tt.in); n != tt.want {
			t.Errorf("github-pat only: PrefilterStats(%q) = %d, want %d", tt.in, n, tt.want)
		}
	}
	if n := Default().PrefilterStats("for alice@example.com"); n == 0 {
		t.Error(`Default().PrefilterStats("for alice@example.com") = 0, want the '@' counted`)
	}
}

// TestFoldedCandidates checks what folding the default engine's table
// costs where the folded kernel runs: the kernel may mark pairs the table
// does not hold, and over the benign corpus and realistic log text those
// must stay a few percent of the candidates, or the folding chose its
// merges badly. Every pair the table holds must be marked.
func TestFoldedCandidates(t *testing.T) {
	e := Default()
	if !e.pf.pairs.Folded() {
		t.Skip("the folded kernel does not run on this machine")
	}
	var b strings.Builder
	b.WriteString(benchCorpus(256 << 10))
	for _, l := range benignCorpus() {
		b.WriteString(l + "\n")
	}
	for _, l := range readCorpus(t, "testdata/benign/system_logs.txt") {
		b.WriteString(l.text + "\n")
	}
	text := b.String()
	n := (len(text) - 1) / 32
	m := make([]uint32, n)
	pairscan.Masks(e.pf.pairs, text[:32*n+1], m)
	marked := 0
	for k, w := range m {
		for j := range 32 {
			i := 32*k + j
			held := e.pf.holds(text, i)
			if held && w&(1<<j) == 0 {
				t.Fatalf("pair %q at %d is in the table and not marked", text[i:i+2], i)
			}
			if w&(1<<j) != 0 {
				marked++
			}
		}
	}
	exact := e.PrefilterStats(text[:32*n+1])
	if extra := float64(marked-exact) / float64(exact); extra > 0.05 {
		t.Errorf("folded kernel marks %d positions, the table %d: %.1f%% more, want at most 5%%", marked, exact, 100*extra)
	} else {
		t.Logf("folded kernel marks %d positions, the table %d", marked, exact)
	}
}
