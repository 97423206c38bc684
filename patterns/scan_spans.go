package patterns

import (
	"github.com/logredact/logredact/patterns/internal/pairscan"
)

// ContainsSpans reports whether any of the values s[spans[k]:spans[k+1]],
// for even k, holds a finding: it answers what [Engine.Contains] would
// answer for each value alone, in one candidate pass over s instead of
// one per value. spans must ascend and must not overlap. Layers that hold
// an event's values in one buffer (a JSON line) use it to prove the whole
// event clean at the cost of one scan.
//
// Each value is read alone: a candidate pair is a candidate of the value
// only when both its bytes are the value's, and every scanner sees the
// value's own bounds, so nothing around a value (its quotes, the next
// key) changes what is found in it.
func (e *Engine) ContainsSpans(s string, spans []int32) bool {
	var arr [1]Finding
	return len(e.findSpans(arr[:0], s, spans, true)) > 0
}

// FindSpans appends to dst the findings of each value s[spans[k]:
// spans[k+1]], for even k, as [Engine.AppendFind] finds them in the value
// alone under no key, in one candidate pass over s: value after value,
// with Start and End offsets into s. spans must ascend and must not
// overlap. A layer whose one pass over an event's values found something
// masks with them ([Engine.RedactFound]) only the values that hold one,
// without reading any value again.
func (e *Engine) FindSpans(dst []Finding, s string, spans []int32) []Finding {
	return e.findSpans(dst, s, spans, false)
}

// findSpans is FindSpans, or with first set ContainsSpans: it stops at
// the first finding.
func (e *Engine) findSpans(dst []Finding, s string, spans []int32, first bool) []Finding {
	n0 := len(dst)
	if e.keys.allowed != nil || scalarScan {
		// A finding may yet be dropped as an allowed key's value: only
		// a whole scan of each value settles it.
		for k := 0; k+1 < len(spans); k += 2 {
			if dst = e.findSpan(dst, s, int(spans[k]), int(spans[k+1]), first); first && len(dst) > n0 {
				return dst
			}
		}
		return dst
	}
	// A logger's line or an entry's batch fits one window.
	if n := len(spans) &^ 1; n >= 2 && spans[0] >= 0 {
		base := int(spans[0]) &^ 31
		if end := int(spans[n-1]); uint(end-base) <= 32*maxSpanBlocks && end <= len(s) {
			return e.window(dst, s, base, spans[:n], first)
		}
	}
	last := 0 // a span may start at 0, never before
	for k := 0; k+1 < len(spans); {
		// The values that end within maxSpanBlocks blocks of the first
		// one's block are read from one table call; a value longer
		// than that is read alone.
		base := int(spans[k]) &^ 31
		g := k
		for ; g+1 < len(spans); g += 2 {
			st, en := int(spans[g]), int(spans[g+1])
			if st < last || en < st || en > len(s) {
				panic(spansOutOfOrder)
			}
			if en > base+32*maxSpanBlocks {
				break
			}
			last = en
		}
		if g == k {
			last = int(spans[k+1])
			if dst = e.findSpan(dst, s, int(spans[k]), last, first); first && len(dst) > n0 {
				return dst
			}
			k += 2
			continue
		}
		if dst = e.window(dst, s, base, spans[k:g], first); first && len(dst) > n0 {
			return dst
		}
		k = g
	}
	return dst
}

// findSpan appends the findings of s[st:en] read alone, as offsets into
// s.
func (e *Engine) findSpan(dst []Finding, s string, st, en int, first bool) []Finding {
	n := len(dst)
	dst = e.findIn(dst, Scope{}, s[st:en], first)
	moveFindings(dst[n:], st)
	return dst
}

// moveFindings moves the offsets of fs, found in a value, by the value's
// offset st in the text around it.
func moveFindings(fs []Finding, st int) {
	for i := range fs {
		fs[i].Start += st
		fs[i].End += st
	}
}

const spansOutOfOrder = "patterns: ContainsSpans: spans out of order or out of range"

// maxSpanBlocks bounds the window of text whose candidates
// findWindow finds in one table call: a logger's line, a batch of an
// entry's values, or a stretch of a longer text.
const maxSpanBlocks = 64

// window is findSpans for spans that end within maxSpanBlocks blocks of
// base, a block's first position. A clean event's values are read by
// containsWindow, which keeps nothing: the loop of every CLEAN event of
// every layer, kept apart from findWindow, whose bookkeeping per value
// would cost it a tenth.
func (e *Engine) window(dst []Finding, s string, base int, spans []int32, first bool) []Finding {
	if !first {
		return e.findWindow(dst, s, base, spans)
	}
	if e.containsWindow(s, base, spans) {
		// ContainsSpans only asks whether there is one.
		return append(dst, Finding{})
	}
	return dst
}

