package pairscan

// testWeight weighs bytes as log text has them, roughly: spaces and
// lower-case letters common, the rest rare.
func testWeight(c byte) int {
	switch {
	case c == ' ':
		return 12
	case c >= 'a' && c <= 'z':
		return 8
	case c >= '0' && c <= '9', c == '"', c == ':', c == '=', c == '.':
		return 4
	}
	return 1
}

// filtersOf returns t as each kernel of this machine reads it: the table
// itself, and folded where the folded kernel runs.
func filtersOf(t *Table) []*Filter {
	fs := []*Filter{{t: t}}
	if folds {
		fs = append(fs, &Filter{t: t, fold: fold(t, testWeight)})
	}
	return fs
}

// has reports whether f's kernels mark the pair (a, b).
func (f *Filter) has(a, b byte) bool {
	if f.fold != nil {
		return f.fold.has(a, b)
	}
	w := uint(a)<<8 | uint(b)
	return f.t[w>>6]&(1<<(w&63)) != 0
}

// refOf is what f's kernels answer for the block at s, a pair at a time.
func refOf(f *Filter, s string) uint32 {
	if f.fold != nil {
		return foldRef(f.fold, s)
	}
	return maskRef(f.t, s)
}
