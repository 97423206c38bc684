package jsonredact

import (
	"bytes"
	"encoding/binary"
	"math/bits"

	"github.com/logredact/logredact/internal/stops"
	"github.com/logredact/logredact/patterns"
)

// A logger's event is one flat object of short fields, and nearly every
// event is clean. quickClean proves that of such an event without the
// walk: it reads the members, settles each key from the key cache, and
// hands every value (and every key that is data) to the engine in one
// candidate pass over the line (patterns.Engine.ContainsSpans), instead
// of one engine call per value; a value with an escape is decoded and
// asked alone, and arrays and objects are read element by element and
// member by member, four deep. Anything it does not settle for
// certain (an escape in a key, containers nested deeper, a sensitive or
// marked key, a value the walk reads as a document, CBOR or hex text, a
// name/value pair, a key under which the engine reads values differently
// and finds something) makes it give up, and the walk decides as before:
// quickClean answers true only where the walk would find the event clean.

// maxQuickMembers bounds the members quickClean reads, and maxQuick the
// length of the line; wider and longer events are rare enough to walk.
const (
	maxQuickMembers = 64
	maxQuick        = 32 * len(quickMarks{}.stop)
)

// quickMarks are the quotes and string stops of the line quickClean
// reads (internal/stops): one vector pass finds where every string ends.
type quickMarks struct {
	stop, quote [64]uint32
}

// end returns the index of the quote that closes the string whose content
// starts at src[i], where n is len(src), or -1 when an escape or a control
// byte comes first, or the string does not end: such strings are left to
// the walk. Words past the line's blocks hold an earlier line's marks,
// hence the bound on n.
func (m *quickMarks) end(i, n int) int {
	k := uint(i) >> 5
	if k >= uint(len(m.stop)) {
		return -1
	}
	s := m.stop[k] &^ (1<<(uint(i)&31) - 1)
	for s == 0 {
		k++
		if k >= uint(len(m.stop)) || int(k<<5) >= n {
			return -1
		}
		s = m.stop[k]
	}
	p := int(k<<5) + bits.TrailingZeros32(s)
	if p >= n || m.quote[k]&(1<<(uint(p)&31)) == 0 {
		return -1
	}
	return p
}

// endNear is end where the string ends in the word it starts in, which
// most values do, and -2 where it does not: the test is small enough to
// be inlined. An i past the marks wraps, and then p >= n, as n <=
// maxQuick.
func (m *quickMarks) endNear(i, n int) int {
	k := uint(i) >> 5 % uint(len(m.stop))
	s := m.stop[k] >> (uint(i) & 31)
	p := i + bits.TrailingZeros32(s)
	if s == 0 {
		return -2
	}
	if p < n && m.quote[k]>>(uint(p)&31)&1 != 0 {
		return p
	}
	return -1
}

// quickClean reports whether w.src is one flat JSON object that the walk,
// in check mode, would find valid and clean. false means "not shown",
// not "dirty".
func (w *walker) quickClean() bool { return w.quick() == quickIsClean }

// What quick found.
const (
	quickUnknown = iota // it gave up: the walk decides
	quickIsClean        // the walk would find the event valid and clean
	// quickIsDirty: a value holds a finding, so the check walk would only
	// say so again; the event may still turn out not to be JSON, or an
	// ID key may drop the finding, which the rewrite settles.
	quickIsDirty
)

// quickMore is what quickSame answers when the member it stopped at is
// not the shape's: quick reads on from there.
const quickMore = -1