// findWindow is window with no stop at a finding: the candidates of
// every block up to the last span's end are found in one table call, and
// each value reads the words of its own blocks in place, with no cursor
// to move between them. Each value is visited as scan visits it alone.
func (e *Engine) findWindow(dst []Finding, s string, base int, spans []int32) []Finding {
	var (
		m   [maxSpanBlocks + 1]uint32 // one more, read beside the last
		cur scanCursor
		pf  = e.pf
	)
	end := int(spans[len(spans)-1])
	pairscan.Masks(pf.pairs, s[base:min(len(s), end+1)], m[:(end-base+31)/32])
	b0, last := base>>5, base
	for sp := spans; len(sp) >= 2; sp = sp[2:] {
		st, en := int(sp[0]), int(sp[1])
		if st < last || en < st || en > end {
			panic(spansOutOfOrder)
		}
		last = en
		if st == en {
			continue
		}
		v, n0, skip := s[st:en], len(dst), 0
		if pf.digitStart && isDigit(s[st]) {
			var next int
			dst, next = e.scanNumber(dst, v, 0)
			if !pf.digitAnchors {
				skip = next - 1
			}
		}
		// The candidates are the positions from st+skip up to the
		// value's last byte, which starts no pair of the value's own,
		// 32 at a time, each step's bits read from the two blocks they
		// fall in.
		var sc *scanCursor // made for the values that have a candidate
		for p, hi := st+skip, en-1; p < hi; p += 32 {
			i := p>>5 - b0
			w := (uint64(m[i]) | uint64(m[i+1])<<32) >> (p & 31) & (1<<min(hi-p, 32) - 1)
			if w == 0 {
				continue
			}
			if sc == nil {
				cur = scanCursor{lastDet: -1, skip: skip}
				sc = &cur
			}
			// The block loop's own visits, whose inline test settles
			// most candidates of a clean value without a call.
			dst = e.visitMask(dst, v, p-st, uint32(w), sc)
		}
		if sc != nil {
			sc.kst.release()
		}
		if len(dst) > n0 {
			dst = placeFindings(dst, n0, st)
		}
	}
	return dst
}

// placeFindings merges the findings of a value, dst[n0:], as scan does,
// and moves them to the value's offset st in the text.
func placeFindings(dst []Finding, n0, st int) []Finding {
	if len(dst)-n0 >= 2 {
		dst = mergeFindings(dst, n0)
	}
	moveFindings(dst[n0:], st)
	return dst
}

// containsWindow is window, first set, for spans that end within
// maxSpanBlocks blocks of base, a block's first position: the
// candidates of every block up to the last span's end are found in one
// table call, and each value reads the words of its own blocks in place,
// with no cursor to move between them.
func (e *Engine) containsWindow(s string, base int, spans []int32) bool {
	var (
		m   [maxSpanBlocks + 1]uint32 // one more, read beside the last
		cur scanCursor
		arr [1]Finding
		pf  = e.pf
	)
	end := int(spans[len(spans)-1])
	pairscan.Masks(pf.pairs, s[base:min(len(s), end+1)], m[:(end-base+31)/32])
	b0, last := base>>5, base
	for sp := spans; len(sp) >= 2; sp = sp[2:] {
		st, en := int(sp[0]), int(sp[1])
		if st < last || en < st || en > end {
			panic(spansOutOfOrder)
		}
		last = en
		if st == en {
			continue
		}
		skip := 0
		if pf.digitStart && isDigit(s[st]) {
			dst, next := e.scanNumber(arr[:0], s[st:en], 0)
			if len(dst) > 0 {
				return true
			}
			if !pf.digitAnchors {
				skip = next - 1
			}
		}
		// The candidates are the positions from st+skip up to the
		// value's last byte, which starts no pair of the value's own.
		lo, hi := st+skip, en-1
		if lo >= hi {
			continue
		}
		var sc *scanCursor // made for the values that have a candidate
		// 32 positions at a time from lo, each step's bits read from
		// the two blocks they fall in.
		for p := lo; p < hi; p += 32 {
			i := p>>5 - b0
			w := (uint64(m[i]) | uint64(m[i+1])<<32) >> (p & 31) & (1<<min(hi-p, 32) - 1)
			if w == 0 {
				continue
			}
			if sc == nil {
				cur = scanCursor{lastDet: -1, skip: skip}
				sc = &cur
			}
			// The block loop's own visits, whose inline test settles
			// most candidates of a clean value without a call.
			if dst := e.visitMask(arr[:0], s[st:en], p-st, uint32(w), sc); len(dst) > 0 {
				sc.kst.release()
				return true
			}
		}
		if sc != nil {
			sc.kst.release()
		}
	}
	return false
}
