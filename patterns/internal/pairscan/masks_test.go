package pairscan

import (
	"math/rand/v2"
	"testing"
)

// masksRef is Masks a pair at a time.
func masksRef(t *Table, s string, dst []uint32) {
	for k := range dst {
		dst[k] = 0
		for j := 0; j < 32; j++ {
			i := 32*k + j
			if i+1 >= len(s) {
				break
			}
			w := uint(s[i])<<8 | uint(s[i+1])
			if t[w>>6]&(1<<(w&63)) != 0 {
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
	tb := randomTable(r, 4, "@")
	for n := 0; n < 9*32+3; n++ {
		b := make([]byte, n)
		for i := range b {
			b[i] = "etaoin =:\"{}0123456789@"[r.IntN(23)]
		}
		s := string(b)
		for _, words := range []int{0, 1, (n + 31) / 32, (n+31)/32 + 2} {
			got, want := make([]uint32, words), make([]uint32, words)
			for k := range got {
				got[k] = ^uint32(0)
			}
			Masks(tb, s, got)
			masksRef(tb, s, want)
			for k := range want {
				if got[k] != want[k] {
					t.Fatalf("Masks(len %d, %d words)[%d] = %032b, want %032b", n, words, k, got[k], want[k])
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
	tb := randomTable(r, 4, "@")
	for n := 0; n < Span; n++ {
		for range 50 {
			b := make([]byte, n)
			for i := range b {
				b[i] = "etaoin =:\"{}0123456789@"[r.IntN(23)]
			}
			var want [1]uint32
			masksRef(tb, string(b), want[:])
			if got := MaskShort(tb, string(b)); got != want[0] {
				t.Fatalf("MaskShort(%q) = %032b, want %032b", b, got, want[0])
			}
		}
	}
}
