package jsonredact

import (
	"strings"

	"github.com/logredact/logredact/patterns"
)

// What the engine's key rules say about a key path.
const (
	keyUnknown uint8 = iota
	keyPlain
	keySensitive
	keyAllowed
	// keyMarked is a path the Rewriter's Sensitive list names and the
	// engine's key rules do not.
	keyMarked
)

// keyCacheSize is the number of key paths a walker remembers the class
// of; events from one program repeat a few dozen keys.
const keyCacheSize = 128

// keyCache remembers how the engine classed recent key paths, so that a
// clean event does not pay for key rules once per field. A slot is filled
// once and never evicted: a key that misses is classed again, which costs
// what it would without the cache and allocates nothing.
type keyCache struct {
	e    *patterns.Engine
	keys [keyCacheSize]string
	cls  [keyCacheSize]uint8
}

// keyMattersBit marks, in a cached class, a plain key under which the
// engine reads a value differently (patterns.Engine.KeyMatters).
const keyMattersBit uint8 = 0x80

// keyNarrowsBit marks, beside keyMattersBit, a key under which the engine
// only ever finds less than with no key (patterns.Engine.KeyAddsNothing):
// an ID key, under which a card number is an identifier.
const keyNarrowsBit uint8 = 0x40

// keyFlagBits are the bits of a cached class that are not the class.
const keyFlagBits = keyMattersBit | keyNarrowsBit

// keyClass classes w.cur, which is not empty.
func (w *walker) keyClass() uint8 { return w.keyFlags() &^ keyFlagBits }

// keyMatters reports whether the value at w.cur must be judged with its
// key: patterns.Engine.KeyMatters, remembered with the key's class.
func (w *walker) keyMatters() bool {
	return len(w.cur) > 0 && w.keyFlags()&keyMattersBit != 0
}

// keyFlags is the class of w.cur with keyMattersBit. A key is looked for
// in two slots, so that two keys of one event that share a slot do not
// both go to the engine on every event.
func (w *walker) keyFlags() uint8 { return w.flagsOf(w.cur) }

// flagsOf is keyFlags for the key path k, which is not empty.
func (w *walker) flagsOf(k []byte) uint8 {
	for _, x := range w.extra {
		if x == str(k) {
			return keyMarked
		}
	}
	kc := &w.kc
	if kc.e != w.e {
		*kc = keyCache{e: w.e}
	}
	h := (uint(len(k))*131 + uint(k[0])*31 + uint(k[len(k)/2])*7 + uint(k[len(k)-1])) % keyCacheSize
	h2 := (h + 1) % keyCacheSize
	if kc.cls[h] != keyUnknown && kc.keys[h] == str(k) {
		return kc.cls[h]
	}
	if kc.cls[h2] != keyUnknown && kc.keys[h2] == str(k) {
		return kc.cls[h2]
	}
	key := str(k)
	c := keyPlain
	switch {
	case w.e.AllowedKey(key):
		c = keyAllowed
	case w.e.SensitiveKey(key):
		c = keySensitive
	case w.e.KeyMatters(key):
		c = keyPlain | keyMattersBit
		if w.e.KeyAddsNothing(key) {
			c |= keyNarrowsBit
		}
	}
	switch {
	case kc.cls[h] == keyUnknown:
		kc.keys[h], kc.cls[h] = string(k), c
	case kc.cls[h2] == keyUnknown:
		kc.keys[h2], kc.cls[h2] = string(k), c
	}
	return c
}

// maxKeys bounds the key paths a walker remembers.
const maxKeys = 256

// stable returns key as a string that owns its bytes. Key paths are built
// in a reused buffer, but the engine hands the key to the observer and to
// findings, which may keep it; the copies are remembered so that a
// service logging the same keys over and over copies each once.
func (w *walker) stable(key string) string {
	if key == "" {
		return ""
	}
	if s, ok := w.keys[key]; ok {
		return s
	}
	s := strings.Clone(key)
	if len(w.keys) < maxKeys {
		w.keys[s] = s
	}
	return s
}

// sensitiveKeyID names the findings of key rules, as the engine does.
const (
	sensitiveKeyID = "sensitive-key"
	piiKeyID       = "pii-key"
)

// sensitiveCategory is the category the key rules give a value under key.
func sensitiveCategory(e *patterns.Engine, key string) (string, patterns.Category) {
	fs := e.AppendFind(nil, patterns.Scope{Key: key}, "x")
	if len(fs) == 1 && (fs[0].DetectorID == sensitiveKeyID || fs[0].DetectorID == piiKeyID) {
		return fs[0].DetectorID, fs[0].Category
	}
	return sensitiveKeyID, patterns.Secret
}
