package patterns

import (
	"math/bits"
	"strings"
	"sync"
	"unsafe"

	"github.com/logredact/logredact/patterns/internal/pairscan"
)

// Engine finds and masks sensitive values. It is immutable after
// construction and safe for concurrent use; build one with [New] or use the
// shared [Default].
type Engine struct {
	dets     []Detector
	pf       *prefilter
	keys     *keyRules
	mask     Mask
	observer func(Observation)
	// reportOnly: see WithReportOnly and report.go.
	reportOnly bool
	// maskIDs are the labels of this engine's masks (scan_masks.go).
	maskIDs *idSet
	// indices of the structural detectors, -1 when disabled.
	email, card, ssn, kv, pii int
	phone, iban, ip           int
	// passwordVerdict is how the free-text reader reports passwords that
	// no key names (a DSN, a command line).
	passwordVerdict textVerdict
	// keyCache memoizes the classification of keys; it changes no
	// result. termVerdicts are the verdicts it names.
	keyCache     *keyCache
	termVerdicts []textVerdict
}

var (
	defaultOnce   sync.Once
	defaultEngine *Engine
)

// Default returns the engine with every built-in detector, the default key
// rules and the label mask. It is built once and shared.
func Default() *Engine {
	defaultOnce.Do(func() {
		e, err := New()
		if err != nil {
			panic("patterns: built-in catalog is invalid: " + err.Error())
		}
		defaultEngine = e
	})
	return defaultEngine
}

// Detectors returns a copy of the engine's detectors, sorted by ID.
func (e *Engine) Detectors() []Detector {
	return append([]Detector(nil), e.dets...)
}

// RedactString returns s with every finding masked. When nothing is found it
// returns s itself without allocating.
func (e *Engine) RedactString(s string) string {
	out, _ := e.RedactIn(Scope{}, s)
	return out
}

// RedactIn is [Engine.RedactString] for a value logged under a key: key
// rules for sc.Key apply first (a value under a sensitive key is masked
// whole, a value under an allowed key is returned as is), then the
// detectors. changed reports whether anything was masked; when it is false
// out is s and nothing was allocated.
func (e *Engine) RedactIn(sc Scope, s string) (out string, changed bool) {
	// A small stack buffer keeps the clean path cheap; a value with more
	// findings grows it on the heap, which the masked copy costs anyway.
	var arr [2]Finding
	fs := e.findIn(arr[:0], sc, s, false)
	if len(fs) == 0 {
		return s, false
	}
	if e.reportOnly {
		return s, e.report(sc, fs)
	}
	b := e.maskSettled(make([]byte, 0, len(s)+32), sc, s, fs)
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}

// RedactFound is [Engine.RedactIn] for a value whose findings the caller
// already has: fs must be what [Engine.FindSpans] found in s, offsets
// taken back to s, or what AppendFind finds in it under no key. The key
// rules of sc.Key are applied as RedactIn applies them: a key that only
// drops findings (a card number under an ID key) drops them from fs, and
// a key with rules of its own has s read again under it. RedactFound may
// reorder fs. Layers that read an event's values in one pass use it to
// mask the few that hold something without finding it twice.
func (e *Engine) RedactFound(sc Scope, s string, fs []Finding) (out string, changed bool) {
	if sc.Key != "" {
		switch e.keyCode(sc.Key) {
		case keyCodePlain:
		case keyCodePIIField:
			fs = e.keyedPII(fs, 0, sc.Key, s, false)
		default:
			return e.RedactIn(sc, s)
		}
	}
	if len(fs) == 0 {
		return s, false
	}
	if e.reportOnly {
		return s, e.report(sc, fs)
	}
	b := e.maskSettled(make([]byte, 0, len(s)+32), sc, s, fs)
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}

// maxPasses bounds settle: each pass only ever shortens what is left to
// find, so two more passes settle every input the fuzzers have produced.
const maxPasses = 3

