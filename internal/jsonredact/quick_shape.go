package jsonredact

import "github.com/logredact/logredact/patterns"

// One logging call site writes the same keys in the same order on every
// event: only the values change. quickShape remembers, member by member,
// the keys of the last event quick proved clean and what quick learnt of
// them (their classes, whether they may form a name/value pair), so that
// the next event of that shape settles each key with one comparison
// instead of the key cache's hash, and leaves its keys out of the engine
// pass: a key that is data was read clean, alone, in that event, and the
// engine reads the same bytes the same way.
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

	n    int                     // members remembered
	keys []byte                  // their keys, back to back
	ends [maxQuickMembers]uint16 // where member k's key ends in keys
	info [maxQuickMembers]memberInfo
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

// keySpan is where one member's key is in the line quick reads.
type keySpan struct{ start, end int32 }

// valid reports whether s was learnt under w's settings.
func (s *quickShape) valid(w *walker) bool {
	return s.e == w.e && s.fieldKeys == w.fieldKeys && s.msgKey == w.msgKey
}

// key returns the remembered key of member k < s.n.
func (s *quickShape) key(k int) []byte {
	st := 0
	if k > 0 {
		st = int(s.ends[k-1])
	}
	return s.keys[st:s.ends[k]]
}

// learn remembers the n members of the clean line src, whose keys are at
// at[:n] and whose infos are info[:n].
func (s *quickShape) learn(w *walker, src []byte, at []keySpan, info []memberInfo) {
	s.e, s.msgKey, s.fieldKeys = w.e, w.msgKey, w.fieldKeys
	s.keys = s.keys[:0]
	for k, m := range at {
		s.keys = append(s.keys, src[m.start:m.end]...)
		s.ends[k] = uint16(len(s.keys))
	}
	s.n = copy(s.info[:], info)
}
