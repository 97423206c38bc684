//go:build !purego

package pairscan

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// Vector reports whether Mask32 runs a vector kernel.
var Vector = cpu.X86.HasAVX2

// Mask32 reports, in bit k, whether the pair at s[k], s[k+1] is in t,
// for the 32 positions k < 32. s holds at least Span bytes.
func Mask32(t *Table, s string) uint32 {
	if Vector {
		_ = s[Span-1]
		return maskAVX2(t, unsafe.StringData(s))
	}
	return maskGo(t, s)
}

// Masks sets dst[k] to the candidates of the block at s[32k:], for every
// k < len(dst): bit j for the pair at s[32k+j], s[32k+j+1]. Pairs that s
// does not hold whole are clear, so s may end anywhere.
func Masks(t *Table, s string, dst []uint32) {
	full := min(len(dst), max(0, (len(s)-1)/32))
	if Vector && full > 0 {
		maskBlocksAVX2(t, unsafe.StringData(s), full, unsafe.SliceData(dst))
	} else {
		for k := range full {
			dst[k] = maskGo(t, s[32*k:])
		}
	}
	masksTail(t, s, dst[full:], 32*full)
}

//go:noescape
func maskAVX2(t *Table, p *byte) uint32

//go:noescape
func maskBlocksAVX2(t *Table, p *byte, n int, dst *uint32)
