package pairscan

import (
	"math/bits"
	"math/rand/v2"
	"slices"
	"testing"
)

// mergeClassesRef is mergeClasses as first written: every pair's cost
// from two weighted differences, and every live pair read before each
// merge. mergeClasses must merge the same classes in the same order.
func mergeClassesRef(union []byteSet, w []int64, elem *[256]int64, k int) []int {
	n := len(union)
	gain := func(i, j int) int64 { // what class i gains from j's set
		var g int64
		for x := range 4 {
			for d := union[j][x] &^ union[i][x]; d != 0; d &= d - 1 {
				g += elem[64*x+bits.TrailingZeros64(d)]
			}
		}
		return g
	}
	cost := func(i, j int) int64 { return w[i]*gain(i, j) + w[j]*gain(j, i) }
	into := make([]int, n)
	live := make([]bool, n)
	for i := range into {
		into[i], live[i] = i, true
	}
	for ; k > 0; k-- {
		bi, bj := -1, -1
		var best int64
		for i := range n {
			for j := i + 1; j < n; j++ {
				if live[i] && live[j] {
					if c := cost(i, j); bi < 0 || c < best {
						bi, bj, best = i, j, c
					}
				}
			}
		}
		for x := range 4 {
			union[bi][x] |= union[bj][x]
		}
		w[bi] += w[bj]
		live[bj] = false
		for x := range into {
			if into[x] == bj {
				into[x] = bi
			}
		}
	}
	return into
}

// TestMergeClassesAgrees merges random classes both ways, with weights
// drawn from a few values so that equal costs are common and the order
// among them is tested too.
func TestMergeClassesAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 29))
	for round := range 300 {
		n := 2 + r.IntN(100)
		k := r.IntN(n)
		// Few elements and few weights: many classes cost the same.
		span, top := 1+r.IntN(256), 1+r.IntN(4)
		var elem [256]int64
		for i := range elem {
			elem[i] = int64(r.IntN(top))
		}
		union := make([]byteSet, n)
		w := make([]int64, n)
		for i := range union {
			for range 1 + r.IntN(8) {
				union[i].add(r.IntN(span))
			}
			w[i] = int64(1 + r.IntN(top))
		}
		u1, w1 := slices.Clone(union), slices.Clone(w)
		got := mergeClasses(union, w, &elem, k)
		want := mergeClassesRef(u1, w1, &elem, k)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d (%d classes, %d merges): merged into %v, want %v", round, n, k, got, want)
		}
		if !slices.Equal(union, u1) || !slices.Equal(w, w1) {
			t.Fatalf("round %d: the classes kept differ", round)
		}
	}
}
