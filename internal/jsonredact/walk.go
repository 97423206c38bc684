package jsonredact

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"sync"
	"unsafe"

	"github.com/logredact/logredact/internal/stops"
	"github.com/logredact/logredact/patterns"
)

// One walker serves the three modes, so that the cheap check ([Clean]),
// the rewrite ([Append]) and the report ([Scan]) take exactly the same
// decision for every value: a check that finds nothing guarantees a
// rewrite that changes nothing.
//
// A rewrite never re-encodes what it does not mask. It records edits,
// spans of the input and what replaces them, in input order, and the
// output is the input with the edits applied: a finding inside a string
// replaces only its own bytes, so "\u0026" and "\/" around it stay as
// they were written. A document held inside a string value (docker's
// json-file "log" field) is walked by a walker of its own, whose edits
// are mapped back onto the escaped bytes of the string.

type mode uint8

const (
	modeCheck   mode = iota // only tell whether a value would change
	modeRewrite             // record edits
	modeScan                // report each finding
)

const (
	// malformed is returned by the walk functions for input that is not
	// JSON.
	malformed = -1
	// maxDepth bounds nesting so that hostile input cannot exhaust the
	// stack; deeper input is handled as text.
	maxDepth = 512
	// maxNest bounds documents inside strings inside documents.
	maxNest = 8
	// maxKeep bounds the buffers a pooled walker keeps between uses.
	maxKeep = 64 << 10
)

// edit replaces src[s:e] by repl[lo:hi].
type edit struct {
	s, e, lo, hi int
}

type walker struct {
	e      *patterns.Engine
	layer  string
	msgKey string
	// fieldKeys marks the top-level keys as code (field keys), which
	// are not scanned; every other key is data.
	fieldKeys bool
	extra     []string // paths to mask besides the engine's key rules
	mode      mode
	text      bool // src is a line of text, not JSON
	src       []byte
	nest      int // how many documents hold this one

	dirty    bool
	skipping bool // inside a masked value, or validating: syntax only
	valid    bool // src is known to be JSON: no need to check it first
	base     int  // length of the prefix path the walk starts from

	cur     []byte // key path of the value being visited, in src or path
	matters bool   // see textValue
	paired  int    // findings of paired identifiers, see neighbours
	path    []byte // buffer for key paths
	kc      keyCache

	edits  []edit
	repl   []byte  // replacement bytes of the edits
	dec    []byte  // a decoded string value
	dec2   []byte  // a string value decoded twice, see textValue
	red    []byte  // a redacted value
	mkey   []byte  // a masked key
	masks  []int   // where each mask of a value starts and ends in red
	tmp    []byte  // a value between two passes of redact
	spans  []int32 // values for one engine pass, see quickClean
	qpath  []byte  // the key path of a nested member, see quickObject
	qdepth int     // the containers quick is inside, see quickValue
	marks  quickMarks
	marked bool // marks describe src
	// shapes are the last call sites' shapes quick proved clean, and
	// shapeAt the one it reads the next event with first (see
	// quickShape); shapeNext is the place the next one learnt takes.
	shapes             [quickShapes]quickShape
	shapeAt, shapeNext uint8
	qheads             [maxQuickMembers]memberHead // the members quick read, see quickShape
	qinfo              [maxQuickMembers]memberInfo // and what it learnt of them
	fs                 []patterns.Finding
	nfs                []patterns.Finding // an object read as text, see neighbours
	// cands are the long member strings of the object being walked,
	// noted on the way for neighbours.
	cands memberCands
	found []patterns.Finding // scan: what has been reported
	keys  map[string]string  // stable copies of key paths, see stable
}

var walkers = sync.Pool{New: func() any {
	return &walker{path: make([]byte, 0, 128), dec: make([]byte, 0, 256), red: make([]byte, 0, 256),
		keys: make(map[string]string)}
}}

func getWalker(r *Rewriter, m mode, src []byte) *walker {
	w := newWalker(r.Engine, r.Layer, r.Prefix, m, src)
	w.msgKey, w.fieldKeys, w.extra = r.MessageKey, r.FieldKeys, r.Sensitive
	return w
}

// newWalker takes a walker from the pool. It keeps neither layer nor
// prefix, only copies, so that callers may pass views of their own
// buffers (a key path on the stack) without these escaping.
func newWalker(e *patterns.Engine, layer, prefix string, m mode, src []byte) *walker {
	w := walkers.Get().(*walker)
	w.e, w.layer, w.mode, w.src = e, layerName(layer), m, src
	if w.e == nil {
		w.e = patterns.Default()
	}
	w.path = append(w.path[:0], prefix...)
	w.cur, w.base = w.path, len(prefix)
	return w
}