// quick reads w.src as quickClean says and tells what it found.
func (w *walker) quick() int {
	if w.mode != modeCheck || w.base != 0 || w.nest != 0 || len(w.extra) != 0 {
		return quickUnknown
	}
	src := w.src
	i := w.skipSpace(0)
	if i >= len(src) || src[i] != '{' || len(src) > maxQuick {
		return quickUnknown
	}
	marks := &w.marks
	stops.Mark(marks.stop[:], marks.quote[:], src)
	w.marked = true
	i = w.skipSpace(i + 1)
	// The spans grow in w, so that an event quick gives up on keeps the
	// room it made for the next.
	w.spans = w.spans[:0]
	if i < len(src) && src[i] == '}' {
		if w.skipSpace(i+1) == len(src) {
			return quickIsClean
		}
		return quickUnknown
	}
	n := 0
	var names, values bool // members that may form a name/value pair
	if w.shapes[w.shapeAt].n > 0 {
		st := quickMore
		if n, i, st = w.quickSame(i); st != quickMore {
			return st
		}
		// The shape quickSame ended on holds the members it read.
		shape := &w.shapes[w.shapeAt]
		for k := range n {
			switch shape.info[k].pair {
			case 1:
				names = true
			case 2:
				values = true
			}
		}
	}
	for ; ; n++ {
		if n == maxQuickMembers || i >= len(src) || src[i] != '"' {
			return quickUnknown
		}
		// memberKey, written out: as a call it costs a clean event 2%.
		ks := i + 1
		ke := marks.end(ks, len(src))
		if ke < 0 {
			return quickUnknown
		}
		vi := w.skipSpace(ke + 1)
		if vi >= len(src) || src[vi] != ':' {
			return quickUnknown
		}
		if vi = w.skipSpace(vi + 1); vi >= len(src) {
			return quickUnknown
		}
		key := src[ks:ke]
		w.qheads[n] = memberHead{int32(i), int32(ke), int32(vi)}
		info := &w.qinfo[n]
		w.learnMember(info, key)
		if !w.fieldKeys && len(key) > 0 {
			w.spans = append(w.spans, int32(ks), int32(ke))
		}
		switch info.pair {
		case 1:
			names = true
		case 2:
			values = true
		}
		if names && values {
			return quickUnknown
		}
		st := quickMore
		if i, st = w.quickMember(vi, info, key); st != quickMore {
			if st == quickIsClean {
				break
			}
			return st
		}
	}
	if st := w.quickSpans(); st != quickIsClean {
		return st
	}
	w.learnShape(src, w.qheads[:n+1], w.qinfo[:n+1])
	return quickIsClean
}

// quickSame is quick's reading of the members from w.src[i] on while
// they are the shape's, with what the shape remembers of their keys:
// no pair test, since the event the shape was learnt from had these
// members and passed it. It returns how many members it read, where it
// stopped, and quickMore when the member there is not the shape's, or
// what quick answers for the event.
func (w *walker) quickSame(i int) (n, at, st int) {
	src, shape := w.src, &w.shapes[w.shapeAt]
	if !shape.valid(w) {
		if shape = w.otherShape(nil, 0, src, i); shape == nil {
			return 0, i, quickMore
		}
	}
	for {
		var hn int
		if n < shape.n && len(src)-i > 16 && shape.at[n].n <= 16 {
			// The head in two loads: the bytes of src past it are
			// masked off, and one is left for the value.
			h := &shape.at[n]
			p := src[i : i+16 : i+16]
			if (binary.LittleEndian.Uint64(p)^h.w[0])&h.m[0]|(binary.LittleEndian.Uint64(p[8:])^h.w[1])&h.m[1] == 0 {
				hn = int(h.n)
			}
		}
		if hn == 0 {
			// A long head, or not this shape's: perhaps another call
			// site's shape, one that shares the members so far.
			var ok bool
			if n < shape.n {
				hn, ok = shape.headAt(&shape.at[n], src, i)
			}
			if !ok {
				if shape = w.otherShape(shape, n, src, i); shape == nil {
					return n, i, quickMore
				}
				hn, _ = shape.match(n, src, i)
			}
		}
		h := &shape.at[n]
		ke := i + 1 + int(h.klen)
		w.qheads[n] = memberHead{int32(i), int32(ke), int32(i + hn)}
		w.qinfo[n] = shape.info[n]
		if c := src[i+hn]; c == '[' || c == '{' {
			i, st = w.quickMember(i+hn, &w.qinfo[n], src[i+1:ke])
		} else if i, st = w.quickScalar(i+hn, &w.qinfo[n], src[i+1:ke]); st == quickMore {
			// quickMember's part for a scalar, written out: a call
			// costs a clean event 2%.
			if i+1 < len(src) && src[i] == ',' && src[i+1] == '"' {
				i++
			} else {
				i, st = w.quickEnd(i)
			}
		}
		if st != quickMore {
			if st == quickIsClean {
				return n + 1, i, w.quickSpans()
			}
			return n, i, st
		}
		n++
	}
}

