//go:build !purego

package pairscan

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// Vector reports whether Mask32 runs a vector kernel.
var Vector = cpu.X86.HasAVX2

// folds reports whether the CPU runs the folded kernel: byte permutes
// (VBMI), byte masks (BW) and the bit operations of BMI2 for the masks
// of short texts.
var folds = cpu.X86.HasAVX512F && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VBMI && cpu.X86.HasBMI2

// Mask32 reports, in bit k, whether the pair at s[k], s[k+1] is in f's
// table, for the 32 positions k < 32 (with the folded kernel, perhaps a
// few more: see the package doc). s holds at least Span bytes.
func Mask32(f *Filter, s string) uint32 {
	_ = s[Span-1]
	if f.fold != nil {
		return foldWord(f.fold, unsafe.StringData(s), Span)
	}
	if Vector {
		return maskAVX2(f.t, unsafe.StringData(s))
	}
	return maskGo(f.t, s)
}

// Masks sets dst[k] to the candidates of the block at s[32k:], for every
// k < len(dst): bit j for the pair at s[32k+j], s[32k+j+1]. Pairs that s
// does not hold whole are clear, so s may end anywhere.
func Masks(f *Filter, s string, dst []uint32) {
	if f.fold != nil {
		// One call for every word, the last, partial block's too: the
		// kernel loads its tables once.
		words := min(len(dst), (len(s)+31)/32)
		if len(s) < 2 {
			words = 0
		}
		if words > 0 {
			foldMasks(f.fold, unsafe.StringData(s), len(s), words, unsafe.SliceData(dst))
		}
		clear(dst[words:])
		return
	}
	full := min(len(dst), max(0, (len(s)-1)/32))
	switch {
	case full == 0:
	case Vector:
		maskBlocksAVX2(f.t, unsafe.StringData(s), full, unsafe.SliceData(dst))
	default:
		for k := range full {
			dst[k] = maskGo(f.t, s[32*k:])
		}
	}
	masksTail(f, s, dst[full:], 32*full)
}

// pageSize is the smallest page of amd64: loads within one never fault.
const pageSize = 4096

// maskShort is MaskShort's block, before the pairs past the end of s
// are cleared. The folded kernel reads s with masked loads, which read
// nothing past its end. The gather kernel reads s in place where the
// Span bytes from its start lie in one page, as the runtime's own short
// searches do: the bytes past the end of s are mapped memory, and only
// the pairs they complete are read from them, which the caller clears.
// Nearer a page's end s is copied into a padded block, since the next
// page may not be mapped.
func maskShort(f *Filter, s string) uint32 {
	p := unsafe.StringData(s)
	if f.fold != nil {
		return foldWord(f.fold, p, len(s))
	}
	if Vector && uintptr(unsafe.Pointer(p))&(pageSize-1) <= pageSize-Span {
		return maskAVX2(f.t, p)
	}
	return maskPadded(f, s)
}

//go:noescape
func maskAVX2(t *Table, p *byte) uint32

//go:noescape
func maskBlocksAVX2(t *Table, p *byte, n int, dst *uint32)

// foldMasks is Masks over the folded table for the n bytes at p, n >=
// 2, into words words of dst, words <= (n+31)/32: pairs past p[n-1] are
// clear.
//
//go:noescape
func foldMasks(f *folded, p *byte, n, words int, dst *uint32)

// foldWord is the folded kernel's word for the first block of the n
// bytes at p, n >= 2.
func foldWord(f *folded, p *byte, n int) uint32 {
	var m uint32
	foldMasks(f, p, n, 1, &m)
	return m
}
