package jsonredact

import (
	"encoding/binary"
	"sync"
	"unsafe"

	"github.com/logredact/logredact/patterns"
)

// One walker serves the three modes, so that the cheap check ([Clean]),
// the rewrite ([Append]) and the report ([Scan]) take exactly the same
// decision for every value: a check that finds nothing guarantees a
// rewrite that changes nothing.

type mode uint8

const (
	modeCheck   mode = iota // only tell whether a value would change
	modeRewrite             // copy the input, replacing values that change
	modeScan                // report each finding
)

const (
	// malformed is returned by the walk functions for input that is not
	// JSON; the whole input is then handled as text.
	malformed = -1
	// maxDepth bounds nesting so that hostile input cannot exhaust the
	// stack; deeper input is handled as text.
	maxDepth = 512
	// maxKeep bounds the buffers a pooled walker keeps between uses.
	maxKeep = 64 << 10
)

type walker struct {
	e      *patterns.Engine
	layer  string
	msgKey string
	mode   mode
	src    []byte

	dirty    bool
	skipping bool   // inside an allowed or masked value: syntax only
	out      []byte // rewrite: the caller's dst, grown
	copied   int    // rewrite: src[:copied] is already in out

	cur  []byte // key path of the value being visited, in src or path
	path []byte // buffer for key paths of nested values
	kc   keyCache
	dec  []byte // a decoded string value
	dec2 []byte // a string value decoded twice, see stringValue
	red  []byte // a redacted value, before quoting
	tmp  []byte // a value between two passes of redact
	fs   []patterns.Finding
	fn   func(patterns.Finding)
	keys map[string]string // stable copies of key paths, see stable
}

var walkers = sync.Pool{New: func() any {
	return &walker{path: make([]byte, 0, 128), dec: make([]byte, 0, 256), red: make([]byte, 0, 256),
		keys: make(map[string]string)}
}}

func getWalker(r *Rewriter, m mode, src []byte) *walker {
	w := walkers.Get().(*walker)
	w.e, w.layer, w.msgKey, w.mode, w.src = r.Engine, r.Layer, r.MessageKey, m, src
	if w.e == nil {
		w.e = patterns.Default()
	}
	return w
}

func putWalker(w *walker) {
	w.src, w.out, w.fn, w.dirty, w.skipping, w.copied, w.cur = nil, nil, nil, false, false, 0, nil
	w.path, w.dec, w.dec2, w.red, w.tmp, w.fs = w.path[:0], w.dec[:0], w.dec2[:0], w.red[:0], w.tmp[:0], w.fs[:0]
	if cap(w.path) > maxKeep || cap(w.dec) > maxKeep || cap(w.dec2) > maxKeep || cap(w.red) > maxKeep || cap(w.fs) > 1024 {
		return
	}
	walkers.Put(w)
}

