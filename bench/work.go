package bench

import "github.com/logredact/logredact/patterns"

// EngineWork is what the engine does over a corpus, counted rather than
// timed: counts are the same on every machine and under any load, so they
// tell whether a change in MB/s comes from doing more work or from doing
// the same work more slowly.
type EngineWork struct {
	// Bytes is the size of the text scanned.
	Bytes int
	// Findings is how many spans the engine reports in the text.
	Findings int
	// Candidates is how many positions of the text the engine's
	// prefilter woke, valid only if CandidatesKnown.
	Candidates int
	// CandidatesKnown is false while the engine does not export the
	// count; see [PrefilterCandidates].
	CandidatesKnown bool
}

// MeasureWork counts e's findings and prefilter candidates over c.
func MeasureWork(e *patterns.Engine, c *Corpus) EngineWork {
	w := EngineWork{
		Bytes:    len(c.Text),
		Findings: len(e.AppendFind(nil, patterns.Scope{}, c.Text)),
	}
	w.Candidates, w.CandidatesKnown = PrefilterCandidates(e, c.Text)
	return w
}

// PerKB returns n per 1024 bytes of the scanned text.
func (w EngineWork) PerKB(n int) float64 {
	if w.Bytes == 0 {
		return 0
	}
	return float64(n) * 1024 / float64(w.Bytes)
}

// PrefilterCandidates returns how many positions of text e's prefilter
// wakes: the positions where a keyword's anchor pair or a structural
// anchor ('@', a digit run, a separator) sends the engine on to a
// matcher. That rate, not the number of findings, sets the engine's
// speed on clean text, and it cannot be inferred from outside: findings
// are the few candidates that survive. The patterns package exports no
// such count yet, so ok is false and the report prints "n/a"; when it
// does, this is the one function to change.
func PrefilterCandidates(e *patterns.Engine, text string) (candidates int, ok bool) {
	return 0, false
}
