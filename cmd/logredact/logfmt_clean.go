package main

// A clean logfmt line asked pair by pair costs two engine calls a pair,
// the text before the value and the value, and each call has a fixed
// cost far above what the few bytes of a pair cost to read. Where no key
// of the line has a rule of its own, the same questions are asked in one
// candidate pass over the line (patterns.Engine.ContainsSpans), which
// reads each span within its own bounds and so answers for each what
// patterns.Engine.Contains would.

// logfmtClean reports, for a body parseLogfmt has split into p.pairs,
// that redactLogfmt would change nothing and scanLogfmt find nothing. false means "not shown", and
// the line is then read pair by pair.
func (p *lineProc) logfmtClean(body []byte) bool {
	spans := p.spans[:0]
	gap := 0
	for _, pr := range p.pairs {
		// An escaped value is read decoded; a key with rules of its
		// own (sensitive, allowed, a phone or provider name) judges its
		// value otherwise than Contains does.
		if pr.escaped || !p.e.KeyAddsNothing(str(body[pr.keyStart:pr.keyEnd])) {
			p.spans = spans
			return false
		}
		spans = append(spans, int32(gap), int32(pr.keyEnd+1))
		if pr.valStart < pr.valEnd {
			spans = append(spans, int32(pr.valStart), int32(pr.valEnd))
		}
		gap = pr.valEnd
		if pr.quoted {
			gap++
		}
	}
	if gap < len(body) {
		spans = append(spans, int32(gap), int32(len(body)))
	}
	p.spans = spans
	return !p.e.ContainsSpans(str(body), spans)
}
