package pairscan

import "math/bits"

// A gather of eight table words costs this machine's vector unit about as
// much as eight scalar loads, so the AVX2 kernel is bound by its gathers
// (a fifth of the engine's time). A byte permute reads a 128-byte table
// for 64 positions in one instruction, but the table is 8 KiB. So the
// table is folded: pairs whose first bytes have the same row of the table
// share a row class, pairs whose second bytes have the same column share
// a column class, and the classes' pairs are a bit matrix of at most 64
// by 64, 512 bytes, that four permutes read. Where a table has more than
// 64 distinct rows or columns, the two whose union adds the least
// weight of likely text are merged until 64 remain: the folded table then
// holds a few pairs more than the table, never fewer. A caller tests a
// candidate's pair against the table before it acts on it, so a pair the
// folding added costs a visit that does nothing.

// maxClasses is how many row or column classes the folded table holds.
const maxClasses = 64

// folded is a Table in classes: pair (a, b) is in it when bit c&7 of
// m[r*8+c>>3] is set, with r = row[a] and c = col[b].
type folded struct {
	row, col [256]uint8
	m        [maxClasses * maxClasses / 8]byte
}

// has reports whether pair (a, b) is in the folded table.
func (f *folded) has(a, b byte) bool {
	r, c := uint(f.row[a]), uint(f.col[b])
	return f.m[r*8+c>>3]>>(c&7)&1 != 0
}

// byteSet is a set of byte values, or of classes.
type byteSet [4]uint64

func (s *byteSet) has(c int) bool { return s[c>>6]&(1<<(c&63)) != 0 }
func (s *byteSet) add(c int)      { s[c>>6] |= 1 << (c & 63) }

// fold builds the folded form of t. weight estimates how common a byte is
// in the text to be scanned; merges are chosen to add the fewest likely
// pairs.
func fold(t *Table, weight func(byte) int) *folded {
	var rows [256]byteSet // the second bytes of each first byte
	var wb [256]int64
	for a := range 256 {
		copy(rows[a][:], t[4*a:4*a+4])
		w := int64(weight(byte(a)))
		wb[a] = w * w
	}
	f := new(folded)
	rowSets := classes(rows[:], wb[:], &wb, f.row[:])
	// The columns, over the row classes: which classes each second byte
	// follows.
	var cols [256]byteSet
	for r, s := range rowSets {
		for b := range 256 {
			if s.has(b) {
				cols[b].add(r)
			}
		}
	}
	var wr [256]int64 // a row class's weight: its first bytes'
	for a := range 256 {
		wr[f.row[a]] += wb[a]
	}
	colSets := classes(cols[:], wb[:], &wr, f.col[:])
	for c, s := range colSets {
		for r := range rowSets {
			if s.has(r) {
				f.m[r*8+c>>3] |= 1 << (c & 7)
			}
		}
	}
	return f
}

// classes groups the sets of items (the rows or columns of a table) into
// at most maxClasses classes, writes each item's class to class, and
// returns each class's set: the union of its items'. Equal sets share a
// class; beyond maxClasses distinct ones, the two classes whose union
// adds the least weight are merged, an item's weight counted for each
// element its class gains, an element weighing elem.
func classes(sets []byteSet, weight []int64, elem *[256]int64, class []uint8) []byteSet {
	var (
		union []byteSet
		w     []int64
		owner = make([]int, len(sets)) // item -> class before renumbering
	)
	seen := make(map[byteSet]int, len(sets))
	for i, s := range sets {
		k, ok := seen[s]
		if !ok {
			k = len(union)
			seen[s] = k
			union = append(union, s)
			w = append(w, 0)
		}
		owner[i] = k
		w[k] += weight[i]
	}
	n := len(union)
	if n > maxClasses {
		merged := mergeClasses(union, w, elem, n-maxClasses)
		for i := range owner {
			owner[i] = merged[owner[i]]
		}
	}
	// Renumber the classes that remain, in order of first use.
	number := make(map[int]int, maxClasses)
	var out []byteSet
	for i, k := range owner {
		c, ok := number[k]
		if !ok {
			c = len(out)
			number[k] = c
			out = append(out, union[k])
		}
		class[i] = uint8(c)
	}
	return out
}

