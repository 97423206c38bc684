package jsonredact

import (
	"encoding/binary"

	"github.com/logredact/logredact/patterns"
)

// quickShapes is how many shapes a walker remembers: a service's events
// come from a few call sites, interleaved, and one shape would be learnt
// again on nearly every event.
const quickShapes = 4

// One logging call site writes the same keys in the same order on every
// event: only the values change. quickShape remembers, member by member,
// the keys of the last event quick proved clean and what quick learnt of
// them (their classes, whether they may form a name/value pair), so that
// the next event of that shape settles each key with one comparison
// instead of the key cache's hash, and leaves its keys out of the engine
// pass: a key that is data was read clean, alone, in that event, and the
// engine reads the same bytes the same way.
//
// What is compared is a member's head: its key with the quotes around
// it, the colon and any space, up to where the value starts. Equal bytes
// are that key, whole and unescaped (the remembered one was), and its
// colon, so the comparison also stands for finding the key's end and the
// colon.
//
// A key that differs from the remembered one at its place is settled as
// if nothing were remembered, and the event, if clean, is remembered in
// the shape's place.
type quickShape struct {
	// The settings the shape was learnt under; under others it is not
	// read.
	e         *patterns.Engine
	msgKey    string
	fieldKeys bool

	n     int    // members remembered
	heads []byte // their heads, back to back
	at    [maxQuickMembers]headRef
	info  [maxQuickMembers]memberInfo
}

// memberInfo is what quick learns of one member's key.
type memberInfo struct {
	// flags is the key's class for a number or literal, text that of
	// the key path a string is judged under (the message key's own for
	// the message).
	flags, text uint8
	// pair is what pairMember said of the key.
	pair int8
	// msg is set for the message's key.
	msg bool
}

// headRef is one remembered head: where it is in quickShape.heads, and,
// for the heads of 16 bytes or fewer that nearly every key has, its bytes
// as two little-endian words and the masks of its length, so that it is
// compared in two loads instead of a call (see quickSame).
type headRef struct {
	off, n, klen uint16
	w, m         [2]uint64
}

// memberHead is where one member's head is in the line quick reads: its
// opening quote at start, its closing quote at keyEnd, its value at value.
type memberHead struct{ start, keyEnd, value int32 }

// valid reports whether s was learnt under w's settings.
func (s *quickShape) valid(w *walker) bool {
	return s.e == w.e && s.fieldKeys == w.fieldKeys && s.msgKey == w.msgKey
}

// head returns the remembered head of member k < s.n.
func (s *quickShape) head(k int) []byte {
	h := &s.at[k]
	return s.heads[h.off : h.off+h.n]
}

// key returns the remembered key of member k < s.n.
func (s *quickShape) key(k int) []byte { return s.head(k)[1 : 1+s.at[k].klen] }

// match reports whether member k < s.n of s has its head at src[i], and
// returns the head's length.
func (s *quickShape) match(k int, src []byte, i int) (int, bool) {
	h := &s.at[k]
	if len(src)-i > 16 && h.n <= 16 {
		// The head in two loads: the bytes of src past it are masked
		// off, and one is left for the value.
		p := src[i : i+16 : i+16]
		if (binary.LittleEndian.Uint64(p)^h.w[0])&h.m[0]|(binary.LittleEndian.Uint64(p[8:])^h.w[1])&h.m[1] != 0 {
			return 0, false
		}
		return int(h.n), true
	}
	return s.headAt(h, src, i)
}

// headAt reports whether src[i:] starts with the head h and holds a byte
// after it, and returns the head's length. quickSame compares the short
// heads itself, as words.
func (s *quickShape) headAt(h *headRef, src []byte, i int) (int, bool) {
	n := int(h.n)
	if len(src)-i <= n {
		return 0, false
	}
	return n, str(src[i:i+n]) == str(s.heads[h.off:h.off+h.n])
}

// learn remembers the n members of the clean line src, whose heads are at
// at[:n] and whose infos are info[:n].
func (s *quickShape) learn(w *walker, src []byte, at []memberHead, info []memberInfo) {
	s.e, s.msgKey, s.fieldKeys = w.e, w.msgKey, w.fieldKeys
	s.heads = s.heads[:0]
	for k, m := range at {
		h := headRef{off: uint16(len(s.heads)), n: uint16(m.value - m.start), klen: uint16(m.keyEnd - m.start - 1)}
		s.heads = append(s.heads, src[m.start:m.value]...)
		if h.n <= 16 {
			var b [16]byte
			copy(b[:], src[m.start:m.value])
			h.w = [2]uint64{binary.LittleEndian.Uint64(b[:]), binary.LittleEndian.Uint64(b[8:])}
			h.m = [2]uint64{wordMask(int(h.n)), wordMask(int(h.n) - 8)}
		}
		s.at[k] = h
	}
	s.n = copy(s.info[:], info)
}

// wordMask returns the mask of the first n bytes of a little-endian word,
// for n from below 0 (none) to above 8 (all).
func wordMask(n int) uint64 {
	switch {
	case n <= 0:
		return 0
	case n >= 8:
		return ^uint64(0)
	}
	return 1<<(8*n) - 1
}
