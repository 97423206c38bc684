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
func (p keyPath) top() bool { return len(p.buf) == 0 }

// push returns the path inside group name. An empty name opens nothing:
// slog inlines a group with an empty key.
//
// keyPath is passed by value: a group's path is a longer slice of the same
// buffer, and siblings overwrite each other's tail in turn. Storing
// through a pointer instead would make the compiler move the buffer to
// the heap.
func (p keyPath) push(name string) keyPath {
	if name == "" {
		return p
	}
	return keyPath{buf: append(append(p.buf, name...), '.')}
}

// view returns the path of key without allocating. The result aliases the
// buffer: it is valid only until the next push or view on this path and
// must never be kept, which is why it is only handed to the engine's key
// classifiers.
func (p keyPath) view(key string) string {
	if len(p.buf) == 0 {
		return key
	}
	b := append(p.buf, key...)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// String returns the path of key as a string of its own, for the engine
// calls that may keep it (an observer receives it).
func (p keyPath) String(key string) string {
	if len(p.buf) == 0 {
		return key
	}
	return string(p.buf) + key
}

// group returns the path of the innermost open group, without allocating.
// Like view, the result aliases the buffer.
func (p keyPath) group() string {
	if len(p.buf) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(p.buf), len(p.buf)-1)
}
