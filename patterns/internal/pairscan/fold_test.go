package pairscan

import (
	"math/rand/v2"
	"testing"
)

// TestFoldHoldsTable folds tables from sparse to dense, with few and with
// many distinct rows and columns: every pair a table holds must be in its
// folded form (a pair missed there is a candidate missed), and a table of
// at most maxClasses distinct rows and columns folds exactly.
func TestFoldHoldsTable(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 13))
	cases := []struct {
		name  string
		t     *Table
		exact bool
	}{
		{"empty", new(Table), true},
		{"one pair", onePair('k', 'y'), true},
		{"hot first bytes", randomTable(r, 1<<20, "@%:="), true},
		{"classes", classTable(r, 60, 60), true},
		{"many classes", classTable(r, 120, 200), false},
		{"sparse", randomTable(r, 50, ""), false},
		{"dense", randomTable(r, 3, "@%"), false},
		{"full", randomTable(r, 1, ""), true},
	}
	for _, c := range cases {
		f := fold(c.t, testWeight)
		extra := 0
		for w := range 1 << 16 {
			a, b := byte(w>>8), byte(w)
			in := c.t[w>>6]&(1<<(w&63)) != 0
			if in && !f.has(a, b) {
				t.Fatalf("%s: pair %q is in the table, not in its folded form", c.name, []byte{a, b})
			}
			if !in && f.has(a, b) {
				extra++
			}
		}
		if c.exact && extra > 0 {
			t.Errorf("%s: folded form holds %d pairs the table does not", c.name, extra)
		}
	}
}

// TestFoldMergesRareBytes checks that the merges fall on rare bytes: in a
// table of more distinct rows than classes, where the common bytes'
// rows are all distinct, folding must leave every common byte's pairs
// exact.
func TestFoldMergesRareBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 19))
	var tb Table
	for a := range 256 {
		for range 3 {
			w := a<<8 | r.IntN(256)
			tb[w>>6] |= 1 << (w & 63)
		}
	}
	f := fold(&tb, testWeight)
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			w := int(a)<<8 | int(b)
			if in := tb[w>>6]&(1<<(w&63)) != 0; in != f.has(byte(a), byte(b)) {
				t.Errorf("pair %q of common bytes: folded %t, table %t", []byte{byte(a), byte(b)}, !in, in)
			}
		}
	}
}

func onePair(a, b byte) *Table {
	var t Table
	w := uint(a)<<8 | uint(b)
	t[w>>6] |= 1 << (w & 63)
	return &t
}

// classTable is a table whose rows are one of rows random sets and whose
// columns, within them, one of cols.
func classTable(r *rand.Rand, rows, cols int) *Table {
	var rowOf, colOf [256]int
	for i := range 256 {
		rowOf[i], colOf[i] = r.IntN(rows), r.IntN(cols)
	}
	on := make([][]bool, rows)
	for i := range on {
		on[i] = make([]bool, cols)
		for j := range on[i] {
			on[i][j] = r.IntN(3) == 0
		}
	}
	var t Table
	for w := range 1 << 16 {
		if on[rowOf[w>>8]][colOf[w&255]] {
			t[w>>6] |= 1 << (w & 63)
		}
	}
	return &t
}
