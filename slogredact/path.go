package slogredact

import "unsafe"

// pathCap is the key path length handled without allocating; longer
// paths still work, at the cost of growing the buffer.
const pathCap = 128

// keyPath is the key path of the group being walked, as the engine's key
// rules expect it: components joined by '.', each followed by '.' here so
// that a leaf key is appended without further copying ("db." + "password").
//
// Building "db.password" as a string for every attribute would cost an
// allocation per attribute on the clean path. Instead the path lives in a
// byte buffer (on the caller's stack when short), the engine's key
// classifiers, which do not retain their argument, read a view of it, and
// a real string is made only when a value is about to be masked.
type keyPath struct {
	buf []byte
}

// top reports whether no group is open, so that a leaf key is the whole
// path.
func (p *keyPath) top() bool { return len(p.buf) == 0 }

// push opens group name and returns the mark to pass to pop. An empty
// name opens nothing: slog inlines a group with an empty key.
func (p *keyPath) push(name string) int {
	n := len(p.buf)
	if name != "" {
		p.buf = append(append(p.buf, name...), '.')
	}
	return n
}

// pop closes the groups opened since mark.
func (p *keyPath) pop(mark int) { p.buf = p.buf[:mark] }

// view returns the path of key without allocating. The result aliases the
// buffer: it is valid only until the next change to p and must never be
// kept, which is why it is only handed to the engine's key classifiers.
func (p *keyPath) view(key string) string {
	if len(p.buf) == 0 {
		return key
	}
	n := len(p.buf)
	b := append(p.buf, key...)
	p.buf = b[:n]
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// String returns the path of key as a string of its own, for the engine
// calls that may keep it (an observer receives it).
func (p *keyPath) String(key string) string {
	if len(p.buf) == 0 {
		return key
	}
	return string(p.buf) + key
}