// otherShape returns a remembered shape other than cur (nil when none
// held the members so far) that was learnt under w's settings, has the
// n members before src[i] that cur has, and member n's head at src[i],
// and makes it the one quick reads with; or nil when none has.
func (w *walker) otherShape(cur *quickShape, n int, src []byte, i int) *quickShape {
	var prefix []byte
	switch {
	case cur != nil && n < cur.n:
		prefix = cur.heads[:cur.at[n].off]
	case cur != nil:
		prefix = cur.heads
	}
	for k := range w.shapes {
		t := &w.shapes[k]
		if t == cur || t.n <= n || !t.valid(w) || str(t.heads[:t.at[n].off]) != str(prefix) {
			continue
		}
		if _, ok := t.match(n, src, i); ok {
			w.shapeAt = uint8(k)
			return t
		}
	}
	return nil
}

// learnShape remembers the clean event src, of members heads and infos,
// in the place of the shape read least recently, and reads the next event
// with it first.
func (w *walker) learnShape(src []byte, heads []memberHead, infos []memberInfo) {
	k := w.shapeNext
	w.shapeNext = (k + 1) % uint8(len(w.shapes))
	if k == w.shapeAt {
		// The shape this event followed for a while is the likelier
		// one to come back: the next place goes instead.
		k, w.shapeNext = w.shapeNext, (w.shapeNext+1)%uint8(len(w.shapes))
	}
	w.shapes[k].learn(w, src, heads, infos)
	w.shapeAt = k
}

// quickSpans asks the engine about the spans quick collected, once the
// whole object was read.
func (w *walker) quickSpans() int {
	if w.e.ContainsSpans(str(w.src), w.spans) {
		// Every member was read: the rewrite need not check the
		// syntax again.
		w.valid = true
		return quickIsDirty
	}
	return quickIsClean
}

// quickMember reads the value at w.src[i] of the member whose key is
// key and what quick learnt of it, and what follows it. It returns where
// the next member starts and quickMore, or quickIsClean after the
// object's closing brace (the engine pass still to come), or what quick
// answers for the event.
func (w *walker) quickMember(i int, info *memberInfo, key []byte) (int, int) {
	src := w.src
	st := quickMore
	if c := src[i]; c == '[' || c == '{' {
		w.qdepth = 0
		i, st = w.quickValue(i, info, key)
	} else {
		i, st = w.quickScalar(i, info, key)
	}
	if st != quickMore {
		return 0, st
	}
	if i+1 < len(src) && src[i] == ',' && src[i+1] == '"' {
		return i + 1, quickMore // as loggers write it
	}
	return w.quickEnd(i)
}

// quickEnd reads what follows a member's value, which ends before
// w.src[i], as quickMember returns: where the next member starts and
// quickMore, or quickIsClean after the object's closing brace.
func (w *walker) quickEnd(i int) (int, int) {
	src := w.src
	i = w.skipSpace(i)
	if i >= len(src) {
		return 0, quickUnknown
	}
	if src[i] == '}' {
		if w.skipSpace(i+1) != len(src) {
			return 0, quickUnknown
		}
		return i, quickIsClean
	}
	if src[i] != ',' {
		return 0, quickUnknown
	}
	return w.skipSpace(i + 1), quickMore
}

// maxQuickDepth bounds the containers quick reads one inside another.
const maxQuickDepth = 4

// quickValue reads the value at w.src[i] under the key path key, as
// quickMember does for a member's: it returns where the value ends and
// quickMore, or what quick answers for the event.
func (w *walker) quickValue(i int, info *memberInfo, key []byte) (int, int) {
	switch w.src[i] {
	case '[', '{':
		if w.qdepth == maxQuickDepth {
			return 0, quickUnknown
		}
		w.qdepth++
		var st int
		if w.src[i] == '[' {
			i, st = w.quickArray(i, info, key)
		} else {
			i, st = w.quickObject(i, info, key)
		}
		w.qdepth--
		return i, st
	}
	return w.quickScalar(i, info, key)
}