// mergeClasses merges k times the two live classes whose union adds the
// least weight, in place: union and w of the class kept grow, and the
// class merged away is forwarded to it in the result. Of equal costs the
// pair (i, j), i < j, first in row order is merged.
//
// Every engine folds its table once in New, so this is start-up time for
// every program and every New with options: the cost of a pair is one
// weighted intersection, not two weighted differences, and each class
// keeps its cheapest partner, so a merge rescans only the rows it
// changed instead of every pair.
func mergeClasses(union []byteSet, w []int64, elem *[256]int64, k int) []int {
	n := len(union)
	// The weight of each byte of a set's bits, looked up: a sum bit by
	// bit over sets of a hundred elements was most of New's time.
	cw := make([][256]int64, 32)
	for k := range cw {
		for v := 1; v < 256; v++ {
			cw[k][v] = cw[k][v&(v-1)] + elem[8*k+bits.TrailingZeros8(uint8(v))]
		}
	}
	weigh := func(s *byteSet) int64 {
		var g int64
		for x, d := range s {
			if d == 0 {
				continue
			}
			// Eight loads without a branch cost less than a loop over
			// the bytes that have bits.
			t := cw[8*x : 8*x+8 : 8*x+8]
			g += t[0][d&0xff] + t[1][d>>8&0xff] + t[2][d>>16&0xff] + t[3][d>>24&0xff] +
				t[4][d>>32&0xff] + t[5][d>>40&0xff] + t[6][d>>48&0xff] + t[7][d>>56]
		}
		return g
	}
	total := make([]int64, n) // each class's elements' weight
	for i := range union {
		total[i] = weigh(&union[i])
	}
	// What i gains from j is total[j] less their intersection's weight.
	cost := func(i, j int) int64 {
		both := byteSet{union[i][0] & union[j][0], union[i][1] & union[j][1], union[i][2] & union[j][2], union[i][3] & union[j][3]}
		x := weigh(&both)
		return w[i]*(total[j]-x) + w[j]*(total[i]-x)
	}
	c := make([][]int64, n)
	for i := range c {
		c[i] = make([]int64, n)
		for j := i + 1; j < n; j++ {
			c[i][j] = cost(i, j)
		}
	}
	into := make([]int, n)
	live := make([]bool, n)
	for i := range into {
		into[i], live[i] = i, true
	}
	// near[i] is the live j > i of least c[i][j], the first of equals;
	// -1 when there is none.
	near := make([]int, n)
	rescan := func(i int) {
		near[i] = -1
		for j := i + 1; j < n; j++ {
			if live[j] && (near[i] < 0 || c[i][j] < c[i][near[i]]) {
				near[i] = j
			}
		}
	}
	for i := range n {
		rescan(i)
	}
	for ; k > 0; k-- {
		bi := -1
		for i := range n {
			if live[i] && near[i] >= 0 && (bi < 0 || c[i][near[i]] < c[bi][near[bi]]) {
				bi = i
			}
		}
		bj := near[bi]
		for x := range 4 {
			union[bi][x] |= union[bj][x]
		}
		w[bi] += w[bj]
		total[bi] = weigh(&union[bi])
		live[bj] = false
		for x := range into {
			if into[x] == bj {
				into[x] = bi
			}
		}
		for j := range n {
			if live[j] && j != bi {
				lo, hi := min(bi, j), max(bi, j)
				c[lo][hi] = cost(lo, hi)
			}
		}
		// Rows before bi see a new cost at bi; a row whose partner was
		// bi or bj, and bi's own, are read again.
		for i := range n {
			switch {
			case !live[i]:
			case i == bi || near[i] == bi || near[i] == bj:
				rescan(i)
			case i < bi && (near[i] < 0 || c[i][bi] < c[i][near[i]] || c[i][bi] == c[i][near[i]] && bi < near[i]):
				near[i] = bi
			}
		}
	}
	return into
}

// foldRef is the folded kernel's first stage a pair at a time: bit k is
// set when the folded table holds the pair at s[k], for k < 32. It holds
// every bit of maskRef, and the kernel keeps only those.
func foldRef(f *folded, s string) uint32 {
	var m uint32
	for k := 0; k < 32; k++ {
		if f.has(s[k], s[k+1]) {
			m |= 1 << k
		}
	}
	return m
}