// settle re-scans b[from:] after masking. Masking changes the text around
// a finding, and that can complete a value a neighbour hid before
// ("4111111111111111 0@0.ab": the email's digits joined the card's run);
// redaction must leave nothing the engine would find. keyed says that
// b[from:] is the whole value under sc.Key, whose key rules then judge it
// again too: a mask that took a separator with it ("Pw=(,'0" under
// "cookie", where the reader's value "(," ran past the cookie's ",") can
// leave a remainder that the key's rule reads as one value with the mask.
func (e *Engine) settle(b []byte, from int, sc Scope, keyed bool) []byte {
	obs := Scope{Layer: sc.Layer}
	if keyed {
		obs = sc
	}
	for pass := 1; pass < maxPasses; pass++ {
		part := unsafe.String(unsafe.SliceData(b[from:]), len(b)-from)
		var arr [8]Finding
		var fs []Finding
		if keyed {
			fs = e.findIn(arr[:0], sc, part, false)
		} else {
			fs = e.scan(arr[:0], part, false)
		}
		if len(fs) == 0 {
			return b
		}
		next := e.appendMasked(make([]byte, 0, len(b)+16), obs, part, fs)
		b = append(b[:from], next...)
	}
	return b
}

// settleWhole is the size up to which the whole of a masked text is
// scanned again; beyond it only the text around each mask is, since that
// is the only place masking changes what a detector sees. The cost of
// settling then follows the number of findings, not the size of the text.
const (
	settleWhole  = 16 << 10
	settleMargin = 512
	settleAlign  = 256
)

// maskSettled appends s with fs masked to dst, then settles the result.
func (e *Engine) maskSettled(dst []byte, sc Scope, s string, fs []Finding) []byte {
	from := len(dst)
	if len(fs) == 1 && fs[0].Start == 0 && fs[0].End == len(s) {
		// The mask replaces the whole value and leaves no neighbour to
		// join: the usual case for a field, with nothing to settle.
		return e.appendMasked(dst, sc, s, fs)
	}
	if len(s) <= settleWhole {
		return e.settle(e.appendMasked(dst, sc, s, fs), from, sc, sc.Key != "")
	}
	spans := make([]int, 0, 2*len(fs))
	prev := 0
	for _, f := range fs {
		dst = append(dst, s[prev:f.Start]...)
		start := len(dst) - from
		dst = e.mask.appendMask(dst, f.DetectorID, s[f.Start:f.End])
		spans = append(spans, start, len(dst)-from)
		if e.observer != nil {
			e.observe(f, sc)
		}
		prev = f.End
	}
	dst = append(dst, s[prev:]...)
	out := dst[from:]
	var fixed []byte
	copied, prevHi := 0, 0
	for i := 0; i < len(spans); {
		lo := max(alignBack(out, spans[i]-settleMargin), prevHi)
		hi := spans[i+1] + settleMargin
		i += 2
		for i < len(spans) && spans[i]-settleMargin <= hi {
			hi = spans[i+1] + settleMargin
			i += 2
		}
		hi = alignForward(out, hi)
		prevHi = hi
		win := unsafe.String(unsafe.SliceData(out[lo:hi]), hi-lo)
		var arr [2]Finding
		wf := e.scan(arr[:0], win, false)
		if len(wf) == 0 {
			continue
		}
		if fixed == nil {
			fixed = make([]byte, 0, len(out)+64)
		}
		fixed = append(fixed, out[copied:lo]...)
		n := len(fixed)
		fixed = e.settle(e.appendMasked(fixed, Scope{Layer: sc.Layer}, win, wf), n, sc, false)
		copied = hi
	}
	if fixed == nil {
		return dst
	}
	fixed = append(fixed, out[copied:]...)
	return append(dst[:from], fixed...)
}

// alignBack and alignForward move a window edge to a line or word break
// nearby, so that a window does not start or end inside a number or a
// token and make a slice of it look like a value of its own.
func alignBack(b []byte, i int) int {
	if i <= 0 {
		return 0
	}
	for j := i; j > 0 && i-j < settleAlign; j-- {
		if c := b[j-1]; c == '\n' || c == ' ' {
			return j
		}
	}
	return i
}

func alignForward(b []byte, i int) int {
	if i >= len(b) {
		return len(b)
	}
	for j := i; j < len(b) && j-i < settleAlign; j++ {
		if c := b[j]; c == '\n' || c == ' ' {
			return j
		}
	}
	return i
}

