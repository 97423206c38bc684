package patterns

import "github.com/logredact/logredact/patterns/internal/pairscan"

// The prefilter finds every keyword of every detector, and every structural
// anchor (an '@', a digit run, a key/value separator), in one pass over the
// input. It tests each pair of adjacent bytes against a 64 Kbit table, which
// stays in L1 cache, 32 pairs at a time (internal/pairscan): for each
// keyword it indexes the rarest pair of bytes the keyword holds, so that
// common text ("the", "api", "/v1/") rarely wakes it.

// kwEntry is one keyword of one detector, filed under its anchor pair.
type kwEntry struct {
	kw   string
	off  int // offset of the anchor pair within kw
	fold bool
	det  int
}

type prefilter struct {
	bits [1 << 16 / 64]uint64
	// pairs is bits as the candidate kernels read it, made once the
	// table is complete (finish). Where the kernel reads it folded, its
	// candidates include a few pairs bits does not hold, so a visit
	// tests the pair (holds) before a structural scanner runs on it.
	pairs   *pairscan.Filter
	bucket  *[1 << 16]uint16 // pair -> index into buckets, 0 for none
	buckets [][]kwEntry
	// around is, per bucket, the bytes its keywords allow beside the
	// pair.
	around []pairFilter
	// class says which structural scanners a pair's first byte wakes.
	class [256]uint8
	// digitStart is set when a digit run at offset 0 must be examined.
	digitStart bool
	// digitAnchors is set when a keyword's anchor pair starts with a
	// digit, so digit runs cannot be skipped once scanned.
	digitAnchors bool
	// tsKeys holds the keyword pairs of a byte and a digit, which a
	// timestamp may hold (scan_timestamp.go).
	tsKeys [256]uint16
}

const (
	clsAt    uint8 = 1 << iota // '@'
	clsPct                     // '%' of "%40"
	clsDigit                   // a non-word byte before a digit
	clsSep                     // '=' or ':'
	clsPII                     // the triggers of triggers.go
	clsQuery                   // '%' or '+' in a URL-encoded value
)

// pairFilter is what may surround a pair in one of its bucket's keywords:
// short keywords anchored on common pairs ("pin" on "pi", "card" on "rd")
// are ruled out by two more loads, before any of them is compared, and
// "card" filed on "rd" is not compared in "order".
type pairFilter struct {
	// prev holds the bytes that may come before the pair, all of them
	// when a keyword starts with it; next those that may follow it.
	prev, next byteSet
}

// byteSet is a set of byte values.
type byteSet [4]uint64

func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// allows reports whether the bytes around the pair at s[i] may be those of
// one of the bucket's keywords. The ends of s allow anything, since a
// keyword may be cut there.
func (f *pairFilter) allows(s string, i int) bool {
	return (i+2 >= len(s) || f.next.has(s[i+2])) && (i == 0 || f.prev.has(s[i-1]))
}

// wakes reports whether the pair at s[i] wakes a structural scanner: any
// class of its first byte, the digit scanner only before a digit, where
// the table holds the pair.
func (p *prefilter) wakes(s string, i int) bool {
	c := p.class[s[i]]
	return c != 0 && (c&^clsDigit != 0 || isDigit(s[i+1])) && p.holds(s, i)
}

// holds reports whether the table holds the pair at s[i].
func (p *prefilter) holds(s string, i int) bool {
	w := uint16(s[i])<<8 | uint16(s[i+1])
	return p.bits[w>>6]&(1<<(w&63)) != 0
}

// finish makes the kernels' form of the table, which must not change
// afterwards.
func (p *prefilter) finish() {
	p.pairs = pairscan.NewFilter(&p.bits, byteWeight)
	p.noteTimestampKeys()
}

func (p *prefilter) set(w uint16) {
	p.bits[w>>6] |= 1 << (w & 63)
}

// byteWeight estimates how common a byte is in log text.
func byteWeight(c byte) int { return int(byteWeights[c]) }

// byteWeights is byteWeight as a table: New asks it for every pair of
// every keyword.
var byteWeights = func() (t [256]uint8) {
	for c := range t {
		t[c] = uint8(byteWeightOf(byte(c)))
	}
	return t
}()

