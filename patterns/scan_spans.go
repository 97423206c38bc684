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
	if e.keys.allowed != nil || scalarScan {
		// A finding may yet be dropped as an allowed key's value: only
		// a whole scan of each value settles it.
		for k := 0; k+1 < len(spans); k += 2 {
			if e.Contains(s[spans[k]:spans[k+1]]) {
				return true
			}
		}
		return false
	}
	// A logger's line or an entry's batch fits one window.
	if n := len(spans) &^ 1; n >= 2 && spans[0] >= 0 {
		base := int(spans[0]) &^ 31
		if end := int(spans[n-1]); uint(end-base) <= 32*maxSpanBlocks && end <= len(s) {
			return e.containsWindow(s, base, spans[:n])
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
			if e.Contains(s[spans[k]:spans[k+1]]) {
				return true
			}
			k += 2
			continue
		}
		if e.containsWindow(s, base, spans[k:g]) {
			return true
		}
		k = g
	}
	return false
}

const spansOutOfOrder = "patterns: ContainsSpans: spans out of order or out of range"

// maxSpanBlocks bounds the window of text whose candidates
// containsWindow finds in one table call: a logger's line, a batch of an
// entry's values, or a stretch of a longer text.
const maxSpanBlocks = 64

// containsWindow is ContainsSpans for spans that end within
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
