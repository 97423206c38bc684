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
	return e.spansHolding(s, spans, false) != 0
}

// DirtySpans is [Engine.ContainsSpans] value by value: bit k of the
// result is set when the value s[spans[2k]:spans[2k+1]] holds a finding,
// as [Engine.Contains] would answer for it alone. spans holds at most 64
// values. A layer whose one pass over an event's values found something
// uses it to redact only the values that hold it, and to pass the others
// on without another scan.
func (e *Engine) DirtySpans(s string, spans []int32) uint64 {
	if len(spans) > 2*maxDirtySpans {
		panic(tooManySpans)
	}
	return e.spansHolding(s, spans, true)
}

// maxDirtySpans is the number of values DirtySpans answers for, a bit
// each.
const maxDirtySpans = 64

const tooManySpans = "patterns: DirtySpans: more than 64 values"

// spansHolding sets bit k/2 of its result (modulo 64) when the value at
// spans[k] holds a finding. Unless each is set it stops at the first
// such value, which is all ContainsSpans needs.
func (e *Engine) spansHolding(s string, spans []int32, each bool) (dirty uint64) {
	if e.keys.allowed != nil || scalarScan {
		// A finding may yet be dropped as an allowed key's value: only
		// a whole scan of each value settles it.
		for k := 0; k+1 < len(spans); k += 2 {
			if e.Contains(s[spans[k]:spans[k+1]]) {
				if dirty |= 1 << (k / 2 & 63); !each {
					return dirty
				}
			}
		}
		return dirty
	}
	// A logger's line or an entry's batch fits one window.
	if n := len(spans) &^ 1; n >= 2 && spans[0] >= 0 {
		base := int(spans[0]) &^ 31
		if end := int(spans[n-1]); uint(end-base) <= 32*maxSpanBlocks && end <= len(s) {
			return e.containsWindow(s, base, spans[:n], 0, each)
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
				if dirty |= 1 << (k / 2 & 63); !each {
					return dirty
				}
			}
			k += 2
			continue
		}
		if dirty |= e.containsWindow(s, base, spans[k:g], k/2, each); dirty != 0 && !each {
			return dirty
		}
		k = g
	}
	return dirty
}

const spansOutOfOrder = "patterns: ContainsSpans: spans out of order or out of range"

// maxSpanBlocks bounds the window of text whose candidates
// containsWindow finds in one table call: a logger's line, a batch of an
// entry's values, or a stretch of a longer text.
const maxSpanBlocks = 64

// containsWindow is spansHolding for spans that end within
// maxSpanBlocks blocks of base, a block's first position, the first of
// them value k0: the
// candidates of every block up to the last span's end are found in one
// table call, and each value reads the words of its own blocks in place,
// with no cursor to move between them.
func (e *Engine) containsWindow(s string, base int, spans []int32, k0 int, each bool) (dirty uint64) {
	var (
		m   [maxSpanBlocks + 1]uint32 // one more, read beside the last
		cur scanCursor
		arr [1]Finding
		pf  = e.pf
	)
	end := int(spans[len(spans)-1])
	pairscan.Masks(pf.pairs, s[base:min(len(s), end+1)], m[:(end-base+31)/32])
	b0, last := base>>5, base
	for k := k0; len(spans) >= 2; spans, k = spans[2:], k+1 {
		st, en := int(spans[0]), int(spans[1])
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
				if dirty |= 1 << (k & 63); !each {
					return dirty
				}
				continue
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
	steps:
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
				if dirty |= 1 << (k & 63); !each {
					sc.kst.release()
					return dirty
				}
				break steps
			}
		}
		if sc != nil {
			sc.kst.release()
		}
	}
	return dirty
}
