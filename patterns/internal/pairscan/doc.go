// Package pairscan finds, 32 positions at a time, where a pair of
// adjacent bytes is in a 64 Kbit table: the engine's prefilter, which
// files every keyword of every detector and every structural anchor
// under one pair of its bytes.
//
// A scalar loop pays a dependent table load and an unpredictable branch
// for every byte of log text. Mask32 answers for 32 positions at once and
// the caller branches once per 32 bytes, visiting only the positions
// whose bit is set. On amd64 with AVX-512 VBMI it reads the table folded
// into classes (fold.go) with byte permutes, 64 positions at a time; with
// AVX2 alone it gathers the table's words eight positions at a time;
// elsewhere, and under the purego build tag, it runs the same lookups in
// Go, unrolled, without a branch per byte. Every answer holds every bit
// of maskRef, the byte-at-a-time reference that tests compare them with:
// a position the table holds is never missed, since a missed candidate
// would be a leak. The gather and Go paths give exactly maskRef; the
// folded kernel may add the few positions whose pair the folding merged
// in, so callers test a candidate's pair before they act on it, as the
// engine's visits do.
package pairscan

import "unsafe"

// Filter is a pair table as the kernels read it: the table, and its
// folded form where the folded kernel runs.
type Filter struct {
	t    *Table
	fold *folded
}

// NewFilter returns the filter of t, which must not change afterwards.
// weight estimates how common each byte is in the text to be scanned,
// from 1 up; the folding merges the classes of rare bytes first.
func NewFilter(t *Table, weight func(byte) int) *Filter {
	f := &Filter{t: t}
	if folds {
		f.fold = fold(t, weight)
	}
	return f
}

// Folded reports whether the kernels read f folded, and so may mark a few
// pairs its table does not hold.
func (f *Filter) Folded() bool { return f.fold != nil }

// Table is the pair table: bit a<<8|b of the little-endian words is set
// when the pair (a, b) may start a keyword or an anchor.
type Table = [1 << 16 / 64]uint64

// Span is how many bytes Mask32 reads: 32 positions and the byte after
// the last, which completes its pair.
const Span = 33

// maskRef is the reference: bit k of the result is set when the pair at
// s[k], s[k+1] is in t, for k < 32. s holds at least Span bytes.
func maskRef(t *Table, s string) uint32 {
	var m uint32
	for k := 0; k < 32; k++ {
		w := uint(s[k])<<8 | uint(s[k+1])
		if t[w>>6]&(1<<(w&63)) != 0 {
			m |= 1 << k
		}
	}
	return m
}

// maskGo is maskRef without a branch per position, for the paths that
// have no vector kernel.
func maskGo(t *Table, s string) uint32 {
	_ = s[Span-1]
	var m uint32
	for k := 0; k < 32; k += 4 {
		w0 := uint(s[k])<<8 | uint(s[k+1])
		w1 := uint(s[k+1])<<8 | uint(s[k+2])
		w2 := uint(s[k+2])<<8 | uint(s[k+3])
		w3 := uint(s[k+3])<<8 | uint(s[k+4])
		b := uint32(t[w0>>6]>>(w0&63)&1) |
			uint32(t[w1>>6]>>(w1&63)&1)<<1 |
			uint32(t[w2>>6]>>(w2&63)&1)<<2 |
			uint32(t[w3>>6]>>(w3&63)&1)<<3
		m |= b << k
	}
	return m
}

// MaskShort is Mask32 for a text s shorter than Span: the pairs it does
// not hold whole are clear. Where Vector is set, one block costs less
// than testing a short value's pairs one by one.
func MaskShort(f *Filter, s string) uint32 {
	if len(s) < 2 {
		return 0
	}
	return maskShort(f, s) & (1<<(len(s)-1) - 1)
}

// maskPadded is Mask32 of s, shorter than Span, copied into a block
// padded with zeros.
func maskPadded(f *Filter, s string) uint32 {
	var buf [Span]byte
	copy(buf[:], s)
	return Mask32(f, unsafe.String(&buf[0], Span))
}

// masksTail fills dst with the blocks from s[from:] on: the last block,
// whose Span bytes s does not hold, is copied into a padded buffer and
// asked as a whole block, and its pairs past the end of s are cleared;
// any blocks after it are empty.
func masksTail(f *Filter, s string, dst []uint32, from int) {
	if len(dst) == 0 {
		return
	}
	clear(dst)
	dst[0] = MaskShort(f, s[from:])
}
