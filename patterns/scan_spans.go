package patterns

import (
	"math/bits"

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
	if n := len(spans); n >= 2 && int(spans[n-1]) <= 32*maxSpanBlocks && int(spans[n-1]) <= len(s) {
		return e.containsShort(s, spans)
	}
	var (
		blk  candidates
		arr  [1]Finding
		dst  = arr[:0]
		pf   = e.pf
		last = -1
	)
	blk.init(&pf.bits, s)
	for k := 0; k+1 < len(spans); k += 2 {
		st, en := int(spans[k]), int(spans[k+1])
		if st < last || en < st || en > len(s) {
			panic(spansOutOfOrder)
		}
		last = en
		if st == en {
			continue
		}
		v := s[st:en]
		skip := 0
		if pf.digitStart && isDigit(v[0]) {
			var next int
			if dst, next = e.scanNumber(dst, v, 0); len(dst) > 0 {
				return true
			}
			if !pf.digitAnchors {
				skip = next - 1
			}
		}
		// The last byte of v starts no pair of v's own. Most values
		// have no candidate: the cursor is made for those that do.
		j := blk.next(st+skip, en-1)
		if j < 0 {
			continue
		}
		sc := scanCursor{lastDet: -1, skip: skip}
		for ; j >= 0; j = blk.next(max(j+1, st+sc.skip), en-1) {
			if j-st < sc.skip {
				continue
			}
			if dst = e.visit(dst, v, j-st, &sc); len(dst) > 0 {
				sc.kst.release()
				return true
			}
		}
		sc.kst.release()
	}
	return false
}

const spansOutOfOrder = "patterns: ContainsSpans: spans out of order or out of range"

// maxSpanBlocks bounds the texts whose candidates containsShort finds in
// one table call: a logger's line or a batch of an entry's values.
const maxSpanBlocks = 64

// containsShort is ContainsSpans for spans that end within the first
// maxSpanBlocks blocks of s: the candidates of every block up to the
// last span's end are found in one table call, and each value reads the
// words of its own blocks in place, with no cursor to move between them.
func (e *Engine) containsShort(s string, spans []int32) bool {
	var (
		m    [maxSpanBlocks]uint32
		arr  [1]Finding
		dst  = arr[:0]
		pf   = e.pf
		last = -1
	)
	end := int(spans[len(spans)-1])
	pairscan.Masks(&pf.bits, s[:min(len(s), end+1)], m[:(end+31)/32])
	for k := 0; k+1 < len(spans); k += 2 {
		st, en := int(spans[k]), int(spans[k+1])
		if st < last || en < st || en > end {
			panic(spansOutOfOrder)
		}
		last = en
		if st == en {
			continue
		}
		v := s[st:en]
		skip := 0
		if pf.digitStart && isDigit(v[0]) {
			var next int
			if dst, next = e.scanNumber(dst, v, 0); len(dst) > 0 {
				return true
			}
			if !pf.digitAnchors {
				skip = next - 1
			}
		}
		// The candidates are the positions from st+skip up to the last
		// byte of v, which starts no pair of v's own.
		lo, hi := st+skip, en-1
		if lo >= hi {
			continue
		}
		var sc *scanCursor // made for the values that have a candidate
		var cur scanCursor
		for b := lo >> 5; b<<5 < hi; b++ {
			w := m[b%maxSpanBlocks]
			if b == lo>>5 {
				w &= ^uint32(0) << (lo & 31)
			}
			if r := hi - b<<5; r < 32 {
				w &= 1<<r - 1
			}
			for ; w != 0; w &= w - 1 {
				j := b<<5 + bits.TrailingZeros32(w) - st
				if sc == nil {
					cur = scanCursor{lastDet: -1, skip: skip}
					sc = &cur
				}
				if j < sc.skip {
					continue
				}
				if dst = e.visit(dst, v, j, sc); len(dst) > 0 {
					sc.kst.release()
					return true
				}
			}
		}
		if sc != nil {
			sc.kst.release()
		}
	}
	return false
}

// candidates walks the candidate positions of one text in order, eight
// blocks of 32 positions per table call, so that the values of one event
// share the calls.
type candidates struct {
	t    *pairscan.Table
	s    string
	base int // the first position of the chunk m describes, or -1
	m    [chunkBlocks]uint32
}

// chunkBlocks is how many blocks one table call fills.
const chunkBlocks = 8

func (c *candidates) init(t *pairscan.Table, s string) {
	c.t, c.s, c.base = t, s, -1
}

// next returns the first candidate position at or after j and before
// limit, or -1.
func (c *candidates) next(j, limit int) int {
	for j < limit {
		if c.base < 0 || j < c.base || j >= c.base+32*chunkBlocks {
			c.base = j &^ (32*chunkBlocks - 1)
			pairscan.Masks(c.t, c.s[c.base:], c.m[:])
		}
		off := uint(j - c.base)
		if m := c.m[(off/32)%chunkBlocks] >> (off % 32); m != 0 {
			if p := j + bits.TrailingZeros32(m); p < limit {
				return p
			}
			return -1
		}
		j = c.base + int(off/32+1)*32
	}
	return -1
}