// quickArray reads an array at w.src[i] ("tags":["a","b"], as zerolog's
// Strs and Ints write them), whose elements the walk judges under the
// member's key, each as a member's value: it returns where the array
// ends and quickMore, or what quick answers for the event.
func (w *walker) quickArray(i int, info *memberInfo, key []byte) (int, int) {
	src := w.src
	if c := info.flags &^ keyFlagBits; c != keyPlain && c != keyAllowed || info.msg {
		// A sensitive key masks the array whole; the walk reads the
		// elements of the message's array under their own key.
		return 0, quickUnknown
	}
	if i = w.skipSpace(i + 1); i < len(src) && src[i] == ']' {
		return i + 1, quickMore
	}
	for {
		if i >= len(src) {
			return 0, quickUnknown
		}
		done, st := false, quickMore
		if i, done, st = w.quickNested(i, info, key, ']'); st != quickMore || done {
			return i, st
		}
	}
}

// quickObject reads an object at w.src[i] ("req":{"method":"GET"}, as
// zerolog's Dict writes it) as the walk reads a nested object: each
// member under the key path parent.name, each key as data, and a
// name/value pair left to the walk. It returns where the object ends and
// quickMore, or what quick answers for the event.
func (w *walker) quickObject(i int, info *memberInfo, key []byte) (int, int) {
	src, marks := w.src, &w.marks
	if c := info.flags &^ keyFlagBits; c != keyPlain && c != keyAllowed || info.msg || len(key) == 0 {
		// A sensitive key masks the object whole; the message's
		// members, and those under an empty key, have paths of their
		// own.
		return 0, quickUnknown
	}
	if i = w.skipSpace(i + 1); i < len(src) && src[i] == '}' {
		return i + 1, quickMore
	}
	w.qpath = append(append(w.qpath[:0], key...), '.')
	base := len(w.qpath)
	var names, values bool
	for {
		if i >= len(src) || src[i] != '"' {
			return 0, quickUnknown
		}
		ks := i + 1
		ke := marks.end(ks, len(src))
		if ke < 0 {
			return 0, quickUnknown
		}
		vi := w.skipSpace(ke + 1)
		if vi >= len(src) || src[vi] != ':' {
			return 0, quickUnknown
		}
		if vi = w.skipSpace(vi + 1); vi >= len(src) {
			return 0, quickUnknown
		}
		k := src[ks:ke]
		if len(k) > 0 {
			// A nested key is data, whatever FieldKeys says.
			w.spans = append(w.spans, int32(ks), int32(ke))
		}
		w.qpath = append(w.qpath[:base], k...)
		mi := memberInfo{flags: w.flagsOf(w.qpath), pair: w.pairOf(k)}
		mi.text = mi.flags
		switch mi.pair {
		case 1:
			names = true
		case 2:
			values = true
		}
		if names && values {
			return 0, quickUnknown
		}
		done, st := false, quickMore
		if i, done, st = w.quickNested(vi, &mi, w.qpath, '}'); st != quickMore || done {
			return i, st
		}
	}
}

// quickNested reads the value at w.src[i] of an array's element or a
// nested object's member under the key path key, and what follows it up
// to closing, the container's end: where the next one starts, or where
// the container ends and done, with quickMore; or what quick answers for
// the event.
func (w *walker) quickNested(i int, info *memberInfo, key []byte, closing byte) (next int, done bool, st int) {
	src := w.src
	if i, st = w.quickValue(i, info, key); st != quickMore {
		return 0, false, w.nestedStatus(st)
	}
	if i = w.skipSpace(i); i < len(src) {
		switch src[i] {
		case closing:
			return i + 1, true, quickMore
		case ',':
			return w.skipSpace(i + 1), false, quickMore
		}
	}
	return 0, false, quickUnknown
}

// nestedStatus is st, what quickScalar answered for a value inside an
// array or an object. It vouches for no syntax there: restIsFlat reads
// on from the value as from a member's, and the end of a nested container
// can pass for the end of the event ({"a":{"password":"x"}).
func (w *walker) nestedStatus(st int) int {
	if st == quickIsDirty {
		w.valid = false
	}
	return st
}