// layerName returns layer as a string that does not share the caller's
// memory: the adapters' layer names are constants, anything else a copy.
func layerName(layer string) string {
	switch layer {
	case "":
		return ""
	case "slog":
		return "slog"
	case "zap":
		return "zap"
	case "zerolog":
		return "zerolog"
	case "cli":
		return "cli"
	case "otel":
		return "otel"
	}
	return strings.Clone(layer)
}

func putWalker(w *walker) {
	w.src, w.dirty, w.skipping, w.valid, w.cur, w.nest, w.extra, w.text = nil, false, false, false, nil, 0, nil, false
	w.marked = false
	w.path, w.dec, w.dec2, w.red, w.tmp, w.mkey = w.path[:0], w.dec[:0], w.dec2[:0], w.red[:0], w.tmp[:0], w.mkey[:0]
	w.edits, w.repl, w.fs, w.found, w.masks = w.edits[:0], w.repl[:0], w.fs[:0], w.found[:0], w.masks[:0]
	if cap(w.path) > maxKeep || cap(w.dec) > maxKeep || cap(w.dec2) > maxKeep || cap(w.red) > maxKeep ||
		cap(w.repl) > maxKeep || cap(w.spans) > 1024 || cap(w.fs) > 1024 || cap(w.edits) > 1024 || cap(w.found) > 1024 {
		return
	}
	walkers.Put(w)
}