// AppendRedact appends s, redacted as by [Engine.RedactIn], to dst.
// changed reports whether anything was masked; when it is false the bytes
// appended are s unchanged.
func (e *Engine) AppendRedact(dst []byte, sc Scope, s []byte) (out []byte, changed bool) {
	str := unsafe.String(unsafe.SliceData(s), len(s))
	var arr [2]Finding
	fs := e.findIn(arr[:0], sc, str, false)
	if len(fs) == 0 {
		return append(dst, s...), false
	}
	if e.reportOnly {
		return append(dst, s...), e.report(sc, fs)
	}
	return e.maskSettled(dst, sc, str, fs), true
}

// RedactFind is [Engine.RedactIn] for callers that also count what was
// masked: it appends the findings it masked in s to dst, with Key set as
// [Engine.AppendFind] sets it, in the same single scan.
func (e *Engine) RedactFind(dst []Finding, sc Scope, s string) (out string, fs []Finding) {
	n := len(dst)
	dst = e.findIn(dst, sc, s, false)
	if len(dst) == n {
		return s, dst
	}
	if e.reportOnly {
		return e.reportFind(dst, n, sc, s)
	}
	b := e.maskSettled(make([]byte, 0, len(s)+32), sc, s, dst[n:])
	for i := n; i < len(dst); i++ {
		if dst[i].Key == "" {
			dst[i].Key = sc.Key
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), dst
}

// Find returns the findings in s, in order, without overlaps.
func (e *Engine) Find(s string) []Finding {
	return e.AppendFind(nil, Scope{}, s)
}

// AppendFind appends the findings in s under sc to dst. It allocates
// nothing beyond growing dst. Findings are ordered by Start and do not
// overlap. Observers are not called: only redaction is observed.
func (e *Engine) AppendFind(dst []Finding, sc Scope, s string) []Finding {
	n := len(dst)
	fs := e.findIn(dst, sc, s, false)
	for i := n; i < len(fs); i++ {
		if fs[i].Key == "" {
			fs[i].Key = sc.Key
		}
	}
	return fs
}

// Contains reports whether s holds anything the engine would mask, as
// cheaply as possible: it stops at the first finding and never allocates.
func (e *Engine) Contains(s string) bool {
	var arr [1]Finding
	return len(e.findIn(arr[:0], Scope{}, s, true)) > 0
}

// ContainsIn is [Engine.Contains] under the key rules of sc.Key.
func (e *Engine) ContainsIn(sc Scope, s string) bool {
	var arr [1]Finding
	return len(e.findIn(arr[:0], sc, s, true)) > 0
}

// SensitiveKey reports whether key rules mask values under key, a key
// path with components joined by '.': every value, or, under an ambiguous
// short name such as "pwd" or "pin", every value that its value rule takes
// for a secret (see the package documentation, "Key names"), so that a
// container under it is masked whole. Keys whose values are secrets only
// when they look like tokens ("key", "sid") and connection strings, whose
// passwords are masked inside them, report false; [Engine.RedactIn] still
// applies their rules to a value.
func (e *Engine) SensitiveKey(key string) bool {
	code := e.keyCode(key)
	if code < keyCodeTerms || code >= keyCodePIIField {
		return false // plain, allowed, or plain with a context
	}
	p := e.termVerdicts[code-keyCodeTerms].rule.policy
	return p != polConn && p != polTokenLike
}

// AllowedKey reports whether values under key are never examined.
func (e *Engine) AllowedKey(key string) bool {
	return e.keyCode(key) == keyCodeAllowed
}

// sensitiveKeyID names findings of key rules.
const sensitiveKeyID = "sensitive-key"

// MaskValue masks the whole of s as a value under a sensitive key, with
// the engine's mask, and tells the observer. Adapters use it for values
// the application marked sensitive itself, such as struct fields tagged
// `redact:"true"`.
func (e *Engine) MaskValue(sc Scope, s string) string {
	fs := [1]Finding{{DetectorID: sensitiveKeyID, Category: Secret, Start: 0, End: len(s)}}
	if e.reportOnly {
		e.report(sc, fs[:])
		return s
	}
	return string(e.appendMasked(make([]byte, 0, 32), sc, s, fs[:]))
}

// findIn applies key rules for sc.Key, then scans s.
func (e *Engine) findIn(dst []Finding, sc Scope, s string, first bool) []Finding {
	if s == "" {
		return dst
	}
	if sc.Key != "" {
		// Most keys are plain: their code settles them without
		// building a verdict.
		code := e.keyCode(sc.Key)
		switch code {
		case keyCodePlain:
			// Neither a phone nor an ID key: what the key says about
			// personal data (keyed_pii.go) changes nothing here.
			return e.scan(dst, s, first)
		case keyCodePIIField:
			return e.keyedPII(e.scan(dst, s, first), len(dst), sc.Key, s, first)
		}
		switch class, v, ctx := e.decodeCode(code); class {
		case keyPlain:
			if ctx {
				return e.keyedPII(e.scanWithKey(dst, contextKey(sc.Key), s, first), len(dst), sc.Key, s, first)
			}
		case keyAllowed:
			return dst
		case keySensitive:
			n := len(dst)
			dst = e.scan(dst, s, first)
			if first && len(dst) > n || wholeToken(dst[n:], s, v.rule.policy) {
				return dst
			}
			// The key rule's findings: the value, or the parts of it
			// that are secret. Detectors still run on the rest, so a
			// value that only starts like a mask or a reference
			// ("[REDACTED] ghp_...") hides nothing.
			var arr [4]Finding
			kf := e.fieldFindings(arr[:0], v, s)
			if len(kf) == 0 {
				if len(dst) == n || v.rule.policy == polConn || e.isMask(s) {
					return dst
				}
				// The value rule let the value pass (a reference, a
				// coordinate), but it holds a finding: no harmless
				// value does, so the value goes whole, which keeps
				// redaction idempotent.
				kf = append(kf, Finding{DetectorID: v.id, Category: v.rule.category, Start: 0, End: len(s)})
			}
			return mergeKeyFindings(dst, n, kf)
		}
	}
	return e.keyedPII(e.scan(dst, s, first), len(dst), sc.Key, s, first)
}

// alreadyMasked reports whether v is wholly the output of a mask: a label
// or HMAC mask, a partial mask, or stars. A value that only starts with
// one ("[REDACTED] ghp_...") is not.
func alreadyMasked(v string) bool {
	return isLabelMask(v) || isPartialMask(v) || v != "" && strings.Trim(v, "*") == ""
}

// scan runs the prefilter over s and the detectors it wakes, appending
// findings to dst sorted and merged.
func (e *Engine) scan(dst []Finding, s string, first bool) []Finding {
	return e.scanDepth(dst, s, first, 0)
}

// scanDepth is scan for text decoded depth times from a query value.
//
// The candidate pass asks the pair table about 32 positions at a time
// (pairscan.Mask32, a vector kernel where the CPU has one) and visits
// only the positions whose pair is in it, in order: exactly the
// positions the byte-at-a-time pass visits.
func (e *Engine) scanDepth(dst []Finding, s string, first bool, depth int) []Finding {
	if e.keys.allowed != nil {
		// A finding may yet be dropped as an allowed key's value: the
		// first one found is not the answer.
		first = false
	}
	n0 := len(dst)
	pf := e.pf
	sc := scanCursor{lastDet: -1, kst: kvState{depth: depth}}
	if pf.digitStart && isDigit(s[0]) {
		var next int
		dst, next = e.scanNumber(dst, s, 0)
		if first && len(dst) > n0 {
			return dst
		}
		if !pf.digitAnchors {
			sc.skip = next - 1
		}
	}
	if len(s) >= pairscan.Span && !scalarScan {
		if dst = e.scanBlocks(dst, s, first, &sc); first && len(dst) > n0 {
			sc.kst.release()
			return dst
		}
	}
	dst = e.scanTail(dst, s, first, &sc)
	sc.kst.release()
	if len(dst) == n0 || first {
		return dst
	}
	if e.keys.allowed != nil && depth == 0 {
		dst = e.dropAllowed(dst, n0, s)
	}
	if len(dst)-n0 < 2 {
		return dst
	}
	return mergeFindings(dst, n0)
}

// scalarScan makes every scan go byte by byte, for tests that compare
// the two candidate passes.
var scalarScan = false

// scanBlocks visits the candidates of s 32 positions at a time, up to the
// last bytes, which it leaves to scanBytes (through sc.skip): a block call
// costs about as much as 20 bytes of the byte loop, and most values
// logged are short. The blocks are asked scanChunk at a time, since the
// folded kernel loads its tables once per call.
func (e *Engine) scanBlocks(dst []Finding, s string, first bool, sc *scanCursor) []Finding {
	n0 := len(dst)
	f := e.pf.pairs
	var m [scanChunk]uint32
	i := 0
	for i+pairscan.Span <= len(s) {
		// The blocks whose Span bytes s holds, up to a chunk.
		n := min(scanChunk, (len(s)-1-i)/32)
		pairscan.Masks(f, s[i:i+32*n+1], m[:n])
		for k, w := range m[:n] {
			if w == 0 {
				continue
			}
			if dst = e.visitMask(dst, s, i+32*k, w, sc); first && len(dst) > n0 {
				return dst
			}
		}
		i += 32 * n
	}
	sc.skip = max(sc.skip, i)
	return dst
}

// scanChunk is how many blocks scanBlocks asks in one kernel call.
const scanChunk = 32

// visitMask visits the candidates at s[i+k] for the bits k of m. Half
// the candidates of ordinary log text wake nothing once the bytes around
// their pair are read, so that test is made here, before a call.
func (e *Engine) visitMask(dst []Finding, s string, i int, m uint32, sc *scanCursor) []Finding {
	pf := e.pf
	for m != 0 {
		j := i + bits.TrailingZeros32(m)
		m &= m - 1
		if j < sc.skip {
			continue
		}
		// The test of visit, written out: as a call it costs a tenth
		// of the whole scan.
		if k := pf.bucket[uint16(s[j])<<8|uint16(s[j+1])]; k != 0 && pf.around[k].allows(s, j) {
			dst = e.visitKeywords(dst, s, j, sc, k)
		}
		// A digit after a byte that wakes nothing else is most of
		// them: the run goes to its scanner without visitClass.
		if c := pf.class[s[j]]; c == clsDigit {
			if isDigit(s[j+1]) {
				dst = e.visitRun(dst, s, j, sc)
			}
		} else if c != 0 && (c != clsPII || piiMayWake(s, j)) && pf.holds(s, j) {
			// Any class but the digit's wakes its scanner whatever
			// follows, where the table holds the pair: this is
			// prefilter.wakes. An upper-case letter wakes the IBAN
			// scanner only where a country code can end (piiMayWake);
			// most are a keyword's pair.
			dst = e.visitClass(dst, s, j, sc)
		}
	}
	return dst
}

// scanTail visits the candidates of s from sc.skip on, which the block
// pass left: fewer than pairscan.Span bytes, or all of a short value.
// Where the CPU has a vector kernel, they are asked as one padded block,
// which costs less than testing twenty pairs four at a time.
func (e *Engine) scanTail(dst []Finding, s string, first bool, sc *scanCursor) []Finding {
	if n := len(s) - sc.skip; pairscan.Vector && !scalarScan && n >= minPadded && n < pairscan.Span {
		return e.visitMask(dst, s, sc.skip, pairscan.MaskShort(e.pf.pairs, s[sc.skip:]), sc)
	}
	return e.scanBytes(dst, s, first, sc)
}

// minPadded is the shortest tail asked as a padded block: below it the
// byte pass tests every pair with a load or two.
const minPadded = 5

// scanBytes is the byte-at-a-time candidate pass: the reference the
// block pass is tested against, and the pass for short tails where no
// vector kernel runs. Four positions are tested per branch, since most
// positions of a value are no candidate.
func (e *Engine) scanBytes(dst []Finding, s string, first bool, sc *scanCursor) []Finding {
	n0 := len(dst)
	t := &e.pf.bits
	i := sc.skip
	for i+1 < len(s) {
		if i+5 <= len(s) && !scalarScan {
			// uint16 indexes let the compiler drop the table's bounds
			// checks.
			b := s[i : i+5]
			w0 := uint16(b[0])<<8 | uint16(b[1])
			w1 := uint16(b[1])<<8 | uint16(b[2])
			w2 := uint16(b[2])<<8 | uint16(b[3])
			w3 := uint16(b[3])<<8 | uint16(b[4])
			m := uint32(t[w0>>6]>>(w0&63)&1) | uint32(t[w1>>6]>>(w1&63)&1)<<1 |
				uint32(t[w2>>6]>>(w2&63)&1)<<2 | uint32(t[w3>>6]>>(w3&63)&1)<<3
			if m != 0 {
				// The four tests say which positions to visit: none
				// is tested again.
				if dst = e.visitMask(dst, s, i, m, sc); first && len(dst) > n0 {
					return dst
				}
			}
			i = max(i+4, sc.skip)
			continue
		}
		if i > 0 && len(s) >= 5 && !scalarScan {
			// The last pairs, fewer than four: the window ending at the
			// text's end, less the positions it has tested already.
			j := len(s) - 5
			b := s[j:]
			w0 := uint16(b[0])<<8 | uint16(b[1])
			w1 := uint16(b[1])<<8 | uint16(b[2])
			w2 := uint16(b[2])<<8 | uint16(b[3])
			w3 := uint16(b[3])<<8 | uint16(b[4])
			m := uint32(t[w0>>6]>>(w0&63)&1) | uint32(t[w1>>6]>>(w1&63)&1)<<1 |
				uint32(t[w2>>6]>>(w2&63)&1)<<2 | uint32(t[w3>>6]>>(w3&63)&1)<<3
			if m >>= uint(i - j); m != 0 {
				dst = e.visitMask(dst, s, i, m, sc)
			}
			return dst
		}
		w := uint16(s[i])<<8 | uint16(s[i+1])
		if t[w>>6]&(1<<(w&63)) != 0 {
			if dst = e.visit(dst, s, i, sc); first && len(dst) > n0 {
				return dst
			}
		}
		i = max(i+1, sc.skip)
	}
	return dst
}

// scanCursor is what the visits of one scan share.
type scanCursor struct {
	// The detector of the last match and where it ended: a detector
	// whose keyword recurs inside its own last match ("xoxb-" in a
	// webhook URL, a run of keywords crafted to slow a regexp) is not
	// run again there.
	lastDet, lastEnd int
	// skip is where the next visit may start: a digit run once scanned
	// is settled.
	skip int
	kst  kvState
}

// visit runs, at s[i], every keyword filed under the pair there and
// every structural scanner the pair's first byte wakes.
func (e *Engine) visit(dst []Finding, s string, i int, sc *scanCursor) []Finding {
	pf := e.pf
	if k := pf.bucket[uint16(s[i])<<8|uint16(s[i+1])]; k != 0 && pf.around[k].allows(s, i) {
		dst = e.visitKeywords(dst, s, i, sc, k)
	}
	if pf.wakes(s, i) {
		dst = e.visitClass(dst, s, i, sc)
	}
	return dst
}

// visitKeywords runs, at s[i], every keyword of bucket b.
func (e *Engine) visitKeywords(dst []Finding, s string, i int, sc *scanCursor, b uint16) []Finding {
	ks := e.pf.buckets[b]
	for x := range ks {
		// By pointer: an entry is five words, and most are only read
		// as far as their first bytes.
		k := &ks[x]
		at := i - k.off
		if at < 0 || len(s)-at < len(k.kw) {
			continue
		}
		if k.fold {
			if !hasFold(s, at, k.kw) {
				continue
			}
		} else if last := len(k.kw) - 1; s[at] != k.kw[0] || s[at+last] != k.kw[last] || s[at:at+len(k.kw)] != k.kw {
			// The ends settle most of a bucket's other keywords
			// without a call to compare the rest.
			continue
		}
		if k.det < 0 {
			// A word of a sensitive key, or a literal of the
			// free-text reader.
			if k.det == detKeyWord {
				dst = e.readKeyAt(dst, s, at, k.kw, &sc.kst)
			} else if k.det == detMaskLabel {
				if end := e.maskEnd(s, at); end > 0 && skipMasks {
					sc.skip = max(sc.skip, end)
				}
			} else {
				dst = e.readLiteral(dst, s, at, k.kw, literalOfDet(k.det), &sc.kst)
			}
			continue
		}
		if k.det == sc.lastDet && at < sc.lastEnd {
			continue
		}
		d := &e.dets[k.det]
		if start, end, ok := d.matchAt(s, at, k.kw); ok {
			dst = append(dst, Finding{DetectorID: d.ID, Category: d.Category, Start: start, End: end})
			sc.lastDet, sc.lastEnd = k.det, end
		}
	}
	return dst
}

// visitClass runs, at s[i], every structural scanner the pair's first
// byte wakes. Its callers make sure that the pair wakes one
// (prefilter.wakes).
func (e *Engine) visitClass(dst []Finding, s string, i int, sc *scanCursor) []Finding {
	pf := e.pf
	c := pf.class[s[i]]
	kst := &sc.kst
	// A '+' or an escape inside a query value follows a byte of the
	// value ("4111+1111", "a%2Fb", "=%2F").
	if c&clsQuery != 0 && i >= kst.qEnd && i > 0 && (isAlnum(s[i-1]) || s[i-1] == '=' || s[i] == '%' && queryValueByte(s[i-1])) {
		dst = e.scanQueryAt(dst, s, i, kst)
	}
	if c&clsAt != 0 {
		dst = e.scanEmailAt(dst, s, i, 1)
	}
	if c&clsPct != 0 && s[i+1] == '4' && i+2 < len(s) && s[i+2] == '0' {
		dst = e.scanEmailAt(dst, s, i, 3)
	}
	if c&clsPII != 0 {
		dst = e.scanPIIAt(dst, s, i)
	}
	if c&clsDigit != 0 && isDigit(s[i+1]) {
		dst = e.visitRun(dst, s, i, sc)
	}
	return dst
}

// visitRun runs the number scanners on the digit run at s[i+1].
func (e *Engine) visitRun(dst []Finding, s string, i int, sc *scanCursor) []Finding {
	dst, next := e.scanNumber(dst, s, i+1)
	// The run is settled: skip it, unless a keyword could start inside
	// it.
	if !e.pf.digitAnchors && next > i+1 {
		sc.skip = next
	}
	return dst
}

// mergeFindings sorts dst[n0:] by Start and merges overlapping spans; the
// longer finding names a merged span.
func mergeFindings(dst []Finding, n0 int) []Finding {
	fs := dst[n0:]
	if len(fs) < 2 {
		return dst
	}
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].Start < fs[j-1].Start; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
	out := fs[:1]
	for _, f := range fs[1:] {
		last := &out[len(out)-1]
		if f.Start < last.End {
			if r, lr := nameRank(f.DetectorID), nameRank(last.DetectorID); r > lr || r == lr && f.End-f.Start > last.End-last.Start {
				last.DetectorID, last.Category, last.Key = f.DetectorID, f.Category, f.Key
			}
			last.End = max(last.End, f.End)
			continue
		}
		out = append(out, f)
	}
	return dst[:n0+len(out)]
}

