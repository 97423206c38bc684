// Package stops finds, 32 bytes at a time, the bytes that end plain JSON
// string content: quotes, backslashes and control bytes. A JSON reader
// that has them for a whole line finds where each string ends with bit
// operations instead of testing bytes one string at a time. A vector
// kernel marks each block on amd64 with AVX2 and on arm64 with NEON;
// elsewhere, and under the purego build tag, a word-at-a-time Go path
// does. Every path is tested against markRef, a byte at a time (arm64's
// under qemu-user in CI).
package stops

import (
	"encoding/binary"
	"math/bits"
)

// Blocks is how many 32-bit words Mark fills for n bytes.
func Blocks(n int) int { return (n + 31) / 32 }

// markRef is Mark a byte at a time: the reference the other paths are
// tested against.
func markRef(stop, quote []uint32, src []byte) {
	for k := range Blocks(len(src)) {
		stop[k], quote[k] = 0, 0
	}
	for i, c := range src {
		if c == '"' {
			quote[i/32] |= 1 << (i % 32)
		}
		if c == '"' || c == '\\' || c < 0x20 {
			stop[i/32] |= 1 << (i % 32)
		}
	}
}

// Word-at-a-time masks.
const (
	lows  = 0x7f7f7f7f7f7f7f7f
	highs = 0x8080808080808080
	ones  = 0x0101010101010101
)

// zeros sets the high bit of each zero byte of x, and of no other byte:
// (y&0x7f)+0x7f cannot carry into the next byte, so every flag is exact.
func zeros(x uint64) uint64 { return ^((x & lows) + lows | x) & highs }

// StopBytes sets the high bit of each byte of x that is '"', '\\' or
// below 0x20, and of no other byte: the word-at-a-time test of plain
// string content, exact in every byte, so that a caller may look past the
// first flag or clear the flags of bytes it has tested already.
func StopBytes(x uint64) uint64 {
	q, b := x^ones*'"', x^ones*'\\'
	// A byte y has its high bit clear in (y&0x7f)+0x7f|y only when y is
	// zero (as in zeros), and in (y&0x7f)+0x60|y only when y is below 0x20.
	return ^(((q & lows) + lows | q) & ((b & lows) + lows | b) & ((x & lows) + ones*0x60 | x)) & highs
}

// gather packs the high bits of the eight bytes of m into eight bits.
func gather(m uint64) uint32 { return uint32((m >> 7) * 0x0102040810204080 >> 56) }

// markGo is Mark eight bytes at a time.
func markGo(stop, quote []uint32, src []byte) {
	nb := Blocks(len(src))
	for k := 0; k < nb; k++ {
		var s, q uint32
		base := 32 * k
		for j := 0; j < 32; j += 8 {
			i := base + j
			if i+8 > len(src) {
				for ; i < len(src); i++ {
					c := src[i]
					if c == '"' {
						q |= 1 << (i - base)
					}
					if c == '"' || c == '\\' || c < 0x20 {
						s |= 1 << (i - base)
					}
				}
				break
			}
			x := binary.LittleEndian.Uint64(src[i:])
			q |= gather(zeros(x^ones*'"')) << j
			s |= gather(StopBytes(x)) << j
		}
		stop[k], quote[k] = s, q
	}
}

// Next returns the index of the first bit set in marks at or after i,
// among the first n bits, or -1: with marks from Mark, the next stop or
// quote at or after src[i].
func Next(marks []uint32, i, n int) int {
	for i < n {
		k := i / 32
		if m := marks[k] >> (i % 32); m != 0 {
			if p := i + bits.TrailingZeros32(m); p < n {
				return p
			}
			return -1
		}
		i = 32 * (k + 1)
	}
	return -1
}
