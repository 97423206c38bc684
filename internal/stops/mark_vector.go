//go:build (amd64 || arm64) && !purego

package stops

// Mark sets, for each 32-byte block k of src (the last may be partial),
// bit j of stop[k] when src[32k+j] is '"', '\\' or a byte below 0x20, and
// bit j of quote[k] when it is '"'. Bits past the end of src are clear.
// stop and quote hold at least Blocks(len(src)) words.
func Mark(stop, quote []uint32, src []byte) {
	full := len(src) / 32
	if !Vector || full == 0 {
		markGo(stop, quote, src)
		return
	}
	_, _ = stop[full-1], quote[full-1]
	markBlocks(&src[0], full, &stop[0], &quote[0])
	if full*32 < len(src) {
		markGo(stop[full:], quote[full:], src[full*32:])
	}
}

// markBlocks marks n full blocks at p into stop and quote, with the
// architecture's vector kernel (mark_amd64.s, mark_arm64.s).
//
//go:noescape
func markBlocks(p *byte, n int, stop, quote *uint32)
