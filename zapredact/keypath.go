package zapredact

import (
	"time"
	"unsafe"

	"github.com/logredact/logredact/internal/jsonredact"
	"github.com/logredact/logredact/patterns"
)

// layer names this adapter to the engine's observer.
const layer = "zap"

// redactor is the immutable state every core built by one Wrap shares.
type redactor struct {
	eng *patterns.Engine
}

func newRedactor(eng *patterns.Engine) *redactor {
	return &redactor{eng: eng}
}

// message redacts an entry's message, which key rules and the observer
// see under "msg" whatever key the encoder writes it under, as in every
// layer.
func (r *redactor) message(msg string) (string, bool) {
	return jsonredact.RedactString(r.eng, patterns.Scope{Layer: layer, Key: jsonredact.MessageKey}, msg)
}

// place is where a value sits: the key path of the namespaces and objects
// around it. Key rules look at the whole path, so that "password" inside
// zap.Object("db", ...) is known as "db.password".
//
// A place is passed by value and its path is never stored or handed to
// the engine as it is (the engine's observer may keep what it is given):
// it is read, or copied first. That keeps a path built in a caller's
// stack buffer on the stack, which is what lets nested namespaces in one
// Write cost no allocation.
type place struct {
	// path is the enclosing key path, components joined by '.'. It may
	// alias a scratch buffer, so it is only read or copied, never kept.
	path string
	// swallowed is set inside a namespace opened under a sensitive key:
	// the namespace was written as one mask, and what is logged inside it
	// is dropped.
	swallowed bool
}

// view joins path and key in buf without allocating for paths up to its
// size. The result may alias buf: the engine only reads it.
func view(buf *[128]byte, path, key string) string {
	if path == "" {
		return key
	}
	b := append(buf[:0], path...)
	if key != "" {
		b = append(b, '.')
		b = append(b, key...)
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// join returns path and key joined by '.' as a string of its own.
func join(path, key string) string {
	switch {
	case path == "":
		return key
	case key == "":
		return string([]byte(path))
	}
	return path + "." + key
}

// sensitive reports whether key rules mask anything at p under key.
func (r *redactor) sensitive(p place, key string) bool {
	if key == "" && p.path == "" {
		return false
	}
	var buf [128]byte
	return r.eng.SensitiveKey(view(&buf, p.path, key))
}

// enter returns the place of the values inside a namespace, object or
// array found at p under key. The result's path is a fresh string.
func (r *redactor) enter(p place, key string) place {
	if key == "" {
		return p
	}
	return place{path: join(p.path, key), swallowed: p.swallowed}
}

// scope is the engine scope of a value at p under key, with a key path of
// its own.
func scope(p place, key string) patterns.Scope {
	return patterns.Scope{Layer: layer, Key: join(p.path, key)}
}

// str redacts a string value found at p under key (key is "" for array
// elements), under the rules every layer shares. It returns s itself,
// without allocating, when s is clean.
func (r *redactor) str(p place, key, s string) (string, bool) {
	if p.path == "" {
		return jsonredact.RedactString(r.eng, patterns.Scope{Layer: layer, Key: key}, s)
	}
	// The full path costs an allocation; build it only for a value that
	// has something to mask, so the observer learns where it was.
	var buf [128]byte
	if !jsonredact.StringDirty(r.eng, patterns.Scope{Layer: layer, Key: view(&buf, p.path, key)}, s) {
		return s, false
	}
	return jsonredact.RedactString(r.eng, scope(p, key), s)
}

// int64 reports the masked text for an integer at p under key: when it is
// a valid card number or sits under a sensitive key. It allocates nothing
// when the integer stays as it is.
func (r *redactor) int64(p place, key string, v int64) (string, bool) {
	if p.path == "" {
		return jsonredact.RedactInt(r.eng, patterns.Scope{Layer: layer, Key: key}, v)
	}
	var buf [128]byte
	if !jsonredact.IntDirty(r.eng, view(&buf, p.path, key), v) {
		return "", false
	}
	return jsonredact.RedactInt(r.eng, scope(p, key), v)
}

// uint64 is [redactor.int64] for unsigned integers.
func (r *redactor) uint64(p place, key string, v uint64) (string, bool) {
	if p.path == "" {
		return jsonredact.RedactUint(r.eng, patterns.Scope{Layer: layer, Key: key}, v)
	}
	var buf [128]byte
	if !jsonredact.UintDirty(r.eng, view(&buf, p.path, key), v) {
		return "", false
	}
	return jsonredact.RedactUint(r.eng, scope(p, key), v)
}

// float64 masks a float under a sensitive key, and a whole number that is
// a valid card number.
func (r *redactor) float64(p place, key string, v float64) (string, bool) {
	var buf [128]byte
	if !jsonredact.FloatDirty(r.eng, view(&buf, p.path, key), v) {
		return "", false
	}
	return jsonredact.RedactFloat(r.eng, scope(p, key), v)
}

// keyed masks a duration or a time under a sensitive key, by its text; it
// hides nothing anywhere else.
func (r *redactor) keyed(p place, key string, text func() string) (string, bool) {
	if !r.sensitive(p, key) {
		return "", false
	}
	return r.eng.RedactIn(scope(p, key), text())
}

// durationText and timeText are the texts a masked duration or time is
// masked as.
func durationText(d time.Duration) func() string { return d.String }

func timeText(t time.Time) func() string {
	return func() string { return t.Format(time.RFC3339Nano) }
}
