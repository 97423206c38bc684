package zapredact

import (
	"math"
	"strconv"
	"strings"
	"unsafe"

	"github.com/logredact/logredact/patterns"
)

// layer names this adapter to the engine's observer.
const layer = "zap"

// redactor is the immutable state every core built by one Wrap shares.
type redactor struct {
	eng *patterns.Engine
	// keyRules mirrors the engine: with its sensitive-key detector turned
	// off, neither sensitive nor allowed keys apply.
	keyRules bool
}

func newRedactor(eng *patterns.Engine) *redactor {
	r := &redactor{eng: eng}
	for _, d := range eng.Detectors() {
		if d.ID == "sensitive-key" {
			r.keyRules = true
		}
	}
	return r
}

// place is where a value sits: the key path of the namespaces and objects
// around it. Key rules look at the whole path, so that "password" inside
// zap.Object("db", ...) is known as "db.password".
//
// A place is passed by value and none of its strings is ever stored or
// handed to the engine as they are (the engine's observer may keep what
// it is given): they are read, or copied first. That keeps a path built
// in a caller's stack buffer on the stack, which is what lets nested
// namespaces in one Write cost no allocation.
type place struct {
	// path is the enclosing key path, components joined by '.'. It may
	// alias a scratch buffer, so it is only read or copied, never kept.
	path string
	// masked is the path of the nearest enclosing sensitive key, "" if
	// none: every value below it is masked whole, as a value under that
	// key would be.
	masked string
	// allowed is set below an allowed key, where nothing is examined.
	allowed bool
}

type keyClass uint8

const (
	keyPlain keyClass = iota
	keySensitive
	keyAllowed
)

// classify applies the key rules to path joined with key. The joined key
// is built in a stack buffer: the engine only reads it, so classifying
// allocates nothing for paths up to the buffer's size.
func (r *redactor) classify(path, key string) keyClass {
	if !r.keyRules || (path == "" && key == "") {
		return keyPlain
	}
	var buf [128]byte
	b := append(buf[:0], path...)
	if path != "" && key != "" {
		b = append(b, '.')
	}
	b = append(b, key...)
	k := unsafe.String(unsafe.SliceData(b), len(b))
	if r.eng.AllowedKey(k) {
		return keyAllowed
	}
	if r.eng.SensitiveKey(k) {
		return keySensitive
	}
	return keyPlain
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

// enter returns the place of the values inside a namespace, object or
// array found at p under key. The result's path is a fresh string.
func (r *redactor) enter(p place, key string) place {
	if key == "" {
		return p
	}
	return r.enterPath(p, join(p.path, key))
}

// enterPath is enter for a path already joined; the result's path is
// full itself.
func (r *redactor) enterPath(p place, full string) place {
	q := place{path: full, masked: p.masked, allowed: p.allowed}
	if !q.allowed {
		switch r.classify(full, "") {
		case keyAllowed:
			q.allowed = true
		case keySensitive:
			if q.masked == "" {
				q.masked = join(full, "")
			}
		}
	}
	return q
}

// str redacts a string value found at p under key (key is "" for array
// elements). It returns s itself, without allocating, when s is clean.
func (r *redactor) str(p place, key, s string) (string, bool) {
	if p.allowed {
		return s, false
	}
	if p.path == "" {
		return r.eng.RedactIn(patterns.Scope{Layer: layer, Key: key}, s)
	}
	switch r.classify(p.path, key) {
	case keyAllowed:
		return s, false
	case keySensitive:
		return r.eng.RedactIn(patterns.Scope{Layer: layer, Key: join(p.path, key)}, s)
	}
	if p.masked != "" {
		return r.eng.RedactIn(patterns.Scope{Layer: layer, Key: strings.Clone(p.masked)}, s)
	}
	// The full path costs an allocation; build it only for a value that
	// has something to mask, so the observer learns where it was.
	if !r.eng.Contains(s) {
		return s, false
	}
	return r.eng.RedactIn(patterns.Scope{Layer: layer, Key: join(p.path, key)}, s)
}

// minCard is the smallest integer with 13 digits, the shortest card
// number: smaller integers can only be masked by a key rule.
const minCard = 1_000_000_000_000

// int64 reports the masked text for an integer at p under key: when it is
// a valid card number or sits under a sensitive key. It allocates nothing
// when the integer stays as it is.
func (r *redactor) int64(p place, key string, v int64) (string, bool) {
	sc, ok := r.numberScope(p, key, v <= -minCard || v >= minCard)
	if !ok {
		return "", false
	}
	return r.eng.RedactInt(sc, v)
}

// uint64 is [redactor.int64] for unsigned integers.
func (r *redactor) uint64(p place, key string, v uint64) (string, bool) {
	sc, ok := r.numberScope(p, key, v >= minCard)
	if !ok {
		return "", false
	}
	return r.eng.RedactUint(sc, v)
}

// float64 masks a float under a sensitive key, and a whole number that is
// a valid card number.
func (r *redactor) float64(p place, key string, v float64) (string, bool) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "", false
	}
	if v == math.Trunc(v) && math.Abs(v) < 1<<63 {
		return r.int64(p, key, int64(v))
	}
	sc, ok := r.numberScope(p, key, false)
	if !ok || sc.Key == "" {
		return "", false
	}
	return r.eng.RedactIn(sc, strconv.FormatFloat(v, 'g', -1, 64))
}

// numberScope decides whether a number at p under key needs the engine,
// and under which key. big says the number is long enough to be a card.
func (r *redactor) numberScope(p place, key string, big bool) (patterns.Scope, bool) {
	if p.allowed {
		return patterns.Scope{}, false
	}
	if p.path == "" {
		if !big && (key == "" || !r.keyRules || !r.eng.SensitiveKey(key)) {
			return patterns.Scope{}, false
		}
		return patterns.Scope{Layer: layer, Key: key}, true
	}
	switch r.classify(p.path, key) {
	case keyAllowed:
		return patterns.Scope{}, false
	case keySensitive:
		return patterns.Scope{Layer: layer, Key: join(p.path, key)}, true
	}
	if p.masked != "" {
		return patterns.Scope{Layer: layer, Key: strings.Clone(p.masked)}, true
	}
	if !big {
		return patterns.Scope{}, false
	}
	// The key rules found nothing on the path, so the last component
	// alone classifies the same way; it saves building the path for
	// every large number, at the price of a shorter key for the observer.
	return patterns.Scope{Layer: layer, Key: key}, true
}
