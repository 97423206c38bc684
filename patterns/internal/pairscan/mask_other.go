//go:build !amd64 || purego

package pairscan

// Vector reports whether Mask32 runs a vector kernel.
const Vector = false

// Mask32 reports, in bit k, whether the pair at s[k], s[k+1] is in t,
// for the 32 positions k < 32. s holds at least Span bytes.
func Mask32(t *Table, s string) uint32 { return maskGo(t, s) }
