package main

import "github.com/logredact/logredact/patterns"

// A clean logfmt line asked pair by pair costs two engine calls a pair,
// the text before the value and the value, and each call has a fixed
// cost far above what the few bytes of a pair cost to read. So the text
// between the values, and every value under a key that adds nothing to
// what is found (patterns.Engine.KeyAddsNothing), are asked in one
// candidate pass over the line (patterns.Engine.ContainsSpans), which
// reads each span within its own bounds and so answers for each what
// patterns.Engine.Contains would; only a value under a key with rules of
// its own is asked alone.

// logfmtClean reports, for a body parseLogfmt has split into p.pairs,
// that redactLogfmt would change nothing and scanLogfmt find nothing.
// false means "not shown", and the line is then read pair by pair.
func (p *lineProc) logfmtClean(body []byte) bool {
	p.spans = p.spans[:0]
	gap := 0
	for _, pr := range p.pairs {
		if pr.escaped {
			return false // read decoded
		}
		p.spans = append(p.spans, int32(gap), int32(pr.keyEnd+1))
		if key, v := str(body[pr.keyStart:pr.keyEnd]), str(body[pr.valStart:pr.valEnd]); p.e.KeyAddsNothing(key) {
			if v != "" {
				p.spans = append(p.spans, int32(pr.valStart), int32(pr.valEnd))
			}
		} else if p.e.ContainsIn(patterns.Scope{Layer: layer, Key: key}, v) {
			// A key with rules of its own (sensitive, allowed, a phone
			// or a provider's name) judges its value as redactLogfmt
			// does, in a call of its own.
			return false
		}
		gap = pr.valEnd
		if pr.quoted {
			gap++
		}
	}
	if gap < len(body) {
		p.spans = append(p.spans, int32(gap), int32(len(body)))
	}
	return !p.e.ContainsSpans(str(body), p.spans)
}