// quickScalar reads the scalar value at w.src[i] of the member whose key
// is key, as quickMember does: it returns where the value ends and
// quickMore, or what quick answers for the event.
func (w *walker) quickScalar(i int, info *memberInfo, key []byte) (int, int) {
	src, marks := w.src, &w.marks
	switch c := src[i]; {
	case c == '"':
		vs := i + 1
		ve := marks.endNear(vs, len(src))
		if ve == -2 {
			ve = marks.end(vs, len(src))
		}
		cur := key
		if info.msg {
			cur = messageKey
		}
		if ve < 0 {
			// An escape: the value is judged decoded, alone.
			end, esc := w.stringEnd(vs)
			if end < 0 || !esc {
				return 0, quickUnknown
			}
			ok, dirty := w.quickEscaped(cur, info.text, src[vs:end])
			if dirty {
				w.valid = w.restIsFlat(end + 1)
				return 0, quickIsDirty
			}
			if !ok {
				return 0, quickUnknown
			}
			return end + 1, quickMore
		}
		ok, scan, dirty := w.quickString(cur, info.text, src[vs:ve])
		if dirty {
			w.valid = w.restIsFlat(ve + 1)
			return 0, quickIsDirty
		}
		if !ok {
			return 0, quickUnknown
		}
		if scan {
			w.spans = append(w.spans, int32(vs), int32(ve))
		}
		i = ve + 1
	case c == 't' || c == 'f' || c == 'n':
		lit := "null"
		if c == 't' {
			lit = "true"
		} else if c == 'f' {
			lit = "false"
		}
		if i = w.literal(i, lit); i < 0 {
			return 0, quickUnknown
		}
	case c == '-' || isDigit(c):
		end := w.number(i)
		if end < 0 {
			return 0, quickUnknown
		}
		// As numberValue: a number under an allowed key, and one
		// under a plain key too short to be a card number, is settled
		// without the engine.
		switch info.flags &^ keyFlagBits {
		case keyPlain, keyAllowed:
		default:
			// As for a string under the key.
			w.valid = w.restIsFlat(end)
			return 0, quickIsDirty
		}
		if info.flags&^keyFlagBits == keyPlain && digitCount(src[i:end]) >= minCardDigits {
			// Long enough to be a card number: the engine reads it
			// with the strings, without its key, as numberValue does.
			// Epoch milliseconds and longer are this long, so giving
			// up here would send every such event to the walk.
			w.spans = append(w.spans, int32(i), int32(end))
		}
		i = end
	default:
		return 0, quickUnknown // a container, or not JSON
	}
	return i, quickMore
}

// memberKey reads the key of the member whose opening quote is at
// w.src[i] and the colon after it: it returns the index of the key's
// closing quote and of the value, or ke < 0 where the member is not one
// quick reads (an escape in the key, no colon, no value).
func (w *walker) memberKey(i int) (ke, vi int) {
	src := w.src
	if i >= len(src) || src[i] != '"' {
		return -1, 0
	}
	if ke = w.marks.end(i+1, len(src)); ke < 0 {
		return -1, 0
	}
	vi = w.skipSpace(ke + 1)
	if vi >= len(src) || src[vi] != ':' {
		return -1, 0
	}
	if vi = w.skipSpace(vi + 1); vi >= len(src) {
		return -1, 0
	}
	return ke, vi
}

// restIsFlat reports whether w.src, after the value that ends at
// w.src[i], reads to its end as the rest of a flat object of strings
// without escapes, numbers and literals: what quick would have read had
// it not found a finding. Reading it costs less than the check the
// rewrite otherwise walks the event for first.
func (w *walker) restIsFlat(i int) bool {
	src, marks := w.src, &w.marks
	for {
		i = w.skipSpace(i)
		if i >= len(src) {
			return false
		}
		if src[i] == '}' {
			return w.skipSpace(i+1) == len(src)
		}
		if src[i] != ',' {
			return false
		}
		ke, vi := w.memberKey(w.skipSpace(i + 1))
		if ke < 0 {
			return false
		}
		i = vi
		switch c := src[i]; {
		case c == '"':
			if i = marks.end(i+1, len(src)); i >= 0 {
				i++
			}
		case c == 't':
			i = w.literal(i, "true")
		case c == 'f':
			i = w.literal(i, "false")
		case c == 'n':
			i = w.literal(i, "null")
		case c == '-' || isDigit(c):
			i = w.number(i)
		default:
			return false // a container, or not JSON
		}
		if i < 0 {
			return false
		}
	}
}

