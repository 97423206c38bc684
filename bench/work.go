package bench

import "github.com/logredact/logredact/patterns"

// EngineWork is what the engine does over a corpus, counted rather than
// timed: counts are the same on every machine and under any load, so they
// tell whether a change in MB/s comes from doing more work or from doing
// the same work more slowly.
type EngineWork struct {
	// Bytes is the size of the text scanned.
	Bytes int
	// Candidates is how many positions of the text the engine's
	// prefilter hands to its matchers and scanners
	// ([patterns.Engine.PrefilterStats]).
	Candidates int
	// Findings is how many spans the engine reports in the text.
	Findings int
}

// MeasureWork counts e's prefilter candidates and findings over c. The
// candidate rate, not the number of findings, sets the engine's speed:
// every candidate costs a visit, and findings are the few that survive.
func MeasureWork(e *patterns.Engine, c *Corpus) EngineWork {
	return EngineWork{
		Bytes:      len(c.Text),
		Candidates: e.PrefilterStats(c.Text),
		Findings:   len(e.AppendFind(nil, patterns.Scope{}, c.Text)),
	}
}

// PerKB returns n per 1024 bytes of the scanned text.
func (w EngineWork) PerKB(n int) float64 {
	if w.Bytes == 0 {
		return 0
	}
	return float64(n) * 1024 / float64(w.Bytes)
}
