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

//go:noescape
func maskAVX2(t *Table, p *byte) uint32
