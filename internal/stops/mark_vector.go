//go:build (amd64 || arm64) && !purego

package stops

import "unsafe"

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
		markTail(stop[full:], quote[full:], src[full*32:])
	}
}

// pageSize is the smallest page of amd64 and arm64: loads within one
// never fault.
const pageSize = 4096

// markTail marks the last block of a line, shorter than 32 bytes. Where
// the 32 bytes from its start lie in one page the kernel reads them in
// place, as the runtime's own short searches do: the bytes past the end
// of tail are mapped memory, and the bits they set are cleared. Nearer a
// page's end, the Go path marks the bytes one word at a time.
func markTail(stop, quote []uint32, tail []byte) {
	p := unsafe.Pointer(&tail[0])
	if uintptr(p)&(pageSize-1) > pageSize-32 {
		markGo(stop, quote, tail)
		return
	}
	_, _ = stop[0], quote[0]
	markBlocks(&tail[0], 1, &stop[0], &quote[0])
	keep := uint32(1)<<len(tail) - 1
	stop[0] &= keep
	quote[0] &= keep
}

// markBlocks marks n full blocks at p into stop and quote, with the
// architecture's vector kernel (mark_amd64.s, mark_arm64.s).
//
//go:noescape
func markBlocks(p *byte, n int, stop, quote *uint32)
