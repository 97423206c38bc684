package pairscan

import (
	"math/rand/v2"
	"testing"
)

// masksRef is Masks a pair at a time.
func masksRef(f *Filter, s string, dst []uint32) {
	for k := range dst {
		dst[k] = 0
		for j := 0; j < 32; j++ {
			i := 32*k + j
			if i+1 >= len(s) {
				break
			}
			if f.has(s[i], s[i+1]) {
				dst[k] |= 1 << j
			}
		}
	}
}

// TestMasksMatchesReference compares Masks with the reference for texts
// of every length up to nine blocks, with dst shorter than, as long as
// and longer than the text's blocks.
func TestMasksMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 3))
	fs := filtersOf(randomTable(r, 4, "@"))
	for n := 0; n < 9*32+3; n++ {
		b := make([]byte, n)
		for i := range b {
			b[i] = "etaoin =:\"{}0123456789@"[r.IntN(23)]
		}
		s := string(b)
		for _, words := range []int{0, 1, (n + 31) / 32, (n+31)/32 + 2} {
			for _, f := range fs {
				got, want := make([]uint32, words), make([]uint32, words)
				for k := range got {
					got[k] = ^uint32(0)
				}
				Masks(f, s, got)
				masksRef(f, s, want)
				for k := range want {
					if got[k] != want[k] {
						t.Fatalf("Masks(len %d, %d words), folded %t [%d] = %032b, want %032b", n, words, f.fold != nil, k, got[k], want[k])
					}
				}
			}
		}
	}
}

// TestMaskShortMatchesReference compares MaskShort with the reference for
// every length a short text has, so that no pair the text holds is
// missed and none past its end is reported.
func TestMaskShortMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 8))
	fs := filtersOf(randomTable(r, 4, "@"))
	for n := 0; n < Span; n++ {
		for range 50 {
			b := make([]byte, n)
			for i := range b {
				b[i] = "etaoin =:\"{}0123456789@"[r.IntN(23)]
			}
			for _, f := range fs {
				var want [1]uint32
				masksRef(f, string(b), want[:])
				if got := MaskShort(f, string(b)); got != want[0] {
					t.Fatalf("MaskShort(%q), folded %t = %032b, want %032b", b, f.fold != nil, got, want[0])
				}
			}
		}
	}
}