// nameRank orders detectors by how precisely they name a value, for
// merged findings: "GITHUB_TOKEN=ghp_..." is a github-pat before it is a
// value under a sensitive key, and "https://u:pw@host" a URL credential
// before anything that looks like an email in it.
func nameRank(id string) int {
	switch id {
	case sensitiveKeyID, piiKeyID:
		return 0
	case "email", "url-credentials", "curl-user-credentials":
		return 1
	}
	return 2
}

// appendMasked writes s with the findings masked and tells the observer.
func (e *Engine) appendMasked(dst []byte, sc Scope, s string, fs []Finding) []byte {
	prev := 0
	for _, f := range fs {
		dst = append(dst, s[prev:f.Start]...)
		dst = e.mask.appendMask(dst, f.DetectorID, s[f.Start:f.End])
		prev = f.End
		if e.observer != nil {
			e.observe(f, sc)
		}
	}
	return append(dst, s[prev:]...)
}

// AppendMask appends the engine's replacement for value, found as f, to
// dst and tells the observer, as redaction does. It is for callers that
// locate findings themselves, such as a command that scans a huge line in
// windows, and must still mask exactly as the engine does.
func (e *Engine) AppendMask(dst []byte, sc Scope, f Finding, value string) []byte {
	if e.reportOnly {
		e.report(sc, []Finding{f})
		return append(dst, value...)
	}
	dst = e.mask.appendMask(dst, f.DetectorID, value)
	if e.observer != nil {
		e.observe(f, sc)
	}
	return dst
}

// observe reports f. The scope's strings are copied: callers may build
// key paths in reused buffers, and handing those to the observer would
// make every caller's buffer escape to the heap.
func (e *Engine) observe(f Finding, sc Scope) {
	key := f.Key
	if key == "" {
		key = strings.Clone(sc.Key)
	}
	e.observer(Observation{DetectorID: f.DetectorID, Category: f.Category, Key: key, Layer: strings.Clone(sc.Layer)})
}
