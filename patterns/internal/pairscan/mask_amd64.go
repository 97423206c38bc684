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

// pageSize is the smallest page of amd64: loads within one never fault.
const pageSize = 4096

// maskShort is MaskShort's block, before the pairs past the end of s
// are cleared. Where the Span bytes from the start of s lie in one
// page, the kernel reads them in place, as the runtime's own short
// searches do: the bytes past the end of s are mapped memory, and only
// the pairs they complete are read from them, which the caller clears.
// Nearer a page's end s is copied into a padded block, since the next
// page may not be mapped.
func maskShort(t *Table, s string) uint32 {
	p := unsafe.StringData(s)
	if Vector && uintptr(unsafe.Pointer(p))&(pageSize-1) <= pageSize-Span {
		return maskAVX2(t, p)
	}
	return maskPadded(t, s)
}

//go:noescape
func maskAVX2(t *Table, p *byte) uint32

//go:noescape
func maskBlocksAVX2(t *Table, p *byte, n int, dst *uint32)