// str views b as a string without copying; the bytes must not change
// while the string is in use.
func str(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (w *walker) skipSpace(i int) int {
	// Loggers write no whitespace between tokens: one compare settles
	// nearly every call.
	for i < len(w.src) && w.src[i] <= ' ' && isSpace(w.src[i]) {
		i++
	}
	return i
}

// walk visits the JSON document in w.src. It returns false when w.src is
// not one JSON object or array (or, for a document with a key path of its
// own, one JSON value) followed only by whitespace. In rewrite and scan
// mode the syntax is checked first, so that nothing is masked, and no
// observer told, for input that is then read as text.
func (w *walker) walk(anyValue bool) (ok bool) {
	i := w.skipSpace(0)
	if i == len(w.src) || !anyValue && w.src[i] != '{' && w.src[i] != '[' {
		return false
	}
	if w.mode != modeCheck && !w.valid {
		w.skipping = true
		end := w.value(i, 0, false)
		w.skipping = false
		if end < 0 || w.skipSpace(end) != len(w.src) {
			return false
		}
	}
	end := w.value(i, 0, false)
	return end >= 0 && w.skipSpace(end) == len(w.src)
}

// value visits the value at w.src[i] under the key path w.cur. msg marks
// the message field, judged under [MessageKey].
func (w *walker) value(i, depth int, msg bool) int {
	if i >= len(w.src) {
		return malformed
	}
	switch c := w.src[i]; {
	case c == '"':
		end, esc := w.stringEnd(i + 1)
		if end < 0 {
			return malformed
		}
		if !w.skipping {
			w.stringValue(i, end, esc, msg)
		}
		return end + 1
	case c == '{' || c == '[':
		if depth >= maxDepth {
			return malformed
		}
		if !w.skipping {
			if c := w.class(); c == keySensitive || c == keyMarked {
				end := w.skip(i, depth)
				if end < 0 {
					return end
				}
				// A container that only says where a secret lives
				// ({"secretName":"..."}) holds none: the engine's rule
				// leaves it an object.
				if c == keySensitive && w.e.ReferenceText(str(w.src[i:end])) {
					return end
				}
				w.whole(i, end)
				return end
			}
		}
		cur := w.cur
		if len(w.path) == 0 && len(cur) > 0 {
			// The key of a top-level member is read in place; nested
			// keys are appended to it, so it moves into the buffer.
			w.path = append(w.path, cur...)
		}
		var end int
		if c == '{' {
			end = w.object(i, depth)
		} else {
			end = w.array(i, depth)
		}
		w.cur = cur
		return end
	case c == 't':
		return w.literal(i, "true")
	case c == 'f':
		return w.literal(i, "false")
	case c == 'n':
		return w.literal(i, "null")
	default:
		end := w.number(i)
		if end < 0 || w.skipping {
			return end
		}
		w.numberValue(i, end)
		return end
	}
}

// class classes w.cur, keyPlain when it is empty.
func (w *walker) class() uint8 {
	if len(w.cur) == 0 {
		return keyPlain
	}
	return w.keyClass()
}

// scope is the engine scope of the value being visited.
func (w *walker) scope() patterns.Scope {
	return patterns.Scope{Layer: w.layer, Key: str(w.cur)}
}

func (w *walker) object(i, depth int) int {
	start := i
	i = w.skipSpace(i + 1)
	if i < len(w.src) && w.src[i] == '}' {
		return i + 1
	}
	n := len(w.path)
	obj := w.path[:n:n] // this object's path, for keys holding findings
	top := depth == 0 && w.nest == 0
	var pr pair
	recorded, paired := w.recorded(), w.paired
	// flat says no member so far is a container: only a flat object's
	// strings are read by neighbours, which w.cands notes for it.
	flat := true
	w.cands.reset()
	for {
		if i >= len(w.src) || w.src[i] != '"' {
			return malformed
		}
		ks := i + 1
		end, esc := w.stringEnd(i + 1)
		if end < 0 {
			return malformed
		}
		masked, pm := false, 0
		if !w.skipping && !(top && w.fieldKeys) {
			masked = w.keyValue(obj, i, end, esc)
		}
		if !w.skipping && !esc {
			pm = int(w.pairOf(w.src[i+1 : end]))
		}
		if n == 0 && !esc && !masked {
			w.cur = w.src[i+1 : end]
		} else {
			w.path = w.path[:n]
			if n > 0 {
				w.path = append(w.path, '.')
			}
			switch {
			case masked:
				w.path = append(w.path, w.mkey...)
			case esc:
				w.path, _ = appendDecoded(w.path, w.src[i+1:end], inString)
			default:
				w.path = append(w.path, w.src[i+1:end]...)
			}
			w.cur = w.path
		}
		msg := top && w.msgKey != "" && str(w.cur) == w.msgKey
		i = w.skipSpace(end + 1)
		if i >= len(w.src) || w.src[i] != ':' {
			return malformed
		}
		vi := w.skipSpace(i + 1)
		switch {
		case pm == 1 && pr.name == "":
			w.pairName(&pr, vi)
		case pm == 2 && pr.vs == 0 && vi < len(w.src) && w.src[vi] == '"':
			pr.vs, pr.editLo, pr.foundLo = vi, len(w.edits), len(w.found)
		}
		if vi < len(w.src) && (w.src[vi] == '{' || w.src[vi] == '[') {
			flat = false
		}
		i = w.value(vi, depth+1, msg)
		w.path = w.path[:n]
		if i < 0 {
			return i
		}
		if flat && !esc && w.src[vi] == '"' {
			w.cands.note(vi+1, i-1, ks, end)
		}
		if pm == 2 && pr.vs == vi && pr.ve == 0 {
			pr.ve, pr.editHi, pr.foundHi = i, len(w.edits), len(w.found)
		}
		var done bool
		if i, done = w.afterValue(i, '}'); done {
			if !w.skipping {
				w.pairValue(&pr)
				if w.paired > paired && flat {
					w.neighbours(obj, top, start, i, recorded)
				}
			}
			return i
		}
	}
}

// array visits the elements of an array; they keep the array's key path.
func (w *walker) array(i, depth int) int {
	i = w.skipSpace(i + 1)
	if i < len(w.src) && w.src[i] == ']' {
		return i + 1
	}
	cur := w.cur
	for {
		w.cur = cur
		i = w.value(i, depth+1, false)
		if i < 0 {
			return i
		}
		var done bool
		if i, done = w.afterValue(i, ']'); done {
			return i
		}
	}
}

// afterValue reads what follows a member or an element: a comma, after
// which the next one starts at the index returned, or the closing byte,
// after which the container is done.
func (w *walker) afterValue(i int, closing byte) (int, bool) {
	i = w.skipSpace(i)
	if i >= len(w.src) {
		return malformed, true
	}
	switch w.src[i] {
	case ',':
		return w.skipSpace(i + 1), false
	case closing:
		return i + 1, true
	}
	return malformed, true
}

// stringEnd returns the index of the quote that closes the string whose
// content starts at w.src[i], and whether the content holds an escape.
func (w *walker) stringEnd(i int) (end int, esc bool) {
	src := w.src
	if w.marked {
		// quick marked every quote, escape and control byte of src.
		for {
			p := stops.Next(w.marks.stop[:], i, len(src))
			if p < 0 {
				return malformed, esc
			}
			switch src[p] {
			case '"':
				return p, esc
			case '\\':
				size, _, n := unit(src, p, inString)
				if n < 0 {
					return malformed, esc
				}
				esc, i = true, p+size
			default:
				return malformed, esc
			}
		}
	}
	for i < len(src) {
		i = plainRun(src, i)
		if i >= len(src) {
			break
		}
		switch src[i] {
		case '"':
			return i, esc
		case '\\':
			size, _, n := unit(src, i, inString)
			if n < 0 {
				return malformed, esc
			}
			esc = true
			i += size
		default:
			return malformed, esc // a raw control character
		}
	}
	return malformed, esc
}

// plainRun returns the index of the first byte at or after src[i] that is
// not plain string content, or len(src). It tests eight bytes at a time,
// which is most of the cost of a clean event.
func plainRun(src []byte, i int) int {
	for ; i+8 <= len(src); i += 8 {
		if m := stops.StopBytes(binary.LittleEndian.Uint64(src[i:])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	if i < len(src) && len(src) >= 8 {
		// The last word overlaps bytes already tested: StopBytes flags
		// each byte exactly, so theirs are simply cleared.
		j := len(src) - 8
		m := stops.StopBytes(binary.LittleEndian.Uint64(src[j:])) >> (8 * (i - j)) << (8 * (i - j))
		if m == 0 {
			return len(src)
		}
		return j + bits.TrailingZeros64(m)/8
	}
	for i < len(src) && strPlain[src[i]] {
		i++
	}
	return i
}

func (w *walker) literal(i int, lit string) int {
	if len(w.src)-i < len(lit) || str(w.src[i:i+len(lit)]) != lit {
		return malformed
	}
	return i + len(lit)
}

// number returns the end of the JSON number at w.src[i].
func (w *walker) number(i int) int {
	src := w.src
	start := i
	if i < len(src) && src[i] == '-' {
		i++
	}
	switch {
	case i < len(src) && src[i] == '0':
		i++
	case i < len(src) && src[i] >= '1' && src[i] <= '9':
		for i < len(src) && isDigit(src[i]) {
			i++
		}
	default:
		return malformed
	}
	if i < len(src) && src[i] == '.' {
		i++
		d := i
		for i < len(src) && isDigit(src[i]) {
			i++
		}
		if i == d {
			return malformed
		}
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		i++
		if i < len(src) && (src[i] == '+' || src[i] == '-') {
			i++
		}
		d := i
		for i < len(src) && isDigit(src[i]) {
			i++
		}
		if i == d {
			return malformed
		}
	}
	if i == start {
		return malformed
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// skip returns the end of the value at w.src[i] without examining it.
func (w *walker) skip(i, depth int) int {
	was := w.skipping
	w.skipping = true
	end := w.value(i, depth, false)
	w.skipping = was
	return end
}

// changed records that the input changes. In check mode the answer is
// then known, and the rest is read for its syntax only: input that turns
// out not to be JSON is judged as text instead.
func (w *walker) changed() {
	w.dirty = true
	if w.mode == modeCheck {
		w.skipping = true
	}
}

// addEdit records that src[s:e] is replaced by w.repl[lo:].
func (w *walker) addEdit(s, e, lo int) {
	w.edits = append(w.edits, edit{s: s, e: e, lo: lo, hi: len(w.repl)})
}

// report passes a finding at src[s:e] on in scan mode.
func (w *walker) report(f patterns.Finding, s, e int) {
	f.Start, f.End = s, e
	if f.Key == "" {
		f.Key = str(w.cur)
	}
	// The engine sets Key from the scope, which views the walker's
	// reused path buffer.
	f.Key = w.stable(f.Key)
	w.found = append(w.found, f)
}

// whole masks the container at w.src[s:e], under a sensitive key, as one
// string.
func (w *walker) whole(s, e int) {
	w.changed()
	switch w.mode {
	case modeRewrite:
		lo := len(w.repl)
		mask := w.e.MaskWhole(patterns.Scope{Layer: w.layer, Key: w.stable(str(w.cur))})
		w.repl = appendQuoted(w.repl, []byte(mask))
		w.addEdit(s, e, lo)
	case modeScan:
		id, cat := sensitiveCategory(w.e, str(w.cur))
		w.report(patterns.Finding{DetectorID: id, Category: cat}, s, e)
	}
}

// numberValue handles the number at w.src[s:e]: a card number, or any
// number under a sensitive key, is written as a string holding its mask.
func (w *walker) numberValue(s, e int) {
	sc := w.scope()
	v := w.src[s:e]
	switch w.class() {
	case keyAllowed:
		return
	case keyMarked:
		w.maskMarked(s, e, v)
		return
	case keyPlain:
		// Under a plain key only a card number is found in a number,
		// and a card has 13 digits or more.
		if digitCount(v) < minCardDigits {
			return
		}
		sc.Key = ""
	}
	if !w.e.ContainsIn(sc, str(v)) {
		return
	}
	w.replaceWhole(s, e, v)
}

// minCardDigits is the fewest digits of a card number.
const minCardDigits = 13

// digitCount counts the digits of a JSON number.
func digitCount(v []byte) int {
	n := 0
	for _, c := range v {
		if isDigit(c) {
			n++
		}
	}
	return n
}

// replaceWhole masks the value at w.src[s:e], whose text is v, under the
// current key, writing the result as a JSON string.
func (w *walker) replaceWhole(s, e int, v []byte) {
	w.changed()
	sc := w.scope()
	sc.Key = w.stable(sc.Key)
	switch w.mode {
	case modeRewrite:
		w.red = w.redact(w.red[:0], sc, v)
		w.putRed(s, e)
	case modeScan:
		w.fs = w.e.AppendFind(w.fs[:0], sc, str(v))
		for _, f := range w.fs {
			w.report(f, s, e)
		}
	}
}

// redactWhole is replaceWhole in a rewrite for a value that may hold
// nothing: the value is redacted, and replaced only if that changed it.
func (w *walker) redactWhole(s, e int, v []byte) {
	// The scope's key may view the reused path buffer: the engine
	// copies what its observer keeps, and a rewrite keeps no finding.
	sc := w.scope()
	red, changed := w.e.AppendRedact(w.red[:0], sc, v)
	w.red = red
	if !changed {
		return
	}
	w.changed()
	w.red = w.redactAgain(w.red, 0, sc)
	w.putRed(s, e)
}

// putRed replaces w.src[s:e] with w.red, written as a JSON string.
func (w *walker) putRed(s, e int) {
	lo := len(w.repl)
	w.repl = appendQuoted(w.repl, w.red)
	w.addEdit(s, e, lo)
}

// maxPasses bounds how often a value is redacted again.
const maxPasses = 4

// redact appends v, redacted, to dst. A mask can join what was around a
// finding into a new one ("4111111111111111 0@x.io": once the email is
// masked, the card number stands alone), so the result is redacted again
// until the engine finds nothing in it. Key rules apply to the first pass
// only: what a pass leaves is masks, which a sensitive key would only
// mask again, and observe twice.
func (w *walker) redact(dst []byte, sc patterns.Scope, v []byte) []byte {
	n := len(dst)
	dst, changed := w.e.AppendRedact(dst, sc, v)
	if !changed {
		// An engine that only reports (ReportOnly) changes nothing, and
		// another pass would report the same findings again.
		return dst
	}
	return w.redactAgain(dst, n, sc)
}

// redactAgain redacts dst[n:], a value redacted once, again until the
// engine finds nothing in it.
func (w *walker) redactAgain(dst []byte, n int, sc patterns.Scope) []byte {
	again := patterns.Scope{Layer: sc.Layer}
	changed := true
	for pass := 1; changed && pass < maxPasses && w.e.ContainsIn(again, str(dst[n:])); pass++ {
		w.tmp = append(w.tmp[:0], dst[n:]...)
		dst, changed = w.e.AppendRedact(dst[:n], again, w.tmp)
	}
	return dst
}

// maskMarked masks the value at w.src[s:e], whose text is v, under a path
// the application marked sensitive: with the mask of a detector that
// claims all of it, as under a sensitive key, else as a sensitive key's
// value.
func (w *walker) maskMarked(s, e int, v []byte) {
	w.changed()
	sc := patterns.Scope{Layer: w.layer, Key: w.stable(str(w.cur))}
	w.fs = w.e.AppendFind(w.fs[:0], patterns.Scope{Layer: w.layer}, str(v))
	whole := len(w.fs) == 1 && w.fs[0].Start == 0 && w.fs[0].End == len(v)
	switch w.mode {
	case modeRewrite:
		var mask string
		if whole {
			mask, _ = w.e.RedactIn(sc, str(v))
		} else {
			mask = w.e.MaskValue(sc, str(v))
		}
		lo := len(w.repl)
		w.repl = appendQuoted(w.repl, []byte(mask))
		w.addEdit(s, e, lo)
	case modeScan:
		f := patterns.Finding{DetectorID: sensitiveKeyID, Category: patterns.Secret}
		if whole {
			f = w.fs[0]
		}
		w.report(f, s, e)
	}
}