func byteWeightOf(c byte) int {
	switch {
	case c == ' ':
		return 12
	case c >= 'a' && c <= 'z':
		switch c {
		case 'e', 't', 'a', 'o', 'i', 'n', 's', 'r', 'h', 'l', 'd', 'c', 'u':
			return 9
		}
		return 5
	case c >= 'A' && c <= 'Z':
		return 2
	case c >= '0' && c <= '9':
		return 4
	case c == '_', c == '-':
		return 5
	case c == '"', c == '.', c == '/', c == ':', c == '=', c == ',':
		return 4
	}
	return 1
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// structural reports whether pair (a, b) already wakes a structural scanner,
// which makes it a poor anchor for a keyword.
func (p *prefilter) structural(a, b byte) bool {
	c := p.class[a]
	return c&(clsAt|clsSep|clsPct) != 0 || c&clsDigit != 0 && isDigit(b)
}

// anchorOf picks the rarest pair of kw.
func (p *prefilter) anchorOf(kw string, fold bool) int {
	best, bestScore := 0, int(^uint(0)>>1)
	for i := 0; i+1 < len(kw); i++ {
		a, b := kw[i], kw[i+1]
		wa, wb := byteWeight(a), byteWeight(b)
		if fold {
			wa, wb = max(wa, byteWeight(lower(a))), max(wb, byteWeight(lower(b)))
		}
		score := wa * wb * pairPenalty(a, b, fold)
		if p.structural(a, b) {
			score += 200
		}
		if isDigit(a) {
			score += 400
		}
		if score < bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

func (p *prefilter) addKeyword(kw string, fold bool, det int) {
	p.addKeywordAt(kw, p.anchorOf(kw, fold), fold, det)
}

// addKeywordAt files kw under the pair at kw[off], for callers that know
// a rarer pair than anchorOf estimates.
func (p *prefilter) addKeywordAt(kw string, off int, fold bool, det int) {
	a, b := kw[off], kw[off+1]
	pairs := [4][2]byte{{a, b}}
	n := 1
	if fold {
		pairs = [4][2]byte{{lower(a), lower(b)}, {upper(a), lower(b)}, {lower(a), upper(b)}, {upper(a), upper(b)}}
		n = 4
	}
	if isDigit(a) {
		p.digitAnchors = true
	}
	e := kwEntry{kw: kw, off: off, fold: fold, det: det}
	// The bytes around the pair, any byte where kw has none.
	around := pairFilter{prev: anyOf, next: anyOf}
	if off > 0 {
		around.prev = setOf(kw[off-1], fold)
	}
	if off+2 < len(kw) {
		around.next = setOf(kw[off+2], fold)
	}
	for _, pr := range pairs[:n] {
		w := uint16(pr[0])<<8 | uint16(pr[1])
		dup := false
		if idx := p.bucket[w]; idx != 0 {
			for _, x := range p.buckets[idx] {
				if x == e {
					dup = true
				}
			}
			if !dup {
				p.buckets[idx] = append(p.buckets[idx], e)
				f := &p.around[idx]
				for k := range f.next {
					f.next[k] |= around.next[k]
					f.prev[k] |= around.prev[k]
				}
			}
		} else {
			p.buckets = append(p.buckets, []kwEntry{e})
			p.around = append(p.around, around)
			p.bucket[w] = uint16(len(p.buckets) - 1)
		}
		p.set(w)
	}
}

// anyOf is the byte set of every byte.
var anyOf = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

// setOf is the set of c, and of c in either case when fold is set.
func setOf(c byte, fold bool) (set byteSet) {
	set[c>>6] |= 1 << (c & 63)
	if fold {
		set[lower(c)>>6] |= 1 << (lower(c) & 63)
		set[upper(c)>>6] |= 1 << (upper(c) & 63)
	}
	return set
}

func newPrefilter() *prefilter {
	p := &prefilter{bucket: new([1 << 16]uint16), buckets: [][]kwEntry{nil}, around: make([]pairFilter, 1)}
	return p
}

// addClass makes every pair whose first byte is c, and whose second byte
// satisfies second, wake the scanners of cls.
func (p *prefilter) addClass(c byte, cls uint8, second func(byte) bool) {
	p.class[c] |= cls
	for b := 0; b < 256; b++ {
		if second(byte(b)) {
			p.set(uint16(c)<<8 | uint16(b))
		}
	}
}

func anyByte(byte) bool { return true }

// hasFold reports whether s[i:] starts with kw, ignoring ASCII case.
func hasFold(s string, i int, kw string) bool {
	if i < 0 || len(s)-i < len(kw) {
		return false
	}
	for j := 0; j < len(kw); j++ {
		if lower(s[i+j]) != lower(kw[j]) {
			return false
		}
	}
	return true
}

func hasAt(s string, i int, kw string) bool {
	return i >= 0 && len(s)-i >= len(kw) && s[i:i+len(kw)] == kw
}

// commonPairs are the most frequent letter pairs of English text and of
// log vocabulary ("api", "token", "key", "http", "id"): a keyword anchored
// on one of them would be looked up on most lines.
const commonPairs = "th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur ca el ta la ns di fo ho pe ec pr no ct us ac ot il tr ly nc et ut ss so rs un lo wa ge ie wh ee wi em ad ol rt po we na ul ni ts mo ow pa im mi ai sh ir su id os iv ia am fi ci vi pl ig tu ev ld ry mp fe ap pi ke ey ok ht tp au ut pp ll ss ee oo tt rr mm nn ff cc dd v1 v2 v3"

// commonPairSet holds commonPairs as a bit per pair: every keyword of
// every engine asks about each of its pairs, and a search of the list
// was a fifth of the command's start-up.
var commonPairSet = func() (set [1 << 16 / 64]uint64) {
	for i := 0; i+1 < len(commonPairs); i += 3 {
		w := uint(commonPairs[i])<<8 | uint(commonPairs[i+1])
		set[w>>6] |= 1 << (w & 63)
	}
	return set
}()

// pairPenalty multiplies the cost of a pair that ordinary text is full
// of: common letter pairs, and the hex digits and dashes of UUIDs and
// hashes.
func pairPenalty(a, b byte, fold bool) int {
	if fold || isLowerAlnum(a) && isLowerAlnum(b) {
		if w := uint(lower(a))<<8 | uint(lower(b)); commonPairSet[w>>6]>>(w&63)&1 != 0 {
			return 8
		}
	}
	if isHexLower(a) && (isHexLower(b) || b == '-') {
		return 3
	}
	return 1
}

func isLowerAlnum(c byte) bool { return c >= 'a' && c <= 'z' || isDigit(c) }

func isHexLower(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' }