// str views b as a string without copying; the bytes must not change
// while the string is in use.
func str(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (w *walker) skipSpace(i int) int {
	for i < len(w.src) && isSpace(w.src[i]) {
		i++
	}
	return i
}

// walk visits the JSON document in w.src. It returns false when w.src is
// not one JSON object or array followed only by whitespace.
func (w *walker) walk() (ok bool) {
	i := w.skipSpace(0)
	if i == len(w.src) || w.src[i] != '{' && w.src[i] != '[' {
		return false
	}
	i = w.value(i, 0, false)
	if i < 0 {
		return false
	}
	return w.skipSpace(i) == len(w.src)
}

// value visits the value at w.src[i] under the key path w.cur. free marks
// the message, which is scanned as text with no key.
func (w *walker) value(i, depth int, free bool) int {
	if i >= len(w.src) {
		return malformed
	}
	switch c := w.src[i]; {
	case c == '"':
		return w.stringValue(i, free)
	case c == '{' || c == '[':
		if depth >= maxDepth {
			return malformed
		}
		if len(w.cur) > 0 && !w.skipping {
			switch w.keyClass() {
			case keyAllowed:
				return w.skip(i, depth)
			case keySensitive:
				end := w.skip(i, depth)
				if end < 0 {
					return end
				}
				// A container that only says where a secret lives
				// ({"secretName":"..."}) holds none: the engine's rule
				// leaves it an object.
				if !w.e.ContainsIn(patterns.Scope{Layer: w.layer, Key: str(w.cur)}, str(w.src[i:end])) {
					return end
				}
				return w.found(i, end)
			}
		}
		cur := w.cur
		if depth > 0 && len(w.path) == 0 {
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
		if end < 0 || w.skipping || !w.dirtyIn(false, w.src[i:end]) {
			return end
		}
		return w.found(i, end)
	}
}

// dirtyIn reports whether the engine finds anything in v under the current
// key, or under no key when free is set.
func (w *walker) dirtyIn(free bool, v []byte) bool {
	sc := patterns.Scope{Layer: w.layer}
	if !free && len(w.cur) > 0 {
		switch w.keyClass() {
		case keyAllowed:
			return false
		case keySensitive:
			sc.Key = str(w.cur)
		}
		// A plain key changes nothing in what the engine finds: it is
		// left out so that the engine does not classify it again.
	}
	return w.e.ContainsIn(sc, str(v))
}

func (w *walker) object(i, depth int) int {
	i = w.skipSpace(i + 1)
	if i < len(w.src) && w.src[i] == '}' {
		return i + 1
	}
	for {
		if i >= len(w.src) || w.src[i] != '"' {
			return malformed
		}
		end, esc := w.stringEnd(i + 1)
		if end < 0 {
			return malformed
		}
		n := len(w.path)
		if depth == 0 && !esc {
			w.cur = w.src[i+1 : end]
		} else {
			if n > 0 {
				w.path = append(w.path, '.')
			}
			if esc {
				w.path, _ = appendDecoded(w.path, w.src[i+1:end], inString)
			} else {
				w.path = append(w.path, w.src[i+1:end]...)
			}
			w.cur = w.path
		}
		free := depth == 0 && w.msgKey != "" && str(w.cur) == w.msgKey
		i = w.skipSpace(end + 1)
		if i >= len(w.src) || w.src[i] != ':' {
			return malformed
		}
		i = w.value(w.skipSpace(i+1), depth+1, free)
		w.path = w.path[:n]
		if i < 0 {
			return i
		}
		var done bool
		if i, done = w.afterValue(i, '}'); done {
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

// stringValue visits the string whose opening quote is at w.src[i].
func (w *walker) stringValue(i int, free bool) int {
	end, esc := w.stringEnd(i + 1)
	if end < 0 {
		return malformed
	}
	if w.skipping {
		return end + 1
	}
	raw := w.src[i+1 : end]
	v, levels := raw, 0
	if esc {
		w.dec, _ = appendDecoded(w.dec[:0], raw, inString)
		v, levels = w.dec, 1
		if hasBackslash(v) {
			// JSON inside a string value ("{\"email\":\"a\\u0040b.c\"}")
			// carries escapes of its own, decoded as in a text line.
			w.dec2, _ = appendDecoded(w.dec2[:0], v, inText)
			if len(w.dec2) != len(v) && w.dirtyIn(free, w.dec2) {
				v, levels = w.dec2, 2
			}
		}
	}
	if levels < 2 && !w.dirtyIn(free, v) {
		return end + 1
	}
	sc := patterns.Scope{Layer: w.layer}
	if !free {
		sc.Key = str(w.cur)
	}
	return w.foundIn(sc, i, end+1, v, raw, i+1, levels)
}

// stringEnd returns the index of the quote that closes the string whose
// content starts at w.src[i], and whether the content holds an escape.
func (w *walker) stringEnd(i int) (end int, esc bool) {
	src := w.src
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

// Word-at-a-time masks for plainRun.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plainRun returns the index of the first byte at or after src[i] that is
// not plain string content, or len(src). It tests eight bytes at a time,
// which is most of the cost of a clean event.
func plainRun(src []byte, i int) int {
	for ; i+8 <= len(src); i += 8 {
		x := binary.LittleEndian.Uint64(src[i:])
		q := x ^ (ones * '"')
		b := x ^ (ones * '\\')
		// A byte is flagged when it is '"', '\\' or below 0x20; bytes
		// above 0x7f are never flagged, and a false flag after a true one
		// does not matter because the byte loop below settles it.
		if ((q-ones)&^q|(b-ones)&^b|(x-ones*0x20)&^x)&highs != 0 {
			break
		}
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

// skip returns the end of the value at w.src[i] without examining it:
// an allowed or masked value is walked only for its syntax.
func (w *walker) skip(i, depth int) int {
	was := w.skipping
	w.skipping = true
	end := w.value(i, depth, false)
	w.skipping = was
	return end
}

// found handles a number, object or array at w.src[s:e] that changes.
func (w *walker) found(s, e int) int {
	v := w.src[s:e]
	return w.foundIn(patterns.Scope{Layer: w.layer, Key: str(w.cur)}, s, e, v, v, s, 0)
}

// foundIn handles a value at w.src[s:e] that changes. v is the text the
// engine saw, raw the bytes it came from, at w.src[at:], decoded levels
// times (the first decoding is in w.dec).
func (w *walker) foundIn(sc patterns.Scope, s, e int, v, raw []byte, at int, levels int) int {
	w.dirty = true
	if w.mode == modeCheck {
		// The answer is known, but the rest must still be read: input
		// that turns out not to be JSON is judged as text instead.
		w.skipping = true
		return e
	}
	sc.Key = w.stable(sc.Key)
	switch w.mode {
	case modeRewrite:
		w.red = w.redact(w.red[:0], sc, v)
		w.out = append(w.out, w.src[w.copied:s]...)
		w.out = appendQuoted(w.out, w.red)
		w.copied = e
	case modeScan:
		w.fs = w.e.AppendFind(w.fs[:0], sc, str(v))
		for _, f := range w.fs {
			if levels == 2 {
				f.Start, f.End = rawOffset(w.dec, f.Start, inText, false), rawOffset(w.dec, f.End, inText, true)
			}
			if levels >= 1 {
				f.Start, f.End = rawOffset(raw, f.Start, inString, false), rawOffset(raw, f.End, inString, true)
			}
			f.Start += at
			f.End += at
			w.fn(f)
		}
	}
	return e
}

// maxPasses bounds how often a value is redacted again.
const maxPasses = 4

// redact appends v, redacted, to dst. A mask can join what was around a
// finding into a new one ("4111111111111111 0@x.io": once the email is
// masked, the card number stands alone), so the result is redacted again
// until the engine finds nothing in it.
func (w *walker) redact(dst []byte, sc patterns.Scope, v []byte) []byte {
	n := len(dst)
	dst, _ = w.e.AppendRedact(dst, sc, v)
	for pass := 1; pass < maxPasses && w.e.ContainsIn(sc, str(dst[n:])); pass++ {
		w.tmp = append(w.tmp[:0], dst[n:]...)
		dst, _ = w.e.AppendRedact(dst[:n], sc, w.tmp)
	}
	return dst
}
