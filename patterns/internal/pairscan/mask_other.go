//go:build !amd64 || purego

package pairscan

// Vector reports whether Mask32 runs a vector kernel.
const Vector = false

// folds reports whether NewFilter folds tables for the folded kernel.
const folds = false

// Mask32 reports, in bit k, whether the pair at s[k], s[k+1] is in f's
// table, for the 32 positions k < 32. s holds at least Span bytes.
func Mask32(f *Filter, s string) uint32 { return maskGo(f.t, s) }

// Masks sets dst[k] to the candidates of the block at s[32k:], for every
// k < len(dst): bit j for the pair at s[32k+j], s[32k+j+1]. Pairs that s
// does not hold whole are clear, so s may end anywhere.
func Masks(f *Filter, s string, dst []uint32) {
	full := min(len(dst), max(0, (len(s)-1)/32))
	for k := range full {
		dst[k] = maskGo(f.t, s[32*k:])
	}
	masksTail(f, s, dst[full:], 32*full)
}

// maskShort is MaskShort's block, before the pairs past the end of s
// are cleared.
func maskShort(f *Filter, s string) uint32 { return maskPadded(f, s) }
