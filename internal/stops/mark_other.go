//go:build !(amd64 || arm64) || purego

package stops

// Vector reports whether Mark runs a vector kernel.
const Vector = false

// Mark sets, for each 32-byte block k of src (the last may be partial),
// bit j of stop[k] when src[32k+j] is '"', '\\' or a byte below 0x20, and
// bit j of quote[k] when it is '"'. Bits past the end of src are clear.
// stop and quote hold at least Blocks(len(src)) words.
func Mark(stop, quote []uint32, src []byte) { markGo(stop, quote, src) }
