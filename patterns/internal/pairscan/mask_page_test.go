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
	mem := testutil.GuardedPage(t)
	page := len(mem)
	r := rand.New(rand.NewPCG(3, 5))
	tb := randomTable(r, 3, "@")
	for i := range page {
		mem[i] = "ab@1 =:"[r.IntN(7)]
	}
	for n := 2; n < Span; n++ {
		for start := page - 2*Span; start+n <= page; start++ {
			s := unsafe.String(&mem[start], n)
			var buf [Span]byte
			copy(buf[:], s)
			want := maskRef(tb, unsafe.String(&buf[0], Span)) & (1<<(n-1) - 1)
			if got := MaskShort(tb, s); got != want {
				t.Fatalf("MaskShort of %d bytes at page offset %d = %032b, want %032b", n, start, got, want)
			}
		}
	}
}
