//go:build linux && (amd64 || arm64) && !purego

package stops

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/logredact/logredact/internal/testutil"
)

// TestMarkPageEnd places lines of every length up to three blocks at
// every offset before a page that is not mapped: Mark must read none of
// it, whether it reads the last block in place or a word at a time, and
// must answer as the reference does.
func TestMarkPageEnd(t *testing.T) {
	mem := testutil.GuardedPage(t)
	page := len(mem)
	r := rand.New(rand.NewPCG(6, 2))
	for i := range page {
		mem[i] = "ab\"\\\x01 "[r.IntN(6)]
	}
	for n := 1; n <= 96; n++ {
		for start := page - 128; start+n <= page; start++ {
			src := mem[start : start+n : start+n]
			k := Blocks(n)
			ws, wq := make([]uint32, k), make([]uint32, k)
			markRef(ws, wq, src)
			s, q := make([]uint32, k), make([]uint32, k)
			Mark(s, q, src)
			if !slices.Equal(s, ws) || !slices.Equal(q, wq) {
				t.Fatalf("Mark of %d bytes at page offset %d: stop %x quote %x, want %x %x", n, start, s, q, ws, wq)
			}
		}
	}
}