// learnMember settles the key of one member as quick does with nothing
// remembered.
func (w *walker) learnMember(info *memberInfo, key []byte) {
	*info = memberInfo{flags: keyPlain, text: keyPlain}
	if len(key) == 0 {
		return
	}
	info.flags = w.flagsOf(key)
	info.text = info.flags
	if w.msgKey != "" && str(key) == w.msgKey {
		// As in stringValue: the message is judged under one key in
		// every layer.
		info.msg, info.text = true, w.flagsOf(messageKey)
	}
	info.pair = w.pairOf(key)
}

// pairOf is pairMember of key, which only keys ending in 'e', 'y' or 'l'
// can be ("name", "key", "value", "val"): most are settled by that test.
func (w *walker) pairOf(key []byte) int8 {
	if len(key) == 0 {
		return 0
	}
	if c := key[len(key)-1] | 0x20; c != 'e' && c != 'y' && c != 'l' {
		return 0
	}
	return int8(w.pairMember(key))
}

// quickString reports whether the string value v under the key path cur
// is settled as stringValue would settle it: ok is false when quick must
// give up, scan is true when v is text for the engine to read with no
// key, and dirty is true when v, read with its key, holds a finding. A value under a key that adds to what the engine finds (a
// phone key, a key that names a provider) is read with its key at once;
// an ID key only takes findings away, so its value joins the pass.
func (w *walker) quickString(cur []byte, flags uint8, v []byte) (ok, scan, dirty bool) {
	switch flags &^ keyFlagBits {
	case keyAllowed:
		return true, false, false
	case keyPlain:
	default:
		// A sensitive or marked key's value is masked but for a
		// reference: the event goes to the rewrite, which decides.
		return false, false, len(v) > 0
	}
	if len(v) == 0 {
		return true, false, false
	}
	if docOrHex(str(v)) || v[0] == 'd' && bytes.HasPrefix(v, cborPrefix) {
		return false, false, false
	}
	if flags&keyMattersBit != 0 && flags&keyNarrowsBit == 0 {
		found := w.e.ContainsIn(patterns.Scope{Layer: w.layer, Key: str(cur)}, str(v))
		return !found, false, found
	}
	return true, true, false
}

// quickEscaped judges a string value that holds an escape, raw as the
// line writes it, as the check walk does (stringValue, textValue): ok
// says it settled the value clean, dirty that it holds a finding; neither
// leaves the event to the walk. The decoded value is read on its own, so
// it costs an engine call, where an unescaped value joins the one pass.
func (w *walker) quickEscaped(cur []byte, flags uint8, raw []byte) (ok, dirty bool) {
	switch flags &^ keyFlagBits {
	case keyAllowed:
		return true, false
	case keyPlain:
	default:
		return false, len(raw) > 0 // as quickString
	}
	// stringEnd has read the escapes: they decode.
	w.dec, _ = appendDecoded(w.dec[:0], raw, inString)
	v := w.dec
	if docOrHex(str(v)) || len(v) > 0 && v[0] == 'd' && bytes.HasPrefix(v, cborPrefix) {
		return false, false
	}
	chk := patterns.Scope{Layer: w.layer}
	if flags&keyMattersBit != 0 {
		chk.Key = str(cur)
	}
	if hasBackslash(v) {
		// JSON written into a string carries escapes of its own, which
		// can hide a value (textValue).
		w.dec2, _ = appendDecoded(w.dec2[:0], v, inText)
		if len(w.dec2) != len(v) && w.e.ContainsIn(chk, str(w.dec2)) {
			return false, true
		}
	}
	if w.e.ContainsIn(chk, str(v)) {
		return false, true
	}
	return true, false
}

// cborPrefix is cborDataURL as bytes; it is only ever read.
var cborPrefix = []byte(cborDataURL)
