//go:build linux && !purego

package pairscan

import (
	"math/rand/v2"
	"testing"
	"unsafe"

	"github.com/logredact/logredact/internal/testutil"
)

// TestMaskShortPageEnd places short texts at every offset before a page
// that is not mapped: MaskShort must read none of it, whether it reads
// the text in place or copies it, and must answer as the reference does.
func TestMaskShortPageEnd(t *testing.T) {
	mem, fs := guardedText(t, 3)
	page := len(mem)
	for n := 2; n < Span; n++ {
		for start := page - 2*Span; start+n <= page; start++ {
			s := unsafe.String(&mem[start], n)
			var buf [Span]byte
			copy(buf[:], s)
			for _, f := range fs {
				want := refOf(f, unsafe.String(&buf[0], Span)) & (1<<(n-1) - 1)
				if got := MaskShort(f, s); got != want {
					t.Fatalf("MaskShort of %d bytes at page offset %d, folded %t = %032b, want %032b", n, start, f.fold != nil, got, want)
				}
			}
		}
	}
}

// TestMasksPageEnd ends texts of one to six blocks at a page that is not
// mapped: Masks must read none of it, in the kernel's blocks, its last
// odd block or the tail, and must answer as the reference does.
func TestMasksPageEnd(t *testing.T) {
	mem, fs := guardedText(t, 7)
	page := len(mem)
	for n := Span; n <= 6*32+2; n++ {
		s := unsafe.String(&mem[page-n], n)
		for _, f := range fs {
			got, want := make([]uint32, (n+31)/32), make([]uint32, (n+31)/32)
			Masks(f, s, got)
			masksRef(f, s, want)
			for k := range want {
				if got[k] != want[k] {
					t.Fatalf("Masks of %d bytes at the page's end, folded %t [%d] = %032b, want %032b", n, f.fold != nil, k, got[k], want[k])
				}
			}
		}
	}
}

// guardedText is a mapped page of random text before one that is not,
// and the filters of a random table for it, both from seed.
func guardedText(t *testing.T, seed uint64) ([]byte, []*Filter) {
	mem := testutil.GuardedPage(t)
	r := rand.New(rand.NewPCG(seed, 5))
	for i := range mem {
		mem[i] = "ab@1 =:"[r.IntN(7)]
	}
	return mem, filtersOf(randomTable(r, 3, "@"))
}
